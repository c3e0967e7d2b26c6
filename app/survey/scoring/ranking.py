"""Priority order of households for assistance: most severe status first, then the highest
deprivation score, then the lowest per-capita income; ties keep the order the caller gave.

Status severity is the order of the `[[status]]` tables in the standard file (most in need
first); `insufficient_data` comes after every declared status, since it cannot be ranked fairly.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from fractions import Fraction
from typing import TypeVar

from app.survey.scoring.model import Standard
from app.survey.scoring.result import HouseholdScore

Key = TypeVar("Key", bound=Hashable)


def severity(standard: Standard, status: str) -> int:
    """0 for the most severe status; declared statuses in file order, then anything else."""
    for index, declared in enumerate(standard.statuses):
        if declared.code == status:
            return index
    return len(standard.statuses)


def priority_key(standard: Standard, hs: HouseholdScore) -> tuple[int, Fraction, int, Fraction]:
    """Sort key: severity, score descending, unknown income last, income ascending."""
    income_missing = 1 if hs.income is None else 0
    return (severity(standard, hs.status), -hs.score, income_missing, hs.income or Fraction(0))


def rank(standard: Standard, households: Iterable[tuple[Key, HouseholdScore]]) -> list[Key]:
    """Household keys in priority order for assistance; ties keep their input order (stable)."""
    rows = list(households)
    rows.sort(key=lambda row: priority_key(standard, row[1]))  # list.sort is stable
    return [key for key, _ in rows]
