"""Control check: nothing observable says the client got the benefit ("будем стараться")."""

import re

from bot.value_prop.checks_text import normalise, pattern, starts, whole

# "Считаем, что…" / "we believe" is an opinion, not a count; cut before looking for a check.
_OPINION = re.compile(r"(?<![^\W_])(?:считаем|считаю|считает),? (?:что|как)(?![^\W_])")

_OBSERVABLE = pattern(
    # a number or a share
    r"\d",
    starts("процент", "percent", "per cent", "доля", "долю", "число", "количеств", "сколько"),
    starts("how many", "how much", "how often", "share of"),
    # measuring and counting
    starts(
        *("метрик", "измер", "замер", "посчита", "подсчит", "считаем", "считать", "считают"),
        *("сравн", "динамик", "отслежива", "трек", "мониторинг", "показател", "статистик"),
        *("аналитик", "данны", "выборк", "тестир", "a/b", "аб-тест", "контрольн"),
        *("measur", "metric", "track", "monitor", "compar", "benchmark", "analytic"),
        *("statistic", "a/b", "before and after", "baseline", "data", "number"),
    ),
    whole("count", "counts", "counting", "counted", "log", "logs", "logging", "test", "tests"),
    whole("цифры", "цифрам", "цифрах", "оценим", "оценить"),
    # asking the client: surveys, interviews, reviews, feedback, calls
    starts(
        *("опрос", "анкет", "интервью", "спросим", "спрашива", "спросить", "узнаем"),
        *("узнавать", "обратн связ", "обратную связ", "обратной связ", "фидбек", "фидбэк"),
        *("созвон", "созван", "позвоним", "звоним", "звонок", "оценк", "оценива", "рейтинг"),
        *("survey", "interview", "feedback", "review", "ask", "call", "follow up"),
        *("follow-up", "rating", "rate", "score", "poll", "questionnaire", "check-in"),
    ),
    # checks, reports and business indicators
    starts(
        *("провер", "аудит", "чек-ап", "чек-лист", "чеклист", "отчет", "дашборд", "kpi"),
        *("nps", "csat", "ретеншн", "retention", "удержани", "отток", "churn", "конверси"),
        *("повторн", "продлени", "продлева", "жалоб", "check", "audit", "report"),
        *("dashboard", "conversion", "renewal", "repeat", "complaint"),
    ),
)
# "Отзывчивый" (responsive) is not "отзыв" (review).
_REVIEW_RU = re.compile(r"(?<![^\W_])отзыв(?!чив)")


def control_not_observable(text: str) -> bool:
    """True when the answer names no metric, check, survey or report."""
    normal = _OPINION.sub(" ", normalise(text))
    return not (_OBSERVABLE.search(normal) or _REVIEW_RU.search(normal))
