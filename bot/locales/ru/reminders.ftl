## Reminders: delivered messages, the /reminders settings, cadence and check-in set-up.

cmd-reminders = Напоминания: что впереди и настройки
cmd-stop = Выключить все напоминания

rem-day-0 = Пн
rem-day-1 = Вт
rem-day-2 = Ср
rem-day-3 = Чт
rem-day-4 = Пт
rem-day-5 = Сб
rem-day-6 = Вс

rem-kind-nudge = Незаконченный диалог
rem-kind-cadence = Интервью по графику
rem-kind-checkin = Еженедельный чек-ин
rem-kind-consultant = Сообщения консультанта

## Delivered reminders.
rem-missed = ⏰ Пока я был недоступен, вы пропустили { $count } { $count ->
        [one] напоминание
        [few] напоминания
       *[many] напоминаний
    }. Вот актуальное:
rem-nudge-question = Вы остановились на вопросе { $n } из { $total } в ЦП «{ $name }». { $left ->
        [1] Остался последний вопрос — продолжим?
        [2] Осталось всего два вопроса — продолжим?
       *[other] Продолжим с того же места?
    }
rem-nudge-review = ЦП «{ $name }» почти готово: осталось проверить ответы и подтвердить. Продолжим?
rem-nudge-interview = Запись интервью для ЦП «{ $name }» не закончена. Продолжим с того места, где остановились?
rem-nudge-last = Это последнее напоминание — дальше не побеспокою. Вернуться можно в любой момент: /start.
rem-nudge-nothing = Этот диалог уже завершён или прерван. Выберите, что сделать:
rem-cadence =
    🎤 Пора провести следующее проблемное интервью.
    ЦП «{ $name }»: { $done } из { $goal } интервью.
rem-cadence-until = Цель — до { $date }.
rem-checkin =
    📝 <b>Еженедельный чек-ин</b>
    Какую гипотезу вы проверили на этой неделе и что узнали? Четыре коротких вопроса: гипотеза → действие → данные → вывод.
rem-consultant =
    💬 <b>Сообщение от консультанта { $name }</b>

    { $text }

btn-rem-continue = ▶️ Продолжить
btn-rem-log-interview = ➕ Записать интервью
btn-rem-checkin-start = ✍️ Ответить
btn-rem-settings = ⚙️ Настройки напоминаний

## /reminders and /stop.
rem-menu-title = 🔔 <b>Напоминания</b>
rem-menu-zone = Часовой пояс: { $zone }
rem-menu-quiet = Тихие часы: { $start }–{ $end } (в это время ничего не присылаю)
rem-menu-quiet-none = Тихие часы: нет
rem-menu-off = 🛑 Все напоминания выключены.
rem-menu-paused = ⏸ На паузе до { $until }.
rem-menu-upcoming = <b>Ближайшие:</b>
rem-menu-item = { $n }. { $when } — { $what }
rem-menu-empty = Ближайших напоминаний нет.
rem-menu-kinds-off = 🔕 Не присылаю: { $kinds }.
btn-rem-snooze-hour = ⏰ Отложить { $what } ({ $when }) на час
btn-rem-snooze-day = 📅 Перенести { $what } ({ $when }) на завтра
rem-snooze-what-cadence = напоминание об интервью «{ $name }»
rem-snooze-what-checkin = чек-ин
rem-snooze-what-consultant = сообщение консультанта
btn-rem-pause = ⏸ Пауза на 7 дней
btn-rem-resume = ▶️ Снять паузу
btn-rem-cadence = 🎤 Интервью: цель и дни
btn-rem-checkin-on = 📝 Включить еженедельный чек-ин
btn-rem-checkin-off = 📝 Выключить еженедельный чек-ин
btn-rem-kinds = 🔕 Какие напоминания присылать
btn-rem-quiet = 🌙 Тихие часы
btn-rem-zone = 🌍 Часовой пояс
btn-rem-stop = 🛑 Выключить все
btn-rem-on = 🔔 Включить напоминания
btn-rem-back = ← Назад
btn-rem-done = Готово
btn-rem-skip = Пропустить
btn-rem-type = ✍️ Написать свой вариант
rem-stop-done = Все напоминания выключены. Включить снова — /reminders.
rem-gone = Это напоминание уже неактуально.
rem-snoozed = Перенёс на { $when }
rem-paused = Пауза до { $until }
rem-resumed = Пауза снята
rem-stopped = Все напоминания выключены
rem-on = Напоминания включены
rem-kinds-title = Какие напоминания присылать? Нажмите, чтобы включить или выключить.
rem-kinds-all-off = 🛑 Сейчас все напоминания выключены (/stop) — не придёт ни одно. Отмеченные ниже снова пойдут, когда вы включите напоминания на главном экране.
btn-rem-kind-on = ✅ { $kind }
btn-rem-kind-off = ▫️ { $kind } (выкл.)
rem-kind-now-on = Включено: { $kind }
rem-kind-now-off = Выключено: { $kind }
rem-text-please = Напишите ответ текстом, пожалуйста.

## Quiet hours and time zone.
rem-quiet-title = Сейчас тихие часы: { $start }–{ $end }. Напоминания, которые придутся на это время, подождут до его конца.
btn-rem-quiet-none = Без тихих часов
rem-quiet-ask = Напишите тихие часы в формате 23:00-08:00 — или «нет», чтобы их отключить.
rem-quiet-invalid = Не понял. Пример: 23:00-08:00 (или «нет»).
rem-quiet-set = Тихие часы сохранены
rem-zone-title = Ваш часовой пояс: { $zone }. Выберите город или нажмите «Другой».
btn-rem-zone-other = ✍️ Другой
rem-zone-ask = Напишите город на любом языке (Алматы, Питер, Berlin) или смещение от UTC (UTC+3, МСК+4) — или отправьте геопозицию кнопкой ниже: по ней я определю часовой пояс.
btn-rem-zone-location = 📍 Отправить геопозицию
rem-zone-location-unavailable = Отсюда геопозицию не отправить — напишите, пожалуйста, город или смещение от UTC.
rem-zone-invalid = Не нашёл такой часовой пояс. Попробуйте крупный город поблизости (Алматы, Berlin) или смещение: UTC+3.
rem-zone-set = Часовой пояс: { $zone }

tz-city-kaliningrad = Калининград
tz-city-moscow = Москва
tz-city-samara = Самара
tz-city-yekaterinburg = Екатеринбург
tz-city-omsk = Омск
tz-city-novosibirsk = Новосибирск
tz-city-krasnoyarsk = Красноярск
tz-city-irkutsk = Иркутск
tz-city-yakutsk = Якутск
tz-city-vladivostok = Владивосток
tz-city-magadan = Магадан
tz-city-kamchatka = Камчатка

## Interview cadence.
rem-cad-need-vp = Сначала завершите хотя бы одно ценностное предложение: напоминания об интервью привязаны к нему.
rem-cad-pick-vp = Для какого ЦП планируем интервью?
rem-cad-goal-ask = Сколько проблемных интервью хотите провести по ЦП «{ $name }»?
rem-cad-by-ask = { $goal } интервью — к какому сроку?
btn-rem-cad-weeks = { $weeks ->
        [one] +{ $weeks } неделя
        [few] +{ $weeks } недели
       *[many] +{ $weeks } недель
    }
btn-rem-cad-type-date = ✍️ Своя дата
rem-cad-date-ask = Напишите дату, например 24.12 или 24 декабря.
rem-cad-date-invalid = Не понял дату. Напишите её как 24.12 или 24 декабря — не раньше сегодняшнего дня и не дальше чем через год.
rem-cad-days-ask = В какие дни напоминать? Отметьте один или несколько и нажмите «Готово».
rem-cad-days-none = Выберите хотя бы один день
rem-cad-time-ask = Во сколько напоминать?
btn-rem-type-time = ✍️ Своё время
rem-cad-time-typed-ask = Напишите время в формате ЧЧ:ММ, например 10:30.
rem-time-invalid = Не понял время. Пример: 10:30.
rem-cad-saved =
    Готово! Цель — { $goal } интервью по ЦП «{ $name }» до { $until }.
    Напоминаю: { $days } в { $time }. Если на этой неделе вы уже провели нужное число интервью, до следующей недели не побеспокою.
rem-cad-current =
    🎤 <b>Интервью по графику</b>
    ЦП «{ $name }»: { $goal } интервью до { $until }.
    Напоминаю: { $days } в { $time }.
btn-rem-cad-change = ✏️ Изменить
btn-rem-cad-off = 🔕 Выключить
rem-cad-turned-off = Напоминания об интервью выключены.

## Weekly check-in.
rem-chk-day-ask = В какой день недели присылать чек-ин?
rem-chk-time-ask = { $day } — во сколько?
rem-chk-saved = Чек-ин включён: { $day }, { $time }
rem-chk-turned-off = Еженедельный чек-ин выключен
rem-chk-q-hypothesis = { $n }/{ $total }. <b>Гипотеза.</b> Какую гипотезу вы проверяли на этой неделе?
rem-chk-q-action = { $n }/{ $total }. <b>Действие.</b> Что вы сделали, чтобы её проверить?
rem-chk-q-data = { $n }/{ $total }. <b>Данные.</b> Что вы увидели или услышали — факты, цифры, цитаты?
rem-chk-q-insight = { $n }/{ $total }. <b>Вывод.</b> Что вы поняли и что сделаете дальше?
rem-chk-too-long = Ответ должен быть от 1 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
rem-chk-done = Записал чек-ин. Спасибо — такие заметки хорошо показывают, как меняется понимание клиента.
rem-chk-empty = Все вопросы пропущены — ничего не записал. До следующей недели!
