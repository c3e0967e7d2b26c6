"""What encryption at rest costs (issue 12), encrypted against plain in the same run.

One demo workspace (20,000 households, built once into bench/out/) and a plain copy of it
(decrypted with sqlcipher_export). The database work is timed through the same `Database`
object on each, one keyed and one not (open_database would encrypt the plain one):
- census search: the median of the same varied queries (bench_db's), first 50 hits;
- interview save: the p95 of draft saves written as the interview's store op does;
- open: a new connection and its first read (the page cache cold);
- the key derivation (Argon2id with the parameters new workspaces get), by itself;
- UI cold start: `start()` to the full list shown, in a fresh process, on the encrypted copy
  with this code, and on the plain copy with the code of the last commit before encryption
  (b9d6142, extracted with `git archive`): the difference is what a worker waits more.

    .venv/bin/python bench/run.py encryption
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import OUT, demo_workspace, percentile, print_results  # noqa: E402

HOUSEHOLDS = 20_000
ENCRYPTED = OUT / "encryption-20k"
PLAIN_COMMIT = "b9d6142"
_cache: dict[str, Any] = {}


def _pair() -> tuple[Path, Path]:
    """(encrypted workspace folder, plain copy folder)."""
    if "pair" in _cache:
        return _cache["pair"]
    from app.survey.db import cipher

    encrypted = demo_workspace(ENCRYPTED, HOUSEHOLDS, seed=1)
    plain = OUT / "encryption-20k-plain"
    if not (plain / "tinjau.sqlite").exists():
        plain.mkdir(parents=True, exist_ok=True)
        conn = cipher.connect_workspace(encrypted / "tinjau.sqlite")
        conn.execute(f"ATTACH DATABASE '{plain / 'tinjau.sqlite'}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
        conn.close()
    _cache["pair"] = (encrypted, plain)
    return encrypted, plain


def _database(folder: Path, encrypted: bool) -> Any:
    from app.survey.db import keys
    from app.survey.db.engine import Database, create_sqlite_engine

    path = (folder / "tinjau.sqlite").resolve()
    key = keys.data_key_for(path) if encrypted else None
    return Database(path=path, engine=create_sqlite_engine(path, key=key))


def _search_medians() -> tuple[float, float]:
    if "search" in _cache:
        return _cache["search"]
    from app.survey.db.search import search_households
    from bench.bench_db import _queries

    result = []
    for folder, encrypted in zip(_pair(), (True, False), strict=True):
        db = _database(folder, encrypted)
        with db.read() as conn:
            queries = _queries(conn, 200)
        for query in queries[:20]:
            search_households(db, query, 50)
        times = []
        for query in queries:
            began = time.perf_counter()
            search_households(db, query, 50)
            times.append((time.perf_counter() - began) * 1000)
        db.close()
        result.append(statistics.median(times))
    _cache["search"] = (result[0], result[1])
    return _cache["search"]


def _save_p95s() -> tuple[float, float]:
    if "save" in _cache:
        return _cache["save"]
    from app.survey.ids import uuid7
    from app.survey.records import interviews

    result = []
    for folder, encrypted in zip(_pair(), (True, False), strict=True):
        with tempfile.TemporaryDirectory() as scratch:
            for name in ("tinjau.sqlite", "tinjau.sqlite.key"):
                if (folder / name).exists():
                    shutil.copy(folder / name, Path(scratch) / name)
            db = _database(Path(scratch), encrypted)
            with db.read() as conn:
                answers = conn.exec_driver_sql(
                    "SELECT answers FROM interviews WHERE status = 'complete' LIMIT 1"
                ).scalar_one()
                households = [row[0] for row in conn.exec_driver_sql(
                    "SELECT id FROM households WHERE visit_status = 'not_visited' LIMIT 20"
                )]  # fmt: skip
            saves = []
            for household in households:
                draft = interviews.Draft(
                    interview_id=uuid7(), household_id=household, form_id="household",
                    form_version="1", answers=json.loads(answers), position={"page": 3},
                    enumerator_id="enum01", sequence=0,
                )  # fmt: skip
                for _ in range(10):
                    began = time.perf_counter()
                    with db.write() as conn:
                        interviews.save_draft(conn, draft=draft)
                    saves.append((time.perf_counter() - began) * 1000)
            db.close()
        result.append(percentile(saves, 0.95))
    _cache["save"] = (result[0], result[1])
    return _cache["save"]


def _ratio(name: str, values: tuple[float, float], limit: float) -> dict[str, Any]:
    encrypted, plain = values
    ratio = encrypted / plain
    return {
        "value": ratio,
        "unit": "x",
        "target": f"<= {limit} x plain",
        "ok": ratio <= limit,
        "note": f"{name}: encrypted {encrypted:.2f} ms, plain {plain:.2f} ms",
    }


def search() -> dict[str, Any]:
    return _ratio("median search", _search_medians(), 1.3)


def save() -> dict[str, Any]:
    return _ratio("p95 draft save", _save_p95s(), 1.3)


def first_read() -> dict[str, Any]:
    times = []
    for folder, encrypted in zip(_pair(), (True, False), strict=True):
        samples = []
        for _ in range(5):
            db = _database(folder, encrypted)
            began = time.perf_counter()
            with db.read() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM households").scalar_one()
            samples.append((time.perf_counter() - began) * 1000)
            db.close()
        times.append(statistics.median(samples))
    return _ratio("new connection + count(*)", (times[0], times[1]), 1.3)


def kdf() -> dict[str, Any]:
    from app.survey.db import keys

    samples = []
    for _ in range(3):
        began = time.perf_counter()
        keys.derive(b"a passphrase", b"0123456789abcdef", keys.KDF_DEFAULT)
        samples.append((time.perf_counter() - began) * 1000)
    value = statistics.median(samples)
    params = keys.KDF_DEFAULT
    return {
        "value": value,
        "unit": "ms",
        "target": "deliberately slow (once per unlock)",
        "ok": True,
        "note": f"Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}",
    }


COLD_START = """
import sys, time
from app.ui.app import start
app, window = start(sys.argv[1], "en", sys.argv[2])
window.show()
model = window.list_panel.model
while model.loading or model.rowCount() < int(sys.argv[3]):
    app.processEvents()
    time.sleep(0.001)
print("LIST", flush=True)
from app.ui import ops
ops.shutdown()
"""


def _plain_code() -> Path:
    code = OUT / f"tinjau-{PLAIN_COMMIT}"
    if not (code / "app").is_dir():
        code.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", PLAIN_COMMIT, "app", "resources"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    return code


def _cold(folder: Path, code: Path) -> float:
    import os

    samples = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as config:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(code))
            began = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", COLD_START, str(folder), config, str(HOUSEHOLDS)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=code,
            )  # fmt: skip
            assert proc.stdout is not None
            line = proc.stdout.readline()  # the list shown: not the process's exit
            shown = time.perf_counter() - began
            proc.wait(timeout=120)
            if not line.startswith("LIST"):
                raise RuntimeError(proc.stderr.read()[-2000:] if proc.stderr else "no LIST")
            samples.append(shown * 1000)
    return statistics.median(samples)


def cold_start() -> dict[str, Any]:
    encrypted, plain = _pair()
    with tempfile.TemporaryDirectory() as scratch:
        # A copy: the older code would write to the plain workspace (its daily backup...).
        copy = Path(scratch) / "plain"
        shutil.copytree(plain, copy)
        plain_ms = _cold(copy, _plain_code())
    encrypted_ms = _cold(encrypted, ROOT)
    added = encrypted_ms - plain_ms
    return {
        "value": added,
        "unit": "ms",
        "target": "<= +500 ms",
        "ok": added <= 500,
        "note": f"list of {HOUSEHOLDS:,} shown: encrypted {encrypted_ms:.0f} ms (KDF included), "
        f"plain {plain_ms:.0f} ms ({PLAIN_COMMIT})",
    }


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    return [
        ("encryption: census search, encrypted / plain", search),
        ("encryption: interview draft save p95, encrypted / plain", save),
        ("encryption: open + first read, encrypted / plain", first_read),
        ("encryption: key derivation (Argon2id)", kdf),
        ("encryption: UI cold start, encrypted - plain", cold_start),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
