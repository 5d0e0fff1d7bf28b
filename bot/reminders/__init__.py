"""Reminders: schedules (pure), the outbox and its delivery loop, and the settings dialogue."""
