"""Fixtures for the desktop app tests: settings in a temp folder, a small census workspace, and
a clean background-task thread and language for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.census_data import build_census


@pytest.fixture(scope="session")
def census_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with 300 known households (built once; tests only read it)."""
    folder = tmp_path_factory.mktemp("census")
    build_census(folder, households=300)
    return folder


@pytest.fixture
def window(qtbot, census_dir: Path):  # type: ignore[no-untyped-def]
    """The main window open on the 300-household workspace, list loaded."""
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow
    from tests.ui.helpers import wait_for_ops

    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(census_dir)
    main.show()
    wait_for_ops(qtbot)
    return main


@pytest.fixture(autouse=True)
def isolated_app(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Settings go to a temp folder (never the user's); language and the op thread are reset."""
    from app.ui import i18n, ops
    from app.ui import settings as opts

    opts.configure_storage()
    opts.use_storage_folder(tmp_path / "config")
    yield
    ops.shutdown()
    if i18n.current_language() != i18n.SOURCE_LANGUAGE:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
