"""Qt's charts, painting and PDF classes, for the Reports window and the printed report.

Kept apart from app/ui/qt.py so that starting the app does not load QtCharts and QtPdf (two
Addons libraries the census list never needs): they load when the Reports window first opens.
Like qt.py, this is a place the desktop app imports Qt from; nothing else names PySide6.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMarginsF, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QBrush,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTabWidget

__all__ = [
    "QBarCategoryAxis",
    "QBarSeries",
    "QBarSet",
    "QBrush",
    "QChart",
    "QChartView",
    "QFontMetrics",
    "QGuiApplication",
    "QHorizontalBarSeries",
    "QMarginsF",
    "QPageLayout",
    "QPageSize",
    "QPainter",
    "QPainterPath",
    "QPdfWriter",
    "QPen",
    "QPointF",
    "QPolygonF",
    "QRect",
    "QRectF",
    "QSizeF",
    "QTabWidget",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextOption",
    "QValueAxis",
]
