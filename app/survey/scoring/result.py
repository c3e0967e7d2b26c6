"""The public face of household scoring: `score_household` and what it returns.

A `HouseholdScore` is derived data: it names the standard id and version it came from, so a
stored score can be recomputed when the standard changes (`needs_rescore`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.survey.scoring.explain import explain, text
from app.survey.scoring.household import Facts, scorer_for
from app.survey.scoring.model import INSUFFICIENT_DATA, Standard, pick


@dataclass(frozen=True)
class LineUsed:
    """The income line a household was compared with, as it applied to its region."""

    id: str
    name: str
    amount: Fraction
    region: Mapping[str, str]
    verified: bool


@dataclass(frozen=True)
class HouseholdScore:
    standard_id: str
    standard_version: str
    status: str
    label: str
    deprived: dict[str, bool | None]
    weights: dict[str, Fraction]
    score: Fraction  # a weighted share (0..1) or points, as the standard says
    scoring: str
    deprived_count: int
    missing_count: int
    income: Fraction | None
    line: LineUsed | None
    below_line: dict[str, bool | None]
    size: int
    explanation: str

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: exact numbers as strings, with a float beside them."""
        return {
            "standard": self.standard_id,
            "standard_version": self.standard_version,
            "status": self.status,
            "label": self.label,
            "score": str(self.score),
            "score_value": float(self.score),
            "scoring": self.scoring,
            "deprived": self.deprived,
            "deprived_count": self.deprived_count,
            "missing_count": self.missing_count,
            "income_per_capita": None if self.income is None else _number(self.income),
            "line": None
            if self.line is None
            else {
                "id": self.line.id,
                "name": self.line.name,
                "amount": _number(self.line.amount),
                "region": dict(self.line.region),
                "verified": self.line.verified,
            },
            "below_line": self.below_line,
            "explanation": self.explanation,
        }


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def status_label(standard: Standard, status: str, lang: str) -> str:
    """The label of a status code in `lang` (the built-in one for insufficient data)."""
    if status == INSUFFICIENT_DATA:
        return text(lang)["insufficient"]
    return pick(standard.status(status).names, lang)


def _line_used(standard: Standard, facts: Facts, lang: str) -> LineUsed | None:
    """The first line the matched rule compares income with; else the first line that applies."""
    order: list[str] = []
    if facts.rule_index is not None:
        for cond in standard.rules[facts.rule_index].conditions:
            for side in (cond.left, cond.right):
                if isinstance(side, str) and side in facts.line_cells and side not in order:
                    order.append(side)
    order += [line.id for line in standard.lines if line.id not in order]
    for line_id in order:
        cell = facts.line_cells.get(line_id)
        if cell is not None:
            line = standard.line(line_id)
            return LineUsed(
                line_id, pick(line.names, lang), cell.amount, cell.region, cell.verified
            )
    return None


def score_household(
    standard: Standard, answers: Mapping[str, Any], lang: str = "en"
) -> HouseholdScore:
    """Score one household's answers (as `tinjau form fill` takes them) against `standard`."""
    scorer = scorer_for(standard)
    facts = scorer.facts(answers)
    label = status_label(standard, facts.status, lang)
    return HouseholdScore(
        standard_id=standard.id,
        standard_version=standard.version,
        status=facts.status,
        label=label,
        deprived=facts.deprived,
        weights=facts.weights,
        score=facts.score,
        scoring=standard.scoring,
        deprived_count=facts.deprived_count,
        missing_count=facts.missing_count,
        income=facts.income,
        line=_line_used(standard, facts, lang),
        below_line=facts.below_line,
        size=facts.size,
        explanation=explain(scorer, facts, label, lang),
    )


def needs_rescore(stored_version: str | None, standard: Standard) -> bool:
    """True when a stored score was made with another version of the standard (or none)."""
    return stored_version is None or str(stored_version) != standard.version
