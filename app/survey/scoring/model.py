"""A poverty standard as loaded from its data file: lines, indicators, thresholds, rules, labels.

Plain frozen data; `loader.py` builds it from TOML and checks it, `household.py` applies it.
Every number is a `Fraction`, so 2/6 and 6/18 compare equal to 1/3 exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from fractions import Fraction
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "ms", "vi", "fa")
OPERATORS = ("<", "<=", ">", ">=", "=", "!=")
# Quantities a classification rule may compare, besides line ids, threshold names and numbers.
BUILTIN_OPERANDS = ("income", "score", "deprived_count", "missing_count")
MISSING_POLICIES = ("rescale_within_dimension", "count_as_not_deprived", "treat_as_missing")
# What an answer read as a number that is not one does: refuse the household, or count the
# indicators (and the income) that read it as missing. Never 0.
NOT_NUMBER_POLICIES = ("refuse", "treat_as_missing")
PERIODS = ("month", "year")
INSUFFICIENT_DATA = "insufficient_data"

Names = Mapping[str, str]


def pick(names: Names, lang: str) -> str:
    """The text in `lang`, falling back to English, then to any text there is."""
    return names.get(lang) or names.get("en") or next(iter(names.values()), "")


@dataclass(frozen=True)
class Source:
    citation: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class LineCell:
    """One amount of an income line, for the households whose region answers match `region`."""

    region: Mapping[str, str]
    amount: Fraction
    verified: bool
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class IncomeLine:
    id: str
    names: Names
    cells: tuple[LineCell, ...]

    def lookup(self, region: Mapping[str, Any]) -> LineCell | None:
        """The most specific cell whose region keys all equal the household's answers."""
        best: LineCell | None = None
        for cell in self.cells:
            if all(region.get(key) == value for key, value in cell.region.items()):
                if best is None or len(cell.region) > len(best.region):
                    best = cell
        return best


@dataclass(frozen=True)
class IncomeDefinition:
    """Which answer (or variable) is per-capita income, its period and that of the lines."""

    field: str
    period: str
    line_period: str
    region_fields: tuple[str, ...]
    region_names: Mapping[str, Names] = dc_field(default_factory=dict)  # choice name -> its words
    fallback: str | None = None  # expression giving per-capita income when `field` is unanswered

    def factor(self) -> Fraction:
        """What to multiply the answer by to express it in the lines' period."""
        if self.period == self.line_period:
            return Fraction(1)
        return Fraction(12) if self.period == "month" else Fraction(1, 12)


@dataclass(frozen=True)
class Dimension:
    id: str
    names: Names


@dataclass(frozen=True)
class Indicator:
    id: str
    dimension: str
    value: Fraction  # the weight (a fraction) or the points
    names: Names
    test: str
    applicable: str | None
    requires: tuple[str, ...]
    verified: bool
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Threshold:
    name: str
    value: Fraction
    verified: bool
    note: str | None = None


@dataclass(frozen=True)
class Status:
    code: str
    names: Names


@dataclass(frozen=True)
class Condition:
    left: str | Fraction
    op: str
    right: str | Fraction


@dataclass(frozen=True)
class Rule:
    status: str
    conditions: tuple[Condition, ...]
    verified: bool = True
    note: str | None = None


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: scorers cache per object
class Standard:
    id: str
    version: str
    names: Names
    sources: tuple[Source, ...]
    currency: str | None
    income: IncomeDefinition | None
    lines: tuple[IncomeLine, ...]
    dimensions: tuple[Dimension, ...]
    indicators: tuple[Indicator, ...]
    scoring: str  # "weights" or "points"
    thresholds: Mapping[str, Threshold]
    statuses: tuple[Status, ...]  # most in need first
    rules: tuple[Rule, ...]
    default_status: str
    missing: str
    variables: Mapping[str, str] = dc_field(default_factory=dict)
    not_numbers: str = "refuse"  # one of NOT_NUMBER_POLICIES
    path: Path | None = None

    @property
    def verified(self) -> bool:
        """True when every number in the file is marked verified."""
        return (
            all(cell.verified for line in self.lines for cell in line.cells)
            and all(ind.verified for ind in self.indicators)
            and all(t.verified for t in self.thresholds.values())
            and all(rule.verified for rule in self.rules)
        )

    @property
    def total_value(self) -> Fraction:
        """Sum of all weights (1 for a weighted standard) or of all points."""
        return sum((ind.value for ind in self.indicators), Fraction(0))

    @property
    def k(self) -> Fraction | None:
        """The default poverty cutoff for Alkire-Foster measures (threshold `k`), if any."""
        threshold = self.thresholds.get("k")
        return threshold.value if threshold else None

    def status(self, code: str) -> Status:
        for status in self.statuses:
            if status.code == code:
                return status
        raise KeyError(code)

    def line(self, line_id: str) -> IncomeLine:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(line_id)
