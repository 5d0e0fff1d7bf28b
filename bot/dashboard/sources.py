"""Where founders come from: a /start payload that cannot be an invite code is their source.

A channel post or an ad links to ``https://t.me/<bot>?start=<source>``; the first such payload
is kept in ``users.source`` for the consultancy's funnel by source (the admins' page). Wired
before the invite opener by bot.wiring; it never answers, so a plain /start greets as usual.
"""

from bot.consultant.invites import looks_like_code
from bot.onboarding.events import DeepLink

SOURCE_MAX_LENGTH = 64


async def remember_source(link: DeepLink) -> bool:
    """Keep the payload as the founder's source (the first touch counts); never final."""
    if link.payload and not looks_like_code(link.payload) and link.user.source is None:
        link.user.source = link.payload[:SOURCE_MAX_LENGTH]
    return False
