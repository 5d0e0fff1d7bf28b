"""Patterns of fluff in a customer's words: compliments, future promises, generalities."""

from bot.interview.linter.cues import PAST_ANCHOR
from bot.interview.linter.match import GAP1, Rule, compile_any

# What is being praised: "идея", "штука", "задумка"; "idea", "concept".
_RU_IDEA = (
    r"(?:иде[яиюей]|штук[аиу]|штуковин\S*|задумк[аиу]|концепци\S*|вещ[ьи]|тем[аыу]|темк\S*|"
    r"проект\S*|стартап\S*)\b"
)
_RU_PRAISE = (
    r"(?:отличн|классн|крут|прикольн|замечательн|гениальн|шикарн|потрясающ|интересн|хорош|"
    r"полезн|клев|здоров|годн|нужн|правильн|стоящ|перспективн|удобн|понятн|красив)\S*"
)
_EN_PRAISE = (
    r"(?:great|good|nice|cool|brilliant|awesome|amazing|fantastic|genius|interesting|neat|smart|"
    r"clever|solid|excellent|wonderful|lovely)"
)

# Praise aimed at the idea: always fluff.
COMPLIMENT = Rule(
    hits=compile_any(
        rf"\b{_RU_PRAISE}\s+{GAP1}{_RU_IDEA}",
        r"\bваш\S*\s+(?:\S+\s+)?(?:иде|продукт|сервис|приложени|проект|бот|решени)\S*\s+"
        rf"(?:\S+\s+)?(?:очень\s+)?{_RU_PRAISE}",
        r"\bнравится\s+(?:ваш|эт|так|иде)\S*",
        r"\bзвучит\s+(?:очень\s+)?(?:круто|отлично|интересно|здорово|классно|заманчиво|хорошо|"
        r"неплохо|клево|прикольно|перспективно|полезно)\b",
        r"\bбыло\s+бы\s+(?:очень\s+)?(?:здорово|круто|классно|отлично|удобно|прикольно|супер)\b",
        r"\b(?:вы\s+)?молодц\S*|\bя\s+в\s+восторге\b|\bреспект\b|\bдавно\s+пора\b",
        rf"\b{_EN_PRAISE}\s+(?:\S+\s+)?(?:idea|concept|product|app|pitch)\b",
        r"\b(?:i|we)\s+(?:really\s+|absolutely\s+)?(?:love|like|adore|dig)\s+"
        r"(?:it|this|that|the idea|your|what you)\b",
        r"\blove\s+(?:it|this|that)\b",
        r"\bsounds?\s+(?:really\s+|very\s+|so\s+|super\s+|pretty\s+)?(?:awesome|great|cool|amazing|interesting|good|"
        r"promising|useful|neat|fun|exciting|fantastic|brilliant|perfect)\b",
        rf"\b(?:that|this|it)(?:'s|\s+is|\s+would\s+be|'d\s+be)\s+(?:so\s+|really\s+)?{_EN_PRAISE}\b",
        r"\bgame[\s-]?changer\b|\bwell done\b|\bkeep it up\b|\bwow\b|\bimpressive\b",
    ),
)
# Bare praise ("круто!", "мне нравится", "awesome"): fluff, unless it is about a concrete past
# moment ("в прошлом месяце всё прошло отлично", "нам понравилось, как привезли в прошлый раз").
COMPLIMENT_WORD = Rule(
    hits=compile_any(
        r"\b(?:круто|круть|класс|классно|супер|здорово|прикольно|огонь|вау|шикарно|отлично|"
        r"замечательно|потрясающе|гениально|офигенно|бомба)\b",
        r"\b(?:мне|нам)\s+(?:очень\s+|прям\s+|правда\s+)?(?:нравится|понравил\S*)\b",
        r"\b(?:awesome|amazing|brilliant|genius|fantastic|cool|neat)\b",
        r"\b(?:great|nice|good)\s+(?:job|work)\b",
    ),
    # "круто выросли" is "sharply", not "cool".
    exempt=compile_any(
        r"\bкруто\s+(?:\S+\s+)?(?:вырос|упал|просел|изменил|поднял|снизил|подскочил|поменял)\S*"
    ),
    unless=PAST_ANCHOR,
)

# The customer's own future: "буду пользоваться", "обязательно куплю", "I'll use it".
_RU_WE_WILL = (
    r"(?:куплю|купим|попробую|попробуем|воспользуюсь|воспользуемся|заплачу|заплатим|оплачу|"
    r"оплатим|подпишусь|подпишемся|перейду|перейдем|скачаю|скачаем|установлю|установим|"
    r"порекомендую|посоветую|возьму|возьмем|внедрим|подключу|подключим|подключусь|закажу|"
    r"закажем|начну|начнем|стану|станем)"
)
_EN_ACT = (
    r"(?:use|using|buy|pay|try|sign|subscribe|switch|recommend|purchase|get|order|start|"
    r"definitely|totally|probably|certainly|absolutely|love|need|be|want|take|install|"
    r"download|move|adopt|tell everyone|spread|pre-?order|invest|upgrade|join)"
)

FUTURE_PROMISE = Rule(
    hits=compile_any(
        r"\bбуд(?:у|ем)\s+(?:\S+\s+)?\S+(?:ть|ти|чь|ться)\b",
        rf"\b{_RU_WE_WILL}\b",
        # "купил бы", "мы бы платили"; "если бы такое было" is a wish, not a promise.
        r"\b(?:я|мы)\s+бы\b|\b(?!если\b)\S+л[иа]?[\s-]+бы\b",
        r"\bготов\S*\s+(?:\S+\s+)?(?:платить|заплатить|купить|попробовать|пользоваться|перейти|"
        r"подписаться|оплачивать|взять)\b",
        r"\b(?:планиру\S*|собира\S*|хоти?м|хочу)\s+(?:\S+\s+)?(?:купить|перейти|внедрить|"
        r"попробовать|подключить|заказать|оплатить|подписаться|начать)\b",
        r"\bв будущем\b|\bкогда-нибудь\b",
        r"\bкак только\s+(?:\S+\s+)?(?:выйдет|запустите|появится)\b",
        rf"\b(?:i|we)(?:'ll|\s+will|'d|\s+would|\s+shall)\s+(?:\S+\s+)?{_EN_ACT}\b",
        rf"\bwould\s+(?:definitely|totally|probably|certainly|absolutely|surely)\s+{_EN_ACT}\b",
        r"\b(?:i'm|i am|we're|we are|im)\s+(?:going to|gonna|planning to|about to|ready to|"
        r"willing to|happy to|keen to|open to)\s+(?:\S+\s+)?(?:use|buy|pay|try|sign|subscribe|"
        r"switch|purchase|order|adopt|move|give it|recommend|get|tell)\b",
        r"\bcount me in\b|\bsign me up\b|\btake my money\b|\bi'm in\b",
        r"\bin the future\b|\bsomeday\b",
        r"\b(?:as soon as|once|when)\s+(?:it|you)(?:(?:'s|\s+is)\s+(?:out|ready|available|live|"
        r"launched|released)|\s+launch\S*|\s+go live|\s+release\S*)\b",
    ),
    exempt=compile_any(
        r"\b(?:хотя|как)\s+бы\b",
        r"\bбы\s+(?:сказал\S*|отметил\S*|добавил\S*|уточнил\S*)",
        r"\b(?:i|we)(?:'ll|\s+will|'d|\s+would)\s+(?:be honest|tell you|show you|explain|send you|"
        r"say)\b",
    ),
)

# Generalities: "обычно", "всегда", "как правило", "usually", "never".
GENERIC_CLAIM = Rule(
    hits=compile_any(
        r"\b(?:обычно|всегда|никогда|постоянно|вечно|регулярно)\b",
        r"\b(?:как правило|в целом|в основном|как обычно|каждый раз|все время|то и дело)\b",
        r"\b(?:usually|always|never|typically|generally|normally|constantly|regularly)\b",
        r"\b(?:in general|as a rule|every time|all the time|most of the time|tend to|tends to)\b",
    ),
    # "В прошлый вторник, как обычно, ..." is already anchored in a concrete moment.
    unless=PAST_ANCHOR,
)
