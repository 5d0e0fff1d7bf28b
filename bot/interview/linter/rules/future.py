"""Rule future_hypothetical: asking what someone would or will do instead of what they did."""

from bot.interview.linter.cues import REFERRAL
from bot.interview.linter.match import YOU, AnyOf, Rule, compile_any
from bot.interview.linter.morph import VerbRule

# A condition about a world that does not exist yet: "если у вас появится", "если мы сделаем".
_RU_IF_FUTURE = (
    r"\bесли\s+(?:\S+\s+){0,3}?(?:будет|будут|появит\S*|появят\S*|сделаем|создадим|"
    r"предложим|запустим|добавим|дадим|выпустим|разработаем)\b"
)
# English conditionals and futures addressed to the interviewee.
_EN_WOULD = (
    rf"\bwould(?:n'?t)?\s+(?:{YOU}|your|it|this|that|they|anyone|people|such)\b",
    rf"\b(?:{YOU}|we|they)'?d\s+(?:\S+\s+)?(?:use|pay|buy|try|switch|want|like|need|be|consider|"
    r"sign|recommend|prefer|find|spend|love|choose|subscribe|get)\b",
    rf"\bwill\s+(?:{YOU}|your|it|this|that|they)\b",
    r"\b(?:who|what|which|how many|how often)\s+(?:\S+\s+)?will\b",
    r"\bcould\s+(?:this|it|that)\s+(?:work|help|be)\b",
    rf"\b(?:are|r)\s+{YOU}\s+(?:going|gonna|planning|likely|about)\s+to\b",
    rf"\b{YOU}\s+gonna\b",
    r"\bhow likely\b",
    rf"\b(?:do|can|could)\s+{YOU}\s+see\s+(?:{YOU}rself|yourself|your\s+(?:\S+\s+)?\S+\s+\S+ing)\b",
    rf"\bdo\s+{YOU}\s+(?:plan|intend)\s+to\b",
    rf"\bdo\s+{YOU}\s+want\s+(?:a|an|something|this|it|to\s+(?:use|try|buy|have|get|switch))\b",
)
_EN_IF = (
    r"\bif\s+(?:there|it)\s+were\b",
    r"\bif\s+there\s+(?:was|is)\s+(?:a|an|some)\s+(?:\S+\s+)?(?:tool|app|service|product|way|"
    r"solution|platform|software|bot)\b",
    r"\bif\s+(?:it|this|that|such a \S+)\s+existed\b",
    r"\bif\s+(?:we|i)\s+(?:built|made|offered|created|launched|gave|had|could|were to)\b",
    rf"\bif\s+{YOU}\s+(?:could|had\s+(?:a|an|some|access))\b",
    r"\bwhat if\s+(?:we|i|there|you could|you had)\b",
    r"\b(?:imagine|suppose|supposing|hypothetically|someday|let'?s say)\b",
    r"\bin the future\b",
)

_HYPOTHETICAL_WORDS = Rule(
    hits=compile_any(
        # "бы": "стали бы", "купили-бы", "если бы", "вы бы"; the colloquial "б" after a verb.
        r"(?<![^\W_])бы(?![^\W_])",
        r"\b\w+л[иао]?[\s-]+б(?![^\W_])",
        r"\b(?:будете|будите|будешь|будет ли|будут ли|будем ли|хотите ли)\b",
        r"\bпланиру(?:ете|ешь)\b",
        _RU_IF_FUTURE,
        r"\b(?:представьте|представим|допустим|предположим|гипотетически|когда-нибудь)\b",
        r"\bв будущем\b",
        r"\b(?:кто|что|как|сколько|когда)\s+(?:\S+\s+){0,2}?будет\s+(?:\S+\s+)?\S+(?:ть|ться)\b",
        # After a pitch: "..., хотите попробовать?", "Want to try it?".
        r"(?:^|[.!?,:]\s*|[-—]\s+)хотите\s+(?:\S+\s+)?(?:попробовать|воспользоваться|купить|"
        r"подключить\S*|протестировать)\b",
        rf"(?:^|[.!?,:]\s*|[-—]\s+)(?:do\s+{YOU}\s+)?(?:want|wanna)\s+(?:to\s+)?(?:try|use|test|"
        r"join|buy)\b",
        *_EN_WOULD,
        *_EN_IF,
    ),
    exempt=compile_any(
        # Not a hypothetical: "хотя бы", a polite request, the interviewer's own wish to learn.
        r"\b(?:хотя|как|кто|что|где|когда)\s+бы\s+ни\b",
        r"\b(?:хотя|как)\s+бы\b",
        r"\b(?:не\s+)?(?:могли|можете|смогли)\s+бы\s+(?:вы\s+)?(?:мне\s+|нам\s+)?(?:рассказ|показ|"
        r"опис|вспомн|подел|поясн|уточн|объясн|привест|назва|прислать)\S*",
        r"\bхотел\S*\s+бы\s+(?:\S+\s+)?(?:узнать|спросить|уточнить|понять|поговорить|обсудить|"
        r"расспросить)\b",
        rf"\bwould\s+{YOU}\s+(?:mind|please|be able to|be so kind)\b",
        rf"\bwould\s+{YOU}\s+be\s+(?:open|up|free|available)\s+(?:to|for)\s+(?:a\s+|another\s+)?"
        r"(?:follow-?up|call|chat|talk|meeting|quick)\b",
        # Closing courtesy: "anything else you'd like to add?".
        rf"\b(?:{YOU}'?d|would\s+{YOU})\s+like\s+to\s+(?:add|share|mention|say|ask)\b",
        rf"\bwould\s+{YOU}\s+(?:tell|show|walk|describe|explain)\s+(?:me|us)\b",
        # "wouldn't you agree" is a leading question, reported by that rule.
        rf"\bwould(?:n'?t)?\s+{YOU}\s+(?:\S+\s+)?agree\b",
        rf",\s*(?:would|will)n'?t\s+(?:{YOU}|it|they)\s*\??\s*$",
    ),
    unless=REFERRAL,
)

FUTURE_HYPOTHETICAL = AnyOf(
    (
        _HYPOTHETICAL_WORDS,
        # Russian second-person futures found by morphology ("воспользуетесь", "перейдёте"),
        # except polite requests ("покажете?", "расскажете?").
        VerbRule(requests_count=False, unless=REFERRAL),
    )
)
