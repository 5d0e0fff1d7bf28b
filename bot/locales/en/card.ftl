# Summary card of a value proposition (text message and picture).
# The labels of the five answers are the vp-label-* keys in value_prop.ftl.

card-title = Value proposition
card-skipped = skipped
card-founder = Founder
card-cut-note = Long answers are shortened: the full text is in the message above
# strftime pattern of the date in the footer
card-date-format = %Y-%m-%d
card-footer = vp-coach · { $date }
card-to-sharpen = to sharpen

# A version of the proposition, shown beside the title, e.g. "v2".
card-version = v{ $version }
