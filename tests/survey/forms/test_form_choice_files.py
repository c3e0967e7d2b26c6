"""select_one_from_file / select_multiple_from_file over CSV, XML and GeoJSON files, and rank.

ODK's rules (docs.getodk.org, "Form datasets" and the XLSForm `rank` type): a CSV file's `name`
and `label` columns, an XML file's item/name and item/label, a GeoJSON feature's `id` and
`title` property are a choice's value and label, unless `parameters` says `value=` / `label=`;
a rank answer is the choices' names in the order given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms import FormSession, load_form

GEOJSON = (
    '{"type": "FeatureCollection", "features": ['
    '{"type": "Feature", "id": "w1", "geometry": {"type": "Point", "coordinates": [101.5, 3.2]},'
    ' "properties": {"title": "North well", "code": "N", "depth": 12}},'
    '{"type": "Feature", "id": "w2", "geometry": {"type": "Point", "coordinates": [101.6, 3.1]},'
    ' "properties": {"title": "South well", "code": "S", "depth": 30}}]}'
)
XML = (
    "<root><item><name>rice</name><label>Rice</label><unit>kg</unit></item>"
    "<item><name>oil</name><label>Cooking oil</label><unit>l</unit></item></root>"
)


@pytest.fixture
def file_form(make_form: Callable[..., Path], tmp_path: Path) -> Path:
    """A form reading wells.geojson and foods.xml from form-media/, and staples.csv beside it."""
    media = tmp_path / "form-media"
    media.mkdir()
    (media / "wells.geojson").write_text(GEOJSON, encoding="utf-8")
    (media / "foods.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "staples.csv").write_text("name,label\nrice,Rice\nsalt,Salt\n", encoding="utf-8")
    return make_form(
        [
            ["type", "name", "label", "parameters", "choice_filter"],
            ["select_one_from_file wells.geojson", "well", "Well", "", ""],
            ["select_one_from_file wells.geojson", "well_code", "Well", "value=code", ""],
            ["select_multiple_from_file foods.xml", "foods", "Foods", "", ""],
            ["select_one_from_file foods.xml", "deep_food", "Food", "", "unit = 'kg'"],
            ["select_one_from_file staples.csv", "staple", "Staple", "", ""],
            ["rank priorities", "ranked", "Rank", "", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["priorities", "food", "Food"],
            ["priorities", "school", "School"],
            ["priorities", "health", "Health"],
        ],
    )


def test_geojson_xml_and_csv_lists_give_value_and_label(
    file_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """GeoJSON gives id/title (or the parameters' value column), XML name/label, CSV
    name/label; a choice_filter reads the file's other columns."""
    session = FormSession(load_form(file_form, cache_dir=cache_dir), clock=clock)
    assert [(c.name, c.labels["default"]) for c in session.choices("well")] == [
        ("w1", "North well"),
        ("w2", "South well"),
    ]
    assert session.choices("well")[0].extras["geometry"] == "3.2 101.5 0 0"
    assert [c.name for c in session.choices("well_code")] == ["N", "S"]
    assert [c.labels["default"] for c in session.choices("foods")] == ["Rice", "Cooking oil"]
    assert [c.name for c in session.choices("deep_food")] == ["rice"]
    assert [c.name for c in session.choices("staple")] == ["rice", "salt"]
    session.set("well", "w2")
    session.set("foods", ["oil", "rice"])
    assert session.value("foods") == ["oil", "rice"]
    with pytest.raises(TinjauError):
        session.set("foods", ["bread"])


def test_rank_keeps_the_order_and_refuses_repeats_and_strangers(
    file_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """A rank answer is the choice names in order (a list, or text separated by spaces, as
    ODK stores it); a name twice or one not in the list is refused and nothing changes."""
    session = FormSession(load_form(file_form, cache_dir=cache_dir), clock=clock)
    session.set("ranked", "school health food")
    assert session.value("ranked") == ["school", "health", "food"]
    for wrong in (["food", "food"], ["food", "shelter"], 3):
        with pytest.raises(TinjauError):
            session.set("ranked", wrong)
    assert session.value("ranked") == ["school", "health", "food"]
    reopened = FormSession(session.form, session.answers(), clock=clock)
    assert reopened.value("ranked") == ["school", "health", "food"]


def test_missing_choice_file_is_named_with_its_folders(
    make_form: Callable[..., Path], cache_dir: Path
) -> None:
    """A select_one_from_file whose file is in neither folder is refused at its row."""
    path = make_form(
        [["type", "name", "label"], ["select_one_from_file towns.xml", "town", "Town"]]
    )
    with pytest.raises(LocatedErrors) as caught:
        load_form(path, cache_dir=cache_dir)
    assert caught.value.problems == [
        (
            "survey!2",
            f"the choices file towns.xml is missing; put it in form-media/ or {path.parent.name}/",
        )
    ]
