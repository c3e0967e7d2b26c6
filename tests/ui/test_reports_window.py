"""The Reports window on a real demo workspace: its figures are `tinjau measure`'s, the priority
list opens a household, the profile counts the interviews' members, and the Excel export from
the window writes a workbook (or, cancelled, nothing)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.demo import build_demo
from app.ui.qt import QKeySequence, QLocale, Qt
from tests.ui.helpers import wait_for_ops

DONE = ("complete", "synced", "returned", "approved")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 900-household demo ward (Malaysia: several sites and blocks), built once."""
    folder = tmp_path_factory.mktemp("reports-window")
    with open_database(database_path(folder)) as db:
        build_demo(db, 900, seed=11, today=date(2026, 11, 20))
    return folder


def _latest(folder: Path) -> dict[str, dict]:
    """Each household's latest finished interview answers, read without the reports."""
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT household_id, answers FROM interviews "
            f"WHERE status IN {DONE} AND deleted_at IS NULL ORDER BY completed_at, id"
        ).all()
    return {hid: json.loads(answers) for hid, answers in rows}


def _open(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow

    main_window = MainWindow(opts.Settings())
    qtbot.addWidget(main_window)
    main_window.open_workspace(demo_dir)
    main_window.show()
    wait_for_ops(qtbot)
    main_window.activateWindow()
    qtbot.keySequence(main_window, QKeySequence("Ctrl+Shift+P"))  # Reports > Coverage and poverty
    window = main_window.reports_window
    qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
    wait_for_ops(qtbot)
    return main_window, window


def _show(qtbot, window, **choice: str) -> None:  # type: ignore[no-untyped-def]
    window.choose(**choice)
    with qtbot.waitSignal(window.report_shown, timeout=30_000):
        qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_windows_alkire_foster_figures_are_tinjau_measures(
    qtbot, demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """Under the Global MPI, per site and in total, the H, A and M0 the window shows (and keeps
    exactly) and each status's households are what `tinjau measure --by site` prints."""
    _main, window = _open(qtbot, demo_dir)
    _show(qtbot, window, area="", standard="global-mpi-2018", level="site")
    source = tmp_path / "answers.json"
    source.write_text(json.dumps(list(_latest(demo_dir).values())), encoding="utf-8")
    capsys.readouterr()
    assert main(["measure", "--input", str(source), "--standard", "global-mpi-2018",
                 "--by", "site"]) == 0  # fmt: skip
    measured = json.loads(capsys.readouterr().out)
    table = window.af_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    names = {row.area.code: row.area.name for row in window.report.poverty.rows}
    expected = {code: measured["areas"][name] for code, name in names.items()}
    expected["All"] = measured
    assert set(rows) == set(expected)
    for code, figures in expected.items():
        r = rows[code]
        exact = [table.item(r, c).data(Qt.ItemDataRole.UserRole) for c in (1, 2, 3)]
        assert exact == [figures["exact"][k] for k in ("H", "A", "M0")]
        shown = [table.item(r, c).text() for c in (1, 2, 3)]
        assert shown == [f"{figures[k]:.3f}" for k in ("H", "A", "M0")]
    status_rows = {window.status_table.item(r, 0).text(): r
                   for r in range(window.status_table.rowCount())}  # fmt: skip
    codes = [s.code for s in window.report.standard.statuses]
    for code, figures in expected.items():
        cells = _cells(window.status_table, status_rows[code])
        households = [QLocale().toInt(cells[2 + 2 * i])[0] for i in range(len(codes))]
        assert households == [figures["statuses"][c]["households"] for c in codes]
    assert not window.af_chart.isHidden() and window.af_chart.chart().series()
    contribution = window.indicator_chart.chart().series()[0].barSets()
    assert len(contribution) == len(expected)


def test_an_income_standard_says_it_has_no_alkire_foster_measures(qtbot, demo_dir) -> None:
    _main, window = _open(qtbot, demo_dir)
    _show(qtbot, window, standard="my-ekasih-pgk", level="block")
    assert window.report.standard.id == "my-ekasih-pgk"
    assert window.af_table.isHidden()
    assert "no deprivation indicators" in window.af_text.text()
    total = _cells(window.status_table, window.status_table.rowCount() - 1)
    assessed = QLocale().toInt(total[1])[0]
    interviewed = _latest(demo_dir)
    assert assessed == len(interviewed)


def test_the_priority_list_is_in_order_and_opens_a_household(qtbot, demo_dir) -> None:
    """Most severe status first, score falling within a status; Enter on a row opens it."""
    main_window, window = _open(qtbot, demo_dir)
    _show(qtbot, window, standard="global-mpi-2018", level="block")
    rows = window.report.priority
    assert rows
    order = [s.code for s in window.report.standard.statuses]
    keys = [(order.index(p.status), -p.score) for p in rows]
    assert keys == sorted(keys)
    assert {p.status for p in rows} <= set(order[:-1])  # the not-poor are not listed
    assert window.priority_table.rowCount() == len(rows)
    opened: list[str] = []
    main_window.household_activated.connect(opened.append)
    window.tabs.setCurrentWidget(window.priority_tab)
    table = window.priority_table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [rows[0].household_id]


def test_the_area_profile_counts_the_interviewed_members(qtbot, demo_dir) -> None:
    """Persons, elderly living alone, disabilities and heads by sex equal a count of the
    latest interviews' members made here."""
    _main, window = _open(qtbot, demo_dir)
    _show(qtbot, window, area="", level="ward")
    answers = list(_latest(demo_dir).values())
    members = [m for a in answers for m in a["members"]]
    alone = sum(1 for a in answers if len(a["members"]) == 1 and a["members"][0]["age"] >= 60)
    heads = Counter(m["sex"] for m in members if m["relationship"] == "head")
    profile = window.report.profile
    assert (profile.households, profile.persons) == (len(answers), len(members))
    assert profile.elderly_alone == alone
    assert profile.with_disability == sum(1 for m in members if m.get("disability") == "yes")
    assert dict(profile.heads_by_sex) == dict(heads)
    shown = {window.profile_table.item(r, 0).text(): window.profile_table.item(r, 1).text()
             for r in range(window.profile_table.rowCount())}  # fmt: skip
    assert shown["Persons"] == QLocale().toString(len(members))
    assert shown["Heads of household: Women"] == QLocale().toString(heads["female"])
    pyramid = window.pyramid_chart.chart().series()[0].barSets()
    assert sum(pyramid[0].at(i) + pyramid[1].at(i) for i in range(pyramid[0].count())) == sum(
        1 for m in members if m.get("sex") in ("male", "female")
    )


def test_a_workspace_with_one_round_says_the_change_comes_with_a_second(qtbot, demo_dir) -> None:
    """The demo's interviews are its first survey round: the tab lists that round and says
    the change shows once a second round exists."""
    _main, window = _open(qtbot, demo_dir)
    assert window.rounds_table.rowCount() == 1
    assert window.rounds_table.item(0, 0).text().strip("\u2068\u2069") == "First round"
    assert "Only one round so far" in window.change_text.text()
    assert window.transitions_table.isHidden()


def test_export_from_the_window_writes_the_workbook(qtbot, demo_dir, tmp_path) -> None:
    """The export runs with a progress bar; the workbook's households are the area's."""
    from python_calamine import CalamineWorkbook

    _main, window = _open(qtbot, demo_dir)
    target = tmp_path / "ward.xlsx"
    window.export_xlsx(target)
    assert window.cancel_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: not window.cancel_button.isVisibleTo(window), timeout=60_000)
    assert target.exists()
    assert "Saved ward.xlsx" in window.message.text().translate({0x2066: None, 0x2069: None})
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Households").to_python()
    listed = window.report.coverage_total.listed
    assert len(sheet) - 1 == listed


def test_a_cancelled_export_leaves_no_file(qtbot, demo_dir, tmp_path) -> None:
    """Cancel stops the export: no workbook, no temporary file, and the window says so."""
    _main, window = _open(qtbot, demo_dir)
    target = tmp_path / "ward.xlsx"
    window.export_xlsx(target)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.cancel_button.isVisibleTo(window), timeout=60_000)
    assert "stopped" in window.message.text()
    assert list(tmp_path.iterdir()) == []


def test_the_window_follows_the_language_and_runs_right_to_left_in_persian(qtbot, demo_dir) -> None:
    main_window, window = _open(qtbot, demo_dir)
    main_window.switch_language("fa")  # the fixture puts English back after the test
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "فقر")
    wait_for_ops(qtbot)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.export_button.text() == "&خروجی اکسل…"
    assert "Tinjau" in window.windowTitle() and "گزارش" in window.windowTitle()
    header = window.coverage_table.horizontalHeaderItem(0).text()
    assert header == "منطقه"  # the shown report is drawn again in Persian


def test_opening_another_data_folder_closes_the_reports_window(qtbot, demo_dir, tmp_path) -> None:
    """The window's figures belong to the folder it was opened on: opening another closes it."""
    import shutil

    main_window, window = _open(qtbot, demo_dir)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(database_path(demo_dir), database_path(other))
    with qtbot.waitSignal(window.destroyed, timeout=10_000):
        main_window.open_workspace(other)
    wait_for_ops(qtbot)
