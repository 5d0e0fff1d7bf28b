"""/delete_me end to end: confirmation, cancel, stale buttons, and nothing of the user left."""

from typing import Any

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select, update

from bot.db.base import Base
from bot.db.models import Deletion, Invite, User
from bot.i18n import I18n
from bot.privacy.deletion import deletion_hash
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.test_privacy_mydata import export, founder_with_everything
from tests.fakebotapi import FakeBotAPI, buttons

STALE_RU = I18n().get("ru")("stale-button")
STALE_EN = I18n().get("en")("stale-button")


async def leftovers(runner: BotRunner, user_id: int) -> list[str]:
    """Every "table.column" of any row, in any table, whose value is the id or contains it.

    That covers the foreign keys to users, the FSM storage keys ("fsm:<chat>:<user>:...") and
    any text that quotes the id (such as a pressed button's data in the transcript). The
    deletion record is checked on its own: its hash is not the id.
    """
    assert runner.app is not None
    found = []
    async with runner.app.session_factory() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "deletions":
                continue
            for row in (await session.execute(select(table))).mappings():
                for column, value in row.items():
                    if value == user_id or (isinstance(value, str) and str(user_id) in value):
                        found.append(f"{table.name}.{column}")
    return found


async def counts(runner: BotRunner, user_id: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for place in await leftovers(runner, user_id):
        found[place] = found.get(place, 0) + 1
    return found


async def table_sizes(runner: BotRunner) -> dict[str, int]:
    """Rows per table; rows owned only indirectly (revisions, notes) show up here."""
    return {table.name: await runner.count(table) for table in Base.metadata.sorted_tables}


async def test_cancel_keeps_everything_and_old_buttons_are_stale(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder
) -> None:
    await founder_with_everything(anna)
    before = await table_sizes(runner)
    assert before["interview_notes"] > 0
    [prompt] = await anna.say("/delete_me")
    assert "Удалить все ваши данные?" in prompt.plain_text
    assert [b.text for b in buttons(prompt)] == ["Да, удалить всё", "Отмена"]
    confirm = buttons(prompt)[0].callback_data
    assert confirm is not None
    assert confirm.startswith("d1:")
    [cancelled] = await anna.press("Отмена")
    assert "Удаление отменено" in cancelled.plain_text
    assert api.message(anna.id, prompt.message_id).reply_markup is None

    # The cancelled prompt's confirm button, replayed by a modified client: stale, no effect.
    replay = api.press(anna.user, prompt, confirm, forged=True)
    assert (await api.wait_callback_answer(replay)).text == STALE_RU
    # Someone else forging the founder's button: stale as well.
    forged = api.press(john.user, prompt.message_id, confirm, forged=True)
    assert (await api.wait_callback_answer(forged)).text == STALE_EN
    # A fresh prompt left unanswered too long expires.
    [prompt] = await anna.say("/delete_me")
    clock: FakeClock = runner.clock
    clock.advance(minutes=11)
    pressed = api.press_button(anna.user, prompt, "Да, удалить всё")
    assert (await api.wait_callback_answer(pressed)).text == STALE_RU
    await api.wait_idle()

    # Only the log of this exchange grew (and the expired prompt's note in the FSM data).
    growing = {"transcript", "inbox_updates", "fsm_states", "users"}
    after = await table_sizes(runner)
    assert {k: v for k, v in after.items() if k not in growing} == {
        k: v for k, v in before.items() if k not in growing
    }
    assert after["users"] == 2  # anna, and john who pressed the forged button
    assert after["transcript"] > before["transcript"]


async def test_confirm_deletes_everything_then_start_begins_anew(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await founder_with_everything(anna)
    await anna.press("Записать интервью")  # mid-dialogue: an FSM state is stored
    assert await fsm_state(runner, anna.id) is not None
    [prompt] = await anna.say("/delete_me")
    [farewell] = await anna.press("Да, удалить всё")
    assert "все ваши данные удалены" in farewell.plain_text
    assert api.message(anna.id, prompt.message_id).reply_markup is None
    await api.wait_idle()

    assert await leftovers(runner, anna.id) == []  # the farewell left no transcript either
    assert await fsm_state(runner, anna.id) is None  # SQL table or Redis alike
    assert await fsm_data(runner, anna.id) == {}
    sizes = await table_sizes(runner)
    sizes.pop("inbox_updates")  # handled updates keep their ids and times only, no user data
    # Anna was the only user: apart from the deletion record every table is empty, rows owned
    # only indirectly (revisions, script questions, interview notes) included.
    assert {name: size for name, size in sizes.items() if size} == {"deletions": 1}
    [record] = await runner.rows(select(Deletion))
    assert record.user_hash == deletion_hash(anna.id)
    assert record.deleted_at == runner.clock.now

    greeting, notice = await anna.say("/start", count=2)
    assert "Здравствуйте, Анна" in greeting.plain_text
    assert "Уведомление о данных" in notice.plain_text
    [user] = await runner.rows(select(User).where(User.id == anna.id))
    assert user.consent_version is None


def _key(runner: BotRunner, user_id: int) -> StorageKey:
    assert runner.app is not None
    return StorageKey(bot_id=runner.app.bot.id, chat_id=user_id, user_id=user_id)


async def fsm_state(runner: BotRunner, user_id: int) -> str | None:
    """The founder's dialogue state wherever it is kept (SQL table or Redis)."""
    assert runner.app is not None
    return await runner.app.storage.get_state(_key(runner, user_id))


async def fsm_data(runner: BotRunner, user_id: int) -> dict[str, object]:
    assert runner.app is not None
    return dict(await runner.app.storage.get_data(_key(runner, user_id)))


async def _link(runner: BotRunner, client: int, consultant: int) -> None:
    assert runner.app is not None
    async with runner.app.session_factory.begin() as session:
        await session.execute(update(User).where(User.id == consultant).values(role="consultant"))
        await session.execute(
            update(User).where(User.id == client).values(consultant_id=consultant)
        )
        session.add(
            Invite(
                code="c" * 32, kind="client", created_by=consultant, expires_at=runner.clock.now
            )
        )


async def test_deleting_a_consultant_unlinks_the_client(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder
) -> None:
    await anna.begin_vp()
    await john.consent()
    await _link(runner, client=anna.id, consultant=john.id)
    data, markdown, _ = await export(anna)
    assert data["consultant"]["id"] == john.id
    assert data["consultant"]["name"] == "John"
    assert f"John (id {john.id})" in markdown

    await john.say("/delete_me")
    [farewell] = await john.press("Yes, delete everything")
    assert "all your data has been deleted" in farewell.plain_text
    await api.wait_idle()
    assert await leftovers(runner, john.id) == []
    [client] = await runner.rows(select(User).where(User.id == anna.id))
    assert client.consultant_id is None
    assert client.consent_version == 1
    remaining: dict[str, Any] = await counts(runner, anna.id)
    assert remaining["value_propositions.user_id"] == 1
