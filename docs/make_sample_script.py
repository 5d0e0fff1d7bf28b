"""Render docs/sample-interview-script.pdf (and a PNG of its first page) for the README.

Run from the repository root: ``uv run python docs/make_sample_script.py [language] [out.pdf]``.
The PNG needs ``pdftoppm`` (poppler-utils); without it only the PDF is written.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.i18n import I18n
from bot.interview.script.generate import build_document
from bot.interview.script.markdown import render_markdown
from bot.interview.script.pdf import render_pdf
from bot.value_prop.questions import Field

HERE = Path(__file__).parent
SAMPLES: dict[str, tuple[str, dict[Field, str | None]]] = {
    "ru": (
        "Кофейни Казани",
        {
            Field.SEGMENT: "Владельцы 1–3 небольших кофеен в Казани с выручкой до 2 млн ₽ "
            "в месяц, которые сами закупают зерно и молоко",
            Field.PROBLEM: "Каждую неделю выбрасывают 8–12% молока и выпечки: заказывают "
            "«на глаз», потому что не знают, сколько гостей придёт завтра",
            Field.SITUATION: "Вечером в воскресенье, когда владелец составляет заказ "
            "поставщикам на неделю",
            Field.BENEFIT: "Заказ занимает 10 минут вместо часа, а сэкономленные деньги "
            "идут на новое меню",
            Field.CONTROL: "Через месяц списания ниже 4% — сверяем по накладным и кассе",
        },
    ),
    "en": (
        "Coffee shops in Kazan",
        {
            Field.SEGMENT: "Owners of 1–3 small coffee shops in Kazan who buy beans and milk "
            "themselves",
            Field.PROBLEM: "Every week they throw away 8–12% of milk and pastries because they "
            "order by gut feeling",
            Field.SITUATION: "On Sunday evening, when the owner puts together next week's order",
            Field.BENEFIT: None,
            Field.CONTROL: "Waste below 4% after one month, checked against invoices",
        },
    ),
}


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "ru"
    name, answers = SAMPLES[language]
    t = I18n().get(language)
    document = build_document(answers, t, vp_name=name)
    pdf = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "sample-interview-script.pdf"
    pdf.write_bytes(render_pdf(document, t))
    markdown = pdf.with_suffix(".md")
    markdown.write_text(render_markdown(document, t), encoding="utf-8")
    print(f"wrote {pdf} and {markdown}")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PNG")
        return
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "page"
        command = [pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*command, str(pdf), str(prefix)], check=True)  # noqa: S603
        png = pdf.with_suffix(".png")
        shutil.copyfile(prefix.with_suffix(".png"), png)
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
