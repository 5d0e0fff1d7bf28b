"""The /mydata export as a Markdown document a person can read: headings, lists, local times."""

import re
from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from bot.documents.mydata.markdown_activity import activity_sections
from bot.documents.mydata.markdown_text import NESTED, heading, item, label, local
from bot.documents.mydata.markdown_transcript import transcript_section
from bot.documents.naming.labels import zone
from bot.i18n import Gettext
from bot.text.markdown import literal
from bot.value_prop.questions import FIELDS

Data = Mapping[str, Any]
_BLANK_RUNS = re.compile(r"\n{3,}")


def _field_order(field: str) -> int:
    names = [str(field) for field in FIELDS]
    return names.index(field) if field in names else len(names)


def _profile(data: Data, t: Gettext, where: tzinfo) -> list[str]:
    profile, consent, consultant = data["profile"], data["consent"], data["consultant"]
    name = " ".join(part for part in (profile["first_name"], profile["last_name"]) if part)
    lines = heading(2, t("md-profile"))
    lines += [
        item(t("md-field-id"), str(profile["id"])),
        item(t("md-field-name"), literal(name)),
        item(
            t("md-field-username"),
            literal("@" + profile["username"]) if profile["username"] else "",
        ),
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
        lines.append(
            t(
                "md-consultant-linked",
                name=literal(consultant["name"] or "—"),
                id=str(consultant["id"]),
                at=local(consultant["shared_at"], where) or "—",
            )
        )
    return lines


def _answer(t: Gettext, row: Mapping[str, Any]) -> str:
    return t("md-skipped") if row["skipped"] else literal(row["text"], NESTED)


def _marked(t: Gettext, row: Mapping[str, Any]) -> str:
    """The answer, with "to sharpen" when it was kept despite coaching."""
    kept = f" _{t('md-kept-finding')}_" if row["kept_finding"] and not row["skipped"] else ""
    return _answer(t, row) + kept


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
        lines.append(
            f"{question['position']}. {section}: {literal(question['text'], '   ')}{mine}"
        )
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
    lines += activity_sections(data, t, where)
    lines += transcript_section(data["transcript"], t, where)
    lines += ["", "---", "", t("md-footer")]
    # Sections open with a blank line and headings close with one: squeeze the doubles.
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"
