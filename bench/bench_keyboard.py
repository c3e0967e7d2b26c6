"""The interview at the speed of the keyboard: a 5-member household (head 45, spouse 42, children
17, 12 and 6) interviewed from the keyboard only, in a fresh process (tests/ui/keyboard_household.py
drives it; tests/ui/test_interview_keyboard_household.py checks every answer it types).

    .venv/bin/python bench/bench_keyboard.py

The time is an estimate, as a trained worker would take: 0.3 s a key plus 5 s a question answered
(asking it aloud and hearing the answer).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import print_results  # noqa: E402

SECONDS_PER_KEY = 0.3
SECONDS_PER_QUESTION = 5.0


@cache
def _run() -> tuple[int, int]:
    """(keys, questions answered) of one keyboard-only interview, run once for both rows."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.keyboard_household"],
        cwd=ROOT, check=True, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    found = re.search(r"keys (\d+) questions (\d+) status complete", done.stdout)
    if found is None:
        raise RuntimeError(f"the keyboard interview did not complete: {done.stdout[-300:]}")
    return int(found[1]), int(found[2])


def keys() -> dict:
    pressed, questions = _run()
    return {
        "value": pressed,
        "unit": "keys",
        "target": "<= 400 keys",
        "ok": pressed <= 400,
        "note": f"{questions} questions answered, {pressed / questions:.1f} keys each",
    }


def minutes() -> dict:
    pressed, questions = _run()
    value = (pressed * SECONDS_PER_KEY + questions * SECONDS_PER_QUESTION) / 60
    return {
        "value": value,
        "unit": "min",
        "target": "< 10 min",
        "ok": value < 10,
        # Asking the questions alone takes questions x 5 s: under 10 minutes needs fewer
        # questions asked, whatever the keys.
        "note": f"{pressed} keys x 0.3 s + {questions} questions x 5 s "
        f"(asking alone {questions * SECONDS_PER_QUESTION / 60:.1f} min)",
    }


def benchmarks() -> list[tuple[str, Callable[[], dict]]]:
    return [
        ("keyboard: 5-member household, keys", keys),
        ("keyboard: 5-member household, minutes", minutes),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
