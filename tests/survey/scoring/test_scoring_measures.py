"""Alkire-Foster measures: the published worked example, areas, units and income rates."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.survey.errors import TinjauError
from app.survey.scoring import (
    find_standard,
    load_standard_text,
    measure,
    measure_by_area,
    score_household,
)
from tests.survey.scoring.scoring_households import household

# Alkire & Foster (2011), "Counting and multidimensional poverty measurement", J. Public Econ.
# 95: 476-487: four persons, four dimensions, achievement matrix y and cutoffs z = (13, 12, 3, 1);
# a person is deprived in a dimension when the achievement is below its cutoff. With k = 2
# dimensions the paper gives H = 1/2, A = 3/4 and M0 = 3/8.
Y = [
    (13.1, 14, 4, 1),
    (15.2, 7, 5, 0),
    (12.5, 10, 1, 0),
    (20, 11, 3, 1),
]
Z = (13, 12, 3, 1)


def _worked_example_standard() -> object:
    dims = "\n".join(
        f'[dimension.d{j}]\nname = {{ en = "d{j}", ms = "d{j}", vi = "d{j}", fa = "d{j}" }}\n'
        for j in range(1, 5)
    )
    indicators = "\n".join(
        f"""[[indicator]]
id = "x{j}"
dimension = "d{j}"
weight = "1/4"
test = "${{x{j}}} < {Z[j - 1]}"
verified = true
name = {{ en = "x{j}", ms = "x{j}", vi = "x{j}", fa = "x{j}" }}
"""
        for j in range(1, 5)
    )
    text = f"""id = "af-example"
version = "1"
default_status = "not_poor"
name = {{ en = "AF", ms = "AF", vi = "AF", fa = "AF" }}
[[source]]
citation = "Alkire and Foster (2011), section 3 example"
[threshold.k]
value = "2/4"
verified = true
[[status]]
code = "poor"
name = {{ en = "poor", ms = "miskin", vi = "nghèo", fa = "فقیر" }}
[[status]]
code = "not_poor"
name = {{ en = "not poor", ms = "tidak", vi = "không", fa = "نه" }}
[[rule]]
status = "poor"
when = [["score", ">=", "k"]]
{dims}
{indicators}
"""
    return load_standard_text(text, "af-example.toml")


def _people() -> list[dict]:
    return [
        {f"x{j}": value for j, value in enumerate(row, 1)} | {"members": [{"age": 30}]} for row in Y
    ]


def test_alkire_foster_worked_example_reproduces_published_values() -> None:
    """Four persons, four dimensions, k = 2: H = 1/2, A = 3/4, M0 = 3/8 as published."""
    std = _worked_example_standard()
    scores = [score_household(std, person) for person in _people()]  # type: ignore[arg-type]
    assert [s.deprived_count for s in scores] == [0, 2, 4, 1]
    m = measure(std, scores)  # type: ignore[arg-type]
    assert (m.H, m.A, m.M0) == (Fraction(1, 2), Fraction(3, 4), Fraction(3, 8))
    # Censored headcounts: person 4 (one deprivation) is censored out of dimension 2.
    assert m.censored_headcount == {
        "x1": Fraction(1, 4),
        "x2": Fraction(1, 2),
        "x3": Fraction(1, 4),
        "x4": Fraction(1, 2),
    }
    assert m.uncensored_headcount["x2"] == Fraction(3, 4)
    assert m.M0 == sum(Fraction(1, 4) * h for h in m.censored_headcount.values())
    assert m.contribution == {
        "x1": Fraction(1, 6),
        "x2": Fraction(1, 3),
        "x3": Fraction(1, 6),
        "x4": Fraction(1, 3),
    }
    assert sum(m.contribution_by_dimension.values()) == 1


def test_union_cutoff_on_the_worked_example() -> None:
    """With k = 1/4 (union approach) three of four are poor: H = 3/4, A = 7/12, M0 = 7/16."""
    std = _worked_example_standard()
    scores = [score_household(std, person) for person in _people()]  # type: ignore[arg-type]
    m = measure(std, scores, k=Fraction(1, 4))  # type: ignore[arg-type]
    assert (m.H, m.A, m.M0) == (Fraction(3, 4), Fraction(7, 12), Fraction(7, 16))


def test_person_unit_weights_households_by_size() -> None:
    """A poor household of 3 and a non-poor one of 1: H is 3/4 over people, 1/2 over households."""
    std = find_standard("global-mpi-2018")
    poor = household(["years_of_schooling", "school_attendance"])
    single = household()
    single["members"] = single["members"][:1]
    scores = [score_household(std, poor), score_household(std, single)]
    assert measure(std, scores, unit="person").H == Fraction(3, 4)
    assert measure(std, scores, unit="household").H == Fraction(1, 2)
    people = measure(std, scores, unit="person")
    assert people.A == Fraction(1, 3) and people.M0 == Fraction(1, 4)
    assert people.contribution_by_dimension == {"health": 0, "education": 1, "living_standards": 0}


def test_measures_per_area_keep_each_area_apart() -> None:
    """Grouped by ward code, each ward gets its own H; wards appear in first-seen order."""
    std = find_standard("global-mpi-2018")
    poor = score_household(std, household(["nutrition", "child_mortality"]))
    fine = score_household(std, household())
    by_area = measure_by_area(std, [("w2", fine), ("w1", poor), ("w2", poor), ("w1", poor)])
    assert list(by_area) == ["w2", "w1"]
    assert by_area["w1"].H == 1 and by_area["w2"].H == Fraction(1, 2)


def test_rescaled_households_keep_contributions_summing_to_one() -> None:
    """A household scored with rescaled weights still adds up: contributions sum to exactly 1."""
    std = find_standard("global-mpi-2018")
    answers = household(["child_mortality", "cooking_fuel"])
    for member in answers["members"]:
        del member["undernourished"]
    scores = [score_household(std, answers), score_household(std, household(["assets"]))]
    m = measure(std, scores)
    assert sum(m.contribution.values()) == 1
    assert m.contribution["child_mortality"] == (Fraction(1, 3) / m.M0 * Fraction(3, 6))


def test_insufficient_data_is_excluded_and_counted() -> None:
    """Households without a status are left out of H and counted in `excluded`."""
    std = find_standard("vn-2022-2025")
    incomplete = household()
    del incomplete["water_source"]
    scores = [score_household(std, incomplete), score_household(std, household(["latrine"]))]
    m = measure(std, scores, unit="household")
    assert m.excluded == 1 and m.population == 1 and m.H == 0


def test_income_poverty_rates_use_the_rule_operator() -> None:
    """Share at or below the VN line (<=) counts income exactly on the line as poor."""
    std = find_standard("vn-2022-2025")
    scores = [
        score_household(std, household(income=1_500_000, stratum="rural")),
        score_household(std, household(income=1_500_001, stratum="rural")),
    ]
    rates = measure(std, scores, unit="household").income_poverty
    assert rates["poverty"] == Fraction(1, 2) and rates["average_standard"] == 1


def test_points_standard_uses_points_cutoff() -> None:
    """For HCMC, k = 40 points: a 40-point household is poor, its intensity is 40/100."""
    std = find_standard("vn-hcmc-2019-2020")
    forty = ["health_insurance", "medical_services", "employment", "housing_quality"]
    m = measure(std, [score_household(std, household(forty))], unit="household")
    assert (m.H, m.A) == (1, Fraction(2, 5))


def test_bad_cutoff_or_unit_is_a_sentence() -> None:
    """A cutoff outside (0, total] or an unknown unit is refused with a user-facing error."""
    std = find_standard("global-mpi-2018")
    with pytest.raises(TinjauError, match="cutoff k"):
        measure(std, [], k=Fraction(2))
    with pytest.raises(TinjauError, match="person"):
        measure(std, [], unit="family")


def test_income_only_standard_gives_rates_without_af() -> None:
    """e-Kasih has no indicators: measures give income-poverty rates and status shares only."""
    std = find_standard("my-ekasih-pgk")
    scores = [
        score_household(
            std,
            {"state": "johor", "stratum": "urban", "income_per_capita": 300, "members": [{}, {}]},
        ),
        score_household(
            std,
            {
                "state": "johor",
                "stratum": "urban",
                "income_per_capita": 900,
                "members": [{}, {}, {}],
            },
        ),
    ]
    m = measure(std, scores)
    assert m.income_poverty == {"pgk_food": Fraction(2, 5), "pgk": Fraction(2, 5)}
    assert m.status_shares == {"miskin_tegar": Fraction(2, 5), "tidak_miskin": Fraction(3, 5)}


def test_income_only_standard_refuses_a_cutoff_and_reports_no_alkire_foster() -> None:
    """e-Kasih takes no --k (it has no deprivation score) and its JSON has no H over nobody."""
    std = find_standard("my-ekasih-pgk")
    with pytest.raises(TinjauError, match="no deprivation indicators, so it takes no cutoff"):
        measure(std, [], k=Fraction(1, 3))
    out = measure(std, []).to_json()
    assert out["method"] == "income" and "H" not in out and "population" not in out
