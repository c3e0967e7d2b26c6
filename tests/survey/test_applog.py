"""The app's log and its uncaught errors, seen from real `tinjau` processes: one sentence on
stderr, the traceback with ID-like numbers masked in `<data folder>/logs/tinjau.log`.

An unexpected error is a bug, so no command raises one on purpose; each child process here
replaces one command function (or starts one thread) with code that raises an exception carrying
a MyKad number, then runs the real `main()` with its real hooks and log.
"""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.survey.applog import log_path
from tests.ui.census_data import build_census

ROOT = Path(__file__).resolve().parents[2]
MYKAD = "850412-14-5523"
FAILING = f'raise ValueError("no household for {MYKAD}")'


def run_tinjau_with_fault(
    *argv: str, replace: str = "app.cli.census.run_areas", fault: str = FAILING
) -> subprocess.CompletedProcess[str]:
    """`tinjau ARGV` in a child process, with the function `replace` (module.name) made to run
    `fault` (Python statements) instead."""
    module, name = replace.rsplit(".", 1)
    code = "\n".join(
        [
            f"import threading, {module}",
            "def fault(*args, **kwargs):",
            textwrap.indent(fault, "    "),
            f"{module}.{name} = fault",
            "from app.cli import main",
            f"raise SystemExit(main({list(argv)!r}))",
        ]
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """sha256 of every file below `folder` (the database's -wal/-shm included)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    build_census(folder, households=5)
    return folder


def test_an_unexpected_error_is_one_sentence_and_a_masked_log(workspace: Path) -> None:
    """A bug in a data-folder command prints one sentence naming the log; the log holds the
    traceback with the MyKad number masked, in a 0600 file inside a 0700 folder."""
    result = run_tinjau_with_fault("census", "areas", "--data-dir", str(workspace))
    log = log_path(workspace)
    assert result.returncode == 1
    assert result.stderr == f"tinjau: an unexpected error (ValueError); details are in {log}\n"
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "ValueError: no household for [id]" in text
    assert "850412" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_a_thread_that_fails_is_reported_masked(workspace: Path) -> None:
    """An exception escaping a thread goes through the same masking hook, not Python's default
    one that prints the raw message."""
    thread = f"t = threading.Thread(target=lambda: exec({FAILING!r}))\nt.start()\nt.join()"
    result = run_tinjau_with_fault("census", "areas", "--data-dir", str(workspace), fault=thread)
    assert "850412" not in result.stderr
    assert "an unexpected error (ValueError); details are in" in result.stderr
    assert "ValueError: no household for [id]" in log_path(workspace).read_text("utf-8")


def test_without_a_data_folder_the_sentence_says_how_to_see_details(tmp_path: Path) -> None:
    """A command with no data folder keeps no log: the sentence says to rerun with --verbose,
    which prints the traceback with the ID masked."""
    form = str(ROOT / "resources" / "forms" / "household.xlsx")
    args = ("form", "check", form, "--no-cache")
    quiet = run_tinjau_with_fault(*args, replace="app.cli.form.run_check")
    assert quiet.returncode == 1
    assert quiet.stderr == (
        "tinjau: an unexpected error (ValueError); run it again as `tinjau --verbose ...` to "
        "see the details\n"
    )
    loud = run_tinjau_with_fault("--verbose", *args, replace="app.cli.form.run_check")
    assert "ValueError: no household for [id]" in loud.stderr
    assert "850412" not in loud.stderr
    assert loud.stderr.endswith("tinjau: an unexpected error (ValueError); details are above\n")


def test_a_log_that_cannot_be_written_falls_back_to_stderr(workspace: Path) -> None:
    """When the log folder cannot be made (a file is in its way), the command still ends with
    its sentence, the masked traceback goes to stderr, and the file in the way is untouched."""
    (workspace / "logs").write_text("not a folder\n")
    result = run_tinjau_with_fault("census", "areas", "--data-dir", str(workspace))
    assert result.returncode == 1
    assert "ValueError: no household for [id]" in result.stderr
    assert "850412" not in result.stderr
    assert "Logging error" not in result.stderr
    assert result.stderr.endswith("tinjau: an unexpected error (ValueError); details are above\n")
    assert (workspace / "logs").read_text() == "not a folder\n"


def test_a_refusal_leaves_no_log_behind(workspace: Path) -> None:
    """A command that refuses (a sentence, not a bug) logs nothing, so the data folder stays
    byte-identical and gains no log file."""
    before = fingerprint(workspace)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "census",
            "search",
            "x",
            "--data-dir",
            str(workspace),
            "--limit",
            "0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "--limit must be a whole number from 1" in result.stderr
    assert fingerprint(workspace) == before


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    """`tinjau census search ... | head -1` ends quietly (exit 141, as for SIGPIPE) instead of
    reporting a BrokenPipeError as a bug."""
    build_census(tmp_path, households=2000)  # far more output than a pipe holds
    command = [sys.executable, "-m", "app", "census", "search", "a", "--limit", "2000"]
    child = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline()
    child.stdout.close()
    error = child.stderr.read()
    assert child.wait(timeout=60) == 141
    assert error == ""
    assert not (tmp_path / "logs").exists()


def test_the_log_rotates_and_every_file_stays_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log keeps LOG_BACKUPS old files beside the current one, each readable by its owner
    only, and drops the oldest."""
    import logging

    from app.survey import applog

    monkeypatch.setattr(applog, "LOG_BYTES", 2_000)
    stop = applog.start("tinjau")
    try:
        applog.use_data_folder(tmp_path)
        for i in range(200):
            logging.getLogger("tinjau.test").warning("line %d of a long day", i)
    finally:
        stop()
    folder = tmp_path / "logs"
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["tinjau.log"] + [f"tinjau.log.{n}" for n in range(1, applog.LOG_BACKUPS + 1)]
    assert all(stat.S_IMODE((folder / name).stat().st_mode) == 0o600 for name in names)
    assert "line 199 of a long day" in (folder / "tinjau.log").read_text(encoding="utf-8")
