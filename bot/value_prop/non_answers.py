"""Messages that are not answers: a question back, "I don't know", "back", "help".

Pure and data-driven: each kind is a list of whole-message phrases (the message is only that,
give or take filler words and punctuation) plus, for questions back, cue words that make a short
question about the question. An answer that merely contains "не знаю" («клиенты не знают, куда
звонить») is an answer, so phrases must match the whole message.
"""

import re
from typing import Literal

NonAnswer = Literal["question", "dont_know", "back", "help"]

# Words a founder adds around a non-answer without changing it ("а что писать?", "ну не знаю").
FILLERS = frozenset(
    (
        *("а", "ну", "и", "ой", "хм", "эм", "пока", "еще", "честно", "так", "вот", "мм", "блин"),
        *("so", "um", "hmm", "well", "yet", "honestly", "just", "oh", "er", "really", "please"),
        *("пожалуйста", "sorry", "извините"),
    )
)

# Whole-message phrases per kind, checked after fillers are dropped; both languages always
# apply (people mix them), ``lang`` only orders the check.
PHRASES: dict[NonAnswer, dict[str, tuple[str, ...]]] = {
    "back": {
        "ru": (
            *("назад", "вернуться", "вернись", "вернемся", "вернуться назад", "шаг назад"),
            *("предыдущий вопрос", "к предыдущему вопросу", "верни назад", "обратно"),
        ),
        "en": ("back", "go back", "previous", "previous question", "step back", "undo"),
    },
    "help": {
        "ru": ("помощь", "помоги", "помогите", "подсказка", "подскажи", "подскажите", "хелп"),
        "en": ("help", "help me", "hint", "need help", "i need help", "assist"),
    },
    "dont_know": {
        "ru": (
            *("не знаю", "я не знаю", "хз", "не уверен", "не уверена", "затрудняюсь"),
            *("затрудняюсь ответить", "без понятия", "понятия не имею", "сложно сказать"),
            *("не могу ответить", "не могу сказать", "не придумал", "не придумала", "не решил"),
            *("не решила", "даже не знаю", "не знаю что писать", "не знаю что ответить"),
        ),
        "en": (
            *("i don't know", "i dont know", "don't know", "dont know", "dunno", "idk"),
            *("no idea", "not sure", "i'm not sure", "im not sure", "no clue", "i have no idea"),
            *("hard to say", "can't say", "cant say", "not decided", "haven't decided"),
        ),
    },
    "question": {
        "ru": (
            *("не понимаю вопрос", "не понял вопрос", "не поняла вопрос", "непонятно", "пример"),
            *("нужен пример", "дай пример", "дайте пример", "приведи пример", "приведите пример"),
            *("не понимаю", "не понял", "не поняла", "что писать", "что тут писать"),
        ),
        "en": (
            *("i don't understand", "i dont understand", "don't understand the question"),
            *("example", "example please", "give me an example", "an example", "what do you mean"),
        ),
    },
}
KINDS: tuple[NonAnswer, ...] = ("back", "help", "dont_know", "question")

# A short message with a question mark (or starting with a question word) that contains one of
# these is a question about the question, not an answer to it.
QUESTION_CUES: dict[str, tuple[str, ...]] = {
    "ru": (
        *("пример", "что писать", "что сюда", "что тут", "что здесь", "что именно писать"),
        *("как ответить", "как отвечать", "что отвечать", "не понял", "не поняла", "не понимаю"),
        *("что имеется в виду", "что имеете в виду", "в смысле", "поясни", "объясни", "это как"),
    ),
    "en": (
        *("example", "what should i write", "what do i write", "what to write", "what goes"),
        *("what do you mean", "what does this mean", "don't understand", "dont understand"),
        *("how do i answer", "how should i answer", "explain", "clarify", "what is meant"),
    ),
}
QUESTION_WORDS = ("что", "как", "какой", "какую", "what", "how", "which", "can", "could")
MAX_QUESTION_WORDS = 12  # a longer message is an answer, even with "например" in it

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _words(text: str) -> list[str]:
    folded = text.lower().replace("ё", "е").replace("’", "'")
    return _WORD.findall(folded)


def _matches_phrase(words: list[str], kind: NonAnswer, order: tuple[str, ...]) -> bool:
    core = " ".join(word for word in words if word not in FILLERS)
    return bool(core) and any(core in PHRASES[kind].get(lang, ()) for lang in order)


def _is_question_back(text: str, words: list[str], order: tuple[str, ...]) -> bool:
    if not words or len(words) > MAX_QUESTION_WORDS:
        return False
    if "?" not in text and words[0] not in QUESTION_WORDS:
        return False
    joined = " ".join(words)
    return any(cue in joined for lang in order for cue in QUESTION_CUES.get(lang, ()))


def classify_non_answer(
    text: str, lang: str
) -> Literal["question", "dont_know", "back", "help"] | None:
    """What kind of non-answer ``text`` is, or None when it is (an attempt at) an answer."""
    words = _words(text)
    order = (lang, *(other for other in ("ru", "en") if other != lang))
    for kind in KINDS:
        if _matches_phrase(words, kind, order):
            return kind
    if _is_question_back(text, words, order):
        return "question"
    return None
