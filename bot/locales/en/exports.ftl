# Exports for consultants (XLSX, CSV, JSON, Markdown, PDF): sheet and column names, report texts.
# The five answers use the vp-label-* keys from value_prop.ftl.

export-title = vp-coach export
export-generated = Generated { $at } (UTC)
export-scope-all = All users
export-scope-consultant = Clients of consultant { $id }
export-scope-users = Clients: { $ids }
export-scope-since = data since { $date } (UTC)
export-no-clients = No client matched this export.
export-pdf-footer = vp-coach · export of { $date }
export-yes = yes
export-no = no

## Sheets (XLSX) and tables (CSV headers); sheet names are at most 31 characters

export-table-clients = Clients
export-table-value-propositions = Value propositions
export-table-revisions = Answer history
export-table-interviews = Interviews
export-table-verdicts = Verdicts
export-table-checkins = Check-ins
export-table-transcript = Transcript

## Column headers

export-col-client-id = Client ID
export-col-first-name = First name
export-col-last-name = Last name
export-col-username = Username
export-col-role = Role
export-col-language = Language
export-col-timezone = Time zone
export-col-consultant-id = Consultant ID
export-col-consent-version = Consent version
export-col-consent-at = Consent given (UTC)
export-col-shared-at = Shared with consultant since (UTC)
export-col-created-at = Created (UTC)
export-col-last-seen-at = Last active (UTC)
export-col-blocked-at = Blocked the bot (UTC)
export-col-vp-count = Value propositions
export-col-transcript-count = Transcript entries
export-col-vp-id = VP ID
export-col-vp-name = VP name
export-col-vp-status = VP status
export-col-skipped-fields = Skipped answers
export-col-revision-count = Answer versions
export-col-interview-goal = Interview goal
export-col-interviews-done = Interviews held
export-col-updated-at = Updated (UTC)
export-col-completed-at = Completed (UTC)
export-col-revision-id = Version ID
export-col-field = Field
export-col-version = Version
export-col-text = Text
export-col-skipped = Skipped
export-col-kept-finding = Kept despite finding
export-col-interview-id = Interview ID
export-col-respondent = Respondent
export-col-held-on = Held on
export-col-interview-status = Interview status
export-col-segment-fit = In the segment
export-col-commitment = Commitment
export-col-key-quote = Key quote
export-col-next-step = Next step
export-col-said = Founder's notes (paraphrase)
export-col-verdict = Verdict
export-col-checkin-id = Check-in ID
export-col-hypothesis = Hypothesis
export-col-action = Action
export-col-data = Data
export-col-insight = Insight
export-col-entry-id = Entry ID
export-col-at-utc = Time (UTC)
export-col-at-local = Client's time
export-col-direction = Who
export-col-kind = Kind
export-col-dialogue = Dialogue
export-col-step = Step

## Stored codes

export-role-founder = founder
export-role-consultant = consultant
export-role-admin = admin
export-vp-status-draft = draft
export-vp-status-review = in review
export-vp-status-done = done
export-vp-status-abandoned = set aside
export-iv-status-draft = draft
export-iv-status-done = logged
export-fit-yes = yes
export-fit-partly = partly
export-fit-no = no
export-commitment-none = none
export-commitment-time = time
export-commitment-reputation = reputation
export-commitment-money = money
export-verdict-confirmed = confirmed
export-verdict-partly = partly
export-verdict-refuted = refuted
export-verdict-unclear = unclear
export-direction-in = Client
export-direction-out = Bot
export-syn-status-untested = not tested yet
export-syn-status-testing = being tested
export-syn-status-supported = supported
export-syn-status-refuted = refuted
export-syn-status-mixed = mixed

## The readable report (Markdown and PDF)

export-times-zone = Times are in the client's time zone ({ $zone }).
export-profile-id = Telegram ID: { $id }
export-profile-role = Role: { $role }
export-profile-locale = Language: { $language } · time zone: { $zone }
export-profile-consultant = Consultant: { $id }
export-profile-shared = Shares answers with the consultant since { $at }
export-profile-created = Using the bot since { $at }
export-profile-last-seen = Last active: { $at }
export-vp-status = Status: { $status }
export-vp-created = Started: { $at }
export-vp-completed = Completed: { $at }
export-vp-versions = Answer versions in total: { $count }
export-not-answered = not answered
export-note-skipped = { $label }: not discussed
export-client-untitled = Client { $id }
export-vp-title = Value proposition “{ $name }”
export-card = Card
export-answer-term = { $label } · { $versions } { $versions ->
        [one] version
       *[other] versions
    }
export-skipped = skipped
export-interviews = Interviews
export-no-interviews = No interviews logged.
export-interview-term = { $respondent } · { $date }
export-interview-facts = Status: { $status } · in the segment: { $fit } · commitment: { $commitment }
export-note = { $label }: { $verdict } — notes: { $said }
export-key-quote = Key quote: “{ $text }”
export-next-step = Next step: { $text }
export-synthesis = Hypotheses against the evidence (interviews logged: { $done })
export-no-synthesis = No logged interviews yet.
export-syn-term = { $label } — { $status }
export-syn-hypothesis = Hypothesis: { $text }
export-syn-counts = Confirmed { $confirmed } · partly { $partly } · refuted { $refuted } · unclear { $unclear } (with a verdict: { $tested })
export-syn-quote = “{ $text }”
export-checkins = Check-ins
export-transcript = Transcript
export-transcript-empty = No entries.
export-nontext = [{ $kind }]
export-col-to-sharpen-fields = To sharpen (kept despite coaching)
export-to-sharpen = to sharpen (kept despite coaching)

# Versions of a proposition (v1, v2… after interviews).
export-col-vp-version = Proposition version
export-col-parent-vp-id = Previous version ID
export-vp-version = Version: v{ $version }
export-col-segment-status = Segment: status from interviews
export-col-problem-status = Problem: status from interviews
export-col-situation-status = Situation: status from interviews
export-col-benefit-status = Benefit: status from interviews
export-col-control-status = Control: status from interviews

# The customer's own words, kept apart from the founder's notes; for and against per hypothesis.
export-col-quote = Customer's words
export-note-quote = { $label }, the customer's words: “{ $text }”
export-syn-for = For: { $count }
export-syn-against = Against: { $count }
export-syn-outside = Outside the segment, not voting: { $count }
export-syn-said = — { $respondent }: { $text }
export-syn-notes = — { $respondent }, notes: { $text }
