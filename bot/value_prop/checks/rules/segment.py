"""Cues of a segment that takes in everybody: a wish instead of a trait, demographics alone.

A segment is specific when at least one word names a defining trait (a role, a sub-industry, a
size in numbers, a place, a circumstance). The lists below are the words that name none.
"""

import re

from bot.value_prop.checks.rules import en_stems

# Function words and fillers: they neither narrow nor widen a segment.
FILLER = frozenset(
    {
        *("в", "во", "на", "с", "со", "и", "или", "для", "из", "от", "до", "по", "к", "у", "о"),
        *("об", "при", "а", "но", "же", "то", "это", "кто", "что", "чем", "как", "так", "их"),
        *("они", "он", "она", "мы", "вы", "не", "ну", "вот", "там", "тут", "где", "бы", "ли"),
        *("the", "a", "an", "of", "in", "on", "at", "for", "and", "or", "with", "who", "that"),
        *("which", "from", "to", "by", "it", "they", "them", "their", "we", "is", "are", "be"),
        *("i", "me", "so", "like", "just", "really", "etc", "ect", "т", "д", "п", "др"),
        *("кому", "кого", "кем", "есть", "быть", "является", "basically", "mostly", "probably"),
        *("tbh", "lol", "imho", "вообще", "короче", "наверное", "примерно", "кто-то"),
        *("run", "runs", "running", "have", "has", "having", "own", "owns", "имеет", "имеют"),
        *("pretty", "much", "kinda", "almost", "nearly", "very", "lot", "lots", "often", "who's"),
        *("почти", "практически", "много", "очень", "часто", "целом", "основном", "этом", "всё"),
        *("both", "either", "оба", "обоих", "над", "под", "про", "без", "среди"),
        *("do", "does", "doing", "можно", "может", "whom"),
    }
)

# Everybody: a universal quantifier. It neither narrows nor counts as a word of the segment
# («все кафе» is as broad as «кафе»; «все стоматологии казани на 3-10 кресел» is specific).
QUANTIFIERS = frozenset(
    {
        *("все", "всем", "всех", "весь", "вся", "всякий", "всякие", "каждый", "каждому"),
        *("каждая", "каждое", "каждые", "каждого", "каждой", "любого", "любой", "любую"),
        *("любой", "любому", "любые", "любая", "любых", "угодно", "all", "any", "every", "each"),
        *("anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"),
    }
)
# Heads that stand for people in general: "anyone with a car", «люди, которые много работают»,
# «все, кто в москве», and a quantifier with no narrowing word after it ("any adult", «все, кто»).
# With such a head a segment needs two narrowing words, not one.
PEOPLE_HEADS = frozenset(
    {
        *("anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"),
        *("people", "folks", "those", "persons", "individuals", "humans", "guys"),
        *("люди", "людей", "людям", "человек", "те", "тех", "тем", "угодно"),
    }
)
PEOPLE_NARROWING = 2

# Whole words that take in everybody.
BROAD_WORDS = frozenset(
    {
        *("ип", "мсб", "ца", "b2b", "b2c", "b2g", "мир", "рф", "снг", "d2c", "dtc", "b2b2c"),
        *("мой", "моя", "мои", "моих", "моим", "тип", "типа", "типов", "вид", "вида", "видов"),
        *("smb", "smbs", "sme", "smes", "mid", "midsize", "biz", "e", "commerce", "ecom", "us"),
        *("usa", "uk", "eu", "world", "worldwide", "globally", "online", "онлайн", "work"),
        *("works", "working", "worker", "workers", "market", "markets", "рынок", "рынка", "tech"),
        *("saas", "paas", "fintech", "edtech", "healthtech", "proptech", "horeca", "city"),
        *("cities", "town", "towns", "urban", "local", "locals", "middle", "class", "shop"),
        *("shops", "store", "stores", "mass", "круг", "круга", "кругу", "слои", "слоев", "слой"),
        *("лицо", "лица", "лиц", "класс", "класса", "married", "женатые", "замужние", "лпр"),
        *("maker", "makers", "вк", "vk", "insta", "инста", "инсту"),
    }
)

# Stems (matched at the word start, any ending) of words that do not narrow a segment.
BROAD_STEMS = (
    # people and organisations in general
    *("люд", "человек", "клиент", "пользовател", "покупател", "потребител", "аудитори", "компани"),
    *("бизнес", "предпринимател", "организаци", "фирм", "стартап", "юрлиц", "предприяти"),
    *("юридическ", "физическ", "физлиц", "жител", "горожан", "граждан", "person", "individual"),
    *("customer", "client", "user", "consumer", "buyer", "audience", "compan", "business"),
    *("entrepreneur", "organi", "firm", "startup", "enterprise", "resident", "citizen"),
    *("corporat", "корпорац", "брен", "бренд", "brand", "проект", "project", "сегмент", "segment"),
    *("магазин", "самозанят", "фрилансер", "freelancer", "self-employ", "город", "населени"),
    *("public", "dweller", "регион", "region", "семейн", "количеств", "целев", "target", "широк"),
    *("wide", "broad", "general", "массов", "decision", "мелк", "тикток", "tiktok", "инстаграм"),
    *("частн", "private", "potential", "потенциальн", "prospective", "доход", "income", "high"),
    *("высок", "бьюти", "beauty", "красот", "фитнес", "fitness", "wellness", "велнес", "food"),
    *("образова", "индустри", "сектор", "household", "домохозяйств", "educat", "туризм"),
    *("tourism", "travel", "недвижимост", "estate", "real", "automotive", "корпоратив"),
    *("госсектор", "госкомпан", "government", "team", "команд", "instagram", "ютуб", "youtube"),
    *("facebook", "фейсбук", "телеграм", "telegram"),
    # roles without a field
    *("владел", "собственник", "руководител", "директор", "менеджер", "основател"),
    *("сотрудник", "специалист", "owner", "founder", "manager", "director", "leader"),
    *("employee", "specialist", "professional", "ceo", "head", "профессионал"),
    # size without a number
    *("мал", "средн", "крупн", "небольш", "больш", "small", "medium", "large", "big"),
    *("размер", "масштаб", "size", "scale", "type", "kind", "sort"),
    # "any field", and sectors so wide they name no business in particular
    *("сфер", "отрасл", "ниш", "направлени", "industr", "sector", "niche", "field", "area"),
    *("ритейл", "retail", "розниц", "торгов", "e-com", "ecommerce", "еком", "хорека"),
    *("hospitality", "manufactur", "производств", "промышлен", "финтех", "эдтех", "финанс"),
    *("financ", "healthcare", "медицин", "логист", "logistic", "строител", "construction"),
    # vague qualities: busy, young, well-off, modern, conscious…
    *("любо", "любы", "любу", "разн", "различн", "всяк", "обычн", "современн", "активн"),
    *("успешн", "занят", "busy", "молод", "young", "старш", "пожил", "elder", "older"),
    *("обеспеченн", "состоятельн", "богат", "affluent", "wealthy", "rich", "осознанн"),
    *("conscious", "health", "savvy", "продвинут", "advanced", "creativ", "творческ"),
    *("амбициозн", "ambitio", "мотивир", "motivat", "прогрессив", "progressive", "стильн"),
    *("stylish", "trendy", "modern", "active", "success", "various", "different"),
    # wishes, doings and the founder's own offer
    *("интерес", "хот", "хоч", "жела", "нуж", "котор", "наш", "продукт", "услуг", "сервис"),
    *("товар", "решени", "ordinary", "regular", "typical", "want", "need", "interest", "our"),
    *("product", "service", "solution", "wish", "автоматиз", "automat", "занима", "работ", "sell"),
    # generic goals: time, money, "better life"
    *("эконом", "врем", "деньг", "лучш", "проще", "удобн", "качеств", "быстр", "больше"),
    *("меньше", "жизн", "рост", "расти", "развива", "зарабат", "улучш", "save", "time"),
    *("money", "better", "easier", "conven", "quality", "faster", "more", "less", "life"),
    *("grow", "develop", "earn", "improv"),
    # the internet, whole countries and the world
    *("интернет", "internet", "соцсет", "social"),
    *("росси", "стран", "global", "countr", "europe", "america", "international"),
    # generations and life stages whatever the ending ("миллениалам", "зумеры")
    *("миллениал", "зумер", "бумер", "millennial", "zoomer", "boomer", "поколени"),
)

# Demographics: a gender, a generation, a life stage; alone they narrow nobody down.
# Russian as pymorphy3 lemmas (ё folded to е), English as Snowball stems.
DEMOGRAPHIC = frozenset(
    {
        *("мама", "мамочка", "папа", "родитель", "женщина", "мужчина", "девушка", "парень"),
        *("студент", "школьник", "молодежь", "пенсионер", "ребенок", "дети", "подросток"),
        *("взрослый", "семья", "пара", "дама", "девочка", "мальчик", "домохозяйка"),
        *("год", "лет", "возраст", "женский", "мужской"),
    }
) | en_stems(
    *("mom", "moms", "mums", "mothers", "dads", "fathers", "parents", "women", "men", "woman"),
    *("man", "girls", "boys", "ladies", "students", "teens", "teenagers", "gen", "z", "y"),
    *("adults", "families", "couples", "kids", "children", "seniors", "retirees", "youth"),
    *("years", "old", "aged", "age", "female", "male", "housewives", "generation"),
)
# An age, not a size: a number right after a demographic word or an age word ("women 30+",
# «мужчины от 18 до 65», "aged 25-40"), or followed by a year word («35 лет»).
AGE_WORDS = frozenset({"aged", "age", "возрасте", "возраста", "старше", "младше", "после"})
AGE_LINKS = frozenset({"от", "до", "за", "over", "under", "above", "below", "after", "from", "to"})
YEARS = frozenset({"лет", "года", "год", "years", "year", "yrs", "yo", "y"})

# Everybody (or "people") defined only by a wish, a need or a taste: «все, кто хочет похудеть»,
# "anyone who needs a lawyer", "people who value quality".
_WISH = (
    *("хоч", "хот", "нуж", "надо", r"цен(?:ят|ит|ящ|ил)", "важн", "интерес", "любят", "любит"),
    *("мечта", "стремит", r"готов(?:ы|а)?(?!\w)", "жела", "ищ", "want", "need", "value", "love"),
    *("interest", "like", "wish", "look for", "looking for", "seek", "appreciat", "enjoy"),
    *("устал", "надоел", "недовольн", "tired", "fed up", "sick of", "frustrat", "unhappy"),
    *("struggl", "are into", "dream", "prefer", "предпочита", "care about", "cares about"),
    *("ready to", "willing to"),
    # caring for oneself or an ideal is a taste; caring for someone is a circumstance
    r"(?:забот\w*|следя?т\w*) (?:о|об|за) (?:себе|собой|сво|здоров|внешн|качеств|экологи"
    r"|природ|планет|фигур|питани|мод|тренд|комфорт|репутаци)",
    r"(?:take|takes|taking) care of (?:themselves|their (?:health|looks|body|skin|image))",
    r"(?:look|looks|looking) after (?:themselves|their (?:health|looks|body|skin))",
    r"keep an eye on (?:their )?(?:health|weight|figure|style)",
)
_WHO = r"(?:кто|кому|кого|которы\w*|who|that|which|whose)"
# A relative clause of a wish, up to the next comma: what is wished names no trait.
WISH_CLAUSE = re.compile(rf"(?<![^\W_]){_WHO}\s+(?:\S+\s+){{0,2}}?(?:{'|'.join(_WISH)})[^,;.()]*")
# The same wish as a participle: "looking for a lawyer", «желающие похудеть».
WISH_PARTICIPLE = re.compile(
    r"(?<![^\W_])(?:looking (?:for|to)|wanting|interested in|in need of|seeking|keen on"
    r"|желающ|интересующ|ищущ|мечтающ|ценящ|нуждающ|стремящ|заботящ|любящ)[^,;.()]*"
)
# A taste as a noun: "coffee lovers", «любители кофе», "fitness enthusiasts".
TASTE = re.compile(
    r"(?<![^\W_])(?:\S+ (?:lovers?|enthusiasts?|fans?|fanatics?|junkies|addicts|buffs)"
    r"|(?:любител|фанат|поклонник|ценител)\w* \S+)"
)
