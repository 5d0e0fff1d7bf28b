"""Telegram's length limits for HTML texts: UTF-16 counting, message splitting, caption cutting.

Telegram measures texts after entity parsing (tags removed, ``&amp;`` counted as one character) in
UTF-16 code units, so a character outside the BMP (most emoji) counts twice.
See https://core.telegram.org/api/entities#entity-length and the limits of sendMessage (4096) and
of media captions (1024). Pure code: no aiogram import.
"""

import unicodedata

from bot.text.html import TAG, Token, tokens, utf16_len

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
ELLIPSIS = "…"

_ZWJ = "\u200d"
_NO_BREAK = frozenset("\xa0\u202f\u2007")
# Where to prefer cutting, best first.
_PARAGRAPH, _LINE, _SPACE = 0, 1, 2


def _open_tags(atoms: list[Token], start: int, stop: int, stack: list[Token]) -> list[Token]:
    """The stack of open tags after ``atoms[start:stop]``, starting from ``stack``."""
    stack = list(stack)
    for atom in atoms[start:stop]:
        if atom.tag and not atom.closing:
            stack.append(atom)
        elif atom.tag:
            for index in range(len(stack) - 1, -1, -1):
                if stack[index].tag == atom.tag:
                    del stack[index]
                    break
    return stack


def _glued(atoms: list[Token], start: int, cut: int) -> bool:
    """True when a cut before ``atoms[cut]`` (a chunk starting at ``start``) would break one
    visible symbol apart."""
    left = next((a.text for a in reversed(atoms[start:cut]) if a.text), "")
    right = next((atoms[i].text for i in range(cut, len(atoms)) if atoms[i].text), "")
    if not left or not right:
        return False
    return (
        _ZWJ in (left, right)
        or unicodedata.combining(right) != 0
        or "\ufe00" <= right <= "\ufe0f"  # variation selectors (emoji vs text style)
        or right == "\u20e3"  # keycap: 1️⃣
        or "\U000e0020" <= right <= "\U000e007f"  # tag characters of subdivision flags
        or "\U0001f3fb" <= right <= "\U0001f3ff"  # skin tone modifiers
        or ("\U0001f1e6" <= left <= "\U0001f1ff" and "\U0001f1e6" <= right <= "\U0001f1ff")
    )


def _level(atoms: list[Token], index: int) -> int | None:
    """How good a cut just before ``atoms[index]`` is (a whitespace character), or None."""
    atom = atoms[index]
    if not atom.is_space or atom.text in _NO_BREAK:
        return None
    if atom.text != "\n":
        return _SPACE
    for following in range(index + 1, len(atoms)):
        if not atoms[following].tag:
            return _PARAGRAPH if atoms[following].text == "\n" else _LINE
    return _LINE


def _fit_end(atoms: list[Token], start: int, budget: int, skip_leading: bool) -> int:
    """The first index whose atom no longer fits into ``budget`` (len(atoms) if all fit)."""
    used = 0
    seen_content = not skip_leading
    for index in range(start, len(atoms)):
        atom = atoms[index]
        if not seen_content and atom.is_space:
            continue  # leading whitespace is dropped, it costs nothing
        seen_content = seen_content or bool(atom.text)
        used += atom.width
        if used > budget:
            return index
    return len(atoms)


def _find_cut(atoms: list[Token], start: int, end: int, budget: int) -> int:
    """Best cut index in (start, end]: paragraph, then line, then word, then anywhere."""
    candidates: dict[int, list[int]] = {_PARAGRAPH: [], _LINE: [], _SPACE: []}
    for index in range(start + 1, min(end, len(atoms) - 1) + 1):
        level = _level(atoms, index)
        if level is not None:
            candidates[level].append(index)
    widths = [0]
    for atom in atoms[start:end]:
        widths.append(widths[-1] + atom.width)
    for min_fill in (budget // 2, 1):
        for level in (_PARAGRAPH, _LINE, _SPACE):
            good = [c for c in candidates[level] if widths[c - start] >= min_fill]
            if good:
                return good[-1]
    cut = end
    while cut > start + 1 and _glued(atoms, start, cut):
        cut -= 1
    if cut == start + 1 and _glued(atoms, start, cut):
        cut = end  # one symbol longer than the whole budget: cut it anyway
    while cut > start + 1 and atoms[cut - 1].tag and not atoms[cut - 1].closing:
        cut -= 1  # an opening tag belongs to the next chunk
    while cut < len(atoms) and atoms[cut].closing:
        cut += 1  # a closing tag belongs to this chunk
    return max(cut, start + 1)


def _strip(atoms: list[Token], leading: bool, trailing: bool) -> list[Token]:
    """Drop whitespace characters before the first and after the last visible character."""
    content = [i for i, a in enumerate(atoms) if a.text and not a.is_space]
    if not content:
        return [a for a in atoms if a.tag]
    first, last = content[0], content[-1]
    return [
        a
        for i, a in enumerate(atoms)
        if a.tag or not ((leading and i < first) or (trailing and i > last))
    ]


def _assemble(prefix: list[Token], body: list[Token], suffix: list[Token]) -> str:
    closing = "".join(f"</{a.tag}>" for a in reversed(suffix))
    return "".join(a.raw for a in prefix) + "".join(a.raw for a in body) + closing


def _surely_visible(html_text: str) -> bool:
    """True when some visible character is certainly not whitespace (no entity to decode)."""
    rest = TAG.sub("", html_text)
    return "&" not in rest and not rest.isspace() and rest != ""


def split_message(html_text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split an HTML text into messages of at most ``limit`` visible UTF-16 units each.

    Cuts at paragraph breaks, then line breaks, then spaces, and only as a last resort inside a
    word (never inside a tag, an entity or a surrogate pair; emoji sequences are kept whole when
    possible). The whitespace at a cut is dropped. Tags open at a cut are closed at the end of one
    chunk and reopened at the start of the next. A text with nothing visible gives no messages.
    """
    if limit < 2:
        raise ValueError("limit must allow at least one character of any kind")
    if utf16_len(html_text) <= limit and _surely_visible(html_text):
        return [html_text]  # fast path: what is shown is never longer than the raw HTML
    atoms = tokens(html_text)
    if not "".join(a.text for a in atoms).strip():
        return []
    if sum(a.width for a in atoms) <= limit:
        return [html_text]
    chunks: list[str] = []
    start = 0
    stack: list[Token] = []
    while start < len(atoms):
        end = _fit_end(atoms, start, limit, skip_leading=start > 0)
        cut = len(atoms) if end == len(atoms) else _find_cut(atoms, start, end, limit)
        body = _strip(atoms[start:cut], leading=start > 0, trailing=cut < len(atoms))
        after = _open_tags(atoms, start, cut, stack)
        if any(a.text for a in body):
            chunks.append(_assemble(stack, body, after))
        start, stack = cut, after
    return chunks


def truncate_caption(html_text: str, limit: int = CAPTION_LIMIT) -> str:
    """Shorten an HTML caption to ``limit`` visible UTF-16 units, ending it with "…".

    The text is cut at a word boundary when one is near, and open tags are closed, so the result
    is still valid HTML for Telegram. A caption within the limit is returned unchanged.
    """
    if limit < 3:
        raise ValueError("limit must leave room for the ellipsis")
    if utf16_len(html_text) <= limit:
        return html_text  # what is shown is never longer than the raw HTML
    atoms = tokens(html_text)
    if sum(a.width for a in atoms) <= limit:
        return html_text
    budget = limit - utf16_len(ELLIPSIS)
    end = _fit_end(atoms, 0, budget, skip_leading=False)
    cut = _find_cut(atoms, 0, end, budget)
    body = _strip(atoms[:cut], leading=False, trailing=True)
    while body and body[-1].tag and not body[-1].closing:
        body.pop()  # an empty element right before the ellipsis is useless
    stack = _open_tags(body, 0, len(body), [])
    return _assemble([], body, stack) + ELLIPSIS
