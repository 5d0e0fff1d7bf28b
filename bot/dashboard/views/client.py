"""One client: the page, the transcript search, the card image, exports and a message."""

import asyncio
import tempfile
from html import escape
from pathlib import Path

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.consultant import notify
from bot.consultant.handlers.session import REPLY_MAX_LENGTH
from bot.dashboard.auth.access import Viewer
from bot.dashboard.deps import Deps
from bot.dashboard.queries.client import client_view, newest_finished
from bot.dashboard.queries.transcript import chat_lines
from bot.dashboard.views.render import render
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.db.repositories.users import UserRepo
from bot.documents.run import FORMATS, export
from bot.interview.evidence import evidence
from bot.roles import is_client_of
from bot.value_prop.card.image import render_card_png
from bot.value_prop.flow import card_data
from bot.value_prop.service import snapshot

SEARCH_MAX_LENGTH = 200


async def _client(request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer) -> User:
    """The client named in the path, if it is this consultant's; otherwise the same 404 as for
    an id that does not exist."""
    raw = request.match_info.get("client_id", "")
    client = await UserRepo(session).get(int(raw)) if raw.isdigit() and len(raw) < 20 else None
    if client is None or not is_client_of(client, viewer.user, deps.settings):
        raise web.HTTPNotFound(text='{"error": "not found"}', content_type="application/json")
    return client


async def client_page(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    client = await _client(request, deps, session, viewer)
    view = await client_view(Repositories.bind(session), client)
    lines = await chat_lines(session, client.id)
    return render(
        viewer,
        deps.clock(),
        "client.html",
        client=view,
        lines=lines,
        search="",
        formats=FORMATS,
        limit=REPLY_MAX_LENGTH,
        view="client",
    )


async def transcript(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    client = await _client(request, deps, session, viewer)
    search = request.query.get("q", "")[:SEARCH_MAX_LENGTH]
    lines = await chat_lines(session, client.id, search)
    return render(viewer, deps.clock(), "transcript.html", lines=lines, search=search)


async def card(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    client = await _client(request, deps, session, viewer)
    repo = Repositories.bind(session)
    vp = await newest_finished(repo, client.id)
    if vp is None:
        raise web.HTTPNotFound
    current = await snapshot(repo, vp)
    proof = await evidence(repo, vp, current.texts())
    data = card_data(viewer.t, current, client, vp.completed_at or deps.clock(), evidence=proof)
    png = await asyncio.to_thread(render_card_png, data)
    return web.Response(body=png, content_type="image/png", headers={"Cache-Control": "no-store"})


async def download(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    """The client's data in one of the formats /export writes, as a file download."""
    client = await _client(request, deps, session, viewer)
    fmt = request.match_info.get("fmt", "")
    if fmt not in FORMATS:
        raise web.HTTPNotFound
    with tempfile.TemporaryDirectory(prefix="vp-dashboard-") as folder:
        result = await export(
            deps.session_factory,
            fmt=fmt,  # checked against FORMATS above
            out=Path(folder) / f"client-{client.id}.{fmt}",
            language=viewer.t.language,
            consultant_id=viewer.scope,
            user_ids=[client.id],
            now=deps.clock,
            i18n=deps.i18n,
        )
        body = await asyncio.to_thread(result.path.read_bytes)
    return web.Response(
        body=body,
        content_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{result.path.name}"',
            "Cache-Control": "no-store",
        },
    )


async def message(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    """Write to the client through the bot, exactly as the reply button in the chat does."""
    client = await _client(request, deps, session, viewer)
    t = viewer.t
    try:
        text = str((await request.json()).get("text", "")).strip()
    except (ValueError, AttributeError):
        text = ""
    if not text or len(text) > REPLY_MAX_LENGTH:
        return web.json_response(
            {"ok": False, "message": t("cs-reply-too-long", limit=REPLY_MAX_LENGTH)}, status=400
        )
    ft = deps.i18n.get(client.language)
    sent = await notify.send_to(
        deps.bot,
        client,
        ft(
            "cs-message-from-consultant",
            name=escape(notify.display_name(viewer.user)),
            text=escape(text),
        ),
    )
    return web.json_response(
        {"ok": sent, "message": t("cs-reply-sent" if sent else "cs-reply-failed")}
    )
