"""Nudges about an unfinished dialogue: planning them, re-timing after updates, "continue"."""
