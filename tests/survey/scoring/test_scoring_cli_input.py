"""`tinjau score`, `measure` and `standards rescore` on bad input, run as processes: each refusal
is one sentence naming the place (never the value), prints no result and changes no file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.survey.scoring.scoring_households import household
from tests.survey.scoring.test_scoring_cli import tinjau


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _refused(out: object, *expected: str) -> str:
    """The refusal's text, after checking it is one clean refusal holding `expected`."""
    assert out.returncode == 1 and out.stdout == "", out.stdout  # type: ignore[attr-defined]
    err: str = out.stderr  # type: ignore[attr-defined]
    assert err.startswith("tinjau: ") and "Traceback" not in err, err
    for part in expected:
        assert part in err, err
    return err


def test_score_refuses_an_income_written_as_text_naming_household_member_and_field(
    tmp_path: Path,
) -> None:
    """ "RM 5,000" in the second household's wages: no line printed, the place named, no value."""
    bad = {"state": "johor", "stratum": "urban", "members": [{"age": 30}, {"age": 40}]}
    bad["members"][1]["income_wages"] = "RM 5,000"
    good = {"state": "johor", "stratum": "urban", "members": [{"income_wages": 5000}]}
    path = _file(tmp_path, json.dumps([good, bad]))
    for command in ("score", "measure"):
        out = tinjau(command, "--standard", "my-ekasih-pgk", "--input", path)
        err = _refused(out, "household 2, members #2: income_wages is text that is not a number")
        assert "5,000" not in err and "RM " not in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "nests lists or objects too deep"),
        ('{"age": ' + "9" * 5000 + "}", "a number with thousands of digits"),
        ("5", "holds a number; give one household answer object or a list"),
        ('"Ali"', "holds text;"),
        ('[{}, ["Ali"]]', "Household 2 of"),
        ("[{}, {}, null]", "Household 3 of"),
    ],
)
def test_json_of_the_wrong_shape_is_a_sentence(tmp_path: Path, text: str, expected: str) -> None:
    """Deep nesting, huge numbers and non-object households are sentences naming the position."""
    err = _refused(tinjau("score", "--standard", "vn-2022-2025", "--input", _file(tmp_path, text)),
                   expected)  # fmt: skip
    assert "Ali" not in err


@pytest.mark.parametrize("k", ["1e400", "inf", "nan", "1/0", "9" * 5000, "-1", "0"])
def test_measure_refuses_a_cutoff_that_is_no_usable_number(tmp_path: Path, k: str) -> None:
    """--k of inf, nan, 1/0, thousands of digits, or out of range is a sentence, not a traceback."""
    path = _file(tmp_path, json.dumps([household()]))
    _refused(tinjau("measure", "--standard", "global-mpi-2018", "--input", path, "--k", k), "k")


def test_measure_by_a_roster_or_personal_field_is_refused(tmp_path: Path) -> None:
    """--by a member's answer, a name, phone, income or notes is refused; --by ward works."""
    homes = [household(income=1_000_000), household(["latrine"], income=3_000_000)]
    for index, home in enumerate(homes):
        home.update(ward=f"w{index}", phone="012-3456789", enumerator_notes="Ali is kind")
    path = _file(tmp_path, json.dumps(homes))
    allowed = "Group by an area (country, state, district, ward, site, block, stratum)"
    for field in ("name", "national_id", "phone", "income_per_capita", "enumerator_notes"):
        out = tinjau("measure", "--standard", "vn-2022-2025", "--input", path, "--by", field)
        err = _refused(out, f"not grouped by {field}: its values are personal data", allowed)
        assert "Head" not in err and "012" not in err and "Ali" not in err
    for field in ("age", "health_insurance"):
        out = tinjau("measure", "--standard", "vn-2022-2025", "--input", path, "--by", field)
        _refused(out, f"not grouped by {field}: it is a member's answer", allowed)
    out = tinjau("measure", "--standard", "vn-2022-2025", "--input", path, "--by", "ward")
    assert out.returncode == 0, out.stderr
    assert set(json.loads(out.stdout)["areas"]) == {"w0", "w1"}


def test_measure_on_an_income_only_standard_gives_headcounts_per_status(tmp_path: Path) -> None:
    """e-Kasih (no indicators): households and persons per status with their rates, overall and
    per ward, and no Alkire-Foster figures over an empty population."""
    # Johor urban lines per person: food 347, overall 701 (PGK 2019).
    homes = [
        ("w1", 300, 4),  # below 347: miskin tegar
        ("w1", 500, 2),  # below 701: miskin
        ("w2", "1000", 3),  # tidak miskin
        ("w2", 700, 1),  # below 701: miskin
        ("w2", None, 2),  # income not known: excluded
    ]
    answers = [
        {"state": "johor", "stratum": "urban", "ward": ward, "income_per_capita": income,
         "members": [{} for _ in range(size)]}
        for ward, income, size in homes
    ]  # fmt: skip
    path = _file(tmp_path, json.dumps(answers))
    out = tinjau("measure", "--standard", "my-ekasih-pgk", "--input", path, "--by", "ward")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["method"] == "income" and "H" not in result and "population" not in result
    assert (result["households"], result["excluded"]) == (5, 1)
    # 4 households and 4 + 2 + 3 + 1 = 10 persons with a status.
    assert result["statuses"] == {
        "miskin_tegar": {"households": 1, "persons": 4, "household_rate": 1 / 4,
                         "person_rate": 4 / 10},
        "miskin": {"households": 2, "persons": 3, "household_rate": 2 / 4, "person_rate": 3 / 10},
        "tidak_miskin": {"households": 1, "persons": 3, "household_rate": 1 / 4,
                         "person_rate": 3 / 10},
    }  # fmt: skip
    # Persons below each line: food 4 of 10; overall 4 + 2 + 1 = 7 of 10.
    assert result["income_poverty"] == {"pgk_food": 4 / 10, "pgk": 7 / 10}
    w2 = result["areas"]["w2"]
    assert (w2["households"], w2["excluded"]) == (3, 1)
    assert w2["statuses"]["miskin"] == {
        "households": 1, "persons": 1, "household_rate": 1 / 2, "person_rate": 1 / 4,
    }  # fmt: skip
    assert w2["statuses"]["miskin_tegar"]["households"] == 0
    assert result["areas"]["w1"]["statuses"]["miskin_tegar"]["person_rate"] == 4 / 6


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_rescore_refuses_a_stored_answer_that_is_not_a_number(tmp_path: Path) -> None:
    """A stored floor area "lots" is refused naming the interview and field; every file of the
    data folder stays byte-identical, and no score (not even the good interview's) is written."""
    from app.survey.db import open_database
    from app.survey.db.models import Area, Household, Interview

    bad = household(income=2_000_000)
    bad["floor_area"] = "lots"
    db = open_database(tmp_path / "tinjau.sqlite")
    with db.session() as s, s.begin():
        unit = Area(level="unit", code="A-1", path_code="A-1", name="A-1")
        s.add(unit)
        s.flush()
        ids = []
        for answers in (household(income=2_000_000), bad):
            home = Household(unit_id=unit.id, head_name="Head")
            s.add(home)
            s.flush()
            interview = Interview(household_id=home.id, form_id="h", form_version="1",
                                  answers=answers)  # fmt: skip
            s.add(interview)
            s.flush()
            ids.append(interview.id)
    db.close()
    before = _digests(tmp_path)
    out = tinjau("standards", "rescore", "--data-dir", str(tmp_path))
    _refused(out, f"interview {ids[1]}: floor_area is text that is not a number")
    assert _digests(tmp_path) == before
