# The value-proposition card after interviews: progress toward the goal and a badge per hypothesis.
# Plain text (drawn on the picture and HTML-escaped in messages): no tags, no emoji.

pcard-progress = Интервью: { $done } из { $goal }
pcard-progress-no-goal = Интервью: { $done }
pcard-caption = Ценностное предложение «{ $name }» после интервью
pcard-cut-note = Длинные ответы сокращены: полный текст — в карточке ЦП (/list)

# Badges beside each hypothesis; the status rule is in bot/interview/synthesis.py.
pcard-badge-untested = не проверяли
pcard-badge-testing = проверяем · { $tested }/{ $min }
pcard-badge-supported = подтверждена · { $confirmed }/{ $tested }
pcard-badge-refuted = опровергнута · { $refuted }/{ $tested }
pcard-badge-mixed = неоднозначно · { $tested } { $tested ->
        [one] ответ
        [few] ответа
       *[many] ответов
    }
