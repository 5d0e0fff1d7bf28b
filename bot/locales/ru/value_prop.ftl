## Value proposition: the five questions (methodology content: reword freely, keep the keys).

vp-label-segment = Сегмент
vp-label-problem = Проблема
vp-label-situation = Ситуация
vp-label-benefit = Выгода
vp-label-control = Контроль

vp-q-segment = <b>Кому именно вы приносите ценность?</b> Кто этот человек в реальной жизни; если это бизнес — какой именно?
vp-hint-segment = Опишите так, чтобы завтра можно было найти трёх таких людей: роль, отрасль, размер, город, обстоятельства.

vp-q-problem = <b>Какую их проблему вы решаете?</b> Какая задача стоит перед ними сейчас?
vp-hint-problem = Пишите о проблеме клиента, а не о вашем решении: «нужен сайт» — это решение, а «теряют заказы с выходных» — проблема.

vp-q-situation = <b>В какой ситуации возникает эта проблема?</b>
vp-hint-situation = Назовите момент или событие-триггер: когда, после чего, перед чем это происходит.

vp-q-benefit = <b>Какую выгоду клиент получает помимо решения проблемы?</b>
vp-hint-benefit = Что меняется в его жизни или бизнесе, когда проблема решена: деньги, время, спокойствие, статус, рост.

vp-q-control = <b>Как вы убеждаетесь, что клиент действительно получает эту выгоду?</b>
vp-hint-control = Что можно увидеть или измерить: метрика, число, проверка, обратная связь — и как часто вы это смотрите.

## Asking.

vp-progress = <b>Вопрос { $n } из { $total }</b> · { $label }
vp-hint = 💡 <i>{ $hint }</i>
vp-example = <b>Пример:</b> { $example }
vp-current-answer = <b>Сейчас записано:</b> { $answer }
vp-ask-name =
    Как назовём это ценностное предложение? Удобнее всего — по сегменту, например «Кофейни Казани».
    Одно ЦП описывает один сегмент; для другого сегмента потом заведёте новое.
vp-name-invalid = Название должно быть от 1 до { $limit } { $limit ->
        [one] символа
       *[other] символов
    }. Попробуйте покороче.
vp-name-not-text = Пришлите, пожалуйста, название текстом — или нажмите «Назову потом».
vp-default-name = ЦП №{ $n }
vp-text-please = Я понимаю только текст 🙂 Напишите, пожалуйста, ответ словами — вот вопрос ещё раз:
vp-answer-empty = Ответ пустой. Напишите, пожалуйста, хотя бы пару слов.
vp-answer-too-long = Ответ слишком длинный: { $length } { $length ->
        [one] символ
        [few] символа
       *[many] символов
    } при лимите { $limit }. Сократите, пожалуйста, до главного и пришлите ещё раз — пока ничего не сохранено.
vp-lost = Не нашёл ваш текущий диалог. Начните заново: /start.

vp-resume = С возвращением! Вы остановились на ЦП «{ $name }», вопрос { $n } из { $total }.
vp-resume-draft = Ваше сообщение: «{ $draft }»
vp-restarted = Хорошо, начнём заново. Прежнее ЦП «{ $name }» сохранено в истории.

## Review and the card.

vp-review-title = <b>Проверьте ЦП «{ $name }»</b>
vp-review-label = <b>{ $n }. { $label }</b>
vp-skipped = <i>пропущено</i>
vp-review-footer = Нажмите на пункт, чтобы изменить его, или подтвердите — и я соберу карточку.
vp-edit-prompt = <b>Новая версия ответа «{ $label }».</b> Прежняя останется в истории.
vp-skipped-toast = Вопрос пропущен
vp-kept-toast = Оставили ваш ответ
vp-done-toast = Готово!
vp-done = Отлично, ЦП «{ $name }» готово! Вот ваша карточка:
vp-card-caption = Ценностное предложение «{ $name }»

vp-list-empty = Пока нет ни одного ЦП. Начнём?
vp-list-title = Ваши ценностные предложения ({ $count }):
vp-list-item = { $status ->
        [done] ✅
       *[other] ✏️
    } { $name }

btn-back = ← Назад
btn-skip = Пропустить →
btn-keep = Оставить как есть
btn-name-later = Назову потом
btn-edit = ✏️ { $n }. { $label }
btn-confirm = ✅ Всё верно — сделать карточку
btn-cancel-edit = Отменить правку
btn-use-draft = Записать это как ответ
btn-continue = ▶️ Продолжить
btn-restart = 🔄 Начать заново
vp-resume-review = С возвращением! ЦП «{ $name }» ждёт вашей проверки перед карточкой.

## Messages that are not answers (nothing is saved) and answers kept despite coaching.
vp-nonanswer-question = Подскажу: вот что здесь нужно и ещё один пример.
vp-nonanswer-dont-know = Ничего страшного: это гипотеза, интервью её проверят. Напишите, как думаете сейчас, пусть приблизительно.
vp-nonanswer-help = Вот подсказка к этому вопросу и пример. Все команды — /help.
vp-nonanswer-not-saved = <i>Это сообщение я не записал как ответ.</i>
vp-back-first = Это первый вопрос, назад некуда. Вот он ещё раз:
vp-review-sharpen = ⚠️ <i>доработать</i>

## Versions: revising a finished proposition after interviews, renaming, the history in /list.

vp-prev-answer = <b>В версии { $version } вы писали:</b> { $answer }
vp-prev-skipped = <b>В версии { $version }</b> этот вопрос был пропущен.
vp-prev-words-title = <b>Что сказали клиенты:</b>
vp-prev-word = • { $respondent } — { $verdict }: «{ $said }»
vp-prev-word-bare = • { $respondent } — { $verdict }
vp-prev-word-notes = • { $respondent } — { $verdict }, ваши заметки: { $notes }
vp-prev-outside = { $respondent } (вне сегмента)
vp-prev-no-words = Клиенты об этом ничего не сказали.
vp-prev-way = Оставьте прежний ответ кнопкой или напишите новый.
vp-prev-verdict = { $verdict ->
        [confirmed] подтвердил
        [partly] отчасти подтвердил
        [refuted] опроверг
        [unclear] неясно
       *[other] без оценки
    }
btn-keep-previous = ↩️ Оставить прежний ответ
btn-revise = 🔁 Доработать ЦП
btn-rename = 🏷 Переименовать
vp-revise-started = Начинаем версию { $version } ЦП «{ $name }». У каждого вопроса — ваш прежний ответ и что сказали клиенты: оставьте его кнопкой или напишите новый.
vp-revise-in-place = Интервью по этой версии ещё не записаны, поэтому правим её же — прежние ответы останутся в истории. Новая версия появится, когда вы доработаете ЦП после интервью.
vp-revise-newer = У этого ЦП уже есть версия { $version } — дорабатывайте её.
vp-rename-ask = Как назвать ЦП «{ $name }»? Новое название получат все его версии.
vp-renamed = Готово: теперь ЦП называется «{ $name }».
vp-rename-not-text = Название нужно написать текстом 🙂 Как назвать ЦП «{ $name }»?
vp-list-version = { $status ->
        [done] ✅
        [abandoned] ↩️
       *[other] ✏️
    } { $name } · { $version }
vp-list-older = { $status ->
        [done] ✅
        [abandoned] ↩️
       *[other] ✏️
    }   ↳ { $version }
vp-list-abandoned = ↩️ { $name } (начали заново)
vp-list-history = Более ранние версии и начатые заново ЦП тоже здесь.
vp-abandoned-view = <b>ЦП «{ $name }»</b> вы начали заново; оно сохранено здесь как было.
