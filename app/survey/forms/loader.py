"""Load an XLSForm workbook into a compiled form, through pyxform once and a cache after that.

pyxform takes 100-550 ms per workbook, so the built definition is kept as JSON keyed by the
workbook's sha256 (plus the CSV choice files it read); opening an interview then costs only the
expression compilation. Every problem comes back as `LocatedErrors` with `sheet!row` places.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import warnings as pywarnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.survey.errors import LocatedErrors
from app.survey.forms.build import BuildProblems, build_definition
from app.survey.forms.compiled import CompiledForm
from app.survey.forms.media import FormMedia
from app.survey.forms.model import FormDefinition

log = logging.getLogger(__name__)

# Bump when FormDefinition's JSON shape or the build rules change, so old cache files are ignored.
# (The cache also records `engine_stamp()`, so a forgotten bump cannot serve stale definitions.)
CACHE_FORMAT = 5
# The modules whose code decides what a cached definition holds.
_BUILD_SOURCES = ("build.py", "model.py", "loader.py")
_PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_PYXFORM_SHEET = re.compile(r"On the '(\w+)' sheet,?\s*", re.IGNORECASE)
# pyxform's wording for a ${name} that is not in the form, said the way our own check says it.
_MISSING_NAME = re.compile(
    r"the '([\w:]+)' value is invalid\. Reference variables must contain a name from the "
    r"'survey' sheet\. Could not find the name '([^']+)'\.?"
)
_UNREADABLE = (
    "is not a readable XLSForm workbook (.xlsx or .xls with a 'survey' sheet); "
    "open it in a spreadsheet program, save it as .xlsx and try again"
)


def default_cache_dir() -> Path:
    """The per-user cache folder for compiled forms."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tinjau" / "forms"


@lru_cache(maxsize=1)
def engine_stamp() -> str:
    """A digest of the form-building code and pyxform's version: cached definitions made by any
    other code are rebuilt, whether or not someone remembered to bump CACHE_FORMAT."""
    from importlib.util import find_spec

    digest = hashlib.sha256(str(CACHE_FORMAT).encode())
    if getattr(sys, "frozen", False):
        # An installed bundle (installer/): its code has no source files to read, and changes
        # only with the app's version, which a new installation brings.
        from app import __version__

        digest.update(f"bundle {__version__}".encode())
        return digest.hexdigest()[:16]
    sources = [Path(__file__).resolve().parent / name for name in _BUILD_SOURCES]
    # pyxform's __init__.py holds its __version__; read as text, since importing pyxform (or
    # importlib.metadata) would cost more than the cache saves on a warm open.
    spec = find_spec("pyxform")
    if spec is not None and spec.origin:
        sources.append(Path(spec.origin))
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def load_form(
    path: str | Path,
    cache_dir: str | Path | None = None,
    media_dir: str | Path | None = None,
) -> CompiledForm:
    """Load and compile the XLSForm at `path`, using and filling the cache in `cache_dir`.

    `cache_dir=None` means the per-user cache (`default_cache_dir()`); `""` skips the cache
    (every load runs pyxform). The form's attached files (pulldata, instance) are looked up in
    `media_dir`, or else in `<form>-media/` and beside the workbook (see media.py); a file the
    form names that is in neither is a problem. Problems raise `LocatedErrors` with `sheet!row`
    places.
    """
    source = Path(path)
    try:
        content = source.read_bytes()
    except OSError as error:
        raise LocatedErrors(
            "", [(source.name, f"cannot read the form file ({error.strerror}); check the path")]
        ) from None
    sha = hashlib.sha256(content).hexdigest()
    cache = None if cache_dir == "" else Path(cache_dir or default_cache_dir())
    if cache is not None:
        definition = _read_cache(cache, sha, source.parent)
        if definition is not None:
            # The cache is keyed by content: the same workbook may come back under a new name.
            definition.source_name = source.name
            return _with_media(CompiledForm(definition), source, media_dir)
    media = FormMedia.for_form(source, Path(media_dir) if media_dir else None)
    definition, csv_texts, pyxform_tree = parse_workbook(content, source, media.folders)
    definition.source_sha256 = sha
    definition.source_name = source.name
    compiled = CompiledForm(definition)  # raises LocatedErrors for expressions it cannot run
    _validate_with_pyxform(pyxform_tree, source)
    if cache is not None:
        _write_cache(cache, sha, definition, csv_texts)
    return _with_media(compiled, source, media_dir)


def _with_media(form: CompiledForm, source: Path, media_dir: str | Path | None) -> CompiledForm:
    """Attach the media folders; every attached file the form names must be there."""
    form.media = FormMedia.for_form(source, Path(media_dir) if media_dir else None)
    problems = form.attached_files_missing()
    if problems:
        raise LocatedErrors(f"{source.name} cannot be run by Tinjau:", problems)
    return form


def parse_workbook(
    content: bytes, source: Path, media_folders: tuple[Path, ...] | None = None
) -> tuple[FormDefinition, dict[str, str], dict[str, Any]]:
    """Run pyxform's workbook-to-JSON step and build our definition from its tree.

    Returns the definition, the choice files read (path from the form's folder -> text) and
    pyxform's tree. Choice files are looked up in `media_folders` (default: the form's folder).
    """
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    file_type = source.suffix.lower() if source.suffix.lower() in (".xls", ".xlsx") else None
    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("ignore")  # openpyxl's notes about unknown extensions
            workbook = get_xlsform(xlsform=content, file_type=file_type)
    except Exception as error:  # noqa: BLE001 - any reader failure means an unreadable file
        log.debug("workbook read failed: %s", type(error).__name__)
        raise LocatedErrors("", [(source.name, _UNREADABLE)]) from None
    try:
        rows = _survey_rows(workbook.survey or [])
        warnings: list[str] = []
        data = workbook_to_json(
            workbook_dict=workbook,
            form_name=None,
            fallback_form_name=source.stem,
            default_language=None,
            warnings=warnings,
        )
        cells = _expression_cells(workbook.survey or [], workbook.survey_header or [])
    except PyXFormError as error:
        raise LocatedErrors(
            f"{source.name} is not a valid XLSForm:", [_pyxform_problem(str(error))]
        ) from None
    except Exception as error:  # noqa: BLE001 - pyxform's internals fail in many ways
        log.debug("workbook conversion failed: %s", type(error).__name__)
        raise LocatedErrors("", [(source.name, _UNREADABLE)]) from None
    problems = BuildProblems()
    definition, csv_texts = build_definition(
        data,
        rows,
        source.parent,
        problems,
        cells,
        workbook.external_choices or [],
        media_folders,
    )
    if problems:
        raise LocatedErrors(f"{source.name} cannot be run by Tinjau:", list(problems))
    definition.warnings = tuple(_pyxform_problem(w)[1] for w in warnings)
    return definition, csv_texts, data


def _survey_rows(survey: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Worksheet row numbers of each name; pyxform keeps blank rows, so index + 2 is the row."""
    rows: dict[str, list[int]] = {}
    for index, row in enumerate(survey):
        name = next((v for k, v in row.items() if str(k).strip().lower() == "name"), None)
        if name:
            rows.setdefault(str(name).strip(), []).append(index + 2)
    return rows


# pyxform's name for a survey column (after its aliases) -> the expression column it holds.
_EXPRESSION_HEADERS = {
    ("bind", "calculate"): "calculation",
    ("bind", "relevant"): "relevant",
    ("bind", "constraint"): "constraint",
    ("bind", "required"): "required",
    ("bind", "readonly"): "read_only",
    ("choice_filter",): "choice_filter",
    ("control", "jr:count"): "repeat_count",
    ("default",): "default",
}


def _expression_cells(
    survey: list[dict[str, Any]], headers: list[dict[str, Any]]
) -> dict[int, dict[str, str]]:
    """The expression cells of each survey row exactly as written (see build_definition)."""
    from pyxform.aliases import survey_header
    from pyxform.parsing.sheet_headers import process_header
    from pyxform.question import MultipleChoiceQuestion

    names = list(headers[0]) if headers else list(dict.fromkeys(k for r in survey for k in r))
    double_colon = any("::" in str(name) for name in names)
    slots = set(MultipleChoiceQuestion.get_slot_names())
    columns: dict[Any, str] = {}
    for name in names:
        _, tokens = process_header(
            header=name,
            use_double_colon=double_colon,
            header_aliases=survey_header,
            header_columns=slots,
        )
        if tuple(tokens) in _EXPRESSION_HEADERS:
            columns[name] = _EXPRESSION_HEADERS[tuple(tokens)]
    cells: dict[int, dict[str, str]] = {}
    for index, row in enumerate(survey):
        found = {columns[k]: str(v) for k, v in row.items() if k in columns and v is not None}
        if found:
            cells[index + 2] = found  # the worksheet row, as in _survey_rows
    return cells


def _pyxform_problem(message: str) -> tuple[str, str]:
    """pyxform's `[row : 5] On the 'survey' sheet, ...` as (`survey!5`, rest of the message)."""
    text = " ".join(message.split())
    row = _PYXFORM_ROW.search(text)
    sheet = _PYXFORM_SHEET.search(text)
    sheet_name = sheet.group(1).lower() if sheet else "survey"
    text = _PYXFORM_SHEET.sub("", _PYXFORM_ROW.sub("", text)).strip()
    missing = _MISSING_NAME.search(text)
    if missing:
        column, name = missing.groups()
        text = f"{column} refers to ${{{name}}}, which is not a question in this form"
    if row:
        return f"{sheet_name}!{row.group(1)}", text
    return (sheet_name if sheet else "", text)


def _validate_with_pyxform(tree: dict[str, Any], source: Path) -> None:
    """Let pyxform build its XForm too, so a form it would refuse is refused here as well."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError

    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("ignore")
            create_survey_element_from_dict(tree).to_xml(
                validate=False, pretty_print=False, warnings=[]
            )
    except PyXFormError as error:
        raise LocatedErrors(
            f"{source.name} is not a valid XLSForm:", [_pyxform_problem(str(error))]
        ) from None
    except Exception as error:  # noqa: BLE001 - pyxform's internals fail in many ways
        log.debug("pyxform conversion failed: %s", type(error).__name__)
        raise LocatedErrors(
            f"{source.name} is not a valid XLSForm:",
            [
                (
                    "",
                    f"pyxform could not convert it ({type(error).__name__}); check the sheets",
                )
            ],
        ) from None


def _cache_file(cache: Path, sha: str) -> Path:
    return cache / f"{sha}.json"


def _read_cache(cache: Path, sha: str, form_dir: Path) -> FormDefinition | None:
    try:
        data = json.loads(_cache_file(cache, sha).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != CACHE_FORMAT or data.get("engine") != engine_stamp():
        return None
    # Choices read from CSV files beside the form must still be the same files.
    for filename, digest in data.get("csv", {}).items():
        try:
            current = (form_dir / filename).read_text(encoding="utf-8-sig")
        except OSError:
            return None
        if hashlib.sha256(current.encode("utf-8")).hexdigest() != digest:
            return None
    try:
        return FormDefinition.from_json(data["definition"])
    except (KeyError, TypeError):
        return None


def _write_cache(
    cache: Path, sha: str, definition: FormDefinition, csv_texts: dict[str, str]
) -> None:
    payload = {
        "format": CACHE_FORMAT,
        "engine": engine_stamp(),
        "csv": {
            name: hashlib.sha256(text.encode("utf-8")).hexdigest()
            for name, text in csv_texts.items()
        },
        "definition": definition.to_json(),
    }
    target = _cache_file(cache, sha)
    try:
        from app.survey.db.health import make_private_folder

        make_private_folder(cache)  # forms/ and forms/cache/ owner-only, like the data folder
        temporary = target.with_suffix(f".{os.getpid()}.tmp")  # two writers never share one
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        temporary.chmod(0o600)  # owner-only, like every file in a data folder
        temporary.replace(target)  # atomic, so a reader never sees half a file
    except OSError as error:
        log.warning("could not write the form cache (%s); forms will load slower", error.strerror)
