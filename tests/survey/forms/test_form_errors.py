"""Bad workbooks fail with `sheet!row: message` naming the cell, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app.survey.errors import LocatedErrors
from app.survey.forms import load_form

from .conftest import REPO, write_workbook

H = ["type", "name", "label", "relevant", "calculation", "constraint"]

# name -> (survey rows, expected place, a phrase the message must contain)
CASES: dict[str, tuple[list[list[str]], str, str]] = {
    "cycle": (
        [
            H,
            ["integer", "x", "X", "", "", ""],
            ["calculate", "a", "", "", "${b} + 1", ""],
            ["calculate", "b", "", "", "${a} + ${x}", ""],
        ],
        "survey!3",
        "calculation of ${a} depends on itself",
    ),
    "self_cycle": (
        [H, ["calculate", "a", "", "", "${a} + 1", ""]],
        "survey!2",
        "depends on itself (${a} -> ${a})",
    ),
    "cycle_through_relevance": (
        [
            H,
            ["integer", "a", "A", "${b} > 1", "", ""],
            ["calculate", "b", "", "", "${a} + 1", ""],
        ],
        "survey!2",
        "relevant of ${a} depends on itself",
    ),
    "cycle_through_relevance_of_a_calculation": (
        [
            H,
            ["calculate", "a", "", "${b} > 1", "5", ""],
            ["calculate", "b", "", "", "${a} + 1", ""],
        ],
        "survey!2",
        "relevant of ${a} depends on itself (${a} -> ${b} -> ${a})",
    ),
    "cycle_through_a_group_relevance": (
        [
            H,
            ["begin group", "g", "G", "${b} > 1", "", ""],
            ["integer", "a", "A", "", "", ""],
            ["end group", "", "", "", "", ""],
            ["calculate", "b", "", "", "${a} + 1", ""],
        ],
        "survey!2",
        "relevant of ${g} depends on itself",
    ),
    "unknown_function": (
        [H, ["integer", "x", "X", "", "", ""], ["text", "y", "Y", "frobnicate(${x}) > 1", "", ""]],
        "survey!3",
        "unknown function 'frobnicate()'",
    ),
    "missing_reference": (
        [H, ["integer", "age", "Age", "", "", ""], ["text", "y", "Y", "${agee} > 5", "", ""]],
        "survey!3",
        "relevant refers to ${agee}, which is not a question in this form",
    ),
    "missing_reference_in_calculation": (
        [H, ["calculate", "c", "", "", "${nosuch} * 2", ""]],
        "survey!2",
        "calculation refers to ${nosuch}, which is not a question in this form",
    ),
    "syntax_error": (
        [H, ["integer", "age", "Age", "", "", ". >"]],
        "survey!2",
        "constraint cannot be read",
    ),
    "unknown_type": (
        [H, ["integer", "a", "A", "", "", ""], ["integr", "age", "Age", "", "", ""]],
        "survey!3",
        "question type 'integr' is not supported",
    ),
    "unmatched_group": (
        [H, ["begin group", "g", "G", "", "", ""], ["text", "a", "A", "", "", ""]],
        "survey!2",
        "No matching 'end_group'",
    ),
    "duplicate_name": (
        [H, ["integer", "age", "Age", "", "", ""], ["integer", "age", "Age", "", "", ""]],
        "survey!3",
        "must be unique",
    ),
    "missing_choice_file": (
        [H, ["select_one_from_file units.csv", "unit", "Unit", "", "", ""]],
        "survey!2",
        "units.csv is missing",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_form_names_the_cell(case: str, make_form, cache_dir: Path) -> None:
    """Each kind of mistake is reported at the survey row that holds it."""
    rows, place, phrase = CASES[case]
    path = make_form(rows, name=f"{case}.xlsx")
    with pytest.raises(LocatedErrors) as caught:
        load_form(path, cache_dir=cache_dir)
    places = [where for where, _ in caught.value.problems]
    assert place in places
    assert phrase in str(caught.value)
    assert not list(cache_dir.glob("*.json")), "a rejected form must not be cached"


def test_malformed_workbook_is_a_clear_error(tmp_path: Path, cache_dir: Path) -> None:
    """Bytes that are not a workbook fail with the file's name and what to do."""
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(LocatedErrors) as caught:
        load_form(path, cache_dir=cache_dir)
    assert caught.value.problems[0][0] == "broken.xlsx"
    assert "not a readable XLSForm workbook" in str(caught.value)


def test_workbook_without_survey_sheet(tmp_path: Path, cache_dir: Path) -> None:
    """A workbook with no survey sheet says that the sheet is missing."""
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "questions"
    book.save(tmp_path / "nosurvey.xlsx")
    with pytest.raises(LocatedErrors, match="sheet named 'survey'"):
        load_form(tmp_path / "nosurvey.xlsx", cache_dir=cache_dir)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    """A path that does not exist is a TinjauError naming the file."""
    with pytest.raises(LocatedErrors, match="nothere.xlsx: cannot read the form file"):
        load_form(tmp_path / "nothere.xlsx", cache_dir="")


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.parametrize(
    "case", ["cycle", "unknown_function", "missing_reference", "unmatched_group"]
)
def test_cli_check_reports_bad_forms(case: str, tmp_path: Path) -> None:
    """`tinjau form check` exits 1 and prints the located errors, without a traceback."""
    rows, place, phrase = CASES[case]
    path = write_workbook(tmp_path / f"{case}.xlsx", rows)
    result = run_cli("form", "check", path, "--no-cache")
    assert result.returncode == 1
    assert f"{place}: " in result.stderr
    assert phrase in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_check_reports_malformed_workbook(tmp_path: Path) -> None:
    """A corrupt file through the CLI: exit 1, one clear line, no traceback."""
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"garbage")
    result = run_cli("form", "check", path, "--no-cache")
    assert result.returncode == 1
    assert "broken.xlsx: is not a readable XLSForm workbook" in result.stderr
    assert "Traceback" not in result.stderr
