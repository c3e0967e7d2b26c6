"""A question in a repeat whose relevance reads another instance by number (`indexed-repeat`,
ODK XForms spec, "Repeats": indexed-repeat(//node, /repeat, n)) follows that answer live in
every instance, not only in the instance that changed: the household form asks the head once
whether the others share a background, and the others' questions hide when the head says yes."""

from __future__ import annotations

from pathlib import Path

from app.survey.forms import FormSession, load_form

from .conftest import write_workbook

OTHERS = "position(..) = 1 or indexed-repeat(${same}, ${people}, 1) != 'yes'"
SURVEY = [  # fmt: skip
    ["type", "name", "label", "relevant"],
    ["begin repeat", "people", "Person", ""],
    ["select_one yn", "same", "Same as the first?", "position(..) = 1"],
    ["text", "religion", "Religion", OTHERS],
    ["end repeat", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def test_an_answer_read_by_number_changes_every_instance_at_once(tmp_path: Path) -> None:
    form = load_form(write_workbook(tmp_path / "f.xlsx", SURVEY, CHOICES), cache_dir=tmp_path)
    session = FormSession(form, {})
    for _ in range(3):
        session.add_repeat("people")
    assert [session.is_relevant("religion", (i,)) for i in range(3)] == [True, True, True]
    changes = session.set("same", "yes", (0,))
    assert [session.is_relevant("religion", (i,)) for i in range(3)] == [True, False, False]
    assert {("religion", (1,)), ("religion", (2,))} <= set(changes.relevance)
    session.set("same", "no", (0,))
    assert [session.is_relevant("religion", (i,)) for i in range(3)] == [True, True, True]
