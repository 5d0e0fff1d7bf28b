"""Synthesis of logged interviews: the verdict per hypothesis, quotes and the HTML page."""
