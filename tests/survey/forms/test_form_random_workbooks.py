"""Random small workbooks: each loads, or fails with located errors; never with a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms import FormSession, load_form
from app.survey.forms.session import ANSWERABLE

from .conftest import write_workbook

NAMES = [f"q{i}" for i in range(7)]
GOOD_TYPES = ["integer", "decimal", "text", "date", "select_one yn", "select_multiple yn"]
OTHER_TYPES = ["calculate", "note", "begin group", "end group", "begin repeat", "end repeat"]
# Mostly well-formed rows, so that about half the workbooks load and get filled in.
TYPE = st.one_of(
    st.sampled_from(GOOD_TYPES),
    st.sampled_from(GOOD_TYPES),
    st.sampled_from(OTHER_TYPES + ["integr"]),
)
REFERENCE = st.sampled_from(NAMES * 3 + ["nosuch"]).map(lambda n: "${" + n + "}")
EXPRESSION = st.one_of(
    st.just(""),
    st.just(""),
    st.builds(lambda r: f"{r} > 3", REFERENCE),
    st.builds(lambda a, b: f"{a} + {b}", REFERENCE, REFERENCE),
    st.builds(lambda r: f"selected({r}, 'yes')", REFERENCE),
    st.sampled_from(["today()", "'text'", "1 div 0", "${q0} = 'yes'", "frobnicate(1)", "((("]),
)
ROW = st.tuples(TYPE, EXPRESSION, EXPRESSION)
ANSWER = st.one_of(st.none(), st.integers(-5, 50), st.text(max_size=5), st.just("yes"))


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=7), answers=st.lists(ANSWER, max_size=6))
def test_random_workbook_loads_or_names_its_cells(rows: list, answers: list) -> None:
    """A random workbook is either refused with `place: message` lines or runs in a session."""
    survey = [["type", "name", "label", "relevant", "calculation"]]
    for number, (type_, relevant, calculation) in enumerate(rows):
        name = "" if type_.startswith("end ") else f"q{number}"
        survey.append([type_, name, name.upper(), relevant, calculation])
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / "random.xlsx", survey, choices)
        try:
            form = load_form(path, cache_dir="")
        except LocatedErrors as error:
            event("refused with located errors")
            assert error.problems
            for where, what in error.problems:
                assert what
                assert where == "" or "!" in where or where.startswith(("random.xlsx", "survey"))
            return
    event("loaded and filled")
    session = FormSession(form)
    for repeat in form.definition.repeat_names:
        if not form.definition.questions[repeat].repeats:
            session.add_repeat(repeat)
    keys = [
        (question.name, index)
        for question, index in session.instances()
        if question.type in ANSWERABLE
    ]
    for (name, index), value in zip(keys, answers, strict=False):
        try:
            session.set(name, value, index)
        except TinjauError as error:
            assert str(error)
    session.validate()
    session.completed_answers()
