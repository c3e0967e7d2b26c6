"""Syncing through a network that fails in every way a real one does: a seeded fault proxy
(tests/server/faultproxy.py) between real device databases and a real `tinjau-server` process,
on SQLite and on PostgreSQL.

Three devices keep working while they sync: between runs they complete interviews, edit
households, add and rename members. Each run is one sync attempt (`sync_workspace`, no retries,
a small random batch size), and each request in it meets a fault drawn by the proxy: the
connection dropped before or after the server saw the request, the answer cut half way, a
delay, a 500 from the proxy before or after the server did the work. After the runs the proxy
passes everything, one more sync per device, and then the server must hold every record exactly
once at the revision its changes earned, no conflict (none was real: no two devices share a
record), and each device's outbox agrees (everything acknowledged by a receipt the server
gave).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, text

from app.paths import database_path
from app.survey.census import import_census
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import households, interviews, members, recorder
from app.sync.client import Credentials, save_credentials
from app.sync.run import sync_workspace
from tests.form_versions import shipped_version
from tests.server.conftest import login, running_server
from tests.server.faultproxy import FAULTS, FaultProxy
from tests.server.test_sync_client import prepare_server

RUNS = 500
SEED = 20261205
DEVICES = 3
HOUSEHOLDS = 40
# What a failed run may say: the network failed, or the proxy's page stood in for the answer.
EXPECTED_ERRORS = ("could not be reached", "not from a Tinjau server")


@dataclass
class Device:
    folder: Path
    device_id: str
    households: list[str]
    interviewed: set[str]
    members: list[str]
    lines: dict[str, int]

    @property
    def database(self) -> Path:
        return database_path(self.folder)


def make_device(folder: Path, site: str) -> Device:
    """A data folder with a census of HOUSEHOLDS households at `site` and three completed
    interviews."""
    rows = "".join(f"A-01-{n:02d},Head {n},,,{n % 5 + 1}\n" for n in range(1, HOUSEHOLDS + 1))
    census = folder.parent / f"{folder.name}-census.csv"
    census.write_text("Unit,Nama KIR,No KP,Telefon,Bilangan AIR\n" + rows, encoding="utf-8")
    with open_database(database_path(folder)) as db:
        import_census(db, census, site=site)
        with db.engine.connect() as conn:
            ids = [str(r[0]) for r in conn.exec_driver_sql("SELECT id FROM households")]
        device = Device(folder, db.device_id, sorted(ids), set(), [], {})
    for _ in range(3):
        complete_interview(device, random.Random(len(device.interviewed)))
    return device


def complete_interview(device: Device, rng: random.Random) -> None:
    household_id = rng.choice(sorted(set(device.households) - device.interviewed))
    draft = interviews.Draft(
        interview_id=uuid7(), household_id=household_id, form_id="household",
        form_version=shipped_version(), answers={"income": rng.randint(100, 5000)}, position={},
        enumerator_id="enum01", sequence=1,
    )  # fmt: skip
    with open_database(device.database) as db, db.write() as conn:
        interviews.save_draft(conn, draft=draft)
        interviews.complete(conn, draft=draft, score=None, household_size=rng.randint(1, 8))
    device.interviewed.add(household_id)


def change(device: Device, rng: random.Random) -> None:
    """One piece of field work on `device`: its outbox grows by an entry or two."""
    kind = rng.choice(("interview", "household", "member", "rename"))
    if kind == "interview" and len(device.interviewed) < len(device.households):
        complete_interview(device, rng)
        return
    with open_database(device.database) as db, db.write() as conn:
        who = recorder.actor(conn, "enum01")
        if kind == "member" or (kind == "rename" and not device.members):
            household_id = rng.choice(device.households)
            device.lines[household_id] = device.lines.get(household_id, 1) + 1
            device.members.append(
                members.add(
                    conn,
                    household_id=household_id,
                    line_number=device.lines[household_id],
                    relationship_to_head="child",
                    name=f"Child {rng.randint(1, 99)}",
                    actor=who,
                )  # fmt: skip
            )
        elif kind == "rename":
            members.edit(
                conn, member_id=rng.choice(device.members), actor=who,
                name=f"Renamed {rng.randint(1, 99)}",
            )  # fmt: skip
        else:  # sometimes the same size again: the server then answers `unchanged`
            households.edit(
                conn, household_id=rng.choice(device.households), actor=who,
                household_size=rng.randint(1, 4),
            )  # fmt: skip


@pytest.fixture
def devices(tmp_path: Path) -> list[Device]:
    return [
        make_device(tmp_path / f"tablet{n}", f"selangor/PTG/PTG01/PPR00{n}")
        for n in range(1, DEVICES + 1)
    ]


@pytest.fixture
def server(db_url: str) -> Iterator[str]:
    prepare_server(db_url)
    with running_server(db_url) as base:
        yield base


def test_every_change_arrives_exactly_once_through_a_faulty_network(
    db_url: str, server: str, devices: list[Device]
) -> None:
    upstream = urlsplit(server)
    assert upstream.hostname and upstream.port
    rng = random.Random(SEED)
    with FaultProxy((upstream.hostname, upstream.port), seed=SEED) as proxy:
        for device in devices:
            token = login(server, "admin", device.device_id)
            save_credentials(device.folder, Credentials(proxy.url, "admin", device.device_id,
                                                        token))  # fmt: skip
        failed = 0
        for _ in range(RUNS):
            if rng.random() < 0.5:
                change(rng.choice(devices), rng)
            device = rng.choice(devices)
            report = sync_workspace(
                device.folder, device.database, batch_size=rng.randint(1, 6), retries=0
            )
            assert report.conflicts == []
            if report.error is not None:
                failed += 1
                assert any(sentence in report.error for sentence in EXPECTED_ERRORS), report.error
        # Every kind of fault happened, many times, and most runs failed somewhere.
        assert set(proxy.counts) == set(FAULTS)
        assert min(proxy.counts.values()) >= 30, proxy.counts
        assert failed > RUNS // 2

        proxy.fault = "pass"
        for device in devices:
            report = sync_workspace(device.folder, device.database, batch_size=6, retries=0)
            assert report.error is None and report.pending == 0 and report.conflicts == []

    held = server_state(db_url)
    assert held["conflicts"] == 0
    expected: dict[tuple[str, str], tuple[int, str]] = {}
    server_batches: dict[str, set[str]] = held["batches"]
    for device in devices:
        local = device_state(device)
        assert local["unacknowledged"] == 0
        # The device holds a receipt for every batch the server stored from it, and for no
        # other: no batch was stored twice, none is waiting for its answer.
        assert local["batches"] == server_batches.get(device.device_id, set())
        assert local["open_batches"] == 0
        expected.update(local["expected"])
        for key, revision in local["revisions"].items():
            assert held["records"][key][0] == revision, key
        completed = {("interview", i) for i in local["completed"]}
        assert completed <= set(held["records"])
        assert all(held["records"][key][0] == 1 for key in completed)  # written once
    # Every record at the revision its changes earned, with its last content; nothing more.
    assert held["records"] == expected
    assert sum(1 for t, _ in held["records"] if t == "interview") == sum(
        len(d.interviewed) for d in devices
    )


def server_state(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            records = {
                (str(t), str(i)): (int(r), str(h))
                for t, i, r, h in conn.execute(
                    text("SELECT record_type, record_id, revision, content_hash FROM records")
                )
            }
            batches: dict[str, set[str]] = {}
            for batch_id, device_id in conn.execute(text("SELECT id, device_id FROM sync_batches")):
                batches.setdefault(str(device_id), set()).add(str(batch_id))
            conflicts = conn.execute(text("SELECT count(*) FROM conflicts")).scalar_one()
    finally:
        engine.dispose()
    return {"records": records, "batches": batches, "conflicts": conflicts}


def device_state(device: Device) -> dict[str, Any]:
    """What the device's database says: its outbox, its batches, the revisions it was given,
    and what the server should hold of its records (worked out from the outbox alone: each
    change of content earns a revision, a resend of the same content does not)."""
    with open_database(device.database) as db, db.engine.connect() as conn:
        entries = conn.exec_driver_sql(
            "SELECT record_type, record_id, json_extract(payload, '$.content_hash'), "
            "acked_at IS NULL OR sent_at IS NULL FROM outbox ORDER BY id"
        ).all()
        expected: dict[tuple[str, str], tuple[int, str]] = {}
        for record_type, record_id, content_hash, _ in entries:
            key = (str(record_type), str(record_id))
            revision, last = expected.get(key, (0, ""))
            expected[key] = (revision + (content_hash != last), str(content_hash))
        revisions: dict[tuple[str, str], int] = {}
        for record_type, table in recorder.TABLES.items():
            column = "server_revision" if record_type == "interview" else "revision"
            for record_id, revision in conn.exec_driver_sql(
                f"SELECT id, {column} FROM {table} WHERE id IN "
                "(SELECT record_id FROM outbox WHERE record_type = ?)",
                (record_type,),
            ):
                revisions[(record_type, str(record_id))] = int(revision)
        batches = conn.exec_driver_sql("SELECT id, received_at FROM sync_batches").all()
        completed = [
            str(r[0])
            for r in conn.exec_driver_sql("SELECT id FROM interviews WHERE status = 'complete'")
        ]
    return {
        "unacknowledged": sum(1 for entry in entries if entry[3]),
        "expected": expected,
        "revisions": revisions,
        "batches": {str(b[0]) for b in batches},
        "open_batches": sum(1 for b in batches if b[1] is None),
        "completed": completed,
    }
