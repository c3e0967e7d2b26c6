"""The area navigator: a tree of site > block > floor with household counts; picks the list's area.

The tree is read on the database thread (`area_tree`) and is small (a few thousand nodes at
most), so it is held in a QStandardItemModel.
"""

from __future__ import annotations

from app.survey.records.queries import AreaFilter, AreaNode, area_tree
from app.ui import ops
from app.ui.i18n import isolate
from app.ui.qt import (
    QAbstractItemView,
    QEvent,
    QModelIndex,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QWidget,
    Signal,
)

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2


class AreaNavigator(QTreeView):
    """Shows the workspace's areas; `area_chosen(AreaFilter)` fires when the user picks one."""

    area_chosen = Signal(object)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaNavigator")
        self.tree_model = QStandardItemModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self._nodes: list[AreaNode] = []
        self._total = 0
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.retranslate()

    def load(self) -> None:
        """Read the areas in the background and show them."""

        def op(ctx: ops.OpContext) -> list[AreaNode]:
            with ctx.db.read() as conn:
                return area_tree(conn.connection.driver_connection)

        ops.QueryOp(parent=self, op=op, success=self._show).run_in_background()

    def _show(self, nodes: list[AreaNode]) -> None:
        # A reload (after a change) keeps what the worker had chosen and opened.
        first_load = self.tree_model.rowCount() == 0
        current = self.currentIndex().data(FILTER_ROLE) if self.currentIndex().isValid() else None
        expanded = {
            item.data(FILTER_ROLE) for item in self._items() if self.isExpanded(item.index())
        }
        self._nodes = nodes
        self._total = sum(node.count for node in nodes)
        self.tree_model.clear()
        root = QStandardItem()
        root.setData(AreaFilter(), FILTER_ROLE)
        root.setData(None, NODE_ROLE)
        self.tree_model.appendRow(root)
        for site in nodes:
            site_item = self._item(site, AreaFilter(site_id=site.id))
            root.appendRow(site_item)
            for block in site.children:
                block_item = self._item(block, AreaFilter(site_id=site.id, block_id=block.id))
                site_item.appendRow(block_item)
                for floor in block.children:
                    floor_filter = AreaFilter(site.id, block.id, floor.floor)
                    block_item.appendRow(self._item(floor, floor_filter))
        self.retranslate()
        chosen = root
        for item in self._items():
            area = item.data(FILTER_ROLE)
            if first_load and item.data(NODE_ROLE) is None or area in expanded:
                self.expand(item.index())
            elif first_load and item.parent() is root:
                self.expand(item.index())
            if area == current:
                chosen = item
        self.setCurrentIndex(chosen.index())
        self.scrollTo(chosen.index())
        self.loaded.emit()

    def _items(self) -> list[QStandardItem]:
        """Every item of the tree, parents before children."""
        out: list[QStandardItem] = []
        stack = [self.tree_model.item(row) for row in range(self.tree_model.rowCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack += [item.child(row) for row in range(item.rowCount())]
        return out

    def nodes(self) -> list[AreaNode]:
        """The sites (with their blocks and floors) last loaded."""
        return list(self._nodes)

    def _item(self, node: AreaNode, area: AreaFilter) -> QStandardItem:
        item = QStandardItem()
        item.setData(area, FILTER_ROLE)
        item.setData(node, NODE_ROLE)
        return item

    def retranslate(self) -> None:
        """Label every node in the current language (floors and the root are words)."""
        root = self.tree_model.item(0)
        if root is None:
            return
        all_areas = self.tr("All areas")
        root.setText(f"{all_areas} ({_count(self._total)})")
        stack = [root.child(row) for row in range(root.rowCount())]
        while stack:
            item = stack.pop()
            node: AreaNode = item.data(NODE_ROLE)
            name = node.label
            if node.level == "floor":
                name = self.tr("Floor %1").replace("%1", node.label)
            item.setText(f"{isolate(name)} ({_count(node.count)})")
            stack += [item.child(row) for row in range(item.rowCount())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        area = current.data(FILTER_ROLE) if current.isValid() else None
        if isinstance(area, AreaFilter):
            self.area_chosen.emit(area)


def _count(n: int) -> str:
    # Counts in brackets need no plural forms, which keeps four languages' texts simple.
    from app.ui.qt import QLocale

    return QLocale().toString(n)
