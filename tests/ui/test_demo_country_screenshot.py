"""The app on a Vietnamese or Iranian demo site, in that country's language, as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.db import open_database
from app.survey.demo import build_demo
from app.ui.app import SCREENSHOT_SIZE
from app.ui.qt import QImage
from tests.ui.test_gui_command import distinct_colours, run_gui


@pytest.mark.parametrize("view", ["list", "interview"])
@pytest.mark.parametrize(("country", "lang"), [("vn", "vi"), ("ir", "fa")])
def test_screenshot_of_a_country_demo_in_its_language(
    tmp_path: Path, country: str, lang: str, view: str
) -> None:
    """`tinjau gui --screenshot` on a `tinjau demo --country vn|ir` folder, in vi / fa, renders
    the census list (or an interview) and exits 0."""
    folder = tmp_path / "data"
    with open_database(folder / "tinjau.sqlite") as db:
        build_demo(db, 60, seed=1, country=country)
    out = tmp_path / f"{country}-{view}.png"
    result = run_gui(
        "--data-dir", str(folder), "--lang", lang, "--view", view, "--screenshot", str(out),
        config=tmp_path / "config",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    assert distinct_colours(image) > 20
