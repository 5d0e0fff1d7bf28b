"""Rules leading and pitching: steering the answer, or selling the idea inside the question."""

from bot.interview.linter.match import GAP1, YOU, Rule, compile_any

_EN_AUX = r"(?:is|are|was|were|do|does|did|have|has|had|would|wo|will|can|ca|could|should)"
_EN_SUBJECT = rf"(?:{YOU}|it|they|we|that|this|there|he|she)"

LEADING = Rule(
    hits=compile_any(
        # Russian: "ведь", "вы же", "наверняка", "согласитесь", "не так ли", "..., правда?".
        r"\b(?:ведь|наверняка|неужели|разве|согласитесь|признайтесь|наверное|наверно|"
        r"очевидно|безусловно)\b",
        r"\b(?:не так ли|не правда ли|правда ли|не кажется ли|вам не кажется|не считаете ли|"
        r"не думаете ли|согласны ли|вы согласны|скорее всего вы|конечно же)\b",
        r"\b(?:вы|вам|вас|это|тут|там|ты|тебе|оно|они)\s+же\b",
        r"\bсоглас(?:ны|на|ен|итесь)\s*,?\s+что\b",
        r"\bправда\s*\?",
        r",\s*(?:да|верно|так|правда|согласны|ага|ок|не так)\s*\?*\s*$",
        # English: "surely", "wouldn't you agree", "..., right?", "isn't it?", "Don't you hate".
        r"\b(?:surely|obviously|admittedly)\b",
        rf"\b(?:would(?:n'?t)?|do(?:n'?t)?)\s+{YOU}\s+agree\b",
        rf"\b{YOU}'?d\s+agree\b",
        r"(?:^|[.!?]\s*)agree\s+that\b",
        rf"\bdon'?t\s+{YOU}\s+think\b",
        r"\bisn'?t\s+it\s+true\b",
        r"\bi\s+(?:bet|guess)\s+(?:you|u)\b|\bi'?m\s+sure\s+(?:you|u)\b",
        rf"\b{YOU}\s+(?:must|probably)\s+(?:\S+\s+)?(?:hate|be|feel|lose|spend|get|struggle|waste)",
        r"\bmust\s+be\s+(?:so\s+|really\s+)?(?:hard|frustrating|annoying|painful|a pain|tough)\b",
        r"(?:,\s*|\b)(?:right|correct|yeah|true|huh|eh)\s*\?+\s*$",
        r",\s*(?:right|correct|yeah|true|huh|eh|ok|okay)\s*$",
        rf",\s*{_EN_AUX}n'?t\s+{_EN_SUBJECT}\b",
        rf"(?:^|[.!?]\s*){_EN_AUX}n'?t\s+{_EN_SUBJECT}\b",
        r"(?:^|[.!?]\s*)(?:is|are|does|do)n'?t\s+(?:\S+\s+){1,3}?(?:a\s+)?(?:nightmare|pain|hassle|"
        r"annoying|frustrating|painful|waste|mess|headache)\b",
        # A tag typed without the comma: "... a nightmare isnt it".
        rf"\b{_EN_AUX}n'?t\s+{_EN_SUBJECT}\s*[?!.]*\s*$",
    ),
    # "Did you get it right?" asks about the outcome; it is not a tag question.
    exempt=compile_any(
        r"\b(?:the|it|that|this|is|was|do|did|done|get|got|went|go|all|turn|turned)\s+right\s*\?+"
    ),
)

# Russian verbs of making a product, first person: "мы делаем", "я создал", "запустили".
_RU_MAKE = (
    r"(?:делаем|сделали|разрабатываем|разработали|создаем|создали|запускаем|запустили|строим|"
    r"построили|придумали|пилим|запилили|готовим|выпустили|выпускаем|открываем|открыли|делаю|"
    r"сделал[аи]?|разрабатываю|разработал[аи]?|создаю|создал[аи]?|запускаю|запустил[аи]?|"
    r"придумал[аи]?|пилю|запилил[аи]?)"
)
_RU_PRODUCT = (
    r"(?:продукт|сервис|приложени|бот|платформ|решени|стартап|проект|инструмент|программ|"
    r"систем|сайт|crm|срм|app)\S*"
)
_RU_DOES = (
    r"(?:позволя|помога|умеет|делает|будет|сможет|автоматиз|экономит|решает|избавля|сокраща|"
    r"собира|считает|напомина|находит|подбира|дает|показывает|работает|заменяет|связывает)\S*"
)
_EN_PRODUCT = (
    r"(?:app|product|tool|platform|service|solution|startup|bot|software|system|plugin|"
    r"extension|website|site|api|saas|device|marketplace)"
)
_EN_DOES = (
    r"(?:lets|helps|allows|will|can|does|automates|makes|saves|gives|is|handles|tracks|finds|"
    r"sends|turns|cuts|removes|uses|connects|replaces)"
)

PITCHING = Rule(
    hits=compile_any(
        rf"\b(?:мы|я)\s+{GAP1}{_RU_MAKE}\b",
        # Verbs that also describe other work count only with a product: "мы собрали сервис".
        rf"\b(?:мы|я)\s+{GAP1}(?:собрали|собрал[аи]?|собираем|написали|написал[аи]?|выкатили|"
        rf"выкатываем|запустим|сделаем|тестируем|тестирую|продаем|предлагаем|внедряем|развиваем|"
        rf"пилотируем)\s+{GAP1}{_RU_PRODUCT}",
        rf"\b(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:now\s+|currently\s+)?(?:testing|piloting|selling|"
        rf"offering|rolling out|prototyping)\s+(?:a|an|our|my)\s+{GAP1}{_EN_PRODUCT}\b",
        rf"\b(?:наш|мой|моя|мое)\S*\s+{GAP1}{_RU_PRODUCT}\s+{GAP1}(?:{_RU_DOES}|"
        r"\S+(?:ает|яет|ует|ит|ет)(?:ся)?\b)",
        rf"\bу\s+(?:нас|меня)\s+есть\s+{GAP1}{_RU_PRODUCT}",
        r"\b(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:currently\s+|now\s+|just\s+)?(?:building|making|"
        r"developing|creating|launching|designing|coding)\b",
        r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+)?(?:built|made|developed|created|launched|"
        r"designed|invented|coded)\b",
        rf"\b(?:our|my)\s+{GAP1}{_EN_PRODUCT}\s+{GAP1}(?:{_EN_DOES}|[a-z]+s)\b",
        rf"\bwe\s+(?:have|'ve got|got)\s+(?:a|an|our)\s+{GAP1}{_EN_PRODUCT}\b",
        rf"\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+working\s+on\s+(?:a|an|our|my|the)\s+{GAP1}"
        rf"{_EN_PRODUCT}\b",
    ),
)
