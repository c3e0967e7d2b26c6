"""`tinjau-server import-outbox`: a device's outbox carried by hand (`tinjau outbox export`),
applied batch by batch through the push code, exactly as if the device had sent it.

The file is opened with the export passphrase it was sealed with (app.sync.export.open_export:
Argon2id, then AES-256-GCM; a wrong passphrase or a damaged file is refused with a sentence),
then checked whole before anything is applied: gzip, JSON, its format and version, the
digest of its batches, every batch a valid push from one device, every carried file (photos,
recordings) against its sha256. The files are stored first, as a device's upload stores them
(never twice), since an interview is accepted only with its files. Then each batch is one push
transaction under its own id: importing the file again (or the device syncing the same batches
later) gets the first receipts back and stores nothing twice. Between two batches the later
items' base revisions move up to what the earlier receipts gave, as the device itself does when
it stores a receipt (`app.sync.push.rebase`).
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import io
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.survey.errors import TinjauError
from app.sync.export import FORMAT, VERSION, ExportUnreadable, batches_digest, open_export
from app.sync.protocol import ATTACHMENT_CHUNK, MAX_ATTACHMENT_BYTES, PushReceipt, PushRequest
from app.sync.push import rebase
from server.core import accounts, attachments, audit
from server.core import push as pushing
from server.core.errors import Refusal
from server.core.models import Device, User, utcnow
from server.core.security import hash_token, new_device_token

ADDRESS = "outbox import"
MAX_FILE_BYTES = 4 << 30  # decompressed; an export of a whole ward's interviews is far smaller


class ImportRefused(TinjauError):
    """The file is not one this server can import; nothing was changed."""


@dataclass
class ImportReport:
    device_id: str
    username: str
    batches: int = 0
    changes: int = 0
    accepted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    files: int = 0  # files of interviews stored (the ones the server lacked)
    receipts: list[PushReceipt] = field(default_factory=list)


def read_export(path: Path, passphrase: str) -> tuple[str, list[dict[str, Any]], dict[str, bytes]]:
    """The device id, the batches and the interviews' files (sha256 -> bytes) of the export
    at `path`, opened with `passphrase` and checked whole (each file against its sha256)."""
    name = path.name
    damaged = ImportRefused(
        f"{name} is not a complete Tinjau outbox export (damaged, cut short, or another kind "
        "of file). Export it again on the device with tinjau outbox export; nothing was changed."
    )
    try:
        with path.open("rb") as sealed:
            carried_bytes = sealed.read(MAX_FILE_BYTES + 1)
        if len(carried_bytes) > MAX_FILE_BYTES:
            raise damaged
        try:
            compressed = open_export(passphrase, carried_bytes, name)
        except ExportUnreadable as error:
            raise ImportRefused(str(error)) from None
        with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportRefused(
            f"There is no file {path}; check the path. Nothing was changed."
        ) from None
    except IsADirectoryError:
        raise ImportRefused(
            f"{path} is a folder; give the export file. Nothing was changed."
        ) from None
    except (OSError, EOFError, zlib.error):
        raise damaged from None
    if len(raw) > MAX_FILE_BYTES:
        raise damaged
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise damaged from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise damaged
    if document.get("version") != VERSION:
        raise ImportRefused(
            f"{name} was written by another version of Tinjau (export format "
            f"{document.get('version')!r}); update the server to the device's version, then "
            "import it again. Nothing was changed."
        )
    batches = document.get("batches")
    if not isinstance(batches, list) or document.get("sha256") != batches_digest(batches):
        raise damaged
    device_id = document.get("device_id")
    try:
        checked = [PushRequest.model_validate(batch) for batch in batches]
    except ValidationError:
        raise damaged from None
    if any(str(batch.device_id) != device_id for batch in checked):
        raise damaged
    files: dict[str, bytes] = {}
    carried = document.get("files", {})
    if not isinstance(carried, dict):
        raise damaged
    for sha, text in carried.items():
        try:
            content = base64.b64decode(text, validate=True)
        except (TypeError, ValueError, binascii.Error):
            raise damaged from None
        if hashlib.sha256(content).hexdigest() != sha or len(content) > MAX_ATTACHMENT_BYTES:
            raise damaged
        files[sha] = content
    return str(device_id), batches, files


def import_outbox(
    session: Session, path: Path, *, passphrase: str, username: str | None = None
) -> ImportReport:
    """Apply the export at `path`, sealed with `passphrase`. The device's own user sends it; a
    device the server has never seen is registered for `username` (its sign-in later takes it
    over)."""
    device_id, batches, files = read_export(path, passphrase)
    who = _sender(session, device_id, username)
    report = ImportReport(device_id=device_id, username=who.username)
    if not batches:
        return report
    # The files first: the server accepts an interview only with every file it names.
    for sha, content in files.items():
        report.files += _store_file(session, who, sha, content)
    for index, body in enumerate(batches):
        batch = PushRequest.model_validate(body)
        try:
            receipt = pushing.push(session, who, batch, address=ADDRESS)
        except Refusal as refusal:
            session.rollback()
            raise TinjauError(
                f"Batch {index + 1} of {len(batches)} was refused ({refusal.code}): "
                f"{refusal.message} The {index} batch(es) before it were imported; importing "
                "the file again goes on from there."
            ) from None
        report.receipts.append(receipt)
        report.batches += 1
        report.changes += len(receipt.items)
        for item in receipt.items:
            if item.status == "accepted":
                report.accepted += 1
            elif item.status == "unchanged":
                report.unchanged += 1
            else:
                report.conflicts += 1
        for later in batches[index + 1 :]:
            rebase(later["items"], receipt)
    audit.write(
        session, action="outbox.import", actor=who.username, device_id=device_id,
        address=ADDRESS, target_type="device", target_id=device_id,
        detail={"batches": report.batches, "accepted": report.accepted,
                "unchanged": report.unchanged, "conflicts": report.conflicts},
    )  # fmt: skip
    session.commit()
    return report


def _store_file(session: Session, who: accounts.Principal, sha: str, content: bytes) -> int:
    """Store a carried file as a device's upload stores it, from the offset the server holds
    (nothing when it holds it whole); 1 when it was stored now."""
    held = attachments.status(session, sha)
    if held.complete:
        return 0
    offset = held.received if held.size == len(content) else 0
    while offset < len(content):
        part = content[offset : offset + ATTACHMENT_CHUNK]
        got = attachments.put_chunk(
            session, who, sha, offset=offset, size=len(content), data=part,
            limit=MAX_ATTACHMENT_BYTES, address=ADDRESS,
        )  # fmt: skip
        offset = got.received
        if got.complete:
            break
    return 1


def _sender(session: Session, device_id: str, username: str | None) -> accounts.Principal:
    device = session.get(Device, device_id)
    if device is not None:
        user = session.get(User, device.user_id)
        assert user is not None
        if username is not None and username.strip().lower() != user.username:
            raise ImportRefused(
                f"This device is signed in to the server as {user.username}, not {username}; "
                "leave out --username to import it as its own user. Nothing was changed."
            )
    else:
        if username is None:
            raise ImportRefused(
                "The device that wrote this export has never signed in to this server. Give "
                "the user it works for with --username NAME; nothing was changed."
            )
        user = session.query(User).filter(User.username == username.strip().lower()).first()
        if user is None:
            raise ImportRefused(
                f"There is no user {username} on this server; add it with tinjau-server "
                "create-user first. Nothing was changed."
            )
    if user.disabled_at is not None:
        raise ImportRefused(f"The account {user.username} is disabled; nothing was changed.")
    if device is None:
        # Registered without a usable token: the device's own sign-in gives it one later.
        session.add(
            Device(id=device_id, user_id=user.id, name="outbox import",
                   token_hash=hash_token(new_device_token()), created_at=utcnow())
        )  # fmt: skip
        session.commit()
    return accounts.principal(session, user, device_id)
