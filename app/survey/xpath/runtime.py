"""Helpers that generated expression code calls: node-set steps, predicates and unions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.values import Atomic, Node, NodeSet, Value

Fn = Callable[[EvaluationContext], Value]


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

    def child_nodes(self) -> Sequence[Node]:
        return ()


def as_nodes(value: Value) -> Sequence[Node]:
    """The nodes of a node-set, one detached node for a plain value, none for ''.

    '' is what a missing answer or repeat reads as, so `${members}[1]` selects nothing when
    the household has no member list, just as count(${members}) is 0.
    """
    if isinstance(value, NodeSet):
        return value.nodes
    return [ValueNode(value)] if value != "" else []


def children(nodes: Sequence[Node], name: str) -> list[Node]:
    return [child for node in nodes for child in node.children(name)]


def all_children(nodes: Sequence[Node]) -> list[Node]:
    """`*` and `node()`: every child element, for nodes that can list them (`child_nodes`)."""
    found: list[Node] = []
    for node in nodes:
        listing = getattr(node, "child_nodes", None)
        if listing is not None:
            found.extend(listing())
    return found


def named(nodes: Sequence[Node], name: str) -> list[Node]:
    """`self::name`, `parent::name`: the nodes called `name`."""
    return [node for node in nodes if getattr(node, "name", None) == name]


def root_named(ctx: EvaluationContext, name: str) -> list[Node]:
    """`/name`: the root when it is called `name` (or the context does not say), else nothing."""
    expected = ctx.root_name()
    return [ctx.root()] if expected is None or expected == name else []


def parents(nodes: Sequence[Node]) -> list[Node]:
    found: list[Node] = []
    for node in nodes:
        parent = node.parent()
        if parent is not None and not any(parent is seen for seen in found):
            found.append(parent)
    return found


def nth(nodes: Sequence[Node], position: float) -> Sequence[Node]:
    """`[3]`: the node at that 1-based position, if any."""
    if position.is_integer() and 1 <= position <= len(nodes):
        return [nodes[int(position) - 1]]
    return []


def filter_nodes(nodes: Sequence[Node], predicate: Fn, ctx: EvaluationContext) -> list[Node]:
    """Keep the nodes for which `predicate` holds (the context decides how to visit them)."""
    return ctx.filter_nodes(nodes, predicate)


def union(left: Sequence[Node], right: Sequence[Node]) -> NodeSet:
    merged = list(left)
    for node in right:
        if not any(node is seen for seen in merged):
            merged.append(node)
    return NodeSet(merged)
