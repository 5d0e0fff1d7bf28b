"""Rule opinion_of_idea: asking for a verdict on the founder's idea, product or prototype."""

from bot.interview.linter.cues import REFERRAL
from bot.interview.linter.match import GAP1, GAP2, GAP3, YOU, Rule, compile_any

# What a founder shows: "идея", "наш прототип", "the app", "my landing page".
_RU_THING = (
    r"(?:иде[яиюе]|продукт|приложени|сервис|решени|концепци|прототип|макет|проект|стартап|бот|"
    r"платформ|задумк|лендинг|сайт|дизайн|функци|штук|предложени|mvp|демо|вариант|формат|"
    r"назван|логотип|меню|упаковк|подход|тариф|прайс|интерфейс|экран|видео|текст|презентаци)\S*"
)
_EN_THING = (
    r"(?:idea|product|app|application|concept|prototype|mock-?up|demo|solution|service|tool|"
    r"platform|startup|site|website|landing page|page|screen|interface|design|feature|pitch|plan|"
    r"offer|thing|bot|mvp|pricing|name|logo|menu|packaging|approach|format|copy|video|flow|"
    r"onboarding|prices?)s?"
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
        rf"\b(?:удобн|понятн|просто|легко)\S*\s+ли\s+(?:\S+\s+){{0,3}}?(?:наш|мо[йяеи]\b|эт)\S*\s+"
        rf"{_RU_THING}",
        r"\b(?:по)?нрав\S*,?\s+как\s+(?:\S+\s+){0,2}?(?:наш|мо[йяеи]\b|эт[аоиу]\b)\S*",
        rf"\b{_RU_THING}\s+(?:\S+\s+)?(?:норм\S*|ок|огонь|годн\S*|зайдет|взлетит|нормальн\S*)\s*(?:\?|$)",
        r"\b(?:полезн|интересн|нужн|ценн|актуальн|понятн)\S*\s+ли(?:\s+(?:было|будет)(?:\s+бы)?)?",
        r"\b(?:было|будет)\s+(?:бы\s+|ли\s+)?(?:вам\s+|для вас\s+)?(?:полезн|интересн|удобн|нужн|"
        r"ценн)\S*",
        r"\bвам\s+(?:было\s+бы\s+)?интересн\S*",
        r"\bинтересн\S*\s*(?:\?|$)",
        r"\bинтересн\S*\s+(?:ли\s+)?(?:было\s+бы|будет)\b",
        r"\bзаинтересова\S*",
        r"\b(?:откликает|отзывает|цепляет|зацепил|резонирует)\S*",
        r"\bнуж(?:ен|на|но|ны)\s+ли\s+(?:\S+\s+)?(?:так|наш|подобн|эт)\S*",
        r"\b(?:хорош|плох|стоящ|удачн|перспективн|жизнеспособн|классн|полезн|интересн|нужн|годн|"
        r"крут|норм)\S*\s+"
        r"(?:ли\s+)?(?:это\s+)?(?:иде[яиюей]|штук[аиу]|вещ[ьи]|задумк[аиу]|тем[аы])\b",
        r"\bимеет\s+ли\s+смысл\b",
        rf"\b(?:так|наш|подобн|мо[йяеи]\b|эт)\S*\s+{_RU_THING}\s+{GAP2}(?:нуж(?:ен|на|но|ны)|"
        r"полезн|востребован|актуальн|понятн|удобн|интересн|хорош|зайдет|взлетит)\S*",
        r"\bкак\s+(?:вы\s+)?(?:к\s+)?(?:этому|такому|такой|нашей|нашему|идее)\s+(?:\S+\s+)?"
        r"относит\S*",
        r"\bкак\s+(?:вы\s+)?относит\S*\s+к\s+(?:эт|так|наш|иде)\S*",
        r"\bстоит\s+ли\s+(?:нам\s+|мне\s+)?(?:делать|запускать|создавать|развивать|"
        r"разрабатывать|добавлять|выпускать)\b",
        rf"\bоцени\S*\s+(?:\S+\s+){{0,5}}?(?:наш|мо[йяеи]\b|эт|{_RU_THING})",
        rf"\bнасколько\s+{GAP2}(?:удобн|понятн|полезн|интересн|привлекательн|нужн)\S*\s+{GAP3}"
        r"(?:кажет|покажет|выгляд|был\S*\s+бы|будет|так\S*|наш\S*|эт\S*)",
        r"\b(?:ваше|ваши)\s+(?:мнение|впечатлени\S*)\b",
        # "what do you think of my idea", "do you like", "would this be useful", "interested?".
        rf"\bwhat\s+do\s+{YOU}\s+think\s+(?:of|about)\s+{_EN_OWNER}?\s*{GAP2}{_EN_THING}\b",
        rf"\bwhat\s+do\s+{YOU}\s+think\s*\??\s*$",
        rf"\bwhat\s+do\s+{YOU}\s+think\s+(?:of|about)\b.*\b(?:we|i)\s+(?:showed|sent|made|built|"
        r"designed|shared|drew|wrote)\b",
        r"\b(?:does|would|will|could)\s+(?:this|it|that|our\s+\S+|my\s+\S+)\s+(?:solve|fix|help\s+with)\s+"
        r"(?:your|ur)\b",
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
        rf"\b(?:reaction|impressions?|take|feelings|verdict)\s+(?:to|of|on|about)\s+{_EN_OWNER}\s+"
        rf"{GAP1}{_EN_THING}\b",
        rf"\b(?:is|are)\s+(?:the|this|our|my)\s+{GAP1}{_EN_THING}\s+(?:\S+\s+)?(?:easy|clear|simple|"
        r"intuitive|confusing|obvious|understandable|useful|helpful)\b",
        rf"\b(?:первое\s+)?впечатлени\S*\s+(?:от|о|об|про)\s+{GAP2}{_RU_THING}",
        rf"\b(?:по)?нравил\S*\s+(?:ли\s+)?(?:вам\s+)?{GAP1}{_RU_THING}",
        r"\b(?:вам|тебе)\s+(?:\S+\s+)?(?:понятн|удобн|ясно)\S*,?\s+(?:\S+\s+){0,4}?"
        r"(?:наш|мо[йяеи]\b|эт[аои]\b|эт\S+)\S*\s",
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
