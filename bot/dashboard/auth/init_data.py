"""Mini App init data: checked with aiogram's validator and a maximum age, or signed here.

Telegram signs the launch parameters with a key derived from the bot token
(https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app); the page
sends them back as ``Authorization: tma <init data>``. The bot holds the same token, so a
one-time sign-in link for a desktop browser can be exchanged for init data signed the same way.
"""

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from urllib.parse import urlencode

from aiogram.utils.web_app import safe_parse_webapp_init_data

# A client whose clock runs a little ahead still gets in; more than this is a forgery.
CLOCK_SKEW = timedelta(minutes=5)
SCHEME = "tma "


class NotAuthenticatedError(Exception):
    """Missing, forged or expired init data (always answered with the same 401)."""


def user_id_from(token: str, header: str | None, *, now: datetime, max_age: timedelta) -> int:
    """The Telegram user id the init data in an Authorization header was signed for."""
    if not header or not header.startswith(SCHEME):
        raise NotAuthenticatedError
    try:
        data = safe_parse_webapp_init_data(token, header[len(SCHEME) :].strip())
    except ValueError:  # a bad signature, or fields that do not parse (pydantic's error)
        raise NotAuthenticatedError from None
    age = now - data.auth_date
    if data.user is None or age > max_age or age < -CLOCK_SKEW:
        raise NotAuthenticatedError
    return data.user.id


def sign(token: str, *, user_id: int, first_name: str, language: str, now: datetime) -> str:
    """Init data for this user as Telegram would sign it (sign-in links and tests)."""
    user = json.dumps(
        {"id": user_id, "first_name": first_name, "language_code": language},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    fields = {"auth_date": str(int(now.timestamp())), "user": user}
    check = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)
