"""PDF export: the readable report, each client from a new page (fpdf2 builds it in memory)."""

import warnings
from pathlib import Path

from bot.documents.data.model import Client
from bot.documents.formats import report
from bot.documents.formats.report import Block, Heading, Item, Paragraph
from bot.documents.writer import Meta
from bot.text.pdf.writer import PdfWriter


class PdfExport:
    """Drawn by the shared PdfWriter (body text in linear time, see pdf/writer.py).

    fpdf2 keeps every page until ``output``, so memory grows with the export (the PDF plus
    fpdf2's page objects); acceptable for a per-client report, and bench/RESULTS.md says how
    much a thousand clients take.
    """

    def __init__(self, path: Path, meta: Meta) -> None:
        self.path, self.labels = path, meta.labels
        t = meta.labels.t
        footer = t("export-pdf-footer", date=meta.generated_at.strftime("%Y-%m-%d"))
        self.writer = PdfWriter(title=t("export-title"), footer=footer)
        for block in report.document_head(meta):
            self._draw(block)
        self.empty = True

    def _draw(self, block: Block) -> None:
        writer = self.writer
        if isinstance(block, Heading):
            if block.level <= 2:
                if block.level == 2:
                    writer.pdf.add_page()
                writer.title(block.text)
            else:
                writer.heading(block.text)
        elif isinstance(block, Paragraph):
            writer.paragraph(block.text, italic=block.muted, muted=block.muted)
        elif isinstance(block, Item):
            writer.bullet(block.text)
        else:
            writer.definition(block.term, block.text, muted=block.muted, strong=block.strong)

    def write(self, client: Client) -> None:
        for block in report.client_blocks(client, self.labels):
            self._draw(block)
        self.empty = False

    def close(self) -> None:
        if self.empty:
            self.writer.paragraph(self.labels.t("export-no-clients"), italic=True, muted=True)
        with warnings.catch_warnings():
            # Past 999 pages the total in the footer is a little wider than the "{nb}" alias it
            # replaces, so the right-aligned page number shifts by a hair; fpdf2 warns each time.
            warnings.filterwarnings("ignore", "The total page count", UserWarning)
            document = self.writer.output()
        self.path.write_bytes(document)

    def discard(self) -> None:
        """Nothing to release: the document only lives in memory."""
