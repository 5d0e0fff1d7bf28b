"""What each dashboard page shows, read in a few grouped queries into small dataclasses."""
