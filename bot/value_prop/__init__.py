"""Value proposition: the five questions, coaching checks, the dialogue and the summary card."""
