"""The XPath / ODK function library: each function's arity, argument handling and meaning.

The date functions are in dates.py, which adds them to the same FUNCTIONS table.
"""

from __future__ import annotations

import math
import random
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from app.survey.errors import ExpressionError
from app.survey.xpath.javaregex import compile_java
from app.survey.xpath.values import (
    NAN,
    NodeSet,
    Value,
    to_boolean,
    to_number,
    to_string,
)

if TYPE_CHECKING:
    from app.survey.xpath.compiler import Compiler, Fn
    from app.survey.xpath.context import EvaluationContext
    from app.survey.xpath.parser import Call


@dataclass(frozen=True, slots=True)
class FunctionSpec:
    """`impl` takes evaluated arguments (after the context when `context`); `compile`, when
    set, builds the closure itself (lazy arguments, paths). `pure` allows constant folding."""

    name: str
    min_args: int
    max_args: int | None
    impl: Callable[..., Value] | None = None
    context: bool = False
    pure: bool = True
    compile: Callable[[Compiler, Call], Fn] | None = None


FUNCTIONS: dict[str, FunctionSpec] = {}


def define(name: str, min_args: int, max_args: int | None, impl: Callable, **kw: Any) -> None:
    """Add a function whose arguments are evaluated first (`kw`: context=, pure=)."""
    FUNCTIONS[name] = FunctionSpec(name, min_args, max_args, impl=impl, **kw)


def _flatten(args: tuple[Value, ...]) -> list[Any]:
    """Arguments of sum/max/min/join: node-sets spread into their values."""
    values: list[Any] = []
    for arg in args:
        if isinstance(arg, NodeSet):
            values.extend(arg.values())
        else:
            values.append(arg)
    return values


# ---- logic and choice ----------------------------------------------------------------


def _compile_if(compiler: Compiler, call: Call) -> Fn:
    test, then, otherwise = (compiler.compile(arg) for arg in call.args)
    return lambda ctx: then(ctx) if to_boolean(test(ctx)) else otherwise(ctx)


def _compile_coalesce(compiler: Compiler, call: Call) -> Fn:
    args = [compiler.compile(arg) for arg in call.args]

    def run(ctx: EvaluationContext) -> Value:
        value: Value = ""
        for arg in args:
            value = arg(ctx)
            if not _is_null(value):
                return value
        return value

    return run


def _compile_once(compiler: Compiler, call: Call) -> Fn:
    inner = compiler.compile(call.args[0])

    def run(ctx: EvaluationContext) -> Value:
        stored = ctx.stored_value()
        return stored if to_string(stored) != "" else inner(ctx)

    return run


def _is_null(value: Value) -> bool:
    """JavaRosa's 'no value' for coalesce(): '' or NaN."""
    if isinstance(value, NodeSet):
        value = value.first()
    return value == "" or (type(value) is float and value != value)


FUNCTIONS["if"] = FunctionSpec("if", 3, 3, compile=_compile_if)
FUNCTIONS["coalesce"] = FunctionSpec("coalesce", 2, None, compile=_compile_coalesce)
FUNCTIONS["once"] = FunctionSpec("once", 1, 1, compile=_compile_once)
define("true", 0, 0, lambda: True)
define("false", 0, 0, lambda: False)
define("not", 1, 1, lambda v: not to_boolean(v))
define("boolean", 1, 1, to_boolean)
define("boolean-from-string", 1, 1, lambda v: to_string(v).lower() == "true" or to_string(v) == "1")


define("number", 1, 1, to_number)


def _selected_items(value: Value) -> list[str]:
    return to_string(value).split()


define("selected", 2, 2, lambda sel, item: to_string(item).strip() in _selected_items(sel))
define("count-selected", 1, 1, lambda sel: float(len(_selected_items(sel))))


def _selected_at(sel: Value, index: Value) -> str:
    items = _selected_items(sel)
    number = _int(index)
    if number != number or not 0 <= number < len(items):
        return ""
    return items[int(number)]


define("selected-at", 2, 2, _selected_at)


def _choice_name(ctx: EvaluationContext, value: Value, question: Value) -> str:
    reference = to_string(question).strip()
    if reference.startswith("${") and reference.endswith("}"):
        reference = reference[2:-1]
    reference = reference.rstrip("/").rsplit("/", 1)[-1]
    chosen = to_string(value)
    if chosen == "":
        return ""
    return ctx.choice_label(reference, chosen)


define("jr:choice-name", 2, 2, _choice_name, context=True)


def _checklist(minimum: Value, maximum: Value, *answers: Value) -> bool:
    # -1 (any negative) means no minimum / no maximum.
    count = sum(1 for v in _flatten(answers) if to_boolean(v))
    low, high = _int(minimum), _int(maximum)
    return not (low >= 0 and count < low) and not (high >= 0 and count > high)


def _weighted_checklist(minimum: Value, maximum: Value, *pairs: Value) -> bool:
    if len(pairs) % 2:
        raise ExpressionError("weighted-checklist() needs its answers and weights in pairs.")
    total = 0.0
    for answer, weight in zip(pairs[::2], pairs[1::2], strict=True):
        if to_boolean(answer):
            total += to_number(weight)
    # Unlike checklist(), a negative bound is a real bound here (as in JavaRosa).
    return to_number(minimum) <= total <= to_number(maximum)


define("checklist", 2, None, _checklist)
define("weighted-checklist", 2, None, _weighted_checklist)

# ---- strings -------------------------------------------------------------------------

define("concat", 0, None, lambda *args: "".join(to_string(v) for v in _flatten(args)))
define("join", 1, None, lambda sep, *args: to_string(sep).join(map(to_string, _flatten(args))))
define("contains", 2, 2, lambda s, part: to_string(part) in to_string(s))
define("starts-with", 2, 2, lambda s, part: to_string(s).startswith(to_string(part)))
define("ends-with", 2, 2, lambda s, part: to_string(s).endswith(to_string(part)))


def _substring_before(text: Value, part: Value) -> str:
    s, p = to_string(text), to_string(part)
    found = s.find(p)  # '' is found at 0, as Java's indexOf finds it
    return s[:found] if found >= 0 else ""


def _substring_after(text: Value, part: Value) -> str:
    s, p = to_string(text), to_string(part)
    found = s.find(p)
    return s[found + len(p) :] if found >= 0 else ""


define("substring-before", 2, 2, _substring_before)
define("substring-after", 2, 2, _substring_after)
define(
    "count-non-empty",
    1,
    1,
    lambda v: float(sum(1 for x in _flatten((v,)) if to_string(x) != "")),
)


def _on_current_value(name: str, impl: Callable[[Value], Value]) -> None:
    """A function whose argument, when left out, is the current question's value ('.')."""

    def compile_call(compiler: Compiler, call: Call) -> Fn:
        if not call.args:
            return lambda ctx: impl(ctx.current_value())
        inner = compiler.compile(call.args[0])
        return lambda ctx: impl(inner(ctx))

    FUNCTIONS[name] = FunctionSpec(name, 0, 1, compile=compile_call)


_on_current_value("string-length", lambda v: float(len(to_string(v))))
_on_current_value("normalize-space", lambda v: " ".join(to_string(v).split()))
_on_current_value("string", to_string)


def _substr(text: Value, start: Value, end: Value | None = None) -> str:
    # JavaRosa: 0-based start, exclusive end, a negative one counts from the end, both clamped.
    s = to_string(text)
    size = len(s)
    first = _index(start, size)
    last = size if end is None else _index(end, size)
    return s[first:last] if first <= last else ""


def _index(value: Value, size: int) -> int:
    number = _int(value)
    if number != number:
        return 0  # Java turns NaN into 0 when it makes an int
    index = int(max(min(number, 2**31), -(2**31)))
    if index < 0:
        index += size
    return min(max(0, index), size)


define("substr", 2, 3, _substr)


def _translate(text: Value, source: Value, target: Value) -> str:
    table: dict[int, int | None] = {}
    replacement = to_string(target)
    for index, ch in enumerate(to_string(source)):
        if ord(ch) not in table:
            table[ord(ch)] = ord(replacement[index]) if index < len(replacement) else None
    return to_string(text).translate(table)


define("translate", 3, 3, _translate)


# JavaRosa matches the whole value (Pattern.matches), so '[0-9]{3}' rejects '1234'.
# RE2 matches in linear time: no pattern can freeze a form (see javaregex.py).
define("regex", 2, 2, lambda s, p: compile_java(to_string(p)).fullmatch(to_string(s)) is not None)

# ---- numbers -------------------------------------------------------------------------


def _int(value: Value) -> float:
    number = to_number(value)
    if number != number or number in (math.inf, -math.inf):
        return number
    return float(math.trunc(number))


def _round(value: Value, digits: Value = 0.0) -> float:
    # JavaRosa: halves go toward +Infinity (2.5 -> 3, -2.5 -> -2), decimal digits counted on
    # the shortest decimal form of the number (so round(1.005, 2) is 1.01), |digits| <= 30.
    number = to_number(value)
    places = _int(digits)
    if number != number or number in (math.inf, -math.inf):
        return number
    if places != places or not -30 <= places <= 30:
        return NAN
    mode = ROUND_HALF_DOWN if number < 0 else ROUND_HALF_UP
    try:
        exponent = Decimal(1).scaleb(-int(places))
        rounded = Decimal(repr(number)).quantize(exponent, rounding=mode)
    except (InvalidOperation, OverflowError, ValueError):
        return number
    return float(rounded)


def _pow(base: Value, exponent: Value) -> float:
    x, y = to_number(base), to_number(exponent)
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf if x > 0 or y.is_integer() and y % 2 == 0 else -math.inf
    except ValueError:
        # Java: pow(0, -1) is Infinity; pow(-8, 0.5) is NaN.
        return math.inf if x == 0 else NAN


def _math1(fn: Callable[[float], float]) -> Callable[[Value], float]:
    def run(value: Value) -> float:
        try:
            return float(fn(to_number(value)))
        except OverflowError:  # exp(1000): Java gives Infinity
            return math.inf
        except ValueError:  # sqrt(-1), log(0)...: Java gives NaN (or -Infinity for log(0))
            return NAN

    return run


def _sum(*args: Value) -> float:
    # JavaRosa leaves out values that are not numbers (empty answers), so the sum stays usable.
    total = 0.0
    for value in _flatten(args):
        number = to_number(value)
        if number == number:
            total += number
    return total


def _extreme(pick: Callable[..., float]) -> Callable[..., float]:
    def run(*args: Value) -> float:
        # Empty answers are left out; with no number at all the result is NaN (JavaRosa).
        numbers = [n for n in map(to_number, _flatten(args)) if n == n]
        return float(pick(numbers)) if numbers else NAN

    return run


def _compile_count(compiler: Compiler, call: Call) -> Fn:
    from app.survey.xpath.parser import Filter, Path

    arg = call.args[0]
    if isinstance(arg, Path | Filter):
        nodes = compiler.compile_nodes(arg)
        return lambda ctx: float(len(nodes(ctx)))
    inner = compiler.compile(arg)

    def run(ctx: EvaluationContext) -> Value:
        value = inner(ctx)
        if isinstance(value, NodeSet):
            return float(len(value))
        # A single answer counts as one node; an absent or empty one (a missing repeat) as none.
        return 0.0 if to_string(value) == "" else 1.0

    return run


FUNCTIONS["count"] = FunctionSpec("count", 1, 1, compile=_compile_count)
define("int", 1, 1, _int)
define("round", 1, 2, _round)
define("pow", 2, 2, _pow)
define("abs", 1, 1, lambda v: abs(to_number(v)))
define("floor", 1, 1, _math1(lambda n: n if n != n or math.isinf(n) else math.floor(n)))
define("ceiling", 1, 1, _math1(lambda n: n if n != n or math.isinf(n) else math.ceil(n)))
define("sqrt", 1, 1, _math1(math.sqrt))
define("exp", 1, 1, _math1(math.exp))
define("exp10", 1, 1, _math1(lambda n: math.pow(10, n)))
define("log", 1, 1, _math1(lambda n: -math.inf if n == 0 else math.log(n)))
define("log10", 1, 1, _math1(lambda n: -math.inf if n == 0 else math.log10(n)))
for _name in ("sin", "cos", "tan", "asin", "acos", "atan"):
    define(_name, 1, 1, _math1(getattr(math, _name)))
define("atan2", 2, 2, lambda y, x: math.atan2(to_number(y), to_number(x)))
define("pi", 0, 0, lambda: math.pi)
define("sum", 1, 1, _sum)
define("max", 1, None, _extreme(max))
define("min", 1, None, _extreme(min))
define("random", 0, 0, lambda: random.random(), pure=False)


def _uuid(length: Value | None = None) -> str:
    if length is None:
        return str(uuid_module.uuid4())
    size = _int(length)
    if size != size or size < 0 or size > 10_000:
        raise ExpressionError("uuid() takes a length between 0 and 10000.")
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    rng = random.SystemRandom()
    return "".join(rng.choice(alphabet) for _ in range(int(size)))


define("uuid", 0, 1, _uuid, pure=False)

# ---- position and repeats ---------------------------------------------------------------


def _compile_position(compiler: Compiler, call: Call) -> Fn:
    if not call.args:
        return lambda ctx: float(ctx.position())
    nodes = compiler.compile_nodes(call.args[0])

    def run(ctx: EvaluationContext) -> Value:
        selected = nodes(ctx)
        return float(selected[0].position()) if selected else NAN

    return run


def _compile_last(compiler: Compiler, call: Call) -> Fn:
    return lambda ctx: float(ctx.size())


def _reference_name(compiler: Compiler, call: Call, index: int) -> str:
    from app.survey.xpath.parser import Path, Ref

    arg = call.args[index]
    if isinstance(arg, Ref):
        compiler.references.add(arg.name)
        return arg.name
    if isinstance(arg, Path) and arg.steps and arg.steps[-1].axis == "child":
        return arg.steps[-1].name
    raise ExpressionError(
        f"argument {index + 1} of indexed-repeat() at character {call.pos} must be a "
        "question reference such as ${name}.",
        call.pos,
    )


def _compile_indexed_repeat(compiler: Compiler, call: Call) -> Fn:
    if len(call.args) % 2 == 0:
        raise ExpressionError(
            f"indexed-repeat() at character {call.pos} takes a question, then pairs of "
            "repeat and index: indexed-repeat(${name}, ${repeat}, 1).",
            call.pos,
        )
    target = _reference_name(compiler, call, 0)
    levels = [
        (_reference_name(compiler, call, i), compiler.compile(call.args[i + 1]))
        for i in range(1, len(call.args), 2)
    ]

    def run(ctx: EvaluationContext) -> Value:
        current = ctx
        for repeat, index_fn in levels:
            instances = current.resolve(repeat)
            index = to_number(index_fn(ctx))
            nodes = instances.nodes if isinstance(instances, NodeSet) else ()
            if index != index or not 1 <= index <= len(nodes):
                return ""
            current = current.with_node(nodes[int(index) - 1], int(index), len(nodes))
        return current.resolve(target)

    return run


FUNCTIONS["position"] = FunctionSpec("position", 0, 1, compile=_compile_position)
FUNCTIONS["last"] = FunctionSpec("last", 0, 0, compile=_compile_last)
FUNCTIONS["indexed-repeat"] = FunctionSpec(
    "indexed-repeat", 3, None, compile=_compile_indexed_repeat
)

# Arguments checked when the expression compiles, if written as a constant: (index, check).
# dates.py adds format-date's.
LITERAL_CHECKS: dict[str, tuple[int, Callable[[str], object]]] = {"regex": (1, compile_java)}
