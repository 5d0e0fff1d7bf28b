"""A question of a revision: the previous version's answer and what customers said about it."""

from bot.i18n import Translator
from bot.value_prop.questions import Field
from bot.value_prop.render import quote_short
from bot.value_prop.versions.service import PriorVersion

WORD_LIMIT = 160  # characters of one customer's words under a question


def previous_block(t: Translator, previous: PriorVersion, field: Field) -> str:
    """HTML: the previous answer (or that it was skipped), customers' words, the way on."""
    answer = previous.answers.get(field)
    if answer is None or answer.skipped or not (answer.text or "").strip():
        parts = [t("vp-prev-skipped", version=previous.version)]
    else:
        shown = quote_short(answer.text or "", 400)
        parts = [t("vp-prev-answer", version=previous.version, answer=shown)]
    words = previous.words.get(field, ())
    if words:
        lines = [t("vp-prev-words-title")]
        for word in words:
            verdict = t("vp-prev-verdict", verdict=word.verdict or "none")
            respondent = quote_short(word.respondent, 60)
            if word.outside:
                respondent = t("vp-prev-outside", respondent=respondent)
            who = {"respondent": respondent, "verdict": verdict}
            if word.quote:
                lines.append(t("vp-prev-word", **who, said=quote_short(word.quote, WORD_LIMIT)))
            elif word.notes:  # the founder's paraphrase, labelled as such
                notes = quote_short(word.notes, WORD_LIMIT)
                lines.append(t("vp-prev-word-notes", **who, notes=notes))
            else:
                lines.append(t("vp-prev-word-bare", **who))
        parts.append("\n".join(lines))
    elif previous.interviews:
        parts.append(t("vp-prev-no-words"))
    if answer is not None:
        parts.append(t("vp-prev-way"))
    return "\n\n".join(parts)


def can_keep(previous: PriorVersion | None, field: Field) -> bool:
    """Whether "keep the previous answer" makes sense for ``field``."""
    return previous is not None and field in previous.answers
