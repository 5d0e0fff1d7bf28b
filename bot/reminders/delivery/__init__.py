"""Delivering due reminders: the loop, deciding, composing, sending at a pace, recording."""
