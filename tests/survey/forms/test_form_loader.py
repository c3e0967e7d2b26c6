"""Loading XLSForms into Tinjau's form definition: types, columns, languages, settings, cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.survey.forms import load_form
from app.survey.forms import loader as loader_module
from app.survey.forms.model import pick_label

DATA = Path(__file__).resolve().parent / "data"

HEADER = [
    "type",
    "name",
    "label::English (en)",
    "label::Malay (ms)",
    "hint::English (en)",
    "required",
    "required_message::English (en)",
    "relevant",
    "constraint",
    "constraint_message::English (en)",
    "calculation",
    "choice_filter",
    "default",
    "read_only",
    "appearance",
    "trigger",
    "repeat_count",
]


def survey_row(type_: str, name: str, **cells: str) -> list[str]:
    row = dict.fromkeys(HEADER, "")
    row.update(type=type_, name=name)
    for key, value in cells.items():
        row[{"en": "label::English (en)", "ms": "label::Malay (ms)"}.get(key, key)] = value
    return [row[h] for h in HEADER]


@pytest.fixture
def every_type(make_form, tmp_path: Path) -> Path:
    (tmp_path / "places.csv").write_text("name,label,area\np1,Place 1,a\np2,Place 2,b\n")
    return make_form(
        [
            HEADER,
            survey_row("text", "t", en="Text", ms="Teks", **{"hint::English (en)": "a hint"}),
            survey_row("integer", "i", en="Int", required="yes", constraint=". > 0"),
            survey_row("decimal", "d", en="Dec", default="1.5"),
            survey_row("date", "da", en="Date"),
            survey_row("time", "ti", en="Time"),
            survey_row("dateTime", "dt", en="DateTime"),
            survey_row("select_one yn", "so", en="One", appearance="minimal"),
            survey_row("select_multiple yn", "sm", en="Many"),
            survey_row("select_one_from_file places.csv", "sf", en="From file"),
            survey_row("note", "no", en="Note ${i}"),
            survey_row("calculate", "ca", calculation="${i} * 2"),
            survey_row("acknowledge", "ac", en="OK?"),
            survey_row("geopoint", "gp", en="Where"),
            survey_row("begin group", "g", en="Group", relevant="${i} > 1"),
            survey_row("begin repeat", "r", en="Repeat", repeat_count="${i}"),
            survey_row(
                "text",
                "inner",
                en="Inner",
                read_only="yes",
                **{
                    "required": "${i} > 2",
                    "required_message::English (en)": "needed",
                    "constraint": "string-length(.) < 5",
                    "constraint_message::English (en)": "short please",
                },
            ),
            survey_row("select_one yn", "f", en="Filtered", choice_filter="name != 'no'"),
            survey_row("text", "trig", en="Triggered", calculation="${t}", trigger="${t}"),
            survey_row("end repeat", ""),
            survey_row("end group", ""),
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Malay (ms)"],
            ["yn", "yes", "Yes", "Ya"],
            ["yn", "no", "No", "Tidak"],
        ],
        {
            "form_id": "every_type",
            "version": "7",
            "default_language": "English (en)",
            "form_title": "Every type",
        },
    )


def test_every_type_and_column_is_read(every_type: Path, cache_dir: Path) -> None:
    """Each supported type and column lands in the typed definition with its path and row."""
    definition = load_form(every_type, cache_dir=cache_dir).definition
    q = definition.questions
    assert [q[n].type for n in ("t", "i", "d", "da", "ti", "dt", "so", "sm", "sf")] == [
        "text",
        "integer",
        "decimal",
        "date",
        "time",
        "dateTime",
        "select_one",
        "select_multiple",
        "select_one_from_file",
    ]
    assert [q[n].type for n in ("no", "ca", "ac", "gp", "g", "r")] == [
        "note",
        "calculate",
        "acknowledge",
        "geopoint",
        "group",
        "repeat",
    ]
    assert q["inner"].path == ("g", "r", "inner")
    assert q["inner"].repeats == ("r",)
    assert q["inner"].row == 17
    assert q["t"].row == 2
    assert q["t"].hints == {"English (en)": "a hint"}
    assert q["t"].labels == {"English (en)": "Text", "Malay (ms)": "Teks"}
    assert q["i"].required == "true()"
    assert q["i"].constraint == ". > 0"
    assert q["inner"].required == "${i} > 2"
    assert q["inner"].required_messages == {"English (en)": "needed"}
    assert q["inner"].constraint_messages == {"English (en)": "short please"}
    assert q["inner"].read_only == "true()"
    assert q["g"].relevant == "${i} > 1"
    assert q["r"].repeat_count == "${i}"
    assert q["ca"].calculation == "${i} * 2"
    assert q["f"].choice_filter == "name != 'no'"
    assert q["d"].default == "1.5"
    assert q["so"].appearance == "minimal"
    assert q["trig"].trigger == ("t",)
    assert [c.name for c in definition.choices(q["sf"])] == ["p1", "p2"]
    assert definition.choices(q["sf"])[0].extras == {"area": "a"}
    assert [c.labels["Malay (ms)"] for c in definition.choices(q["so"])] == ["Ya", "Tidak"]


def test_settings_and_languages(every_type: Path, cache_dir: Path) -> None:
    """form_id, version, title and default_language come from the settings sheet."""
    definition = load_form(every_type, cache_dir=cache_dir).definition
    assert (definition.form_id, definition.version, definition.title) == (
        "every_type",
        "7",
        "Every type",
    )
    assert definition.default_language == "English (en)"
    assert definition.languages == ("English (en)", "Malay (ms)")


def test_label_fallback_by_name_code_and_default() -> None:
    """A label is picked by language name or code, else the default language."""
    texts = {"English (en)": "House", "Malay (ms)": "Rumah"}
    assert pick_label(texts, "ms", "English (en)") == "Rumah"
    assert pick_label(texts, "Malay (ms)", "English (en)") == "Rumah"
    assert pick_label(texts, "vi", "English (en)") == "House"
    assert pick_label({"Malay (ms)": "Rumah"}, "vi", "English (en)") == "Rumah"


def test_dependency_graph_lists_readers(every_type: Path, cache_dir: Path) -> None:
    """The graph says which cells read ${i}, so a change to i re-runs only those."""
    form = load_form(every_type, cache_dir=cache_dir)
    readers = set(form.readers["i"])
    assert {("ca", "calculation"), ("g", "relevant"), ("r", "repeat_count")} <= readers
    assert ("inner", "required") in readers
    assert ("trig", "trigger") in form.readers["t"]
    assert form.rank["i"] < form.rank["ca"]


def test_second_load_comes_from_the_cache(
    every_type: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a workbook is cached, loading it again never runs pyxform."""
    first = load_form(every_type, cache_dir=cache_dir)
    files = list(cache_dir.glob("*.json"))
    assert [f.stem for f in files] == [first.definition.source_sha256]

    def no_pyxform(*args: object, **kwargs: object) -> None:
        raise AssertionError("pyxform ran although the form was cached")

    monkeypatch.setattr(loader_module, "parse_workbook", no_pyxform)
    second = load_form(every_type, cache_dir=cache_dir)
    assert second.definition.to_json() == first.definition.to_json()


def test_changed_choice_file_invalidates_the_cache(
    every_type: Path, cache_dir: Path, tmp_path: Path
) -> None:
    """Choices read from a CSV beside the form are re-read when that file changes."""
    load_form(every_type, cache_dir=cache_dir)
    (tmp_path / "places.csv").write_text("name,label,area\np9,Place 9,z\n")
    definition = load_form(every_type, cache_dir=cache_dir).definition
    assert [c.name for c in definition.choices(definition.questions["sf"])] == ["p9"]


def test_cached_form_under_another_name_is_named_by_its_own_file(
    every_type: Path, cache_dir: Path, tmp_path: Path
) -> None:
    """The cache is keyed by content, yet a renamed copy is reported under its own file name
    (before, `form check copy.xlsx` printed the first file's name)."""
    load_form(every_type, cache_dir=cache_dir)
    copy = tmp_path / "renamed_copy.xlsx"
    copy.write_bytes(every_type.read_bytes())
    again = load_form(copy, cache_dir=cache_dir).definition
    assert again.source_name == "renamed_copy.xlsx"
    assert len(list(cache_dir.glob("*.json"))) == 1


def test_cache_made_by_other_form_building_code_is_rebuilt(
    every_type: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache file written by another version of the building code (its engine stamp differs)
    is not trusted: the workbook goes through pyxform again, even with the same CACHE_FORMAT."""
    form = load_form(every_type, cache_dir=cache_dir)
    target = cache_dir / f"{form.definition.source_sha256}.json"
    payload = json.loads(target.read_text())
    assert payload["engine"] == loader_module.engine_stamp()
    payload["engine"] = "older-build-code"
    target.write_text(json.dumps(payload))
    parsed: list[Path] = []
    real = loader_module.parse_workbook

    def counting(content: bytes, source: Path, *media: object) -> object:
        parsed.append(source)
        return real(content, source, *media)

    monkeypatch.setattr(loader_module, "parse_workbook", counting)
    load_form(every_type, cache_dir=cache_dir)
    assert parsed == [every_type]
    assert json.loads(target.read_text())["engine"] == loader_module.engine_stamp()


def test_damaged_cache_file_is_ignored(every_type: Path, cache_dir: Path) -> None:
    """A cache file that is not valid JSON is ignored and rewritten, not an error."""
    form = load_form(every_type, cache_dir=cache_dir)
    target = cache_dir / f"{form.definition.source_sha256}.json"
    target.write_text("{not json")
    again = load_form(every_type, cache_dir=cache_dir)
    assert again.definition.form_id == "every_type"
    assert json.loads(target.read_text())["format"] == loader_module.CACHE_FORMAT


def test_household_test_forms_load(cache_dir: Path) -> None:
    """The household surveys written for these tests load with their languages."""
    roster = load_form(DATA / "household_roster.xlsx", cache_dir=cache_dir).definition
    assert roster.languages == ("English (en)", "Malay (ms)")
    assert roster.questions["members"].path == ("roster", "members")
    jobs = load_form(DATA / "household_jobs.xlsx", cache_dir=cache_dir).definition
    assert jobs.questions["wage"].repeats == ("workers", "jobs")
    assert jobs.languages == ("English (en)", "Vietnamese (vi)", "Persian (fa)")


def test_or_other_relative_paths_become_references(make_form, cache_dir: Path) -> None:
    """pyxform's `../name` paths (from or_other) are read as ${name} references."""
    path = make_form(
        [
            ["type", "name", "label"],
            ["select_one colours or_other", "colour", "Colour"],
        ],
        [["list_name", "name", "label"], ["colours", "red", "Red"]],
    )
    form = load_form(path, cache_dir=cache_dir)
    other = form.definition.questions["colour_other"]
    assert other.relevant == "selected(${colour}, 'other')"
    assert ("colour_other", "relevant") in form.readers["colour"]


def test_legacy_xls_workbook_loads(tmp_path: Path, cache_dir: Path) -> None:
    """A .xls (Excel 97-2003) XLSForm loads as pyxform reads it, rows and all."""
    import xlwt

    book = xlwt.Workbook()
    survey = book.add_sheet("survey")
    rows = [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age", ""],
        ["text", "school", "School", "${age} < 18"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            survey.write(r, c, value)
    settings = book.add_sheet("settings")
    settings.write(0, 0, "form_id")
    settings.write(1, 0, "legacy")
    book.save(str(tmp_path / "legacy.xls"))
    form = load_form(tmp_path / "legacy.xls", cache_dir=cache_dir)
    assert form.definition.form_id == "legacy"
    assert form.definition.questions["school"].row == 3
    assert ("school", "relevant") in form.readers["age"]


def test_range_trigger_and_background_types(make_form, cache_dir: Path) -> None:
    """range is a number (decimal when its step has a fraction) with its start, end and step;
    trigger is an acknowledge."""
    path = make_form(
        [
            ["type", "name", "label", "parameters"],
            ["range", "stars", "Stars", "start=1 end=5 step=1"],
            ["range", "weight", "Weight", "start=0 end=2 step=0.5"],
            ["trigger", "seen", "Seen", ""],
        ]
    )
    questions = load_form(path, cache_dir=cache_dir).definition.questions
    assert [questions[n].type for n in ("stars", "weight", "seen")] == [
        "integer",
        "decimal",
        "acknowledge",
    ]
    assert questions["weight"].range_ == {"start": 0.0, "end": 2.0, "step": 0.5}
    # start-geopoint (a laptop has no GPS) is refused at its row: test_form_types.py.
