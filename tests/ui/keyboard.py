"""A keyboard for UI tests: every key goes to the widget that has the focus now, as a worker's
keyboard would, and is counted (the interview's key budget is measured with it)."""

from __future__ import annotations

from typing import Any

from app.ui.qt import QApplication, Qt, QWidget
from tests.ui.helpers import type_text

_NAMES = {
    "\t": Qt.Key.Key_Tab,
    "\n": Qt.Key.Key_Return,
}


class Keyboard:
    """`press(Qt.Key.Key_Tab)`, `type("2026-08-15")`; `count` is the number of keys pressed."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focus(self) -> QWidget:
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
            self.qtbot.keyClick(self.focus(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        """Type `text` into the focused widget, one key per character (any script)."""
        for ch in text:
            if ch in _NAMES:
                self.press(_NAMES[ch])
            else:
                type_text(self.qtbot, self.focus(), ch)
                self.count += 1

    def enter(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Return, times=times)

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)
