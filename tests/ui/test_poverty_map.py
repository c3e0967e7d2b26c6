"""The poverty map on a real demo workspace with two wards: the site grid places every unit by
its floor and number, colours it by its household, opens a household on click or Enter, and the
ward choropleth colours each ward by its share of households in need from a GeoJSON file,
naming the codes that match nothing; both save as PNG."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.errors import TinjauError
from app.survey.reports.mapdata import load_boundaries
from app.ui.qt import QImage, QKeySequence, Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.report_data import WARDS, build_two_wards


@pytest.fixture(scope="module")
def two_wards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_two_wards(tmp_path_factory.mktemp("two-wards"))


def _window(qtbot, folder: Path):  # type: ignore[no-untyped-def]
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
    window.tabs.setCurrentWidget(window.map_tab)
    qtbot.waitUntil(lambda: window.site_grid.grid is not None, timeout=30_000)
    return main_window, window


def test_the_site_grid_places_and_colours_every_unit(qtbot, two_wards: Path) -> None:
    _main, window = _window(qtbot, two_wards)
    grid = window.site_grid.grid
    with open_database(database_path(two_wards), read_only=True) as db, db.read() as conn:
        units = (
            conn.exec_driver_sql(
                "SELECT code FROM areas WHERE level = 'unit' AND path_code LIKE ?",
                (grid.site.path_code + "/%",),
            )
            .scalars()
            .all()
        )
        visits = dict(
            conn.exec_driver_sql(
                "SELECT u.code, h.visit_status FROM households h JOIN areas u ON u.id = h.unit_id "
                "WHERE h.site_id = (SELECT id FROM areas WHERE path_code = ?)",
                (grid.site.path_code,),
            ).all()
        )
    cells = window.site_grid.cells()
    assert sorted(unit.code for _r, unit, _b in cells) == sorted(units)
    for _rect, unit, block in cells:
        assert unit.code.startswith(f"{block}-{unit.floor:02d}-")  # A-01-01: block-floor-unit
        assert unit.code.endswith(unit.number)
        if unit.code in visits and len([c for c in visits if c == unit.code]) == 1:
            assert unit.visit_status == visits[unit.code]
    # Higher floors are drawn higher up; the same floor on one line within a block.
    a = [(rect, unit) for rect, unit, block in cells if block == cells[0][2]]
    low = next(r for r, u in a if u.floor == 1)
    high = next(r for r, u in a if u.floor == max(x.floor for _, x in a))
    assert high.top() < low.top()
    # The painted colour of a poor unit is its status colour.
    image = window.site_grid.grab().toImage()
    poor = next(
        (rect, unit) for rect, unit, _b in cells
        if unit.poverty_status == window.report.standard.statuses[0].code
    )  # fmt: skip
    from app.ui.reports.maps import poverty_colours

    corner = poor[0].topLeft().toPoint()
    pixel = image.pixelColor(corner.x() + 4, corner.y() + 3)
    assert pixel.name() == poverty_colours(window.report.standard)[poor[1].poverty_status].name()


def test_a_unit_opens_its_household_by_click_and_by_keyboard(qtbot, two_wards: Path) -> None:
    main_window, window = _window(qtbot, two_wards)
    opened: list[str] = []
    main_window.household_activated.connect(opened.append)
    cells = window.site_grid.cells()
    index, (rect, unit, _b) = next(
        (i, c) for i, c in enumerate(cells) if c[1].household_id is not None
    )
    qtbot.mouseClick(window.site_grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [unit.household_id]
    window.site_grid.setFocus()
    window.site_grid.current = 0
    qtbot.keyClick(window.site_grid, Qt.Key.Key_Right)
    assert window.site_grid.current != 0
    moved = cells[window.site_grid.current][1]
    assert moved.floor == cells[0][1].floor  # along the floor
    qtbot.keyClick(window.site_grid, Qt.Key.Key_Return)
    if moved.household_id:
        assert opened[-1] == moved.household_id
    assert "Unit" in window.site_grid.accessibleDescription()


def test_the_ward_choropleth_colours_the_wards_and_names_unmatched_codes(
    qtbot, two_wards: Path, tmp_path: Path
) -> None:
    _main, window = _window(qtbot, two_wards)
    window.choose(area="", level="ward")
    window.load_boundaries(WARDS)
    wait_for_ops(qtbot)
    rates = window.choropleth.rates
    assert set(rates.rates) == {"LPT01", "LPT02"}
    assert rates.not_in_workspace == ["LPT03", "LPT04"]
    text = window.unmatched_text.text()
    assert "LPT03, LPT04" in text
    # Each ward's rate is its households in need over those assessed, from the report.
    report = window.report
    in_need = {s.code for s in report.standard.statuses[:-1]}
    window.choose(area="", level="ward")
    with qtbot.waitSignal(window.report_shown, timeout=30_000):
        window.refresh()
    for row in window.report.poverty.rows:
        counts = row.measures.headcounts
        assessed = sum(h for h, _ in counts.values())
        poor = sum(h for c, (h, _) in counts.items() if c in in_need)
        assert rates.rates[row.area.code] * assessed == poor
    saved = window.save_choropleth_png(tmp_path / "wards.png")
    assert saved is not None and QImage(str(saved)).width() > 500
    grid_png = window.save_grid_png(tmp_path / "site")
    assert grid_png == tmp_path / "site.png" and not QImage(str(grid_png)).isNull()


def test_a_boundary_file_that_is_not_geojson_is_refused_with_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "wards.geojson"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(TinjauError, match="not a GeoJSON file"):
        load_boundaries(bad)
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "x"}, "geometry": None}]}))  # fmt: skip
    with pytest.raises(TinjauError, match="has no area code"):
        load_boundaries(bad)
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "W1"},
         "geometry": {"type": "Point", "coordinates": [1, 2]}}]}))  # fmt: skip
    with pytest.raises(TinjauError, match="not a polygon"):
        load_boundaries(bad)
