"""Every public XLSForm in ../shared/xlsforms loads and fills, or fails naming the cell.

The forms are read where they are (ODK samples and pyxform's own test forms); they are not
copied into the project. Where a form cannot run, the expected place and reason are pinned.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.survey.errors import LocatedErrors, TinjauError
from app.survey.forms import FormSession, load_form
from app.survey.forms.session import ANSWERABLE

from .conftest import FIXED_NOW, PUBLIC_FORMS

# form -> (place, phrase) for the forms that cannot run; every other form must fill. None of
# them runs in ODK Collect either.
EXPECTED_FAILURES = {
    # pyxform converts it, but its calculation is prose, not an expression: ODK Validate
    # (JavaRosa) refuses the XForm ("Result: Invalid").
    "pyxform-bad_calc.xlsx": ("survey!2", "calculation cannot be read"),
    # pyxform itself refuses `include` ("This section has not been included").
    "pyxform-include.xlsx": ("survey!3", "'include' is not supported"),
    "pyxform-include_json.xlsx": ("survey!2", "'include' is not supported"),
}

# form -> {file name: text}: the small attached files a form reads, written into a media
# folder made by the test (the form's own attachments are not public).
ATTACHMENTS = {
    "pyxform-pull_data.xlsx": {"fruits.csv": "name,colour\nbanana,yellow\nmango,orange\n"},
}

if PUBLIC_FORMS.is_dir():
    FORMS = sorted(p.name for p in PUBLIC_FORMS.iterdir() if p.suffix in (".xlsx", ".xls"))
else:
    FORMS = []


def sample_answer(session: FormSession, name: str, index: tuple[int, ...]) -> Any:
    """A plausible answer for any question type."""
    kind = session.definition.questions[name].type
    if kind in ("select_one", "select_one_from_file", "select_multiple", "rank"):
        offered = session.choices(name, index)
        if not offered:
            return None
        if kind == "rank":
            return [choice.name for choice in reversed(offered)]
        return [offered[0].name] if kind == "select_multiple" else offered[0].name
    return {
        "integer": 12,
        "decimal": 12.5,
        "date": "2026-12-01",
        "time": "10:15",
        "dateTime": "2026-12-01T10:15:00+07:00",
        "geopoint": "3.139 101.6869",
        "acknowledge": "OK",
    }.get(kind, "some text")


def fill_everything(session: FormSession) -> int:
    """Add one instance to each repeat not driven by repeat_count, answer every open question."""
    definition = session.definition
    for repeat in definition.repeat_names:
        if (
            not definition.questions[repeat].repeat_count
            and not definition.questions[repeat].repeats
        ):
            session.add_repeat(repeat)
    answered = 0
    keys = [
        (node.question.name, node.indices())
        for node in session.root.walk()
        if node.question is not None and node.question.type in ANSWERABLE
    ]
    for name, index in keys:
        try:
            question = session.node(name, index).question
        except TinjauError:
            continue  # an earlier answer changed a repeat_count and removed this instance
        assert question is not None
        if session.is_relevant(question.name, index) and not session.is_read_only(
            question.name, index
        ):
            value = sample_answer(session, question.name, index)
            if value is not None:
                session.set(question.name, value, index)
                answered += 1
    return answered


@pytest.mark.skipif(not FORMS, reason=f"the public forms folder {PUBLIC_FORMS} is absent")
@pytest.mark.parametrize("filename", FORMS or ["none"])
def test_public_form_loads_and_fills_or_names_the_cell(filename: str, tmp_path: Path) -> None:
    """Each public form either runs end to end or fails with its expected located error."""
    path = PUBLIC_FORMS / filename
    if filename in EXPECTED_FAILURES:
        place, phrase = EXPECTED_FAILURES[filename]
        with pytest.raises(LocatedErrors) as caught:
            load_form(path, cache_dir=tmp_path)
        assert place in [where for where, _ in caught.value.problems]
        assert phrase in str(caught.value)
        return
    media = tmp_path / "media"
    media.mkdir()
    for name, text in ATTACHMENTS.get(filename, {}).items():
        (media / name).write_text(text, encoding="utf-8")
    form = load_form(path, cache_dir=tmp_path, media_dir=media)
    session = FormSession(form, clock=lambda: FIXED_NOW)
    answered = fill_everything(session)
    assert answered > 0 or not any(q.type in ANSWERABLE for q in form.definition.questions.values())
    json.dumps(session.answers())  # the answer tree is JSON-ready
    json.dumps(session.completed_answers())
    assert isinstance(session.can_complete(), bool)
    for error in session.validate():
        assert error.message
    reopened = FormSession(form, session.answers(), clock=lambda: FIXED_NOW)
    assert reopened.answers() == session.answers()


def test_expected_failures_are_all_present() -> None:
    """The pinned failures and attachments name forms that really exist, so the tables cannot
    go stale."""
    if not FORMS:
        pytest.skip(f"the public forms folder {PUBLIC_FORMS} is absent")
    assert set(EXPECTED_FAILURES) <= set(FORMS)
    assert set(ATTACHMENTS) <= set(FORMS)


@pytest.mark.skipif(not FORMS, reason=f"the public forms folder {PUBLIC_FORMS} is absent")
def test_pull_data_form_reads_its_attached_csv(tmp_path: Path) -> None:
    """pyxform's pull_data form pulls 'mango' from fruits.csv in the media folder given, and
    is refused naming its row and the file when the folder lacks it (spec: pulldata)."""
    media = tmp_path / "media"
    media.mkdir()
    with pytest.raises(LocatedErrors) as caught:
        load_form(PUBLIC_FORMS / "pyxform-pull_data.xlsx", cache_dir=tmp_path, media_dir=media)
    assert caught.value.problems[0][0] == "survey!2"
    assert "fruits.csv" in caught.value.problems[0][1]
    (media / "fruits.csv").write_text("name,colour\nmango,orange\n", encoding="utf-8")
    form = load_form(PUBLIC_FORMS / "pyxform-pull_data.xlsx", cache_dir=tmp_path, media_dir=media)
    session = FormSession(form, clock=lambda: FIXED_NOW)
    assert session.value("fruit") == "mango"
    assert session.label("note_fruite") == "The fruit mango pulled from csv"


@pytest.mark.skipif(not FORMS, reason=f"the public forms folder {PUBLIC_FORMS} is absent")
def test_case_insensitivity_form_offers_its_external_choices(tmp_path: Path) -> None:
    """select_one_external reads the external_choices sheet, filtered by its choice_filter on
    the sheet's own column (YES_NO); the entity block and the osm question do not stop it."""
    form = load_form(PUBLIC_FORMS / "pyxform-case_insensitivity.xlsx", cache_dir=tmp_path)
    session = FormSession(form, clock=lambda: FIXED_NOW)
    session.set("q1", "n1-c")
    assert session.choices("q2") == []
    assert [c.name for c in form.definition.choices(form.definition.questions["q2"])] == [
        "n1-e",
        "n2-e",
    ]


def test_shipped_household_form_loads_and_fills(tmp_path: Path) -> None:
    """The household questionnaire in resources/forms runs end to end in a session."""
    from app.paths import HOUSEHOLD_FORM

    if not HOUSEHOLD_FORM.is_file():
        pytest.skip("resources/forms/household.xlsx is not there yet")
    form = load_form(HOUSEHOLD_FORM, cache_dir=tmp_path)
    session = FormSession(form, clock=lambda: FIXED_NOW)
    assert fill_everything(session) > 20
    for error in session.validate():
        assert error.message
    reopened = FormSession(form, session.answers(), clock=lambda: FIXED_NOW)
    assert reopened.answers() == session.answers()
