"""The page itself (no data: the script fetches it with the init data) and sign-in links."""

from urllib.parse import quote

from aiohttp import web

from bot.config import LANGUAGES
from bot.dashboard.auth import sign_in
from bot.dashboard.auth.init_data import sign
from bot.dashboard.deps import Deps, deps_of
from bot.dashboard.views.render import ENVIRONMENT
from bot.db.repositories.users import UserRepo

BASE_PATH = "/dashboard/"


def browser_language(request: web.Request, deps: Deps) -> str:
    """The browser's first language we have (the data views use the consultant's own)."""
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return deps.settings.default_language


async def page(request: web.Request) -> web.Response:
    """No data: who may see what is decided on each API call."""
    deps = deps_of(request)
    text = ENVIRONMENT.get_template("shell.html").render(
        t=deps.i18n.get(browser_language(request, deps))
    )
    return web.Response(text=text, content_type="text/html", headers={"Cache-Control": "no-cache"})


async def signed_in(request: web.Request) -> web.Response:
    """A one-time link from /dashboard: used up now and exchanged for init data signed with the
    bot token, handed to the page in the address' fragment (which never reaches a server)."""
    deps = deps_of(request)
    now = deps.clock()
    async with deps.session_factory() as session:
        user_id = await sign_in.claim(session, request.match_info.get("code", ""), now=now)
        user = await UserRepo(session).get(user_id) if user_id is not None else None
        await session.commit()
    if user is None:
        t = deps.i18n.get(browser_language(request, deps))
        return web.Response(status=410, text=t("dash-link-used"), content_type="text/plain")
    data = sign(
        deps.token, user_id=user.id, first_name=user.first_name, language=user.language, now=now
    )
    raise web.HTTPFound(f"{BASE_PATH}#tgWebAppData={quote(data, safe='')}")
