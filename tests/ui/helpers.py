"""Helpers for driving real widgets in UI tests.

`type_text` exists because `qtbot.keyClicks` (QTest.keyClicks) aborts the whole Python process
with a Qt assertion on any non-ASCII character in PySide6 6.12 ("é", "ộ", "خ"), which ends the
test run with no report at all. Typing one character at a time with `QTest.sendKeyEvent` and
`Qt.Key_unknown` delivers the same key events without that assertion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.ui import ops


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into `widget` as key presses, safe for any script (Vietnamese, Persian)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def wait_for_ops(qtbot, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background op has run and delivered its result on the UI thread."""
    qtbot.waitUntil(ops.is_idle, timeout=timeout)


def plain(text: str) -> str:
    """`text` without the invisible bidi isolate marks the app wraps names in."""
    return text.translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None})
