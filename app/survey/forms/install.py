"""Installing a form version in a workspace: compiled once (pyxform runs here, never when an
interview opens) and recorded in `form_versions` with its workbook, so drafts begun on it can
always be reopened."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Connection

from app.survey.forms.compiled import CompiledForm
from app.survey.forms.loader import load_form


def install_form(
    conn: Connection, workbook: Path, *, cache_dir: Path, installed_at: str
) -> CompiledForm:
    """Compile `workbook` into `cache_dir` and record its version in `form_versions` (a version
    already installed is left as it is). Raises `LocatedErrors` for a form that cannot run."""
    form = load_form(workbook, cache_dir=cache_dir)
    content = workbook.read_bytes()
    definition = form.definition
    conn.exec_driver_sql(
        "INSERT INTO form_versions (form_id, version, sha256, title, workbook, installed_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (form_id, version) DO NOTHING",
        (
            definition.form_id,
            definition.version,
            hashlib.sha256(content).hexdigest(),
            definition.title or definition.form_id,
            content,
            installed_at,
        ),
    )
    return form
