"""The printable report: `tinjau report pdf` and the window's button write a PDF (through Qt's
PDF writer, offscreen) whose pages hold the area's figures; Persian pages read right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.reports.overview import area_report
from app.ui.qt import QKeySequence
from tests.ui.helpers import wait_for_ops
from tests.ui.report_data import build_two_wards


@pytest.fixture(scope="module")
def two_wards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_two_wards(tmp_path_factory.mktemp("pdf-wards"))


def _pages(path: Path) -> list[str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    texts = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    return texts


def _first_ink(path: Path) -> tuple[int, int]:
    """The leftmost and rightmost dark pixel of the title line of page 1, and the page width."""
    doc = QPdfDocument()
    doc.load(str(path))
    size = doc.pagePointSize(0)
    image = doc.render(0, QSize(int(size.width()), int(size.height())))
    doc.close()
    dark = [
        x
        for y in range(30, 60)
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 100
    ]
    return min(dark), image.width() - max(dark)


def test_the_pdf_holds_the_areas_figures(two_wards: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "ward.pdf"
    assert main(["report", "pdf", str(target), "--data-dir", str(two_wards), "--area", "LPT01",
                 "--standard", "global-mpi-2018"]) == 0  # fmt: skip
    assert "Wrote" in capsys.readouterr().out
    with open_database(database_path(two_wards), read_only=True) as db, db.read() as conn:
        report = area_report(conn, "LPT01", "global-mpi-2018", "block")
    pages = _pages(target)
    assert len(pages) >= 3
    text = "\n".join(pages)
    assert "Survey report: Kerinchi" in pages[0]
    assert f"{report.coverage_total.listed:,}" in pages[0]
    total = report.poverty.total.measures
    assert f"{float(total.H):.3f}" in text and f"{float(total.M0):.3f}" in text
    assert "Site map: kuala_lumpur/LPT/LPT01/PPR001" in text
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left beside it
    left, right = _first_ink(target)
    assert left < 60 < right  # English starts at the left margin


def test_persian_pages_run_right_to_left(two_wards: Path, tmp_path: Path) -> None:
    target = tmp_path / "fa.pdf"
    assert main(["report", "pdf", str(target), "--data-dir", str(two_wards), "--area", "LPT02",
                 "--lang", "fa"]) == 0  # fmt: skip
    pages = _pages(target)
    assert "گزارش" in pages[0] and "پیمایش" in pages[0]  # "survey report"
    left, right = _first_ink(target)
    assert right < 60 < left  # the title starts at the right margin


def test_a_bad_target_or_area_is_refused_and_changes_nothing(
    two_wards: Path, tmp_path: Path, capsys
) -> None:
    old = tmp_path / "report.pdf"
    old.write_bytes(b"%PDF-1.4 previous")
    refusals = [
        ([str(tmp_path / "report.xlsx"), "--area", "LPT01"], "does not end in .pdf"),
        ([str(old), "--area", "NOPE"], "no area with the code"),
        ([str(old), "--area", "LPT01", "--lang", "xx"], "--lang takes one of"),
    ]
    for args, sentence in refusals:
        assert main(["report", "pdf", *args, "--data-dir", str(two_wards)]) != 0
        assert sentence in capsys.readouterr().err
    assert old.read_bytes() == b"%PDF-1.4 previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_the_windows_button_saves_the_shown_report(qtbot, two_wards: Path, tmp_path) -> None:
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow

    main_window = MainWindow(opts.Settings())
    qtbot.addWidget(main_window)
    main_window.open_workspace(two_wards)
    main_window.show()
    wait_for_ops(qtbot)
    main_window.activateWindow()
    qtbot.keySequence(main_window, QKeySequence("Ctrl+Shift+P"))
    window = main_window.reports_window
    qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
    wait_for_ops(qtbot)
    target = tmp_path / "shown.pdf"
    window.save_pdf(target)
    wait_for_ops(qtbot)
    assert target.exists()
    assert "shown.pdf" in window.message.text()
    pages = _pages(target)
    assert window.report.area.name in pages[0]
