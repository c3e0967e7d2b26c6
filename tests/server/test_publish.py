"""Published by supervisors, pulled by devices: areas, census lists, assignments, form versions
and poverty standards through the API of a real `tinjau-server` process, received by a real
device database with `sync_workspace`; every refusal by role and area tested."""

from __future__ import annotations

import base64
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from app.paths import ROOT as REPO
from app.paths import database_path, workspace_forms_dir
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import interviews
from app.sync.run import sync_workspace
from tests.form_versions import household_version
from tests.server.conftest import add_user, bearer, login, running_server
from tests.server.test_pull_client import rows, sign_in
from tests.server.test_sync_client import prepare_server

WARD = "selangor/PTG/PTG01"
SITE = f"{WARD}/PPR001"
API = "/api/v1"


@dataclass
class Office:
    base: str
    tokens: dict[str, str]

    def post(self, who: str, path: str, body: Any) -> requests.Response:
        return requests.post(
            f"{self.base}{API}{path}", json=body, headers=bearer(self.tokens[who]), timeout=60
        )

    def get(self, who: str, path: str) -> Any:
        reply = requests.get(
            f"{self.base}{API}{path}", headers=bearer(self.tokens[who]), timeout=30
        )
        assert reply.status_code == 200, reply.text
        return reply.json()

    def area(self, who: str, parent: str | None, code: str) -> dict[str, Any]:
        reply = self.post(who, "/areas", {"parent_path": parent, "code": code, "name": code})
        assert reply.status_code == 201, reply.text
        return dict(reply.json())


@pytest.fixture
def office(db_url: str) -> Iterator[Office]:
    prepare_server(db_url)
    add_user(db_url, "boss", "supervisor", [WARD])
    add_user(db_url, "other", "supervisor", ["selangor/PTG/PTG02"])
    add_user(db_url, "siti", "enumerator", [SITE])
    add_user(db_url, "officer", "ward_officer", [WARD])
    with running_server(db_url) as base:
        users = ("admin", "boss", "other", "siti", "officer")
        yield Office(base, {name: login(base, name) for name in users})


def tree(office: Office) -> dict[str, dict[str, Any]]:
    """selangor/PTG/PTG01 by the admin, then the site, a block and two units by the ward's
    supervisor; the areas by level."""
    office.area("admin", None, "selangor")
    office.area("admin", "selangor", "PTG")
    ward = office.area("admin", "selangor/PTG", "PTG01")
    site = office.area("boss", WARD, "PPR001")
    block = office.area("boss", SITE, "A")
    unit = office.area("boss", f"{SITE}/A", "A-01-01")
    unit2 = office.area("boss", f"{SITE}/A", "A-01-02")
    return {"ward": ward, "site": site, "block": block, "unit": unit, "unit2": unit2}


def household(areas: dict[str, dict[str, Any]], unit: str = "unit", **data: Any) -> dict[str, Any]:
    record_id = uuid7()
    return {
        "record_type": "household",
        "record_id": record_id,
        "data": {
            "id": record_id, "unit_id": areas[unit]["id"], "block_id": areas["block"]["id"],
            "site_id": areas["site"]["id"], "ward_id": areas["ward"]["id"],
            "head_name": "Head of the house", "household_size": 4, "source": "census",
            "census_key": f"{areas[unit]['path_code']}|head",
        } | data,
    }  # fmt: skip


def form_file(tmp_path: Path, version: str) -> dict[str, Any]:
    path = household_version(tmp_path / f"household-{version}.xlsx", version)
    return {
        "area": WARD,
        "file_name": path.name,
        "workbook": base64.b64encode(path.read_bytes()).decode("ascii"),
    }


def standard_text(version: str = "1.0", standard_id: str = "town-2026") -> str:
    text = (REPO / "resources/standards/vn-2022-2025.toml").read_text(encoding="utf-8")
    text = text.replace('id = "vn-2022-2025"', f'id = "{standard_id}"', 1)
    return text.replace('version = "1.0"', f'version = "{version}"', 1)


def test_a_supervisor_publishes_and_the_enumerator_device_receives_and_opens(
    office: Office, tmp_path: Path
) -> None:
    areas = tree(office)
    home, next_door = household(areas), household(areas, "unit2", head_name="Neighbour")
    member_id = uuid7()
    member = {
        "record_type": "member", "record_id": member_id,
        "data": {"id": member_id, "household_id": home["record_id"], "line_number": 1,
                 "relationship_to_head": "head", "name": "Head of the house", "sex": "female"},
    }  # fmt: skip
    assignment_id = uuid7()
    assignment = {
        "record_type": "assignment", "record_id": assignment_id,
        "data": {"id": assignment_id, "enumerator_id": "siti", "area_id": areas["block"]["id"],
                 "assigned_by": "boss", "assigned_at": "2026-12-05T08:00:00.000000Z"},
    }  # fmt: skip
    published = office.post("boss", "/publish", {"items": [home, next_door, member, assignment]})
    assert published.status_code == 200, published.text
    assert [i["status"] for i in published.json()["items"]] == ["accepted"] * 4
    workbook = form_file(tmp_path, "2027010101")
    form = office.post("boss", "/forms", workbook)
    assert form.status_code == 201, form.text
    again = office.post("boss", "/forms", workbook)
    assert (again.status_code, again.json()["id"]) == (200, form.json()["id"])
    standard = office.post("boss", "/standards", {"area": WARD, "text": standard_text()})
    assert standard.status_code == 201, standard.text
    # Not for a user of another ward.
    assert office.get("other", "/forms") == [] and office.get("other", "/standards") == []
    listed = office.get("siti", "/forms")
    assert [(f["form_id"], f["version"], f["area"]) for f in listed] == [
        ("household", "2027010101", WARD)
    ]
    assert [s["standard_id"] for s in office.get("siti", "/standards")] == ["town-2026"]

    tablet = tmp_path / "tablet"
    sign_in(tablet, office.base, "siti")
    report = sync_workspace(tablet, database_path(tablet))
    assert report.error is None and report.not_installed == []
    # The areas of the site down (not the ward above it), the census, the member, the block's
    # assignment; the form version installed and used for new interviews; the standard.
    assert sorted(r[0] for r in rows(tablet, "SELECT path_code FROM areas")) == sorted(
        [SITE, f"{SITE}/A", f"{SITE}/A/A-01-01", f"{SITE}/A/A-01-02"]
    )
    assert rows(tablet, "SELECT head_name, visit_status, revision FROM households ORDER BY 1") == [
        ("Head of the house", "not_visited", 1), ("Neighbour", "not_visited", 1),
    ]  # fmt: skip
    assert rows(tablet, "SELECT name, line_number FROM members") == [("Head of the house", 1)]
    assert rows(tablet, "SELECT enumerator_id, area_id FROM assignments") == [
        ("siti", areas["block"]["id"])
    ]
    assert rows(tablet, "SELECT form_id, version FROM form_versions") == [
        ("household", "2027010101")
    ]
    assert rows(tablet, "SELECT key FROM meta WHERE key LIKE 'standard_file:%'") == [
        ("standard_file:town-2026",)
    ]
    assert rows(tablet, "SELECT count(*) FROM outbox") == [(0,)]
    with open_database(database_path(tablet)) as db:
        opened = interviews.open_for_household(
            db, household_id=home["record_id"], forms_dir=workspace_forms_dir(tablet)
        )
    assert opened.form.definition.version == "2027010101"
    assert opened.form.definition.form_id == "household"
    # Received twice: nothing new.
    assert sync_workspace(tablet, database_path(tablet)).received == 0

    # An interview made with the published version is accepted by the server.
    draft = interviews.Draft(
        interview_id=uuid7(), household_id=home["record_id"], form_id="household",
        form_version="2027010101", answers={"note": "done"}, position={},
        enumerator_id="siti", sequence=1,
    )  # fmt: skip
    with open_database(database_path(tablet)) as db:
        with db.write() as conn:
            interviews.save_draft(conn, draft=draft)
        with db.write() as conn:
            interviews.complete(conn, draft=draft, score=None, household_size=4)
    sent = sync_workspace(tablet, database_path(tablet))
    assert (sent.error, sent.accepted, sent.pending) == (None, 1, 0)


def test_an_interview_of_a_form_version_the_server_lacks_is_refused_whole(
    office: Office, tmp_path: Path
) -> None:
    areas = tree(office)
    home = household(areas)
    assert office.post("boss", "/publish", {"items": [home]}).status_code == 200
    tablet = tmp_path / "tablet"
    sign_in(tablet, office.base, "siti")
    assert sync_workspace(tablet, database_path(tablet)).error is None
    draft = interviews.Draft(
        interview_id=uuid7(), household_id=home["record_id"], form_id="household",
        form_version="1999", answers={}, position={}, enumerator_id="siti", sequence=1,
    )  # fmt: skip
    with open_database(database_path(tablet)) as db:
        with db.write() as conn:
            interviews.save_draft(conn, draft=draft)
        with db.write() as conn:
            interviews.complete(conn, draft=draft, score=None, household_size=4)
    report = sync_workspace(tablet, database_path(tablet), retries=0)
    assert report.error is not None and "form_version_unknown" in report.error
    assert "version 1999" in report.error and report.pending == 1
    assert office.get("admin", "/sync/pull")["items"][-1]["record_type"] == "household"


def test_each_refusal_of_a_publication(office: Office, tmp_path: Path) -> None:
    areas = tree(office)
    home = household(areas)

    def refused(who: str, path: str, body: Any) -> tuple[int, str]:
        reply = office.post(who, path, body)
        return reply.status_code, str(reply.json().get("code"))

    form = form_file(tmp_path, "2027010101")
    standard = {"area": WARD, "text": standard_text()}
    for path, body in (("/publish", {"items": [home]}), ("/forms", form),
                       ("/standards", standard)):  # fmt: skip
        # Role: enumerators and ward officers do not publish.
        assert refused("siti", path, body) == (403, "role_forbidden")
        assert refused("officer", path, body) == (403, "role_forbidden")
        # Area: a supervisor of another ward does not publish into this one.
        assert refused("other", path, body) == (403, "area_forbidden")
    # Every area (ALL) only by a user of every area.
    assert refused("boss", "/forms", {**form, "area": "ALL"}) == (403, "area_forbidden")
    assert refused("boss", "/standards", {**standard, "area": "ALL"}) == (403, "area_forbidden")
    # A census entry without a head, or with a field devices do not have.
    headless = household(areas)
    headless["data"]["head_name"] = ""
    assert refused("boss", "/publish", {"items": [headless]}) == (422, "record_invalid")
    odd = household(areas, favourite_colour="blue")
    assert refused("boss", "/publish", {"items": [odd]}) == (422, "record_invalid")
    # Values a device's tables cannot hold.
    assert refused("boss", "/publish", {"items": [household(areas, household_size=0)]}) == (
        422, "record_invalid",
    )  # fmt: skip
    member_id = uuid7()
    odd_member = {"record_type": "member", "record_id": member_id,
                  "data": {"household_id": home["record_id"], "line_number": 1,
                           "relationship_to_head": "head", "name": "X", "sex": "F"}}  # fmt: skip
    assert refused("boss", "/publish", {"items": [odd_member]}) == (422, "record_invalid")
    # A household in a unit the server does not have.
    lost = household(areas)
    lost["data"]["unit_id"] = uuid7()
    assert refused("boss", "/publish", {"items": [lost]}) == (409, "parent_unknown")
    # Not a workbook; a standard under a shipped id; a broken standard.
    junk = {**form, "workbook": base64.b64encode(b"not a workbook").decode()}
    assert refused("boss", "/forms", junk) == (422, "form_invalid")
    assert refused("boss", "/forms", {**form, "workbook": "%%%"}) == (422, "invalid_request")
    # An attached file named to climb out of the folder the server writes the form into: refused
    # with a sentence, and nothing written where the name points.
    escape = f"escaped-{uuid7()}.csv"
    target = Path(tempfile.gettempdir()) / escape
    csv = base64.b64encode(b"name,label\na,A\n").decode()
    for name in (f"../../{escape}", f"..\\..\\{escape}", f".{escape}", f"sub/{escape}"):
        reply = office.post("boss", "/forms", {**form, "media": {name: csv}})
        assert (reply.status_code, reply.json()["code"]) == (422, "form_invalid"), name
        assert "not a plain file name" in reply.json()["message"]
    assert not target.exists()
    # Too many attached files, or a name with a control character: refused as the request.
    many = {f"list{n}.csv": csv for n in range(101)}
    assert refused("boss", "/forms", {**form, "media": many}) == (422, "invalid_request")
    assert refused("boss", "/forms", {**form, "media": {"a\x00.csv": csv}}) == (
        422, "invalid_request",
    )  # fmt: skip
    # Attached files beyond 50 MB are refused before they are decoded.
    big = "A" * 34_000_000
    assert refused("boss", "/forms", {**form, "media": {"a.csv": big, "b.csv": big}}) == (
        413, "too_large",
    )  # fmt: skip
    shipped = {"area": WARD, "text": standard_text(standard_id="vn-2022-2025")}
    assert refused("boss", "/standards", shipped) == (422, "standard_invalid")
    broken = {"area": WARD, "text": "id = "}
    assert refused("boss", "/standards", broken) == (422, "standard_invalid")
    # Nothing of all that was stored.
    assert office.get("admin", "/forms") == [] and office.get("admin", "/standards") == []
    households = [i for i in office.get("admin", "/sync/pull?limit=1000")["items"]
                  if i["record_type"] == "household"]  # fmt: skip
    assert households == []
    # A published version never changes: other content under the same version is refused.
    assert office.post("boss", "/forms", form).status_code == 201
    changed = household_version(tmp_path / "changed.xlsx", "2027010101", label="Other label")
    other = {**form, "workbook": base64.b64encode(changed.read_bytes()).decode()}
    assert refused("boss", "/forms", other) == (409, "form_version_exists")
    assert office.post("boss", "/standards", standard).status_code == 201
    edited = {**standard, "text": standard["text"].replace("Town", "City")}
    edited["text"] = edited["text"] + "\n# edited\n"
    assert refused("boss", "/standards", edited) == (409, "standard_exists")
