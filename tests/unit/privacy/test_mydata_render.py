"""The /mydata renderers: JSON round trip, readable Markdown in the user's zone, zipping."""

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.documents.mydata.collect import collect_user_data
from bot.documents.mydata.files import export_files, readable, render_json
from bot.documents.mydata.markdown import local, render_markdown
from bot.documents.naming.labels import zone
from bot.documents.upload import fit_document
from bot.i18n import I18n
from bot.text.markdown import literal as text
from tests.markdown_read import shown
from tests.unit.privacy.seed_rows import FOUNDER, T0, TRICKY

CALLBACK_DATA = re.compile(r"\[[a-z]+\d*:[^\]\s]*\]")

RU = I18n().get("ru")
EN = I18n().get("en")


@pytest.fixture
async def data(seeded: None, session_factory: async_sessionmaker[AsyncSession]) -> dict[str, Any]:
    async with session_factory() as session:
        return await collect_user_data(session, FOUNDER, exported_at=T0)


def test_json_round_trip_keeps_emoji_and_html_characters(data: dict[str, Any]) -> None:
    payload = render_json(data)
    assert TRICKY.encode("utf-8") in payload  # written as is, not \u-escaped
    assert json.loads(payload) == data


def test_markdown_has_sections_answers_and_local_times(data: dict[str, Any]) -> None:
    markdown = render_markdown(readable(data, RU), RU)
    for heading in ("# Ваши данные", "## Профиль", "## Ценностные предложения", "## История"):
        assert heading in markdown
    assert "### «Кофейни»" in markdown
    assert "- **Сегмент:** Кофейни Казани" in markdown
    assert "Старая проблема" in markdown  # the earlier version is in the history
    assert "- **Ситуация:** (пропущено)" in markdown
    assert "#### Интервью: Ильдар, 2026-11-25" in markdown
    assert "- **Проблема: слова клиента:** Вчера вылили 3 л" in markdown
    assert "Вы бы купили? _(ваш вопрос)_" in markdown
    assert "Тема разговора: закупка \\*зерна\\*" in markdown  # the confirmed topic, escaped
    assert "Ольга Трекер (id 7002)" in markdown
    # 09:00 UTC is noon in Moscow, the founder's zone; the transcript is a dated dialogue.
    assert "### 2026-11-26" in markdown
    assert "- **12:00:00 Вы:** /start" in markdown
    assert "- **12:00:00 Бот:** Привет & 👋" in markdown  # the bot's HTML as it was shown
    assert "- **12:00:00 Вы:** _стикер:_ 😀" in markdown
    assert "- **12:00:00 Вы:** Оставить как есть" in markdown  # the button's label
    assert "- **12:00:00 Вы:** нажата кнопка" in markdown  # only its data was stored
    assert "<b>Привет</b>" not in markdown
    assert not CALLBACK_DATA.search(markdown)
    assert "\n\n\n" not in markdown


def test_markdown_keeps_user_text_literal(data: dict[str, Any]) -> None:
    markdown = render_markdown(readable(data, EN), EN)
    assert "\\<b>Кофе & чай\\</b> \\*звёздочки\\* ☕🚀" in markdown
    assert TRICKY in shown(markdown)
    assert "button pressed" in markdown
    assert "## Chat history" in markdown


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("# не заголовок", "\\# не заголовок"),
        ("- не список", "\\- не список"),
        ("1. не нумерация", "1\\. не нумерация"),
        ("a_b*c`d[e]|f~g", "a_b*c`d[e]|f~g"),  # nothing here would change the rendering
        ("*a* _b_ `c` [d](e)", "\\*a\\* \\_b\\_ \\`c\\` \\[d](e)"),
        ("строка 1\nстрока 2", "строка 1  \n  строка 2"),
        ("\\", "\\\\"),
    ],
)
def test_text_escapes_markdown(raw: str, escaped: str) -> None:
    assert text(raw, "  ") == escaped


def test_local_time_falls_back_to_utc_for_an_unknown_zone() -> None:
    at = datetime(2026, 1, 1, 21, 30, tzinfo=UTC).isoformat()
    assert local(at, zone("Asia/Vladivostok")) == "2026-01-02 07:30"
    assert local(at, zone("Mars/Olympus")) == "2026-01-01 21:30"
    assert local("2026-11-25", zone("Europe/Moscow")) == "2026-11-25 00:00"
    assert local(None, UTC) == ""


def test_export_files_are_named_by_local_date(data: dict[str, Any]) -> None:
    json_file, md_file = export_files(data, RU)
    assert json_file.filename == "vp-coach-mydata-2026-11-26.json"
    assert md_file.filename == "vp-coach-mydata-2026-11-26.md"
    assert json.loads(json_file.payload)["profile"]["id"] == FOUNDER
    assert md_file.payload.decode("utf-8").startswith("# Ваши данные")
    for payload in (json_file.payload, md_file.payload):
        written = payload.decode("utf-8")
        assert "<b>Привет</b>" not in written
        assert not CALLBACK_DATA.search(written)
        assert "VpDialog" not in written
    transcript = json.loads(json_file.payload)["transcript"]
    assert [entry["text"] for entry in transcript[-4:]] == [
        *("Привет & 👋", "😀", "Оставить как есть", "нажата кнопка")
    ]
    assert (transcript[-2]["dialogue"], transcript[-2]["step"]) == (
        "Ценностное предложение",
        "сегмент",
    )


def test_a_file_over_the_limit_is_zipped() -> None:
    payload = ("строка переписки 💬\n" * 5000).encode("utf-8")
    assert fit_document("a.md", payload, limit=len(payload)) == ("a.md", payload)
    name, packed = fit_document("a.md", payload, limit=len(payload) - 1)
    assert name == "a.md.zip"
    assert len(packed) < len(payload) // 10
    with zipfile.ZipFile(io.BytesIO(packed)) as archive:
        assert archive.read("a.md") == payload
