# Problem interview script (The Mom Test, Running Lean): methodology content, reword freely.
# A block of questions per hypothesis. Every question asks about the customer's past and present
# behaviour, never a hypothetical ("would you…", "если бы…") or a pitch, and never reads the
# founder's answers aloud: the customer's world is named by the topic the founder confirmed.
# { $topic } is a short noun phrase ("patient reminders"). Keys: script-q-<block>-<name>.

script-document-title = Problem interview script
script-for = Value proposition “{ $name }”
script-topic = Topic of the conversation: { $topic }
# Used in a question instead of a topic that would make it leading (the linter objects).
script-topic-fallback = your work
script-opening-title = How to open
script-opening = Thanks for making the time! I'm learning how people handle { $topic }. I'm interested in your real experience — I'm not selling anything. This takes 20–30 minutes; do you mind if I take notes?

script-section-screening = Is this the right person
script-section-last_time = The last time and what it cost
script-section-situation = The situation
script-section-workaround = What they tried and pay for now
script-section-decision = Who decides and who pays
script-section-benefit = The benefit they would notice
script-section-control = How they know it worked
script-section-ranking = Their top problems
script-section-close = Next step
# Sections of scripts generated before the blocks per hypothesis.
script-section-opening = Opening
script-section-qualifying = Is this the right person
script-section-problem = The difficulty
script-section-workaround_cost = What they do today and what it costs
script-section-commitment = Next step

# The hypothesis a question tests, shown beside it in the documents.
script-tag-segment = segment
script-tag-problem = problem
script-tag-situation = situation
script-tag-benefit = benefit
script-tag-control = control
script-tag-close = commitment

# Notes for the founder under a block heading: the hypothesis these questions test.
script-hypothesis = Testing the “{ $label }” hypothesis: { $answer }
script-hypothesis-missing = No “{ $label }” hypothesis written down — just listen carefully.
script-hypotheses-title = Hypotheses to test
script-hypothesis-skipped = not written down
script-traits = Listen for whether it matches: { $traits }.
script-trait-role = role — { $value }
script-trait-size = size — { $value }
script-trait-place = place — { $value }
script-trait-circumstance = circumstance — { $value }
# A hypothesis kept vague or skipped: never quoted; the founder is told what to listen for.
script-unclear = The “{ $label }” hypothesis is { $why ->
        [skipped] not written down
       *[vague] still vague
    } — { $listen }
script-listen-segment = listen for who this person is: their role, the size of their business, where they work and what they share with the other people you talk to.
script-listen-problem = listen for one specific last time and what it cost: hours, money, lost customers.
script-listen-situation = listen for when and where it happens: the day, the time, what happened just before.
script-listen-benefit = listen for what they noticed first when it went well: time, money, peace of mind.
script-listen-control = listen for which numbers or signs they check themselves, and how often.
script-listen-close = agree on a specific next step.

# Screening: does the person have the segment's defining traits.
script-q-screening-role = What is your role when it comes to { $topic }: do you decide, do it yourself, or hand it to someone?
script-q-screening-size = Tell me about the size of your business: how many people, locations or customers do you have?
script-q-screening-place = Where do you work: which city or region?
script-q-screening-circumstance = How are things set up at your place today for { $topic }: who does it and how often?
script-q-screening-tenure = How long have you been doing this, and how did it start?

script-q-last_time-when = When did you last run into trouble with { $topic }? What happened?
script-q-last_time-cost = What did that time cost you: hours, money, customers?

script-q-situation-before = What was going on just before it: where were you, what were you doing, who else was involved?
script-q-situation-often = How many times did something like that happen in the last month?

script-q-workaround-tried = What have you already tried to deal with it? Why did you stop?
script-q-workaround-pay = What do you use for it now, and what does it cost you a month — in money or in staff hours?

script-q-decision-who = The last time you spent money on { $topic }, who made the call? Whose budget did it come from?

script-q-benefit-noticed = Think of a time it went smoothly. What did you notice first: how much time or money did it save?

script-q-control-knew = How did you know that time that it had worked? What exactly did you check?
script-q-control-numbers = Which numbers do you look at to see that things are going fine? When did you last look?

script-q-ranking-top = Which three things took the most of your time and energy last month? Put them in order. Where is { $topic } among them?

script-q-close-time = Shall we talk again in about two weeks? Which day suits you?
script-q-close-pilot = I'm putting together a small pilot group. Shall I add you? Where should I send the details?
script-q-close-referral = Who else should I talk to about this? Could you introduce me?

# The checklist at the end of the document.
script-howto-title = How to run the interview
script-howto-1 = Listen more than you talk. Silence is fine: let them finish.
script-howto-2 = Ask for specifics: when did it last happen, how much exactly, can you see it.
script-howto-3 = Don't talk about your idea and don't sell: you want facts from the past, not polite promises.
script-howto-4 = Write down exact quotes, and right after the call mark which hypotheses held up.

# The topic the founder confirms before the script is built (chat).
iv-topic-propose = To make the questions sound like the customer's world, I'll name it with one short phrase: <b>{ $topic }</b>. Does that fit? If not, type your own, e.g. “grain purchasing” or “patient reminders”.
iv-topic-ask = Type in a few words what part of the customer's work the conversation is about — 1–6 words, e.g. “grain purchasing” or “patient reminders”. I'll use it in the questions instead of your answers.
iv-topic-invalid = I need a short phrase on one line: 2 to { $limit } { $limit ->
        [one] character
       *[other] characters
    }.
iv-topic-text-please = Please send the topic as text.
btn-iv-topic-ok = ✅ Yes, “{ $topic }”
btn-iv-topic-other = ✏️ Type another

# python -m bot script: one sentence per problem, then exit code 2.
script-cli-usage-error = { $error }. Usage: python -m bot script --vp FILE.json [--lang ru|en] [--format md|pdf] [-o PATH]
script-cli-no-file = Cannot read the file { $path }: { $reason }.
script-cli-bad-json = The file { $path } is not JSON: { $reason }.
script-cli-not-object = The file { $path } must hold a JSON object with the answers: segment, problem, situation, benefit, control.
script-cli-not-text = The field “{ $key }” must be a string.
script-cli-bad-vague = The field “vague” must be a list of: { $fields }.
script-cli-bad-lang = The language “{ $lang }” is not supported: use ru or en.
script-cli-pdf-needs-output = --format pdf needs a file: -o PATH.
script-cli-cannot-write = Cannot write { $path }: { $reason }.
