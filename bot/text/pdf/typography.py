"""Plain text made safe and tidy for a document font: missing glyphs dropped, short words tied."""

import re
import unicodedata
from collections.abc import Set

NBSP = "\u00a0"
_DROPPED = "\x00"  # stands for a character the font lacks until the spacing is tidied
_GAP = re.compile(r"[ \x00]*\x00[ \x00]*")
_TIGHT_BEFORE = "\n([{«“‘"  # or the start of the text
_TIGHT_AFTER = "\n,.;:!?)]}»”’…"  # or the end
# Russian typography keeps short words ("в", "и", "не", "2 млн") off the end of a line and a
# dash off the start of one; a no-break space glues them (fpdf2 only breaks at plain spaces).
_SHORT_WORD = re.compile(r"(?<!\w)(\w{1,2}) (?=\S)")
_DASH = re.compile(r" ([—–])(?= )")


def _close_gap(match: re.Match[str]) -> str:
    """Where characters were dropped: no space before punctuation, one space between words."""
    before = match.string[match.start() - 1 : match.start()] if match.start() else ""
    after = match.string[match.end() : match.end() + 1]
    if " " not in match[0] or before in _TIGHT_BEFORE or after in _TIGHT_AFTER:
        return ""
    return " "


def drawable_text(text: str, drawable: Set[int]) -> str:
    """``text`` composed (NFC), with only characters in ``drawable`` kept: emoji, joiners and
    control characters dropped, the spaces around them tidied, line breaks kept."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        if char in "\n\t":
            kept.append(" " if char == "\t" else char)
        elif unicodedata.category(char)[0] != "C" and ord(char) in drawable:
            kept.append(char)
        else:
            kept.append(_DROPPED)
    joined = _GAP.sub(_close_gap, "".join(kept))
    return "\n".join(" ".join(line.split()) for line in joined.split("\n")).strip("\n")


def tie_words(text: str) -> str:
    """No-break spaces after short words and before dashes, for nicer line breaks."""
    return _DASH.sub(NBSP + r"\1", _SHORT_WORD.sub(r"\1" + NBSP, text))
