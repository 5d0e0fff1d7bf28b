"""JSON export (schema "vp-coach.export/2", see docs/export-json-schema.md), one client a line.

The document is written as the clients arrive: the head, then each client as one compact JSON
object on its own line inside "clients", then "totals"; nothing accumulates in memory.
"""

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.consultant.exports.labels import Labels, iso, local
from bot.consultant.exports.model import Answer, Client, InterviewRow, Line, Proposition
from bot.consultant.exports.tables import TABLE_NAMES, count_rows
from bot.consultant.exports.writer import Meta
from bot.interview.synthesis.build import Evidence, Synthesis
from bot.value_prop.questions import FIELDS

SCHEMA = "vp-coach.export/2"


def _time(value: datetime | date | None) -> str | None:
    return iso(value, precise=True)


def _answer(answer: Answer | None) -> dict[str, Any] | None:
    if answer is None:
        return None
    return {
        "text": answer.text,
        "skipped": answer.skipped,
        "kept_finding": answer.kept_finding,
        "to_sharpen": bool(answer.kept_finding) and not answer.skipped,
        "answered_at": _time(answer.answered_at),
        "versions": answer.versions,
    }


def _interview(interview: InterviewRow) -> dict[str, Any]:
    return {
        "id": interview.id,
        "respondent": interview.respondent,
        "held_on": _time(interview.held_on),
        "status": interview.status,
        "segment_fit": interview.segment_fit,
        "commitment": interview.commitment,
        "key_quote": interview.key_quote,
        "next_step": interview.next_step,
        "created_at": _time(interview.created_at),
        "updated_at": _time(interview.updated_at),
        "notes": [
            {"field": n.field, "said": n.said, "quote": n.quote, "verdict": n.verdict}
            for n in interview.notes
        ],
    }


def _synthesis(synthesis: Synthesis | None) -> dict[str, Any] | None:
    if synthesis is None:
        return None
    hypotheses = {
        item.field.value: {
            "hypothesis": item.hypothesis,
            "status": item.status,
            "tested": item.tested,
            "counts": item.counts,
            "quotes": item.quotes,
            "for": [_evidence(e) for e in item.support],
            "against": [_evidence(e) for e in item.against],
            "outside_segment": [_evidence(e) for e in item.outside],
            "weak": item.weak,
        }
        for item in synthesis.fields
    }
    return {
        "interviews": synthesis.interviews,
        "commitments": synthesis.commitments,
        "segment_fit": synthesis.segment_fit,
        "outside_segment": synthesis.outside,
        "contradictions": synthesis.contradictions,
        "hypotheses": hypotheses,
    }


def _evidence(e: Evidence) -> dict[str, Any]:
    return {
        "respondent": e.alias,
        "verdict": e.verdict,
        "quote": e.quote,
        "notes": e.notes,
        "commitment": e.commitment,
        "weak": e.weak,
    }


def _proposition(vp: Proposition) -> dict[str, Any]:
    return {
        "id": vp.id,
        "name": vp.name,
        "status": vp.status,
        "version": vp.version,
        "parent_id": vp.parent_id,
        "interview_goal": vp.interview_goal,
        "script_topic": vp.script_topic,
        "created_at": _time(vp.created_at),
        "updated_at": _time(vp.updated_at),
        "completed_at": _time(vp.completed_at),
        "revision_count": vp.revision_total,
        "interviews_done": vp.interviews_done,
        "answers": {field.value: _answer(vp.answers.get(field)) for field in FIELDS},
        "revisions": [
            {
                "id": r.id,
                "field": r.field,
                "version": r.version,
                "text": r.text,
                "skipped": r.skipped,
                "kept_finding": r.kept_finding,
                "created_at": _time(r.created_at),
            }
            for r in vp.revisions
        ],
        "interviews": [_interview(interview) for interview in vp.interviews],
        "synthesis": _synthesis(vp.synthesis),
    }


def _line(e: Line, zone: str, labels: Labels) -> dict[str, Any]:
    return {
        "id": e.id,
        "at": _time(e.at),
        "at_local": _time(local(e.at, zone)),
        "direction": e.direction,
        "kind": e.kind,
        "dialogue": labels.dialogue(e),
        "step": labels.step(e),
        "text": labels.said(e),
        "telegram_message_id": e.telegram_message_id,
        "update_id": e.update_id,
    }


def client_json(c: Client, labels: Labels) -> dict[str, Any]:
    """One element of "clients", as documented in docs/export-json-schema.md."""
    return {
        "id": c.id,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "username": c.username,
        "language": c.language,
        "timezone": c.timezone,
        "role": c.role,
        "consultant_id": c.consultant_id,
        "consent_version": c.consent_version,
        "consent_at": _time(c.consent_at),
        "shared_at": _time(c.shared_at),
        "created_at": _time(c.created_at),
        "last_seen_at": _time(c.last_seen_at),
        "blocked_at": _time(c.blocked_at),
        "value_propositions": [_proposition(vp) for vp in c.propositions],
        "checkins": [
            {"id": n.id, "hypothesis": n.hypothesis, "action": n.action, "data": n.data}
            | {"insight": n.insight, "created_at": _time(n.created_at)}
            for n in c.checkins
        ],
        "transcript": [_line(entry, c.timezone, labels) for entry in c.transcript],
    }


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class JsonExport:
    """Writes the head at once, a line per client as it comes, and the totals at the end."""

    def __init__(self, path: Path, meta: Meta) -> None:
        self.handle = path.open("w", encoding="utf-8", newline="\n")
        self.labels = meta.labels
        self.totals = dict.fromkeys(TABLE_NAMES, 0)
        scope = meta.scope
        head = {
            "schema": SCHEMA,
            "generated_at": _time(meta.generated_at),
            "language": meta.language,
            "scope": {
                "consultant_id": scope.consultant_id,
                "user_ids": None if scope.user_ids is None else list(scope.user_ids),
                "since": _time(scope.since),
            },
        }
        self.handle.write("{\n" + "".join(f"{_dump(k)}: {_dump(v)},\n" for k, v in head.items()))
        self.handle.write('"clients": [')
        self.separator = "\n"

    def write(self, client: Client) -> None:
        self.handle.write(self.separator + _dump(client_json(client, self.labels)))
        self.separator = ",\n"
        for table, rows in count_rows(client).items():
            self.totals[table] += rows

    def close(self) -> None:
        self.handle.write(f"\n],\n{_dump('totals')}: {_dump(self.totals)}\n}}\n")
        self.handle.close()

    def discard(self) -> None:
        self.handle.close()
