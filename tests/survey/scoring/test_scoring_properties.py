"""Properties every shipped standard keeps: more income never worsens a status, and an extra
deprivation never improves it ("worse" = earlier in the standard's list of statuses)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.survey.scoring import find_standard, score_household
from app.survey.scoring.model import INSUFFICIENT_DATA
from app.survey.scoring.ranking import severity
from tests.survey.scoring.scoring_households import household

STANDARDS = [
    "my-ekasih-pgk",
    "vn-2016-2020",
    "vn-2022-2025",
    "vn-hcmc-2019-2020",
    "global-mpi-2018",
]
MY_STATES = ["johor", "kedah", "perak", "kuala_lumpur", "putrajaya", "sabah", "ho_chi_minh"]


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[str], dict]:
    std_id = draw(st.sampled_from(STANDARDS))
    ids = [ind.id for ind in find_standard(std_id).indicators]
    deprived = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    # Incomes around every line of every standard, cents included.
    income = draw(
        st.one_of(
            st.integers(0, 4_000_000),
            st.integers(0, 1_000),
            st.decimals(0, 1_000, places=2).map(str),
        )
    )
    extra = {
        "income": income,
        "stratum": draw(st.sampled_from(["urban", "rural"])),
    }
    state = draw(st.sampled_from(MY_STATES))
    return std_id, deprived, {"extra": extra, "state": state}


def _status(std_id: str, deprived: list[str], extra: dict, state: str) -> str:
    answers = household(deprived, **extra)
    answers["state"] = state
    return score_household(find_standard(std_id), answers).status


@settings(max_examples=300, deadline=None)
@given(cases(), st.integers(1, 2_000_000))
def test_more_income_never_makes_status_worse(case: tuple, more: int) -> None:
    """Raising per-capita income leaves the status as severe or less severe, never more."""
    std_id, deprived, rest = case
    std = find_standard(std_id)
    before = _status(std_id, deprived, rest["extra"], rest["state"])
    # Decimal text, as a worker types it ("1234.50"): a fraction like "101/100" is no number.
    richer = dict(rest["extra"], income=str(Decimal(str(rest["extra"]["income"])) + more))
    after = _status(std_id, deprived, richer, rest["state"])
    assert INSUFFICIENT_DATA not in (before, after)
    assert severity(std, after) >= severity(std, before)


@settings(max_examples=300, deadline=None)
@given(cases(), st.data())
def test_extra_deprivation_never_makes_status_better(case: tuple, data: st.DataObject) -> None:
    """Adding one more deprivation leaves the status as good or worse, never better."""
    std_id, deprived, rest = case
    std = find_standard(std_id)
    spare = [ind.id for ind in std.indicators if ind.id not in deprived]
    if not spare:
        return
    one_more = data.draw(st.sampled_from(spare))
    before = _status(std_id, deprived, rest["extra"], rest["state"])
    after = _status(std_id, [*deprived, one_more], rest["extra"], rest["state"])
    assert INSUFFICIENT_DATA not in (before, after)
    assert severity(std, after) <= severity(std, before)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([ind.id for ind in find_standard("global-mpi-2018").indicators]),
        unique=True,
    )
)
def test_global_mpi_score_is_the_exact_sum_of_weights(deprived: list[str]) -> None:
    """The weighted score is exactly the sum of the deprived indicators' weights."""
    std = find_standard("global-mpi-2018")
    result = score_household(std, household(deprived))
    weights = {ind.id: ind.value for ind in std.indicators}
    assert result.score == sum((weights[i] for i in deprived), Fraction(0))
    assert (result.status in ("poor", "severe")) == (result.score >= Fraction(1, 3))
