"""Invite deep links: opaque random codes with an expiry and a use limit."""

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Invite

CODE_BYTES = 18  # 144 bits of randomness; 24 URL-safe characters, within /start's 64
KINDS = ("client", "consultant")
# Deep-link payloads may only use these characters: https://core.telegram.org/bots/features#deep-linking
_ALLOWED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def looks_like_code(payload: str) -> bool:
    return 16 <= len(payload) <= 64 and set(payload) <= _ALLOWED


async def create(
    session: AsyncSession,
    *,
    kind: str,
    created_by: int,
    now: datetime,
    valid_for: timedelta,
    max_uses: int,
) -> Invite:
    invite = Invite(
        code=new_code(),
        kind=kind,
        created_by=created_by,
        created_at=now,
        expires_at=now + valid_for,
        max_uses=max_uses,
        uses=0,
    )
    session.add(invite)
    await session.flush()
    return invite


async def usable(session: AsyncSession, code: str, *, now: datetime) -> Invite | None:
    """The invite behind ``code`` if it exists, is not expired, revoked or used up."""
    if not looks_like_code(code):
        return None
    invite = await session.scalar(select(Invite).where(Invite.code == code))
    if invite is None or invite.revoked_at is not None:
        return None
    if invite.expires_at <= now or invite.uses >= invite.max_uses:
        return None
    return invite


def link(bot_username: str, invite: Invite) -> str:
    return f"https://t.me/{bot_username}?start={invite.code}"
