"""A standard's income definition evaluated exactly, in rational numbers.

Why: the form engine computes as ODK Collect does, in binary floating point, and must keep doing
so (a form shows and stores the values Collect would). So a household of 3 earning 7,000,000 VND
a month gets an income per person of 2333333.3333333335, twelve of which are 28000000.000000004:
over Ho Chi Minh City's yearly line of 28,000,000 that the household sits exactly on. A poverty
status must not hang on that noise, so scoring reads money exactly instead: the standard's own
income definition (`[income] fallback`, e.g. the members' incomes summed and divided by the
number of members) is evaluated here with Fractions, over the incomes as people typed them.

Only the arithmetic is exact; which answers exist, counts, conditions and filters are left to the
XPath engine itself, so the value is the engine's in everything but rounding. Exact: number
literals, `+`, `-`, `*`, `div`, unary minus, sum(), coalesce(), if() and number(). Any other part
(a count, an answer, a node-set) is evaluated by the engine and read as a decimal: text by the
engine's number syntax, a float by its shortest decimal form (the digits a person typed).
Where exactness is not possible (a value that is not a number, a division by zero, a date, an
error), `ExactIncome` gives None and the caller keeps the engine's float value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from app.survey.xpath.compiler import Compiler
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.parser import Binary, Call, Expr, Literal, Unary, parse
from app.survey.xpath.values import NodeSet, Value, to_boolean

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
    if kind is int:
        return Fraction(value)  # type: ignore[arg-type]
    if kind is bool:
        return Fraction(int(value))  # type: ignore[arg-type]
    if isinstance(value, NodeSet):
        return exact_number(value.first()) if value else None
    if kind is str:
        text = value.replace(",", ".")  # type: ignore[union-attr]
        if _DECIMAL.match(text):
            return Fraction(text.strip())
        if text.strip() == "":
            return None
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
    """One income definition compiled for exact evaluation; `value(ctx)` is its exact value,
    None when it is not answered ('') or cannot be exact (the engine's value then stands)."""

    __slots__ = ("_run",)

    def __init__(self, text: str) -> None:
        self._run = _ExactCompiler(text).compile(parse(text))

    def value(self, context: EvaluationContext) -> Fraction | None:
        try:
            return exact_number(self._run(context))
        except Exception:  # noqa: BLE001 - Inexact, or anything the engine's own run reports
            return None
