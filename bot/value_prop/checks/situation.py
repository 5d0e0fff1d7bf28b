"""Situation check: the answer names no moment, event or trigger ("всегда", "in general")."""

import re

from bot.value_prop.checks.rules import situation as rules
from bot.value_prop.checks.text import normalise, pattern, starts, whole

# "Every day", "когда угодно" sound like a moment but name none; cut before looking for one.
_EVERY_DAY = re.compile(
    r"(?<![^\W_])(?:каждый день|каждодневн\w*|ежедневн\w*|когда угодно|когда придется"
    r"|every day|each day|every single day|whenever they want|any time|anytime"
    r"|в течение (?:всего )?(?:рабочего )?дня|во время работы|в рабочее время|в течение года"
    r"|during (?:the )?(?:work ?day|working day|work|business hours)|throughout the (?:day|year))"
)

_TRIGGER = pattern(
    # a moment: when, after, before, during, as soon as, if
    starts(
        *("когда", "как только", "после того", "перед", "накануне", "во время", "в момент"),
        *("в то время", "пока ", "если", "в случае", "сразу", "в тот день", "в день"),
        *("в последний момент", "в последний день", "в последнюю"),
        *("whenever", "as soon as", "during", "the moment", "the day", "the first"),
        *("right after", "upon", "until", "every time", "each time"),
    ),
    whole("после", "when", "after", "before", "while", "once", "if"),
    # "при запуске", but not "при этом" (besides) or "при работе" (in general)
    r"(?<![^\W_])при (?!этом|работе|жизни|деле|любом)[^\W\d_]+",
    # a point in a period: end of the month, beginning of the quarter
    starts(
        *("в конце", "в начале", "в середине", "к концу", "к началу"),
        *("at the end", "at the start", "at the beginning", "end of", "start of"),
        *("beginning of", "month-end", "year-end", "quarter-end", "end-of"),
    ),
    # a recurring slot: every Monday, on Fridays, each quarter, once a month
    starts("кажд", "раз в", "по утрам", "по вечерам", "по выходным"),
    whole("every", "each"),
    # days, parts of the day, months
    starts(
        *("понедельник", "вторник", "по средам", "четверг", "пятниц", "суббот", "воскресен"),
        *("утр", "вечер", "ночь", "ночью", "обед", "выходн", "январ", "феврал", "март", "апрел"),
        *("июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night"),
        *("weekend", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december", "lunch"),
    ),
    whole("may", "мая", "май", "среда", "среду", "приходит", "приходят"),
    # concrete events
    starts(
        *("сезон", "праздник", "дедлайн", "запуск", "открыти", "открыва", "переезд", "отпуск"),
        *("увольн", "найм", "нанима", "проверк", "аудит", "отчетн", "сдач", "распродаж"),
        *("черн пятниц", "новый год", "новогодн", "квартал", "ремонт", "свадьб", "рождени"),
        *("декрет", "выход из", "выходе из", "поступ", "season", "holiday", "deadline", "launch"),
        *("opening", "moving", "relocat", "vacation", "audit", "inspection", "tax season"),
        *("tax time", "tax return", "peak", "christmas", "hiring", "onboard", "payday", "wedding"),
        *("birth", "checkout", "renewal", "quarter", "arriv", "sign up", "signs up"),
        *("places an order", "rush", "black friday"),
    ),
    # a number: a date, a time, a count
    r"\d",
)


NO_TRIGGER = "situation_no_trigger"


def situation_no_trigger(text: str) -> bool:
    """True when nothing in the answer says when the problem shows up.

    "When" followed only by a need or a difficulty («когда возникает необходимость», "when it gets
    hectic") names no moment anyone could recognise, so such clauses are cut first.
    """
    normal = rules.VAGUE_WHEN.sub(" ", _EVERY_DAY.sub(" ", normalise(text)))
    return not _TRIGGER.search(normal)
