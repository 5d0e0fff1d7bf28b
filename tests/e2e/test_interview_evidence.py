"""Customers' words end to end, in Russian and English: three interviews (one refuting with a
quote, one outside the segment, one with a money commitment), a step back while logging, an
edited interview, and the synthesis: you said beside customers said, for and against."""

import json
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from bot.db.models import Interview, InterviewNote
from tests.e2e.consultant_helpers import export_file
from tests.e2e.harness import GOOD_EN, GOOD_RU, BotRunner, Founder
from tests.e2e.invite_helpers import accept, become_consultant, new_link, open_link
from tests.fakebotapi import FakeBotAPI, FakeUser


@dataclass(frozen=True)
class Words:
    """The buttons and texts the founder sees in one language."""

    language: str
    answers: dict[str, str]
    accept: str
    confirm: str
    hub: str
    log: str
    yesterday: str
    yes: str
    no: str
    partly: str
    skip: str
    keep: str
    back: str
    confirmed: str
    refuted: str
    money: str
    nothing: str
    edit: str
    fit_part: str
    results: str
    ask_quote: str
    ask_notes: str
    you_said: str
    customers_said: str
    for_: str
    against: str
    outside: str
    outside_field: str
    money_mark: str
    contradiction: str
    updated: str
    date_part: str


RU = Words(
    *("ru", GOOD_RU, "✅", "Всё верно", "Проблемные интервью", "Записать интервью", "Вчера"),
    *("Да", "Нет", "Частично", "Пропустить", "Оставить как есть", "Назад на шаг"),
    *("Подтвердил", "Опроверг", "Деньги", "Никакого", "Изменить", "Сегмент: подходит?"),
    *("Итоги", "слова клиента", "Гипотеза 2 из 5", "Вы сказали:", "Клиенты сказали:"),
    *("👍 За:", "👎 Против:", "Вне сегмента: Олег", "Вне сегмента (не в счёт):", "💰 деньги"),
    *("Противоречие", "Интервью обновлено", "Дата"),
)
EN = Words(
    *("en", GOOD_EN, "I accept", "All correct", "Problem interviews", "Log an interview"),
    *("Yesterday", "Yes", "No", "Partly", "Skip", "Keep it as it is", "Back a step"),
    *("Confirmed", "Refuted", "Money", "None", "Edit", "Fits the segment?", "Results"),
    *("customer's own words", "Hypothesis 2 of 5", "You said:", "Customers said:", "👍 For:"),
    *("👎 Against:", "Outside the segment: Олег", "Outside the segment (not counted):"),
    *("💰 money", "Contradiction", "Interview updated", "Date"),
)
REFUTING = "Молоко у нас не пропадает: в прошлый вторник всё ушло к обеду"
PAYING = "Вчера выбросили 4 литра, это 1 200 ₽ в день"
OUTSIDER = "Мы чай продаём, молоко почти не берём"


async def finished_vp(founder: Founder, w: Words) -> None:
    await founder.finish_vp(w.answers, name="Кофейни", confirm=w.confirm)
    await founder.press(w.hub)


async def hypothesis(founder: Founder, w: Words, notes: str, quote: str) -> None:
    """Notes, then the customer's own words, for the hypothesis being asked."""
    replies = await founder.say(notes)
    if any(w.keep in b.text for b in founder._buttons(replies[-1])):
        replies = await founder.press(w.keep)
    assert w.ask_quote in replies[-1].plain_text
    await founder.say(quote)


async def start_log(founder: Founder, w: Words, name: str, fit: str) -> None:
    """Log an interview held yesterday with ``name``, who fits the segment as ``fit`` says."""
    await founder.press(w.log)
    await founder.say(name)
    await founder.press(w.yesterday)
    await founder.press(fit)


async def log(
    founder: Founder,
    w: Words,
    name: str,
    fit: str,
    problem: tuple[str, str, str],
    commitment: str,
) -> list[str]:
    """An interview where only the problem was discussed; returns the last two texts."""
    await start_log(founder, w, name, fit)
    await founder.press(w.skip)  # the segment was not discussed
    notes, quote, verdict = problem
    await hypothesis(founder, w, notes, quote)
    await founder.press(verdict)
    for _ in range(3):
        await founder.press(w.skip)
    await founder.press(commitment)
    summary, logged = await founder.press(w.skip, count=2)
    return [summary.plain_text, logged.plain_text]


@pytest.mark.parametrize("w", [RU, EN], ids=["ru", "en"])
async def test_three_interviews_back_edit_and_synthesis_in_customers_words(
    runner: BotRunner, api: FakeBotAPI, w: Words
) -> None:
    founder = Founder(api, FakeUser(id=5101, first_name="Алсу", language_code=w.language))
    await finished_vp(founder, w)

    # 1. A paying customer confirms the problem, and the segment is confirmed with their words.
    await start_log(founder, w, "Ильдар", w.yes)
    await hypothesis(founder, w, "Две кофейни на Баумана, закупает сам", "Я сам вожу зерно")
    await founder.press(w.confirmed)
    # Back from the verdict asks for the customer's words again, back once more for the notes.
    await hypothesis(founder, w, "Вылили 4 литра вчера", PAYING)
    [verdict] = await founder.press(w.back)
    assert w.ask_quote in verdict.plain_text
    [again] = await founder.press(w.back)
    assert w.ask_notes in again.plain_text
    await hypothesis(founder, w, "В прошлую пятницу вылили 4 литра", PAYING)
    await founder.press(w.confirmed)
    for _ in range(3):
        await founder.press(w.skip)
    await founder.press(w.money)
    summary, _ = await founder.press(w.skip, count=2)
    assert PAYING in summary.plain_text
    assert "В прошлую пятницу вылили 4 литра" in summary.plain_text

    # 2. A customer in the segment refutes the problem in their own words.
    await log(founder, w, "Марина", w.yes, ("Говорит, не бывает", REFUTING, w.refuted), w.nothing)
    # 3. Someone outside the segment confirms it: listed apart, not counted.
    await log(founder, w, "Олег", w.no, ("Иногда выбрасывают", OUTSIDER, w.confirmed), w.nothing)

    notes = await runner.rows(select(InterviewNote).where(InterviewNote.field == "problem"))
    assert [(n.said, n.quote) for n in notes] == [
        ("В прошлую пятницу вылили 4 литра", PAYING),
        ("Говорит, не бывает", REFUTING),
        ("Иногда выбрасывают", OUTSIDER),
    ]

    # Editing a saved interview: Марина's fit is asked again, the rest is kept.
    await founder.press("(3)")
    await founder.press("Марина")
    [pick] = await founder.press(w.edit)
    assert "Марина" in pick.plain_text
    await founder.press(w.fit_part)
    summary, updated = await founder.press(w.partly, count=2)
    assert REFUTING in summary.plain_text
    assert w.updated in updated.plain_text
    marina = (await runner.rows(select(Interview).where(Interview.respondent == "Марина")))[0]
    assert (marina.segment_fit, marina.status) == ("partly", "done")
    assert await runner.count(Interview) == 3

    # Her date typed anew: only the date changes, nothing else is asked again.
    await founder.press("(3)")
    await founder.press("Марина")
    await founder.press(w.edit)
    await founder.press(w.date_part)
    summary, updated = await founder.say("20.11", count=2)
    assert REFUTING in summary.plain_text
    assert w.updated in updated.plain_text
    marina = (await runner.rows(select(Interview).where(Interview.respondent == "Марина")))[0]
    assert (marina.held_on, marina.segment_fit) == (date(2026, 11, 20), "partly")

    # The synthesis: you said beside customers said, for and against, the outsider apart.
    synthesis, card = await founder.press(w.results, count=2)
    text = synthesis.plain_text
    problem = text.split(w.you_said)[2]  # the second hypothesis
    assert w.answers["problem"] in problem
    assert w.customers_said in problem
    support, rest = problem.split(w.for_)[1].split(w.against)
    assert PAYING in support
    assert w.money_mark in support
    against, outsiders = rest.split(w.outside_field)
    assert REFUTING in against
    assert OUTSIDER in outsiders.split(w.you_said)[0]
    assert OUTSIDER not in support + against
    assert w.outside in text
    assert w.contradiction not in text
    assert card.photo is not None
    assert "🔴" in card.plain_text  # the legend of badge colours in the caption


async def test_segment_fit_yes_with_segment_refuted_is_pointed_out(anna: Founder) -> None:
    await finished_vp(anna, RU)
    await start_log(anna, RU, "Глеб", RU.yes)
    await hypothesis(anna, RU, "Работает в офисе, кофейни нет", "У меня нет кофейни")
    warning, _ = await anna.press(RU.refuted, count=2)
    assert "Противоречие" in warning.plain_text
    assert "Глеб" in warning.plain_text
    for _ in range(4):
        await anna.press(RU.skip)
    await anna.press(RU.nothing)
    summary, _ = await anna.press(RU.skip, count=2)
    assert "Противоречие" in summary.plain_text  # and again in the saved interview
    synthesis, _ = await anna.press(RU.results, count=2)
    assert "Противоречие:</b>" not in synthesis.plain_text
    assert "Противоречие: «Глеб»" in synthesis.plain_text


async def test_consultant_sees_the_quotes_statuses_and_json_evidence(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    await become_consultant(runner, admin, kate)
    code = await new_link(kate, "/invite", "one")
    await anna.consent()
    await accept(anna, await open_link(anna, code))
    await api.wait_for_messages(kate.id)  # "Анна is now your client"
    await anna.start_vp()
    await anna.answer_all()
    await anna.press(RU.confirm, count=3)
    await api.wait_for_messages(kate.id)  # "Анна finished the proposition"
    await anna.press(RU.hub)
    await log(anna, RU, "Марина", RU.yes, ("Говорит, не бывает", REFUTING, RU.refuted), RU.money)
    await api.wait_for_messages(kate.id)  # "Анна logged an interview"
    # Editing one hypothesis asks its notes, words and verdict again; the consultant is not
    # told of an edit as of a new interview.
    await anna.press("(1)")
    await anna.press("Марина")
    await anna.press(RU.edit)
    [notes] = await anna.press("Проблема")
    assert RU.ask_notes in notes.plain_text
    await hypothesis(anna, RU, "Говорит, не бывает", REFUTING + "!")
    summary, _ = await anna.press(RU.refuted, count=2)
    assert REFUTING + "!" in summary.plain_text
    await api.wait_for_messages(kate.id, count=0)

    await kate.say("/clients")
    report = " ".join(part.plain_text for part in await kate.press("Анна"))
    assert f"❌ «{REFUTING}!» — Марина · 💰 деньги" in report
    assert "🔵 рано судить" in report
    assert "Вы сказали:" in report

    exported = await export_file(kate, "JSON")
    exported = json.loads(exported)
    [client] = [c for c in exported["clients"] if c["id"] == anna.id]
    vp = client["value_propositions"][0]
    problem = vp["synthesis"]["hypotheses"]["problem"]
    assert problem["status"] == "testing"
    assert problem["against"][0] == {
        "respondent": "Марина",
        "verdict": "refuted",
        "quote": REFUTING + "!",
        "notes": "Говорит, не бывает",
        "commitment": "money",
        "weak": False,
    }
    [interview] = vp["interviews"]
    assert (interview["segment_fit"], interview["commitment"]) == ("yes", "money")
