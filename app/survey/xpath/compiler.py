"""Turns a parsed expression into generated Python code, compiled once into plain functions.

Each AST node becomes a Python expression string; predicates become their own functions. The
static kind of each piece ('bool', 'num', 'str' or 'any') lets common shapes (`age >= 6`,
`x = 'no'`, `a and b`) run without any conversion call, which is what makes scoring 100,000
households cheap. Text from the expression enters the generated source only through repr() of a
string or a finite float (always a plain literal); every other constant and helper lives in the
generated code's globals.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from app.survey.errors import ExpressionError
from app.survey.xpath import dates, geo, odk, operators, runtime
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.functions import FUNCTIONS, LITERAL_CHECKS, FunctionSpec
from app.survey.xpath.parser import Binary, Call, Expr, Filter, Literal, Path, Ref, Unary
from app.survey.xpath.values import Node, NodeSet, Value, to_boolean, to_number, to_string, unwrap

Fn = Callable[[EvaluationContext], Value]
NodesFn = Callable[[EvaluationContext], Sequence[Node]]

# What each function returns, where it is always the same kind (used to skip conversions).
_RETURNS = {
    "bool": (
        "not boolean true false selected contains starts-with ends-with regex "
        "boolean-from-string checklist weighted-checklist"
    ),
    "num": (
        "count count-selected count-non-empty sum max min number int round pow abs floor ceiling "
        "sqrt exp exp10 log log10 sin cos tan asin acos atan atan2 pi string-length position "
        "last random area enclosed-area distance"
    ),
    "str": (
        "concat join substr substring-before substring-after string translate normalize-space "
        "selected-at uuid today now format-date format-date-time digest base64-decode "
        "jr:itext pulldata jr:choice-name"
    ),
}
RETURN_KIND = {name: kind for kind, names in _RETURNS.items() for name in names.split()}

_ = (dates, geo, odk)  # imported for their side effect: they add functions to FUNCTIONS

# Arguments that must be node-sets (spec: count(node-set), sum(node-set), position(node)...):
# a number, text or boolean there is an error when the expression is read, as in JavaRosa.
NODESET_ARGUMENTS = {
    "count": 0,
    "count-non-empty": 0,
    "sum": 0,
    "position": 0,
    "randomize": 0,
}
_KIND_WORDS = {"num": "a number", "str": "text", "bool": "a true/false value"}

_BASE_GLOBALS: dict[str, Any] = {
    "__builtins__": {"type": type, "len": len, "float": float, "str": str},
    "_tb": to_boolean,
    "_tn": to_number,
    "_unwrap": unwrap,
    "_NodeSet": NodeSet,
    "_as_nodes": runtime.as_nodes,
    "_children": runtime.children,
    "_parents": runtime.parents,
    "_all_children": runtime.all_children,
    "_named": runtime.named,
    "_root_named": runtime.root_named,
    "_nth": runtime.nth,
    "_filter": runtime.filter_nodes,
    "_union": runtime.union,
    **operators.GENERATED_NAMES,
}
_REL_NAMES = operators.REL_NAMES
_ANY_TEST = ("*", "node()")
_MIRRORED = operators.MIRRORED


class Compiler:
    """Compiles one expression; collects the `${name}` references it reads."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.references: set[str] = set()
        self.instances: set[str] = set()  # ids named by instance('id') and pulldata('id', ...)
        self.step_names: set[str] = set()  # names in path steps: what a path may read
        self.globals: dict[str, Any] = dict(_BASE_GLOBALS)
        self._pending: list[str] = []  # predicate functions not yet compiled
        self._count = 0

    # ---- entry points used by the API and by functions.py ---------------------------------

    def compile(self, expr: Expr) -> Fn:
        """A function computing the value of `expr`."""
        code, _ = self.gen(expr)
        return self._define(code)

    def compile_nodes(self, expr: Expr) -> NodesFn:
        """A function giving the nodes `expr` selects (a plain value becomes one node)."""
        return self._define(self.gen_nodes(expr))  # type: ignore[return-value]

    # ---- code generation: values ------------------------------------------------------------

    def gen(self, expr: Expr) -> tuple[str, str]:
        """Python source for the value of `expr`, and its static kind."""
        if isinstance(expr, Literal):
            kind = "str" if isinstance(expr.value, str) else "num"
            return self._constant(expr.value), kind
        if isinstance(expr, Ref):
            self.references.add(expr.name)
            return f"ctx.resolve({self._constant(expr.name)})", "any"
        if isinstance(expr, Unary):
            return f"(-{self._num(expr.operand)})", "num"
        if isinstance(expr, Binary):
            return self._binary(expr)
        if isinstance(expr, Call):
            return self._call(expr)
        if isinstance(expr, Path):
            return self._path_value(expr)
        return f"_NodeSet({self.gen_nodes(expr)})", "any"

    def _binary(self, expr: Binary) -> tuple[str, str]:
        op = expr.op
        if op == "|":
            return f"_union({self.gen_nodes(expr.left)}, {self.gen_nodes(expr.right)})", "any"
        if op in ("and", "or", "+", "-", "*"):
            return self._chain(expr)
        if op == "div":
            return f"_div({self._num(expr.left)}, {self._num(expr.right)})", "num"
        if op == "mod":
            return f"_mod({self._num(expr.left)}, {self._num(expr.right)})", "num"
        if op not in _MIRRORED:
            raise ExpressionError(f"unknown operator '{op}' at character {expr.pos}.", expr.pos)
        left, right = expr.left, expr.right
        if isinstance(left, Literal) and not isinstance(right, Literal):
            # 6 <= age is age >= 6: the fast paths want the constant on the right.
            left, right, op = right, left, _MIRRORED[op]
        left_code, left_kind = self.gen(left)
        right_code, right_kind = self.gen(right)
        if op in _REL_NAMES:
            return self._relational(op, left_code, left_kind, right, right_code, right_kind)
        return self._equality(op == "!=", left_code, left_kind, right, right_code, right_kind)

    def _chain(self, expr: Binary) -> tuple[str, str]:
        """`a + b - c`, `a and b and c` as one flat Python expression.

        Python groups these operators from the left as XPath does, so a long sum needs no
        nested parentheses (Python refuses more than 200) and no deep recursion here.
        """
        group = ("and",) if expr.op == "and" else ("or",) if expr.op == "or" else ("+", "-")
        if expr.op == "*":
            group = ("*",)
        links: list[tuple[str, Expr]] = []
        node: Expr = expr
        while isinstance(node, Binary) and node.op in group:
            links.append((node.op, node.right))
            node = node.left
        convert = self._bool if expr.op in ("and", "or") else self._num
        parts = [convert(node)]
        for op, operand in reversed(links):
            parts.append(f" {op} {convert(operand)}")
        return f"({''.join(parts)})", "bool" if expr.op in ("and", "or") else "num"

    def _relational(
        self, op: str, left: str, left_kind: str, right: Expr, right_code: str, right_kind: str
    ) -> tuple[str, str]:
        if left_kind == "num" and right_kind == "num":
            return f"({left} {op} {right_code})", "bool"
        if isinstance(right, Literal) and right_kind == "num":
            v = self._temp()
            slow = f"_rel({_REL_NAMES[op]}, {v}, {right_code})"
            return f"({v} {op} {right_code} if type({v} := {left}) is float else {slow})", "bool"
        return f"_rel({_REL_NAMES[op]}, {left}, {right_code})", "bool"

    def _equality(
        self,
        negate: bool,
        left: str,
        left_kind: str,
        right: Expr,
        right_code: str,
        right_kind: str,
    ) -> tuple[str, str]:
        slow_fn = "_ne" if negate else "_eq"
        if left_kind == "str" and right_kind == "str":
            return f"({left} {'!=' if negate else '=='} {right_code})", "bool"
        if isinstance(right, Literal):
            v = self._temp()
            slow = f"{slow_fn}({v}, {right_code})"
            if right_kind == "str":
                test = f"{v} {'!=' if negate else '=='} {right_code}"
                return f"({test} if type({v} := {left}) is str else {slow})", "bool"
            test = f"{'not ' if negate else ''}_numeq({v}, {right_code})"
            return f"({test} if type({v} := {left}) is float else {slow})", "bool"
        return f"{slow_fn}({left}, {right_code})", "bool"

    def _call(self, expr: Call) -> tuple[str, str]:
        spec = FUNCTIONS.get(expr.name)
        if spec is None:
            raise ExpressionError(_unknown_function(expr.name, expr.pos), expr.pos)
        count = len(expr.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            raise ExpressionError(_arity_message(spec, count, expr.pos), expr.pos)
        kind = RETURN_KIND.get(spec.name, "any")
        if spec.name in ("instance", "pulldata") and isinstance(expr.args[0], Literal):
            self.instances.add(to_string(expr.args[0].value))
        if spec.name in NODESET_ARGUMENTS and count > NODESET_ARGUMENTS[spec.name]:
            self._check_nodeset(spec.name, expr, expr.args[NODESET_ARGUMENTS[spec.name]])
        literal_check = LITERAL_CHECKS.get(spec.name)
        if literal_check and isinstance(expr.args[literal_check[0]], Literal):
            # A fixed pattern is checked now, so a form with a broken one fails when it loads.
            argument = expr.args[literal_check[0]]
            assert isinstance(argument, Literal)
            try:
                literal_check[1](to_string(argument.value))
            except ExpressionError as error:
                raise _located(error, spec.name, expr.pos) from None
        if spec.name == "if":
            test = self._bool(expr.args[0])
            (then, then_kind), (other, other_kind) = self.gen(expr.args[1]), self.gen(expr.args[2])
            return (
                f"({then} if {test} else {other})",
                then_kind if then_kind == other_kind else "any",
            )
        if spec.name == "not":
            return f"(not {self._bool(expr.args[0])})", "bool"
        if spec.name == "count" and isinstance(expr.args[0], Path | Filter):
            return f"float(len({self.gen_nodes(expr.args[0])}))", "num"
        if spec.compile is not None:
            return f"{self._constant(spec.compile(self, expr))}(ctx)", kind
        assert spec.impl is not None
        args = [self.gen(arg)[0] for arg in expr.args]
        if spec.pure and not spec.context and all(isinstance(a, Literal) for a in expr.args):
            values = [a.value for a in expr.args if isinstance(a, Literal)]
            try:
                return self._constant(spec.impl(*values)), kind
            except ExpressionError as error:  # date('soon'): say where, now
                raise _located(error, spec.name, expr.pos) from None
        impl = self._constant(spec.impl)
        if spec.context:
            args.insert(0, "ctx")
        return f"{impl}({', '.join(args)})", kind

    def _check_nodeset(self, function: str, call: Call, arg: Expr) -> None:
        """Refuse a plain value where `function` needs a node-set (naming the function)."""
        if isinstance(arg, Path | Filter | Ref):
            return
        if isinstance(arg, Binary) and arg.op == "|":
            return
        if isinstance(arg, Call):
            found = RETURN_KIND.get(arg.name)
            if found is None:
                return  # if(), instance(), current(), randomize()...: checked when it runs
        else:
            found = self.gen(arg)[1]
        what = _KIND_WORDS.get(found, "a plain value")
        raise ExpressionError(
            f"{function}() at character {call.pos} needs a node-set (a path, a ${{reference}} "
            f"or a repeat), not {what}.",
            call.pos,
        )

    def _path_value(self, expr: Path) -> tuple[str, str]:
        steps = expr.steps
        if expr.start is None and not expr.absolute and len(steps) == 1 and not steps[0].predicates:
            if steps[0].axis == "self" and steps[0].name in _ANY_TEST:
                return "_unwrap([ctx.node])", "any"
            if steps[0].axis == "child" and steps[0].name not in _ANY_TEST:
                return f"ctx.child_value({self._constant(steps[0].name)})", "any"
        nodes = self.gen_nodes(expr)
        if steps and steps[-1].predicates:
            return f"_NodeSet({nodes})", "any"
        return f"_unwrap({nodes})", "any"

    # ---- code generation: node-sets ---------------------------------------------------------

    def gen_nodes(self, expr: Expr) -> str:
        """Python source for the list of nodes `expr` selects."""
        if isinstance(expr, Filter):
            return self._predicates(self.gen_nodes(expr.expr), expr.predicates)
        if not isinstance(expr, Path):
            return f"_as_nodes({self.gen(expr)[0]})"
        steps = list(expr.steps)
        if expr.start is not None:
            code = self.gen_nodes(expr.start)
        elif expr.absolute:
            code = "[ctx.root()]"
            if steps and steps[0].axis == "child":
                # '/data' is the root element; a first step naming anything else selects
                # nothing (spec: XPath Paths), as the document has no other child.
                if steps[0].name not in _ANY_TEST:
                    code = f"_root_named(ctx, {self._constant(steps[0].name)})"
                code = self._predicates(code, steps[0].predicates)
                steps = steps[1:]
            elif steps and steps[0].axis == "parent":
                code = "[]"  # the document node has no parent
        else:
            code = "[ctx.node]"
        self.step_names.update(step.name for step in steps)
        for step in steps:
            any_test = step.name in _ANY_TEST
            if step.axis == "child":
                name = self._constant(step.name)
                code = f"_all_children({code})" if any_test else f"_children({code}, {name})"
            else:
                if step.axis == "parent":
                    code = f"_parents({code})"
                if not any_test:
                    code = f"_named({code}, {self._constant(step.name)})"
            code = self._predicates(code, step.predicates)
        return code

    def _predicates(self, code: str, predicates: list[Expr]) -> str:
        for predicate in predicates:
            if isinstance(predicate, Literal) and isinstance(predicate.value, float):
                code = f"_nth({code}, {self._constant(predicate.value)})"
                continue
            body, _ = self.gen(predicate)
            name = self._name("_p")
            self._pending.append(f"def {name}(ctx):\n    return {body}\n")
            code = f"_filter({code}, {name}, ctx)"
        return code

    # ---- helpers ----------------------------------------------------------------------------

    def _bool(self, expr: Expr) -> str:
        code, kind = self.gen(expr)
        return code if kind == "bool" else f"_tb({code})"

    def _num(self, expr: Expr) -> str:
        code, kind = self.gen(expr)
        return code if kind == "num" else f"_tn({code})"

    def _constant(self, value: object) -> str:
        if type(value) is str or (isinstance(value, float) and math.isfinite(value)):
            return repr(value)  # a valid Python literal for every str and finite float
        name = self._name("_k")
        self.globals[name] = value
        return name

    def _name(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def _temp(self) -> str:
        return self._name("_v")

    def _define(self, body: str) -> Fn:
        name = self._name("_f")
        source = "".join(self._pending) + f"def {name}(ctx):\n    return {body}\n"
        self._pending = []
        exec(compile(source, "<xpath expression>", "exec"), self.globals)  # noqa: S102
        function: Fn = self.globals[name]
        return function


def _located(error: ExpressionError, function: str, pos: int) -> ExpressionError:
    """The same message with the function's place added: 'date() at character 5 was ...'."""
    where = f"{function}() at character {pos}"
    message = re.sub(r"^[\w:-]+\(\)", where, str(error), count=1)
    return ExpressionError(message, pos)


# ODK functions a form may name that Tinjau does not run: say so rather than "unknown".
_NOT_SUPPORTED = {
    "geofence": "it is not in the ODK XForms function table",
    "version": "the form version is in the settings sheet",
    "property": "device properties are not available",
}


def _unknown_function(name: str, pos: int) -> str:
    if name in _NOT_SUPPORTED:
        return (
            f"{name}() at character {pos} is not supported in Tinjau forms: {_NOT_SUPPORTED[name]}."
        )
    close = difflib.get_close_matches(name, list(FUNCTIONS), n=1, cutoff=0.6)
    hint = f": did you mean {close[0]}()?" if close else "; check the spelling."
    return f"unknown function '{name}()' at character {pos}{hint}"


def _arity_message(spec: FunctionSpec, count: int, pos: int) -> str:
    if spec.max_args == spec.min_args:
        wanted = _plural(spec.min_args)
    elif spec.max_args is None:
        wanted = f"at least {_plural(spec.min_args)}"
    elif spec.max_args == spec.min_args + 1:
        wanted = f"{spec.min_args} or {_plural(spec.max_args)}"
    else:
        wanted = f"{spec.min_args} to {_plural(spec.max_args)}"
    given = "1 was" if count == 1 else f"{count} were"
    return f"{spec.name}() at character {pos} takes {wanted}, but {given} given."


def _plural(count: int) -> str:
    return "1 argument" if count == 1 else f"{count} arguments"
