"""Answers a standard reads as numbers: a number (JSON or decimal text) is scored, anything else
is refused naming the household, member and field, never the value, and never scored as 0."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from app.survey.errors import LocatedErrors
from app.survey.scoring import (
    Standard,
    UnusableAnswers,
    find_standard,
    load_standard_text,
    score_household,
    score_many,
    shipped_standards,
)
from app.survey.scoring.household import scorer_for
from app.survey.scoring.numbers import read_as_numbers
from tests.survey.scoring.scoring_households import household

ROOT = Path(__file__).resolve().parents[3]
# Values that are not numbers, as they reach `tinjau score` from JSON (1e400 is read as inf).
NOT_NUMBERS = [
    "RM 5,000", "5k", "lots", "5,000", "1e5", "²", "12/5", " ", math.inf, -math.inf, math.nan,
    10**400, True, False, [], [5000], {}, {"amount": 5000},
]  # fmt: skip
# The same number written as the form engine accepts it for a decimal question.
NUMBERS = [5000, 5000.0, "5000", " 5000 ", "+5000", "5000.00", "٥٠٠٠", "۵۰۰۰"]


def _form_numeric_fields() -> dict[str, str]:
    """Numeric fields of the household form that the standards rely on: name -> where."""
    text = (ROOT / "docs" / "household-form.md").read_text(encoding="utf-8")
    section = text.split("## Fields the poverty standards rely on")[1].split("\n## ")[0]
    fields = {}
    for name, where, kind in re.findall(r"^\| `(\w+)` \| (\w+) \| ([\w ]+?) \|", section, re.M):
        if kind in ("integer", "decimal") or name == "income_per_capita":
            fields[name] = where
    return fields


FORM_NUMBERS = _form_numeric_fields()


def _read_by(std_id: str) -> list[str]:
    """The form's numeric fields that the standard's file names (as ${x} or a bare field)."""
    text = find_standard(std_id).path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    return [name for name in FORM_NUMBERS if re.search(rf"(?<![\w]){name}(?![\w])", text)]


CASES = [(s.id, name) for s in shipped_standards() for name in _read_by(s.id)]


def _xpath_only(std_id: str):  # type: ignore[no-untyped-def]
    """The shipped standard with a (unused) variable, which turns the fast path off."""
    path = find_standard(std_id).path
    assert path is not None
    return load_standard_text(
        path.read_text(encoding="utf-8") + '\n[variables]\nunused = "1"\n', f"{std_id}.toml"
    )


def _with(answers: dict, field: str, value: object) -> dict:
    """`answers` with `field` set to `value` where the form keeps it (head member or household)."""
    if FORM_NUMBERS[field] == "members":
        answers["members"][0][field] = value
    else:
        answers[field] = value
    return answers


def test_the_form_numeric_fields_each_standard_reads_are_known() -> None:
    """Every integer/decimal field of the household form a shipped standard names is checked."""
    assert {"age", "income_wages", "floor_area", "water_minutes", "child_deaths_5y"} <= {
        name for _, name in CASES
    }
    for std_id, name in CASES:
        assert name in scorer_for(find_standard(std_id)).numbers.numbers, (std_id, name)


@pytest.mark.parametrize(("std_id", "field"), CASES)
@pytest.mark.parametrize("path", ["fast", "xpath"])
def test_a_value_that_is_not_a_number_is_refused_naming_the_field(
    std_id: str, field: str, path: str
) -> None:
    """Each non-number in each numeric field is refused with the field and member named."""
    standard = find_standard(std_id) if path == "fast" else _xpath_only(std_id)
    assert (scorer_for(standard).all_probes is not None) == (path == "fast")
    for value in NOT_NUMBERS:
        answers = _with(household(income=2_000_000), field, value)
        with pytest.raises(UnusableAnswers) as caught:
            score_household(standard, answers)
        message = str(caught.value)
        place = "members #1: " if FORM_NUMBERS[field] == "members" else ""
        assert f"{place}{field} is " in message, (value, message)
        assert "RM" not in message and "5k" not in message and "lots" not in message


def test_income_written_as_text_is_refused_not_read_as_zero() -> None:
    """The issue's case: wages 'RM 5,000' with no per-capita income gave hardcore poor (0)."""
    standard = find_standard("my-ekasih-pgk")
    answers = {"state": "johor", "stratum": "urban", "members": [{"age": 40}]}
    answers["members"][0]["income_wages"] = "RM 5,000"
    with pytest.raises(UnusableAnswers, match=r"members #1: income_wages is text"):
        score_household(standard, answers)


@pytest.mark.parametrize("value", NUMBERS)
def test_numbers_written_as_the_form_takes_them_score_as_that_number(value: object) -> None:
    """5000 as a JSON number, decimal text or another script's digits is 5000 per month."""
    standard = find_standard("my-ekasih-pgk")
    answers = {"state": "johor", "stratum": "urban", "members": [{"income_wages": value}]}
    result = score_household(standard, answers)
    assert (result.income, result.status) == (5000, "tidak_miskin")


@pytest.mark.parametrize("value", [None, ""])
def test_an_empty_number_is_not_answered(value: object) -> None:
    """null and "" mean not answered: the income is not known (insufficient data), not 0."""
    standard = find_standard("my-ekasih-pgk")
    answers = {"state": "johor", "stratum": "urban", "members": [{"income_wages": value}]}
    assert score_household(standard, answers).status == "insufficient_data"


def test_decimal_text_reaches_the_deprivation_tests_as_a_number() -> None:
    """An age or floor area written as text ("65", "20.5") is read as that number by every test."""
    standard = find_standard("vn-2022-2025")
    typed = household(["dependants", "housing_area"], income=2_000_000)
    text = household(income=2_000_000)
    text["members"][0]["age"] = "65"
    text["floor_area"] = "20.0"
    assert score_household(standard, text).deprived == score_household(standard, typed).deprived


def test_score_many_names_each_household_and_lists_every_problem() -> None:
    """A batch is refused as a whole, naming each household by its position (or given name)."""
    standard = find_standard("vn-2022-2025")
    good = household(income=2_000_000)
    bad = _with(household(income=2_000_000), "age", "forty")
    worse = _with(household(income="2 million"), "floor_area", True)
    with pytest.raises(UnusableAnswers) as caught:
        score_many(standard, [good, bad, worse])
    assert caught.value.problems == [
        ("household 2, members #1", "age is text that is not a number."),
        ("household 3", "floor_area is true or false, not a number."),
        ("household 3", "income_per_capita is text that is not a number."),
    ]
    with pytest.raises(UnusableAnswers, match="interview X, members #1: age"):
        score_many(standard, [bad], names=["interview X"])


@pytest.mark.parametrize(
    ("members", "where"),
    [("all of us", "members must be a list"), ({"age": 3}, "members must be a list"),
     ([{"age": 3}, "Ali"], "members #2: this entry is not a group")],
)  # fmt: skip
def test_members_that_are_not_a_list_of_answer_groups_are_refused(
    members: object, where: str
) -> None:
    """A roster that is not a list of answer objects is refused, the entry named by position."""
    answers = household(income=2_000_000)
    answers["members"] = members
    with pytest.raises(UnusableAnswers, match=where):
        score_household(find_standard("vn-2022-2025"), answers)


def _lenient(std_id: str) -> Standard:
    """The shipped standard with `[missing] not_numbers = "treat_as_missing"`."""
    text = find_standard(std_id).path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    if "[missing]" in text:
        text = text.replace("[missing]", '[missing]\nnot_numbers = "treat_as_missing"', 1)
    else:
        text += '\n[missing]\nnot_numbers = "treat_as_missing"\n'
    standard = load_standard_text(text, f"{std_id}.toml")
    assert standard.not_numbers == "treat_as_missing"
    return standard


def test_policy_treat_as_missing_makes_an_income_in_words_unknown_not_zero() -> None:
    """With the policy, wages "RM 5,000" make the income unknown: insufficient data, not poor."""
    answers = {"state": "johor", "stratum": "urban", "members": [{"income_wages": "RM 5,000"}]}
    result = score_household(_lenient("my-ekasih-pgk"), answers)
    assert (result.status, result.income) == ("insufficient_data", None)


def test_policy_treat_as_missing_drops_only_the_indicators_that_read_the_field() -> None:
    """Global MPI with the policy: an age in words makes the indicators reading age missing
    (their weight rescaled), and leaves the others as they were."""
    standard = _lenient("global-mpi-2018")
    answers = household(["cooking_fuel"])
    answers["members"][2]["age"] = "ten"
    result = score_household(standard, answers)
    reading_age = {"nutrition", "years_of_schooling", "school_attendance"}
    assert {i for i, flag in result.deprived.items() if flag is None} == reading_age
    assert result.deprived["cooking_fuel"] is True
    # Education has no indicator left: no score is possible, so not a guess.
    assert result.status == "insufficient_data"


def test_policy_keeps_refusing_a_roster_that_is_not_a_list() -> None:
    """The policy covers numbers only: a members roster of the wrong shape is still refused."""
    answers = household(income=2_000_000)
    answers["members"] = "three people"
    with pytest.raises(UnusableAnswers, match="members must be a list"):
        score_household(_lenient("vn-2022-2025"), answers)


def test_an_unknown_not_numbers_policy_names_its_line() -> None:
    """`not_numbers` takes refuse or treat_as_missing; anything else is a file:line refusal."""
    text = find_standard("vn-2022-2025").path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    text = text.replace("[missing]", '[missing]\nnot_numbers = "zero"', 1)
    with pytest.raises(LocatedErrors, match=r"vn\.toml:\d+: 'not_numbers' must be one of refuse"):
        load_standard_text(text, "vn.toml")


def test_the_docs_list_the_answers_the_shipped_standards_read_as_numbers() -> None:
    """docs/standards.md names exactly the answers the shipped standards check as numbers."""
    text = (ROOT / "docs" / "standards.md").read_text(encoding="utf-8")
    section = text.split("## Answers read as numbers")[1].split("Such an answer")[0]
    listed = set(re.findall(r"`(\w+)`", section.split("For the shipped standards")[1]))
    checked = {n for s in shipped_standards() for n in scorer_for(s).numbers.numbers}
    assert listed == checked


@pytest.mark.parametrize(
    ("expression", "numbers"),
    [
        ("${x} > 3", {"x"}),
        ("-${x} = 'a'", {"x"}),
        ("${x} = 3", {"x"}),
        ("${x} = 'a' or ${y} != 'b'", set()),
        ("count(${members}[age >= 6 and name = 'a']) > 0", {"age"}),
        ("sum(${wages}[. != ''])", {"wages"}),
        ("coalesce(${rent}, 0) + 1", {"rent"}),
        ("if(${c} = 'y', ${a}, '') * 2", {"a"}),
        ("selected(${assets}, 'tv') and string-length(${note}) > 3", set()),
        ("(today() - ${dob}) div 365 >= 60", set()),
        ("count(${members}) = ${hh_size}", {"hh_size"}),
    ],
)
def test_the_answers_read_as_numbers_are_found_from_the_expression(
    expression: str, numbers: set[str]
) -> None:
    """Arithmetic, <, >, = with a number, sum(), coalesce() inside arithmetic read numbers;
    text comparisons, selected(), string-length() and date arithmetic do not."""
    assert read_as_numbers([expression])[0] == numbers
