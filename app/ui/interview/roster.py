"""The members of the household (any repeat) as a grid, with add / edit / remove.

`RosterModel` reads the session directly: a row per repeat instance, a column per summary
question. The view tells it what changed from the session's ChangeSet; it never keeps its own
copy of the answers.

The form declares the grid: the questions of a repeat whose `appearance` holds the word
`roster` are its columns, in the form's order (the household form marks name, relationship, sex
and age). While the interview can be changed, such a grid is typed across like a spreadsheet
(CSEntry's roster): a text or number cell takes the keys typed on it, a choice cell takes the
number of a choice or its first letters, Enter goes along the row and on to a new one, and
Enter on the empty first cell of that new row ends the grid. What is typed goes to the view's
`answer` (the same way as an answer typed on a page); the model never writes the session
itself. A repeat that declares no column is a table of its first four short questions, not
typed in: Enter opens an instance's page, Insert adds one on its own page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.survey.forms import FormSession
from app.survey.forms.model import pick_label
from app.ui.interview.widgets import ChoiceKeys
from app.ui.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractTableModel,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
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
# The appearance word that makes a question of a repeat a column of its typed grid.
ROSTER_APPEARANCE = "roster"
SUMMARY_TYPES = {"text", "integer", "decimal", "select_one", "date"}
TYPED_TYPES = {"text", "integer", "decimal"}  # cells typed in; a choice cell takes its keys
Answer = Callable[[str, tuple[int, ...], Any], None]


def declared_columns(session: FormSession, repeat: str) -> list[str]:
    """The questions of `repeat` the form asks in its grid (appearance `roster`), in order."""
    questions = session.definition.questions
    return [
        n
        for n in _descendants(session, repeat)
        if ROSTER_APPEARANCE in questions[n].appearance.split()
        and questions[n].type in SUMMARY_TYPES
    ]


def summary_columns(session: FormSession, repeat: str) -> list[str]:
    """The questions shown as columns for `repeat`: the declared ones, or its first four."""
    declared = declared_columns(session, repeat)
    if declared:
        return declared
    questions = session.definition.questions
    names = [n for n in _descendants(session, repeat) if questions[n].type in SUMMARY_TYPES]
    return names[:4]


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
        self.typed = bool(declared_columns(session, repeat))  # the form declares a grid
        self._rows = session.repeat_size(repeat, outer)
        self.answer: Answer | None = None  # set by the view while the answers can change

    def question(self, column: int) -> Any:
        return self.session.definition.questions[self.columns[column]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            self.answer is not None
            and index.isValid()
            and self.question(index.column()).type in TYPED_TYPES
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.answer is None or not index.isValid():
            return False
        self.answer(self.columns[index.column()], (*self.outer, index.row()), value)
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)
        if role not in roles:
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


class GridView(QTableView):
    """The table of the roster: Enter in a cell being typed keeps it and goes on (`committed`);
    Tab in one keeps it and leaves the table, which never walks its cells by Tab."""

    committed = Signal()

    def keep_typed(self) -> None:
        """The cell being typed keeps what is in it and closes (before the rows change)."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(  # noqa: N802 - Qt's name
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hints.NoHint)
            QWidget.focusNextPrevChild(self, hint == hints.EditNextItem)
            return
        super().closeEditor(editor, hint)
        if hint == hints.SubmitModelCache:
            self.committed.emit()


class _GridChoices(ChoiceKeys):
    """The letters and numbers that pick a choice in a grid cell, as on a page."""


class RosterPanel(QWidget):
    """The table with Add / Edit / Remove. From the keyboard: Insert starts a new row of the
    grid, Enter goes along the row (Ctrl+Enter, or a double-click, opens the member's page),
    Delete asks to remove the row; Tab leaves the table (it does not walk its cells), and a
    line under it says so. A read-only table: Enter opens the row."""

    add_requested = Signal()  # the Add button: a new member, on its own page
    row_requested = Signal()  # Insert, or Enter after the last cell: a new row in the grid
    grid_done = Signal(int)  # Enter on the empty first cell of the last row (the row given)
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, model: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"roster_{model.repeat}")
        self.model = model
        self.choices = _GridChoices()
        self.table = GridView(objectName="rosterTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Each column as wide as its title and answers; the first (the name) takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda index: self.edit_requested.emit(index.row()))
        self.table.committed.connect(self.advance)
        self.error = QLabel(objectName="gridError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
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
        for keys, slot in (("Insert", self._insert), ("Delete", self._remove_current)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        model.modelReset.connect(self._update_buttons)
        model.dataChanged.connect(self.refresh_error)
        model.modelReset.connect(self.refresh_error)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._message: str | None = None  # a cell typed that is no answer ("4x" for an age)
        self.set_editable(model.answer is not None)
        self._update_buttons()

    @property
    def grid(self) -> bool:
        """The cells take what is typed (the interview can be changed)."""
        return self.model.answer is not None

    def tab_stops(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.remove_button]

    def select_row(self, row: int, column: int = 0) -> None:
        """Make `row` (kept within the table) the current one, at `column`."""
        rows = self.model.rowCount()
        if rows:
            cell = self.model.index(max(0, min(row, rows - 1)), column)
            self.table.setCurrentIndex(cell)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Reaching the table by Tab makes a row current, so Enter and Delete have one to act on.
        if event.type() == QEvent.Type.FocusIn and self.current_row() < 0:
            self.select_row(0)
        if event.type() == QEvent.Type.KeyPress and watched is self.table and self.grid:
            assert isinstance(event, QKeyEvent)
            return self._grid_key(event)
        return False

    def _grid_key(self, event: QKeyEvent) -> bool:
        if self.table.state() == QAbstractItemView.State.EditingState:
            # A key the cell being typed did not take (Enter: its delegate keeps the text and
            # then tells `committed`); not a second move.
            return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        cell = self.table.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._edit_current()
            else:
                self.advance()
            return True
        if not cell.isValid():
            return False
        question = self.model.question(cell.column())
        if question.type != "select_one":
            return False  # a typed cell: the key starts typing in it
        choices = self.model.session.choices(question.name, (*self.model.outer, cell.row()))
        if not choices:
            return False
        labels = [
            pick_label(c.labels, self.model.session.language,
                       self.model.session.definition.default_language) or c.name
            for c in choices
        ]  # fmt: skip
        current = self.model.session.value(question.name, (*self.model.outer, cell.row()))
        names = [c.name for c in choices]
        number = self.choices.choice_digit(len(names), event)
        if number is not None:
            found: int | None = number - 1
        else:
            found = self.choices.search(labels, names.index(current) if current in names else -1,
                                        event)  # fmt: skip
            if found is None:
                return False
        if found is not None and 0 <= found < len(names) and self.model.answer is not None:
            self.model.answer(question.name, (*self.model.outer, cell.row()), names[found])
        return True

    def advance(self) -> None:
        """Enter in the grid: on to the next cell of the row, then the next row (a new one
        after the last). A cell whose answer breaks a rule keeps the cursor, the rule said
        under the table; Enter on the empty first cell of a new last row ends the grid."""
        cell = self.table.currentIndex()
        if not cell.isValid():
            self._insert()
            return
        row, column = cell.row(), cell.column()
        self.refresh_error()
        if self._cell_error(row, column) is not None:
            return
        last_row = row == self.model.rowCount() - 1
        if column == 0 and last_row and row > 0 and self._row_empty(row):
            self.grid_done.emit(row)
        elif column < self.model.columnCount() - 1:
            self.select_row(row, column + 1)
        elif not last_row:
            self.select_row(row + 1, 0)
        else:
            self.row_requested.emit()

    def _row_empty(self, row: int) -> bool:
        index = (*self.model.outer, row)
        return all(self.model.session.value(name, index) is None for name in self.model.columns)

    def _cell_error(self, row: int, column: int) -> str | None:
        session = self.model.session
        index = (*self.model.outer, row)
        name = self.model.columns[column]
        if session.node(name, index).error in (None, "required"):
            return None
        return session.error(name, index)

    def say(self, message: str | None) -> None:
        """A message for the cell just typed (what it must be), or None to clear it."""
        self._message = message
        self.refresh_error()

    def refresh_error(self, *_args: object) -> None:
        """Under the table: what is wrong in the current row, if anything."""
        row = self.current_row()
        message = self._message
        if message is None and 0 <= row < self.model.rowCount():
            found = (self._cell_error(row, c) for c in range(self.model.columnCount()))
            message = next((m for m in found if m), None)
        if self.error.text() != (message or ""):
            self.error.setText(message or "")
        if self.error.isHidden() == bool(message):
            self.error.setVisible(bool(message))

    def current_row(self) -> int:
        cell = self.table.currentIndex()
        return cell.row() if cell.isValid() else -1

    def _insert(self) -> None:
        self.table.keep_typed()
        if self.grid:
            self.row_requested.emit()
        else:
            self.add_requested.emit()

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
        self._message = None
        self.refresh_error()

    def set_editable(self, editable: bool) -> None:
        if not editable:
            self.model.answer = None
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.AnyKeyPressed | triggers.EditKeyPressed
            if editable and self.grid
            else triggers.NoEditTriggers
        )

    def retranslate(self, labels: dict[str, str]) -> None:
        self.keys.setText(labels["keys"])
        self.add_button.setText(labels["add"])
        self.edit_button.setText(labels["edit"])
        self.remove_button.setText(labels["remove"])
        self.model.retranslate()
