"""Onboarding: /start, consent, language, /help and the main menu."""
