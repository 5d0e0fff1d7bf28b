"""Markdown sections of /mydata beyond the answers: reminders, check-ins, invites, dialogue."""

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from bot.privacy.markdown_text import heading, item, label, local, text
from bot.value_prop.card import Gettext

Data = Mapping[str, Any]
NESTED = "  "


def _settings(settings: Data, t: Gettext, where: tzinfo) -> list[str]:
    quiet = settings["quiet_hours"]
    lines = heading(2, t("md-settings"))
    lines.append(item(t("md-reminders"), t("md-off" if settings["reminders_off"] else "md-on")))
    if settings["reminders_paused_until"]:
        lines.append(item(t("md-paused-until"), local(settings["reminders_paused_until"], where)))
    lines.append(item(t("md-quiet-hours"), f"{quiet['start']}–{quiet['end']}"))
    if settings["reminder_kinds_off"]:
        lines.append(item(t("md-kinds-off"), text(", ".join(settings["reminder_kinds_off"]))))
    return lines


def _reminders(reminders: list[Data], t: Gettext, where: tzinfo) -> list[str]:
    lines = heading(2, t("md-reminder-list"))
    for reminder in reminders:
        state = t("md-on" if reminder["active"] else "md-off")
        created = local(reminder["created_at"], where)
        kind = label(t, "md-reminder-kind-", reminder["kind"])
        lines.append(item(kind, t("md-reminder", state=state, created=created)))
        if reminder["payload"]:
            lines.append(f"{NESTED}{text(reminder['payload'], NESTED)}")
        for occurrence in reminder["pending_occurrences"]:
            due = local(occurrence["due_at"], where)
            lines.append(f"{NESTED}- {t('md-occurrence', due=due)}")
    if not reminders:
        lines.append(t("md-none"))
    return lines


def _checkins(checkins: list[Data], t: Gettext, where: tzinfo) -> list[str]:
    lines = heading(2, t("md-checkins"))
    for note in checkins:
        lines += heading(3, local(note["created_at"], where))
        for key in ("hypothesis", "action", "data", "insight"):
            lines.append(item(t(f"md-checkin-{key}"), text(note[key], NESTED)))
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
    return [*heading(2, t("md-dialogue")), t("md-dialogue-state", state=text(dialogue["state"]))]


def activity_sections(data: Data, t: Gettext, where: tzinfo) -> list[str]:
    """Settings, reminders, check-ins, invites and the open dialogue, in that order."""
    return [
        *_settings(data["settings"], t, where),
        *_reminders(data["reminders"], t, where),
        *_checkins(data["checkins"], t, where),
        *_invites(data["invites"], t, where),
        *_dialogue(data["dialogue"], t),
    ]
