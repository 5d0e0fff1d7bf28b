## Coaching after a vague answer: one message per check (bot/value_prop/checks.py), sent once.
## Sent with parse_mode HTML under a "keep it as it is" button; escape a literal <, > and &.

coach-segment-too-broad =
    This segment is still very wide: almost anyone fits, so it is unclear whom to interview first.
    Narrow it down with a role, industry, size, city or circumstance.
    For example: <i>“Coffee shop owners in Kazan with 1–3 locations”</i>.
    Send a sharper version, or keep yours.

coach-problem-is-solution =
    This sounds like a solution (“need a website”, “no CRM”) rather than the customer’s problem.
    What goes wrong for them while that solution is missing? What do they lose: money, time, clients?
    For example: <i>“They lose a third of leads because managers forget to call back”</i>.
    Describe the problem in their terms, or keep your answer.

coach-situation-no-trigger =
    There is no specific moment here: “always” or “at work” is hard to recognise in an interview.
    Name the trigger: when, after what or before what does the problem show up?
    For example: <i>“At month-end, when the accountant reconciles invoices two days before the report”</i>.
    Send a sharper version, or keep yours.

coach-benefit-repeats-problem =
    Right now the benefit repeats the problem: “the problem is solved” is not a benefit yet.
    What do they get beyond that: money, time for what matters, calm, status, growth?
    For example: <i>“The owner spends the 6 hours freed each week on finding new suppliers”</i>.
    Send a sharper version, or keep yours.

coach-control-not-observable =
    It is not yet clear how you will check this: “we’ll do our best” or “the client is happy” can’t be measured.
    Add something observable: a metric, a number, a survey, feedback or a report, and how often you look at it.
    For example: <i>“Every month we count the share of lost leads and ask five clients how it went”</i>.
    Send a sharper version, or keep yours.

## Reasons added with the structural checks (issue 12): one message per missing part.

coach-benefit-generic =
    “Convenience”, “saves time”, “peace of mind” could be said of any product, so the benefit doesn’t show yet.
    What exactly changes for this customer: how much money or how many hours, which decision they make, what status they gain?
    For example: <i>“The plumber takes two more jobs a week, about $400 more a month”</i>.
    Send a sharper version, or keep yours.

coach-control-no-metric =
    It is not clear yet what you will actually see: “we’ll collect reviews” or “we’ll check in” is a channel, not a check.
    Name what you observe or count: a share, a number, a time, a score that would show the benefit is real.
    For example: <i>“Every month we count in the CRM the share of clients who ordered again”</i>.
    Send a sharper version, or keep yours.

coach-control-no-source =
    There is a number, but where will it come from? A target (“95% happy”, “CSAT over 4.5”) does not measure itself.
    Name the source: a system (CRM, till, accounting), a report, a spreadsheet, a call or a survey of the client.
    For example: <i>“Every Monday we check write-offs in the till; the target is under 5%”</i>.
    Send a sharper version, or keep yours.

coach-control-no-cadence =
    What to look at and where is clear. How often? Without a rhythm the check happens once or never.
    Add a frequency or a moment: every week, once a month, after each order, two weeks after the start.
    For example: <i>“Every Friday we check the CRM for the share of leads with no reply”</i>.
    Send a sharper version, or keep yours.

coach-control-no-action =
    And what will you do if the number is bad? A check without an action is just watching.
    Add a threshold and a step: “below 80% we review it with the reps”, “a score under 8 means we call the client”.
    Send a sharper version, or keep yours.

coach-control-promise =
    So far this is a promise (“we’ll ask”, “we’ll check in”), not a way of checking.
    Describe how it works: what you look at, where the number comes from, how often, and what you do when it is off.
    For example: <i>“Once a month we call five clients and ask how many hours purchasing took; over 3, we find out why”</i>.
    Send a sharper version, or keep yours.
