"""Score one household's answers against a standard: deprivations, score, income, status.

The engine is generic: every indicator, line, threshold and rule comes from the standard file.
Rules are tried in order and the first whose conditions all hold gives the status; a condition
on a value that is not known (income not answered, no line for the household's region) makes
the outcome unknown, and the household gets the built-in status `insufficient_data` rather
than a guess.
"""

from __future__ import annotations

import operator
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.survey.scoring.evaluate import MISS, EvaluationFailed, Expression, Household, Memo
from app.survey.scoring.exact import ExactIncome
from app.survey.scoring.fast import compile_probe, compile_probes
from app.survey.scoring.model import INSUFFICIENT_DATA, Indicator, LineCell, Standard
from app.survey.scoring.numbers import NumberCheck, read_as_numbers

Getter = Callable[["Facts"], Any]
Compare = Callable[[Any, Any], bool]
# The six operators a rule may use, and each one with its operands swapped.
OPS: dict[str, Compare] = {"<": operator.lt, "<=": operator.le, ">": operator.gt,
                           ">=": operator.ge, "=": operator.eq, "!=": operator.ne}  # fmt: skip
FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


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


def _rounds_to(approximate: float, exact: Fraction) -> bool:
    """True when a float is `exact` up to the rounding of a few float operations (a relative
    1e-12; a double carries about 16 significant digits): the same amount, computed inexactly.
    A figure that differs by more (an income rounded to cents, another definition) is a
    different amount and is kept as given."""
    # In floats: float(exact) is within half a step of exact, far inside the margin.
    if approximate - approximate != 0:
        return False  # an infinity or NaN is no amount
    return abs(approximate - float(exact)) <= abs(approximate) * 1e-12


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


class Probe:
    """An indicator's eligibility, required answers and test, memoised as one unit."""

    __slots__ = ("id", "indicator", "test", "applicable", "memo", "fast")

    def __init__(self, indicator: Indicator, fast: bool = True) -> None:
        self.id = indicator.id
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
        # The whole verdict straight over the answer dict, when the expressions allow it: it
        # costs less than building a memo key, so such a probe needs no memo. Not with
        # `fast` off: a standard with variables, which the fast code does not read.
        self.fast = (
            compile_probe(indicator.test, indicator.applicable, indicator.requires)
            if fast
            else None
        )
        self.memo = Memo(
            tuple(sorted(references)),
            tuple(dict.fromkeys(fields)),
            all(part.pure for part in parts) and self.fast is None,
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
    amounts: dict[str, int | Fraction | None]  # each line's amount for this household
    plain_income: int | Fraction | None
    plain_score: int | Fraction


class Scorer:
    """A standard with its expressions compiled, ready to score many households."""

    def __init__(self, standard: Standard) -> None:
        self.standard = standard
        self.variables = [(name, Expression(text)) for name, text in standard.variables.items()]
        plain = not standard.variables  # the fast code takes no variables
        self.probes = [Probe(ind, fast=plain) for ind in standard.indicators]
        # Every indicator at once, straight over the answer dict (fast.py), when all allow it.
        self.all_probes = (
            compile_probes(
                [(ind.id, ind.test, ind.applicable, ind.requires) for ind in standard.indicators]
            )
            if plain
            else None
        )
        fallback = standard.income.fallback if standard.income else None
        self.income_fallback = Expression(fallback) if fallback else None
        self.income_exact = ExactIncome(fallback) if fallback else None
        self.numbers = _number_check(standard)
        self.reads, self.income_reads = self._reads()
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
        self.below_ops = {
            line: operator.lt if op == "<" else operator.le for line, op in self.line_ops.items()
        }
        self.rules = self._compile_rules()
        # The outcome of the rules depends only on the values they read. Without income among
        # them (the Global MPI reads the score alone) few combinations occur: each is
        # classified once, which spares comparing Fractions for every household.
        read = {
            side
            for rule in standard.rules
            for cond in rule.conditions
            for side in (cond.left, cond.right)
            if isinstance(side, str) and side not in standard.thresholds
        }
        self.rule_reads = [self._getter(name) for name in sorted(read)]
        self.rule_memo: dict[tuple[Any, ...], tuple[str, int | None]] | None = (
            None if "income" in read else {}
        )
        self.base_weights = {ind.id: ind.value for ind in standard.indicators}
        self.scores: dict[int, tuple[Fraction, int | Fraction]] = {}
        # What income is multiplied by to be in the lines' period; None means 1.
        factor = standard.income.factor() if standard.income else Fraction(1)
        self.income_factor = None if factor == 1 else factor
        self.cell_memo: dict[
            tuple[Any, ...], tuple[dict[str, LineCell | None], dict[str, int | Fraction | None]]
        ] = {}

    def _reads(self) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
        """The answer names each indicator reads, and those the income reads (through the
        variables they use too): what becomes unknown when one of them is not a number."""
        expanded: dict[str, set[str]] = {}
        for name, expr in self.variables:  # a variable may read the ones before it
            direct = set(expr.references) | set(expr.fields)
            expanded[name] = direct.union(*(expanded.get(n, set()) for n in direct))

        def through(names: set[str]) -> frozenset[str]:
            return frozenset(names.union(*(expanded.get(n, set()) for n in names)))

        reads = {p.id: through({*p.memo.references, *p.memo.fields}) for p in self.probes}
        income = self.standard.income
        names = {income.field} if income else set()
        if self.income_fallback is not None:
            names |= {*self.income_fallback.references, *self.income_fallback.fields}
        return reads, through(names)

    def _line_ops(self) -> dict[str, str]:
        """For each line, how `income` is compared with it to count as below it (default `<`)."""
        ops: dict[str, str] = {}
        for rule in self.standard.rules:
            for cond in rule.conditions:
                if cond.left == "income" and isinstance(cond.right, str):
                    line, op = cond.right, cond.op
                elif cond.right == "income" and isinstance(cond.left, str):
                    line, op = cond.left, FLIP[cond.op]
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
        if self.all_probes is not None and not variables:
            try:
                return self.all_probes(answers)
            except Exception:  # noqa: BLE001 - data the fast code does not take: one by one
                pass
        out: dict[str, bool | None] = {}
        household = Household(answers, variables)
        for probe in self.probes:
            fast = probe.fast
            if fast is not None and not variables:
                try:
                    out[probe.id] = fast(answers)
                    continue
                except Exception:  # noqa: BLE001 - data the fast code does not take: see below
                    pass
            memo = probe.memo
            table = memo.table
            if table is None:
                out[probe.id] = self._probe(probe, household)
                continue
            try:
                key = memo.key(household) if variables else memo.plain_key(answers)
                hit = table.get(key, MISS)
            except (KeyError, TypeError):  # not a plain top-level answer, or unhashable
                out[probe.id] = self._probe(probe, household)
                continue
            memo.lookups += 1
            if hit is MISS:
                hit = self._probe(probe, household)
                memo.put(key, hit)
            else:
                memo.hits += 1
            out[probe.id] = hit
        return out

    def _income(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> Fraction | None:
        income = self.standard.income
        if income is None:
            return None
        raw = variables[income.field] if income.field in variables else answers.get(income.field)
        value: Fraction | None
        if type(raw) is int:
            value = Fraction(raw)  # the common case, without _exact's checks
        elif self.income_exact is not None and (type(raw) is float or not _answered(raw)):
            value = self._computed_income(raw, Household(answers, variables))
        else:
            value = _exact(raw)
        if value is not None and value < 0:
            # A negative income per person is a typing or data error (a business loss can make
            # one member's income negative, never the household's): read it as not known, so
            # the household is `insufficient_data` instead of the poorest status.
            return None
        factor = self.income_factor
        if value is None or factor is None:
            return value
        return value * factor

    def _computed_income(self, raw: Any, household: Household) -> Fraction | None:
        """Money is exact: the standard's income definition computed exactly from the
        incomes typed (exact.py) stands for a missing income, and for a float one (the form's
        division, in binary floating point as ODK Collect computes it) that is the same amount
        up to float rounding; a float that differs by more was given for a reason and is kept."""
        assert self.income_exact is not None and self.income_fallback is not None
        computed = self.income_exact.value(household)
        if computed is not None and (not _answered(raw) or _rounds_to(raw, computed)):
            return computed
        if _answered(raw):
            return _exact(raw)
        try:  # not computable exactly (a value that is not a number...): the engine's value
            return _exact(self.income_fallback.value(household))
        except EvaluationFailed:
            return None

    # -- the whole ---------------------------------------------------------------------------
    def facts(
        self,
        answers: Mapping[str, Any],
        unanswered: frozenset[str] = frozenset(),
        real_weights: bool = False,
    ) -> Facts:
        """Evaluate everything the standard says about this household. A draft names the
        answers not given yet (`unanswered`): an indicator reading one is missing, whatever its
        test makes of a blank (an empty select_multiple reads as "none owned"); and with
        `real_weights` the score counts each indicator at its own weight, the missing ones at 0,
        where the standard's missing policy would rescale the others to fill their place."""
        std = self.standard
        # Raises UnusableAnswers; or, as the standard's policy may say, names the answers that
        # are not numbers (blanked), and whatever reads them is not known.
        answers, unreadable = self.numbers.typed(answers)
        variables = self._variables(answers) if self.variables else {}
        deprived = self.deprivations(answers, variables)
        unknown = unreadable | unanswered if unanswered else unreadable
        if unknown:
            deprived = {
                ind: None if self.reads[ind] & unknown else flag for ind, flag in deprived.items()
            }
        values = list(deprived.values())
        missing_count = values.count(None)
        deprived_count = values.count(True)
        weights: dict[str, Fraction] = {}
        insufficient = False
        if missing_count and std.missing == "treat_as_missing":
            insufficient = True
        if missing_count and std.missing == "rescale_within_dimension":
            score, weights, insufficient = self._rescaled(deprived)
            if real_weights:
                weights = {
                    ind.id: Fraction(0) if deprived[ind.id] is None else ind.value
                    for ind in std.indicators
                }
                score = sum((weights[i] for i, flag in deprived.items() if flag), Fraction(0))
            plain_score = _plain(score)
        else:
            weights = self.base_weights  # shared and never changed: no copy per household
            total = 0
            for numerator, flag in zip(self.numerators, values, strict=True):
                if flag:
                    total += numerator
            # Few totals occur: each score (an immutable Fraction) is made once.
            hit = self.scores.get(total)
            if hit is None:
                score = Fraction(total, self.denominator)
                hit = self.scores[total] = (score, _plain(score))
            score, plain_score = hit

        income = None if unreadable & self.income_reads else self._income(answers, variables)
        plain_income = None if income is None else _plain(income)
        cells, amounts = self._cells(answers)
        below: dict[str, bool | None] = {}
        for line_id, amount in amounts.items():
            if plain_income is None or amount is None:
                below[line_id] = None
            else:
                below[line_id] = self.below_ops[line_id](plain_income, amount)
        members = answers.get("members")
        size = len(members) if type(members) is list else 0
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
            amounts,
            plain_income,
            plain_score,
        )
        if not insufficient:
            memo = self.rule_memo
            if memo is None:
                facts.status, facts.rule_index = self._classify(facts)
            else:
                key = tuple([read(facts) for read in self.rule_reads])
                outcome = memo.get(key)
                if outcome is None:
                    outcome = self._classify(facts)
                    if len(memo) < 10_000:
                        memo[key] = outcome
                facts.status, facts.rule_index = outcome
        return facts

    def _cells(
        self, answers: Mapping[str, Any]
    ) -> tuple[dict[str, LineCell | None], dict[str, int | Fraction | None]]:
        """The line cells (and their amounts) for the household's region, looked up once per
        distinct region: the Malaysian table has 51 cells a line."""
        fields = self.standard.income.region_fields if self.standard.income else ()
        key: tuple[Any, ...] | None = tuple([answers.get(name) for name in fields])
        try:
            hit = self.cell_memo.get(key)  # type: ignore[arg-type]
        except TypeError:  # an unhashable region answer: look it up directly
            key, hit = None, None
        if hit is None:
            region = {name: answers.get(name) for name in fields}
            cells = {line.id: line.lookup(region) for line in self.standard.lines}
            amounts = {k: None if c is None else _plain(c.amount) for k, c in cells.items()}
            hit = (cells, amounts)
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

    def _compile_rules(self) -> list[tuple[str, list[tuple[Getter, Compare, Getter]]]]:
        """Each rule as (status, [(left, operator, right)]) with the operands resolved once."""
        return [
            (
                rule.status,
                [(self._getter(c.left), OPS[c.op], self._getter(c.right)) for c in rule.conditions],
            )
            for rule in self.standard.rules
        ]

    def _getter(self, operand: str | Fraction) -> Getter:
        if isinstance(operand, Fraction):
            value = _plain(operand)
            return lambda facts: value
        if operand == "income":
            return lambda facts: facts.plain_income
        if operand == "score":
            return lambda facts: facts.plain_score
        if operand == "deprived_count":
            return lambda facts: facts.deprived_count
        if operand == "missing_count":
            return lambda facts: facts.missing_count
        if operand in self.standard.thresholds:
            threshold = _plain(self.standard.thresholds[operand].value)
            return lambda facts: threshold
        line_id = operand
        return lambda facts: facts.amounts[line_id]

    def _classify(self, facts: Facts) -> tuple[str, int | None]:
        for index, (status, conditions) in enumerate(self.rules):
            unknown = False
            for left, op, right in conditions:
                a = left(facts)
                b = right(facts)
                if a is None or b is None:
                    unknown = True
                elif not op(a, b):
                    break
            else:
                if unknown:
                    return INSUFFICIENT_DATA, None
                return status, index
        return self.standard.default_status, None


def _number_check(standard: Standard) -> NumberCheck:
    """The check of the answers `standard` reads as numbers (numbers.py), and of its repeats."""
    income = standard.income
    texts = [ind.test for ind in standard.indicators] + list(standard.variables.values())
    texts += [ind.applicable for ind in standard.indicators if ind.applicable]
    if income is not None and income.fallback:
        texts.append(income.fallback)
    numbers, repeats = read_as_numbers(texts)
    exact = {income.field} if income is not None else set()
    # A required "members/age" reads a repeat; `members` also gives the household's size.
    repeats |= {n.split("/")[0] for ind in standard.indicators for n in ind.requires if "/" in n}
    numbers = (numbers | exact) - set(standard.variables)
    lenient = standard.not_numbers == "treat_as_missing"
    return NumberCheck(numbers, repeats | {"members"}, exact, lenient)


def _plain(value: Fraction) -> int | Fraction:
    """Whole numbers as ints, which compare many times faster than Fractions (same results)."""
    return value.numerator if value.denominator == 1 else value


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
