"""File > New workspace: start a real survey in a new or empty folder, for one country and area.

The same as `tinjau init`: the country (which decides how census lists' IDs and phones are
checked, the names of the area levels and the default poverty standard) and up to four area
names, top first, whose path codes are made from the names. The folder is made on the database
thread; the window then opens it.
"""

from __future__ import annotations

from pathlib import Path

from app.survey.countries import COUNTRIES
from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
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
    Signal,
)


class NewWorkspaceDialog(RememberedDialog):
    """Collects the folder, the country and the area names; creates the workspace in an op."""

    # The new workspace's folder, once it is made.
    created = Signal(str)

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__("newWorkspaceDialog", settings, parent)
        self.folder = QLineEdit(objectName="folder")
        self.browse = QPushButton(objectName="browseFolder")
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.country = QComboBox(objectName="country")
        for code in COUNTRIES:
            self.country.addItem("", code)
        self.areas = [QLineEdit(objectName=f"area{level}") for level in range(4)]
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country)
        self.area_labels = [QLabel() for _ in self.areas]
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.country_label, self.country)
        for label, field in zip(self.area_labels, self.areas, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel(objectName="note")
        self.note.setWordWrap(True)
        self.problem = QLabel(objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.country.currentIndexChanged.connect(self._name_levels)
        self.retranslate()
        self.restore_geometry()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workspace"))
        self.folder_label.setText(self.tr("&Data folder"))
        self.country_label.setText(self.tr("Co&untry"))
        self.browse.setText(self.tr("Choose…"))
        names = {"my": self.tr("Malaysia"), "vn": self.tr("Vietnam"), "ir": self.tr("Iran")}
        for row in range(self.country.count()):
            self.country.setItemText(row, names[str(self.country.itemData(row))])
        self.folder.setPlaceholderText(self.tr("a new or empty folder"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        self.note.setText(
            self.tr(
                "The country decides how ID numbers and phone numbers in census lists are "
                "checked and which poverty standard is used. Name the areas from the top; "
                "after the workspace is made, import your census list into it."
            )
        )
        self._name_levels()

    def _name_levels(self) -> None:
        """The four area labels in the chosen country's own words."""
        levels = {
            "my": [self.tr("State"), self.tr("District"), self.tr("Ward"), self.tr("Site")],
            "vn": [
                self.tr("Province or city"),
                self.tr("District"),
                self.tr("Ward or commune"),
                self.tr("Neighbourhood group"),
            ],
            "ir": [
                self.tr("Province"),
                self.tr("County"),
                self.tr("City"),
                self.tr("City district"),
            ],
        }[self.country_code()]
        for label, text in zip(self.area_labels, levels, strict=True):
            label.setText(text)

    def country_code(self) -> str:
        return str(self.country.currentData() or "my")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("New workspace"))
        if chosen:
            self.folder.setText(chosen)

    def check(self) -> str | None:
        """The first problem with the fields, as a sentence; None when they can be used."""
        folder = self.folder.text().strip()
        if not folder:
            return self.tr("Choose a new or empty folder for the workspace.")
        path = Path(folder)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            return self.tr(
                "This folder is not empty. Choose a new or empty folder, so the workspace's files "
                "are not mixed with others."
            )
        names = [field.text().strip() for field in self.areas]
        given = [name for name in names if name]
        if given != names[: len(given)]:
            return self.tr("Name the areas from the top, without leaving one out.")
        return None

    def create(self) -> None:
        """Make the workspace in the background; the dialog closes once it exists."""
        from app.survey.countries import country
        from app.survey.errors import TinjauError
        from app.survey.new_workspace import area_code, check_area_path, create_workspace

        problem = self.check()
        names = [field.text().strip() for field in self.areas if field.text().strip()]
        chosen = country(self.country_code())
        codes = [area_code(name) for name in names]
        if problem is None and not all(codes):
            problem = self.tr("Give each area a name with letters or digits.")
        if problem is None:
            try:
                steps = check_area_path(chosen, "/".join(codes), names)
            except TinjauError as error:
                problem = str(error)
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return
        folder = Path(self.folder.text().strip()).resolve()
        from app.paths import database_path
        from app.survey.db import keys
        from app.ui.unlock import UnlockDialog, show_recovery_key

        asked = keys.passphrase_from_env() is None
        if asked:
            # The new workspace is encrypted: its passphrase first (the key is made with it
            # on the worker thread, in create_workspace).
            dialog = UnlockDialog(database_path(folder), "new", self)
            if dialog.exec() != UnlockDialog.DialogCode.Accepted:
                return
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.problem.setText(ops.error_message(error))
            self.problem.show()

        def made(_path: object) -> None:
            if asked:  # its passphrase was chosen here: show the recovery key made with it
                show_recovery_key(self)
            self.created.emit(str(folder))
            self.accept()

        # Not a CollectionOp: nothing in the open workspace changes.
        ops.QueryOp(
            parent=self, op=lambda _ctx: create_workspace(folder, chosen, steps), success=made
        ).failure(failed).run_in_background()
