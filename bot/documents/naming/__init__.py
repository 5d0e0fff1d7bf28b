"""Names in the reader's language: stored codes, transcript entries, file names."""
