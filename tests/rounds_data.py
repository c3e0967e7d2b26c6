"""A workspace with two survey rounds, for tests of the round figures and the Reports window's
"Survey rounds" tab: the demo builder's interviews are the first round; a second round of the
demo's ward then re-interviews most of those households through the records layer, with their
incomes changed (some up, some down), and a few households not interviewed before.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

from app.paths import database_path, workspace_forms_dir
from app.survey.db import open_database
from app.survey.demo import build_demo
from app.survey.records import interviews, lifecycle, recorder, rounds
from app.survey.reports.standard import workspace_standard
from app.survey.scoring import HouseholdScore, UnusableAnswers
from app.survey.scoring.household import scorer_for

SECOND = "2027 follow-up"
INCOME_FIELDS = ("income_wages", "income_self_employment", "income_transfers")
HOUSEHOLD_INCOME = ("income_property", "income_other", "total_income", "income_per_capita")


def _scale_incomes(answers: dict[str, Any], factor: float) -> dict[str, Any]:
    changed = copy.deepcopy(answers)
    for member in changed.get("members") or []:
        for name in INCOME_FIELDS:
            if isinstance(member.get(name), int | float):
                member[name] = round(member[name] * factor, 2)
        if isinstance(member.get("member_income"), int | float):
            member["member_income"] = round(
                sum(float(member.get(n) or 0) for n in INCOME_FIELDS), 2
            )
    # Every part of the income scales alike, so the form's totals stay their sums.
    for name in HOUSEHOLD_INCOME:
        if isinstance(changed.get(name), int | float):
            changed[name] = round(changed[name] * factor, 2)
    return changed


def build_two_rounds(folder: Path, households: int = 400, seed: int = 5) -> dict[str, int]:
    """Build the demo in `folder`, then a second round of its ward; returns counts of what the
    second round did (`revisited`, `new`)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with open_database(database_path(folder)) as db:
        build_demo(db, households, seed=seed, today=date(2026, 11, 20))
        with db.read() as conn:
            ward = conn.exec_driver_sql(
                "SELECT path_code FROM areas WHERE level = 'ward' ORDER BY path_code LIMIT 1"
            ).scalar_one()
            # A returned interview is corrected in its own round: not visited again here.
            finished = conn.exec_driver_sql(
                "SELECT household_id, answers FROM interviews WHERE deleted_at IS NULL AND "
                "status IN (?, ?, ?) ORDER BY household_id",
                (lifecycle.COMPLETE, lifecycle.SYNCED, lifecycle.APPROVED),
            ).all()
            untouched = conn.exec_driver_sql(
                "SELECT h.id FROM households h WHERE NOT EXISTS (SELECT 1 FROM interviews i "
                "WHERE i.household_id = h.id) ORDER BY h.seq LIMIT 6"
            ).all()
            standard = workspace_standard(conn)
        with db.write() as conn:
            who = recorder.actor(conn, "supervisor")
            for first in rounds.list_rounds(conn):
                rounds.close_round(conn, ref=first.id, actor=who, closed_on=date(2026, 12, 1))
            rounds.open_round(conn, area=ward, name=SECOND, actor=who, opened_on=date(2027, 3, 1))
        scorer = scorer_for(standard)
        forms = workspace_forms_dir(folder)
        revisited = new = 0
        earlier = {str(h): json.loads(a) for h, a in finished}
        plan = [(h, a) for h, a in earlier.items() if rng.random() < 0.8]
        template = next(iter(earlier.values()))
        plan += [(str(h), template) for (h,) in untouched]
        for household_id, answers in plan:
            # Incomes halve, stay or double: households enter and leave the poor statuses.
            changed = _scale_incomes(answers, rng.choice((0.4, 1.0, 2.5)))
            opened = interviews.open_for_household(db, household_id=household_id, forms_dir=forms)
            assert not opened.exists, "a new round's visit begins a new interview"
            definition = opened.form.definition
            draft = interviews.Draft(
                interview_id=opened.interview_id, household_id=household_id,
                form_id=definition.form_id, form_version=definition.version, answers=changed,
                position={}, enumerator_id="enum01", sequence=1,
            )  # fmt: skip
            try:
                score = HouseholdScore(standard, scorer.facts(changed), "en")
            except UnusableAnswers:
                score = None
            with db.write() as conn:
                interviews.complete(conn, draft=draft, score=score, household_size=None)
            if household_id in earlier:
                revisited += 1
            else:
                new += 1
    return {"revisited": revisited, "new": new}
