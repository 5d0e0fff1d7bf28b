"""The /mydata export as a Markdown document a person can read: headings, lists, local times.

The profile and consent, the propositions with their scripts and interviews, the settings,
reminders, check-ins, invites and open dialogue, then the chat history: a heading per day, a
line per message.
"""

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo
from itertools import groupby
from typing import Any

from bot.dates import day_month
from bot.documents.naming.labels import zone
from bot.documents.naming.transcript import PLAIN_KINDS, kind_name
from bot.i18n import Gettext
from bot.text.markdown import literal
from bot.value_prop.questions import FIELDS

Data = Mapping[str, Any]
_BLANK_RUNS = re.compile(r"\n{3,}")
NESTED = "  "  # continuation lines of a list item
TIME_FORMAT = "%Y-%m-%d %H:%M"


def local(value: str | None, where: tzinfo, fmt: str = TIME_FORMAT) -> str:
    """An ISO time from the export, shown in ``where``; "" for none."""
    if not value:
        return ""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.strftime(fmt)  # a plain date (an interview's day) has no zone
    return parsed.astimezone(where).strftime(fmt)


def heading(level: int, title: str) -> list[str]:
    return ["", "#" * level + " " + title, ""]


def item(label: str, value: str) -> str:
    """A list line "- **label:** value"; ``value`` must already be Markdown."""
    return f"- **{label}:** {value}" if value else f"- **{label}:** —"


def label(t: Gettext, prefix: str, value: str | None) -> str:
    """A stored code word (a status, a verdict, ...) in the reader's language."""
    if not value:
        return "—"
    try:
        return t(f"{prefix}{value}")
    except KeyError:  # a value a later version added: show it as stored
        return literal(value)


def _field_order(field: str) -> int:
    names = [str(field) for field in FIELDS]
    return names.index(field) if field in names else len(names)


def _profile(data: Data, t: Gettext, where: tzinfo) -> list[str]:
    profile, consent, consultant = data["profile"], data["consent"], data["consultant"]
    name = " ".join(part for part in (profile["first_name"], profile["last_name"]) if part)
    username = literal("@" + profile["username"]) if profile["username"] else ""
    lines = heading(2, t("md-profile"))
    lines += [
        item(t("md-field-id"), str(profile["id"])),
        item(t("md-field-name"), literal(name)),
        item(t("md-field-username"), username),
        item(t("md-field-language"), literal(profile["language"])),
        item(t("md-field-timezone"), literal(profile["timezone"])),
        item(t("md-field-role"), label(t, "md-role-", profile["role"])),
        item(t("md-field-created"), local(profile["created_at"], where)),
        item(t("md-field-last-seen"), local(profile["last_seen_at"], where)),
    ]
    if profile["blocked_at"]:
        lines.append(item(t("md-field-blocked"), local(profile["blocked_at"], where)))
    if profile.get("source"):
        lines.append(item(t("md-field-source"), literal(profile["source"])))
    lines += heading(2, t("md-consent"))
    if consent["version"] is None:
        lines.append(t("md-consent-none"))
    else:
        given = local(consent["given_at"], where)
        lines.append(t("md-consent-given", version=consent["version"], at=given))
    lines += heading(2, t("md-consultant"))
    if consultant is None:
        lines.append(t("md-consultant-none"))
    else:
        name, shared = literal(consultant["name"] or "—"), local(consultant["shared_at"], where)
        linked = t("md-consultant-linked", name=name, id=str(consultant["id"]), at=shared or "—")
        lines.append(linked)
    return lines


def _marked(t: Gettext, row: Mapping[str, Any]) -> str:
    """The answer, with "to sharpen" when it was kept despite coaching."""
    if row["skipped"]:
        return t("md-skipped")
    kept = f" _{t('md-kept-finding')}_" if row["kept_finding"] else ""
    return literal(row["text"], NESTED) + kept


def _value_proposition(vp: Data, t: Gettext, where: tzinfo) -> list[str]:
    title = f"«{literal(vp['name'])}»"
    if vp.get("version", 1) > 1:
        title += " · " + t("card-version", version=vp["version"])
    lines = heading(3, title)
    status = label(t, "md-status-", vp["status"])
    lines.append(t("md-vp-status", status=status, created=local(vp["created_at"], where)))
    lines += ["", f"**{t('md-answers')}**", ""]
    latest = {row["field"]: row for row in vp["revisions"]}
    for field in sorted(latest, key=_field_order):
        lines.append(item(label(t, "vp-label-", field), _marked(t, latest[field])))
    if not latest:
        lines.append(t("md-none"))
    statuses = vp.get("hypothesis_status") or {}
    if statuses:  # from this version's interviews
        lines += ["", f"**{t('md-hypothesis-statuses')}**", ""]
        for field in sorted(statuses, key=_field_order):
            status = t("md-hypothesis-status", status=statuses[field])
            lines.append(item(label(t, "vp-label-", field), status))
    lines += ["", f"**{t('md-revisions')}**", ""]
    for row in vp["revisions"]:
        when = f"{local(row['created_at'], where)}, {label(t, 'vp-label-', row['field'])}"
        lines.append(item(when, _marked(t, row)))
    lines += _script(vp["interview_script"], t)
    for interview in vp["interviews"]:
        lines += _interview(interview, t)
    return lines


def _script(script: Data | None, t: Gettext) -> list[str]:
    if script is None:
        return []
    lines = heading(4, t("md-script"))
    if script.get("topic"):
        lines += [t("md-script-topic", topic=literal(script["topic"])), ""]
    for question in script["questions"]:
        mine = f" _{t('md-question-founder')}_" if question["origin"] == "founder" else ""
        section = label(t, "script-section-", question["section"])
        text = literal(question["text"], "   ")
        lines.append(f"{question['position']}. {section}: {text}{mine}")
    return lines


def _interview(interview: Data, t: Gettext) -> list[str]:
    held = interview["held_on"] or t("md-date-unknown")
    lines = heading(4, t("md-interview", respondent=literal(interview["respondent"]), date=held))
    if interview["status"] != "done":
        lines.append(t("md-interview-draft"))
    lines.append(item(t("md-iv-fit"), label(t, "iv-fit-", interview["segment_fit"])))
    for note in interview["notes"]:
        said = literal(note["said"], NESTED) if note["said"] is not None else t("md-skipped")
        verdict = label(t, "iv-verdict-", note["verdict"])
        hypothesis = label(t, "vp-label-", note["hypothesis"])
        lines.append(item(hypothesis, f"{said} → {verdict}"))
        if note.get("quote"):
            lines.append(item(t("md-iv-words", label=hypothesis), literal(note["quote"], NESTED)))
    lines.append(item(t("md-iv-quote"), literal(interview["key_quote"], NESTED)))
    lines.append(item(t("md-iv-commitment"), label(t, "iv-commit-", interview["commitment"])))
    lines.append(item(t("md-iv-next"), literal(interview["next_step"], NESTED)))
    return lines


def _settings(settings: Data, t: Gettext, where: tzinfo) -> list[str]:
    quiet = settings["quiet_hours"]
    lines = heading(2, t("md-settings"))
    lines.append(item(t("md-reminders"), t("md-off" if settings["reminders_off"] else "md-on")))
    if settings["reminders_paused_until"]:
        lines.append(item(t("md-paused-until"), local(settings["reminders_paused_until"], where)))
    start, end = quiet["start"], quiet["end"]
    hours = t("md-quiet-none") if start == end else f"{start}–{end}"
    lines.append(item(t("md-quiet-hours"), hours))
    if settings["reminder_kinds_off"]:
        kinds = (label(t, "md-reminder-kind-", code) for code in settings["reminder_kinds_off"])
        lines.append(item(t("md-kinds-off"), ", ".join(kinds)))
    return lines


def _when(rule: Any, t: Gettext, language: str) -> str | None:
    """A stored rule in words: "Пт, 18:00 каждую неделю" or "26 ноября, 18:00"."""
    if not isinstance(rule, dict) or "time" not in rule:
        return None  # a nudge: timed by the founder's silence, not by a rule
    if rule.get("date"):
        once = day_month(date.fromisoformat(rule["date"]), language)
        return t("md-rule-once", date=once, time=rule["time"])
    days = ", ".join(t(f"rem-day-{int(day) % 7}") for day in rule.get("days", []))
    words = t("md-rule-weekly", days=days, time=rule["time"])
    if rule.get("until"):
        until = day_month(date.fromisoformat(rule["until"]), language)
        words += " " + t("md-rule-until", date=until)
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
        state = t("md-on" if on else "md-off")
        lines.append(item(kind, t("md-reminder", state=state, created=created)))
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


def _body(entry: Mapping[str, Any], t: Gettext) -> str:
    """The entry's text (already plain, see files.readable), with its kind unless it is text."""
    body = literal(entry["text"], NESTED)
    if entry["kind"] in PLAIN_KINDS:
        return body
    kind = f"_{kind_name(entry['kind'], t)}:_"
    return f"{kind} {body}" if body else kind


def transcript_section(
    entries: Sequence[Mapping[str, Any]], t: Gettext, where: tzinfo
) -> list[str]:
    """Every stored exchange in order, with the local time and who wrote it."""
    lines = heading(2, t("md-transcript"))
    if not entries:
        lines.append(t("md-transcript-empty"))
        return lines
    you, bot = t("md-you"), t("md-bot")
    for day, day_entries in groupby(entries, lambda entry: local(entry["at"], where, "%Y-%m-%d")):
        lines += heading(3, day)
        for entry in day_entries:
            who = you if entry["direction"] == "in" else bot
            time = local(entry["at"], where, "%H:%M:%S")
            lines.append(f"- **{time} {who}:** {_body(entry, t)}")
    return lines


def render_markdown(data: Data, t: Gettext) -> str:
    """The whole export (see collect_user_data) as Markdown, times in the user's zone."""
    where = zone(data["profile"]["timezone"])
    exported = local(data["exported_at"], where)
    lines = [f"# {t('md-title')}", ""]
    lines.append(t("md-exported", at=exported, timezone=literal(data["profile"]["timezone"])))
    lines += _profile(data, t, where)
    lines += heading(2, t("md-vps"))
    for vp in data["value_propositions"]:
        lines += _value_proposition(vp, t, where)
    if not data["value_propositions"]:
        lines.append(t("md-none"))
    lines += _settings(data["settings"], t, where) + _reminders(data, t, where)
    lines += _checkins(data["checkins"], t, where) + _invites(data["invites"], t, where)
    lines += _dialogue(data["dialogue"], t)
    lines += transcript_section(data["transcript"], t, where)
    lines += ["", "---", "", t("md-footer")]
    # Sections open with a blank line and headings close with one: squeeze the doubles.
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"
