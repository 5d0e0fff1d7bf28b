# The value-proposition card after interviews: progress toward the goal and a badge per hypothesis.
# Plain text (drawn on the picture and HTML-escaped in messages): no tags, no emoji.

pcard-progress = Interviews: { $done } of { $goal }
pcard-progress-no-goal = Interviews: { $done }
pcard-caption = Value proposition “{ $name }” after interviews
pcard-cut-note = Long answers are shortened: the full text is on the proposition card (/list)

# Badges beside each hypothesis; the status rule is in bot/interview/synthesis.py.
pcard-badge-untested = not tested
pcard-badge-testing = testing · { $tested }/{ $min }
pcard-badge-supported = supported · { $confirmed }/{ $tested }
pcard-badge-refuted = refuted · { $refuted }/{ $tested }
pcard-badge-mixed = mixed · { $tested } { $tested ->
        [one] answer
       *[other] answers
    }
