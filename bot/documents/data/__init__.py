"""What an export reads: people and everything they did, as frozen dataclasses."""
