## Reminders: delivered messages, the /reminders settings, cadence and check-in set-up.

cmd-reminders = Reminders: what's coming and settings
cmd-stop = Turn all reminders off

rem-day-0 = Mon
rem-day-1 = Tue
rem-day-2 = Wed
rem-day-3 = Thu
rem-day-4 = Fri
rem-day-5 = Sat
rem-day-6 = Sun

rem-kind-nudge = Unfinished dialogue
rem-kind-cadence = Interview schedule
rem-kind-checkin = Weekly check-in
rem-kind-consultant = Messages from your consultant

## Delivered reminders.
rem-missed = ⏰ While I was unavailable you missed { $count } { $count ->
        [one] reminder
       *[other] reminders
    }. Here is the current one:
rem-nudge-question = You stopped at question { $n } of { $total } of the value proposition “{ $name }”. { $left ->
        [1] Just one question left: shall we finish it?
        [2] Only two questions left: shall we go on?
       *[other] Shall we pick up where you left off?
    }
rem-nudge-review = The value proposition “{ $name }” is almost done: just review and confirm the answers. Shall we continue?
rem-nudge-interview = You haven't finished logging the interview for “{ $name }”. Shall we pick up where you left off?
rem-nudge-last = This is the last reminder — I won't bother you again. You can come back any time: /start.
rem-nudge-nothing = That dialogue is already finished or was cancelled. What would you like to do?
rem-cadence =
    🎤 Time for your next problem interview.
    “{ $name }”: { $done } of { $goal ->
        [one] { $goal } interview
       *[other] { $goal } interviews
    }.
rem-cadence-until = Goal date: { $date }.
rem-checkin =
    📝 <b>Weekly check-in</b>
    Which hypothesis did you test this week, and what did you learn? Four short questions: hypothesis → action → data → insight.
rem-consultant =
    💬 <b>A message from your consultant { $name }</b>

    { $text }

btn-rem-continue = ▶️ Continue
btn-rem-log-interview = ➕ Log an interview
btn-rem-checkin-start = ✍️ Answer
btn-rem-settings = ⚙️ Reminder settings

## /reminders and /stop.
rem-menu-title = 🔔 <b>Reminders</b>
rem-menu-zone = Time zone: { $zone }
rem-menu-quiet = Quiet hours: { $start }–{ $end } (nothing is sent then)
rem-menu-quiet-none = Quiet hours: none
rem-menu-off = 🛑 All reminders are off.
rem-menu-paused = ⏸ Paused until { $until }.
rem-menu-upcoming = <b>Coming up:</b>
rem-menu-item = { $n }. { $when } — { $what }
rem-menu-empty = Nothing coming up.
rem-menu-kinds-off = 🔕 Not sent: { $kinds }.
btn-rem-snooze-hour = ⏰ Snooze { $what } ({ $when }) by an hour
btn-rem-snooze-day = 📅 Move { $what } ({ $when }) to tomorrow
rem-snooze-what-cadence = the interview reminder for “{ $name }”
rem-snooze-what-checkin = the check-in
rem-snooze-what-consultant = the consultant's message
btn-rem-pause = ⏸ Pause for 7 days
btn-rem-resume = ▶️ Resume
btn-rem-cadence = 🎤 Interviews: goal and days
btn-rem-checkin-on = 📝 Turn the weekly check-in on
btn-rem-checkin-off = 📝 Turn the weekly check-in off
btn-rem-kinds = 🔕 Which reminders to send
btn-rem-quiet = 🌙 Quiet hours
btn-rem-zone = 🌍 Time zone
btn-rem-stop = 🛑 Turn all off
btn-rem-on = 🔔 Turn reminders on
btn-rem-back = ← Back
btn-rem-done = Done
btn-rem-skip = Skip
btn-rem-type = ✍️ Type my own
rem-stop-done = All reminders are off. To turn them on again: /reminders.
rem-gone = This reminder is no longer relevant.
rem-snoozed = Moved to { $when }
rem-paused = Paused until { $until }
rem-resumed = Pause ended
rem-stopped = All reminders are off
rem-on = Reminders are on
rem-kinds-title = Which reminders should I send? Tap to turn one on or off.
rem-kinds-all-off = 🛑 All reminders are off right now (/stop) — none will arrive. The ones ticked below resume when you turn reminders on from the main screen.
btn-rem-kind-on = ✅ { $kind }
btn-rem-kind-off = ▫️ { $kind } (off)
rem-kind-now-on = On: { $kind }
rem-kind-now-off = Off: { $kind }
rem-text-please = Please type your answer as text.

## Quiet hours and time zone.
rem-quiet-title = Current quiet hours: { $start }–{ $end }. Reminders due during them wait until they end.
btn-rem-quiet-none = No quiet hours
rem-quiet-ask = Type quiet hours like 23:00-08:00 — or “no” to turn them off.
rem-quiet-invalid = I didn't get that. Example: 23:00-08:00 (or “no”).
rem-quiet-set = Quiet hours saved
rem-zone-title = Your time zone: { $zone }. Pick a city or tap “Other”.
btn-rem-zone-other = ✍️ Other
rem-zone-ask = Type a city in any language (Almaty, Berlin, Санкт-Петербург) or an offset from UTC (UTC+3, MSK+4) — or share your location with the button below, and I will take the time zone from it.
btn-rem-zone-location = 📍 Share my location
rem-zone-location-unavailable = A location cannot be shared from here — please type a city or an offset from UTC.
rem-zone-invalid = I couldn't find that time zone. Try a larger city nearby (Almaty, Berlin) or an offset: UTC+3.
rem-zone-set = Time zone: { $zone }

tz-city-kaliningrad = Kaliningrad
tz-city-moscow = Moscow
tz-city-samara = Samara
tz-city-yekaterinburg = Yekaterinburg
tz-city-omsk = Omsk
tz-city-novosibirsk = Novosibirsk
tz-city-krasnoyarsk = Krasnoyarsk
tz-city-irkutsk = Irkutsk
tz-city-yakutsk = Yakutsk
tz-city-vladivostok = Vladivostok
tz-city-magadan = Magadan
tz-city-kamchatka = Kamchatka

## Interview cadence.
rem-cad-need-vp = Finish at least one value proposition first: interview reminders are tied to one.
rem-cad-pick-vp = Which value proposition are the interviews for?
rem-cad-goal-ask = How many problem interviews do you want to run for “{ $name }”?
rem-cad-by-ask = { $goal ->
        [one] { $goal } interview
       *[other] { $goal } interviews
    } — by when?
btn-rem-cad-weeks = { $weeks ->
        [one] +{ $weeks } week
       *[other] +{ $weeks } weeks
    }
btn-rem-cad-type-date = ✍️ Pick a date
rem-cad-date-ask = Type the date, e.g. 24.12 or 24 December.
rem-cad-date-invalid = I didn't get the date. Type it as 24.12 or 24 December — not before today and within a year.
rem-cad-days-ask = On which days should I remind you? Tick one or more and tap “Done”.
rem-cad-days-none = Pick at least one day
rem-cad-time-ask = At what time?
btn-rem-type-time = ✍️ Another time
rem-cad-time-typed-ask = Type the time as HH:MM, e.g. 10:30.
rem-time-invalid = I didn't get the time. Example: 10:30.
rem-cad-saved =
    Done! The goal is { $goal ->
        [one] { $goal } interview
       *[other] { $goal } interviews
    } for “{ $name }” by { $until }.
    I'll remind you: { $days } at { $time }. Once you've done this week's share of interviews, I'll leave you alone until next week.
rem-cad-current =
    🎤 <b>Interview schedule</b>
    “{ $name }”: { $goal ->
        [one] { $goal } interview
       *[other] { $goal } interviews
    } by { $until }.
    Reminders: { $days } at { $time }.
btn-rem-cad-change = ✏️ Change
btn-rem-cad-off = 🔕 Turn off
rem-cad-turned-off = Interview reminders are off.

## Weekly check-in.
rem-chk-day-ask = On which day of the week should the check-in come?
rem-chk-time-ask = { $day } — at what time?
rem-chk-saved = Check-in on: { $day }, { $time }
rem-chk-turned-off = Weekly check-in is off
rem-chk-q-hypothesis = { $n }/{ $total }. <b>Hypothesis.</b> Which hypothesis did you test this week?
rem-chk-q-action = { $n }/{ $total }. <b>Action.</b> What did you do to test it?
rem-chk-q-data = { $n }/{ $total }. <b>Data.</b> What did you see or hear — facts, numbers, quotes?
rem-chk-q-insight = { $n }/{ $total }. <b>Insight.</b> What did you learn, and what will you do next?
rem-chk-too-long = The answer must be 1 to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long.
rem-chk-done = Check-in saved. Thank you — notes like these show how your understanding of customers changes.
rem-chk-empty = You skipped every question — nothing saved. See you next week!
