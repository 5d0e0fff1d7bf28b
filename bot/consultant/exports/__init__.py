"""Exports for consultants: a client, a consultant's clients or everyone, as XLSX/CSV/JSON/MD/PDF.

``export(...)`` is the API (no aiogram); ``cli.export_command`` is ``python -m bot export``.
"""

from bot.consultant.exports.run import FORMATS, ExportFormat, ExportResult, export

__all__ = ["FORMATS", "ExportFormat", "ExportResult", "export"]
