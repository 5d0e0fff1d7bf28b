"""The history of a proposition's versions where others read it: the consultant's client view,
the JSON export and /mydata, for a founder writing in Russian or English."""

import json
from typing import Any

import pytest

from tests.e2e.consultant_helpers import export_file, invite_code, make_consultant
from tests.e2e.harness import BotRunner, Founder
from tests.e2e.test_proposition_versions import CASES, Case, log_refuting_interview
from tests.fakebotapi import FakeBotAPI


@pytest.fixture(params=["ru", "en"])
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[str(request.param)]


async def linked_v2(api: FakeBotAPI, founder: Founder, kate: Founder, case: Case) -> None:
    """The founder joins Kate, finishes v1, logs an interview, revises into v2 (new problem)."""
    t = case.t
    code = await invite_code(kate)
    await founder.say(f"/start {code}", count=2)
    await founder.press(t("btn-consent"), count=3)
    await founder.press(t("btn-cs-share"))
    await founder.say(case.name)
    await founder.answer_all(case.good)
    await founder.press(t("btn-confirm"), count=3)
    await log_refuting_interview(founder, case)
    await founder.say("/list")
    await founder.press(case.name, count=2)
    await founder.press(t("btn-revise"), count=2)
    await founder.press(t("btn-keep-previous"))
    await founder.say(case.new_problem)
    for _ in range(3):
        await founder.press(t("btn-keep-previous"))
    await founder.press(t("btn-confirm"), count=3)
    await api.wait_for_messages(kate.id, count=0)  # notifications so far


def versions_of(propositions: list[dict[str, Any]]) -> list[tuple[int, Any, str]]:
    by_id = {vp["id"]: vp for vp in propositions}
    return [
        (
            vp["version"],
            by_id[vp["parent_id"]]["version"] if vp["parent_id"] else None,
            vp["status"],
        )
        for vp in propositions
    ]


async def test_consultant_export_and_mydata_carry_the_versions(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, case: Case
) -> None:
    founder = Founder(api, case.user)
    await make_consultant(runner, admin, kate)
    await linked_v2(api, founder, kate, case)

    # The consultant's view of the client: the history line, then each version's card.
    await kate.say("/clients")
    report = " ".join(part.plain_text for part in await kate.press(case.user.first_name))
    assert "v1 (готово, интервью: 1) → v2 (готово, интервью: 0)" in report
    assert "Ценностное предложение · v1" in report
    assert "Ценностное предложение · v2" in report
    assert case.new_problem in report
    assert case.good["problem"] in report  # v1 keeps its answers
    assert "рано судить · за 0 · против 1" in report  # v1's evidence status on its card

    # The JSON export: both versions, linked, each with its own interviews and statuses.
    exported = await export_file(kate, "JSON")
    exported = json.loads(exported)
    [client] = [c for c in exported["clients"] if c["id"] == founder.id]
    propositions = client["value_propositions"]
    assert versions_of(propositions) == [(1, None, "done"), (2, 1, "done")]
    v1, v2 = propositions
    assert len(v1["interviews"]) == 1
    assert v2["interviews"] == []
    assert v1["synthesis"]["hypotheses"]["problem"]["status"] == "testing"
    assert v2["answers"]["problem"]["text"] == case.new_problem
    assert v2["answers"]["segment"]["text"] == case.good["segment"]

    # /mydata: the founder's own copy carries the versions and the statuses too.
    json_doc, md_doc = await founder.say("/mydata", count=2)
    assert json_doc.document is not None
    assert md_doc.document is not None
    mine = json.loads(json_doc.document)["value_propositions"]
    assert versions_of(mine) == [(1, None, "done"), (2, 1, "done")]
    assert mine[0]["hypothesis_status"]["problem"] == "testing"
    assert mine[1]["hypothesis_status"] == {}
    markdown = md_doc.document.decode("utf-8")
    assert f"«{case.name}» · v2" in markdown
    status = case.t("md-hypothesis-status", status="testing")
    assert markdown.count(status) == 5  # v1's five hypotheses; v2 has no interviews yet
