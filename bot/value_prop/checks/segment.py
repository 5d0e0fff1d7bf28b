"""Segment check: the answer names nobody in particular ("все", "малый бизнес", "people")."""

import re

from bot.value_prop.checks.rules import segment as rules
from bot.value_prop.checks_text import normalise, words

# A single word is a lone noun at best ("клиенты", "мамы"); two may be specific ("клиники ЭКО").
MIN_WORDS = 2

# Function words: they neither narrow nor widen a segment.
_FILLER = frozenset(
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
    }
)

# Whole words that take in everybody.
_BROAD_WORDS = frozenset(
    {
        *("все", "всем", "всех", "весь", "вся", "всякий", "каждый", "каждому", "кто-угодно"),
        *("ип", "мсб", "ца", "b2b", "b2c", "b2g", "мир", "рф", "снг"),
        *("мой", "моя", "мои", "моих", "моим", "тип", "типа", "типов", "вид", "вида", "видов"),
        *("all", "any", "anyone", "anybody", "everyone", "everybody", "every", "people"),
        *("smb", "smbs", "sme", "smes", "mid-size", "mid-sized", "midsize", "mid-market"),
        *("us", "usa", "uk", "eu", "world", "worldwide", "globally", "online", "онлайн"),
    }
)

# Stems (matched at the word start, any ending) of words that do not narrow a segment.
_BROAD_STEMS = (
    # people and organisations in general
    *("люд", "человек", "клиент", "пользовател", "покупател", "потребител", "аудитори"),
    *("компани", "бизнес", "предпринимател", "организаци", "фирм", "стартап", "юрлиц"),
    *("предприяти", "юридическ", "физическ", "физлиц"),
    *("person", "individual", "customer", "client", "user", "consumer", "buyer", "audience"),
    *("compan", "business", "entrepreneur", "organi", "firm", "startup", "enterprise"),
    # roles without a field
    *("владел", "собственник", "руководител", "директор", "менеджер", "основател"),
    *("сотрудник", "специалист", "owner", "founder", "manager", "director", "leader"),
    *("employee", "specialist", "professional", "ceo", "head"),
    # size without a number
    *("мал", "средн", "крупн", "небольш", "больш", "small", "medium", "large", "big"),
    *("размер", "масштаб", "size", "scale", "type", "kind"),
    # "any field"
    *("сфер", "отрасл", "ниш", "направлени", "industr", "sector", "niche", "field", "area"),
    # vague qualities, wishes and the founder's own offer
    *("любо", "любы", "любу", "разн", "различн", "всяк", "обычн", "современн", "активн"),
    *("успешн", "интерес", "хот", "хоч", "жела", "нуж", "котор", "наш", "продукт", "услуг"),
    *("сервис", "товар", "решени", "various", "different", "modern", "active", "success"),
    *("ordinary", "regular", "typical", "want", "need", "interest", "our", "product"),
    *("service", "solution", "wish", "автоматиз", "automat"),
    # generic goals: time, money, "better life"
    *("эконом", "врем", "деньг", "лучш", "проще", "удобн", "качеств", "быстр", "больше"),
    *("меньше", "жизн", "рост", "расти", "развива", "зарабат", "улучш", "save", "time"),
    *("money", "better", "easier", "conven", "quality", "faster", "more", "less", "life"),
    *("grow", "develop", "earn", "improv"),
    # whole countries and the world
    *("интернет", "internet", "соцсет", "social"),
    *("росси", "стран", "global", "countr", "europe", "america", "international"),
)

# "IT" in capitals is an industry, not the pronoun "it".
_IT_SECTOR = re.compile(r"(?<![^\W_])IT(?![^\W_])")


def _narrows(word: str) -> bool:
    if word in _FILLER or word in _BROAD_WORDS or word in rules.DEMOGRAPHIC:
        return False
    if rules.AGE_RANGE.fullmatch(word):
        return False  # "25-45": an age range alone narrows nobody down
    if any(char.isdigit() for char in word):
        return True  # a number: size, age, count
    return len(word) >= 2 and not word.startswith(_BROAD_STEMS)


def segment_too_broad(text: str) -> bool:
    """True when no word narrows the segment: no role, industry, size, place or circumstance."""
    found = words(text)
    if sum(len(word.split("-")) for word in found) < MIN_WORDS:
        return True
    if rules.ANYONE_WHO_WANTS.search(normalise(text)):
        return True
    if _IT_SECTOR.search(text):
        return False
    return not any(_narrows(word) for word in found)
