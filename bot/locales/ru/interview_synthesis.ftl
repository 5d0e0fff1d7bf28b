# Synthesis of interviews: each hypothesis, what you said beside what customers said (Telegram HTML).
# Status rule: see STATUS_RULE in bot/interview/synthesis/model.py and the README.
# One icon per status (the same colours as the badges on the card); verdict icons are per interview.

syn-title = <b>Итоги интервью</b>
syn-legend-status = Статусы: 🟢 подтверждается · 🔴 опровергается · 🟠 неоднозначно · 🔵 рано судить · ⚪ не проверяли
syn-legend-verdict = Ответы клиентов: ✅ подтвердил · 🟡 частично · ❌ опроверг · ❔ неясно (не в счёт)
syn-progress = Проведено { $done } из { $goal } интервью
syn-progress-no-goal = Проведено интервью: { $done }
syn-segment-fit = В сегменте: да — { $yes } · частично — { $partly } · нет — { $no }
syn-commitments = Обязательства: деньги — { $money } · время — { $time } · репутация — { $reputation } · без обязательств — { $none }
syn-empty = Пока нет ни одного завершённого интервью. Проведите первое — и здесь появятся итоги.
syn-outside = 🚫 <b>Вне сегмента:</b> { $names } — их ответы о проблеме и ситуации не учитываются.
syn-contradiction = ⚠️ <b>Противоречие:</b> «{ $name }» — вы отметили, что собеседник из сегмента, но гипотезу о сегменте он опроверг. Проверьте одно из двух.

syn-field = <b>{ $n }. { $label }</b> — { $status }
syn-you-said = <b>Вы сказали:</b> { $text }
syn-you-said-missing = <b>Вы сказали:</b> <i>не записано</i>
syn-customers-said = <b>Клиенты сказали:</b> за — { $support } (✅ { $confirmed } · 🟡 { $partly }), против — { $against } · ❔ неясно — { $unclear } (не в счёт)
syn-customers-silent = <b>Клиенты сказали:</b> <i>пока ничего — не обсуждали</i>
syn-for = 👍 <b>За:</b>
syn-against = 👎 <b>Против:</b>
syn-outside-field = 🚫 <b>Вне сегмента</b> (не в счёт):
syn-evidence = { $icon } { $words } — { $alias }
syn-quote = <i>«{ $text }»</i>
syn-notes = <i>заметки:</i> { $text }
syn-more = …и ещё { $count }
syn-commit-time = ⏱ время
syn-commit-reputation = 🤝 репутация
syn-commit-money = 💰 деньги
syn-weak-mark = ⚠️ слабое
syn-weak = ⚠️ <b>Слабое свидетельство:</b> { $count ->
        [one] { $count } подтверждение
        [few] { $count } подтверждения
       *[many] { $count } подтверждений
    } без цитаты клиента и без факта из прошлого.

syn-status-untested = ⚪ не проверяли
syn-status-testing = 🔵 рано судить: нужно ещё { $left } интервью
syn-status-supported = 🟢 подтверждается
syn-status-refuted = 🔴 опровергается
syn-status-mixed = 🟠 неоднозначно — сравните, чем отличаются ответы

syn-rule = <i>В счёт идут ответы «подтвердил», «частично» и «опроверг»; «неясно» и пропуски не считаются, а люди вне сегмента не голосуют за проблему и ситуацию. Вывод — когда таких интервью не меньше { $min }; голос весит по обязательству клиента (без обязательств 1, репутация 2, время 3, деньги 4): «подтверждается» — если за подтверждениями не меньше { $supported }% веса, «опровергается» — если за опровержениями не меньше { $refuted }%.</i>
