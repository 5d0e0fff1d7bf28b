"""Rule price_guess: asking what someone would pay, or whether a price is too high."""

from bot.interview.linter.match import AMOUNT, GAP1, GAP3, YOU, Rule, compile_any

# Paying, in Russian: "заплатить", "платили", "отдали", "потратить", "выложить", "вложить".
_RU_PAY = r"(?:за|о|у)?плат(?!форм)\S*|отда\S*|потрат\S*|выложи\S*|вложи\S*"
_RU_BUY = r"(?:купи|покупа|приобре|подписал|брали|взяли)\S*"
# Whether the price is acceptable: "дорого", "нормально", "по карману".
_RU_VERDICT = (
    r"(?:дорог|дешев|много|норм|приемлем|адекват|подъемн|разумн|справедлив|комфорт|по карману|"
    r"ок\b)\S*"
)
_EN_PAY = r"(?:pay|spend|invest|budget|shell out|fork out|part with)"
_EN_VERDICT = r"(?:expensive|pricey|cheap|much|reasonable|fair|affordable|ok|okay|steep)\b"

PRICE_GUESS = Rule(
    hits=compile_any(
        # "сколько вы готовы заплатить", "сколько бы вы отдали", "сколько вы будете платить".
        rf"\bсколько\s+{GAP3}(?:готов\S*|бы|будете|будешь|соглас\S*|могли|стали|не жалко)\s+"
        rf"{GAP3}(?:{_RU_PAY})",
        rf"\bготов\S*\s+(?:ли\s+)?(?:вы\s+)?(?:бы\s+)?(?:{_RU_PAY}|{_RU_BUY})",
        # "стали бы вы платить", "заплатили бы", "вы бы платили".
        rf"\b\S+л[иа]?[\s-]+бы?\s+(?:вы\s+)?{GAP1}(?:{_RU_PAY})",
        rf"\b(?:{_RU_PAY})[\s-]+бы?\b",
        rf"\bбы\s+(?:вы\s+)?(?:{_RU_PAY})",
        # Buying becomes a price question once a sum is named: "купили бы за 990 рублей".
        rf"\b(?:{_RU_BUY})[\s-]+бы?\b(?=.*{AMOUNT})",
        rf"{AMOUNT}.*\b(?:{_RU_BUY})[\s-]+бы\b",
        rf"\bбы\s+(?:вы\s+)?(?:{_RU_BUY})(?=.*{AMOUNT})",
        rf"\bза сколько\s+(?:бы\s+)?(?:вы\s+)?(?:бы\s+)?(?:{_RU_BUY})",
        # "1500 рублей это дорого?", "какую цену вы считаете справедливой".
        rf"{AMOUNT}\S*\s+(?:\S+\s+){{0,6}}?(?:слишком\s+)?{_RU_VERDICT}",
        rf"\b(?:слишком\s+)?{_RU_VERDICT}\s+(?:\S+\s+){{0,2}}?{AMOUNT}",
        rf"\b(?:как\S*|устроит\S*)\s+(?:ли\s+)?(?:\S+\s+)?(?:цен|стоимост|сумм|бюджет|тариф)\S*"
        rf"\s+{GAP3}(?:считает|готов|устро|назвал|справедлив|приемлем|нормальн|адекват|подход|"
        r"разумн|комфорт|был\S* бы|бы|вас)\S*",
        r"\b(?:цен\S*|стоимост\S*)\s+(?:\S+\s+)?(?:вас\s+)?устроит\b",
        r"\b(?:не\s+)?дорог\S*\s+ли\b",
        r"\bустроит\s+ли\s+(?:вас\s+)?(?:\S+\s+)?(?:цен|стоимост|тариф|прайс|подписк)\S*",
        r"\bкак\s+(?:вы\s+)?отнес\S*\s+к\s+(?:\S+\s+)?(?:цен|стоимост|тариф|оплат)\S*",
        r"\bсколько\s+(?:\S+\s+){0,3}?должн\S*\s+стоить\b",
        # English: "how much would you pay", "what would you pay", "are you willing to pay".
        rf"\bhow much\s+(?:would|will|could|might|'?d)\s+(?:{YOU}|your \S+|they|people)\s+"
        rf"(?:\S+\s+)?(?:be\s+)?(?:{_EN_PAY}|willing|prepared|happy|ready|expect)",
        rf"\bhow much\s+(?:are|r|would)\s+{YOU}\s+(?:be\s+)?(?:willing|ready|prepared|happy)\b",
        rf"\bwhat\s+(?:would|will|could|'?d)\s+{YOU}\s+(?:be\s+willing\s+to\s+)?{_EN_PAY}\b",
        rf"\b(?:willing|ready|prepared|happy)\s+to\s+{_EN_PAY}\b",
        rf"\b(?:would|will)\s+{YOU}\s+(?:\S+\s+){{0,3}}?(?:{_EN_PAY}|paying|spending)\b",
        rf"\b(?:would|will)\s+(?:people|they|customers|clients|anyone|someone|businesses|your\s+\S+)"
        rf"\s+(?:\S+\s+)?{_EN_PAY}\b",
        rf"\b(?:people|they|customers|clients|anyone|someone|businesses)\s+(?:would|will|'d)\s+"
        rf"(?:\S+\s+)?{_EN_PAY}\b",
        rf"\b(?:would|will)\s+{YOU}\s+(?:\S+\s+)?(?:buy|purchase|subscribe)\b(?=.*{AMOUNT})",
        rf"{AMOUNT}\S*\s+(?:\S+\s+){{0,4}}?(?:too\s+)?{_EN_VERDICT}",
        r"\b(?:is|would|will)\s+(?:\S+\s+){0,3}?(?:be\s+)?too\s+(?:expensive|pricey|much|steep)\b",
        r"\bworth\s+to\s+(?:you|u|your\s+\S+)\b",
        r"\bhow much\s+(?:\S+\s+){0,6}?worth\b",
        r"\bhow much\s+(?:is|would|will)\s+(?:it|this|that)\s+(?:be\s+)?worth\b",
        r"\b(?:what|which)\s+price\s+(?:\S+\s+)?(?:would|will|could|should|seems?|feels?|sounds?|"
        r"looks?|is fair|makes sense|do)\b",
        r"\b(?:fair|right|good|acceptable|reasonable)\s+(?:\S+\s+)?(?:price|fee|rate|cost|amount)\b",
        rf"\b(?:would|will|is|does|could)\s+(?:a\s+|an\s+)?{AMOUNT}",
        r"\bprice point\b",
        rf"\b(?:the\s+)?(?:max|maximum|most)\s+(?:{YOU}'?d|{YOU}\s+would)\s+(?:\S+\s+)?"
        r"(?:pay|spend|budget)\b",
        rf"\bза\s+сколько\s+(?:\S+\s+){{0,3}}?(?:{_RU_BUY})[\s-]+бы\b",
        r"\bhow much\s+(?:\S+\s+){0,4}?(?:should|would|will|'d)\s+(?:\S+\s+)?(?:cost|charge)\b",
    ),
)
