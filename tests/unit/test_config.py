"""Settings: defaults, parsing, and the friendly refusal of a missing or placeholder token."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.config import DEFAULT_DATABASE_URL, ConfigError, Settings

ROOT = Path(__file__).resolve().parents[2]


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


def test_defaults_are_the_embedded_setup() -> None:
    settings = _settings()
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.bot_api_url == "https://api.telegram.org"
    assert settings.default_language == "ru"
    assert settings.admin_ids == []


def test_admin_ids_accept_commas_and_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "12, 34 56")
    assert Settings(_env_file=None).admin_ids == [12, 34, 56]


@pytest.mark.parametrize(
    "token", [None, "", "  ", "123456789:replace-me-with-the-token-from-botfather", "not-a-token"]
)
def test_missing_or_placeholder_token_is_refused_with_advice(token: str | None) -> None:
    settings = _settings(bot_token=SecretStr(token) if token is not None else None)
    with pytest.raises(ConfigError, match="@BotFather"):
        settings.require_token()


def test_real_looking_token_is_accepted() -> None:
    token = "123456789:AAEabcdefghijklmnopqrstuvwxyz012345"
    assert _settings(bot_token=SecretStr(token)).require_token() == token


def test_env_example_placeholder_is_refused() -> None:
    settings = Settings(_env_file=ROOT / ".env.example")
    with pytest.raises(ConfigError):
        settings.require_token()


@pytest.mark.parametrize("token", ["", "123456789:replace-me-with-the-token-from-botfather"])
def test_cli_exits_2_with_one_clear_sentence(tmp_path: Path, token: str) -> None:
    env = {key: value for key, value in os.environ.items() if key != "BOT_TOKEN"}
    env["BOT_TOKEN"] = token
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/cli.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no .env there
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "BOT_TOKEN" in lines[0]
    assert "@BotFather" in lines[0]
