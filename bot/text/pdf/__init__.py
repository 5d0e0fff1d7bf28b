"""PDF typesetting: fonts (text and emoji), typography and the page writer."""
