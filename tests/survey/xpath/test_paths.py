"""References and paths: ${name} resolution, repeats, predicates, '.', '..', positions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from app.survey.xpath import (
    AnswerContext,
    Atomic,
    EvaluationContext,
    Node,
    NodeSet,
    Value,
    compile_expression,
    evaluate_on_answers,
    unwrap,
)

HOUSEHOLD: dict[str, Any] = {
    "floor_area": 40,
    "district": "Kepong",
    "members": [
        {
            "name": "Aminah",
            "age": 41,
            "health_insurance": "no",
            "member_income": 1500,
            "children": [{"child_age": 12}, {"child_age": 9}],
        },
        {"name": "Rosli", "age": 45, "health_insurance": "yes", "member_income": 2100},
        {"name": "Nur", "age": 5, "health_insurance": "no", "member_income": ""},
    ],
    "visits": [{"visit_date": "2026-01-05"}, {"visit_date": "2026-02-09"}],
}


def ev(text: str, answers: dict[str, Any] | None = None) -> Any:
    return evaluate_on_answers(text, HOUSEHOLD if answers is None else answers)


def field_context(repeat: str, index: int, field: str) -> AnswerContext:
    """A context centred on `field` of instance `index` (1-based) of `repeat`."""
    root = AnswerContext(HOUSEHOLD)
    instance = root.root().children(repeat)[index - 1]
    return root.with_node(instance.children(field)[0], 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("count(${members}[age >= 6 and health_insurance = 'no']) > 0", True),
        ("count(${members}[age >= 6 and health_insurance = 'no'])", 1.0),
        ("count(${members}[${age} < 18])", 1.0),
        ("count(${members}[health_insurance = 'no'][age < 18])", 1.0),
        ("${members}[age > 42]/name", "Rosli"),
        ("${members}[1]/name", "Aminah"),
        ("${members}[3]/name", "Nur"),
        ("count(${members}[4])", 0.0),
        ("${members}[position() = 2]/name", "Rosli"),
        ("${members}[last()]/name", "Nur"),
        ("${members}[position() > 1][1]/name", "Rosli"),
        ("${members}[2]", NodeSet),
        ("sum(${members}[health_insurance = 'no']/member_income)", 1500.0),
        ("count(${members}[member_income = ''])", 1.0),
        ("count(${members}[not(member_income)])", 1.0),
        ("count(${members}[children])", 1.0),
        ("sum(${members}/children/child_age)", 21.0),
        ("sum(${child_age})", 21.0),
        ("count(${members}[count(children) > 1])", 1.0),
        ("count(${members}[missing_field = 'x'])", 0.0),
        ("${members}[age = 5]/../district", "Kepong"),
        ("/data/floor_area", 40.0),
        ("/household/district", "Kepong"),
        ("count(/data/members)", 3.0),
        ("/data/members[2]/name", "Rosli"),
        ("count(/data/members[age < 18])", 1.0),
        ("${floor_area} div count(${members}) < 15", True),
        ("sum(${member_income}) div count(${members})", 1200.0),
        ("max(${visit_date}) = '2026-02-09'", True),
        ("date(max(${visit_date}))", "2026-02-09"),
    ],
)
def test_paths_from_the_top(text: str, expected: Any) -> None:
    """Predicates filter repeat instances; bare names and ${name} read the instance's fields."""
    result = ev(text)
    if expected is NodeSet:
        assert isinstance(result, NodeSet) and len(result) == 1
    else:
        assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (".", 45.0),
        ("${age}", 45.0),
        ("${name}", "Rosli"),
        ("../name", "Rosli"),
        ("./../name", "Rosli"),
        ("../../district", "Kepong"),
        ("${district}", "Kepong"),
        ("${floor_area}", 40.0),
        ("position(..)", 2.0),
        ("position(../..)", 1.0),
        (". > 18 and . < 100", True),
        ("${age} - ../../members[1]/age", 4.0),
        ("count(../../members)", 3.0),
        ("indexed-repeat(${name}, ${members}, 1)", "Aminah"),
        ("indexed-repeat(${name}, ${members}, position(..) + 1)", "Nur"),
        ("indexed-repeat(${name}, ${members}, 9)", ""),
        ("indexed-repeat(${name}, ${members}, 0)", ""),
        ("indexed-repeat(${child_age}, ${members}, 1, ${children}, 2)", 9.0),
        ("indexed-repeat(../name, ${members}, 3)", "Nur"),
        ("sum(${member_income})", 2100.0),
        ("sum(../../members/member_income)", 3600.0),
        ("count(${members})", 3.0),
    ],
)
def test_relative_references_inside_a_repeat(text: str, expected: Any) -> None:
    """Inside a repeat, ${name} is the same instance's sibling (ODK rule); '..' climbs up."""
    assert compile_expression(text).evaluate(field_context("members", 2, "age")) == expected


def test_nested_repeat_reads_its_own_instance_then_outward() -> None:
    """In a nested repeat, ${name} finds the inner instance's field, then the enclosing ones."""
    root = AnswerContext(HOUSEHOLD)
    child = root.root().children("members")[0].children("children")[1]
    ctx = root.with_node(child.children("child_age")[0], 1, 1)
    assert compile_expression("${child_age}").evaluate(ctx) == 9.0
    assert compile_expression("${name}").evaluate(ctx) == "Aminah"
    assert compile_expression("position(..)").evaluate(ctx) == 2.0
    assert compile_expression("position(../..)").evaluate(ctx) == 1.0
    assert compile_expression("${age} - ${child_age}").evaluate(ctx) == 32.0


def test_repeat_instance_missing_a_field_counts_as_empty() -> None:
    """An instance dict without a field still has that (empty) question, as in ODK."""
    answers = {"members": [{"age": 3, "income": 10}, {"age": 40}]}
    assert ev("count(${income})", answers) == 2.0
    assert ev("count(${members}[income = ''])", answers) == 1.0
    assert ev("sum(${income})", answers) == 10.0


def test_variables_are_visible_inside_predicates() -> None:
    """A variable passed by the caller can be compared with each instance's field."""
    result = evaluate_on_answers(
        "count(${members}[age >= ${school_age}])", HOUSEHOLD, {"school_age": 6}
    )
    assert result == 2.0


def test_empty_and_missing_repeats() -> None:
    """An empty or missing repeat has no instances: counts are 0, sums 0, max NaN."""
    for answers in ({"members": []}, {}, {"members": None}):
        assert ev("count(${members})", answers) == 0.0
        assert ev("count(${members}[age > 1]) > 0", answers) is False
        assert ev("count(${members}[1])", answers) == 0.0
        assert ev("${members}[1]/age = ''", answers) is False


def test_position_inside_predicate_and_outside() -> None:
    """position() is the place in the filtered list inside a predicate, else the node's own."""
    assert ev("${members}[position() = last()]/name") == "Nur"
    ctx = field_context("members", 3, "name")
    assert compile_expression("position(..)").evaluate(ctx) == 3.0


def test_references_of_paths_and_indexed_repeat() -> None:
    """References list ${names} anywhere, including indexed-repeat and predicates."""
    expr = compile_expression("indexed-repeat(${name}, ${members}, ${idx}) = ${members}[x > 1]/y")
    assert expr.references == frozenset({"name", "members", "idx"})


class TreeNode:
    """A minimal instance tree of another shape, to show the protocol is all the engine needs."""

    def __init__(self, name: str, value: Atomic = "", position: int = 1) -> None:
        self.name, self._value, self._position = name, value, position
        self.up: TreeNode | None = None
        self.kids: list[TreeNode] = []

    def add(self, *kids: TreeNode) -> TreeNode:
        for kid in kids:
            kid.up = self
            self.kids.append(kid)
        return self

    def value(self) -> Atomic:
        return self._value

    def is_leaf(self) -> bool:
        return not self.kids

    def parent(self) -> Node | None:
        return self.up

    def children(self, name: str) -> Sequence[Node]:
        return [kid for kid in self.kids if kid.name == name]

    def position(self) -> int:
        return self._position


class TreeContext(EvaluationContext):
    """Resolves ${name} by searching the nearest enclosing instance, then the whole tree."""

    def __init__(self, root: TreeNode, node: TreeNode, position: int = 0, size: int = 1) -> None:
        self._root, self.node, self._position, self._size = root, node, position, size

    def root(self) -> Node:
        return self._root

    def with_node(self, node: Node, position: int, size: int) -> EvaluationContext:
        assert isinstance(node, TreeNode)
        return TreeContext(self._root, node, position, size)

    def position(self) -> int:
        return self._position or self.node.position()

    def size(self) -> int:
        return self._size

    def resolve(self, name: str) -> Value:
        node: TreeNode | None = self.node
        while node is not None:
            found = node.children(name)
            if found:
                return unwrap(found)
            node = node.up
        return ""

    def choice_label(self, question: str, value: str) -> str:
        return f"{question}:{value}"


def test_protocol_over_another_tree() -> None:
    """A context written over a different tree runs paths, predicates and positions."""
    people = [
        TreeNode("person", position=i).add(TreeNode("age", age), TreeNode("sex", sex))
        for i, (age, sex) in enumerate([(30.0, "f"), (8.0, "m"), (70.0, "f")], 1)
    ]
    root = TreeNode("data").add(TreeNode("village", "Ba Dinh"), *people)
    top = TreeContext(root, root)
    assert compile_expression("count(${person}[age > 18 and sex = 'f'])").evaluate(top) == 2.0
    assert compile_expression("/data/person[2]/age").evaluate(top) == 8.0
    assert compile_expression("sum(person/age)").evaluate(top) == 108.0
    inside = TreeContext(root, people[1].kids[0])
    assert compile_expression("${sex}").evaluate(inside) == "m"
    assert compile_expression("position(..)").evaluate(inside) == 2.0
    assert compile_expression("../../village").evaluate(inside) == "Ba Dinh"
    assert compile_expression("jr:choice-name('f', '${sex}')").evaluate(inside) == "sex:f"
