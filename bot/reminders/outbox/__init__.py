"""Reminders' data access: the outbox of occurrences, the reminders rows, and what they read."""
