"""Priority order for assistance: status severity, then score, then per-capita income, stably."""

from __future__ import annotations

from app.survey.scoring import find_standard, rank, score_household
from tests.survey.scoring.scoring_households import household

THREE = ["health_insurance", "latrine", "information_assets"]


def test_rank_orders_by_status_then_score_then_income() -> None:
    """Poor before near-poor; among the poor the higher score first, then the lower income."""
    std = find_standard("vn-2022-2025")
    rows = {
        "near_poor": household(["latrine"], income=1_000_000, stratum="rural"),
        "poor_3_rich": household(THREE, income=1_400_000, stratum="rural"),
        "poor_4": household([*THREE, "telecom"], income=1_450_000, stratum="rural"),
        "poor_3_poorer": household(THREE, income=1_200_000, stratum="rural"),
        "not_poor": household(income=9_000_000, stratum="rural"),
    }
    scored = [(key, score_household(std, answers)) for key, answers in rows.items()]
    assert rank(std, scored) == ["poor_4", "poor_3_poorer", "poor_3_rich", "near_poor", "not_poor"]


def test_rank_ties_keep_input_order() -> None:
    """Households equal in status, score and income stay in the order they were given."""
    std = find_standard("global-mpi-2018")
    same = score_household(std, household(["nutrition", "child_mortality"]))
    keys = ["h3", "h1", "h2"]
    assert rank(std, [(key, same) for key in keys]) == keys
    assert rank(std, [(key, same) for key in reversed(keys)]) == list(reversed(keys))


def test_rank_puts_unknown_status_after_declared_ones() -> None:
    """A household with insufficient data ranks after every household with a status."""
    std = find_standard("my-ekasih-pgk")
    unknown = score_household(std, {"state": "johor", "stratum": "urban"})
    fine = score_household(std, {"state": "johor", "stratum": "urban", "income_per_capita": 9000})
    assert rank(std, [("unknown", unknown), ("fine", fine)]) == ["fine", "unknown"]
