## Terminal chat (python -m bot chat): the bot in a terminal, without Telegram.

terminal-intro =
    vp-coach в терминале — тот же бот, только без Telegram и без сети.
    Пишите сообщение и нажимайте Enter. Кнопки пронумерованы: введите номер, чтобы нажать кнопку (а \1 отправит «1» как обычный текст).
    Команды работают как в Telegram: /start, /help, /cancel. Выйти: /quit или Ctrl-D (в Windows — Ctrl-Z, затем Enter).
    База данных: { $database }
    Картинки и файлы бота сохраняются в папку { $output }
terminal-you = вы
terminal-bot = бот
terminal-edited = (изменено)
terminal-to-chat = бот → чат { $chat }
terminal-photo-saved = 🖼 фото сохранено: { $path }
terminal-file-saved = 📎 файл сохранён: { $path }
terminal-file-offline = 📎 файл { $reference } (в терминале недоступен)
terminal-no-text = (сообщение без текста: { $type })
terminal-reply-keyboard = клавиатура:
terminal-keyboard-removed = (кнопки убраны: «{ $preview }»)
terminal-deleted = (бот удалил сообщение «{ $preview }»)
terminal-pressed = → нажата кнопка «{ $text }»
terminal-button-link = ссылка: { $url }
terminal-button-unsupported = Кнопку «{ $text }» в терминале нажать нельзя.
terminal-button-gone = Этого сообщения уже нет — кнопку не нажать.
terminal-callback-link = бот открыл бы ссылку: { $url }
terminal-callback-unanswered = (бот не ответил на нажатие кнопки — в Telegram кнопка долго показывала бы часики)
terminal-error = (ошибка при обработке — подробности в логе выше)
terminal-bye = До встречи!
terminal-default-name = Основатель
