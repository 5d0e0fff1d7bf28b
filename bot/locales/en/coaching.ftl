## Coaching after a vague answer: one message per check (bot/value_prop/checks.py).
## Sent with parse_mode HTML under a "keep it as it is" button; escape a literal <, > and &.
## A coach-* message holds only the reason: the dialogue puts the founder's own words before it
## (coach-you-wrote), an example from the bank (examples.ftl) and the way out after it.

coach-you-wrote = You wrote: “{ $answer }”.
coach-again = Not quite there yet.
coach-way-out = Send a sharper version, or keep yours.
coach-way-out-edit = Send a sharper version, keep yours, or cancel the edit to leave the previous answer.

coach-segment-too-broad =
    This segment is still too broad: almost anyone fits, so it is unclear whom to interview first.
    Narrow it down with a role, industry, size, city or circumstance.

coach-problem-is-solution =
    This sounds like a solution rather than the customer’s problem.
    What goes wrong for them while that solution is missing? What do they lose: money, time, clients?

coach-situation-no-trigger =
    There is no specific moment here that you could recognise in an interview.
    Name the trigger: when, after what or before what does the problem show up?

coach-benefit-repeats-problem =
    Right now the benefit repeats the problem: the problem being solved is not a benefit yet.
    What do they get beyond that: money, time for what matters, calm, status, growth?

coach-control-not-observable =
    It is not yet clear how you will check this: nothing in the answer can be seen or measured.
    Add something observable: a metric, a number, a survey, feedback or a report, and how often you look at it.
