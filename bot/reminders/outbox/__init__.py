"""The outbox of reminder occurrences: row operations and claiming what is due."""
