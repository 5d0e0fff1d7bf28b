"""Versions of a proposition end to end, in Russian and English: v1 → an interview → v2
pre-filled with the previous answers and the customer's words → a new card; /list with the
history and a started-over proposition; renaming; a clean automatic name."""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bot.db.models import Interview, ValueProposition
from bot.i18n import I18n, Translator
from tests.e2e.harness import GOOD_EN, GOOD_RU, BotRunner, FakeClock, Founder
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage

I18N = I18n()


@dataclass(frozen=True)
class Case:
    lang: str
    user: FakeUser
    good: dict[str, str]
    name: str
    said: str
    new_problem: str
    new_control: str
    long_segment: str
    clean_name: str
    renamed: str

    @property
    def t(self) -> Translator:
        return I18N.get(self.lang)


CASES = {
    "ru": Case(
        lang="ru",
        user=FakeUser(id=6101, first_name="Анна", language_code="ru"),
        good=GOOD_RU,
        name="Кофейни Казани",
        said="В прошлую пятницу закончилась арабика, до понедельника варили только робусту",
        new_problem="Поставщик не предупреждает о задержке, и бариста узнаёт о ней утром",
        new_control="Каждую неделю по накладным считаем дни с задержкой поставки, цель — один",
        long_segment="Владельцы салонов красоты в Казани, которые сами ведут запись",
        clean_name="Владельцы салонов красоты в Казани",
        renamed="Кофейни Татарстана",
    ),
    "en": Case(
        lang="en",
        user=FakeUser(id=6102, first_name="John", language_code="en"),
        good=GOOD_EN,
        name="Kazan coffee shops",
        said="Last Friday we ran out of arabica and served only robusta until Monday",
        new_problem="The supplier never warns about a delay, and the barista learns it at 8 am",
        new_control="Every week we count late-delivery days from the invoices, target at most one",
        long_segment="Owners of beauty salons in Kazan, who keep their own bookings",
        clean_name="Owners of beauty salons in Kazan",
        renamed="Tatarstan coffee shops",
    ),
}


@pytest.fixture(params=["ru", "en"])
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[str(request.param)]


async def finish_v1(founder: Founder, case: Case) -> None:
    await founder.finish_vp(case.good, name=case.name, confirm=case.t("btn-confirm"))


@pytest.fixture
async def founder(runner: BotRunner, api: FakeBotAPI, case: Case) -> Founder:
    """The case's founder, with v1 of the proposition finished."""
    founder = Founder(api, case.user)
    await finish_v1(founder, case)
    return founder


async def open_card(founder: Founder, case: Case) -> list[SentMessage]:
    """/list, then the proposition: its card's text and image."""
    await founder.say("/list")
    return await founder.press(case.name, count=2)


async def log_refuting_interview(founder: Founder, case: Case) -> None:
    t = case.t
    await founder.press(t("btn-iv-hub"))
    await founder.press(t("btn-iv-log"))
    await founder.say("Ильдар" if case.lang == "ru" else "Ildar")
    await founder.press(t("btn-iv-yesterday"))
    await founder.press(t("iv-fit-yes"))
    for _ in range(5):
        [reply] = await founder.say(case.said)  # the founder's notes
        keep = t("btn-keep")
        if any(keep in button.text for button in founder._buttons(reply)):
            await founder.press(keep)
        await founder.say(case.said)  # the customer's own words
        await founder.press(t("iv-verdict-refuted"))
    await founder.press(t("iv-commit-money"))
    await founder.say("Созвон через неделю" if case.lang == "ru" else "A call next week", count=2)


async def test_revision_after_interviews_makes_v2_from_v1_and_customers_words(
    runner: BotRunner, clock: FakeClock, case: Case, founder: Founder
) -> None:
    t = case.t
    await log_refuting_interview(founder, case)

    # The finished card after the interview carries each hypothesis's evidence status.
    card_text, _ = await open_card(founder, case)
    testing = t("pcard-badge-testing", support=0, against=1)
    assert card_text.plain_text.count(testing) == 5

    started, segment = await founder.press(t("btn-revise"), count=2)
    assert t("vp-revise-started", version=2, name=case.name) in started.plain_text
    shown = segment.plain_text
    assert case.good["segment"] in shown  # the previous answer
    assert case.said[:40] in shown  # what the customer said, in their words
    assert t("vp-prev-verdict", verdict="refuted") in shown
    # Keep the segment, change the problem, keep situation and benefit, change the control.
    [problem] = await founder.press(t("btn-keep-previous"))
    assert case.good["problem"] in problem.plain_text
    await founder.say(case.new_problem)
    await founder.press(t("btn-keep-previous"))
    await founder.press(t("btn-keep-previous"))
    [review] = await founder.say(case.new_control)
    for kept in ("segment", "situation", "benefit"):
        assert case.good[kept] in review.plain_text
    assert case.new_problem in review.plain_text
    assert review.plain_text.splitlines()[0].endswith(" · v2")
    assert case.good["problem"] not in review.plain_text

    _, card_text, card_image = await founder.press(t("btn-confirm"), count=3)
    assert card_text.plain_text.startswith(t("card-title") + " · v2")
    assert case.new_problem in card_text.plain_text
    assert card_image.photo is not None
    vps = await runner.rows(select(ValueProposition).order_by(ValueProposition.id))
    assert [(vp.version, vp.status) for vp in vps] == [(1, "done"), (2, "done")]
    assert vps[1].parent_id == vps[0].id
    # The interview stays with the version it was logged against.
    interviews = await runner.rows(select(Interview))
    assert [interview.value_proposition_id for interview in interviews] == [vps[0].id]

    # New interviews go to the latest finished version: /interview opens v2's hub.
    [hub] = await founder.say("/interview")
    assert re.sub(r"</?b>", "", t("iv-progress", done=0, goal=10)) in hub.plain_text

    # Start over on a new one: it stays visible in /list.
    await founder.press(t("btn-new-vp"))
    await founder.say("Салоны" if case.lang == "ru" else "Salons")
    await founder.say(case.long_segment)
    clock.advance(hours=7)
    await founder.say(case.good["problem"])  # after a long pause: the resume offer
    await founder.press(t("btn-restart"), count=2)
    [question] = await founder.press(t("btn-name-later"))
    progress = t("vp-progress", n=1, total=5, label=t("vp-label-segment"))
    assert re.sub(r"</?b>", "", progress) in question.plain_text
    await founder.say(case.long_segment)
    [listing] = await founder.say("/list")
    labels = [button.text for button in founder._buttons(listing)]
    assert labels[0] == t("vp-list-version", name=case.name, status="done", version="v2")
    assert labels[1] == t("vp-list-older", status="done", version="v1")
    salons = "Салоны" if case.lang == "ru" else "Salons"
    assert t("vp-list-abandoned", name=salons) in labels
    assert t("vp-list-item", name=case.clean_name, status="draft") in labels  # no comma

    # The started-over one opens as it was left (not reopened).
    [abandoned] = await founder.press(t("vp-list-abandoned", name=salons))
    assert salons in abandoned.plain_text
    assert case.long_segment in abandoned.plain_text
    assert t("btn-confirm") not in [button.text for button in founder._buttons(abandoned)]

    # The older version opens as its own card, with its version and statuses.
    v1_text, _ = await founder.press(t("vp-list-older", status="done", version="v1"), count=2)
    assert v1_text.plain_text.startswith(t("card-title") + " · v1")
    assert case.good["problem"] in v1_text.plain_text

    # Renaming names every version.
    await founder.press(t("btn-rename"))
    renamed, listing = await founder.say(case.renamed, count=2)
    assert case.renamed in renamed.plain_text
    names = {vp.name for vp in await runner.rows(select(ValueProposition))}
    assert names == {case.renamed, salons, case.clean_name}


async def test_revision_without_interviews_edits_the_same_version(
    runner: BotRunner, case: Case, founder: Founder
) -> None:
    t = case.t
    note, review = await founder.press(t("btn-revise"), count=2)
    assert t("vp-revise-in-place") in note.plain_text
    assert case.good["problem"] in review.plain_text
    await founder.press(t("btn-confirm"), count=3)
    vps = await runner.rows(select(ValueProposition))
    assert [(vp.version, vp.status) for vp in vps] == [(1, "done")]


async def test_a_revision_started_over_stays_in_the_history_and_the_next_one_is_v3(
    runner: BotRunner, clock: FakeClock, case: Case, founder: Founder
) -> None:
    t = case.t
    await log_refuting_interview(founder, case)
    await open_card(founder, case)
    await founder.press(t("btn-revise"), count=2)
    await founder.press(t("btn-keep-previous"))
    clock.advance(hours=7)
    await founder.say(case.new_problem)  # after a long pause: the resume offer
    await founder.press(t("btn-restart"), count=2)

    [listing] = await founder.say("/list")
    labels = [button.text for button in founder._buttons(listing)]
    assert labels[:2] == [
        t("vp-list-version", name=case.name, status="done", version="v1"),
        t("vp-list-older", status="abandoned", version="v2"),
    ]
    await founder.press(labels[0], count=2)
    started, _ = await founder.press(t("btn-revise"), count=2)
    assert t("vp-revise-started", version=3, name=case.name) in started.plain_text
    vps = await runner.rows(select(ValueProposition).order_by(ValueProposition.id))
    assert [(vp.version, vp.parent_id, vp.status) for vp in vps] == [
        (1, None, "done"),
        (2, vps[0].id, "abandoned"),
        (3, vps[0].id, "draft"),
    ]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_while_renaming_asks_for_text_and_keeps_the_step(
    runner: BotRunner, api: FakeBotAPI, case: Case, founder: Founder, kind: str
) -> None:
    t = case.t
    await open_card(founder, case)
    await founder.press(t("btn-rename"))
    send: dict[str, Callable[[FakeUser], object]] = {
        "sticker": api.send_sticker,
        "photo": api.send_photo,
        "voice": api.send_voice,
    }
    send[kind](case.user)
    [please] = await api.wait_for_messages(case.user.id)
    assert please.plain_text == t("vp-rename-not-text", name=case.name)
    assert please.plain_text != t("use-buttons")  # not the generic fallback
    # Still renaming: the next text is the new name.
    renamed, _ = await founder.say(case.renamed, count=2)
    assert renamed.plain_text == t("vp-renamed", name=case.renamed)
    names = {vp.name for vp in await runner.rows(select(ValueProposition))}
    assert names == {case.renamed}
