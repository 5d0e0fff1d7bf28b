"""Telegram measures text in UTF-16 code units (entity offsets and length limits)."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units: characters outside the BMP count twice."""
    return len(text.encode("utf-16-le")) // 2
