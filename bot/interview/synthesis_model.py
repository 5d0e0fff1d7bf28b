"""The data of an interview synthesis (records in, evidence out) and its status thresholds."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from bot.value_prop.questions import Field

VERDICTS = ("confirmed", "partly", "refuted", "unclear")
COMMITMENTS = ("none", "time", "reputation", "money")
SEGMENT_FITS = ("yes", "partly", "no")
STATUSES = ("untested", "testing", "supported", "refuted", "mixed")

MIN_TESTED = 5  # interviews with a verdict before a hypothesis gets a conclusion
SUPPORTED_SHARE = Fraction(7, 10)  # confirmed / tested needed for "supported"
REFUTED_SHARE = Fraction(1, 2)  # refuted / tested needed for "refuted"

# The status rule in words, for the README and anyone asking "why does it say mixed?".
STATUS_RULE = (
    "A hypothesis counts as tested in an interview when the founder gave it a verdict "
    "(confirmed, partly, refuted or unclear); skipped ones do not count. "
    f"With no such interviews it is untested; with 1–{MIN_TESTED - 1} it is still being tested. "
    f"From {MIN_TESTED} interviews on it is supported when at least "
    f"{round(100 * SUPPORTED_SHARE)}% of them confirmed it, refuted when at least "
    f"{round(100 * REFUTED_SHARE)}% refuted it, and mixed otherwise."
)


@dataclass(frozen=True)
class HypothesisNote:
    """What a customer said about one hypothesis and the founder's verdict (None = skipped)."""

    said: str | None
    verdict: str | None  # one of VERDICTS


@dataclass(frozen=True)
class InterviewRecord:
    """One finished interview, as the synthesis sees it."""

    alias: str
    held_on: date
    segment_fit: str  # one of SEGMENT_FITS
    findings: Mapping[Field, HypothesisNote]
    key_quote: str | None
    commitment: str  # one of COMMITMENTS
    next_step: str | None


@dataclass(frozen=True)
class FieldSynthesis:
    """One hypothesis against the evidence."""

    field: Field
    hypothesis: str | None  # the founder's answer; None if missing
    counts: dict[str, int]  # per verdict, every one of VERDICTS present
    tested: int  # interviews with a verdict for this hypothesis
    status: str  # one of STATUSES
    quotes: list[str]  # plain text, at most MAX_QUOTES


@dataclass(frozen=True)
class Synthesis:
    """Every hypothesis in FIELDS order, plus what the interviews gave overall."""

    fields: list[FieldSynthesis]
    interviews: int
    commitments: dict[str, int]  # per COMMITMENTS value
    segment_fit: dict[str, int]  # per SEGMENT_FITS value
