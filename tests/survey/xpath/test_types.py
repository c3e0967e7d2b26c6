"""XPath type conversions, operators and comparisons, with the empty-value edge cases."""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.survey.xpath import NodeSet, evaluate_on_answers, to_boolean, to_number, to_string

NAN = float("nan")


def ev(text: str, **answers: object) -> object:
    return evaluate_on_answers(text, answers)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", NAN),
        ("  ", NAN),
        ("abc", NAN),
        ("12", 12.0),
        (" 12.5 ", 12.5),
        ("-3", -3.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("1,5", 1.5),
        ("1e3", NAN),
        ("+4", NAN),
        ("Infinity", NAN),
        ("nan", NAN),
        (True, 1.0),
        (False, 0.0),
        (7, 7.0),
        ("1970-01-02", 1.0),
        ("2020-01-01", 18262.0),
        ("1969-12-31", -1.0),
        ("2020-01-01T18:00:00.000+07:00", 18262.0),
        ("2020-02-30", NAN),
        (None, NAN),
    ],
)
def test_to_number(value: object, expected: float) -> None:
    """number() follows JavaRosa: '' and text are NaN, dates are days since 1970-01-01."""
    result = to_number(value)
    if math.isnan(expected):
        assert math.isnan(result)
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3.0, "3"),
        (-0.0, "0"),
        (2.5, "2.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (3.0000000000001, "3"),
        (3.000000001, "3.000000001"),
        (1e-13, "0"),
        (1e21, "1000000000000000000000"),
        (1.5e-7, "0.00000015"),
        (NAN, "NaN"),
        (math.inf, "Infinity"),
        (-math.inf, "-Infinity"),
        (True, "true"),
        (False, "false"),
        ("x", "x"),
        (NodeSet(()), ""),
    ],
)
def test_to_string(value: object, expected: str) -> None:
    """string() prints whole numbers without '.0', never an exponent, NaN as 'NaN'."""
    assert to_string(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", False),
        ("false", True),
        ("0", True),
        (" ", True),
        (0.0, False),
        (1e-13, False),
        (NAN, False),
        (-2.0, True),
        (math.inf, True),
        (NodeSet(()), False),
    ],
)
def test_to_boolean(value: object, expected: bool) -> None:
    """boolean(): '' false, any other text true, 0 and NaN false, empty node-set false."""
    assert to_boolean(value) is expected


def test_to_boolean_of_nodeset_with_empty_node_is_true() -> None:
    """A node-set holding one empty answer is still a non-empty node-set (XPath 1.0)."""
    assert ev("boolean(${x})", members=[{"x": ""}, {"x": ""}]) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2", 3.0),
        ("7 - 10", -3.0),
        ("2 * 3.5", 7.0),
        ("7 div 2", 3.5),
        ("7 mod 3", 1.0),
        ("-7 mod 3", -1.0),
        ("7 mod -3", 1.0),
        ("5.5 mod 2", 1.5),
        ("- 4", -4.0),
        ("--4", 4.0),
        ("2 + 3 * 4", 14.0),
        ("(2 + 3) * 4", 20.0),
        ("10 - 4 - 3", 3.0),
        ("16 div 4 div 2", 2.0),
        ("1 div 0", math.inf),
        ("-1 div 0", -math.inf),
        ("1 div -0", -math.inf),
        ("'3' + '4'", 7.0),
        ("true() + true()", 2.0),
    ],
)
def test_arithmetic(text: str, expected: float) -> None:
    """Arithmetic converts to numbers, with XPath precedence and division by zero as Infinity."""
    assert ev(text) == expected


@pytest.mark.parametrize(
    "text",
    ["0 div 0", "1 mod 0", "'' + 1", "'abc' * 2", "${missing} + 1", "(1 div 0) mod 2"],
)
def test_arithmetic_gives_nan(text: str) -> None:
    """An empty or non-numeric operand, 0 div 0 and x mod 0 give NaN, never an error."""
    assert math.isnan(ev(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${a} = ''", True),
        ("${a} != ''", False),
        ("${b} = ''", False),
        ("${b} = 34", True),
        ("${b} = '34'", True),
        ("${b} = '34.0'", True),
        ("${c} = 34", True),
        ("${c} = '34'", True),
        ("${c} = '34.0'", False),
        ("'' = 0", False),
        ("'' != 0", True),
        ("'abc' = 'abc'", True),
        ("'abc' != 'ABC'", True),
        ("0.1 + 0.2 = 0.3", True),
        ("1 = true()", True),
        ("0 = false()", True),
        ("'' = false()", True),
        ("'false' = true()", True),
        ("(0 div 0) = (0 div 0)", False),
        ("(0 div 0) != (0 div 0)", True),
        ("${a} = ${missing}", True),
    ],
)
def test_equality(text: str, expected: bool) -> None:
    """'=' compares booleans, then numbers (within 1e-12), then strings, as JavaRosa does."""
    assert ev(text, a="", b=34, c="34") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${b} > 30", True),
        ("${b} >= 34", True),
        ("${b} < 34", False),
        ("${b} <= 34", True),
        ("30 < ${b}", True),
        ("${c} > 9", True),
        ("'10' > '9'", True),
        ("${a} < 5", False),
        ("${a} >= 5", False),
        ("${a} > -1", False),
        ("'abc' < 'abd'", False),
        ("true() > false()", True),
        ("${d} > '2019-12-31'", True),
        ("${d} < today()", True),
        ("1 < 2 < 3", True),
        ("3 > 2 > 1", False),
    ],
)
def test_relational(text: str, expected: bool) -> None:
    """'<' and friends compare numbers only; NaN (an empty answer) is never in order."""
    assert ev(text, a="", b=34, c="34", d="2020-01-01") is expected


MEMBERS = [{"age": 34, "name": "a"}, {"age": 4, "name": "b"}, {"age": "", "name": "c"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${age} > 30", True),
        ("${age} > 40", False),
        ("${age} < 5", True),
        ("${age} = 4", True),
        ("${age} = 5", False),
        ("${age} != 34", True),
        ("${age} = ''", True),
        ("${name} = 'b'", True),
        ("'b' = ${name}", True),
        ("${name} != 'a'", True),
        ("${age} = ${age}", True),
        ("${name} = ${age}", False),
        ("${age} = true()", True),
        ("${nothing} = ''", True),
        ("${members}[age > 100]/age = ''", False),
        ("${members}[age > 100]/age != ''", False),
        ("5 > ${age}", True),
        ("${age} > ${age}", True),
    ],
)
def test_nodeset_comparisons(text: str, expected: bool) -> None:
    """Node-sets compare existentially: true when some node compares true (XPath 1.0)."""
    assert ev(text, members=MEMBERS) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true() and false()", False),
        ("true() or false()", True),
        ("not(false())", True),
        ("'' or 0", False),
        ("'x' and 1", True),
        ("${a} or ${b}", True),
        ("1 = 1 and 2 = 2 or 1 = 2", True),
        ("1 = 2 and 2 = 2 or 1 = 1", True),
        ("1 = 2 or 2 = 2 and 1 = 2", False),
    ],
)
def test_boolean_operators(text: str, expected: bool) -> None:
    """and/or convert each side to boolean; 'and' binds tighter than 'or'."""
    assert ev(text, a="", b="yes") is expected


def test_and_or_short_circuit() -> None:
    """The right side of and/or is not evaluated when the left side decides (a bad regex)."""
    assert ev("false() and regex('a', ${p})", p="(") is False
    assert ev("true() or regex('a', ${p})", p="(") is True


def test_union_of_nodesets() -> None:
    """'|' joins two node-sets without repeating a node."""
    answers = {"members": MEMBERS}
    assert evaluate_on_answers("count(${members}[1] | ${members}[2] | ${members}[1])", answers) == 2
    result = evaluate_on_answers("${members}[age = 4]/name | ${members}[age = 34]/name", answers)
    assert isinstance(result, NodeSet)
    assert result.values() == ["b", "a"]


def test_answer_types_are_normalised() -> None:
    """Ints become floats, None and missing become '', lists of strings a space-separated list."""
    answers = {
        "i": 3,
        "f": 2.5,
        "n": None,
        "s": ["a", "b"],
        "t": True,
        "d": date(2020, 1, 1),
        "dt": datetime(2020, 1, 1, 18, 30),
        "dec": Decimal("1.25"),
    }
    assert evaluate_on_answers("${d}", answers) == "2020-01-01"
    assert evaluate_on_answers("${d} + 1", answers) == 18263.0
    assert evaluate_on_answers("${dt}", answers) == "2020-01-01T18:30:00.000"
    assert evaluate_on_answers("decimal-date-time(${dt})", answers) == 18262.770833333332
    assert evaluate_on_answers("${dec} * 4", answers) == 5.0
    assert evaluate_on_answers("${i}", answers) == 3.0
    assert evaluate_on_answers("${f}", answers) == 2.5
    assert evaluate_on_answers("${n}", answers) == ""
    assert evaluate_on_answers("${zz}", answers) == ""
    assert evaluate_on_answers("${s}", answers) == "a b"
    assert evaluate_on_answers("${t}", answers) is True


def test_curly_quotes_read_as_straight_quotes() -> None:
    """Quotes that a spreadsheet turned curly (‘a’, “b”) delimit text as straight ones do."""
    assert evaluate_on_answers("selected(${t}, \u2018other\u2019)", {"t": "a other"}) is True
    assert evaluate_on_answers("concat(\u201cx\u201d, 'y')", {}) == "xy"
