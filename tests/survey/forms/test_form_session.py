"""The headless form session: answers, types, relevance, choices, repeats, errors, changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms import ChangeSet, FormSession, load_form, parse_address

from .conftest import FIXED_NOW

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def roster_form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_form(DATA / "household_roster.xlsx", cache_dir=tmp_path_factory.mktemp("c"))


@pytest.fixture(scope="module")
def counted_form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_form(DATA / "household_counted.xlsx", cache_dir=tmp_path_factory.mktemp("c"))


@pytest.fixture(scope="module")
def jobs_form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_form(DATA / "household_jobs.xlsx", cache_dir=tmp_path_factory.mktemp("c"))


@pytest.fixture
def roster(roster_form: Any) -> FormSession:
    return FormSession(roster_form, clock=lambda: FIXED_NOW)


def add_member(session: FormSession, age: int, income: float | None = None) -> int:
    index, _ = session.add_repeat("members")
    session.set("member_name", f"Member {index}", (index,))
    session.set("relation", "child", (index,))
    session.set("age", age, (index,))
    if income is not None:
        session.set("income", income, (index,))
    return index


# --- answer types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "given", "stored"),
    [
        ("head_age", "42", 42),
        ("head_age", 42.0, 42),
        ("head_age", " 7 ", 7),
        ("rent", "1.5", 1.5),
        ("rent", 800, 800.0),
        ("next_visit", "2026-12-01", "2026-12-01"),
        ("visit_time", "09:15", "09:15:00"),
        ("recorded_at", "2026-11-28T10:00:00+08:00", "2026-11-28T10:00:00+08:00"),
        ("tenure", "rent", "rent"),
        ("assets", "tv fridge tv", ["tv", "fridge"]),
        ("assets", ["motorcycle"], ["motorcycle"]),
        ("gps", "3.1 101.7", "3.1 101.7 0 0"),
        ("gps", [3.1, 101.7, 20, 5], "3.1 101.7 20 5"),
        ("consent", True, "OK"),
        ("head_name", "Siti", "Siti"),
    ],
)
def test_answers_are_converted_to_their_stored_type(
    roster: FormSession, name: str, given: Any, stored: Any
) -> None:
    """Accepted answers are kept in the JSON-ready form of their question type."""
    if name == "rent":
        roster.set("tenure", "rent")
    roster.set(name, given)
    assert roster.value(name) == stored
    assert type(roster.value(name)) is type(stored)


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("head_age", "abc"),
        ("head_age", 3.5),
        ("head_age", True),
        ("head_age", "1e3"),
        ("rent", float("nan")),
        ("rent", "12,5"),
        ("next_visit", "2026-13-01"),
        ("next_visit", "01/12/2026"),
        ("visit_time", "25:00"),
        ("recorded_at", "yesterday"),
        ("tenure", "castle"),
        ("tenure", 1),
        ("assets", ["tv", "spaceship"]),
        ("gps", "95 10"),
        ("gps", "north"),
        ("consent", "maybe"),
        ("head_name", 12),
    ],
)
def test_wrong_answer_type_raises_and_changes_nothing(
    roster: FormSession, name: str, given: Any
) -> None:
    """A wrong answer type raises a TinjauError and leaves the answer and listeners untouched."""
    if name == "rent":
        roster.set("tenure", "rent")
    before = roster.answers()
    seen: list[ChangeSet] = []
    roster.add_listener(seen.append)
    with pytest.raises(TinjauError, match=name):
        roster.set(name, given)
    assert roster.answers() == before
    assert seen == []


@pytest.mark.parametrize("empty", [None, "", []])
def test_empty_values_clear_an_answer(roster: FormSession, empty: Any) -> None:
    """None, '' and [] all mean no answer; a required question then shows its message."""
    roster.set("head_name", "Siti")
    roster.set("head_name", empty)
    assert roster.value("head_name") is None
    assert roster.error("head_name") == "Write the head's name."


def test_empty_values_in_calculations(roster: FormSession, make_form, tmp_path: Path) -> None:
    """sum() leaves an empty income out; arithmetic on an empty answer gives no value (NaN)."""
    add_member(roster, 40, 1000)
    index = add_member(roster, 30)
    roster.clear("income", (index,))
    assert roster.value("total_income") == 1000
    roster.set("income", 500, (index,))
    assert roster.value("total_income") == 1500
    path = make_form(
        [
            ["type", "name", "label", "calculation"],
            ["integer", "n", "N", ""],
            ["calculate", "double", "", "${n} * 2"],
            ["calculate", "text", "", "concat('n=', ${n})"],
        ]
    )
    session = FormSession(load_form(path, cache_dir=tmp_path / "c"))
    assert session.value("double") is None
    assert session.value("text") == "n="
    session.set("n", "21")
    assert (session.value("double"), session.value("text")) == (42, "n=21")


def test_form_filled_values_cannot_be_set(roster: FormSession) -> None:
    """Calculations, notes and read-only questions refuse answers with a sentence."""
    with pytest.raises(TinjauError, match="the form fills it"):
        roster.set("hh_size", 3)
    with pytest.raises(TinjauError, match="the form fills it"):
        roster.set("summary_note", "x")
    with pytest.raises(TinjauError, match="read-only"):
        roster.set("officer", "someone")
    assert roster.value("officer") == "PPKB"


def test_unknown_question_and_bad_index(roster: FormSession) -> None:
    """Asking for a missing question or repeat instance is a TinjauError, not a KeyError."""
    with pytest.raises(TinjauError, match="not a question"):
        roster.value("nosuch")
    with pytest.raises(TinjauError, match="does not exist"):
        roster.set("age", 5, (3,))
    with pytest.raises(TinjauError, match="instance number"):
        roster.set("age", 5)


# --- relevance, required, read-only ----------------------------------------------------


def test_relevance_hides_but_keeps_answers(roster: FormSession) -> None:
    """A hidden answer stays in the draft, is left out of the completed instance, and returns."""
    index = add_member(roster, 10)
    assert roster.is_relevant("in_school", (index,))
    roster.set("in_school", "yes", (index,))
    changes = roster.set("age", 30, (index,))
    assert ("in_school", (index,)) in changes.relevance
    assert not roster.is_relevant("in_school", (index,))
    assert not roster.is_relevant("school_level", (index,))
    assert roster.answers()["members"][index]["in_school"] == "yes"
    assert "in_school" not in roster.completed_answers()["members"][index]
    roster.set("age", 12, (index,))
    assert roster.is_relevant("in_school", (index,))
    assert roster.value("in_school", (index,)) == "yes"


def test_hidden_required_question_does_not_block(roster: FormSession) -> None:
    """A required question that is not relevant is not an error (rent when not renting)."""
    roster.set("tenure", "own")
    assert roster.is_required("rent") and not roster.is_relevant("rent")
    assert roster.error("rent") is None
    roster.set("tenure", "rent")
    assert roster.error("rent") == "This question needs an answer."


def test_group_relevance_applies_to_its_questions(make_form, tmp_path: Path) -> None:
    """A question inside a non-relevant group is not relevant either."""
    path = make_form(
        [
            ["type", "name", "label", "relevant", "required"],
            ["integer", "n", "N", "", ""],
            ["begin group", "g", "G", "${n} > 1", ""],
            ["text", "inner", "Inner", "", "yes"],
            ["end group", "", "", "", ""],
        ]
    )
    session = FormSession(load_form(path, cache_dir=tmp_path / "c"))
    assert not session.is_relevant("inner")
    changes = session.set("n", 2)
    assert {("g", ()), ("inner", ())} <= changes.relevance
    assert session.is_relevant("inner")
    assert ("inner", ()) in changes.errors


def test_required_and_read_only_can_be_expressions(make_form, tmp_path: Path) -> None:
    """required and read_only columns holding expressions follow the answers."""
    path = make_form(
        [
            ["type", "name", "label", "required", "read_only", "required_message"],
            ["integer", "n", "N", "", "", ""],
            ["text", "t", "T", "${n} > 2", "${n} = 9", "Say something"],
        ]
    )
    session = FormSession(load_form(path, cache_dir=tmp_path / "c"))
    assert not session.is_required("t")
    changes = session.set("n", 3)
    assert ("t", ()) in changes.required
    assert session.error("t") == "Say something"
    session.set("n", 9)
    assert session.is_read_only("t")
    with pytest.raises(TinjauError, match="read-only"):
        session.set("t", "x")


# --- choices ---------------------------------------------------------------------------


def test_choice_filters_cascade(roster: FormSession) -> None:
    """District choices follow the state; units (from a CSV) follow the district."""
    assert roster.choices("district") == []
    roster.set("state", "sgr")
    assert [c.name for c in roster.choices("district")] == ["klang", "petaling"]
    roster.set("district", "klang")
    assert [c.name for c in roster.choices("unit")] == ["klang-a-1", "klang-a-2"]
    roster.set("unit", "klang-a-2")
    changes = roster.set("state", "jhr")
    assert ("district", ()) in changes.choices
    assert [c.name for c in roster.choices("district")] == ["jb"]
    assert roster.error("district") == (
        "This choice is no longer offered; choose one of the options shown."
    )


def test_choice_filter_per_repeat_instance(roster: FormSession) -> None:
    """A filter reading ${age} is evaluated for each member on its own."""
    young = add_member(roster, 8)
    older = add_member(roster, 14)
    for index in (young, older):
        roster.set("in_school", "yes", (index,))
    assert [c.name for c in roster.choices("school_level", (young,))] == ["primary"]
    assert [c.name for c in roster.choices("school_level", (older,))] == [
        "primary",
        "secondary",
    ]


def test_choice_labels_in_each_language(roster: FormSession) -> None:
    """Choice labels and jr:choice-name follow the language asked for."""
    assert roster.choice_label("tenure", "rent") == "Rented"
    assert roster.choice_label("tenure", "rent", "ms") == "Sewa"


# --- labels and languages -------------------------------------------------------------


def test_labels_hints_and_messages_by_language(roster_form: Any) -> None:
    """Labels come in any of the form's languages, with the default language as fallback."""
    session = FormSession(roster_form, language="ms", clock=lambda: FIXED_NOW)
    assert session.label("head_age") == "Umur ketua"
    assert session.label("head_age", language="en") == "Age of the head"
    assert session.hint("head_age") == "In completed years"  # no Malay hint: English
    session.set("head_age", 12)
    assert session.error("head_age") == "Ketua mesti berumur 15 hingga 120."
    assert session.constraint_message("head_age", language="en") == "The head must be 15 to 120."


def test_label_fallback_when_default_language_is_missing(jobs_form: Any) -> None:
    """A label missing in the asked and default language falls back to one that exists."""
    session = FormSession(jobs_form, language="fa")
    session.add_repeat("workers")
    session.add_repeat("jobs", (0,))
    assert session.label("worker_name", (0,)) == "نام"
    assert session.label("jobs", (0, 0)) == "Job"
    assert session.label("poor_note") == "Hộ có thu nhập thấp"


def test_label_shows_current_values(roster: FormSession) -> None:
    """${name} inside a label is replaced by the current value."""
    add_member(roster, 40, 900)
    add_member(roster, 38, 300)
    assert roster.label("summary_note") == "2 members, RM 600 per person"
    assert roster.label("summary_note", language="ms") == "2 ahli, RM 600 seorang"


# --- calculations, defaults, triggers ---------------------------------------------------


def test_calculations_follow_members(roster: FormSession) -> None:
    """Household size, total and per-capita income recompute as members change."""
    assert roster.value("hh_size") == 0
    add_member(roster, 40, 1200)
    add_member(roster, 10)
    assert roster.value("hh_size") == 2
    assert roster.value("total_income") == 1200
    assert roster.value("per_capita") == 600
    roster.remove_repeat("members", 0)
    assert roster.value("hh_size") == 1
    assert roster.value("total_income") == 0


def test_defaults_fill_new_instances_only(roster: FormSession, roster_form: Any) -> None:
    """A default fills a new question; a saved empty answer is not refilled on reopen."""
    index = add_member(roster, 30)
    assert roster.value("income", (index,)) == 0
    roster.clear("income", (index,))
    reopened = FormSession(roster_form, roster.answers(), clock=lambda: FIXED_NOW)
    assert reopened.value("income", (index,)) is None
    assert reopened.value("officer") == "PPKB"


def test_metadata_comes_from_the_clock(roster: FormSession) -> None:
    """start and today are filled from the session's clock."""
    assert roster.value("started") == "2026-11-28T09:30:00+00:00"
    assert roster.value("visit_day") == "2026-11-28"


def test_trigger_recalculates_only_on_its_trigger(roster: FormSession) -> None:
    """A calculation with a trigger runs when the trigger question changes."""
    assert roster.value("head_copy") is None
    roster.set("head_name", "Aminah")
    assert roster.value("head_copy") == "Aminah"
    roster.set("head_copy", "Edited")
    roster.set("head_age", 50)
    assert roster.value("head_copy") == "Edited"
    roster.set("head_name", "Aminah binti Ali")
    assert roster.value("head_copy") == "Aminah binti Ali"


def test_position_follows_moves(roster: FormSession) -> None:
    """position(..) renumbers members after a move or removal."""
    for age in (40, 35, 9):
        add_member(roster, age)
    roster.move_repeat("members", 2, 0)
    assert [roster.value("age", (i,)) for i in range(3)] == [9, 40, 35]
    assert [roster.value("member_no", (i,)) for i in range(3)] == [1, 2, 3]
    roster.remove_repeat("members", 1)
    assert [roster.value("member_no", (i,)) for i in range(2)] == [1, 2]
    assert [roster.value("age", (i,)) for i in range(2)] == [9, 35]


# --- repeat_count, indexed-repeat, once, jr:choice-name ---------------------------------


def test_repeat_count_drives_instances(counted_form: Any) -> None:
    """The roster grows and shrinks with the typed number of people."""
    session = FormSession(counted_form)
    assert session.repeat_size("people") == 0
    changes = session.set("n_members", 3)
    assert ("people", ()) in changes.repeats
    assert session.repeat_size("people") == 3
    session.set("person_name", "Lan", (0,))
    session.set("n_members", 2)
    assert session.repeat_size("people") == 2
    assert session.value("person_name", (0,)) == "Lan"
    with pytest.raises(TinjauError, match="repeat_count"):
        session.add_repeat("people")
    session.clear("n_members")
    assert session.repeat_size("people") == 0


def test_repeat_functions(counted_form: Any) -> None:
    """indexed-repeat, count with a filter, max, jr:choice-name and once() over a roster."""
    session = FormSession(counted_form, language="ms")
    session.set("n_members", 3)
    for index, (name, age, sex) in enumerate(
        [("Hoa", 40, "female"), ("Nam", 12, "male"), ("Mai", 7, "female")]
    ):
        session.set("person_name", name, (index,))
        session.set("person_age", age, (index,))
        session.set("person_sex", sex, (index,))
    assert session.value("first_name") == "Hoa"
    assert session.value("children") == 2
    assert session.value("oldest") == 40
    assert session.value("sex_label", (1,)) == "Lelaki"
    assert session.value("first_seen", (1,)) == 12
    session.set("person_age", 13, (1,))
    assert session.value("first_seen", (1,)) == 12  # once() keeps the first value
    assert session.label("person_name", (2,)) == "Nama orang 3"


def test_nested_repeats_sum_per_instance(jobs_form: Any) -> None:
    """A sum inside an outer repeat adds only its own inner instances."""
    session = FormSession(jobs_form, language="vi")
    for worker, wages in enumerate([[1000, 500], [300]]):
        session.add_repeat("workers")
        for job, wage in enumerate(wages):
            session.add_repeat("jobs", (worker,))
            session.set("wage", wage, (worker, job))
    assert session.value("worker_total", (0,)) == 1500
    assert session.value("worker_total", (1,)) == 300
    assert session.value("household_wages") == 1800
    assert session.is_relevant("poor_note")  # 1800 < 2000
    session.set("wage", -5, (1, 0))
    errors = session.validate()
    assert [(e.where, e.message) for e in errors if e.name == "wage"] == [
        ("workers[1].jobs[0].wage", "Tiền lương không thể âm.")
    ]
    tree = session.answers()
    assert tree["workers"][0]["jobs"] == [{"wage": 1000}, {"wage": 500}]


# --- completion -------------------------------------------------------------------------


def test_completion_lists_every_blocking_error(roster: FormSession) -> None:
    """validate() names each problem by question and repeat index until all are fixed."""
    index = add_member(roster, 130)
    roster.clear("relation", (index,))
    places = {e.where: e.message for e in roster.validate()}
    assert places["members[0].age"] == (
        "This answer is not accepted by the form's rules; check it and correct it."
    )
    assert places["members[0].relation"] == "This question needs an answer."
    assert places["head_name"] == "Write the head's name."
    assert not roster.can_complete()
    roster.set("age", 30, (index,))
    roster.set("relation", "head", (index,))
    for name, value in [
        ("consent", "OK"),
        ("state", "sgr"),
        ("district", "klang"),
        ("head_name", "Siti"),
        ("head_age", 44),
        ("tenure", "own"),
    ]:
        roster.set(name, value)
    assert roster.validate() == []
    assert roster.can_complete()


def test_constraints_on_selects_and_text(roster: FormSession) -> None:
    """selected()/count-selected() and regex() constraints report their messages."""
    roster.set("assets", ["none", "tv"])
    assert roster.error("assets") is not None
    roster.set("assets", ["none"])
    assert roster.error("assets") is None
    roster.set("phone", "0123")
    assert roster.error("phone") == "A Malaysian mobile: 01 and 8-9 digits."
    roster.set("phone", "0123456789")
    assert roster.error("phone") is None
    roster.set("next_visit", "2026-11-27")
    assert roster.error("next_visit") is not None


# --- saving and reopening ----------------------------------------------------------------


def test_answer_tree_round_trips(roster: FormSession, roster_form: Any) -> None:
    """The JSON answer tree reopens into the same session state."""
    add_member(roster, 40, 1000)
    roster.set("assets", ["tv"])
    roster.set("head_name", "Siti")
    tree = roster.answers()
    assert tree["members"][0]["age"] == 40  # the roster group is transparent
    reopened = FormSession(roster_form, tree, clock=lambda: FIXED_NOW)
    assert reopened.answers() == tree
    assert reopened.validate() == roster.validate()


def test_answers_that_do_not_fit_name_their_place(roster_form: Any) -> None:
    """Unknown keys and wrong types in a saved tree are listed with their place."""
    with pytest.raises(LocatedErrors) as caught:
        FormSession(roster_form, {"agee": 3, "members": [{"age": "old"}, {"nosuch": 1}]})
    places = [where for where, _ in caught.value.problems]
    assert places == ["agee", "members[0].age", "members[1].nosuch"]


# --- change sets and incremental evaluation ----------------------------------------------


class CountingExpression:
    """Wraps a compiled expression and counts evaluations, to see what a change re-runs."""

    def __init__(self, inner: Any, counts: dict[tuple[str, str], int], key: tuple) -> None:
        self.inner, self.counts, self.key = inner, counts, key
        self.references = inner.references

    def evaluate(self, context: Any) -> Any:
        self.counts[self.key] = self.counts.get(self.key, 0) + 1
        return self.inner.evaluate(context)


def test_one_answer_reevaluates_only_its_dependents(tmp_path: Path) -> None:
    """Changing one member's income re-runs the totals, not the other members' expressions."""
    form = load_form(DATA / "household_roster.xlsx", cache_dir=tmp_path)
    counts: dict[tuple[str, str], int] = {}
    for key, compiled in list(form.expressions.items()):
        form.expressions[key] = CountingExpression(compiled, counts, key)
    session = FormSession(form, clock=lambda: FIXED_NOW)
    for age in range(30, 42):
        add_member(session, age, 100)
    counts.clear()
    seen: list[ChangeSet] = []
    session.add_listener(seen.append)
    changes = session.set("income", 250, (5,))
    assert seen == [changes]
    assert changes.values == {("income", (5,)), ("total_income", ()), ("per_capita", ())}
    assert counts[("total_income", "calculation")] == 1
    assert counts[("per_capita", "calculation")] == 1
    assert counts.get(("in_school", "relevant"), 0) == 0
    assert counts[("income", "constraint")] == 1
    assert sum(counts.values()) <= 4


def test_listener_can_be_removed(roster: FormSession) -> None:
    """A removed listener hears nothing more; a no-op change is not announced."""
    seen: list[ChangeSet] = []
    roster.add_listener(seen.append)
    roster.set("head_name", "A")
    roster.set("head_name", "A")
    assert len(seen) == 1
    roster.remove_listener(seen.append)
    roster.set("head_name", "B")
    assert len(seen) == 1


def test_runtime_expression_failure_is_kept_not_raised(make_form, tmp_path: Path) -> None:
    """An expression that fails while running is recorded for the form author, not raised."""
    path = make_form(
        [
            ["type", "name", "label", "constraint"],
            ["text", "pattern", "Pattern", ""],
            ["text", "code", "Code", "regex(., ${pattern})"],
        ]
    )
    session = FormSession(load_form(path, cache_dir=tmp_path / "c"))
    session.set("pattern", "[unclosed")
    session.set("code", "abc")
    assert ("code", "constraint") in session.evaluation_problems


def test_parse_address() -> None:
    """`members[2].age` addresses are read into name and 0-based indices."""
    assert parse_address("members[2].age") == ("age", (2,))
    assert parse_address("workers[1].jobs[0].wage") == ("wage", (1, 0))
    assert parse_address("head_name") == ("head_name", ())


def test_device_metadata_and_completion_time(make_form, tmp_path: Path) -> None:
    """deviceid comes from the caller, end is stamped when the instance is completed."""
    path = make_form(
        [
            ["type", "name", "label", "default"],
            ["deviceid", "device", "", ""],
            ["end", "ended", "", ""],
            ["date", "visit", "Visit", "today()"],
            ["integer", "count", "Count", "3"],
        ]
    )
    session = FormSession(
        load_form(path, cache_dir=tmp_path / "c"),
        clock=lambda: FIXED_NOW,
        metadata={"deviceid": "tablet-7"},
    )
    assert session.value("device") == "tablet-7"
    assert session.value("ended") is None
    assert session.value("visit") == "2026-11-28"
    assert session.value("count") == 3
    done = session.completed_answers()
    assert done["ended"] == "2026-11-28T09:30:00+00:00"
    assert session.relevant_questions() == ["visit", "count"]


def test_instances_walk_the_form_in_order(jobs_form: Any) -> None:
    """instances() lists groups, repeat instances and questions with their indices."""
    session = FormSession(jobs_form)
    session.add_repeat("workers")
    session.add_repeat("jobs", (0,))
    keys = [(question.name, index) for question, index in session.instances()]
    assert keys == [
        ("workers", (0,)),
        ("worker_name", (0,)),
        ("jobs", (0, 0)),
        ("wage", (0, 0)),
        ("worker_total", (0,)),
        ("household_wages", ()),
        ("poor_note", ()),
    ]


def test_repeat_changes_are_reported(roster: FormSession) -> None:
    """Adding, moving and removing members report the new keys, totals and the repeat."""
    add_member(roster, 40, 1000)
    index, changes = roster.add_repeat("members")
    assert index == 1
    assert ("members", ()) in changes.repeats
    assert {("age", (1,)), ("income", (1,)), ("hh_size", ())} <= changes.values
    roster.set("age", 20, (1,))
    moved = roster.move_repeat("members", 1, 0)
    assert {("age", (0,)), ("age", (1,))} <= moved.values
    removed = roster.remove_repeat("members", 0)
    assert {("age", (1,)), ("hh_size", ())} <= removed.values
    assert roster.value("age", (0,)) == 40
    with pytest.raises(TinjauError, match="does not exist"):
        roster.remove_repeat("members", 3)
    with pytest.raises(TinjauError, match="cannot move"):
        roster.move_repeat("members", 0, 5)
