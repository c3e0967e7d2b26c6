"""schemathesis against a real `tinjau-server` process: requests generated from its own
OpenAPI description (/api/v1/openapi.json), sent with an administrator's device token, must
never get a 5xx, and every error must be JSON with a stable `code` and a `message`.

Deterministic (hypothesis `derandomize`) and bounded (a few dozen examples per operation), so
it runs in the suite every time.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.schemas import OpenApiSchema

from app.survey.records.content import content_hash
from tests.server.conftest import add_user, fresh_pg_database, login, running_server, server_command

EXAMPLES = 25
PUSH_EXAMPLES = 60


@dataclass
class Api:
    schema: OpenApiSchema
    base: str
    token: str
    device_id: str


@contextmanager
def started(db_url: str, log: Path) -> Iterator[Api]:
    """A server on `db_url` (new), an admin signed in on a device, and the schema it serves."""
    assert server_command("init", "--db", db_url).returncode == 0
    add_user(db_url, "admin", "admin")
    with running_server(db_url, log=log) as base:
        device_id = str(uuid.uuid4())
        token = login(base, "admin", device_id)
        schema = schemathesis.openapi.from_url(f"{base}/api/v1/openapi.json")
        yield Api(schema, base, token, device_id)
    # No request failed inside the server (an error there logs a traceback).
    assert "Traceback" not in log.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """On SQLite and on PostgreSQL: each database has its own limits on what it takes (a NUL
    character in text, an integer past 64 bits)."""
    folder = tmp_path_factory.mktemp("schemathesis")
    if request.param == "sqlite":
        with started(f"sqlite:///{folder / 'server.sqlite'}", folder / "server.log") as api:
            yield api
        return
    with fresh_pg_database(request.getfixturevalue("pg_url")) as url:
        with started(url, folder / "server.log") as api:
            yield api


@pytest.fixture
def push_api(db_url: str, tmp_path: Path) -> Iterator[Api]:
    """On SQLite and on PostgreSQL: pushed records are stored, and each database has its own
    limits on what text and JSON it takes."""
    with started(db_url, tmp_path / "server.log") as api:
        yield api


def error_is_json_with_a_code(ctx: Any, response: Any, case: Any) -> bool:
    """Every answer of 400 or more is `{"code": ..., "message": ...}` (but to HEAD, which
    HTTP answers without a body)."""
    if response.status_code < 400 or case.method.upper() == "HEAD":
        return True
    body = response.json()
    assert isinstance(body, dict), f"HTTP {response.status_code} is not a JSON object"
    assert isinstance(body.get("code"), str) and body["code"], "the error has no code"
    assert isinstance(body.get("message"), str) and body["message"], "the error has no message"
    return True


CHECKS = [not_a_server_error, error_is_json_with_a_code]


def test_no_operation_answers_a_server_error(api: Api) -> None:
    """Every operation, with valid (positive) and invalid (negative) requests."""
    headers = {"Authorization": f"Bearer {api.token}"}
    failures: list[str] = []
    operations = []
    for result in api.schema.get_all_operations():
        assert isinstance(result, Ok), result.err()  # the server's own schema is valid
        operations.append(result.ok())
    assert len(operations) >= 10
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))  # fmt: skip
            def check(case: Any) -> None:
                response = case.call(headers=headers, timeout=30)
                case.validate_response(response, checks=CHECKS)

            try:
                check()
            except Exception as error:  # noqa: BLE001 - gathered, reported together below
                failures.append(f"{operation.label} ({mode.value}): {error}")
    assert not failures, "\n\n".join(failures)


def test_pushed_batches_never_get_a_server_error(push_api: Api) -> None:
    """The push takes its batch gzip-compressed, which schemathesis does not do by itself:
    here each generated batch is compressed, names the signed-in device, and carries the true
    content hash of each item's data, so it gets past those checks to the records' own."""
    push = push_api.schema.find_operation_by_label("POST /api/v1/sync/push")
    assert push is not None
    headers = {"Authorization": f"Bearer {push_api.token}", "Content-Type": "application/json",
               "Content-Encoding": "gzip"}  # fmt: skip
    failures: list[str] = []
    codes: Counter[str] = Counter()
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

        @given(case=push.as_strategy(generation_mode=mode))
        @settings(max_examples=PUSH_EXAMPLES, derandomize=True, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def check(case: Any) -> None:
            body = case.body
            if isinstance(body, dict):
                body = {**body, "device_id": push_api.device_id}
                for item in body.get("items") or []:
                    if isinstance(item, dict) and isinstance(item.get("data"), dict):
                        if item.get("record_type") == "area":  # else refused before storing
                            item["data"].setdefault("path_code", f"99/{item.get('record_id')}")
                        item["content_hash"] = content_hash(item["data"])
            raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
            response = requests.post(
                f"{push_api.base}/api/v1/sync/push", headers=headers, timeout=30,
                data=gzip.compress(raw),
            )  # fmt: skip
            if response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
                codes[str(response.json().get("code"))] += 1
            else:
                codes[str(response.status_code)] += 1
            case.validate_response(response, checks=CHECKS)

        try:
            check()
        except Exception as error:  # noqa: BLE001 - gathered, reported together below
            failures.append(f"push ({mode.value}): {error}")
    assert not failures, "\n\n".join(failures)
    # The batches got past the envelope: the records' own checks refused or stored them.
    assert codes["200"] and codes["record_invalid"], codes


def test_text_with_a_nul_character_is_refused_and_changes_nothing(api: Api) -> None:
    """PostgreSQL cannot store (nor compare with) a NUL character in text: once each of these
    was a 500 there. Now each is a 4xx with a sentence, on either database, and nothing is
    stored."""
    headers = {"Authorization": f"Bearer {api.token}"}
    device = str(uuid.uuid4())
    area = {"id": str(uuid.uuid4()), "path_code": "99/\x00", "name": "Somewhere"}
    household = {"id": str(uuid.uuid4()), "unit_id": "\x00", "head_name": "A"}

    def push(data: dict[str, Any], record_type: str) -> requests.Response:
        item = {"format": 1, "record_type": record_type, "record_id": data["id"],
                "operation": "upsert", "base_revision": 0, "content_hash": content_hash(data),
                "data": data}  # fmt: skip
        body = {"device_id": api.device_id, "batch_id": str(uuid.uuid4()), "items": [item]}
        return requests.post(
            f"{api.base}/api/v1/sync/push", data=gzip.compress(json.dumps(body).encode()),
            headers={**headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
            timeout=30,
        )  # fmt: skip

    def post(path: str, body: dict[str, Any]) -> requests.Response:
        return requests.post(f"{api.base}/api/v1{path}", json=body, headers=headers, timeout=30)

    areas = requests.get(f"{api.base}/api/v1/areas", headers=headers, timeout=30).json()
    answers = [
        (post("/auth/login", {"username": "ad\x00min", "password": "x", "device_id": device}),
         "invalid_request", "body.username"),
        (post("/auth/login", {"username": "admin", "password": "correct horse battery",
                              "device_id": device, "device_name": "tab\x00let"}),
         "invalid_request", "body.device_name"),
        (post("/users", {"username": "bob\x00", "password": "long enough password",
                         "role": "enumerator", "areas": ["14"]}),
         "invalid_request", "body.username"),
        (post("/areas", {"code": "14", "name": "Kuala\x00Lumpur"}), "invalid_request",
         "body.name"),
        (push(area, "area"), "record_invalid", "path_code"),
        (push(household, "household"), "record_invalid", "unit_id"),
    ]  # fmt: skip
    for answer, code, where in answers:
        assert answer.status_code in (400, 422), answer.text
        assert answer.json()["code"] == code
        assert where in answer.json()["message"]
        assert "\x00" not in answer.text
    nul = [answer.json()["message"] for answer, code, _ in answers if code == "invalid_request"]
    assert all("must not hold a NUL character" in message for message in nul)
    assert requests.get(f"{api.base}/api/v1/areas", headers=headers, timeout=30).json() == areas
    pulled = requests.get(f"{api.base}/api/v1/sync/pull", headers=headers, timeout=30).json()
    assert not any(
        record["record_id"] in (area["id"], household["id"]) for record in pulled["items"]
    )


def test_an_audit_page_after_any_id_is_an_answer(api: Api) -> None:
    """`after` past the largest id an entry can have (32 bits on PostgreSQL) is an empty page,
    not a database error (schemathesis found the 500)."""
    headers = {"Authorization": f"Bearer {api.token}"}
    for after in (2**31 - 1, 2**31, 757563422737, 2**62):
        page = requests.get(f"{api.base}/api/v1/audit", params={"after": after}, headers=headers,
                            timeout=30)  # fmt: skip
        assert page.status_code == 200, page.text
        assert page.json() == []
    first = requests.get(f"{api.base}/api/v1/audit", headers=headers, timeout=30)
    assert first.status_code == 200 and first.json()  # the admin's sign-in, at least
