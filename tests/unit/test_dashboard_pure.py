"""The dashboard's pure parts: init data signed here passes aiogram's check; charts escape."""

from datetime import UTC, datetime, timedelta

import pytest
from aiogram.utils.web_app import safe_parse_webapp_init_data

from bot.dashboard.auth.init_data import NotAuthenticatedError, sign, user_id_from
from bot.dashboard.charts import svg

TOKEN = "42:test-token"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def test_signed_init_data_is_what_telegram_would_send() -> None:
    data = sign(TOKEN, user_id=7, first_name="Анна & <b>", language="ru", now=NOW)
    parsed = safe_parse_webapp_init_data(TOKEN, data)
    assert parsed.user is not None
    assert (parsed.user.id, parsed.user.first_name) == (7, "Анна & <b>")
    assert user_id_from(TOKEN, "tma " + data, now=NOW, max_age=DAY) == 7


@pytest.mark.parametrize(
    ("header", "now"),
    [
        (None, NOW),
        ("", NOW),
        ("Bearer abc", NOW),
        ("tma ", NOW),
        ("tma not=init&data=1", NOW),
        ("tma " + sign("43:other", user_id=7, first_name="A", language="ru", now=NOW), NOW),
        ("tma " + sign(TOKEN, user_id=7, first_name="A", language="ru", now=NOW), NOW + 2 * DAY),
        ("tma " + sign(TOKEN, user_id=7, first_name="A", language="ru", now=NOW + DAY), NOW),
    ],
)
def test_missing_forged_expired_or_future_init_data_is_refused(
    header: str | None, now: datetime
) -> None:
    with pytest.raises(NotAuthenticatedError):
        user_id_from(TOKEN, header, now=now, max_age=DAY)


def test_chart_labels_are_escaped_and_bars_scale() -> None:
    chart = str(svg.bars("<t>", [("<script>", 4), ("b", 2)], kinds=['x"y', "z"]))
    assert "<script>" not in chart
    assert "&lt;script&gt;" in chart
    assert 'class="bar x&quot;y"' in chart
    widths = [part.split('"')[0] for part in chart.split('width="')[1:]]
    assert int(widths[0]) == 2 * int(widths[1])  # 4 is twice 2


def test_columns_label_every_other_week() -> None:
    chart = str(svg.columns("weeks", [(f"w{n}", n) for n in range(6)]))
    assert chart.count('class="label"') == 3
    assert chart.count('<rect class="bar"') == 6
