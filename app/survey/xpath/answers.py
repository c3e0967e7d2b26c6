"""The reference EvaluationContext over a plain answer dict, as `tinjau form fill` takes it.

Keys are question names (groups are transparent), a repeat is a list of dicts, numbers are
int/float, a select_multiple is a space-separated string or a list of strings, dates are ISO
strings, and a missing or None answer is ''.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from app.survey.xpath.context import EvaluationContext
from app.survey.xpath.values import Atomic, Node, NodeSet, Value, to_string

_MISSING = object()


def _is_repeat(raw: object) -> bool:
    return type(raw) is list and bool(raw) and all(isinstance(item, Mapping) for item in raw)


def answer_value(raw: object) -> Atomic:
    """One raw answer as an XPath atomic value."""
    kind = type(raw)
    if kind is str or kind is float or kind is bool:
        return raw  # type: ignore[return-value]
    if kind is int:
        return float(raw)  # type: ignore[arg-type]
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
    if isinstance(raw, int | float):
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


class _Shared:
    """What every context made from one answer dict shares (built lazily)."""

    __slots__ = ("answers", "variables", "root", "repeat_paths", "clock", "labels")

    def __init__(
        self,
        answers: Mapping[str, Any],
        variables: Mapping[str, Any] | None,
        clock: datetime | None,
        labels: Mapping[str, Mapping[str, str]] | None,
    ) -> None:
        self.answers = answers
        self.variables = variables or None
        self.root = DictNode(None, "data", answers, 1)
        self.repeat_paths: dict[str, list[tuple[str, ...]]] | None = None
        self.clock = clock
        self.labels = labels

    def paths_of(self, name: str) -> list[tuple[str, ...]]:
        if self.repeat_paths is None:
            index: dict[str, list[tuple[str, ...]]] = {}
            _index_repeats(self.answers, (), index)
            self.repeat_paths = index
        return self.repeat_paths.get(name, [])


def _index_repeats(
    container: Mapping[str, Any], path: tuple[str, ...], index: dict[str, list[tuple[str, ...]]]
) -> None:
    for key, raw in container.items():
        if not _is_repeat(raw):
            continue
        inner = (*path, key)
        names: dict[str, None] = {}
        for item in raw:
            names.update(dict.fromkeys(item))
        for name in names:
            index.setdefault(name, []).append(inner)
        for item in raw:
            _index_repeats(item, inner, index)


class AnswerContext(EvaluationContext):
    """An EvaluationContext over an answer dict; reuse one per household for many expressions.

    `variables` are extra `${name}` values that win over answers (e.g. a poverty line);
    `now` fixes the clock for `today()`/`now()`; `choice_labels[question][value]` feeds
    `jr:choice-name()`.

        ctx = AnswerContext({"members": [{"age": 34}, {"age": 4}], "floor_area": 40})
        compile_expression("count(${members}[age < 6])").evaluate(ctx)   # 1.0
    """

    __slots__ = ("_shared", "node", "_position", "_size")

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

    def root(self) -> Node:
        return self._shared.root

    def with_node(self, node: Node, position: int, size: int) -> AnswerContext:
        other = AnswerContext.__new__(AnswerContext)
        other._shared = self._shared
        if not isinstance(node, DictNode):  # a detached value being filtered
            node = DictNode(None, "", node.value(), 1)
        other.node = node
        other._position = position
        other._size = size
        return other

    def position(self) -> int:
        return self._position or self.node.position()

    def size(self) -> int:
        return self._size

    def resolve(self, name: str) -> Value:
        shared = self._shared
        variables = shared.variables
        if variables is not None and name in variables:
            return _to_value(shared.root, name, variables[name])
        node: DictNode | None = self.node
        root = shared.root
        # ODK's relative rule: the innermost enclosing repeat instance that has the question.
        while node is not None and node is not root:
            raw = node.raw
            if type(raw) is dict and name in raw:
                return _to_value(node, name, raw[name])
            node = node._parent
        raw = shared.answers.get(name, _MISSING)
        if raw is not _MISSING:
            return _to_value(root, name, raw)
        paths = shared.paths_of(name)
        if not paths:
            return ""
        nodes: list[Node] = []
        for path in paths:
            for instance in _instances(root, path):
                nodes.append(DictNode(instance, name, instance.raw.get(name), 1))  # type: ignore[attr-defined]
        return NodeSet(nodes)

    def child_value(self, name: str) -> Value:
        raw = self.node.raw
        if type(raw) is dict:
            child = raw.get(name, _MISSING)
            if child is _MISSING:
                return NodeSet(())
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


def _to_value(parent: DictNode, name: str, raw: object) -> Value:
    kind = type(raw)
    if kind is str or kind is float:
        return raw  # type: ignore[return-value]
    if kind is int:
        return float(raw)  # type: ignore[arg-type]
    if type(raw) is list:
        if not raw:
            return NodeSet(())
        if _is_repeat(raw):
            return NodeSet([DictNode(parent, name, item, i) for i, item in enumerate(raw, 1)])
    if isinstance(raw, Mapping):
        return NodeSet([DictNode(parent, name, raw, 1)])
    return answer_value(raw)


def _instances(root: DictNode, path: tuple[str, ...]) -> list[DictNode]:
    level = [root]
    for key in path:
        level = [child for node in level for child in node.children(key) if not child.is_leaf()]
    return level
