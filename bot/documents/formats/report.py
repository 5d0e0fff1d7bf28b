"""The readable per-client report as a list of neutral blocks, rendered to Markdown or PDF."""

from collections.abc import Iterator
from dataclasses import dataclass

from bot.documents.data.model import Client, InterviewRow, Proposition
from bot.documents.naming.labels import Labels
from bot.documents.naming.transcript import PLAIN_KINDS, button_label, is_html
from bot.documents.writer import Meta
from bot.interview.synthesis.model import Evidence, FieldSynthesis
from bot.text.html import bold_lines
from bot.value_prop.questions import FIELDS


@dataclass(frozen=True)
class Heading:
    level: int  # 1 the document, 2 a client, 3 a section, 4 a part of a section
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Item:
    text: str


@dataclass(frozen=True)
class Term:
    """A bold term with its text under it; ``text`` may span lines."""

    term: str
    text: str
    muted: bool = False
    strong: frozenset[str] = frozenset()  # lines of ``text`` (stripped) shown in bold


Block = Heading | Paragraph | Item | Term


def document_head(meta: Meta) -> Iterator[Block]:
    t = meta.labels.t
    yield Heading(1, t("export-title"))
    yield Paragraph(t("export-generated", at=meta.generated_at.strftime("%Y-%m-%d %H:%M")))
    yield Paragraph(meta.scope_line(), muted=True)


def _profile(c: Client, labels: Labels) -> Iterator[Block]:
    t, zone = labels.t, c.timezone
    name = c.display_name or t("export-client-untitled", id=str(c.id))
    yield Heading(2, f"{name} (@{c.username})" if c.username else name)
    yield Paragraph(t("export-times-zone", zone=zone), muted=True)
    yield Item(t("export-profile-id", id=str(c.id)))
    yield Item(t("export-profile-role", role=labels.choice("role", c.role) or c.role))
    yield Item(t("export-profile-locale", language=c.language, zone=zone))
    if c.consultant_id is not None:
        yield Item(t("export-profile-consultant", id=str(c.consultant_id)))
    if c.shared_at is not None:
        yield Item(t("export-profile-shared", at=labels.stamp(c.shared_at, zone)))
    yield Item(t("export-profile-created", at=labels.stamp(c.created_at, zone)))
    yield Item(t("export-profile-last-seen", at=labels.stamp(c.last_seen_at, zone)))


def _interview(i: InterviewRow, zone: str, labels: Labels) -> Term:
    t = labels.t
    held = i.held_on.isoformat() if i.held_on else labels.stamp(i.created_at, zone)
    lines = [
        t(
            "export-interview-facts",
            status=labels.choice("iv-status", i.status) or "",
            fit=labels.choice("fit", i.segment_fit) or "—",
            commitment=labels.choice("commitment", i.commitment) or "—",
        )
    ]
    for n in i.notes:
        label = labels.field(n.field)
        if n.said is None and n.verdict is None:
            lines.append(t("export-note-skipped", label=label))
            continue
        verdict = labels.choice("verdict", n.verdict) or "—"
        said = n.said if n.said is not None else "—"
        lines.append(t("export-note", label=label, verdict=verdict, said=said))
        if n.quote:  # the customer's own words, apart from the founder's notes
            lines.append(t("export-note-quote", label=label, text=n.quote))
    if i.key_quote:
        lines.append(t("export-key-quote", text=i.key_quote))
    if i.next_step:
        lines.append(t("export-next-step", text=i.next_step))
    return Term(t("export-interview-term", respondent=i.respondent, date=held), "\n".join(lines))


def _evidence(e: Evidence, labels: Labels) -> str:
    t = labels.t
    if e.quote:
        return t("export-syn-said", respondent=e.alias, text=t("export-syn-quote", text=e.quote))
    return t("export-syn-notes", respondent=e.alias, text=e.notes or "—")


def _hypothesis(item: FieldSynthesis, labels: Labels) -> Term:
    t = labels.t
    status = labels.choice("syn-status", item.status) or item.status
    lines = [t("export-syn-hypothesis", text=item.hypothesis or t("export-skipped"))]
    if item.tested:
        lines.append(t("export-syn-counts", tested=item.tested, **item.counts))
    # For and against apart, each customer in their words (or the founder's notes, labelled):
    # disagreement stays visible whatever the majority.
    groups = [("export-syn-for", item.support), ("export-syn-against", item.against)]
    for key, evidence in [*(groups if item.tested else ()), ("export-syn-outside", item.outside)]:
        if evidence or key != "export-syn-outside":
            lines.append(t(key, count=len(evidence)))
            lines += [_evidence(e, labels) for e in evidence]
    return Term(
        t("export-syn-term", label=labels.field(item.field), status=status), "\n".join(lines)
    )


def _proposition(vp: Proposition, zone: str, labels: Labels) -> Iterator[Block]:
    t = labels.t
    yield Heading(3, t("export-vp-title", name=vp.name))
    if vp.version > 1 or vp.parent_id is not None:
        yield Item(t("export-vp-version", version=vp.version))
    yield Item(t("export-vp-status", status=labels.choice("vp-status", vp.status) or vp.status))
    yield Item(t("export-vp-created", at=labels.stamp(vp.created_at, zone)))
    if vp.completed_at is not None:
        yield Item(t("export-vp-completed", at=labels.stamp(vp.completed_at, zone)))
    yield Item(t("export-vp-versions", count=vp.revision_total))
    yield Heading(4, t("export-card"))
    for field in FIELDS:
        answer = vp.answers.get(field)
        if answer is None:
            yield Term(labels.field(field), t("export-not-answered"), muted=True)
            continue
        term = t("export-answer-term", label=labels.field(field), versions=answer.versions)
        text = None if answer.skipped else (answer.text or "").strip()
        if text and answer.kept_finding:
            term += " · " + t("export-to-sharpen")
        yield Term(term, text or t("export-skipped"), muted=not text)
    yield Heading(4, t("export-interviews"))
    if not vp.interviews:
        yield Paragraph(t("export-no-interviews"), muted=True)
    yield from (_interview(interview, zone, labels) for interview in vp.interviews)
    yield Heading(4, t("export-synthesis", done=vp.interviews_done))
    if vp.synthesis is None or vp.synthesis.interviews == 0:
        yield Paragraph(t("export-no-synthesis"), muted=True)
    else:
        yield from (_hypothesis(item, labels) for item in vp.synthesis.fields)


def client_blocks(c: Client, labels: Labels) -> Iterator[Block]:
    """Profile, each proposition (card, interviews, synthesis), check-ins, the transcript."""
    t = labels.t
    yield from _profile(c, labels)
    for vp in c.propositions:
        yield from _proposition(vp, c.timezone, labels)
    if c.checkins:
        yield Heading(3, t("export-checkins"))
    for n in c.checkins:
        parts = (("hypothesis", n.hypothesis), ("action", n.action), ("data", n.data))
        lines = [f"{labels.column(k)}: {v}" for k, v in (*parts, ("insight", n.insight)) if v]
        yield Term(labels.stamp(n.created_at, c.timezone), "\n".join(lines) or "—")
    yield from _transcript(c, labels)


def _transcript(c: Client, labels: Labels) -> Iterator[Block]:
    """The dialogue as the client saw it: the bot's markup removed, buttons by their labels."""
    t = labels.t
    yield Heading(3, t("export-transcript"))
    if not c.transcript:
        yield Paragraph(t("export-transcript-empty"), muted=True)
    for e in c.transcript:
        who = labels.choice("direction", e.direction) or e.direction
        where = (labels.stamp(e.at, c.timezone), who, labels.where(e))
        said = (labels.said(e) or "").strip()
        if e.kind not in PLAIN_KINDS or not said:
            kind = t("export-nontext", kind=labels.kind(e.kind))
            said = f"{kind} {said}" if said else kind
        muted = not e.text or (e.kind == "callback" and button_label(e.text) is None)
        # What the bot sent was bold where its HTML said so: keep whole bold lines bold.
        strong = bold_lines(e.text) if e.text and is_html(e.direction, e.kind) else frozenset()
        yield Term(" · ".join(part for part in where if part), said, muted, strong)
