"""`tinjau gui` as a real process: --screenshot renders the window offscreen to a PNG."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.app import SCREENSHOT_SIZE
from app.ui.qt import QImage


def run_gui(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    # A crash of the child prints its Python stack (faulthandler) into the assertion message.
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(config), PYTHONFAULTHANDLER="1")
    return subprocess.run(
        [sys.executable, "-m", "app", "gui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def distinct_colours(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.parametrize("view", ["list", "members"])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_screenshot_is_a_png_of_the_window(
    census_dir: Path, tmp_path: Path, lang: str, view: str
) -> None:
    """--screenshot writes a PNG of the expected size with the list (or an interview's members
    grid) drawn in it, then exits 0."""
    out = tmp_path / f"{view}-{lang}.png"
    folder = census_dir
    if view == "members":
        # Opening an interview saves its place: on a copy, not the census folder other tests read.
        folder = tmp_path / "data"
        shutil.copytree(census_dir, folder)
    result = run_gui(
        "--data-dir",
        str(folder),
        "--lang",
        lang,
        "--view",
        view,
        "--screenshot",
        str(out),
        config=tmp_path / "config",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    assert distinct_colours(image) > 20  # text, selection and grid, not a blank window


def test_a_folder_without_data_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    """Pointing the app at an empty folder exits 1 with a message saying what to do."""
    result = run_gui(
        "--data-dir",
        str(tmp_path),
        "--screenshot",
        str(tmp_path / "x.png"),
        config=tmp_path / "config",
    )
    assert result.returncode == 1
    assert "has no Tinjau data" in result.stderr and "tinjau demo" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_first_run_without_a_data_folder_shows_the_welcome(
    census_dir: Path, tmp_path: Path
) -> None:
    """With no folder given or saved, the window opens on the first-run message, not on a list
    (the picture is far plainer than the same window showing a census list)."""
    out = tmp_path / "welcome.png"
    result = run_gui("--screenshot", str(out), config=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    welcome = QImage(str(out))
    assert (welcome.width(), welcome.height()) == SCREENSHOT_SIZE
    listed = tmp_path / "list.png"
    result = run_gui(
        "--data-dir", str(census_dir), "--screenshot", str(listed), config=tmp_path / "other"
    )
    assert result.returncode == 0, result.stderr
    assert distinct_colours(welcome) * 2 < distinct_colours(QImage(str(listed)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_no_display_is_a_sentence_not_a_core_dump(census_dir: Path, tmp_path: Path) -> None:
    """Without a display (and no --screenshot) the app says so and exits 1 instead of aborting."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["TINJAU_CONFIG_DIR"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--data-dir", str(census_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr and "--screenshot" in result.stderr


SLOT_FAULT = """
import sys
import app.ui.app as gui
from app.ui.qt import QTimer

loaded = gui.wait_until_loaded


def wait(app, window, *args):
    def fault():
        raise ValueError("no household for 850412-14-5523")

    QTimer.singleShot(0, fault)
    loaded(app, window, *args)
    app.processEvents()


gui.wait_until_loaded = wait
from app.cli import main

raise SystemExit(main(sys.argv[1:]))
"""


def test_an_error_in_a_qt_slot_is_a_sentence_with_the_traceback_masked_in_the_log(
    tmp_path: Path,
) -> None:
    """An exception escaping a Qt slot (no such slot fails on purpose, so the child process
    adds one that raises with a MyKad number) prints one sentence naming the data folder's log,
    and the log holds the traceback with the number masked."""
    from app.survey.applog import log_path
    from tests.ui.census_data import build_census

    folder = tmp_path / "ws"
    folder.mkdir()
    build_census(folder, households=3)
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SLOT_FAULT,
            "gui",
            "--data-dir",
            str(folder),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    log = log_path(folder)
    assert f"tinjau: an unexpected error (ValueError); details are in {log}" in result.stderr
    assert "850412" not in result.stderr and "Traceback" not in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "ValueError: no household for [id]" in text and "850412" not in text


@pytest.mark.parametrize(
    ("name", "words"),
    [("blocker/x.png", "Could not make the folder"), ("x.xyz", "ending in .png")],
)
def test_a_screenshot_that_cannot_be_written_is_a_sentence(
    census_dir: Path, tmp_path: Path, name: str, words: str
) -> None:
    """A screenshot path whose folder cannot be made (a file is in the way: a traceback before)
    or whose type is unknown is a sentence that says what to give instead."""
    (tmp_path / "blocker").write_text("")
    result = run_gui(
        "--data-dir",
        str(census_dir),
        "--screenshot",
        str(tmp_path / name),
        config=tmp_path / "config",
    )
    assert result.returncode == 1
    assert words in result.stderr and "Traceback" not in result.stderr
