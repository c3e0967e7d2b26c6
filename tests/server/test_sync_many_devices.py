"""Fifty devices sync at once to a server running `serve --workers 3` on PostgreSQL.

The census of five sites is made once and sent by the device that made it; each of the fifty
devices starts from a copy of that synced database (as if it had received the census), under
its own device id, signed in as the enumerator of its site. Then each does a day's work (two
completed interviews, a new member, and the head's name of one or two households of its site
changed) and all fifty sync at once, in small batches, so batches of different devices that
touch the same households meet in the server's workers at the same moment.

Afterwards: every interview and member is on the server exactly once; a household changed by
one device only is at revision 2 with that device's version and no conflict; a household
changed by several has one of their versions and exactly one conflict for each of the others,
both versions kept; no conflict anywhere else; every device's outbox acknowledged, and the
server's batches the very ones the devices hold receipts for.
"""

from __future__ import annotations

import random
import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from app.paths import database_path
from app.survey.census import import_census
from app.survey.db import cipher, open_database
from app.survey.ids import uuid7
from app.survey.records import households, interviews, members, recorder
from app.sync.client import Credentials, save_credentials
from app.sync.push import SyncReport
from app.sync.run import sync_workspace
from server.core.db import create_server_engine
from server.core.models import Device, User
from server.core.security import hash_token, new_device_token
from tests.form_versions import shipped_version
from tests.server.conftest import add_user, fresh_pg_database, login, running_server
from tests.server.test_sync_client import prepare_server

pytestmark = pytest.mark.pg

SITES = [f"selangor/PTG/PTG01/PPR00{n}" for n in range(1, 6)]
HOUSEHOLDS = 8  # per site: ten devices per site pick among eight, so some pick the same
DEVICES = 50
SEED = 50


@dataclass
class Tablet:
    number: int
    folder: Path
    device_id: str
    site: str
    interviews: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)
    renamed: set[str] = field(default_factory=set)

    @property
    def database(self) -> Path:
        return database_path(self.folder)


@pytest.fixture
def pg_server(pg_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with fresh_pg_database(pg_url) as url:
        prepare_server(url)
        for number, site in enumerate(SITES, 1):
            add_user(url, f"enum{number}", "enumerator", [site])
        log = tmp_path / "server.log"
        with running_server(url, extra=("--workers", "3"), log=log) as base:
            yield url, base
        # No request failed inside the server (an error there prints a traceback).
        assert "Traceback" not in log.read_text(encoding="utf-8")


def census_device(folder: Path, base: str) -> dict[str, list[str]]:
    """The device that listed the five sites, synced: its households by site."""
    with open_database(database_path(folder)) as db:
        for number, site in enumerate(SITES, 1):
            rows = "".join(
                f"B-{number}-{n:02d},Head {n},,,{n % 5 + 1}\n" for n in range(HOUSEHOLDS)
            )
            census = folder.parent / f"census{number}.csv"
            census.write_text("Unit,Nama KIR,No KP,Telefon,Bilangan AIR\n" + rows, "utf-8")
            import_census(db, census, site=site)
        device_id = db.device_id
        with db.engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT h.id, s.path_code FROM households h JOIN areas s ON s.id = h.site_id"
            ).all()
    token = login(base, "admin", device_id)
    save_credentials(folder, Credentials(base, "admin", device_id, token))
    report = sync_workspace(folder, database_path(folder), batch_size=500, retries=0)
    assert report.error is None and report.pending == 0 and report.conflicts == []
    by_site: dict[str, list[str]] = {}
    for household_id, path in found:
        by_site.setdefault(str(path), []).append(str(household_id))
    assert sorted(by_site) == SITES
    return {site: sorted(ids) for site, ids in by_site.items()}


def copy_device(source: Path, tablet_folder: Path) -> str:
    """A copy of `source`'s database in `tablet_folder` under a new device id."""
    tablet_folder.mkdir(parents=True)
    # The copy keeps the workspace's key: its key file goes with it.
    key = database_path(source).with_name(database_path(source).name + ".key")
    shutil.copy2(key, database_path(tablet_folder).with_name(key.name))
    with (
        cipher.connect_workspace(database_path(source)) as origin,
        cipher.connect_workspace(database_path(tablet_folder)) as copy,
    ):
        origin.backup(copy)
    device_id = uuid7()
    with cipher.connect_workspace(database_path(tablet_folder)) as copy:
        copy.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (device_id,))
    return device_id


def sign_in(db_url: str, base: str, tablets: list[Tablet]) -> None:
    """Each tablet signed in as the enumerator of its site, its token stored by the server as a
    login stores it (fifty Argon2 password checks would only make the test slow)."""
    engine = create_server_engine(db_url)
    try:
        with Session(engine) as session:
            users = {name: user_id for user_id, name in session.execute(
                select(User.id, User.username))}  # fmt: skip
            for tablet in tablets:
                user = f"enum{SITES.index(tablet.site) + 1}"
                token = new_device_token()
                session.add(
                    Device(id=tablet.device_id, user_id=users[user], name=f"tablet {tablet.number}",
                           token_hash=hash_token(token))
                )  # fmt: skip
                save_credentials(tablet.folder, Credentials(base, user, tablet.device_id, token))
            session.commit()
    finally:
        engine.dispose()


def work(tablet: Tablet, households_here: list[str], rng: random.Random) -> None:
    """A day's work: two interviews, a member, one or two household heads renamed."""
    with open_database(tablet.database) as db:
        for household_id in rng.sample(households_here, 2):
            draft = interviews.Draft(
                interview_id=uuid7(), household_id=household_id, form_id="household",
                form_version=shipped_version(),
                answers={"income": rng.randint(100, 5000)}, position={},
                enumerator_id=f"tablet{tablet.number}", sequence=1,
            )  # fmt: skip
            with db.write() as conn:
                interviews.save_draft(conn, draft=draft)
                interviews.complete(conn, draft=draft, score=None, household_size=None)
            tablet.interviews.add(draft.interview_id)
        with db.write() as conn:
            who = recorder.actor(conn, f"tablet{tablet.number}")
            tablet.members.add(
                members.add(
                    conn,
                    household_id=rng.choice(households_here),
                    line_number=100 + tablet.number,
                    relationship_to_head="child",
                    name="Child",
                    actor=who,
                )  # fmt: skip
            )
            for household_id in rng.sample(households_here, rng.randint(1, 2)):
                households.edit(
                    conn, household_id=household_id, actor=who,
                    head_name=f"Head as tablet {tablet.number} heard it",
                )  # fmt: skip
                tablet.renamed.add(household_id)


def test_fifty_devices_sync_at_once_to_three_workers(
    pg_server: tuple[str, str], tmp_path: Path
) -> None:
    db_url, base = pg_server
    by_site = census_device(tmp_path / "lister", base)
    listed = held_batches(db_url)
    rng = random.Random(SEED)
    tablets: list[Tablet] = []
    for number in range(DEVICES):
        site = SITES[number % len(SITES)]
        folder = tmp_path / f"tablet{number}"
        tablet = Tablet(number, folder, copy_device(tmp_path / "lister", folder), site)
        work(tablet, by_site[site], rng)
        tablets.append(tablet)
    sign_in(db_url, base, tablets)

    start = threading.Barrier(DEVICES)

    def sync(tablet: Tablet) -> SyncReport:
        start.wait()
        return sync_workspace(tablet.folder, tablet.database, batch_size=2, retries=0)

    with ThreadPoolExecutor(max_workers=DEVICES) as pool:
        reports = list(pool.map(sync, tablets))

    for report in reports:
        assert report.error is None and report.pending == 0, report.error
    held = server_state(db_url)

    # Nothing lost, nothing doubled: each interview and member once, written once.
    made = {("interview", i) for t in tablets for i in t.interviews}
    made |= {("member", m) for t in tablets for m in t.members}
    assert {key for key in held["records"] if key[0] in ("interview", "member")} == made
    assert all(held["records"][key][0] == 1 for key in made)
    assert sum(len(t.interviews) for t in tablets) == len(
        {i for t in tablets for i in t.interviews}
    )

    # A conflict only where two devices really changed the same household, one per loser.
    editors: dict[str, list[Tablet]] = {}
    for tablet in tablets:
        for household_id in tablet.renamed:
            editors.setdefault(household_id, []).append(tablet)
    reported = {(c["record_id"], t.device_id) for t, r in zip(tablets, reports, strict=True)
                for c in r.conflicts}  # fmt: skip
    assert reported == held["conflicts"]
    for site_households in by_site.values():
        for household_id in site_households:
            revision, data = held["records"][("household", household_id)]
            changed_by = editors.get(household_id, [])
            kept = {device for record_id, device in held["conflicts"] if record_id == household_id}
            if not changed_by:
                assert revision == 1 and not kept
                continue
            assert revision == 2, household_id
            winner = [
                t for t in changed_by if data["head_name"].endswith(f"tablet {t.number} heard it")
            ]
            assert len(winner) == 1
            assert kept == {t.device_id for t in changed_by} - {winner[0].device_id}
    assert any(len(changed) > 1 for changed in editors.values())  # the test met real conflicts

    # Every outbox acknowledged, by receipts for exactly the batches the server stored.
    for tablet in tablets:
        with open_database(tablet.database) as db, db.engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM outbox WHERE acked_at IS NULL"
                ).scalar_one()
                == 0
            )
            batches = {
                str(row[0])
                for row in conn.exec_driver_sql(
                    "SELECT id FROM sync_batches WHERE received_at IS NOT NULL"
                )
            }
        assert batches - listed == held["batches"].get(tablet.device_id, set()) != set()


def server_state(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            records = {
                (str(t), str(i)): (int(r), d)
                for t, i, r, d in conn.execute(
                    text("SELECT record_type, record_id, revision, data FROM records")
                )
            }
            batches: dict[str, set[str]] = {}
            for batch_id, device_id in conn.execute(text("SELECT id, device_id FROM sync_batches")):
                batches.setdefault(str(device_id), set()).add(str(batch_id))
            conflicts = {
                (str(r), str(d))
                for r, d in conn.execute(text("SELECT record_id, device_id FROM conflicts"))
            }
            count = conn.execute(text("SELECT count(*) FROM conflicts")).scalar_one()
            assert count == len(conflicts)  # one conflict per device and record
    finally:
        engine.dispose()
    return {"records": records, "batches": batches, "conflicts": conflicts}


def held_batches(db_url: str) -> set[str]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {str(row[0]) for row in conn.execute(text("SELECT id FROM sync_batches"))}
    finally:
        engine.dispose()
