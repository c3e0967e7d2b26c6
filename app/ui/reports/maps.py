"""The poverty map: a site drawn as a block x floor x unit grid, and a choropleth of poverty rates
drawn from area boundaries, both painted with QPainter (offline: no tiles, no web view).

The grid is a widget of its own: a click on a unit, or the arrow keys and Enter, open its
household (`household_chosen`). `paint_grid` and `paint_choropleth` draw into any QPainter, so
the window, a PNG and the printed report share one drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.survey.records import lifecycle
from app.survey.reports.mapdata import AreaRates, GridUnit, Shape, SiteGrid
from app.survey.scoring import Standard
from app.survey.scoring.model import INSUFFICIENT_DATA
from app.survey.scoring.result import status_label
from app.ui import i18n
from app.ui.household_model import visit_status_label
from app.ui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QKeyEvent,
    QScrollArea,
    QSize,
    Qt,
    QWidget,
    Signal,
)
from app.ui.qtgraphics import (
    QBrush,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
)

CELL_W, CELL_H, GAP, LABEL_W, LEGEND_W = 30, 20, 16, 30, 240
NO_DATA = QColor("#e8e8e8")
UNMATCHED = QColor("#ffffff")
VISIT_COLOURS = {
    lifecycle.NOT_VISITED: "#f0f0f0",
    lifecycle.IN_PROGRESS: "#56B4E9",
    lifecycle.COMPLETE: "#009E73",
    lifecycle.SYNCED: "#009E73",
    lifecycle.APPROVED: "#006d4f",
    lifecycle.RETURNED: "#E69F00",
    lifecycle.NOT_FOUND: "#999999",
    lifecycle.REFUSED: "#CC79A7",
}
# Most in need first, as the standards list their statuses; the last (not in need) is pale.
SEVERITY_COLOURS = ("#7f0000", "#d7301f", "#fc8d59", "#fdcc8a", "#fef0d9")
NOT_IN_NEED = "#e5f5e0"
# Choropleth bins of the share of households in need.
BINS = (Fraction(1, 10), Fraction(1, 5), Fraction(3, 10), Fraction(2, 5))
BIN_COLOURS = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")


def poverty_colours(standard: Standard) -> dict[str, QColor]:
    codes = [s.code for s in standard.statuses]
    colours = {code: QColor(SEVERITY_COLOURS[min(i, 3)]) for i, code in enumerate(codes[:-1])}
    if codes:
        colours[codes[-1]] = QColor(NOT_IN_NEED)
    colours[INSUFFICIENT_DATA] = QColor("#8c8c8c")
    return colours


@dataclass
class Legend:
    entries: list[tuple[QColor, str]]


def grid_legend(mode: str, standard: Standard) -> Legend:
    if mode == "visit":
        seen: dict[str, str] = {}
        for status, colour in VISIT_COLOURS.items():
            if status == lifecycle.SYNCED:
                continue  # drawn as complete
            seen[status] = colour
        return Legend([(QColor(c), visit_status_label(s)) for s, c in seen.items()])
    lang = i18n.current_language()
    entries = [
        (colour, status_label(standard, code, lang))
        for code, colour in poverty_colours(standard).items()
    ]
    entries.append((NO_DATA, QCoreApplication.translate("PovertyMap", "No finished interview")))
    entries.append((QColor("#ffffff"), QCoreApplication.translate("PovertyMap", "no household")))
    return Legend(entries)


def unit_colour(unit: GridUnit, mode: str, colours: dict[str, QColor]) -> QColor:
    if unit.household_id is None:
        return QColor("#ffffff")
    if mode == "visit":
        return QColor(VISIT_COLOURS.get(unit.visit_status or "", "#ffffff"))
    return colours.get(unit.poverty_status or "", NO_DATA)


def draw_legend(painter: QPainter, x: float, y: float, title: str, legend: Legend) -> float:
    """Draw a legend in the box from x to x + LEGEND_W, starting at y; returns its height. In a
    right-to-left painter the swatches stand at the box's right edge, the words to their left."""
    rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
    absolute = Qt.AlignmentFlag.AlignAbsolute
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    metrics = QFontMetrics(painter.font())
    line = max(metrics.height() + 4, 18)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor("#000000"))
    painter.drawText(QRectF(x, y, LEGEND_W, line), int(side | absolute), title)
    painter.restore()
    for index, (colour, label) in enumerate(legend.entries, 1):
        top = y + index * line
        swatch = x + LEGEND_W - 14 if rtl else x
        words = QRectF(x if rtl else x + 20, top, LEGEND_W - 20, line)
        painter.setPen(QPen(QColor("#555555")))
        painter.setBrush(QBrush(colour))
        painter.drawRect(QRectF(swatch, top + 2, 14, 12))
        painter.setPen(QColor("#000000"))
        painter.drawText(words, int(side | absolute | Qt.AlignmentFlag.AlignTop), label)
    return (len(legend.entries) + 1) * line


def grid_size(grid: SiteGrid) -> QSize:
    width = LABEL_W
    height = 0
    for block in grid.blocks:
        width += len(block.numbers) * CELL_W + GAP
        height = max(height, len(block.floors) * CELL_H)
    return QSize(int(width + LEGEND_W + GAP), int(max(height + 50, 260)))


def grid_cells(grid: SiteGrid) -> list[tuple[QRectF, GridUnit, str]]:
    """Where each unit is drawn: its rectangle, the unit and its block's code."""
    cells = []
    x = float(LABEL_W)
    top = 30.0
    tallest = max((len(b.floors) for b in grid.blocks), default=0)
    for block in grid.blocks:
        floors = block.floors
        numbers = block.numbers
        offset = (tallest - len(floors)) * CELL_H  # blocks stand on one ground line
        for unit in block.units:
            row = floors.index(unit.floor)
            col = numbers.index(unit.number)
            rect = QRectF(x + col * CELL_W, top + offset + row * CELL_H, CELL_W - 2, CELL_H - 2)
            cells.append((rect, unit, block.code))
        x += len(numbers) * CELL_W + GAP
    return cells


def paint_grid(
    painter: QPainter,
    grid: SiteGrid,
    mode: str,
    standard: Standard,
    current: int = -1,
) -> None:
    """Draw the site's blocks (floors bottom-up, units left to right) and the legend."""
    colours = poverty_colours(standard)
    cells = grid_cells(grid)
    small = QFont(painter.font())
    small.setPointSizeF(max(small.pointSizeF() * 0.75, 6))
    painter.setFont(small)
    x = float(LABEL_W)
    tallest = max((len(b.floors) for b in grid.blocks), default=0)
    for block in grid.blocks:
        painter.setPen(QColor("#000000"))
        width = len(block.numbers) * CELL_W
        painter.save()
        painter.setFont(QFont(small.family()))
        painter.drawText(QRectF(x, 4, width, 22), Qt.AlignmentFlag.AlignCenter, block.code)
        painter.restore()
        offset = (tallest - len(block.floors)) * CELL_H
        if x == LABEL_W:
            for row, floor in enumerate(block.floors):
                painter.drawText(
                    QRectF(0, 30 + offset + row * CELL_H, LABEL_W - 4, CELL_H),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,  # type: ignore[arg-type]
                    str(floor),
                )
        x += width + GAP
    for index, (rect, unit, _block) in enumerate(cells):
        painter.setPen(QPen(QColor("#000000") if index == current else QColor("#888888"),
                            3 if index == current else 1))  # fmt: skip
        painter.setBrush(QBrush(unit_colour(unit, mode, colours)))
        painter.drawRect(rect)
        painter.setPen(QColor("#222222"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, unit.number)
    painter.setFont(QFont(small.family()))
    title = (
        QCoreApplication.translate("PovertyMap", "Visit status")
        if mode == "visit"
        else QCoreApplication.translate("PovertyMap", "Poverty status")
    )
    draw_legend(painter, x + 4, 4, title, grid_legend(mode, standard))


class SiteGridView(QWidget):
    """A site's units, clickable and keyboard-driven (arrows move, Enter opens)."""

    household_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("PovertyMap", "Site map"))
        self.grid: SiteGrid | None = None
        self.standard: Standard | None = None
        self.mode = "poverty"
        self.current = -1
        self._cells: list[tuple[QRectF, GridUnit, str]] = []

    def show_grid(self, grid: SiteGrid, standard: Standard, mode: str) -> None:
        self.grid, self.standard, self.mode = grid, standard, mode
        self._cells = grid_cells(grid)
        self.current = 0 if self._cells else -1
        self.setMinimumSize(grid_size(grid))
        self.resize(grid_size(grid))
        self._describe()
        self.reveal()
        self.update()

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.reveal()  # Tab onto the map shows the unit the keys are on

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def cells(self) -> list[tuple[QRectF, GridUnit, str]]:
        return list(self._cells)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.grid is not None and self.standard is not None:
            paint_grid(painter, self.grid, self.mode, self.standard, self.current)
        painter.end()

    def mousePressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        point = event.position()  # type: ignore[attr-defined]
        for index, (rect, unit, _block) in enumerate(self._cells):
            if rect.contains(point):
                self.current = index
                self.update()
                self._describe()
                if unit.household_id:
                    self.household_chosen.emit(unit.household_id)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if not self._cells:
            super().keyPressEvent(event)
            return
        # The site is drawn as its buildings stand (units left to right) in every language,
        # so the arrows move the way they point, in Persian too.
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            self._move(*moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            unit = self._cells[self.current][1]
            if unit.household_id:
                self.household_chosen.emit(unit.household_id)
        else:
            super().keyPressEvent(event)

    def _move(self, dx: int, dy: int) -> None:
        rect = self._cells[self.current][0]
        target = QPointF(rect.center().x() + dx * CELL_W, rect.center().y() + dy * CELL_H)
        for index, (other, _unit, _block) in enumerate(self._cells):
            if other.contains(target):
                self.current = index
                break
        else:
            if dx:  # across the gap to the next block, on the nearest row
                step = 1 if dx > 0 else -1
                index = self.current + step
                if 0 <= index < len(self._cells):
                    self.current = index
        self._describe()
        self.reveal()
        self.update()

    def reveal(self) -> None:
        """Scroll the current unit into view (a site wider than the window, or a Persian window
        that opens scrolled to its right end, would hide the unit the keys are on)."""
        if self.current < 0:
            return
        rect = self._cells[self.current][0]
        viewport = self.parentWidget()
        scroll = viewport.parentWidget() if viewport is not None else None
        if viewport is None or not isinstance(scroll, QScrollArea):
            return
        centre = rect.center()
        scroll.ensureVisible(int(centre.x()), int(centre.y()), CELL_W, CELL_H)
        # Across, by hand: in a right-to-left window the scroll bar runs the other way, which
        # ensureVisible does not allow for.
        left, right = self.x() + rect.left(), self.x() + rect.right()
        shift = 0.0  # how far the picture must move right (negative: left)
        if left < 0:
            shift = CELL_W - left
        elif right > viewport.width():
            shift = viewport.width() - right - CELL_W
        if shift:
            bar = scroll.horizontalScrollBar()
            mirrored = scroll.layoutDirection() == Qt.LayoutDirection.RightToLeft
            bar.setValue(bar.value() + int(shift if mirrored else -shift))

    def _describe(self) -> None:
        """The current unit in words, for screen readers and the tooltip."""
        if self.current < 0 or self.standard is None:
            return
        _rect, unit, _block = self._cells[self.current]
        if unit.household_id is None:
            state = QCoreApplication.translate("PovertyMap", "no household")
        elif self.mode == "visit":
            state = visit_status_label(unit.visit_status or "")
        else:
            state = (
                status_label(self.standard, unit.poverty_status, i18n.current_language())
                if unit.poverty_status
                else QCoreApplication.translate("PovertyMap", "No finished interview")
            )
        text = (
            QCoreApplication.translate("PovertyMap", "Unit %1: %2")
            .replace("%1", i18n.isolate_ltr(unit.code))
            .replace("%2", state)
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)


# -- choropleth ------------------------------------------------------------------------------


def bin_colour(rate: Fraction | None) -> QColor:
    if rate is None:
        return NO_DATA
    for index, limit in enumerate(BINS):
        if rate < limit:
            return QColor(BIN_COLOURS[index])
    return QColor(BIN_COLOURS[-1])


def choropleth_legend() -> Legend:
    entries = []
    low = Fraction(0)
    for index, high in enumerate((*BINS, None)):
        label = (
            QCoreApplication.translate("PovertyMap", "%1% to under %2%")
            .replace("%1", str(int(low * 100)))
            .replace("%2", str(int(high * 100)))
            if high is not None
            else QCoreApplication.translate("PovertyMap", "%1% or more").replace(
                "%1", str(int(low * 100))
            )
        )
        entries.append((QColor(BIN_COLOURS[index]), label))
        low = high if high is not None else low
    entries.append((NO_DATA, QCoreApplication.translate("PovertyMap", "No households assessed")))
    return Legend(entries)


def paint_choropleth(
    painter: QPainter,
    shapes: list[Shape],
    rates: AreaRates,
    size: QSize,
    title: str,
    describe: Callable[[Fraction | None], str] | None = None,
) -> None:
    """Draw each shape filled by its area's rate, labelled with its code, and the legend."""
    points = [p for shape in shapes for ring in shape.rings for p in ring]
    if not points:
        return
    min_x = min(p[0] for p in points)
    max_x = max(p[0] for p in points)
    min_y = min(p[1] for p in points)
    max_y = max(p[1] for p in points)
    # Longitude shrinks by the cosine of the latitude: near the equator almost none.
    import math

    squeeze = math.cos(math.radians((min_y + max_y) / 2))
    span_x = max((max_x - min_x) * squeeze, 1e-9)
    span_y = max(max_y - min_y, 1e-9)
    margin = 16.0
    box_w = size.width() - LEGEND_W - 3 * margin
    box_h = size.height() - 2 * margin - 24
    scale = min(box_w / span_x, box_h / span_y)

    def at(x: float, y: float) -> QPointF:
        return QPointF(margin + (x - min_x) * squeeze * scale, margin + 24 + (max_y - y) * scale)

    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor("#000000"))
    painter.drawText(QRectF(margin, 4, box_w, 22), Qt.AlignmentFlag.AlignLeft, title)
    painter.restore()
    for shape in shapes:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in shape.rings:
            path.moveTo(at(*ring[0]))
            for point in ring[1:]:
                path.lineTo(at(*point))
            path.closeSubpath()
        matched = shape.code in rates.rates
        rate = rates.rates.get(shape.code)
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.setBrush(QBrush(bin_colour(rate) if matched else QColor("#ffffff")))
        if not matched:
            painter.setBrush(QBrush(QColor("#bbbbbb"), Qt.BrushStyle.BDiagPattern))
        painter.drawPath(path)
        centre = path.boundingRect().center()
        label = shape.code
        if matched and rate is not None:
            label += "\n" + (describe(rate) if describe else f"{float(rate):.0%}")
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(centre.x() - 60, centre.y() - 18, 120, 36),
                         Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
    legend = choropleth_legend()
    legend.entries.append(
        (UNMATCHED, QCoreApplication.translate("PovertyMap", "No such area in this workspace"))
    )
    draw_legend(
        painter,
        size.width() - LEGEND_W - margin,
        margin + 24,
        QCoreApplication.translate("PovertyMap", "Households in need"),
        legend,
    )


class ChoroplethView(QWidget):
    """Boundaries coloured by each area's share of households in need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choropleth")
        self.shapes: list[Shape] = []
        self.rates: AreaRates | None = None
        self.title = ""
        self.setMinimumSize(720, 460)

    def show_map(self, shapes: list[Shape], rates: AreaRates, title: str) -> None:
        self.shapes, self.rates, self.title = shapes, rates, title
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.rates is not None:
            paint_choropleth(painter, self.shapes, self.rates, self.size(), self.title)
        painter.end()
