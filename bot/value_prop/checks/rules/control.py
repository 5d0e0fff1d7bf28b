"""Cues of the parts of a control: metric, source, cadence, action (lemmas, stems, patterns)."""

import re

from bot.value_prop.checks.rules import en_stems
from bot.value_prop.checks_text import pattern, starts, whole

# What is observed or measured. Russian lemmas (pymorphy3 normal forms), English stems.
METRIC_LEMMAS = frozenset(
    {
        *("доля", "процент", "число", "количество", "сколько", "конверсия", "рейтинг", "оценка"),
        *("выручка", "чек", "отток", "возврат", "списание", "ошибка", "позиция", "динамика"),
        *("метрика", "показатель", "продление", "жалоба", "пропуск", "неустойка", "штраф"),
        *("расхождение", "час", "время", "срок", "retention", "nps", "csat", "kpi", "ltv"),
        *("балл", "средний", "повторный", "удержание", "опоздание", "неявка", "брак"),
        *("считать", "посчитать", "подсчитать", "подсчитывать", "замерять", "замерить"),
        *("измерять", "измерить", "пользоваться", "счесть"),
    }
) | en_stems(
    *("share", "percent", "percentage", "number", "count", "rate", "rating", "score", "nps"),
    *("csat", "revenue", "churn", "returns", "refunds", "errors", "mistakes", "position"),
    *("rank", "trend", "metric", "kpi", "repeat", "renewal", "complaints", "penalties", "gap"),
    *("hours", "conversion", "retention", "no-shows", "minutes", "days", "ltv", "average"),
    *("write-offs", "defects", "delays", "positions", "time", "measure", "track", "usage"),
)
METRIC = pattern(
    r"\d+ ?%",
    r",? (?:ли|whether) ",
    starts("how many", "how much", "how long", "time to", "сколько"),
)

# Where the figure comes from: a system, a report, a log, a call, a survey, the client.
SOURCE_LEMMAS = frozenset(
    {
        *("crm", "црм", "срм", "амо", "amocrm", "битрикс", "1с", "erp", "касса", "выписка"),
        *("журнал", "лог", "таблица", "отчёт", "отчет", "дашборд", "кабинет", "опрос", "анкета"),
        *("звонок", "звонить", "позвонить", "спрашивать", "спросить", "созвон", "созвониться"),
        *("интервью", "данные", "аналитика", "запись", "выгрузка", "выгружать", "система"),
        *("форма", "метрика", "трекер", "отзыв", "обзвон", "обзванивать", "опрашивать"),
        *("опросить", "банк", "чат", "бот", "учёт", "учет", "программа", "сверять", "сверить"),
        *("пайпдрайв", "ноушн", "трелло", "эйртейбл", "мойсклад", "айко", "iiko", "r_keeper"),
    }
) | en_stems(
    *("crm", "hubspot", "salesforce", "quickbooks", "erp", "till", "register", "statement"),
    *("log", "logs", "sheet", "spreadsheet", "report", "dashboard", "portal", "survey"),
    *("questionnaire", "call", "calls", "ask", "interview", "data", "analytics"),
    *("export", "system", "form", "forms", "tracker", "reviews", "poll", "bank"),
    *("pos", "app", "bot", "database", "records", "receipts", "invoices", "helpdesk"),
    *("pipedrive", "zoho", "bitrix", "notion", "airtable", "trello", "jira", "zendesk"),
)
SOURCE = pattern(
    starts("google", "яндекс", "гугл", "личн кабинет", "личном кабинете", "по данным"),
    starts("bookings", "booking system", "booking app", "booking log", "the booking"),
    whole("ga4", "ga", "excel", "эксель", "stripe", "shopify"),
)

# How often: a recurring slot or a fixed moment after an event.
CADENCE = pattern(
    starts("раз в ", "раз за ", "кажд", "ежедн", "еженед", "ежемес", "ежекварт", "ежегод"),
    starts("после кажд", "по понедельникам", "по пятницам", "по вторникам", "по утрам"),
    starts("по средам", "по четвергам", "по итогам", "в конце кажд", "в конце месяц"),
    r"(?<![^\W_])через (?:\d+|две|три|пять|неделю|месяц|день|пару)",
    r"(?<![^\W_])на (?:\d+|седьм|трет|пят|десят)\w*[- ]?(?:й )?(?:день|дня|неделе)",
    starts("every", "each", "daily", "weekly", "monthly", "quarterly", "yearly", "annually"),
    starts("once a", "twice a", "once per", "per week", "per month", "a week after"),
    r"(?<![^\W_])\d+ (?:days?|weeks?|months?) (?:after|later|in)",
    starts("after every", "after each", "at the end of each", "on mondays", "on fridays"),
)

# What happens when the figure is off.
ACTION = pattern(
    starts("если", "в случае", "иначе", "при падении", "при росте", "таким", "тем, кто"),
    whole("if", "when", "otherwise", "below", "under", "above", "ниже", "выше"),
    r"\s-\s",
)

# "Считаем, что…" / "we believe" is an opinion, not a count; cut before looking for parts.
OPINION = re.compile(
    r"(?<![^\W_])(?:(?:считаем|считаю|считает|думаем),? (?:что|как)|we (?:believe|think))"
    r"(?![^\W_])"
)
# English future: "we'll", "will", "going to".
EN_FUTURE = re.compile(r"(?<![^\W_])(?:\w+'ll|will|shall|going to|gonna)(?![^\W_])")
