"""Benefit check: the benefit restates the problem as solved, or is generic ("удобство").

A generic benefit ("сэкономят время", "more convenience") could be said of any product; the
coaching asks what exactly changes for this customer, which differs from "repeats the problem".
"""

from bot.value_prop.checks.morph import tokens
from bot.value_prop.checks.rules import benefit as rules
from bot.value_prop.checks.text import normalise, pattern, same_stem, starts, stem, words

# Share of the benefit's words already in the problem answer from which it is a restatement;
# exactly half counts only with two or more repeated words ("довольные клиенты" is not a repeat).
OVERLAP_LIMIT = 0.5
_MIN_REPEATED_AT_LIMIT = 2
_MIN_WORD = 3

# Words carrying no meaning of their own here: negations, auxiliaries, pronouns.
_NEUTRAL = frozenset(
    {
        *("они", "их", "им", "них", "мы", "вы", "это", "этот", "эта", "эти", "этого", "тот"),
        *("для", "что", "чтобы", "как", "так", "все", "всё", "весь", "вся", "уже", "еще"),
        *("нет", "без", "или", "при", "про", "под", "над", "изза", "из-за", "того", "тем"),
        *("будут", "будет", "быть", "стали", "станут", "станет", "перестанут", "перестает"),
        *("больше", "меньше", "более", "менее", "очень", "также", "тоже", "когда", "свои"),
        *("свой", "своих", "своим", "наш", "наши", "нам", "нас", "вам", "вас", "себя", "сам"),
        *("the", "and", "for", "with", "they", "them", "their", "theirs", "will", "would"),
        *("not", "don't", "doesn't", "won't", "no", "longer", "anymore", "any", "more"),
        *("less", "fewer", "have", "has", "had", "can", "could", "be", "been", "are", "is", "was"),
        *("were", "stop", "stops", "that", "this", "these", "those", "from", "into", "about"),
        *("our", "your", "you", "its", "it's", "also", "very", "get", "gets", "so", "too"),
        *("never", "because", "than", "then", "there", "what", "when", "which", "who"),
    }
)

# "Боль" (pain) in its forms, but not "больше" (more).
_PAIN_RU = r"бол(?:ь|и|ью|ей)(?![^\W_])"
# Phrases that say "the problem is gone" and nothing else.
_SOLVED = pattern(
    # "решим их проблему", "решение своей проблемы", "solve their problem", "fixes the issue"
    r"(?<![^\W_])(?:реш|избав|закро|закрыв|solv|fix|resolv|get rid)\w*(?:\s+\S+){0,2}?\s+"
    rf"(?:проблем|{_PAIN_RU}|problem|issue|pain)",
    # "проблема с адаптацией исчезнет", "the problem goes away", "issue is resolved"
    rf"(?<![^\W_])(?:проблем|{_PAIN_RU}|problem|issue|pain)\w*(?:\s+\S+){{0,2}}?\s+"
    r"(?:будет\s+|is\s+|gets\s+|will\s+be\s+)?"
    r"(?:реш|исчез|уйд|пропад|закро|solved|fixed|resolved|gone|goes away|disappear)",
    # "проблем не будет", "no longer have the problem", "no more problem"
    starts(
        *("проблемы не будет", "проблем не будет", "не будет проблем", "больше не будет"),
        *("no longer have the problem", "no longer have this problem", "won't have the problem"),
        *("won't have this problem", "no more problem", "no more issue"),
    ),
)

# Gains beyond the solved problem: money, growth, calm, status, time spent on something else.
_GAIN = pattern(
    starts(
        *("выручк", "доход", "прибыл", "заработ", "рост", "вырас", "растут", "масштаб", "расшир"),
        *("освобод", "освобожд", "высвобод", "раст", "спокой", "уверен", "статус", "репутац"),
        *("престиж", "горд", "свобод", "семь", "отдых", "на что", "потратить на", "вместо"),
        *("открыть", "повышени", "карьер", "привлек", "attract", "лояльн", "рекоменд", "revenue"),
        *("income", "profit", "earn", "grow", "scale", "expand", "free up", "freed", "frees"),
        *("calm", "peace of mind", "confiden", "status", "reputation", "proud", "pride", "family"),
        *("vacation", "weekend", "instead", "so they can", "focus on", "promot", "career"),
        *("bonus", "loyal", "recommend", "spend it on", "more time for", "time for", "time with"),
    )
)


def _stems(text: str) -> list[str]:
    parts = (part for word in words(text) for part in word.split("-"))
    return [
        stem(part)
        for part in parts
        if part not in _NEUTRAL and (len(part) >= _MIN_WORD or part.isdigit())
    ]


REPEATS = "benefit_repeats_problem"
GENERIC = "benefit_generic"


def benefit_is_generic(text: str) -> bool:
    """True when every meaningful word is a stock benefit and nothing is counted or named."""
    normal = normalise(text)
    if any(char.isdigit() for char in normal):
        return False
    content = [
        token
        for token in tokens(normal)
        if token.lemma not in rules.FUNCTION and token.word not in _NEUTRAL
    ]
    return all(token.lemma in rules.GENERIC for token in content)


def benefit_reasons(text: str, problem: str | None) -> list[str]:
    """Reason ids for the benefit: generic, or a restatement of the problem; empty when fine."""
    if benefit_is_generic(text):
        return [GENERIC]
    return [REPEATS] if benefit_repeats_problem(text, problem) else []


def benefit_repeats_problem(text: str, problem: str | None) -> bool:
    """True when the benefit restates the problem (as solved) and adds no gain of its own."""
    benefit = normalise(text)
    problem_text = normalise(problem or "")
    if any(gain.group() not in problem_text for gain in _GAIN.finditer(benefit)):
        return False  # a gain of its own, one the problem answer does not already use
    if _SOLVED.search(benefit):
        return True
    benefit_stems = _stems(benefit)
    problem_stems = _stems(problem_text)
    if not benefit_stems or not problem_stems:
        return False
    repeated = sum(
        any(same_stem(word, other) for other in problem_stems) for word in benefit_stems
    )
    share = repeated / len(benefit_stems)
    return share > OVERLAP_LIMIT or (share == OVERLAP_LIMIT and repeated >= _MIN_REPEATED_AT_LIMIT)
