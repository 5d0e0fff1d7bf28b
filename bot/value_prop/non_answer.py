"""Non-answers to a question: a question back, "не знаю", "назад", "help" (pure, no I/O).

The dialogue answers them (the hint and an example, or the back action) and stores nothing.
An answer that merely starts like one («не знаю точно, но думаю, это владельцы кофеен») is an
answer: a non-answer is short and carries nothing beyond its cue.
"""

import re
from enum import StrEnum

from bot.value_prop.checks.text import normalise


class NonAnswer(StrEnum):
    """What the founder sent instead of an answer."""

    QUESTION = "question"
    DONT_KNOW = "dont_know"
    BACK = "back"
    HELP = "help"


# Whole messages (after dropping punctuation, emoji and polite fillers) that are only a cue.
_CUES: dict[NonAnswer, tuple[str, ...]] = {
    NonAnswer.BACK: (
        *("назад", "обратно", "вернуться", "вернись", "вернуться назад", "давай обратно"),
        *("давай назад", "шаг назад", "вернуться к предыдущему вопросу", "предыдущий шаг"),
        *("к предыдущему вопросу", "предыдущий вопрос", "back", "go back", "undo"),
        *("previous question", "go back to the previous question", "previous step"),
        "back to the previous question",
    ),
    NonAnswer.HELP: (
        *("помощь", "помогите", "помоги", "хелп", "нужна помощь", "help", "help me", "sos"),
        *("need help", "i need help"),
    ),
    NonAnswer.DONT_KNOW: (
        *("не знаю", "незнаю", "хз", "х з", "без понятия", "понятия не имею", "пока не решил"),
        *("пока не решила", "не решил", "не решила", "не уверен", "не уверена", "затрудняюсь"),
        *("пока не уверен", "пока не уверена"),
        *("затрудняюсь ответить", "сложно сказать", "еще не думал", "еще не думала"),
        *("не думал", "пока не знаю", "даже не знаю", "idk", "i dont know", "i don t know"),
        *("dont know", "don t know", "dunno", "not sure", "not sure yet", "no idea"),
        *("no clue", "haven t decided", "havent decided", "not decided yet", "hard to say"),
        *("haven t thought about it", "havent thought about it", "i m not sure", "im not sure"),
    ),
}
# Words that may trail a cue without making it an answer ("не знаю пока", "not sure tbh").
_TRAIL = r"(?: (?:об этом|пока|еще|yet|about it|tbh|honestly|честно))*"
_EXACT = {
    kind: re.compile(
        rf"^(?:{'|'.join(sorted(map(re.escape, cues), key=len, reverse=True))}){_TRAIL}$"
    )
    for kind, cues in _CUES.items()
}
# A question about the question itself: it asks what to write, for an example, for a hint.
_META_QUESTION = re.compile(
    r"что (?:сюда |тут |здесь )?(?:писать|написать|отвечать|ответить)|можно пример"
    r"|(?:дай|дайте|приведи|приведите|покажи|покажите|нужен|есть) (?:\w+ )?пример"
    r"|give (?:me )?(?:an )?example|any examples?|show (?:me )?an example|examples? please"
    r"|имеется в виду|имеете в виду|не понял|не поняла|не понимаю|подсказ\w*|как (?:правильно )?"
    r"ответить|как отвечать|про кого|о ком|о чем (?:это|вопрос)|что значит|что это значит"
    r"|what (?:should|do|can) i (?:write|put|say|answer)|what do you mean|what does .* mean"
    r"|i don t get|i dont get|don t understand|dont understand|hint"
    r"|how (?:am i supposed|do i|should i) (?:to )?answer|who is this about"
    r"|what is this about|what s this about|can you explain"
)
# "Пример?" / "an example?" asked on its own, not "for example, dentists".
_EXAMPLE = re.compile(r"(?<!\S)(?:пример\w{0,2}|examples?)(?!\S)")
_FILLER = re.compile(r"(?<!\S)(?:пожалуйста|плиз|pls|please|plz|ну|эм|ээ|хм|hmm|um|ok|ок)(?!\S)")
_MAX_WORDS = 8
# A question back may run longer ("what should I write here? can I see an example?") when it
# ends with a question mark.
_MAX_QUESTION_WORDS = 14


def _bare(text: str) -> str:
    """Lowercase letters and digits only, fillers dropped, single spaces."""
    letters = re.sub(r"[^\w\s]|_", " ", normalise(text))
    return " ".join(_FILLER.sub(" ", letters).split())


def non_answer_kind(text: str) -> NonAnswer | None:
    """The kind of non-answer ``text`` is, or None when it is (or may be) an answer."""
    bare = _bare(text)
    words = len(bare.split())
    asks = text.rstrip().endswith("?")
    if not bare or words > (_MAX_QUESTION_WORDS if asks else _MAX_WORDS):
        return None
    for kind, cue in _EXACT.items():
        if words <= _MAX_WORDS and cue.match(bare):
            return kind
    if _META_QUESTION.search(bare) or (asks and _EXAMPLE.search(bare)):
        return NonAnswer.QUESTION
    return None
