"""Arithmetic and comparison with XPath 1.0 / JavaRosa type rules, node-sets included."""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

from app.survey.xpath.values import NAN, NodeSet, to_boolean, to_number, to_string

RELATIONAL: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def divide(a: float, b: float) -> float:
    """XPath div: x div 0 is +/-Infinity, 0 div 0 and NaN div 0 are NaN."""
    if b == 0:
        if a != a or a == 0:
            return NAN
        negative = (a < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if negative else math.inf
    return a / b


def modulo(a: float, b: float) -> float:
    """XPath mod: the remainder of truncating division (sign of the dividend); x mod 0 is NaN."""
    if b == 0 or a != a or b != b or a in (math.inf, -math.inf):
        return NAN
    if b in (math.inf, -math.inf):
        return a
    return math.fmod(a, b)


def multiply(a: float, b: float) -> float:
    return a * b


ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": multiply,
    "div": divide,
    "mod": modulo,
}


def numbers_equal(a: float, b: float) -> bool:
    """Numeric '=' as JavaRosa does it: equal within 1e-12, so 0.1 + 0.2 = 0.3; NaN never."""
    return a == b or abs(a - b) < 1e-12


def atomic_equal(a: object, b: object) -> bool:
    """= between two non-node-set values: booleans first, then numbers, else strings."""
    ta, tb = type(a), type(b)
    if ta is bool or tb is bool:
        return to_boolean(a) == to_boolean(b)
    if ta is float or tb is float or ta is int or tb is int:
        return numbers_equal(to_number(a), to_number(b))
    return to_string(a) == to_string(b)


def equal(a: object, b: object) -> bool:
    """XPath '=': with a node-set, true when some node compares equal (existential)."""
    if isinstance(a, NodeSet):
        if isinstance(b, NodeSet):
            right = {to_string(v) for v in b.values()}
            return any(to_string(v) in right for v in a.values())
        return _nodeset_equal(a, b, negate=False)
    if isinstance(b, NodeSet):
        return _nodeset_equal(b, a, negate=False)
    return atomic_equal(a, b)


def not_equal(a: object, b: object) -> bool:
    """XPath '!=': not the negation of '=' for node-sets (some node differs)."""
    if isinstance(a, NodeSet):
        if isinstance(b, NodeSet):
            left = [to_string(v) for v in a.values()]
            right = [to_string(v) for v in b.values()]
            return any(x != y for x in left for y in right)
        return _nodeset_equal(a, b, negate=True)
    if isinstance(b, NodeSet):
        return _nodeset_equal(b, a, negate=True)
    return not atomic_equal(a, b)


def _nodeset_equal(nodes: NodeSet, other: object, negate: bool) -> bool:
    kind = type(other)
    if kind is bool:
        return (to_boolean(nodes) == other) != negate
    if kind is float or kind is int:
        target = to_number(other)
        return any(numbers_equal(to_number(v), target) != negate for v in nodes.values())
    text = to_string(other)
    return any((to_string(v) == text) != negate for v in nodes.values())


def relational(op: Callable[[float, float], bool], a: object, b: object) -> bool:
    """<, <=, >, >=: compare as numbers (NaN is never in order); node-sets existentially."""
    if isinstance(a, NodeSet):
        if isinstance(b, NodeSet):
            right = [to_number(v) for v in b.values()]
            return any(op(to_number(x), y) for x in a.values() for y in right)
        if type(b) is bool:
            # XPath: a node-set against a boolean compares booleans, as numbers 1/0.
            return op(to_number(to_boolean(a)), to_number(b))
        y = to_number(b)
        return any(op(to_number(x), y) for x in a.values())
    if isinstance(b, NodeSet):
        if type(a) is bool:
            return op(to_number(a), to_number(to_boolean(b)))
        x = to_number(a)
        return any(op(x, to_number(y)) for y in b.values())
    return op(to_number(a), to_number(b))


# The names generated code calls the operators by. The expression compiler and the scoring
# engine's fast path both generate Python that uses them, so they share one table.
GENERATED_NAMES: dict[str, Any] = {
    "_div": divide,
    "_mod": modulo,
    "_eq": equal,
    "_ne": not_equal,
    "_rel": relational,
    "_numeq": numbers_equal,
    "_lt": RELATIONAL["<"],
    "_le": RELATIONAL["<="],
    "_gt": RELATIONAL[">"],
    "_ge": RELATIONAL[">="],
}
# The relational operator's name in generated code, and each comparison with its sides swapped.
REL_NAMES = {"<": "_lt", "<=": "_le", ">": "_gt", ">=": "_ge"}
MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
