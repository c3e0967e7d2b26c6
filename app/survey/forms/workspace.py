"""The questionnaires of one workspace: the versions installed in it, and the form new
interviews use.

Every installed version is a row of `form_versions` (its workbook's bytes); the files it reads
(`pulldata()`, `instance()`, choices from a file) are kept beside it as `meta` rows
`form_media:FORM/VERSION/NAME` (base64), so a version travels with every copy and backup of
tinjau.sqlite, as an installed poverty standard does. The form new interviews use is the newest
version of the form named by the `meta` row `form` (the shipped household form without one); an
interview keeps the version it was begun with (`interviews.form_version`) and opens with it.

Installing (`install_form_package`, from a file or, later, from the server) refuses, changing
nothing, a workbook that is not a readable XLSForm, a form the engine cannot run (every row named
at once), a form without a version, and a version of an installed form that is not newer than the
newest one (compared number by number, as standards are). The very same workbook again changes
nothing. Installing also lists, per poverty standard, the answers it reads that the form lacks:
such a standard scores the form's households as "insufficient data".
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, text

from app.survey.db.health import make_private_folder
from app.survey.errors import TinjauError
from app.survey.forms.compiled import CompiledForm
from app.survey.forms.loader import load_form
from app.survey.forms.media import EXTENSIONS, FormMedia
from app.survey.scoring.model import Standard
from app.survey.scoring.workspace import version_key

FORM_KEY = "form"
MEDIA_PREFIX = "form_media:"
SHIPPED_FORM_ID = "household"
# A questionnaire workbook is tens of kilobytes; its attached lists a few megabytes at most.
MAX_WORKBOOK_BYTES = 20_000_000
MAX_MEDIA_BYTES = 50_000_000


@dataclass(frozen=True)
class FormPackage:
    """One form version as it arrives: the workbook's file name and bytes, and its attached
    files by name (the same shape whether read from a folder or received from the server)."""

    name: str
    workbook: bytes
    media: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class StandardGap:
    """The answers a poverty standard reads that a form does not ask (sorted)."""

    standard_id: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class InstalledForm:
    """What installing did: the form and version, the newest version it follows (None for a
    form new to the workspace), whether the workspace already held exactly this workbook, and
    the standards' gaps (a standard with nothing missing has an empty `missing`)."""

    form_id: str
    version: str
    title: str
    replaced: str | None
    unchanged: bool
    gaps: tuple[StandardGap, ...]


def read_form_package(path: str | Path, media_dir: str | Path | None = None) -> FormPackage:
    """The workbook at `path` and the attached files it reads, found as `tinjau form check`
    finds them (`media_dir`, else `FORM-media/` and the workbook's folder). Refuses a workbook
    the engine cannot run, with every row named."""
    source = Path(path)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise TinjauError(
            f"Cannot read the form file {source.name} ({error.strerror}); check the path. "
            "Nothing was changed."
        ) from None
    if size > MAX_WORKBOOK_BYTES:
        raise TinjauError(
            f"The form file {source.name} is larger than 20 megabytes; a questionnaire is far "
            "smaller, so check that this is the right file. Nothing was changed."
        )
    with tempfile.TemporaryDirectory(prefix="tinjau-form-") as scratch:
        form = load_form(source, cache_dir=scratch, media_dir=media_dir)
    media: dict[str, bytes] = {}
    for path_found in _attached_paths(form):
        media[path_found.name] = path_found.read_bytes()
    if sum(len(content) for content in media.values()) > MAX_MEDIA_BYTES:
        raise TinjauError(
            f"The files attached to {source.name} add up to more than 50 megabytes; keep only "
            "the lists the form reads. Nothing was changed."
        )
    return FormPackage(source.name, source.read_bytes(), media)


def _attached_paths(form: CompiledForm) -> list[Path]:
    """The files a loaded form reads: secondary instances and choice lists from files."""
    media = form.media or FormMedia([])
    found: dict[str, Path] = {}
    lists = form.definition.choice_lists
    for instance_id in form.instance_ids:
        if instance_id not in lists:
            path = media.find(instance_id)
            if path is not None:
                found[path.name] = path
    for question in form.definition.questions.values():
        name = question.choices_file
        if name and Path(name).suffix.lower() in EXTENSIONS:
            for folder in media.folders:
                candidate = folder / name
                if candidate.is_file():
                    found[candidate.name] = candidate
                    break
    return list(found.values())


def stage(folder: Path, package: FormPackage) -> Path:
    """Write a package as the loader reads it: `<sha256>.xlsx` with `<sha256>-media/` beside
    it; returns the workbook's path. Files are owner-only, like every file in a data folder.
    Refuses (TinjauError, nothing written) an attached file whose name is not a plain file
    name: the names come from a workbook's sender, and one like `../x` would be written
    outside `folder`."""
    check_media_names(package)
    sha = hashlib.sha256(package.workbook).hexdigest()
    suffix = ".xls" if package.name.lower().endswith(".xls") else ".xlsx"
    workbook = folder / f"{sha}{suffix}"
    _write(workbook, package.workbook)
    for name, content in package.media.items():
        _write(folder / f"{sha}-media" / name, content)
    return workbook


def _write(path: Path, content: bytes) -> None:
    if path.is_file() and path.read_bytes() == content:
        return
    make_private_folder(path.parent)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(content)
    temporary.chmod(0o600)
    temporary.replace(path)


def plain_file_name(name: str) -> bool:
    """Whether `name` names a file inside a folder on every system: no folder part (either
    slash), not hidden or `..`, no drive, no control character, at most 200 characters."""
    return (
        0 < len(name) <= 200
        and Path(name).name == name
        and not name.startswith(".")
        and not any(c in name for c in "/\\:")
        and all(ord(c) >= 32 for c in name)
    )


def check_media_names(package: FormPackage) -> None:
    """Refuse a package with an attached file whose name is not a plain file name."""
    for name in package.media:
        if not plain_file_name(name):
            raise TinjauError(
                f"The form {package.name} comes with an attached file named '{name}', which is "
                "not a plain file name; nothing was changed."
            )


def install_form_package(
    conn: Connection,
    package: FormPackage,
    *,
    forms_dir: Path,
    installed_at: str,
    standards: Iterable[Standard] = (),
) -> InstalledForm:
    """Check `package` and make it the form new interviews use, in the caller's write
    transaction (see the module docstring for what is refused). The compiled definition is
    written to `forms_dir` only once every check has passed."""
    with tempfile.TemporaryDirectory(prefix="tinjau-form-") as scratch:
        staged = stage(Path(scratch), package)
        form = load_form(staged, cache_dir=Path(scratch) / "cache")
        definition = form.definition
        form_id, version = definition.form_id, definition.version
        if not str(version or "").strip():
            raise TinjauError(
                f"The form {package.name} has no version. Write one in the 'version' column "
                "of its settings sheet (for example 2026120101), then install it again; "
                "nothing was changed."
            )
        gaps = tuple(standard_gaps(form, standards))
        title = definition.title or form_id
        sha = hashlib.sha256(package.workbook).hexdigest()
        same = conn.execute(
            text("SELECT version FROM form_versions WHERE form_id = :form AND sha256 = :sha"),
            {"form": form_id, "sha": sha},
        ).first()
        if same is not None and same[0] == version:
            if current_form_id(conn) == form_id:
                return InstalledForm(form_id, version, title, None, True, gaps)
            _set_current(conn, form_id)
            return InstalledForm(form_id, version, title, None, False, gaps)
        newest = newest_version(conn, form_id)
        if newest is not None and version_key(version) <= version_key(newest):
            raise TinjauError(
                f"This workspace already has the form '{form_id}' at version {newest}, and "
                f"{package.name} has version {version}. To install it, raise 'version' in its "
                "settings sheet above the installed one; nothing was changed."
            )
        conn.execute(
            text(
                "INSERT INTO form_versions (form_id, version, sha256, title, workbook, "
                "installed_at) VALUES (:form, :version, :sha, :title, :workbook, :at)"
            ),
            {
                "form": form_id,
                "version": version,
                "sha": sha,
                "title": title,
                "workbook": package.workbook,
                "at": installed_at,
            },
        )
        for name, content in sorted(package.media.items()):
            conn.execute(
                text("INSERT INTO meta (key, value) VALUES (:key, :value)"),
                {
                    "key": f"{MEDIA_PREFIX}{form_id}/{version}/{name}",
                    "value": base64.b64encode(content).decode("ascii"),
                },
            )
        _set_current(conn, form_id)
        _keep_compiled(Path(scratch), forms_dir, package)
    return InstalledForm(form_id, version, title, newest, False, gaps)


def _keep_compiled(scratch: Path, forms_dir: Path, package: FormPackage) -> None:
    """The workbook, its files and its compiled definition, where the app opens them."""
    stage(forms_dir, package)
    compiled = scratch / "cache" / f"{hashlib.sha256(package.workbook).hexdigest()}.json"
    if compiled.is_file():
        make_private_folder(forms_dir / "cache")
        target = forms_dir / "cache" / compiled.name
        shutil.copyfile(compiled, target)
        target.chmod(0o600)


def _set_current(conn: Connection, form_id: str) -> None:
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": FORM_KEY, "value": form_id},
    )


def current_form_id(conn: Connection) -> str:
    """The id of the form new interviews use (the shipped household form unless another was
    installed)."""
    chosen = conn.execute(text("SELECT value FROM meta WHERE key = :key"), {"key": FORM_KEY})
    return str(chosen.scalar() or SHIPPED_FORM_ID)


def newest_version(conn: Connection, form_id: str) -> str | None:
    """The newest installed version of `form_id` (number by number), or None."""
    rows = conn.execute(
        text("SELECT version FROM form_versions WHERE form_id = :form"), {"form": form_id}
    )
    versions = [row[0] for row in rows]
    return max(versions, key=version_key) if versions else None


def stored_package(conn: Connection, form_id: str, version: str) -> FormPackage | None:
    """An installed version as a package (workbook and attached files), or None."""
    row = conn.execute(
        text("SELECT sha256, workbook FROM form_versions WHERE form_id = :form AND version = :v"),
        {"form": form_id, "v": version},
    ).first()
    if row is None:
        return None
    prefix = f"{MEDIA_PREFIX}{form_id}/{version}/"
    media = {
        key[len(prefix) :]: base64.b64decode(value)
        for key, value in conn.execute(
            text("SELECT key, value FROM meta WHERE key >= :low AND key < :high"),
            {"low": prefix, "high": prefix + "\uffff"},
        )
    }
    return FormPackage(f"{row[0]}.xlsx", bytes(row[1]), media)


def installed_forms(conn: Connection) -> list[tuple[str, str, str, str]]:
    """(form id, version, title, installed at) of every installed version, oldest first."""
    rows = conn.execute(
        text("SELECT form_id, version, title, installed_at FROM form_versions")
    ).all()
    return sorted(
        ((r[0], r[1], r[2], str(r[3])) for r in rows),
        key=lambda r: (r[0], version_key(r[1])),
    )


def standard_reads(standard: Standard) -> set[str]:
    """The answer names a standard reads: in its tests, `requires`, income field, regions and
    income definition (its own variables left out)."""
    from app.survey.scoring.evaluate import Expression

    names: set[str] = set()
    texts = [ind.test for ind in standard.indicators]
    texts += [ind.applicable for ind in standard.indicators if ind.applicable]
    texts += list(standard.variables.values())
    for ind in standard.indicators:
        for required in ind.requires:
            names.update(part for part in required.split("/") if part)
    if standard.income is not None:
        names.add(standard.income.field)
        names.update(standard.income.region_fields)
        if standard.income.fallback:
            texts.append(standard.income.fallback)
    for source in texts:
        expression = Expression(source)
        names.update(expression.references)
        names.update(expression.fields)
    return names - set(standard.variables)


def standard_gaps(form: CompiledForm, standards: Iterable[Standard]) -> list[StandardGap]:
    """For each standard, the answers it reads that `form` does not have."""
    have = set(form.definition.questions)
    return [
        StandardGap(standard.id, tuple(sorted(standard_reads(standard) - have)))
        for standard in standards
    ]
