"""The whole interview of a 5-member household (head 45, spouse 42, children 17, 12 and 6) from
the keyboard only, in each interface language: every key goes to the focused widget, nothing is
clicked, the keys are counted, and every answer stored is the one typed or picked. The run itself
is tests/ui/keyboard_household.py (bench/bench_keyboard.py times it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.survey.db import cipher
from app.ui import i18n
from app.ui.interview.pages import InstancePage
from tests.ui.interview_helpers import make_workspace, new_household, open_view, wait_for_ops
from tests.ui.keyboard import Keyboard
from tests.ui.keyboard_household import HOUSEHOLD, MEMBERS, interview

LOCATION = ("country", "state", "district", "ward", "site", "block", "floor_level", "unit_number")
KEY_BUDGET = 400


def stored(folder: Path, household: str) -> tuple[str, dict[str, Any]]:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        status, answers = conn.execute(
            "SELECT status, answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    return status, json.loads(answers)


def same(planned: Any, got: Any) -> bool:
    if isinstance(planned, list):
        return isinstance(got, list) and sorted(planned) == sorted(got)
    return bool(got == planned)


@pytest.mark.parametrize("language", ["en", "ms", "vi", "fa"])
def test_a_five_member_household_is_interviewed_from_the_keyboard_as_typed(
    qtbot, tmp_path: Path, language: str
) -> None:
    folder = make_workspace(tmp_path / "data", households=4)
    household = new_household(folder)
    i18n.set_language(language)
    view = open_view(qtbot, folder, household, height=900, active=True)
    assert view.session is not None
    prefilled = {name: view.session.value(name, ()) for name in LOCATION}
    keys = Keyboard()

    run = interview(view, keys)
    wait_for_ops(qtbot)

    status, answers = stored(folder, household)
    assert status == "complete"
    wrong = [
        (name, planned, answers.get(name))
        for name, planned in HOUSEHOLD.items()
        if not same(planned, answers.get(name))
    ]
    assert len(answers["members"]) == len(MEMBERS)
    for number, (member, got) in enumerate(zip(MEMBERS, answers["members"], strict=True)):
        wrong += [
            (f"{name} of member {number + 1}", planned, got.get(name))
            for name, planned in member.items()
            if not same(planned, got.get(name))
        ]
    wrong += [(n, prefilled[n], answers.get(n)) for n in LOCATION if answers.get(n) != prefilled[n]]
    assert wrong == []
    # Asked once for the household on the head's page, not of each member again.
    for got in answers["members"][1:]:
        assert not {"citizenship", "religion", "chronic_diseases", "disability"} & set(got)
    assert run.answered == len(HOUSEHOLD) + sum(len(m) for m in MEMBERS)
    assert run.keys <= KEY_BUDGET, f"{run.keys} keys for {run.answered} answers"
    if language == "en":
        # Completed, the grid is read-only: typing changes nothing and Enter opens a member.
        view.show_page("household_members")
        roster = view.current_page().roster
        roster.table.setFocus()
        roster.select_row(1, 3)
        keys.type("9")
        keys.enter()
        assert view.session.value("age", (1,)) == MEMBERS[1]["age"]
        page = view.current_page()
        assert isinstance(page, InstancePage) and page.index == (1,)
