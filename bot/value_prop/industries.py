"""Which industry a segment answer is about, from cue words: so examples can fit the founder.

Pure data and a lookup. A cue is the start of a word («салон» matches «салонов»), or, with a
space, the start of a phrase; Russian and English cues are checked together. The examples
themselves are in the locale files (examples.ftl), keyed by these industry ids.
"""

import re
from collections import Counter

INDUSTRIES: tuple[str, ...] = ("services", "b2b", "retail", "education", "it", "manufacturing")

CUES: dict[str, tuple[str, ...]] = {
    "services": (
        *("салон", "парикмах", "барбер", "маникюр", "косметолог", "стоматолог", "клиник"),
        *("клининг", "уборк", "фитнес", "спортзал", "массаж", "ремонт квартир", "автосервис"),
        *("юрист", "адвокат", "психолог", "фотограф", "ветеринар", "химчистк", "турагент"),
        *("salon", "barber", "hairdress", "nail", "dental", "dentist", "clinic", "cleaning"),
        *("fitness", "gym", "massage", "lawyer", "law firm", "therapist", "photograph", "vet"),
        *("car repair", "plumb", "travel agen"),
    ),
    "b2b": (
        *("оптов", "опт ", "дистрибьют", "поставщик", "hr", "кадров", "бухгалтер", "логист"),
        *("финдиректор", "закупщик", "отдел продаж", "b2b", "подрядчик", "застройщик"),
        *("wholesale", "distributor", "supplier", "accounting firm", "accountant", "logistic"),
        *("cfo", "procurement", "sales team", "contractor", "recruit", "hire", "hiring"),
        *("найм", "нанима"),
    ),
    "retail": (
        *("кофе", "кафе", "ресторан", "магазин", "маркетплейс", "wildberries", "ozon"),
        *("продавц", "селлер", "цветочн", "пекарн", "бутик", "розниц", "интернет-магазин"),
        *("coffee", "cafe", "café", "restaurant", "shop", "store", "marketplace", "seller"),
        *("retail", "boutique", "florist", "bakery", "e-commerce", "ecommerce", "amazon"),
    ),
    "education": (
        *("школ", "репетитор", "учител", "преподават", "курс", "студент", "ученик", "родител"),
        *("детск", "детей", "обучен", "вуз", "университет", "егэ", "огэ"),
        *("school", "tutor", "teacher", "course", "student", "parent", "children", "kids"),
        *("education", "university", "college", "exam", "learning"),
    ),
    "it": (
        *("saas", "стартап", "разработ", "программист", "веб-студи", "it-", "айти", "продакт"),
        *("приложени", "сервис для", "digital", "диджитал", "devops", "тестировщик"),
        *("startup", "start-up", "developer", "software", "web studio", "agency", "product man"),
        *("app ", "apps", "engineering team", "cto", "tech"),
    ),
    "manufacturing": (
        *("завод", "фабрик", "производств", "цех", "мастерск", "мебел", "станк", "металл"),
        *("швейн", "типографи", "сборк", "factory", "plant", "manufactur", "workshop"),
        *("furniture", "machin", "metal", "print shop", "assembly", "production"),
    ),
}

_WORD_START = r"(?<![^\W_])"


_PATTERNS = {
    industry: re.compile(_WORD_START + "(?:" + "|".join(map(re.escape, cues)) + ")")
    for industry, cues in CUES.items()
}


def industry_of(segment: str | None) -> str | None:
    """The industry whose cues appear most often in ``segment``; None when none or a tie."""
    text = " ".join((segment or "").lower().replace("ё", "е").split()) + " "
    counts = Counter({industry: len(_PATTERNS[industry].findall(text)) for industry in INDUSTRIES})
    (leader, most), (_, next_most) = counts.most_common(2)
    return leader if most > next_most else None
