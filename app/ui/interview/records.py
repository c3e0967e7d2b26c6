"""The interview's rows in the local database: find or begin one, save a draft, complete it.

Plain functions over an open `Database`, run by the interview screen's ops on the database
thread; no Qt here. Raw SQL through the driver keeps a draft save to one short transaction
(an UPDATE of one row, or an INSERT the first time) that the keystroke path can afford.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.paths import HOUSEHOLD_FORM
from app.survey.errors import TinjauError
from app.survey.forms import CompiledForm, load_form
from app.survey.forms.install import install_form
from app.ui.i18n import isolate_ltr
from app.ui.qt import QCoreApplication

log = logging.getLogger(__name__)

# Statuses of an interview the worker may still change on this device.
EDITABLE = ("draft", "returned")
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # the stored text form of app.survey.db.types
# Compiled forms by (workspace forms folder, form id, version), once per process.
_forms: dict[tuple[str, str, str], CompiledForm] = {}


def now_text() -> str:
    return datetime.now(UTC).strftime(_STAMP)


@dataclass
class OpenedInterview:
    """What the screen needs to show one household's interview."""

    interview_id: str
    household_id: str
    exists: bool  # False: nothing saved yet; the first save inserts the row
    status: str
    form: CompiledForm
    answers: dict[str, Any]
    position: dict[str, Any]
    household_label: str  # unit and head's name, for the title


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


def open_for_household(db: Any, household_id: str, forms_dir: Path) -> OpenedInterview:
    """The household's live interview (the newest), or a new one on the newest form version."""
    from app.survey.ids import uuid7

    with db.read() as conn:
        raw = _driver(conn)
        household = raw.execute(
            "SELECT h.head_name, coalesce(u.path_code, '') FROM households h "
            "LEFT JOIN areas u ON u.id = h.unit_id WHERE h.id = ?",
            (household_id,),
        ).fetchone()
        if household is None:
            raise TinjauError(
                QCoreApplication.translate(
                    "InterviewRecords", "This household is no longer on the list; refresh the list."
                )
            )
        label = f"{household[1].rsplit('/', 1)[-1]} · {household[0]}".strip(" ·")
        row = raw.execute(
            "SELECT id, form_id, form_version, answers, position, status FROM interviews "
            "WHERE household_id = ? AND deleted_at IS NULL "
            "ORDER BY started_at DESC, id DESC LIMIT 1",
            (household_id,),
        ).fetchone()
    if row is not None:
        interview_id, form_id, version, answers, position, status = row
        form = form_version(db, form_id, version, forms_dir)
        return OpenedInterview(
            interview_id,
            household_id,
            True,
            status,
            form,
            _json(answers),
            _json(position),
            label,
        )
    form = newest_form(db, forms_dir)
    answers = prefill(db, household_id, form)
    return OpenedInterview(uuid7(), household_id, False, "draft", form, answers, {}, label)


def prefill(db: Any, household_id: str, form: CompiledForm) -> dict[str, Any]:
    """What the census list already says, as answers of a new interview: where the household
    lives, and its members (name, relationship, sex, national ID, age) with the head first.
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
    state = places.get("state", ("", "", None, None))[0]
    country = (
        next(
            (
                c.extras.get("country")
                for c in definition.choices(questions["state"])
                if c.name == state
            ),
            None,
        )
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


def newest_form(db: Any, forms_dir: Path) -> CompiledForm:
    """The newest installed version of the workspace's form (`tinjau form install`; the shipped
    household form, installed first when the device has none)."""
    from app.survey.forms.workspace import current_form_id, newest_version

    with db.read() as conn:
        form_id = current_form_id(conn)
        version = newest_version(conn, form_id)
    if version is None:
        with db.write() as conn:
            form = install_form(
                conn, HOUSEHOLD_FORM, cache_dir=forms_dir / "cache", installed_at=now_text()
            )
        definition = form.definition
        _forms[(str(forms_dir), definition.form_id, definition.version)] = form
        return form
    return form_version(db, form_id, version, forms_dir)


def form_version(db: Any, form_id: str, version: str, forms_dir: Path) -> CompiledForm:
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
        raise TinjauError(
            QCoreApplication.translate(
                "InterviewRecords",
                "This interview was begun with version {version} of the form {form}, which is "
                "not on this device. Synchronise to receive it, then open the interview again.",
            ).format(version=isolate_ltr(version), form=isolate_ltr(form_id))
        )
    path = stage(forms_dir, package)
    form = load_form(path, cache_dir=forms_dir / "cache")
    _forms[key] = form
    return form


def save_draft(db: Any, draft: Draft) -> int:
    """Write the answers and position (inserting the interview the first time, which marks the
    household in progress); returns the draft's sequence number."""
    stamp = now_text()
    answers = json.dumps(draft.answers, ensure_ascii=False, separators=(",", ":"))
    position = json.dumps(draft.position, ensure_ascii=False)
    with db.write() as conn:
        raw = _driver(conn)
        updated = raw.execute(
            "UPDATE interviews SET answers = ?, position = ?, updated_at = ? "
            "WHERE id = ? AND status IN ('draft', 'returned')",
            (answers, position, stamp, draft.interview_id),
        ).rowcount
        if not updated:
            exists = raw.execute(
                "SELECT status FROM interviews WHERE id = ?", (draft.interview_id,)
            ).fetchone()
            if exists is not None:
                raise TinjauError(
                    QCoreApplication.translate(
                        "InterviewRecords",
                        "This interview is already complete; its answers can no longer change.",
                    )
                )
            device = raw.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            raw.execute(
                "INSERT INTO interviews (id, household_id, form_id, form_version, answers, "
                "position, status, started_at, updated_at, enumerator_id, device_id) "
                "VALUES (?,?,?,?,?,?,'draft',?,?,?,?)",
                (
                    draft.interview_id,
                    draft.household_id,
                    draft.form_id,
                    draft.form_version,
                    answers,
                    position,
                    stamp,
                    stamp,
                    draft.enumerator_id,
                    device[0] if device else None,
                ),
            )
            raw.execute(
                "UPDATE households SET visit_status = 'in_progress', updated_at = ? "
                "WHERE id = ? AND visit_status = 'not_visited'",
                (stamp, draft.household_id),
            )
    return draft.sequence


def complete_interview(db: Any, draft: Draft, score: Any, household_size: int | None) -> None:
    """Store the completed answers, mark the interview and the household complete, and keep
    the score (`score` is a HouseholdScore, or None when no standard could be used)."""
    from app.survey.scoring.store import store_score

    save_draft(db, draft)  # the row exists after this, whatever happened before
    stamp = now_text()
    with db.write() as conn:
        raw = _driver(conn)
        raw.execute(
            "UPDATE interviews SET answers = ?, status = 'complete', completed_at = ?, "
            "updated_at = ? WHERE id = ?",
            (
                json.dumps(draft.answers, ensure_ascii=False, separators=(",", ":")),
                stamp,
                stamp,
                draft.interview_id,
            ),
        )
        size = household_size if household_size and 1 <= household_size <= 99 else None
        raw.execute(
            "UPDATE households SET visit_status = 'complete', poverty_status = ?, "
            "household_size = coalesce(?, household_size), updated_at = ? WHERE id = ?",
            (score.status if score is not None else None, size, stamp, draft.household_id),
        )
        if score is not None:
            store_score(conn, draft.interview_id, score)
