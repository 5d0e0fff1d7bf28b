"""Synthesis rules: what counts as tested, who votes, commitment weights, weak evidence and
contradictions, and the evidence for and against each hypothesis."""

from collections.abc import Sequence

import pytest

from bot.interview.synthesis.build import contradicts, status_for, synthesize
from bot.interview.synthesis.model import STATUS_RULE, HypothesisNote, InterviewRecord
from bot.interview.synthesis.quotes import concreteness, has_past_fact
from bot.value_prop.questions import FIELDS, Field

HYPOTHESES = {
    Field.SEGMENT: "Владельцы кофеен в Казани",
    Field.PROBLEM: "Списания молока 8–12% в неделю",
    Field.SITUATION: None,
}


def record(
    problem: str | None = None,
    said: str | None = None,
    *,
    n: int = 1,
    fit: str = "yes",
    commitment: str = "none",
    quote: str | None = None,
    **verdicts: str | None,
) -> InterviewRecord:
    findings = {Field(name): HypothesisNote(said=None, verdict=v) for name, v in verdicts.items()}
    if problem is not None or said is not None or quote is not None:
        findings[Field.PROBLEM] = HypothesisNote(said=said, verdict=problem, quote=quote)
    return InterviewRecord(
        alias=f"Респондент {n}",
        segment_fit=fit,
        findings=findings,
        commitment=commitment,
    )


def problem_status(verdicts: Sequence[str | None], commitments: Sequence[str] = ()) -> str:
    given = list(commitments) + ["none"] * (len(verdicts) - len(commitments))
    interviews = [
        record(v, n=i + 1, commitment=c)
        for i, (v, c) in enumerate(zip(verdicts, given, strict=False))
    ]
    return synthesize(HYPOTHESES, interviews).fields[1].status


def test_unclear_and_skipped_verdicts_do_not_count_as_tested() -> None:
    verdicts = ["confirmed", "confirmed", "partly", "refuted", "unclear", None]
    s = synthesize(HYPOTHESES, [record(v, n=i + 1) for i, v in enumerate(verdicts)])
    problem = s.fields[1]
    assert problem.field is Field.PROBLEM
    assert problem.counts == {"confirmed": 2, "partly": 1, "refuted": 1, "unclear": 1}
    assert problem.tested == 4
    assert problem.status == "testing"
    assert s.interviews == 6
    assert [f.field for f in s.fields] == list(FIELDS)
    assert s.fields[0].status == "untested"
    assert s.fields[2].hypothesis is None


def test_only_unclear_verdicts_leave_a_hypothesis_untested() -> None:
    assert problem_status(["unclear"] * 6) == "untested"


@pytest.mark.parametrize(
    ("verdicts", "status"),
    [
        (["confirmed"] * 4, "testing"),
        (["confirmed"] * 4 + ["unclear"] * 3, "testing"),  # unclear does not count
        (["confirmed"] * 5, "supported"),
        (["confirmed"] * 7 + ["refuted"] * 3, "supported"),  # exactly 70%
        (["confirmed"] * 6 + ["partly"] * 3 + ["unclear"], "mixed"),  # 6 of 9
        (["refuted"] * 3 + ["confirmed"] * 3, "refuted"),  # exactly 50%
        (["refuted"] * 2 + ["confirmed"] * 3, "mixed"),  # 40%
        (["refuted"] * 5, "refuted"),
    ],
)
def test_status_thresholds_without_commitments(verdicts: list[str | None], status: str) -> None:
    assert problem_status(verdicts) == status


def test_commitment_weighs_in_the_status() -> None:
    # Four polite confirmations against one refutation from a customer who paid: 4 vs 4.
    assert problem_status(["confirmed"] * 4 + ["refuted"]) == "supported"
    assert problem_status(["refuted"] + ["confirmed"] * 4, ["money"]) == "refuted"
    # The order money > time > reputation > none.
    assert problem_status(["refuted"] + ["confirmed"] * 4, ["time"]) == "mixed"  # 3 of 7
    assert problem_status(["confirmed"] * 3 + ["refuted"] * 2, ["money", "time"]) == "supported"
    assert problem_status(["confirmed"] * 3 + ["refuted"] * 2, ["reputation"]) == "mixed"


def test_status_for_takes_verdicts_with_commitments() -> None:
    assert status_for([]) == "untested"
    assert status_for([("unclear", "money")]) == "untested"
    assert status_for([("partly", "none")]) == "testing"
    assert status_for([("confirmed", "none")] * 7 + [("refuted", "time")]) == "supported"
    assert "70%" in STATUS_RULE
    assert "money 4" in STATUS_RULE
    assert "unclear and skipped ones do not count" in STATUS_RULE


def test_people_outside_the_segment_do_not_vote_on_problem_and_situation() -> None:
    interviews = [
        record("confirmed", n=1, quote="Вчера вылили 3 литра", situation="confirmed"),
        record(
            "refuted",
            n=2,
            fit="no",
            quote="Мы молоко не берём",
            situation="refuted",
            benefit="refuted",
        ),
    ]
    s = synthesize(HYPOTHESES, interviews)
    problem, situation, benefit = s.fields[1], s.fields[2], s.fields[3]
    assert problem.tested == 1
    assert problem.counts["refuted"] == 0
    assert [e.alias for e in problem.outside] == ["Респондент 2"]
    assert problem.outside[0].quote == "Мы молоко не берём"
    assert problem.against == []
    assert situation.tested == 1
    assert [e.alias for e in situation.outside] == ["Респондент 2"]
    # The benefit is not bound to the segment: everyone's verdict counts.
    assert benefit.tested == 1
    assert benefit.outside == []
    assert s.outside == ["Респондент 2"]


def test_quotes_for_and_against_are_both_kept_and_notes_are_not_quotes() -> None:
    interviews = [
        record("confirmed", "говорит, что часто", n=1),
        record("confirmed", n=2, quote="В прошлую пятницу вылили 6 литров"),
        record("confirmed", n=3, quote="Каждую неделю 10%"),
        record(
            "refuted", "сказал, что нет", n=4, quote="У нас такого не бывает", commitment="time"
        ),
    ]
    problem = synthesize(HYPOTHESES, interviews).fields[1]
    assert [e.alias for e in problem.support] == ["Респондент 2", "Респондент 3", "Респондент 1"]
    assert problem.support[2].quote is None
    assert problem.support[2].notes == "говорит, что часто"
    assert [e.quote for e in problem.against] == ["У нас такого не бывает"]
    assert problem.against[0].commitment == "time"
    assert problem.quotes == [
        "В прошлую пятницу вылили 6 литров",
        "Каждую неделю 10%",
        "У нас такого не бывает",
    ]


def test_confirmation_without_quote_or_past_fact_is_weak() -> None:
    interviews = [
        record("confirmed", "да, это боль", n=1),
        record("confirmed", "на прошлой неделе выбросили ящик", n=2),
        record("confirmed", n=3, quote="Да"),
        record("refuted", "нет", n=4),
        record("partly", "наверное", n=5),
    ]
    problem = synthesize(HYPOTHESES, interviews).fields[1]
    weak = {e.alias: e.weak for e in (*problem.support, *problem.against)}
    assert weak == {
        "Респондент 1": True,
        "Респондент 2": False,
        "Респондент 3": False,
        "Респондент 4": False,
        "Респондент 5": False,
    }
    assert problem.weak == 1


def test_segment_fit_yes_with_segment_refuted_is_a_contradiction() -> None:
    inside = record(n=1, fit="yes", segment="refuted")
    partly = record(n=2, fit="partly", segment="refuted")
    agreeing = record(n=3, fit="yes", segment="confirmed")
    assert contradicts(inside)
    assert not contradicts(partly)
    assert not contradicts(agreeing)
    assert synthesize(HYPOTHESES, [inside, partly, agreeing]).contradictions == ["Респондент 1"]


def test_commitments_and_segment_fit_are_counted() -> None:
    interviews = [
        record(commitment="time", fit="yes"),
        record(commitment="time", fit="partly"),
        record(commitment="money", fit="yes"),
        record(commitment="none", fit="no"),
    ]
    s = synthesize(HYPOTHESES, interviews)
    assert s.commitments == {"none": 1, "time": 2, "reputation": 0, "money": 1}
    assert s.segment_fit == {"yes": 2, "partly": 1, "no": 1}


def test_unknown_values_are_rejected() -> None:
    with pytest.raises(ValueError, match="verdict"):
        synthesize(HYPOTHESES, [record("maybe")])
    with pytest.raises(ValueError, match="commitment"):
        synthesize(HYPOTHESES, [record(commitment="love")])
    with pytest.raises(ValueError, match="segment fit"):
        synthesize(HYPOTHESES, [record(fit="maybe")])


def test_synthesis_gives_every_field() -> None:
    fields = synthesize(HYPOTHESES, [record("refuted", n=1, quote="Не бывает")]).fields
    result = {item.field: item for item in fields}
    assert list(result) == list(FIELDS)
    assert result[Field.PROBLEM].hypothesis == "Списания молока 8–12% в неделю"
    assert result[Field.PROBLEM].against[0].quote == "Не бывает"
    assert result[Field.BENEFIT].status == "untested"


def test_long_quote_is_cut_and_flattened() -> None:
    quote = synthesize(HYPOTHESES, [record("partly", quote="слово\n" * 200)]).fields[1].quotes[0]
    assert "\n" not in quote
    assert quote.endswith("…")
    assert len(quote) <= 280


def test_past_facts_and_concreteness() -> None:
    assert has_past_fact("Last week we lost 3 orders")
    assert has_past_fact("в последний раз это было в марте")
    assert not has_past_fact("Это было бы удобно")
    assert not has_past_fact(None)
    assert concreteness("В прошлый вторник потеряли 3 заказа из-за этого") == 4
    assert concreteness("Не знаю") < concreteness("Думаю, это важно для нас всех, правда")
