"""The members of the household (any repeat) as a table, with add / edit / remove.

`RosterModel` reads the session directly: a row per repeat instance, a column per summary
question (for members: name, relationship, sex, age). The view tells it what changed from the
session's ChangeSet; it never keeps its own copy of the answers.
"""

from __future__ import annotations

from typing import Any

from app.survey.forms import FormSession
from app.survey.forms.model import pick_label
from app.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
# The columns a household roster shows when the repeat has these questions.
MEMBER_COLUMNS = ("name", "relationship", "sex", "age")
SUMMARY_TYPES = {"text", "integer", "decimal", "select_one", "date"}


def summary_columns(session: FormSession, repeat: str) -> list[str]:
    """The questions shown as columns for `repeat`: the member columns, or its first four."""
    questions = session.definition.questions
    names = [n for n in _descendants(session, repeat) if questions[n].type in SUMMARY_TYPES]
    preferred = [n for n in MEMBER_COLUMNS if n in names]
    return preferred if len(preferred) >= 2 else names[:4]


def _descendants(session: FormSession, name: str) -> list[str]:
    out = []
    for child in session.definition.questions[name].children:
        question = session.definition.questions[child]
        if question.type == "group":
            out.extend(_descendants(session, child))
        elif question.type != "repeat":
            out.append(child)
    return out


class RosterModel(QAbstractTableModel):
    """Rows: instances of `repeat` (inside the instances `outer`); columns: summary questions."""

    def __init__(
        self, session: FormSession, repeat: str, outer: tuple[int, ...] = (), parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.repeat = repeat
        self.outer = outer
        self.columns = summary_columns(session, repeat)
        self._rows = session.repeat_size(repeat, outer)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = self.columns[index.column()]
        value = self.session.value(name, (*self.outer, index.row()))
        if value is None:
            return ""
        question = self.session.definition.questions[name]
        if question.is_select:
            for choice in self.session.definition.choices(question):
                if choice.name == value:
                    return pick_label(
                        choice.labels,
                        self.session.language,
                        self.session.definition.default_language,
                    )
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < self._rows else None
        if not 0 <= section < len(self.columns):
            return None
        # Asked of the session, not _rows: a view reads headers during a reset too.
        return (
            self.session.label(self.columns[section], (*self.outer, 0))
            if self.session.repeat_size(self.repeat, self.outer)
            else (
                pick_label(
                    self.session.definition.questions[self.columns[section]].labels,
                    self.session.language,
                    self.session.definition.default_language,
                )
            )
        )

    # -- told by the view ------------------------------------------------------------------------

    def reload(self) -> None:
        """Instances were added, removed or moved."""
        self.beginResetModel()
        self._rows = self.session.repeat_size(self.repeat, self.outer)
        self.endResetModel()

    def value_changed(self, name: str, index: tuple[int, ...]) -> None:
        if name in self.columns and index[:-1] == self.outer and 0 <= index[-1] < self._rows:
            column = self.columns.index(name)
            cell = self.index(index[-1], column)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, len(self.columns) - 1)
            )


class RosterPanel(QWidget):
    """The table with Add / Edit / Remove. From the keyboard: Insert adds, Enter (or a
    double-click) opens the row, Delete asks to remove it; Tab leaves the table (it does not
    walk its cells), and a line under it says so."""

    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, model: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"roster_{model.repeat}")
        self.model = model
        self.table = QTableView(objectName="rosterTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda index: self.edit_requested.emit(index.row()))
        self.add_button = QPushButton(objectName="addMember")
        self.edit_button = QPushButton(objectName="editMember")
        self.remove_button = QPushButton(objectName="removeMember")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(True)  # Enter presses it, as Space does
        self.keys = QLabel(objectName="rosterKeys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #5f6368;")
        for keys, slot in (("Insert", self.add_requested.emit), ("Delete", self._remove_current)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def tab_stops(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.remove_button]

    def select_row(self, row: int) -> None:
        """Make `row` (kept within the table) the current, selected one."""
        rows = self.model.rowCount()
        if rows:
            self.table.selectRow(max(0, min(row, rows - 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Reaching the table by Tab selects a row, so Enter and Delete have one to act on.
        if event.type() == QEvent.Type.FocusIn and self.current_row() < 0:
            self.select_row(0)
        return False

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _edit_current(self) -> None:
        if self.current_row() >= 0:
            self.edit_requested.emit(self.current_row())

    def _remove_current(self) -> None:
        if self.current_row() >= 0:
            self.remove_requested.emit(self.current_row())

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current_row() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    def retranslate(self, labels: dict[str, str]) -> None:
        self.keys.setText(labels["keys"])
        self.add_button.setText(labels["add"])
        self.edit_button.setText(labels["edit"])
        self.remove_button.setText(labels["remove"])
        self.model.retranslate()
