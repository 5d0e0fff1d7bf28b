"""The clients table (sorted and filtered from the query string) and the consultant's charts."""

from collections import Counter
from urllib.parse import urlencode

from aiohttp import web
from multidict import MultiMapping
from sqlalchemy.ext.asyncio import AsyncSession

from bot.consultant.funnel import STAGES
from bot.dashboard.auth.access import Viewer
from bot.dashboard.charts import svg
from bot.dashboard.deps import Deps
from bot.dashboard.queries.activity import interviews_per_week
from bot.dashboard.queries.clients import SORTS, Filters, clients_page
from bot.dashboard.views.render import render
from bot.dates import day_month
from bot.interview.synthesis.model import STATUSES

MAX_STALLED_DAYS = 3650
MAX_PAGE = 10_000


def filters_from(query: MultiMapping[str]) -> Filters:
    """Unknown or malformed values are ignored, never an error."""
    stage = query.get("stage", "")
    stalled = query.get("stalled", "")
    sort = query.get("sort", "activity")
    page = query.get("page", "")
    return Filters(
        stage=stage if stage in STAGES else None,
        stalled_days=min(int(stalled), MAX_STALLED_DAYS) if stalled.isdigit() else None,
        session_requested=query.get("session") == "1",
        sort=sort if sort in SORTS else "activity",
        page=min(int(page), MAX_PAGE) if page.isdigit() else 0,
    )


def page_link(query: MultiMapping[str], page: int) -> str:
    """The same filters, another page."""
    kept = [(key, value) for key, value in query.items() if key not in ("page", "view")]
    return "?" + urlencode([("view", "clients"), *kept, ("page", str(page))])


def funnel_chart(viewer: Viewer, steps: list[tuple[str, int]]) -> object:
    t = viewer.t
    labelled = [(t(f"cs-funnel-{step.replace('_', '-')}"), count) for step, count in steps]
    return svg.bars(t("dash-chart-funnel"), labelled)


async def clients(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    now = deps.clock()
    filters = filters_from(request.query)
    page = await clients_page(session, scope=viewer.scope, filters=filters, now=now)
    return render(
        viewer,
        now,
        "clients.html",
        page=page,
        filters=filters,
        stages=STAGES,
        sorts=SORTS,
        funnel=funnel_chart(viewer, page.funnel.steps()),
        previous=page_link(request.query, filters.page - 1) if filters.page > 0 else None,
        next=page_link(request.query, filters.page + 1) if page.has_next else None,
        view="clients",
    )


async def charts(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    now = deps.clock()
    t = viewer.t
    today = viewer.today(now)
    page = await clients_page(
        session, scope=viewer.scope, filters=Filters(), now=now, page_size=None
    )
    weekly = await interviews_per_week(session, scope=viewer.scope, today=today)
    weeks = [(day_month(week, t.language, today=today), count) for week, count in weekly]
    counted = Counter(status for row in page.rows for _, status in row.statuses)
    by_status = [(t(f"dash-status-{status}"), counted.get(status, 0)) for status in STATUSES]
    return render(
        viewer,
        now,
        "charts.html",
        funnel=funnel_chart(viewer, page.funnel.steps()),
        weekly=svg.columns(t("dash-chart-weekly"), weeks),
        statuses=svg.bars(t("dash-chart-statuses"), by_status, kinds=STATUSES),
        view="charts",
    )
