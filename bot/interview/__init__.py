"""Problem interview: script builder, question linter, interview log and synthesis."""
