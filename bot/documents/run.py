"""The export: reads the clients in scope and streams them to the chosen format's writer."""

import asyncio
import importlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal, get_args

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import LANGUAGES
from bot.db.base import utcnow
from bot.documents.data.model import Scope
from bot.documents.data.source import count_clients, iter_clients
from bot.documents.formats.tables import TABLE_NAMES, TABLES, Table, count_rows
from bot.documents.naming.labels import Labels
from bot.documents.writer import Meta, Writer
from bot.i18n import I18n

ExportFormat = Literal["xlsx", "csv", "json", "md", "pdf"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
Progress = Callable[[int, int], None]


# Each format's writer, imported when needed (fpdf2 alone takes ~30 MB of memory).
WRITERS: dict[str, tuple[str, str]] = {
    "xlsx": ("xlsx", "XlsxExport"),
    "csv": ("csv_zip", "CsvZipExport"),
    "json": ("json_stream", "JsonExport"),
    "md": ("markdown", "MarkdownExport"),
    "pdf": ("pdf_report", "PdfExport"),
}


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, how many clients, rows per table, and the file's size."""

    path: Path
    format: str
    clients: int
    rows: dict[str, int] = field(default_factory=dict)
    bytes: int = 0


def _tables(names: Sequence[str] | None) -> tuple[Table, ...]:
    if names is None:
        return TABLES
    unknown = sorted(set(names) - set(TABLE_NAMES))
    if unknown or not names:
        raise ValueError(f"unknown tables {unknown}; some of {', '.join(TABLE_NAMES)}")
    return tuple(table for table in TABLES if table.name in names)


def _scope(
    consultant_id: int | None, user_ids: Sequence[int] | None, since: datetime | None
) -> Scope:
    if since is not None and since.utcoffset() is None:
        raise ValueError("since must be timezone-aware")
    ids = None if user_ids is None else tuple(dict.fromkeys(int(i) for i in user_ids))
    return Scope(consultant_id=consultant_id, user_ids=ids, since=since)


async def export(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    fmt: ExportFormat,
    out: Path,
    language: str,
    consultant_id: int | None = None,
    user_ids: Sequence[int] | None = None,
    since: datetime | None = None,
    progress: Progress | None = None,
    now: Callable[[], datetime] = utcnow,
    i18n: I18n | None = None,
    tables: Sequence[str] | None = None,
) -> ExportResult:
    """Write the clients in scope to ``out`` (replaced only once the export is complete).

    ``consultant_id`` limits to that consultant's clients, ``user_ids`` to those users (both
    given: only those who are that consultant's clients), neither: everyone. ``since`` keeps
    revisions, interviews, check-ins and transcript entries from that moment on; current
    answers and the interview synthesis always reflect the whole history. Pass the bot's
    ``i18n`` to skip loading the locale files again. ``tables`` limits XLSX and CSV to those
    tables. CSV is one .csv for one table, else a .zip: ``out``'s suffix is set to match.
    """
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    module, name = WRITERS[fmt]
    make_writer: Callable[[Path, Meta], Writer] = getattr(
        importlib.import_module(f"bot.documents.formats.{module}"), name
    )
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; one of {', '.join(LANGUAGES)}")
    meta = Meta(
        now(),
        _scope(consultant_id, user_ids, since),
        Labels((i18n or I18n()).get(language)),
        _tables(tables),
    )
    out = Path(out)
    if fmt == "csv":
        out = out.with_suffix(".csv" if len(meta.tables) == 1 else ".zip")
    part = out.with_name(f".{out.name}.part")
    rows, done = dict.fromkeys(TABLE_NAMES, 0), 0
    loop = asyncio.get_running_loop()
    # Writers are synchronous; one worker thread keeps the event loop free and their calls in
    # order (also the clean-up after a cancelled write).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
        async with session_factory() as session:
            if session.get_bind().dialect.name == "postgresql":  # one snapshot for the export
                await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            total = await count_clients(session, meta.scope)
            if progress is not None:
                progress(0, total)
            writer = await loop.run_in_executor(pool, make_writer, part, meta)
            try:
                async for client in iter_clients(session, meta.scope):
                    await loop.run_in_executor(pool, writer.write, client)
                    for table, count in count_rows(client).items():
                        rows[table] += count
                    done += 1
                    if progress is not None:
                        progress(done, max(total, done))
                await loop.run_in_executor(pool, writer.close)
            except BaseException:
                with suppress(Exception):  # the original error is the one to report
                    await asyncio.shield(loop.run_in_executor(pool, writer.discard))
                part.unlink(missing_ok=True)
                raise
    part.chmod(0o600)  # personal data: readable by the owner only
    os.replace(part, out)
    return ExportResult(out, fmt, done, rows, out.stat().st_size)
