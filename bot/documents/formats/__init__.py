"""How the consultant exports are written: one writer per format, fed one client at a time."""
