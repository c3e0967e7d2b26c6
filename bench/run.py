"""Run every benchmark in bench/ and print one table.

Each `bench/bench_<topic>.py` exposes `benchmarks() -> list[(name, callable)]`; a callable runs
one measurement and returns {"value": float, "unit": str, "target": str, "ok": bool} and may add
"note". Benchmarks are never timed assertions inside tests: they run here, on demand.

    .venv/bin/python bench/run.py            # everything
    .venv/bin/python bench/run.py forms db   # only bench_forms.py and bench_db.py
    .venv/bin/python bench/run.py --list     # names only
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from bench.common import format_value  # noqa: E402

Benchmark = tuple[str, Callable[[], dict[str, Any]]]


def discover(only: list[str]) -> list[tuple[str, list[Benchmark]]]:
    found = []
    for path in sorted(BENCH.glob("bench_*.py")):
        topic = path.stem.removeprefix("bench_")
        if only and topic not in only:
            continue
        spec = importlib.util.spec_from_file_location(f"bench_{topic}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.append((topic, list(module.benchmarks())))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topics", nargs="*", help="bench_<topic>.py files to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    suites = discover(args.topics)
    if args.list:
        for topic, items in suites:
            for name, _ in items:
                print(f"{topic}: {name}")
        return 0
    rows = []
    failed = False
    for topic, items in suites:
        for name, run in items:
            started = time.perf_counter()
            sys.stderr.write(f"running {topic}: {name} ...\n")
            try:
                result = run()
            except Exception:  # a broken benchmark is a row, not the end of the run
                traceback.print_exc()
                rows.append((topic, name, "error", "", "ERROR", ""))
                failed = True
                continue
            took = time.perf_counter() - started
            ok = bool(result["ok"])
            failed |= not ok
            rows.append(
                (
                    topic,
                    name,
                    format_value(float(result["value"]), result["unit"]),
                    result["target"],
                    "ok" if ok else "MISSED",
                    f"{result.get('note', '')} ({took:.1f} s)".strip(),
                )
            )
    header = ("topic", "benchmark", "measured", "target", "", "note")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
