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
from typing import Any, BinaryIO

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


def is_sealed(path: Path) -> bool:
    """Whether the file at `path` starts with the sealed files' header (False when it cannot
    be read)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class SealedReader(io.RawIOBase):
    """A sealed file read like a plain one, with `seek` to any offset of its plain text: only
    the chunk holding that offset is read and opened (an upload resumed at byte 300 000 000
    of a video opens one chunk, not the 300 before it). `size` is the plain text's length.
    A chunk that does not open raises DatabaseError, as `open_stream` does."""

    def __init__(self, key: bytes, handle: BinaryIO) -> None:
        super().__init__()
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._handle, self._aead = handle, AESGCM(key)
        head = handle.read(len(MAGIC) + 16)
        if len(head) != len(MAGIC) + 16 or not head.startswith(MAGIC):
            raise DatabaseError("This is not a file sealed by Tinjau; nothing was read from it.")
        self._id = head[len(MAGIC) :]
        body = os.fstat(handle.fileno()).st_size - len(head)
        if body < _TAG:
            raise DatabaseError("This sealed file was cut short; nothing was read from it.")
        self._count = max(1, -(-body // (CHUNK + _TAG)))
        self.size = max(0, body - self._count * _TAG)
        self._position = 0
        self._cached: tuple[int, bytes] = (-1, b"")

    def _chunk(self, number: int) -> bytes:
        from cryptography.exceptions import InvalidTag

        if self._cached[0] == number:
            return self._cached[1]
        self._handle.seek(len(MAGIC) + 16 + number * (CHUNK + _TAG))
        sealed = self._handle.read(CHUNK + _TAG)
        last = number == self._count - 1
        try:
            plain = self._aead.decrypt(
                self._id[:8] + struct.pack(">I", number), sealed,
                self._id + struct.pack(">I?", number, last),
            )  # fmt: skip
        except InvalidTag:
            raise DatabaseError(
                "This sealed file does not open with this workspace's key: it belongs to "
                "another workspace, or it was changed or cut short. Nothing was read from it."
            ) from None
        if not last and len(plain) != CHUNK:
            raise DatabaseError("This sealed file was changed; nothing was read from it.")
        self._cached = (number, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._position >= self.size or not len(view):
            return 0
        number, within = divmod(self._position, CHUNK)
        part = self._chunk(number)[within : within + len(view)]
        view[: len(part)] = part
        self._position += len(part)
        return len(part)

    def read(self, size: int | None = -1) -> bytes:
        wanted = self.size - self._position if size is None or size < 0 else size
        parts = []
        while wanted > 0:
            piece = bytearray(min(wanted, CHUNK))
            got = self.readinto(piece)
            if not got:
                break
            parts.append(bytes(piece[:got]))
            wanted -= got
        return b"".join(parts)

    def close(self) -> None:
        self._handle.close()
        super().close()
