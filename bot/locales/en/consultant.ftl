## Consultant workspace: invites, linking, clients, funnel, notifications, session requests, exports.

cmd-unavailable = This command is not available.
cmd-invite = Invite clients
cmd-clients = My clients and their progress
cmd-export = Export client data
cmd-consultant_invite = Invite a consultant
cmd-make_consultant = Make a user a consultant (by id)
cs-invite-invalid = This invite link is invalid or has expired.
cs-invite-choose = What kind of invite link should I create for your clients?
btn-cs-invite-one = For one client (7 days)
btn-cs-invite-multi = For a group: up to 50 clients (30 days)
cs-invite-created-client =
    Your client link is ready: { $link }
    Valid until { $until }, { $uses ->
        [one] for one client
       *[other] for up to { $uses } clients
    }. Each client who opens it is first told that you will see their answers, and decides whether to share them.
cs-invite-created-consultant =
    Link for a new consultant: { $link }
    Valid until { $until }, single use.
cs-make-consultant-usage = Add the user's id: /make_consultant 123456789 (the user must have written to the bot at least once).
cs-make-consultant-done = { $name } is now a consultant.

cs-link-offer =
    <b>Consultant { $name } invites you</b>

    If you agree, the consultant will see your value propositions, interviews and your chat history with the bot, to help you in your sessions. You can disconnect any time with /unlink.
cs-become-consultant-offer = { $name } invites you to become a consultant in the bot: you will be able to invite clients and follow their progress.
btn-cs-share = ✅ Yes, give access
btn-cs-become-consultant = ✅ Become a consultant
btn-cs-decline = No, thanks
cs-link-declined = All right, nothing will be shared.
cs-link-linked = Done: the consultant will see your progress. To disconnect: /unlink.
cs-link-relinked = Done: your new consultant now sees your progress, the previous one no longer does. To disconnect: /unlink.
cs-link-consultant = Done, you are a consultant. Invite clients with /invite, see them with /clients, export with /export.
cs-unlink-nothing = You are not connected to a consultant.
cs-unlink-confirm = Disconnect from your consultant? They will no longer see your answers and interviews.
btn-cs-unlink-yes = Yes, disconnect
cs-unlinked = You have disconnected from your consultant.
cs-unlinked-by-consultant = Your consultant removed you from their client list. Your answers stay with you.

cs-clients-title = <b>Your clients: { $count }</b> (page { $page } of { $pages })
cs-clients-line = • { $name } — { $stage }, { $days ->
        [0] today
        [one] { $days } day ago
       *[other] { $days } days ago
    }
cs-stage-onboarding = getting started
cs-stage-value-prop = value proposition: question { $n } of 5
cs-stage-value-prop-done = value proposition done
cs-stage-script-ready = script ready
cs-stage-interviewing = interviews: { $n }
btn-cs-funnel = 📊 Funnel
btn-cs-settings = 🔔 Notifications
btn-cs-back = ← To the list
btn-cs-reply = ✉️ Message the client
btn-cs-export-client = 📤 Export this client
btn-cs-unlink = Disconnect the client
cs-unlink-client-confirm = Remove { $name } from your list? You will no longer see their data.
cs-client-unlinked = Client disconnected.

cs-client-title =
    <b>{ $name }</b>
    Joined { $since }, last seen { $seen }
cs-client-no-vp = No value propositions yet.
cs-client-vp-draft = ✏️ “{ $name }”: { $n } of { $total } answered
cs-client-no-interviews = No interviews logged yet.

cs-funnel-title = <b>Client funnel ({ $count })</b>
cs-funnel-line = { $step }: { $n }{ $drop }
cs-funnel-drop = { " " }(−{ $n })
cs-funnel-clients = Connected
cs-funnel-consented = Accepted the data notice
cs-funnel-q1 = Answered question 1
cs-funnel-q2 = Answered question 2
cs-funnel-q3 = Answered question 3
cs-funnel-q4 = Answered question 4
cs-funnel-q5 = Answered question 5
cs-funnel-vp-done = Finished a value proposition
cs-funnel-script-ready = Built an interview script
cs-funnel-interviewed = Logged an interview

cs-notify-settings = Client notifications (tap to switch on or off):
cs-notify-switch-vp = a client finished a value proposition
cs-notify-switch-interview = a client logged an interview
cs-notify-linked = 🤝 { $client } is now one of your clients.
cs-notify-unlinked = { $client } is no longer one of your clients.
cs-notify-vp-done = ✅ { $client } finished the value proposition “{ $name }”. See /clients.
cs-notify-interview = 🎤 { $client } logged an interview with “{ $respondent }” for “{ $name }”: { $done } of { $goal }.

btn-session = 📅 Book a review session
cs-session-sent-lead = You don't have a consultant yet, so your request went to the consultancy's team: they offer a free review session. { $count ->
        [1] { $who } will answer
       *[other] One of them ({ $who }) will answer
    } here, in the bot.
cs-session-lead-failed = You don't have a consultant yet, and your request cannot reach the consultancy's team right now. Please try again later.
cs-session-no-admins = Your request was not sent: you don't have a consultant yet, and the consultancy's team has not joined the bot, so there is no one to take it. If a consultant gave you an invite link, open it and your request will go to them.
cs-lead-request = 📅 <b>Request for a free review session</b>: { $client } asks for a review of “{ $name }”. They have no consultant. The card is below; answer with the button under it.
cs-session-request = 📅 <b>{ $client }</b> asks for a review of “{ $name }”. The card is below.
cs-session-card-caption = Value proposition card: { $client }
cs-session-sent = Your request went to your consultant { $name }; the answer will come here, in the bot.
cs-session-failed = I could not reach your consultant. Try later or write to them directly.
cs-reply-ask = Write a message for { $client }; I will forward it on your behalf.
cs-reply-too-long = The message must be 1 to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long.
cs-reply-sent = Sent.
cs-reply-failed = Couldn't deliver it: the client may have blocked the bot.
cs-message-from-consultant =
    💬 <b>Message from your consultant { $name }:</b>
    { $text }

cs-export-format-all = Export data for all your clients. Choose a format:
cs-export-format-client = Export this client's data. Choose a format:
cs-export-period = Which period?
btn-cs-period-all = All time
btn-cs-period-30 = 30 days
btn-cs-period-7 = 7 days
cs-export-started = Preparing the file…
cs-export-done = Export ready: { $clients ->
        [one] { $clients } client
       *[other] { $clients } clients
    }.

btn-cs-schedule-one = 🗓 Schedule a message
btn-cs-schedule-all = 🗓 Message all clients
cs-schedule-ask-one = Write the message for the client (up to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). It will arrive at the chosen time, in the client's local time.
cs-schedule-ask-all = Write the message for all your clients (up to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). Each will get it at the chosen time, in their own local time.
cs-schedule-ask-day = Which day? Press a button or type a date: 28.11, 3 December, Friday — or with the time, “tomorrow at 10”.
btn-cs-day-0 = Today
btn-cs-day-1 = Tomorrow
btn-cs-day-2 = The day after
cs-schedule-day-invalid = I could not read that date. Type it as 28.11, 3 December or “tomorrow at 10”, from today to a year ahead.
cs-schedule-ask-time = At what time, in the client's local time? Press a button or type a time such as 10:30.
cs-schedule-time-invalid = I could not read that time. Type it as 10:30.
cs-schedule-done = 🗓 Message scheduled for { $when }, the client's local time. What happens to it:
cs-schedule-done-none = You have no clients yet — there is nobody to send the message to.
cs-fate-on-time = • { $client }: arrives { $when } ({ $zone }).
cs-fate-now = • { $client }: goes out now — that time has already passed for the client.
cs-fate-paused = • { $client }: arrives { $when } ({ $zone }) — the client paused reminders; the message waits for the pause to end.
cs-fate-quiet = • { $client }: arrives { $when } ({ $zone }) — those are the client's quiet hours; the message waits for them to end.
cs-fate-off = • { $client }: will not arrive — the client turned off reminders and messages with /stop.
cs-fate-kind-off = • { $client }: will not arrive — the client turned off scheduled messages in their reminder settings.
cs-fate-blocked = • { $client }: will not arrive — the client blocked the bot.
cs-fate-no-consent = • { $client }: will not arrive — the client has not accepted the data notice yet.
cs-undelivered =
    ⚠️ The message for { $client } scheduled for { $when } (the client's time) was not delivered: { $reason }

    “{ $text }”
cs-undelivered-off = the client turned off reminders and messages with /stop.
cs-undelivered-kind-off = the client turned off scheduled messages in their reminder settings.
cs-undelivered-blocked = the client blocked the bot.
cs-undelivered-no-consent = the client has not accepted the data notice.
cs-undelivered-unlinked = the client is no longer linked to you, so the message was cancelled.
cs-undelivered-failed = Telegram kept refusing it (attempts: { $attempts }).
cs-text-please = Please type it as text: stickers, photos and voice notes don't fit here.

# Versions of a proposition in the client view: v1 → v2 with their state and interviews.
cs-client-versions = <b>Versions of “{ $name }”:</b> { $versions }
cs-client-version = { $version } ({ $status ->
        [done] done
        [review] in review
       *[other] in progress
    }, interviews: { $interviews })
