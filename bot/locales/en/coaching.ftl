## Coaching after a vague answer: one message per check (bot/value_prop/checks/).
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

## Reasons added with the structural checks (issue 12): one message per missing part.

coach-benefit-generic =
    A benefit like this could be said of any product, so it does not show what changes for this customer.
    What exactly changes: how much money or how many hours, which decision they make, what status they gain?

coach-control-no-metric =
    It is not clear yet what you will actually see: a channel to the customer is not a check yet.
    Name what you observe or count: a share, a number, a time, a score that would show the benefit is there.

coach-control-no-source =
    There is a target, but where will the number come from? A target does not measure itself.
    Name the source: a system (CRM, till, accounting), a report, a spreadsheet, a call or a survey.

coach-control-no-cadence =
    What to look at and where is clear. How often? Without a rhythm the check happens once or never.
    Add a frequency or a moment: every week, once a month, after each order, two weeks after the start.

coach-control-no-action =
    And what will you do if the number is bad? A check without an action is just watching.
    Add a threshold and a step: below which value you look into the causes with the team or call the customer.

coach-control-promise =
    So far this is a promise about the future, not a way of checking.
    Describe how it works: what you look at, where the number comes from, how often, and what you do when it is off.
