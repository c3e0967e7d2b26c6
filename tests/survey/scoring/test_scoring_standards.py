"""Every shipped standard, scored on households built from its published rules and boundaries."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.survey.scoring import find_standard, load_standard_text, score_household, shipped_standards
from app.survey.scoring.model import INSUFFICIENT_DATA
from tests.survey.scoring.scoring_households import DEPRIVE, comfortable, household

SHIPPED = ["my-ekasih-pgk", "vn-2016-2020", "vn-2022-2025", "vn-hcmc-2019-2020", "global-mpi-2018"]
ALL_INDICATORS = [
    (std_id, ind.id) for std_id in SHIPPED for ind in find_standard(std_id).indicators
]


def status(std_id: str, answers: dict) -> str:
    return score_household(find_standard(std_id), answers).status


def test_every_required_standard_ships_and_loads() -> None:
    """The five standards the issue names are in resources/standards/ and load without errors."""
    assert sorted(s.id for s in shipped_standards()) == sorted(SHIPPED)


@pytest.mark.parametrize("std_id", SHIPPED)
def test_comfortable_household_lacks_nothing(std_id: str) -> None:
    """A household with every service is deprived in no indicator of any standard."""
    result = score_household(find_standard(std_id), comfortable())
    assert result.deprived == dict.fromkeys(result.deprived, False)
    assert result.score == 0 and result.deprived_count == 0


@pytest.mark.parametrize(("std_id", "indicator"), ALL_INDICATORS)
def test_each_deprivation_test_catches_its_case(std_id: str, indicator: str) -> None:
    """Changing the answer an indicator is about makes that indicator, and only it, deprived."""
    result = score_household(find_standard(std_id), household([indicator]))
    assert [k for k, v in result.deprived.items() if v] == [indicator]


# -- Malaysia e-Kasih: strict "below" the per-capita PGK of the state and stratum ------------------


@pytest.mark.parametrize(
    ("income", "expected"),
    [
        (300, "miskin_tegar"),
        ("346.99", "miskin_tegar"),
        (347, "miskin"),  # exactly on the food PGK (Johor urban RM347) is not below it
        ("700.99", "miskin"),
        (701, "tidak_miskin"),  # exactly on the PGK (Johor urban RM701) is not below it
        (5000, "tidak_miskin"),
    ],
)
def test_ekasih_johor_urban_boundaries(income: object, expected: str) -> None:
    """Johor urban: below RM347 is miskin tegar, below RM701 miskin; the lines are not below."""
    answers = {"state": "johor", "stratum": "urban", "income_per_capita": income}
    assert status("my-ekasih-pgk", answers) == expected


def test_ekasih_uses_the_state_and_stratum_cell() -> None:
    """Kelantan rural (PGK RM497) and Johor rural (RM658) give different statuses for RM500."""
    assert (
        status("my-ekasih-pgk", {"state": "kelantan", "stratum": "rural", "income_per_capita": 500})
        == "tidak_miskin"
    )
    assert (
        status("my-ekasih-pgk", {"state": "johor", "stratum": "rural", "income_per_capita": 500})
        == "miskin"
    )


def test_ekasih_falls_back_to_the_all_strata_cell() -> None:
    """Kuala Lumpur has no rural PGK: a rural KL household is compared with the KL line (RM685)."""
    result = score_household(
        find_standard("my-ekasih-pgk"),
        {"state": "kuala_lumpur", "stratum": "rural", "income_per_capita": 684},
    )
    assert result.status == "miskin"
    assert result.line is not None and result.line.amount == 685


def test_ekasih_marks_the_inconsistent_cells_unverified() -> None:
    """Perak urban and all-strata, Putrajaya all-strata PGK cells are unverified; others not."""
    std = find_standard("my-ekasih-pgk")
    unverified = {
        (cell.region.get("state"), cell.region.get("stratum"), int(cell.amount))
        for line in std.lines
        for cell in line.cells
        if not cell.verified
    }
    assert unverified == {("perak", "urban", 523), ("perak", None, 612), ("putrajaya", None, 593)}
    assert not std.verified


def test_ekasih_operator_is_data() -> None:
    """Writing "<=" in the rule, not "<", makes income exactly on the food PGK hardcore poor."""
    std = find_standard("my-ekasih-pgk")
    assert std.path is not None
    text = std.path.read_text(encoding="utf-8").replace('["income", "<", ', '["income", "<=", ')
    and_below = load_standard_text(text, "and-below.toml")
    answers = {"state": "johor", "stratum": "urban", "income_per_capita": 347}
    assert score_household(and_below, answers).status == "miskin_tegar"


def test_ekasih_without_income_is_insufficient_data() -> None:
    """No income answered: the engine does not guess a status."""
    result = score_household(find_standard("my-ekasih-pgk"), {"state": "johor", "stratum": "urban"})
    assert result.status == INSUFFICIENT_DATA


@pytest.mark.parametrize("std_id", ["my-ekasih-pgk", "vn-2022-2025", "vn-hcmc-2019-2020"])
def test_a_negative_income_is_not_read_as_the_poorest(std_id: str) -> None:
    """A negative income per person (a data error) gives insufficient data, not the most
    severe status; zero income still classifies."""
    answers = dict(comfortable())
    if std_id == "my-ekasih-pgk":
        answers.update(country="my", state="johor")
    answers["income_per_capita"] = -50
    assert score_household(find_standard(std_id), answers).status == INSUFFICIENT_DATA
    answers["income_per_capita"] = 0
    assert score_household(find_standard(std_id), answers).status != INSUFFICIENT_DATA


# -- Vietnam 2022-2025: income <= line AND >= 3 deprivations -> poor; < 3 -> near-poor ------------

THREE = ["health_insurance", "latrine", "information_assets"]
TWO = THREE[:2]


@pytest.mark.parametrize(
    ("stratum", "income", "deprived", "expected"),
    [
        ("rural", 1_500_000, THREE, "poor"),  # exactly on the line counts as at or below
        ("rural", 1_500_000, TWO, "near_poor"),
        ("rural", 1_500_001, THREE, "average"),
        ("rural", 2_250_000, [], "average"),
        ("rural", 2_250_001, THREE, "not_poor"),
        ("urban", 2_000_000, THREE, "poor"),
        ("urban", 2_000_000, [], "near_poor"),
        ("urban", 2_000_001, THREE, "average"),
        ("urban", 3_000_001, [], "not_poor"),
    ],
)
def test_vn_2022_rule(stratum: str, income: int, deprived: list[str], expected: str) -> None:
    """Decree 07 Art. 3 with the 1,500,000 rural / 2,000,000 urban lines, boundaries included."""
    answers = household(deprived, income=income, stratum=stratum)
    assert status("vn-2022-2025", answers) == expected


def test_vn_2022_explanation_reads_like_the_issue() -> None:
    """The explanation names the income, the line, and the indicators the household lacks."""
    result = score_household(
        find_standard("vn-2022-2025"), household(THREE, income=1_350_000, stratum="rural")
    )
    assert result.explanation.startswith(
        "Poor: income 1,350,000 VND per person per month is at or below the poverty line (rural) "
        "of 1,500,000, and the household lacks 3 of 12 indicators: health insurance, hygienic "
        "latrine, information assets"
    )
    vi = score_household(
        find_standard("vn-2022-2025"), household(THREE, income=1_350_000, stratum="rural"), "vi"
    )
    assert (
        vi.label == "Hộ nghèo" and "1.350.000" in vi.explanation and "nông thôn" in vi.explanation
    )


def test_raw_answers_without_the_calculated_income_use_the_income_questions() -> None:
    """Without income_per_capita, members' incomes plus household income are summed per member."""
    answers = household(THREE, stratum="rural")
    del answers["income_per_capita"]
    answers["members"][0]["income_wages"] = 3_000_000
    answers["members"][1]["income_self_employment"] = 1_000_000
    answers["members"][2]["income_transfers"] = ""  # unanswered, not zero
    answers["income_property"] = 500_000
    result = score_household(find_standard("vn-2022-2025"), answers)
    assert result.income == 1_500_000  # 4,500,000 / 3 members: exactly on the rural line
    assert result.status == "poor"
    answers["income_other"] = 3
    assert score_household(find_standard("vn-2022-2025"), answers).status == "average"


def test_vn_2022_missing_indicator_gives_insufficient_data() -> None:
    """An unanswered indicator (treat_as_missing) stops classification and is named."""
    answers = household(THREE, income=1_000_000, stratum="rural")
    del answers["toilet_type"]
    result = score_household(find_standard("vn-2022-2025"), answers)
    assert result.status == INSUFFICIENT_DATA
    assert result.deprived["latrine"] is None
    assert "no answer for hygienic latrine" in result.explanation


# -- Vietnam 2016-2020 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stratum", "income", "deprived", "expected"),
    [
        ("rural", 700_000, [], "poor"),  # at the poverty line: poor whatever the deprivations
        ("rural", 700_001, THREE, "poor"),
        ("rural", 700_001, TWO, "near_poor"),
        ("rural", 1_000_000, THREE, "poor"),
        ("rural", 1_000_000, TWO, "near_poor"),
        ("rural", 1_000_001, THREE + ["telecom"], "not_poor"),
        ("urban", 900_000, [], "poor"),
        ("urban", 900_001, TWO, "near_poor"),
        ("urban", 1_300_000, THREE, "poor"),
        ("urban", 1_300_001, [], "not_poor"),
    ],
)
def test_vn_2016_rule(stratum: str, income: int, deprived: list[str], expected: str) -> None:
    """Decision 59: poor at or below the line, or in the near-poor band with 3+ deprivations."""
    answers = household(deprived, income=income, stratum=stratum)
    assert status("vn-2016-2020", answers) == expected


# -- Ho Chi Minh City 2019-2020: yearly income, points -------------------------------------------

FORTY = ["health_insurance", "medical_services", "employment", "housing_quality"]  # 4 x 10 points


@pytest.mark.parametrize(
    ("monthly", "deprived", "expected"),
    [
        (Fraction(7_000_000, 3), FORTY, "poor_1"),  # exactly 28,000,000 a year, 40 points
        (Fraction(7_000_000, 3), FORTY[:3], "poor_2"),  # 30 points
        (2_333_334, FORTY, "poor_3"),  # 28,000,008 a year
        (2_333_334, FORTY[:3], "near_poor"),
        (3_000_000, FORTY[:3], "near_poor"),  # exactly 36,000,000 a year
        (3_000_001, FORTY[:3], "not_poor"),
        (10_000_000, FORTY, "poor_3"),  # group 3 has no upper income bound in the table
    ],
)
def test_hcmc_rule(monthly: object, deprived: list[str], expected: str) -> None:
    """Resolution 23/2018: 28 / 36 million a year and the 40-point cutoff, on the boundaries."""
    assert status("vn-hcmc-2019-2020", household(deprived, income=monthly)) == expected  # type: ignore[arg-type]


def test_hcmc_converts_monthly_income_to_yearly() -> None:
    """The form's monthly per-capita income is multiplied by 12 before it meets the yearly line."""
    result = score_household(find_standard("vn-hcmc-2019-2020"), household(FORTY, income=2_000_000))
    assert result.income == 24_000_000
    assert result.score == 40 and result.scoring == "points"
    assert "per person per year" in result.explanation


def test_hcmc_points_are_marked_unverified() -> None:
    """The placeholder points step by 5 and carry verified = false; the lines are verified."""
    std = find_standard("vn-hcmc-2019-2020")
    assert len(std.indicators) == 11 and len(std.dimensions) == 5
    assert all(ind.value % 5 == 0 and not ind.verified for ind in std.indicators)
    assert all(cell.verified for line in std.lines for cell in line.cells)


# -- Global MPI 2018: weighted score >= 1/3, exact fractions -------------------------------------


@pytest.mark.parametrize(
    ("deprived", "score", "expected"),
    [
        (["years_of_schooling", "school_attendance"], Fraction(2, 6), "poor"),
        (
            ["cooking_fuel", "sanitation", "drinking_water", "electricity", "housing", "assets"],
            Fraction(6, 18),
            "poor",
        ),
        (["nutrition", "cooking_fuel", "electricity"], Fraction(5, 18), "vulnerable"),
        (["nutrition", "cooking_fuel"], Fraction(4, 18), "vulnerable"),
        (["nutrition", "assets"], Fraction(2, 9), "vulnerable"),
        (["nutrition"], Fraction(1, 6), "not_poor"),
        (["nutrition", "child_mortality", "years_of_schooling"], Fraction(1, 2), "severe"),
        (["nutrition", "child_mortality", "cooking_fuel", "housing"], Fraction(4, 9), "poor"),
    ],
)
def test_global_mpi_cutoffs_are_exact(deprived: list[str], score: Fraction, expected: str) -> None:
    """2/6 and 6/18 are both exactly 1/3 (poor); 1/5 <= score < 1/3 vulnerable; >= 1/2 severe."""
    result = score_household(find_standard("global-mpi-2018"), household(deprived))
    assert result.score == score
    assert result.status == expected


def test_global_mpi_rescales_a_missing_indicator_within_its_dimension() -> None:
    """Nutrition unanswered: child mortality carries the whole health weight 1/3: poor alone."""
    answers = household(["child_mortality"])
    for member in answers["members"]:
        del member["undernourished"]
    result = score_household(find_standard("global-mpi-2018"), answers)
    assert result.deprived["nutrition"] is None
    assert result.weights["child_mortality"] == Fraction(1, 3)
    assert result.score == Fraction(1, 3) and result.status == "poor"
    assert sum(result.weights.values()) == 1


def test_global_mpi_whole_dimension_missing_is_insufficient_data() -> None:
    """With no health indicator answered the dimension cannot keep its weight: no status."""
    answers = household()
    del answers["child_deaths_5y"]
    for member in answers["members"]:
        del member["undernourished"]
    assert status("global-mpi-2018", answers) == INSUFFICIENT_DATA


def test_global_mpi_no_school_age_child_is_not_deprived() -> None:
    """A household without children aged 6-14 is not deprived in school attendance."""
    answers = household()
    answers["members"] = answers["members"][:2]
    result = score_household(find_standard("global-mpi-2018"), answers)
    assert result.deprived["school_attendance"] is False


@pytest.mark.parametrize("lang", ["en", "ms", "vi", "fa"])
def test_every_label_and_name_exists_in_every_language(lang: str) -> None:
    """Each shipped standard names itself, its statuses and indicators in en, ms, vi and fa."""
    for std in shipped_standards():
        assert std.names[lang]
        assert all(s.names[lang] for s in std.statuses)
        assert all(i.names[lang] for i in std.indicators)
        assert all(line.names[lang] for line in std.lines)


def test_deprive_table_covers_every_shipped_indicator() -> None:
    """The test helper can deprive a household in every indicator of every standard."""
    assert {ind for _, ind in ALL_INDICATORS} <= set(DEPRIVE)
