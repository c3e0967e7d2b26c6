"""Turns a parsed expression into a tree of Python closures, evaluated without re-walking the AST.

Common shapes get specialised closures (a reference compared with a constant, `[1]` positions,
a bare child name) because the scoring runs the same tests over many households.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence

from app.survey.errors import ExpressionError
from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.functions import FUNCTIONS, FunctionSpec
from app.survey.xpath.operators import (
    ARITHMETIC,
    RELATIONAL,
    atomic_equal,
    equal,
    not_equal,
    relational,
)
from app.survey.xpath.parser import Binary, Call, Expr, Filter, Literal, Path, Ref, Step, Unary
from app.survey.xpath.values import (
    Atomic,
    Node,
    NodeSet,
    Value,
    to_boolean,
    to_number,
    unwrap,
)

Fn = Callable[[EvaluationContext], Value]
NodesFn = Callable[[EvaluationContext], list[Node]]


class ValueNode:
    """A detached leaf node holding one value, so a predicate can filter a plain value."""

    __slots__ = ("_value",)

    def __init__(self, value: Atomic) -> None:
        self._value = value

    def value(self) -> Atomic:
        return self._value

    def is_leaf(self) -> bool:
        return True

    def parent(self) -> Node | None:
        return None

    def children(self, name: str) -> Sequence[Node]:
        return ()

    def position(self) -> int:
        return 1


def as_nodes(value: Value) -> list[Node]:
    """The nodes of a node-set, or one detached node for a plain value."""
    if isinstance(value, NodeSet):
        return list(value.nodes)
    return [ValueNode(value)]


class Compiler:
    """Compiles one expression; collects the `${name}` references it reads."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.references: set[str] = set()

    # ---- values ----------------------------------------------------------------------

    def compile(self, expr: Expr) -> Fn:
        if isinstance(expr, Literal):
            constant: Value = expr.value
            return lambda ctx: constant
        if isinstance(expr, Ref):
            self.references.add(expr.name)
            name = expr.name
            return lambda ctx: ctx.resolve(name)
        if isinstance(expr, Unary):
            inner = self.compile(expr.operand)
            return lambda ctx: -to_number(inner(ctx))
        if isinstance(expr, Binary):
            return self._binary(expr)
        if isinstance(expr, Call):
            return self._call(expr)
        if isinstance(expr, Path):
            return self._path_value(expr)
        nodes_fn = self.compile_nodes(expr)
        return lambda ctx: NodeSet(nodes_fn(ctx))

    def _binary(self, expr: Binary) -> Fn:
        op = expr.op
        left = self.compile(expr.left)
        if op == "|":
            left_nodes = self.compile_nodes(expr.left)
            right_nodes = self.compile_nodes(expr.right)
            return lambda ctx: NodeSet(_union(left_nodes(ctx), right_nodes(ctx)))
        right = self.compile(expr.right)
        if op == "and":
            return lambda ctx: to_boolean(left(ctx)) and to_boolean(right(ctx))
        if op == "or":
            return lambda ctx: to_boolean(left(ctx)) or to_boolean(right(ctx))
        if op in ARITHMETIC:
            arith = ARITHMETIC[op]
            return lambda ctx: arith(to_number(left(ctx)), to_number(right(ctx)))
        constant = expr.right.value if isinstance(expr.right, Literal) else None
        if op in RELATIONAL:
            compare = RELATIONAL[op]
            if isinstance(constant, float):
                return _relational_constant(left, compare, constant)
            return lambda ctx: relational(compare, left(ctx), right(ctx))
        if op == "=":
            if constant is not None:
                return _equal_constant(left, constant, negate=False)
            return lambda ctx: equal(left(ctx), right(ctx))
        if op == "!=":
            if constant is not None:
                return _equal_constant(left, constant, negate=True)
            return lambda ctx: not_equal(left(ctx), right(ctx))
        raise ExpressionError(f"unknown operator '{op}' at character {expr.pos}.", expr.pos)

    def _call(self, expr: Call) -> Fn:
        spec = FUNCTIONS.get(expr.name)
        if spec is None:
            raise ExpressionError(_unknown_function(expr.name, expr.pos), expr.pos)
        count = len(expr.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            raise ExpressionError(_arity_message(spec, count, expr.pos), expr.pos)
        if spec.compile is not None:
            return spec.compile(self, expr)
        args = [self.compile(arg) for arg in expr.args]
        impl = spec.impl
        assert impl is not None
        if spec.context:
            return lambda ctx: impl(ctx, *[arg(ctx) for arg in args])
        if spec.pure and all(isinstance(arg, Literal) for arg in expr.args):
            folded = impl(*[arg(_NO_CONTEXT) for arg in args])
            return lambda ctx: folded
        if count == 0:
            return lambda ctx: impl()
        if count == 1:
            (a,) = args
            return lambda ctx: impl(a(ctx))
        if count == 2:
            a, b = args
            return lambda ctx: impl(a(ctx), b(ctx))
        return lambda ctx: impl(*[arg(ctx) for arg in args])

    # ---- node-sets -------------------------------------------------------------------

    def compile_nodes(self, expr: Expr) -> NodesFn:
        """A closure giving the nodes an expression selects (a plain value becomes one node)."""
        if isinstance(expr, Path):
            return self._path_nodes(expr)
        if isinstance(expr, Filter):
            base = self.compile_nodes(expr.expr)
            predicates = [self._predicate(p) for p in expr.predicates]
            return lambda ctx: _filter(base(ctx), predicates, ctx)
        value_fn = self.compile(expr)
        return lambda ctx: as_nodes(value_fn(ctx))

    def _path_value(self, expr: Path) -> Fn:
        steps = expr.steps
        if expr.start is None and not expr.absolute and len(steps) == 1 and not steps[0].predicates:
            axis, name = steps[0].axis, steps[0].name
            if axis == "self":
                return lambda ctx: unwrap([ctx.node])
            if axis == "child":
                return lambda ctx: ctx.child_value(name)
        nodes_fn = self._path_nodes(expr)
        if steps and steps[-1].predicates:
            return lambda ctx: NodeSet(nodes_fn(ctx))
        return lambda ctx: unwrap(nodes_fn(ctx))

    def _path_nodes(self, expr: Path) -> NodesFn:
        steps = list(expr.steps)
        start: NodesFn
        if expr.start is not None:
            start = self.compile_nodes(expr.start)
        elif expr.absolute:
            root_predicates: list[Fn] = []
            if steps and steps[0].axis == "child":
                # '/data' is the root element itself, whatever the form calls it.
                root_predicates = [self._predicate(p) for p in steps[0].predicates]
                steps = steps[1:]
            if root_predicates:
                return self._then_steps(
                    lambda ctx: _filter([ctx.root()], root_predicates, ctx), steps
                )
            start = lambda ctx: [ctx.root()]  # noqa: E731
        else:
            start = lambda ctx: [ctx.node]  # noqa: E731
        return self._then_steps(start, steps)

    def _then_steps(self, start: NodesFn, steps: list[Step]) -> NodesFn:
        compiled = [(s.axis, s.name, [self._predicate(p) for p in s.predicates]) for s in steps]

        def run(ctx: EvaluationContext) -> list[Node]:
            nodes = start(ctx)
            for axis, name, predicates in compiled:
                if axis == "child":
                    nodes = [child for node in nodes for child in node.children(name)]
                elif axis == "parent":
                    parents: list[Node] = []
                    for node in nodes:
                        parent = node.parent()
                        if parent is not None and not any(parent is p for p in parents):
                            parents.append(parent)
                    nodes = parents
                if predicates:
                    nodes = _filter(nodes, predicates, ctx)
            return nodes

        return run

    def _predicate(self, expr: Expr) -> Fn:
        return self.compile(expr)


class _NoContext(EvaluationContext):
    """Stands in for a context while folding constant calls; any use of it is a bug."""

    def root(self) -> Node:
        raise ExpressionError("a constant expression cannot read the form.")

    def resolve(self, name: str) -> Value:
        raise ExpressionError("a constant expression cannot read the form.")

    def with_node(self, node: Node, position: int, size: int) -> EvaluationContext:
        raise ExpressionError("a constant expression cannot read the form.")


_NO_CONTEXT = _NoContext()


def _filter(nodes: list[Node], predicates: list[Fn], ctx: EvaluationContext) -> list[Node]:
    for predicate in predicates:
        size = len(nodes)
        kept = []
        for index, node in enumerate(nodes, 1):
            verdict = predicate(ctx.with_node(node, index, size))
            if type(verdict) is float:
                if verdict == index:
                    kept.append(node)
            elif to_boolean(verdict):
                kept.append(node)
        nodes = kept
    return nodes


def _union(left: list[Node], right: list[Node]) -> list[Node]:
    merged = list(left)
    for node in right:
        if not any(node is seen for seen in merged):
            merged.append(node)
    return merged


def _relational_constant(left: Fn, compare: Callable[[float, float], bool], constant: float) -> Fn:
    def run(ctx: EvaluationContext) -> Value:
        value = left(ctx)
        if type(value) is float:
            return compare(value, constant)
        if isinstance(value, NodeSet):
            return any(compare(to_number(v), constant) for v in value.values())
        return compare(to_number(value), constant)

    return run


def _equal_constant(left: Fn, constant: str | float, negate: bool) -> Fn:
    is_text = isinstance(constant, str)

    def run(ctx: EvaluationContext) -> Value:
        value = left(ctx)
        kind = type(value)
        if (kind is str and is_text) or (kind is float and not is_text):
            return (value == constant) != negate
        if isinstance(value, NodeSet):
            return (not_equal if negate else equal)(value, constant)
        return atomic_equal(value, constant) != negate

    return run


def _unknown_function(name: str, pos: int) -> str:
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
