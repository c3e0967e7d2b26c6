"""File > New workspace: start a real survey in a new or empty folder, for one country and area.

The same as `tinjau init`: the country (which decides how census lists' IDs and phones are
checked, the names of the area levels and the default poverty standard) and up to four area
names, top first, whose path codes are made from the names. The folder is made on the database
thread; the window then opens it. `WorkspaceFields` (the folder, country and area fields, their
checks and the creation) is shared with the first-run assistant's local workspace page.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from app.survey.countries import COUNTRIES
from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialogButtonBox,
    QEvent,
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


def program_folder() -> Path | None:
    """The installed program's folder (a bundle's), where no workspace may go; None when
    running from a source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


class WorkspaceFields(QWidget):
    """The folder, the country and up to four area names of a new workspace, their checks, and
    making it (on the database thread) with the same code as `tinjau init`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.country_label, self.country)
        for label, field in zip(self.area_labels, self.areas, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.country.currentIndexChanged.connect(self._name_levels)
        self.retranslate()

    def retranslate(self) -> None:
        self.folder_label.setText(QCoreApplication.translate("NewWorkspaceDialog", "&Data folder"))
        self.country_label.setText(QCoreApplication.translate("NewWorkspaceDialog", "Co&untry"))
        self.browse.setText(QCoreApplication.translate("NewWorkspaceDialog", "Choose…"))
        names = {
            "my": QCoreApplication.translate("NewWorkspaceDialog", "Malaysia"),
            "vn": QCoreApplication.translate("NewWorkspaceDialog", "Vietnam"),
            "ir": QCoreApplication.translate("NewWorkspaceDialog", "Iran"),
        }
        for row in range(self.country.count()):
            self.country.setItemText(row, names[str(self.country.itemData(row))])
        self.folder.setPlaceholderText(
            QCoreApplication.translate("NewWorkspaceDialog", "a new or empty folder")
        )
        self._name_levels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_levels(self) -> None:
        """The four area labels in the chosen country's own words."""
        levels = {
            "my": [
                QCoreApplication.translate("NewWorkspaceDialog", "State"),
                QCoreApplication.translate("NewWorkspaceDialog", "District"),
                QCoreApplication.translate("NewWorkspaceDialog", "Ward"),
                QCoreApplication.translate("NewWorkspaceDialog", "Site"),
            ],
            "vn": [
                QCoreApplication.translate("NewWorkspaceDialog", "Province or city"),
                QCoreApplication.translate("NewWorkspaceDialog", "District"),
                QCoreApplication.translate("NewWorkspaceDialog", "Ward or commune"),
                QCoreApplication.translate("NewWorkspaceDialog", "Neighbourhood group"),
            ],
            "ir": [
                QCoreApplication.translate("NewWorkspaceDialog", "Province"),
                QCoreApplication.translate("NewWorkspaceDialog", "County"),
                QCoreApplication.translate("NewWorkspaceDialog", "City"),
                QCoreApplication.translate("NewWorkspaceDialog", "City district"),
            ],
        }[self.country_code()]
        for label, text in zip(self.area_labels, levels, strict=True):
            label.setText(text)

    def country_code(self) -> str:
        return str(self.country.currentData() or "my")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("NewWorkspaceDialog", "New workspace")
        )
        if chosen:
            self.folder.setText(chosen)

    def check(self) -> str | None:
        """The first problem with the fields, as a sentence; None when they can be used."""
        folder = self.folder.text().strip()
        if not folder:
            return QCoreApplication.translate(
                "NewWorkspaceDialog", "Choose a new or empty folder for the workspace."
            )
        path = Path(folder)
        program = program_folder()
        if program is not None and (path.resolve() == program or program in path.resolve().parents):
            return QCoreApplication.translate(
                "NewWorkspaceDialog",
                "This folder is inside the Tinjau program's folder, which an update replaces. "
                "Choose a folder of your own, such as one in your documents.",
            )
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            return QCoreApplication.translate(
                "NewWorkspaceDialog",
                "This folder is not empty. Choose a new or empty folder, so the workspace's files "
                "are not mixed with others.",
            )
        names = [field.text().strip() for field in self.areas]
        given = [name for name in names if name]
        if given != names[: len(given)]:
            return QCoreApplication.translate(
                "NewWorkspaceDialog", "Name the areas from the top, without leaving one out."
            )
        return None

    def create(
        self, owner: QWidget, made: Callable[[Path], None], failed: Callable[[str], None]
    ) -> bool:
        """Check the fields, then make the workspace in the background: `made(folder)` once it
        exists, `failed(sentence)` if it cannot be made. False (after `failed`) when a field is
        wrong, so nothing was started."""
        from app.survey.countries import country
        from app.survey.errors import TinjauError
        from app.survey.new_workspace import area_code, check_area_path, create_workspace

        problem = self.check()
        names = [field.text().strip() for field in self.areas if field.text().strip()]
        chosen = country(self.country_code())
        codes = [area_code(name) for name in names]
        if problem is None and not all(codes):
            problem = QCoreApplication.translate(
                "NewWorkspaceDialog", "Give each area a name with letters or digits."
            )
        if problem is None:
            try:
                steps = check_area_path(chosen, "/".join(codes), names)
            except TinjauError as error:
                problem = str(error)
        if problem is not None:
            failed(problem)
            return False
        folder = Path(self.folder.text().strip()).resolve()
        from app.paths import database_path
        from app.survey.db import keys
        from app.ui.unlock import UnlockDialog, show_recovery_key

        asked = keys.passphrase_from_env() is None
        if asked:
            # The new workspace is encrypted: its passphrase first (the key is made with it on
            # the worker thread, in create_workspace). Cancelled: nothing was started.
            dialog = UnlockDialog(database_path(folder), "new", owner)
            if dialog.exec() != UnlockDialog.DialogCode.Accepted:
                return False

        def done(_site: object) -> None:
            if asked:  # its passphrase was chosen here: show the recovery key made with it
                show_recovery_key(owner)
            made(folder)

        # Not a CollectionOp: nothing in the open workspace changes.
        ops.QueryOp(
            parent=owner,
            op=lambda _ctx: create_workspace(folder, chosen, steps),
            success=done,
        ).failure(lambda error: failed(ops.error_message(error))).run_in_background()
        return True


class NewWorkspaceDialog(RememberedDialog):
    """Collects the folder, the country and the area names; creates the workspace in an op."""

    # The new workspace's folder, once it is made.
    created = Signal(str)

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__("newWorkspaceDialog", settings, parent)
        self.fields = WorkspaceFields()
        # The fields by their old names (tests and callers reach them on the dialog).
        self.folder, self.country, self.areas = (
            self.fields.folder,
            self.fields.country,
            self.fields.areas,
        )
        self.area_labels = self.fields.area_labels
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
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.restore_geometry()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workspace"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        self.note.setText(
            self.tr(
                "The country decides how ID numbers and phone numbers in census lists are "
                "checked and which poverty standard is used. Name the areas from the top; "
                "after the workspace is made, import your census list into it."
            )
        )

    def country_code(self) -> str:
        return self.fields.country_code()

    def check(self) -> str | None:
        """The first problem with the fields, as a sentence; None when they can be used."""
        return self.fields.check()

    def create(self) -> None:
        """Make the workspace in the background; the dialog closes once it exists."""

        def failed(problem: str) -> None:
            self.buttons.setEnabled(True)
            self.problem.setText(problem)
            self.problem.show()

        def made(folder: Path) -> None:
            self.created.emit(str(folder))
            self.accept()

        self.buttons.setEnabled(False)
        if not self.fields.create(self, made, failed):
            self.buttons.setEnabled(True)
