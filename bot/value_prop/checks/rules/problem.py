"""Cues of a solution in disguise beyond software: people to hire, services and channels to buy."""

# Word starts: "нужен маркетолог", "need a bookkeeper", "нет доставки", "want a newsletter".
HIRED_HELP = (
    *("маркетолог", "бухгалтер", "подрядчик", "юрист", "дизайнер", "программист", "агентств"),
    *("smm", "смм", "таргетолог", "копирайтер", "консультант", "аутсорс", "фрилансер"),
    *("менеджер", "продажник", "manager", "salesperson", "sales rep"),
    *("marketer", "bookkeeper", "accountant", "contractor", "lawyer", "designer", "developer"),
    *("agency", "consultant", "freelancer", "outsourc", "va ", "virtual assistant"),
)
SERVICES = (
    *("доставк", "аналитик", "баз", "личн кабинет", "личного кабинета", "кабинет"),
    *("расписани", "онлайн-курс", "курс", "обучени", "канал", "рассылк", "программ лояльн"),
    *("программы лояльн", "подписк", "документооборот", "реклам", "продвижени", "таргет"),
    *("онлайн-запис", "онлайн запис", "эдо", "чат", "телеграм-канал", "телеграм канал"),
    *("delivery", "analytics", "database", "portal", "schedule", "course", "training"),
    *("channel", "newsletter", "loyalty", "subscription", "e-signature", "esignature"),
    *("ads", "advertising", "promotion", "online booking", "reminder", "crm"),
    *("онлайн-оплат", "онлайн оплат", "эквайринг", "online payment", "payments", "acquiring"),
)
