"""Bar charts and tables for the Reports window, built from plain numbers (no database here)."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui.qt import QColor, QFont, QLocale, QPalette, Qt, QWidget
from app.ui.qtgraphics import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPainter,
    QTableWidget,
    QTableWidgetItem,
    QValueAxis,
)

# Colours a reader with red-green colour blindness can still tell apart (Okabe-Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    percent: bool = False,
) -> QChart:
    """A grouped bar chart: one bar set per (name, values), one group per category."""
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSeries()
    top = 0.0
    for index, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        for value in values:
            bar_set.append(float(value) * (100 if percent else 1))
            top = max(top, float(value) * (100 if percent else 1))
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append([str(c) for c in categories])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    if percent:
        axis_y.setRange(0, 100 if top <= 100 else top * 1.1)
        axis_y.setLabelFormat("%.0f%%")
    elif top <= 1:  # ratios such as H, A and M0
        axis_y.setRange(0, 1)
        axis_y.setLabelFormat("%.2f")
    else:
        axis_y.setRange(0, top * 1.1)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # The axis numbers in the interface language's digits, as the tables beside them are.
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    return chart


def chart_view(object_name: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def show_chart(view: QChartView, chart: QChart) -> None:
    """Put `chart` in `view` (the old chart is deleted), in the window's palette."""
    old = view.chart()
    view.setChart(chart)
    text = view.palette().color(QPalette.ColorRole.WindowText)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
    font = QFont(view.font())
    font.setBold(True)
    chart.setTitleFont(font)
    if old is not None and old is not chart:
        old.deleteLater()


MAX_TABLE_ROWS = 14


def fill_table(
    table: QTableWidget,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    bold_last: bool = False,
    fit: bool = True,
) -> None:
    """Fill `table` with text cells; numbers are right-aligned (in either direction). `fit`
    makes the table as tall as its rows (up to MAX_TABLE_ROWS)."""
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(header))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if c > 0 and isinstance(value, str) and value[:1].isdigit():
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # type: ignore[arg-type]
                )
            if bold_last and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if not fit:
        return
    # Tall enough for every row (up to MAX_TABLE_ROWS): the tab scrolls, not each table.
    shown = min(len(rows), MAX_TABLE_ROWS)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(r) for r in range(shown))
    if table.horizontalScrollBar().isVisible() or table.columnCount() > 8:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(height)
    table.setMaximumHeight(height)


def new_table(object_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    # Tab leaves the table (the arrows move within it): hundreds of priority rows must not
    # hold the keyboard cell by cell.
    table.setTabKeyNavigation(False)
    return table
