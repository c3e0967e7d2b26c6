"""The Settings dialog: data folder, language, poverty standard, enumerator and server address.

Shaped like Picard's options pages: `load()` fills the fields from `Settings`, `check()` returns
the first problem as a sentence (or None), `save()` writes them back, `restore_defaults()` puts
the declared defaults in the fields. The caller applies a changed language or folder.
"""

from __future__ import annotations

from pathlib import Path

from app.paths import STANDARDS, database_path
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.i18n import LANGUAGES
from app.ui.qt import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def known_standards() -> list[str]:
    """Ids of the poverty standards shipped in resources/standards (file names without suffix)."""
    if not STANDARDS.is_dir():
        return []
    return sorted(p.stem for p in STANDARDS.glob("*.toml"))


class SettingsDialog(RememberedDialog):
    """Edits the options in `app.ui.settings`; geometry is remembered like every window's."""

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__("settingsDialog", settings, parent)

        self.data_dir = QLineEdit(objectName="dataDir")
        self.browse = QPushButton(objectName="browseDataDir")
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)

        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.standard = QComboBox(objectName="standard")
        self.standard.setEditable(True)
        self.standard.addItems(known_standards())
        self.enumerator_name = QLineEdit(objectName="enumeratorName")
        self.enumerator_id = QLineEdit(objectName="enumeratorId")
        self.server_url = QLineEdit(objectName="serverUrl")
        self.server_url.setPlaceholderText("https://")

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        rows = [folder_row, self.language, self.standard, self.enumerator_name]
        rows += [self.enumerator_id, self.server_url]
        for label, field in zip(self.labels, rows, strict=True):
            self.form.addRow(label, field)

        self.problem = QLabel(objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.load()
        self.restore_geometry()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = [
            self.tr("Data folder"),
            self.tr("Language"),
            self.tr("Poverty standard"),
            self.tr("Enumerator name"),
            self.tr("Enumerator ID"),
            self.tr("Server address"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))

    def load(self) -> None:
        """Fill the fields from the stored settings."""
        s = self.settings
        self._fill(
            data_dir=s.get(opts.DATA_DIR),
            language=s.get(opts.LANGUAGE),
            standard=s.get(opts.STANDARD_ID),
            enumerator_name=s.get(opts.ENUMERATOR_NAME),
            enumerator_id=s.get(opts.ENUMERATOR_ID),
            server_url=s.get(opts.SERVER_URL),
        )

    def restore_defaults(self) -> None:
        """Put the declared defaults in the fields (saved only on OK)."""
        self._fill(
            data_dir=opts.DATA_DIR.default,
            language=opts.LANGUAGE.default,
            standard=opts.STANDARD_ID.default,
            enumerator_name=opts.ENUMERATOR_NAME.default,
            enumerator_id=opts.ENUMERATOR_ID.default,
            server_url=opts.SERVER_URL.default,
        )

    def _fill(self, **values: str) -> None:
        self.data_dir.setText(values["data_dir"])
        index = self.language.findData(values["language"])
        self.language.setCurrentIndex(max(index, 0))
        self.standard.setCurrentText(values["standard"])
        self.enumerator_name.setText(values["enumerator_name"])
        self.enumerator_id.setText(values["enumerator_id"])
        self.server_url.setText(values["server_url"])

    def check(self) -> str | None:
        """The first problem with the fields, as a sentence; None when they can be saved."""
        folder = self.data_dir.text().strip()
        if folder and not database_path(folder).is_file():
            return self.tr(
                "The data folder has no Tinjau data (tinjau.sqlite). Choose a folder that has."
            )
        url = self.server_url.text().strip()
        if url and not url.startswith("https://") and not _is_local_http(url):
            return self.tr(
                "The server address must start with https:// (plain http only for localhost)."
            )
        return None

    def save(self) -> None:
        """Write the fields to the stored settings."""
        s = self.settings
        s.set(opts.DATA_DIR, self.data_dir.text().strip())
        s.set(opts.LANGUAGE, str(self.language.currentData()))
        s.set(opts.STANDARD_ID, self.standard.currentText().strip())
        s.set(opts.ENUMERATOR_NAME, self.enumerator_name.text().strip())
        s.set(opts.ENUMERATOR_ID, self.enumerator_id.text().strip())
        s.set(opts.SERVER_URL, self.server_url.text().strip())
        s.sync()

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.save()
        super().accept()

    def _choose_folder(self) -> None:
        title = self.tr("Data folder")
        folder = QFileDialog.getExistingDirectory(self, title, self.data_dir.text())
        if folder:
            self.data_dir.setText(str(Path(folder)))


def _is_local_http(url: str) -> bool:
    return url.startswith(("http://localhost", "http://127.0.0.1", "http://[::1]"))
