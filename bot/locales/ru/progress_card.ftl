# The value-proposition card after interviews: progress toward the goal and a badge per hypothesis.
# Plain text (drawn on the picture and HTML-escaped in messages): no tags, no emoji;
# only pcard-legend, sent in the photo caption, uses the status colours as emoji.

pcard-progress = Интервью: { $done } из { $goal }
pcard-progress-no-goal = Интервью: { $done }
pcard-caption = Ценностное предложение «{ $name }» после интервью
pcard-cut-note = Длинные ответы сокращены: полный текст — в карточке ЦП (/list)
pcard-legend = Цвет значка — статус гипотезы: 🟢 подтверждена · 🔴 опровергнута · 🟠 неоднозначно · 🔵 рано судить · ⚪ не проверяли. Числа — сколько клиентов за и против.

# Badges beside each hypothesis: one colour and one word per status, and the numbers always
# mean customers for and against (the status rule: README, "Hypothesis status").
pcard-badge-untested = не проверяли
pcard-badge-testing = рано судить · за { $support } · против { $against }
pcard-badge-supported = подтверждена · за { $support } · против { $against }
pcard-badge-refuted = опровергнута · за { $support } · против { $against }
pcard-badge-mixed = неоднозначно · за { $support } · против { $against }

# The key of badge colours drawn on the card, one word per status (the same words as the badges).
pcard-legend-supported = подтверждена
pcard-legend-refuted = опровергнута
pcard-legend-mixed = неоднозначно
pcard-legend-testing = рано судить
pcard-legend-untested = не проверяли
