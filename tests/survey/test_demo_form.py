"""Demo interviews against the real household form: complete ones can be completed as they
stand, drafts are a plausible partial fill that resumes on the first unanswered question."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.paths import HOUSEHOLD_FORM
from app.survey.db import open_database
from app.survey.demo import build_demo
from app.survey.forms import FormSession, load_form

pytestmark = pytest.mark.skipif(
    not HOUSEHOLD_FORM.exists(), reason="the household form is not shipped yet"
)

TODAY = date(2026, 5, 14)
# Prefilled from the census list in a new interview, so a draft holds them past its position.
PREFILLED = {"interview_date", "country", "state", "district", "ward", "site", "block",
             "floor_level", "unit_number", "name", "relationship", "sex", "age", "dob",
             "national_id"}  # fmt: skip


def _clock() -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A 500-household demo built as of TODAY, its interviews and households, and the form."""
    db = open_database(tmp_path_factory.mktemp("demo-form") / "tinjau.sqlite")
    build_demo(db, 500, seed=2, today=TODAY)
    with db.read() as conn:
        interviews = conn.exec_driver_sql(
            "SELECT i.answers, i.status, i.position, i.updated_at, h.updated_at, "
            "h.visit_status, h.poverty_status, h.household_size, s.status "
            "FROM interviews i JOIN households h ON h.id = i.household_id "
            "LEFT JOIN scores s ON s.interview_id = i.id ORDER BY i.id"
        ).all()
        unvisited = conn.exec_driver_sql(
            "SELECT count(*) FROM households WHERE visit_status = 'not_visited' "
            "AND updated_at != created_at"
        ).scalar()
    db.close()
    return {"form": load_form(HOUSEHOLD_FORM), "rows": interviews, "unvisited": unvisited}


def _without_empty(tree: Any) -> Any:
    if isinstance(tree, dict):
        return {k: _without_empty(v) for k, v in tree.items() if v is not None}
    if isinstance(tree, list):
        return [_without_empty(v) for v in tree]
    return tree


def _complete(demo: dict[str, Any]) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in demo["rows"] if r[1] != "draft"]


def _drafts(demo: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(json.loads(r[0]), json.loads(r[2])) for r in demo["rows"] if r[1] == "draft"]


def test_complete_interviews_can_be_completed_as_they_stand(demo: dict[str, Any]) -> None:
    """50 complete demo interviews opened in a real FormSession have no error at all, and
    completing them changes nothing: no answer to a question that is not asked, and the
    calculated totals are the engine's."""
    trees = _complete(demo)
    assert len(trees) >= 100
    for tree in random.Random(1).sample(trees, 50):
        session = FormSession(demo["form"], tree, clock=_clock)
        assert session.validate() == []
        assert session.can_complete()
        assert _without_empty(session.completed_answers()) == tree


def test_select_answers_are_among_the_choices_offered_there(demo: dict[str, Any]) -> None:
    """Every select answer of a complete interview is a choice the question offers at that
    place (choice filters applied: Malaysian states, no `child` status for adults)."""
    form = demo["form"]
    for tree in _complete(demo)[:40]:
        session = FormSession(form, tree, clock=_clock)
        for question, index in session.instances():
            if not question.is_select or not session.is_relevant(question.name, index):
                continue
            value = session.value(question.name, index)
            if value is None:
                continue
            offered = {c.name for c in session.choices(question.name, index)}
            assert set(value if isinstance(value, list) else [value]) <= offered


def test_answers_follow_age_and_skip_logic(demo: dict[str, Any]) -> None:
    """Under-5s have no schooling answers, under-15s no marital status, work or income; each
    disabled member has a kind of disability and each chronic illness a place of treatment; a
    household where no one is disabled or ill was not asked it of each member (the head said
    so once)."""
    members = [m for tree in _complete(demo) for m in tree["members"]]
    ages = {m["age"] for m in members}
    assert min(ages) < 5 and max(ages) >= 70
    for m in members:
        assert ("in_school" in m) == (5 <= m["age"] <= 24)
        assert ("education_level" in m) == (m["age"] >= 5)
        for name in ("marital_status", "skills", "employment_status", "income_wages"):
            assert (name in m) == (m["age"] >= 15)
        assert ("disability_type" in m) == (m.get("disability") == "yes")
        assert ("treatment_place" in m) == (m.get("chronic_diseases", ["none"]) != ["none"])
    assert any("occupation" in m for m in members)
    assert any(m.get("disability") == "yes" for m in members)
    heads = [tree["members"][0] for tree in _complete(demo) if len(tree["members"]) > 1]
    assert {h["anyone_disabled"] for h in heads} == {"yes", "no"}
    assert {h["same_background"] for h in heads} == {"yes", "no"}


def test_drafts_resume_on_their_first_unanswered_question(demo: dict[str, Any]) -> None:
    """A draft's only errors are missing required answers, the first of which is its saved
    position; past it only the census list's prefilled answers are kept."""
    form = demo["form"]
    drafts = _drafts(demo)
    assert len(drafts) >= 10
    stops = set()
    for tree, position in drafts:
        session = FormSession(form, tree, clock=_clock)
        errors = session.validate()
        assert errors and errors[0].where == position["path"]
        assert {session.node(e.name, e.index).error for e in errors} == {"required"}
        stops.add(position["path"].split(".")[0].startswith("members"))
        order = [
            (q.name, i) for q, i in session.instances() if q.holds_answer and q.type != "calculate"
        ]
        names = [f"{n}{list(i)}" for n, i in order]
        stop = next(p for p, (n, i) in enumerate(order) if session.node(n, i).error)
        for name, index in order[stop:]:
            if name not in PREFILLED:
                assert session.value(name, index) is None, names[order.index((name, index))]
    assert stops == {True, False}  # some stop in the roster, some on a household page


def test_households_show_the_interview_status_score_and_last_change(demo: dict[str, Any]) -> None:
    """A visited household's last change is its interview's; a finished one shows the
    e-Kasih status of its score and its roster size; unvisited households are unchanged."""
    assert demo["unvisited"] == 0
    finished = 0
    for answers, status, _pos, i_updated, h_updated, visit, poverty, size, scored in demo["rows"]:
        assert h_updated == i_updated
        if status == "draft":
            assert visit == "in_progress" and poverty is None and scored is None
        else:
            finished += 1
            assert poverty == scored and poverty is not None
            assert size == len(json.loads(answers)["members"])
    assert finished > 0
