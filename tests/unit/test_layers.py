"""The capability folders form a DAG: each imports only the kernel and the ones below it.

The order is README's ("Architecture"): kernel ← onboarding ← value_prop ← interview ←
reminders, privacy ← consultant ← dashboard. What must travel upwards is a hook wired in
bot/wiring.py.
"""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"
# Capability folder -> its level; a folder may import only folders of a lower level.
LEVELS = {
    "onboarding": 1,
    "value_prop": 2,
    "interview": 3,
    "reminders": 4,
    "privacy": 4,
    "consultant": 5,
    "dashboard": 6,  # reads every capability's data; nothing imports it but the root
}
# The kernel imports no capability at all.
KERNEL = ("db", "telegram", "clock", "config", "dates", "dialogues", "events", "i18n", "roles")


def imported_modules(path: Path, root: Path = BOT) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path`` (a file under ``root``), relative ones
    resolved."""
    package = ".".join(path.relative_to(root.parent).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found.append((node.lineno, module))
    return found


def capability_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "bot" and parts[1] in LEVELS else None


def files_of(name: str) -> list[Path]:
    folder = BOT / name
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [BOT / f"{name}.py"]


def upward_imports(name: str, allowed: int) -> list[str]:
    """Imports in ``name`` of a capability at level ``allowed`` or above (other than itself)."""
    wrong = []
    for path in files_of(name):
        for line, module in imported_modules(path):
            target = capability_of(module)
            if target is not None and target != name and LEVELS[target] >= allowed:
                wrong.append(f"{path.relative_to(BOT.parent)}:{line} imports {module}")
    return wrong


@pytest.mark.parametrize("name", sorted(LEVELS))
def test_a_capability_imports_only_the_ones_below_it(name: str) -> None:
    assert upward_imports(name, LEVELS[name]) == []


@pytest.mark.parametrize("name", KERNEL)
def test_the_kernel_imports_no_capability(name: str) -> None:
    assert upward_imports(name, 0) == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    source = tmp_path / "bot" / "value_prop" / "x.py"
    source.parent.mkdir(parents=True)
    source.write_text("from bot.consultant import notify\nfrom ..interview import y\n")
    modules = [module for _, module in imported_modules(source, tmp_path / "bot")]
    assert modules == ["bot.consultant", "bot.interview"]
    assert capability_of(modules[0]) == "consultant"
