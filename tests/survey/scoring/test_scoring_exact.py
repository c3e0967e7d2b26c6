"""The exact income evaluator (scoring/exact.py) agrees with the XPath engine on every answer
shape: the same value up to float rounding, the same "not answered", and no value where the
engine's is not a number. Its fast path over the answer dict and its path through the engine's
context give the very same Fraction."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.survey.scoring import find_standard
from app.survey.scoring.evaluate import EvaluationFailed, Expression, Household
from app.survey.scoring.exact import ExactIncome

DEFINITION = find_standard("vn-hcmc-2019-2020").income.fallback  # type: ignore[union-attr]
EXPRESSIONS = [
    DEFINITION,
    "${income_property} div 3",
    "coalesce(${income_other}, ${income_property}) * 12 - 0.1",
    "sum(${income_wages}) div count(${members}[age >= 15])",  # the engine's filter: no fast path
    "if(${income_other} = '', 1 div 3, -${income_other})",
]

amounts = st.one_of(
    st.none(),
    st.just(""),
    st.integers(min_value=0, max_value=10**12),
    st.decimals(min_value=0, max_value=10**9, places=2).map(float),
    st.decimals(min_value=0, max_value=10**9, places=2).map(str),
    st.sampled_from(["1,5", " 12 ", "abc", "2026-01-01", "-3", True]),
)
members = st.lists(
    st.fixed_dictionaries(
        {"age": st.integers(min_value=0, max_value=90)},
        optional={
            "income_wages": amounts,
            "income_self_employment": amounts,
            "income_transfers": amounts,
        },
    ),
    max_size=8,
)
households = st.fixed_dictionaries(
    {"members": members},
    optional={
        "income_property": amounts,
        "income_other": amounts,
        "assistance": st.lists(st.fixed_dictionaries({"amount": amounts}), max_size=2),
    },
)


def engine_value(text: str, answers: dict[str, Any]) -> Any:
    """The XPath engine's value (floats), None when it fails."""
    try:
        return Expression(text).value(Household(answers, {}))
    except EvaluationFailed:
        return None


@settings(max_examples=300, deadline=None)
@given(households, st.sampled_from(EXPRESSIONS))
def test_exact_income_is_the_engines_value_without_its_rounding(
    answers: dict[str, Any], text: str
) -> None:
    """Where the exact evaluator gives a value the engine's is that number up to rounding;
    where the engine's is not answered or infinite it gives none (where it gives none for
    another reason, a date read as days, the scorer keeps the engine's value)."""
    exact = ExactIncome(text)
    fast = exact.value(Household(answers, {}))
    through_engine = exact.value(Household(answers, {"unused": ""}))  # variables: no fast path
    assert fast == through_engine
    value = engine_value(text, answers)
    number = value if isinstance(value, float) else None
    if value == "" or (number is not None and not math.isfinite(number)):
        assert fast is None
    if fast is not None:
        assert number is not None
        assert math.isclose(number, float(fast), rel_tol=1e-9, abs_tol=1e-9)


def test_the_hcmc_example_is_exact_where_the_engine_is_not() -> None:
    """7,000,000 among 3: the engine gives 2333333.3333333335, the evaluator 7000000/3."""
    answers = {
        "members": [{"income_wages": 7_000_000}, {"age": 9}, {"age": 7}],
        "income_property": 0,
        "income_other": "0",
    }
    assert engine_value(DEFINITION, answers) == 2333333.3333333335
    assert ExactIncome(DEFINITION).value(Household(answers, {})) == Fraction(7_000_000, 3)
