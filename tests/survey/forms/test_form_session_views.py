"""Read-only views of a form session for screens: the relevant answers without completing the
form, and whether a repeat with no instance yet is asked for."""

from __future__ import annotations

from pathlib import Path

from app.survey.forms import FormSession, load_form

from .conftest import FIXED_NOW


def _form(make_form, tmp_path: Path) -> FormSession:  # type: ignore[no-untyped-def]
    path = make_form(
        [
            ["type", "name", "label", "relevant"],
            ["end", "end", "", ""],
            ["select_one yn", "aid", "Received aid?", ""],
            ["text", "aid_note", "Which aid?", "${aid} = 'yes'"],
            ["begin repeat", "aids", "Aid", "${aid} = 'yes'"],
            ["text", "aid_name", "Name", ""],
            ["end repeat", "", "", ""],
        ],
        [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    return FormSession(load_form(path, cache_dir=tmp_path / "c"), clock=lambda: FIXED_NOW)


def test_relevant_answers_leave_out_hidden_ones_and_do_not_stamp_end(
    make_form, tmp_path: Path
) -> None:
    """relevant_answers() drops answers of questions hidden now and leaves `end` unset."""
    session = _form(make_form, tmp_path)
    session.set("aid", "yes")
    session.set("aid_note", "rice")
    session.set("aid", "no")
    shown = session.relevant_answers()
    assert shown["aid"] == "no" and "aid_note" not in shown
    assert session.answers()["aid_note"] == "rice"  # kept in the draft
    assert not session.value("end")


def test_new_instance_relevant_follows_the_repeat_relevance(make_form, tmp_path: Path) -> None:
    """A repeat with no instance is asked for exactly when its own `relevant` holds now."""
    session = _form(make_form, tmp_path)
    assert session.repeat_size("aids") == 0
    assert not session.new_instance_relevant("aids")
    session.set("aid", "yes")
    assert session.new_instance_relevant("aids")
