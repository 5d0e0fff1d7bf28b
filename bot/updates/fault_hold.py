"""Pause points for the fault tests, and nothing else.

With ``VP_TEST_HOLD=handling`` (a comma-separated list of points) the process logs
``test hold: <point>`` and waits forever when it reaches that point, so a test can `kill -9` it
exactly there (tests/fault). Unset, as in every real deployment, a point costs one comparison.
The one point: ``handling`` (an update marked handled in its still open transaction, before
its handler runs; nothing of it is committed).
"""

import asyncio
import logging
import os

log = logging.getLogger(__name__)
HOLD_AT = frozenset(filter(None, os.environ.get("VP_TEST_HOLD", "").split(",")))


async def point(name: str) -> None:
    if HOLD_AT and name in HOLD_AT:
        log.warning("test hold: %s", name)
        await asyncio.Event().wait()
