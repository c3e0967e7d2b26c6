"""The form's repeat groups other than the members roster, as export tables: one row per
instance (an aid record, say), linked to its household by `household_id`.

The groups and their fields come from the newest installed version of the workspace's form
(its workbook, compiled once and cached in the data folder's forms cache); the rows from each
household's latest finished interview, the one the poverty figures use, read as a stream.
Fields of a repeat nested inside another repeat are left out (each group lists its own fields).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from app.survey.reports.areas import Area, AreaTree, household_filter
from app.survey.reports.coverage import DONE

ROSTER = "members"  # exported from the members table, with its own sheet
NUMBER_TYPES = {"integer": "number", "decimal": "money", "range": "number"}


@dataclass(frozen=True)
class RepeatField:
    name: str
    label: str
    type: str  # the form's type: integer, decimal, text, select_one, date ...
    choices: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RepeatGroup:
    name: str
    label: str
    fields: tuple[RepeatField, ...]


def _pick(texts: dict[str, str], lang: str, default: str) -> str:
    from app.survey.forms.model import pick_label

    return pick_label(texts, lang, default) if texts else ""


def form_repeats(conn: Connection, lang: str) -> list[RepeatGroup]:
    """The repeat groups of the workspace's newest form version, labelled in `lang` (none
    when no form is installed). The workbook is read from the database and compiled in a
    temporary folder (the per-user form cache keeps the compiled form): an export never writes
    in the data folder."""
    from app.survey.forms.loader import load_form
    from app.survey.forms.workspace import current_form_id, newest_version, stage, stored_package

    form_id = current_form_id(conn)
    version = newest_version(conn, form_id)
    package = stored_package(conn, form_id, version) if version else None
    if package is None:
        return []
    with tempfile.TemporaryDirectory(prefix="tinjau-form-") as scratch:
        definition = load_form(stage(Path(scratch), package)).definition
    language = next((name for name in definition.languages if f"({lang})" in name), lang)
    groups = []
    for repeat in definition.questions.values():
        if repeat.type != "repeat" or repeat.name == ROSTER:
            continue
        fields = []
        for question in definition.questions.values():
            if not question.holds_answer or question.repeats[-1:] != (repeat.name,):
                continue
            choices = tuple(
                (c.name, _pick(c.labels, language, definition.default_language) or c.name)
                for c in definition.choices(question)
            )
            label = _pick(question.labels, language, definition.default_language)
            fields.append(RepeatField(question.name, label or question.name, question.type,
                                      choices))  # fmt: skip
        label = _pick(repeat.labels, language, definition.default_language) or repeat.name
        groups.append(RepeatGroup(repeat.name, label, tuple(fields)))
    return groups


def _value(field: RepeatField, value: Any, labels: bool) -> Any:
    if value is None or value == "":
        return None
    if (
        field.type in NUMBER_TYPES
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return value
    if field.type == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    if field.choices and labels:
        words = dict(field.choices)
        if isinstance(value, list):
            return ", ".join(words.get(str(v), str(v)) for v in value)
        return words.get(str(value), str(value))
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value if isinstance(value, str | int | float) else json.dumps(value)


def repeat_rows(
    conn: Connection,
    tree: AreaTree,
    within: Area | None,
    group: RepeatGroup,
    labels: bool = True,
) -> Iterator[list[Any]]:
    """Rows of `group` (household_id, instance number, then each field) for the households
    inside `within`, in area order."""
    where, params = household_filter(tree, within)
    done = ", ".join(f"'{status}'" for status in DONE)
    result = conn.execute(
        text(
            "SELECT h.id, (SELECT j.answers FROM interviews j WHERE j.household_id = h.id "
            f"  AND j.deleted_at IS NULL AND j.status IN ({done}) "
            "  ORDER BY j.completed_at DESC, j.id DESC LIMIT 1) "
            "FROM households h JOIN areas u ON u.id = h.unit_id "
            f"WHERE h.deleted_at IS NULL AND {where} ORDER BY u.path_code, h.seq"
        ),
        params,
    )
    while rows := result.fetchmany(1000):
        for household_id, raw in rows:
            if raw is None:
                continue
            try:
                answers = json.loads(raw)
            except ValueError:
                continue
            instances = answers.get(group.name) if isinstance(answers, dict) else None
            if not isinstance(instances, list):
                continue
            for number, instance in enumerate(instances, 1):
                if not isinstance(instance, dict):
                    continue
                yield [
                    household_id,
                    number,
                    *[_value(f, instance.get(f.name), labels) for f in group.fields],
                ]
