"""The interview script: generating and editing it, its topic, segment traits, files and CLI."""
