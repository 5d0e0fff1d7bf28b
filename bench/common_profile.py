"""Summarise a py-spy ``--format raw`` profile (collapsed stacks): top frames, self and total.

``uv run python -m bench.common_profile PROFILE.txt [--top 25] [--match bot/]``

py-spy is not a project dependency: ``uv pip install py-spy`` for a profiling session, then
``uv run python -m bench.dialogue_load --py-spy /tmp/prof`` samples the real bot under load.
"""

import argparse
import re
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")
SITE = re.compile(r".*/site-packages/")


def short(frame: str, *, with_line: bool = False) -> str:
    """'execute (/…/site-packages/sqlalchemy/engine/base.py:1977)'
    → 'sqlalchemy/engine/base.py:execute'.
    """
    match = FRAME.match(frame.strip())
    if match is None:
        return frame.strip()
    path = SITE.sub("", match["file"])
    path = path.replace("/work/main/", "").replace("/usr/local/lib/python3.11/", "stdlib/")
    path = re.sub(r".*/lib/python3\.\d+/", "stdlib/", path)
    line = f":{match['line']}" if with_line and match["line"] else ""
    return f"{path}{line}:{match['func']}"


def load(path: Path) -> list[tuple[list[str], int]]:
    stacks = []
    for raw in path.read_text().splitlines():
        stack, _, count = raw.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def summarise(path: Path, top: int, match: str | None) -> str:
    stacks = load(path)
    total = sum(count for _, count in stacks)
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for frames, count in stacks:
        names = [short(f) for f in frames if not f.startswith(("process ", "thread "))]
        if not names:
            continue
        own[names[-1]] += count
        for name in set(names):
            if match is None or match in name:
                inclusive[name] += count
    lines = [f"{path.name}: {total} samples", "", "self (where the CPU is):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in own.most_common(top)]
    lines += ["", "total (frame on the stack):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in inclusive.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", help="only frames whose name contains this (total list)")
    args = parser.parse_args()
    print(summarise(args.profile, args.top, args.match))


if __name__ == "__main__":
    main()
