"""The consultancy's own view: every founder's funnel by week and by source, unanswered leads."""

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dashboard.auth.access import Viewer
from bot.dashboard.charts import svg
from bot.dashboard.deps import Deps
from bot.dashboard.queries.activity import STEPS, lead_funnel, leads_without_consultant
from bot.dashboard.views.render import render


async def admin(
    request: web.Request, deps: Deps, session: AsyncSession, viewer: Viewer
) -> web.StreamResponse:
    now = deps.clock()
    t = viewer.t
    today = viewer.today(now)
    result = await lead_funnel(session, today=today)
    totals = {step: sum(c[step] for c in result.by_source.values()) for step in STEPS}
    chart = svg.bars(
        t("dash-admin-funnel"), [(t(f"dash-step-{step}"), totals[step]) for step in STEPS]
    )
    sources = sorted(result.by_source.items(), key=lambda item: (-item[1]["started"], item[0]))
    return render(
        viewer,
        now,
        "admin.html",
        chart=chart,
        steps=STEPS,
        by_week=sorted(result.by_week.items(), reverse=True),
        by_source=sources,
        leads=await leads_without_consultant(session),
        source_label=lambda key: key or t("dash-source-direct"),
        view="admin",
    )
