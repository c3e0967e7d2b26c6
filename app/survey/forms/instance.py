"""The instance tree a form session fills: one node per answer, group and repeat instance.

Nodes implement the expression engine's `Node` protocol (value/parent/children/position), and
`SessionContext` implements its `EvaluationContext` over them, with ODK's `${name}` rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.survey.forms.answers import atomic
from app.survey.forms.model import Choice, Question
from app.survey.xpath import Atomic, EvaluationContext, NodeSet, Value

if TYPE_CHECKING:
    from app.survey.forms.engine import SessionEngine

_NO_NODES: tuple[InstanceNode, ...] = ()


class InstanceNode:
    """One node: the root, a group, a repeat instance, or a question's answer.

    Besides the tree it carries the evaluated state of its question in this instance
    (relevance, required, read-only, constraint result, offered choices, current error).
    """

    __slots__ = (
        "question",
        "up",
        "kids",
        "answer",
        "atomic",
        "index",
        "own_relevant",
        "relevant",
        "required",
        "read_only",
        "constraint_ok",
        "offered",
        "error",
    )

    def __init__(self, question: Question | None, up: InstanceNode | None, index: int = 0):
        self.question = question
        self.up = up
        self.kids: dict[str, list[InstanceNode]] = {}
        self.answer: Any = None
        self.atomic: Atomic = ""
        self.index = index
        self.own_relevant = True
        self.relevant = True
        self.required = False
        self.read_only = False
        self.constraint_ok = True
        self.offered: list[Choice] | None = None
        self.error: str | None = None

    # --- the engine's Node protocol ---------------------------------------------------
    def value(self) -> Atomic:
        # As in JavaRosa, a question that is not relevant reads as empty in every expression.
        return self.atomic if self.relevant else ""

    def is_leaf(self) -> bool:
        return self.question is not None and not self.question.is_container

    def parent(self) -> InstanceNode | None:
        return self.up

    def children(self, name: str) -> Sequence[InstanceNode]:
        return self.kids.get(name, _NO_NODES)

    def child_nodes(self) -> list[InstanceNode]:
        return [kid for group in self.kids.values() for kid in group]

    def position(self) -> int:
        return self.index + 1

    # --- helpers ----------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.question.name if self.question else ""

    def set_answer(self, value: Any) -> None:
        self.answer = value
        self.atomic = atomic(value)

    def repeat_chain(self) -> list[InstanceNode]:
        """The repeat instances this node sits in (itself included), outermost first."""
        chain = []
        node: InstanceNode | None = self
        while node is not None:
            if node.question is not None and node.question.type == "repeat":
                chain.append(node)
            node = node.up
        chain.reverse()
        return chain

    def indices(self) -> tuple[int, ...]:
        """0-based positions of the enclosing repeat instances, outermost first."""
        return tuple(n.index for n in self.repeat_chain())

    def address(self) -> str:
        """`members[2].age`: repeats with their 0-based index, groups left out."""
        parts = [f"{n.name}[{n.index}]" for n in self.repeat_chain()]
        if self.question is not None and self.question.type != "repeat":
            parts.append(self.name)
        return ".".join(parts)

    def walk(self) -> list[InstanceNode]:
        """This node and every node below it, in document order."""
        out = [self]
        for group in self.kids.values():
            for kid in group:
                out += kid.walk()
        return out


def descend(anchor: InstanceNode, steps: Sequence[str]) -> list[InstanceNode]:
    """Every node reached from `anchor` down the names in `steps` (repeats fan out)."""
    nodes = [anchor]
    for step in steps:
        nodes = [kid for node in nodes for kid in node.kids.get(step, _NO_NODES)]
        if not nodes:
            break
    return nodes


def anchor_for(node: InstanceNode, repeats: tuple[str, ...], root: InstanceNode) -> InstanceNode:
    """The deepest repeat instance around `node` that `repeats` (outermost first) also enters."""
    anchor = root
    chain = node.repeat_chain()
    for position, repeat in enumerate(repeats):
        if position < len(chain) and chain[position].name == repeat:
            anchor = chain[position]
        else:
            break
    return anchor


class ChoiceNode:
    """A choice seen as an instance node, so a choice_filter can read its columns (`cf`, `name`)."""

    __slots__ = ("choice", "label")

    def __init__(self, choice: Choice, label: str) -> None:
        self.choice = choice
        self.label = label

    def value(self) -> Atomic:
        return ""

    def is_leaf(self) -> bool:
        return False

    def parent(self) -> None:
        return None

    def children(self, name: str) -> Sequence[_Leaf]:
        if name == "name":
            return (_Leaf(self.choice.name),)
        if name == "label":
            return (_Leaf(self.label),)
        found = self.choice.extras.get(name)
        return (_Leaf(found),) if found is not None else ()

    def child_nodes(self) -> list[_Leaf]:
        names = ("name", "label", *self.choice.extras)
        return [leaf for name in names for leaf in self.children(name)]

    def position(self) -> int:
        return 1


class _Leaf:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def value(self) -> Atomic:
        return self.text

    def is_leaf(self) -> bool:
        return True

    def parent(self) -> None:
        return None

    def children(self, name: str) -> Sequence[_Leaf]:
        return ()

    def position(self) -> int:
        return 1


class SessionContext(EvaluationContext):
    """The engine's view of a session: `node` is evaluated, `${name}` is resolved from `anchor`,
    and `origin` is the question's own node (what `current()` gives, inside predicates too)."""

    __slots__ = ("session", "node", "anchor", "_position", "_size", "origin")

    def __init__(
        self,
        session: SessionEngine,
        node: Any,
        anchor: InstanceNode,
        position: int = 0,
        size: int = 1,
        origin: InstanceNode | None = None,
    ) -> None:
        self.session = session
        self.node = node
        self.anchor = anchor
        self._position = position
        self._size = size
        self.origin = origin if origin is not None else anchor

    def root(self) -> InstanceNode:
        return self.session.root

    def resolve(self, name: str) -> Value:
        return resolve(self.session, self.anchor, name)

    def with_node(self, node: Any, position: int, size: int) -> SessionContext:
        anchor = node if isinstance(node, InstanceNode) else self.anchor
        return SessionContext(self.session, node, anchor, position, size, self.origin)

    def current_node(self) -> InstanceNode:
        return self.origin

    def root_name(self) -> str:
        return self.session.definition.root_name

    def instance(self, instance_id: str) -> Any:
        return self.session.secondary_instance(instance_id)

    def itext(self, text_id: str) -> str:
        return self.session.itext(text_id)

    def random_seed(self) -> int:
        return self.session.random_seed

    def position(self) -> int:
        return self._position or self.node.position()

    def size(self) -> int:
        return self._size

    def choice_label(self, question: str, value: str) -> str:
        return self.session.choice_label(question, value)

    def now(self) -> datetime:
        return self.session.clock()


def resolve(session: SessionEngine, start: InstanceNode, name: str) -> Value:
    """`${name}` seen from `start`, by ODK's rule (see EvaluationContext.resolve)."""
    target = session.form.questions[name]
    anchor = anchor_for(start, target.repeats, session.root)
    base = len(anchor.question.path) if anchor.question is not None else 0
    nodes = descend(anchor, target.path[base:])
    if target.type == "repeat":
        return NodeSet(nodes)
    depth = len(anchor.repeat_chain()) if anchor is not session.root else 0
    if depth == len(target.repeats):
        return nodes[0].value() if nodes else ""
    return NodeSet(nodes)
