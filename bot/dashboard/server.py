"""The dashboard's routes and security headers, on the webhook server or a server of its own.

Scale mode mounts it on the webhook server (one port behind the load balancer); the embedded
default starts a small server next to long polling when DASHBOARD__ENABLED is set. Both are
stateless: every request carries its init data, so any replica answers any request.
"""

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

from bot.dashboard.auth.access import admin_only, consultant_only
from bot.dashboard.deps import DEPS, Deps
from bot.dashboard.views import admin, client, clients, shell

if TYPE_CHECKING:  # bot.app starts this server: a run-time import would be circular
    from bot.app import App

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
# Scripts and styles only from our own files; images from our API (as blobs) and inline SVG.
CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob: data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org",
    )
)


@web.middleware
async def security_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    response = await handler(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def dashboard_app(app: "App") -> web.Application:
    """The dashboard as an aiohttp sub-application, to mount at /dashboard/."""
    sub = web.Application(middlewares=[security_headers])
    sub[DEPS] = Deps(app.settings, app.bot, app.session_factory, app.i18n, app.clock)
    api = "/api/clients/{client_id:\\d+}"
    sub.router.add_get("/", shell.page)
    sub.router.add_get("/signin/{code}", shell.signed_in)
    sub.router.add_static("/static/", STATIC)
    sub.router.add_get("/api/clients", consultant_only(clients.clients))
    sub.router.add_get("/api/charts", consultant_only(clients.charts))
    sub.router.add_get("/api/admin", admin_only(admin.admin))
    sub.router.add_get(api, consultant_only(client.client_page))
    sub.router.add_get(api + "/transcript", consultant_only(client.transcript))
    sub.router.add_get(api + "/card.png", consultant_only(client.card))
    sub.router.add_get(api + "/export/{fmt}", consultant_only(client.download))
    sub.router.add_post(api + "/message", consultant_only(client.message))
    return sub


def mount(web_app: web.Application, app: "App") -> None:
    """Serve the dashboard under /dashboard/ of ``web_app`` (when it is enabled)."""
    if app.settings.dashboard.enabled:
        web_app.add_subapp("/dashboard/", dashboard_app(app))


async def serve_beside_polling(app: "App") -> web.AppRunner | None:
    """The embedded default: a server of the dashboard's own; stop it with ``cleanup()``."""
    settings = app.settings.dashboard
    if not settings.enabled:
        return None
    root = web.Application()
    mount(root, app)
    runner = web.AppRunner(root)
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    log.info("dashboard at http://%s:%s/dashboard/", settings.host, settings.port)
    return runner
