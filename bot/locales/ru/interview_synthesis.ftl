# Synthesis of interviews: each hypothesis against what customers said (Telegram HTML).
# Status rule: a conclusion after 5 interviews with a verdict; see bot/interview/synthesis.py.

syn-title = <b>Итоги интервью</b>
syn-subtitle = Ваша гипотеза → что сказали клиенты
syn-legend = ✅ подтвердилось · 🟡 частично · ❌ опровергнуто · ❔ непонятно
syn-progress = Проведено { $done } из { $goal } интервью
syn-progress-no-goal = Проведено интервью: { $done }
syn-segment-fit = В сегменте: да — { $yes } · частично — { $partly } · нет — { $no }
syn-commitments = Обязательства: время — { $time } · репутация — { $reputation } · деньги — { $money } · без обязательств — { $none }
syn-empty = Пока нет ни одного завершённого интервью. Проведите первое — и здесь появятся итоги.

syn-field = <b>{ $n }. { $label }</b> — { $status }
syn-hypothesis = <b>Ваша гипотеза:</b> { $text }
syn-hypothesis-missing = <b>Ваша гипотеза:</b> <i>не записана</i>
syn-counts = <b>Что сказали клиенты:</b> ✅ { $confirmed } · 🟡 { $partly } · ❌ { $refuted } · ❔ { $unclear } из { $tested }
syn-quotes = 💬 { $count ->
        [one] { $count } цитата
        [few] { $count } цитаты
       *[many] { $count } цитат
    }:
syn-quote = <i>«{ $text }»</i>

syn-status-untested = ❔ ещё не проверяли
syn-status-testing = 🔬 рано судить: нужно ещё { $left } интервью
syn-status-supported = ✅ подтверждается
syn-status-refuted = ❌ опровергается
syn-status-mixed = 🟡 неоднозначно — сравните, чем отличаются ответы

syn-rule = <i>Вывод появляется после { $min } интервью с оценкой: «подтверждается» — если подтвердили не меньше { $supported }%, «опровергается» — если опровергли не меньше { $refuted }%.</i>
