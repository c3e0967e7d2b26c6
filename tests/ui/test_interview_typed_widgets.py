"""Question types with widgets of their own, used from the keyboard only (every key goes to the
focused widget): `rank` put in order with Ctrl+Up/Down and number keys, `range` typed or stepped
with Up/Down beside its slider, picker or stars, `geotrace`/`geoshape` typed as points with a
sentence naming a wrong one, and metadata (`deviceid`, `username`) filled by the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.db import open_database
from app.survey.db.types import format_utc, utcnow
from app.survey.forms.workspace import install_form_package, read_form_package
from app.ui import settings as opts
from app.ui.interview.typed_editors import RangeEditor, RankEditor, TraceEditor
from app.ui.qt import Qt
from tests.survey.forms.conftest import write_workbook
from tests.ui.interview_helpers import make_workspace, new_household, open_view, question
from tests.ui.keyboard import Keyboard, focus_on

SURVEY = [  # fmt: skip
    ["type", "name", "label", "parameters", "appearance"],
    ["start", "started", "", "", ""],
    ["deviceid", "device", "", "", ""],
    ["username", "worker", "", "", ""],
    ["rank fruit", "favourites", "Put the fruits in order", "", ""],
    ["range", "floors", "Floors", "start=0 end=10 step=2", ""],
    ["range", "tall", "Height", "start=1 end=3 step=0.5", "vertical no-ticks"],
    ["range", "picked", "Picked", "start=10 end=0 step=5", "picker"],
    ["range", "stars", "Stars", "start=1 end=5 step=1", "rating"],
    ["geotrace", "path", "Path walked", "", ""],
    ["geoshape", "plot", "Plot boundary", "", ""],
]
CHOICES = [  # fmt: skip
    ["list_name", "name", "label"],
    ["fruit", "durian", "Durian"],
    ["fruit", "mango", "Mango"],
    ["fruit", "rambutan", "Rambutan"],
    ["fruit", "papaya", "Papaya"],
]


@pytest.fixture
def view(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = make_workspace(tmp_path / "data", households=2)
    workbook = write_workbook(
        tmp_path / "types.xlsx", SURVEY, CHOICES, {"form_id": "types", "version": "1"}
    )
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_form_package(
            conn,
            read_form_package(workbook),
            forms_dir=folder / "forms",
            installed_at=format_utc(utcnow()),
        )
    opts.Settings().set(opts.ENUMERATOR_ID, "E-017")
    return open_view(qtbot, folder, new_household(folder), height=1000, active=True)


def test_rank_is_put_in_order_by_keys(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    editor = question(view, "favourites").editor
    assert isinstance(editor, RankEditor)
    keys = Keyboard()
    focus_on(qtbot, editor.list)
    assert view.session.value("favourites") is None  # shown in the form's order, not ranked
    keys.press(Qt.Key.Key_Down)  # Mango chosen
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.session.value("favourites") == ["mango", "durian", "rambutan", "papaya"]
    keys.press(Qt.Key.Key_Down, times=3)  # Papaya, the last
    keys.type("2")
    assert view.session.value("favourites") == ["mango", "papaya", "durian", "rambutan"]
    assert editor.list.item(1).text().endswith("Papaya") and editor.list.currentRow() == 1
    keys.press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.session.value("favourites") == ["mango", "durian", "papaya", "rambutan"]


def test_rank_in_the_shown_order_is_kept_with_space(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    editor = question(view, "favourites").editor
    focus_on(qtbot, editor.list)
    Keyboard().press(Qt.Key.Key_Space)
    assert view.session.value("favourites") == ["durian", "mango", "rambutan", "papaya"]


def test_a_range_is_typed_or_stepped_beside_its_control(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard()
    floors = question(view, "floors")
    editor = floors.editor
    assert isinstance(editor, RangeEditor) and editor.slider is not None
    assert editor.slider.orientation() == Qt.Orientation.Horizontal
    assert editor.slider.maximum() == 5  # 0, 2, ..., 10
    focus_on(qtbot, editor.line)
    keys.type("4")
    assert view.session.value("floors") == 4 and editor.slider.value() == 2
    keys.press(Qt.Key.Key_Up)
    assert view.session.value("floors") == 6 and editor.line.text() == "6"
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("5")  # not on a step: no answer, and the rule said
    assert view.session.value("floors") is None
    assert floors.error.isVisible() and "from 0 to 10 in steps of 2" in floors.error.text()
    keys.press(Qt.Key.Key_Backspace)
    keys.type("12")
    assert view.session.value("floors") is None and floors.error.isVisible()

    tall = question(view, "tall").editor
    assert tall.slider.orientation() == Qt.Orientation.Vertical
    assert tall.slider.tickPosition() == tall.slider.TickPosition.NoTicks
    focus_on(qtbot, tall.line)
    keys.type("2.5")
    assert view.session.value("tall") == 2.5

    picked = question(view, "picked").editor
    assert picked.picker is not None and picked.slider is None
    assert [picked.picker.itemText(i) for i in range(1, picked.picker.count())] == ["10", "5", "0"]
    focus_on(qtbot, picked.line)
    keys.press(Qt.Key.Key_Up)  # from nothing: the start, 10
    keys.press(Qt.Key.Key_Up)  # one step on, towards the end: 5
    assert view.session.value("picked") == 5 and picked.picker.currentText() == "5"

    stars = question(view, "stars").editor
    assert len(stars.stars) == 5 and stars.slider is None
    focus_on(qtbot, stars.line)
    keys.type("3")
    assert view.session.value("stars") == 3
    assert [s.text() for s in stars.stars] == ["★", "★", "★", "☆", "☆"]


def test_lines_and_shapes_are_typed_as_points(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard()
    path = question(view, "path")
    assert isinstance(path.editor, TraceEditor)
    focus_on(qtbot, path.editor.area)
    keys.type("3.1390 101.6869")
    assert view.session.value("path") is None  # one point is no line yet
    assert "at least 2 points" in path.error.text()
    keys.type("; 3.1402 101.6875 12 5")
    assert view.session.value("path") == "3.139 101.6869 0 0; 3.1402 101.6875 12 5"
    assert not path.error.isVisible()
    keys.enter()  # Enter goes on to the next question (points are separated by ;)
    plot = question(view, "plot")
    assert plot.editor.area.hasFocus()
    keys.type("۳.1 101.1; 3.2 101.2; 3.3 101.1")  # Persian digits are digits
    assert view.session.value("plot") == (
        "3.1 101.1 0 0; 3.2 101.2 0 0; 3.3 101.1 0 0; 3.1 101.1 0 0"
    )  # closed on its first point
    keys.type("; 95 101")
    assert view.session.value("plot") is None
    assert plot.error.text().startswith("Point 4:")


def test_metadata_is_filled_by_the_app(view) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    assert session.value("device") == view.device_id and len(view.device_id) > 8
    assert session.value("worker") == "E-017"
    assert session.value("started") is not None
    assert question(view, "favourites") is not None  # the metadata rows have no widget
    assert not view.findChildren(type(question(view, "floors")), "q_device")
