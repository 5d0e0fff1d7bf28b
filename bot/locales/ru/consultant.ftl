## Consultant workspace: invites, linking, clients, funnel, notifications, session requests, exports.

cmd-unavailable = Эта команда недоступна.
cmd-invite = Пригласить клиентов
cmd-clients = Мои клиенты и их прогресс
cmd-export = Выгрузка по клиентам
cmd-consultant_invite = Пригласить консультанта
cmd-make_consultant = Сделать пользователя консультантом (по id)
cs-invite-invalid = Эта ссылка-приглашение недействительна или устарела.
cs-invite-choose = Какую ссылку-приглашение создать для клиентов?
btn-cs-invite-one = Для одного клиента (7 дней)
btn-cs-invite-multi = Для группы: до 50 клиентов (30 дней)
cs-invite-created-client =
    Ссылка для клиентов готова: { $link }
    Действует до { $until } и рассчитана на { $uses } { $uses ->
        [one] подключение
        [few] подключения
       *[many] подключений
    }. По ссылке клиент сначала узнает, что вы будете видеть ответы, и решит, делиться ли ими.
cs-invite-created-consultant =
    Ссылка для нового консультанта: { $link }
    Действует до { $until }, одноразовая.
cs-make-consultant-usage = Укажите id пользователя: /make_consultant 123456789 (этот пользователь должен хотя бы раз написать боту).
cs-make-consultant-done = { $name } теперь консультант.

cs-link-offer =
    <b>Консультант { $name } приглашает вас</b>

    Если согласитесь, консультант будет видеть ваши ценностные предложения, интервью и историю переписки с ботом — чтобы помогать вам на встречах. Отключиться можно в любой момент командой /unlink.
cs-become-consultant-offer = { $name } приглашает вас стать консультантом в боте: вы сможете приглашать клиентов и видеть их прогресс.
btn-cs-share = ✅ Да, открыть доступ
btn-cs-become-consultant = ✅ Стать консультантом
btn-cs-decline = Нет, спасибо
cs-link-declined = Хорошо, ничего не передаём.
cs-link-linked = Готово: консультант будет видеть ваш прогресс. Отключиться — /unlink.
cs-link-relinked = Готово: теперь ваш прогресс видит новый консультант, прежний — больше нет. Отключиться — /unlink.
cs-link-consultant = Готово, вы консультант. Пригласить клиентов — /invite, список клиентов — /clients, выгрузка — /export.
cs-unlink-nothing = Вы не подключены ни к одному консультанту.
cs-unlink-confirm = Отключиться от консультанта? Консультант перестанет видеть ваши ответы и интервью.
btn-cs-unlink-yes = Да, отключить
cs-unlinked = Вы отключились от консультанта.
cs-unlinked-by-consultant = Консультант отключил вас от своего списка клиентов. Ваши ответы остаются у вас.

cs-clients-title = <b>Ваши клиенты: { $count }</b> (стр. { $page } из { $pages })
cs-clients-line = • { $name } — { $stage }, { $days ->
        [0] сегодня
        [one] { $days } день назад
        [few] { $days } дня назад
       *[many] { $days } дней назад
    }
cs-stage-onboarding = знакомство
cs-stage-value-prop = ЦП: вопрос { $n } из 5
cs-stage-value-prop-done = ЦП готово
cs-stage-script-ready = сценарий готов
cs-stage-interviewing = интервью: { $n }
btn-cs-funnel = 📊 Воронка
btn-cs-settings = 🔔 Уведомления
btn-cs-back = ← К списку
btn-cs-reply = ✉️ Написать клиенту
btn-cs-export-client = 📤 Выгрузить клиента
btn-cs-unlink = Отключить клиента
cs-unlink-client-confirm = Убрать { $name } из вашего списка клиентов? Вы перестанете видеть ответы и интервью этого клиента.
cs-client-unlinked = Клиент отключён.

cs-client-title =
    <b>{ $name }</b>
    В боте с { $since }, последний раз — { $seen }
cs-client-no-vp = Пока нет ни одного ценностного предложения.
cs-client-vp-draft = ✏️ ЦП «{ $name }»: отвечено { $n } из { $total }
cs-client-no-interviews = Интервью пока не записаны.

cs-funnel-title = <b>Воронка по клиентам ({ $count })</b>
cs-funnel-line = { $step }: { $n }{ $drop }
cs-funnel-drop = { " " }(−{ $n })
cs-funnel-clients = Подключились
cs-funnel-consented = Приняли уведомление
cs-funnel-q1 = Ответили на вопрос 1
cs-funnel-q2 = Ответили на вопрос 2
cs-funnel-q3 = Ответили на вопрос 3
cs-funnel-q4 = Ответили на вопрос 4
cs-funnel-q5 = Ответили на вопрос 5
cs-funnel-vp-done = Завершили ЦП
cs-funnel-script-ready = Собрали сценарий интервью
cs-funnel-interviewed = Записали интервью

cs-notify-settings = Уведомления о клиентах (нажмите, чтобы включить или выключить):
cs-notify-switch-vp = клиент завершил ЦП
cs-notify-switch-interview = клиент записал интервью
cs-notify-linked = 🤝 { $client } теперь среди ваших клиентов.
cs-notify-unlinked = { $client } больше не среди ваших клиентов.
cs-notify-vp-done = ✅ { $client }: ЦП «{ $name }» готово. Посмотреть — /clients.
cs-notify-interview = 🎤 { $client }: новое интервью с «{ $respondent }» по ЦП «{ $name }» — { $done } из { $goal }.

btn-session = 📅 Записаться на разбор
cs-session-sent-lead = Консультанта у вас пока нет, поэтому запрос ушёл команде консалтинга как заявка на бесплатный разбор. { $count ->
        [1] Ответит { $who }
       *[other] Ответит один из администраторов: { $who }
    } — здесь, в боте.
cs-session-lead-failed = Консультанта у вас пока нет, а команде консалтинга запрос сейчас не доставить. Попробуйте позже.
cs-session-no-admins = Запрос не отправлен: консультанта у вас пока нет, а команда консалтинга ещё не подключена к боту, так что принять его некому. Если консультант дал вам ссылку-приглашение, откройте её — тогда запрос уйдёт ему.
cs-lead-request = 📅 <b>Заявка на бесплатный разбор</b>: { $client } просит разобрать ЦП «{ $name }». Консультанта у клиента нет. Карточка ниже — ответить можно кнопкой под ней.
cs-session-request = 📅 <b>{ $client }</b> просит разбор ЦП «{ $name }». Карточка ниже.
cs-session-card-caption = Карточка ЦП клиента { $client }
cs-session-sent = Запрос отправлен консультанту { $name } — ответ придёт здесь, в боте.
cs-session-failed = Не получилось связаться с консультантом. Попробуйте позже или напишите консультанту напрямую.
cs-reply-ask = Напишите сообщение для { $client } — я перешлю его от вашего имени.
cs-reply-too-long = Сообщение должно быть от 1 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
cs-reply-sent = Отправлено.
cs-reply-failed = Не получилось доставить: возможно, клиент остановил бота.
cs-message-from-consultant =
    💬 <b>Сообщение от консультанта { $name }:</b>
    { $text }

cs-export-format-all = Выгрузка по всем вашим клиентам. Выберите формат:
cs-export-format-client = Выгрузка по клиенту. Выберите формат:
cs-export-period = За какой период?
btn-cs-period-all = За всё время
btn-cs-period-30 = 30 дней
btn-cs-period-7 = 7 дней
cs-export-started = Готовлю файл…
cs-export-done = Выгрузка готова: { $clients } { $clients ->
        [one] клиент
        [few] клиента
       *[many] клиентов
    }.

btn-cs-schedule-one = 🗓 Запланировать сообщение
btn-cs-schedule-all = 🗓 Сообщение всем клиентам
cs-schedule-ask-one = Напишите сообщение для клиента (до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }). Оно придёт в выбранное время по его местному времени.
cs-schedule-ask-all = Напишите сообщение для всех ваших клиентов (до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }). Каждый получит его в выбранное время по своему местному времени.
cs-schedule-ask-day = В какой день отправить? Нажмите кнопку или напишите дату: 28.11, 3 декабря, в пятницу — или сразу со временем: «завтра в 10».
btn-cs-day-0 = Сегодня
btn-cs-day-1 = Завтра
btn-cs-day-2 = Послезавтра
cs-schedule-day-invalid = Не понял дату. Напишите её как 28.11, 3 декабря или «завтра в 10» — не раньше сегодняшнего дня и не позже чем через год.
cs-schedule-ask-time = Во сколько по местному времени клиента? Нажмите кнопку или напишите время, например 10:30.
cs-schedule-time-invalid = Не понял время. Напишите его как 10:30.
cs-schedule-done = 🗓 Сообщение запланировано на { $when } по местному времени клиента. Что с ним будет:
cs-schedule-done-none = У вас пока нет клиентов — отправлять сообщение некому.
cs-fate-on-time = • { $client }: придёт { $when } ({ $zone }).
cs-fate-now = • { $client }: уйдёт сейчас — у клиента это время уже прошло.
cs-fate-paused = • { $client }: придёт { $when } ({ $zone }) — клиент поставил напоминания на паузу, сообщение дождётся её конца.
cs-fate-quiet = • { $client }: придёт { $when } ({ $zone }) — у клиента тихие часы, сообщение дождётся их конца.
cs-fate-off = • { $client }: не придёт — клиент выключил напоминания и сообщения командой /stop.
cs-fate-kind-off = • { $client }: не придёт — клиент отключил запланированные сообщения в настройках напоминаний.
cs-fate-blocked = • { $client }: не придёт — клиент заблокировал бота.
cs-fate-no-consent = • { $client }: не придёт — клиент ещё не принял уведомление о данных.
cs-undelivered =
    ⚠️ Сообщение для { $client } на { $when } (по времени клиента) не доставлено: { $reason }

    «{ $text }»
cs-undelivered-off = клиент выключил напоминания и сообщения командой /stop.
cs-undelivered-kind-off = клиент отключил запланированные сообщения в настройках напоминаний.
cs-undelivered-blocked = клиент заблокировал бота.
cs-undelivered-no-consent = клиент не принял уведомление о данных.
cs-undelivered-unlinked = клиент отключился от вас, и сообщение отменено.
cs-undelivered-failed = Telegram так и не принял сообщение (попыток: { $attempts }).
cs-text-please = Напишите это текстом, пожалуйста: стикеры, фото и голосовые сюда не подходят.

# Versions of a proposition in the client view: v1 → v2 with their state and interviews.
cs-client-versions = <b>Версии ЦП «{ $name }»:</b> { $versions }
cs-client-version = { $version } ({ $status ->
        [done] готово
        [review] на проверке
       *[other] в работе
    }, интервью: { $interviews })
