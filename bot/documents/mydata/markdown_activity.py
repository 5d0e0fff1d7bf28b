"""Markdown sections of /mydata beyond the answers: reminders, check-ins, invites, dialogue."""

from collections.abc import Mapping
from datetime import date, tzinfo
from typing import Any

from bot.dates import day_month
from bot.documents.mydata.markdown_text import NESTED, heading, item, label, local
from bot.i18n import Gettext
from bot.text.markdown import literal

Data = Mapping[str, Any]


def _kinds(t: Gettext, codes: list[str]) -> str:
    return ", ".join(label(t, "md-reminder-kind-", code) for code in codes)


def _settings(settings: Data, t: Gettext, where: tzinfo) -> list[str]:
    quiet = settings["quiet_hours"]
    lines = heading(2, t("md-settings"))
    lines.append(item(t("md-reminders"), t("md-off" if settings["reminders_off"] else "md-on")))
    if settings["reminders_paused_until"]:
        lines.append(item(t("md-paused-until"), local(settings["reminders_paused_until"], where)))
    hours = (
        t("md-quiet-none")
        if quiet["start"] == quiet["end"]
        else f"{quiet['start']}–{quiet['end']}"
    )
    lines.append(item(t("md-quiet-hours"), hours))
    if settings["reminder_kinds_off"]:
        lines.append(item(t("md-kinds-off"), _kinds(t, settings["reminder_kinds_off"])))
    return lines


def _when(rule: Any, t: Gettext, language: str) -> str | None:
    """A stored rule in words: "Пт, 18:00 каждую неделю" or "26 ноября, 18:00"."""
    if not isinstance(rule, dict) or "time" not in rule:
        return None  # a nudge: timed by the founder's silence, not by a rule
    if rule.get("date"):
        return t(
            "md-rule-once",
            date=day_month(date.fromisoformat(rule["date"]), language),
            time=rule["time"],
        )
    days = ", ".join(t(f"rem-day-{int(day) % 7}") for day in rule.get("days", []))
    words = t("md-rule-weekly", days=days, time=rule["time"])
    if rule.get("until"):
        words += " " + t(
            "md-rule-until", date=day_month(date.fromisoformat(rule["until"]), language)
        )
    return words


def _reminders(data: Data, t: Gettext, where: tzinfo) -> list[str]:
    settings, language = data["settings"], data["profile"]["language"]
    lines = heading(2, t("md-reminder-list"))
    for reminder in data["reminders"]:
        # Off by /stop or by kind counts as off here too: the list agrees with the settings.
        held = settings["reminders_off"] or reminder["kind"] in settings["reminder_kinds_off"]
        on = reminder["active"] and not held
        created = local(reminder["created_at"], where)
        kind = label(t, "md-reminder-kind-", reminder["kind"])
        lines.append(
            item(kind, t("md-reminder", state=t("md-on" if on else "md-off"), created=created))
        )
        when = _when(reminder["rule"], t, language)
        if when:
            lines.append(f"{NESTED}{literal(when)}")
        if reminder["kind"] == "consultant" and reminder["payload"]:
            lines.append(f"{NESTED}{literal(reminder['payload'], NESTED)}")
        for occurrence in reminder["pending_occurrences"] if on else []:
            due = local(occurrence["due_at"], where)
            lines.append(f"{NESTED}- {t('md-occurrence', due=due)}")
    if not data["reminders"]:
        lines.append(t("md-none"))
    return lines


def _checkins(checkins: list[Data], t: Gettext, where: tzinfo) -> list[str]:
    lines = heading(2, t("md-checkins"))
    for note in checkins:
        lines += heading(3, local(note["created_at"], where))
        for key in ("hypothesis", "action", "data", "insight"):
            lines.append(item(t(f"md-checkin-{key}"), literal(note[key], NESTED)))
    if not checkins:
        lines.append(t("md-none"))
    return lines


def _invites(invites: list[Data], t: Gettext, where: tzinfo) -> list[str]:
    if not invites:
        return []  # only consultants and admins create invites
    lines = heading(2, t("md-invites"))
    for invite in invites:
        details = t(
            "md-invite",
            created=local(invite["created_at"], where),
            expires=local(invite["expires_at"], where),
            uses=invite["uses"],
            limit=invite["max_uses"],
        )
        lines.append(item(label(t, "md-invite-kind-", invite["kind"]), details))
    return lines


def _dialogue(dialogue: Data | None, t: Gettext) -> list[str]:
    if not dialogue or not dialogue.get("state"):
        return []
    return [
        *heading(2, t("md-dialogue")),
        t("md-dialogue-state", state=literal(dialogue["state"])),
    ]


def activity_sections(data: Data, t: Gettext, where: tzinfo) -> list[str]:
    """Settings, reminders, check-ins, invites and the open dialogue, in that order."""
    return [
        *_settings(data["settings"], t, where),
        *_reminders(data, t, where),
        *_checkins(data["checkins"], t, where),
        *_invites(data["invites"], t, where),
        *_dialogue(data["dialogue"], t),
    ]
