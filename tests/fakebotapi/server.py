"""FakeBotAPI: an aiohttp server speaking the Telegram Bot API to a real aiogram bot.

URLs are Telegram's: ``{base}/bot{token}/{method}`` for methods and
``{base}/file/bot{token}/{file_path}`` for downloads. Requests may be urlencoded forms,
multipart forms (uploads) or JSON, like Telegram accepts. Responses are
``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": ..., "description": ...}``
with the HTTP status equal to the error code.
"""

import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web

import tests.fakebotapi.methods_bot
import tests.fakebotapi.methods_messages  # noqa: F401 - registers the handlers
from tests.fakebotapi.errors import QUERY_TOO_OLD, ApiError, bad_request
from tests.fakebotapi.faults import RateLimit
from tests.fakebotapi.files import StoredFile, UploadedFile, loggable_params
from tests.fakebotapi.observe import Observations
from tests.fakebotapi.records import ApiCall
from tests.fakebotapi.registry import HANDLERS
from tests.fakebotapi.simulate import UserActions
from tests.fakebotapi.spec import BotApiSpec, default_spec
from tests.fakebotapi.state import BotState
from tests.service import Service

TOKEN_RE = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")
DEFAULT_TOKEN = "123456789:AAFakeTokenForEndToEndTests_0123456"
MAX_REQUEST_BYTES = 60 * 1024 * 1024  # above Telegram's 50 MB upload limit, so it can say 413
NOT_FOUND = ApiError(404, "Not Found")
UNAUTHORIZED = ApiError(401, "Unauthorized")

log = logging.getLogger(__name__)


def _error_response(error: ApiError) -> web.Response:
    if error.body is not None:
        return web.Response(status=error.status, text=error.body, content_type="text/html")
    return web.json_response(error.payload(), status=error.status)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Request parameters (strings from forms, typed values from JSON) and file parts."""
    raw: dict[str, Any] = dict(request.query)
    uploads: dict[str, UploadedFile] = {}
    if request.method != "POST" or not request.body_exists:
        return raw, uploads
    if request.content_type == "application/json":
        body = await request.json()
        if not isinstance(body, dict):
            raise bad_request("request body must be a JSON object")
        raw.update(body)
        return raw, uploads
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            data = value.file.read()
            uploads[key] = UploadedFile(key, value.filename, value.content_type, data)
        elif isinstance(value, (bytes, bytearray)):
            raw[key] = bytes(value).decode("utf-8")
        else:
            raw[key] = value
    return raw, uploads


class FakeBotAPI(Service, UserActions, Observations):
    """A fake Telegram Bot API server for end-to-end tests.

    ``async with FakeBotAPI() as api:`` starts it on 127.0.0.1 (ephemeral port); point aiogram
    at ``api.base_url`` with ``TelegramAPIServer.from_base(api.base_url)`` and use
    ``api.token``. Any well-formed token ``<digits>:<text>`` is accepted; others get 401.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "vp_coach_test_bot",
        bot_first_name: str = "VP Coach",
        spec: BotApiSpec | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        if not TOKEN_RE.fullmatch(token):
            msg = f"not a bot token: {token!r}"
            raise ValueError(msg)
        self.token = token
        self.host = host
        self.bot_user: dict[str, Any] = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.spec = spec or default_spec()
        self.state = BotState(self.spec, self.bot_user)
        # Test control: make the next calls of a method fail (see FaultPlan.fail_next).
        self.fail_next = self.state.faults.fail_next
        self.base_url = ""
        self._runner: web.AppRunner | None = None
        # Awaited with (method, raw params) before a call is handled, while the bot waits for
        # the answer: a test can look at what the bot had stored at the moment it called.
        self.before_call: Callable[[str, Mapping[str, Any]], Awaitable[None]] | None = None
        # Awaited with the same after the call took effect (a message is in the chat), before
        # the bot gets the answer: the moment between a reply shown and the bot knowing it.
        self.after_call: Callable[[str, Mapping[str, Any]], Awaitable[None]] | None = None

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> str:
        """Start serving; returns the base URL (``http://127.0.0.1:<port>``)."""
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, 0)
        await site.start()
        self._runner = runner
        self.state.closing = False
        port = runner.addresses[0][1]
        self.base_url = f"http://{self.host}:{port}"
        return self.base_url

    async def stop(self) -> None:
        """End pending long polls and shut the server down."""
        self.state.closing = True
        self.state.signal.notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    # -- test controls --------------------------------------------------------------------
    def refuse_next_callback_answers(self, count: int = 1) -> None:
        """The next ``count`` answerCallbackQuery calls fail with Telegram's 400 for a press
        answered too late ("query is too old and response timeout expired...")."""
        self.fail_next(
            "answerCallbackQuery",
            status=400,
            count=count,
            description=f"Bad Request: {QUERY_TOO_OLD}",
        )

    def set_rate_limit(
        self, max_sends: int | None, window: float = 1.0, retry_after: int = 1
    ) -> None:
        """Answer 429 when a chat gets more than ``max_sends`` messages per ``window`` s."""
        self.state.faults.rate_limit = (
            None if max_sends is None else RateLimit(max_sends, window, retry_after)
        )

    def register_file(
        self, data: bytes, kind: str = "document", *, file_id: str | None = None, **extra: Any
    ) -> StoredFile:
        """Make a file_id known (e.g. a sticker the bot sends by id)."""
        return self.state.files.add(data, kind, file_id=file_id, **extra)

    # -- HTTP -----------------------------------------------------------------------------
    async def _handle_unknown(self, request: web.Request) -> web.Response:
        return _error_response(NOT_FOUND)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if not TOKEN_RE.fullmatch(request.match_info["token"]):
            return _error_response(UNAUTHORIZED)
        stored = self.state.files.by_path(request.match_info["path"])
        if stored is None:
            return _error_response(NOT_FOUND)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _handle_method(self, request: web.Request) -> web.Response:
        if not TOKEN_RE.fullmatch(request.match_info["token"]):
            return _error_response(UNAUTHORIZED)
        state = self.state
        method = self.spec.method(request.match_info["method"])
        if method is None:
            state.calls.append(
                ApiCall(request.match_info["method"], {}, 404, NOT_FOUND.description)
            )
            return _error_response(NOT_FOUND)
        polling = method.name == "getUpdates"
        call = ApiCall(method=method.name, params={}, started_at=state.now())
        state.calls.append(call)
        if not polling:
            state.inflight += 1
            state.touch()
        try:
            raw, uploads = await _read_params(request)
            call.params = loggable_params({**raw, **uploads})
            result = await self._call(method.name, raw, uploads)
        except ApiError as error:
            call.status, call.description, call.injected = (
                error.status,
                error.description,
                error.simulated,
            )
            return _error_response(error)
        except Exception as exc:  # a bug in the fake: make it loud, not a hang or a decode error
            log.exception("fake Bot API crashed in %s", method.name)
            call.status, call.description = 500, f"fake Bot API crashed: {exc!r}"
            return _error_response(ApiError(500, f"Internal Server Error: {call.description}"))
        finally:
            call.finished_at = state.now()
            if not polling:
                state.inflight -= 1
                state.touch()
        return web.json_response({"ok": True, "result": result})

    async def _call(
        self, name: str, raw: Mapping[str, Any], uploads: Mapping[str, UploadedFile]
    ) -> Any:
        if self.before_call is not None:
            await self.before_call(name, raw)
        fault = self.state.faults.take(name, raw.get("chat_id"))
        if fault is not None:
            raise fault
        method = self.spec.method(name)
        assert method is not None
        params = self.spec.validate(method, raw, uploads)
        handler = HANDLERS.get(name)
        if handler is None:
            raise bad_request(f"{name} is in {self.spec.version} but not implemented by the fake")
        result = await handler(self.state, params)
        if self.after_call is not None:
            await self.after_call(name, raw)
        return result
