"""Cues of a generic benefit: words that fit any product (Russian lemmas, English stems)."""

from bot.value_prop.checks.rules import en_stems

GENERIC = frozenset(
    {
        *("удобство", "удобный", "удобно", "экономия", "экономить", "сэкономить", "время"),
        *("деньга", "деньги", "спокойствие", "спокойный", "спокойно", "комфорт", "комфортный"),
        *("простой", "просто", "проще", "быстрый", "быстро", "быстрее", "качество"),
        *("качественный", "сервис", "эффективность", "эффективный", "повышение", "повысить"),
        *("оптимизация", "оптимизировать", "процесс", "хороший", "хорошо", "лучше", "лучший"),
        *("больше", "много", "клиент", "выгода", "результат", "рост", "расти", "вырасти"),
        *("выручка", "прибыль", "доход", "зарабатывать", "заработать", "продажа", "стать"),
        *("становиться", "улучшение", "улучшить", "жизнь", "уверенность", "уверенный"),
        *("опыт", "сила", "нерв", "забота", "надёжность", "надежность", "надёжный", "надежный"),
        *("свобода", "удовольствие", "счастье", "довольный", "радость", "решение", "помощь"),
        *("ценность", "польза", "развитие", "уровень", "новый", "всё", "весь", "легко"),
        *("легче", "меньше", "стресс", "головной", "боль", "забота", "минимум", "максимум"),
        *("выгодный", "выгодно", "завтрашний", "день", "будущее", "сила", "нервы"),
    }
) | en_stems(
    *("convenience", "convenient", "save", "saves", "saving", "savings", "time", "money", "peace"),
    *("mind", "comfort", "comfortable", "easy", "easier", "simple", "simpler", "fast", "faster"),
    *("quick", "quicker", "quality", "service", "efficiency", "efficient", "increased"),
    *("increase", "optimization", "optimize", "process", "processes", "good", "better", "best"),
    *("more", "customers", "clients", "benefit", "results", "growth", "grow", "revenue", "profit"),
    *("income", "sales", "experience", "improved", "improvement", "life", "confidence", "happy"),
    *("happier", "satisfaction", "value", "reliable", "reliability", "freedom", "hassle"),
    *("stress", "less", "headache", "everything", "things", "get", "gets", "it", "will", "be"),
    *("and", "a", "an", "the", "level", "new", "support", "solution", "help", "smooth"),
    *("smoother", "overall", "productivity", "productive", "effective", "performance", "lot"),
    *("lots", "way", "future", "profitable", "in"),
)

# Function words skipped before judging (prepositions, particles, pronouns).
FUNCTION = frozenset(
    {
        *("и", "или", "а", "но", "в", "на", "с", "для", "по", "за", "от", "у", "к", "о", "это"),
        *("они", "он", "она", "мы", "вы", "их", "свой", "наш", "ваш", "быть", "будет", "то"),
        *("так", "же", "ещё", "еще", "уже", "очень", "гораздо", "намного"),
    }
) | en_stems("and", "or", "of", "for", "with", "to", "in", "on", "they", "their", "our", "much")
