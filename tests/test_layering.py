"""The domain packages stay usable headless: they never import Qt or the UI package."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = [ROOT / "app" / "survey", ROOT / "app" / "sync"]
FORBIDDEN = ("PySide6", "shiboken6", "app.ui")


def _imports(path: Path, package: str = "") -> list[str]:
    """Every module `path` imports, relative imports (`from ..ui import x`) resolved against
    `package`, the dotted package the file lives in."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.append(node.module or "")
                continue
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            names.append(".".join([*base, node.module] if node.module else base))
    return names


def _package(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).parent.parts)


def test_survey_and_sync_sources_never_import_qt_or_ui() -> None:
    """No module under app/survey or app/sync names PySide6 or app.ui in an import."""
    offenders = []
    for package in HEADLESS:
        for path in package.rglob("*.py"):
            for name in _imports(path, _package(path)):
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_every_headless_module_loads_no_qt() -> None:
    """Importing every module of app.survey and app.sync in a fresh interpreter loads no Qt."""
    modules = []
    for package in HEADLESS:
        for path in package.rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if "migrations" in parts:
                continue
            modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'app.ui'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_layering_check_catches_a_qt_import(tmp_path: Path) -> None:
    """The import scanner itself finds a PySide6 import, so the rail above can fail."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport app.ui.main\n")
    assert _imports(bad) == ["PySide6.QtWidgets", "app.ui.main"]


def test_layering_check_resolves_relative_imports(tmp_path: Path) -> None:
    """`from ..ui import x` inside app/survey counts as importing app.ui, so it cannot slip by."""
    bad = tmp_path / "bad.py"
    bad.write_text("from ..ui import main\nfrom . import errors\nfrom ..ui.qt import QWidget\n")
    assert _imports(bad, "app.survey") == ["app.ui", "app.survey", "app.ui.qt"]


# -- who writes the synced tables --------------------------------------------------------------

SYNCED = ("areas", "households", "members", "interviews", "assignments", "review_decisions")
TRACE = ("audit_log", "outbox")
_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"'`]?(\w+)",
    re.IGNORECASE,
)
_SQL = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(?:FROM|INTO|SET)\b", re.I)
# The bulk paths batch their writes (and record them with recorder.record_many).
# The sync client writes sync bookkeeping only, never a record's data: it marks outbox entries
# batched, sent and acknowledged, and moves a record's server revision up to its receipt's.
SYNCED_WRITERS = (
    "app/survey/records/", "app/survey/census.py", "app/survey/demo.py", "app/sync/push.py",
)  # fmt: skip
TRACE_WRITERS = ("app/survey/records/recorder.py", "app/sync/push.py")
SOURCES = [ROOT / "app", ROOT / "server"]


def _strings(path: Path) -> list[str]:
    """The text of every string literal of `path` (the constant parts of f-strings too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]  # fmt: skip


# Columns of synced tables that hold derived data, not the record: rescoring under another
# standard refreshes a household's poverty status from its scores (app.survey.scoring.workspace).
DERIVED = {"households": {"poverty_status"}}
_SET = re.compile(r"\bSET\b([\s\S]*?)(?:\bWHERE\b|\bFROM\b|$)", re.IGNORECASE)


def _written_tables(text: str) -> set[str]:
    """The tables `text` writes, leaving out UPDATEs that set derived columns only."""
    tables = set()
    for match in _WRITE.finditer(text):
        table = match.group(1).lower()
        assignments = _SET.search(text, match.end())
        columns = set(re.findall(r"(\w+)\s*=", assignments.group(1))) if assignments else set()
        if (
            match.group(0).upper().startswith("UPDATE")
            and columns
            and columns <= DERIVED.get(table, set())
        ):
            continue
        tables.add(table)
    return tables


def _sources() -> list[Path]:
    return [p for root in SOURCES for p in root.rglob("*.py") if "migrations" not in p.parts]


def test_only_the_records_layer_writes_synced_tables_and_only_the_recorder_their_trace() -> None:
    """No SQL outside app/survey/records (and the batched census import and demo builder)
    writes a synced table, and none outside the recorder writes the audit log or the outbox."""
    offenders = []
    for path in _sources():
        where = path.relative_to(ROOT).as_posix()
        for text in _strings(path):
            for table in _written_tables(text):
                allowed = (
                    SYNCED_WRITERS if table in SYNCED else TRACE_WRITERS if table in TRACE else None
                )
                if allowed is not None and not where.startswith(allowed):
                    offenders.append(f"{where} writes {table}")
    assert offenders == []


def test_the_window_holds_no_sql_and_no_orm_writes() -> None:
    """app/ui holds no SQL statement at all and never imports the ORM models or opens a write
    session: every read and write goes through an app.survey function called by an op."""
    offenders = []
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        where = path.relative_to(ROOT).as_posix()
        offenders += [f"{where}: SQL {text[:40]!r}" for text in _strings(path) if _SQL.search(text)]
        offenders += [f"{where} imports {name}" for name in _imports(path, _package(path))
                      if name.startswith("app.survey.db.models")]  # fmt: skip
        if "write=True" in path.read_text(encoding="utf-8"):
            offenders.append(f"{where} opens a write session")
    assert offenders == []


def test_the_write_scanner_finds_writes(tmp_path: Path) -> None:
    """The scanners above see the writes they must: plain, quoted, OR REPLACE, f-string parts."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        'A = "INSERT OR REPLACE INTO households (id) VALUES (?)"\n'
        'B = f"UPDATE members SET name = {x} WHERE id = ?"\n'
        "C = 'delete from \"outbox\" where id = 1'\n"
        'D = "SELECT id FROM areas WHERE code = ?"\n'
        'E = "UPDATE households SET poverty_status = ? WHERE id = ?"\n'
        'F = "UPDATE interviews SET status = ?, poverty_status = ? WHERE id = ?"\n'
    )
    found = set().union(*(_written_tables(text) for text in _strings(bad)))
    assert found == {"households", "members", "outbox", "interviews"}
    assert sum(bool(_SQL.search(text)) for text in _strings(bad)) == 6


def test_sql_never_spells_a_status() -> None:
    """No SQL text in the app compares or sets a visit or interview status written as a quoted
    literal: statuses reach SQL as parameters holding the lifecycle's constants (the schema
    migration, which defines them, aside)."""
    from app.survey.records import lifecycle

    statuses = "|".join(set(lifecycle.VISIT_STATUSES) | set(lifecycle.INTERVIEW_STATUSES))
    spelled = re.compile(rf"status\b[^;]*?'(?:{statuses})'", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(ROOT)}: {text[:60]!r}"
        for path in _sources()
        for text in _strings(path)
        if spelled.search(text)
    ]
    assert offenders == []
    assert spelled.search("SELECT 1 FROM interviews WHERE status = 'draft'")
    assert spelled.search("UPDATE households SET visit_status = 'in_progress' WHERE id = ?")
    assert not spelled.search("SELECT 1 FROM interviews WHERE status = ?")
