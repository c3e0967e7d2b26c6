"""A fast path for the expressions standards use, run straight over a plain answer dict.

Most deprivation tests are `${x} = 'a' or ...` or `count(${members}[age >= 6 and x = 'no']) > 0`.
The general engine (app.survey.xpath) visits members through node objects and a context; here
such an expression is compiled to Python code that loops over the member dicts itself. Only a
subset is compiled (see `compile_fast`); anything else keeps the general engine.

The values are the ones the general engine sees (AnswerContext's rules: a missing or None answer
is '', ints become floats) and every comparison or function is the engine's own code, so the
results are the same. Whatever the fast code does not expect (an answer that is a list where a
value should be, a name that is not a top-level answer, a member that is not a dict, any error)
makes it raise, and the caller evaluates the general way instead: a fallback, never a guess.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from app.survey.errors import ExpressionError
from app.survey.xpath import operators
from app.survey.xpath.compiler import RETURN_KIND
from app.survey.xpath.functions import FUNCTIONS
from app.survey.xpath.parser import Binary, Call, Expr, Filter, Literal, Path, Ref, Unary, parse
from app.survey.xpath.values import Value, int_to_float, to_boolean, to_number, to_string

FastFn = Callable[[Mapping[str, Any]], Value]


class Fallback(Exception):
    """The fast code met data it does not handle: evaluate with the general engine."""


_MISSING = object()

# Functions whose value depends only on their (atomic) arguments.
_PLAIN_FUNCTIONS = {
    "not",
    "true",
    "false",
    "boolean",
    "number",
    "selected",
    "count-selected",
    "contains",
    "starts-with",
    "ends-with",
    "abs",
    "floor",
    "ceiling",
    "int",
    "round",
}


def _fail() -> Any:
    raise Fallback


def _atom(raw: object) -> Value:
    """An answer as the general engine reads it, for the kinds plain answers come in."""
    kind = type(raw)
    if kind is str or kind is float or kind is bool:
        return raw  # type: ignore[return-value]
    if kind is int:
        return int_to_float(raw)  # type: ignore[arg-type]
    if raw is None:
        return ""
    raise Fallback  # a list, a group dict, a date, a missing name: the general engine knows


def _rows(raw: object) -> list[dict[str, Any]]:
    """A repeat's instance dicts; anything but a list of dicts falls back."""
    if type(raw) is not list:
        raise Fallback
    for item in raw:
        if type(item) is not dict:
            raise Fallback
    return raw


def _answered_in(rows: object, field: str) -> bool:
    """Some instance of a repeat has `field` answered (not None, '' or [])."""
    if type(rows) is not list:
        if isinstance(rows, list):
            raise Fallback
        return False
    for row in rows:
        if type(row) is not dict:
            raise Fallback
        value = row.get(field)
        if value is not None and value != "" and value != []:
            return True
    return False


_GLOBALS: dict[str, Any] = {
    "__builtins__": {"type": type, "float": float, "int": int, "str": str, "len": len},
    "_MISSING": _MISSING,
    "_fail": _fail,
    "_atom": _atom,
    "_rows": _rows,
    "_answered_in": _answered_in,
    "_tb": to_boolean,
    "_tn": to_number,
    "_ts": to_string,
    **operators.GENERATED_NAMES,
}
_REL_NAMES = operators.REL_NAMES
_MIRRORED = operators.MIRRORED


class _Unsupported(Exception):
    """The expression is outside the subset: keep the general engine for it."""


class _FastCompiler:
    """Python source for one expression over `answers` (and, inside a predicate, `row`)."""

    def __init__(self, shared_repeats: bool = False) -> None:
        self.globals: dict[str, Any] = dict(_GLOBALS)
        self.helpers: list[str] = []
        self.count = 0
        # With shared repeats each repeat is read and checked once, into a local variable
        # (`repeats[name]`), by the function that evaluates all the indicators of a household.
        self.repeats: dict[str, str] | None = {} if shared_repeats else None
        # Also with shared repeats: every count(${repeat}[predicate]) is counted in one pass
        # over the instances (`loops[repeat]`: counter and test), each field read once per
        # instance into a local (`fields`), with the flags its tests use (`flags`).
        self.loops: dict[str, dict[str, str]] = {}
        self.fields: dict[str, dict[str, str]] = {}
        self.flags: set[str] = set()
        self.current: str | None = None  # the repeat whose predicate is being compiled

    def repeat(self, name: str) -> str:
        """Source for the instance dicts of repeat `name` (raising when they are not)."""
        if self.repeats is None:
            return f"_rows(answers.get({name!r}, _MISSING))"
        if name not in self.repeats:
            self.repeats[name] = f"_r{len(self.repeats)}"
        return self.repeats[name]

    def name(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def constant(self, value: object) -> str:
        if type(value) is str or (type(value) is float and math.isfinite(value)):
            return repr(value)
        name = self.name("_k")
        self.globals[name] = value
        return name

    def define(self, body: str) -> Any:
        """The function `_fast(answers)` with `body` (indented source lines), or None when
        Python refuses the generated code (nested too deeply)."""
        source = "".join(self.helpers) + "def _fast(answers):\n" + body
        try:
            exec(compile(source, "<scoring fast path>", "exec"), self.globals)  # noqa: S102
        except (SyntaxError, RecursionError, MemoryError):
            return None
        return self.globals["_fast"]

    # -- values ---------------------------------------------------------------------------
    def gen(self, expr: Expr, row: bool) -> tuple[str, str]:
        """Source for the value of `expr` and its static kind; `row` inside a predicate."""
        if isinstance(expr, Literal):
            return self.constant(expr.value), "str" if isinstance(expr.value, str) else "num"
        if isinstance(expr, Ref):
            if row:
                raise _Unsupported  # ${x} in a predicate: a member's field or the household's
            return f"_atom(answers.get({expr.name!r}, _MISSING))", "any"
        if isinstance(expr, Path):
            return self._field(expr, row), "any"
        if isinstance(expr, Unary):
            return f"(-{self.number(expr.operand, row)})", "num"
        if isinstance(expr, Binary):
            return self._binary(expr, row)
        if isinstance(expr, Call):
            return self._call(expr, row)
        raise _Unsupported

    def _field(self, expr: Path, row: bool) -> str:
        """A bare name inside a predicate: the member's own field ('' when absent)."""
        steps = expr.steps
        if (
            not row
            or expr.start is not None
            or expr.absolute
            or len(steps) != 1
            or steps[0].axis != "child"
            or steps[0].predicates
        ):
            raise _Unsupported
        local = self._local(steps[0].name)
        if local is not None:
            return f"_atom({local})"
        return f"_atom(row.get({steps[0].name!r}, ''))"

    def _local(self, field: str) -> str | None:
        """In the one-pass loop, the local holding the instance's `field` (an int made a
        float when it is compared with numbers, as the engine reads it); else None."""
        if self.current is None:
            return None
        fields = self.fields.setdefault(self.current, {})
        if field not in fields:
            fields[field] = self.name("_x")
        return fields[field]

    def _source(self, expr: Expr, row: bool) -> str | None:
        """Where a plain read finds its raw value: `row.get(..)` for a bare name inside a
        predicate, `answers.get(..)` for a top-level `${name}`; None for anything else."""
        if isinstance(expr, Path):
            self._field(expr, row)
            return f"row.get({expr.steps[0].name!r}, '')"
        if isinstance(expr, Ref) and not row:
            return f"answers.get({expr.name!r}, _MISSING)"
        return None

    def boolean(self, expr: Expr, row: bool) -> str:
        code, kind = self.gen(expr, row)
        return code if kind == "bool" else f"_tb({code})"

    def number(self, expr: Expr, row: bool) -> str:
        code, kind = self.gen(expr, row)
        return code if kind == "num" else f"_tn({code})"

    def _binary(self, expr: Binary, row: bool) -> tuple[str, str]:
        op = expr.op
        if op in ("and", "or"):
            return f"({self.boolean(expr.left, row)} {op} {self.boolean(expr.right, row)})", "bool"
        if op in ("+", "-", "*"):
            return f"({self.number(expr.left, row)} {op} {self.number(expr.right, row)})", "num"
        if op == "div":
            return f"_div({self.number(expr.left, row)}, {self.number(expr.right, row)})", "num"
        if op == "mod":
            return f"_mod({self.number(expr.left, row)}, {self.number(expr.right, row)})", "num"
        if op not in _MIRRORED:
            raise _Unsupported  # '|' makes node-sets
        left, right = expr.left, expr.right
        if isinstance(left, Literal) and not isinstance(right, Literal):
            left, right, op = right, left, _MIRRORED[op]
        if isinstance(left, Path) and isinstance(right, Literal) and self.current is not None:
            self._field(left, row)
            local = self._local(left.steps[0].name)
            assert local is not None
            return self._local_versus_constant(local, op, right), "bool"
        source = self._source(left, row)
        if source is not None and isinstance(right, Literal):
            return self._read_versus_constant(source, op, right), "bool"
        left_code, left_kind = self.gen(left, row)
        right_code, right_kind = self.gen(right, row)
        if op in _REL_NAMES:
            if left_kind == "num" and right_kind == "num":
                return f"({left_code} {op} {right_code})", "bool"
            return f"_rel({_REL_NAMES[op]}, {left_code}, {right_code})", "bool"
        if left_kind == "str" and right_kind == "str":
            return f"({left_code} {'!=' if op == '!=' else '=='} {right_code})", "bool"
        if left_kind == "num" and right_kind == "num":
            # Two numbers: the engine's `=` is numbers_equal (within 1e-12).
            return f"({'not ' if op == '!=' else ''}_numeq({left_code}, {right_code}))", "bool"
        return f"{'_ne' if op == '!=' else '_eq'}({left_code}, {right_code})", "bool"

    def _read_versus_constant(self, source: str, op: str, constant: Literal) -> str:
        """`age >= 15`, `${x} = 'no'`: the common types decided inline, the rest by the
        engine's own operators (the value read through `_atom`, as the engine reads it)."""
        v, t = self.name("_v"), self.name("_t")
        right = self.constant(constant.value)
        read = f"({t} := type({v} := {source}))"
        if op in _REL_NAMES:
            slow = f"_rel({_REL_NAMES[op]}, _atom({v}), {right})"
            if isinstance(constant.value, str):
                return f"_rel({_REL_NAMES[op]}, _atom({source}), {right})"
            # An int is read as float(int); float() raising for a huge one means: fall back.
            return (
                f"({v} {op} {right} if {read} is float "
                f"else (float({v}) {op} {right} if {t} is int else {slow}))"
            )
        slow = f"{'_ne' if op == '!=' else '_eq'}(_atom({v}), {right})"
        if isinstance(constant.value, str):
            test = f"{v} {'!=' if op == '!=' else '=='} {right}"
            return f"({test} if {read} is str else {slow})"
        negate = "not " if op == "!=" else ""
        return (
            f"({negate}_numeq({v}, {right}) if {read} is float "
            f"else ({negate}_numeq(float({v}), {right}) if {t} is int else {slow}))"
        )

    def _local_versus_constant(self, local: str, op: str, constant: Literal) -> str:
        """`age >= 15` in the one-pass loop: the local's type is tested once per instance
        (`{local}_f`: a float, `{local}_s`: text); other types go through the engine."""
        right = self.constant(constant.value)
        value = constant.value
        if op in _REL_NAMES:
            slow = f"_rel({_REL_NAMES[op]}, _atom({local}), {right})"
            if isinstance(value, str):
                return slow
            self.flags.add(f"{local}_f")
            return f"({local} {op} {right} if {local}_f else {slow})"
        slow = f"{'_ne' if op == '!=' else '_eq'}(_atom({local}), {right})"
        if isinstance(value, str):
            self.flags.add(f"{local}_s")
            return f"({local} {'!=' if op == '!=' else '=='} {right} if {local}_s else {slow})"
        self.flags.add(f"{local}_f")
        negate = "not " if op == "!=" else ""
        return f"({negate}_numeq({local}, {right}) if {local}_f else {slow})"

    def loop_lines(self) -> list[str]:
        """The one-pass loops, after each repeat's check (see `loops`)."""
        lines = []
        for repeat, tests in self.loops.items():
            counters = list(tests.values())
            lines.append(f"{' = '.join(counters)} = 0")
            lines.append(f"for row in {self.repeat(repeat)}:")
            for field, local in self.fields.get(repeat, {}).items():
                lines.append(f"    {local} = row.get({field!r}, '')")
                if f"{local}_f" in self.flags:
                    # float() of an int too big for a float raises: then the engine decides.
                    lines.append(f"    if type({local}) is int:")
                    lines.append(f"        {local} = float({local})")
                    lines.append(f"    {local}_f = type({local}) is float")
                if f"{local}_s" in self.flags:
                    lines.append(f"    {local}_s = type({local}) is str")
            for test, counter in tests.items():
                lines.append(f"    if {test}:")
                lines.append(f"        {counter} += 1")
        return lines

    def _call(self, expr: Call, row: bool) -> tuple[str, str]:
        name = expr.name
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise _Unsupported
        count = len(expr.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            raise _Unsupported  # the general engine words the error
        if name == "count" and not row:
            return self._count(expr.args[0]), "num"
        if name == "not":
            return f"(not {self.boolean(expr.args[0], row)})", "bool"
        if name in ("number", "boolean"):
            code, kind = self.gen(expr.args[0], row)
            if name == "number" and kind == "bool":
                return f"(1.0 if {code} else 0.0)", "num"  # to_number(true) is 1
            if kind == ("num" if name == "number" else "bool"):
                return code, kind
        if name in ("string", "string-length") and count == 1:
            code = f"_ts({self.gen(expr.args[0], row)[0]})"
            return (code, "str") if name == "string" else (f"float(len({code}))", "num")
        if name == "selected" and isinstance(expr.args[1], Literal):
            source = self._source(expr.args[0], row)
            item = expr.args[1].value
            if source is not None and isinstance(item, str):
                # selected(s, 'tv') is 'tv' in s.split() when s is text (the engine's rule).
                v = self.name("_v")
                slow = f"{self.constant(spec.impl)}(_atom({v}), {item!r})"
                test = f"{item.strip()!r} in {v}.split()"
                return f"({test} if type({v} := {source}) is str else {slow})", "bool"
        if name not in _PLAIN_FUNCTIONS or spec.impl is None or spec.context:
            raise _Unsupported
        args = [self.gen(arg, row)[0] for arg in expr.args]
        return f"{self.constant(spec.impl)}({', '.join(args)})", RETURN_KIND.get(name, "any")

    def _count(self, arg: Expr) -> str:
        """count(${repeat}) and count(${repeat}[predicate]) as a loop over the member dicts."""
        if isinstance(arg, Ref):
            return f"float(len({self.repeat(arg.name)}))"
        if not (isinstance(arg, Filter) and isinstance(arg.expr, Ref) and len(arg.predicates) == 1):
            raise _Unsupported
        if self.repeats is not None:
            self.repeat(arg.expr.name)  # read and checked before the loop
            self.current = arg.expr.name
            try:
                code, kind = self.gen(arg.predicates[0], row=True)
            finally:
                self.current = None
            if kind != "bool":
                raise _Unsupported
            tests = self.loops.setdefault(arg.expr.name, {})
            if code not in tests:  # the same test in two indicators is counted once
                tests[code] = self.name("_n")
            return f"float({tests[code]})"
        code, kind = self.gen(arg.predicates[0], row=True)
        if kind != "bool":
            raise _Unsupported  # a number keeps the node at that position: not a plain test
        helper = self.name("_count")
        self.helpers.append(
            f"def {helper}(rows):\n"
            f"    n = 0\n"
            f"    for row in rows:\n"
            f"        if {code}:\n"
            f"            n += 1\n"
            f"    return float(n)\n"
        )
        return f"{helper}({self.repeat(arg.expr.name)})"


def compile_fast(text: str) -> FastFn | None:
    """A function of the answer dict giving the expression's value, or None when the
    expression is outside the subset. The function raises (any exception) when the general
    engine must decide; it takes no `${variables}` (callers with variables use the engine).

    The subset: literals; `${name}` of a top-level answer; + - * div mod and unary minus;
    comparisons; and/or; not() and other functions of plain values (selected(), number()...);
    count(${repeat}) and count(${repeat}[predicate]) where the predicate is a true/false test
    over the instance's own fields by bare name (`age >= 6 and x = 'no'`).
    """
    compiler = _FastCompiler()
    try:
        body, _ = compiler.gen(parse(text), row=False)
    except (_Unsupported, ExpressionError, RecursionError):
        return None
    return compiler.define(f"    return {body}\n")


def _verdict(
    compiler: _FastCompiler, test: str, applicable: str | None, requires: tuple[str, ...]
) -> list[str]:
    """Statements (at one indent) setting `verdict` to an indicator's verdict: None when a
    required answer is missing (and the indicator applies), False when it does not apply,
    else the test; the rules of household.Scorer._probe. Raises _Unsupported."""
    try:
        deprived = compiler.boolean(parse(test), row=False)
        applies = compiler.boolean(parse(applicable), row=False) if applicable else None
    except (ExpressionError, RecursionError):
        raise _Unsupported from None
    lines = []
    body = ""
    if requires:
        checks = []
        for name in requires:
            repeat, _, field = name.partition("/")
            if field:
                # Scorer._probe: some instance has the field answered (no list: not met).
                source = (
                    f"answers.get({repeat!r})"
                    if compiler.repeats is None
                    else compiler.repeat(repeat)
                )
                checks.append(f"_answered_in({source}, {field!r})")
            else:
                v = compiler.name("_v")
                checks.append(
                    f"(({v} := answers.get({name!r})) is not None and {v} != '' and {v} != [])"
                )
        lines.append(f"if not ({' and '.join(checks)}):")
        lines.append(
            f"    verdict = False if not {applies} else None" if applies else "    verdict = None"
        )
        lines.append("else:")
        body = "    "
    if applies:
        lines.append(f"{body}verdict = (True if {applies} else False) if {deprived} else False")
    else:
        lines.append(f"{body}verdict = {deprived}")
    return lines


def compile_probe(
    test: str, applicable: str | None, requires: tuple[str, ...]
) -> Callable[[Mapping[str, Any]], bool | None] | None:
    """An indicator's whole verdict (see `_verdict`) as one function of the answer dict, or
    None when an expression is outside the subset. Household.Scorer._probe runs when it raises."""
    compiler = _FastCompiler()
    try:
        lines = _verdict(compiler, test, applicable, requires)
    except _Unsupported:
        return None
    return compiler.define("".join(f"    {line}\n" for line in lines) + "    return verdict\n")


def compile_probes(
    probes: list[tuple[str, str, str | None, tuple[str, ...]]],
) -> Callable[[Mapping[str, Any]], dict[str, bool | None]] | None:
    """All the indicators (id, test, applicable, requires) of a standard in one function
    giving the dict of their verdicts, each
    repeat read and checked once; None unless every expression is inside the subset. It
    raises (then evaluate each indicator alone) when any part would: a missing repeat too."""
    compiler = _FastCompiler(shared_repeats=True)
    lines = []
    try:
        for index, (_, test, applicable, requires) in enumerate(probes):
            lines += _verdict(compiler, test, applicable, requires)
            lines.append(f"v{index} = verdict")
    except _Unsupported:
        return None
    assert compiler.repeats is not None
    head = [
        f"{local} = _rows(answers.get({name!r}, _MISSING))"
        for name, local in compiler.repeats.items()
    ] + compiler.loop_lines()
    tail = f"return {{{', '.join(f'{probe[0]!r}: v{i}' for i, probe in enumerate(probes))}}}"
    return compiler.define("".join(f"    {line}\n" for line in [*head, *lines, tail]))
