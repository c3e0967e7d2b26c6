"""The logging filter masks national-ID-like numbers and leaves other numbers alone."""

from __future__ import annotations

import logging
import sys

import pytest

from app.survey.logsafe import MaskPersonalData, mask_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bad id 850412-14-5523 in row 3", "bad id [id] in row 3"),
        ("bad id 850412145523 in row 3", "bad id [id] in row 3"),
        ("Vietnam id 001203004567", "Vietnam id [id]"),
        ("Iran code 0012345678.", "Iran code [id]."),
    ],
)
def test_id_like_numbers_are_masked(text: str, expected: str) -> None:
    """MyKad numbers with and without dashes and 10/12-digit IDs become [id]."""
    assert mask_ids(text) == expected


@pytest.mark.parametrize(
    "text", ["row 12345 of 2026-11-28", "income 1350000 VND", "phone +60 12-345 6789"]
)
def test_other_numbers_stay(text: str) -> None:
    """Dates, amounts and short numbers are not mistaken for IDs."""
    assert mask_ids(text) == text


def test_filter_rewrites_formatted_records(caplog: pytest.LogCaptureFixture) -> None:
    """A record whose arguments carry an ID is logged with the ID masked."""
    logger = logging.getLogger("tinjau.test.logsafe")
    caplog.handler.addFilter(MaskPersonalData())
    with caplog.at_level(logging.INFO, logger=logger.name):
        logger.info("import failed for %s", "850412-14-5523")
    assert caplog.records[-1].getMessage() == "import failed for [id]"


def test_filter_masks_ids_in_a_logged_traceback() -> None:
    """`log.exception` with an ID inside the exception's message prints the traceback masked."""
    record = logging.LogRecord(
        "tinjau.test", logging.ERROR, __file__, 1, "import failed", None, None
    )
    try:
        raise ValueError("no household for 850412-14-5523")
    except ValueError:
        record.exc_info = sys.exc_info()
    MaskPersonalData().filter(record)
    output = logging.Formatter().format(record)
    assert "ValueError: no household for [id]" in output
    assert "850412" not in output


def test_cli_main_takes_its_masks_off_again(tmp_path) -> None:
    """main() masks IDs while it runs and then removes its filters, its log handler and its
    excepthooks: run in-process (tests), it must leave nothing behind that rewrites later
    records (a backup path's digits, ...) or writes them into a data folder."""
    import threading

    from app.cli import main

    root = logging.getLogger()
    extra = logging.NullHandler()
    root.addHandler(extra)
    handlers = list(root.handlers)
    hooks = (sys.excepthook, threading.excepthook)
    try:
        main(["census", "areas", "--data-dir", str(tmp_path / "none")])
        assert not [f for f in extra.filters if isinstance(f, MaskPersonalData)]
        assert root.handlers == handlers
        assert (sys.excepthook, threading.excepthook) == hooks
    finally:
        root.removeHandler(extra)
