"""Interviews: open (or begin) a household's interview, save a draft, complete it, reopen it.

A draft save is the keystroke path: one UPDATE of one row through the driver, no audit and no
outbox (drafts stay on the device). The first save begins the interview (audited, and the
household moves to "in progress"). Completion is ONE transaction: the last answers, both status
moves, the score, the audit entry and the interview's single outbox entry commit together, or
none of them does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.paths import HOUSEHOLD_FORM
from app.survey.countries import workspace_country
from app.survey.db.engine import Database
from app.survey.errors import DomainError
from app.survey.forms import CompiledForm, load_form
from app.survey.forms.install import install_form
from app.survey.ids import uuid7
from app.survey.records import attachments, households, lifecycle, recorder, rounds
from app.survey.records.attachments import Attachment, folder_of, for_interview

# Compiled forms by (workspace forms folder, form id, version), once per process.
_forms: dict[tuple[str, str, str], CompiledForm] = {}


@dataclass
class OpenedInterview:
    """What a screen needs to show one household's interview."""

    interview_id: str
    household_id: str
    exists: bool  # False: nothing saved yet; the first save inserts the row
    status: str
    form: CompiledForm
    answers: dict[str, Any]
    position: dict[str, Any]
    household_label: str  # unit and head's name, for the title
    # The files its answers name (photos, sound, ...) and the folder they are kept in.
    attachments: list[Attachment] = field(default_factory=list)
    attachments_folder: Path | None = None


@dataclass(frozen=True)
class Draft:
    """One save: the whole answer tree and where the worker is."""

    interview_id: str
    household_id: str
    form_id: str
    form_version: str
    answers: dict[str, Any]
    position: dict[str, Any]
    enumerator_id: str | None
    sequence: int


def _driver(conn: Any) -> Any:
    return conn.connection.driver_connection


def open_for_household(db: Database, *, household_id: str, forms_dir: Path) -> OpenedInterview:
    """The household's live interview (the newest being worked on here, else the newest), or
    a new one on the newest form version."""
    with db.read() as conn:
        raw = _driver(conn)
        household = raw.execute(
            "SELECT h.head_name, coalesce(u.path_code, '') FROM households h "
            "LEFT JOIN areas u ON u.id = h.unit_id WHERE h.id = ?",
            (household_id,),
        ).fetchone()
        if household is None:
            raise DomainError("household.gone")
        label = f"{household[1].rsplit('/', 1)[-1]} · {household[0]}".strip(" ·")
        # One being worked on here first (a draft, a returned one being corrected): an
        # interview of another device received later must not hide it.
        row = raw.execute(
            "SELECT id, form_id, form_version, answers, position, status, round_id "
            "FROM interviews WHERE household_id = ? AND deleted_at IS NULL "
            "ORDER BY status IN (?, ?) DESC, started_at DESC, id DESC LIMIT 1",
            (household_id, *lifecycle.EDITABLE),
        ).fetchone()
        if row is not None and _earlier_round(conn, household_id, row[5], row[6]):
            row = None  # visited again in a new round: a new interview, the old one kept
        files = for_interview(conn, row[0]) if row is not None else []
    if row is not None:
        interview_id, form_id, version, answers, position, status, _round = row
        form = form_version(db, form_id, version, forms_dir)
        return OpenedInterview(
            interview_id=interview_id,
            household_id=household_id,
            exists=True,
            status=status,
            form=form,
            answers=_json(answers),
            position=_json(position),
            household_label=label,
            attachments=files,
            attachments_folder=folder_of(db),
        )
    form = newest_form(db, forms_dir)
    return OpenedInterview(
        interview_id=uuid7(),
        household_id=household_id,
        exists=False,
        status=lifecycle.DRAFT,
        form=form,
        answers=prefill(db, household_id, form),
        position={},
        household_label=label,
        attachments_folder=folder_of(db),
    )


def _earlier_round(conn: Connection, household_id: str, status: str, round_id: Any) -> bool:
    """True when the household's newest interview is finished and belongs to an earlier round
    than the one an interview begun now would belong to."""
    if status in lifecycle.EDITABLE:
        return False
    now = rounds.round_for_household(conn, household_id)
    return now is not None and now != round_id


def prefill(db: Database, household_id: str, form: CompiledForm) -> dict[str, Any]:
    """What the census list already says, as answers of a new interview: the workspace's
    country, where the household lives, and its members (name, relationship, sex, national ID,
    age) with the head first; a household a census list names only by its head has them as
    member 1.
    Only questions the form has, and only choices it offers, are filled; the worker checks
    them with the household."""
    from datetime import date

    definition = form.definition
    questions = definition.questions

    def fits(name: str, value: Any) -> bool:
        question = questions.get(name)
        if question is None or value in (None, ""):
            return False
        if question.is_select:
            return value in {c.name for c in definition.choices(question)}
        return True

    answers: dict[str, Any] = {}
    with db.read() as conn:
        raw = _driver(conn)
        unit = raw.execute(
            "SELECT a.id FROM households h JOIN areas a ON a.id = h.unit_id WHERE h.id = ?",
            (household_id,),
        ).fetchone()
        places: dict[str, tuple[str, str, Any, Any]] = {}
        area_id = unit[0] if unit else None
        while area_id is not None and len(places) < 8:
            row = raw.execute(
                "SELECT parent_id, level, code, name, floor, unit_number FROM areas WHERE id = ?",
                (area_id,),
            ).fetchone()
            if row is None:
                break
            area_id, level = row[0], row[1]
            places[level] = (row[2], row[3], row[4], row[5])
        members = raw.execute(
            "SELECT name, relationship_to_head, sex, national_id, birth_date FROM members "
            "WHERE household_id = ? AND deleted_at IS NULL ORDER BY line_number",
            (household_id,),
        ).fetchall()
        if not members:
            # An imported census list names only the head: they are member 1. (A household
            # added in the field keeps an empty roster, begun by the worker.)
            members = raw.execute(
                "SELECT head_name, 'head', NULL, head_national_id, NULL FROM households "
                "WHERE id = ? AND source = 'census' AND head_name != ''",
                (household_id,),
            ).fetchall()
        workspace = workspace_country(conn).code
    state = places.get("state", ("", "", None, None))[0]
    # The country of the state's choice, else the workspace's; only for a form that asks where
    # the household lives by country and state (as the household form does).
    country = (
        next(
            (
                c.extras.get("country")
                for c in definition.choices(questions["state"])
                if c.name == state
            ),
            None,
        )
        or workspace
        if "state" in questions
        else None
    )
    for name, value in (
        ("country", country),
        ("state", state),
        ("district", places.get("district", ("", ""))[1]),
        ("ward", places.get("ward", ("", ""))[1]),
        ("site", places.get("site", ("", ""))[1]),
        ("block", places.get("block", ("", ""))[0]),
        ("floor_level", str(places["unit"][2]) if places.get("unit", ("",) * 4)[2] else None),
        ("unit_number", places.get("unit", ("", "", None, None))[3]),
    ):
        if fits(name, value):
            answers[name] = value
    if "members" in questions and members:
        today = date.today()
        roster = []
        for name, relationship, sex, national_id, born in members:
            member: dict[str, Any] = {}
            age = None
            if born:
                try:
                    birth = date.fromisoformat(str(born)[:10])
                    age = (
                        today.year
                        - birth.year
                        - ((today.month, today.day) < (birth.month, birth.day))
                    )
                except ValueError:
                    age = None
            for field, value in (
                ("name", name),
                ("relationship", relationship),
                ("sex", sex),
                ("national_id", national_id),
                ("age", age if age is not None and age >= 0 else None),
                ("dob", str(born)[:10] if born else None),
            ):
                if fits(field, value):
                    member[field] = value
            roster.append(member)
        answers["members"] = roster
    return answers


def _json(text: Any) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text) if isinstance(text, str | bytes) else text
    return value if isinstance(value, dict) else {}


def newest_form(db: Database, forms_dir: Path) -> CompiledForm:
    """The newest installed version of the workspace's form (`tinjau form install`; the shipped
    household form, installed first when the device has none)."""
    from app.survey.forms.workspace import current_form_id, newest_version

    with db.read() as conn:
        form_id = current_form_id(conn)
        version = newest_version(conn, form_id)
    if version is None:
        with db.write() as conn:
            form = install_form(
                conn, HOUSEHOLD_FORM, cache_dir=forms_dir / "cache", installed_at=recorder.now()
            )
        definition = form.definition
        _forms[(str(forms_dir), definition.form_id, definition.version)] = form
        return form
    return form_version(db, form_id, version, forms_dir)


def form_version(db: Database, form_id: str, version: str, forms_dir: Path) -> CompiledForm:
    """The form an interview was begun with, from `form_versions` with its attached files
    (compiled once per process; pyxform runs only the first time a workbook is seen, then its
    cache is used)."""
    from app.survey.forms.workspace import stage, stored_package

    key = (str(forms_dir), form_id, version)
    if key in _forms:
        return _forms[key]
    with db.read() as conn:
        package = stored_package(conn, form_id, version)
    if package is None:
        raise DomainError("form.missing", version=version, form=form_id)
    path = stage(forms_dir, package)
    form = load_form(path, cache_dir=forms_dir / "cache")
    _forms[key] = form
    return form


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def save_draft(conn: Connection, *, draft: Draft) -> int:
    """Write the answers and position (beginning the interview the first time); returns the
    draft's sequence number. Refused once the interview is no longer editable."""
    stamp = recorder.now()
    answers = _dumps(draft.answers)
    position = json.dumps(draft.position, ensure_ascii=False)
    raw = _driver(conn)
    updated = raw.execute(
        "UPDATE interviews SET answers = ?, position = ?, updated_at = ? "
        "WHERE id = ? AND status IN (?, ?)",
        (answers, position, stamp, draft.interview_id, *lifecycle.EDITABLE),
    ).rowcount
    if not updated:
        _begin(conn, draft=draft, answers=answers, position=position, stamp=stamp)
    else:  # a draft continued after the visit was marked not found or refused
        households.let_in(conn, household_id=draft.household_id)
    return draft.sequence


def _begin(conn: Connection, *, draft: Draft, answers: str, position: str, stamp: str) -> None:
    """Insert the interview (audited, not shipped) and mark the household in progress."""
    raw = _driver(conn)
    if raw.execute("SELECT 1 FROM interviews WHERE id = ?", (draft.interview_id,)).fetchone():
        raise DomainError("interview.locked")
    who = recorder.actor(conn, draft.enumerator_id)
    round_id = rounds.round_for_household(conn, draft.household_id)
    earlier = raw.execute(
        "SELECT 1 FROM interviews WHERE household_id = ? AND deleted_at IS NULL "
        "AND round_id IS NOT ? LIMIT 1",
        (draft.household_id, round_id),
    ).fetchone()
    raw.execute(
        "INSERT INTO interviews (id, household_id, form_id, form_version, answers, "
        "position, status, started_at, updated_at, enumerator_id, device_id, round_id) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            draft.interview_id, draft.household_id, draft.form_id, draft.form_version,
            answers, position, lifecycle.DRAFT, stamp, stamp, draft.enumerator_id,
            who.device_id, round_id,
        ),
    )  # fmt: skip
    if earlier is not None and round_id is not None:
        # A new round's visit: the household's visit starts again from this interview.
        households.start_round_visit(conn, household_id=draft.household_id)
    else:
        households.let_in(conn, household_id=draft.household_id)
    recorder.record(conn, action="interview.begin", record_id=draft.interview_id, actor=who)


def complete(conn: Connection, *, draft: Draft, score: Any, household_size: int | None) -> None:
    """Store the completed answers, mark the interview and the household complete, keep the
    score (`score` is a HouseholdScore, or None when no standard could be used), and record it:
    all in the caller's one transaction."""
    from app.survey.scoring.store import store_score

    save_draft(conn, draft=draft)  # the row exists after this, whatever happened before
    status = _status(conn, draft.interview_id)
    lifecycle.check_interview(status, lifecycle.COMPLETE)
    # The files it ships are the ones its answers name (a replaced photo is left behind).
    attachments.reconcile(conn, interview_id=draft.interview_id, answers=draft.answers)
    stamp = recorder.now()
    conn.exec_driver_sql(
        "UPDATE interviews SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?",
        (lifecycle.COMPLETE, stamp, stamp, draft.interview_id),
    )
    households.set_visit(conn, household_id=draft.household_id, status=lifecycle.COMPLETE)
    conn.exec_driver_sql(
        "UPDATE households SET poverty_status = ? WHERE id = ?",
        (score.status if score is not None else None, draft.household_id),
    )
    who = recorder.actor(conn, draft.enumerator_id)
    size = household_size if household_size and 1 <= household_size <= 99 else None
    if size is not None:
        # The size the interview found is a census fact of the household: it ships with it.
        resized = conn.exec_driver_sql(
            "UPDATE households SET household_size = ?, updated_at = ? "
            "WHERE id = ? AND household_size IS NOT ?",
            (size, stamp, draft.household_id, size),
        ).rowcount
        if resized:
            recorder.record(
                conn, action="household.edit", record_id=draft.household_id, actor=who,
                detail={"by": "interview.complete"},
            )  # fmt: skip
    if score is not None:
        store_score(conn, draft.interview_id, score)
    recorder.record(conn, action="interview.complete", record_id=draft.interview_id, actor=who)


def reopen(conn: Connection, *, interview_id: str, actor: recorder.Actor) -> None:
    """Turn a returned interview back into a draft to correct (the household is in progress
    again); audited, not shipped: the next completion ships."""
    lifecycle.check_interview(_status(conn, interview_id), lifecycle.DRAFT)
    household_id = conn.exec_driver_sql(
        "SELECT household_id FROM interviews WHERE id = ?", (interview_id,)
    ).scalar_one()
    conn.exec_driver_sql(
        "UPDATE interviews SET status = ?, completed_at = NULL, updated_at = ? WHERE id = ?",
        (lifecycle.DRAFT, recorder.now(), interview_id),
    )
    households.set_visit(conn, household_id=household_id, status=lifecycle.IN_PROGRESS)
    recorder.record(conn, action="interview.reopen", record_id=interview_id, actor=actor)


def _status(conn: Connection, interview_id: str) -> str:
    row = conn.exec_driver_sql(
        "SELECT status FROM interviews WHERE id = ? AND deleted_at IS NULL", (interview_id,)
    ).first()
    if row is None:
        raise DomainError("interview.gone")
    return str(row[0])


def sample_household(conn: Connection) -> str | None:
    """A household to show an interview of (`tinjau gui --view interview`): one whose
    interview is a draft, else the first listed; None when there are no households."""
    row = (
        conn.exec_driver_sql(
            "SELECT h.id FROM households h JOIN interviews i ON i.household_id = h.id "
            "WHERE i.status = ? AND i.deleted_at IS NULL ORDER BY h.seq LIMIT 1",
            (lifecycle.DRAFT,),
        ).first()
        or conn.exec_driver_sql("SELECT id FROM households ORDER BY seq LIMIT 1").first()
    )
    return None if row is None else str(row[0])
