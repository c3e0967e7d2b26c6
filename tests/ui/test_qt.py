"""Guards against a PySide6 build that leaks references to None/True (6.12.0 did; it is
excluded in pyproject.toml): such a build aborts CPython after a few seconds of use."""

from __future__ import annotations

import sys

from app.ui.qt import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_from_python_leaves_true_alone() -> None:
    """Thousands of emits keep True's reference count (PySide6 6.12.0 lowered it by one each
    time until CPython aborted)."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.value.emit(i)
    # A few references come and go elsewhere; the bug took one per emit (5000 here).
    assert abs(sys.getrefcount(True) - before) < 100
    assert len(received) == 5000


def test_a_long_session_of_qt_calls_does_not_abort_python() -> None:
    """Hundreds of thousands of void Qt calls, emits and model reads in a fresh interpreter end
    with exit code 0 (PySide6 6.12.0 aborts with none_dealloc)."""
    import subprocess

    code = (
        "import gc\n"
        "from app.ui.qt import QApplication, QLabel, QObject, Signal, QStandardItemModel\n"
        "app = QApplication([])\n"
        "class E(QObject):\n"
        "    s = Signal(object)\n"
        "e = E(); e.s.connect(lambda v: None)\n"
        "label = QLabel(); model = QStandardItemModel(3, 3)\n"
        "for i in range(100_000):\n"
        "    label.setText('x'); e.s.emit(i); model.index(1, 1).data(); app.processEvents()\n"
        "gc.collect()\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
