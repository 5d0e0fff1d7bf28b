"""The problem interview script: a block of questions per hypothesis, in the customer's words
(the confirmed topic), built from the five answers and the locale templates (pure)."""

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from bot.i18n import Gettext
from bot.interview.linter.engine import lint_question
from bot.interview.script.segment_traits import SegmentTraits, extract_traits
from bot.text.html import clip
from bot.value_prop.questions import FIELDS, Field, label_key

CLOSE_TAG = "close"
# Blocks in interview order: (section, the hypothesis it tests, its questions). Screening
# questions depend on the segment's traits; see `screening`.
BLOCKS: tuple[tuple[str, Field | None, tuple[str, ...]], ...] = (
    ("screening", Field.SEGMENT, ()),
    ("last_time", Field.PROBLEM, ("when", "cost")),
    ("situation", Field.SITUATION, ("before", "often")),
    ("workaround", Field.PROBLEM, ("tried", "pay")),
    ("decision", Field.SEGMENT, ("who",)),
    ("benefit", Field.BENEFIT, ("noticed",)),
    ("control", Field.CONTROL, ("knew", "numbers")),
    ("ranking", Field.PROBLEM, ("top",)),
    ("close", None, ("time", "pilot", "referral")),
)
SECTIONS: tuple[str, ...] = tuple(section for section, _, _ in BLOCKS)
SCREENING_MIN = 3
NOTE_LIMIT = 240  # characters of an answer repeated in a block's note for the founder


@dataclass(frozen=True)
class Proposition:
    """The five answers as the script sees them: kept-vague or skipped ones are never quoted."""

    answers: Mapping[Field, str | None]
    vague: frozenset[Field] = frozenset()  # kept despite coaching ("to sharpen")

    def usable(self, field: Field) -> str | None:
        """The answer if it may be quoted to the founder; None when vague or missing."""
        text = (self.answers.get(field) or "").strip()
        return text if text and field not in self.vague else None

    def unclear_reason(self, field: Field) -> str | None:
        """ "vague", "skipped", or None for an answer that can be used."""
        if not (self.answers.get(field) or "").strip():
            return "skipped"
        return "vague" if field in self.vague else None


@dataclass(frozen=True)
class ScriptItem:
    """One question of the script."""

    section: str  # a block of BLOCKS, or one added later (e.g. the founder's own questions)
    text: str  # plain text, not escaped for any markup
    field: Field | None = None  # the hypothesis this question tests

    @property
    def tag(self) -> str | None:
        """What the question tests: a field's name, "close", or None (the founder's own)."""
        if self.field is not None:
            return self.field.value
        return CLOSE_TAG if self.section == CLOSE_TAG else None


@dataclass
class ScriptDocument:
    """A script with what it tests, ready for the chat, Markdown and PDF renderers."""

    title: str
    vp_name: str
    topic: str | None
    hypotheses: list[tuple[str, str, bool]]  # (label, answer or why it is unclear, unclear)
    items: list[ScriptItem]
    notes: dict[Field, list[str]] = dataclass_field(default_factory=dict)  # per hypothesis


@dataclass(frozen=True)
class ScriptSection:
    """A run of consecutive items of one section, as a document shows it."""

    section: str
    title: str
    notes: list[str]  # for the founder, under the heading, for each newly tested hypothesis
    questions: list[tuple[int, str, str | None]]  # (number in the whole script, text, tag)


def shorten(answer: str | None, limit: int) -> str | None:
    """The answer on one line, without trailing punctuation, cut at a word; None if blank."""
    return clip(" ".join((answer or "").split()).rstrip(" .,;:!…"), limit) or None


def traits_of(prop: Proposition) -> SegmentTraits:
    """The segment's traits; none from a vague or missing answer (it is not quoted)."""
    return extract_traits(prop.usable(Field.SEGMENT))


def screening(traits: SegmentTraits) -> tuple[str, ...]:
    """Screening questions: the role always, then one per trait found, padded to the minimum."""
    if not traits.found():
        return ("role", "size", "circumstance")
    names = ["role"] + [name for name, _ in traits.found() if name != "role"]
    for extra in ("tenure", "circumstance"):  # open questions that assume no trait
        if len(names) < SCREENING_MIN and extra not in names:
            names.append(extra)
    return tuple(names)


def _question(key: str, topic: str, t: Gettext) -> str:
    text = t(key, topic=topic)
    if lint_question(text):  # the topic made the question leading: name the world neutrally
        return t(key, topic=t("script-topic-fallback"))
    return text


def build_script(prop: Proposition, topic: str, t: Gettext) -> list[ScriptItem]:
    """All questions of the script in order, each tagged with the hypothesis it tests."""
    return [
        ScriptItem(section, _question(f"script-q-{section}-{name}", topic, t), field)
        for section, field, names in BLOCKS
        for name in names or screening(traits_of(prop))
    ]


def unclear_note(prop: Proposition, field: Field, t: Gettext) -> str | None:
    """What the founder should listen for when a hypothesis is vague or missing."""
    reason = prop.unclear_reason(field)
    if reason is None:
        return None
    listen = t(f"script-listen-{field}")
    return t("script-unclear", label=t(label_key(field)), why=reason, listen=listen)


def hypothesis_notes(prop: Proposition, t: Gettext) -> dict[Field, list[str]]:
    """Per hypothesis, the notes shown above its first block."""
    notes: dict[Field, list[str]] = {}
    for field in FIELDS:
        unclear = unclear_note(prop, field, t)
        if unclear is not None:
            notes[field] = [unclear]
            continue
        answer = shorten(prop.usable(field), NOTE_LIMIT)
        notes[field] = [t("script-hypothesis", label=t(label_key(field)), answer=answer)]
        found = traits_of(prop).found() if field is Field.SEGMENT else []
        if found:
            listed = "; ".join(t(f"script-trait-{name}", value=value) for name, value in found)
            notes[field].append(t("script-traits", traits=listed))
    return notes


def build_document(
    prop: Proposition,
    t: Gettext,
    *,
    vp_name: str,
    topic: str | None,
    items: list[ScriptItem] | None = None,
) -> ScriptDocument:
    """The script as a document: freshly built unless the stored ``items`` are given."""
    hypotheses: list[tuple[str, str, bool]] = []
    for field in FIELDS:
        answer, unclear = prop.usable(field), unclear_note(prop, field, t)
        hypotheses.append((t(label_key(field)), answer or unclear or "", answer is None))
    if items is None:
        items = build_script(prop, topic or t("script-topic-fallback"), t)
    return ScriptDocument(
        title=t("script-document-title"),
        vp_name=vp_name,
        topic=topic,
        hypotheses=hypotheses,
        items=items,
        notes=hypothesis_notes(prop, t),
    )


def _title(section: str, t: Gettext) -> str:
    try:
        return t(f"script-section-{section}")
    except KeyError:  # a section this version has no title for: show the items untitled
        return ""


def sections(doc: ScriptDocument, t: Gettext) -> list[ScriptSection]:
    """Consecutive items grouped by section, numbered through the script, with notes."""
    result: list[ScriptSection] = []
    noted: set[Field] = set()
    for number, item in enumerate(doc.items, start=1):
        if not result or result[-1].section != item.section:
            result.append(ScriptSection(item.section, _title(item.section, t), [], []))
        if item.field is not None and item.field not in noted:
            noted.add(item.field)
            label = t(label_key(item.field))
            missing = [t("script-hypothesis-missing", label=label)]
            result[-1].notes.extend(doc.notes.get(item.field, missing))
        tag = t(f"script-tag-{item.tag}") if item.tag else None
        result[-1].questions.append((number, item.text, tag))
    return result
