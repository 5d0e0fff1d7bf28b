"""Linter rules, one module per kind of bad question."""
