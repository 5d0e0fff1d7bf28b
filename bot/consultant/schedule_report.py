"""The consultant's confirmation of a scheduled message: per client, what will really happen."""

from datetime import date, datetime, time

from bot.consultant.notify import display_name
from bot.dates import day_and_time, local_moment, zone_of
from bot.i18n import Translator
from bot.reminders.consultant_messages import ClientFate, ScheduledMessage
from bot.reminders.delivery.fate import Fate
from bot.reminders.settings.render import zone_label
from bot.text.html import quote

# Those who will get it first, then those who will get it later, then those who will not.
_ORDER = list(Fate)


def _line(t: Translator, item: ClientFate, now: datetime) -> str:
    name = quote(display_name(item.user))
    if item.at is None or item.fate == Fate.NOW:
        return t(f"cs-fate-{item.fate}", client=name)
    zone = zone_of(item.user.timezone)
    today = now.astimezone(zone).date()
    when = local_moment(item.at, zone, t.language, today=today)
    label = zone_label(t, item.user.timezone, item.at)
    return t(f"cs-fate-{item.fate}", client=name, when=when, zone=label)


def report(t: Translator, result: ScheduledMessage, *, day: date, at: time, now: datetime) -> str:
    """The header with the chosen local time, then one line per client."""
    if not result.fates:
        return t("cs-schedule-done-none")
    fates = sorted(
        result.fates, key=lambda item: (_ORDER.index(item.fate), display_name(item.user))
    )
    lines = [t("cs-schedule-done", when=day_and_time(day, at, t.language))]
    lines += [_line(t, item, now) for item in fates]
    return "\n".join(lines)
