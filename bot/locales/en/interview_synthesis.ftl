# Synthesis of interviews: each hypothesis, what you said beside what customers said (Telegram HTML).
# Status rule: see STATUS_RULE in bot/interview/synthesis/model.py and the README.
# One icon per status (the same colours as the badges on the card); verdict icons are per interview.

syn-title = <b>Interview results</b>
syn-legend-status = Statuses: 🟢 supported · 🔴 refuted · 🟠 mixed · 🔵 too early · ⚪ untested
syn-legend-verdict = Customers: ✅ confirmed · 🟡 partly · ❌ refuted · ❔ unclear (not counted)
syn-progress = { $done } of { $goal } { $goal ->
        [one] interview
       *[other] interviews
    } held
syn-progress-no-goal = { $done ->
        [one] { $done } interview
       *[other] { $done } interviews
    } held
syn-segment-fit = In the segment: yes — { $yes } · partly — { $partly } · no — { $no }
syn-commitments = Commitments: money — { $money } · time — { $time } · reputation — { $reputation } · none — { $none }
syn-empty = No finished interviews yet. Run your first one and the results will show up here.
syn-outside = 🚫 <b>Outside the segment:</b> { $names } — their answers on the problem and the situation are not counted.
syn-contradiction = ⚠️ <b>Contradiction:</b> “{ $name }” — you marked this person as in the segment, yet they refuted the segment hypothesis. One of the two needs a second look.

syn-field = <b>{ $n }. { $label }</b> — { $status }
syn-you-said = <b>You said:</b> { $text }
syn-you-said-missing = <b>You said:</b> <i>not written</i>
syn-customers-said = <b>Customers said:</b> for — { $support } (✅ { $confirmed } · 🟡 { $partly }), against — { $against } · ❔ unclear — { $unclear } (not counted)
syn-customers-silent = <b>Customers said:</b> <i>nothing yet — not discussed</i>
syn-for = 👍 <b>For:</b>
syn-against = 👎 <b>Against:</b>
syn-outside-field = 🚫 <b>Outside the segment</b> (not counted):
syn-evidence = { $icon } { $words } — { $alias }
syn-quote = <i>“{ $text }”</i>
syn-notes = <i>notes:</i> { $text }
syn-more = …and { $count } more
syn-commit-time = ⏱ time
syn-commit-reputation = 🤝 reputation
syn-commit-money = 💰 money
syn-weak-mark = ⚠️ weak
syn-weak = ⚠️ <b>Weak evidence:</b> { $count ->
        [one] { $count } confirmation
       *[other] { $count } confirmations
    } without the customer's words or a past fact.

syn-status-untested = ⚪ untested
syn-status-testing = 🔵 too early: { $left } more { $left ->
        [one] interview
       *[other] interviews
    } needed
syn-status-supported = 🟢 supported
syn-status-refuted = 🔴 refuted
syn-status-mixed = 🟠 mixed — compare how the answers differ

syn-rule = <i>Counted are “confirmed”, “partly” and “refuted”; “unclear” and skipped ones are not, and people outside the segment do not vote on the problem and the situation. A conclusion comes once such interviews number at least { $min }; each vote weighs by the customer's commitment (none 1, reputation 2, time 3, money 4): “supported” when confirmations carry at least { $supported }% of the weight, “refuted” when refutations carry at least { $refuted }%.</i>
