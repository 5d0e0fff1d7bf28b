# Problem interview script (The Mom Test, Running Lean): methodology content, reword freely.
# Every question asks about the customer's past and present behaviour, never a hypothetical
# ("would you…", "если бы…") or a pitch. Keys: script-q-<section>-<n>; a "-generic" key is the
# variant used when the founder's answer it quotes is missing.

script-document-title = Problem interview script
script-for = Value proposition “{ $name }”

script-section-opening = Opening
script-section-qualifying = Is this the right person
script-section-situation = The last time
script-section-problem = The difficulty
script-section-workaround_cost = What they do today and what it costs
script-section-benefit = The result they expect
script-section-control = How they check the result
script-section-commitment = Next step
script-section-close = Closing

# A note for the founder under a section heading: the hypothesis these questions test.
script-hypothesis = Testing the “{ $label }” hypothesis: { $answer }
script-hypothesis-missing = No “{ $label }” hypothesis written down — just listen carefully.
script-hypotheses-title = Hypotheses to test
script-hypothesis-skipped = not written down

script-q-opening-1 = Thanks for making the time! I'm learning how people in your field handle their day-to-day work. I'm interested in your real experience — I'm not selling anything.
script-q-opening-2 = This will take about 20–30 minutes. Do you mind if I take notes?

script-q-qualifying-1 = Tell me a little about yourself: what do you do, and what is your role?
script-q-qualifying-2 = Tell me about your business: how many people, locations or customers, and how long has it been running?
script-q-qualifying-3 = Who is in charge of this part of the work today, and how is it organised?

script-q-situation-1 = Tell me about the last time you had a case like this: “{ $situation }”. When was it?
script-q-situation-1-generic = Tell me about the last time something went wrong in this part of your work. When was it?
script-q-situation-2 = What was going on at that moment: where were you, who else was involved?
script-q-situation-3 = How many times did this happen in the last month?

script-q-problem-1 = What was the hardest part that time?
script-q-problem-2 = What happened in the end — what did it lead to?
script-q-problem-3 = What did you do to deal with it?

script-q-workaround_cost-1 = How do you handle this today? Walk me through it step by step, or better, show me.
script-q-workaround_cost-2 = How much time did it take you last week? Who else was involved?
script-q-workaround_cost-3 = What did it cost you last month: money, losses, people's wages?
script-q-workaround_cost-4 = What else have you tried before? Why did you stop?

script-q-benefit-1 = What result were you hoping for the last time you dealt with this?
script-q-benefit-2 = The last time it went well, what changed in your work?
script-q-benefit-3 = What are your priorities right now, and where does this one sit among them?

script-q-control-1 = How did you know you got the result? What exactly did you check?
script-q-control-2 = Which numbers do you look at to tell that things are going fine? How often?
script-q-control-3 = When did you last look at those numbers, and what did you see?

script-q-commitment-1 = Who else should I talk to about this? Could you introduce me?
script-q-commitment-2 = Let's talk again in about two weeks — which day works for you?
script-q-commitment-3 = I'm putting together a small pilot group. Shall I add you? Where should I send the details?

script-q-close-1 = What else should I have asked? Is there anything important we haven't covered?
script-q-close-2 = Thank you for your time! I'll send you a short summary and let you know about the next step.

# The checklist at the end of the document.
script-howto-title = How to run the interview
script-howto-1 = Listen more than you talk. Silence is fine: let them finish.
script-howto-2 = Ask for specifics: when did it last happen, how much exactly, can you see it.
script-howto-3 = Don't talk about your idea and don't sell: you want facts from the past, not polite promises.
script-howto-4 = Write down exact quotes, and right after the call mark which hypotheses held up.
