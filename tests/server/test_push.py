"""POST /api/v1/sync/push against a real server process, on SQLite and PostgreSQL: a batch is
one transaction, idempotent on its batch_id; an identical resend changes nothing; a stale base
is a conflict with both versions kept; every bad request is a 4xx that stores nothing."""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from sqlalchemy import text

from server.core.db import create_server_engine
from tests.server.conftest import (
    add_user,
    bearer,
    fresh_pg_database,
    login,
    running_server,
    server_command,
)

HOME = "14/KL/W01"
FOREIGN = "14/KL/W02"


def content_hash(data: dict[str, Any]) -> str:
    """The outbox format's hash, written out here as the spec says (not imported)."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def item(record_type: str, data: dict[str, Any], base: int = 0) -> dict[str, Any]:
    return {
        "format": 1,
        "record_type": record_type,
        "record_id": data["id"],
        "operation": "upsert",
        "base_revision": base,
        "content_hash": content_hash(data),
        "data": data,
    }


@dataclass
class Device:
    id: str
    token: str


@dataclass
class Server:
    base: str
    url: str
    devices: dict[str, Device]

    def push(
        self, who: str, items: list[dict[str, Any]], batch_id: str | None = None, **extra: Any
    ) -> requests.Response:
        device = self.devices[who]
        body = {"device_id": device.id, "batch_id": batch_id or str(uuid.uuid4()),
                "items": items, **extra}  # fmt: skip
        return self.send(who, gzip.compress(json.dumps(body).encode()))

    def send(self, who: str, raw: bytes, encoding: str | None = "gzip") -> requests.Response:
        headers = {**bearer(self.devices[who].token), "Content-Type": "application/json"}
        if encoding:
            headers["Content-Encoding"] = encoding
        return requests.post(f"{self.base}/api/v1/sync/push", data=raw, headers=headers,
                             timeout=30)  # fmt: skip

    def get(self, who: str, path: str) -> requests.Response:
        headers = bearer(self.devices[who].token)
        return requests.get(f"{self.base}/api/v1{path}", headers=headers, timeout=30)

    def counts(self) -> dict[str, int]:
        engine = create_server_engine(self.url)
        try:
            with engine.connect() as connection:
                return {
                    table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                    for table in ("records", "sync_batches", "conflicts")
                }
        finally:
            engine.dispose()

    def record(self, record_type: str, record_id: str) -> tuple[int, dict[str, Any]]:
        engine = create_server_engine(self.url)
        try:
            with engine.connect() as connection:
                revision, data = connection.execute(
                    text("SELECT revision, data FROM records WHERE record_type = :t AND "
                         "record_id = :i"), {"t": record_type, "i": record_id},
                ).one()  # fmt: skip
        finally:
            engine.dispose()
        return revision, data if isinstance(data, dict) else json.loads(data)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    if request.param == "sqlite":
        yield from _serve(f"sqlite:///{tmp_path_factory.mktemp('push') / 'server.sqlite'}")
    else:
        with fresh_pg_database(request.getfixturevalue("pg_url")) as url:
            yield from _serve(url)


def _serve(url: str) -> Iterator[Server]:
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "enum", "enumerator", [HOME])
    add_user(url, "enum2", "enumerator", [HOME])
    add_user(url, "officer", "ward_officer", [HOME])
    add_user(url, "faraway", "ward_officer", [FOREIGN])
    env = {"TINJAU_SERVER_PUSH_MAX_BYTES": "65536"}
    with running_server(url, env=env) as base:
        devices = {}
        for name in ("enum", "enum2", "officer", "faraway"):
            device_id = str(uuid.uuid4())
            devices[name] = Device(device_id, login(base, name, device_id))
        yield Server(base=base, url=url, devices=devices)


def new_id() -> str:
    return str(uuid.uuid4())


def area(path: str) -> dict[str, Any]:
    return {"id": new_id(), "parent_id": None, "level": "site", "code": path.split("/")[-1],
            "path_code": path, "name": "PPR Seri", "floor": None, "unit_number": None,
            "deleted_at": None}  # fmt: skip


def household(unit_id: str, size: int = 4) -> dict[str, Any]:
    return {"id": new_id(), "unit_id": unit_id, "block_id": None, "site_id": None,
            "ward_id": None, "address": "Blok A-3-2", "head_name": "Siti Aminah",
            "head_national_id": "850412-14-5523", "phone": None, "household_size": size,
            "source": "new", "census_key": None, "deleted_at": None}  # fmt: skip


def assert_refused(reply: requests.Response, status: int, code: str) -> None:
    assert reply.status_code == status, reply.text
    assert reply.json()["code"] == code
    assert "850412" not in reply.text and "Siti" not in reply.text


def test_a_batch_is_stored_once_and_a_replay_gets_the_first_receipt(server: Server) -> None:
    """Area, household and member in one batch are accepted at revision 1; sending the same
    batch again returns the identical receipt and writes nothing."""
    site = area(f"{HOME}/S1")
    home = household(site["id"])
    member = {"id": new_id(), "household_id": home["id"], "line_number": 1, "name": "Siti",
              "national_id": None, "sex": "f", "birth_date": None, "extra": {},
              "relationship_to_head": "head", "deleted_at": None}  # fmt: skip
    batch = [item("area", site), item("household", home), item("member", member)]
    batch_id = new_id()
    first = server.push("enum", batch, batch_id)
    assert first.status_code == 200, first.text
    assert [(i["status"], i["revision"]) for i in first.json()["items"]] == [("accepted", 1)] * 3
    before = server.counts()
    again = server.push("enum", batch, batch_id)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert server.counts() == before


def test_an_identical_resend_in_a_new_batch_is_unchanged(server: Server) -> None:
    """The same content sent again under another batch id is `unchanged`, revision as it was."""
    site = area(f"{HOME}/S2")
    assert server.push("enum", [item("area", site)]).status_code == 200
    reply = server.push("enum", [item("area", site)])
    assert reply.json()["items"][0] == {"record_type": "area", "record_id": site["id"],
                                        "status": "unchanged", "revision": 1}  # fmt: skip


def test_two_devices_editing_one_household_make_a_conflict_with_both_versions(
    server: Server,
) -> None:
    """Both devices edit revision 1: the first is accepted as revision 2, the second is a
    conflict; the server keeps the first as current and the second beside it, unchanged."""
    site = area(f"{HOME}/S3")
    home = household(site["id"])
    assert server.push("enum", [item("area", site), item("household", home)]).ok
    mine = {**home, "household_size": 5}
    theirs = {**home, "household_size": 6}
    first = server.push("enum", [item("household", mine, base=1)])
    second = server.push("enum2", [item("household", theirs, base=1)])
    assert first.json()["items"][0]["status"] == "accepted"
    assert second.json()["items"][0] == {"record_type": "household", "record_id": home["id"],
                                         "status": "conflict", "revision": 2}  # fmt: skip
    revision, current = server.record("household", home["id"])
    assert (revision, current["household_size"]) == (2, 5)
    engine = create_server_engine(server.url)
    with engine.connect() as connection:
        kept = connection.execute(
            text("SELECT base_revision, server_revision, data FROM conflicts "
                 "WHERE record_id = :i"), {"i": home["id"]},
        ).one()  # fmt: skip
    engine.dispose()
    data = kept[2] if isinstance(kept[2], dict) else json.loads(kept[2])
    assert (kept[0], kept[1], data["household_size"]) == (1, 2, 6)
    # Flagged for the ward officer of the area, with both versions; not for another ward's.
    listed = [c for c in server.get("officer", "/sync/conflicts").json()
              if c["record_id"] == home["id"]]  # fmt: skip
    assert [(c["data"]["household_size"], c["current"]["household_size"]) for c in listed] == [
        (6, 5)
    ]
    elsewhere = server.get("faraway", "/sync/conflicts").json()
    assert all(c["record_id"] != home["id"] for c in elsewhere)
    assert_refused(server.get("enum", "/sync/conflicts"), 403, "role_forbidden")


def test_refused_batches_store_nothing(server: Server) -> None:
    """Each bad batch is refused with its own code and leaves every table as it was."""
    site = area(f"{HOME}/S4")
    good = item("area", site)
    bad_hash = {**good, "content_hash": "0" * 64}
    reused = new_id()
    assert server.push("enum", [item("area", area(f"{HOME}/S5"))], reused).ok
    before = server.counts()
    body = json.dumps({"device_id": server.devices["enum"].id, "batch_id": new_id(),
                       "items": [good]}).encode()  # fmt: skip
    cases = [
        (server.push("enum", [item("area", area(f"{FOREIGN}/S1"))]), 403, "area_forbidden"),
        (server.push("enum", [good, item("area", area(f"{FOREIGN}/S2"))]), 403,
         "area_forbidden"),
        (server.push("enum", [good, item("household", household(new_id()))]), 409,
         "parent_unknown"),
        (server.push("enum", [bad_hash]), 422, "content_hash_mismatch"),
        (server.push("enum", [good], reused), 409, "batch_id_reused"),
        (server.push("enum", [good], unknown=1), 422, "invalid_request"),
        (server.push("enum", []), 422, "invalid_request"),
        (server.push("enum", [{**good, "format": 2}]), 422, "invalid_request"),
        (server.push("enum", [item("review_decision", {"id": new_id(), "interview_id": "x"})]),
         403, "role_forbidden"),
        (server.send("enum", body, encoding=None), 415, "gzip_required"),
        (server.send("enum", body[:40], encoding="gzip"), 400, "gzip_invalid"),
        (server.send("enum", gzip.compress(body)[:-9]), 400, "gzip_invalid"),
        (server.send("enum", gzip.compress(b"{not json")), 422, "json_invalid"),
        (server.send("enum", gzip.compress(body) + bytes(70_000)), 413, "too_large"),
        (server.send("officer", gzip.compress(body)), 403, "device_mismatch"),
    ]  # fmt: skip
    for reply, status, code in cases:
        assert_refused(reply, status, code)
    assert server.counts() == before


def test_the_same_batch_sent_at_once_from_many_threads_is_stored_once(server: Server) -> None:
    """Eight simultaneous sends of one batch (a retry racing its original) all get the same
    receipt, and the records are stored once."""
    site = area(f"{HOME}/S6")
    batch = [item("area", site), *(item("household", household(site["id"])) for _ in range(20))]
    batch_id = new_id()
    replies: list[requests.Response] = []

    def send() -> None:
        replies.append(server.push("enum", batch, batch_id))

    before = server.counts()
    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [reply.status_code for reply in replies] == [200] * 8
    assert len({json.dumps(reply.json(), sort_keys=True) for reply in replies}) == 1
    after = server.counts()
    assert after["records"] - before["records"] == 21
    assert after["sync_batches"] - before["sync_batches"] == 1


def pull_all(server: Server, who: str, cursor: str | None = None, limit: int = 3) -> dict[str, Any]:
    """Every page after `cursor`: the records, the last cursor, the `remaining` seen, resets."""
    records: dict[str, dict[str, Any]] = {}
    remaining: list[int] = []
    resets: list[bool] = []
    while True:
        query = f"/sync/pull?limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        reply = server.get(who, query)
        assert reply.status_code == 200, reply.text
        page = reply.json()
        records.update({item["record_id"]: item for item in page["items"]})
        remaining.append(page["remaining"])
        resets.append(page["reset"])
        cursor = page["cursor"]
        if not page["more"]:
            return {"records": records, "cursor": cursor, "remaining": remaining,
                    "resets": resets}  # fmt: skip


def test_pull_pages_through_what_changed_in_ones_areas(server: Server) -> None:
    """Another device of the same area pulls every record in pages with a falling `remaining`;
    after a change it pulls just that one; a ward officer elsewhere sees none of them; an
    unknown cursor starts a full pull marked `reset`."""
    site = area(f"{HOME}/P1")
    homes = [household(site["id"]) for _ in range(7)]
    assert server.push("enum", [item("area", site), *(item("household", h) for h in homes)]).ok
    ours = {site["id"], *(h["id"] for h in homes)}
    first = pull_all(server, "enum2")
    assert ours <= set(first["records"])
    assert first["remaining"] == sorted(first["remaining"], reverse=True)
    assert first["remaining"][-1] == 0 and not any(first["resets"])
    assert first["records"][homes[0]["id"]]["revision"] == 1
    changed = {**homes[0], "household_size": 9}
    assert server.push("enum", [item("household", changed, base=1)]).ok
    later = pull_all(server, "enum2", first["cursor"])
    assert set(later["records"]) == {homes[0]["id"]}
    assert later["records"][homes[0]["id"]]["revision"] == 2
    assert later["records"][homes[0]["id"]]["data"]["household_size"] == 9
    assert not ours & set(pull_all(server, "faraway")["records"])
    for cursor in ("c1.999999999", "garbage"):
        again = pull_all(server, "enum2", cursor, limit=1000)
        assert again["resets"] == [True]
        assert ours <= set(again["records"])


def test_one_batch_mixing_new_records_resends_edits_and_conflicts(server: Server) -> None:
    """Each item is judged on what came before it, in the server and earlier in the batch: a
    new household and its edit later in the same batch, an identical resend, an edit on the
    current base and one on a stale base; the change numbers a pull pages by advance once per
    change."""
    site = area(f"{HOME}/M1")
    same, edited, stale = household(site["id"]), household(site["id"]), household(site["id"])
    assert server.push("enum", [item("area", site), *(item("household", h)
                                for h in (same, edited, stale))]).ok  # fmt: skip
    assert server.push("enum2", [item("household", {**stale, "household_size": 7}, base=1)]).ok
    cursor = pull_all(server, "enum2")["cursor"]
    fresh = household(site["id"])
    before = server.counts()
    reply = server.push("enum", [
        item("household", fresh),
        item("household", same),
        item("household", {**edited, "household_size": 8}, base=1),
        item("household", {**stale, "household_size": 9}, base=1),
        item("household", {**fresh, "household_size": 2}, base=1),
        item("household", {**fresh, "household_size": 3}, base=1),
    ])  # fmt: skip
    assert reply.status_code == 200, reply.text
    assert [(i["record_id"], i["status"], i["revision"]) for i in reply.json()["items"]] == [
        (fresh["id"], "accepted", 1),
        (same["id"], "unchanged", 1),
        (edited["id"], "accepted", 2),
        (stale["id"], "conflict", 2),
        (fresh["id"], "accepted", 2),
        (fresh["id"], "conflict", 2),
    ]
    after = server.counts()
    assert after["records"] - before["records"] == 1
    assert after["conflicts"] - before["conflicts"] == 2
    assert server.record("household", fresh["id"])[0] == 2
    assert server.record("household", fresh["id"])[1]["household_size"] == 2
    assert server.record("household", same["id"])[0] == 1
    assert server.record("household", edited["id"])[1]["household_size"] == 8
    assert server.record("household", stale["id"])[1]["household_size"] == 7
    changed = pull_all(server, "enum2", cursor)["records"]
    assert set(changed) == {fresh["id"], edited["id"]}
    assert changed[fresh["id"]]["data"]["household_size"] == 2


def test_two_devices_pushing_the_same_households_at_once_lose_nothing(server: Server) -> None:
    """Two devices send edits of the same 40 households on the same base at the same moment,
    in opposite orders, several rounds: each household ends with exactly one edit accepted
    and the other kept as a conflict, and no batch fails."""
    site = area(f"{HOME}/C1")
    homes = [household(site["id"]) for _ in range(40)]
    assert server.push("enum", [item("area", site), *(item("household", h) for h in homes)]).ok
    for round_ in range(1, 4):
        sizes = {"enum": 10 * round_ + 1, "enum2": 10 * round_ + 2}
        batches = {
            "enum": [item("household", {**h, "household_size": sizes["enum"]}, base=round_)
                     for h in homes],
            "enum2": [item("household", {**h, "household_size": sizes["enum2"]}, base=round_)
                      for h in reversed(homes)],
        }  # fmt: skip
        replies: dict[str, requests.Response] = {}
        start = threading.Barrier(2)
        threads = [threading.Thread(target=_send_together, args=(server, who, batch, start,
                                                                 replies))
                   for who, batch in batches.items()]  # fmt: skip
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(reply.status_code == 200 for reply in replies.values()), replies
        status = {who: {i["record_id"]: i["status"] for i in reply.json()["items"]}
                  for who, reply in replies.items()}  # fmt: skip
        for home in homes:
            pair = {who: status[who][home["id"]] for who in batches}
            assert sorted(pair.values()) == ["accepted", "conflict"], pair
            winner = next(who for who, outcome in pair.items() if outcome == "accepted")
            loser = next(who for who in batches if who != winner)
            revision, current = server.record("household", home["id"])
            assert (revision, current["household_size"]) == (round_ + 1, sizes[winner])
            engine = create_server_engine(server.url)
            with engine.connect() as connection:
                kept = connection.execute(
                    text("SELECT data FROM conflicts WHERE record_id = :i AND "
                         "server_revision = :r"), {"i": home["id"], "r": round_ + 1},
                ).scalar_one()  # fmt: skip
            engine.dispose()
            data = kept if isinstance(kept, dict) else json.loads(kept)
            assert data["household_size"] == sizes[loser]


def _send_together(
    server: Server, who: str, batch: list[dict[str, Any]], start: threading.Barrier,
    replies: dict[str, requests.Response],
) -> None:  # fmt: skip
    start.wait()
    replies[who] = server.push(who, batch)
