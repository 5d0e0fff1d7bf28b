"""Question linter: the engine, its rules, cues, word matching and the lint CLI."""
