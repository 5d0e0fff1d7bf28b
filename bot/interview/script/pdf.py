"""The interview script as an A4 PDF to print or keep open during a call."""

from bot.i18n import Gettext
from bot.interview.script.generate import ScriptDocument, sections
from bot.interview.script.markdown import HOWTO_KEYS
from bot.text.pdf.page import INDENT, PARAGRAPH_GAP
from bot.text.pdf.writer import PdfWriter

FOOTER = "vp-coach"


def render_pdf(doc: ScriptDocument, t: Gettext) -> bytes:
    writer = PdfWriter(title=doc.title, footer=FOOTER)
    writer.title(doc.title)
    if doc.vp_name.strip():
        writer.paragraph(t("script-for", name=doc.vp_name), muted=True)
    if doc.topic:
        writer.paragraph(t("script-topic", topic=doc.topic))
    writer.heading(t("script-hypotheses-title"))
    for label, text, unclear in doc.hypotheses:
        writer.definition(label, text, muted=unclear)
    if doc.topic:
        writer.heading(t("script-opening-title"))
        writer.paragraph(t("script-opening", topic=doc.topic), italic=True)
    for section in sections(doc, t):
        # The heading stays on a page with its notes and the first question.
        keep = sum(writer.measure(note, italic=True) + PARAGRAPH_GAP for note in section.notes)
        keep += writer.measure(section.questions[0][1], indent=INDENT)
        if section.title:
            writer.heading(section.title, keep=keep)
        else:
            writer.space(4)
        for note in section.notes:
            writer.paragraph(note, italic=True, muted=True)
        for number, text, tag in section.questions:
            writer.numbered(number, f"{text} [{tag}]" if tag else text)
    # The checklist is short: it stays on one page with its heading.
    checklist = sum(writer.measure(t(key), indent=INDENT) for key in HOWTO_KEYS)
    writer.heading(t("script-howto-title"), keep=checklist)
    for key in HOWTO_KEYS:
        writer.bullet(t(key))
    return writer.output()
