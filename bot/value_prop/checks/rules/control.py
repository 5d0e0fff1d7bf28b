"""Cues of the parts of a control: metric, source, cadence, action (lemmas, stems, patterns)."""

import re

from bot.value_prop.checks.rules import en_stems
from bot.value_prop.checks.text import pattern, starts, whole

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
        # what operations log: hours, downtime, overtime, readings, attendance, overdue, rework
        *("часы", "простой", "простаивать", "переработка", "показание", "посещаемость"),
        *("просрочить", "просрочка", "просроченный", "задержка", "дебиторка", "дебиторк"),
        *("переделка", "отмена", "отказ", "прирост", "успеваемость", "оценка"),
        *("себестоимость", "стоимость", "расход", "прибыль", "маржа", "маржинальность"),
        *("недостача", "излишек", "температура"),
    }
) | en_stems(
    *("share", "percent", "percentage", "number", "count", "rate", "rating", "score", "nps"),
    *("csat", "revenue", "churn", "returns", "refunds", "errors", "mistakes", "position"),
    *("rank", "trend", "metric", "kpi", "repeat", "renewal", "complaints", "penalties", "gap"),
    *("hours", "conversion", "retention", "no-shows", "minutes", "days", "ltv", "average"),
    *("write-offs", "defects", "delays", "positions", "time", "measure", "track", "usage"),
    *("downtime", "overtime", "readings", "attendance", "absences", "overdue", "late"),
    *("rework", "cancellations", "logged", "grades", "uptime", "idle", "missed", "reopened"),
    *("cost", "costs", "margin", "profit", "spend", "points", "velocity", "shortages"),
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
        # records kept anyway: timesheets, waybills, registers, meters, telemetry, diaries
        *("lms", "табель", "накладная", "накладный", "аналитик", "приложение", "реестр"),
        *("расписание", "телеметрия", "эксель", "счет", "мониторинг", "дневник", "тахограф"),
        *("бухгалтерия", "акт", "карта", "медкарта", "счетчик", "платежка", "квитанция", "датчик"),
        *("камера", "трекер", "таск-трекер", "тест", "тестирование", "контрольная", "экзамен"),
        *("сканер", "результат", "накладная", "спецификация", "путевой", "путёвка", "наряд"),
        *("смета", "платформа", "кабинет", "карточка", "чек-лист", "чеклист", "ведомость", "гугл"),
    }
) | en_stems(
    *("crm", "hubspot", "salesforce", "quickbooks", "erp", "till", "register", "statement", "log"),
    *("logs", "sheet", "spreadsheet", "report", "dashboard", "portal", "survey", "questionnaire"),
    *("call", "calls", "ask", "interview", "data", "analytics", "export", "system", "form"),
    *("forms", "tracker", "reviews", "poll", "bank", "pos", "app", "bot", "database", "records"),
    *("receipts", "invoices", "helpdesk", "pipedrive", "zoho", "bitrix", "notion", "airtable"),
    *("trello", "jira", "zendesk", "lms", "timesheet", "timesheets", "telemetry", "registry"),
    *("journal", "gradebook", "schedule", "ledger", "meter", "meters", "sensor", "sensors", "gps"),
    *("grafana", "tool", "software", "platform", "screen", "monitoring", "tachograph", "camera"),
    *("scanner", "logbook", "checklist", "chart", "record", "results", "quiz", "test", "tests"),
    *("exam", "1c", "excel", "accounting", "slip", "slips", "waybill", "waybills", "manifest"),
    "docket",
)
# Metric acronyms: "по nps" names what is measured, not where it comes from.
_METRIC_ACRONYMS = "nps|csat|kpi|ltv|cac|mrr|arr|sla|roi|ctr|cr|aov|gmv"
SOURCE = pattern(
    starts("google", "яндекс", "гугл", "личн кабинет", "личном кабинете", "по данным"),
    starts("according to", "pulled from", "pull from", "export from", "выгружаем из"),
    # A Latin name after a Russian preposition is a system: «в lms», «из 1c», «в yclients».
    rf"(?<![^\W_])(?:в|во|из|по|через) (?:нашей |нашем |нашу |наш )?"
    rf"(?!(?:{_METRIC_ACRONYMS})(?![^\W_]))[0-9]*[a-z][a-z0-9]*",
    starts("bookings", "booking system", "booking app", "booking log", "the booking"),
    whole("ga4", "ga", "stripe", "shopify"),
    starts("excel", "эксел"),
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

# A named system in English: "in Moodle", "from the LMS", "in 1C" (checked on the text as typed).
_NOT_SYSTEMS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|i|us|uk|eu"
)
NAMED_SYSTEM = re.compile(
    r"(?<![^\W_])(?:in|from|into|on|off|via|using|through) (?:the |our |a |their )?"
    rf"(?!(?i:{_NOT_SYSTEMS}|{_METRIC_ACRONYMS})(?![^\W_]))(?:[A-Z][A-Za-z0-9]+|[0-9]+[A-Z]\w*)"
)

# "Считаем, что…" / "we believe" is an opinion, not a count; cut before looking for parts.
OPINION = re.compile(
    r"(?<![^\W_])(?:(?:считаем|считаю|считает|думаем),? (?:что|как)|we (?:believe|think))"
    r"(?![^\W_])"
)
# English future: "we'll", "will", "going to".
EN_FUTURE = re.compile(r"(?<![^\W_])(?:\w+'ll|will|shall|going to|gonna)(?![^\W_])")
