"""Message entities as terminal text: ANSI styles on a colour terminal, plain text otherwise."""

import os
import sys
from collections.abc import Callable
from typing import TextIO

from aiogram.utils.text_decorations import TextDecoration

# Each style has its own "off" code so that nested styles survive (bold inside italic...).
BOLD = ("\x1b[1m", "\x1b[22m")
ITALIC = ("\x1b[3m", "\x1b[23m")
UNDERLINE = ("\x1b[4m", "\x1b[24m")
STRIKE = ("\x1b[9m", "\x1b[29m")
REVERSE = ("\x1b[7m", "\x1b[27m")
CYAN = ("\x1b[36m", "\x1b[39m")
GREY = ("\x1b[90m", "\x1b[39m")
YELLOW = ("\x1b[33m", "\x1b[39m")


def _enable_windows_ansi(stream: TextIO) -> bool:
    """Turn on escape-sequence processing of a Windows console; False if that fails."""
    if sys.platform != "win32":
        return True
    try:
        import ctypes  # noqa: PLC0415  (Windows only)
        import msvcrt  # noqa: PLC0415

        handle = msvcrt.get_osfhandle(stream.fileno())
        mode = ctypes.c_uint32()
        kernel32 = ctypes.windll.kernel32
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False
        return bool(kernel32.SetConsoleMode(handle, mode.value | 0x0004))
    except (AttributeError, OSError, ValueError):
        return False


def supports_color(stream: TextIO) -> bool:
    """True for an interactive terminal that shows ANSI styles (honours NO_COLOR, TERM=dumb)."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        interactive = stream.isatty()
    except ValueError:  # closed stream
        return False
    return interactive and _enable_windows_ansi(stream)


class Styler:
    """Wraps text in ANSI codes, or leaves it alone when colour is off."""

    def __init__(self, *, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *styles: tuple[str, str]) -> str:
        if not self.color or not text:
            return text
        for start, end in styles:
            text = f"{start}{text}{end}"
        return text


def _styled(*styles: tuple[str, str]) -> Callable[..., str]:
    """A decoration method: the entity's text in ``styles`` (its other arguments unused)."""

    def method(self: "TerminalDecoration", value: str, *_: object) -> str:
        return self.style(value, *styles)

    return method


class TerminalDecoration(TextDecoration):
    """aiogram's entity walker, producing terminal text instead of HTML/Markdown."""

    def __init__(self, styler: Styler) -> None:
        self.style = styler

    def link(self, value: str, link: str) -> str:
        shown = self.style(value, UNDERLINE)
        return shown if link == value else f"{shown} {self.style(f'({link})', GREY)}"

    bold = _styled(BOLD)
    italic = _styled(ITALIC)
    code = pre = pre_language = _styled(CYAN)
    underline = _styled(UNDERLINE)
    strikethrough = _styled(STRIKE)
    spoiler = _styled(REVERSE)
    quote = custom_emoji = date_time = _styled()  # plain text

    def blockquote(self, value: str) -> str:
        bar = self.style("|", GREY)
        return "\n".join(f"{bar} {line}" for line in value.split("\n"))

    expandable_blockquote = blockquote
