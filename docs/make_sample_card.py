"""Render docs/sample-card.png, the summary card of a realistic example, for the README.

Run from the repository root: ``uv run python docs/make_sample_card.py [language] [output]``.
"""

import sys
from datetime import date
from pathlib import Path

from bot.value_prop.card import CardData, CardRow
from bot.value_prop.card_image import render_card_png

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


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "ru"
    default = Path(__file__).with_name("sample-card.png")
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    output.write_bytes(render_card_png(SAMPLES[language]))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
