"""One data-access style: only the modules listed here build SQL (see docs/decisions.md).

Handlers, services and pure modules take the update's session and pass it on to a data-access
module; the only names they may take from SQLAlchemy are the session's types. A new module
that needs a statement puts it in its capability's data-access module, or is added here with a
reason.
"""

import ast
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The plumbing, not a capability: engine, models, the update's session, its FSM storage.
INFRASTRUCTURE = (
    "bot/db/",
    "bot/telegram/",
    "bot/updates/",
    "bot/terminal/",
    "bot/app.py",
    "bot/health.py",
)
# Each capability's data access: async functions over the session, returning dataclasses or
# plain values (and ``User``, the row the middleware already hands every handler).
DATA_ACCESS = (
    "bot/reminders/outbox/",
    "bot/consultant/clients.py",
    "bot/consultant/invites.py",
    "bot/documents/data/source.py",
    "bot/documents/mydata/collect.py",
    "bot/onboarding/queries.py",
    "bot/dashboard/queries/",
    "bot/dashboard/auth/sign_in.py",
    "bot/reminders/owned.py",  # loads the occurrence or note a button names, for Owned
    "bot/privacy/deletion.py",
)
# Not converted yet (issue 14): statements still written next to the code that uses them.
NOT_YET: tuple[str, ...] = ()
# The session's types, which any layer may name when it passes the session on.
SESSION_TYPES = frozenset({"AsyncSession", "async_sessionmaker", "AsyncEngine"})
# What a session does for its caller: only data-access modules ask it.
SESSION_CALLS = frozenset(
    {"add", "add_all", "delete", "execute", "flush", "get", "merge", "scalar", "scalars"}
)


def _sqlalchemy_imports(path: Path) -> list[str]:
    """What ``path`` takes from SQLAlchemy beyond the session's types."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("sqlalchemy")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            extra = [alias.name for alias in node.names if alias.name not in SESSION_TYPES]
            if node.module != "sqlalchemy.ext.asyncio" or extra:
                found += [f"{node.module}.{name}" for name in extra or ["*"]]
    return found


def _session_calls(path: Path) -> list[str]:
    """``session.get(...)``, ``repo.session.add(...)`` and the like, by line."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        named = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
        if named == "session" and node.func.attr in SESSION_CALLS:
            found.append(f"line {node.lineno}: session.{node.func.attr}")
    return found


def _allowed(relative: str) -> bool:
    return relative.startswith(INFRASTRUCTURE + DATA_ACCESS + NOT_YET)


def _offenders(find: Callable[[Path], list[str]]) -> dict[str, list[str]]:
    """What ``find`` finds in the modules of ``bot/`` that are not listed above."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "bot").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if not _allowed(relative) and (what := find(path)):
            found[relative] = what
    return found


def test_only_data_access_modules_build_sql() -> None:
    offenders = _offenders(_sqlalchemy_imports)
    assert not offenders, (
        "These modules import SQLAlchemy; move their statements into the capability's "
        f"data-access module (tests/unit/test_data_access.py lists them): {offenders}"
    )


def test_only_data_access_modules_ask_the_session() -> None:
    offenders = _offenders(_session_calls)
    assert not offenders, f"Queries outside the data-access modules: {offenders}"


def test_every_listed_module_exists() -> None:
    listed = INFRASTRUCTURE + DATA_ACCESS + NOT_YET
    missing = [entry for entry in listed if not (ROOT / entry).exists()]
    assert not missing, f"listed but gone (update the list): {missing}"
