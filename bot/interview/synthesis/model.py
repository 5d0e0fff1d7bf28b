"""The data of an interview synthesis (records in, evidence out) and the rule's constants."""

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from bot.value_prop.questions import Field

VERDICTS = ("confirmed", "partly", "refuted", "unclear")
COUNTED = ("confirmed", "partly", "refuted")  # "unclear" and skipped do not count as tested
COMMITMENTS = ("none", "time", "reputation", "money")
SEGMENT_FITS = ("yes", "partly", "no")
STATUSES = ("untested", "testing", "supported", "refuted", "mixed")

MIN_TESTED = 5  # interviews with a counted verdict before a hypothesis gets a conclusion
SUPPORTED_SHARE = Fraction(7, 10)  # weight of "confirmed" / weight of counted verdicts
REFUTED_SHARE = Fraction(1, 2)  # weight of "refuted" / weight of counted verdicts
# How much one interview's verdicts weigh, by the strongest commitment the customer gave:
# money > time > reputation > none.
COMMITMENT_WEIGHTS: Mapping[str, int] = {"none": 1, "reputation": 2, "time": 3, "money": 4}
# People outside the segment cannot tell whether the segment has this problem in this situation.
SEGMENT_BOUND: tuple[Field, ...] = (Field.PROBLEM, Field.SITUATION)

# The status rule in words, for the README and anyone asking "why does it say mixed?".
STATUS_RULE = (
    "A hypothesis counts as tested in an interview when the founder's verdict was confirmed, "
    "partly or refuted; unclear and skipped ones do not count, and interviews with people "
    'outside the segment (fit "no") do not count for the problem and the situation. '
    f"With no tested interviews it is untested; with 1–{MIN_TESTED - 1} it is still being "
    f"tested. From {MIN_TESTED} on, each interview's verdict weighs by the customer's "
    "commitment (none 1, reputation 2, time 3, money 4): the hypothesis is supported when "
    f"confirmations carry at least {round(100 * SUPPORTED_SHARE)}% of the weight, refuted "
    f"when refutations carry at least {round(100 * REFUTED_SHARE)}%, and mixed otherwise."
)


@dataclass(frozen=True)
class HypothesisNote:
    """One hypothesis in one interview: the founder's notes, the customer's own words and
    the verdict (None = not discussed)."""

    said: str | None  # the founder's notes (a paraphrase)
    verdict: str | None  # one of VERDICTS
    quote: str | None = None  # the customer's own words


@dataclass(frozen=True)
class InterviewRecord:
    """One finished interview, as the synthesis sees it."""

    alias: str
    segment_fit: str  # one of SEGMENT_FITS
    findings: Mapping[Field, HypothesisNote]
    commitment: str  # one of COMMITMENTS


@dataclass(frozen=True)
class Evidence:
    """What one customer gave on one hypothesis: their words (or the founder's notes)."""

    alias: str
    verdict: str  # one of VERDICTS
    quote: str | None  # the customer's own words, clipped
    notes: str | None  # the founder's paraphrase, clipped; shown only labelled as notes
    commitment: str  # one of COMMITMENTS
    weak: bool  # a confirmation with neither a quote nor a past fact


@dataclass(frozen=True)
class FieldSynthesis:
    """One hypothesis against the evidence: "you said" beside "customers said"."""

    field: Field
    hypothesis: str | None  # the founder's answer; None if missing
    counts: dict[str, int]  # per verdict (every one of VERDICTS), counted interviews only
    tested: int  # interviews whose verdict counts for this hypothesis
    status: str  # one of STATUSES
    support: list[Evidence]  # confirmed or partly
    against: list[Evidence]  # refuted
    outside: list[Evidence]  # people outside the segment on problem/situation, not voting
    weak: int  # confirmations that are weak evidence

    @property
    def quotes(self) -> list[str]:
        """The customers' own words, for then against (never the founder's notes)."""
        return [e.quote for e in (*self.support, *self.against) if e.quote]


@dataclass(frozen=True)
class Synthesis:
    """Every hypothesis in FIELDS order, plus what the interviews gave overall."""

    fields: list[FieldSynthesis]
    interviews: int
    commitments: dict[str, int]  # per COMMITMENTS value
    segment_fit: dict[str, int]  # per SEGMENT_FITS value
    outside: list[str]  # aliases of people outside the segment
    contradictions: list[str]  # fit "yes" yet the segment hypothesis refuted
