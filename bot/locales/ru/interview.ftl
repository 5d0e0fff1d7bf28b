## Problem interview: hub, script editing, logging an interview, the list.

iv-hub-title = 🎤 <b>Проблемные интервью</b> · ЦП «{ $name }»
iv-progress = Интервью: { $done } из { $goal }
iv-hub-script = Сценарий: готов, { $count } { $count ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }
iv-hub-no-script = Сценарий: ещё не создан — начните с него.
iv-hub-drafts = Незаконченных записей: { $count }
iv-hub-howto = Поговорите с людьми из сегмента об их прошлом опыте — без продажи и гипотетических вопросов — и запишите каждое интервью: я покажу, какие гипотезы подтвердились.
iv-need-vp = Сначала завершите хотя бы одно ценностное предложение: интервью проверяют его гипотезы.
iv-pick-vp = Для какого ЦП проводим интервью?
iv-goal-ask = Сколько интервью хотите провести? Сейчас цель — { $goal }. Обычно для первых выводов хватает 5–10.
iv-goal-set = Цель: { $goal } интервью

iv-script-title = Сценарий проблемного интервью
iv-script-heading = 📝 <b>Сценарий интервью</b> · ЦП «{ $name }»
iv-script-footer = Держите сценарий открытым во время звонка: документы — кнопкой ниже. Слушайте больше, чем говорите, и просите конкретные случаи из прошлого.
iv-script-created = Собрал сценарий из вашего ЦП: { $count } { $count ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }. Вопросы — о прошлом опыте клиента, без продажи идеи.
script-section-founder = Ваши вопросы
iv-doc-md = Сценарий в Markdown — удобно открыть в заметках.
iv-doc-pdf = Сценарий в PDF — удобно распечатать.
iv-add-ask = Напишите вопрос, который хотите добавить. Я проверю, не подсказывает ли он ответ и не спрашивает ли о будущем.
iv-add-too-long = Вопрос должен быть от 1 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
iv-add-text-please = Пришлите вопрос текстом.
iv-add-done = Добавил вопрос №{ $number } в сценарий.
iv-lint-found =
    Вопрос «{ $question }» может испортить интервью:
    { $hints }

    Напишите новую версию — или добавьте как есть.
iv-lint-item = • { $message } <i>Лучше: { $rewrite }</i>
iv-edit-pick = Выберите вопрос, чтобы переместить или удалить его:
iv-edit-question = <b>Вопрос №{ $number }</b>
    { $question }
iv-question-deleted = Вопрос удалён

iv-ask-respondent = Записываем интервью для ЦП «{ $name }». Как зовут собеседника? Можно псевдоним или должность — например, «Ильдар, кофейня на Баумана».
iv-ask-respondent-again = Напишите имя или псевдоним собеседника.
iv-respondent-invalid = Имя должно быть от 1 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
iv-ask-date = Когда было интервью? Нажмите кнопку или напишите дату, например 24.11.
iv-date-invalid = Не понял дату. Напишите её как 24.11 или 24.11.2026 (не в будущем) — или нажмите кнопку.
iv-ask-fit = Подходит ли собеседник под ваш сегмент?
    <i>{ $segment }</i>
iv-ask-said =
    <b>Гипотеза { $n } из { $total } · { $label }</b>
    Вы предполагали: <i>{ $hypothesis }</i>

    Что об этом рассказал клиент? Коротко запишите своими словами — это ваши заметки, с конкретными случаями и цифрами. Дословную цитату попрошу следующим шагом.
iv-ask-verdict = Что показало интервью по гипотезе «{ $label }»?
iv-ask-note-quote = 💬 А теперь <b>слова клиента</b> о гипотезе «{ $label }» — дословно, как он сказал, без пересказа. Если дословно не записали — нажмите «Пропустить».
iv-ask-commitment = Какое обязательство дал собеседник?
iv-ask-next = Какой следующий шаг договорились сделать? Например, «созвон через неделю, покажу прототип».
iv-logged = Интервью записано. Интервью: { $done } из { $goal }.
iv-updated = Интервью обновлено. Интервью: { $done } из { $goal }.

iv-fit-yes = Да
iv-fit-partly = Частично
iv-fit-no = Нет
iv-verdict-confirmed = Подтвердил
iv-verdict-partly = Частично
iv-verdict-refuted = Опроверг
iv-verdict-unclear = Неясно
iv-commit-none = Никакого
iv-commit-time = Время
iv-commit-reputation = Репутация
iv-commit-money = Деньги

iv-summary-title = 🗒 <b>Интервью: { $respondent }</b>, { $date }
iv-summary-fit = Сегмент: { $fit }
iv-summary-verdict = { $icon } <b>{ $label }</b>: { $verdict }
iv-summary-words = 💬 <i>«{ $quote }»</i>
iv-summary-notes = 📝 <i>заметки:</i> { $notes }
iv-summary-skipped = ▫️ <b>{ $label }</b>: не обсуждали
iv-summary-quote = Ключевая цитата: <i>«{ $quote }»</i>
iv-summary-commitment = Обязательство: { $commitment }
iv-summary-next = Следующий шаг: { $step }

iv-list-title = Записанные интервью ({ $count }):
iv-list-empty = Пока нет записанных интервью.
iv-draft-mark = · черновик
iv-delete-confirm = Удалить интервью с «{ $respondent }»? Это нельзя отменить.
iv-deleted = Интервью удалено

btn-iv-script = 📝 Сценарий интервью
btn-iv-log = ➕ Записать интервью
btn-iv-list = 📋 Интервью ({ $count })
btn-iv-syn = 📊 Итоги
btn-iv-goal = 🎯 Цель: { $goal }
btn-iv-back = ← Назад
btn-iv-add = ➕ Добавить вопрос
btn-iv-edit = ↕️ Порядок и удаление
btn-iv-docs = 📄 Документы (MD, PDF)
btn-iv-done-editing = ✅ Готово
btn-iv-delete = 🗑 Удалить
btn-iv-delete-yes = Да, удалить
btn-iv-add-anyway = Добавить как есть
btn-iv-today = Сегодня
btn-iv-yesterday = Вчера
btn-iv-hub = 🎤 Проблемные интервью

# Going back, editing a saved interview and contradictions.
iv-contradiction = ⚠️ Противоречие: вы отметили, что «{ $respondent }» подходит под сегмент, но гипотезу о сегменте он опроверг. Может быть, он всё-таки не из сегмента — или сегмент описан неточно. Исправить можно кнопкой «Назад» или позже в записи интервью.
iv-edit-interview-pick = Что изменить в интервью с «{ $respondent }»? Я спрошу это заново, остальное останется как было.
iv-part-date = Дата
iv-part-fit = Сегмент: подходит?
iv-part-commit = Обязательство
iv-part-next = Следующий шаг
btn-iv-step-back = ⬅️ Назад на шаг
btn-iv-edit-interview = ✏️ Изменить
