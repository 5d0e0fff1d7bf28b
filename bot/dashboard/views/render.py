"""Templates with autoescaping on, rendered in the viewer's language and time zone."""

from datetime import datetime
from typing import Any

from aiohttp import web
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.consultant.progress import Stage
from bot.consultant.render import stage_text
from bot.dashboard.auth.access import Viewer
from bot.dates import day_month, local_moment, zone_of
from bot.value_prop.questions import FIELDS

ENVIRONMENT = Environment(
    loader=PackageLoader("bot.dashboard", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
HTML = "text/html"


def render(viewer: Viewer, now: datetime, template: str, **context: Any) -> web.Response:
    """An HTML fragment of the page; every value is escaped unless it is already Markup."""
    t, zone = viewer.t, zone_of(viewer.zone)
    today = now.astimezone(zone).date()

    def when(moment: datetime | None) -> str:
        return "" if moment is None else local_moment(moment, zone, t.language, today=today)

    def day(moment: Any) -> str:
        return "" if moment is None else day_month(moment, t.language, today=today)

    def stage(value: Stage) -> str:
        return stage_text(t, value)

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
