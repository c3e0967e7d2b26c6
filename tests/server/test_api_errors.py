"""The API's description and its errors, against a real server: the OpenAPI schema at
/api/v1/openapi.json, and every error a JSON body with a stable code and a sentence."""

from __future__ import annotations

import uuid
from pathlib import Path

import requests

from tests.server.conftest import add_user, bearer, login, running_server, server_command


def test_openapi_schema_and_errors(tmp_path: Path) -> None:
    """The schema lists the routes; unknown routes, wrong methods, malformed JSON, unknown
    fields, wrong types and an old client each get their own code, never HTML or a trace."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "root", "admin")
    with running_server(url) as base:
        schema = requests.get(f"{base}/api/v1/openapi.json", timeout=10)
        token = login(base, "root")
        answers = {
            "unknown route": requests.get(f"{base}/api/v1/nothing", timeout=10),
            "wrong method": requests.delete(f"{base}/api/v1/me", headers=bearer(token), timeout=10),
            "malformed": requests.post(
                f"{base}/api/v1/auth/login", data=b'{"username": ',
                headers={"Content-Type": "application/json"}, timeout=10,
            ),
            "unknown field": requests.post(
                f"{base}/api/v1/auth/login",
                json={"username": "a", "password": "b", "device_id": str(uuid.uuid4()), "x": 1},
                timeout=10,
            ),
            "wrong type": requests.post(
                f"{base}/api/v1/users", headers=bearer(token),
                json={"username": "a", "password": "850412-14-5523", "role": "emperor"},
                timeout=10,
            ),
            "old client": requests.get(
                f"{base}/api/v1/me", headers={**bearer(token), "X-Tinjau-Protocol": "0"},
                timeout=10,
            ),
        }  # fmt: skip
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in ("/api/v1/auth/login", "/api/v1/devices", "/api/v1/areas", "/api/v1/users"):
        assert path in paths
    codes = {name: (reply.status_code, reply.json()["code"]) for name, reply in answers.items()}
    assert codes == {
        "unknown route": (404, "not_found"),
        "wrong method": (405, "method_not_allowed"),
        "malformed": (422, "json_invalid"),
        "unknown field": (422, "invalid_request"),
        "wrong type": (422, "invalid_request"),
        "old client": (426, "client_outdated"),
    }
    assert "body.x: Extra inputs are not permitted" in answers["unknown field"].json()["fields"]
    # The places that were wrong are named; the values sent (maybe personal) never are.
    assert "850412" not in answers["wrong type"].text
    assert "body.role" in answers["wrong type"].text


def test_workers_share_one_database(tmp_path: Path) -> None:
    """With --workers 2 a token issued by either worker is accepted by both, request after
    request: the processes keep no state of their own."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "root", "admin")
    with running_server(url, extra=["--workers", "2"]) as base:
        tokens = [login(base, "root") for _ in range(4)]
        replies = [
            requests.get(f"{base}/api/v1/me", headers=bearer(token), timeout=10)
            for token in tokens * 5
        ]
    assert {reply.status_code for reply in replies} == {200}


def test_every_route_limits_the_size_of_its_body(tmp_path: Path) -> None:
    """A body over the limit is refused with 413 `too_large` and a sentence on every JSON
    route, whether it declares its length or streams without one (chunked), before the route
    reads it; nothing is stored. A file's chunk has its own limit and code."""
    from collections.abc import Iterator

    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "root", "admin")
    big = b'{"area": "ALL", "text": "' + b"x" * (9 << 20) + b'"}'

    def chunked() -> Iterator[bytes]:
        for start in range(0, len(big), 1 << 20):
            yield big[start : start + (1 << 20)]

    with running_server(url) as base:
        token = login(base, "root")
        headers = {**bearer(token), "Content-Type": "application/json"}
        for path in ("/standards", "/publish", "/attachments/lacking", "/areas", "/forms"):
            body = big if path != "/forms" else big + b" " * (92 << 20)
            for data in (body, chunked() if path != "/forms" else None):
                if data is None:
                    continue
                reply = requests.post(
                    f"{base}/api/v1{path}", data=data, headers=headers, timeout=60
                )
                assert reply.status_code == 413, (path, reply.text)
                assert reply.json()["code"] == "too_large"
                assert "larger than the server takes" in reply.json()["message"]
        chunk = requests.put(
            f"{base}/api/v1/attachments/{'a' * 64}", params={"offset": 0, "size": 9 << 20},
            data=(part for part in [bytes(5 << 20), bytes(4 << 20)]),
            headers={**bearer(token), "Content-Type": "application/octet-stream"}, timeout=60,
        )  # fmt: skip
        assert (chunk.status_code, chunk.json()["code"]) == (413, "chunk_too_large")
        assert (
            requests.get(f"{base}/api/v1/standards", headers=bearer(token), timeout=10).json() == []
        )
