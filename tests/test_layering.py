"""The domain packages stay usable headless: they never import Qt or the UI package."""

from __future__ import annotations

import ast
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
