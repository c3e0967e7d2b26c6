"""ODK appearances in the desktop app, for any form: a `table-list` group is one table (a header
of the choices, a row per question) answered by keys, and a repeat's grid is the one the form
declares (appearance `roster` on its questions), typed across; a repeat that declares none is a
table that opens each instance on its own page. Every key goes to the focused widget."""

from __future__ import annotations

from pathlib import Path

from app.survey.db import open_database
from app.survey.db.types import format_utc, utcnow
from app.survey.forms.workspace import install_form_package, read_form_package
from app.ui import i18n
from app.ui.interview.pages import InstancePage
from app.ui.interview.tables import GroupTitle, TableHeader, TableRow
from app.ui.qt import QApplication, Qt
from tests.survey.forms.conftest import write_workbook
from tests.ui.interview_helpers import make_workspace, new_household, open_view
from tests.ui.keyboard import Keyboard, focus_on
from tests.ui.keyboard_household import holder

SURVEY = [  # fmt: skip
    ["type", "name", "label", "appearance", "required", "relevant"],
    ["begin group", "opinions", "How much do you agree?", "table-list", ""],
    ["select_one agree", "rent_fair", "The rent is fair", "", "yes"],
    ["select_one agree", "lift_works", "The lift works", "", "yes"],
    ["select_one agree", "safe_night", "The block is safe at night", "", "yes"],
    ["end group", "", "", "", ""],
    ["begin group", "home", "Home", "", ""],
    ["text", "street", "Street", "", ""],
    ["begin group", "landlord", "The landlord", "field-list", "", "${street} != 'own'"],
    ["text", "landlord_name", "Name", "", ""],
    ["end group", "", "", "", ""],
    ["end group", "", "", "", ""],
    ["begin group", "services", "Services used", "table-list", ""],
    ["select_multiple service", "used_by_head", "The head", "", ""],
    ["select_multiple service", "used_by_spouse", "The spouse", "", ""],
    ["end group", "", "", "", ""],
    ["begin group", "farm", "Plots", "", ""],
    ["begin repeat", "plots", "Plot", "", ""],
    ["text", "plot_name", "Plot name", "roster", "yes"],
    ["select_one crop", "crop", "Crop", "roster", "yes"],
    ["decimal", "hectares", "Hectares", "roster", "yes"],
    ["integer", "workers", "Workers", "", ""],
    ["end repeat", "", "", "", ""],
    ["end group", "", "", "", ""],
    ["begin group", "visiting", "Visits", "", ""],
    ["begin repeat", "visits", "Visit", "", ""],
    ["text", "visitor", "Visitor", "", ""],
    ["date", "visit_date", "Date", "", ""],
    ["end repeat", "", "", "", ""],
    ["end group", "", "", "", ""],
]
CHOICES = [  # fmt: skip
    ["list_name", "name", "label"],
    ["agree", "disagree", "Disagree"],
    ["agree", "neutral", "Neither"],
    ["agree", "agree", "Agree"],
    ["crop", "rice", "Rice"],
    ["crop", "rubber", "Rubber"],
    ["crop", "palm", "Oil palm"],
    ["service", "clinic", "Clinic"],
    ["service", "bank", "Bank"],
    ["service", "library", "Library"],
]


def install(tmp_path: Path) -> Path:
    folder = make_workspace(tmp_path / "data", households=2)
    workbook = write_workbook(
        tmp_path / "farm.xlsx", SURVEY, CHOICES, {"form_id": "farm", "version": "1"}
    )
    package = read_form_package(workbook)
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_form_package(
            conn, package, forms_dir=folder / "forms", installed_at=format_utc(utcnow())
        )
    return folder


def test_a_table_list_group_is_one_table_answered_by_keys(qtbot, tmp_path: Path) -> None:
    """The header shows the shared choices once; each row is a question with a button per
    choice and no text of its own; a digit picks the n-th choice, the first letters move to
    one (Space picks it), Enter goes on to the next row."""
    folder = install(tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    page = view.current_page()
    assert page.name == "opinions"
    # pyxform writes the group as ODK Collect reads it: its label as a note, a header question
    # (appearance `label`), then the rows (`list-nolabel`).
    assert page.questions[0].title.text() == "How much do you agree?"
    assert page.title.text() == "How much do you agree?"  # the section's name, not "opinions"
    header = page.questions[1]
    assert isinstance(header, TableHeader) and header.tab_stops() == []
    assert [label.text() for label in header.choice_labels] == ["Disagree", "Neither", "Agree"]
    rows = [w for w in page.questions if isinstance(w, TableRow)]
    assert [r.question.name for r in rows] == ["rent_fair", "lift_works", "safe_night"]
    for row in rows:
        assert [b.text() for b in row.editor.buttons] == ["", "", ""]
        # One line per question: the buttons sit beside the label, under the header's columns.
        assert row.editor.buttons[0].mapTo(page, row.editor.buttons[0].rect().topLeft()).x() == (
            header.choice_labels[0].mapTo(page, header.choice_labels[0].rect().topLeft()).x()
        )
    keys = Keyboard()
    focus_on(qtbot, rows[0].editor.buttons[0])
    keys.type("3")
    keys.enter()
    assert rows[1].editor.isAncestorOf(QApplication.focusWidget())
    keys.type("n")  # "Neither"
    keys.press(Qt.Key.Key_Space)
    keys.enter()
    keys.type("1")
    session = view.session
    assert [session.value(n) for n in ("rent_fair", "lift_works", "safe_night")] == [
        "agree",
        "neutral",
        "disagree",
    ]
    assert keys.count == 6


def test_a_forms_own_grid_is_the_one_it_declares(qtbot, tmp_path: Path) -> None:
    """The plots grid has the three questions marked `roster` and is typed across; the visits
    repeat declares none: its table is not typed in, and Insert opens a new visit's page."""
    folder = install(tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    view.show_page("farm")
    page = view.current_page()
    plots = view.rosters["plots"]
    assert plots.columns == ["plot_name", "crop", "hectares"]
    assert plots.typed and plots.answer is not None
    keys = Keyboard()
    panel = page.roster
    focus_on(qtbot, panel.table)
    keys.press(Qt.Key.Key_Insert)
    for typed in ("Sawah", "1", "2.5"):
        keys.type(typed)
        keys.enter()
    qtbot.waitUntil(lambda: plots.rowCount() == 2)  # the last cell kept, a new row begun
    session = view.session
    assert [session.value(n, (0,)) for n in ("plot_name", "crop", "hectares")] == [
        "Sawah",
        "rice",
        2.5,
    ]
    keys.enter()  # on the empty new row: the grid is done, the first plot's page opens
    opened = view.current_page()
    assert isinstance(opened, InstancePage) and opened.name == "plots"
    assert opened.isAncestorOf(QApplication.focusWidget())
    assert holder(QApplication.focusWidget()).question.name == "workers"

    view.show_page("visiting")
    visit_panel = view.current_page().roster
    visits = view.rosters["visits"]
    assert visits.columns == ["visitor", "visit_date"] and not visits.typed
    assert visits.answer is None
    assert "Insert adds a row on a page of its own" in visit_panel.keys.text()
    focus_on(qtbot, visit_panel.table)
    keys.press(Qt.Key.Key_Insert)
    opened = view.current_page()
    assert isinstance(opened, InstancePage) and opened.name == "visits"
    assert session.repeat_size("visits") == 1


def test_a_table_in_persian_keeps_each_label_over_its_button(qtbot, tmp_path: Path) -> None:
    """Right to left, the columns run from the right and each choice's label sits on the
    side of its column where the button is (the right), whatever its text's direction."""
    i18n.set_language("fa")
    folder = install(tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    page = view.current_page()
    header = page.questions[1]
    row = page.questions[2]
    for label, button in zip(header.choice_labels, row.editor.buttons, strict=True):
        right = label.mapTo(page, label.rect().topRight()).x()
        assert right == button.mapTo(page, button.rect().topRight()).x()
        assert label.alignment() & Qt.AlignmentFlag.AlignRight
    lefts = [b.mapTo(page, b.rect().topLeft()).x() for b in row.editor.buttons]
    assert lefts == sorted(lefts, reverse=True)  # Disagree first, on the right


def test_a_table_of_tick_lists_takes_a_number_per_tick(qtbot, tmp_path: Path) -> None:
    """Select-multiple rows: a check box under each choice, no text of their own; each digit
    ticks (or unticks) the n-th choice, Enter goes to the next row."""
    folder = install(tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    view.show_page("services")
    page = view.current_page()
    rows = [w for w in page.questions if isinstance(w, TableRow)]
    assert [r.question.name for r in rows] == ["used_by_head", "used_by_spouse"]
    assert [b.text() for b in rows[0].editor.boxes.values()] == ["", "", ""]
    keys = Keyboard()
    focus_on(qtbot, list(rows[0].editor.boxes.values())[0])
    keys.type("1")
    keys.type("3")
    keys.enter()
    keys.type("2")
    assert sorted(view.session.value("used_by_head")) == ["clinic", "library"]
    assert view.session.value("used_by_spouse") == ["bank"]


def test_a_group_inside_a_section_keeps_its_title_while_it_is_shown(qtbot, tmp_path: Path) -> None:
    """A field-list group nested in a section: its label above its questions, hidden with
    them; Enter goes from the question before it to the question in it."""
    folder = install(tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    view.show_page("home")
    page = view.current_page()
    title = page.findChild(GroupTitle, "group_landlord")
    assert title is not None and title.title.text() == "The landlord"
    assert title.isVisible() and title.tab_stops() == []
    keys = Keyboard()
    focus_on(qtbot, page.questions[0].editor.line)
    keys.type("own")
    assert not title.isVisible()
    keys.press(Qt.Key.Key_Backspace)
    assert title.isVisible()
    keys.enter()
    assert holder(QApplication.focusWidget()).question.name == "landlord_name"
