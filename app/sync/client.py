"""Talking to the central server: the address check, the device's sign-in, and one request
with timeouts, retries (exponential backoff with jitter) and a sentence for every failure.

No Qt here: the desktop app runs this on a worker thread, the command line directly.
Nothing personal ever goes into an error: a sentence names the server, the HTTP status and the
server's own `code` and message (which never carry a record's values).
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from app.survey.errors import TinjauError
from app.sync.protocol import API_PREFIX

CREDENTIALS_FILE = "sync.json"
CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 120.0  # seconds to wait for an answer (a batch is one server transaction)
BACKOFF_BASE = 1.0  # seconds before the first retry; doubled each time
BACKOFF_CAP = 60.0  # never wait longer than this between two tries


class SyncError(TinjauError):
    """A sync that could not finish; `retryable` when trying again later may succeed (the
    network or the server failed) rather than needing a person (a revoked sign-in).

    `code` says which failure it is, for a window to put it in its own words and language:
    one of CLIENT_CODES (the failures app/sync finds itself), the server's own error code
    (SERVER_CODES lists those a window has words for; others are passed on as they come), or
    `http_<status>` for a refusal without one."""

    def __init__(self, message: str, *, retryable: bool = False, code: str = "") -> None:
        super().__init__(message)
        self.retryable = retryable
        self.code = code


# Every code app/sync gives a failure it finds itself. A window has words for each in every
# interface language (app.ui.sync_text; tests/ui/test_sync_error_codes.py walks this list and
# checks that each `SyncError(...)` in app/sync names one of these).
CLIENT_CODES = frozenset(
    {
        "bad_address",  # the server address typed is not one
        "insecure_http",  # plain http to another computer
        "no_user",  # sign-in: no user name typed
        "no_password",  # sign-in: no password typed
        "not_signed_in",  # no sync.json in the data folder
        "credentials_damaged",  # sync.json cannot be read
        "unreachable",  # no connection to the server
        "timeout",  # the server did not answer in time
        "not_tinjau",  # the answer is not from a Tinjau server
        "client_outdated",  # the server needs a newer app
        "bad_receipt",  # a push receipt that cannot be read or does not match its batch
        "file_missing",  # a kept file an interview names is gone from attachments/
        "file_damaged",  # a kept file no longer matches its sha256
        "file_shorter",  # a kept file became shorter while it was being sent
        "files_answer_unreadable",  # the server's answer about files cannot be read
        "pull_unreadable",  # a page of a pull cannot be read
    }
)
# The server's codes (passed on as they come) that a window has its own words for: those a
# person can act on. Any other code falls back to a general sentence naming it.
SERVER_CODES = frozenset(
    {
        "login_failed",
        "login_rate_limited",
        "account_disabled",
        "token_revoked",
        "token_unknown",
        "token_missing",
        "client_outdated",
        "attachments_missing",  # files an interview names are not on the server
        "form_version_unknown",  # an interview's form version is not published on the server
    }
)


def server_address(url: str) -> str:
    """`url` without a trailing slash, refused unless it is https, or plain http to this
    computer itself (a password and a token must never cross a network in clear)."""
    text = url.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        host, parts = "", urlsplit("")
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise SyncError(
            f"{url!r} is not a server address; give one such as https://tinjau.example.org.",
            code="bad_address",
        )
    if parts.scheme == "http" and not _loopback(host):
        raise SyncError(
            f"{text} is plain http: a password and a device token would cross the network "
            "unencrypted. Use the server's https:// address (plain http only for this "
            "computer itself, such as http://127.0.0.1).",
            code="insecure_http",
        )
    return text


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Credentials:
    """What a sign-in leaves in the data folder (owner-only): where, as whom, the token."""

    server: str
    username: str
    device_id: str
    token: str


def credentials_path(data_dir: Path) -> Path:
    return Path(data_dir) / CREDENTIALS_FILE


def save_credentials(data_dir: Path, credentials: Credentials) -> Path:
    """Write the sign-in to the data folder, readable by its owner only (0600), replacing a
    previous one in one step."""
    path = credentials_path(data_dir)
    temporary = path.with_name(f".{path.name}.new")
    descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(credentials.__dict__, file, indent=2)
        temporary.chmod(0o600)  # os.open's mode is filtered by the umask; this is not
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def load_credentials(data_dir: Path) -> Credentials:
    path = credentials_path(data_dir)
    if not path.is_file():
        raise SyncError(
            f"{data_dir} is not signed in to a server yet; run tinjau login --server URL "
            f"--username NAME --data-dir {data_dir} first.",
            code="not_signed_in",
        )
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(**{key: str(stored[key]) for key in Credentials.__dataclass_fields__})
    except (ValueError, KeyError, TypeError, OSError):
        raise SyncError(
            f"{path} is damaged; sign in again with tinjau login --data-dir {data_dir}.",
            code="credentials_damaged",
        ) from None


class Connection:
    """Requests to one server, with the device's token once signed in. `retries` more tries
    follow a failure that may pass (no connection, a timeout, a 5xx, a 429), each after an
    exponentially growing pause with full jitter; `sleep` is `time.sleep` (a test's edge)."""

    def __init__(
        self,
        server: str,
        *,
        token: str | None = None,
        retries: int = 5,
        sleep: Callable[[float], None] = time.sleep,
        on_retry: Callable[[int, SyncError, float], None] | None = None,
    ) -> None:
        self.server = server_address(server)
        self.token = token
        self.retries = retries
        self.sleep = sleep
        self.on_retry = on_retry
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "tinjau-sync/1"

    def close(self) -> None:
        self.http.close()

    def post(self, path: str, body: dict[str, Any], *, compress: bool = False) -> dict[str, Any]:
        """POST `body` as JSON (gzip-compressed when `compress`) and return the JSON answer,
        trying again as `retries` allows; raises `SyncError` with a sentence."""
        data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if compress:
            # Level 6 (zlib's own default): for a batch of interviews about 2 % larger than
            # level 9, made in about 60 % of the time (a tablet's processor is slow).
            data = gzip.compress(data, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        return self.send("POST", path, data, headers)

    def send(
        self,
        method: str,
        path: str,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One request (`data` as the body, as it is) and its JSON answer, tried again as
        `retries` allows; raises `SyncError` with a sentence."""
        headers = dict(headers or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return self._retrying(lambda: self._once(method, path, data, headers, params))

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """GET `path` (with query `params`) and return the JSON answer, trying again as
        `retries` allows; raises `SyncError` with a sentence."""
        return self.send("GET", path, params=params)

    def _retrying(self, call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        attempt = 0
        while True:
            try:
                return call()
            except SyncError as error:
                if not error.retryable or attempt >= self.retries:
                    raise
                pause = random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
                attempt += 1
                if self.on_retry:
                    self.on_retry(attempt, error, pause)
                self.sleep(pause)

    def _once(
        self,
        method: str,
        path: str,
        data: bytes | None,
        headers: dict[str, str],
        params: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        url = f"{self.server}{API_PREFIX}{path}"
        try:
            reply = self.http.request(
                method, url, data=data, headers=headers, params=params,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            )  # fmt: skip
        except requests.Timeout:
            raise SyncError(
                f"The server at {self.server} did not answer in time; try again when the "
                "connection is better.",
                retryable=True,
                code="timeout",
            ) from None
        except requests.RequestException:
            raise SyncError(
                f"The server at {self.server} could not be reached; check the connection "
                "(Wi-Fi or mobile data) and try again.",
                retryable=True,
                code="unreachable",
            ) from None
        return _answer(self.server, reply)


def _answer(server: str, reply: requests.Response) -> dict[str, Any]:
    """The JSON of a success, or the sentence for a refusal or an answer that is not ours."""
    try:
        body = reply.json()
    except ValueError:
        body = None
    status = reply.status_code
    if not isinstance(body, dict):
        kind = "a web page" if "html" in reply.headers.get("content-type", "") else "an answer"
        raise SyncError(
            f"The server at {server} sent {kind} that is not from a Tinjau server (HTTP "
            f"{status}); check the address, or sign in to the network first (a hotel or "
            "office Wi-Fi may ask in a browser).",
            retryable=status >= 500,
            code="not_tinjau",
        )
    if 200 <= status < 300:
        return body
    code = str(body.get("code", ""))
    said = str(body.get("message", "")).strip()
    if code in ("token_revoked", "token_unknown", "token_missing", "account_disabled"):
        raise SyncError(
            f"The server at {server} no longer accepts this device's sign-in ({said or code}). "
            "Sign in again with tinjau login; nothing waiting to be sent was lost.",
            code=code,
        )
    if status == 426 or code == "client_outdated":
        raise SyncError(
            f"The server at {server} needs a newer version of Tinjau ({said or code}); "
            "update the app, then sync again. Nothing waiting to be sent was lost.",
            code="client_outdated",
        )
    # A login refused for too many tries stays refused for minutes: asking again only waits.
    retryable = status >= 500 or status == 408 or (status == 429 and code != "login_rate_limited")
    raise SyncError(
        f"The server at {server} answered HTTP {status}"
        + (f" ({code}): {said}" if said else "")
        + ("" if said.endswith(".") or not said else ".")
        + (" Try again later." if retryable else ""),
        retryable=retryable,
        code=code or f"http_{status}",
    )
