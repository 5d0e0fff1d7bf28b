"""JSON, Markdown and PDF exports read back: the documented schema, the readable report."""

import json
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.documents.run import export
from tests.integration.test_exports_seed import (
    ANNA,
    ANNA_SHOWN,
    CALLBACK_DATA,
    CODES,
    EMOJI_TEXT,
    HTML_TEXT,
    MULTILINE,
)
from tests.markdown_read import shown

Factory = async_sessionmaker[AsyncSession]
ANNA_TEXTS = ANNA_SHOWN
SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "export-json-schema.md"


CLIENT_KEYS = {
    *("id", "first_name", "last_name", "username", "language", "timezone", "role"),
    *("consultant_id", "consent_version", "consent_at", "shared_at", "created_at"),
    *("last_seen_at", "blocked_at", "value_propositions", "checkins", "transcript"),
}
VP_KEYS = {
    *("id", "name", "status", "interview_goal", "created_at", "updated_at", "completed_at"),
    *("revision_count", "interviews_done", "answers", "revisions", "interviews", "synthesis"),
    *("version", "parent_id", "script_topic"),
}
ANSWER_KEYS = {"text", "skipped", "kept_finding", "to_sharpen", "answered_at", "versions"}
REVISION_KEYS = {"id", "field", "version", "text", "skipped", "kept_finding", "created_at"}
INTERVIEW_KEYS = {
    *("id", "respondent", "held_on", "status", "segment_fit", "commitment", "key_quote"),
    *("next_step", "created_at", "updated_at", "notes"),
}
SYNTHESIS_KEYS = {
    *("interviews", "commitments", "segment_fit", "hypotheses"),
    *("outside_segment", "contradictions"),
}
HYPOTHESIS_KEYS = {
    *("hypothesis", "status", "tested", "counts", "quotes"),
    *("for", "against", "outside_segment", "weak"),
}
EVIDENCE_KEYS = {"respondent", "verdict", "quote", "notes", "commitment", "weak"}
CHECKIN_KEYS = {"id", "hypothesis", "action", "data", "insight", "created_at"}
LINE_KEYS = {
    *("id", "at", "at_local", "direction", "kind", "dialogue", "step", "text"),
    *("telegram_message_id", "update_id"),
}
FIELDS = ["segment", "problem", "situation", "benefit", "control"]


def _check_client_shape(client: dict[str, Any]) -> None:
    assert set(client) == CLIENT_KEYS
    for vp in client["value_propositions"]:
        assert set(vp) == VP_KEYS
        assert list(vp["answers"]) == FIELDS
        assert all(a is None or set(a) == ANSWER_KEYS for a in vp["answers"].values())
        assert all(set(r) == REVISION_KEYS for r in vp["revisions"])
        for interview in vp["interviews"]:
            assert set(interview) == INTERVIEW_KEYS
            assert all(set(n) == {"field", "said", "quote", "verdict"} for n in interview["notes"])
        assert set(vp["synthesis"]) == SYNTHESIS_KEYS
        assert list(vp["synthesis"]["hypotheses"]) == FIELDS
        for h in vp["synthesis"]["hypotheses"].values():
            assert set(h) == HYPOTHESIS_KEYS
            evidence = [*h["for"], *h["against"], *h["outside_segment"]]
            assert all(set(e) == EVIDENCE_KEYS for e in evidence)
    assert all(set(c) == CHECKIN_KEYS for c in client["checkins"])
    assert all(set(e) == LINE_KEYS for e in client["transcript"])


async def test_json_follows_the_documented_schema(seeded: Factory, tmp_path: Path) -> None:
    result = await export(seeded, fmt="json", out=tmp_path / "all.json", language="ru")
    document = json.loads(result.path.read_text(encoding="utf-8"))
    assert list(document) == ["schema", "generated_at", "language", "scope", "clients", "totals"]
    assert document["schema"] == "vp-coach.export/2"
    assert document["scope"] == {"consultant_id": None, "user_ids": None, "since": None}
    assert document["totals"] == result.rows
    for client in document["clients"]:
        _check_client_shape(client)
    anna = next(c for c in document["clients"] if c["id"] == ANNA)
    vp = anna["value_propositions"][0]
    assert vp["answers"]["segment"]["text"] == EMOJI_TEXT
    assert vp["answers"]["segment"]["versions"] == 2
    assert vp["answers"]["segment"]["to_sharpen"] is True  # kept despite coaching
    assert vp["answers"]["problem"]["to_sharpen"] is False
    assert vp["answers"]["situation"] == {
        **vp["answers"]["situation"],
        **{"text": None, "skipped": True},
    }
    assert vp["synthesis"]["interviews"] == 2
    problem = vp["synthesis"]["hypotheses"]["problem"]
    assert problem["counts"]["refuted"] == 2
    assert problem["quotes"] == ["Молоко <не> списываем"] * 2
    assert problem["against"][0]["quote"] == "Молоко <не> списываем"
    assert problem["against"][0]["notes"] == "Не особо <важно>"
    assert [n["quote"] for n in vp["interviews"][0]["notes"]][:2] == ["", "Молоко <не> списываем"]
    assert [e["text"] for e in anna["transcript"]] == ANNA_TEXTS
    assert anna["transcript"][0]["at"] == "2026-01-10T09:30:00Z"
    assert anna["transcript"][0]["at_local"] == "2026-01-10T12:30:00+03:00"
    documented = set(re.findall(r"`([a-z_]+)`", SCHEMA_DOC.read_text(encoding="utf-8")))
    every_key = CLIENT_KEYS | VP_KEYS | ANSWER_KEYS | REVISION_KEYS | INTERVIEW_KEYS | LINE_KEYS
    every_key |= SYNTHESIS_KEYS | HYPOTHESIS_KEYS | EVIDENCE_KEYS | CHECKIN_KEYS | set(document)
    assert every_key <= documented, sorted(every_key - documented)


async def test_markdown_report_escapes_user_text_and_shows_card_interviews_and_dialogue(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="md", out=tmp_path / "all.md", language="ru")
    text = result.path.read_text(encoding="utf-8")
    assert text.startswith("# Выгрузка vp-coach\n")
    assert "## Анна Кофейникова (@anna_cafe)" in text  # no needless backslashes
    assert "### Ценностное предложение «Кофейни»" in text
    kept = "**Сегмент · 2 версии · доработать (оставлено вопреки подсказке)**"
    assert kept + "  \nКофейни Казани ☕🚀 на 20–50 мест" in text
    assert "**Ситуация · 1 версия**  \n*пропущено*" in text
    assert "Проблема: опроверг — заметки: Не особо <важно>" in text
    assert "Проблема, слова клиента: «Молоко <не> списываем»" in text
    assert "**Проблема — проверяется**" in text
    assert "**2026-01-10 12:30 · Клиент**  \n/start" in text
    assert "**Вопрос 1 из 5**  \nПривет! Кто ваш клиент?" in text  # the bot's bold stays bold
    assert "## Клиент 1002" in text  # a client without a name
    assert text.count("\n---\n") == result.clients
    view = shown(text)  # as a notes app shows it
    for typed in (HTML_TEXT, MULTILINE, "Не особо <важно>", *filter(None, ANNA_TEXTS)):
        assert typed in view, typed
    assert "Ценностное предложение · сегмент" in view
    assert "Ценностное предложение · проверка карточки" in view
    assert "\\" not in view


def _bold_texts(reader: PdfReader) -> set[str]:
    """Texts a PDF draws in a bold font."""
    found: set[str] = set()

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont", "")) and text.strip():
            found.add(text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return found


async def test_pdf_report_has_cyrillic_text_and_a_page_per_client(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="pdf", out=tmp_path / "all.pdf", language="ru")
    reader = PdfReader(result.path)
    assert len(reader.pages) >= result.clients + 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Анна Кофейникова", "Ценностное предложение «Кофейни»", "Переписка"):
        assert expected in text
    assert HTML_TEXT in text  # what the client typed, exactly
    assert EMOJI_TEXT in text  # emoji drawn by the fallback font, not dropped
    assert "Спасибо & до встречи 👋" in text
    assert "Вопрос 1 из 5\nПривет! Кто ваш клиент?" in text  # the bot's HTML as shown
    assert "<b>Вопрос" not in text
    assert "Вопрос 1 из 5" in _bold_texts(reader)  # drawn in the bold face instead
    assert "Привет! Кто ваш клиент?" not in _bold_texts(reader)
    assert "нажата кнопка" in text
    assert not CALLBACK_DATA.search(text)
    assert not [code for code in CODES if code in text]
    assert "callback_answer" not in text
    assert "Ценностное предложение · проверка карточки" in text


async def test_json_and_markdown_hold_no_markup_callback_data_or_step_codes(
    seeded: Factory, tmp_path: Path
) -> None:
    for fmt in ("json", "md"):
        result = await export(seeded, fmt=fmt, out=tmp_path / f"all.{fmt}", language="en")
        text = result.path.read_text(encoding="utf-8")
        assert "<b>Вопрос" not in text
        assert not CALLBACK_DATA.search(text), fmt
        assert not [code for code in CODES if code in text], fmt
        assert "button pressed" in text
        assert "Value proposition" in text
