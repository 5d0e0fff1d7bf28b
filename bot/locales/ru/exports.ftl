# Exports for consultants (XLSX, CSV, JSON, Markdown, PDF): sheet and column names, report texts.
# The five answers use the vp-label-* keys from value_prop.ftl.

export-title = Выгрузка vp-coach
export-generated = Сформировано { $at } (UTC)
export-scope-all = Все пользователи
export-scope-consultant = Клиенты консультанта { $id }
export-scope-users = Клиенты: { $ids }
export-scope-since = данные с { $date } (UTC)
export-no-clients = Под условия выгрузки не подошёл ни один клиент.
export-pdf-footer = vp-coach · выгрузка от { $date }
export-yes = да
export-no = нет

## Sheets (XLSX) and tables (CSV headers); sheet names are at most 31 characters

export-table-clients = Клиенты
export-table-value-propositions = Ценностные предложения
export-table-revisions = История ответов
export-table-interviews = Интервью
export-table-verdicts = Вердикты
export-table-checkins = Чек-ины
export-table-transcript = Переписка

## Column headers

export-col-client-id = ID клиента
export-col-first-name = Имя
export-col-last-name = Фамилия
export-col-username = Username
export-col-role = Роль
export-col-language = Язык
export-col-timezone = Часовой пояс
export-col-consultant-id = ID консультанта
export-col-consent-version = Версия согласия
export-col-consent-at = Согласие дано (UTC)
export-col-shared-at = Доступ консультанту с (UTC)
export-col-created-at = Создано (UTC)
export-col-last-seen-at = Последняя активность (UTC)
export-col-blocked-at = Бот заблокирован (UTC)
export-col-vp-count = Ценностных предложений
export-col-transcript-count = Записей переписки
export-col-vp-id = ID ЦП
export-col-vp-name = Название ЦП
export-col-vp-status = Статус ЦП
export-col-skipped-fields = Пропущенные ответы
export-col-revision-count = Версий ответов
export-col-interview-goal = Цель по интервью
export-col-interviews-done = Проведено интервью
export-col-updated-at = Изменено (UTC)
export-col-completed-at = Завершено (UTC)
export-col-revision-id = ID версии
export-col-field = Поле
export-col-version = Версия
export-col-text = Текст
export-col-skipped = Пропущено
export-col-kept-finding = Оставлено вопреки замечанию
export-col-interview-id = ID интервью
export-col-respondent = Собеседник
export-col-held-on = Дата интервью
export-col-interview-status = Статус интервью
export-col-segment-fit = Из сегмента
export-col-commitment = Обязательство
export-col-key-quote = Ключевая цитата
export-col-next-step = Следующий шаг
export-col-said = Заметки основателя (пересказ)
export-col-verdict = Вердикт
export-col-checkin-id = ID чек-ина
export-col-hypothesis = Гипотеза
export-col-action = Действие
export-col-data = Данные
export-col-insight = Вывод
export-col-entry-id = ID записи
export-col-at-utc = Время (UTC)
export-col-at-local = Время клиента
export-col-direction = Кто
export-col-kind = Тип
export-col-dialogue = Диалог
export-col-step = Шаг

## Stored codes

export-role-founder = основатель
export-role-consultant = консультант
export-role-admin = администратор
export-vp-status-draft = черновик
export-vp-status-review = на проверке
export-vp-status-done = готово
export-vp-status-abandoned = отложено
export-iv-status-draft = черновик
export-iv-status-done = записано
export-fit-yes = да
export-fit-partly = частично
export-fit-no = нет
export-commitment-none = никакого
export-commitment-time = время
export-commitment-reputation = репутация
export-commitment-money = деньги
export-verdict-confirmed = подтвердил
export-verdict-partly = частично
export-verdict-refuted = опроверг
export-verdict-unclear = неясно
export-direction-in = Клиент
export-direction-out = Бот
export-syn-status-untested = ещё не проверялась
export-syn-status-testing = проверяется
export-syn-status-supported = подтверждается
export-syn-status-refuted = опровергнута
export-syn-status-mixed = мнения разошлись

## The readable report (Markdown and PDF)

export-times-zone = Время указано по часовому поясу клиента ({ $zone }).
export-profile-id = Telegram ID: { $id }
export-profile-role = Роль: { $role }
export-profile-locale = Язык: { $language } · часовой пояс: { $zone }
export-profile-consultant = Консультант: { $id }
export-profile-shared = Делится ответами с консультантом с { $at }
export-profile-created = В боте с { $at }
export-profile-last-seen = Последняя активность: { $at }
export-vp-status = Статус: { $status }
export-vp-created = Начато: { $at }
export-vp-completed = Завершено: { $at }
export-vp-versions = Всего версий ответов: { $count }
export-not-answered = нет ответа
export-note-skipped = { $label }: не обсуждали
export-client-untitled = Клиент { $id }
export-vp-title = Ценностное предложение «{ $name }»
export-card = Карточка
export-answer-term = { $label } · { $versions } { $versions ->
        [one] версия
        [few] версии
       *[many] версий
    }
export-skipped = пропущено
export-interviews = Интервью
export-no-interviews = Интервью не записаны.
export-interview-term = { $respondent } · { $date }
export-interview-facts = Статус: { $status } · из сегмента: { $fit } · обязательство: { $commitment }
export-note = { $label }: { $verdict } — заметки: { $said }
export-key-quote = Ключевая цитата: «{ $text }»
export-next-step = Следующий шаг: { $text }
export-synthesis = Итоги по гипотезам (записано интервью: { $done })
export-no-synthesis = Записанных интервью пока нет.
export-syn-term = { $label } — { $status }
export-syn-hypothesis = Гипотеза: { $text }
export-syn-counts = Подтвердили { $confirmed } · частично { $partly } · опровергли { $refuted } · неясно { $unclear } (с вердиктом: { $tested })
export-syn-quote = «{ $text }»
export-checkins = Чек-ины
export-transcript = Переписка
export-transcript-empty = Записей нет.
export-nontext = [{ $kind }]
export-col-to-sharpen-fields = Доработать (оставлено вопреки подсказке)
export-to-sharpen = доработать (оставлено вопреки подсказке)

# Versions of a proposition (v1, v2… after interviews).
export-col-vp-version = Версия ЦП
export-col-parent-vp-id = ID предыдущей версии
export-vp-version = Версия: v{ $version }
export-col-segment-status = Сегмент: статус по интервью
export-col-problem-status = Проблема: статус по интервью
export-col-situation-status = Ситуация: статус по интервью
export-col-benefit-status = Выгода: статус по интервью
export-col-control-status = Контроль: статус по интервью

# The customer's own words, kept apart from the founder's notes; for and against per hypothesis.
export-col-quote = Слова клиента
export-note-quote = { $label }, слова клиента: «{ $text }»
export-syn-for = За: { $count }
export-syn-against = Против: { $count }
export-syn-outside = Вне сегмента, не голосуют: { $count }
export-syn-said = — { $respondent }: { $text }
export-syn-notes = — { $respondent }, заметки: { $text }
