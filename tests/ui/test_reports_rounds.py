"""The Reports window's "Survey rounds" tab on a real workspace with two rounds (the demo, then
re-interviews with changed incomes): its tables and chart are the round figures of
app.survey.reports.rounds, computed off the UI thread, in English and in Persian."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.reports.rounds import rounds_report
from app.ui.qt import QLocale, Qt
from tests.rounds_data import SECOND, build_two_rounds
from tests.ui.helpers import wait_for_ops

WARD = "kuala_lumpur/LPT/LPT01"
MARKS = "\u2066\u2067\u2068\u2069"  # the bidi isolates around names and codes


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rounds-window") / "workspace"
    build_two_rounds(folder, households=400)
    return folder


def _open(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow

    main_window = MainWindow(opts.Settings())
    qtbot.addWidget(main_window)
    main_window.open_workspace(folder)
    main_window.show()
    wait_for_ops(qtbot)
    window = main_window.open_reports()
    qtbot.waitUntil(lambda: window.rounds is not None, timeout=30_000)
    wait_for_ops(qtbot)
    return main_window, window


def _text(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return table.item(row, column).text().strip(MARKS)


def _expected(folder: Path, standard: str | None = None):  # type: ignore[no-untyped-def]
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        return rounds_report(conn, WARD, standard)


def test_the_tab_shows_each_round_the_change_and_the_rates(qtbot, two_rounds) -> None:
    """Households per status in each round, entered/left/stayed per status, and the rate of
    each income line per round, in the tables and as one bar set per round in the chart."""
    _main, window = _open(qtbot, two_rounds)
    window.choose(area=WARD)
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds is not None and window.show_button.isEnabled())
    wait_for_ops(qtbot)
    window.tabs.setCurrentWidget(window.rounds_tab)
    (section,) = _expected(two_rounds).areas
    table = window.rounds_table
    assert [_text(table, r, 0) for r in range(table.rowCount())] == ["First round", SECOND]
    assert [_text(table, r, 3) for r in range(2)] == [
        QLocale().toString(f.households) for f in section.rounds
    ]
    (change,) = section.changes
    assert f"{change.revisited} households in both rounds, {change.new} new" in (
        window.change_text.text()
    )
    moves = window.transitions_table
    assert moves.rowCount() == len(change.transitions) == 3
    for row, t in enumerate(change.transitions):
        assert [_text(moves, row, c) for c in (4, 5, 6)] == [str(t.entered), str(t.left),
                                                             str(t.stayed)]  # fmt: skip
    assert sum(t.entered for t in change.transitions) > 0
    rates = window.round_rates_table
    assert rates.horizontalHeaderItem(0).text() == "Income line"
    assert rates.rowCount() == 2
    chart = window.round_rates_chart.chart()
    sets = chart.series()[0].barSets()
    assert [s.label() for s in sets] == ["First round", SECOND]
    for index, figures in enumerate(section.rounds):
        values = [sets[index].at(i) for i in range(sets[index].count())]
        assert values == pytest.approx([float(v) * 100 for v in figures.rates.values()])


def test_an_indicator_standard_shows_indicator_rates(qtbot, two_rounds) -> None:
    """Under the Global MPI the rates are its ten indicators', per round."""
    _main, window = _open(qtbot, two_rounds)
    window.choose(area=WARD, standard="global-mpi-2018")
    window.refresh()
    qtbot.waitUntil(
        lambda: window.rounds is not None and window.rounds.standard.id == "global-mpi-2018"
    )
    wait_for_ops(qtbot)
    (section,) = _expected(two_rounds, "global-mpi-2018").areas
    rates = window.round_rates_table
    assert rates.horizontalHeaderItem(0).text() == "Indicator"
    assert rates.rowCount() == len(window.rounds.rate_names) == 10
    shown = [_text(rates, r, 2) for r in range(rates.rowCount())]
    assert shown == [window._share(section.rounds[1].rates.get(k))
                     for k in window.rounds.rate_names]  # fmt: skip


def test_the_tab_in_persian_runs_right_to_left(qtbot, two_rounds) -> None:
    """In Persian the tab's texts are translated and the window runs right to left."""
    from app.ui import i18n

    _main, window = _open(qtbot, two_rounds)
    try:
        i18n.set_language("fa")
        window.refresh()
        qtbot.waitUntil(lambda: window.show_button.isEnabled())
        wait_for_ops(qtbot)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.tabs.tabText(5) != "Survey rounds"
        assert window.rounds_table.horizontalHeaderItem(0).text() != "Round"
        assert "households in both rounds" not in window.change_text.text()
    finally:
        i18n.set_language("en")
