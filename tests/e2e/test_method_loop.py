"""The method's loop end to end, in Russian and English: a founder linked to a consultant finishes
v1, gets an interview script on a confirmed topic, logs three interviews (one refuting, one
outside the segment, one with a money commitment), reads the synthesis in the customers' words,
revises into v2 and gets a new card; the consultant is told, sees the history and the quotes,
and a JSON export carries the versions and the quotes."""

import json
import re
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bot.db.models import ScriptQuestion
from bot.i18n import I18n, Translator
from tests.e2e.consultant_helpers import ADMIN_ID, export_file
from tests.e2e.harness import BotRunner, Founder
from tests.e2e.invite_helpers import accept, become_consultant, new_link, open_link
from tests.e2e.test_interview_evidence import EN, RU, Words, log
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage, buttons

I18N = I18n()
NAME = "Кофейни"
CLIENT = "Алсу (@alsu)"  # how the consultant sees the founder


@dataclass(frozen=True)
class Loop:
    """One language's walk: the founder's buttons, what customers said, the new problem."""

    w: Words
    topic: str  # what the bot proposes from the problem answer
    refuting: tuple[str, str]  # (the founder's notes, the customer's words)
    outsider: tuple[str, str]
    paying: tuple[str, str]
    new_problem: str

    @property
    def t(self) -> Translator:
        return I18N.get(self.w.language)


LOOPS = {
    "ru": Loop(
        RU,
        topic="зерно",
        refuting=("Говорит, не бывает", "Зерно не кончается: я заказываю с запасом на две недели"),
        outsider=("Чайная, зерно почти не берут", "Мы продаём чай, зерно берём раз в квартал"),
        paying=("Потеряли день, готов платить", "В пятницу кончилась арабика — минус 8 000 ₽"),
        new_problem="Поставщик не предупреждает о задержке, и бариста узнаёт о ней утром",
    ),
    "en": Loop(
        EN,
        topic="beans",
        refuting=("Says it never happens", "We never run out: I order two weeks ahead"),
        outsider=("A tea shop, hardly buys beans", "We sell tea; we buy beans once a quarter"),
        paying=("Lost a day, would pay", "Last Friday the arabica ran out — we lost $90"),
        new_problem="The supplier never warns about a delay, and the barista learns it at 8 am",
    ),
}


@pytest.fixture(params=["ru", "en"])
def loop(request: pytest.FixtureRequest) -> Loop:
    return LOOPS[str(request.param)]


def plain(html: str) -> str:
    return re.sub(r"</?[bi]>", "", html)


def labels(message: SentMessage) -> list[str]:
    return [button.text for button in buttons(message)]


def last(api: FakeBotAPI, person: Founder) -> SentMessage:
    message = api.last_message(person.id)
    assert message is not None
    return message


async def linked_pair(runner: BotRunner, api: FakeBotAPI, loop: Loop) -> tuple[Founder, Founder]:
    """Kate becomes a consultant and invites Алсу, who accepts; Kate is told."""
    lang = loop.w.language
    admin = Founder(api, FakeUser(id=ADMIN_ID, first_name="Админ", language_code="ru"))
    kate = Founder(api, FakeUser(id=9100, first_name="Катя", language_code=lang))
    founder = Founder(
        api, FakeUser(id=5101, first_name="Алсу", username="alsu", language_code=lang)
    )
    await become_consultant(runner, admin, kate)
    code = await new_link(kate, "/invite", "one")
    await founder.consent()
    await accept(founder, await open_link(founder, code))
    [linked] = await api.wait_for_messages(kate.id)
    assert linked.plain_text == loop.t("cs-notify-linked", client=CLIENT)
    return founder, kate


async def finish_v1(founder: Founder, loop: Loop) -> None:
    await founder.say(NAME)
    await founder.answer_all(loop.w.answers)
    _, card_text, card_image = await founder.press(loop.w.confirm, count=3)
    assert loop.w.answers["problem"] in card_text.plain_text
    assert card_image.photo is not None
    assert loop.t("btn-iv-hub") in labels(card_image)


async def script_on_confirmed_topic(runner: BotRunner, founder: Founder, loop: Loop) -> None:
    """The bot proposes a topic from the problem answer; the founder confirms it."""
    t = loop.t
    await founder.press(loop.w.hub)
    [proposal] = await founder.press(t("btn-iv-script"))
    assert t("btn-iv-topic-ok", topic=loop.topic) in labels(proposal)
    created, script, markdown, pdf = await founder.press(
        t("btn-iv-topic-ok", topic=loop.topic), count=4
    )
    questions = await runner.count(ScriptQuestion)
    assert 10 <= questions <= 20
    assert str(questions) in created.plain_text
    numbered = re.findall(r"^(\d+)\. ", script.plain_text, flags=re.MULTILINE)
    assert numbered == [str(n) for n in range(1, questions + 1)]
    assert t("script-topic", topic=loop.topic) in script.plain_text
    stored = await runner.rows(select(ScriptQuestion.text))
    assert sum(loop.topic in text for text in stored) >= 4  # the customer's world is named
    for answer in loop.w.answers.values():  # and the founder's answers are not read out
        assert answer not in script.plain_text
    assert markdown.document is not None
    assert pdf.document is not None


async def three_interviews(api: FakeBotAPI, founder: Founder, kate: Founder, loop: Loop) -> None:
    """One refuting the problem, one outside the segment, one with a money commitment;
    the consultant hears of each."""
    w = loop.w
    logged = [
        ("Марина", w.yes, (*loop.refuting, w.refuted), w.nothing),
        ("Олег", w.no, (*loop.outsider, w.confirmed), w.nothing),
        ("Ильдар", w.yes, (*loop.paying, w.confirmed), w.money),
    ]
    for done, (respondent, fit, problem, commitment) in enumerate(logged, start=1):
        summary, _ = await log(founder, w, respondent, fit, problem, commitment)
        assert problem[1] in summary
        assert loop.t("btn-iv-list", count=done) in labels(last(api, founder))
        [told] = await api.wait_for_messages(kate.id)
        assert told.plain_text == loop.t(
            "cs-notify-interview",
            client=CLIENT,
            respondent=respondent,
            name=NAME,
            done=done,
            goal=10,
        )


def check_evidence(text: str, loop: Loop) -> None:
    """The problem's quotes for and against, the money commitment, the outsider apart."""
    w = loop.w
    assert w.outside in text  # named in the head as not counted
    problem = text.split(w.you_said)[2]  # the second hypothesis
    support, rest = problem.split(w.for_)[1].split(w.against)
    against, outsiders = rest.split(w.outside_field)
    assert loop.paying[1] in support
    assert w.money_mark in support
    assert loop.refuting[1] in against
    assert loop.outsider[1] in outsiders.split(w.you_said)[0]
    assert loop.outsider[1] not in support + against


async def revise_into_v2(founder: Founder, loop: Loop) -> None:
    """From /list: the card, revise; keep four answers, change the problem; the new card."""
    t, w = loop.t, loop.w
    await founder.say("/list")
    await founder.press(NAME, count=2)
    started, segment = await founder.press(t("btn-revise"), count=2)
    assert t("vp-revise-started", version=2, name=NAME) in started.plain_text
    assert w.answers["segment"] in segment.plain_text
    [problem] = await founder.press(t("btn-keep-previous"))
    shown = problem.plain_text
    assert w.answers["problem"] in shown  # the previous answer…
    for _, quote in (loop.refuting, loop.paying, loop.outsider):
        assert quote in shown  # …and the customers' own words, not the founder's notes
    assert loop.refuting[0] not in shown
    assert t("vp-prev-outside", respondent="Олег") in shown
    await founder.say(loop.new_problem)
    for _ in range(2):
        await founder.press(t("btn-keep-previous"))
    [review] = await founder.press(t("btn-keep-previous"))
    assert review.plain_text.splitlines()[0].endswith(" · v2")
    _, card_text, card_image = await founder.press(w.confirm, count=3)
    assert card_text.plain_text.startswith(t("card-title") + " · v2")
    assert loop.new_problem in card_text.plain_text
    assert w.answers["problem"] not in card_text.plain_text
    assert card_image.photo is not None
    assert t("btn-revise") in labels(card_image)


async def test_proposition_script_interviews_synthesis_v2_and_what_each_person_sees(
    runner: BotRunner, api: FakeBotAPI, loop: Loop
) -> None:
    t, w = loop.t, loop.w
    founder, kate = await linked_pair(runner, api, loop)
    await finish_v1(founder, loop)
    [finished] = await api.wait_for_messages(kate.id)
    assert finished.plain_text == t("cs-notify-vp-done", client=CLIENT, name=NAME)

    await script_on_confirmed_topic(runner, founder, loop)
    await three_interviews(api, founder, kate, loop)

    synthesis, card = await founder.press(w.results, count=2)
    check_evidence(synthesis.plain_text, loop)
    assert card.photo is not None

    await revise_into_v2(founder, loop)
    [finished] = await api.wait_for_messages(kate.id)
    assert finished.plain_text == t("cs-notify-vp-done", client=CLIENT, name=NAME)

    # The consultant: the client's stage, then the history, both cards and the quotes.
    [clients] = await kate.say("/clients")
    assert t("cs-stage-interviewing", n=3) in clients.plain_text
    report = "\n".join(part.plain_text for part in await kate.press(CLIENT))
    history = [
        t("cs-client-version", version="v1", status="done", interviews=3),
        t("cs-client-version", version="v2", status="done", interviews=0),
    ]
    assert plain(t("cs-client-versions", name=NAME, versions=" → ".join(history))) in report
    v1, v2 = report.split(t("card-title") + " · v2")
    assert t("card-title") + " · v1" in v1
    check_evidence(v1, loop)
    assert loop.new_problem in v2
    assert t("cs-client-no-interviews") in v2
    assert t("btn-cs-export-client") in labels(last(api, kate))

    # The JSON export: both versions, v2 after v1; v1's interviews and quotes.
    [client] = json.loads(await export_file(kate, "JSON", t("btn-cs-period-all")))["clients"]
    v1_json, v2_json = client["value_propositions"]
    assert (v1_json["version"], v2_json["version"]) == (1, 2)
    assert v2_json["parent_id"] == v1_json["id"]
    assert (v1_json["interviews_done"], v2_json["interviews_done"]) == (3, 0)
    problem = v1_json["synthesis"]["hypotheses"]["problem"]
    assert [(e["quote"], e["commitment"]) for e in problem["for"]] == [(loop.paying[1], "money")]
    assert [e["quote"] for e in problem["against"]] == [loop.refuting[1]]
    assert [e["respondent"] for e in problem["outside_segment"]] == ["Олег"]
    fits = {i["respondent"]: i["segment_fit"] for i in v1_json["interviews"]}
    assert fits == {"Марина": "yes", "Олег": "no", "Ильдар": "yes"}
