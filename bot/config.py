"""Settings from the environment and `.env` (pydantic-settings); built once by the caller."""

import re
from datetime import timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/vp-coach.db"
# What .env.example ships with; refusing it catches "copied the example, forgot the token".
PLACEHOLDER_MARKERS = ("replace", "your-token", "changeme", "xxx")
TOKEN_SHAPE = re.compile(r"^\d+:[\w-]+$")


class ConfigError(Exception):
    """A setting is missing or wrong; the message tells the user what to do."""


class DialogueSettings(BaseModel):
    """Tuning of the founder dialogues."""

    max_answer_length: int = Field(default=1500, ge=50, le=3500)
    # After this much silence, a message mid-dialogue first gets a "welcome back" offer.
    resume_after_minutes: int = Field(default=360, ge=1)

    @property
    def resume_after(self) -> timedelta:
        return timedelta(minutes=self.resume_after_minutes)


class ReminderSettings(BaseModel):
    """Reminder delivery: delays, Telegram's rate limits, and what happens after downtime."""

    enabled: bool = True
    nudge_first_after_seconds: int = Field(default=24 * 3600, ge=1)
    nudge_last_after_seconds: int = Field(default=72 * 3600, ge=1)
    global_rate_per_second: float = Field(default=25.0, gt=0, le=30)
    per_chat_interval_seconds: float = Field(default=1.0, ge=0)
    grace_window_seconds: int = Field(default=6 * 3600, ge=0)
    poll_interval_seconds: float = Field(default=1.0, gt=0)
    batch_size: int = Field(default=100, ge=1)
    max_attempts: int = Field(default=5, ge=1)
    # Sends in flight at once; the limiter, not this, sets the pace.
    concurrency: int = Field(default=16, ge=1, le=256)
    # 5xx/network errors: wait base * 2**n (capped) between attempts.
    retry_backoff_seconds: float = Field(default=1.0, ge=0)
    retry_backoff_max_seconds: float = Field(default=30.0, ge=0)
    # 429s survived while sending one message before it goes back to the queue.
    max_rate_limit_waits: int = Field(default=10, ge=1)
    # A claim older than this belongs to a dead worker and is re-queued.
    claim_timeout_seconds: int = Field(default=600, ge=1)
    # Recurring reminders keep this many days of occurrences materialized ahead.
    horizon_days: int = Field(default=8, ge=1, le=60)
    # How often the loop re-queues stale claims and tops up recurring occurrences.
    maintenance_interval_seconds: float = Field(default=300.0, gt=0)

    @property
    def horizon(self) -> timedelta:
        return timedelta(days=self.horizon_days)


class InboxSettings(BaseModel):
    """Received updates (bot.updates): how long a claim lasts, retries, how long rows are kept."""

    # A replica that took an update and vanished holds it this long; then another resumes it.
    lease_seconds: float = Field(default=30.0, gt=0)
    sweep_interval_seconds: float = Field(default=10.0, gt=0)  # webhook: look for such updates
    max_attempts: int = Field(default=3, ge=1)  # processes that may die on one update
    keep_days: float = Field(default=2.0, gt=0)  # handled rows (Telegram redelivers within 24 h)


class WebhookSettings(BaseModel):
    """Scale mode: Telegram pushes updates to this server (set WEBHOOK_URL to switch it on)."""

    secret: SecretStr | None = None  # X-Telegram-Bot-Api-Secret-Token; required with a URL
    path: str = "/telegram/webhook"
    host: str = "0.0.0.0"  # noqa: S104 - a container listens on all its interfaces
    port: int = Field(default=8080, ge=1, le=65535)


class DashboardSettings(BaseModel):
    """The consultants' web dashboard (a Telegram Mini App) served by the bot's own server."""

    enabled: bool = False
    # Public HTTPS address the server is reached at (Telegram opens Mini Apps over HTTPS only).
    public_url: str | None = None
    # Where polling mode listens; in webhook mode the webhook server serves it.
    host: str = "127.0.0.1"
    port: int = Field(default=8081, ge=1, le=65535)
    # Init data older than this is refused (Telegram signs it when the Mini App opens).
    max_age_seconds: int = Field(default=24 * 3600, ge=60)
    sign_in_link_minutes: int = Field(default=10, ge=1, le=60)

    @property
    def https_url(self) -> str | None:
        """The public base URL if it is HTTPS (the only kind a Web App button may open)."""
        url = (self.public_url or "").rstrip("/")
        return url if url.startswith("https://") else None


class Settings(BaseSettings):
    """Every setting of the bot; see the README's configuration table."""

    model_config = SettingsConfigDict(
        env_file=".env", env_nested_delimiter="__", extra="ignore", env_file_encoding="utf-8"
    )

    bot_token: SecretStr | None = None
    bot_api_url: str = "https://api.telegram.org"
    database_url: str = DEFAULT_DATABASE_URL
    default_language: Language = "ru"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    admin_ids: Annotated[list[int], NoDecode] = []
    dialogue: DialogueSettings = DialogueSettings()
    reminders: ReminderSettings = ReminderSettings()
    # Scale mode: Redis for FSM state and per-user isolation, and a webhook instead of polling.
    redis_url: str | None = None
    webhook_url: str | None = None
    webhook: WebhookSettings = WebhookSettings()
    inbox: InboxSettings = InboxSettings()
    dashboard: DashboardSettings = DashboardSettings()

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in re.split(r"[,\s]+", value.strip()) if part]
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    def require_webhook_secret(self) -> str:
        """The webhook's secret token; a webhook without one would accept forged updates."""
        secret = self.webhook.secret.get_secret_value() if self.webhook.secret else ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
            msg = (
                "WEBHOOK__SECRET must be set with WEBHOOK_URL: 16-256 characters of A-Z, a-z, "
                "0-9, _ and - (Telegram sends it back in every request so forged ones are refused)"
            )
            raise ConfigError(msg)
        return secret

    @classmethod
    def load(cls) -> "Settings":
        """The settings from the environment and .env; ConfigError names the first bad one."""
        try:
            return cls()
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]).upper()
            raise ConfigError(f"setting {where} is invalid: {first['msg']}") from None

    def require_token(self) -> str:
        """The bot token, or a ConfigError that says how to get one."""
        token = self.bot_token.get_secret_value().strip() if self.bot_token else ""
        if not token:
            msg = (
                "BOT_TOKEN is not set: create a bot with @BotFather in Telegram, put its token "
                "into .env as BOT_TOKEN=..., or try the bot without Telegram: "
                "uv run python -m bot chat"
            )
            raise ConfigError(msg)
        placeholder = any(marker in token.lower() for marker in PLACEHOLDER_MARKERS)
        if placeholder or not TOKEN_SHAPE.match(token):
            msg = (
                "BOT_TOKEN is still the placeholder from .env.example or is malformed: paste the "
                "token @BotFather gave you (it looks like 123456789:AAE...) into .env, or try the "
                "bot without Telegram: uv run python -m bot chat"
            )
            raise ConfigError(msg)
        return token
