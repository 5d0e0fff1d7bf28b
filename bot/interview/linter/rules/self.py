"""Rule self_diagnosis: asking people to name or score their own pains and needs."""

from bot.interview.linter.cues import PAST_ANCHOR, PAST_EVENT
from bot.interview.linter.match import GAP1, GAP2, GAP3, YOU, Rule, compile_any

# A pain asked about in general: "самая большая проблема", "biggest challenge".
_RU_PAIN = (
    r"(?:боль|боли|болью|болей|проблем[аыуе]?|проблемой|проблемами|проблемам|проблемах|"
    r"трудност\S*|сложност\S*|вызов[аы]?|потребност\S*|головн\S*\s+бол\S*|препятстви\S*|"
    r"барьер\S*|страх\S*)\b"
)
_EN_PAIN = (
    r"(?:pain|problem|challenge|struggle|frustration|headache|issue|need|pain point|"
    r"bottleneck|obstacle|barrier|blocker|worry|concern|complaint|thing)s?\b"
)
# How hard or important something is, asked of the person: "сложно ли", "вам неудобно", "важна ли".
_RU_HARD = (
    r"(?:сложн|трудн|тяжел|тяжко|неудобн|напряжн|муторн|хлопотн|болезненн|проблематичн|критичн|"
    r"важн|неприятн|утомительн|затратн|накладн)\S*"
)
_RU_BOTHER = (
    r"(?:испытываете|сталкиваетесь|беспокоит|мешает|раздражает|напрягает|волнует|бесит|мучает)"
)
# Bothering someone now (not "раздражало", a past episode).
_RU_BOTHERS_NOW = (
    r"(?:раздражают|раздражает|беспокоит|беспокоят|напрягает|напрягают|бесит|бесят|волнует|"
    r"волнуют|мучает|мучают|тревожит|достает|достают)\b"
)
_EN_HARD = (
    r"(?:hard|difficult|tough|tricky|painful|annoying|frustrating|stressful|time-consuming|"
    r"challenging|important|critical|an?\s+(?:big\s+|real\s+|huge\s+|major\s+|serious\s+)?"
    r"(?:pain|problem|struggle|headache|hassle|deal|priority|nightmare|challenge|issue))"
)
# A scale to score oneself on: "по шкале", "от 1 до 10", "on a scale", "1-10", "out of 5".
_SCALE = (
    r"\bпо\s+(?:\S+\s+)?шкал\S*|\bпо\s+(?:пяти|десяти|5|10)-?(?:ти)?\s*бал+ьн\S*|"
    r"\bот\s+(?:0|1|нуля|одного)\s+до\s+(?:3|5|7|10|100|пяти|десяти)\b|\bon\s+a\s+scale\b|"
    r"\bscale\s+of\b|\b(?:from\s+)?(?:0|1|one|zero)\s*(?:to|-)\s*(?:5|10|five|ten)\b|"
    r"\bout\s+of\s+(?:5|10|five|ten)\b"
)

SELF_DIAGNOSIS = Rule(
    hits=compile_any(
        rf"\b(?:сам(?:ая|ой|ое|ые|ую|ых|ым|ыми|ом)|главн\S*|основн\S*|больш\S*|ключев\S*|наибольш\S*|острейш\S*)\s+{GAP1}"
        rf"{_RU_PAIN}",
        rf"\b(?:какие|какая|какой|какую|каким|какими|что за)\s+(?!образом){GAP2}{_RU_PAIN}",
        r"\bбольше всего\s+(?:\S+\s+)?(?:раздража|беси|бесит|меша|беспоко|напряга|волну|мучае)",
        r"\b(?:раздражает|бесит|беспокоит|напрягает|мешает)\s+(?:\S+\s+)?больше всего\b",
        r"\b(?:какие|какая|какой|каких|каким)\s+(?:\S+\s+)?(?:функци|возможност|фич)\S*",
        r"\b(?:что|чего)\s+(?:бы\s+)?(?:вы\s+)?(?:бы\s+)?(?:хотели|хотите|хотелось|хочется)\s+"
        r"(?:бы\s+)?(?:\S+\s+)?(?:видеть|получить|иметь|изменить|улучшить|добавить|поменять)\b",
        r"\bчего\s+(?:\S+\s+)?не\s+хватает\b",
        r"\bидеальн\S*\s+(?:\S+\s+)?(?:сервис|продукт|решени|приложени|инструмент|вариант)\S*",
        r"\bне\s+да[её]т\s+(?:вам\s+)?спать\b",
        r"\bчто\s+(?:\S+\s+)?(?:сдерживает|тормозит)\b",
        r"\bholding\s+(?:you|u|your\s+\S+(?:\s+\S+)?)\s+back\b",
        rf"\b(?:biggest|main|greatest|largest|top|worst|number one|#1|key|primary|major)\s+"
        rf"{GAP1}{_EN_PAIN}",
        rf"\bwhat(?:\s+(?:are|r|is)|'s|s)\s+(?:your|ur)\s+{GAP1}{_EN_PAIN}",
        rf"\bwhat\s+(?:problems|challenges|pains|issues|struggles|frustrations|pain points|"
        rf"needs)\s+(?:do|are|have)\s+{YOU}\b",
        r"\bkeeps?\s+(?:you|u)\s+up\s+at\s+night\b",
        r"\bwhat\s+(?:features|functionality|functions|capabilities)\b",
        rf"\bwhat\s+(?:would|do|'?d)\s+{YOU}\s+(?:want|like|need|expect|love|wish)\s+(?:in|from|"
        r"to see|to have)\b",
        r"\b(?:ideal|perfect|dream)\s+(?:\S+\s+)?(?:product|solution|tool|app|service|software|"
        r"platform)\b",
        r"\bwhat\s+(?:bothers|annoys|frustrates|bugs)\s+(?:you|u)\s+(?:the\s+)?most\b",
        r"\bmagic wand\b",
        rf"\b{YOU}\s+wish\b|\bwish\s+(?:your|ur|the|there|it|that|{YOU})\b",
        r"\bmost\s+(?:painful|annoying|frustrating)\b",
        r"\b(?:сам\S*|больше всего)\s+(?:болезненн|неприятн|раздража|бесящ|бесит)\S*",
        r"\bмечта\S*",
        r"\bwhat\s+would\s+(?:make|help|change|improve|fix|solve)\b",
        rf"\b(?:what|which)\b.*\b(?:{YOU}'?d|would\s+{YOU})\s+(?:\S+\s+)?(?:change|improve|fix|add)\b",
        r"\b(?:что|чего)\s+(?:бы\s+)?(?:вы\s+)?(?:бы\s+)?(?:изменили|улучшили|поменяли|добавили|"
        r"убрали)\b",
        r"\bmakes?\s+(?:your|ur|you)\s+(?:\S+\s+)?(?:life|job|work|day)?\s*easier\b",
        r"\bоблегчи\S*\s+(?:вам\s+)?(?:жизнь|работу)\b",
        # Yes/no and scale self-diagnosis: "вам сложно вести учёт?", "насколько вас беспокоит".
        rf"\b{_RU_HARD}\s+ли\b",
        rf"\b(?:вам|тебе|для\s+вас|для\s+тебя)\s+(?:\S+\s+)?{_RU_HARD}",
        rf"\b{_RU_HARD}\s+(?:ли\s+)?(?:вам|тебе|для\s+вас)\b",
        rf"\b(?:для\s+вас|для\s+тебя)\s+(?:\S+\s+)?(?:это\s+)?{_RU_PAIN}",
        rf"\bэто\s+(?:для\s+вас\s+|для\s+тебя\s+)?(?:больш\S*\s+)?{_RU_PAIN}\s*(?:для\s+(?:вас|тебя)|\?)",
        rf"\b(?:насколько|как\s+сильно|сильно\s+ли)\s+{GAP3}(?:сложн|трудн|тяжел|болезненн|важн|критичн|остр|серь[её]зн|"
        r"беспоко|меша|раздража|напряга|неудобн|актуальн|бес)\S*",
        rf"\b{_RU_BOTHER}\s+ли\b",
        rf"\b(?:есть|бывают|возникают)\s+ли\s+(?:у\s+(?:вас|тебя)\s+)?{GAP1}{_RU_PAIN}",
        r"\bиспытываете\s+(?:\S+\s+){0,2}?(?:трудност|сложност|проблем)\S*",
        r"\b(?:сам\S*|наиболее)\s+(?:важн|главн|ценн|критичн)\S*",
        r"\bчто\s+(?:для\s+вас|вам)\s+(?:\S+\s+)?(?:важн|главн)\S*",
        _SCALE,
        r"\bhow\s+(?:big|bad|serious|painful|important|frustrating|annoying|hard|difficult|"
        r"critical|urgent|stressful|tough)(?:\s+an?\s+\S+)?\s+(?:is|are|'s|does|do)\b",
        r"\bhow\s+much\s+of\s+an?\s+(?:problem|pain|issue|headache|hassle|struggle|priority|deal)\b",
        rf"\b(?:is|are)\s+(?:\S+\s+){{0,4}}?{_EN_HARD}\s+(?:for|to)\s+(?:you|u|your|ur)\b",
        rf"\b(?:are|r)\s+{YOU}\s+(?:\S+\s+)?(?:frustrated|annoyed|stressed|worried|unhappy|"
        r"dissatisfied|struggling|fed up|tired of)\b",
        rf"\b(?:вас|тебя)\s+(?:\S+\s+)?{_RU_BOTHERS_NOW}",
        rf"\b{_RU_BOTHERS_NOW}\s+(?:ли\s+)?(?:вас|тебя)\b",
        rf"(?:^|[.!?]\s*){_RU_BOTHERS_NOW}",
        r"\b(?:вам|тебе)\s+(?:\S+\s+)?не\s+хватает\b",
        rf"\bdo(?:es)?\s+(?:{YOU}|your\s+\S+)\s+(?:ever\s+|often\s+|really\s+)?(?:struggle|worry|care|have\s+(?:trouble|"
        r"problems|issues|difficulty|difficulties|a\s+hard\s+time))\b",
        rf"\bsomething\s+(?:that\s+)?{YOU}\s+(?:\S+\s+)?(?:struggle|worry|care|stress)\b",
        rf"\bdo\s+{YOU}\s+find\s+(?:\S+\s+){{1,3}}?{_EN_HARD}",
        r"\bdoes\s+(?:\S+\s+){1,5}?(?:bother|annoy|frustrate|worry|stress)\s+(?:you|u)\b",
        rf"\b(?:is|isn'?t)\s+it\s+(?:really\s+|very\s+)?{_EN_HARD}\b",
    ),
    # "Why was that hard?" digs into what was said: it is a follow-up, not a self-diagnosis.
    exempt=compile_any(r"\b(?:почему|зачем|чем\s+именно|что\s+именно|why)\b[^.?!]*"),
    # Asked about a concrete past episode, a "problem" is a fine question: "какие проблемы
    # возникли при переезде", "what went wrong last time".
    unless=compile_any(PAST_ANCHOR.pattern, PAST_EVENT.pattern),
)
