"""The Settings dialog: data folder, language, poverty standard, questionnaire, enumerator and
server address.

Shaped like Picard's options pages: `load()` fills the fields from `Settings`, `check()` returns
the first problem as a sentence (or None), `save()` writes them back, `restore_defaults()` puts
the declared defaults in the fields. The caller applies a changed language or folder.

The poverty standard belongs to the open workspace, not to this computer: the dialog lists the
workspace's standards (shipped and installed) off the UI thread, installs a supervisor's file
into it at once ("Install a standard file…"), and `chosen_standard()` tells the window which
standard to switch the workspace to on OK (the window scores the interviews again, in the
background). The questionnaire belongs to the workspace too: "Install a form…" makes an XLSForm
the one its new interviews use, at once and off the UI thread, and says which standards lack
answers the form does not ask.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import database_path
from app.ui import ops
from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.i18n import LANGUAGES, current_language, isolate
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

Names = dict[str, str]


@dataclass(frozen=True)
class WorkspaceStandards:
    """The standards a workspace offers as (id, name by language), the id it scores under and
    its country's default."""

    offered: list[tuple[str, Names]]
    chosen: str
    default: str


def workspace_standards(db: Any) -> WorkspaceStandards:
    """What the dialog offers for the workspace whose database is `db` (run it as an op)."""
    from app.survey.countries import workspace_country
    from app.survey.scoring.workspace import chosen_standard_id
    from app.survey.scoring.workspace import workspace_standards as standards_of

    with db.read() as conn:
        offered = [(standard.id, dict(standard.names)) for standard in standards_of(conn)]
        default = workspace_country(conn).default_standard
        return WorkspaceStandards(offered, chosen_standard_id(conn), default)


@dataclass(frozen=True)
class InstalledStandard:
    """A standard file just installed: its id and names, and whether it replaced the version
    the workspace scores under (its interviews were then scored again)."""

    id: str
    names: Names
    in_use: bool


def install_standard_file(
    db: Any, path: str, lang: str, progress: Callable[[int, int], None]
) -> InstalledStandard:
    """Check the standard file at `path` and keep it in the workspace (run it as an op). A
    refusal raises the loader's sentences and changes nothing."""
    from app.survey.scoring.workspace import install_standard

    with db.write() as conn:
        installed = install_standard(conn, path, lang, progress)
    standard = installed.standard
    return InstalledStandard(standard.id, dict(standard.names), installed.rescored is not None)


def install_form_file(db: Any, data_dir: Path, path: str) -> Any:
    """Check the XLSForm at `path` (with the files it reads) and make it the form the
    workspace's new interviews use (run it as an op); returns an `InstalledForm`. A refusal
    raises the engine's sentences and changes nothing."""
    from app.paths import workspace_forms_dir
    from app.survey.db.types import format_utc, utcnow
    from app.survey.forms.workspace import install_form_package, read_form_package
    from app.survey.scoring.workspace import workspace_standards as standards_of

    package = read_form_package(path)
    with db.write() as conn:
        return install_form_package(
            conn,
            package,
            forms_dir=workspace_forms_dir(data_dir),
            installed_at=format_utc(utcnow()),
            standards=standards_of(conn),
        )


def workspace_form(db: Any) -> tuple[str, str, str] | None:
    """(form id, version, title) of the form new interviews use, or None before any is
    installed (then it is the shipped household form)."""
    from app.survey.forms.workspace import current_form_id, installed_forms, newest_version

    with db.read() as conn:
        form_id = current_form_id(conn)
        version = newest_version(conn, form_id)
        for row in installed_forms(conn):
            if (row[0], row[1]) == (form_id, version):
                return row[0], row[1], row[2]
    return None


class SettingsDialog(RememberedDialog):
    """Edits the options in `app.ui.settings` and the open workspace's standard; geometry is
    remembered like every window's."""

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__("settingsDialog", settings, parent)
        self._workspace = ops.task_manager().workspace

        self.data_dir = QLineEdit(objectName="dataDir")
        self.browse = QPushButton(objectName="browseDataDir")
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)

        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # Filled once the workspace's standards are read (off the UI thread): each shown by its
        # name in the interface language, with its id as the item's data. Without an open
        # workspace, or while another folder is typed, there is nothing to choose it for.
        self.standard = QComboBox(objectName="standard")
        self.standard.setEnabled(False)
        self._standards: WorkspaceStandards | None = None
        self._standard_id = ""
        # A new version of the workspace's own standard was installed: OK applies it again, so
        # the list and an open interview show what it says now.
        self._reapply = False
        self._installing_form = False
        self._form: tuple[str, str, str] | None = None
        self.standard.currentIndexChanged.connect(self._standard_chosen)
        self.install = QPushButton(objectName="installStandard")
        self.install.setEnabled(False)
        self.install.clicked.connect(self._choose_standard_file)
        standard_row = QHBoxLayout()
        standard_row.addWidget(self.standard, 1)
        standard_row.addWidget(self.install)
        self.form_in_use = QLabel(objectName="formInUse")
        self.form_in_use.setWordWrap(True)
        self.install_form = QPushButton(objectName="installForm")
        self.install_form.setEnabled(False)
        self.install_form.clicked.connect(self._choose_form_file)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_in_use, 1)
        form_row.addWidget(self.install_form)
        self.enumerator_name = QLineEdit(objectName="enumeratorName")
        self.enumerator_id = QLineEdit(objectName="enumeratorId")
        self.server_url = QLineEdit(objectName="serverUrl")
        self.server_url.setPlaceholderText("https://")

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        rows = [folder_row, self.language, standard_row, form_row, self.enumerator_name]
        rows += [self.enumerator_id, self.server_url]
        for label, field in zip(self.labels, rows, strict=True):
            self.form.addRow(label, field)

        self.note = QLabel(objectName="note")
        self.note.setWordWrap(True)
        self.note.hide()
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
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.load()
        self.restore_geometry()
        self.data_dir.textChanged.connect(self._enable_standards)
        if self._workspace is not None:
            ops.QueryOp(
                parent=self,
                op=lambda ctx: workspace_standards(ctx.db),
                success=self._show_standards,
            ).failure(self._standards_unavailable).run_in_background()
            ops.QueryOp(
                parent=self, op=lambda ctx: workspace_form(ctx.db), success=self._show_form
            ).failure(self._standards_unavailable).run_in_background()

    # -- the workspace's poverty standard ----------------------------------------------------------

    def _show_standards(self, standards: WorkspaceStandards) -> None:
        self._standards = standards
        self._standard_id = standards.chosen
        self._fill_standards()
        self._enable_standards()

    def _standards_unavailable(self, error: BaseException) -> None:
        # The workspace cannot be read (the window says why); the rest of Settings still works.
        log.warning("The workspace's standards could not be listed (%s)", type(error).__name__)

    def _for_open_workspace(self) -> bool:
        """True while the data folder field names the workspace that is open."""
        typed = self.data_dir.text().strip()
        open_now = self._workspace
        return open_now is not None and bool(typed) and Path(typed).absolute() == open_now.data_dir

    def _enable_standards(self) -> None:
        usable = self._standards is not None and self._for_open_workspace()
        self.standard.setEnabled(usable)
        writable = self._workspace is not None and not self._workspace.read_only
        self.install.setEnabled(usable and writable)
        self.install_form.setEnabled(
            self._for_open_workspace() and writable and not self._installing_form
        )

    def _fill_standards(self) -> None:
        """The standards by name in the interface language; a chosen id the workspace does not
        have (any more) stays chosen, shown as its id, so OK does not change it unasked."""
        if self._standards is None:
            return
        from app.survey.scoring.model import pick

        wanted = self._standard_id
        self.standard.blockSignals(True)
        self.standard.clear()
        for standard_id, names in self._standards.offered:
            self.standard.addItem(pick(names, current_language()), standard_id)
        if wanted and self.standard.findData(wanted) < 0:
            self.standard.addItem(wanted, wanted)
        self.standard.setCurrentIndex(max(self.standard.findData(wanted), 0))
        self.standard.blockSignals(False)

    def _standard_chosen(self, _index: int) -> None:
        data = self.standard.currentData()
        if data:
            self._standard_id = str(data)

    def chosen_standard(self) -> str | None:
        """The id of the standard to switch the open workspace to on OK; None to leave it as it
        is (unchanged, not listed yet, or another data folder typed)."""
        if self._standards is None or not self._for_open_workspace():
            return None
        changed = self._standard_id != self._standards.chosen or self._reapply
        return self._standard_id if changed else None

    def _choose_standard_file(self) -> None:
        title = self.tr("Install a poverty standard file")
        kinds = self.tr("Poverty standards (*.toml)")
        path, _ = QFileDialog.getOpenFileName(self, title, "", kinds)
        if path:
            self.install_file(path)

    def install_file(self, path: str) -> None:
        """Check and install the standard file at `path` into the open workspace, in the
        background: then it is listed and chosen; a refusal is shown in the dialog."""
        self.note.hide()
        self.problem.hide()
        self.install.setEnabled(False)
        language = current_language()
        ops.CollectionOp(
            parent=self, op=lambda ctx: install_standard_file(ctx.db, path, language, ctx.progress)
        ).success(self._installed).failure(self._install_refused).with_progress(
            self.tr("Checking the standard file…")
        ).run_in_background()

    def _installed(self, installed: InstalledStandard) -> None:
        from app.survey.scoring.model import pick

        if self._standards is not None:
            offered = [item for item in self._standards.offered if item[0] != installed.id]
            self._standards = WorkspaceStandards(
                [*offered, (installed.id, installed.names)],
                self._standards.chosen,
                self._standards.default,
            )
        self._standard_id = installed.id
        self._reapply = self._reapply or installed.in_use
        self._fill_standards()
        self._enable_standards()
        name = isolate(pick(installed.names, current_language()))
        self.note.setText(
            self.tr("Installed %1. Press OK to score the households under it.").replace("%1", name)
        )
        self.note.show()

    def _install_refused(self, error: BaseException) -> None:
        self._enable_standards()
        self.problem.setText(ops.error_message(error))
        self.problem.show()

    # -- the workspace's questionnaire -----------------------------------------------------------

    def _show_form(self, form: tuple[str, str, str] | None) -> None:
        self._form = form
        self._describe_form()

    def _describe_form(self) -> None:
        if self._form is None:
            self.form_in_use.setText(self.tr("The household questionnaire shipped with Tinjau"))
            return
        form_id, version, title = self._form
        self.form_in_use.setText(
            self.tr("%1, version %2").replace("%1", isolate(title)).replace("%2", version)
        )
        self.form_in_use.setToolTip(form_id)

    def _choose_form_file(self) -> None:
        title = self.tr("Install a questionnaire")
        kinds = self.tr("XLSForm workbooks (*.xlsx *.xls)")
        path, _ = QFileDialog.getOpenFileName(self, title, "", kinds)
        if path:
            self.install_form_file(path)

    def install_form_file(self, path: str) -> None:
        """Check the XLSForm at `path` and make it the open workspace's form, in the background;
        what it did (or the refusal) is shown in the dialog."""
        workspace = self._workspace
        if workspace is None:
            return
        self.note.hide()
        self.problem.hide()
        self._installing_form = True
        self._enable_standards()
        folder = workspace.data_dir
        ops.CollectionOp(
            parent=self, op=lambda ctx: install_form_file(ctx.db, folder, path)
        ).success(self._form_installed).failure(self._form_refused).with_progress(
            self.tr("Checking the form…")
        ).run_in_background()

    def _form_installed(self, installed: Any) -> None:
        self._installing_form = False
        self._enable_standards()
        self._show_form((installed.form_id, installed.version, installed.title))
        name = isolate(installed.title)
        if installed.unchanged:
            said = self.tr("This data folder already uses %1, version %2; nothing was changed.")
        else:
            said = self.tr(
                "Installed %1, version %2: new interviews use it. Interviews begun before keep "
                "the version they were begun with."
            )
        lines = [said.replace("%1", name).replace("%2", installed.version)]
        for gap in installed.gaps:
            if gap.missing:
                fields = ", ".join(gap.missing)
                lines.append(
                    self.tr("%1 reads answers this form does not ask: %2.")
                    .replace("%1", isolate(gap.standard_id))
                    .replace("%2", isolate(fields))
                )
        if len(lines) == 1:
            lines.append(self.tr("Every poverty standard finds the answers it reads in this form."))
        self.note.setText("\n".join(lines))
        self.note.show()

    def _form_refused(self, error: BaseException) -> None:
        self._installing_form = False
        self._enable_standards()
        self.problem.setText(ops.error_message(error))
        self.problem.show()

    # -- the options page ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = [
            self.tr("Data folder"),
            self.tr("Language"),
            self.tr("Poverty standard"),
            self.tr("Questionnaire"),
            self.tr("Enumerator name"),
            self.tr("Enumerator ID"),
            self.tr("Server address"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.install.setText(self.tr("Install a standard file…"))
        self.install_form.setText(self.tr("Install a form…"))
        self.install_form.setToolTip(
            self.tr("Make an XLSForm the questionnaire of this data folder's new interviews.")
        )
        self._describe_form()
        self.standard.setToolTip(
            self.tr("The standard this data folder's households are scored under.")
        )
        self._fill_standards()

    def load(self) -> None:
        """Fill the fields from the stored settings."""
        s = self.settings
        self._fill(
            data_dir=s.get(opts.DATA_DIR),
            language=s.get(opts.LANGUAGE),
            enumerator_name=s.get(opts.ENUMERATOR_NAME),
            enumerator_id=s.get(opts.ENUMERATOR_ID),
            server_url=s.get(opts.SERVER_URL),
        )

    def restore_defaults(self) -> None:
        """Put the declared defaults in the fields, and the standard of the workspace's country
        in its choice (saved only on OK)."""
        if self._standards is not None:
            self._standard_id = self._standards.default
            self._fill_standards()
        self._fill(
            data_dir=opts.DATA_DIR.default,
            language=opts.LANGUAGE.default,
            enumerator_name=opts.ENUMERATOR_NAME.default,
            enumerator_id=opts.ENUMERATOR_ID.default,
            server_url=opts.SERVER_URL.default,
        )

    def _fill(self, **values: str) -> None:
        self.data_dir.setText(values["data_dir"])
        index = self.language.findData(values["language"])
        self.language.setCurrentIndex(max(index, 0))
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
        """Write the fields to the stored settings (the standard is the window's to apply)."""
        s = self.settings
        s.set(opts.DATA_DIR, self.data_dir.text().strip())
        s.set(opts.LANGUAGE, str(self.language.currentData()))
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
