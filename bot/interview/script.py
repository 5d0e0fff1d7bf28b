"""The problem interview script, built from the five answers and the locale templates (pure)."""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.value_prop.card import Gettext
from bot.value_prop.questions import FIELDS, Field, label_key

# Section ids in interview order; titles are the `script-section-<id>` locale keys.
SECTIONS: tuple[str, ...] = (
    "opening",
    "qualifying",
    "situation",
    "problem",
    "workaround_cost",
    "benefit",
    "control",
    "commitment",
    "close",
)

# Per section: how many `script-q-<section>-<n>` templates it has and the hypothesis they test.
PLAN: Mapping[str, tuple[int, Field | None]] = {
    "opening": (2, None),
    "qualifying": (3, Field.SEGMENT),
    "situation": (3, Field.SITUATION),
    "problem": (3, Field.PROBLEM),
    "workaround_cost": (4, Field.PROBLEM),  # what the problem costs today tests how real it is
    "benefit": (3, Field.BENEFIT),
    "control": (3, Field.CONTROL),
    "commitment": (3, None),
    "close": (2, None),
}

# Questions that quote one of the founder's answers as `{ $<field> }`; when the answer is
# missing, the `<key>-generic` template (no variables) is used instead.
QUOTING: Mapping[tuple[str, int], Field] = {("situation", 1): Field.SITUATION}

QUOTE_LIMIT = 160  # characters of an answer quoted inside a question
NOTE_LIMIT = 240  # characters of an answer repeated in a section's hypothesis note


@dataclass(frozen=True)
class ScriptItem:
    """One line of the script, said or asked by the founder."""

    section: str  # one of SECTIONS, or a section added later (e.g. the founder's own questions)
    text: str  # plain text, not escaped for any markup
    field: Field | None = None  # the hypothesis this question tests


@dataclass
class ScriptDocument:
    """A script with what it tests, ready for the Markdown and PDF renderers."""

    title: str
    vp_name: str
    hypotheses: list[tuple[str, str | None]]  # (label, answer) in FIELDS order; None = missing
    items: list[ScriptItem]


@dataclass(frozen=True)
class ScriptSection:
    """A run of consecutive items of one section, as a document shows it."""

    section: str
    title: str
    notes: list[str]  # "testing the hypothesis …" for the founder, one per newly tested field
    questions: list[tuple[int, str]]  # (number in the whole script, text)


def shorten(answer: str | None, limit: int) -> str | None:
    """The answer on one line, without trailing punctuation, cut at a word; None if blank."""
    flat = " ".join((answer or "").split()).rstrip(" .,;:!…")
    if not flat:
        return None
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if (space := cut.rfind(" ")) > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:!-–—") + "…"


def build_script(answers: Mapping[Field, str | None], t: Gettext) -> list[ScriptItem]:
    """All questions of the script in order; missing answers get the generic variants."""
    items: list[ScriptItem] = []
    for section in SECTIONS:
        count, field = PLAN[section]
        for number in range(1, count + 1):
            key = f"script-q-{section}-{number}"
            quoted = QUOTING.get((section, number))
            if quoted is None:
                text = t(key)
            elif (answer := shorten(answers.get(quoted), QUOTE_LIMIT)) is None:
                text = t(f"{key}-generic")
            else:
                text = t(key, **{quoted.value: answer})
            items.append(ScriptItem(section=section, text=text, field=field))
    return items


def build_document(
    answers: Mapping[Field, str | None], t: Gettext, *, vp_name: str
) -> ScriptDocument:
    """A freshly generated script as a document."""
    return ScriptDocument(
        title=t("script-document-title"),
        vp_name=vp_name,
        hypotheses=[(t(label_key(field)), answers.get(field)) for field in FIELDS],
        items=build_script(answers, t),
    )


def _title(section: str, t: Gettext) -> str:
    try:
        return t(f"script-section-{section}")
    except KeyError:  # a section this version has no title for: show the items untitled
        return ""


def _note(doc: ScriptDocument, field: Field, t: Gettext) -> str:
    index = FIELDS.index(field)
    label, answer = doc.hypotheses[index] if index < len(doc.hypotheses) else ("", None)
    text = shorten(answer, NOTE_LIMIT)
    if text is None:
        return t("script-hypothesis-missing", label=label)
    return t("script-hypothesis", label=label, answer=text)


def sections(doc: ScriptDocument, t: Gettext) -> list[ScriptSection]:
    """Consecutive items grouped by section, numbered through the script, with notes."""
    result: list[ScriptSection] = []
    noted: set[Field] = set()
    for number, item in enumerate(doc.items, start=1):
        if not result or result[-1].section != item.section:
            result.append(ScriptSection(item.section, _title(item.section, t), [], []))
        if item.field is not None and item.field not in noted:
            noted.add(item.field)
            result[-1].notes.append(_note(doc, item.field, t))
        result[-1].questions.append((number, item.text))
    return result
