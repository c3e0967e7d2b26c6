"""Run a standard's expressions (deprivation tests, eligibility, variables) with app.survey.xpath.

Each expression is compiled once, and one evaluation context is shared by all the expressions
of a household (the engine then builds the members' node-set once, not a dozen times).
Expressions of the plain shapes standards use also get a fast path (fast.py) that runs straight
over the answer dict with the same result; the engine runs whenever the fast code steps aside.

Results are memoised on the values of the answers an expression reads: two households with the
same water source get the same water deprivation without evaluating again. The memo is sound
because a value depends only on the `${names}` and member fields it names (expressions that read
the clock or a random number are never memoised). It switches itself off for an expression whose
households rarely repeat (tests over each member's age), where building the key costs more than
it saves. An indicator with a fast path has no memo: evaluating it costs less than a key.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import Any

from app.survey.scoring.fast import compile_fast
from app.survey.xpath import (
    AnswerContext,
    ExpressionError,
    compile_expression,
    to_boolean,
    to_number,
)

_STRINGS = re.compile(r"'[^']*'|\"[^\"]*\"")
_REFERENCES = re.compile(r"\$\{[^}]*\}")
_BARE = re.compile(r"(?<![\w$@.-])([A-Za-z_][A-Za-z0-9_-]*)(?![\w-])(?!\s*\()")
_OPERATOR_WORDS = {"and", "or", "div", "mod"}
_IMPURE = re.compile(r"\b(now|today|random|uuid|once)\s*\(")
_MEMO_LIMIT = 50_000  # entries per indicator (about 30 MB for a member test), cleared when full
_TRIAL = 2_000  # lookups before deciding whether the memo pays for itself
_MIN_HIT_RATE = 0.2  # a key costs about a fifth of an evaluation over the members


class EvaluationFailed(Exception):
    """The expression could not be evaluated on these answers (the value counts as missing)."""


class Household:
    """One household's answers with the evaluation context its expressions share."""

    __slots__ = ("answers", "variables", "_context")

    def __init__(self, answers: Mapping[str, Any], variables: Mapping[str, Any]) -> None:
        self.answers = answers
        self.variables = variables
        self._context: AnswerContext | None = None

    @property
    def context(self) -> AnswerContext:
        if self._context is None:
            self._context = AnswerContext(self.answers, self.variables or None)
        return self._context


class Expression:
    """One compiled expression, with the names of the answers it reads."""

    __slots__ = ("text", "compiled", "references", "fields", "pure", "fast")

    def __init__(self, text: str) -> None:
        self.text = text
        self.compiled = compile_expression(text)
        # Plain shapes also run straight over the answer dict (fast.py), with the same value.
        self.fast = compile_fast(text)
        self.references = tuple(sorted(self.compiled.references))
        # Bare names are fields read inside a repeat instance (`age` in ${members}[age >= 6]).
        code = _STRINGS.sub(" ", text)
        bare = _REFERENCES.sub(" ", code)
        self.fields = tuple(
            dict.fromkeys(n for n in _BARE.findall(bare) if n not in _OPERATOR_WORDS)
        )
        # Paths (`../x`, `/data/x`) and current() can read answers a memo key would not hold.
        self.pure = not (_IMPURE.search(code) or "/" in code or "current(" in code)

    def value(self, household: Household) -> Any:
        """The raw value (string, number, boolean or node-set) of the expression."""
        fast = self.fast
        if fast is not None and not household.variables:
            try:
                return fast(household.answers)
            except Exception:  # noqa: BLE001 - data the fast code does not handle: the engine decides
                pass
        try:
            return self.compiled.evaluate(household.context)
        except ExpressionError as error:
            raise EvaluationFailed(str(error)) from None

    def boolean(self, household: Household) -> bool:
        return bool(to_boolean(self.value(household)))

    def number(self, household: Household) -> float:
        return float(to_number(self.value(household)))


_OP = r"(<=|>=|!=|<|>|=)"
_NUM = r"(-?\d+(?:\.\d+)?)"
_BEFORE = r"(?:^|(?<=[(\[,])|(?<=\band)|(?<=\bor))\s*"
_AFTER = r"\s*(?=$|[)\],]|and\b|or\b)"


def numeric_cuts(texts: list[str], name: str, reference: bool) -> tuple[float, ...] | None:
    """The numbers `name` is compared with, when every use of it is `name OP number` (or the
    reverse) standing alone between and/or/brackets; else None.

    Then a value matters only through its place among those numbers, so `age` 31 and 47 give
    the same result for `age >= 15 and age <= 60`, and a memo keyed on that place hits often.
    """
    token = (
        r"\$\{" + re.escape(name) + r"\}"
        if reference
        else (r"(?<![\w$@.{/-])" + re.escape(name) + r"(?![\w(-])")
    )
    forward = re.compile(_BEFORE + token + r"\s*" + _OP + r"\s*" + _NUM + _AFTER)
    backward = re.compile(_BEFORE + _NUM + r"\s*" + _OP + r"\s*" + token + _AFTER)
    cuts: set[float] = set()
    for text in texts:
        code = _STRINGS.sub(" ' ' ", text)
        uses = len(re.findall(token, code))
        found = [m.group(2) for m in forward.finditer(code)]
        found += [m.group(1) for m in backward.finditer(code)]
        if len(found) != uses:
            return None
        cuts.update(float(number) for number in found)
    return tuple(sorted(cuts)) if cuts else None


def _placer(cuts: tuple[float, ...]) -> Callable[[Any], Any]:
    """Map a number to its place among `cuts` (other values stay as they are)."""

    def place(value: Any) -> Any:
        kind = type(value)
        if kind is int or (kind is float and value == value):  # NaN compares with nothing
            where = bisect_left(cuts, value)
            return ("#", where, where < len(cuts) and cuts[where] == value)
        return value

    return place


# Functions whose value cannot depend on the order of the nodes they are given. Most others
# read a node-set's first node (number(), string(), selected()...), and sum() of floats can
# change in the last digit with the order.
_ORDER_FREE = {"count", "not", "true", "false", "boolean", "min", "max"}
_CALLS = re.compile(r"([A-Za-z_][\w-]*)\s*\(")
_INDEX = re.compile(r"\[\s*(\d|last\s*\()")


def _order_free(text: str) -> bool:
    """True when the expression's value cannot depend on the order of repeat instances:
    only order-free functions, no positional predicate like [1] or [last()]."""
    code = _STRINGS.sub(" ", text)
    calls = [f for f in _CALLS.findall(code) if f not in _OPERATOR_WORDS]
    return not _INDEX.search(code) and all(f in _ORDER_FREE for f in calls)


def _row_function(
    fields: tuple[str, ...], cuts: list[tuple[float, ...] | None]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function giving one repeat instance's part of a memo key: its `fields`, numbers
    replaced by their place among their cuts. Generated once per memo as straight-line code,
    because it runs for every member of every household (a generic loop costs twice as much)."""
    scope: dict[str, Any] = {"_bisect": bisect_left}
    parts = []
    for index, (name, cut) in enumerate(zip(fields, cuts, strict=True)):
        if cut is None:
            parts.append(f"get({name!r})")
            continue
        scope[f"c{index}"] = cut
        scope[f"s{index}"] = frozenset(cut)
        value = f"v{index}"
        parts.append(
            f"(('#', _bisect(c{index}, {value}), {value} in s{index}) "
            f"if (type({value} := get({name!r})) is int "
            f"or (type({value}) is float and {value} == {value})) else {value})"
        )
    body = ", ".join(parts) + ("," if parts else "")
    source = f"def row(item):\n    get = item.get\n    return ({body})\n"
    exec(compile(source, "<scoring memo key>", "exec"), scope)  # names come from _BARE: safe
    row: Callable[[Mapping[str, Any]], tuple[Any, ...]] = scope["row"]
    return row


class Memo:
    """Results keyed on the answers a computation reads; switches itself off when it rarely hits.

    `references` are top-level names (a repeat's key gives, per instance, the values of
    `fields`); `key()` raises KeyError when a name is not a top-level answer, as a repeat
    field read from outside its repeat would need every instance.
    """

    __slots__ = (
        "references",
        "fields",
        "table",
        "lookups",
        "hits",
        "places",
        "row",
        "orderless",
        "plain_key",
    )

    def __init__(
        self,
        references: tuple[str, ...],
        fields: tuple[str, ...],
        pure: bool,
        texts: list[str] | None = None,
    ) -> None:
        self.references = references
        self.fields = fields
        self.table: dict[Any, Any] | None = {} if pure else None
        self.lookups = 0
        self.hits = 0
        # Numbers compared only with constants are keyed by their place among the constants.
        self.places: dict[str, Callable[[Any], Any]] = {}
        if texts:
            for name in references:
                cuts = numeric_cuts(texts, name, reference=True)
                if cuts:
                    self.places[name] = _placer(cuts)
            field_cuts = [numeric_cuts(texts, f, reference=False) for f in fields]
        else:
            field_cuts = [None] * len(fields)
        self.row = _row_function(fields, field_cuts)
        self.orderless = bool(texts) and all(_order_free(text) for text in texts or [])
        self.plain_key = self._plain_key_function()

    @property
    def active(self) -> bool:
        return self.table is not None

    def _rows(self, value: list[Any]) -> tuple[Any, ...]:
        """A repeat's part of the key: one row per instance (sorted when order cannot matter)."""
        row = self.row
        try:
            rows = list(map(row, value))
        except AttributeError:  # an instance that is not a dict: key it as it is
            rows = [row(v) if type(v) is dict else v for v in value]
        if self.orderless:
            # Equal rows sort together (by hash: rows of mixed types do not compare), so the
            # same members in another order find the same entry.
            rows.sort(key=hash)
        return tuple(rows)

    def key(self, household: Household) -> tuple[Any, ...]:
        """The memo key: each reference's value (repeats as rows of their fields); raises
        KeyError for a name that is not a top-level answer."""
        answers = household.answers
        variables = household.variables
        if not variables:
            return self.plain_key(answers)
        places = self.places
        key = []
        for name in self.references:
            if name in variables:
                key.append(variables[name])
                continue
            value = answers.get(name, _MISS)
            if value is _MISS:
                raise KeyError(name)
            if type(value) is list:
                value = self._rows(value)
            elif places and name in places:
                value = places[name](value)
            key.append(value)
        return tuple(key)

    def _plain_key_function(self) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
        """`key` without variables, as straight-line code for this memo's references: it runs
        a dozen times per household."""
        scope: dict[str, Any] = {"MISS": _MISS, "rows": self._rows}
        lines = ["def plain_key(answers):"]
        for index, name in enumerate(self.references):
            value = f"v{index}"
            lines.append(f"    {value} = answers.get({name!r}, MISS)")
            lines.append(f"    if {value} is MISS:")
            lines.append(f"        raise KeyError({name!r})")
            lines.append(f"    if type({value}) is list:")
            lines.append(f"        {value} = rows({value})")
            if name in self.places:
                scope[f"place{index}"] = self.places[name]
                lines.append("    else:")
                lines.append(f"        {value} = place{index}({value})")
        values = "".join(f"v{index}, " for index in range(len(self.references)))
        lines.append(f"    return ({values})")
        exec(compile("\n".join(lines) + "\n", "<scoring memo key>", "exec"), scope)
        function: Callable[[Mapping[str, Any]], tuple[Any, ...]] = scope["plain_key"]
        return function

    def put(self, key: Any, result: Any) -> None:
        table = self.table
        if table is None:
            return
        if self.lookups >= _TRIAL:
            if self.hits < _MIN_HIT_RATE * self.lookups:
                self.table = None  # households rarely repeat here: stop paying for keys
                return
            self.lookups = self.hits = 0  # judge each window of lookups afresh
        if len(table) >= _MEMO_LIMIT:
            table.clear()
        table[key] = result


MISS = object()
_MISS = MISS
