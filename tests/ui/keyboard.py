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
        if widget is None and QApplication.activeWindow() is None:
            # No window is active: the offscreen platform does not hand activation back to the
            # window when a popup or a message box goes away, as a desktop does (on a busy
            # machine that happens mid-test). Give it back; the window's own focus returns.
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            if len(shown) == 1:
                shown[0].activateWindow()
                QTest.qWaitForWindowActive(shown[0])
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


def focus_on(qtbot: object, widget: QWidget) -> None:
    """Put the keyboard focus on `widget`, as a click would: its window is made active first
    (see Keyboard.focus on the offscreen platform), then the focus is waited for."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]
