"""One client as the consultant sees them: profile, propositions, interviews, synthesis."""

from datetime import datetime
from html import escape

from bot.consultant.notify import display_name
from bot.dates import day_month, local_moment, zone_of
from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview.evidence import evidence
from bot.interview.log import service as log_service
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.html_page import render_synthesis_html
from bot.value_prop.card.text import render_card_html
from bot.value_prop.flow import card_data
from bot.value_prop.questions import FIELDS
from bot.value_prop.service import snapshot
from bot.value_prop.versions.lineage import lineages


async def client_report(
    repo: Repositories, t: Translator, client: User, now: datetime, *, reader_zone: str
) -> str:
    """HTML report of one client, times in the reader's zone; long, so the caller splits it."""
    zone = zone_of(reader_zone)
    today = now.astimezone(zone).date()
    since = day_month(client.created_at.astimezone(zone).date(), t.language, today=today)
    seen = local_moment(client.last_seen_at, zone, t.language, today=today)
    blocks = [t("cs-client-title", name=escape(display_name(client)), since=since, seen=seen)]
    groups = lineages(await repo.value_props.all_for_user(client.id, abandoned=False))
    if not groups:
        blocks.append(t("cs-client-no-vp"))
    for group in groups:
        if len(group) > 1:
            blocks.append(await _history(repo, t, group))
        for vp in group:
            blocks.extend(await _version(repo, t, client, vp, now, several=len(group) > 1))
    return "\n\n".join(blocks)


async def _history(repo: Repositories, t: Translator, group: list[ValueProposition]) -> str:
    """One line per proposition with several versions: each version, its state, interviews."""
    items = [
        t(
            "cs-client-version",
            version=t("card-version", version=vp.version),
            status=vp.status,
            interviews=await repo.interviews.count_done(vp.id),
        )
        for vp in group
    ]
    return t("cs-client-versions", name=escape(group[-1].name), versions=" → ".join(items))


async def _version(
    repo: Repositories,
    t: Translator,
    client: User,
    vp: ValueProposition,
    now: datetime,
    *,
    several: bool,
) -> list[str]:
    """A version's card (with its version and evidence statuses) and its synthesis."""
    current = await snapshot(repo, vp)
    if vp.status != VpStatus.DONE:
        answered = len(current.answers)
        return [t("cs-client-vp-draft", name=escape(vp.name), n=answered, total=len(FIELDS))]
    proof = await evidence(repo, vp, current.texts())
    card = card_data(
        t, current, client, vp.completed_at or now, evidence=proof, show_version=several
    )
    interviews = await repo.interviews.interviews_for(vp.id, done_only=True)
    if not interviews:
        return [render_card_html(card), t("cs-client-no-interviews")]
    result = synthesize(current.hypotheses(), log_service.records(interviews))
    return [render_card_html(card), render_synthesis_html(result, t, goal=vp.interview_goal)]
