"""Household answer dicts for the scoring tests, named by the household form's fields.

`comfortable()` is deprived in no indicator of any shipped standard; each entry of `DEPRIVE`
changes one answer so that exactly one named indicator becomes deprived. The changes touch
different answers, so any subset of them can be applied together.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Answers = dict[str, Any]


def comfortable(income: float | int | str = 5_000_000, stratum: str = "urban") -> Answers:
    """A three-person household with every service, asset and insurance."""
    return {
        "country": "vn",
        "state": "ho_chi_minh",
        "stratum": stratum,
        "members": [
            {
                "name": "Head",
                "relationship": "head",
                "sex": "male",
                "age": 40,
                "in_school": "no",
                "education_level": "upper_secondary",
                "years_schooling": 12,
                "employment_status": "employee_contract",
                "health_insurance": "yes",
                "disability": "no",
                "undernourished": "no",
            },
            {
                "name": "Spouse",
                "relationship": "spouse",
                "sex": "female",
                "age": 38,
                "in_school": "no",
                "education_level": "upper_secondary",
                "years_schooling": 12,
                "employment_status": "self_employed",
                "health_insurance": "yes",
                "disability": "no",
                "undernourished": "no",
            },
            {
                "name": "Child",
                "relationship": "child",
                "sex": "female",
                "age": 10,
                "in_school": "yes",
                "education_level": "primary",
                "years_schooling": 4,
                "employment_status": "child",
                "health_insurance": "yes",
                "disability": "no",
                "undernourished": "no",
            },
        ],
        "income_per_capita": income,
        "sick_untreated": "no",
        "child_deaths_5y": 0,
        "housing_quality": "permanent",
        "floor_material": "ceramic_tiles",
        "roof_material": "concrete",
        "wall_material": "brick",
        "floor_area": 60,
        "water_source": "piped_dwelling",
        "water_minutes": 0,
        "toilet_type": "flush_sewer",
        "toilet_shared": "no",
        "cooking_fuel": "lpg",
        "electricity": "yes",
        "telecom_use": "yes",
        "assets": "tv refrigerator mobile_phone motorbike",
    }


def _head(a: Answers) -> Answers:
    return a["members"][0]


def _spouse(a: Answers) -> Answers:
    return a["members"][1]


def _child(a: Answers) -> Answers:
    return a["members"][2]


def _years(a: Answers) -> None:
    for member in a["members"]:
        member["years_schooling"] = min(member["years_schooling"], 5)


# indicator id -> a change to comfortable() answers that deprives the household in it alone.
DEPRIVE: dict[str, Callable[[Answers], None]] = {
    "health_insurance": lambda a: _head(a).update(health_insurance="no"),
    "medical_services": lambda a: a.update(sick_untreated="yes"),
    "adult_education": lambda a: _spouse(a).update(age=25, education_level="primary"),
    "school_attendance": lambda a: _child(a).update(in_school="no"),
    "housing_quality": lambda a: a.update(housing_quality="temporary"),
    "housing_area": lambda a: a.update(floor_area=20),
    "water_source": lambda a: a.update(water_source="surface_water"),
    "latrine": lambda a: a.update(toilet_type="hanging"),
    "telecom": lambda a: a.update(telecom_use="no"),
    "information": lambda a: a.update(telecom_use="no"),
    "information_assets": lambda a: a.update(assets="refrigerator motorbike"),
    "employment": lambda a: _spouse(a).update(employment_status="unemployed"),
    "dependants": lambda a: _head(a).update(age=65),
    "nutrition": lambda a: _child(a).update(undernourished="yes"),
    # Global MPI names
    "child_mortality": lambda a: a.update(child_deaths_5y=1),
    "years_of_schooling": _years,
    "cooking_fuel": lambda a: a.update(cooking_fuel="wood"),
    "sanitation": lambda a: a.update(toilet_shared="yes"),
    "drinking_water": lambda a: a.update(water_minutes=45),
    "electricity": lambda a: a.update(electricity="no"),
    "housing": lambda a: a.update(floor_material="earth"),
    "assets": lambda a: a.update(assets="radio"),
}


def household(deprived: list[str] | tuple[str, ...] = (), **kwargs: Any) -> Answers:
    """comfortable(**kwargs) made deprived in the named indicators."""
    answers = comfortable(**kwargs)
    for indicator in deprived:
        DEPRIVE[indicator](answers)
    return copy.deepcopy(answers)
