"""The main window: area navigator on one side, the census list of households on the other.

Every text is set in `retranslate()` (called again on each LanguageChange), so switching the
language at run time changes the words and keeps everything else: the search being typed, the
filter, the selected household and the scroll position.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.survey.db.health import read_only
from app.survey.errors import DomainError, TinjauError
from app.survey.records import lifecycle
from app.survey.records.queries import AreaFilter, ListQuery
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.add_household_dialog import AddHouseholdDialog
from app.ui.area_navigator import AreaNavigator
from app.ui.backup_actions import BackupActions
from app.ui.household_model import (
    HouseholdTableModel,
    poverty_status_names,
    set_poverty_status_names,
    visit_status_label,
)
from app.ui.interview.attach import attach_interview
from app.ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QComboBox,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QMainWindow,
    QMessageBox,
    QModelIndex,
    QObject,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from app.ui.settings_dialog import SettingsDialog
from app.ui.sync_panel import SyncPanel
from app.ui.visit_outcome_dialog import VisitOutcomeDialog
from app.ui.workspace import Workspace

log = logging.getLogger(__name__)

VISIT_STATUS_FILTERS = lifecycle.VISIT_STATUSES
# The status filter's last entry: households whose last push came back as a conflict.
CONFLICT_FILTER = "sync_conflict"
SYNC_PANEL_KEYS = "Ctrl+Shift+S"
# The list's own keys (none of Qt's standard keys, the interview's Ctrl+PgUp/PgDown or Alt+arrows).
NOT_FOUND_KEYS = "Ctrl+Shift+N"
REFUSED_KEYS = "Ctrl+Shift+R"
REPORTS_KEYS = "Ctrl+Shift+P"
# Keystrokes closer together than this make one search (typing "ahmad" runs one query, not 5).
SEARCH_PAUSE_MS = 60


class CensusListPanel(QWidget):
    """Search field, status filter, "Add household" and the table of households."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("censusListPanel")
        self.area = AreaFilter()

        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem("", None)
        for status in VISIT_STATUS_FILTERS:
            self.status_filter.addItem("", status)
        self.status_filter.addItem("", CONFLICT_FILTER)
        self.add_button = QPushButton(objectName="addHousehold")

        self.model = HouseholdTableModel(self)
        self.table = QTableView(objectName="householdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Indicator first: turning sorting on sorts by it, and unit-ascending is the model's own
        # order already, so no query runs before a workspace is open.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows to lay them out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Wide enough for "Returned for correction" and "Hardcore poor (miskin tegar)".
        for column, width in enumerate((110, 260, 180, 230)):
            header.resizeSection(column, width)
        self.count_label = QLabel(objectName="listCount")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.add_button)
        # A workspace with no households yet says what to do next (MainWindow fills it in).
        self.empty_hint = QLabel(objectName="emptyWorkspace")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_hint.setMargin(12)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        # Enter or Down in the search field goes to the list, on its first household, so a
        # worker can search, press Enter twice and be in the interview.
        self.search.returnPressed.connect(self.focus_list)
        self.search.installEventFilter(self)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        # A refreshed list (after a change, a sort or a filter) keeps the household the worker
        # had selected, when it is still listed.
        self._kept: tuple[int, int] | None = None  # (seq, column)
        self._first_when_loaded = False
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._restore_selection)
        self.retranslate()

    def focus_list(self) -> None:
        """Move the keyboard to the list, on the current household (else the first)."""
        self.apply_filters()
        self.table.setFocus()
        if self.model.loading:
            self._first_when_loaded = True  # the search typed just now is still running
        elif not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        ):
            self.focus_list()
            return True
        return super().eventFilter(watched, event)

    def set_area(self, area: AreaFilter) -> None:
        self.area = area
        self.apply_filters()

    def current_query(self) -> ListQuery:
        status = self.status_filter.currentData()
        conflicts = status == CONFLICT_FILTER
        return ListQuery(
            area=self.area,
            statuses=frozenset([status]) if status and not conflicts else frozenset(),
            conflicts=conflicts,
            search=self.search.text(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        """Run the list's query with what the search field and filters say now."""
        self._search_timer.stop()
        query = self.current_query()
        if query != self.model.query or not self.model.rowCount():
            self.model.set_query(query)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, national ID or unit"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for row, status in enumerate(VISIT_STATUS_FILTERS, start=1):
            self.status_filter.setItemText(row, visit_status_label(status))
        self.status_filter.setItemText(
            len(VISIT_STATUS_FILTERS) + 1, self.tr("Sync conflict (both versions kept)")
        )
        self.add_button.setText(self.tr("Add household"))
        self.add_button.setToolTip(self.tr("Add a household that is not on the census list"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        seq = current.data(HouseholdTableModel.SEQ_ROLE) if current.isValid() else None
        if seq is not None:
            self._kept = (seq, current.column())

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, None
        first, self._first_when_loaded = self._first_when_loaded, False
        row = self.model.row_of(kept[0]) if kept is not None else None
        if row is None and (first or self.table.hasFocus()) and self.model.rowCount():
            # The keyboard is on the list but its household is gone: start at the top.
            self.table.setCurrentIndex(self.model.index(0, 1))
        elif row is not None and kept is not None:
            index = self.model.index(row, kept[1])
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _show_count(self) -> None:
        shown = QLocale().toString(self.model.rowCount())
        self.count_label.setText(self.tr("Households listed: %1").replace("%1", shown))


class MainWindow(QMainWindow):
    """The app's window; `open_workspace` points it at a data folder."""

    # A household was opened from the list (Enter or double-click); the argument is its id.
    # The interview screen connects here.
    household_activated = Signal(str)

    def __init__(self, settings: opts.Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.workspace: Workspace | None = None
        # Why the open data folder cannot be used, shown instead of the list (None: it can).
        self.workspace_problem: str | None = None
        # The first site of a workspace with no households yet (path code, id, name; "" without
        # one), for the hint saying how to import a census list; None when it has households.
        self._empty_site: tuple[str, str, str] | None = None

        self.navigator = AreaNavigator()
        self.list_panel = CensusListPanel()
        self.navigator.area_chosen.connect(self.list_panel.set_area)
        self.list_panel.add_button.clicked.connect(self.add_household)
        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.list_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])

        self.welcome = QLabel(objectName="welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setMargin(40)
        self.choose_folder = QPushButton(objectName="chooseDataFolder")
        self.choose_folder.clicked.connect(self.open_settings)
        self.start_survey = QPushButton(objectName="startNewSurvey")
        self.start_survey.clicked.connect(self.new_workspace)
        first_run = QWidget()
        first_run_layout = QVBoxLayout(first_run)
        first_run_layout.addStretch(1)
        first_run_layout.addWidget(self.welcome)
        first_run_layout.addWidget(self.choose_folder, 0, Qt.AlignmentFlag.AlignHCenter)
        first_run_layout.addWidget(self.start_survey, 0, Qt.AlignmentFlag.AlignHCenter)
        first_run_layout.addStretch(1)
        self.first_run = first_run
        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.list_panel.table.activated.connect(self._row_activated)

        self.sync_panel = SyncPanel(self)
        self.sync_panel.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sync_panel)
        self.sync_panel.synced.connect(self._synced)
        self.sync_panel.sign_in_requested.connect(self.open_sign_in)
        self._close_after_sync = False

        self._build_menus()
        self.status_label = QLabel(objectName="statusText")
        self.statusBar().addWidget(self.status_label, 1)
        ops.task_manager().changed.connect(self._data_changed)
        self.retranslate()
        self._restore_layout()
        attach_interview(self)  # a household activated in the list opens its interview

    # -- menus -------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_workspace_action = QAction(self, objectName="newWorkspaceAction")
        self.new_workspace_action.triggered.connect(self.new_workspace)
        self.file_menu.addAction(self.new_workspace_action)
        self.settings_action = QAction(self, objectName="settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self, objectName="quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_actions = BackupActions(self)
        from app.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.backup_actions.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        # A visit that ended at the door: in the Household menu and the list's context menu.
        self.household_menu = self.menuBar().addMenu("")
        self.not_found_action = QAction(self, objectName="markNotFoundAction")
        self.not_found_action.setShortcut(QKeySequence(NOT_FOUND_KEYS))
        self.not_found_action.triggered.connect(lambda: self.mark_visit(lifecycle.NOT_FOUND))
        self.refused_action = QAction(self, objectName="markRefusedAction")
        self.refused_action.setShortcut(QKeySequence(REFUSED_KEYS))
        self.refused_action.triggered.connect(lambda: self.mark_visit(lifecycle.REFUSED))
        self.household_menu.addActions([self.not_found_action, self.refused_action])
        table = self.list_panel.table
        table.addActions([self.not_found_action, self.refused_action])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # A supervisor's figures, charts, map and files, in a window of their own.
        self.reports_menu = self.menuBar().addMenu("")
        self.reports_action = QAction(self, objectName="reportsAction")
        self.reports_action.setShortcut(QKeySequence(REPORTS_KEYS))
        self.reports_action.triggered.connect(self.open_reports)
        self.reports_menu.addAction(self.reports_action)
        self.sync_menu = self.menuBar().addMenu("")
        self.sign_in_action = QAction(self, objectName="signInAction")
        self.sign_in_action.triggered.connect(self.open_sign_in)
        self.sync_panel_action = QAction(self, objectName="syncPanelAction")
        self.sync_panel_action.setShortcut(QKeySequence(SYNC_PANEL_KEYS))
        self.sync_panel_action.triggered.connect(self.show_sync_panel)
        self.sync_now_action = QAction(self, objectName="syncNowAction")
        self.sync_now_action.triggered.connect(self.sync_now)
        self.sync_menu.addActions(
            [self.sign_in_action, self.sync_panel_action, self.sync_now_action]
        )
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tinjau — household census"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_workspace_action.setText(self.tr("&New workspace…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.backup_actions.retranslate()
        self.language_menu.setTitle(self.tr("&Language"))
        self.household_menu.setTitle(self.tr("H&ousehold"))
        self.not_found_action.setText(self.tr("Mark &not found…"))
        self.refused_action.setText(self.tr("Mark &refused…"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.reports_action.setText(self.tr("&Coverage and poverty…"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.sign_in_action.setText(self.tr("Sign &in to server…"))
        self.sync_panel_action.setText(self.tr("Sync &panel"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Tinjau…"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
        self.choose_folder.setText(self.tr("Choose the data folder…"))
        self.start_survey.setText(self.tr("Start a new survey…"))
        self.welcome.setText(
            self.workspace_problem
            or self.tr(
                "No data folder is open yet.\n\nChoose your data folder in File > Settings, or "
                "start Tinjau with: tinjau gui --data-dir FOLDER\n\nTo start your own survey, "
                "make a new workspace for your country and area."
            )
        )
        self._show_empty_hint()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self) -> None:
        name = self.settings.get(opts.ENUMERATOR_NAME)
        parts = []
        if self.workspace is not None:
            folder = i18n.isolate_ltr(str(self.workspace.data_dir))
            parts.append(self.tr("Data folder: %1").replace("%1", folder))
            if self.workspace.read_only:
                parts.append(self.tr("Read-only: you can look, but changes cannot be saved"))
        if name:
            parts.append(self.tr("Enumerator: %1").replace("%1", i18n.isolate(name)))
        self.status_label.setText("   ·   ".join(parts))

    # -- workspace -----------------------------------------------------------------------------

    def open_workspace(self, data_dir: str | Path | Workspace) -> None:
        """Show the households of the data folder `data_dir` (the list fills in the background).
        An encrypted one is unlocked first (app.ui.unlock); cancelled, nothing changes."""
        if not isinstance(data_dir, Workspace):
            from app.paths import database_path
            from app.ui.unlock import ensure_unlocked

            if not ensure_unlocked(database_path(data_dir), self):
                return
        workspace = data_dir if isinstance(data_dir, Workspace) else Workspace.open(data_dir)
        view = getattr(self, "interview_view", None)
        if view is not None:
            view.leave()  # before the switch: its last save is queued on the old folder
        self.list_panel.model.close()
        reports = getattr(self, "reports_window", None)
        if reports is not None and is_alive(reports):
            reports.close()  # its figures are the old folder's; it opens again on the new one
        ops.set_workspace(workspace)
        self.workspace = workspace
        self.workspace_problem = None
        self.list_panel.model.open(workspace.db_path)
        self.pages.setCurrentWidget(self.splitter)
        self.sync_panel.set_workspace(workspace)
        # The list first: ops run in order, and the list is what makes the window usable.
        self.list_panel.apply_filters()
        self.navigator.load()
        # Then the verdict of the database's damage check (it runs beside the list query): a
        # folder that cannot be used (damaged, newer, unreadable) shows why instead of a list.
        ops.QueryOp(parent=self, op=lambda ctx: ctx.db.wait_until_checked()).failure(
            self._show_workspace_problem
        ).run_in_background()
        self._load_status_names()
        self._check_empty()
        self._show_status()
        self.backup_actions.daily()  # last: the list comes first on the database thread

    def _check_empty(self) -> None:
        """Ask (on the database thread) whether the workspace has households yet."""
        self._empty_site = None
        self.list_panel.empty_hint.hide()
        ops.QueryOp(parent=self, op=_empty_workspace_site).success(self._empty_checked).failure(
            lambda _error: None
        ).run_in_background()  # a damaged file says so elsewhere

    def _empty_checked(self, site: tuple[str, str, str] | None) -> None:
        self._empty_site = site
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        site = self._empty_site
        hint = self.list_panel.empty_hint
        if site is None or self.workspace is None:
            hint.hide()
            return
        folder = i18n.isolate_ltr(str(self.workspace.data_dir))
        where = i18n.isolate_ltr(site[0] or "STATE/DISTRICT/WARD/SITE")
        hint.setText(
            self.tr(
                "This workspace has no households yet. Import your census list (the columns "
                "are in docs/census.md; `tinjau census template` writes an empty one):\n"
                "tinjau census import LIST.xlsx --data-dir %1 --site %2\n"
                "Its households then appear here, each with its head of household as the first "
                "member of the interview."
            )
            .replace("%1", folder)
            .replace("%2", where)
            + "\n"
            + self.tr(
                "Or press Add household for each family, typing its unit with the block, for "
                "example A-01-01."
            )
        )
        hint.show()

    def new_workspace(self) -> QDialog:
        """Open File > New workspace (not blocking); the window opens the workspace it makes
        and remembers it as the data folder."""
        from app.ui.new_workspace_dialog import NewWorkspaceDialog

        dialog = NewWorkspaceDialog(self.settings, self)
        dialog.created.connect(self._workspace_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _workspace_created(self, folder: str) -> None:
        self.settings.set(opts.DATA_DIR, folder)
        self.settings.sync()
        self.open_workspace(folder)
        self._show_status()

    def _show_workspace_problem(self, error: BaseException) -> None:
        """The data folder cannot be used (damaged, newer, unreadable): say why in the window,
        where the list would be, instead of an empty list."""
        self.workspace_problem = ops.error_message(error)
        self._empty_site = None
        # Let go of the file (no rows of it are shown): its -wal and -shm go away with the
        # last connection, and the folder is as it was while the reason is on screen.
        self.list_panel.model.close()
        ops.set_workspace(None)
        self.workspace = None
        self.sync_panel.set_workspace(None)
        self.pages.setCurrentWidget(self.first_run)
        self.retranslate()

    def _load_status_names(self) -> None:
        """The poverty status names of the workspace's standards, for the list."""
        ops.QueryOp(
            parent=self,
            op=lambda ctx: poverty_status_names(ctx.db),
            success=self._show_status_names,
        ).failure(self._status_names_unavailable).run_in_background()

    def _status_names_unavailable(self, error: BaseException) -> None:
        # A folder that cannot be read says why through its damage check; the list then shows
        # the status codes' built-in names.
        log.warning("The poverty status names could not be read (%s)", type(error).__name__)

    def _show_status_names(self, names: dict[str, dict[str, str]]) -> None:
        set_poverty_status_names(names)
        self.list_panel.model.retranslate()

    def _data_changed(self, _source: object, kinds: frozenset[str]) -> None:
        if self.workspace is not None and "households" in kinds:
            self.list_panel.model.data_changed()
            if self.sync_panel.isVisible():
                self.sync_panel.refresh()  # a completed interview waits to be sent
            self.navigator.load()
            if self._empty_site is not None:
                self._check_empty()

    def add_household(self) -> AddHouseholdDialog | None:
        """Open the "Add household" dialog (not blocking); the list refreshes when it saves."""
        if self.workspace is None:
            return None
        if self.workspace.read_only:
            ops.show_error(self, str(read_only(self.workspace.db_path)))
            return None
        blocks = [
            (block.id or "", f"{site.label} · {block.label}")
            for site in self.navigator.nodes()
            for block in site.children
        ]
        if not blocks and self._empty_site and self._empty_site[1]:
            # A new workspace: its site has no blocks yet; the unit code names the block.
            blocks = [(self._empty_site[1], self._empty_site[2])]
        dialog = AddHouseholdDialog(self.settings, blocks, self.list_panel.area.block_id, self)
        dialog.added.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Household added."), 5000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def mark_visit(self, status: str) -> VisitOutcomeDialog | None:
        """Open "Mark not found…" / "Mark refused…" for the household selected in the list
        (not blocking); a move the visit cannot make is refused before the dialog opens."""
        if self.workspace is None or self.pages.currentWidget() is not self.splitter:
            return None
        index = self.list_panel.table.currentIndex()
        row = self.list_panel.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            ops.show_error(self, self.tr("Choose a household in the list first."))
            return None
        if self.workspace.read_only:
            ops.show_error(self, str(read_only(self.workspace.db_path)))
            return None
        if row.visit_status != status and status not in lifecycle.VISIT_MOVES.get(
            row.visit_status, frozenset()
        ):
            from app.ui.messages import domain_text

            refusal = DomainError(
                "visit.move_refused",
                current=row.visit_status,
                wanted=status,
            )
            ops.show_error(self, domain_text(refusal))
            return None
        dialog = VisitOutcomeDialog(
            self.settings, household_id=row.id, unit=row.unit, status=status, parent=self
        )
        dialog.marked.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Visit marked."), 5000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _row_activated(self, index: QModelIndex) -> None:
        household_id = index.data(HouseholdTableModel.ID_ROLE)
        if household_id:
            self.household_activated.emit(household_id)

    def open_reports(self) -> Any:
        """Open the Reports window (one per main window) for the open data folder."""
        from app.ui.reports.window import ReportsWindow

        existing = getattr(self, "reports_window", None)
        if existing is not None and is_alive(existing):
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        if self.workspace is None:
            ops.show_error(
                self, self.tr("No data folder is open. Choose one in Settings and try again.")
            )
            return None
        window = ReportsWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.household_chosen.connect(self.household_activated)
        self.reports_window = window
        window.show()
        window.load()
        return window

    def switch_language(self, code: str) -> None:
        """Change the interface language now and remember it."""
        i18n.set_language(code)
        self.settings.set(opts.LANGUAGE, code)

    def open_settings(self) -> SettingsDialog:
        """Open the Settings dialog (window-modal, not blocking); applies what changed on OK."""
        dialog = SettingsDialog(self.settings, self)
        before = (self.settings.get(opts.LANGUAGE), self.settings.get(opts.DATA_DIR))
        dialog.accepted.connect(lambda: self._settings_saved(*before, dialog.chosen_standard()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _settings_saved(self, old_language: str, old_folder: str, standard: str | None) -> None:
        language = self.settings.get(opts.LANGUAGE)
        if language != old_language:
            i18n.set_language(language)
        folder = self.settings.get(opts.DATA_DIR)
        if folder and folder != old_folder:
            try:
                self.open_workspace(folder)
            except TinjauError as error:
                ops.show_error(self, str(error))
        elif standard is not None and self.workspace is not None:
            self.use_standard(standard)
        self._show_status()

    def use_standard(self, standard_id: str) -> None:
        """Score the workspace's households under `standard_id` from now on: its interviews are
        scored again in the background (with progress), then the list and an open interview
        show the new statuses. Answers the standard cannot read refuse it, changing nothing."""
        from app.survey.scoring.workspace import use_standard

        language = i18n.current_language()

        def change(ctx: ops.OpContext) -> tuple[Any, dict[str, dict[str, str]]]:
            with ctx.db.write() as conn:
                standard, _report = use_standard(conn, standard_id, language, ctx.progress)
            return standard, poverty_status_names(ctx.db)

        ops.CollectionOp(parent=self, op=change, success=self._standard_changed).with_progress(
            self.tr("Scoring the interviews again under the new poverty standard…")
        ).run_in_background()

    def _standard_changed(self, changed: tuple[Any, dict[str, dict[str, str]]]) -> None:
        standard, names = changed
        self._show_status_names(names)
        view = getattr(self, "interview_view", None)
        if view is not None:
            view.use_standard(standard)

    def show_about(self) -> None:
        """Help > About: the versions of the app, the household form and each standard (read
        on the database thread; the box opens when they are)."""
        from app.versions import collect

        ops.QueryOp(parent=self, op=lambda _ctx: collect(), success=self._about).run_in_background()

    def _about(self, versions: Any) -> QMessageBox:
        lines = [
            self.tr("Tinjau %1").replace("%1", versions.app),
            self.tr("Offline household poverty surveys."),
            "",
            self.tr("Household form: %1, version %2")
            .replace("%1", i18n.isolate_ltr(versions.form_id))
            .replace("%2", i18n.isolate_ltr(versions.form_version)),
            self.tr("Poverty standards:"),
            *(
                "  " + i18n.isolate_ltr(f"{standard_id} {version}")
                for standard_id, version in versions.standards
            ),
        ]
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About Tinjau"))
        box.setText("\n".join(lines))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    # -- layout kept between runs --------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_state("main", "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self.settings.window_state("main", "state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_state("main", "splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.window_state("main", "listHeader")
        if header is not None:
            self.list_panel.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        self.settings.save_window_state(
            "main",
            geometry=self.saveGeometry(),
            state=self.saveState(),
            splitter=self.splitter.saveState(),
            listHeader=self.list_panel.table.horizontalHeader().saveState(),
        )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.sync_panel.is_syncing():
            # Stop between two batches, then close: a batch on its way is acknowledged (or sent
            # again next time), never cut in the middle of storing its receipt.
            self._close_after_sync = True
            self.sync_panel.cancel()
            self.statusBar().showMessage(
                self.tr("Stopping the sync after the batch being sent, then closing…")
            )
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)

    # -- sync --------------------------------------------------------------------------------

    def open_sign_in(self) -> QDialog | None:
        """Open Sync > Sign in to server (not blocking); needs an open data folder."""
        from app.ui.sign_in_dialog import SignInDialog

        if self.workspace is None:
            ops.show_error(self, self.tr("Open a data folder first: signing in is per folder."))
            return None
        dialog = SignInDialog(self.settings, self.workspace, self)
        dialog.changed.connect(lambda _who: self.sync_panel.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_sync_panel(self) -> None:
        """Show the sync panel (Ctrl+Shift+S) with the keyboard on "Sync now"."""
        self.sync_panel.show()
        self.sync_panel.raise_()
        self.sync_panel.refresh()
        self.sync_panel.sync_button.setFocus()

    def sync_now(self) -> None:
        self.show_sync_panel()
        self.sync_panel.sync_now()

    def _synced(self, _report: object) -> None:
        if self._close_after_sync:
            self.close()
            return
        if self.workspace is not None:
            # Conflicts (and, with receiving, returned interviews) change what the list shows.
            self.list_panel.model.data_changed()
            self.navigator.load()


def _empty_workspace_site(ctx: ops.OpContext) -> tuple[str, str, str] | None:
    from app.survey.records.queries import empty_workspace_site

    with ctx.db.read() as conn:
        return empty_workspace_site(conn.connection.driver_connection)
