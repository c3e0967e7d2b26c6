"""The base of every dialog: it remembers its size and place between runs (as Picard's do)."""

from __future__ import annotations

from app.ui import settings as opts
from app.ui.qt import QDialog, QEvent, QWidget


class RememberedDialog(QDialog):
    """A dialog whose geometry is saved under its objectName and restored when it opens again.

    Subclasses set every text in `retranslate()`; it runs again on each language change.
    """

    def __init__(self, name: str, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.settings = settings

    def restore_geometry(self) -> None:
        """Call at the end of the subclass's __init__, once its widgets exist."""
        geometry = self.settings.window_state(self.objectName(), "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def retranslate(self) -> None:  # pragma: no cover - every subclass has texts
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.settings.save_window_state(self.objectName(), geometry=self.saveGeometry())
        super().done(result)
