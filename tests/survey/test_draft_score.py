"""The status of a draft interview under every shipped standard: an unanswered question is a
missing answer, never a deprivation; no verdict is given before the standard's own rule for
insufficient data is met; and a provisional verdict's score uses the standard's real weights."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from app.survey.scoring import INSUFFICIENT_DATA, Standard
from app.survey.scoring.draft import score_draft
from app.survey.scoring.registry import shipped_standards
from tests.survey.test_household_form import (
    FIXED_NOW,
    FORM,
    iranian_household,
    malaysian_household,
    vietnamese_household,
)

STANDARDS = {s.id: s for s in shipped_standards()}
HOUSEHOLDS = {"global-mpi-2018": iranian_household, "my-ekasih-pgk": malaysian_household}
LIVING = ("cooking_fuel", "toilet_type", "toilet_shared", "water_source", "water_minutes",
          "electricity", "floor_material", "roof_material", "wall_material", "assets")  # fmt: skip


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.survey.forms import load_form

    return load_form(FORM, cache_dir=tmp_path_factory.mktemp("form-cache"))


def draft(form: Any, answers: dict[str, Any]) -> Any:
    from app.survey.forms import FormSession

    return FormSession(form, answers, clock=lambda: FIXED_NOW)


def household_for(standard: Standard) -> dict[str, Any]:
    return HOUSEHOLDS.get(standard.id, vietnamese_household)()


def location(answers: dict[str, Any]) -> dict[str, Any]:
    """Only the interview's first page, as a census import leaves a fresh draft."""
    keys = ("consent", "interview_date", "country", "state", "district", "ward", "site",
            "block", "floor_level", "unit_number", "stratum")  # fmt: skip
    return {key: answers[key] for key in keys if key in answers}


@pytest.mark.parametrize("standard_id", sorted(STANDARDS))
def test_an_empty_draft_has_no_verdict_and_no_deprivation(form: Any, standard_id: str) -> None:
    standard = STANDARDS[standard_id]
    result, needs, so_far = score_draft(standard, draft(form, location(household_for(standard))))
    assert not needs.complete
    assert result.status == INSUFFICIENT_DATA, result.explanation
    assert so_far is None
    assert not any(result.deprived.values()), result.explanation


def test_an_empty_iranian_draft_is_not_poor_by_its_unanswered_assets(form: Any) -> None:
    """The reported case: the first page only, Global MPI 2018."""
    standard = STANDARDS["global-mpi-2018"]
    result, _needs, _so_far = score_draft(standard, draft(form, location(iranian_household())))
    assert result.deprived["assets"] is None
    assert "33.3" not in result.explanation
    assert result.status == INSUFFICIENT_DATA


def test_unanswered_assets_are_missing_in_a_draft_with_the_rest_answered(form: Any) -> None:
    answers = iranian_household()
    answers["assets"] = ""
    result, needs, _so_far = score_draft(STANDARDS["global-mpi-2018"], draft(form, answers))
    assert "assets" in dict(needs.missing)
    assert result.deprived["assets"] is None


def test_a_provisional_mpi_verdict_uses_the_real_weights(form: Any) -> None:
    """Members, child deaths and electricity answered (no power), the rest of the living
    standards not yet: the score is 1/18 for electricity plus the health and education
    deprivations at their weights, never electricity rescaled to 1/3."""
    standard = STANDARDS["global-mpi-2018"]
    answers = iranian_household()
    for name in LIVING:
        answers.pop(name, None)
    answers["electricity"] = "no"
    result, needs, _so_far = score_draft(standard, draft(form, answers))
    assert not needs.complete
    assert result.status != INSUFFICIENT_DATA, result.explanation
    weights = {ind.id: ind.value for ind in standard.indicators}
    expected = sum((weights[i] for i, flag in result.deprived.items() if flag), Fraction(0))
    assert result.deprived["electricity"] is True
    assert result.score == expected
    for name in ("assets", "housing", "cooking_fuel", "sanitation", "drinking_water"):
        assert result.deprived[name] is None
    assert result.score < Fraction(1, 3)
    assert result.status in ("not_poor", "vulnerable")


@pytest.mark.parametrize("standard_id", sorted(STANDARDS))
def test_a_half_filled_draft_reads_no_unanswered_question_as_deprived(
    form: Any, standard_id: str
) -> None:
    """The household with its dwelling and assets not answered yet: no indicator reading them is
    deprived, and a verdict (if any) is the standard's rules over real weights."""
    standard = STANDARDS[standard_id]
    answers = household_for(standard)
    for name in LIVING + ("housing_quality", "floor_area", "telecom_use"):
        answers.pop(name, None)
    for member in answers["members"][1:]:
        member.pop("income_wages", None)  # an income not typed yet
    result, needs, so_far = score_draft(standard, draft(form, answers))
    assert not needs.complete
    blank = {name for name, _index in needs.missing}
    from app.survey.scoring.household import scorer_for

    reads = scorer_for(standard).reads
    for ind in standard.indicators:
        if reads[ind.id] & blank:
            assert result.deprived[ind.id] is None, ind.id
    if result.status != INSUFFICIENT_DATA and standard.scoring == "weights":
        weights = {ind.id: ind.value for ind in standard.indicators}
        assert result.score == sum(
            (weights[i] for i, flag in result.deprived.items() if flag), Fraction(0)
        )


@pytest.mark.parametrize("standard_id", sorted(STANDARDS))
def test_a_complete_household_scores_as_before(form: Any, standard_id: str) -> None:
    """Nothing missing: the draft's status is the completed interview's."""
    from app.survey.scoring import score_household

    standard = STANDARDS[standard_id]
    session = draft(form, household_for(standard))
    result, needs, _so_far = score_draft(standard, session)
    final = score_household(standard, session.relevant_answers())
    assert (result.status, result.score, result.deprived) == (
        final.status,
        final.score,
        final.deprived,
    )
