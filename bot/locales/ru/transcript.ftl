# How the transcript reads in exports (consultant exports and /mydata): dialogue steps by name,
# kinds of messages, and a button press whose label was not stored.

transcript-button-pressed = нажата кнопка

transcript-dialogue-vp = Ценностное предложение
transcript-step-vp-name = название
transcript-step-vp-segment = сегмент
transcript-step-vp-problem = проблема
transcript-step-vp-situation = ситуация
transcript-step-vp-benefit = выгода
transcript-step-vp-control = контроль
transcript-step-vp-review = проверка карточки
transcript-step-vp-editing = правка ответа
transcript-step-vp-rename = новое название ЦП

transcript-dialogue-iv = Интервью
transcript-step-iv-question = свой вопрос в сценарий
transcript-step-iv-respondent = собеседник
transcript-step-iv-held-on = дата интервью
transcript-step-iv-segment-fit = из сегмента ли собеседник
transcript-step-iv-said = заметки основателя
transcript-step-iv-quote = слова клиента
transcript-step-iv-verdict = вердикт
transcript-step-iv-key-quote = ключевая цитата
transcript-step-iv-commitment = обязательство
transcript-step-iv-next-step = следующий шаг

transcript-dialogue-reminders = Настройки напоминаний
transcript-step-reminders-timezone = часовой пояс
transcript-step-reminders-quiet = тихие часы
transcript-step-reminders-cadence-date = дата интервью
transcript-step-reminders-cadence-time = время напоминания
transcript-step-reminders-checkin-time = время чек-ина

transcript-dialogue-checkin = Еженедельный чек-ин
transcript-step-checkin-hypothesis = гипотеза
transcript-step-checkin-action = действие
transcript-step-checkin-data = данные
transcript-step-checkin-insight = вывод

transcript-dialogue-consultant = Работа с клиентами
transcript-step-consultant-reply = ответ клиенту
transcript-step-consultant-schedule-text = текст отложенного сообщения
transcript-step-consultant-schedule-day = день отправки
transcript-step-consultant-schedule-time = время отправки

transcript-kind = { $kind ->
        [text] текст
        [command] команда
        [callback] кнопка
        [callback_answer] всплывающая подсказка
        [edit] правка сообщения
        [document] файл
        [photo] фото
        [sticker] стикер
        [voice] голосовое
        [video_note] видеокружок
        [video] видео
        [audio] аудио
        [location] геопозиция
        [contact] контакт
        [animation] GIF
        [poll] опрос
       *[other] другое
    }

transcript-dialogue-script = Сценарий интервью
transcript-step-script-topic = тема сценария
