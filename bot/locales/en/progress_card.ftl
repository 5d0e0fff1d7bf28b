# The value-proposition card after interviews: progress toward the goal and a badge per hypothesis.
# Plain text (drawn on the picture and HTML-escaped in messages): no tags, no emoji;
# only pcard-legend, sent in the photo caption, uses the status colours as emoji.

pcard-progress = Interviews: { $done } of { $goal }
pcard-progress-no-goal = Interviews: { $done }
pcard-caption = Value proposition “{ $name }” after interviews
pcard-cut-note = Long answers are shortened: the full text is on the proposition card (/list)
pcard-legend = Badge colour is the hypothesis status: 🟢 supported · 🔴 refuted · 🟠 mixed · 🔵 too early · ⚪ not tested. Numbers are customers for and against.

# Badges beside each hypothesis: one colour and one word per status, and the numbers always
# mean customers for and against (the status rule: README, "Hypothesis status").
pcard-badge-untested = not tested
pcard-badge-testing = too early · for { $support } · against { $against }
pcard-badge-supported = supported · for { $support } · against { $against }
pcard-badge-refuted = refuted · for { $support } · against { $against }
pcard-badge-mixed = mixed · for { $support } · against { $against }

# The key of badge colours drawn on the card, one word per status (the same words as the badges).
pcard-legend-supported = supported
pcard-legend-refuted = refuted
pcard-legend-mixed = mixed
pcard-legend-testing = too early
pcard-legend-untested = not tested
