"""Files other than the database, sealed with the workspace's key: an outbox export, an
attachment (a photo, a signed consent form), anything with personal data written under the data
folder or carried away from it.

    from app.survey.db import crypto
    crypto.write_sealed(db_path, target, data_or_binary_stream, purpose="outbox-export")
    data = crypto.read_sealed(db_path, target, purpose="outbox-export")

`db_path` is the workspace's `tinjau.sqlite` (app.paths.database_path(data_dir)); its key is
the one `open_database` uses (app.survey.db.keys: unlocked once per process). Each `purpose`
gets a key of its own, derived from the workspace's data key with HKDF-SHA256, so a file sealed
for one use cannot be passed off as another. A sealed file opens only with its workspace's key
file and passphrase (or recovery key); without them its bytes are noise.

Format (`TJSEAL1`): an 8-byte magic, a 16-byte random file id, then chunks of at most 1 MiB
of plain text, each AES-256-GCM sealed with a nonce made of the file id's first 8 bytes and
the chunk's number, and with "is this the last chunk" in its associated data: chunks cannot be
reordered, dropped, cut off at the end or moved to another file without `open` refusing.
"""

from __future__ import annotations

import io
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.survey.db import keys
from app.survey.errors import DatabaseError

MAGIC = b"TJSEAL1\n"
CHUNK = 1 << 20
_TAG = 16


def purpose_key(db_path: Path, purpose: str) -> bytes:
    """The key for files sealed for `purpose` in the workspace at `db_path`."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    data_key = keys.data_key_for(Path(db_path))
    if data_key is None:
        raise DatabaseError(
            f"The workspace {db_path} is not encrypted yet, so it has no key to seal files "
            "with: open it once with Tinjau (which encrypts it) and try again."
        )
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"tinjau seal:" + purpose.encode()
    ).derive(data_key)


def _chunks(source: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if len(current) == CHUNK else b""
        last = not following
        yield current, last
        if last:
            return
        current = following


def seal_stream(key: bytes, source: BinaryIO, target: BinaryIO) -> None:
    """Seal everything `source` gives into `target`, with a purpose key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    file_id = secrets.token_bytes(16)
    target.write(MAGIC + file_id)
    for number, (chunk, last) in enumerate(_chunks(source)):
        nonce = file_id[:8] + struct.pack(">I", number)
        aad = file_id + struct.pack(">I?", number, last)
        target.write(aead.encrypt(nonce, chunk, aad))


def open_stream(key: bytes, source: BinaryIO, target: BinaryIO) -> None:
    """Write what `source` (a sealed file) holds to `target`; DatabaseError when it is not a
    sealed file, was sealed with another key or purpose, or was changed or cut short."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = source.read(len(MAGIC) + 16)
    if len(head) != len(MAGIC) + 16 or not head.startswith(MAGIC):
        raise DatabaseError("This is not a file sealed by Tinjau; nothing was read from it.")
    file_id = head[len(MAGIC) :]
    aead = AESGCM(key)
    sealed = CHUNK + _TAG
    current = source.read(sealed)
    number = 0
    while True:
        following = source.read(sealed) if len(current) == sealed else b""
        last = not following
        nonce = file_id[:8] + struct.pack(">I", number)
        aad = file_id + struct.pack(">I?", number, last)
        try:
            target.write(aead.decrypt(nonce, current, aad))
        except InvalidTag:
            raise DatabaseError(
                "This sealed file does not open with this workspace's key: it belongs to "
                "another workspace, or it was changed or cut short. Nothing was read from it."
            ) from None
        if last:
            return
        current, number = following, number + 1


def seal(db_path: Path, data: bytes, purpose: str) -> bytes:
    out = io.BytesIO()
    seal_stream(purpose_key(db_path, purpose), io.BytesIO(data), out)
    return out.getvalue()


def unseal(db_path: Path, sealed: bytes, purpose: str) -> bytes:
    out = io.BytesIO()
    open_stream(purpose_key(db_path, purpose), io.BytesIO(sealed), out)
    return out.getvalue()


def write_sealed(db_path: Path, target: Path, data: bytes | BinaryIO, purpose: str) -> None:
    """Seal `data` (bytes, or a binary stream read to its end) into the file `target`:
    owner-only (0600), written to a temporary file beside it, flushed, then renamed over it,
    so `target` is always either the whole old file or the whole new one."""
    key = purpose_key(db_path, purpose)
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.sealing")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            seal_stream(key, source, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_sealed(db_path: Path, path: Path, purpose: str) -> bytes:
    """What the sealed file at `path` holds (see `open_stream` for the refusals)."""
    out = io.BytesIO()
    with path.open("rb") as handle:
        open_stream(purpose_key(db_path, purpose), handle, out)
    return out.getvalue()
