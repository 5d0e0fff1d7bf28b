"""JSON export (schema "vp-coach.export/2", see docs/export-json-schema.md), one client a line.

The document is written as the clients arrive: the head, then each client as one compact JSON
object on its own line inside "clients", then "totals"; nothing accumulates in memory.
"""

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.documents.data.model import Answer, Client, InterviewRow, Line, Proposition
from bot.documents.data.records import pick
from bot.documents.formats.tables import TABLE_NAMES, count_rows
from bot.documents.naming.labels import Labels, iso, local
from bot.documents.writer import Meta
from bot.interview.synthesis.model import Evidence, Synthesis
from bot.value_prop.questions import FIELDS

SCHEMA = "vp-coach.export/2"


def _time(value: datetime | date | None) -> str | None:
    return iso(value, precise=True)


def _pick(row: object, *names: str) -> dict[str, Any]:
    return pick(row, *names, time=_time)


def _answer(answer: Answer | None) -> dict[str, Any] | None:
    if answer is None:
        return None
    return _pick(answer, "text", "skipped", "kept_finding") | {
        "to_sharpen": bool(answer.kept_finding) and not answer.skipped,
        **_pick(answer, "answered_at", "versions"),
    }


def _interview(interview: InterviewRow) -> dict[str, Any]:
    names = ("id", "respondent", "held_on", "status", "segment_fit", "commitment", "key_quote")
    return _pick(interview, *names, "next_step", "created_at", "updated_at") | {
        "notes": [_pick(n, "field", "said", "quote", "verdict") for n in interview.notes],
    }


def _synthesis(synthesis: Synthesis | None) -> dict[str, Any] | None:
    if synthesis is None:
        return None
    hypotheses = {
        item.field.value: _pick(item, "hypothesis", "status", "tested", "counts", "quotes")
        | {
            "for": [_evidence(e) for e in item.support],
            "against": [_evidence(e) for e in item.against],
            "outside_segment": [_evidence(e) for e in item.outside],
            "weak": item.weak,
        }
        for item in synthesis.fields
    }
    return _pick(synthesis, "interviews", "commitments", "segment_fit") | {
        "outside_segment": synthesis.outside,
        "contradictions": synthesis.contradictions,
        "hypotheses": hypotheses,
    }


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"respondent": e.alias} | _pick(e, "verdict", "quote", "notes", "commitment", "weak")


def _proposition(vp: Proposition) -> dict[str, Any]:
    names = ("id", "name", "status", "version", "parent_id", "interview_goal", "script_topic")
    return _pick(vp, *names, "created_at", "updated_at", "completed_at") | {
        "revision_count": vp.revision_total,
        "interviews_done": vp.interviews_done,
        "answers": {field.value: _answer(vp.answers.get(field)) for field in FIELDS},
        "revisions": [
            _pick(r, "id", "field", "version", "text", "skipped", "kept_finding", "created_at")
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
    names: tuple[str, ...] = ("id", "first_name", "last_name", "username", "language")
    names += ("timezone", "role", "consultant_id", "consent_version", "consent_at", "shared_at")
    return _pick(c, *names, "created_at", "last_seen_at", "blocked_at") | {
        "value_propositions": [_proposition(vp) for vp in c.propositions],
        "checkins": [
            _pick(n, "id", "hypothesis", "action", "data", "insight", "created_at")
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
