"""Speed of poverty scoring: 100,000 stored households scored, then Alkire-Foster measures.

Households are generated with a fixed seed to look like survey data: 1-9 members with realistic
ages, schooling, insurance and jobs, monthly incomes around the Vietnamese lines, and the mix of
water, toilets, housing and assets a district review meets. Both targets are < 5 s each. One
more run gives the numbers as decimal text ("41"), which the number check types before scoring;
two more give each adult's incomes, with the form's float per-capita income (which scoring
replaces by the one computed exactly from the incomes) and without it (raw answers).
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.survey.scoring import find_standard, measure, measure_by_area, score_many

HOUSEHOLDS = 100_000
STANDARDS = ("vn-2022-2025", "global-mpi-2018")

WATER = ["piped_dwelling"] * 6 + [
    "piped_yard",
    "public_tap",
    "tubewell",
    "protected_well",
    "unprotected_well",
    "surface_water",
    "rainwater",
    "bottled",
]
TOILET = ["flush_sewer"] * 5 + ["flush_septic"] * 3 + ["pit_slab", "pit_open", "hanging", "none"]
FUEL = ["lpg"] * 5 + ["electricity", "wood", "charcoal", "coal", "kerosene"]
ASSETS = [
    "radio",
    "tv",
    "mobile_phone",
    "computer",
    "bicycle",
    "motorbike",
    "refrigerator",
    "car",
    "washing_machine",
    "air_conditioner",
]
EDUCATION = [
    "none",
    "primary",
    "lower_secondary",
    "upper_secondary",
    "vocational",
    "college",
    "university",
]
JOBS = [
    "employee_contract",
    "employee_no_contract",
    "self_employed",
    "family_worker",
    "unemployed",
    "homemaker",
    "retired",
    "unable_to_work",
]


def _member(rng: random.Random, age: int) -> dict[str, Any]:
    school_age = 5 <= age <= 24
    level = rng.choice(EDUCATION[: max(1, min(len(EDUCATION), age // 3))])
    return {
        "relationship": "child"
        if age < 18
        else rng.choice(["head", "spouse", "parent", "sibling"]),
        "sex": rng.choice(["male", "female"]),
        "age": age,
        "in_school": (rng.random() < 0.9 and "yes" or "no") if school_age else "no",
        "education_level": level,
        "years_schooling": min(max(age - 6, 0), rng.choice([0, 3, 5, 6, 9, 12, 16])),
        "employment_status": "child" if age < 15 else rng.choice(JOBS),
        "health_insurance": "yes" if rng.random() < 0.85 else "no",
        "disability": "yes" if rng.random() < 0.05 else "no",
        "undernourished": "yes" if age < 70 and rng.random() < 0.08 else "no",
    }


def make_household(rng: random.Random, index: int) -> dict[str, Any]:
    """One household answer dict as `tinjau form fill` takes it."""
    size = min(9, max(1, int(rng.gauss(3.8, 1.6))))
    ages = [rng.randint(20, 75)] + [
        rng.choice([rng.randint(0, 17), rng.randint(18, 85)]) for _ in range(size - 1)
    ]
    owned = [a for a in ASSETS if rng.random() < 0.35]
    return {
        "ward": f"w{index % 40:02d}",
        "country": "vn",
        "state": "ho_chi_minh",
        "stratum": "urban" if rng.random() < 0.7 else "rural",
        "members": [_member(rng, age) for age in ages],
        "income_per_capita": rng.choice(
            [rng.randint(600_000, 2_600_000), rng.randint(1_000_000, 9_000_000)]
        ),
        "sick_untreated": "yes" if rng.random() < 0.07 else "no",
        "child_deaths_5y": 1 if rng.random() < 0.03 else 0,
        "housing_quality": rng.choice(
            ["permanent"] * 5 + ["semi_permanent", "simple", "temporary"]
        ),
        "floor_material": rng.choice(["ceramic_tiles", "cement", "earth", "wood_planks", "vinyl"]),
        "roof_material": rng.choice(["concrete", "metal", "ceramic_tiles", "thatch"]),
        "wall_material": rng.choice(
            ["brick", "concrete", "cement_blocks", "plywood", "bamboo_mud"]
        ),
        "floor_area": rng.randint(12, 120),
        "water_source": rng.choice(WATER),
        "water_minutes": rng.choice([0] * 8 + [10, 40]),
        "toilet_type": rng.choice(TOILET),
        "toilet_shared": "yes" if rng.random() < 0.15 else "no",
        "cooking_fuel": rng.choice(FUEL),
        "electricity": "yes" if rng.random() < 0.97 else "no",
        "telecom_use": "yes" if rng.random() < 0.9 else "no",
        "assets": " ".join(owned),
    }


def households(count: int = HOUSEHOLDS, seed: int = 2026) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [make_household(rng, i) for i in range(count)]


_STORE: dict[str, Any] = {}


def _data() -> list[dict[str, Any]]:
    if "answers" not in _STORE:
        _STORE["answers"] = households()
    return _STORE["answers"]


def _as_text(answers: dict[str, Any]) -> dict[str, Any]:
    """The household with its numbers written as decimal text ("41", "60.0"), as some JSON
    exports give them: each is checked and turned into a number before scoring."""
    members = [dict(m, age=str(m["age"]), years_schooling=f"{m['years_schooling']}.0")
               for m in answers["members"]]  # fmt: skip
    income, minutes = str(answers["income_per_capita"]), str(answers["water_minutes"])
    return dict(answers, members=members, income_per_capita=income,
                floor_area=f"{answers['floor_area']}.5", water_minutes=minutes)  # fmt: skip


def _with_incomes(answers: dict[str, Any], form: bool = True) -> dict[str, Any]:
    """The household with each adult's incomes typed and, as the form completes it (`form`),
    the form's own per-capita income, a float division (as ODK Collect computes it), which
    scoring replaces by the exact one computed from the incomes; without it, as raw answers."""
    members = answers["members"]
    adults = [m for m in members if m["age"] >= 15] or members[:1]
    total = answers["income_per_capita"] * len(members)
    share, rest = divmod(total, len(adults))
    typed = [dict(m, income_wages=share + (rest if m is adults[0] else 0),
                  income_self_employment=0, income_transfers=0.5) if m in adults else m
             for m in members]  # fmt: skip
    total += len(adults) * 0.5
    out = dict(answers, members=typed, income_property=0, income_other=0)
    if form:
        out["income_per_capita"] = total / len(members)
    else:
        del out["income_per_capita"]
    return out


def _score_run(std_id: str, text: bool = False, incomes: str = "") -> dict[str, Any]:
    answers = [_as_text(a) for a in _data()] if text else _data()
    if incomes:
        answers = [_with_incomes(a, form=incomes == "form") for a in answers]
    standard = find_standard(std_id)
    score_many(standard, answers[:100])  # compile the standard outside the timing
    started, cpu = time.perf_counter(), time.process_time()
    scores = score_many(standard, answers)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    if not text and not incomes:
        _STORE[std_id] = scores
    rate = len(answers) / elapsed
    return {
        "value": elapsed,
        "unit": "s",
        "note": f"{rate:,.0f} households/s; CPU {cpu:.1f} s; load {os.getloadavg()[0]:.1f}",
        "target": "< 5 s",
        "ok": elapsed < 5,
    }


def _measure_run(std_id: str) -> dict[str, Any]:
    answers = _data()
    standard = find_standard(std_id)
    scores = _STORE.get(std_id) or score_many(standard, answers)
    started = time.perf_counter()
    overall = measure(standard, scores, unit="person")
    by_ward = measure_by_area(
        standard, ((a["ward"], s) for a, s in zip(answers, scores, strict=True)), unit="person"
    )
    elapsed = time.perf_counter() - started
    assert 0 <= overall.H <= 1 and len(by_ward) == 40
    return {
        "value": elapsed,
        "unit": "s",
        "note": f"H={float(overall.H):.3f}, M0={float(overall.M0):.3f}",
        "target": "< 5 s",
        "ok": elapsed < 5,
    }


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    out: list[tuple[str, Callable[[], dict[str, Any]]]] = []
    for std_id in STANDARDS:
        out.append((f"score 100k households ({std_id})", lambda s=std_id: _score_run(s)))
        out.append(
            (
                f"measures over 100k households, all + 40 wards ({std_id})",
                lambda s=std_id: _measure_run(s),
            )
        )
    out.append(
        (
            "score 100k households, numbers as decimal text (vn-2022-2025)",
            lambda: _score_run("vn-2022-2025", text=True),
        )
    )
    for incomes, how in (("form", "as the form completes them"), ("raw", "from raw incomes")):
        out.append(
            (
                f"score 100k households {how}, income exact (vn-hcmc-2019-2020)",
                lambda i=incomes: _score_run("vn-hcmc-2019-2020", incomes=i),
            )
        )
    return out


if __name__ == "__main__":
    # The baseline loop before and after, so a busy machine shows in the same run.
    from bench_baseline import benchmarks as baseline
    from common import print_results  # bench/ is on sys.path when a file is run alone

    print_results(baseline() + benchmarks() + baseline())
