"""Invite deep links: opaque random codes with an expiry and a use limit.

Only the code is a secret; an invite's id is a small sequential number. The buttons under an
invite offer therefore carry a token derived from the code and the user it was shown to: a user
who never opened the link cannot make one, and one user's token is useless to another.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Invite

CODE_BYTES = 18  # 144 bits of randomness; 24 URL-safe characters, within /start's 64
TOKEN_BYTES = 16  # 128 bits of the HMAC; 22 characters in the button's callback data
# Deep-link payloads may only use these characters: https://core.telegram.org/bots/features#deep-linking
_ALLOWED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


@dataclass(frozen=True)
class InviteRow:
    """An invite as it was read: its secret code, who made it, and how it may still be used."""

    id: int
    code: str
    kind: str
    created_by: int
    expires_at: datetime
    max_uses: int
    uses: int
    revoked_at: datetime | None


COLUMNS = tuple(getattr(Invite, field.name) for field in fields(InviteRow))


def looks_like_code(payload: str) -> bool:
    return 16 <= len(payload) <= 64 and set(payload) <= _ALLOWED


async def create(
    session: AsyncSession,
    kind: str,
    created_by: int,
    *,
    now: datetime,
    valid_for: timedelta,
    max_uses: int,
) -> InviteRow:
    code, expires_at = secrets.token_urlsafe(CODE_BYTES), now + valid_for
    values = {"code": code, "kind": kind, "created_by": created_by, "max_uses": max_uses}
    invite_id = await session.scalar(
        insert(Invite)
        .values(created_at=now, expires_at=expires_at, uses=0, **values)
        .returning(Invite.id)
    )
    assert invite_id is not None
    return InviteRow(invite_id, code, kind, created_by, expires_at, max_uses, 0, None)


def is_open(invite: InviteRow, *, now: datetime) -> bool:
    """Not revoked, not expired, not used up."""
    return invite.revoked_at is None and invite.expires_at > now and invite.uses < invite.max_uses


async def _read(session: AsyncSession, condition: ColumnElement[bool]) -> InviteRow | None:
    row = (await session.execute(select(*COLUMNS).where(condition))).first()
    return InviteRow(*row) if row is not None else None


async def by_id(session: AsyncSession, invite_id: int) -> InviteRow | None:
    return await _read(session, Invite.id == invite_id)


async def usable(session: AsyncSession, code: str, *, now: datetime) -> InviteRow | None:
    """The invite behind ``code`` if it exists, is not expired, revoked or used up."""
    invite = await _read(session, Invite.code == code) if looks_like_code(code) else None
    return invite if invite is not None and is_open(invite, now=now) else None


def acceptance_token(invite: InviteRow, user_id: int) -> str:
    """Proof that ``user_id`` was shown this invite, i.e. opened the link with its code."""
    mac = hmac.new(invite.code.encode(), f"accept:{invite.id}:{user_id}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()[:TOKEN_BYTES]).decode().rstrip("=")


def token_matches(invite: InviteRow, user_id: int, token: str) -> bool:
    return hmac.compare_digest(acceptance_token(invite, user_id), token)


async def claim(session: AsyncSession, invite_id: int, *, now: datetime) -> bool:
    """Use the invite once, atomically: two people racing for a one-time link get one use."""
    claimed = await session.scalar(
        update(Invite)
        .where(
            Invite.id == invite_id,
            Invite.revoked_at.is_(None),
            Invite.expires_at > now,
            Invite.uses < Invite.max_uses,
        )
        .values(uses=Invite.uses + 1)
        .returning(Invite.id)
    )
    return claimed is not None


def link(bot_username: str, invite: InviteRow) -> str:
    return f"https://t.me/{bot_username}?start={invite.code}"
