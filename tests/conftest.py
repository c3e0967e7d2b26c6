"""Test-wide set-up.

Qt runs offscreen in every test (set before anything imports Qt), so the suite runs headless on
CI and on a developer's machine alike, and never pops up windows.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL URL for tests that need one.

    Skipped when TINJAU_TEST_PG_URL is unset on a developer's machine; under CI=true it is
    mandatory, so a missing or wrong setting fails the run instead of silently skipping.
    """
    url = os.environ.get("TINJAU_TEST_PG_URL", "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but TINJAU_TEST_PG_URL is unset: PostgreSQL tests are mandatory")
        pytest.skip("TINJAU_TEST_PG_URL is unset (PostgreSQL tests run under CI)")
    return url
