## Coaching after a vague answer: one message per check (bot/value_prop/checks.py).
## Sent with parse_mode HTML under a "keep it as it is" button; escape a literal <, > and &.
## A coach-* message holds only the reason: the dialogue puts the founder's own words before it
## (coach-you-wrote), an example from the bank (examples.ftl) and the way out after it.

coach-you-wrote = Вы написали: «{ $answer }».
coach-again = Ещё не совсем то.
coach-way-out = Пришлите уточнённый вариант или оставьте свой.
coach-way-out-edit = Пришлите уточнённый вариант, оставьте свой или отмените правку — тогда останется прежний ответ.

coach-segment-too-broad =
    Пока сегмент слишком широкий: под него подходит почти кто угодно, и непонятно, кого звать на интервью.
    Сузьте его — роль, отрасль, размер, город или обстоятельство.

coach-problem-is-solution =
    Похоже, это решение, а не проблема клиента.
    Что у клиента идёт не так, пока решения нет? Что он теряет: деньги, время, клиентов?

coach-situation-no-trigger =
    В ответе нет конкретного момента, который можно узнать на интервью.
    Назовите триггер: когда, после чего или перед чем возникает проблема.

coach-benefit-repeats-problem =
    Сейчас выгода повторяет проблему: то, что проблема решится, — ещё не выгода.
    Что клиент получит сверх этого: деньги, время на важное, спокойствие, статус, рост?

coach-control-not-observable =
    Пока не видно, как вы это проверите: в ответе нет того, что можно увидеть или измерить.
    Добавьте наблюдаемое: метрику, число, опрос, отзыв или отчёт — и как часто вы их смотрите.
