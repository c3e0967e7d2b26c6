"""Test-wide set-up.

Qt runs offscreen in every test (set before anything imports Qt), so the suite runs headless on
CI and on a developer's machine alike, and never pops up windows.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Workspaces are encrypted (app.survey.db.keys). Every test, and every `tinjau` subprocess a test
# starts (they inherit the environment), reads the passphrase from this file; a test about
# passphrases sets or removes the variable itself. New key files made in tests use Argon2id's
# cheapest parameters (TINJAU_TEST_CHEAP_KDF, marked test_only in the key file and refused
# wherever the variable is unset), so the deliberately slow KDF does not slow the suite down.
TEST_PASSPHRASE = "correct horse battery staple"
_passphrase_dir = tempfile.mkdtemp(prefix="tinjau-test-passphrase-")
TEST_PASSPHRASE_FILE = os.path.join(_passphrase_dir, "passphrase")
with open(TEST_PASSPHRASE_FILE, "w", encoding="utf-8") as _handle:
    _handle.write(TEST_PASSPHRASE + "\n")
os.environ["TINJAU_PASSPHRASE_FILE"] = TEST_PASSPHRASE_FILE
os.environ["TINJAU_TEST_CHEAP_KDF"] = "1"

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
