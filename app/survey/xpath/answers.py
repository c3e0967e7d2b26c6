"""The reference EvaluationContext over a plain answer dict, as `tinjau form fill` takes it.

Keys are question names (groups are transparent), a repeat is a list of dicts, numbers are
int/float, a select_multiple is a space-separated string or a list of strings, dates are ISO
strings, and a missing or None answer is ''.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from app.survey.xpath.context import EvaluationContext, Predicate, predicate_keeps
from app.survey.xpath.runtime import ValueNode
from app.survey.xpath.values import (
    Atomic,
    Node,
    NodeSet,
    Value,
    int_to_float,
    to_string,
)

_MISSING = object()


def _is_repeat(raw: object) -> bool:
    if type(raw) is not list or not raw:
        return False
    if type(raw[0]) is dict and all(type(item) is dict for item in raw):
        return True
    return all(isinstance(item, Mapping) for item in raw)


def answer_value(raw: object) -> Atomic:
    """One raw answer as an XPath atomic value."""
    kind = type(raw)
    if kind is str or kind is float or kind is bool:
        return raw  # type: ignore[return-value]
    if kind is int:
        return int_to_float(raw)  # type: ignore[arg-type]
    if raw is None:
        return ""
    if isinstance(raw, list | tuple):
        return " ".join(to_string(item) for item in raw if not isinstance(item, Mapping))
    if isinstance(raw, Mapping):
        return ""
    if isinstance(raw, datetime):
        return raw.isoformat(timespec="milliseconds")
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, int):
        return int_to_float(raw)
    if isinstance(raw, float | Decimal):
        return float(raw)
    return to_string(raw)


class DictNode:
    """A node of the dict tree: `raw` is the answer, a repeat instance dict or the root dict."""

    __slots__ = ("_parent", "name", "raw", "_position")

    def __init__(self, parent: DictNode | None, name: str, raw: object, position: int) -> None:
        self._parent = parent
        self.name = name
        self.raw = raw
        self._position = position

    def value(self) -> Atomic:
        return answer_value(self.raw)

    def is_leaf(self) -> bool:
        return not isinstance(self.raw, Mapping)

    def parent(self) -> DictNode | None:
        return self._parent

    def position(self) -> int:
        return self._position

    def child_nodes(self) -> list[DictNode]:
        raw = self.raw
        if not isinstance(raw, Mapping):
            return []
        return [node for name in raw for node in self.children(str(name))]

    def children(self, name: str) -> Sequence[DictNode]:
        raw = self.raw
        if not isinstance(raw, Mapping) or name not in raw:
            return ()
        child = raw[name]
        if _is_repeat(child):
            return [DictNode(self, name, item, i) for i, item in enumerate(child, 1)]
        return [DictNode(self, name, child, 1)]

    def __repr__(self) -> str:
        return f"DictNode({self.name!r}, {self._position})"


class _RepeatMemo:
    """The repeat-instance nodes of one answer dict, kept from one context to the next.

    The scoring evaluates a dozen tests on a household, often each through its own
    evaluate_on_answers() call; without this every call would rebuild ${members}. A memo entry
    is used only while the answer dict holds the very same list with the very same instance
    dicts, so adding, removing or replacing an instance is always seen; the instances' fields
    are read live from their dicts.
    """

    __slots__ = ("answers", "root", "repeats")

    def __init__(self, answers: Mapping[str, Any]) -> None:
        self.answers = answers
        self.root = DictNode(None, "data", answers, 1)
        self.repeats: dict[str, tuple[list[Any], NodeSet]] = {}


_last_memo: _RepeatMemo | None = None


def _memo_for(answers: Mapping[str, Any]) -> _RepeatMemo:
    global _last_memo
    memo = _last_memo
    if memo is None or memo.answers is not answers:
        memo = _last_memo = _RepeatMemo(answers)
    return memo


class _Shared:
    """What every context made from one answer dict shares (built lazily)."""

    __slots__ = ("answers", "variables", "root", "cache", "memo", "clock", "labels")

    def __init__(
        self,
        answers: Mapping[str, Any],
        variables: Mapping[str, Any] | None,
        clock: datetime | None,
        labels: Mapping[str, Mapping[str, str]] | None,
    ) -> None:
        self.answers = answers
        self.variables = variables or None
        self.memo = _memo_for(answers)
        self.root = self.memo.root
        # Values of names resolved at the top level: the answers are read, never changed, while
        # a context lives, and a household's dozen tests read ${members} many times.
        self.cache: dict[str, Value] = {}
        self.clock = clock
        self.labels = labels


def _top_repeat(shared: _Shared, key: str, raw: list[Any]) -> NodeSet:
    """The instance nodes of top-level repeat `key`, from the memo while it still matches."""
    memo = shared.memo.repeats
    hit = memo.get(key)
    if hit is not None and hit[0] is raw:
        nodes = hit[1].nodes
        if len(nodes) == len(raw) and all(
            node.raw is item  # type: ignore[attr-defined]
            for node, item in zip(nodes, raw, strict=True)
        ):
            return hit[1]
    value = NodeSet([DictNode(shared.root, key, item, i) for i, item in enumerate(raw, 1)])
    memo[key] = (raw, value)
    return value


def _repeat_field(shared: _Shared, name: str) -> Value:
    """`name` read from outside its repeat: the NodeSet of it in every instance, or ''."""
    fields: list[tuple[Sequence[DictNode], str]] = []
    found = False
    pending = [shared.root]
    while pending:
        container = pending.pop(0)
        raw_container = container.raw
        if type(raw_container) is not dict and not isinstance(raw_container, Mapping):
            continue
        for key, raw in raw_container.items():
            if type(raw) is not list or not _is_repeat(raw):
                continue
            instances: Sequence[DictNode]
            if container is shared.root:
                # The repeat's own instance nodes, the same objects ${repeat} gives.
                instances = cast(Sequence[DictNode], _top_repeat(shared, key, raw).nodes)
            else:
                instances = [DictNode(container, key, item, i) for i, item in enumerate(raw, 1)]
            if any(name in item for item in raw):
                found = True
                fields.append((instances, name))
            else:
                pending.extend(instances)
    if not found:
        return ""
    return FieldNodeSet(fields[0][0], name) if len(fields) == 1 else _joined(fields)


def _joined(fields: list[tuple[Sequence[DictNode], str]]) -> NodeSet:
    nodes: list[Node] = []
    for instances, name in fields:
        nodes.extend(FieldNodeSet(instances, name).nodes)
    return NodeSet(nodes)


class FieldNodeSet(NodeSet):
    """One question across every instance of its repeat, built lazily: sum() and max() read
    the values straight from the instance dicts, and nodes are made only for paths."""

    __slots__ = ("_instances", "_name", "_nodes")

    def __init__(self, instances: Sequence[DictNode], name: str) -> None:
        self._instances = instances
        self._name = name
        self._nodes: list[Node] | None = None

    @property
    def nodes(self) -> Sequence[Node]:  # type: ignore[override]
        if self._nodes is None:
            name = self._name
            # An instance without the key still has the (empty) question, as in ODK.
            self._nodes = [
                DictNode(inst, name, cast(Mapping[str, Any], inst.raw).get(name), 1)
                for inst in self._instances
            ]
        return self._nodes

    def values(self) -> list[Atomic]:
        name = self._name
        return [answer_value(cast(Mapping[str, Any], i.raw).get(name)) for i in self._instances]

    def first(self) -> Atomic:
        instances = self._instances
        return (
            answer_value(cast(Mapping[str, Any], instances[0].raw).get(self._name))
            if instances
            else ""
        )

    def __len__(self) -> int:
        return len(self._instances)

    def __bool__(self) -> bool:
        return bool(self._instances)


class AnswerContext(EvaluationContext):
    """An EvaluationContext over an answer dict; reuse one per household for many expressions.

    `variables` are extra `${name}` values that win over top-level answers and repeat fields
    (e.g. a poverty line), though inside a repeat instance its own fields come first;
    `now` fixes the clock for `today()`/`now()`; `choice_labels[question][value]` feeds
    `jr:choice-name()`.

        ctx = AnswerContext({"members": [{"age": 34}, {"age": 4}], "floor_area": 40})
        compile_expression("count(${members}[age < 6])").evaluate(ctx)   # 1.0
    """

    __slots__ = ("_shared", "node", "_position", "_size", "_origin")

    def __init__(
        self,
        answers: Mapping[str, Any],
        variables: Mapping[str, Any] | None = None,
        *,
        now: datetime | None = None,
        choice_labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self._shared = _Shared(answers, variables, now, choice_labels)
        self.node: DictNode = self._shared.root
        self._position = 0
        self._size = 1
        self._origin: Node | None = None  # current(): set inside predicates

    def root(self) -> Node:
        return self._shared.root

    def with_node(self, node: Node, position: int, size: int) -> AnswerContext:
        other = type(self).__new__(type(self))
        other._shared = self._shared
        other.node = _own_node(node)
        other._position = position
        other._size = size
        other._origin = None  # a context centred anew: current() is its own node
        return other

    def current_node(self) -> Node:
        return self._origin if self._origin is not None else self.node

    def filter_nodes(self, nodes: Sequence[Node], predicate: Predicate) -> list[Node]:
        # One cursor re-pointed at each node: scoring tests a predicate on every member of
        # every household, and a context per member would double the cost. The predicate's
        # generated code never keeps the context it is given.
        cursor = type(self).__new__(type(self))
        cursor._shared = self._shared
        cursor._size = len(nodes)
        cursor._origin = self.current_node()
        kept = []
        position = 0
        for node in nodes:
            position += 1
            cursor.node = node if type(node) is DictNode else _own_node(node)
            cursor._position = position
            verdict = predicate(cursor)
            # Booleans (nearly every predicate) decided inline; the rest by the shared rule.
            if verdict is True or (verdict is not False and predicate_keeps(verdict, position)):
                kept.append(node)
        return kept

    def position(self) -> int:
        return self._position or self.node.position()

    def size(self) -> int:
        return self._size

    def resolve(self, name: str) -> Value:
        shared = self._shared
        node: DictNode | None = self.node if type(self.node) is DictNode else None
        root = shared.root
        # ODK's relative rule: the innermost enclosing repeat instance that has the question
        # (inside `${members}[...]` a member's own field wins, even over a variable).
        while node is not None and node is not root:
            raw = node.raw
            if type(raw) is dict and name in raw:
                return _to_value(node, name, raw[name])
            node = node._parent
        variables = shared.variables
        if variables is not None and name in variables:
            return _to_value(root, name, variables[name])
        cached = shared.cache.get(name, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        raw = shared.answers.get(name, _MISSING)
        if raw is _MISSING:
            value = _repeat_field(shared, name)
        elif type(raw) is list and _is_repeat(raw):
            value = _top_repeat(shared, name, raw)
        else:
            value = _to_value(root, name, raw)
        shared.cache[name] = value
        return value

    def child_value(self, name: str) -> Value:
        raw = getattr(self.node, "raw", None)
        if type(raw) is dict:
            child = raw.get(name, _MISSING)
            if child is _MISSING:
                return ""  # a question left out of the dict is unanswered, as None is
            return _to_value(self.node, name, child)
        return super().child_value(name)

    def choice_label(self, question: str, value: str) -> str:
        labels = self._shared.labels
        if not labels or question not in labels:
            return ""
        return labels[question].get(value, "")

    def now(self) -> datetime:
        clock = self._shared.clock
        return clock if clock is not None else datetime.now().astimezone()


def _own_node(node: Node) -> Any:
    """A node to centre a context on: a detached value becomes a DictNode; a node of another
    tree (a secondary instance's element) is kept, and ${name} then reads the answers."""
    if isinstance(node, ValueNode):
        return DictNode(None, "", node.value(), 1)
    return node


def _to_value(parent: DictNode, name: str, raw: object) -> Value:
    kind = type(raw)
    if kind is str or kind is float:
        return raw  # type: ignore[return-value]
    if type(raw) is list:
        if not raw:
            return NodeSet(())
        if _is_repeat(raw):
            return NodeSet([DictNode(parent, name, item, i) for i, item in enumerate(raw, 1)])
    if isinstance(raw, Mapping):
        return NodeSet([DictNode(parent, name, raw, 1)])
    return answer_value(raw)
