"""A standard's income definition evaluated exactly, in rational numbers.

Why: the form engine computes as ODK Collect does, in binary floating point, and must keep doing
so (a form shows and stores the values Collect would). So a household of 3 earning 7,000,000 VND
a month gets an income per person of 2333333.3333333335, twelve of which are 28000000.000000004:
over Ho Chi Minh City's yearly line of 28,000,000 that the household sits exactly on. A poverty
status must not hang on that noise, so scoring reads money exactly instead: the standard's own
income definition (`[income] fallback`, e.g. the members' incomes summed and divided by the
number of members) is evaluated here in exact numbers (Fractions; ints and Decimals where
they suffice), over the incomes as people typed them.

Only the arithmetic is exact; which answers exist, counts, conditions and filters are left to the
XPath engine itself, so the value is the engine's in everything but rounding. Exact: number
literals, `+`, `-`, `*`, `div`, unary minus, sum(), coalesce(), if() and number(). Any other part
(a count, an answer, a node-set) is evaluated by the engine and read as a decimal: text by the
engine's number syntax, a float by its shortest decimal form (the digits a person typed).
Where exactness is not possible (a value that is not a number, a division by zero, a date, an
error), `ExactIncome` gives None and the caller keeps the engine's float value.
"""

from __future__ import annotations

import decimal
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from app.survey.scoring.evaluate import Household
from app.survey.xpath.compiler import Compiler
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.operators import numbers_equal
from app.survey.xpath.parser import Binary, Call, Expr, Filter, Literal, Path, Ref, Unary, parse
from app.survey.xpath.values import NodeSet, Value, to_boolean, to_number

Exact = Fraction | Value  # a number made exact, or a value that is not one (yet)
ExactFn = Callable[[EvaluationContext], Exact]

# The engine's number syntax (values.py): digits, one optional sign and point, no exponent.
_DECIMAL = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*\Z")


class Inexact(Exception):
    """This household's income cannot be computed exactly: use the engine's value."""


def exact_number(value: Exact) -> Fraction | None:
    """An exact number from a value, or None when XPath reads it as NaN (not a number).
    Raises Inexact for a number that has no exact decimal reading (a date, an infinity)."""
    kind = type(value)
    if kind is Fraction:
        return value  # type: ignore[return-value]
    if kind is float:
        if value != value:
            return None
        if value in (float("inf"), float("-inf")):
            raise Inexact
        return Fraction(repr(value))
    if kind is int or kind is Decimal:
        return Fraction(value)  # type: ignore[arg-type]
    if kind is bool:
        return Fraction(int(value))  # type: ignore[arg-type]
    if isinstance(value, NodeSet):
        return exact_number(value.first()) if value else None
    if kind is str:
        text = value.replace(",", ".")  # type: ignore[union-attr]
        if _DECIMAL.match(text):
            return Fraction(text.strip())
        if math.isnan(to_number(value)):
            return None  # '' and text that is no number: NaN to the engine too
    raise Inexact  # a date is a number of days to the engine: no exact money reading


def _null(value: Exact) -> bool:
    """coalesce()'s 'no value', as the engine has it: '' or NaN (a node-set by its first)."""
    if isinstance(value, NodeSet):
        value = value.first()
    return value == "" or (type(value) is float and value != value)


class _ExactCompiler:
    """Builds the exact evaluator of one expression; other parts compile with the engine's."""

    def __init__(self, source: str) -> None:
        self.engine = Compiler(source)

    def compile(self, expr: Expr) -> ExactFn:
        if isinstance(expr, Literal):
            constant: Exact = (
                expr.value if isinstance(expr.value, str) else Fraction(repr(expr.value))
            )
            return lambda ctx: constant
        if isinstance(expr, Unary):
            return self._negate(self.compile(expr.operand))
        if isinstance(expr, Binary) and expr.op in _ARITHMETIC:
            return self._arithmetic(
                _ARITHMETIC[expr.op], self.compile(expr.left), self.compile(expr.right)
            )
        if isinstance(expr, Call) and expr.name in ("sum", "coalesce", "if", "number"):
            return self._call(expr)
        return self.engine.compile(expr)

    def _negate(self, operand: ExactFn) -> ExactFn:
        return lambda ctx: -_required(operand(ctx))

    def _arithmetic(
        self, op: Callable[[Fraction, Fraction], Fraction], left: ExactFn, right: ExactFn
    ) -> ExactFn:
        return lambda ctx: op(_required(left(ctx)), _required(right(ctx)))

    def _call(self, call: Call) -> ExactFn:
        if call.name == "if":
            test = self.engine.compile(call.args[0])
            then, other = self.compile(call.args[1]), self.compile(call.args[2])
            return lambda ctx: then(ctx) if to_boolean(test(ctx)) else other(ctx)
        if call.name == "number":
            inner = self.compile(call.args[0])
            return lambda ctx: _required(inner(ctx))
        parts = [self.compile(arg) for arg in call.args]
        if call.name == "coalesce":

            def first(ctx: EvaluationContext) -> Exact:
                value: Exact = ""
                for part in parts:
                    value = part(ctx)
                    if not _null(value):
                        return value
                return value

            return first

        def total(ctx: EvaluationContext) -> Fraction:
            # As the engine's sum(): values that are not numbers (empty answers) are left out.
            result = Fraction(0)
            for part in parts:
                value = part(ctx)
                for item in value if isinstance(value, NodeSet) else (value,):
                    number = exact_number(item)
                    if number is not None:
                        result += number
            return result

        return total


def _required(value: Exact) -> Fraction:
    """A number arithmetic can use; NaN (the engine's result too) is not exact money."""
    number = exact_number(value)
    if number is None:
        raise Inexact
    return number


def _divide(a: Fraction, b: Fraction) -> Fraction:
    if not b:
        raise Inexact  # the engine's x div 0 is an infinity or NaN: no income
    return a / b


def _not_exact(a: Fraction, b: Fraction) -> Fraction:
    raise Inexact  # XPath's mod truncates; money has no use for it, so the engine decides


_ARITHMETIC: dict[str, Callable[[Fraction, Fraction], Fraction]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "div": _divide,
    "mod": _not_exact,
}


class ExactIncome:
    """One income definition compiled for exact evaluation; `value(household)` is its exact
    value, None when it is not answered ('') or cannot be exact (the engine's value then
    stands). The plain shapes run straight over the answer dict (`_Fast`); the rest, and any
    household the fast code does not take, through the engine's context."""

    __slots__ = ("_run", "_fast")

    def __init__(self, text: str) -> None:
        tree = parse(text)
        self._run = _ExactCompiler(text).compile(tree)
        try:
            self._fast: Callable[[_Scope], Any] | None = _Fast().compile(tree)
        except _Unsupported:
            self._fast = None

    def value(self, household: Household) -> Fraction | None:
        fast = self._fast
        if fast is not None and not household.variables:
            try:
                with decimal.localcontext(_EXACT):
                    return exact_number(_plain(fast(_Scope(household.answers))))
            except Exception:  # noqa: BLE001 - data the fast code does not take: below
                pass
        try:
            return exact_number(self._run(household.context))
        except Exception:  # noqa: BLE001 - Inexact, or anything the engine's own run reports
            return None


# --- the fast path ------------------------------------------------------------------------
# Values over the answer dict: a number, a raw answer, `_Many` (one field across a repeat's
# instances, or the instances of a repeat). Whatever the engine might read differently raises,
# and the engine path decides. Numbers are ints, Decimals for typed amounts with decimals (a
# tenth of a Fraction's cost; `+ - *` on them are exact in the `_EXACT` context, which has no
# limit on digits) and Fractions from a division that does not come out even.

_EXACT = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
)
Number = int | Decimal | Fraction


class _Unsupported(Exception):
    """The expression is outside the fast subset."""


class _Many:
    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items


_MISSING = object()
_TEXTS: dict[Any, Number] = {}  # a typed amount -> its exact number; amounts recur


def _fast_number(raw: Any) -> Number | None:
    """A raw answer (or a number) as an exact number; None where the engine reads NaN."""
    kind = type(raw)
    if kind is int or kind is Decimal or kind is Fraction:
        return raw
    if raw is None or raw == "":
        return None
    if isinstance(raw, _Many):
        return _fast_number(raw.items[0]) if raw.items else None
    if kind is float or kind is str:
        number = _TEXTS.get(raw)
        if number is None:
            exact = exact_number(raw)  # raises for a date or an infinity
            if exact is None:
                return None
            number = (
                exact.numerator
                if exact.denominator == 1
                else Decimal(repr(raw)) if kind is float
                else Decimal(raw.replace(",", ".").strip())
            )  # fmt: skip
            if len(_TEXTS) > 4096:
                _TEXTS.clear()
            _TEXTS[raw] = number
        return number
    raise Inexact  # true/false, a list, a group: the engine decides


def _needed(raw: Any) -> Number:
    number = _fast_number(raw)
    if number is None:
        raise Inexact  # NaN in arithmetic: no exact income
    return number


def _empty(raw: Any) -> bool:
    if isinstance(raw, _Many):
        return not raw.items or _empty(raw.items[0])
    return raw is None or raw == "" or (type(raw) is float and raw != raw)


def _plain(value: Any) -> Any:
    return value.items[0] if isinstance(value, _Many) and value.items else value


def _mixed(op: Callable[[Any, Any], Any]) -> Callable[[Number, Number], Number]:
    """`op` on two exact numbers; a Decimal meeting a Fraction becomes one too."""

    def run(a: Number, b: Number) -> Number:
        if type(a) is Fraction or type(b) is Fraction:
            return op(Fraction(a), Fraction(b))
        return op(a, b)

    return run


def _fast_divide(a: Number, b: Number) -> Number:
    if not b:
        raise Inexact
    if type(a) is int and type(b) is int and a % b == 0:
        return a // b
    return Fraction(a) / Fraction(b)


_add = _mixed(lambda a, b: a + b)
_FAST_ARITHMETIC: dict[str, Callable[[Any, Any], Any]] = {
    "+": _add,
    "-": _mixed(lambda a, b: a - b),
    "*": _mixed(lambda a, b: a * b),
    "div": _fast_divide,
}


class _Scope:
    """One household's answers, with each ${name} resolved once (AnswerContext's rules)."""

    __slots__ = ("answers", "resolved", "_repeats")

    def __init__(self, answers: Mapping[str, Any]) -> None:
        self.answers = answers
        self.resolved: dict[str, Any] = {}
        self._repeats: list[list[dict[str, Any]]] | None = None

    def repeats(self) -> list[list[dict[str, Any]]]:
        """The top-level repeats' instances (raising when one is not all dicts)."""
        if self._repeats is None:
            self._repeats = []
            for rows in self.answers.values():
                if type(rows) is list and rows and type(rows[0]) is dict:
                    if not all(type(row) is dict for row in rows):
                        raise Inexact
                    self._repeats.append(rows)
        return self._repeats


def _resolve(scope: _Scope, name: str) -> Any:
    """${name} as the engine resolves it over plain answers."""
    value = scope.resolved.get(name, _MISSING)
    if value is _MISSING:
        value = scope.resolved[name] = _lookup(scope, name)
    return value


def _lookup(scope: _Scope, name: str) -> Any:
    raw = scope.answers.get(name, _MISSING)
    if raw is not _MISSING:
        if type(raw) is list:
            if all(type(item) is dict for item in raw):
                return _Many(raw)  # a repeat's instances (count() counts them)
            raise Inexact  # a multiple choice: the engine decides
        return raw
    # A repeat's field read from outside: its values across the repeat that has it. The engine
    # also searches the repeats nested in the other repeats: with any, it decides.
    found: list[Any] | None = None
    for rows in scope.repeats():
        if any(name in row for row in rows):
            if found is not None:
                raise Inexact  # the field in two repeats: the engine joins them
            found = [row.get(name) for row in rows]
        elif any(type(v) is list and v and type(v[0]) is dict for r in rows for v in r.values()):
            raise Inexact
    return "" if found is None else _Many(found)


class _Fast:
    """Closures over the answer dict for the shapes income definitions use."""

    def compile(self, expr: Expr) -> Callable[[_Scope], Any]:
        if isinstance(expr, Literal):
            value: Any = expr.value
            if not isinstance(value, str):
                value = _fast_number(value)
            return lambda scope: value
        if isinstance(expr, Ref):
            name = expr.name
            return lambda scope: _resolve(scope, name)
        if isinstance(expr, Unary):
            inner = self.compile(expr.operand)
            return lambda scope: -_needed(inner(scope))
        if isinstance(expr, Filter):
            return self._answered(expr)
        if isinstance(expr, Binary):
            left, right = self.compile(expr.left), self.compile(expr.right)
            if expr.op in _FAST_ARITHMETIC:
                op = _FAST_ARITHMETIC[expr.op]
                return lambda scope: op(_needed(left(scope)), _needed(right(scope)))
            if expr.op in ("=", "!=") and _numeric(expr.left) and _numeric(expr.right):
                same = expr.op == "="

                def equal(scope: _Scope) -> bool:
                    a, b = _needed(left(scope)), _needed(right(scope))
                    return numbers_equal(float(a), float(b)) is same

                return equal
            raise _Unsupported
        if isinstance(expr, Call):
            return self._call(expr)
        raise _Unsupported

    def _answered(self, expr: Filter) -> Callable[[_Scope], Any]:
        """`${field}[. != '']`: the field's answered values across the repeat."""
        (test,) = expr.predicates if len(expr.predicates) == 1 else (None,)
        if not (
            isinstance(expr.expr, Ref)
            and isinstance(test, Binary)
            and test.op == "!="
            and isinstance(test.left, Path)
            and test.left.start is None
            and not test.left.absolute
            and [(s.axis, s.predicates) for s in test.left.steps] == [("self", [])]
            and isinstance(test.right, Literal)
            and test.right.value == ""
        ):
            raise _Unsupported
        name = expr.expr.name

        key = f"{name}[. != '']"

        def answered(scope: _Scope) -> _Many:
            kept = scope.resolved.get(key)
            if kept is not None:
                return kept
            values = _resolve(scope, name)
            if not isinstance(values, _Many) or name in scope.answers:
                raise Inexact  # a filter over a single answer or a repeat: the engine decides
            items = []
            for value in values.items:
                kind = type(value)
                if kind is int or kind is float or kind is str:
                    if value != "":
                        items.append(value)
                elif value is not None:
                    raise Inexact
            kept = scope.resolved[key] = _Many(items)
            return kept

        return answered

    def _call(self, call: Call) -> Callable[[_Scope], Any]:
        args = [self.compile(arg) for arg in call.args]
        name = call.name
        if name == "if" and len(args) == 3:
            test, then, other = args
            if not isinstance(call.args[0], Binary) or call.args[0].op not in ("=", "!="):
                raise _Unsupported
            return lambda scope: then(scope) if test(scope) else other(scope)
        if name == "number" and len(args) == 1:
            (inner,) = args
            return lambda scope: _fast_number(_plain(inner(scope)))
        if name == "count" and len(args) == 1:
            (inner,) = args

            def count(scope: _Scope) -> int:
                value = inner(scope)
                if isinstance(value, _Many):
                    return len(value.items)
                return 0 if value is None or value == "" else 1

            return count
        if name == "sum":

            def total(scope: _Scope) -> Number:
                result: Number = 0
                for arg in args:
                    value = arg(scope)
                    for item in value.items if isinstance(value, _Many) else (value,):
                        number = _fast_number(item)
                        if number is not None:
                            result = _add(result, number)
                return result

            return total
        if name == "coalesce" and args:

            def first(scope: _Scope) -> Any:
                value: Any = ""
                for arg in args:
                    value = arg(scope)
                    if not _empty(value):
                        return value
                return value

            return first
        raise _Unsupported


def _numeric(expr: Expr) -> bool:
    """The expression's value is always a number (so `=` compares numbers)."""
    if isinstance(expr, Literal):
        return not isinstance(expr.value, str)
    if isinstance(expr, Binary):
        return expr.op in _FAST_ARITHMETIC
    return isinstance(expr, Call) and expr.name in ("count", "sum", "number")
