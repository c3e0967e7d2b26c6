"""The public face of household scoring: `score_household` and what it returns.

A `HouseholdScore` is derived data: it names the standard id and version it came from, so a
stored score can be recomputed when the standard changes (`needs_rescore`).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Any

from app.survey.scoring.explain import explain, text
from app.survey.scoring.household import Facts, scorer_for
from app.survey.scoring.model import INSUFFICIENT_DATA, Standard, pick
from app.survey.scoring.numbers import LIMIT, UnusableAnswers


@dataclass(frozen=True)
class LineUsed:
    """The income line a household was compared with, as it applied to its region."""

    id: str
    name: str
    amount: Fraction
    region: Mapping[str, str]
    verified: bool


class HouseholdScore:
    """One household's result: status and label, deprivations, score, income and its line.

    `score` is a Fraction: a weighted share (0..1) or points, as `scoring` says. `deprived` maps
    each indicator to True, False or None (missing). `weights` are the weights (or points) each
    indicator carried after any rescaling. `line` and `explanation` are worded on first use, so
    scoring many households for measures never pays for sentences nobody reads.
    """

    def __init__(self, standard: Standard, facts: Facts, lang: str) -> None:
        self._standard = standard
        self._facts = facts
        self.lang = lang
        self.standard_id = standard.id
        self.standard_version = standard.version
        self.status = facts.status
        self.label = status_label(standard, facts.status, lang)
        self.deprived = facts.deprived
        self.weights = facts.weights
        self.score = facts.score
        self.scoring = standard.scoring
        self.deprived_count = facts.deprived_count
        self.missing_count = facts.missing_count
        self.income = facts.income
        self.below_line = facts.below_line
        self.size = facts.size

    @cached_property
    def line(self) -> LineUsed | None:
        """The income line the household was compared with (None without income lines)."""
        return _line_used(self._standard, self._facts, self.lang)

    @cached_property
    def explanation(self) -> str:
        """The sentence a worker reads out in the chosen language."""
        return explain(scorer_for(self._standard), self._facts, self.label, self.lang)

    def __repr__(self) -> str:
        return f"HouseholdScore({self.standard_id} {self.status} score={self.score})"

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


_LABELS: weakref.WeakKeyDictionary[Standard, dict[tuple[str, str], str]] = (
    weakref.WeakKeyDictionary()
)


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def status_label(standard: Standard, status: str, lang: str) -> str:
    """The label of a status code in `lang` (the built-in one for insufficient data)."""
    labels = _LABELS.get(standard)
    if labels is None:
        labels = _LABELS[standard] = {}
    label = labels.get((status, lang))
    if label is None:
        if status == INSUFFICIENT_DATA:
            label = text(lang)["insufficient"]
        else:
            label = pick(standard.status(status).names, lang)
        labels[(status, lang)] = label
    return label


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
    standard: Standard,
    answers: Mapping[str, Any],
    lang: str = "en",
    *,
    unanswered: frozenset[str] = frozenset(),
    real_weights: bool = False,
) -> HouseholdScore:
    """Score one household's answers (as `tinjau form fill` takes them) against `standard`;
    raises UnusableAnswers when an answer it reads as a number is not one (numbers.py). A draft
    passes the answers it has not given yet and asks for the real weights (Scorer.facts)."""
    facts = scorer_for(standard).facts(answers, unanswered, real_weights)
    return HouseholdScore(standard, facts, lang)


def score_many(
    standard: Standard,
    households: Iterable[Mapping[str, Any]],
    lang: str = "en",
    names: Sequence[str] | None = None,
) -> list[HouseholdScore]:
    """Score many households (a rescore, a measure). Raises UnusableAnswers naming every household
    (`names[i]`, else "household i" counted from 1) with an answer that should be a number and
    is not, after looking at all of them. The cyclic garbage collector is paused meanwhile: the
    batch only allocates results that live on, and scanning them is wasted work."""
    scorer = scorer_for(standard)
    results: list[HouseholdScore] = []
    problems: list[tuple[str, str]] = []
    more = 0
    paused = gc.isenabled()
    gc.disable()
    try:
        for index, answers in enumerate(households):
            try:
                results.append(HouseholdScore(standard, scorer.facts(answers), lang))
            except UnusableAnswers as error:
                name = names[index] if names is not None else f"household {index + 1}"
                for place, message in error.problems:
                    if len(problems) < LIMIT:
                        problems.append((f"{name}, {place}" if place else name, message))
                    else:
                        more += 1
    finally:
        if paused:
            gc.enable()
    if problems:
        raise UnusableAnswers(problems, more)
    return results


def needs_rescore(stored_version: str | None, standard: Standard) -> bool:
    """True when a stored score was made with another version of the standard (or none)."""
    return stored_version is None or str(stored_version) != standard.version
