"""Score one household's answers against a standard: deprivations, score, income, status.

The engine is generic: every indicator, line, threshold and rule comes from the standard file.
Rules are tried in order and the first whose conditions all hold gives the status; a condition
on a value that is not known (income not answered, no line for the household's region) makes
the outcome unknown, and the household gets the built-in status `insufficient_data` rather
than a guess.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.survey.scoring.evaluate import MISS, EvaluationFailed, Expression, Household, Memo
from app.survey.scoring.model import INSUFFICIENT_DATA, Condition, Indicator, LineCell, Standard

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


def compare(left: Fraction, op: str, right: Fraction) -> bool:
    """`left op right` for one of the six operators a rule may use."""
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    if op == ">=":
        return left >= right
    if op == "=":
        return left == right
    return left != right


def _exact(value: Any) -> Fraction | None:
    """An exact number from an answer: ints stay exact, floats keep their written decimals."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Fraction(value)
    try:
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                return None
            return Fraction(repr(value))
        return Fraction(str(value).strip())
    except (ValueError, ZeroDivisionError):
        return None


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


class Probe:
    """An indicator's eligibility, required answers and test, memoised as one unit."""

    __slots__ = ("indicator", "test", "applicable", "memo")

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.test = Expression(indicator.test)
        self.applicable = Expression(indicator.applicable) if indicator.applicable else None
        parts = [self.test] + ([self.applicable] if self.applicable else [])
        references = {name for part in parts for name in part.references}
        fields = [field for part in parts for field in part.fields]
        for name in indicator.requires:
            repeat, _, field = name.partition("/")
            references.add(repeat)
            if field:
                fields.append(field)
        self.memo = Memo(
            tuple(sorted(references)),
            tuple(dict.fromkeys(fields)),
            all(part.pure for part in parts),
            [part.text for part in parts],
        )


@dataclass
class Facts:
    """What the engine found for one household, before any wording."""

    status: str
    rule_index: int | None  # the rule that matched; None for the default or insufficient data
    deprived: dict[str, bool | None]
    weights: dict[str, Fraction]  # the weight (or points) each indicator carried, after rescaling
    score: Fraction
    deprived_count: int
    missing_count: int
    income: Fraction | None  # per capita, in the lines' period
    line_cells: dict[str, LineCell | None]
    below_line: dict[str, bool | None]
    size: int


class Scorer:
    """A standard with its expressions compiled, ready to score many households."""

    def __init__(self, standard: Standard) -> None:
        self.standard = standard
        self.variables = [(name, Expression(text)) for name, text in standard.variables.items()]
        self.probes = [Probe(ind) for ind in standard.indicators]
        fallback = standard.income.fallback if standard.income else None
        self.income_fallback = Expression(fallback) if fallback else None
        self.dimension_totals: dict[str, Fraction] = {}
        for ind in standard.indicators:
            self.dimension_totals[ind.dimension] = (
                self.dimension_totals.get(ind.dimension, Fraction(0)) + ind.value
            )
        # Integer arithmetic over a common denominator keeps the common case (no rescaling) fast.
        self.denominator = 1
        for ind in standard.indicators:
            self.denominator = (
                self.denominator
                * ind.value.denominator
                // _gcd(self.denominator, ind.value.denominator)
            )
        self.numerators = [int(ind.value * self.denominator) for ind in standard.indicators]
        self.line_ops = self._line_ops()
        self.base_weights = {ind.id: ind.value for ind in standard.indicators}
        self.cell_memo: dict[tuple[Any, ...], dict[str, LineCell | None]] = {}

    def _line_ops(self) -> dict[str, str]:
        """For each line, how `income` is compared with it to count as below it (default `<`)."""
        ops: dict[str, str] = {}
        for rule in self.standard.rules:
            for cond in rule.conditions:
                if cond.left == "income" and isinstance(cond.right, str):
                    line, op = cond.right, cond.op
                elif cond.right == "income" and isinstance(cond.left, str):
                    line, op = cond.left, _FLIP[cond.op]
                else:
                    continue
                if op in ("<", "<=") and line not in ops:
                    ops[line] = op
        return {line.id: ops.get(line.id, "<") for line in self.standard.lines}

    # -- the parts ---------------------------------------------------------------------------
    def _variables(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, expr in self.variables:
            try:
                # A fresh context each time: a variable may read the ones before it.
                values[name] = expr.value(Household(answers, dict(values)))
            except EvaluationFailed:
                values[name] = ""
        return values

    def _requires_met(self, requires: tuple[str, ...], answers: Mapping[str, Any]) -> bool:
        for name in requires:
            if "/" in name:
                repeat, field = name.split("/", 1)
                rows = answers.get(repeat)
                if not isinstance(rows, list) or not any(
                    isinstance(row, Mapping) and _answered(row.get(field)) for row in rows
                ):
                    return False
            elif not _answered(answers.get(name)):
                return False
        return True

    def _probe(self, probe: Probe, household: Household) -> bool | None:
        ind = probe.indicator
        # Meaning: not applicable (no school-age child) -> not deprived, as OPHI counts it;
        # else required answers missing -> None; else the test. Eligibility is evaluated only
        # when it can change the outcome (the test says deprived, or answers are missing),
        # which saves a pass over the members for most households.
        applicable = probe.applicable
        try:
            if ind.requires and not self._requires_met(ind.requires, household.answers):
                if applicable is not None and not applicable.boolean(household):
                    return False
                return None
            deprived = probe.test.boolean(household)
            if deprived and applicable is not None and not applicable.boolean(household):
                return False
            return deprived
        except EvaluationFailed:
            return None

    def deprivations(
        self, answers: Mapping[str, Any], variables: Mapping[str, Any]
    ) -> dict[str, bool | None]:
        """Each indicator: True (deprived), False, or None (not answered / not computable)."""
        out: dict[str, bool | None] = {}
        household = Household(answers, variables)
        for probe in self.probes:
            memo = probe.memo
            if memo.table is None:
                out[probe.indicator.id] = self._probe(probe, household)
                continue
            try:
                key = memo.key(household)
                hit = memo.get(key)
            except (KeyError, TypeError):  # not a plain top-level answer, or unhashable
                out[probe.indicator.id] = self._probe(probe, household)
                continue
            if hit is MISS:
                hit = self._probe(probe, household)
                memo.put(key, hit)
            out[probe.indicator.id] = hit
        return out

    def _income(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> Fraction | None:
        income = self.standard.income
        if income is None:
            return None
        raw = variables[income.field] if income.field in variables else answers.get(income.field)
        if not _answered(raw) and self.income_fallback is not None:
            try:
                raw = self.income_fallback.value(Household(answers, variables))
            except EvaluationFailed:
                raw = None
        value = _exact(raw)
        return None if value is None else value * income.factor()

    # -- the whole ---------------------------------------------------------------------------
    def facts(self, answers: Mapping[str, Any]) -> Facts:
        """Evaluate everything the standard says about this household."""
        std = self.standard
        variables = self._variables(answers)
        deprived = self.deprivations(answers, variables)
        values = list(deprived.values())
        missing_count = sum(1 for v in values if v is None)
        deprived_count = sum(1 for v in values if v)
        weights: dict[str, Fraction] = {}
        insufficient = False
        if missing_count and std.missing == "treat_as_missing":
            insufficient = True
        if missing_count and std.missing == "rescale_within_dimension":
            score, weights, insufficient = self._rescaled(deprived)
        else:
            weights = self.base_weights  # shared and never changed: no copy per household
            total = 0
            for numerator, flag in zip(self.numerators, values, strict=True):
                if flag:
                    total += numerator
            score = Fraction(total, self.denominator)

        income = self._income(answers, variables)
        cells = self._cells(answers)
        below = {
            line_id: (
                None
                if income is None or cell is None
                else compare(income, self.line_ops[line_id], cell.amount)
            )
            for line_id, cell in cells.items()
        }
        members = answers.get("members")
        size = len(members) if isinstance(members, list) else 0
        facts = Facts(
            INSUFFICIENT_DATA,
            None,
            deprived,
            weights,
            score,
            deprived_count,
            missing_count,
            income,
            cells,
            below,
            size,
        )
        if not insufficient:
            facts.status, facts.rule_index = self._classify(facts)
        return facts

    def _cells(self, answers: Mapping[str, Any]) -> dict[str, LineCell | None]:
        """The line cells for the household's region, looked up once per distinct region."""
        fields = self.standard.income.region_fields if self.standard.income else ()
        try:
            key = tuple([answers.get(name) for name in fields])
            hit = self.cell_memo.get(key)
        except TypeError:  # an unhashable region answer: look it up directly
            key, hit = None, None
        if hit is None:
            region = dict(zip(fields, key or [answers.get(n) for n in fields], strict=True))
            hit = {line.id: line.lookup(region) for line in self.standard.lines}
            if key is not None and len(self.cell_memo) < 10_000:
                self.cell_memo[key] = hit
        return hit

    def _rescaled(
        self, deprived: dict[str, bool | None]
    ) -> tuple[Fraction, dict[str, Fraction], bool]:
        available: dict[str, Fraction] = {}
        for ind in self.standard.indicators:
            if deprived[ind.id] is not None:
                available[ind.dimension] = available.get(ind.dimension, Fraction(0)) + ind.value
        weights: dict[str, Fraction] = {}
        score = Fraction(0)
        insufficient = False
        for ind in self.standard.indicators:
            if deprived[ind.id] is None:
                weights[ind.id] = Fraction(0)
                continue
            weight = ind.value * self.dimension_totals[ind.dimension] / available[ind.dimension]
            weights[ind.id] = weight
            if deprived[ind.id]:
                score += weight
        # A dimension with no indicator answered cannot keep its weight: no score is possible.
        if any(dim not in available for dim in self.dimension_totals):
            insufficient = True
        return score, weights, insufficient

    def _operand(self, facts: Facts, operand: str | Fraction) -> Fraction | None:
        if isinstance(operand, Fraction):
            return operand
        if operand == "income":
            return facts.income
        if operand == "score":
            return facts.score
        if operand == "deprived_count":
            return Fraction(facts.deprived_count)
        if operand == "missing_count":
            return Fraction(facts.missing_count)
        if operand in facts.line_cells:
            cell = facts.line_cells[operand]
            return None if cell is None else cell.amount
        return self.standard.thresholds[operand].value

    def _holds(self, facts: Facts, cond: Condition) -> bool | None:
        left = self._operand(facts, cond.left)
        right = self._operand(facts, cond.right)
        if left is None or right is None:
            return None
        return compare(left, cond.op, right)

    def _classify(self, facts: Facts) -> tuple[str, int | None]:
        for index, rule in enumerate(self.standard.rules):
            outcomes = [self._holds(facts, cond) for cond in rule.conditions]
            if False in outcomes:
                continue
            if None in outcomes:
                return INSUFFICIENT_DATA, None
            return rule.status, index
        return self.standard.default_status, None


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


_SCORERS: weakref.WeakKeyDictionary[Standard, Scorer] = weakref.WeakKeyDictionary()


def scorer_for(standard: Standard) -> Scorer:
    """The compiled scorer of a standard, built on first use and kept while the standard lives."""
    scorer = _SCORERS.get(standard)
    if scorer is None:
        scorer = Scorer(standard)
        _SCORERS[standard] = scorer
    return scorer
