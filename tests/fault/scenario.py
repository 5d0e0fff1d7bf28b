"""Shared steps of the fault tests: bring a bot process up, walk a founder into the dialogue."""

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator
from pathlib import Path

from tests.e2e.harness import GOOD_RU, Founder
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage
from tests.fault.backing import Saved
from tests.fault.proc import BotProcess
from tests.fault.tcp_proxy import TcpProxy

START_TIMEOUT = 60.0  # interpreter start, imports and migrations of a fresh database
REPLY_TIMEOUT = 15.0

ANSWERS = list(GOOD_RU.values())  # five answers the coaching checks accept as they are
FIELDS = ["segment", "problem", "situation", "benefit", "control"]
TRY_AGAIN_RU = "Не получилось обработать"  # the start of locale key error-try-again (ru)

_founder_ids = itertools.count(6001)


def first_answers(count: int) -> list[Saved]:
    """The first ``count`` answers of ``ANSWERS``, as stored (none of them skipped)."""
    return [Saved(f, t, False) for f, t in zip(FIELDS[:count], ANSWERS[:count], strict=True)]


async def start_polling(proc: BotProcess, api: FakeBotAPI, **overrides: str) -> BotProcess:
    """Start the process and return once it long-polls the fake Bot API."""
    before = len(api.calls_of("getUpdates"))
    await proc.start(**overrides)

    def polling_or_dead() -> bool:
        fresh = len(api.calls_of("getUpdates")) > before and api.state.polls_waiting > 0
        return fresh or not proc.alive

    try:
        await api.wait_until(polling_or_dead, START_TIMEOUT, "bot process polling")
    except AssertionError as error:
        raise AssertionError(f"{error}; {proc.describe()}") from None
    assert proc.alive, f"bot process ended during start-up; {proc.describe()}"
    return proc


@contextlib.asynccontextmanager
async def polling_process(
    api: FakeBotAPI, workdir: Path, **settings: str
) -> AsyncIterator[BotProcess]:
    """A bot process (token, Bot API URL and log level of ``api`` unless ``settings`` say
    otherwise) long-polling ``api`` until the end; it must stop cleanly."""
    base = {"BOT_TOKEN": api.token, "BOT_API_URL": api.base_url, "LOG_LEVEL": "INFO"}
    process = BotProcess(workdir, {**base, **settings})
    try:
        await start_polling(process, api)
        yield process
    finally:
        assert await process.stop() == 0, process.describe()


async def say(founder: Founder, text: str, count: int = 1) -> list[SentMessage]:
    founder.api.send_text(founder.user, text)
    return await founder.api.wait_for_messages(founder.id, count=count, timeout=REPLY_TIMEOUT)


async def press(founder: Founder, caption: str, count: int = 1) -> list[SentMessage]:
    message = founder.message_with_button(caption)
    founder.api.press_button(founder.user, message, caption)
    return await founder.api.wait_for_messages(founder.id, count=count, timeout=REPLY_TIMEOUT)


async def to_first_question(founder: Founder) -> None:
    """/start, consent, a name for the value proposition: the dialogue waits for answer 1."""
    await say(founder, "/start", count=2)
    await press(founder, "✅", count=2)
    [question] = await say(founder, "Кофейни Казани")
    assert "Вопрос 1 из 5" in question.plain_text, question.plain_text


async def answer(founder: Founder, number: int) -> SentMessage:
    """Give answer ``number`` (1-based) and return the next question (or the review)."""
    [reply] = await say(founder, ANSWERS[number - 1])
    expected = f"Вопрос {number + 1} из 5" if number < 5 else "Проверьте ЦП"
    assert expected in reply.plain_text, reply.plain_text
    return reply


async def resume(founder: Founder, pending: int) -> SentMessage:
    """The founder comes back: /start offers to continue at the pending question."""
    [offer] = await say(founder, "/start")
    assert f"вопрос {pending} из 5" in offer.plain_text, offer.plain_text
    [question] = await press(founder, "Продолжить")
    assert f"Вопрос {pending} из 5" in question.plain_text
    return question


@contextlib.asynccontextmanager
async def healthy_founder(
    api: FakeBotAPI, bot: BotProcess, *links: TcpProxy
) -> AsyncIterator[Founder]:
    """A new founder of a bot shared by several tests; afterwards no fault is left planned,
    ``links`` are up again, and the bot is healthy with no Bot API call refused but those the
    test injected."""
    person = Founder(api, FakeUser(id=next(_founder_ids), first_name="Анна", language_code="ru"))
    try:
        yield person
    finally:
        api.state.faults.planned.clear()
        for link in links:
            await link.restore()
    assert bot.alive, bot.describe()
    assert api.errors == [], api.errors


async def wait_update_fetched(api: FakeBotAPI, update_id: int, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    await api.wait_until(
        lambda: api.state.updates.delivered_up_to >= update_id,
        timeout,
        f"update {update_id} fetched by the bot",
    )


async def answer_2_waits_unconfirmed(api: FakeBotAPI, bot: BotProcess, founder: Founder) -> None:
    """Answer 2 is sent while the bot cannot store updates: it is fetched and the bot retries
    storing it, but it is not confirmed to Telegram (which would deliver it again) and not
    answered yet."""
    update = api.send_text(founder.user, ANSWERS[1])
    await wait_update_fetched(api, update["update_id"])
    await bot.wait_for_log("could not store 1 updates; retrying", timeout=REPLY_TIMEOUT)
    assert not confirmed(api, update["update_id"])
    assert api.messages(founder.id)[-1].plain_text.startswith("Вопрос 2 из 5")


def confirmed(api: FakeBotAPI, update_id: int) -> bool:
    """Whether a getUpdates of the bot has confirmed the update (its offset is past it)."""
    for call in reversed(api.calls_of("getUpdates")):
        offset = call.params.get("offset")
        if offset is not None and int(offset) > update_id:
            return True
    return False


async def wait_update_received(api: FakeBotAPI, update_id: int, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Until the bot has surely got the update: its next long poll confirms it by offset."""
    await api.wait_until(
        lambda: confirmed(api, update_id), timeout, f"update {update_id} confirmed by the bot"
    )


async def quiet(api: FakeBotAPI, seconds: float = 0.5) -> None:
    """Until the bot has fetched everything and made no request for ``seconds``."""
    await api.wait_idle(settle=seconds, timeout=REPLY_TIMEOUT)
    await asyncio.sleep(0)
