"""`tinjau form check` and `tinjau form fill` run as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.survey.forms import load_form

from .conftest import REPO

DATA = Path(__file__).resolve().parent / "data"


def tinjau(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args), "--cache-dir", str(cache)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compiled-form cache that already holds household_roster.xlsx: the fill tests are about
    answers and messages, and a cold pyxform run cost each subprocess most of a second."""
    cache = tmp_path_factory.mktemp("form-cache")
    load_form(DATA / "household_roster.xlsx", cache_dir=cache)
    return cache


def test_check_prints_a_one_line_summary(tmp_path: Path) -> None:
    """A good form: exit 0 and one line with questions, repeats and languages."""
    result = tinjau("form", "check", DATA / "household_roster.xlsx", cache=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines == [
        "household_roster.xlsx: form household_roster version 2026112801: 28 questions, "
        "1 repeat, 2 languages (English (en), Malay (ms))"
    ]


def test_fill_prints_relevance_errors_values_and_completion(
    tmp_path: Path, warm_cache: Path
) -> None:
    """fill evaluates the answers and reports errors by repeat index, in the chosen language."""
    answers = {
        "consent": "OK",
        "state": "sgr",
        "district": "klang",
        "head_name": "Siti",
        "head_age": 12,
        "members": [
            {"member_name": "A", "relation": "head", "age": 44, "income": 1200},
            {"member_name": "B", "relation": "child", "age": 9, "in_school": "yes"},
        ],
        "tenure": "rent",
    }
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    result = tinjau(
        "form",
        "fill",
        DATA / "household_roster.xlsx",
        "--answers",
        path,
        "--lang",
        "ms",
        cache=warm_cache,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"relevant", "errors", "values", "complete"}
    assert out["complete"] is False
    assert out["errors"] == {
        "head_age": "Ketua mesti berumur 15 hingga 120.",
        "rent": "This question needs an answer.",
    }
    assert out["values"]["hh_size"] == 2
    assert out["values"]["per_capita"] == 600
    assert out["values"]["members"][1]["member_no"] == 2
    assert "rent" in out["relevant"] and "in_school" in out["relevant"]
    assert "school_level" in out["relevant"]


def test_fill_complete_household(tmp_path: Path, warm_cache: Path) -> None:
    """A fully answered household reports complete: true and no errors."""
    answers = {
        "consent": "OK",
        "state": "jhr",
        "district": "jb",
        "head_name": "Siti",
        "head_age": 40,
        "members": [{"member_name": "A", "relation": "head", "age": 40}],
        "tenure": "own",
    }
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    result = tinjau(
        "form", "fill", DATA / "household_roster.xlsx", "--answers", path, cache=warm_cache
    )
    out = json.loads(result.stdout)
    assert (out["errors"], out["complete"]) == ({}, True)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "answers.json is not valid JSON (line 1)"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"head_age": "old"}', "head_age: head_age is an integer question"),
        ('{"agee": 3}', "agee: is not a question in this part of the form"),
    ],
)
def test_fill_rejects_bad_answer_files(
    tmp_path: Path, warm_cache: Path, content: str, message: str
) -> None:
    """Bad answer files exit 1 with a sentence, never a traceback."""
    path = tmp_path / "answers.json"
    path.write_text(content)
    result = tinjau(
        "form", "fill", DATA / "household_roster.xlsx", "--answers", path, cache=warm_cache
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_fill_rejects_unknown_language(tmp_path: Path, warm_cache: Path) -> None:
    """--lang must be one of the form's languages; the message lists them."""
    path = tmp_path / "answers.json"
    path.write_text("{}")
    result = tinjau(
        "form",
        "fill",
        DATA / "household_roster.xlsx",
        "--answers",
        path,
        "--lang",
        "vi",
        cache=warm_cache,
    )
    assert result.returncode == 1
    assert "no language 'vi'; it has: English (en), Malay (ms)" in result.stderr
