## /mydata (the export: captions and the Markdown document) and /delete_me.

cmd-mydata = Download all my data
cmd-delete_me = Delete all my data

mydata-caption-json = All your data as JSON — for programs and for moving it to other services.
mydata-caption-md = The same, easy to read (Markdown): answers, interviews, chat history.

## The Markdown document. Plain text: Markdown, not Telegram HTML.

md-title = Your data in the value proposition coach bot
md-exported = Exported on { $at }. Times are in your time zone ({ $timezone }).
md-footer = The complete machine-readable version of the same data is in the .json file.
md-none = None.
md-on = on
md-off = off
md-skipped = (skipped)

md-profile = Profile
md-field-id = Telegram id
md-field-name = Name
md-field-username = Username
md-field-language = Language
md-field-source = Came from (link source)
md-field-timezone = Time zone
md-field-role = Role
md-field-created = First message to the bot
md-field-last-seen = Latest message to the bot
md-field-blocked = Bot blocked since
md-role-founder = founder
md-role-consultant = consultant
md-role-admin = administrator

md-consent = Consent
md-consent-none = The data notice has not been accepted.
md-consent-given = Data notice version { $version } accepted on { $at }.
md-consultant = Consultant
md-consultant-none = Not connected.
md-consultant-linked = { $name } (id { $id }); access to your answers granted on { $at }.

md-vps = Value propositions
md-vp-status = Status: { $status }. Created on { $created }.
md-status-draft = draft
md-status-review = under review
md-status-done = done
md-status-abandoned = started over
md-answers = Current answers
md-revisions = Every version of the answers
md-kept-finding = (to sharpen: kept despite the hint)
md-script = Interview script
md-script-topic = Topic of the conversation: { $topic }
md-question-founder = (your question)
md-interview = Interview: { $respondent }, { $date }
md-interview-draft = Draft: not fully logged.
md-date-unknown = no date given
md-iv-fit = Fits the segment
md-iv-quote = Key quote
md-iv-words = { $label }: the customer's words
md-iv-commitment = Commitment
md-iv-next = Next step

md-settings = Reminder settings
md-reminders = Reminders
md-paused-until = Paused until
md-quiet-hours = Quiet hours
md-kinds-off = Kinds turned off
md-reminder-list = Scheduled reminders
md-reminder = { $state }, created on { $created }
md-reminder-kind-nudge = Nudge to continue
md-reminder-kind-cadence = Regular reminder
md-reminder-kind-consultant = Message from your consultant
md-reminder-kind-checkin = Weekly check-in
md-occurrence = waiting to be sent on { $due }
md-quiet-none = none
md-rule-weekly = every week: { $days }, { $time }
md-rule-once = { $date }, { $time }
md-rule-until = (until { $date })
md-checkins = Weekly check-ins
md-checkin-hypothesis = Hypothesis
md-checkin-action = Action
md-checkin-data = Data
md-checkin-insight = Insight
md-invites = Invites you created
md-invite = created on { $created }, valid until { $expires }, used { $uses } of { $limit }
md-invite-kind-client = Client invite
md-invite-kind-consultant = Consultant invite
md-dialogue = Current dialogue
md-dialogue-state = Step: { $state }

md-transcript = Chat history
md-transcript-empty = No chat history was kept: it is recorded only after you accept the data notice.
md-you = You
md-bot = Bot
md-kind = { $kind ->
        [callback] button
        [callback_answer] pop-up hint
        [edit] message edit
        [document] file
        [photo] photo
        [sticker] sticker
        [voice] voice note
        [video_note] video note
        [video] video
        [audio] audio
        [location] location
        [contact] contact
        [animation] GIF
        [poll] poll
       *[other] { $kind }
    }

## /delete_me

delete-explain =
    <b>Delete all your data?</b>

    This permanently deletes:
    • your profile and your consent to data processing;
    • your value propositions with every version of the answers;
    • interview scripts and the interviews you logged;
    • the chat history with the bot;
    • reminders, check-ins and the invites you created;
    • the current dialogue step.
    If you are connected to a consultant, they will no longer see your results. If you are a consultant, your clients stay — without the link to you.

    Only a note that a deletion happened, and when, is kept — without your id or name.
    To keep a copy first, send /mydata. The confirmation button works for { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }.
btn-delete-yes = Yes, delete everything
btn-delete-no = Cancel
delete-done =
    Done: all your data has been deleted. Thank you for trying the bot!
    If you want to come back, send /start and everything starts afresh.
delete-cancelled = Deletion cancelled, all your data is still here.
delete-cancelled-toast = Cancelled

# Versions: the evidence status of each hypothesis of a version with interviews.
md-hypothesis-statuses = Hypothesis statuses from this version's interviews
md-hypothesis-status = { $status ->
        [supported] supported
        [refuted] refuted
        [mixed] mixed
        [testing] being tested
       *[other] not tested yet
    }
