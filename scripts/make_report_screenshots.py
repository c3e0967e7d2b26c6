"""Rebuild the screenshots of docs/reports.md from a demo workspace, with the app's own windows
rendered offscreen: the Reports window (coverage, poverty), the site grid, the ward map (from
tests/data/wards.geojson) and the first page of the printed report, in English and Persian.

    .venv/bin/python scripts/make_report_screenshots.py

The demo (1,500 households, seed 7) is built in a temporary folder with its second site moved
into a second ward (tests/ui/report_data.py), so the ward map has two wards with figures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from app.cli import main as cli
    from app.ui import i18n, ops
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow
    from app.ui.qt import QApplication, QColor, QImage
    from app.ui.qtgraphics import QPainter
    from tests.ui.report_data import WARDS, build_two_wards

    app = QApplication.instance() or QApplication(["tinjau"])
    work = Path(tempfile.mkdtemp(prefix="tinjau-report-shots-"))
    opts.configure_storage()
    opts.use_storage_folder(str(work / "config"))
    data = work / "data"
    data.mkdir()
    build_two_wards(data)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        deadline = time.monotonic() + 60
        while not ops.is_idle() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()

    def save(image: QImage, name: str) -> None:
        path = OUT / name
        image.save(str(path))
        print(f"wrote docs/screenshots/{name}")

    for lang in ("en", "fa"):
        i18n.set_language(lang)
        window = MainWindow(opts.Settings())
        window.open_workspace(data)
        window.show()
        settle()
        reports = window.open_reports()
        settle()
        reports.resize(1200, 820)
        reports.choose(area="kuala_lumpur/LPT/LPT01", level="block")
        reports.refresh()
        settle()
        reports.tabs.setCurrentWidget(reports.coverage_tab)
        settle()
        save(reports.grab().toImage(), f"reports-coverage-{lang}.png")
        reports.choose(standard="global-mpi-2018")
        reports.refresh()
        settle()
        reports.tabs.setCurrentWidget(reports.poverty_tab)
        reports.poverty_tab.verticalScrollBar().setValue(reports.af_text.y() - 10)
        settle()
        save(reports.grab().toImage(), f"reports-poverty-{lang}.png")
        reports.choose(standard="my-ekasih-pgk", area="", level="ward")
        reports.refresh()
        settle()
        reports.tabs.setCurrentWidget(reports.map_tab)
        reports.load_site_grid("kuala_lumpur/LPT/LPT01/PPR001")
        settle()
        save(reports.site_grid.grab().toImage(), f"site-grid-{lang}.png")
        reports.load_boundaries(WARDS)
        settle()
        save(reports.choropleth.grab().toImage(), f"ward-map-{lang}.png")
        reports.close()
        window.close()
        settle()
        pdf = work / f"report-{lang}.pdf"
        args = ["report", "pdf", str(pdf), "--data-dir", str(data), "--area", "LPT01"]
        if cli([*args, "--standard", "global-mpi-2018", "--lang", lang]) != 0:
            return 1
        doc = QPdfDocument()
        doc.load(str(pdf))
        size = doc.pagePointSize(0)
        page = doc.render(0, QSize(int(size.width() * 1.5), int(size.height() * 1.5)))
        flat = QImage(page.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("#ffffff"))  # the PDF page renders on a transparent background
        painter = QPainter(flat)
        painter.drawImage(0, 0, page)
        painter.end()
        save(flat, f"report-pdf-{lang}.png")
    ops.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
