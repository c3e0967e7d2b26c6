"""Alkire-Foster measures over scored households, per area: H, A, M0, censored headcounts;
and for every standard the headcount of households and persons in each status.

Counted over people (each household weighted by its size) or over households, for any poverty
cutoff k in the standard's own unit (a share such as 1/3, or points such as 40). Households whose
status is `insufficient_data` are left out and counted in `excluded`, as the method drops
observations with missing data. A standard without deprivation indicators (e-Kasih) has no
Alkire-Foster measures: its figures are the status headcounts and the income-poverty rates.
A household's persons are its members (at least 1). All arithmetic is exact; floats appear
only in the JSON.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from app.survey.errors import TinjauError
from app.survey.scoring.household import scorer_for
from app.survey.scoring.model import INSUFFICIENT_DATA, Standard
from app.survey.scoring.result import HouseholdScore

UNITS = ("person", "household")
# Parts of answer names that mark personal data or money: grouping by such an answer would
# print it as the group names. The household form's names follow them (docs/household-form.md).
PERSONAL = (
    "name", "national_id", "passport", "mykad", "phone", "email", "address", "gps", "birth",
    "dob", "oku", "unit_number", "note", "income", "amount", "total",
)  # fmt: skip
_GROUPS = (
    "an area (country, state, district, ward, site, block, stratum) or another "
    "household-level choice, such as water_source or housing_quality"
)


@dataclass
class Measures:
    """Alkire-Foster and income-poverty figures for one group of households."""

    unit: str
    k: Fraction | None
    households: int = 0
    excluded: int = 0
    population: Fraction = Fraction(0)
    poor: Fraction = Fraction(0)  # q: poor people (or households)
    H: Fraction = Fraction(0)
    A: Fraction = Fraction(0)
    M0: Fraction = Fraction(0)
    censored_headcount: dict[str, Fraction] = field(default_factory=dict)
    uncensored_headcount: dict[str, Fraction] = field(default_factory=dict)
    contribution: dict[str, Fraction] = field(default_factory=dict)
    contribution_by_dimension: dict[str, Fraction] = field(default_factory=dict)
    income_poverty: dict[str, Fraction | None] = field(default_factory=dict)
    status_shares: dict[str, Fraction] = field(default_factory=dict)
    # Each status (insufficient_data left out): households and persons in it.
    headcounts: dict[str, tuple[int, int]] = field(default_factory=dict)
    alkire_foster: bool = True  # False for a standard without deprivation indicators

    def statuses_json(self) -> dict[str, dict[str, Any]]:
        """Households and persons per status, with their rates among those with a status."""
        households = sum(h for h, _ in self.headcounts.values())
        persons = sum(p for _, p in self.headcounts.values())
        return {
            code: {
                "households": h,
                "persons": p,
                "household_rate": h / households if households else None,
                "person_rate": p / persons if persons else None,
            }
            for code, (h, p) in self.headcounts.items()
        }

    def to_json(self) -> dict[str, Any]:
        """Floats for reading, with every ratio also as an exact fraction under `exact`."""

        def many(values: dict[str, Fraction]) -> dict[str, float]:
            return {key: float(value) for key, value in values.items()}

        income = {
            "households": self.households,
            "excluded": self.excluded,
            "statuses": self.statuses_json(),
            "income_poverty": {
                key: None if value is None else float(value)
                for key, value in self.income_poverty.items()
            },
        }
        if not self.alkire_foster:
            return {"method": "income", "unit": self.unit, **income}
        return {
            "method": "alkire-foster",
            "unit": self.unit,
            "k": None if self.k is None else str(self.k),
            "population": float(self.population),
            "poor": float(self.poor),
            "H": float(self.H),
            "A": float(self.A),
            "M0": float(self.M0),
            "censored_headcount": many(self.censored_headcount),
            "uncensored_headcount": many(self.uncensored_headcount),
            "contribution": many(self.contribution),
            "contribution_by_dimension": many(self.contribution_by_dimension),
            **income,
            "status_shares": many(self.status_shares),
            "exact": {
                "H": str(self.H),
                "A": str(self.A),
                "M0": str(self.M0),
                "censored_headcount": {k: str(v) for k, v in self.censored_headcount.items()},
                "contribution": {k: str(v) for k, v in self.contribution.items()},
            },
        }


class _Accumulator:
    """Running sums for one group; integer counts for the common case of unrescaled weights."""

    def __init__(self, standard: Standard, k: Fraction | None, unit: str) -> None:
        self.standard = standard
        self.k = k
        self.unit = unit
        self.ids = [ind.id for ind in standard.indicators]
        self.base_weights = scorer_for(standard).base_weights
        self.households = 0
        self.excluded = 0
        self.population = 0
        self.poor = 0
        self.censored = dict.fromkeys(self.ids, 0)
        self.uncensored = dict.fromkeys(self.ids, 0)
        self.plain_censored = dict.fromkeys(self.ids, 0)  # poor and deprived, unrescaled weights
        self.extra = dict.fromkeys(self.ids, Fraction(0))  # weighted, rescaled households
        self.income_below = {line.id: 0 for line in standard.lines}
        self.income_known = {line.id: 0 for line in standard.lines}
        self.statuses: dict[str, int] = {}
        self.headcounts = {status.code: [0, 0] for status in standard.statuses}

    def add(self, hs: HouseholdScore) -> None:
        self.households += 1
        persons = max(hs.size, 1)
        weight = persons if self.unit == "person" else 1
        self.statuses[hs.status] = self.statuses.get(hs.status, 0) + weight
        counts = self.headcounts.get(hs.status)
        if counts is not None:
            counts[0] += 1
            counts[1] += persons
        for line_id, below in hs.below_line.items():
            if below is not None:
                self.income_known[line_id] += weight
                if below:
                    self.income_below[line_id] += weight
        if hs.status == INSUFFICIENT_DATA or not self.ids:
            if hs.status == INSUFFICIENT_DATA:
                self.excluded += 1
            return
        self.population += weight
        deprived = hs.deprived
        for ind_id in self.ids:
            if deprived[ind_id]:
                self.uncensored[ind_id] += weight
        if self.k is None or hs.score < self.k:
            return
        self.poor += weight
        plain = hs.weights is self.base_weights or all(
            hs.weights[i] == ind.value
            for i, ind in zip(self.ids, self.standard.indicators, strict=True)
        )
        for ind_id in self.ids:
            if deprived[ind_id]:
                self.censored[ind_id] += weight
                if plain:
                    self.plain_censored[ind_id] += weight
                else:
                    self.extra[ind_id] += weight * hs.weights[ind_id]

    def result(self) -> Measures:
        std = self.standard
        m = Measures(unit=self.unit, k=self.k, households=self.households, excluded=self.excluded)
        m.headcounts = {code: (h, p) for code, (h, p) in self.headcounts.items()}
        m.alkire_foster = bool(self.ids)
        total_weight = sum(self.statuses.values())
        m.status_shares = {
            code: Fraction(count, total_weight) for code, count in self.statuses.items()
        }
        m.income_poverty = {
            line_id: (Fraction(self.income_below[line_id], known) if known else None)
            for line_id, known in self.income_known.items()
        }
        if not self.ids or self.k is None:
            return m
        n = self.population
        m.population = Fraction(n)
        m.poor = Fraction(self.poor)
        if n == 0:
            return m
        total = std.total_value
        # Weighted deprivations among the poor, in normalised weights (each sums to 1 overall).
        weighted = {
            ind.id: (ind.value * self.plain_censored[ind.id] + self.extra[ind.id]) / total
            for ind in std.indicators
        }
        m.H = Fraction(self.poor, n)
        m.M0 = sum(weighted.values(), Fraction(0)) / n
        m.A = m.M0 / m.H if m.H else Fraction(0)
        m.censored_headcount = {i: Fraction(self.censored[i], n) for i in self.ids}
        m.uncensored_headcount = {i: Fraction(self.uncensored[i], n) for i in self.ids}
        if m.M0:
            m.contribution = {i: weighted[i] / n / m.M0 for i in self.ids}
        else:
            m.contribution = dict.fromkeys(self.ids, Fraction(0))
        by_dim: dict[str, Fraction] = {}
        for ind in std.indicators:
            by_dim[ind.dimension] = by_dim.get(ind.dimension, Fraction(0)) + m.contribution[ind.id]
        m.contribution_by_dimension = by_dim
        return m


def _check(standard: Standard, k: Fraction | None, unit: str) -> Fraction | None:
    if unit not in UNITS:
        raise TinjauError(f"The unit must be 'person' or 'household', not {unit!r}.")
    if not standard.indicators:
        if k is not None:
            raise TinjauError(
                f"The standard {standard.id} has no deprivation indicators, so it takes no "
                "cutoff k; leave --k out (its measures are the status headcounts)."
            )
        return None
    k = standard.k if k is None else k
    if k is None:
        raise TinjauError(
            f"The standard {standard.id} has no threshold 'k'; give the poverty cutoff with --k."
        )
    if not 0 < k <= standard.total_value:
        raise TinjauError(
            f"The cutoff k must be more than 0 and at most {standard.total_value} "
            f"for {standard.id}; got {k}."
        )
    return k


def measure(
    standard: Standard,
    scores: Iterable[HouseholdScore],
    k: Fraction | None = None,
    unit: str = "person",
) -> Measures:
    """Alkire-Foster measures and income-poverty rates over all `scores` together."""
    acc = _Accumulator(standard, _check(standard, k, unit), unit)
    for hs in scores:
        acc.add(hs)
    return acc.result()


def measure_by_area(
    standard: Standard,
    scores: Iterable[tuple[Hashable, HouseholdScore]],
    k: Fraction | None = None,
    unit: str = "person",
) -> dict[Hashable, Measures]:
    """Measures for each area key the caller gives (a ward code, say), in first-seen order."""
    cutoff = _check(standard, k, unit)
    groups: dict[Hashable, _Accumulator] = {}
    for area, hs in scores:
        acc = groups.get(area)
        if acc is None:
            acc = groups[area] = _Accumulator(standard, cutoff, unit)
        acc.add(hs)
    return {area: acc.result() for area, acc in groups.items()}


def group_keys(
    standard: Standard, households: Sequence[Mapping[str, Any]], field: str
) -> list[str]:
    """Each household's group for measures per value of `field` (its answer as text, '' when
    unanswered). Refuses a field whose values would print personal data: a member's answer (a
    name, an age), a name, ID, phone, income or note at household level, or an amount the
    standard reads as a number; the sentence names the kinds of field that are allowed."""
    lowered = field.lower()
    if any(part in lowered for part in PERSONAL):
        raise TinjauError(
            f"Measures are not grouped by {field}: its values are personal data or amounts, "
            f"and they would be printed as the group names. Group by {_GROUPS}."
        )
    keys: list[str] = []
    found = False
    for answers in households:
        for value in answers.values():
            if isinstance(value, list) and any(
                isinstance(row, Mapping) and field in row for row in value
            ):
                raise TinjauError(
                    f"Measures are not grouped by {field}: it is a member's answer, and a "
                    f"household has one group. Group by {_GROUPS}."
                )
        value = answers.get(field)
        if isinstance(value, list | dict):
            raise TinjauError(
                f"Measures are not grouped by {field}: a household gives it several values. "
                f"Group by {_GROUPS}."
            )
        found = found or field in answers
        keys.append("" if value is None else str(value))
    if field in scorer_for(standard).numbers.numbers:
        raise TinjauError(
            f"Measures are not grouped by {field}: the standard reads it as an amount, and each "
            f"amount would be a group of its own. Group by {_GROUPS}."
        )
    if households and not found:
        raise TinjauError(f"No household answers {field}; check the name. Group by {_GROUPS}.")
    return keys
