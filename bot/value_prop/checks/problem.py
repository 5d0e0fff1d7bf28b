"""Problem check: the "problem" is a missing solution ("нужен сайт", "no CRM"), not a pain."""

import re

from bot.value_prop.checks.rules import problem as rules
from bot.value_prop.checks.text import normalise, pattern, starts, whole, words

# Tools and services a founder tends to sell; their absence is not the customer's problem.
_SOLUTION = pattern(
    starts(
        *("сайт", "лендинг", "приложени", "crm", "црм", "срм", "erp", "1с", "бот", "чатбот"),
        *("платформ", "сервис", "программ", "софт", "систем", "инструмент", "автоматиз"),
        *("дашборд", "маркетплейс", "интернет-магазин", "портал", "решени", "нейросет"),
        *("website", "web-site", "webapp", "web app", "landing page", "application"),
        *("software", "platform", "automat", "dashboard", "chatbot", "chat-bot", "marketplace"),
        *("online store", "online shop", "e-shop", "portal", "saas", "crm", "erp"),
    ),
    whole(
        *("ии", "ai", "app", "apps", "bot", "bots", "site", "sites", "tool", "tools"),
        *("system", "systems", "solution", "solutions", "service", "services"),
        *("program", "programs", "programme"),
    ),
    starts(*rules.HIRED_HELP, *rules.SERVICES),
)

# Words that announce a lack or a wish, to be followed by a solution noun.
_WANT = "|".join(
    (
        starts(
            *("необходим", "требует", "требуют", "отсутств", "не хватает", "не хватало"),
            *("нехватк", "недоста", "хотели бы", "хотелось бы", "мечтают о", "не имеют"),
            *("need", "lack", "want", "wish", "would like", "looking for", "don't have"),
            *("do not have", "doesn't have", "does not have", "haven't got", "there is no"),
            *("missing", "absence of", "no proper", "no decent", "no good"),
        ),
        whole(
            *("нужен", "нужна", "нужно", "нужны", "нет", "нету", "хотят", "хочет", "ищут"),
            *("без", "no", "without", "have no", "has no", "there's no"),
        ),
    )
)
# A lack then, within three words, a solution: "нет нормальной CRM", "need a simple app".
_WINDOW = r"(?:\s+\S+){0,3}?\s*"
_WANT_THEN_SOLUTION = re.compile(rf"(?:{_WANT})\w*{_WINDOW}(?:\S*-)?(?:{_SOLUTION.pattern})")
# A solution then its absence: "CRM у них нет", "сайта не хватает", "an app is missing".
_SOLUTION_THEN_LACK = re.compile(
    rf"(?:{_SOLUTION.pattern})\S*(?:\s+\S+){{0,2}}?\s+"
    r"(?:нет|нету|отсутствует|не хватает|is missing|are missing)(?![^\W_])"
)

# Signs of a real pain next to the missing tool: a loss, a cost, a failure, a delay.
_PAIN = pattern(
    starts(
        *("теря", "потер", "трат", "трач", "забыва", "забыл", "ошиба", "ошибк", "ошибоч"),
        *("не успева", "опаздыва", "срыва", "сорва", "жалу", "жалоб", "уходят", "уйдут"),
        *("штраф", "убыт", "переплач", "простаива", "простой", "вручную", "руками"),
        *("долго", "медленн", "путаю", "путаниц", "приходится", "вынужден", "выгора"),
        *("стресс", "упуска", "упуст", "отказыва", "возврат", "lose", "losing", "lost"),
        *("loss", "spend", "waste", "wasting", "forget", "forgot", "mistake", "error"),
        *("delay", "churn", "leave", "leaving", "complain", "penalt", "overpa", "manual"),
        *("by hand", "struggl", "stress", "burn", "slow", "abandon", "refund"),
    ),
    whole("miss", "misses", "missed", "late", "fine", "fined", "drop", "drops"),
)

# An answer this short that names a tool is the tool itself ("CRM-система", "a booking app").
_SHORT = 3


def problem_is_solution(text: str) -> bool:
    """True when the answer asks for a tool or service instead of naming a pain."""
    normal = normalise(text)
    if _PAIN.search(normal):
        return False
    if len(words(text)) <= _SHORT and _SOLUTION.search(normal):
        return True
    return bool(_WANT_THEN_SOLUTION.search(normal) or _SOLUTION_THEN_LACK.search(normal))
