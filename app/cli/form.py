"""`tinjau form check|fill|install|list`: load an XLSForm, fill it from a JSON answer file, or
make it the questionnaire of a workspace.

`check` prints a one-line summary (exit 0) or one `sheet!row: message` per problem (exit 1).
`fill` prints JSON: relevant question names, errors by `name` / `repeat[i].name`, every value
after evaluation, and whether the instance could be completed. `install` keeps a form version in a
workspace and says, per poverty standard, which answers it reads that the form lacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.survey.errors import TinjauError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "form", help="check or fill an XLSForm questionnaire, or install it in a workspace"
    )
    commands = parser.add_subparsers(dest="form_command", required=True, metavar="ACTION")

    check = commands.add_parser("check", help="load a form and summarise it, or list its errors")
    check.add_argument("file", type=Path, help="the XLSForm workbook (.xlsx or .xls)")
    _cache_options(check)
    check.set_defaults(func=run_check)

    fill = commands.add_parser("fill", help="fill a form from a JSON answer file and evaluate it")
    fill.add_argument("file", type=Path, help="the XLSForm workbook (.xlsx or .xls)")
    fill.add_argument(
        "--answers",
        type=Path,
        required=True,
        help="JSON dict keyed by question name; groups transparent; a repeat is a list of dicts",
    )
    fill.add_argument("--lang", help="language for messages: a code (en) or a name (English)")
    _cache_options(fill)
    fill.set_defaults(func=run_fill)

    about = (
        "make a form the one a workspace's new interviews use (a new version of the household "
        "form, or another form); interviews begun before keep their version. Each version is "
        "kept in the workspace database with the files it reads. Prints, per poverty standard, "
        "the answers it reads that the form lacks. Refused, changing nothing, for a form with "
        "mistakes, without a version, or not newer than the installed version of the same form"
    )
    install = commands.add_parser("install", help=about, description=about)
    install.add_argument("file", type=Path, help="the XLSForm workbook (.xlsx or .xls)")
    install.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    install.add_argument(
        "--media",
        type=Path,
        metavar="DIR",
        help="folder of the form's attached files (default: FORM-media/ beside the workbook, "
        "then the workbook's folder); the files the form reads are kept with it",
    )
    install.set_defaults(func=run_install)

    listing = commands.add_parser(
        "list", help="the form versions installed in a workspace, and the one new interviews use"
    )
    listing.add_argument("--data-dir", required=True, help="the data folder holding tinjau.sqlite")
    listing.set_defaults(func=run_list)


def _cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--media",
        type=Path,
        metavar="DIR",
        help="folder of the form's attached files (CSV/XML/GeoJSON for pulldata and instance); "
        "default: FORM-media/ beside the workbook, then the workbook's folder",
    )
    parser.add_argument("--cache-dir", type=Path, help="where compiled forms are kept")
    parser.add_argument(
        "--no-cache", action="store_true", help="always parse the workbook with pyxform"
    )


def _load(args: argparse.Namespace) -> Any:
    from app.survey.forms import load_form

    cache: str | Path | None = "" if args.no_cache else args.cache_dir
    return load_form(args.file, cache_dir=cache, media_dir=args.media)


def run_check(args: argparse.Namespace) -> int:
    form = _load(args)
    sys.stdout.write(summary(form) + "\n")
    return 0


def summary(form: Any) -> str:
    """`name: form id (version): N questions, N repeats, languages: ...`."""
    from app.survey.forms.model import CONTAINER_TYPES, METADATA_TYPES

    definition = form.definition
    questions = [
        q
        for q in definition.questions.values()
        if q.type not in CONTAINER_TYPES and q.type not in METADATA_TYPES
    ]
    repeats = definition.repeat_names
    version = f" version {definition.version}" if definition.version else ""
    languages = ", ".join(definition.languages)
    return (
        f"{definition.source_name}: form {definition.form_id}{version}: "
        f"{len(questions)} questions, {len(repeats)} repeat{'s' * (len(repeats) != 1)}, "
        f"{len(definition.languages)} language{'s' * (len(definition.languages) != 1)} "
        f"({languages})"
    )


def run_fill(args: argparse.Namespace) -> int:
    from app.survey.forms import FormSession

    form = _load(args)
    answers = _read_answers(args.answers)
    language = _language(form, args.lang)
    session = FormSession(form, answers, language=language)
    errors = {error.where: error.message for error in session.validate(language)}
    result = {
        "relevant": session.relevant_questions(),
        "errors": errors,
        "values": session.answers(),
        "complete": session.can_complete(),
    }
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TinjauError(f"cannot read {path.name} ({error.strerror}); check the path") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TinjauError(
            f"{path.name} is not valid JSON (line {error.lineno}); fix it and retry"
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise TinjauError(
            f"{path.name} holds a number with thousands of digits; no answer needs one, "
            "fix it and retry"
        ) from None
    except RecursionError:
        raise TinjauError(
            f"{path.name} is nested too deeply to read; answers are a JSON object whose "
            "repeats are lists of objects, fix it and retry"
        ) from None
    if not isinstance(data, dict):
        raise TinjauError(f"{path.name} must hold a JSON object keyed by question name")
    return data


def _language(form: Any, wanted: str | None) -> str | None:
    from app.survey.forms.model import language_code

    if not wanted:
        return None
    for language in form.definition.languages:
        if wanted.lower() in (language.lower(), language_code(language).lower()):
            return str(language)
    have = ", ".join(form.definition.languages)
    raise TinjauError(f"the form has no language '{wanted}'; it has: {have}")


def run_install(args: argparse.Namespace) -> int:
    from app.cli.scoring import _open_workspace
    from app.paths import workspace_forms_dir
    from app.survey.db.types import format_utc, utcnow
    from app.survey.forms.workspace import install_form_package, read_form_package

    package = read_form_package(args.file, args.media)
    with _open_workspace(args.data_dir, read_only=False) as db, db.write() as conn:
        from app.survey.scoring.workspace import workspace_standards

        installed = install_form_package(
            conn,
            package,
            forms_dir=workspace_forms_dir(args.data_dir),
            installed_at=format_utc(utcnow()),
            standards=workspace_standards(conn),
        )
    sys.stdout.write(install_report(installed) + "\n")
    return 0


def install_report(installed: Any) -> str:
    """What `form install` did, then one line per poverty standard."""
    name = f"'{installed.form_id}' version {installed.version}"
    if installed.unchanged:
        lines = [f"The workspace already uses the form {name}; nothing was changed."]
    elif installed.replaced is not None:
        lines = [
            f"Installed the form {name} after version {installed.replaced}: new interviews use "
            "it; interviews begun before keep the version they were begun with."
        ]
    else:
        lines = [f"Installed the form {name}: new interviews use it."]
    lines.append(
        "What each poverty standard reads from it (a standard that lacks answers scores such "
        "households 'insufficient_data', unless its [missing] rule counts them otherwise):"
    )
    for gap in installed.gaps:
        if gap.missing:
            lines.append(f"  {gap.standard_id}: lacks {', '.join(gap.missing)}")
        else:
            lines.append(f"  {gap.standard_id}: every answer it reads is in the form")
    return "\n".join(lines)


def run_list(args: argparse.Namespace) -> int:
    from app.cli.scoring import _open_workspace
    from app.survey.forms.workspace import current_form_id, installed_forms, newest_version

    with _open_workspace(args.data_dir, read_only=True) as db, db.read() as conn:
        rows = installed_forms(conn)
        current = current_form_id(conn)
        in_use = newest_version(conn, current)
    if not rows:
        sys.stdout.write(
            "No form is installed yet: new interviews use the shipped household form.\n"
        )
        return 0
    table = [["form", "version", "title", "installed", "in use"]]
    for form_id, version, title, at in rows:
        used = "yes" if (form_id, version) == (current, in_use) else ""
        table.append([form_id, version, title, at[:19], used])
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        sys.stdout.write(line.rstrip() + "\n")
    return 0
