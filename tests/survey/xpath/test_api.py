"""The public API of app.survey.xpath: compile once, references, evaluation over answer dicts."""

from __future__ import annotations

import pytest

from app.survey.errors import TinjauError
from app.survey.xpath import (
    AnswerContext,
    ExpressionError,
    NodeSet,
    compile_expression,
    evaluate_on_answers,
)

HOUSEHOLD = {
    "floor_area": 40,
    "members": [
        {"age": 34, "health_insurance": "no", "member_income": 1200},
        {"age": 5, "health_insurance": "no", "member_income": 0},
        {"age": 61, "health_insurance": "yes", "member_income": 300.5},
    ],
}


def test_compile_is_cached_by_text() -> None:
    """Compiling the same text twice returns the same compiled object."""
    assert compile_expression("1 + 1") is compile_expression("1 + 1")


def test_references_lists_dollar_names() -> None:
    """`references` holds every ${name} the expression reads, and nothing else."""
    expr = compile_expression("if(${a} > 1, ${b}, concat(${c}, 'x', name))")
    assert expr.references == frozenset({"a", "b", "c"})
    assert expr.source == "if(${a} > 1, ${b}, concat(${c}, 'x', name))"


def test_deprivation_test_over_repeat() -> None:
    """A predicate over the member repeat counts members by their own fields."""
    test = "count(${members}[age >= 6 and health_insurance = 'no']) > 0"
    assert evaluate_on_answers(test, HOUSEHOLD) is True
    insured = {"members": [{"age": 34, "health_insurance": "yes"}, {"age": 3}]}
    assert evaluate_on_answers(test, insured) is False


def test_repeat_field_from_outside_is_a_nodeset() -> None:
    """A field of a repeat read from outside it is the node-set of all instances' values."""
    assert evaluate_on_answers("sum(${member_income})", HOUSEHOLD) == 1500.5
    value = evaluate_on_answers("${age}", HOUSEHOLD)
    assert isinstance(value, NodeSet)
    assert value.values() == [34.0, 5.0, 61.0]


def test_variables_win_over_answers() -> None:
    """`variables` supplies ${name} values before the answers are looked at."""
    answers = {"floor_area": 40, "line": 1}
    assert evaluate_on_answers("${floor_area} > ${line}", answers, {"line": 50}) is False


def test_instance_fields_win_over_variables_inside_a_filter() -> None:
    """Inside ${members}[...] a member's own field wins over a variable of the same name."""
    answers = {"members": [{"age": 3}, {"age": 30}]}
    variables = {"age": 100}
    assert evaluate_on_answers("count(${members}[${age} < 6])", answers, variables) == 1.0
    assert evaluate_on_answers("${age}", answers, variables) == 100.0


def test_context_reused_for_many_expressions() -> None:
    """One AnswerContext can evaluate several compiled expressions."""
    ctx = AnswerContext(HOUSEHOLD)
    assert compile_expression("count(${members})").evaluate(ctx) == 3.0
    assert compile_expression("max(${age})").evaluate(ctx) == 61.0


def test_expression_error_is_a_tinjau_error() -> None:
    """ExpressionError is a TinjauError and names the position of an unknown function."""
    with pytest.raises(ExpressionError) as caught:
        compile_expression("sume(${a})")
    assert isinstance(caught.value, TinjauError)
    assert str(caught.value) == "unknown function 'sume()' at character 1: did you mean sum()?"
    assert caught.value.position == 1


def test_repeated_calls_see_changes_to_the_same_answer_dict() -> None:
    """Calls on one answer dict see members added, replaced or edited between them."""
    answers: dict = {"members": [{"age": 30}, {"age": 4}]}
    young = compile_expression("count(${members}[age < 6])")
    assert evaluate_on_answers(young, answers) == 1.0
    answers["members"].append({"age": 2})
    assert evaluate_on_answers(young, answers) == 2.0
    answers["members"][0] = {"age": 1}
    assert evaluate_on_answers(young, answers) == 3.0
    answers["members"][1]["age"] = 40
    assert evaluate_on_answers(young, answers) == 2.0
    assert evaluate_on_answers("sum(${age})", answers) == 43.0
    answers["members"] = [{"age": 5}]
    assert evaluate_on_answers(young, answers) == 1.0
    del answers["members"]
    assert evaluate_on_answers(young, answers) == 0.0


def test_households_with_equal_answers_stay_apart() -> None:
    """Two answer dicts with equal content are separate households for every call."""
    first = {"members": [{"age": 3}]}
    second = {"members": [{"age": 3}]}
    assert evaluate_on_answers("count(${members}[age < 6])", first) == 1.0
    second["members"][0]["age"] = 70
    assert evaluate_on_answers("count(${members}[age < 6])", second) == 0.0
    assert evaluate_on_answers("count(${members}[age < 6])", first) == 1.0
