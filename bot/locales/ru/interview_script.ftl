# Problem interview script (The Mom Test, Running Lean): methodology content, reword freely.
# A block of questions per hypothesis. Every question asks about the customer's past and present
# behaviour, never a hypothetical ("would you…", "если бы…") or a pitch, and never reads the
# founder's answers aloud: the customer's world is named by the topic the founder confirmed.
# { $topic } is a short noun phrase in the nominative («закупка зерна»): keep it after "как" or
# in another place where the nominative reads well. Keys: script-q-<block>-<name>.

script-document-title = Сценарий проблемного интервью
script-for = Ценностное предложение «{ $name }»
script-topic = Тема разговора: { $topic }
# Used in a question instead of a topic that would make it leading (the linter objects).
script-topic-fallback = ваша работа
script-opening-title = Как начать
script-opening = Спасибо, что нашли время! Я разбираюсь, как люди справляются с таким делом, как { $topic }. Мне важен ваш реальный опыт, я ничего не продаю. Разговор займёт 20–30 минут — можно я буду делать заметки?

script-section-screening = Тот ли это человек
script-section-last_time = Последний случай и его цена
script-section-situation = Ситуация
script-section-workaround = Что пробовали и за что платят сейчас
script-section-decision = Кто решает и кто платит
script-section-benefit = Выгода, которую заметят
script-section-control = Как поймут, что сработало
script-section-ranking = Главные проблемы собеседника
script-section-close = Следующий шаг
# Sections of scripts generated before the blocks per hypothesis.
script-section-opening = Начало разговора
script-section-qualifying = Подходит ли собеседник
script-section-problem = Трудность
script-section-workaround_cost = Как справляются сейчас и чего это стоит
script-section-commitment = Следующий шаг

# The hypothesis a question tests, shown beside it in the documents.
script-tag-segment = сегмент
script-tag-problem = проблема
script-tag-situation = ситуация
script-tag-benefit = выгода
script-tag-control = контроль
script-tag-close = договорённость

# Notes for the founder under a block heading: the hypothesis these questions test.
script-hypothesis = Проверяем гипотезу «{ $label }»: { $answer }
script-hypothesis-missing = Гипотеза «{ $label }» не записана — просто внимательно слушайте.
script-hypotheses-title = Гипотезы, которые проверяем
script-hypothesis-skipped = не записана
script-traits = Слушайте, совпадает ли: { $traits }.
script-trait-role = роль — { $value }
script-trait-size = размер — { $value }
script-trait-place = место — { $value }
script-trait-circumstance = обстоятельство — { $value }
# A hypothesis kept vague or skipped: never quoted; the founder is told what to listen for.
script-unclear = Гипотеза «{ $label }» { $why ->
        [skipped] не записана
       *[vague] пока размыта
    } — { $listen }
script-listen-segment = слушайте, кто этот человек: роль, размер дела, где работает и что у него общего с другими собеседниками.
script-listen-problem = слушайте конкретный последний случай и его цену: часы, деньги, потерянных клиентов.
script-listen-situation = слушайте, когда и где это случается: день, время, что было прямо перед этим.
script-listen-benefit = слушайте, что человек заметил первым, когда всё прошло хорошо: время, деньги, спокойствие.
script-listen-control = слушайте, какие цифры или признаки он сам проверяет и как часто.
script-listen-close = договоритесь о конкретном следующем шаге.

# Screening: does the person have the segment's defining traits.
script-q-screening-role = Какая у вас роль в таком деле, как { $topic }: вы решаете, делаете сами или поручаете кому-то?
script-q-screening-size = Расскажите о масштабе вашего дела: сколько у вас людей, точек или клиентов?
script-q-screening-place = Где вы работаете: в каком городе или регионе?
script-q-screening-circumstance = Как у вас сейчас устроено такое дело, как { $topic }: кто этим занимается и как часто?
script-q-screening-tenure = Как давно вы этим занимаетесь и с чего всё началось?

script-q-last_time-when = Когда вы в последний раз столкнулись с трудностью в таком деле, как { $topic }? Что тогда случилось?
script-q-last_time-cost = Во что вам обошёлся тот случай: время, деньги, клиенты?

script-q-situation-before = Что происходило прямо перед этим: где вы были, чем занимались, кто ещё участвовал?
script-q-situation-often = Сколько раз похожее случалось за последний месяц?

script-q-workaround-tried = Что вы уже пробовали, чтобы с этим справиться? Почему перестали?
script-q-workaround-pay = Чем вы пользуетесь для этого сейчас и сколько это стоит вам в месяц — деньгами или часами сотрудников?

script-q-decision-who = Кто у вас решал, когда вы в последний раз тратили деньги на такое дело, как { $topic }? Из чьего бюджета они шли?

script-q-benefit-noticed = Вспомните раз, когда всё прошло гладко. Что вы заметили первым: сколько времени или денег это сберегло?

script-q-control-knew = Как вы в тот раз поняли, что всё получилось? Что именно вы проверяли?
script-q-control-numbers = Какие цифры вы смотрите, чтобы понять, что всё идёт нормально? Когда смотрели последний раз?

script-q-ranking-top = Какие три дела отняли у вас больше всего сил за последний месяц? Расставьте их по порядку. Где среди них такое дело, как { $topic }?

script-q-close-time = Давайте созвонимся ещё раз недели через две — какой день вам удобен?
script-q-close-pilot = Я собираю небольшую группу для пилота. Записать вас? Куда прислать подробности?
script-q-close-referral = С кем ещё мне стоит поговорить об этом? Познакомите?

# The checklist at the end of the document.
script-howto-title = Как вести интервью
script-howto-1 = Слушайте больше, чем говорите. Паузы — это нормально: дайте собеседнику договорить.
script-howto-2 = Просите конкретику: когда это было в последний раз, сколько именно, можно ли посмотреть.
script-howto-3 = Не рассказывайте о своей идее и не продавайте: вам нужны факты из прошлого, а не вежливые обещания.
script-howto-4 = Записывайте дословные цитаты, а сразу после звонка отметьте, какие гипотезы подтвердились.

# The topic the founder confirms before the script is built (chat).
iv-topic-propose = Чтобы вопросы звучали на языке клиента, назову в них его дело одной короткой фразой: <b>{ $topic }</b>. Подходит? Если нет — напишите свою, например «закупка зерна» или «запись пациентов».
iv-topic-ask = Напишите коротко, о каком деле клиента пойдёт разговор — 1–6 слов, например «закупка зерна» или «запись пациентов». Я вставлю это в вопросы вместо ваших ответов.
iv-topic-invalid = Нужна короткая фраза одной строкой: от 2 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
iv-topic-text-please = Пришлите тему текстом.
btn-iv-topic-ok = ✅ Да, «{ $topic }»
btn-iv-topic-other = ✏️ Написать другую

# python -m bot script: one sentence per problem, then exit code 2.
script-cli-usage-error = { $error }. Запуск: python -m bot script --vp FILE.json [--lang ru|en] [--format md|pdf] [-o PATH]
script-cli-no-file = Не удалось прочитать файл { $path }: { $reason }.
script-cli-bad-json = В файле { $path } не JSON: { $reason }.
script-cli-not-object = В файле { $path } должен быть JSON-объект с ответами: segment, problem, situation, benefit, control.
script-cli-not-text = Поле «{ $key }» должно быть строкой.
script-cli-bad-vague = Поле «vague» должно быть списком из: { $fields }.
script-cli-bad-lang = Язык «{ $lang }» не поддерживается: укажите ru или en.
script-cli-pdf-needs-output = Для --format pdf укажите файл: -o PATH.
script-cli-cannot-write = Не удалось записать { $path }: { $reason }.
