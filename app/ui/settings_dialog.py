"""The Settings dialog: data folder, language, poverty standard, enumerator and server address.

Shaped like Picard's options pages: `load()` fills the fields from `Settings`, `check()` returns
the first problem as a sentence (or None), `save()` writes them back, `restore_defaults()` puts
the declared defaults in the fields. The caller applies a changed language or folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.paths import database_path
from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.i18n import LANGUAGES, current_language
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

log = logging.getLogger(__name__)


def known_standards() -> list[tuple[str, dict[str, str]]]:
    """(id, name by language) of each poverty standard the scoring package ships, as it lists
    them. Loading them reads files: call it off the UI thread. A broken standard file must not
    stop Settings from opening, so then the list is empty (and the stored id stays as it is)."""
    from app.survey.scoring import shipped_standards

    try:
        return [(standard.id, dict(standard.names)) for standard in shipped_standards()]
    except Exception as error:  # noqa: BLE001 - a standard file with errors
        log.warning("The poverty standards could not be listed (%s)", type(error).__name__)
        return []


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
        # Filled once the standards are read (off the UI thread): each shown by its name in
        # the interface language, with its id as the item's data.
        self.standard = QComboBox(objectName="standard")
        self._standards: list[tuple[str, dict[str, str]]] | None = None
        self._standard_id = opts.STANDARD_ID.default
        self.standard.currentIndexChanged.connect(self._standard_chosen)
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
        ops.QueryOp(
            parent=self, op=lambda _ctx: known_standards(), success=self._show_standards
        ).run_in_background()

    def _show_standards(self, standards: list[tuple[str, dict[str, str]]]) -> None:
        self._standards = standards
        self._fill_standards()

    def _fill_standards(self) -> None:
        """The standards by name in the interface language; a stored id that is not shipped
        (any more) stays chosen, shown as its id, so OK does not change it behind the
        worker's back."""
        if self._standards is None:
            return
        from app.survey.scoring.model import pick

        wanted = self._standard_id
        self.standard.blockSignals(True)
        self.standard.clear()
        for standard_id, names in self._standards:
            self.standard.addItem(pick(names, current_language()), standard_id)
        if wanted and self.standard.findData(wanted) < 0:
            self.standard.addItem(wanted, wanted)
        self.standard.setCurrentIndex(max(self.standard.findData(wanted), 0))
        self.standard.blockSignals(False)

    def _standard_chosen(self, _index: int) -> None:
        data = self.standard.currentData()
        if data:
            self._standard_id = str(data)

    def chosen_standard(self) -> str:
        """The id of the standard chosen in the dialog."""
        return self._standard_id

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
        self._fill_standards()

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
        self._standard_id = values["standard"]
        self._fill_standards()
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
        s.set(opts.STANDARD_ID, self.chosen_standard())
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
