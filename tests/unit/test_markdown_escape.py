"""Plain text escaped for Markdown shows exactly as typed, with backslashes only where needed."""

import pytest

from bot.text.markdown import escape_line, escape_lines
from tests.markdown_read import shown, tags

LITERAL = [
    "Теряют <b>клиентов</b> & деньги > 10%",
    "вторая: «кавычки» и *звёздочки*_",
    "snake_case и __init__",
    "# не заголовок",
    "- не пункт списка",
    "1. не нумерованный список",
    "> не цитата",
    "---",
    "[ссылка](https://example.com) и ![картинка](x.png)",
    "`код` и ~~зачёркнуто~~",
    "путь C:\\Users\\anna\\ и конец \\",
    "&amp; &#123; &copy",
    "===",
    "+ плюс",
]


@pytest.mark.parametrize("text", LITERAL)
def test_escaped_text_renders_as_typed(text: str) -> None:
    markdown = escape_line(text)
    assert shown(markdown).strip() == text
    assert tags(markdown) <= {"p"}


@pytest.mark.parametrize(
    "text",
    [
        "Кофейни Казани на 20–50 мест, 3*4 = 12",
        "anna_cafe",
        "a [b] (c)",
        "Не особо <важно>",
        "Мы теряем 30% гостей по утрам!",
        "Цена: $5 - $10, скидка 5 % (от 2 шт.)",
    ],
)
def test_ordinary_text_gets_no_backslashes(text: str) -> None:
    assert escape_line(text) == text
    assert shown(text).strip() == text


def test_emphasis_across_lines_of_one_paragraph_is_escaped() -> None:
    lines = escape_lines(["начало *первой", "конец* второй"])
    assert shown("  \n".join(lines)).strip() == "начало *первой\nконец* второй"
