# How the transcript reads in exports (consultant exports and /mydata): dialogue steps by name,
# kinds of messages, and a button press whose label was not stored.

transcript-button-pressed = button pressed

transcript-dialogue-vp = Value proposition
transcript-step-vp-name = name
transcript-step-vp-segment = segment
transcript-step-vp-problem = problem
transcript-step-vp-situation = situation
transcript-step-vp-benefit = benefit
transcript-step-vp-control = control
transcript-step-vp-review = reviewing the card
transcript-step-vp-editing = editing an answer
transcript-step-vp-rename = renaming the proposition

transcript-dialogue-iv = Interview
transcript-step-iv-question = own question for the script
transcript-step-iv-respondent = respondent
transcript-step-iv-held-on = interview date
transcript-step-iv-segment-fit = whether they are in the segment
transcript-step-iv-said = the founder's notes
transcript-step-iv-quote = the customer's words
transcript-step-iv-verdict = verdict
transcript-step-iv-key-quote = key quote
transcript-step-iv-commitment = commitment
transcript-step-iv-next-step = next step

transcript-dialogue-reminders = Reminder settings
transcript-step-reminders-timezone = time zone
transcript-step-reminders-quiet = quiet hours
transcript-step-reminders-cadence-date = interview date
transcript-step-reminders-cadence-time = reminder time
transcript-step-reminders-checkin-time = check-in time

transcript-dialogue-checkin = Weekly check-in
transcript-step-checkin-hypothesis = hypothesis
transcript-step-checkin-action = action
transcript-step-checkin-data = data
transcript-step-checkin-insight = insight

transcript-dialogue-consultant = Working with clients
transcript-step-consultant-reply = reply to a client
transcript-step-consultant-schedule-text = text of a scheduled message
transcript-step-consultant-schedule-day = day to send
transcript-step-consultant-schedule-time = time to send

transcript-kind = { $kind ->
        [text] text
        [command] command
        [callback] button
        [callback_answer] pop-up note
        [edit] message edit
        [document] file
        [photo] photo
        [sticker] sticker
        [voice] voice message
        [video_note] video message
        [video] video
        [audio] audio
        [location] location
        [contact] contact
        [animation] GIF
        [poll] poll
       *[other] other
    }

transcript-dialogue-script = Interview script
transcript-step-script-topic = script topic
