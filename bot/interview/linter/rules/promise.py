"""Rule future_promise: asking for a promise to buy, sign up or use the product once it exists."""

from bot.interview.linter.cues import REFERRAL
from bot.interview.linter.match import YOU, AnyOf, Rule, compile_any
from bot.interview.linter.morph import VerbRule

# The moment the product comes out: "когда запустимся", "как только выйдет", "если откроемся".
# Said of "we" or of the product, not of the person asked ("когда вы откроете точку" is theirs).
_RU_LAUNCH = (
    r"(?:запуст|выйд|выпуст|откро|заработа|старту)\S*?(?:им|ем|имся|емся|ет|ит|ется|ится|ут|ят)"
    r"\b|будет\s+готов\S*|(?<=только\s)появ\S*"
)
_EN_YOU_WILL = (
    rf"(?:(?:will|would)\s+{YOU}|{YOU}'?ll)\s+(?:\S+\s+)?(?:sign\s+up|buy|pay|use|try|join|"
    r"subscribe|switch|pre-?order|become|order|book|come\s+back|give\s+it|upgrade|tell|recommend|"
    r"refer)\b"
)
_EN_LAUNCH = (
    r"\b(?:when|once|as\s+soon\s+as|if|after)\s+(?:we|it|it'?s|this|the\s+\S+)\s+(?:\S+\s+)?"
    r"(?:launch\S*|ship\S*|build|built|release\S*|ready|out|live|open\S*|add|support|finish|"
    r"integrate)\b"
)

_PROMISE_WORDS = Rule(
    hits=compile_any(
        # "обещаете попробовать?", "можно на вас рассчитывать?", "станете нашим клиентом?".
        r"\b(?:по)?обеща(?:ете|йте|ешь|й)\b|\bдадите\s+слово\b",
        r"\b(?:можно|могу|можем|могли\s+бы)\s+(?:ли\s+)?(?:я\s+|мы\s+)?(?:на\s+(?:вас|тебя)\s+)?"
        r"рассчитывать\b",
        r"\bготов\S*\s+(?:ли\s+)?(?:вы\s+)?(?:стать|подписаться|записаться|подключиться|перейти|"
        r"оформить|сделать\s+предзаказ|внести\s+предоплату)\b",
        r"\bстан(?:ете|ешь|ь)\s+(?:\S+\s+){0,2}?(?:клиент|покупател|пользовател|подписчик|заказчик|"
        r"участник)\S*",
        # "can I count on you", "would you commit to", "will you buy it once it's ready?".
        rf"\b(?:promise|swear)\s+(?:me\s+|us\s+)?(?:{YOU}'?ll|{YOU}\s+will|to|that)\b",
        rf"\b(?:can|could|would|will)\s+{YOU}\s+(?:promise|commit)\b",
        r"\bcommit\s+to\s+(?:using|buying|trying|paying|signing|a\s+pilot)\b",
        rf"\b(?:count|rely|bank)\s+on\s+(?:{YOU}|your)\b",
        r"\b(?:can|could|may|shall)\s+(?:i|we)\s+(?:put|sign|pencil|mark)\s+(?:you|u)\s+"
        r"(?:down|up|in)\b",
        rf"\b{_EN_YOU_WILL}[^.?!]*{_EN_LAUNCH}",
        rf"{_EN_LAUNCH}[^.?!]*\b{_EN_YOU_WILL}",
    ),
    unless=REFERRAL,
)

FUTURE_PROMISE = AnyOf(
    (
        _PROMISE_WORDS,
        # A Russian "you will" verb (by morphology) right after "точно": "вы точно купите?".
        VerbRule(cue=compile_any(r"\bточно\b"), near=1, unless=REFERRAL),
        # ... or in a sentence about the launch: "подпишетесь, когда мы запустимся?".
        VerbRule(
            cue=compile_any(
                rf"\b(?:когда|как\s+только|если|после\s+того)\s+(?:\S+\s+){{0,2}}?"
                rf"(?:{_RU_LAUNCH})"
            ),
            unless=REFERRAL,
        ),
    )
)
