"""The census list model: 100,000 households that scroll, sort and filter without blocking.

The model keeps only the ordered keys (`seq`) of the households that match the current
`ListQuery`; that list is computed on the database thread by a `QueryOp`, and swapped in with a
model reset when it arrives. Rows are read a page at a time, by primary key, on first display
(one indexed read of `PAGE_SIZE` rows, about a millisecond) and kept in a bounded cache, so
`rowCount` is exact from the start and the scroll bar is honest.

A newer query always wins: results of an older one that arrive late are dropped.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.survey.db import cipher
from app.survey.records import lifecycle
from app.survey.records.queries import (
    COLUMNS,
    HouseholdRow,
    ListIndex,
    ListQuery,
    fetch_rows,
    household_seqs,
    open_reader,
)
from app.ui import i18n, ops
from app.ui.qt import (
    QAbstractTableModel,
    QApplication,
    QColor,
    QCoreApplication,
    QIcon,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStyle,
    Qt,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_CACHED_PAGES = 50

Index = QModelIndex | QPersistentModelIndex


# Text colours that draw the eye to what needs doing (dark enough to read on white and on the
# alternate row colour); the words themselves carry the meaning, for colour-blind readers too.
STATUS_COLOURS = {
    lifecycle.RETURNED: "#b00020",
    lifecycle.IN_PROGRESS: "#8a5a00",
    lifecycle.APPROVED: "#1b6e20",
    lifecycle.NOT_FOUND: "#5f6368",
    lifecycle.REFUSED: "#5f6368",
}
CONFLICT_COLOUR = "#b00020"
POVERTY_COLOURS = {
    **dict.fromkeys(("hardcore_poor", "miskin_tegar", "severe"), "#b00020"),
    **dict.fromkeys(("poor", "miskin", "poor_1", "poor_2", "poor_3"), "#8a5a00"),
}
_attention: QIcon | None = None


def attention_icon() -> QIcon:
    """The style's warning sign, beside households that need the worker's attention."""
    global _attention
    if _attention is None:
        style = QApplication.style()
        _attention = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _attention


# Status code -> name per language, read from the poverty standards (see poverty_status_names).
_status_names: dict[str, dict[str, str]] = {}


def set_poverty_status_names(names: dict[str, dict[str, str]]) -> None:
    """Use the standards' own names for poverty statuses (they carry all four languages)."""
    _status_names.clear()
    _status_names.update(names)


def poverty_status_names(db: Any) -> dict[str, dict[str, str]]:
    """Status code -> {language: name} from the workspace's standards (shipped and installed);
    where two standards use the same code, the names of the one the workspace scores under
    win. Reads the database and TOML files: run it on the database thread."""
    from app.survey.scoring.explain import text
    from app.survey.scoring.model import INSUFFICIENT_DATA, LANGUAGES
    from app.survey.scoring.workspace import chosen_standard_id, workspace_standards

    db.wait_until_checked()  # a damaged file is never read (the window says why instead)
    with db.read() as conn:
        chosen = chosen_standard_id(conn)
        standards = sorted(workspace_standards(conn), key=lambda standard: standard.id == chosen)
    names = {status.code: dict(status.names) for st in standards for status in st.statuses}
    # Built into scoring, not declared by any standard: "Not enough data" in every language.
    names[INSUFFICIENT_DATA] = {lang: text(lang)["insufficient"] for lang in LANGUAGES}
    return names


def visit_status_label(status: str) -> str:
    """The visit status as the user reads it, in the current language."""
    labels = {
        lifecycle.NOT_VISITED: QCoreApplication.translate("HouseholdStatus", "Not visited"),
        lifecycle.IN_PROGRESS: QCoreApplication.translate("HouseholdStatus", "In progress"),
        lifecycle.COMPLETE: QCoreApplication.translate("HouseholdStatus", "Complete"),
        lifecycle.SYNCED: QCoreApplication.translate("HouseholdStatus", "Synced"),
        lifecycle.RETURNED: QCoreApplication.translate(
            "HouseholdStatus", "Returned for correction"
        ),
        lifecycle.APPROVED: QCoreApplication.translate("HouseholdStatus", "Approved"),
        lifecycle.NOT_FOUND: QCoreApplication.translate("HouseholdStatus", "Not found"),
        lifecycle.REFUSED: QCoreApplication.translate("HouseholdStatus", "Refused"),
    }
    return labels.get(status, status)


def poverty_status_label(status: str | None) -> str:
    """The poverty status as the user reads it; unknown codes are shown as they are."""
    if not status:
        return QCoreApplication.translate("PovertyStatus", "Not scored")
    names = _status_names.get(status)
    if names:
        language = i18n.current_language()
        return names.get(language) or names.get("en") or next(iter(names.values()))
    labels = {
        "hardcore_poor": QCoreApplication.translate("PovertyStatus", "Hardcore poor"),
        "poor": QCoreApplication.translate("PovertyStatus", "Poor"),
        "near_poor": QCoreApplication.translate("PovertyStatus", "Near poor"),
        "not_poor": QCoreApplication.translate("PovertyStatus", "Not poor"),
    }
    return labels.get(status, status.replace("_", " "))


# Day, month name, four-digit year and a 24-hour time: one order every language reads without
# doubt (a locale's short format is 1/31/26 in English and 31/1/26 elsewhere), with the month
# name and digits of the interface language (Persian digits in Persian).
CHANGED_FORMAT = "d MMM yyyy HH:mm"


def changed_label(stamp: str) -> str:
    """A stored UTC timestamp as a local date and time in the interface language."""
    if not stamp:
        return ""
    try:
        # Stored as fixed-width UTC text (app.survey.db.types); parsed here without SQLAlchemy.
        when = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return stamp
    return QLocale().toString(when, CHANGED_FORMAT)


class HouseholdTableModel(QAbstractTableModel):
    """The households of the current query, as a table; see the module docstring."""

    # Emitted after a query's result is in the model (the argument is the row count).
    loaded = Signal(int)

    SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = parent
        self._seqs: list[int] = []
        self._pages: OrderedDict[int, dict[int, HouseholdRow]] = OrderedDict()
        self._db_path: Path | None = None
        self._reader: cipher.Connection | None = None
        self._generation = 0
        self._in_flight = False
        self._data_changed = False
        # Lives with the model, used only inside its ops (on the database thread).
        self._index = ListIndex()
        self._index_cold = True
        self.query = ListQuery()
        self.loading = False

    # -- the workspace -------------------------------------------------------------------------

    def open(self, db_path: Path) -> None:
        """List the households of the database at `db_path`."""
        self.close()
        self._db_path = db_path

    def close(self) -> None:
        self._generation += 1  # whatever is in flight belongs to the old workspace
        self._index = ListIndex()
        self._index_cold = True
        self._db_path = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.beginResetModel()
        self._seqs, self._pages = [], OrderedDict()
        self.endResetModel()

    # -- queries -------------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show the households matching `query`; the list changes when the result arrives."""
        self.query = query
        self.refresh()

    def data_changed(self) -> None:
        """The households changed (a write): forget the cached sort orders and query again."""
        self._data_changed = True
        self._index_cold = True
        self.refresh()

    def refresh(self) -> None:
        """Run the current query again.

        At most one query is on the database thread at a time: asked again while one runs (a
        fast typist), the model waits for it, drops its now-stale result and runs the newest.
        """
        self._generation += 1
        if self._db_path is None:
            return  # no workspace open: nothing to list (open() is followed by a query)
        self.loading = True
        if self._in_flight:
            return
        self._in_flight = True
        generation = self._generation
        query = self.query
        index = self._index
        stale_index, self._data_changed = self._data_changed, False

        def op(ctx: ops.OpContext) -> list[int]:
            if stale_index:
                index.clear()
            with ctx.db.read() as conn:
                return household_seqs(conn.connection.driver_connection, query, index)

        def done(seqs: list[int]) -> None:
            self._in_flight = False
            if generation != self._generation:
                self.refresh()  # the query changed meanwhile; this result is stale
                return
            self._apply(seqs)
            if self._index_cold:
                self._index_cold = False
                self._warm_index()

        def failed(error: BaseException) -> None:
            self._in_flight = False
            self.loading = False
            ops.show_error(self._owner, ops.error_message(error))

        ops.QueryOp(parent=self._owner, op=op, success=done).failure(failed).run_in_background()

    def _warm_index(self) -> None:
        """After a list is shown, read what filters need (off the UI thread, nothing shown)."""
        index = self._index

        def op(ctx: ops.OpContext) -> None:
            with ctx.db.read() as conn:
                index.warm(conn.connection.driver_connection)

        ops.QueryOp(parent=self._owner, op=op).run_in_background()

    def _apply(self, seqs: list[int]) -> None:
        self.beginResetModel()
        self._seqs = seqs
        self._pages.clear()
        self.endResetModel()
        self.loading = False
        self.loaded.emit(len(seqs))

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = [
            self.tr("Unit"),
            self.tr("Head of household"),
            self.tr("Visit status"),
            self.tr("Poverty status"),
            self.tr("Last change"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._seqs):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "unit":
                return row.unit
            if column == "head":
                return row.head
            if column == "visit_status":
                if row.conflict:
                    return self.tr("%1 · sync conflict").replace(
                        "%1", visit_status_label(row.visit_status)
                    )
                return visit_status_label(row.visit_status)
            if column == "poverty_status":
                return poverty_status_label(row.poverty_status)
            return changed_label(row.updated_at)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = STATUS_COLOURS.get(row.visit_status) if column == "visit_status" else None
            if column == "visit_status" and row.conflict:
                colour = CONFLICT_COLOUR
            if column == "poverty_status":
                colour = POVERTY_COLOURS.get(row.poverty_status or "")
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "updated_at":
            return row.updated_at
        if role == Qt.ItemDataRole.ToolTipRole and column == "visit_status":
            return self._status_tip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == "visit_status":
            if row.conflict or row.visit_status == lifecycle.RETURNED:
                return attention_icon()
            return None
        if role == self.CONFLICT_ROLE:
            return row.conflict
        if role == self.SEQ_ROLE:
            return row.seq
        if role == self.ID_ROLE:
            return row.id
        return None

    def _status_tip(self, row: HouseholdRow) -> str | None:
        tips = []
        if row.visit_status == lifecycle.RETURNED:
            tips.append(
                self.tr(
                    "A ward officer returned this interview for correction: open it, correct "
                    "it and complete it again."
                )
            )
        if row.conflict:
            tips.append(
                self.tr(
                    "The server already had a newer version of this household when your change "
                    "arrived. It kept both; the ward officer decides which is right. Nothing "
                    "was lost."
                )
            )
        return "\n\n".join(tips) or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (on the worker); the list is replaced when it is done."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.query.sort, self.query.descending) == (COLUMNS[column], descending):
            return
        self.set_query(_replace(self.query, sort=COLUMNS[column], descending=descending))

    def retranslate(self) -> None:
        """Tell views the texts changed language (models get no LanguageChange event)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._seqs:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._seqs) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- rows ------------------------------------------------------------------------------------

    def row_at(self, row: int) -> HouseholdRow | None:
        """The household shown at `row`, reading its page if it is not cached yet."""
        seq = self._seqs[row]
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(seq)

    def _fetch(self, seqs: list[int]) -> dict[int, HouseholdRow]:
        """Rows by key on the UI thread's own reader, opened at the first page: only after the
        database thread has opened (and checked) the file, so the reader never reads it first
        and never creates its -wal and -shm in a folder that is being refused."""
        assert self._db_path is not None
        try:
            if self._reader is None:
                self._reader = open_reader(self._db_path)
            return fetch_rows(self._reader, seqs)
        except cipher.Error as error:
            # Said by an op: the sentence for damage names a backup, found by checking the
            # backups, which is database work the UI thread must not wait for.
            ops.QueryOp(parent=self._owner, op=_raise(error)).run_in_background()
            return {}

    def _read_page(self, page_no: int) -> dict[int, HouseholdRow]:
        start = page_no * PAGE_SIZE
        seqs = self._seqs[start : start + PAGE_SIZE]
        page = self._fetch(seqs) if self._db_path is not None else {}
        self._pages[page_no] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_of(self, seq: int) -> int | None:
        """The row showing household `seq`, or None when it is not listed."""
        try:
            return self._seqs.index(seq)
        except ValueError:
            return None

    def seqs(self) -> list[int]:
        """The keys of the listed households, in order (a copy)."""
        return list(self._seqs)


def _replace(query: ListQuery, **changes: Any) -> ListQuery:
    from dataclasses import replace

    return replace(query, **changes)


def _raise(error: BaseException) -> Callable[[ops.OpContext], None]:
    """An op that fails with `error` (as its sentence, see ops.explained)."""

    def op(_ctx: ops.OpContext) -> None:
        raise error

    return op
