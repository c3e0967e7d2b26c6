"""docs/install.md is true: a picture of every first-run page in English and Persian, each one
there, and the sentences it quotes are the app's."""

from __future__ import annotations

import re
from pathlib import Path

from app.ui.first_run import FirstRunWizard

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "docs" / "install.md"


def test_every_first_run_page_is_shown_in_english_and_persian() -> None:
    text = PAGE.read_text(encoding="utf-8")
    images = re.findall(r"!\[\]\((screenshots/first-run-[^)]+\.png)\)", text)
    for picture in images:
        assert (REPO / "docs" / picture).is_file(), picture
    pages = len(FirstRunWizard.PAGE_ORDER)
    for language in ("en", "fa"):
        shown = [p for p in images if p.endswith(f"-{language}.png")]
        # Each page at least once (the server path shows pages 3 and 4 again, as they look
        # with a server, and page 5 twice), numbered by its place in the assistant.
        assert sorted({int(p.split("-")[2]) for p in shown}) == list(range(1, pages + 1))
        assert len(shown) == len(set(shown))


def test_the_quoted_sentences_are_the_apps() -> None:
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    engine = (REPO / "app" / "survey" / "db" / "engine.py").read_text(encoding="utf-8")
    health = (REPO / "app" / "survey" / "db" / "health.py").read_text(encoding="utf-8")
    assert "This data folder was written by a newer version of Tinjau" in engine
    assert "Install the newer version; nothing was changed." in engine
    assert "is full. Free some space on it and try again" in health
    for quoted in ("written by a newer version of Tinjau", "is full. Free some space on it"):
        assert quoted in text
