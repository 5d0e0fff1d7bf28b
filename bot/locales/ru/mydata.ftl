## /mydata (the export: captions and the Markdown document) and /delete_me.

cmd-mydata = Выгрузить все мои данные
cmd-delete_me = Удалить все мои данные

mydata-caption-json = Все ваши данные в формате JSON — для программ и переноса в другие сервисы.
mydata-caption-md = То же самое в читаемом виде (Markdown): ответы, интервью, переписка.

## The Markdown document. Plain text: Markdown, not Telegram HTML.

md-title = Ваши данные в боте-коуче по ЦП
md-exported = Выгрузка от { $at }. Время указано в вашем часовом поясе ({ $timezone }).
md-footer = Полная машиночитаемая версия тех же данных — в файле .json.
md-none = Нет.
md-on = включены
md-off = выключены
md-skipped = (пропущено)

md-profile = Профиль
md-field-id = Telegram id
md-field-name = Имя
md-field-username = Ник
md-field-language = Язык
md-field-source = Откуда вы пришли (метка ссылки)
md-field-timezone = Часовой пояс
md-field-role = Роль
md-field-created = Первое сообщение боту
md-field-last-seen = Последнее сообщение боту
md-field-blocked = Бот заблокирован с
md-role-founder = основатель
md-role-consultant = консультант
md-role-admin = администратор

md-consent = Согласие
md-consent-none = Уведомление о данных не принималось.
md-consent-given = Уведомление о данных версии { $version } принято { $at }.
md-consultant = Консультант
md-consultant-none = Не подключён.
md-consultant-linked = { $name } (id { $id }); доступ к вашим ответам открыт { $at }.

md-vps = Ценностные предложения
md-vp-status = Статус: { $status }. Создано { $created }.
md-status-draft = черновик
md-status-review = на проверке
md-status-done = готово
md-status-abandoned = начато заново
md-answers = Текущие ответы
md-revisions = Все версии ответов
md-kept-finding = (доработать: оставлено, несмотря на подсказку)
md-script = Сценарий интервью
md-script-topic = Тема разговора: { $topic }
md-question-founder = (ваш вопрос)
md-interview = Интервью: { $respondent }, { $date }
md-interview-draft = Черновик: записано не до конца.
md-date-unknown = дата не указана
md-iv-fit = Подходит под сегмент
md-iv-quote = Ключевая цитата
md-iv-words = { $label }: слова клиента
md-iv-commitment = Обязательство
md-iv-next = Следующий шаг

md-settings = Настройки напоминаний
md-reminders = Напоминания
md-paused-until = Пауза до
md-quiet-hours = Тихие часы
md-kinds-off = Отключены виды
md-reminder-list = Запланированные напоминания
md-reminder = { $state }, созданы { $created }
md-reminder-kind-nudge = Напоминание продолжить
md-reminder-kind-cadence = Регулярное напоминание
md-reminder-kind-consultant = Сообщение от консультанта
md-reminder-kind-checkin = Еженедельный чек-ин
md-occurrence = ждёт отправки { $due }
md-quiet-none = нет
md-rule-weekly = каждую неделю: { $days }, { $time }
md-rule-once = { $date }, { $time }
md-rule-until = (до { $date })
md-checkins = Еженедельные чек-ины
md-checkin-hypothesis = Гипотеза
md-checkin-action = Действие
md-checkin-data = Данные
md-checkin-insight = Вывод
md-invites = Созданные вами приглашения
md-invite = создано { $created }, действует до { $expires }, использовано { $uses } из { $limit }
md-invite-kind-client = Приглашение клиента
md-invite-kind-consultant = Приглашение консультанта
md-dialogue = Текущий диалог
md-dialogue-state = Шаг: { $state }

md-transcript = История переписки
md-transcript-empty = Переписка не сохранялась: она записывается только после согласия с уведомлением о данных.
md-you = Вы
md-bot = Бот
md-kind = { $kind ->
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
       *[other] { $kind }
    }

## /delete_me

delete-explain =
    <b>Удалить все ваши данные?</b>

    Безвозвратно удалятся:
    • профиль и согласие на обработку данных;
    • ценностные предложения со всеми версиями ответов;
    • сценарии интервью и записи проведённых интервью;
    • история переписки с ботом;
    • напоминания, чек-ины и созданные вами приглашения;
    • текущий шаг диалога.
    Если вы подключены к консультанту, консультант больше не увидит ваших результатов. Если вы консультант, ваши клиенты останутся — без связи с вами.

    Останется только отметка о том, что удаление было, и когда — без вашего id и имени.
    Хотите сначала сохранить копию — отправьте /mydata. Кнопка подтверждения действует { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[many] минут
    }.
btn-delete-yes = Да, удалить всё
btn-delete-no = Отмена
delete-done =
    Готово: все ваши данные удалены. Спасибо, что попробовали бота!
    Если захотите вернуться, отправьте /start — всё начнётся с чистого листа.
delete-cancelled = Удаление отменено, все данные на месте.
delete-cancelled-toast = Отменено

# Versions: the evidence status of each hypothesis of a version with interviews.
md-hypothesis-statuses = Статусы гипотез по интервью этой версии
md-hypothesis-status = { $status ->
        [supported] подтверждается
        [refuted] опровергается
        [mixed] неоднозначно
        [testing] проверяется
       *[other] ещё не проверяли
    }
