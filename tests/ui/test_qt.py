"""The single Qt import module and the PySide6 repair it carries."""

from __future__ import annotations

import sys

from app.ui.qt import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_from_python_leaves_true_alone() -> None:
    """Thousands of emits keep True's reference count (PySide6 6.12.0 lowered it by one each
    time until CPython aborted); app.ui.qt repairs that when it finds it."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.value.emit(i)
    # A few references come and go elsewhere; the bug took one per emit (5000 here).
    assert abs(sys.getrefcount(True) - before) < 100
    assert len(received) == 5000
