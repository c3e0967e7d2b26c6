"""The scoring memo never changes a result: memoised deprivations equal fresh evaluations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.survey.scoring import find_standard
from app.survey.scoring.evaluate import _order_free, numeric_cuts
from app.survey.scoring.household import Scorer

STANDARDS = ["vn-2016-2020", "vn-2022-2025", "vn-hcmc-2019-2020", "global-mpi-2018"]


def _engine_only(std_id: str, memo: bool) -> Scorer:
    """A scorer without the fast path (which every shipped indicator would otherwise take, and
    which switches the memo off), with the memo on for pure expressions or off everywhere."""
    scorer = Scorer(find_standard(std_id))
    scorer.all_probes = None
    for probe in scorer.probes:
        probe.fast = None
        parts = [part for part in (probe.test, probe.applicable) if part is not None]
        probe.memo.table = {} if memo and all(part.pure for part in parts) else None
    return scorer


def test_numeric_cuts_only_for_plain_comparisons() -> None:
    """A field compared only with constants gets its cut points; any other use gets none."""
    assert numeric_cuts(["count(${members}[age >= 6 and age <= 14])"], "age", False) == (6, 14)
    assert numeric_cuts(["count(${members}[6 < age])"], "age", False) == (6,)
    assert numeric_cuts(["${water_minutes} >= 30"], "water_minutes", True) == (30,)
    assert numeric_cuts(["count(${members}[age * 2 >= 6])"], "age", False) is None
    assert numeric_cuts(["count(${members}[age >= 6 + x])"], "age", False) is None
    assert numeric_cuts(["${floor_area} div count(${members}) < 8"], "floor_area", True) is None
    assert (
        numeric_cuts(["count(${members}[age >= 6])", "sum(${members}[age + 1 > 6])"], "age", False)
        is None
    )


def test_member_order_is_ignored_only_where_it_cannot_matter() -> None:
    """count() over a predicate ignores member order; first-node and positional reads do not."""
    assert _order_free("count(${members}[age >= 15 and (x = 'a' or x = 'b')]) > 0")
    assert not _order_free("number(${members}/age) > 5")
    assert not _order_free("count(${members}[1][age > 5])")
    assert not _order_free("count(${members}[position() = 1 and age > 5])")
    assert not _order_free("sum(${members}/income) > 5")


def test_not_a_number_keeps_its_own_key() -> None:
    """An age of NaN (compares with nothing) never shares a memo entry with a small age."""
    scorer = _engine_only("vn-2022-2025", memo=True)
    young = {"members": [{"age": 3, "undernourished": "yes"}]}
    odd = {"members": [{"age": float("nan"), "undernourished": "yes"}]}
    assert scorer.deprivations(young, {})["nutrition"] is True
    assert scorer.deprivations(odd, {})["nutrition"] is False


member = st.fixed_dictionaries(
    {
        "age": st.integers(0, 90),
        "in_school": st.sampled_from(["yes", "no", ""]),
        "education_level": st.sampled_from(["none", "primary", "upper_secondary", "university"]),
        "years_schooling": st.integers(0, 16),
        "employment_status": st.sampled_from(
            ["employee_contract", "employee_no_contract", "unemployed", "unable_to_work", "child"]
        ),
        "health_insurance": st.sampled_from(["yes", "no"]),
        "undernourished": st.sampled_from(["yes", "no", "dont_know"]),
    }
)
answers = st.fixed_dictionaries(
    {
        "members": st.lists(member, min_size=1, max_size=6),
        "floor_area": st.integers(5, 80),
        "water_source": st.sampled_from(["piped_dwelling", "surface_water", "other"]),
        "water_minutes": st.sampled_from([0, 29, 30, 31]),
        "toilet_type": st.sampled_from(["flush_sewer", "none", "pit_open"]),
        "toilet_shared": st.sampled_from(["yes", "no"]),
        "child_deaths_5y": st.integers(0, 2),
        "sick_untreated": st.sampled_from(["yes", "no"]),
        "housing_quality": st.sampled_from(["permanent", "simple"]),
        "telecom_use": st.sampled_from(["yes", "no"]),
        "assets": st.sampled_from(["", "tv", "radio motorbike", "car"]),
        "cooking_fuel": st.sampled_from(["lpg", "wood"]),
        "electricity": st.sampled_from(["yes", "no"]),
        "floor_material": st.sampled_from(["cement", "earth"]),
        "roof_material": st.sampled_from(["metal", "thatch"]),
        "wall_material": st.sampled_from(["brick", "plywood"]),
    }
)

_MEMOISED = {std_id: _engine_only(std_id, memo=True) for std_id in STANDARDS}


def test_the_memoised_scorer_uses_its_memo() -> None:
    """Scorers built as the warm ones below go through the memo, so comparing means something."""
    for std_id in STANDARDS:
        assert any(probe.memo.active for probe in _engine_only(std_id, memo=True).probes)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(STANDARDS), st.lists(answers, min_size=1, max_size=5))
def test_memoised_deprivations_equal_fresh_ones(std_id: str, households: list[dict]) -> None:
    """A long-lived scorer (memo warm) and a scorer with memos off agree on every household."""
    warm = _MEMOISED[std_id]
    cold = _engine_only(std_id, memo=False)
    for household in households:
        assert warm.deprivations(household, {}) == cold.deprivations(household, {})
