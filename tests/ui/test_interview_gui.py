"""`tinjau gui --view interview --screenshot` as a real process: the interview is drawn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.app import SCREENSHOT_SIZE
from app.ui.qt import QImage
from tests.ui.interview_helpers import make_workspace


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("interview-gui"))


def screenshot(folder: Path, tmp_path: Path, view: str, lang: str) -> QImage:
    out = tmp_path / f"{view}-{lang}.png"
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(tmp_path / "config"), PYTHONFAULTHANDLER="1")
    result = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--data-dir", str(folder), "--lang", lang,
         "--view", view, "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    return image


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_interview_screenshot_shows_the_interview(folder: Path, tmp_path: Path, lang) -> None:
    """--view interview renders a window-sized PNG that is not the census list."""
    interview = screenshot(folder, tmp_path, "interview", lang)
    listing = screenshot(folder, tmp_path, "list", lang)
    assert (interview.width(), interview.height()) == SCREENSHOT_SIZE
    differing = sum(
        interview.pixel(x, y) != listing.pixel(x, y)
        for y in range(0, interview.height(), 9)
        for x in range(0, interview.width(), 9)
    )
    assert differing > 1000


def test_interview_screenshot_of_a_folder_without_households_is_a_sentence(
    tmp_path: Path,
) -> None:
    """--view interview on a folder with no households exits 1 saying so, with no picture."""
    from app.survey.db import open_database

    folder = tmp_path / "empty"
    with open_database(folder / "tinjau.sqlite"):
        pass  # the schema, and no household
    out = tmp_path / "none.png"
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--data-dir", str(folder), "--view", "interview",
         "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no households" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
