"""Random answer dicts through the scorer's public entry and `tinjau score`: every household gets a
status or a refusal naming a field, never a traceback, and never a non-number scored as a number."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.survey.scoring import (
    UnusableAnswers,
    find_standard,
    load_standard_text,
    score_many,
    shipped_standards,
)
from app.survey.scoring.household import scorer_for
from app.survey.scoring.model import INSUFFICIENT_DATA

ROOT = Path(__file__).resolve().parents[3]
STANDARDS = [s.id for s in shipped_standards()]
# Every answer name the shipped standards read, and a few they do not.
FIELDS = sorted(
    {n for s in shipped_standards() for n in scorer_for(s).numbers.numbers}
    | {"state", "stratum", "water_source", "toilet_type", "assets", "housing_quality", "name"}
    | {"in_school", "health_insurance", "employment_status", "undernourished", "telecom_use"}
)
# What the form engine takes for a decimal answer; an oracle written apart from numbers.py.
DECIMAL_TEXT = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*\Z")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["5000", "RM 5,000", "5k", "1e400", "²", "٥٠٠٠", "", "yes", "urban", "johor"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=10))
member = st.one_of(st.dictionaries(keys, values, max_size=8), values)
households = st.fixed_dictionaries(
    {},
    optional={
        "members": st.one_of(st.lists(member, max_size=4), values),
        "income_per_capita": values,
    },
).flatmap(lambda fixed: st.dictionaries(keys, values, max_size=10).map(lambda d: {**d, **fixed}))


def _not_a_number(value: Any) -> bool:
    """True for a value the form would not take as a number (None and "" are unanswered)."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return abs(value) > 1.7e308
    if isinstance(value, float):
        return value != value or value in (float("inf"), float("-inf"))
    return not (isinstance(value, str) and DECIMAL_TEXT.match(value))


def _non_numbers(answers: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    """The numeric answers (household level and in member rows) that are not numbers."""
    found = [name for name in names if name in answers and _not_a_number(answers[name])]
    for value in answers.values():
        if isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    found += [n for n in names if n in row and _not_a_number(row[n])]
    return found


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(STANDARDS), st.lists(households, min_size=1, max_size=3))
def test_random_answers_get_a_status_or_a_refusal_naming_a_field(
    std_id: str, batch: list[dict[str, Any]]
) -> None:
    """score_many (what `tinjau score` runs) gives a status per household or refuses naming
    the household and the field; a household holding a non-number is never scored."""
    standard = find_standard(std_id)
    names = scorer_for(standard).numbers.numbers
    statuses = {s.code for s in standard.statuses} | {INSUFFICIENT_DATA}
    try:
        results = score_many(standard, batch)
    except UnusableAnswers as error:
        assert error.problems
        for where, message in error.problems:
            assert re.match(r"household \d+", where), where
            assert re.match(r"(\w+ (is|must be) |this entry is )", message), message
        return
    assert not any(_non_numbers(answers, names) for answers in batch)
    for result in results:
        assert result.status in statuses
        assert isinstance(result.explanation, str) and result.to_json()["status"] == result.status


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(households, min_size=1, max_size=3))
def test_tinjau_score_on_random_answers_prints_results_or_a_sentence(
    tmp_path_factory: Any, batch: list[dict[str, Any]]
) -> None:
    """The command prints one JSON line per household, or one refusal and nothing else."""
    path = tmp_path_factory.mktemp("fuzz") / "answers.json"
    path.write_text(json.dumps(batch), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "app", "score", "--standard", "vn-2022-2025", "--input", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in out.stderr
    if out.returncode == 0:
        assert len(out.stdout.splitlines()) == len(batch)
    else:
        assert out.returncode == 1 and out.stdout == ""
        assert out.stderr.startswith("tinjau: ") and "household " in out.stderr


def _ekasih_lenient() -> Any:
    """e-Kasih with `[missing] not_numbers = "treat_as_missing"`."""
    path = find_standard("my-ekasih-pgk").path
    assert path is not None
    text = path.read_text(encoding="utf-8") + '\n[missing]\nnot_numbers = "treat_as_missing"\n'
    return load_standard_text(text, "my-ekasih-lenient.toml")


EKASIH_LENIENT = _ekasih_lenient()
INCOME_FIELDS = scorer_for(EKASIH_LENIENT).numbers.numbers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(households)
def test_with_treat_as_missing_an_income_that_is_not_a_number_is_unknown(
    answers: dict[str, Any],
) -> None:
    """Under the lenient policy a non-number in any income answer makes the income unknown
    (insufficient data), never 0; a roster of the wrong shape is still refused."""
    try:
        [result] = score_many(EKASIH_LENIENT, [answers])
    except UnusableAnswers as error:
        assert any("must be a list" in m or "this entry is" in m for _, m in error.problems)
        return
    if _non_numbers(answers, INCOME_FIELDS):
        assert (result.income, result.status) == (None, INSUFFICIENT_DATA)
