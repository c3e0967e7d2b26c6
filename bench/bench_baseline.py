"""A fixed pure-Python workload, so other rows can be read against this machine's speed today."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def _baseline() -> dict[str, Any]:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i * i % 7
        best = min(best, time.perf_counter() - started)
    return {
        "value": best * 1000,
        "unit": "ms",
        "target": "reference",
        "ok": True,
        "note": "1M-iteration loop, best of 5; slower here means a busier machine",
    }


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    return [("python loop baseline", _baseline)]


if __name__ == "__main__":
    from common import print_results  # bench/ is on sys.path when a file is run alone

    print_results(benchmarks())
