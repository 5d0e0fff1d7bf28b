"""``python -m bot script``: the script for a proposition given as JSON, as Markdown or PDF, with
one clear sentence and exit code 2 on bad usage."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from bot.command_line import EXIT_OK, EXIT_USAGE
from bot.interview.script.cli import script_command

ROOT = Path(__file__).resolve().parents[3]
DENTAL = {
    "lang": "ru",
    "name": "Стоматологии",
    "segment": "Администраторы частных стоматологий в Москве на 2–5 кресел, "
    "которые сами ведут запись пациентов",
    "problem": "Запись пациентов по телефону отнимает у администратора 2 часа в день",
    "situation": "Всегда",
    "benefit": "Два часа в день администратор тратит на пациентов в клинике",
    "control": "Считаем звонки и неявки по журналу раз в неделю",
    "vague": ["situation"],
    "created_at": "2026-12-01",  # extra keys are allowed
}
ELEVATOR = {
    "lang": "en",
    "segment": "Grain buyers at elevators in the Krasnodar region",
    "problem": "Grain purchasing from small farms takes a week of haggling",
    "situation": "In August, when all the farms deliver at once",
    "benefit": "A contract with a farm in one day",
    "control": "Average days to a signed contract",
    "topic": "buying grain from farms",
}


def write(tmp_path: Path, data: object, name: str = "vp.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = script_command(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def numbered(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line[:1].isdigit()]


def test_markdown_goes_to_stdout_with_the_proposed_topic(tmp_path: Path) -> None:
    code, out, err = run(["--vp", str(write(tmp_path, DENTAL))])
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("# Сценарий проблемного интервью\n")
    assert "**Тема разговора: запись пациентов**" in out
    assert 10 <= len(numbered(out)) <= 20
    assert all(line.endswith("\\]*") for line in numbered(out))  # every question tagged
    assert "Всегда" not in out  # the vague situation is not quoted
    assert "«Ситуация» пока размыта" in out
    assert "размер — на 2–5 кресел" in out


def test_topic_and_language_from_the_file_and_the_option(tmp_path: Path) -> None:
    path = write(tmp_path, ELEVATOR)
    _, english, _ = run(["--vp", str(path)])
    assert "**Topic of the conversation: buying grain from farms**" in english
    assert "When did you last run into trouble with buying grain from farms?" in english
    code, russian, _ = run(["--vp", str(path), "--lang", "ru"])
    assert code == EXIT_OK
    assert "в таком деле, как buying grain from farms" in russian
    dental_questions = numbered(run(["--vp", str(write(tmp_path, DENTAL, "d.json"))])[1])
    assert set(numbered(russian)) != set(dental_questions)


def test_pdf_is_written_to_the_output_path(tmp_path: Path) -> None:
    target = tmp_path / "script.pdf"
    code, out, err = run(
        ["--vp", str(write(tmp_path, DENTAL)), "--format", "pdf", "-o", str(target)]
    )
    assert (code, out, err) == (EXIT_OK, "", "")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Тема разговора: запись пациентов" in text
    assert "[сегмент]" in text
    assert "Всегда" not in text


def test_markdown_can_go_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "script.md"
    code, out, _ = run(["--vp", str(write(tmp_path, ELEVATOR)), "-o", str(target)])
    assert (code, out) == (EXIT_OK, "")
    assert target.read_text(encoding="utf-8").startswith("# Problem interview script\n")


@pytest.mark.parametrize(
    ("argv", "content", "message"),
    [
        ([], None, "the following arguments are required: --vp. Запуск: python -m bot script"),
        (["--format", "doc"], DENTAL, "argument --format: invalid choice"),
        ([], "not json", "не JSON"),
        ([], ["segment"], "должен быть JSON-объект"),
        ([], {**DENTAL, "problem": 5}, "Поле «problem» должно быть строкой."),
        ([], {**DENTAL, "lang": "de"}, "Язык «de» не поддерживается"),
        ([], {**DENTAL, "vague": ["price"]}, "Поле «vague» должно быть списком"),
        (["--format", "pdf"], DENTAL, "Для --format pdf укажите файл: -o PATH."),
        (["--lang", "en", "--format", "pdf"], DENTAL, "--format pdf needs a file: -o PATH."),
    ],
)
def test_bad_usage_is_one_sentence_and_exit_2(
    tmp_path: Path, argv: list[str], content: object, message: str
) -> None:
    if content is not None:
        path = tmp_path / "vp.json"
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        argv = ["--vp", str(path), *argv]
    code, out, err = run(argv)
    assert (code, out) == (EXIT_USAGE, "")
    assert message in err
    assert err.count("\n") == 1


def test_missing_file_names_it(tmp_path: Path) -> None:
    code, _, err = run(["--vp", str(tmp_path / "absent.json")])
    assert code == EXIT_USAGE
    assert f"Не удалось прочитать файл {tmp_path / 'absent.json'}" in err


def test_the_real_command_line_runs_the_script_command(tmp_path: Path) -> None:
    path = write(tmp_path, ELEVATOR)
    done = subprocess.run(  # noqa: S603 - our own command on a file this test wrote
        [sys.executable, "-m", "bot", "script", "--vp", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "Topic of the conversation: buying grain from farms" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "script"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert bad.returncode == EXIT_USAGE
    assert "--vp" in bad.stderr
