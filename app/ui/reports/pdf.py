"""The printable report: one PDF for an area, written with Qt's own PDF writer (QPdfWriter).

Pages: the title with the area, the standard and the date; the coverage table; households in
each poverty status; for standards with deprivation indicators the Alkire-Foster measures and
the charts of the window; and the site map. Persian pages run right to left (tables start at
the right edge). The same drawing serves `tinjau report pdf` and the window's button; the data
comes from app.survey.reports (read on the database thread in the app), the drawing needs a
QApplication (offscreen works).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from app.survey.errors import TinjauError
from app.survey.reports.files import atomic_file
from app.survey.reports.mapdata import SiteGrid
from app.survey.reports.overview import AreaReport
from app.ui import i18n
from app.ui.qt import QColor, QCoreApplication, QFont, QImage, Qt, QWidget
from app.ui.qtgraphics import (
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPointF,
    QRectF,
)

DPI = 96  # the writer's resolution: one unit is one pixel of the window's drawings
MARGIN = 36.0


class PdfPages:
    """A painter on a PDF with a cursor moving down the page, starting new pages as needed."""

    def __init__(self, path: Path, title: str, rtl: bool) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("Tinjau")
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
        self.writer.setPageLayout(layout)
        self.painter = QPainter(self.writer)
        self.rtl = rtl
        self.painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        rect = self.writer.pageLayout().paintRectPixels(DPI)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = MARGIN
        self.pages = 1
        base = QFont(self.painter.font())
        base.setPointSizeF(9)
        self.painter.setFont(base)

    @property
    def inner(self) -> float:
        return self.width - 2 * MARGIN

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1
        self.y = MARGIN

    def room(self, height: float) -> None:
        if self.y + height > self.height - MARGIN:
            self.new_page()

    def _align(self) -> Qt.AlignmentFlag:
        # The painter's direction mirrors it: the reading start (the right edge in Persian).
        return Qt.AlignmentFlag.AlignLeft

    def text(self, text: str, size: float = 9, bold: bool = False, gap: float = 6) -> None:
        font = QFont(self.painter.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.save()
        self.painter.setFont(font)
        metrics = self.painter.fontMetrics()
        flags = int(self._align() | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(0, 0, int(self.inner), 2000, flags, text)
        self.room(bound.height())
        self.painter.setPen(QColor("#000000"))
        self.painter.drawText(QRectF(MARGIN, self.y, self.inner, bound.height() + 2), flags, text)
        self.painter.restore()
        self.y += bound.height() + gap

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], bold_last: bool = False
              ) -> None:  # fmt: skip
        """A ruled table; columns as wide as their text (shrunk to the page), the first column
        at the reading start (the right edge in Persian)."""
        base = QFont(self.painter.font())
        self.painter.save()
        for size in (9.0, 8.0, 7.0, 6.0):  # a smaller type before any word is cut
            bold_font = QFont(base)
            bold_font.setPointSizeF(size)
            bold_font.setBold(True)
            self.painter.setFont(bold_font)
            metrics = self.painter.fontMetrics()
            widths = [
                max(
                    max((metrics.horizontalAdvance(str(r[i])) for r in rows), default=0),
                    min(metrics.horizontalAdvance(str(header[i])), 110),  # headers may wrap
                    max(metrics.horizontalAdvance(w) for w in str(header[i]).split() or [""]),
                )
                + 12
                for i in range(len(header))
            ]
            if sum(widths) <= self.inner:
                break
        self.painter.restore()
        self.painter.save()  # the table's type size, until the table ends
        small = QFont(base)
        small.setPointSizeF(size)
        self.painter.setFont(small)
        line = metrics.height() + 6
        scale = min(1.0, self.inner / max(sum(widths), 1))
        widths = [w * scale for w in widths]
        wrap = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        header_line = max(
            metrics.boundingRect(0, 0, int(w - 10), 400, wrap, str(h)).height() + 6
            for h, w in zip(header, widths, strict=True)
        )
        self.room(header_line + line * min(len(rows), 4))
        for index, row in enumerate([header, *rows]):
            height = header_line if index == 0 else line
            if self.y + height > self.height - MARGIN:
                self.new_page()
            bold = index == 0 or (bold_last and index == len(rows))
            font = QFont(self.painter.font())
            font.setBold(bold)
            self.painter.save()
            self.painter.setFont(font)
            if index == 0:
                left_edge = self.width - MARGIN - sum(widths) if self.rtl else MARGIN
                self.painter.fillRect(
                    QRectF(left_edge, self.y, sum(widths), height), QColor("#e8eef5")
                )
            x = self.width - MARGIN if self.rtl else MARGIN
            for column, (cell, width) in enumerate(zip(row, widths, strict=True)):
                left = x - width if self.rtl else x
                numeric = column > 0 and str(cell)[:1].isdigit()
                align = (
                    Qt.AlignmentFlag.AlignRight
                    if numeric and not self.rtl
                    else Qt.AlignmentFlag.AlignLeft
                    if numeric
                    else self._align()
                )
                self.painter.drawText(
                    QRectF(left + 5, self.y, width - 10, height),
                    wrap if index == 0 else int(align | Qt.AlignmentFlag.AlignVCenter),
                    str(cell),
                )
                x = left if self.rtl else x + width
            self.painter.setPen(QColor("#c0c0c0"))
            left_edge = self.width - MARGIN - sum(widths) if self.rtl else MARGIN
            bottom = self.y + height
            self.painter.drawLine(
                QPointF(left_edge, bottom), QPointF(left_edge + sum(widths), bottom)
            )
            self.painter.restore()
            self.y += height
        self.painter.restore()
        self.y += 10

    def widget(self, widget: QWidget, height: float) -> None:
        """Draw a widget (a chart) across the page's width."""
        self.room(height)
        width = int(self.inner * 0.8)
        widget.resize(width, int(height))
        QCoreApplication.sendPostedEvents()  # lay the chart out at its new size
        image = QImage(width * 2, int(height) * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        widget.render(painter)
        painter.end()
        left = self.width - MARGIN - width if self.rtl else MARGIN
        self.painter.drawImage(QRectF(left, self.y, width, height), image)
        self.y += height + 8

    def close(self) -> None:
        self.painter.end()


def _tables(window: object) -> list[tuple[str, object]]:
    """The window's tables and charts worth printing, in order, with their headings."""
    w = window
    return [
        (QCoreApplication.translate("ReportPdf", "Coverage"), w.coverage_table),  # type: ignore[attr-defined]
        ("", w.coverage_chart),  # type: ignore[attr-defined]
        (
            QCoreApplication.translate("ReportPdf", "Households in each poverty status"),
            w.status_table,
        ),  # type: ignore[attr-defined]
        ("", w.status_chart),  # type: ignore[attr-defined]
    ]


def _cells(table: object) -> tuple[list[str], list[list[str]]]:
    t = table
    header = [
        t.horizontalHeaderItem(c).text()  # type: ignore[attr-defined]
        for c in range(t.columnCount())  # type: ignore[attr-defined]
    ]
    rows = [
        [t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]  # type: ignore[attr-defined]
        for r in range(t.rowCount())  # type: ignore[attr-defined]
    ]
    return header, rows


def write_pdf(target: Path, report: AreaReport, grid: SiteGrid | None) -> int:
    """Write the report of `report` (drawn as the Reports window draws it) to `target`; returns
    the number of pages. Nothing is left under `target` if the writing fails."""
    from app.survey.scoring.model import pick
    from app.ui.reports.maps import grid_size, paint_grid
    from app.ui.reports.window import ReportsWindow

    if target.suffix.lower() != ".pdf":
        raise TinjauError(
            f"{target.name} does not end in .pdf; give the report a name such as report.pdf."
        )
    lang = i18n.current_language()
    # A window of its own, never shown: its tables and charts are drawn into the pages.
    view = ReportsWindow()
    view.show_report(report)
    rtl = lang in i18n.RIGHT_TO_LEFT
    area = report.area
    where = (
        f"{i18n.isolate(area.name)} ({i18n.isolate_ltr(area.path_code)})"
        if area is not None
        else QCoreApplication.translate("ReportPdf", "All areas")
    )
    title = QCoreApplication.translate("ReportPdf", "Survey report: %1").replace("%1", where)
    with atomic_file(target, ".pdf") as temporary:
        pages = PdfPages(temporary, title, rtl)
        try:
            pages.text(title, size=16, bold=True)
            pages.text(
                QCoreApplication.translate(
                    "ReportPdf",
                    "Poverty standard: %1 (version %2). Made %3 (UTC) from the data "
                    "folder's finished interviews.",
                )
                .replace("%1", i18n.isolate(pick(report.standard.names, lang)))
                .replace("%2", i18n.isolate_ltr(report.standard.version))
                .replace("%3", i18n.isolate_ltr(datetime.now(UTC).strftime("%Y-%m-%d %H:%M"))),
                gap=12,
            )  # fmt: skip
            for heading, item in _tables(view):
                if heading:
                    pages.text(heading, size=12, bold=True)
                if hasattr(item, "rowCount"):
                    header, rows = _cells(item)
                    pages.table(header, rows, bold_last=True)
                else:
                    pages.widget(item, 280)  # type: ignore[arg-type]
            if report.standard.indicators:
                pages.new_page()
                pages.text(
                    QCoreApplication.translate("ReportPdf", "Alkire-Foster measures"),
                    size=12,
                    bold=True,
                )
                pages.text(view.af_text.text())  # type: ignore[attr-defined]
                header, rows = _cells(view.af_table)  # type: ignore[attr-defined]
                pages.table(header, rows, bold_last=True)
                pages.widget(view.af_chart, 260)  # type: ignore[attr-defined]
                pages.widget(view.indicator_chart, 300)  # type: ignore[attr-defined]
                pages.widget(view.dimension_chart, 260)  # type: ignore[attr-defined]
            else:
                pages.text(view.af_text.text())  # type: ignore[attr-defined]
            if grid is not None and grid.blocks:
                pages.new_page()
                pages.text(
                    QCoreApplication.translate("ReportPdf", "Site map: %1").replace(
                        "%1", i18n.isolate_ltr(grid.site.path_code)
                    ),
                    size=12,
                    bold=True,
                )
                size = grid_size(grid)
                scale = min(1.0, pages.inner / size.width(),
                            (pages.height - pages.y - MARGIN) / size.height())  # fmt: skip
                pages.painter.save()
                pages.painter.translate(MARGIN, pages.y)
                pages.painter.scale(scale, scale)
                paint_grid(pages.painter, grid, "poverty", report.standard)
                pages.painter.restore()
            count = pages.pages
        finally:
            pages.close()
            view.deleteLater()
    return count
