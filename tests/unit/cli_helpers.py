"""Running the bot's command-line tools in tests: in process with captured streams, or as
``python -m bot …`` in a child process."""

import io
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Protocol

ROOT = Path(__file__).resolve().parents[2]
ENV = {"LANG": "en_US.UTF-8"}


class Command(Protocol):
    def __call__(
        self,
        argv: list[str],
        *,
        stdin: IO[str] | None = None,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> int: ...


def run_command(command: Command, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    """Exit code, standard output and standard error of ``command`` (English locale)."""
    out, err = io.StringIO(), io.StringIO()
    code = command(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err, environ=ENV)
    return code, out.getvalue(), err.getvalue()


def run_module(
    args: list[str], stdin: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS`` from the repository root, ``stdin`` fed in, output as text."""
    return subprocess.run(  # noqa: S603 (this interpreter, arguments written by the test)
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
        check=False,
        env=env,
    )
