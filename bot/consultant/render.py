"""Texts and keyboards of the consultant workspace."""

from collections.abc import Sequence
from datetime import datetime
from html import escape

from aiogram.types import InlineKeyboardMarkup

from bot.consultant.callbacks import CsCb
from bot.consultant.funnel import ClientFacts, Funnel, days_since, stage_of
from bot.consultant.notify import display_name
from bot.db.models import User
from bot.i18n import Translator
from bot.telegram.keyboards import Button, inline

PAGE_SIZE = 8
# The toggle buttons' values → the consultant's switches they flip.
MUTE_SWITCHES = {"vp": "notify_vp_done", "interview": "notify_interview"}


def clients_page(
    t: Translator, clients: Sequence[User], facts: dict[int, ClientFacts], page: int, now: datetime
) -> tuple[str, InlineKeyboardMarkup]:
    pages = max(1, -(-len(clients) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = clients[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [t("cs-clients-title", count=len(clients), page=page + 1, pages=pages)]
    rows: list[list[Button]] = []
    for client in shown:
        fact = facts[client.id]
        days, stage = days_since(fact.last_seen_at, now), stage_of(fact)
        stage_name = t(f"cs-stage-{stage.id.replace('_', '-')}", n=stage.number)
        name = escape(display_name(client))
        lines.append(t("cs-clients-line", name=name, stage=stage_name, days=days))
        rows.append([(display_name(client)[:60], CsCb(action="client", arg=client.id))])
    steps = (("◀️", page - 1), ("▶️", page + 1))
    rows.append([(arrow, CsCb(action="page", arg=to)) for arrow, to in steps if 0 <= to < pages])
    rows.append(
        [(t("btn-cs-funnel"), CsCb(action="funnel")), (t("btn-cs-settings"), CsCb(action="mute"))]
    )
    rows.append([(t("btn-cs-schedule-all"), CsCb(action="sched", arg=0))])
    return "\n".join(lines), inline(rows)


def client_keyboard(t: Translator, client_id: int) -> InlineKeyboardMarkup:
    return inline(
        [
            [(t("btn-cs-reply"), CsCb(action="reply", arg=client_id))],
            [(t("btn-cs-schedule-one"), CsCb(action="sched", arg=client_id))],
            [(t("btn-cs-export-client"), CsCb(action="export", arg=client_id))],
            [(t("btn-cs-unlink"), CsCb(action="unlink", arg=client_id))],
            [(t("btn-cs-back"), CsCb(action="page", arg=0))],
        ]
    )


def funnel_text(t: Translator, result: Funnel) -> str:
    lines = [t("cs-funnel-title", count=result.clients)]
    previous: int | None = None
    for step, count in result.steps():
        drop = t("cs-funnel-drop", n=previous - count) if previous not in (None, count) else ""
        lines.append(
            t("cs-funnel-line", step=t(f"cs-funnel-{step.replace('_', '-')}"), n=count, drop=drop)
        )
        previous = count
    return "\n".join(lines)


def mute_keyboard(t: Translator, user: User) -> InlineKeyboardMarkup:
    """A switch per notification (🔔 on, 🔕 muted), then back to the clients."""
    rows: list[list[Button]] = []
    for value, switch in MUTE_SWITCHES.items():
        label = f"{'🔔' if getattr(user, switch) else '🔕'} {t(f'cs-notify-switch-{value}')}"
        rows.append([(label, CsCb(action="toggle", value=value))])
    return inline([*rows, [(t("btn-cs-back"), CsCb(action="page", arg=0))]])
