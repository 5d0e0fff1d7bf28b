"""Versions of a proposition: revising, lineage, naming and pre-filling a new version."""
