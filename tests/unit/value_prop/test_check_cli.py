"""``python -m bot check``: plain and JSON input, reasons, non-answers, usage errors, exit 2."""

import json
from pathlib import Path

from bot.command_line import EXIT_OK, EXIT_USAGE
from bot.value_prop.checks.cli import check_command
from tests.unit.cli_helpers import run_command, run_module


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    return run_command(check_command, argv, stdin)


def test_plain_lines_of_one_field_are_marked_with_reasons_and_a_summary() -> None:
    answers = "все\n\nонлайн-школы по программированию для детей\nне знаю\n"
    code, out, err = _run(["--field", "segment", "-"], answers)
    lines = out.splitlines()
    assert (code, err) == (EXIT_OK, "")
    assert lines[0] == "✗ [segment] все"
    assert lines[1].startswith("  [segment_too_broad] Пока сегмент слишком широкий")
    assert lines[2] == "✓ [segment] онлайн-школы по программированию для детей"
    assert lines[3:5] == ["✗ [segment] не знаю", "  [non_answer:dont_know]"]
    assert lines[-1] == "Answers: 3, with findings: 2."


def test_json_lines_give_one_object_per_line_in_order() -> None:
    rows = [
        {"field": "control", "text": "довольных клиентов будет 95%"},
        {"field": "control", "text": "CSAT over 4.5", "lang": "ru"},
        {"field": "benefit", "text": "не будут терять заявки", "problem": "теряют заявки"},
        {"field": "situation", "text": "в пятницу вечером, когда поставщик не возит"},
        {"field": "problem", "text": "а что сюда писать? можно пример?"},
    ]
    code, out, _ = _run(["--json", "-"], "\n".join(json.dumps(row) for row in rows))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_OK
    assert [record["ok"] for record in records] == [False, False, False, True, False]
    assert records[0]["reasons"][0] == "control_no_source"
    assert "control_no_cadence" in records[0]["reasons"]
    assert records[1]["message"].startswith("Цель есть")  # "lang" picks the language
    assert records[2]["reasons"] == ["benefit_repeats_problem"]
    assert records[3]["reasons"] == []
    assert records[3]["message"] is None
    assert records[4]["non_answer"] == "question"
    assert records[4]["reasons"] == []


def test_field_option_is_the_default_field_of_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "answers.jsonl"
    source.write_text('{"text": "удобство"}\n', encoding="utf-8")
    code, out, _ = _run(["--json", "--field", "benefit", "--lang", "en", str(source)])
    [record] = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_OK
    assert record["reasons"] == ["benefit_generic"]
    assert record["message"].startswith("A benefit like this")


def test_plain_input_without_field_is_a_usage_error() -> None:
    code, out, err = _run(["-"], "все\n")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.startswith("--field is required")
    assert "Usage: python -m bot check" in err


def test_malformed_json_line_is_a_usage_error_naming_the_line() -> None:
    code, _, err = _run(["--json", "-"], '{"field": "segment", "text": "все"}\nnot json\n')
    assert code == EXIT_USAGE
    assert err.startswith("line 2: not JSON")


def test_unknown_field_and_missing_file_exit_2(tmp_path: Path) -> None:
    assert _run(["--field", "price", "-"], "x")[0] == EXIT_USAGE
    assert _run(["--json", "-"], '{"field": "price", "text": "x"}')[0] == EXIT_USAGE
    code, _, err = _run(["--field", "segment", str(tmp_path / "absent.txt")])
    assert code == EXIT_USAGE
    assert "absent.txt" in err


def test_help_is_printed_in_the_requested_language() -> None:
    code, out, _ = _run(["--help", "--lang", "ru"])
    assert code == EXIT_OK
    assert out.startswith("Проверяет ответы")
    assert '{"field", "text", "lang"?, "problem"?}' in out


def test_module_entry_point_reads_stdin_and_exits_0() -> None:
    answer = '{"field": "segment", "text": "anyone who needs a lawyer"}\n'
    done = run_module(["check", "--json", "-"], answer, env={"LANG": "C.UTF-8", "PATH": ""})
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["reasons"] == ["segment_too_broad"]
