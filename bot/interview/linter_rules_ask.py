"""Rules opinion_of_idea and self_diagnosis: asking for a verdict on the idea or on oneself."""

from bot.interview.linter_cues import PAST_ANCHOR, PAST_EVENT, REFERRAL
from bot.interview.linter_match import GAP1, GAP2, GAP3, YOU, Rule, compile_any

# What a founder shows: "идея", "наш прототип", "the app", "my landing page".
_RU_THING = (
    r"(?:иде|продукт|приложени|сервис|решени|концепци|прототип|макет|проект|стартап|бот|"
    r"платформ|задумк|лендинг|сайт|дизайн|функци|штук|предложени|mvp|демо|вариант)\S*"
)
_EN_THING = (
    r"(?:idea|product|app|application|concept|prototype|mock-?up|demo|solution|service|tool|"
    r"platform|startup|site|website|landing page|page|screen|interface|design|feature|pitch|plan|"
    r"offer|thing|bot|mvp)s?"
)
_EN_OWNER = r"(?:my|our|this|the|that|these|such|a|an)"

OPINION_OF_IDEA = Rule(
    hits=compile_any(
        # "что думаете о нашей идее", "как вам идея", "нравится ли вам", "полезно ли было бы".
        rf"\b(?:что|как)\s+(?:вы\s+)?(?:думаете|считаете|скажете|оцените)\s+(?:о|об|про|насчет|"
        rf"по поводу)\s+{GAP2}{_RU_THING}",
        rf"\bкак\s+вам\s*(?:\?|$|(?:наш|мо[йяеи]|эт|так)\S*|{_RU_THING})",
        r"\b(?:по|на)нрав\S*\s+ли\b|\bнрав\S*\s+ли\b",
        r"\b(?:по)?нрав\S*\s+(?:\S+\s+)?(?:наш|мо[йяеи]\b|эт[аоиу]\b|так|иде)\S*",
        r"\b(?:полезн|интересн|нужн|ценн|актуальн)\S*\s+ли(?:\s+(?:было|будет)(?:\s+бы)?)?",
        r"\b(?:было|будет)\s+(?:бы\s+|ли\s+)?(?:вам\s+|для вас\s+)?(?:полезн|интересн|удобн|нужн|"
        r"ценн)\S*",
        r"\bвам\s+(?:было\s+бы\s+)?интересн\S*",
        r"\bинтересн\S*\s*(?:\?|$)",
        r"\bинтересн\S*\s+(?:ли\s+)?(?:было\s+бы|будет)\b",
        r"\bзаинтересова\S*",
        r"\b(?:откликает|отзывает|цепляет|зацепил|резонирует)\S*",
        r"\bнуж(?:ен|на|но|ны)\s+ли\s+(?:\S+\s+)?(?:так|наш|подобн|эт)\S*",
        r"\b(?:хорош|плох|стоящ|удачн|перспективн|жизнеспособн|классн|полезн|интересн|нужн)\S*\s+"
        r"(?:ли\s+)?(?:это\s+)?(?:иде[яиюей]|штук[аиу]|вещ[ьи]|задумк[аиу]|тем[аы])\b",
        r"\bимеет\s+ли\s+смысл\b",
        rf"\b(?:так|наш|подобн|мо[йяеи]\b|эт)\S*\s+{_RU_THING}\s+{GAP2}(?:нуж(?:ен|на|но|ны)|"
        r"полезн|востребован|актуальн|понятн|удобн|интересн|хорош|зайдет|взлетит)\S*",
        r"\bкак\s+(?:вы\s+)?(?:к\s+)?(?:этому|такому|такой|нашей|нашему|идее)\s+(?:\S+\s+)?"
        r"относит\S*",
        r"\bкак\s+(?:вы\s+)?относит\S*\s+к\s+(?:эт|так|наш|иде)\S*",
        r"\bстоит\s+ли\s+(?:нам\s+|мне\s+)?(?:делать|запускать|создавать|развивать|"
        r"разрабатывать|добавлять|выпускать)\b",
        rf"\bоцени\S*\s+(?:\S+\s+)?(?:наш|мо[йяеи]\b|эт|{_RU_THING})",
        r"\b(?:ваше|ваши)\s+(?:мнение|впечатлени\S*)\b",
        # "what do you think of my idea", "do you like", "would this be useful", "interested?".
        rf"\bwhat\s+do\s+{YOU}\s+think\s+(?:of|about)\s+{_EN_OWNER}?\s*{GAP2}{_EN_THING}\b",
        rf"\bwhat\s+do\s+{YOU}\s+think\s*\??\s*$",
        rf"\b(?:our|my)\s+{GAP2}{_EN_THING}\s+(?:is|are|looks?|seems?|feels?|sounds?)\s+{GAP1}"
        r"(?:clear|good|useful|ok|okay|fine|easy|simple|confusing|right|appealing|helpful)\b",
        rf"\b(?:is|are|does|do)\s+(?:our|my)\s+{GAP2}{_EN_THING}\b",
        rf"\bdo\s+{YOU}\s+like\b",
        rf"\bhow\s+do\s+{YOU}\s+like\b",
        rf"\bhow\s+(?:do|would)\s+{YOU}\s+feel\s+about\s+(?:my|our|this|the\s+idea|that\s+idea|"
        r"such)\b",
        r"\b(?:would|will|is|could)\s+(?:this|it|that|such\s+\S+(?:\s+\S+)?)\s+(?:be\s+)?(?:useful|"
        r"helpful|valuable|interesting)\b",
        rf"\b(?:does|do)\s+(?:this|it|that|our|my)\b\s+{GAP3}(?:sound|make sense|look|seem|"
        r"appeal|resonate)",
        r"\b(?:good|bad|great|smart|viable)\s+idea\b",
        r"\b(?:opinion|thoughts|feedback)\s+(?:of|on|about)\s+(?:my|our|this|the)\b",
        rf"\b(?:are|r|would|will)\s+{YOU}\s+(?:be\s+)?interested\b",
        r"\binterested\s*\??\s*$",
        r"(?:^|[.!?,]\s*|[-—]\s+)interested\s+in\b",
        r"\b(?:resonates?|appeals?)\s+(?:with|to)\s+(?:you|u)\b",
        r"\b(?:interesting|appealing)\s+to\s+(?:you|u)\b",
        r"\bmakes? sense to (?:you|u)\b",
        r"(?:^|[.!?,:]\s*|[-—]\s+)(?:does\s+(?:this|it|that)\s+)?sounds?\s+(?:interesting|good|"
        r"useful|cool|helpful|great|like something)\b",
        rf"\bdo\s+{YOU}\s+find\s+(?:this|it|that|our|my|the\s+idea)\b",
        r"\b(?:need|want|use|have)\s+(?:something|anything|a\s+\S+|an\s+\S+)\s+like\s+"
        r"(?:this|that|ours)\b",
        rf"\brate\s+(?:my|our|this|the)\s+{GAP1}{_EN_THING}",
    ),
    unless=REFERRAL,
)

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
    ),
    # Asked about a concrete past episode, a "problem" is a fine question: "какие проблемы
    # возникли при переезде", "what went wrong last time".
    unless=compile_any(PAST_ANCHOR.pattern, PAST_EVENT.pattern),
)
