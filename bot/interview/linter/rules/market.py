"""Rules third_party_opinion and usual_price: asking about other people or the market's prices."""

from bot.interview.linter.cues import REFERRAL
from bot.interview.linter.match import GAP2, GAP3, YOU, Rule, compile_any

# Asking for a guess: "как думаете", "по-вашему", "do you reckon".
_RU_GUESS = (
    r"(?:(?:как\s+)?(?:вы\s+)?(?:думаете|считаете|полагаете|думаешь|считаешь)|по[\s-]вашему|"
    r"по[\s-]твоему|как\s+вам\s+кажется|на\s+ваш\s+взгляд|по\s+вашему\s+мнению)"
)
# People other than the one asked: "другие салоны", "ваши коллеги", "многие", "конкуренты".
_RU_OTHERS = (
    r"(?:други[ехм]|остальн\S*|многи[ех]|большинств\S*|люд(?:и|ей)|ваши\s+\S+|твои\s+\S+|"
    r"коллег\S*|знакомы[ех]|конкурент\S*|родител\S*|клиент(?:ы|ов)|покупател(?:и|ей)|"
    r"владельц\S*|мам[ыа]?\b|кто[\s-]нибудь|кто[\s-]то)"
)
# What those others would do: "стали бы", "будут покупать", "заплатят", "захотят".
_RU_THEY_WOULD = (
    r"(?:\S+л[иао]?(?:сь|ся)?\s+бы|бы\s+\S+л[иао]?(?:сь|ся)?|будут|станут|захотят|купят|заплатят|перейдут|"
    r"согласятся|пользовались\s+бы|воспользуются|оценят|нужн\S*)"
)
_RU_MARKET = r"(?:рын(?:ок|ка|ке)|спрос\S*)"

_EN_GUESS = (
    rf"(?:do|would|d'|did)\s*{YOU}\s+(?:think|reckon|say|guess|expect|believe|imagine|feel)|"
    r"in\s+your\s+(?:opinion|view|experience)|would\s+you\s+say"
)
_EN_OTHERS = (
    r"(?:other|most|many|all|some)\s+(?:\S+\s+)?\S+|people|folks|others|everyone|anyone|"
    r"(?:your|ur)\s+(?:\S+\s+)?(?:clients|customers|colleagues|peers|friends|patients|students|"
    r"users|competitors|members|parents|guests|employees|staff|team|followers|subscribers)|businesses|companies|owners|competitors|"
    r"(?:small|local|independent|big|large)\s+\S+s"
)
_EN_WOULD_DO = (
    r"(?:would|will|'d|might|could)\s+(?:\S+\s+)?(?:use|pay|buy|want|switch|like|need|try|sign|"
    r"subscribe|love|care|adopt|go for|be interested)"
)

THIRD_PARTY_OPINION = Rule(
    hits=compile_any(
        # "как думаете, другие владельцы стали бы…", "по-вашему, будет ли спрос".
        rf"\b{_RU_GUESS}\b.*\b{_RU_OTHERS}\s+{GAP3}{_RU_THEY_WOULD}",
        rf"\b{_RU_GUESS}\b.*\b{_RU_THEY_WOULD}\s+{GAP2}{_RU_OTHERS}",
        rf"\b{_RU_GUESS}\b.*\b{_RU_MARKET}",
        rf"\b{_RU_MARKET}\b.*\b{_RU_GUESS}\b",
        rf"\b(?:ваши|твои|други[ех]|многие|ваш\S*\s+знаком\S*)\s+(?:\S+\s+)?\S+\s+{GAP2}"
        r"(?:\S+л[иао]?(?:сь|ся)?\s+бы|бы\s+\S+л[иао]?(?:сь|ся)?)\b",
        rf"\b(?:есть|будет|большой|велик)\s+(?:ли\s+)?(?:вообще\s+|сейчас\s+)?{_RU_MARKET}\s+"
        r"(?:на|для|у|под|в)\b",
        rf"\b(?:есть|будет|большой)\s+ли\s+(?:\S+\s+)?{_RU_MARKET}",
        r"\bчто\s+(?:думают|говорят|скажут)\s+(?:\S+\s+)?(?:други\S*|ваши\s+\S+|коллег\S*|"
        r"клиент\S*|люди|конкурент\S*|остальн\S*)",
        r"\bмного\S*\s+ли\b",
        r"\b(?:ваши|твои|други[ех]|остальные)\s+(?:\S+\s+)?(?:будут|станут|захотят|купят|заплатят)\b",
        r"\bнуж(?:ен|на|но|ны)\s+ли\s+(?:\S+\s+){0,3}?(?:вашим|другим|коллегам|клиентам|людям|"
        r"соседям|остальным|знакомым)\b",
        r"\b(?:ваши|твои|други[ех]|остальные)\s+(?:\S+\s+)?(?:думают|считают|говорят|скажут)\s+"
        r"(?:о|об|про|насчет)\b",
        # "do you think other gyms would pay", "would your clients use", "is there a market".
        rf"\b(?:{_EN_GUESS})\b.*\b(?:{_EN_OTHERS})\s+{_EN_WOULD_DO}",
        rf"\b(?:{_EN_OTHERS})\b.*,?\s*(?:(?:do|would)\s+)?{YOU}\s+(?:think|reckon|say|guess)\s*\??\s*$",
        rf"\b(?:would|will)\s+(?:{_EN_OTHERS})\s+(?:\S+\s+){{0,3}}?(?:use|pay|buy|want|switch|"
        r"like|need|try|sign|subscribe|adopt|go for|be)\b",
        r"\bhow\s+many\s+(?:people|others|businesses|companies|owners|\S+s)\b.*\b(?:would|will|"
        r"might)\s+(?:\S+\s+)?(?:want|use|pay|buy|need|sign|switch)\b",
        r"\b(?:is\s+there|there(?:'s|\s+is|\s+would\s+be|'d\s+be))\s+(?:a\s+|any\s+|enough\s+|real\s+)?"
        r"(?:market|demand)\b",
        r"\b(?:how\s+big|size\s+of)\s+(?:is\s+)?the\s+market\b|\bmarket\s+for\s+(?:this|it|that)\b",
        r"\bwhat\s+(?:do|would|will)\s+(?:other|most|your|ur)\s+(?:\S+\s+){0,2}?\S+\s+think\b",
        r"\b(?:будут|станут|захотят)\s+ли\s+(?:ваши|други[ех]|многие|остальные|люди|коллеги)\b",
    ),
    unless=REFERRAL,
)

# What the market charges: "обычно берут", "средняя цена", "going rate", "usually charge".
# Where a market is: "в вашем городе", "у вас в сфере" (still the market, not their own price).
_RU_AREA = r"(?:город|район|регион|стран|област|округ|сфер|нише|отрасл)\S*"
_RU_MARKET_CUE = (
    r"(?:обычно|в\s+среднем|как\s+правило|сейчас|щас|нынче|на\s+рынке|у\s+конкурентов|"
    r"у\s+других|примерно|принято)"
)
_RU_THEY_CHARGE = (
    r"(?:берут|просят|дерут|ставят|продают|стоит|стоят|платят|выставляют|брать|просить|ставить)"
)
_EN_CHARGE = r"(?:charge|ask|cost|bill|get paid)"

USUAL_PRICE = Rule(
    hits=compile_any(
        rf"\bсколько\s+{GAP3}{_RU_MARKET_CUE}\s+{GAP2}{_RU_THEY_CHARGE}\b",
        rf"\bсколько\s+{GAP2}{_RU_THEY_CHARGE}\s+{GAP2}(?:{_RU_MARKET_CUE}|конкурент\S*|"
        r"други\S*|\S+\s+в\s+городе|в\s+городе|у\s+вас\s+в)",
        r"\bсколько\s+(?:\S+\s+)?(?:берут|просят|дерут)\b",
        rf"\bпоч[её]м\b.*\b(?:{_RU_MARKET_CUE}|{_RU_THEY_CHARGE})\b",
        rf"\b(?:какие|какая|какой|каков\S*)\s+{GAP2}(?:цен\S*|расценк\S*|стоимост\S*|тариф\S*|"
        rf"ценник\S*|прайс\S*)\s+{GAP3}{_RU_MARKET_CUE}",
        rf"\b(?:какие|какая|какой)\s+{GAP2}{_RU_MARKET_CUE}\s+(?:цен\S*|расценк\S*|стоимост\S*|"
        r"тариф\S*)",
        r"\b(?:средн\S*|рыночн\S*)\s+(?:\S+\s+)?(?:цен\S*|стоимост\S*|зарплат\S*|расценк\S*|тариф\S*)",
        r"\bцен\S*\s+(?:\S+\s+)?на\s+рынке\b",
        rf"\b(?:usually|typically|normally|generally|on average)\s+{_EN_CHARGE}\b",
        r"\bwhat\s+do\s+(?:people|others|customers|clients|businesses|companies|folks|most\s+\S+|"
        r"other\s+\S+)\s+(?:usually\s+|normally\s+|typically\s+)?(?:pay|spend)\b",
        rf"\bwhat\s+do\s+(?!{YOU}\b)(?:\S+\s+){{1,3}}?(?:usually\s+|typically\s+|normally\s+)?"
        rf"{_EN_CHARGE}\b",
        rf"\bhow\s+much\s+do(?:es)?\s+(?!{YOU}\b)(?:\S+\s+){{1,3}}?(?:usually\s+|typically\s+|"
        rf"normally\s+)?{_EN_CHARGE}\b(?!\s+(?:you|u)\b)",
        r"\b(?:going|market|typical|usual|average|standard)\s+(?:\S+\s+)?(?:rate|price|cost|fee|"
        r"markup|margin|wage|salary)s?\b",
        rf"\bwhat\s+(?:are|r)\s+(?!{YOU}\b)(?:\S+\s+){{1,3}}?(?:charging|asking)\b",
        r"\bwhat\s+does\s+(?:a|an)\s+(?:\S+\s+){0,2}?cost\b(?!\s+(?:you|u|your)\b)",
        r"\bhow\s+much\s+(?:are|do)\s+(?:people|others|customers|clients|businesses|companies|folks|"
        r"most\s+\S+|other\s+\S+)\s+(?:usually\s+|typically\s+)?(?:pay|paying|spend|spending)\b",
    ),
    # Their own price is a fact about them: «сколько сейчас стоит ваш час?», «какая у вас цена?»
    # ("у вас в городе" is still the market).
    unless=compile_any(
        rf"\bваш(?!\S*\s+{_RU_AREA})\S*",
        rf"\bу\s+вас\b(?!\s+(?:в|во)\s+{_RU_AREA})",
    ),
)
