"""Scale mode's HTTP server: the Telegram webhook (secret checked), /healthz, /metrics and
the dashboard (/dashboard/, when enabled).

Each update is stored in the inbox, then handled, then answered 200 (bot.updates.
webhook_receive); a replica that dies mid-update leaves it stored for Telegram's next delivery
or another replica's sweep. A handler error is answered by the error handler (the founder is
asked to send the message again). On SIGTERM aiohttp stops accepting connections, waits for
running requests, the updates still in flight finish, then the dispatcher's shutdown hooks and
the app close.
"""

import logging

from aiogram.webhook.aiohttp_server import setup_application
from aiohttp import web

from bot.app import App
from bot.dashboard.server import mount as mount_dashboard
from bot.health import check_services
from bot.telegram.api_start import with_retries
from bot.updates.runner import UpdateRunner
from bot.updates.webhook_receive import WebhookReceiver

log = logging.getLogger(__name__)
SHUTDOWN_GRACE_SECONDS = 30.0


def build_web_app(app: App) -> web.Application:
    settings = app.settings
    web_app = web.Application()
    inbox = app.inbox()
    receiver = WebhookReceiver(
        UpdateRunner(app.dispatcher, app.bot, inbox), inbox, settings.require_webhook_secret()
    )
    web_app.router.add_post(settings.webhook.path, receiver.handle)
    # Before the dispatcher's shutdown hooks: the updates in flight finish.
    web_app.on_shutdown.append(lambda _: receiver.stop(SHUTDOWN_GRACE_SECONDS))
    setup_application(web_app, app.dispatcher, bot=app.bot)

    async def healthz(_: web.Request) -> web.Response:
        problems = await check_services(app.engine, app.storage, strict=False)
        status = 503 if problems else 200
        return web.json_response({"ok": not problems, "problems": problems}, status=status)

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=app.metrics.render(), content_type="text/plain", charset="utf-8")

    async def register_webhook(_: web.Application) -> None:
        url = (settings.webhook_url or "").rstrip("/") + settings.webhook.path
        await with_retries(
            lambda: app.bot.set_webhook(
                url,
                secret_token=settings.require_webhook_secret(),
                allowed_updates=app.dispatcher.resolve_used_update_types(),
                drop_pending_updates=False,
            ),
            api_url=settings.bot_api_url,
            what="setWebhook",
        )
        log.info("webhook set to %s", url)

    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/metrics", metrics)
    mount_dashboard(web_app, app)
    web_app.on_startup.append(register_webhook)
    web_app.on_startup.append(
        lambda _: receiver.start_sweeping(settings.inbox.sweep_interval_seconds)
    )
    web_app.on_cleanup.append(lambda _: app.shutdown())
    return web_app


async def serve(app: App) -> web.AppRunner:
    """Start the server (for tests and embedding); stop it with ``await runner.cleanup()``."""
    await app.startup()
    runner = web.AppRunner(build_web_app(app), shutdown_timeout=SHUTDOWN_GRACE_SECONDS)
    await runner.setup()
    site = web.TCPSite(runner, app.settings.webhook.host, app.settings.webhook.port)
    await site.start()
    return runner


def run(app: App) -> None:
    """Blocking: serve until SIGINT/SIGTERM (aiohttp's graceful exit), all in one event loop."""

    async def started() -> web.Application:
        await app.startup(reach_api=True)
        web_app = build_web_app(app)
        app.settle_heap()
        return web_app

    web.run_app(
        started(),
        host=app.settings.webhook.host,
        port=app.settings.webhook.port,
        shutdown_timeout=SHUTDOWN_GRACE_SECONDS,
        print=None,
    )
