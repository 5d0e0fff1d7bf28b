"""The interview script as a Markdown document to keep open during a call."""

from bot.documents.markdown import escape_inline
from bot.interview.script import ScriptDocument, sections
from bot.value_prop.card import Gettext

HOWTO_KEYS = ("script-howto-1", "script-howto-2", "script-howto-3", "script-howto-4")


def render_markdown(doc: ScriptDocument, t: Gettext) -> str:
    """Title, the hypotheses, the questions numbered through the script, and a checklist."""
    lines = [f"# {escape_inline(doc.title)}", ""]
    if doc.vp_name.strip():
        lines += [escape_inline(t("script-for", name=doc.vp_name)), ""]
    hypotheses, skipped = t("script-hypotheses-title"), t("script-hypothesis-skipped")
    lines += [f"## {escape_inline(hypotheses)}", ""]
    for label, answer in doc.hypotheses:
        shown = escape_inline(answer or "") or f"*{escape_inline(skipped)}*"
        lines.append(f"- **{escape_inline(label)}:** {shown}")
    for section in sections(doc, t):
        lines += ["", f"## {escape_inline(section.title)}" if section.title else "---", ""]
        lines += [f"*{escape_inline(note)}*\n" for note in section.notes]
        lines += [f"{number}. {escape_inline(text)}" for number, text in section.questions]
    howto = t("script-howto-title")
    lines += ["", f"## {escape_inline(howto)}", ""]
    lines += [f"- {escape_inline(t(key))}" for key in HOWTO_KEYS]
    return "\n".join(lines) + "\n"
