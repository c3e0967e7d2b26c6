"""Who may do what, against a real server process: every endpoint refuses the roles it is not
for and the areas a user does not work in, with a JSON code and a sentence; devices sign in,
are listed with their last use, and are revoked one by one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests

from tests.server.conftest import (
    PASSWORD,
    add_user,
    bearer,
    fresh_pg_database,
    login,
    running_server,
    server_command,
)

HOME = "14/KL/W01"
FOREIGN = "14/KL/W02"
ROLES = ("enumerator", "ward_officer", "supervisor", "admin")


@dataclass
class Api:
    base: str
    tokens: dict[str, str]  # role -> token of a user of that role working in HOME
    areas: dict[str, str]  # path code -> area id

    def call(self, method: str, path: str, role: str | None, **kwargs: object) -> requests.Response:
        headers = bearer(self.tokens[role]) if role else {}
        return requests.request(
            method, f"{self.base}/api/v1{path}", headers=headers, timeout=10, **kwargs
        )


def _seed(url: str) -> None:
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "root", "admin")
    for role in ROLES[:3]:
        add_user(url, role, role, [HOME])
    add_user(url, "other", "enumerator", [FOREIGN])


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'server.sqlite'}"
        yield from _serve(url)
    else:
        with fresh_pg_database(request.getfixturevalue("pg_url")) as url:
            yield from _serve(url)


def _serve(url: str) -> Iterator[Api]:
    _seed(url)
    with running_server(url) as base:
        tokens = {role: login(base, role if role != "admin" else "root") for role in ROLES}
        tokens["other"] = login(base, "other")
        api = Api(base=base, tokens=tokens, areas={})
        for parent, code in ((None, "14"), ("14", "KL"), ("14/KL", "W01"), ("14/KL", "W02")):
            reply = api.call(
                "POST", "/areas", "admin", json={"parent_path": parent, "code": code, "name": code}
            )
            assert reply.status_code == 201, reply.text
            api.areas[reply.json()["path_code"]] = reply.json()["id"]
        yield api


def assert_refused(reply: requests.Response, status: int, code: str) -> None:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert body["code"] == code
    assert body["message"].endswith(".")


# endpoint -> roles allowed; every other role gets 403 role_forbidden.
ROLE_ONLY = [
    ("GET", "/users", None, {"admin"}),
    ("POST", "/users", {"username": "new1", "password": PASSWORD, "role": "admin"}, {"admin"}),
    ("GET", "/audit", None, {"admin"}),
    ("GET", "/sync/conflicts", None, {"ward_officer", "supervisor", "admin"}),
    ("POST", "/areas", {"parent_path": HOME, "code": "S1", "name": "PPR"},
     {"supervisor", "admin"}),
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path", "body", "allowed"), ROLE_ONLY)
def test_each_endpoint_refuses_the_roles_it_is_not_for(
    api: Api, role: str, method: str, path: str, body: object, allowed: set[str]
) -> None:
    """A role outside an endpoint's list gets 403 role_forbidden; one inside is served."""
    if body is not None and method == "POST" and role in allowed:
        body = {**body, **{"username": f"u{uuid.uuid4().hex[:8]}", "code": uuid.uuid4().hex[:8]}}
        body = {k: v for k, v in body.items() if k in ROLE_ONLY_KEYS[path]}
    reply = api.call(method, path, role, json=body)
    if role in allowed:
        assert reply.status_code in (200, 201), reply.text
    else:
        assert_refused(reply, 403, "role_forbidden")


ROLE_ONLY_KEYS = {
    "/users": {"username", "password", "role"},
    "/areas": {"parent_path", "code", "name"},
}

EVERY_ENDPOINT = [
    ("GET", "/me"),
    ("GET", "/devices"),
    ("POST", "/devices/0191e3a4-0000-7000-8000-000000000001/revoke"),
    ("GET", "/users"),
    ("POST", "/users"),
    ("GET", "/areas"),
    ("GET", "/areas/0191e3a4-0000-7000-8000-000000000002"),
    ("POST", "/areas"),
    ("GET", "/audit"),
    ("POST", "/sync/push"),
    ("GET", "/sync/conflicts"),
    ("GET", "/sync/pull"),
]


@pytest.mark.parametrize(("method", "path"), EVERY_ENDPOINT)
def test_every_endpoint_refuses_a_request_without_a_token(api: Api, method: str, path: str) -> None:
    """No endpoint but health and login answers a request that carries no device token."""
    assert_refused(api.call(method, path, None, json={}), 401, "token_missing")
    reply = requests.request(
        method, f"{api.base}/api/v1{path}", headers=bearer("tjd_forged"), json={}, timeout=10
    )
    assert_refused(reply, 401, "token_unknown")


@pytest.mark.parametrize("role", ["enumerator", "ward_officer", "supervisor"])
def test_a_foreign_area_is_refused_to_every_area_role(api: Api, role: str) -> None:
    """Reading an area outside one's own, or adding one inside it, is 403 area_forbidden; the
    list shows only one's own areas (and what is inside them)."""
    assert_refused(api.call("GET", f"/areas/{api.areas[FOREIGN]}", role), 403, "area_forbidden")
    listed = {area["path_code"] for area in api.call("GET", "/areas", role).json()}
    assert FOREIGN not in listed and "14" not in listed
    assert HOME in listed
    assert api.call("GET", f"/areas/{api.areas[HOME]}", role).status_code == 200
    if role == "supervisor":
        reply = api.call("POST", "/areas", role, json={"parent_path": FOREIGN, "code": "X",
                                                       "name": "X"})  # fmt: skip
        assert_refused(reply, 403, "area_forbidden")


def test_admin_sees_every_area(api: Api) -> None:
    """An admin reads any area, the foreign one included."""
    assert api.call("GET", f"/areas/{api.areas[FOREIGN]}", "admin").status_code == 200


def test_devices_are_listed_with_last_use_and_revoked_one_by_one(api: Api) -> None:
    """A second device of the same user is revoked alone: its token stops, the first works."""
    first = login(api.base, "other")
    second_id = str(uuid.uuid4())
    second = login(api.base, "other", second_id)
    mine = requests.get(f"{api.base}/api/v1/devices", headers=bearer(first), timeout=10).json()
    assert {device["username"] for device in mine} == {"other"}
    assert all(device["last_used_at"] for device in mine)
    # Another user's device is not theirs to revoke (nor to know of).
    foreign = api.call("POST", f"/devices/{second_id}/revoke", "enumerator")
    assert_refused(foreign, 404, "device_not_found")
    revoked = requests.post(
        f"{api.base}/api/v1/devices/{second_id}/revoke", headers=bearer(first), timeout=10
    )
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    gone = requests.get(f"{api.base}/api/v1/me", headers=bearer(second), timeout=10)
    assert_refused(gone, 401, "token_revoked")
    assert requests.get(f"{api.base}/api/v1/me", headers=bearer(first), timeout=10).ok


def test_a_new_login_replaces_the_devices_token(api: Api) -> None:
    """One token per device: logging in again on the same device ends the earlier token."""
    device = str(uuid.uuid4())
    old = login(api.base, "other", device)
    new = login(api.base, "other", device)
    assert_refused(
        requests.get(f"{api.base}/api/v1/me", headers=bearer(old), timeout=10), 401,
        "token_unknown",
    )  # fmt: skip
    assert requests.get(f"{api.base}/api/v1/me", headers=bearer(new), timeout=10).ok


def test_logins_are_rate_limited_per_user_and_address(api: Api) -> None:
    """Five wrong passwords for one user lock that user out from this address, even with the
    right password afterwards; another user from the same address still signs in."""
    add_user_via_api(api, "target")
    for _ in range(5):
        wrong = attempt(api.base, "target", "not the password")
        assert_refused(wrong, 401, "login_failed")
    locked = attempt(api.base, "target", PASSWORD)
    assert_refused(locked, 429, "login_rate_limited")
    assert locked.headers["Retry-After"]
    assert attempt(api.base, "other", PASSWORD).status_code == 201
    audit = api.call("GET", "/audit?limit=1000", "admin").json()
    actions = [entry["action"] for entry in audit if entry["actor"] == "target"]
    assert actions.count("login.failed") == 5 and "login.throttled" in actions
    assert PASSWORD not in str(audit) and "not the password" not in str(audit)


def test_a_login_under_no_such_account_keeps_nothing_of_what_was_typed(api: Api) -> None:
    """A password or a national ID typed into the username box is not kept: the failure is
    audited without naming an account, and still counts towards the limit."""
    for typed in ("S3cret-pass!", "850412-14-5123"):
        assert_refused(attempt(api.base, typed, "whatever"), 401, "login_failed")
    audit = api.call("GET", "/audit?limit=1000", "admin").json()
    unnamed = [e for e in audit if e["action"] == "login.failed" and e["actor"] is None]
    assert len(unnamed) >= 2
    assert "S3cret-pass" not in str(audit).lower() and "850412" not in str(audit)


def add_user_via_api(api: Api, username: str) -> None:
    reply = api.call(
        "POST", "/users", "admin",
        json={"username": username, "password": PASSWORD, "role": "enumerator", "areas": [HOME]},
    )  # fmt: skip
    assert reply.status_code == 201, reply.text


def attempt(base: str, username: str, password: str) -> requests.Response:
    return requests.post(
        f"{base}/api/v1/auth/login",
        json={"username": username, "password": password, "device_id": str(uuid.uuid4())},
        timeout=10,
    )
