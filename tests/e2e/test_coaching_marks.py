"""An answer kept despite coaching is stored and marked "to sharpen" everywhere; so is a skip."""

import io
import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.value_prop.card.image import PANEL_SKIPPED, SHARPEN_COLOURS
from tests.e2e.coaching_helpers import LANGS, Lang, consent, revisions
from tests.e2e.harness import BotRunner, Founder
from tests.e2e.test_consultant import admin, invite_code, kate, make_consultant
from tests.fakebotapi import FakeBotAPI, SentMessage

__all__ = ["admin", "kate"]  # fixtures used below

# Where the card images of these tests are saved for a person to look at (unset: not saved).
CARD_DIR = os.environ.get("VP_TEST_CARD_DIR")


@pytest.fixture(params=["ru", "en"])
def lang(request: pytest.FixtureRequest) -> Lang:
    return LANGS[request.param]


@pytest.fixture
def founder(lang: Lang, request: pytest.FixtureRequest) -> Founder:
    founder: Founder = request.getfixturevalue("anna" if lang.code == "ru" else "john")
    return founder


async def keep_vague_segment_and_skip_situation(founder: Founder, lang: Lang) -> SentMessage:
    """Answers with a kept vague segment and a skipped situation; returns the review."""
    await founder.say(lang.vague_segment)
    await founder.press(lang.keep)
    await founder.say(lang.good["problem"])
    await founder.press(lang.skip)
    await founder.say(lang.good["benefit"])
    [review] = await founder.say(lang.good["control"])
    return review


def save_for_a_look(name: str, png: bytes) -> None:
    if CARD_DIR:
        Path(CARD_DIR, name).write_bytes(png)


def colours(png: bytes) -> set[tuple[int, int, int]]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return {colour for _, colour in image.getcolors(maxcolors=1 << 20) or []}


async def test_kept_and_skipped_answers_are_marked_on_review_card_and_mydata(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    review = await keep_vague_segment_and_skip_situation(founder, lang)
    segment_label, situation_label = lang.t("vp-label-segment"), lang.t("vp-label-situation")
    assert f"1. {segment_label} · ⚠️ {lang.sharpen}\n{lang.vague_segment}" in review.plain_text
    assert f"3. {situation_label}\n{lang.skipped}" in review.plain_text
    assert f"2. {lang.t('vp-label-problem')}\n" in review.plain_text  # good answers unmarked
    assert review.plain_text.count(lang.sharpen) == 1

    _, card_text, card_image = await founder.press(lang.confirm, count=3)
    assert f"{segment_label} · ⚠️ {lang.sharpen}\n{lang.vague_segment}" in card_text.plain_text
    assert f"{situation_label}\n{lang.skipped}" in card_text.plain_text
    assert card_image.photo is not None
    save_for_a_look(f"kept-{lang.code}.png", card_image.photo)
    drawn = colours(card_image.photo)
    assert set(SHARPEN_COLOURS) <= drawn  # the "to sharpen" pill on the segment panel
    assert PANEL_SKIPPED in drawn  # the skipped panel

    [segment] = await revisions(runner, "segment")
    assert (segment.text, segment.kept_finding) == (lang.vague_segment, "segment_too_broad")

    json_doc, md_doc = await founder.say("/mydata", count=2)
    assert json_doc.document is not None
    assert md_doc.document is not None
    [vp] = json.loads(json_doc.document)["value_propositions"]
    assert vp["answers"]["segment"] == lang.vague_segment
    assert vp["to_sharpen"] == ["segment"]
    markdown = md_doc.document.decode()
    assert f"{lang.vague_segment} _{lang.t('md-kept-finding')}_" in markdown
    assert lang.sharpen in lang.t("md-kept-finding")


async def test_consultant_exports_show_the_kept_answer_and_the_skip(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    lang = LANGS["ru"]
    await make_consultant(runner, admin, kate)
    code = await invite_code(kate)
    await anna.say(f"/start {code}", count=2)
    await anna.press("Принимаю", count=3)
    await anna.press("Да, открыть доступ")
    await api.wait_for_messages(kate.id)
    await anna.say("Test VP")
    await keep_vague_segment_and_skip_situation(anna, lang)

    await kate.say("/export")
    await kate.press("XLSX")
    [document] = await kate.press("За всё время")
    assert document.document is not None
    book = load_workbook(io.BytesIO(document.document), read_only=True)
    sheet = next(s for s in book.worksheets if "ЦП" in s.title or "предлож" in s.title.lower())
    header, *rows = [row for row in sheet.iter_rows(values_only=True) if any(row)]
    [row] = [r for r in rows if lang.vague_segment in r]
    by_column = dict(zip(header, row, strict=False))
    assert by_column[lang.t("export-col-to-sharpen-fields")] == "Сегмент"
    assert by_column[lang.t("export-col-skipped-fields")] == "Ситуация"
    book.close()

    await kate.say("/export")
    await kate.press("MD")
    [document] = await kate.press("За всё время")
    assert document.document is not None
    report = document.document.decode()
    assert f"**Сегмент · 1 версия · {lang.t('export-to-sharpen')}**" in report
    assert "**Ситуация · 1 версия**  \n*пропущено*" in report
