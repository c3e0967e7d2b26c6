"""Money is exact: a household whose income per person is exactly on a poverty line lands in the
group its standard gives "equal to the line", for every shipped standard, household sizes 3, 6
and 7, monthly and yearly lines, through the real household form and through raw answers.

Each household earns the line times its size (for a yearly line, divided by 12: incomes are
monthly), spread over wages, self-employment, transfers and household income in minor units
(sen for ringgit), as a worker types them. One minor unit less and one more land on either side
of the line, so the test also shows where the boundary is. Where no amount in minor units is
exactly on the line (7 people on Ho Chi Minh City's 28,000,000 VND a year need 16,333,333.33...
VND a month), the nearest amounts below and above are scored instead.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from app.survey.scoring import find_standard, score_household, shipped_standards
from app.survey.scoring.household import scorer_for
from tests.survey.test_household_form import (
    FIXED_NOW,
    FORM,
    malaysian_household,
    vietnamese_household,
)

ROOT = Path(__file__).resolve().parents[3]
TINJAU = Path(sys.executable).parent / "tinjau"
SIZES = (3, 6, 7)
SIDES = ("below", "on", "above")

# (standard, line, the standard's comparison for "below the line", profile) -> the status just
# below (and, for "<=", on) the line, and the status just above (and, for "<", on) it. The
# profile is the household's deprivation: "deprived" (3 or more indicators, 40 points or more
# under Ho Chi Minh City's standard) or "not_deprived" (fewer). The rules are the standards'.
EXPECTED: dict[tuple[str, str, str, str], tuple[str, str]] = {
    ("my-ekasih-pgk", "pgk_food", "<", "as_surveyed"): ("miskin_tegar", "miskin"),
    ("my-ekasih-pgk", "pgk", "<", "as_surveyed"): ("miskin", "tidak_miskin"),
    ("vn-2016-2020", "poverty", "<=", "deprived"): ("poor", "poor"),
    ("vn-2016-2020", "poverty", "<=", "not_deprived"): ("poor", "near_poor"),
    ("vn-2016-2020", "near_poverty", "<=", "deprived"): ("poor", "not_poor"),
    ("vn-2016-2020", "near_poverty", "<=", "not_deprived"): ("near_poor", "not_poor"),
    ("vn-2022-2025", "poverty", "<=", "deprived"): ("poor", "average"),
    ("vn-2022-2025", "poverty", "<=", "not_deprived"): ("near_poor", "average"),
    ("vn-2022-2025", "average_standard", "<=", "deprived"): ("average", "not_poor"),
    ("vn-2022-2025", "average_standard", "<=", "not_deprived"): ("average", "not_poor"),
    ("vn-hcmc-2019-2020", "poverty", "<=", "deprived"): ("poor_1", "poor_3"),
    ("vn-hcmc-2019-2020", "poverty", "<=", "not_deprived"): ("poor_2", "near_poor"),
    ("vn-hcmc-2019-2020", "near_poverty", "<=", "deprived"): ("poor_3", "poor_3"),
    ("vn-hcmc-2019-2020", "near_poverty", "<=", "not_deprived"): ("near_poor", "not_poor"),
}
INCOME_STANDARDS = sorted({key[0] for key in EXPECTED})


def not_deprived(answers: dict[str, Any]) -> dict[str, Any]:
    """The household with its own piped water and toilet, a sound and roomy home, assets,
    everyone insured and fed, children in school and adults in contracted work."""
    out = copy.deepcopy(answers)
    out.pop("water_at_home", None)
    out.pop("water_minutes", None)
    out.update(
        water_source="piped_dwelling", toilet_type="flush_sewer", toilet_shared="no",
        housing_quality="permanent", floor_area=200, rooms=4, sick_untreated="no",
        assets="mobile_phone tv refrigerator motorbike computer washing_machine",
    )  # fmt: skip
    for member in out["members"]:
        member.update(health_insurance="yes", undernourished="no")
        if member["age"] < 15:
            member.update(in_school="yes", education_level="primary", years_schooling=1)
        else:
            member.update(
                employment_status="employee_contract", occupation="clerk",
                education_level="upper_secondary", years_schooling=12,
            )  # fmt: skip
    return out


def household(standard_id: str, profile: str, size: int, total: Decimal) -> dict[str, Any]:
    """A full household of `size` (two adults, then children) earning `total` a month, as
    typed text spread over several incomes, for the standard's country and `profile`."""
    malaysian = standard_id.startswith("my-")
    answers = malaysian_household() if malaysian else vietnamese_household()
    if profile == "not_deprived":
        answers = not_deprived(answers)
    adults = [m for m in answers["members"] if m["age"] >= 15][:2]
    child = next(m for m in answers["members"] if m["age"] < 15)
    members = adults
    while len(members) < size:
        extra = {k: v for k, v in child.items() if k not in ("national_id", "oku_number", "dob")}
        members.append(dict(extra, name=f"Child {len(members)}"))
    answers["members"] = members
    minor = Decimal("0.01") if malaysian else Decimal(1)
    # Amounts whose float sums are off by a rounding step, as 0.1 + 0.2 is.
    parts = {"self": 7 * minor, "transfers": 23 * minor, "other": 9 * minor}
    head, second = members[0], members[1]
    head.update(
        income_wages=str(total - sum(parts.values())), income_self_employment=str(parts["self"]),
        income_transfers="0",
    )  # fmt: skip
    second.update(income_wages="0", income_self_employment="0",
                  income_transfers=str(parts["transfers"]))  # fmt: skip
    answers.update(income_property="0", income_other=str(parts["other"]))
    return answers


def cases(standard_id: str) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(household, expected status, what it is) for every line, size, side and profile."""
    standard = find_standard(standard_id)
    factor = standard.income.factor() if standard.income else Fraction(1)
    minor = Decimal("0.01") if standard_id.startswith("my-") else Decimal(1)
    region = {"state": "kuala_lumpur", "stratum": "urban"} if minor < 1 else {"stratum": "urban"}
    out = []
    for (std_id, line_id, op, profile), (lower, upper) in EXPECTED.items():
        if std_id != standard_id:
            continue
        assert scorer_for(standard).line_ops[line_id] == op, "the standard's own comparison"
        cell = standard.line(line_id).lookup(region)
        assert cell is not None
        for size in SIZES:
            exact_total = cell.amount * size / factor  # a month, for the whole household
            for side in SIDES:
                total = _on_side(exact_total, minor, side)
                if total is None:
                    continue  # no amount in minor units is exactly on this line
                on_line = Fraction(total) == exact_total
                below = Fraction(total) < exact_total or (on_line and op == "<=")
                what = {
                    "line": line_id, "size": size, "side": side, "profile": profile,
                    "total": str(total), "income": cell.amount if on_line else None,
                }  # fmt: skip
                out.append((household(standard_id, profile, size, total),
                            lower if below else upper, what))  # fmt: skip
    return out


def _on_side(exact: Fraction, minor: Decimal, side: str) -> Decimal | None:
    """The monthly total in minor units on `side` of the exact amount (None: none is on it)."""
    units = exact / Fraction(minor)
    whole = units.denominator == 1
    if side == "on":
        return Decimal(units.numerator) * minor if whole else None
    if side == "below":
        count = units.numerator - 1 if whole else units.numerator // units.denominator
    else:
        count = units.numerator + 1 if whole else -(-units.numerator // units.denominator)
    return Decimal(count) * minor


def check_profile(standard_id: str, profile: str, result: Any) -> None:
    """The household's deprivation is the profile its expected status assumes."""
    if standard_id == "vn-hcmc-2019-2020":
        assert (result.score >= 40) == (profile == "deprived")
    elif standard_id.startswith("vn-"):
        assert (result.deprived_count >= 3) == (profile == "deprived")


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.survey.forms import load_form

    return load_form(FORM, cache_dir=tmp_path_factory.mktemp("form-cache"))


def test_every_shipped_standard_with_an_income_line_is_covered() -> None:
    """Each shipped standard is tested here, except the Global MPI, which has no income line."""
    shipped = {standard.id for standard in shipped_standards()}
    mpi = find_standard("global-mpi-2018")
    assert mpi.income is None and not mpi.lines  # nothing to compare money with
    assert shipped - {"global-mpi-2018"} == set(INCOME_STANDARDS)


@pytest.mark.parametrize("standard_id", INCOME_STANDARDS)
def test_an_income_on_the_line_lands_in_its_group_through_the_form(
    standard_id: str, form: Any
) -> None:
    """Filled through the household form and scored from its completed answers as the app
    does, an income exactly on a line gets the standard's status for "equal to the line"."""
    from app.survey.forms import FormSession

    standard = find_standard(standard_id)
    wrong = []
    for answers, expected, what in cases(standard_id):
        session = FormSession(form, answers, clock=lambda: FIXED_NOW)
        assert session.validate() == [], what
        result = score_household(standard, session.completed_answers())
        check_profile(standard_id, what["profile"], result)
        if result.status != expected or what["income"] not in (None, result.income):
            wrong.append((what, result.status, str(result.income), expected))
    assert wrong == []


@pytest.mark.parametrize("standard_id", INCOME_STANDARDS)
def test_an_income_on_the_line_lands_in_its_group_from_raw_answers(
    standard_id: str, tmp_path: Path
) -> None:
    """Raw answers (no calculated per-capita income) scored by `tinjau score`: an income exactly
    on a line gets the standard's status for "equal to the line"."""
    found = cases(standard_id)
    path = tmp_path / "households.json"
    # Incomes as JSON numbers, as an export writes them.
    raw = [_with_numbers(answers) for answers, _, _ in found]
    path.write_text(json.dumps(raw), encoding="utf-8")
    out = subprocess.run(
        [str(TINJAU), "score", "--standard", standard_id, "--input", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    wrong = [
        (what, result["status"], result["income_per_capita"], expected)
        for (_, expected, what), result in zip(found, results, strict=True)
        if result["status"] != expected or what["income"] not in (None, result["income_per_capita"])
    ]
    assert wrong == []


def _with_numbers(answers: dict[str, Any]) -> dict[str, Any]:
    """The household's typed incomes as JSON numbers."""
    names = ("income_wages", "income_self_employment", "income_transfers")
    out = dict(answers, income_property=0, income_other=float(answers["income_other"]))
    out["members"] = [
        {k: float(v) if k in names else v for k, v in member.items()}
        for member in answers["members"]
    ]
    return out


def test_a_household_of_three_on_ho_chi_minh_citys_line_is_poor() -> None:
    """7,000,000 VND a month for 3 people is exactly 28,000,000 a person a year: poor, group 1
    or 2 by points (the form's IEEE per-capita income, 2333333.3333333335, is not trusted)."""
    standard = find_standard("vn-hcmc-2019-2020")
    answers = household("vn-hcmc-2019-2020", "deprived", 3, Decimal(7_000_000))
    answers["income_per_capita"] = 7_000_000 / 3  # what the form (and ODK Collect) computes
    result = score_household(standard, answers)
    assert (result.status, result.income) == ("poor_1", 28_000_000)
    assert result.below_line == {"poverty": True, "near_poverty": True}


def test_the_form_keeps_odk_collects_value_while_scoring_is_exact(form: Any) -> None:
    """The form still computes and shows income per person as ODK Collect does (IEEE double),
    and the score made from that very form is exact: 28,000,000 a year, poor."""
    from app.survey.forms import FormSession

    answers = household("vn-hcmc-2019-2020", "not_deprived", 3, Decimal(7_000_000))
    session = FormSession(form, answers, clock=lambda: FIXED_NOW)
    assert session.value("income_per_capita") == 7_000_000 / 3 == 2333333.3333333335
    assert session.value("income_per_capita_display") == "2333333.33 VND"
    result = score_household(find_standard("vn-hcmc-2019-2020"), session.completed_answers())
    assert (result.status, result.income) == ("poor_2", 28_000_000)


def test_a_given_income_that_differs_by_more_than_rounding_is_kept() -> None:
    """A per-capita income written rounded to cents (2333333.33) is a figure of its own, not
    float noise: it is scored as written (27,999,999.96 a year), not replaced by the sum."""
    answers = household("vn-hcmc-2019-2020", "not_deprived", 3, Decimal(7_000_001))
    answers["income_per_capita"] = 2333333.33
    result = score_household(find_standard("vn-hcmc-2019-2020"), answers)
    assert result.income == Fraction("2333333.33") * 12
    assert result.status == "poor_2"
