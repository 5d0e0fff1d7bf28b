"""``python -m bot lint``: text and JSON output, languages, blank lines, usage errors."""

import json
from pathlib import Path

from bot.command_line import EXIT_OK, EXIT_USAGE
from bot.interview.linter.cli import lint_command
from bot.text.html import visible_text as plain
from tests.unit.cli_helpers import run_command, run_module

QUESTIONS = "Стали бы вы пользоваться ботом?\n\n   \nWho else should I talk to?\n"


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    return run_command(lint_command, argv, stdin)


def test_text_mode_marks_each_question_and_explains_in_its_language() -> None:
    code, out, err = _run(["-"], QUESTIONS)
    lines = out.splitlines()
    assert code == EXIT_OK
    assert err == ""
    assert lines[0] == "✗ Стали бы вы пользоваться ботом?"
    assert lines[1].startswith("  [future_hypothetical] Вопрос о гипотетическом будущем")
    assert " — спросите о последнем разе" in lines[1]
    assert lines[2] == "✓ Who else should I talk to?"
    assert lines[3] == "Questions: 2, with findings: 1."


def test_lang_option_forces_the_explanation_language(tmp_path: Path) -> None:
    source = tmp_path / "questions.txt"
    source.write_text("Would you use it?\n", encoding="utf-8")
    code, out, _ = _run(["--lang", "ru", str(source)])
    assert code == EXIT_OK
    assert "[future_hypothetical] Вопрос о гипотетическом будущем" in out
    assert out.splitlines()[-1] == "Вопросов: 1, с замечаниями: 1."


def test_json_mode_writes_one_object_per_question() -> None:
    code, out, _ = _run(["--json", "--lang", "en", "-"], QUESTIONS)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_OK
    assert [record["ok"] for record in records] == [False, True]
    assert records[0]["question"] == "Стали бы вы пользоваться ботом?"
    assert records[0]["findings"][0]["rule"] == "future_hypothetical"
    assert records[0]["findings"][0]["message"].startswith("A question about")
    assert records[1]["findings"] == []
    assert "Стали" in out, "non-ASCII text must not be escaped"


def test_locale_html_is_stripped_for_the_terminal() -> None:
    assert plain("<b>Лучше:</b> &lt;вопрос&gt; &amp; ещё") == "Лучше: <вопрос> & ещё"


def test_missing_file_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    code, out, err = _run([str(tmp_path / "absent.txt")])
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "absent.txt" in err


def test_unknown_option_is_one_error_line_and_exit_2() -> None:
    code, out, err = _run(["--colour", "-"])
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "--colour" in err


def test_missing_file_argument_and_bad_language_are_usage_errors() -> None:
    assert _run([])[0] == EXIT_USAGE
    assert _run(["--lang", "de", "-"])[0] == EXIT_USAGE


def test_help_goes_to_stdout() -> None:
    code, out, err = _run(["--help"])
    assert code == EXIT_OK
    assert "--json" in out
    assert err == ""


def test_module_entry_point_routes_lint() -> None:
    questions = "How much would you pay for this?\nКак вы решаете это сейчас?\n"
    result = run_module(["lint", "--json", "-"], questions)
    assert result.returncode == EXIT_OK, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["ok"] for record in records] == [False, True]
    assert records[0]["findings"][0]["rule"] == "price_guess"


def test_json_mode_reports_the_new_rules_and_passes_closing_questions() -> None:
    questions = "\n".join(
        [
            "Вам сложно вести учёт смен?",
            "Do you think other salons would pay for this?",
            "Сколько обычно берут за такую услугу?",
            "will you sign up once it's ready",
            "Что ещё мне стоило спросить?",
            "What else should I have asked?",
        ]
    )
    code, out, _ = _run(["--json", "-"], questions)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_OK
    rules = [[finding["rule"] for finding in record["findings"]] for record in records]
    assert rules == [
        ["self_diagnosis"],
        ["third_party_opinion"],
        ["usual_price"],
        ["future_promise"],
        [],
        [],
    ]
    assert records[1]["findings"][0]["message"].startswith("Asking about other people")
    assert records[2]["findings"][0]["message"].startswith("Вопрос о рыночных ценах")
