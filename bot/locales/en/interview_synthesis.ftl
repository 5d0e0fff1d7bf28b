# Synthesis of interviews: each hypothesis against what customers said (Telegram HTML).
# Status rule: a conclusion after 5 interviews with a verdict; see bot/interview/synthesis.py.

syn-title = <b>Interview results</b>
syn-subtitle = Your hypothesis → what customers said
syn-legend = ✅ confirmed · 🟡 partly · ❌ refuted · ❔ unclear
syn-progress = { $done } of { $goal } { $goal ->
        [one] interview
       *[other] interviews
    } held
syn-progress-no-goal = { $done ->
        [one] { $done } interview
       *[other] { $done } interviews
    } held
syn-segment-fit = In the segment: yes — { $yes } · partly — { $partly } · no — { $no }
syn-commitments = Commitments: time — { $time } · reputation — { $reputation } · money — { $money } · none — { $none }
syn-empty = No finished interviews yet. Run your first one and the results will show up here.

syn-field = <b>{ $n }. { $label }</b> — { $status }
syn-hypothesis = <b>Your hypothesis:</b> { $text }
syn-hypothesis-missing = <b>Your hypothesis:</b> <i>not written down</i>
syn-counts = <b>What customers said:</b> ✅ { $confirmed } · 🟡 { $partly } · ❌ { $refuted } · ❔ { $unclear } of { $tested }
syn-quotes = 💬 { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }:
syn-quote = <i>“{ $text }”</i>

syn-status-untested = ❔ not tested yet
syn-status-testing = 🔬 too early to tell: { $left } more { $left ->
        [one] interview
       *[other] interviews
    } needed
syn-status-supported = ✅ supported
syn-status-refuted = ❌ refuted
syn-status-mixed = 🟡 mixed — compare how the answers differ

syn-rule = <i>A conclusion appears after { $min } { $min ->
        [one] interview
       *[other] interviews
    } with a verdict: “supported” when at least { $supported }% confirmed it, “refuted” when at least { $refuted }% refuted it.</i>
