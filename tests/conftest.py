"""Test-wide set-up.

Qt runs offscreen in every test (set before anything imports Qt), so the suite runs headless on
CI and on a developer's machine alike, and never pops up windows.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
