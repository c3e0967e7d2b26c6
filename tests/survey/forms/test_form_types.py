"""Question types of ODK Collect that carry rules of their own: `range` (start, end, step; ODK
XForms spec, "range"), `geotrace` and `geoshape` (points `lat lon alt acc` joined by `;`; a
shape's last point is its first), and metadata a laptop cannot record, refused at its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors
from app.survey.forms import FormSession, load_form
from app.survey.forms.answers import AnswerTypeError

from .conftest import write_workbook

SURVEY = [  # fmt: skip
    ["type", "name", "label", "parameters"],
    ["range", "floors", "Floors", "start=0 end=10 step=2"],
    ["range", "down", "Down", "start=1 end=0 step=0.25"],
    ["range", "plain", "Plain", ""],
    ["geotrace", "path", "Path", ""],
    ["geoshape", "plot", "Plot", ""],
]


@pytest.fixture
def session(tmp_path: Path) -> FormSession:
    return FormSession(load_form(write_workbook(tmp_path / "t.xlsx", SURVEY), cache_dir=tmp_path))


def test_a_range_takes_numbers_from_start_to_end_on_its_steps(session: FormSession) -> None:
    questions = session.definition.questions
    assert questions["floors"].type == "integer" and questions["down"].type == "decimal"
    assert questions["plain"].range_ == {"start": 1.0, "end": 10.0, "step": 1.0}  # ODK's defaults
    session.set("floors", 4)
    session.set("down", 0.75)
    assert (session.value("floors"), session.value("down")) == (4, 0.75)
    for name, wrong in (("floors", 5), ("floors", 12), ("floors", -2), ("down", 0.8)):
        with pytest.raises(AnswerTypeError, match="in steps of"):
            session.set(name, wrong)
    assert (session.value("floors"), session.value("down")) == (4, 0.75)  # unchanged


def test_lines_and_shapes_are_points_and_a_shape_is_closed(session: FormSession) -> None:
    session.set("path", "3.1 101.1;3.2 101.2 5 3")
    assert session.value("path") == "3.1 101.1 0 0; 3.2 101.2 5 3"
    session.set("plot", ["3.1 101.1", "3.2 101.2", "3.3 101.1"])
    assert session.value("plot") == "3.1 101.1 0 0; 3.2 101.2 0 0; 3.3 101.1 0 0; 3.1 101.1 0 0"
    session.set("plot", "3.1 101.1; 3.2 101.2; 3.3 101.1; 3.1 101.1")  # closed already: kept
    assert session.value("plot").count(";") == 3
    for name, wrong, phrase in (
        ("path", "3.1 101.1", "at least 2 points"),
        ("path", "3.1 101.1; 91 101", "point 2: "),
        ("path", "3.1 101.1; north", "point 2: "),
        ("plot", "3.1 101.1; 3.2 101.2", "at least 3 different points"),
        ("plot", "3.1 101.1; 3.1 101.1; 3.1 101.1", "at least 3 different points"),
    ):
        with pytest.raises(AnswerTypeError, match=phrase):
            session.set(name, wrong)


@pytest.mark.parametrize(
    ("row", "phrase"),
    [
        (["background-audio", "recording", ""], "records sound"),
        (["start-geopoint", "where", ""], "a laptop has none"),
        (["background-geopoint", "trail", "", "", "${x}"], "a laptop has none"),
        (["audit", "audit", ""], "log of every screen"),
        (["range", "bad", "Bad", "start=0 end=10 step=0"], "'step' must not be '0'"),
    ],
)
def test_what_a_laptop_cannot_record_is_refused_at_its_row(
    tmp_path: Path, row: list[str], phrase: str
) -> None:
    survey = [
        ["type", "name", "label", "parameters", "trigger"],
        ["text", "x", "X", "", ""],
        row + [""] * (5 - len(row)),
    ]
    with pytest.raises(LocatedErrors) as raised:
        load_form(write_workbook(tmp_path / "m.xlsx", survey), cache_dir=tmp_path)
    assert "survey!3" in str(raised.value) and phrase in str(raised.value)


def test_metadata_is_filled_from_the_device(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["deviceid", "device", ""], ["username", "who", ""],
              ["today", "day", ""], ["phonenumber", "phone", ""], ["text", "x", "X"]]  # fmt: skip
    form = load_form(write_workbook(tmp_path / "d.xlsx", survey), cache_dir=tmp_path)
    session = FormSession(form, metadata={"deviceid": "d-1", "username": "E-017"})
    assert (session.value("device"), session.value("who")) == ("d-1", "E-017")
    assert session.value("day") is not None and session.value("phone") is None
