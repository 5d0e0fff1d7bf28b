# Problem interview script (The Mom Test, Running Lean): methodology content, reword freely.
# Every question asks about the customer's past and present behaviour, never a hypothetical
# ("would you…", "если бы…") or a pitch. Keys: script-q-<section>-<n>; a "-generic" key is the
# variant used when the founder's answer it quotes is missing.

script-document-title = Сценарий проблемного интервью
script-for = Ценностное предложение «{ $name }»

script-section-opening = Начало разговора
script-section-qualifying = Подходит ли собеседник
script-section-situation = Последний случай
script-section-problem = Трудность
script-section-workaround_cost = Как справляются сейчас и чего это стоит
script-section-benefit = Ожидаемый результат
script-section-control = Как проверяют результат
script-section-commitment = Следующий шаг
script-section-close = Завершение

# A note for the founder under a section heading: the hypothesis these questions test.
script-hypothesis = Проверяем гипотезу «{ $label }»: { $answer }
script-hypothesis-missing = Гипотеза «{ $label }» не записана — просто внимательно слушайте.
script-hypotheses-title = Гипотезы, которые проверяем
script-hypothesis-skipped = не записана

script-q-opening-1 = Спасибо, что нашли время! Я изучаю, как люди в вашей сфере справляются с повседневной работой. Мне важен ваш реальный опыт, я ничего не продаю.
script-q-opening-2 = Разговор займёт около 20–30 минут. Можно я буду делать заметки?

script-q-qualifying-1 = Расскажите немного о себе: чем вы занимаетесь и какая у вас роль?
script-q-qualifying-2 = Расскажите о вашем деле: сколько в нём людей, точек или клиентов, как давно оно работает?
script-q-qualifying-3 = Кто у вас сейчас отвечает за эту часть работы и как она устроена?

script-q-situation-1 = Расскажите о последнем случае, похожем на этот: «{ $situation }». Когда это было?
script-q-situation-1-generic = Расскажите о последнем случае, когда в этой работе что-то пошло не так. Когда это было?
script-q-situation-2 = Что происходило в тот момент: где вы были, кто ещё участвовал?
script-q-situation-3 = Сколько раз такое случалось за последний месяц?

script-q-problem-1 = Что в тот раз было самым трудным?
script-q-problem-2 = Что произошло в итоге, к чему это привело?
script-q-problem-3 = Что вы сделали, чтобы с этим справиться?

script-q-workaround_cost-1 = Как вы решаете это сейчас? Расскажите по шагам, а лучше покажите.
script-q-workaround_cost-2 = Сколько времени это заняло у вас на прошлой неделе? Кто ещё в этом участвовал?
script-q-workaround_cost-3 = Во что это обошлось в прошлом месяце: деньги, потери, зарплата людей?
script-q-workaround_cost-4 = Что ещё вы пробовали раньше? Почему перестали?

script-q-benefit-1 = Какого результата вы ждали, когда в последний раз занимались этим?
script-q-benefit-2 = Что изменилось в вашей работе в тот раз, когда всё прошло хорошо?
script-q-benefit-3 = Какие задачи у вас сейчас в приоритете и где среди них эта?

script-q-control-1 = Как вы поняли, что результат получен? Что именно вы проверяли?
script-q-control-2 = Какие цифры вы смотрите, чтобы понять, что всё идёт нормально? Как часто?
script-q-control-3 = Когда вы в последний раз смотрели на эти цифры и что там увидели?

script-q-commitment-1 = С кем ещё мне стоит поговорить об этом? Познакомите?
script-q-commitment-2 = Давайте созвонимся ещё раз недели через две — какой день вам удобен?
script-q-commitment-3 = Я собираю небольшую группу для пилота. Записать вас? Куда прислать подробности?

script-q-close-1 = О чём ещё мне стоило спросить? Что важное мы не обсудили?
script-q-close-2 = Спасибо за разговор! Я пришлю короткое резюме и напишу о следующем шаге.

# The checklist at the end of the document.
script-howto-title = Как вести интервью
script-howto-1 = Слушайте больше, чем говорите. Паузы — это нормально: дайте собеседнику договорить.
script-howto-2 = Просите конкретику: когда это было в последний раз, сколько именно, можно ли посмотреть.
script-howto-3 = Не рассказывайте о своей идее и не продавайте: вам нужны факты из прошлого, а не вежливые обещания.
script-howto-4 = Записывайте дословные цитаты, а сразу после звонка отметьте, какие гипотезы подтвердились.
