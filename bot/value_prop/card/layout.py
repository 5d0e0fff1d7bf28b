"""Fitting card text into lines: wrapping, shortening with "…", sharing lines between answers."""

from PIL import ImageFont

from bot.value_prop.card.fonts import text_width

ELLIPSIS = "…"
NBSP = "\u00a0"
DASHES = ("—", "–", "-")


def _fit_prefix(text: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """The longest prefix of ``text`` (at least one character) not wider than ``width``."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(face, text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def _glued_words(paragraph: str) -> list[str]:
    """Words to wrap, with short words tied to the next one and dashes to the previous one.

    Russian typography keeps one- and two-letter words ("в", "с", "и", "не") and numbers like
    "2 млн" off the end of a line, and a dash never starts one. Ties are no-break spaces.
    """
    words: list[str] = []
    tie_next = False
    for word in paragraph.split(" "):
        if words and (tie_next or word in DASHES):
            words[-1] += NBSP + word
        else:
            words.append(word)
        tie_next = len(word) <= 2 and word not in DASHES
    return words


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Lines of ``text`` fitting ``width``; stops once it has more than ``max_lines`` lines."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _glued_words(paragraph):
            candidate = f"{line} {word}" if line else word
            if text_width(face, candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            rest = word
            while text_width(face, rest) > width:  # a word wider than the line is broken
                head = _fit_prefix(rest, face, width)
                lines.append(head)
                rest = rest[len(head) :]
            line = rest
            if len(lines) > max_lines:
                break
        lines.append(line)
        if len(lines) > max_lines:
            break
    return [line.replace(NBSP, " ") for line in lines[: max_lines + 1]]


def ellipsize(line: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """``line`` shortened to end with "…" within ``width``, at a word boundary if one is near."""
    cut = _fit_prefix(line.rstrip(), face, width)
    while cut and text_width(face, cut + ELLIPSIS) > width:
        cut = cut[:-1]
    word_end = cut.rfind(" ")
    if word_end > 0 and text_width(face, cut[:word_end]) >= width * 0.65:
        cut = cut[:word_end]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS


def fit_line(line: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """``line`` as it is when it fits ``width``, else shortened with "…"."""
    return line if text_width(face, line) <= width else ellipsize(line, face, width)


def limit(lines: list[str], count: int, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """At most ``count`` lines; when some are dropped the last kept one ends with "…"."""
    if len(lines) <= count:
        return lines
    return [*lines[: count - 1], ellipsize(lines[count - 1], face, width)]


def share(needs: list[int], budget: int) -> list[int]:
    """Lines per answer: all if they fit, else short answers whole and long ones cut evenly."""
    if sum(needs) <= budget:
        return needs
    cap = 0
    while sum(min(need, cap + 1) for need in needs) <= budget:
        cap += 1
    shares = [min(need, cap) for need in needs]
    spare = budget - sum(shares)
    for index, need in enumerate(needs):
        if spare and need > shares[index]:
            shares[index] += 1
            spare -= 1
    return shares
