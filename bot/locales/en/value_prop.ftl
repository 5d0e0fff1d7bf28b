## Value proposition: the five questions (methodology content: reword freely, keep the keys).

vp-label-segment = Segment
vp-label-problem = Problem
vp-label-situation = Situation
vp-label-benefit = Benefit
vp-label-control = Control

vp-q-segment = <b>Who exactly do you create value for?</b> Who is this person in real life? If it is a business, what kind?
vp-hint-segment = Describe them well enough to find three of them tomorrow: role, industry, size, city, circumstances.

vp-q-problem = <b>What problem of theirs do you solve?</b> What are they struggling to get done right now?
vp-hint-problem = Write about the customer's problem, not your solution: “needs a website” is a solution, “loses weekend orders” is a problem.

vp-q-situation = <b>In what situation does this problem come up?</b>
vp-hint-situation = Name the moment or the event that triggers it: when it happens, after what, before what.

vp-q-benefit = <b>What benefit do they get beyond solving the problem?</b>
vp-hint-benefit = What changes in their life or business once the problem is gone: money, time, peace of mind, status, growth.

vp-q-control = <b>How do you make sure the client really gets that benefit?</b>
vp-hint-control = Something you can see or measure: a metric, a number, a check, feedback, and how often you look at it.

## Asking.

vp-progress = <b>Question { $n } of { $total }</b> · { $label }
vp-hint = 💡 <i>{ $hint }</i>
vp-example = <b>Example:</b> { $example }
vp-current-answer = <b>Your current answer:</b> { $answer }
vp-ask-name =
    What shall we call this value proposition? Naming it after the segment works best, e.g. “Kazan coffee shops”.
    One value proposition describes one segment; for another segment you will start a new one.
vp-name-invalid = The name must be 1 to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long. Try a shorter one.
vp-name-not-text = Please send the name as text, or press “Name it later”.
vp-default-name = Value proposition #{ $n }
vp-text-please = I only understand text 🙂 Please write your answer in words; here is the question again:
vp-answer-empty = The answer is empty. Please write at least a few words.
vp-answer-too-long = The answer is too long: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }, the limit is { $limit }. Please cut it down to the essentials and send it again; nothing has been saved yet.
vp-lost = I could not find your current dialogue. Start again: /start.

vp-resume = Welcome back! You left off at question { $n } of { $total } of “{ $name }”.
vp-resume-draft = Your message: “{ $draft }”
vp-restarted = All right, let's start over. The earlier value proposition “{ $name }” is kept in your history.

## Review and the card.

vp-review-title = <b>Check your value proposition “{ $name }”</b>
vp-review-label = <b>{ $n }. { $label }</b>
vp-skipped = <i>skipped</i>
vp-review-footer = Tap an item to change it, or confirm and I will make your card.
vp-edit-prompt = <b>A new version of the “{ $label }” answer.</b> The earlier one stays in the history.
vp-skipped-toast = Question skipped
vp-kept-toast = Your answer is kept
vp-done-toast = Done!
vp-done = Great, “{ $name }” is ready! Here is your card:
vp-card-caption = Value proposition “{ $name }”

vp-list-empty = No value propositions yet. Shall we start one?
vp-list-title = Your value propositions ({ $count }):
vp-list-item = { $status ->
        [done] ✅
       *[other] ✏️
    } { $name }

btn-back = ← Back
btn-skip = Skip →
btn-keep = Keep it as it is
btn-name-later = Name it later
btn-edit = ✏️ { $n }. { $label }
btn-confirm = ✅ All correct: make the card
btn-cancel-edit = Cancel the edit
btn-use-draft = Save this as my answer
btn-continue = ▶️ Continue
btn-restart = 🔄 Start over
vp-resume-review = Welcome back! “{ $name }” is waiting for your review before the card.

## Messages that are not answers (nothing is saved) and answers kept despite coaching.
vp-nonanswer-question = Here is what this question needs, and another example.
vp-nonanswer-dont-know = That’s fine: this is a hypothesis, and the interviews will test it. Write what you think now, even roughly.
vp-nonanswer-help = Here is a hint for this question and an example. All commands: /help.
vp-nonanswer-not-saved = <i>I have not saved this message as an answer.</i>
vp-back-first = This is the first question, there is nothing before it. Here it is again:
vp-review-sharpen = ⚠️ <i>to sharpen</i>

## Versions: revising a finished proposition after interviews, renaming, the history in /list.

vp-prev-answer = <b>In version { $version } you wrote:</b> { $answer }
vp-prev-skipped = <b>In version { $version }</b> this question was skipped.
vp-prev-words-title = <b>What customers said:</b>
vp-prev-word = • { $respondent } — { $verdict }: “{ $said }”
vp-prev-word-bare = • { $respondent } — { $verdict }
vp-prev-word-notes = • { $respondent } — { $verdict }, your notes: { $notes }
vp-prev-outside = { $respondent } (outside the segment)
vp-prev-no-words = Customers said nothing about it.
vp-prev-way = Keep the previous answer with the button or type a new one.
vp-prev-verdict = { $verdict ->
        [confirmed] confirmed
        [partly] partly confirmed
        [refuted] refuted
        [unclear] unclear
       *[other] no verdict
    }
btn-keep-previous = ↩️ Keep the previous answer
btn-revise = 🔁 Revise the proposition
btn-rename = 🏷 Rename
vp-revise-started = Starting version { $version } of “{ $name }”. Each question shows your previous answer and what customers said: keep it with the button or type a new one.
vp-revise-in-place = No interviews are logged for this version yet, so we edit it in place — earlier answers stay in the history. A new version starts when you revise after interviews.
vp-revise-newer = This proposition already has version { $version } — revise that one.
vp-rename-ask = What should “{ $name }” be called? Every version gets the new name.
vp-renamed = Done: the proposition is now called “{ $name }”.
vp-rename-not-text = Please type the name as text 🙂 What should “{ $name }” be called?
vp-list-version = { $status ->
        [done] ✅
        [abandoned] ↩️
       *[other] ✏️
    } { $name } · { $version }
vp-list-older = { $status ->
        [done] ✅
        [abandoned] ↩️
       *[other] ✏️
    }   ↳ { $version }
vp-list-abandoned = ↩️ { $name } (started over)
vp-list-history = Earlier versions and propositions you started over are here too.
vp-abandoned-view = <b>“{ $name }”</b>: you started over on it; it is kept here as it was.
