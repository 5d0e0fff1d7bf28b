"""Receiving by webhook (scale mode): store the update, handle it, then answer 200.

The update is committed to the inbox before anything else, so a 200 always means "stored";
it is then handled while Telegram waits (up to ``ANSWER_WITHIN`` s, then it goes on in the
background), which keeps a founder's updates in order as Telegram sends them. A replica killed
meanwhile never answers, so Telegram delivers the update again, to any replica: that one finds
it stored, and takes it on once the first one's claim has run out; until then the periodic
sweep of every replica looks for such orphans too. Any replica may resume any update.
"""

import asyncio
import contextlib
import logging
import secrets
from typing import Any

from aiohttp import web

from bot.updates.inbox import Inbox
from bot.updates.runner import UpdateRunner

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
ANSWER_WITHIN = 50.0  # Telegram gives up on a webhook answer after about 60 s
PRUNE_EVERY_SWEEPS = 360


class WebhookReceiver:
    def __init__(self, runner: UpdateRunner, inbox: Inbox, secret: str) -> None:
        self.runner = runner
        self.inbox = inbox
        self.secret = secret
        self.sweeping: asyncio.Task[None] | None = None

    async def handle(self, request: web.Request) -> web.Response:
        token = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(token.encode(), self.secret.encode()):
            return web.Response(body="Unauthorized", status=401)
        try:
            raw: dict[str, Any] = await request.json()
            update_id = int(raw["update_id"])
        except (ValueError, KeyError, TypeError):
            return web.Response(body="Bad Request", status=400)
        stored = await self.inbox.store([raw])  # an error here is a 500: Telegram sends again
        item = stored[0] if stored else await self.inbox.claim(update_id)
        if item is None:
            log.info("update %s delivered again; handled or being handled", update_id)
        else:
            tasks = self.runner.start([item])
            if tasks:
                await asyncio.wait(tasks, timeout=ANSWER_WITHIN)
        return web.json_response({})

    async def start_sweeping(self, interval: float) -> None:
        self.sweeping = asyncio.create_task(self._sweep(interval))

    async def stop(self, grace: float) -> None:
        if self.sweeping is not None:
            self.sweeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.sweeping
        await self.runner.drain(grace)

    async def _sweep(self, interval: float) -> None:
        """At start and every ``interval`` s: renew the claims of the updates in flight here,
        resume updates whose claim ran out (their replica died), prune now and then."""
        rounds = 0
        while True:
            try:
                inflight = set(self.runner.inflight)  # a live replica keeps its claims
                await self.inbox.renew(inflight)
                if orphans := await self.inbox.claim_pending(skip=inflight):
                    log.warning("resuming %d stored updates left unhandled", len(orphans))
                    self.runner.start(orphans)
                if rounds % PRUNE_EVERY_SWEEPS == 0:
                    await self.inbox.prune()
            except Exception:  # the database is away: try again next round
                log.exception("inbox sweep failed")
            rounds += 1
            await asyncio.sleep(interval)
