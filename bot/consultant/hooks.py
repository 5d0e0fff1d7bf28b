"""What the consultant hooks into: notifications of what clients do, the session button."""

from bot.consultant.callbacks import SessionCb
from bot.consultant.notify import notify
from bot.events import Events
from bot.i18n import I18n, Translator
from bot.interview.events import InterviewLogged
from bot.telegram.keyboards import Button
from bot.value_prop.hooks import PropositionFinished
from bot.value_prop.render import quote


def subscribe_notifications(events: Events, i18n: I18n) -> None:
    """Tell a founder's consultant of a finished proposition and of every new interview."""

    async def proposition_finished(event: PropositionFinished) -> None:
        await notify(event.bot, event.repo, i18n, event.founder, "vp_done", name=quote(event.name))

    async def interview_logged(event: InterviewLogged) -> None:
        values: dict[str, object] = {"done": event.done, "goal": event.goal}
        values |= {"name": quote(event.proposition), "respondent": quote(event.respondent)}
        await notify(event.bot, event.repo, i18n, event.founder, "interview", **values)

    events.subscribe(PropositionFinished, proposition_finished)
    events.subscribe(InterviewLogged, interview_logged)


def session_row(t: Translator, vp_id: int) -> list[Button]:
    """Under a finished card: ask the consultant for a session about it."""
    return [(t("btn-session"), SessionCb(vp=vp_id))]
