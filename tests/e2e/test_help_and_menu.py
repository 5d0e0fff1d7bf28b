"""/help lists exactly the commands of the menu; the data details carry the consent button."""

import re
from typing import Any

import pytest

from tests.e2e.consultant_helpers import ADMIN_ID
from tests.e2e.harness import BotRunner, Founder
from tests.fakebotapi import FakeBotAPI, buttons

PRIVATE = {"type": "all_private_chats"}


def help_commands(text: str) -> list[tuple[str, str]]:
    """(command, description) of every "/command — description" line of the help text."""
    return [(match[1], match[2]) for match in re.finditer(r"^/(\w+) — (.+)$", text, re.MULTILINE)]


def menu(commands: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(command["command"], command["description"]) for command in commands]


async def test_founders_help_matches_their_menu_in_each_language(
    api: FakeBotAPI, anna: Founder, john: Founder
) -> None:
    await anna.consent()
    [ru_help] = await anna.say("/help")
    ru_menu = menu(api.my_commands(PRIVATE))
    assert help_commands(ru_help.plain_text) == ru_menu
    assert ("mydata", "Выгрузить все мои данные") in ru_menu
    assert "clients" not in dict(ru_menu)

    await john.consent()
    [en_help] = await john.say("/help")
    en_menu = menu(api.my_commands(PRIVATE, language_code="en"))
    assert help_commands(en_help.plain_text) == en_menu
    assert ("delete_me", "Delete all my data") in en_menu


@pytest.mark.usefixtures("consultant")
async def test_consultants_and_admins_see_their_commands_in_help_and_menu(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder
) -> None:
    [kate_help] = await kate.say("/help")
    kate_menu = menu(api.my_commands({"type": "chat", "chat_id": kate.id}))
    assert help_commands(kate_help.plain_text) == kate_menu
    assert {"invite", "clients", "export"} <= dict(kate_menu).keys()
    assert "make_consultant" not in dict(kate_menu)

    [admin_help] = await admin.say("/help")
    admin_menu = menu(api.my_commands({"type": "chat", "chat_id": ADMIN_ID}))
    assert help_commands(admin_help.plain_text) == admin_menu
    assert {"clients", "consultant_invite", "make_consultant"} <= dict(admin_menu).keys()

    # After a restart the menus are published again from the roles in the database.
    api.state.commands.clear()
    await runner.restart(admin_ids=[ADMIN_ID])
    assert menu(api.my_commands({"type": "chat", "chat_id": kate.id})) == kate_menu
    assert menu(api.my_commands({"type": "chat", "chat_id": ADMIN_ID})) == admin_menu

    # The menu follows the consultant's language.
    await kate.say("/language")
    await kate.press("English")
    en_menu = menu(api.my_commands({"type": "chat", "chat_id": kate.id}))
    assert ("clients", "My clients and their progress") in en_menu
    [en_help] = await kate.say("/help")
    assert help_commands(en_help.plain_text) == en_menu


async def test_data_details_carry_the_consent_button(anna: Founder) -> None:
    await anna.say("/start", count=2)
    [details] = await anna.press("Подробнее о данных")
    assert "Какие данные хранит бот" in details.plain_text
    assert [button.text for button in buttons(details)] == ["✅ Принимаю"]
    thanks, ask_name = await anna.press("Принимаю", count=2)
    assert "Спасибо" in thanks.plain_text
    assert "Как назовём" in ask_name.plain_text
    [after] = await anna.say("/privacy")
    assert after.reply_markup is None  # consent given: nothing left to accept
