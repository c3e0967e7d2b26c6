"""A keyboard for UI tests (and the keyboard bench): every key goes to the widget that has the
focus now, as a worker's keyboard would, and is counted. A key with a modifier (Ctrl+A) is one
press. Characters go one at a time with `Qt.Key_unknown`, safe for any script (see helpers.py:
QTest.keyClicks aborts the process on non-ASCII text)."""

from __future__ import annotations

from PySide6.QtTest import QTest

from app.ui.qt import QApplication, Qt, QWidget


class Keyboard:
    """`press(Qt.Key.Key_Tab)`, `type("2026-08-15")`; `count` is the number of keys pressed."""

    def __init__(self, _qtbot: object = None) -> None:
        self.count = 0

    def focus(self) -> QWidget:
        # A real keyboard's keys arrive through the event loop: what earlier keys queued (a
        # table cell kept after Enter) is done before the next key lands.
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        """Press `key` (with `modifier`) `times` times on whatever has the focus each time."""
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        """Type `text` into the focused widget, one key per character (any script)."""
        for ch in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                self.focus(),
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
            self.count += 1

    def enter(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Return, times=times)

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)
