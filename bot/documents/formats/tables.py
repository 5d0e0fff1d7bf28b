"""The tables of the XLSX and CSV exports: their columns, and the rows each client gives."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from bot.documents.data.model import Client
from bot.documents.naming.labels import Labels, local
from bot.value_prop.questions import FIELDS

Cell = str | int | bool | datetime | date | None
Rows = Iterator[tuple[Cell, ...]]
# A spreadsheet reads text starting with these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    """A sheet (XLSX) or file (CSV): ``name`` is stable, titles and headers are localised."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[Client, Labels], Rows]


def _clients(c: Client, labels: Labels) -> Rows:
    yield (
        *(c.id, c.first_name, c.last_name, c.username, labels.choice("role", c.role)),
        *(c.language, c.timezone, c.consultant_id, c.consent_version, c.consent_at, c.shared_at),
        *(c.created_at, c.last_seen_at, c.blocked_at, len(c.propositions), len(c.transcript)),
    )


def _propositions(c: Client, labels: Labels) -> Rows:
    for vp in c.propositions:
        answers = [vp.answers.get(field) for field in FIELDS]
        texts = [None if a is None or a.skipped else a.text for a in answers]
        skipped = [
            labels.field(f) for f, a in zip(FIELDS, answers, strict=True) if a and a.skipped
        ]
        # Kept by the founder despite coaching: marked "to sharpen" wherever answers are shown.
        to_sharpen = [
            labels.field(f)
            for f, a in zip(FIELDS, answers, strict=True)
            if a and not a.skipped and a.kept_finding
        ]
        # Evidence status per hypothesis from this version's interviews (none before them).
        statuses = {
            item.field: item.status
            for item in (vp.synthesis.fields if vp.synthesis and vp.interviews_done else ())
        }
        yield (
            *(vp.id, c.id, vp.name, labels.choice("vp-status", vp.status), *texts),
            *(", ".join(skipped) or None, ", ".join(to_sharpen) or None),
            *(vp.revision_total, vp.interview_goal),
            *(vp.interviews_done, vp.created_at, vp.updated_at, vp.completed_at),
            *(vp.version, vp.parent_id),
            *(labels.choice("syn-status", statuses.get(field)) for field in FIELDS),
        )


def _revisions(c: Client, labels: Labels) -> Rows:
    for vp in c.propositions:
        for r in vp.revisions:
            yield (
                *(r.id, vp.id, c.id, labels.field(r.field), r.version, r.text, r.skipped),
                *(r.kept_finding, r.created_at),
            )


def _interviews(c: Client, labels: Labels) -> Rows:
    for vp in c.propositions:
        for i in vp.interviews:
            status = labels.choice("iv-status", i.status)
            yield (
                *(i.id, vp.id, c.id, i.respondent, i.held_on, status),
                *(labels.choice("fit", i.segment_fit), labels.choice("commitment", i.commitment)),
                *(i.key_quote, i.next_step, i.created_at, i.updated_at),
            )


def _verdicts(c: Client, labels: Labels) -> Rows:
    for vp in c.propositions:
        for i in vp.interviews:
            for n in i.notes:
                # The founder's notes, then the customer's own words ("" = none written down).
                yield (
                    *(i.id, vp.id, c.id, i.respondent, labels.field(n.field), n.said),
                    *(n.quote or None, labels.choice("verdict", n.verdict)),
                )


def _checkins(c: Client, _: Labels) -> Rows:
    for n in c.checkins:
        yield (n.id, c.id, n.hypothesis, n.action, n.data, n.insight, n.created_at)


def _transcript(c: Client, labels: Labels) -> Rows:
    for e in c.transcript:
        yield (
            *(e.id, c.id, e.at, local(e.at, c.timezone), c.timezone),
            *(labels.choice("direction", e.direction), labels.kind(e.kind)),
            *(labels.dialogue(e), labels.step(e), labels.said(e)),
        )


TABLES: tuple[Table, ...] = (
    Table(
        "clients",
        (
            *("client_id", "first_name", "last_name", "username", "role", "language", "timezone"),
            *("consultant_id", "consent_version", "consent_at", "shared_at", "created_at"),
            *("last_seen_at", "blocked_at", "vp_count", "transcript_count"),
        ),
        _clients,
    ),
    Table(
        "value_propositions",
        (
            *("vp_id", "client_id", "vp_name", "vp_status", *(f.value for f in FIELDS)),
            *("skipped_fields", "to_sharpen_fields", "revision_count", "interview_goal"),
            *("interviews_done", "created_at", "updated_at", "completed_at"),
            *("vp_version", "parent_vp_id"),
            *(f"{f.value}_status" for f in FIELDS),
        ),
        _propositions,
    ),
    Table(
        "revisions",
        (
            *("revision_id", "vp_id", "client_id", "field", "version", "text", "skipped"),
            *("kept_finding", "created_at"),
        ),
        _revisions,
    ),
    Table(
        "interviews",
        (
            *("interview_id", "vp_id", "client_id", "respondent", "held_on", "interview_status"),
            *("segment_fit", "commitment", "key_quote", "next_step", "created_at", "updated_at"),
        ),
        _interviews,
    ),
    Table(
        "verdicts",
        ("interview_id", "vp_id", "client_id", "respondent", "field", "said", "quote", "verdict"),
        _verdicts,
    ),
    Table(
        "checkins",
        ("checkin_id", "client_id", "hypothesis", "action", "data", "insight", "created_at"),
        _checkins,
    ),
    Table(
        "transcript",
        (
            *("entry_id", "client_id", "at_utc", "at_local", "timezone", "direction", "kind"),
            *("dialogue", "step", "text"),
        ),
        _transcript,
    ),
)
TABLE_NAMES: tuple[str, ...] = tuple(table.name for table in TABLES)


def count_rows(client: Client) -> dict[str, int]:
    """Rows each table gets from ``client`` (what every format reports, tabular or not)."""
    vps = client.propositions
    return {
        "clients": 1,
        "value_propositions": len(vps),
        "revisions": sum(len(vp.revisions) for vp in vps),
        "interviews": sum(len(vp.interviews) for vp in vps),
        "verdicts": sum(len(i.notes) for vp in vps for i in vp.interviews),
        "checkins": len(client.checkins),
        "transcript": len(client.transcript),
    }
