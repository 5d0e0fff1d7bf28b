"""Cues of a situation that names no moment: "when" followed by a need or a difficulty only."""

import re

# What may follow "when" without naming a moment: a need, a wish, a difficulty, "it comes up".
_VAGUE_CLAUSE = (
    *("необходим", "нужн", "надо", "потребност", "проблем", "сложн", "трудн", "тяжел", "неудобн"),
    *("не хватает", "нехватк", "что-то ид", "что-то не так", "что-то случ", "хочется", "хотят"),
    *("захочет", "захотят", "появляется желани", "возникает вопрос", "возникает"),
    *("есть потребност", "есть необходим", "есть запрос", "есть возможност", "нет времени"),
    *("мало времени", "завал", "аврал", "горит", "плохо", "тяжко", "загруж", "need", "needed"),
    *("necessary", "it comes up", "comes up", "it gets", "things get", "hectic", "busy"),
    *("stressful", "hard", "difficult", "tough", "problem", "issue", "something goes wrong"),
    *("things go wrong", "inconvenient", "short on time", "не справля", "требует", "помощь"),
    *("стресс", "can't cope", "cannot cope", "stress", "overwhelm", "help", "they want", "want"),
    *("wants", "in the mood", "it matters", "required", "it's time"),
)
_STARTERS = (
    r"(?:когда|если|как только|в моменты?|в минуты|в ситуациях|when|whenever|if|as soon as"
    r"|in moments of|at times of|in times of)"
)
# "When" + up to four words + a vague clause word, to the end of that clause.
VAGUE_WHEN = re.compile(
    rf"(?<![^\W_]){_STARTERS}\s+(?:[^\s,.;!?]+\s+){{0,4}}?"
    rf"(?:{'|'.join(re.escape(cue) for cue in _VAGUE_CLAUSE)})[^,.;!?]*"
)
