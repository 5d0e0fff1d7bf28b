"""Cues that clear a suspicious phrase: a concrete moment in the past, a request for a referral."""

from bot.interview.linter.match import compile_any

_WEEKDAYS_RU = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_MONTHS_RU = r"(?:январ|феврал|март|апрел|ма[ея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр)"
# Singular only: "on Monday" is one day, "on Mondays" is a habit.
_WEEKDAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_PERIODS_EN = r"(?:time|week|month|year|quarter|night|season|spring|summer|fall|autumn|winter)"

PAST_ANCHOR = compile_any(
    # Russian: "в прошлом месяце", "на прошлой неделе", "в последний раз", "вчера", "3 дня назад".
    r"\b(?:в|на)\s+прошл\S*",
    r"\bпрошл\S*\s+(?:раз|недел\S*|месяц\S*|год\S*|квартал\S*|летом|зимой|осенью|весной)",
    r"\bпоследн\S*\s+(?!время|момент)\S+",
    r"\b(?:вчера|позавчера|недавно|на днях)\b",
    r"\bназад\b",
    rf"\bв(?:о)?\s+{_WEEKDAYS_RU}\b",
    rf"\bв\s+{_MONTHS_RU}\S*",
    r"\bв\s+20\d\d\b",
    r"\b(?:этой|этим)\s+(?:весной|зимой|осенью|летом)\b",
    r"\bсегодня\s+утром\b",
    # English: "last week", "yesterday", "two days ago", "in March", "on Monday".
    r"\blast\s+(?!minute|resort|one\b|thing\b)\S+",
    r"\b(?:yesterday|recently|ago)\b",
    r"\bthe other day\b",
    r"\bthis morning\b",
    rf"\bearlier this\s+{_PERIODS_EN}\b",
    rf"\bon\s+{_WEEKDAYS_EN}\b",
    rf"\bin\s+{_MONTHS_EN}\b",
    r"\bin\s+20\d\d\b",
)


# "Some problems came up when ...": the question is about what happened, not a self-diagnosis.
PAST_EVENT = compile_any(
    r"\b(?:возник(?:л[аио])?|был[иао]?|случил\S*|появил\S*|произошл\S*|встретил\S*|столкнул\S*)\b",
    r"\b(?:did|had)\s+(?:you|u)\s+(?:have|face|run into|hit|get|meet|encounter)\b",
    r"\b(?:came|come|cropped|popped)\s+up\b|\bwere there\b|\bwent wrong\b",
)

# Asking who else to talk to is a good question even in the conditional or with "полезно":
# "кого бы вы посоветовали", "с кем мне было бы полезно поговорить", "who would you suggest I ask".
REFERRAL = compile_any(
    r"\b(?:с кем|кого|кому|кто еще)\b.*\b(?:поговор|пообщ|обсуд|связат|познаком|(?:рас)?спрос)\S*",
    r"\bкого\s+(?:ещ[её]\s+)?(?:посоветуете|порекомендуете)\b",
    # The other Mom Test closing question: "о чём я не спросил, а стоило бы?".
    r"\b(?:о\s+ч[её]м|что)\s+(?:ещ[её]\s+)?(?:мне\s+)?(?:я\s+)?(?:не\s+)?(?:спросил\S*|забыл\S*|"
    r"упустил\S*|стоило\s+(?:бы\s+)?(?:у\s+вас\s+)?спросить)",
    r"\bwhat\s+(?:else\s+)?(?:should|could)\s+i\s+have\s+asked\b|\bshould(?:'ve|\s+have)\s+asked\b",
    r"\b(?:who|whom|anyone|someone|somebody)\b.*\b(?:talk|speak|meet|chat|reach out|"
    r"introduce|ask)\b",
)
