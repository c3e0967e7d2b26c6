"""The census list: a lazy model over a real database, search-as-you-type, filters, sorting,
the area navigator and "Add household"."""

from __future__ import annotations

import pytest

from app.survey.db import cipher
from app.survey.records.queries import AreaFilter, ListQuery
from app.ui import settings as opts
from app.ui.household_model import PAGE_SIZE, HouseholdTableModel
from app.ui.main_window import MainWindow
from app.ui.qt import QApplication, QLabel, QMessageBox, Qt, QWidget, is_alive
from tests.ui.census_data import NAMES, build_census
from tests.ui.helpers import plain, type_text, wait_for_ops


def listed_heads(main: MainWindow) -> list[str]:
    model = main.list_panel.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester_on_a_real_database(qtbot, qtmodeltester, census_dir) -> None:
    """The household model is a well-behaved Qt model once it has loaded 300 real rows."""
    from app.ui import ops
    from app.ui.workspace import Workspace

    owner = QWidget()
    qtbot.addWidget(owner)
    workspace = Workspace.open(census_dir)
    ops.set_workspace(workspace)
    model = HouseholdTableModel(owner)
    model.open(workspace.db_path)
    with qtbot.waitSignal(model.loaded):
        model.set_query(ListQuery())
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    # More than one page was read, so the lazy page cache is exercised by the checks too.
    assert model.rowCount() > PAGE_SIZE


def test_navigator_model_passes_qtmodeltester(qtmodeltester, window) -> None:
    """The area tree model is a well-behaved Qt model."""
    qtmodeltester.check(window.navigator.tree_model)


def test_list_shows_every_household_with_its_columns(window) -> None:
    """All 300 households are listed, first by unit, with status words rather than codes."""
    model = window.list_panel.model
    assert model.rowCount() == 300
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first[0] == "A-01-01"
    assert first[1] == "Ahmad bin Ali 0"
    assert first[2] == "Not visited"
    assert first[3] == "Not scored"
    assert first[4]  # a local date and time
    assert window.list_panel.count_label.text() == "Households listed: 300"


def test_typing_a_name_filters_the_list_as_you_type(qtbot, window) -> None:
    """Typing ASCII words into the search field narrows the list to the matching heads."""
    type_text(qtbot, window.list_panel.search, "tan mei")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 50)
    wait_for_ops(qtbot)
    heads = listed_heads(window)
    assert len(heads) == 50 and all(h.startswith("Tan Mei Ling") for h in heads)


@pytest.mark.parametrize("typed, name", [("Nguyễn Vă", NAMES[4]), ("زهرا", NAMES[5])])
def test_typing_vietnamese_or_persian_filters_the_list(qtbot, window, typed, name) -> None:
    """Non-ASCII search text, typed key by key, finds the Vietnamese or Persian names."""
    type_text(qtbot, window.list_panel.search, typed)
    assert window.list_panel.search.text() == typed
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 50)
    wait_for_ops(qtbot)
    assert all(h.startswith(name) for h in listed_heads(window))


def test_search_by_national_id_finds_the_one_household(qtbot, window) -> None:
    """A full national ID finds exactly its household."""
    type_text(qtbot, window.list_panel.search, "800101140007")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1)
    assert listed_heads(window) == [f"{NAMES[1]} 7"]


def test_search_by_unit_and_clearing_the_search(qtbot, window) -> None:
    """A unit number finds the households in it; clearing the field lists everyone again."""
    type_text(qtbot, window.list_panel.search, "B-02-05")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3)
    model = window.list_panel.model
    assert {model.index(r, 0).data() for r in range(3)} == {"B-02-05"}
    window.list_panel.search.clear()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 300)


def test_status_filter_lists_only_that_status(qtbot, window) -> None:
    """Choosing "Approved" in the status filter leaves only approved households."""
    combo = window.list_panel.status_filter
    combo.setCurrentIndex(combo.findData("approved"))
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 50)
    model = window.list_panel.model
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Approved"}


def test_choosing_a_block_and_a_floor_in_the_navigator(qtbot, window) -> None:
    """Picking Blok B lists its 150 households; picking its floor 3 lists that floor's 30."""
    tree = window.navigator
    root = tree.tree_model.item(0)
    site = root.child(0)
    block_b = site.child(1)
    assert plain(block_b.text()) == "Blok B (150)"
    tree.setCurrentIndex(block_b.index())
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 150)
    floor_3 = block_b.child(2)
    assert plain(floor_3.text()) == "Floor 3 (30)"
    tree.setCurrentIndex(floor_3.index())
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 30)
    model = window.list_panel.model
    assert all(model.index(r, 0).data().startswith("B-03-") for r in range(30))
    site_node = tree.nodes()[0]
    assert window.list_panel.area == AreaFilter(site_node.id, site_node.children[1].id, 3)


def test_clicking_a_header_sorts_in_the_database(qtbot, window) -> None:
    """Sorting by head of household puts the names in alphabetical order, both ways."""
    table = window.list_panel.table
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    wait_for_ops(qtbot)
    heads = listed_heads(window)
    assert heads == sorted(heads, key=str.casefold)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    wait_for_ops(qtbot)
    assert listed_heads(window) == heads[::-1]


def test_add_household_puts_a_new_family_on_the_list(qtbot, tmp_path) -> None:
    """A household added through the dialog is saved, counted and found by search."""
    build_census(tmp_path / "ws", households=12)
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(tmp_path / "ws")
    wait_for_ops(qtbot)
    dialog = main.add_household()
    assert dialog is not None
    wait_for_ops(qtbot)
    assert dialog.completer.model().rowCount() == 50  # Blok A's units
    type_text(qtbot, dialog.unit, "a-04-07")
    type_text(qtbot, dialog.head_name, "Lê Thị Hoa")
    type_text(qtbot, dialog.national_id, "900202-10-1234")
    dialog.household_size.setValue(4)
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not is_alive(dialog))  # closed and deleted once saved
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 13)
    type_text(qtbot, main.list_panel.search, "900202101234")
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 1)
    assert listed_heads(main) == ["Lê Thị Hoa"]
    assert main.list_panel.model.index(0, 0).data() == "A-04-07"


def test_add_household_refuses_a_unit_that_does_not_exist(qtbot, tmp_path) -> None:
    """A unit number the block does not have is asked about; answering no refuses it with a
    sentence in the dialog, and nothing is saved. A code of another block is refused at once."""
    build_census(tmp_path / "ws", households=12)
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(tmp_path / "ws")
    wait_for_ops(qtbot)
    dialog = main.add_household()
    type_text(qtbot, dialog.unit, "A-99-99")
    type_text(qtbot, dialog.head_name, "Someone")
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: getattr(dialog, "unit_question", None) is not None)
    box = dialog.unit_question
    assert "Add this unit to \u2068Blok A\u2069?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    # The unit and block are direction isolates, so they keep their order in Persian too.
    expected = (
        "There is no unit \u2068A-99-99\u2069 in \u2068Blok A\u2069. Check the number on the door."
    )
    assert dialog.problem.text() == expected
    dialog.unit.clear()
    type_text(qtbot, dialog.unit, "B-01-01")
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: "B-01-01" in dialog.problem.text())
    assert dialog.problem.text().startswith("There is no unit")
    dialog.head_name.clear()
    dialog.save()
    assert dialog.problem.text() == "Type the name of the head of household."
    assert main.list_panel.model.rowCount() == 12


def test_add_household_adds_a_flat_the_census_list_missed(qtbot, tmp_path) -> None:
    """Saying yes once adds the unit to the block and the household to it, marked as not from
    the census; the list counts it and the new unit is offered next time."""

    build_census(tmp_path / "ws", households=12)
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(tmp_path / "ws")
    wait_for_ops(qtbot)
    dialog = main.add_household()
    wait_for_ops(qtbot)
    type_text(qtbot, dialog.unit, "a-01-99")
    type_text(qtbot, dialog.head_name, "Nguyễn Thị Mai")
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: getattr(dialog, "unit_question", None) is not None)
    box = dialog.unit_question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not is_alive(dialog))
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 13)
    with cipher.connect_workspace(tmp_path / "ws" / "tinjau.sqlite") as conn:
        row = conn.execute(
            "SELECT u.code, u.floor, u.unit_number, b.code, h.source FROM households h "
            "JOIN areas u ON u.id = h.unit_id JOIN areas b ON b.id = u.parent_id "
            "WHERE h.head_name = 'Nguyễn Thị Mai'"
        ).fetchone()
    assert row == ("A-01-99", 1, "99", "A", "new")
    again = main.add_household()
    wait_for_ops(qtbot)
    assert "A-01-99" in again.unit_codes.stringList()


def test_a_folder_without_data_says_what_to_do(qtbot, tmp_path) -> None:
    """Opening a folder with no tinjau.sqlite raises a sentence naming the fix."""
    from app.survey.errors import TinjauError

    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    with pytest.raises(TinjauError, match="has no Tinjau data"):
        main.open_workspace(tmp_path)
    assert main.pages.currentWidget() is main.first_run
    assert "File > Settings" in main.welcome.text()


def test_find_shortcut_focuses_the_search_field(qtbot, window) -> None:
    """Ctrl+F moves the keyboard focus to the search field."""
    window.activateWindow()
    window.list_panel.table.setFocus()
    window.find_action.trigger()
    assert QApplication.focusWidget() is window.list_panel.search
    assert isinstance(window.status_label, QLabel)


def test_enter_on_a_row_opens_that_household(qtbot, window) -> None:
    """Enter on a selected row announces that household's id (the interview screen opens it)."""
    table = window.list_panel.table
    model = window.list_panel.model
    table.setFocus()
    table.setCurrentIndex(model.index(4, 1))
    with qtbot.waitSignal(window.household_activated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [model.index(4, 1).data(HouseholdTableModel.ID_ROLE)]
    assert len(opened.args[0]) == 36  # a uuid


def test_a_refresh_keeps_the_chosen_area_and_the_selected_household(qtbot, tmp_path) -> None:
    """After a household is added, the navigator still shows the chosen floor, the list is
    still that floor's, and the selected household stays selected."""
    build_census(tmp_path / "ws", households=100)
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(tmp_path / "ws")
    wait_for_ops(qtbot)
    block_a = main.navigator.tree_model.item(0).child(0).child(0)
    floor_2 = block_a.child(1)
    main.navigator.setCurrentIndex(floor_2.index())
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 10)
    table, model = main.list_panel.table, main.list_panel.model
    table.setCurrentIndex(model.index(3, 1))
    selected = model.index(3, 1).data()
    dialog = main.add_household()
    type_text(qtbot, dialog.unit, "A-02-09")
    type_text(qtbot, dialog.head_name, "Aaron Tan")
    dialog.save()
    qtbot.waitUntil(lambda: model.rowCount() == 11)
    wait_for_ops(qtbot)
    current = main.navigator.currentIndex()
    assert plain(current.data()) == "Floor 2 (11)"
    assert main.list_panel.area.floor == 2
    assert table.currentIndex().data() == selected


def test_sorting_keeps_the_selected_household(qtbot, window) -> None:
    """The household selected before a sort is still selected, wherever it moved."""
    table, model = window.list_panel.table, window.list_panel.model
    table.setCurrentIndex(model.index(2, 1))
    selected = model.index(2, 1).data()
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    wait_for_ops(qtbot)
    assert table.currentIndex().row() != 2
    assert table.currentIndex().data() == selected


def test_down_or_enter_in_the_search_field_goes_to_the_list(qtbot, window) -> None:
    """From the search field, Down (or Enter) puts the keyboard on the first found household."""
    search, table = window.list_panel.search, window.list_panel.table
    window.activateWindow()
    search.setFocus()
    type_text(qtbot, search, "rajendran")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 50)
    assert QApplication.focusWidget() is table
    assert table.currentIndex().row() == 0
    assert table.currentIndex().data().startswith("Rajendran")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is table


def test_returned_households_stand_out_in_colour(qtbot, window) -> None:
    """ "Returned for correction" is drawn in red; "Not visited" in the normal text colour."""
    from app.ui.qt import QColor

    model = window.list_panel.model
    rows = {model.index(r, 2).data(): r for r in range(12)}
    returned = model.index(rows["Returned for correction"], 2)
    assert returned.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
    assert model.index(rows["Not visited"], 2).data(Qt.ItemDataRole.ForegroundRole) is None


def test_poverty_status_uses_the_standards_names_in_each_language(qtbot, window) -> None:
    """A stored status code shows as the poverty standard names it, in the interface language."""
    model = window.list_panel.model
    # Household 2 is "miskin_tegar"; the list starts with units A-01-01 (households 0, 100, 200).
    rows = {model.index(r, 1).data(): r for r in range(12)}
    hardcore = model.index(rows["Tan Mei Ling 2"], 3)
    assert hardcore.data() == "Hardcore poor (miskin tegar)"
    assert hardcore.data(Qt.ItemDataRole.ForegroundRole) is not None
    window.switch_language("ms")
    qtbot.waitUntil(lambda: hardcore.data() == "Miskin tegar")
    assert model.index(rows["Ahmad bin Ali 0"], 3).data() == "Belum dinilai"


def test_last_change_is_a_local_date_in_the_interface_language(qtbot, monkeypatch) -> None:
    """The stored UTC time is shown in local time, day first with the month's name and a
    four-digit year, in the language's own words and digits (never 1/31/26)."""
    import time

    from app.ui import i18n
    from app.ui.household_model import changed_label

    monkeypatch.setenv("TZ", "Asia/Kuala_Lumpur")
    time.tzset()
    try:
        stamp = "2026-01-31T17:30:00.000000Z"  # 1 February, 01:30 in Kuala Lumpur
        assert changed_label(stamp) == "1 Feb 2026 01:30"
        i18n.set_language("ms")
        assert changed_label(stamp) == "1 Feb 2026 01:30"
        i18n.set_language("vi")
        assert changed_label(stamp) == "1 thg 2 2026 01:30"
        i18n.set_language("fa")
        assert changed_label(stamp) == "۱ فوریه ۲۰۲۶ ۰۱:۳۰"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
