"""Random answers of any type never break a session: each is stored or refused with a sentence."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.survey.errors import TinjauError
from app.survey.forms import FormSession, load_form
from app.survey.forms.session import ANSWERABLE

from .conftest import FIXED_NOW

DATA = Path(__file__).resolve().parent / "data"

ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.sampled_from(["tv", "fridge", "none", "x", ""]), max_size=4),
    st.dates().map(date.isoformat),
    st.sampled_from(["yes", "no", "rent", "own", "sgr", "klang", "OK", "3.1 101.6", "12:30"]),
    st.datetimes().map(datetime.isoformat),
)


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_form(DATA / "household_roster.xlsx", cache_dir=tmp_path_factory.mktemp("c"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.integers(0, 200), ANY_VALUE), min_size=1, max_size=25))
def test_random_answers_keep_the_session_consistent(form: Any, steps: list) -> None:
    """Any mix of answers leaves a session whose tree reopens to the same state."""
    session = FormSession(form, clock=lambda: FIXED_NOW)
    session.add_repeat("members")
    session.add_repeat("members")
    keys = [
        (node.question.name, node.indices())
        for node in session.root.walk()
        if node.question is not None and node.question.type in ANSWERABLE
    ]
    for pick, value in steps:
        name, index = keys[pick % len(keys)]
        before = session.answers()
        try:
            session.set(name, value, index)
        except TinjauError as error:
            assert str(error)
            assert session.answers() == before
    tree = session.answers()
    json.dumps(tree)
    errors = session.validate()
    assert session.can_complete() == (errors == [])
    reopened = FormSession(form, tree, clock=lambda: FIXED_NOW)
    assert reopened.answers() == tree
    assert [e.where for e in reopened.validate()] == [e.where for e in errors]
