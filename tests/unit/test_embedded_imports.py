"""The embedded default (SQLite) does not load PostgreSQL's driver: asyncpg is imported only by
the code that runs on it (bot.db.asyncpg_direct), about 70 ms of start-up otherwise."""

import subprocess
import sys

CHECK = "import sys, bot.app, bot.handlers; print('asyncpg' in sys.modules)"


def test_building_the_bot_leaves_asyncpg_unloaded() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
