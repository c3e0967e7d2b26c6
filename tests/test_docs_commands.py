"""The commands the README's "Start your own survey" and docs/census.md show are run as written
(each in a fresh `tinjau` process, in an empty folder, `docs/...` paths pointing at this
checkout's docs) and do what the text says: a Vietnamese workspace with the sample list in it."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from app.survey.db import cipher

REPO = Path(__file__).resolve().parent.parent


def commands(doc: Path, heading: str) -> list[list[str]]:
    """The `tinjau` lines of the first ```sh block under `heading` in `doc`."""
    text = doc.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, f"{doc.name}: no sh block under {heading!r}"
    lines = [shlex.split(line) for line in block.group(1).splitlines() if line.strip()]
    assert lines and all(line[0] == "tinjau" for line in lines)
    return lines


def run(args: list[str], cwd: Path, config: Path) -> subprocess.CompletedProcess[str]:
    args = [str(REPO / a) if a.startswith("docs/") else a for a in args[1:]]
    if args[0] == "gui":
        args += ["--screenshot", "window.png"]  # the window, drawn offscreen, then closed
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(config), PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(
    ("doc", "heading"),
    [("README.md", "## Start your own survey"), ("docs/census.md", "## Start from a template")],
)
def test_the_start_commands_run_as_written(tmp_path: Path, doc: str, heading: str) -> None:
    """Every command exits 0; the workspace is Vietnamese with the sample's four households, the
    search finds the sample's Nguyễn, and the template (and, from the README, a screenshot of
    the app) is written."""
    work = tmp_path / "work"
    work.mkdir()
    outputs = {}
    for args in commands(REPO / doc, heading):
        result = run(args, work, tmp_path / "config")
        assert result.returncode == 0, f"{shlex.join(args)}: {result.stderr}"
        assert "Traceback" not in result.stderr
        outputs[args[1:3] == ["census", "search"]] = result.stdout
    assert "Nguyễn Văn An" in outputs[True]
    assert (work / "households.xlsx").is_file()
    with cipher.connect_workspace(work / "ward-survey" / "tinjau.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == ("vn",)
        assert conn.execute("SELECT count(*) FROM households").fetchone() == (4,)
    if doc == "README.md":
        assert (work / "window.png").stat().st_size > 0


def test_the_search_help_example_finds_households_in_the_demo(tmp_path: Path) -> None:
    """The example in `tinjau census search --help` finds something in a demo workspace."""
    from tests.workspace_files import build_demo

    config = tmp_path / "config"
    shown = run(["tinjau", "census", "search", "--help"], tmp_path, config).stdout
    example = re.search(r"e\.g\.\s+'([^']+)'", " ".join(shown.split()))
    assert example is not None, shown
    demo = build_demo(tmp_path / "demo")
    found = run(["tinjau", "census", "search", example.group(1), "--data-dir", str(demo)],
                tmp_path, config)  # fmt: skip
    assert found.returncode == 0 and found.stdout.count("\n") >= 1, found.stderr


def test_the_readme_demo_commands_run_as_written(tmp_path: Path) -> None:
    """README's "Try the demo" commands exit 0: three demo folders, each recording its country
    (Malaysia by default), and the Vietnamese one drawn in Vietnamese."""
    work = tmp_path / "work"
    work.mkdir()
    for args in commands(REPO / "README.md", "## Try the demo"):
        result = run(args, work, tmp_path / "config")
        assert result.returncode == 0, f"{shlex.join(args)}: {result.stderr}"
        assert "Traceback" not in result.stderr
    for code in ("my", "vn", "ir"):
        with cipher.connect_workspace(work / f"demo-{code}" / "tinjau.sqlite") as conn:
            assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == (
                code,
            )
            assert conn.execute("SELECT count(*) FROM households").fetchone() == (500,)
    assert (work / "window.png").stat().st_size > 0
