"""What the activity middleware remembers between updates, so that most answers write nothing."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import SecretStr

from bot.app import build_app
from bot.config import Settings
from bot.dialogues import DialogueSpot, dialogue_of
from bot.reminders.nudges.middleware import ActivityMemo, ActivityMiddleware
from tests.fakebotapi.server import DEFAULT_TOKEN

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_same_dialogue_within_refresh_is_current() -> None:
    memo = ActivityMemo(refresh=timedelta(minutes=10))
    memo.remember(1, "vp:7:", T0)
    assert memo.is_current(1, "vp:7:", T0 + timedelta(minutes=9, seconds=59))
    assert not memo.is_current(1, "vp:7:", T0 + timedelta(minutes=10))
    assert not memo.is_current(1, "vp:8:", T0)  # another proposition: rewrite
    assert not memo.is_current(1, None, T0)  # left the dialogue: cancel
    assert not memo.is_current(2, "vp:7:", T0)  # nothing known about this founder


def test_leaving_a_dialogue_is_remembered_too() -> None:
    memo = ActivityMemo()
    memo.remember(1, None, T0)
    assert memo.is_current(1, None, T0 + timedelta(minutes=1))


def test_old_entries_are_dropped_so_idle_founders_cost_no_memory() -> None:
    memo = ActivityMemo(refresh=timedelta(minutes=10))
    for user_id in range(100):
        memo.remember(user_id, "vp:1:", T0 + timedelta(seconds=user_id))
    assert len(memo) == 100
    memo.remember(500, "vp:1:", T0 + timedelta(minutes=10, seconds=50))
    # Written more than 10 minutes before the last write: 0..50 are gone, 51..99 and 500 stay.
    assert len(memo) == 50
    assert not memo.is_current(0, "vp:1:", T0 + timedelta(seconds=1))


def test_a_rewrite_replaces_the_entry() -> None:
    memo = ActivityMemo()
    memo.remember(1, "vp:1:", T0)
    memo.remember(1, "vp:2:", T0 + timedelta(seconds=5))
    assert memo.is_current(1, "vp:2:", T0 + timedelta(seconds=6))


def test_the_step_is_not_part_of_the_dialogue() -> None:
    question_2 = DialogueSpot("vp", 7, "problem")
    question_3 = DialogueSpot("vp", 7, "situation")
    assert dialogue_of(question_2) == dialogue_of(question_3)
    assert dialogue_of(DialogueSpot("iv", 7, "quote", 3)) != dialogue_of(question_2)
    assert dialogue_of(None) is None


def test_the_memo_is_used_only_when_this_process_sees_every_update(tmp_path: Path) -> None:
    """Long polling: one process gets all updates. Webhook replicas each see only some."""
    for webhook_url, memo_type in (("", ActivityMemo), ("https://bot.example/hook", type(None))):
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            bot_token=SecretStr(DEFAULT_TOKEN),
            database_url=f"sqlite+aiosqlite:///{tmp_path}/memo.db",
            webhook_url=webhook_url,
        )
        app = build_app(settings)
        [activity] = [
            middleware
            for middleware in app.dispatcher.update.outer_middleware._middlewares
            if isinstance(middleware, ActivityMiddleware)
        ]
        assert type(activity.memo) is memo_type
