"""The composition root's seams: dialogues registered, cross-capability hooks subscribed.

Capabilities import only the ones below them (README, "Architecture"); what must travel
upwards (a finished proposition reaching the consultant, consent leading to a pending invite)
is wired here, by ``build_app``, in the order the subscribers should run.
"""

from bot.consultant.hooks import session_row, subscribe_notifications
from bot.consultant.start_link import offer_pending_invite, open_invite
from bot.dashboard.sources import remember_source
from bot.dialogues import Dialogues
from bot.events import Events
from bot.i18n import I18n
from bot.interview.evidence import evidence
from bot.interview.log.dialogue import LOGGING
from bot.interview.render import hub_row
from bot.onboarding.events import Consented, Opener
from bot.value_prop.card.extras import CardExtras
from bot.value_prop.dialogue import VALUE_PROPOSITION
from bot.value_prop.hooks import subscribe_onboarding


def build_dialogues() -> Dialogues:
    """Every dialogue a founder can leave half-way and be taken back to."""
    return Dialogues(VALUE_PROPOSITION, LOGGING)


def build_deep_links() -> tuple[Opener, ...]:
    """Who opens /start <payload> links, tried in this order (a source is noted, never final)."""
    return (remember_source, open_invite)


def build_card_extras() -> CardExtras:
    """Under a finished card: its interviews, then a session; after interviews, their evidence."""
    return CardExtras(rows=(hub_row, session_row), evidence=evidence)


def build_events(i18n: I18n) -> Events:
    """Subscribers run in the order subscribed: after consent the invite that waited for it is
    offered before the first question is asked."""
    events = Events()
    events.subscribe(Consented, offer_pending_invite)
    subscribe_onboarding(events)
    subscribe_notifications(events, i18n)
    return events
