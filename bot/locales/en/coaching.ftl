## Coaching after a vague answer: one message per check (bot/value_prop/checks.py), sent once.
## Sent with parse_mode HTML under a "keep it as it is" button; escape a literal <, > and &.

coach-segment-too-broad =
    This segment is still too broad: almost anyone fits, so it is unclear whom to interview first.
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
