"""Render docs/sample-card.png (or, with --progress, docs/sample-card-progress.png) for the README.

Run from the repository root:
``uv run python docs/make_sample_card.py [--progress] [language] [output]``.
"""

import sys
from datetime import date
from pathlib import Path

from bot.i18n import I18n
from bot.interview.progress_card import add_progress
from bot.interview.synthesis.build import VERDICTS, FieldSynthesis, Synthesis, status_for
from bot.value_prop.card.image import render_card_png
from bot.value_prop.card.model import CardData, CardRow
from bot.value_prop.questions import FIELDS

# The answer labels are normally taken from the locale files (vp-label-*).
SAMPLES = {
    "ru": CardData(
        title="Ценностное предложение",
        name="Кофейни Казани",
        founder="Алсу Гарипова",
        rows=(
            CardRow(
                "Сегмент",
                "Владельцы 1–3 небольших кофеен в Казани с выручкой до 2 млн ₽ в месяц, "
                "которые сами закупают зерно и молоко",
            ),
            CardRow(
                "Проблема",
                "Каждую неделю выбрасывают 8–12% молока и выпечки: заказывают «на глаз», "
                "потому что не знают, сколько гостей придёт завтра. Пробовали вести таблицу "
                "в Excel, но бариста забывают её заполнять, а сам владелец видит цифры только "
                "в конце месяца, когда деньги уже потеряны. В дождливые дни и во время "
                "студенческих каникул ошибка ещё больше — иногда до четверти закупки.",
            ),
            CardRow(
                "Ситуация",
                "Вечером в воскресенье, когда владелец сидит с телефоном и составляет "
                "заказ поставщикам на неделю",
            ),
            CardRow("Выгода", None),
            CardRow(
                "Контроль",
                "Через месяц списания молока и выпечки ниже 4%, а заказ занимает "
                "не больше 10 минут",
            ),
        ),
        skipped_text="пропущено",
        footer=f"vp-coach · {date(2026, 11, 26):%d.%m.%Y}",
        founder_label="Автор",
    ),
    "en": CardData(
        title="Value proposition",
        name="Coffee shops in Kazan",
        founder="Alsu Garipova",
        rows=(
            CardRow(
                "Segment",
                "Owners of 1–3 small coffee shops in Kazan who buy beans and milk themselves",
            ),
            CardRow(
                "Problem",
                "Every week they throw away 8–12% of milk and pastries: they order by gut "
                "feeling because they cannot tell how many guests will come tomorrow. A shared "
                "spreadsheet was tried, but baristas forget to fill it in, and the owner sees "
                "the numbers only at the end of the month. ☕🥐",
            ),
            CardRow("Situation", None),
            CardRow(
                "Benefit",
                "Order the right amount in ten minutes & stop losing money <every> week",
            ),
            CardRow("Control", "Waste below 4% after one month"),
        ),
        skipped_text="skipped",
        footer=f"vp-coach · {date(2026, 11, 26):%Y-%m-%d}",
        founder_label="Founder",
    ),
}


# Verdicts (confirmed, partly, refuted, unclear) on the answered hypotheses in FIELDS order after
# six interviews: supported, mixed, still testing, refuted; a skipped one stays untested.
VERDICT_COUNTS = [(5, 1, 0, 0), (3, 1, 2, 0), (2, 1, 0, 0), (1, 1, 3, 0)]
DONE, GOAL = 6, 10


def with_progress(card: CardData, language: str) -> CardData:
    """``card`` as the bot shows it after DONE of GOAL interviews, with texts from the locales."""
    fields, answered = [], iter(VERDICT_COUNTS)
    for field, row in zip(FIELDS, card.rows, strict=True):
        numbers = (0, 0, 0, 0) if row.skipped else next(answered)
        counts = dict(zip(VERDICTS, numbers, strict=True))
        status, tested = status_for(counts), sum(numbers)
        fields.append(FieldSynthesis(field, None, counts, tested, status, []))
    synthesis = Synthesis(fields, DONE, {}, {})
    t = I18n().get(language)
    return add_progress(card, t, synthesis=synthesis, done=DONE, goal=GOAL)


def main() -> None:
    args = [arg for arg in sys.argv[1:] if arg != "--progress"]
    progress = len(args) < len(sys.argv) - 1
    language = args[0] if args else "ru"
    card = with_progress(SAMPLES[language], language) if progress else SAMPLES[language]
    name = "sample-card-progress.png" if progress else "sample-card.png"
    output = Path(args[1]) if len(args) > 1 else Path(__file__).with_name(name)
    output.write_bytes(render_card_png(card))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
