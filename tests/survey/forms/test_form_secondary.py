"""Forms that read secondary instances: choice lists and attached CSV/XML/GeoJSON files through
instance() with current() in predicates, pulldata(), randomize(), jr:itext(), root paths.

Spec sections: "Secondary Instances" and "XPath Functions" of the ODK XForms specification.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors
from app.survey.forms import FormSession, load_form
from app.survey.forms.session import interview_seed

from .conftest import REPO

CHOICES = [
    ["list_name", "name", "label", "country"],
    ["countries", "my", "Malaysia", ""],
    ["countries", "vn", "Viet Nam", ""],
    ["cities", "kl", "Kuala Lumpur", "my"],
    ["cities", "pg", "George Town", "my"],
    ["cities", "hn", "Ha Noi", "vn"],
    ["letters", "a", "A", ""],
    ["letters", "b", "B", ""],
    ["letters", "c", "C", ""],
    ["letters", "d", "D", ""],
    ["letters", "e", "E", ""],
]
SURVEY = [
    ["type", "name", "label", "choice_filter", "calculation"],
    ["select_one countries", "country", "Country", "", ""],
    ["select_one cities", "city", "City", "country = current()/../country", ""],
    [
        "calculate",
        "city_label",
        "",
        "",
        "instance('cities')/root/item[name = current()/../city]/label",
    ],
    ["calculate", "population", "", "", "pulldata('citydata', 'population', 'code', ${city})"],
    ["calculate", "order", "", "", "join(' ', randomize(instance('letters')/root/item/name))"],
    ["calculate", "seeded", "", "", "join(' ', randomize(instance('letters')/root/item/name, 42))"],
    ["calculate", "root_path", "", "", "/data/country"],
    ["calculate", "other_root", "", "", "concat('[', /survey/country, ']')"],
    ["calculate", "city_text", "", "", "jr:itext('cities-2')"],
    ["begin_repeat", "trips", "Trips", "", ""],
    ["select_one countries", "home", "Home", "", ""],
    ["select_one cities", "dest", "Destination", "country = current()/../home", ""],
    ["end_repeat", "", "", "", ""],
]
CITYDATA = "code,population\nkl,1800000\npg,700000\nhn,8000000\n"


@pytest.fixture
def secondary_form(make_form: Callable[..., Path], tmp_path: Path) -> Path:
    """The form above with citydata.csv in its `form-media/` folder."""
    path = make_form(SURVEY, CHOICES)
    media = tmp_path / "form-media"
    media.mkdir()
    (media / "citydata.csv").write_text(CITYDATA, encoding="utf-8")
    return path


def test_choice_filter_with_current_follows_the_answer_it_reads(
    secondary_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """`country = current()/../country` filters a city list by the country answer, and is
    filtered again when that answer changes (current() is the select question's node)."""
    session = FormSession(load_form(secondary_form, cache_dir=cache_dir), clock=clock)
    session.set("country", "my")
    assert [c.name for c in session.choices("city")] == ["kl", "pg"]
    changes = session.set("country", "vn")
    assert ("city", ()) in changes.choices
    assert [c.name for c in session.choices("city")] == ["hn"]


def test_choice_filter_with_current_inside_a_repeat(
    secondary_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """Inside a repeat, current()/../home is the same instance's answer (each trip filters
    by its own home country)."""
    session = FormSession(load_form(secondary_form, cache_dir=cache_dir), clock=clock)
    session.add_repeat("trips")
    session.add_repeat("trips")
    session.set("home", "vn", (0,))
    session.set("home", "my", (1,))
    assert [c.name for c in session.choices("dest", (0,))] == ["hn"]
    assert [c.name for c in session.choices("dest", (1,))] == ["kl", "pg"]


def test_instance_over_a_choice_list_and_pulldata_over_an_attached_csv(
    secondary_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """instance('cities') is the form's choice list (label in the session's language) and
    pulldata() reads citydata.csv from the form's media folder; both follow the answer."""
    session = FormSession(load_form(secondary_form, cache_dir=cache_dir), clock=clock)
    session.set("country", "my")
    session.set("city", "pg")
    assert session.value("city_label") == "George Town"
    assert session.value("population") == "700000"  # pulled values are text
    session.set("country", "vn")
    session.set("city", "hn")
    assert session.value("city_label") == "Ha Noi"
    assert session.value("population") == "8000000"
    assert session.value("city_text") == "Ha Noi"  # jr:itext('cities-2'): choice 2 of cities


def test_absolute_paths_must_name_the_root(
    secondary_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """/data/country is the answer; /survey/country selects nothing, since the form's root is
    `data` (XPath Paths: an absolute path starts at the document's root element)."""
    session = FormSession(load_form(secondary_form, cache_dir=cache_dir), clock=clock)
    session.set("country", "vn")
    assert session.value("root_path") == "vn"
    assert session.value("other_root") == "[]"


def test_randomize_is_stable_per_interview(
    secondary_form: Path, cache_dir: Path, clock: Callable
) -> None:
    """randomize() without a seed keeps its order for an interview opened again with the same
    seed; with a seed it is the same everywhere: 42 on a b c d e gives a e c b d (the Park-Miller
    draws worked out in tests/survey/xpath/test_odk_functions.py)."""
    form = load_form(secondary_form, cache_dir=cache_dir)
    seed = interview_seed("0190f1a2-7c3e-7a00-8000-000000000001")
    first = FormSession(form, clock=clock, random_seed=seed)
    again = FormSession(form, first.answers(), clock=clock, random_seed=seed)
    assert again.value("order") == first.value("order")
    assert sorted(first.value("order").split()) == list("abcde")
    assert first.value("seeded") == "a e c b d"
    orders = {FormSession(form, clock=clock, random_seed=s).value("order") for s in range(1, 9)}
    assert len(orders) > 1  # other interviews get other orders


def test_a_missing_attachment_is_named_by_form_check_with_its_row(
    make_form: Callable[..., Path], tmp_path: Path
) -> None:
    """`tinjau form check` names the row of every expression that reads an attached file the
    form's folders lack, and leaves the folder byte-identical."""
    path = make_form(SURVEY, CHOICES)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    result = subprocess.run(
        [str(REPO / ".venv" / "bin" / "tinjau"), "form", "check", "--no-cache", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "survey!5: the form reads the attached file 'citydata'" in result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_media_option_points_fill_at_another_folder(
    make_form: Callable[..., Path], tmp_path: Path
) -> None:
    """`tinjau form fill --media DIR` reads the attached files from DIR."""
    path = make_form(SURVEY, CHOICES)
    media = tmp_path / "elsewhere"
    media.mkdir()
    (media / "citydata.csv").write_text(CITYDATA, encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text('{"country": "my", "city": "kl"}', encoding="utf-8")
    tinjau = str(REPO / ".venv" / "bin" / "tinjau")
    result = subprocess.run(
        [tinjau, "form", "fill", str(path), "--no-cache", "--answers", str(answers)]
        + ["--media", str(media)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"population": "1800000"' in result.stdout
    assert '"city_label": "Kuala Lumpur"' in result.stdout


@pytest.mark.parametrize(
    ("filename", "text", "expression", "expected"),
    [
        (
            "towns.xml",
            "<root><item><code>a</code><size>3</size></item><item><code>b</code>"
            "<size>5</size></item></root>",
            "instance('towns')/root/item[code = ${pick}]/size",
            "5",
        ),
        (
            "towns.geojson",
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
            '{"type": "Point", "coordinates": [101.7, 3.1]}, "properties": {"code": "b"}}]}',
            "instance('towns')/root/item[code = ${pick}]/geometry",
            "3.1 101.7 0 0",
        ),
        ("towns.csv", "code,size\nb,9\n", "pulldata('towns', 'size', 'code', ${pick})", "9"),
    ],
)
def test_attached_xml_geojson_and_csv_files(
    make_form: Callable[..., Path],
    tmp_path: Path,
    cache_dir: Path,
    clock: Callable,
    filename: str,
    text: str,
    expression: str,
    expected: object,
) -> None:
    """An attached XML, GeoJSON or CSV file beside the form is a secondary instance of the
    shape ODK gives it (Secondary Instances)."""
    path = make_form(
        [
            ["type", "name", "label", "calculation"],
            ["text", "pick", "Pick", ""],
            ["calculate", "found", "", expression],
        ]
    )
    (tmp_path / filename).write_text(text, encoding="utf-8")
    session = FormSession(load_form(path, cache_dir=cache_dir), clock=clock)
    session.set("pick", "b")
    assert session.value("found") == expected


def test_csv_and_xml_external_rows_declare_attachments(
    make_form: Callable[..., Path], tmp_path: Path, cache_dir: Path, clock: Callable
) -> None:
    """`csv-external` and `xml-external` rows declare an attached file; they hold no answer
    and do not stop the form (XLSForm: external secondary instances)."""
    path = make_form(
        [
            ["type", "name", "label", "calculation"],
            ["csv-external", "prices", "", ""],
            ["calculate", "rice", "", "instance('prices')/root/item[item = 'rice']/price"],
        ]
    )
    (tmp_path / "prices.csv").write_text("item,price\nrice,2.5\n", encoding="utf-8")
    session = FormSession(load_form(path, cache_dir=cache_dir), clock=clock)
    assert session.value("rice") == "2.5"
    assert "prices" not in session.answers()


def test_function_table_rows_are_not_reported_as_unsupported(
    make_form: Callable[..., Path], cache_dir: Path
) -> None:
    """A form using every function of the table loads; the rows it cannot run (here //, an
    attribute and version()) are all reported at once, each at its row."""
    functions = [
        "digest('a', 'SHA-1')",
        "base64-decode('YQ==')",
        "area('0 0;0 1;1 1;0 0')",
        "distance('0 0;0 1')",
        "jr:itext('x-0')",
        "count(randomize(instance('x')/root/item))",
        "count(instance('x')/root/item[name = current()/../a])",
        "enclosed-area('0 0;0 1;1 1;0 0')",
    ]
    rows = [["type", "name", "label", "calculation"], ["text", "a", "A", ""]]
    rows += [["calculate", f"f{i}", "", text] for i, text in enumerate(functions)]
    choices = [["list_name", "name", "label"], ["x", "one", "One"]]
    load_form(make_form(rows, choices), cache_dir=cache_dir)
    bad = rows + [
        ["calculate", "g1", "", "count(//a)"],
        ["calculate", "g2", "", "@id"],
        ["calculate", "g3", "", "version()"],
    ]
    with pytest.raises(LocatedErrors) as caught:
        load_form(make_form(bad, choices, name="bad.xlsx"), cache_dir=cache_dir)
    places = [where for where, _ in caught.value.problems]
    assert places == ["survey!11", "survey!12", "survey!13"]
