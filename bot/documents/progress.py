"""Progress of a long export on stderr: a redrawn bar on a terminal, occasional lines otherwise."""

import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 30
REDRAW_SECONDS = 0.1  # a terminal bar is redrawn at most this often
LINE_SECONDS = 10.0  # without a terminal, a line at least this often (and at every 10%)


class ProgressBar:
    """Callable as ``progress(done, total)``; ``finish`` ends the bar's line."""

    def __init__(self, stream: TextIO, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.clock = stream, clock
        self.tty = stream.isatty()
        self.last_at: float | None = None
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        finished = done >= total
        if self.tty:
            if finished or self.last_at is None or now - self.last_at >= REDRAW_SECONDS:
                self.stream.write("\r" + self.bar(done, total))
                self.stream.flush()
                self.last_at, self.drawn = now, True
            return
        tenth = 10 if total == 0 else done * 10 // total
        due = self.last_at is not None and now - self.last_at >= LINE_SECONDS
        if tenth > self.last_tenth or due:
            self.stream.write(f"export: {done}/{total} clients ({self.percent(done, total)}%)\n")
            self.stream.flush()
            self.last_at, self.last_tenth = now, tenth

    @staticmethod
    def percent(done: int, total: int) -> int:
        return 100 if total == 0 else min(100, done * 100 // total)

    def bar(self, done: int, total: int) -> str:
        """E.g. "export [#########.....................] 300/1000 clients  30%"."""
        percent = self.percent(done, total)
        filled = BAR_WIDTH * percent // 100
        body = "#" * filled + "." * (BAR_WIDTH - filled)
        return f"export [{body}] {done}/{total} clients {percent:3d}%"

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
