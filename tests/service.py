"""``async with``: start on entry, stop on exit, for the servers and processes tests run."""

from types import TracebackType
from typing import Self


class Service:
    """A base for a test's server or process: ``async with X(...) as x`` starts it and always
    stops it. Subclasses define ``start()`` (any result) and ``stop()``."""

    async def start(self) -> object:
        raise NotImplementedError

    async def stop(self) -> object:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()
