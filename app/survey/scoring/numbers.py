"""The answers a standard reads as numbers, and the rule such an answer must meet before scoring.

A standard reads an answer as a number where its expressions do arithmetic with it, compare it
with `<`, `<=`, `>`, `>=` or with a number, or pass it to number(), sum(), round() and the like;
and its income field. Such an answer is a number when it is

- a JSON number (an integer, or a finite decimal), never true or false; or
- text the form engine accepts for a decimal question: digits with an optional sign and
  decimal point ("5000", "5000.50", " 12 "); any script's decimal digits count, as they do
  when a worker types them into the form.

Missing, null and "" mean not answered. Anything else ("RM 5,000", "5k", "1e5", "²", true, a
list) is refused with the household, the member and the field named, never the value: XPath
would read it as NaN, which sum() and coalesce() silently drop, so an income written as text
would otherwise score as 0. Accepted text is turned into the number before any expression runs,
so the fast path and the general engine read the same value.

A field used in date arithmetic (beside today(), date() and kin) is not checked: a date is a
number of days there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from app.survey.errors import ExpressionError, LocatedErrors
from app.survey.forms.answers import AnswerTypeError, coerce_answer
from app.survey.forms.model import Question
from app.survey.xpath.parser import Binary, Call, Expr, Filter, Literal, Path, Ref, Unary, parse

# Functions that read their arguments as numbers.
_NUMERIC_ARGUMENTS = set(
    "number sum int round pow abs floor ceiling sqrt exp exp10 log log10 sin cos tan asin acos "
    "atan atan2 max min".split()
)
# Functions whose result is a number, so `=` with them compares numbers.
_NUMERIC_RESULTS = _NUMERIC_ARGUMENTS | {"count", "count-selected", "string-length"}
_DATE_FUNCTIONS = set(
    "today now date date-time decimal-date decimal-date-time format-date format-date-time".split()
)
_ARITHMETIC = ("+", "-", "*", "div", "mod")
_RELATIONAL = ("<", "<=", ">", ">=")
LIMIT = 20  # problems listed in one refusal; the rest are counted
_LARGEST = sys.float_info.max
_NOT_GROUP = "not a group of answers (a JSON object)."


class UnusableAnswers(LocatedErrors):
    """Answers a standard reads as numbers that are not numbers, or a household or repeat
    that is not a group of answers; nothing was scored."""

    def __init__(self, problems: list[tuple[str, str]], more: int = 0) -> None:
        summary = (
            "Some answers the poverty standard reads are not numbers or not groups of answers, "
            "so nothing was scored or changed. Write each number as digits with an optional "
            "decimal point, like 5000 or 5000.50 (no currency, no thousands separators), "
            "correct the places listed and score again."
        )
        shown = problems + ([("", f"... and {more} more.")] if more else [])
        super().__init__(summary, shown)
        self.problems = problems
        self.more = more


class _Reads:
    """What a walk over an expression found: names read as numbers, repeats read by field."""

    def __init__(self) -> None:
        self.numbers: set[str] = set()
        self.repeats: set[str] = set()


def _dated(expr: Expr) -> bool:
    """True when the expression calls a date function anywhere."""
    if isinstance(expr, Call):
        return expr.name in _DATE_FUNCTIONS or any(_dated(arg) for arg in expr.args)
    if isinstance(expr, Binary):
        return _dated(expr.left) or _dated(expr.right)
    if isinstance(expr, Unary):
        return _dated(expr.operand)
    if isinstance(expr, Filter):
        return _dated(expr.expr)
    return False


def _numeric_kind(expr: Expr) -> bool:
    """True when the expression's value is always a number (so `=` with it compares numbers)."""
    if isinstance(expr, Literal):
        return isinstance(expr.value, float)
    if isinstance(expr, Unary):
        return True
    if isinstance(expr, Binary):
        return expr.op in _ARITHMETIC
    if isinstance(expr, Call):
        return expr.name in _NUMERIC_RESULTS
    return False


def _walk(expr: Expr, numeric: bool, found: _Reads, base: str | None) -> None:
    """Record the names `expr` reads as numbers (`numeric`: its value is used as one; `base`:
    inside a predicate of ${base}[...], where `.` is that answer)."""
    if isinstance(expr, Ref):
        if numeric:
            found.numbers.add(expr.name)
    elif isinstance(expr, Path):
        if expr.start is not None:
            _walk(expr.start, numeric, found, base)
        if len(expr.steps) == 1 and expr.start is None and not expr.absolute:
            step = expr.steps[0]
            name = base if step.axis == "self" else step.name if step.axis == "child" else None
            if numeric and name:
                found.numbers.add(name)
        for step in expr.steps:
            for predicate in step.predicates:
                _walk(predicate, False, found, None)
    elif isinstance(expr, Unary):
        _walk(expr.operand, True, found, base)
    elif isinstance(expr, Binary):
        if expr.op in _ARITHMETIC or expr.op in _RELATIONAL:
            sides = not (_dated(expr.left) or _dated(expr.right))
        elif expr.op in ("=", "!="):
            sides = _numeric_kind(expr.left) or _numeric_kind(expr.right)
            sides = sides and not (_dated(expr.left) or _dated(expr.right))
        elif expr.op == "|":
            sides = numeric
        else:  # and, or
            sides = False
        _walk(expr.left, sides, found, base)
        _walk(expr.right, sides, found, base)
    elif isinstance(expr, Call):
        for index, arg in enumerate(expr.args):
            if expr.name in _NUMERIC_ARGUMENTS:
                inner = True
            elif expr.name == "coalesce" or (expr.name == "if" and index > 0):
                inner = numeric
            else:
                inner = False
            _walk(arg, inner, found, base)
    elif isinstance(expr, Filter):
        _walk(expr.expr, numeric, found, base)
        name = expr.expr.name if isinstance(expr.expr, Ref) else None
        for predicate in expr.predicates:
            if name and _reads_child(predicate):
                found.repeats.add(name)
            _walk(predicate, False, found, name)


def _reads_child(expr: Expr) -> bool:
    """True when a predicate reads a field of the instance by bare name (`age` in [age > 6])."""
    if isinstance(expr, Path):
        return any(step.axis == "child" for step in expr.steps)
    if isinstance(expr, Binary):
        return _reads_child(expr.left) or _reads_child(expr.right)
    if isinstance(expr, Unary):
        return _reads_child(expr.operand)
    if isinstance(expr, Call):
        return any(_reads_child(arg) for arg in expr.args)
    return False


def read_as_numbers(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The answer names the expressions read as numbers, and the repeats they read fields of."""
    found = _Reads()
    for text in texts:
        try:
            _walk(parse(text), False, found, None)
        except (ExpressionError, RecursionError):  # the loader reports a bad expression
            continue
    return frozenset(found.numbers), frozenset(found.repeats)


def _kind(value: Any) -> str:
    """What a refused value is, in words that never show the value itself."""
    if isinstance(value, bool):
        return "true or false, not a number"
    if isinstance(value, list | tuple):
        return "a list, not a number"
    if isinstance(value, Mapping):
        return "a group of answers, not a number"
    if isinstance(value, int | float | Fraction | Decimal):
        return "too large or not finite, not a usable number"
    return "text that is not a number"


def _plain_number(value: Any) -> bool:
    """A JSON number usable as it is: an int within the float range, or a finite float (an
    int larger than any float is no income, age or area)."""
    kind = type(value)
    if kind is int:
        return -_LARGEST <= value <= _LARGEST
    return kind is float and value - value == 0


class NumberCheck:
    """Checks (and types) the answers one standard reads as numbers, and the repeats it reads.

    `lenient` (the standard's `[missing] not_numbers = "treat_as_missing"`): an answer that is
    not a number is blanked and its name reported instead of refusing the household.
    """

    def __init__(
        self,
        numbers: Iterable[str],
        repeats: Iterable[str],
        exact: Iterable[str] = (),
        lenient: bool = False,
    ) -> None:
        self.numbers = tuple(sorted(set(numbers)))
        self.repeats = tuple(sorted(set(repeats)))
        self.exact = frozenset(exact)  # read as exact numbers (income): a Fraction stays one
        self.lenient = lenient

    def typed(self, answers: Mapping[str, Any]) -> tuple[Mapping[str, Any], frozenset[str]]:
        """`answers` with every number written as text turned into that number (the same dict
        when there is none), and the names of answers that are not numbers (blanked; only when
        lenient). Raises UnusableAnswers naming each answer that is not a number (unless
        lenient) and each roster that is not a list of answer groups."""
        if not isinstance(answers, Mapping):
            raise UnusableAnswers([("", f"the household is {_NOT_GROUP}")])
        problems: list[tuple[str, str]] = []
        bad: set[str] = set()
        changes: dict[str, Any] = {}
        for name in self.numbers:
            value = answers.get(name)
            if value is None or _plain_number(value):
                continue
            number = self._number(name, value, "", problems, bad)
            if number is not None or name in bad:
                changes[name] = number
        shapes: list[tuple[str, str]] = []  # rosters that are not lists of answer groups
        for key, value in answers.items():
            if type(value) is not list:
                if key in self.repeats and value is not None and value != "":
                    shapes.append(("", f"{key} must be a list with one group of answers each."))
                continue
            rows = self._rows(key, value, problems, bad, shapes)
            if rows is not value:
                changes[key] = rows
        if shapes or problems and not self.lenient:
            raise UnusableAnswers(problems + shapes)
        return ({**answers, **changes} if changes else answers), frozenset(bad)

    def _rows(
        self,
        key: str,
        rows: list[Any],
        problems: list[tuple[str, str]],
        bad: set[str],
        shapes: list[tuple[str, str]],
    ) -> list[Any]:
        numbers = self.numbers
        out: list[Any] | None = None
        for index, row in enumerate(rows):
            if type(row) is not dict and not isinstance(row, Mapping):
                if key in self.repeats:
                    shapes.append((f"{key} #{index + 1}", f"this entry is {_NOT_GROUP}"))
                continue
            typed: dict[str, Any] | None = None
            for name in numbers:
                value = row.get(name)
                if value is None or _plain_number(value):
                    continue
                number = self._number(name, value, f"{key} #{index + 1}", problems, bad)
                if number is not None or name in bad:
                    typed = typed or dict(row)
                    typed[name] = number
            if typed is not None:
                out = out or list(rows)
                out[index] = typed
        return rows if out is None else out

    def _number(
        self, name: str, value: Any, place: str, problems: list[tuple[str, str]], bad: set[str]
    ) -> int | float | None:
        """The number `value` stands for (None when it is one already, or empty); a problem
        recorded (and `name` added to `bad`) when it is not a number."""
        if value == "":
            return None
        if isinstance(value, str):
            number = _TEXTS.get(value, _UNSEEN)
            if number is _UNSEEN:
                number = _TEXTS[value] = _from_text(value)
                if len(_TEXTS) > 4096:
                    _TEXTS.clear()
            if number is not None:
                return number
        elif isinstance(value, Fraction) or isinstance(value, Decimal) and value.is_finite():
            if -_LARGEST <= value <= _LARGEST:
                # Exact numbers from Python callers: the income keeps them, XPath reads floats.
                return None if name in self.exact else float(value)
        problems.append((place, f"{name} is {_kind(value)}."))
        bad.add(name)
        return None


_DECIMAL = Question("number", "decimal", ("number",))
_TEXTS: dict[str, Any] = {}  # text -> its number (None: not one); the same ages recur
_UNSEEN = object()


def _from_text(text: str) -> int | float | None:
    """The number text stands for, by the form engine's rule for a decimal answer, or None.
    A whole number written without a point stays an int, as the form keeps "5000"."""
    try:
        number = coerce_answer(_DECIMAL, text, None)
    except (AnswerTypeError, ValueError):
        return None
    if not isinstance(number, float):
        return None
    return int(number) if number.is_integer() and "." not in text else number
