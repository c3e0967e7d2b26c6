"""The Reports window as a supervisor meets it in each language: every list shows its chosen
entry whole (an area cut to "kuala_lumpur/LPT/LPT01 — Kerinch" names no area), at a laptop's
window size, and Tab walks the choices in the order they are made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyleOptionComboBox

from app.ui import i18n
from app.ui.qt import QComboBox, QKeySequence, QStyle, Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.report_data import build_two_wards


@pytest.fixture(scope="module")
def two_wards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_two_wards(tmp_path_factory.mktemp("readable-wards"))


def _reports(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow

    main_window = MainWindow(opts.Settings())
    qtbot.addWidget(main_window)
    main_window.open_workspace(folder)
    main_window.show()
    wait_for_ops(qtbot)
    main_window.activateWindow()
    qtbot.keySequence(main_window, QKeySequence("Ctrl+Shift+P"))
    window = main_window.reports_window
    qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
    wait_for_ops(qtbot)
    return main_window, window


def _room(box: QComboBox) -> int:
    """The width a closed combo box gives its text (Qt elides what is wider)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = QStyle.SubControl.SC_ComboBoxEditField
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, box).width()


@pytest.mark.parametrize("code", ["en", "ms", "vi", "fa"])
def test_every_list_shows_its_choice_whole(qtbot, two_wards: Path, code: str) -> None:
    _main, window = _reports(qtbot, two_wards)
    try:
        i18n.set_language(code)
        window.resize(1024, 700)
        window.tabs.setCurrentWidget(window.map_tab)
        qtbot.waitUntil(lambda: window.site_grid.grid is not None, timeout=30_000)
        wait_for_ops(qtbot)
        qtbot.wait(50)  # the layout settles
        boxes = [window.area_box, window.standard_box, window.level_box]
        boxes += [window.site_box, window.mode_box]
        cut = []
        for box in boxes:
            assert isinstance(box, QComboBox) and box.count() > 0
            for index in range(box.count()):  # whichever entry is chosen must fit
                text = box.itemText(index)
                need = box.fontMetrics().horizontalAdvance(text)
                if need > _room(box):
                    cut.append((box.objectName(), text, need, _room(box)))
        assert cut == [], cut
    finally:
        i18n.set_language("en")


def test_tab_walks_area_per_standard_then_show(qtbot, two_wards: Path) -> None:
    _main, window = _reports(qtbot, two_wards)
    window.area_box.setFocus()
    qtbot.waitUntil(window.area_box.hasFocus)
    seen = [window.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == [window.area_box, window.level_box, window.standard_box, window.show_button]


def test_household_sizes_are_written_in_the_languages_digits(qtbot, two_wards: Path) -> None:
    """In Persian the household sizes are Persian digits, as their counts beside them are."""
    _main, window = _reports(qtbot, two_wards)
    try:
        i18n.set_language("fa")
        table = window.sizes_table

        def column(c: int) -> list[str]:
            return [table.item(r, c).text() for r in range(table.rowCount())]

        def latin(texts: list[str]) -> bool:
            return any(ch.isascii() and ch.isdigit() for text in texts for ch in text)

        qtbot.waitUntil(lambda: table.rowCount() > 0 and not latin(column(1)), timeout=30_000)
        assert column(0)[0] == "۱" and not latin(column(0)), column(0)
    finally:
        i18n.set_language("en")


def test_tab_leaves_every_table_and_arrows_move_inside(qtbot, two_wards: Path) -> None:
    """A table takes Tab as "go on to the next control", not "next cell" (the priority list
    has hundreds of cells); the arrow keys still move through its rows."""
    _main, window = _reports(qtbot, two_wards)
    window.tabs.setCurrentWidget(window.priority_tab)
    table = window.priority_table
    qtbot.waitUntil(lambda: table.rowCount() > 2, timeout=30_000)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.currentRow() == 1 and table.currentColumn() == 0  # Tab moved no cell


def test_chart_axes_count_in_the_languages_digits(qtbot, two_wards: Path) -> None:
    """The charts' axis numbers follow the interface language (Persian digits in Persian), as
    the tables beside them do."""
    from app.ui.qt import QLocale

    _main, window = _reports(qtbot, two_wards)
    try:
        i18n.set_language("fa")
        chart = lambda: window.coverage_chart.chart()  # noqa: E731 - redrawn on the switch
        qtbot.waitUntil(lambda: chart().locale().language() == QLocale.Language.Persian)
        assert chart().localizeNumbers()
        assert chart().locale().toString(400) == "۴۰۰"
    finally:
        i18n.set_language("en")


def test_in_persian_the_map_keys_move_as_they_point_and_keep_the_unit_in_view(
    qtbot, two_wards: Path
) -> None:
    """The site is drawn left to right in every language: in Persian the Left arrow still moves
    to the unit on the left, and the unit the keys are on is scrolled into view (a Persian
    window opens its map scrolled to the right end)."""
    _main, window = _reports(qtbot, two_wards)
    try:
        i18n.set_language("fa")
        window.resize(900, 700)
        window.tabs.setCurrentWidget(window.map_tab)
        grid = window.site_grid
        qtbot.waitUntil(lambda: grid.grid is not None, timeout=30_000)
        wait_for_ops(qtbot)
        grid.setFocus()
        qtbot.waitUntil(grid.hasFocus)
        viewport = grid.parentWidget()

        def shown() -> bool:
            rect = grid.cells()[grid.current][0].toAlignedRect()
            return viewport.rect().contains(rect.translated(grid.pos()))

        assert grid.width() > viewport.width()  # the site is wider than the window
        assert shown()
        for _ in range(3):
            qtbot.keyClick(grid, Qt.Key.Key_Right)
        right = grid.cells()[grid.current][0].center().x()
        qtbot.keyClick(grid, Qt.Key.Key_Left)
        assert grid.cells()[grid.current][0].center().x() < right
        for _ in range(60):  # on across the blocks, to the far side of the site
            qtbot.keyClick(grid, Qt.Key.Key_Right)
            assert shown()
    finally:
        i18n.set_language("en")
