"""What every export format implements, and the context a writer is given."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.documents.data.model import Client, Scope
from bot.documents.formats.tables import TABLES, Table
from bot.documents.naming.labels import Labels


@dataclass(frozen=True)
class Meta:
    """The export as a whole: when it was made, for whom, in which language."""

    generated_at: datetime  # aware UTC
    scope: Scope
    labels: Labels
    tables: tuple[Table, ...] = TABLES  # what the tabular formats (XLSX, CSV) write

    @property
    def language(self) -> str:
        return self.labels.language

    def scope_line(self) -> str:
        """The scope in words, e.g. "Клиенты консультанта 42 · данные с 2026-03-01"."""
        t, scope = self.labels.t, self.scope
        parts = []
        if scope.user_ids is not None:
            parts.append(t("export-scope-users", ids=", ".join(map(str, scope.user_ids))))
        if scope.consultant_id is not None:
            parts.append(t("export-scope-consultant", id=str(scope.consultant_id)))
        parts = parts or [t("export-scope-all")]
        if scope.since is not None:
            parts.append(t("export-scope-since", date=scope.since.strftime("%Y-%m-%d %H:%M")))
        return " · ".join(parts)


class Writer(Protocol):
    """Receives the clients one at a time, in order; ``close`` finishes the file.

    Writers are synchronous: the exporter calls them in a worker thread, one call at a time.
    """

    def write(self, client: Client) -> None: ...

    def close(self) -> None: ...

    def discard(self) -> None:
        """Release resources after a failure; the partial file is deleted by the caller."""
        ...
