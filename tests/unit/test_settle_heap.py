"""Before serving, start-up's long-lived objects leave the collector's generations."""

import gc

from bot.app import App


def test_what_start_up_built_is_frozen_and_cyclic_garbage_is_collected_first() -> None:
    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle only the collector can free
    kept = Node()
    del first, second
    before = gc.get_freeze_count()
    App.settle_heap()
    try:
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()  # the frozen objects back where the collector sees them
    assert [obj for obj in gc.get_objects() if type(obj) is Node] == [kept]
