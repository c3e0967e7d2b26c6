"""The scoring fast path (fast.py) gives the general XPath engine's value, or steps aside."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.survey.scoring import find_standard, load_standard_text
from app.survey.scoring.evaluate import Expression, Household
from app.survey.scoring.fast import Fallback, compile_fast, compile_probe, compile_probes
from app.survey.scoring.household import Scorer
from app.survey.xpath import ExpressionError, NodeSet, evaluate_on_answers, to_boolean

STANDARDS = [
    "vn-2016-2020",
    "vn-2022-2025",
    "vn-hcmc-2019-2020",
    "global-mpi-2018",
    "my-ekasih-pgk",
]
FIELDS = ["age", "status", "n", "gone"]  # `gone` is in no member: it reads as ''
TOP = ["water", "area", "sel", "gone_top"]

_OUTCOME_ERROR = "<ExpressionError>"


def _general(text: str, answers: dict[str, Any]) -> Any:
    try:
        return evaluate_on_answers(text, answers)
    except ExpressionError:
        return _OUTCOME_ERROR


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same type (NaN equals NaN here; node-sets by their values)."""
    if isinstance(a, NodeSet) and isinstance(b, NodeSet):
        left, right = a.values(), b.values()
        return len(left) == len(right) and all(map(_same, left, right))
    if type(a) is not type(b):
        return False
    if type(a) is float and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


# ---- random data: plain answers (the fast path must take them) and odd ones (it may not) ---

plain_values = st.one_of(
    st.integers(-5, 100),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    # Within 1e-12 of a literal counts as equal: 0.1 + 0.2 = 0.3, 6.0000000000001 = 6.
    st.sampled_from([0.1, 0.3, 0.1 + 0.2, 6.0, 5.9999999999999, 6.0000000000001, 6.00001, -0.0]),
    st.sampled_from(["", "no", "yes", "6", "6.0", " 6 ", "6,5", "abc", "2020-01-01", "tv radio"]),
    st.none(),
    st.booleans(),
)
odd_values = st.one_of(
    plain_values,
    st.just(10**400),  # beyond float: the engine reads +Infinity
    st.lists(st.sampled_from(["a", "b"]), max_size=2),
    st.just({"nested": 1}),
    st.just(date(2020, 1, 2)),
)


def _members(values: st.SearchStrategy[Any]) -> st.SearchStrategy[list[dict[str, Any]]]:
    # `status` is mostly text, as a select_one answer is; `age` and `n` anything.
    status = st.one_of(st.sampled_from(["no", "yes", "6", "tv", "tv radio", ""]), values)
    member = st.fixed_dictionaries({}, optional={"age": values, "status": status, "n": values})
    return st.lists(member, max_size=6)


def _households(values: st.SearchStrategy[Any], odd: bool) -> st.SearchStrategy[dict[str, Any]]:
    members: st.SearchStrategy[Any] = _members(values)
    if odd:
        members = st.one_of(
            members,
            st.none(),
            st.just("text"),
            _members(values).map(lambda rows: [*rows, "not a member"]),
        )
    # Plain households answer every top-level question the expressions read (a name that is
    # not answered may be a repeat field, which the fast code leaves to the engine).
    top = (
        st.dictionaries(st.sampled_from(TOP[:3]), values, max_size=3)
        if odd
        else st.fixed_dictionaries(dict.fromkeys(TOP[:3], values))
    )
    return st.tuples(top, members, st.booleans()).map(
        lambda t: {**t[0], "members": t[1]} if (t[2] or not odd) else dict(t[0])
    )


# ---- random expressions inside the fast path's subset ------------------------------------

number_literals = st.sampled_from(["0", "6", "-2", "0.3", "15", "60", "1e3"]).filter(
    lambda s: "e" not in s
)
string_literals = st.sampled_from(
    ["''", "'no'", "'yes'", "'6'", "' 6 '", "'abc'", "'tv'", "' tv '", "'6.0'"]
)
literals = st.one_of(number_literals, string_literals)
fields = st.sampled_from(FIELDS)
ops = st.sampled_from(["=", "!=", "<", "<=", ">", ">="])


def _row_atom() -> st.SearchStrategy[str]:
    return st.one_of(
        fields,
        literals,
        st.tuples(fields, st.sampled_from(["+", "-", "*", "div", "mod"]), literals).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        fields.map(lambda f: f"-{f}"),
        fields.map(lambda f: f"number({f})"),
        fields.map(lambda f: f"string({f})"),
    )


def _row_tests() -> st.SearchStrategy[str]:
    comparison = st.one_of(
        st.tuples(fields, ops, literals).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(literals, ops, fields).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(_row_atom(), ops, _row_atom()).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(fields, string_literals).map(lambda t: f"selected({t[0]}, {t[1]})"),
        st.sampled_from(["true()", "false()"]),
    )
    return st.recursive(
        comparison,
        lambda inner: st.one_of(
            inner.map(lambda e: f"not({e})"),
            st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(
                lambda t: f"({t[0]} {t[1]} {t[2]})"
            ),
            inner.map(lambda e: f"boolean({e})"),
        ),
        max_leaves=6,
    )


def _top_atom(names: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(names).map(lambda n: f"${{{n}}}"), literals)


def _expressions(names: list[str]) -> st.SearchStrategy[str]:
    """Expressions over the household; `names` are the top-level answers they may read."""
    counted = _row_tests().map(lambda p: f"count(${{members}}[{p}])")
    numbers = st.one_of(
        counted,
        st.just("count(${members})"),
        st.tuples(_top_atom(names), st.sampled_from(["+", "div", "*"]), counted).map(
            lambda t: f"{t[0]} {t[1]} {t[2]}"
        ),
    )
    return st.one_of(
        _top_atom(names),  # a value as it is read (a float for an int answer, '' for None)
        st.tuples(numbers, ops, st.one_of(number_literals, numbers)).map(
            lambda t: f"{t[0]} {t[1]} {t[2]}"
        ),
        numbers,
        st.tuples(_top_atom(names), ops, _top_atom(names)).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(_top_atom(names), string_literals).map(
            lambda t: f"not(selected({t[0]}, {t[1]}))"
        ),
        st.tuples(counted, st.sampled_from(["and", "or"]), _top_atom(names), ops, literals).map(
            lambda t: f"{t[0]} > 0 {t[1]} {t[2]} {t[3]} {t[4]}"
        ),
    )


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _expressions(TOP[:3]), st.lists(_households(plain_values, odd=False), min_size=1, max_size=4)
)
def test_fast_path_equals_engine_on_plain_answers(text: str, households: list[dict]) -> None:
    """On plain answers (numbers, text, None, booleans, member dicts) the fast code runs and
    gives exactly the general engine's value, or raises where the engine raises."""
    fast = compile_fast(text)
    assert fast is not None, text
    for answers in households:
        expected = _general(text, answers)
        try:
            got = fast(answers)
        except Fallback:
            raise AssertionError(f"fell back on plain answers: {text} {answers}") from None
        except Exception:  # noqa: BLE001 - allowed only where the engine fails too
            assert expected == _OUTCOME_ERROR or _is_huge(answers), (text, answers)
            continue
        assert not isinstance(got, NodeSet)
        assert _same(got, expected), (text, answers, got, expected)


def _is_huge(answers: dict[str, Any]) -> bool:
    """An int beyond float range: float() raises in the fast code, which then falls back."""
    values = list(answers.values())
    for rows in [answers.get("members")]:
        if isinstance(rows, list):
            values += [v for row in rows if isinstance(row, dict) for v in row.values()]
    return any(type(v) is int and abs(v) > 1e308 for v in values)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_expressions(TOP), st.lists(_households(odd_values, odd=True), min_size=1, max_size=4))
def test_fast_path_never_disagrees_on_odd_answers(text: str, households: list[dict]) -> None:
    """On any answers (lists, dates, missing repeats, non-dict members) the expression's value
    with the fast path is the general engine's: the fast code gives it or steps aside."""
    expression = Expression(text)
    assert expression.fast is not None
    for answers in households:
        expected = _general(text, answers)
        try:
            got = expression.value(Household(answers, {}))
        except Exception:  # noqa: BLE001 - EvaluationFailed wraps the engine's error
            got = _OUTCOME_ERROR
        assert _same(got, expected), (text, answers, got, expected)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_expressions(TOP[:3]), min_size=1, max_size=4),
    st.lists(_households(plain_values, odd=False), min_size=1, max_size=4),
)
def test_one_pass_over_members_equals_engine(texts: list[str], households: list[dict]) -> None:
    """Several tests compiled together (every member predicate counted in one pass, each
    field read once) give each test's truth value as the general engine computes it."""
    together = compile_probes([(f"t{i}", text, None, ()) for i, text in enumerate(texts)])
    assert together is not None
    for answers in households:
        expected = {f"t{i}": _general(text, answers) for i, text in enumerate(texts)}
        try:
            got = together(answers)
        except Fallback:
            raise AssertionError(f"fell back on plain answers: {texts} {answers}") from None
        except Exception:  # noqa: BLE001 - allowed only where the engine fails too
            assert _OUTCOME_ERROR in expected.values() or _is_huge(answers), (texts, answers)
            continue
        for key, value in expected.items():
            if value != _OUTCOME_ERROR:
                assert got[key] is to_boolean(value), (texts, answers, key)


def test_one_pass_reads_values_as_the_engine() -> None:
    """In the one-pass loop numbers within 1e-12 are equal, text numbers convert, booleans
    and None keep the engine's rules, and a test shared by two indicators counts once."""
    tests = [
        "count(${members}[n = 6]) > 0",
        "count(${members}[n = 0.3]) = 1",
        "count(${members}[n != 6]) = 2",  # an absent n is NaN, which equals nothing
        "count(${members}[age >= 6]) = 2",
        "count(${members}[age >= 6]) * 2 > count(${members})",
        "count(${members}[status = 'no' or status = '']) = 3",
    ]
    together = compile_probes([(f"t{i}", text, None, ()) for i, text in enumerate(tests)])
    assert together is not None
    answers = {
        "members": [
            {"n": 6.0000000000001, "age": "7", "status": None},
            {"n": 0.1 + 0.2, "age": True, "status": "no"},
            {"age": 6},
        ]
    }
    got = together(answers)
    for i, text in enumerate(tests):
        assert evaluate_on_answers(text, answers) is True, text
        assert got[f"t{i}"] is True, text


@pytest.mark.parametrize(
    "text",
    [
        "count(${members}[position() = 1])",
        "count(${members}[1])",
        "count(${members}[age])",  # a number-valued predicate selects by position
        "count(${members}[${age} > 5])",
        "count(${members}/age)",
        "sum(${members}[age > 5]/age)",
        "count(${members}[age > 5][status = 'no'])",
        "${members}[age > 5]",
        "../age > 3",
        "today() > '2020-01-01'",
        "count(${members}[. != ''])",
    ],
)
def test_shapes_outside_the_subset_keep_the_engine(text: str) -> None:
    """Positions, paths, ${x} inside a predicate and clock reads are never compiled fast."""
    assert compile_fast(text) is None


def test_plain_cases_read_as_the_engine_reads_them() -> None:
    """Ints are floats, None and absent fields are '', text numbers convert, NaN compares false."""
    answers = {
        "members": [
            {"age": 7, "status": "no"},
            {"age": "7", "status": None},
            {"age": float("nan")},
            {"status": "no"},
        ],
        "water": 6,
    }
    cases = {
        "count(${members}[age >= 6])": 2.0,
        "count(${members}[status = ''])": 2.0,
        "count(${members}[age != 7])": 2.0,
        "count(${members}[gone = ''])": 4.0,
        "${water} = '6'": True,
        "${water} = 6.0000000000001": True,
        "count(${members}[age >= 6]) * 2 > count(${members})": False,
    }
    for text, value in cases.items():
        fast = compile_fast(text)
        assert fast is not None
        assert _same(fast(answers), value), text
        assert _same(evaluate_on_answers(text, answers), value), text


def test_a_missing_repeat_or_top_answer_falls_back() -> None:
    """A name that is not a top-level answer may be a repeat field: the fast code steps aside."""
    fast = compile_fast("count(${members}[age > 5])")
    assert fast is not None
    with pytest.raises(Fallback):
        fast({})
    with pytest.raises(Fallback):
        fast({"members": [{"age": 9}, "x"]})
    top = compile_fast("${income} > 5")
    assert top is not None
    with pytest.raises(Fallback):
        top({"members": [{"income": 9}]})
    assert evaluate_on_answers("${income} > 5", {"members": [{"income": 9}]}) is True


member_answers = st.fixed_dictionaries(
    {
        "age": st.one_of(st.integers(0, 90), st.sampled_from(["", None, "15", 15.5])),
        "in_school": st.sampled_from(["yes", "no", "", None]),
        "education_level": st.sampled_from(["none", "primary", "university", ""]),
        "years_schooling": st.one_of(st.integers(0, 16), st.none()),
        "employment_status": st.sampled_from(
            ["employee_contract", "employee_no_contract", "unemployed", "unable_to_work", ""]
        ),
        "health_insurance": st.sampled_from(["yes", "no", None]),
        "undernourished": st.sampled_from(["yes", "no", ""]),
    },
    optional={"disability": st.sampled_from(["yes", "no"])},
)
household_answers = st.fixed_dictionaries(
    {},
    optional={
        "members": st.one_of(
            st.lists(member_answers, max_size=6),
            st.just([{"age": 9}, "odd"]),
            st.none(),
        ),
        "floor_area": st.one_of(st.integers(0, 80), st.just(""), st.just(None)),
        "water_source": st.sampled_from(["piped_dwelling", "surface_water", "", None]),
        "water_minutes": st.one_of(st.sampled_from([0, 30, 31, "30", ""]), st.just(["x"])),
        "toilet_type": st.sampled_from(["flush_sewer", "none", "pit_open"]),
        "toilet_shared": st.sampled_from(["yes", "no"]),
        "child_deaths_5y": st.integers(0, 2),
        "sick_untreated": st.sampled_from(["yes", "no"]),
        "housing_quality": st.sampled_from(["permanent", "simple", ""]),
        "telecom_use": st.sampled_from(["yes", "no"]),
        "assets": st.one_of(
            st.sampled_from(["", "tv", "radio motorbike", "car", " tv "]),
            st.just(["tv", "car"]),
        ),
        "cooking_fuel": st.sampled_from(["lpg", "wood"]),
        "electricity": st.sampled_from(["yes", "no"]),
        "telecom": st.sampled_from(["yes", "no"]),
        "floor_material": st.sampled_from(["cement", "earth"]),
        "roof_material": st.sampled_from(["metal", "thatch"]),
        "wall_material": st.sampled_from(["brick", "plywood"]),
    },
)

_FAST = {std_id: Scorer(find_standard(std_id)) for std_id in STANDARDS}


def _general_scorer(std_id: str) -> Scorer:
    scorer = Scorer(find_standard(std_id))
    scorer.all_probes = None
    for probe in scorer.probes:
        probe.fast = None
        probe.memo.table = None
        for part in (probe.test, probe.applicable):
            if part is not None:
                part.fast = None
    return scorer


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(STANDARDS), st.lists(household_answers, min_size=1, max_size=5))
def test_fast_probes_equal_the_general_verdicts(std_id: str, households: list[dict]) -> None:
    """Every indicator's verdict (deprived, not, missing) is the same with the fast path and
    with the general engine alone, on any answers, missing members and odd types included."""
    fast = _FAST[std_id]
    general = _general_scorer(std_id)
    for answers in households:
        assert fast.deprivations(answers, {}) == general.deprivations(answers, {})


def test_every_shipped_indicator_has_a_fast_verdict() -> None:
    """The shipped standards' tests are all inside the subset (else scoring slows down)."""
    for std_id in STANDARDS:
        scorer = Scorer(find_standard(std_id))
        assert scorer.all_probes is not None, std_id
        for probe in scorer.probes:
            assert probe.fast is not None, (std_id, probe.id)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(STANDARDS), household_answers)
def test_all_indicators_at_once_equal_one_by_one(std_id: str, answers: dict) -> None:
    """The one-pass function over all indicators gives each one's own fast verdict, or
    raises (a missing or odd member list) so that they are evaluated one by one."""
    scorer = _FAST[std_id]
    assert scorer.all_probes is not None
    one_by_one = {}
    engine_needed = False
    for probe in scorer.probes:
        assert probe.fast is not None
        try:
            one_by_one[probe.id] = probe.fast(answers)
        except Exception:  # noqa: BLE001 - this indicator needs the engine
            engine_needed = True
            one_by_one[probe.id] = scorer._probe(probe, Household(answers, {}))
    try:
        together = scorer.all_probes(answers)
    except Exception:  # noqa: BLE001 - allowed when some indicator needs the engine or the
        # members are not a list of dicts (read once for all, even by indicators not using them)
        rows = answers.get("members")
        plain_rows = isinstance(rows, list) and all(type(r) is dict for r in rows)
        assert engine_needed or not plain_rows
        return
    assert together == one_by_one


def test_probe_verdict_rules() -> None:
    """Missing required answers give None unless the indicator does not apply (False)."""
    probe = compile_probe(
        "count(${members}[age < 16 and fed = 'no']) > 0",
        "count(${members}[age < 16]) > 0",
        ("members/fed",),
    )
    assert probe is not None
    assert probe({"members": [{"age": 30}]}) is False  # no child: does not apply
    assert probe({"members": [{"age": 3}]}) is None  # a child, nothing answered
    assert probe({"members": [{"age": 3, "fed": "no"}]}) is True
    assert probe({"members": [{"age": 30, "fed": "no"}]}) is False


def test_a_standard_with_variables_keeps_the_engine_and_its_memo() -> None:
    """The fast code reads no [variables]: such a standard's indicators use the engine, and
    their memo stays on (a fast path would otherwise have switched it off)."""
    path = find_standard("vn-2022-2025").path
    assert path is not None
    base = path.read_text(encoding="utf-8")
    text = base.replace("[income]\n", '[variables]\nn = "count(${members})"\n\n[income]\n', 1)
    std = load_standard_text(text)
    assert std.variables
    scorer = Scorer(std)
    assert scorer.all_probes is None
    assert all(probe.fast is None and probe.memo.active for probe in scorer.probes)
    plain = Scorer(find_standard("vn-2022-2025"))
    answers = {"members": [{"age": 40, "health_insurance": "no"}], "floor_area": 6}
    assert scorer.deprivations(answers, {"n": 1.0}) == plain.deprivations(answers, {})
