"""Templates with autoescaping on, rendered in the viewer's language and time zone."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.consultant.funnel import Stage
from bot.dashboard.auth.access import Viewer
from bot.dates import day_month, local_moment, zone_of
from bot.i18n import Translator
from bot.value_prop.questions import FIELDS

ENVIRONMENT = Environment(
    loader=PackageLoader("bot.dashboard", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
HTML = "text/html"


def memoized(t: Translator) -> Callable[..., str]:
    """The translator for one page: a thousand rows repeat a few texts (Fluent formats every
    number through Babel, a millisecond each), so each distinct text is formatted once."""
    cache: dict[tuple[object, ...], str] = {}

    def translate(key: str, /, **values: object) -> str:
        entry = (key, *sorted(values.items()))
        text = cache.get(entry)
        if text is None:
            text = cache[entry] = t(key, **values)
        return text

    return translate


def render(viewer: Viewer, now: datetime, template: str, **context: Any) -> web.Response:
    """An HTML fragment of the page; every value is escaped unless it is already Markup."""
    t, zone = memoized(viewer.t), zone_of(viewer.zone)
    language = viewer.t.language
    today = now.astimezone(zone).date()

    def when(moment: datetime | None) -> str:
        return "" if moment is None else local_moment(moment, zone, language, today=today)

    def day(moment: Any) -> str:
        return "" if moment is None else day_month(moment, language, today=today)

    def stage(value: Stage) -> str:
        return t(f"cs-stage-{value.id.replace('_', '-')}", n=value.number)

    text = ENVIRONMENT.get_template(template).render(
        t=t,
        when=when,
        day=day,
        stage=stage,
        fields=FIELDS,
        viewer=viewer,
        **context,
    )
    return web.Response(text=text, content_type=HTML, headers={"Cache-Control": "no-store"})
