"""The summary card of a proposition: its data, text, and image (fonts, geometry, layout)."""
