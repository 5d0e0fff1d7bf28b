## Problem interview: hub, script editing, logging an interview, the list.

iv-hub-title = 🎤 <b>Problem interviews</b> · “{ $name }”
iv-progress = Interviews: { $done } of { $goal }
iv-hub-script = Script: ready, { $count } { $count ->
        [one] question
       *[other] questions
    }
iv-hub-no-script = Script: not created yet. Start there.
iv-hub-drafts = Unfinished logs: { $count }
iv-hub-howto = Talk to people from your segment about their past experience (no selling, no hypothetical questions) and log each interview: I will show which hypotheses held up.
iv-need-vp = Finish at least one value proposition first: interviews test its hypotheses.
iv-pick-vp = Which value proposition are the interviews for?
iv-goal-ask = How many interviews are you planning? The current goal is { $goal }. 5–10 are usually enough to draw first conclusions.
iv-goal-set = Goal: { $goal ->
        [one] { $goal } interview
       *[other] { $goal } interviews
    }

iv-script-title = Problem interview script
iv-script-heading = 📝 <b>Interview script</b> · “{ $name }”
iv-script-footer = Keep the script open during the call: documents are under the button below. Listen more than you talk, and ask for specific past cases.
iv-script-created = I built a script from your value proposition: { $count } { $count ->
        [one] question
       *[other] questions
    }. They ask about the customer's past experience, without pitching the idea.
script-section-founder = Your questions
iv-doc-md = The script in Markdown: easy to open in your notes.
iv-doc-pdf = The script as a PDF: easy to print.
iv-add-ask = Write the question you want to add. I will check that it does not lead the answer or ask about the future.
iv-add-too-long = A question must be 1 to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long.
iv-add-text-please = Please send the question as text.
iv-add-done = Added question #{ $number } to the script.
iv-lint-found =
    The question “{ $question }” may spoil the interview:
    { $hints }

    Write a new version, or add it as it is.
iv-lint-item = • { $message } <i>Better: { $rewrite }</i>
iv-edit-pick = Pick a question to move or delete it:
iv-edit-question = <b>Question #{ $number }</b>
    { $question }
iv-question-deleted = Question deleted

iv-ask-respondent = Logging an interview for “{ $name }”. What is the person's name? An alias or a role is fine, e.g. “Ildar, coffee shop on Bauman St”.
iv-ask-respondent-again = Please write the person's name or an alias.
iv-respondent-invalid = The name must be 1 to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long.
iv-ask-date = When was the interview? Press a button or type a date such as 24.11.
iv-date-invalid = I could not read that date. Type it as 24.11 or 24.11.2026 (not in the future), or press a button.
iv-ask-fit = Does the person fit your segment?
    <i>{ $segment }</i>
iv-ask-said =
    <b>Hypothesis { $n } of { $total } · { $label }</b>
    You assumed: <i>{ $hypothesis }</i>

    What did the customer tell you about it? Jot it down in your own words — these are your notes, with specific cases and numbers. I'll ask for their exact words next.
iv-ask-verdict = What did the interview show about the “{ $label }” hypothesis?
iv-ask-note-quote = 💬 Now the <b>customer's own words</b> on the “{ $label }” hypothesis — verbatim, as they said it, not a paraphrase. If you did not write them down, press “Skip”.
iv-ask-commitment = What commitment did the person make?
iv-ask-next = What next step did you agree on? For example, “a call in a week, I'll show a prototype”.
iv-logged = Interview logged. Interviews: { $done } of { $goal }.
iv-updated = Interview updated. Interviews: { $done } of { $goal }.

iv-fit-yes = Yes
iv-fit-partly = Partly
iv-fit-no = No
iv-verdict-confirmed = Confirmed
iv-verdict-partly = Partly
iv-verdict-refuted = Refuted
iv-verdict-unclear = Unclear
iv-commit-none = None
iv-commit-time = Time
iv-commit-reputation = Reputation
iv-commit-money = Money

iv-summary-title = 🗒 <b>Interview: { $respondent }</b>, { $date }
iv-summary-fit = Segment: { $fit }
iv-summary-verdict = { $icon } <b>{ $label }</b>: { $verdict }
iv-summary-words = 💬 <i>“{ $quote }”</i>
iv-summary-notes = 📝 <i>notes:</i> { $notes }
iv-summary-skipped = ▫️ <b>{ $label }</b>: not discussed
iv-summary-quote = Key quote: <i>“{ $quote }”</i>
iv-summary-commitment = Commitment: { $commitment }
iv-summary-next = Next step: { $step }

iv-list-title = Logged interviews ({ $count }):
iv-list-empty = No interviews logged yet.
iv-draft-mark = · draft
iv-delete-confirm = Delete the interview with “{ $respondent }”? This cannot be undone.
iv-deleted = Interview deleted

btn-iv-script = 📝 Interview script
btn-iv-log = ➕ Log an interview
btn-iv-list = 📋 Interviews ({ $count })
btn-iv-syn = 📊 Results
btn-iv-goal = 🎯 Goal: { $goal }
btn-iv-back = ← Back
btn-iv-add = ➕ Add a question
btn-iv-edit = ↕️ Reorder and delete
btn-iv-docs = 📄 Documents (MD, PDF)
btn-iv-done-editing = ✅ Done
btn-iv-delete = 🗑 Delete
btn-iv-delete-yes = Yes, delete
btn-iv-add-anyway = Add it as it is
btn-iv-today = Today
btn-iv-yesterday = Yesterday
btn-iv-hub = 🎤 Problem interviews

# Going back, editing a saved interview and contradictions.
iv-contradiction = ⚠️ Contradiction: you marked “{ $respondent }” as fitting the segment, yet they refuted the segment hypothesis. Perhaps they are outside the segment after all — or the segment is described loosely. Fix it with “Back” or later in the interview's record.
iv-edit-interview-pick = What should change in the interview with “{ $respondent }”? I'll ask it again and keep the rest as it was.
iv-part-date = Date
iv-part-fit = Fits the segment?
iv-part-commit = Commitment
iv-part-next = Next step
btn-iv-step-back = ⬅️ Back a step
btn-iv-edit-interview = ✏️ Edit
