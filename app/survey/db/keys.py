"""The workspace key: made once, kept wrapped in a key file beside the database, unlocked with
the passphrase (or the recovery key), and remembered for the rest of the process.

A workspace's data is encrypted (SQLCipher 4, `app.survey.db.cipher`) with a random 256-bit
*data key*. The key file `tinjau.sqlite.key` beside the database never holds that key: it holds
it twice *wrapped* (AES-256-GCM), once under a key derived from the passphrase with Argon2id
(its salt and cost parameters are in the file, chosen when the file is made) and once under a
key derived from the recovery key printed at set-up. So:

- a changed passphrase (`rewrap`) rewrites only the key file (one atomic rename), never the
  database or its backups, which all keep the same data key;
- a wrong passphrase fails the GCM tag: told apart from a damaged key file, which fails the
  file's own checksum (or is not JSON);
- losing both the passphrase and the recovery key loses the data: nobody can recover it.

Where the passphrase comes from, for a program that does not ask itself (`open_database(path)`
knows nothing of keys): the process-wide registry of unlocked workspaces (`unlock` puts a key
there; the window does so from its unlock screen), else the file named by the environment
variable `TINJAU_PASSPHRASE_FILE`, else the prompt a command installs (`set_prompt`). Nothing
here reads a passphrase from the command line.

Tests: Argon2id is deliberately slow (`KDF_DEFAULT`, about 0.2 s here). With the environment
variable `TINJAU_TEST_CHEAP_KDF=1`, *new* key files get the cheapest parameters instead and are
marked `"test_only": true`; such a key file is refused whenever the variable is not set, so the
setting can never weaken a real workspace unnoticed. tests/conftest.py sets it for the session.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import json
import os
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.survey.errors import DatabaseError

KEY_SUFFIX = ".key"
FORMAT = "tinjau-key-1"
PASSPHRASE_FILE_ENV = "TINJAU_PASSPHRASE_FILE"
CHEAP_KDF_ENV = "TINJAU_TEST_CHEAP_KDF"
MIN_PASSPHRASE = 8
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: passes, memory (KiB) and lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


KDF_DEFAULT = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)
KDF_TEST_ONLY = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


class LockedError(DatabaseError):
    """The workspace is encrypted and no passphrase was given for it."""


class WrongPassphrase(DatabaseError):
    """The passphrase (or recovery key) does not open this workspace's key file."""


_lock = threading.Lock()
_unlocked: dict[Path, bytes] = {}  # key file (resolved) -> data key
_prompt: Callable[[Path, bool], str | None] | None = None
_given_file: Path | None = None
_window_passphrase: str | None = None
_last_recovery: str | None = None


def key_file(db_path: Path) -> Path:
    """The key file of the database (or backup) at `db_path`: `<name>.key` beside it."""
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def is_plain_sqlite(path: Path) -> bool:
    """Whether `path` starts with the header of an unencrypted SQLite file."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def cheap_kdf_allowed() -> bool:
    return os.environ.get(CHEAP_KDF_ENV) == "1"


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id of `secret` (32 bytes)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _recovery_kek(recovery: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits: no slow derivation needed.
    return hashlib.sha256(b"tinjau recovery key\x00" + salt + recovery).digest()


def _wrap(kek: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "data": _b64(AESGCM(kek).encrypt(nonce, data_key, aad))}


def _unwrap(kek: bytes, slot: dict[str, str], aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["data"]), aad)
    except InvalidTag:
        return None


def format_recovery_key(raw: bytes) -> str:
    """20 bytes as eight groups of four letters/digits (base32), easy to copy by hand."""
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, base64.binascii.Error):  # type: ignore[attr-defined]
        return None
    return raw if len(raw) == 20 else None


@dataclass(frozen=True)
class KeyFile:
    """What a key file holds (nothing secret without the passphrase or the recovery key)."""

    workspace: str
    params: KdfParams
    salt: bytes
    passphrase_slot: dict[str, str]
    recovery_salt: bytes
    recovery_slot: dict[str, str]
    test_only: bool
    # A demo workspace (`tinjau demo` without a passphrase of its own): its passphrase is the
    # known DEMO_PASSPHRASE, tried before asking. It holds invented people only.
    demo: bool = False

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "workspace": self.workspace,
            "cipher": "sqlcipher4",
            "kdf": {
                "name": "argon2id",
                "time_cost": self.params.time_cost,
                "memory_kib": self.params.memory_kib,
                "parallelism": self.params.parallelism,
                "salt": _b64(self.salt),
            },
            "test_only": self.test_only,
            **({"demo": True} if self.demo else {}),
            "passphrase": self.passphrase_slot,
            "recovery": {"salt": _b64(self.recovery_salt), **self.recovery_slot},
        }
        text = json.dumps(body, sort_keys=True)
        body["check"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return (json.dumps(body, sort_keys=True, indent=1) + "\n").encode("utf-8")

    @property
    def aad(self) -> bytes:
        return f"{FORMAT}:{self.workspace}".encode()


def _damaged_key(path: Path) -> DatabaseError:
    return DatabaseError(
        f"The key file {path} is damaged, so the workspace cannot be unlocked. Put back a "
        "copy of it (one is written beside every backup made with --to) and try again; "
        "nothing was changed."
    )


def read_key_file(path: Path) -> KeyFile:
    """The key file at `path`; a missing, damaged or foreign one is a DatabaseError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DatabaseError(
            f"The workspace's key file {path} is missing, and without it the encrypted "
            "workspace cannot be opened. Put it back (a copy is written beside every backup "
            "made with --to); nothing was changed."
        ) from None
    except OSError as error:
        raise DatabaseError(
            f"The key file {path} cannot be read ({error.strerror}); nothing was changed."
        ) from None
    try:
        body = json.loads(raw.decode("utf-8"))
        check = body.pop("check")
        text = json.dumps(body, sort_keys=True)
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != check:
            raise ValueError("checksum")
        if body["format"] != FORMAT:
            raise ValueError("format")
        kdf = body["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError("kdf")
        recovery = dict(body["recovery"])
        recovery_salt = _unb64(recovery.pop("salt"))
        result = KeyFile(
            workspace=str(body["workspace"]),
            params=KdfParams(
                int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
            ),
            salt=_unb64(kdf["salt"]),
            passphrase_slot={
                "nonce": body["passphrase"]["nonce"],
                "data": body["passphrase"]["data"],
            },
            recovery_salt=recovery_salt,
            recovery_slot={"nonce": recovery["nonce"], "data": recovery["data"]},
            test_only=bool(body.get("test_only", False)),
            demo=body.get("demo") is True,
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise _damaged_key(path) from None
    if result.test_only and not cheap_kdf_allowed():
        raise DatabaseError(
            f"The key file {path} was made with the weak key settings meant only for "
            "Tinjau's own tests, so Tinjau will not use it for real data. Make a new "
            "workspace; nothing was changed."
        )
    return result


def write_private(path: Path, data: bytes) -> None:
    """Write `path` owner-only (0600) in one atomic step: a temporary file, flushed, renamed."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            temporary.chmod(0o600)
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            from app.survey.db import health

            raise health.disk_is_full(path) from None
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DatabaseError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters (a few "
            "words you can remember are best); nothing was changed."
        )


@dataclass(frozen=True)
class NewKey:
    """A key file just made: the data key and the recovery key to show once."""

    data_key: bytes
    recovery_key: str
    key_file: KeyFile


def make_key(passphrase: str, *, data_key: bytes | None = None, demo: bool = False) -> NewKey:
    """A new key file's contents (nothing written): a data key (new unless given), wrapped
    under `passphrase` and under a new recovery key."""
    check_new_passphrase(passphrase)
    test_only = cheap_kdf_allowed()
    params = KDF_TEST_ONLY if test_only else KDF_DEFAULT
    data_key = data_key or secrets.token_bytes(32)
    workspace = str(uuid.uuid4())
    salt, recovery_salt, recovery = (
        secrets.token_bytes(16),
        secrets.token_bytes(16),
        secrets.token_bytes(20),
    )
    aad = f"{FORMAT}:{workspace}".encode()
    kek = derive(passphrase.encode("utf-8"), salt, params)
    made = KeyFile(
        workspace=workspace,
        params=params,
        salt=salt,
        passphrase_slot=_wrap(kek, data_key, aad),
        recovery_salt=recovery_salt,
        recovery_slot=_wrap(_recovery_kek(recovery, recovery_salt), data_key, aad + b":recovery"),
        test_only=test_only,
        demo=demo,
    )
    return NewKey(data_key, format_recovery_key(recovery), made)


def create(db_path: Path, passphrase: str) -> NewKey:
    """Write a new key file for the (new) database at `db_path`; remembered as unlocked. The
    recovery key is also kept for `take_recovery_key` (the window shows it once)."""
    global _last_recovery, _demo_next
    demo, _demo_next = _demo_next and passphrase == DEMO_PASSPHRASE, False
    made = make_key(passphrase, demo=demo)
    write_private(key_file(db_path), made.key_file.to_json())
    remember(db_path, made.data_key)
    with _lock:
        _last_recovery = made.recovery_key
    return made


def take_recovery_key() -> str | None:
    """The recovery key of the last key file made in this process, once (then None)."""
    global _last_recovery
    with _lock:
        found, _last_recovery = _last_recovery, None
    return found


def set_window_passphrase(passphrase: str | None) -> None:
    """The passphrase the window's dialog chose for the next new workspace (used once)."""
    global _window_passphrase
    _window_passphrase = passphrase


def open_key(
    path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> bytes:
    """The data key from the key file at `path`, with the passphrase or the recovery key."""
    found = read_key_file(path)
    if recovery_key is not None:
        raw = parse_recovery_key(recovery_key)
        key = None
        if raw is not None:
            kek = _recovery_kek(raw, found.recovery_salt)
            key = _unwrap(kek, found.recovery_slot, found.aad + b":recovery")
        if key is None:
            raise WrongPassphrase(
                "That recovery key does not open this workspace. Check it letter by letter "
                "(it is eight groups of four); nothing was changed."
            )
        return key
    kek = derive((passphrase or "").encode("utf-8"), found.salt, found.params)
    key = _unwrap(kek, found.passphrase_slot, found.aad)
    if key is None:
        raise WrongPassphrase(
            "That passphrase does not open this workspace. Check it (capital letters count) "
            "and try again; nothing was changed."
        )
    return key


def rewrap(
    db_path: Path,
    new_passphrase: str,
    *,
    old_passphrase: str | None = None,
    recovery_key: str | None = None,
) -> str:
    """Change the passphrase (re-key): the key file is written again, atomically, with the
    same data key under the new passphrase and a new recovery key, which is returned. The
    database and its backups are not touched: a kill at any moment leaves the old key file or
    the new one, each of which opens them."""
    path = key_file(db_path)
    check_new_passphrase(new_passphrase)
    data_key = open_key(path, passphrase=old_passphrase, recovery_key=recovery_key)
    made = make_key(new_passphrase, data_key=data_key)
    write_private(path, made.key_file.to_json())
    remember(db_path, data_key)
    return made.recovery_key


# -- the process-wide registry -------------------------------------------------------------


def remember(db_path: Path, data_key: bytes) -> None:
    with _lock:
        _unlocked[key_file(db_path.resolve())] = data_key


def forget(db_path: Path | None = None) -> None:
    """Forget an unlocked key (the window's idle lock), or every one."""
    with _lock:
        if db_path is None:
            _unlocked.clear()
        else:
            _unlocked.pop(key_file(db_path.resolve()), None)


def is_unlocked(db_path: Path) -> bool:
    with _lock:
        return key_file(db_path.resolve()) in _unlocked


def unlock(
    db_path: Path, passphrase: str | None = None, *, recovery_key: str | None = None
) -> bytes:
    """Open the workspace's key with the passphrase (or the recovery key) and remember it."""
    data_key = open_key(key_file(db_path), passphrase=passphrase, recovery_key=recovery_key)
    remember(db_path, data_key)
    return data_key


def set_prompt(prompt: Callable[[Path, bool], str | None] | None) -> None:
    """Install how this program asks for a passphrase (`tinjau`: the terminal), or None. It is
    called with the database's path and whether the passphrase is for a new workspace."""
    global _prompt
    _prompt = prompt


def set_passphrase_file(path: Path | None) -> None:
    """Read passphrases from `path` (a command's --passphrase-file), before the environment's."""
    global _given_file
    _given_file = path


def passphrase_from_env() -> str | None:
    """The passphrase in the file given with `set_passphrase_file`, else in the file
    `TINJAU_PASSPHRASE_FILE` names, or None when there is neither."""
    if _given_file is not None:
        return read_passphrase_file(_given_file)
    name = os.environ.get(PASSPHRASE_FILE_ENV)
    if not name:
        return None
    return read_passphrase_file(Path(name))


def read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DatabaseError(
            f"The passphrase file {path} cannot be read ({error.strerror}); nothing was changed."
        ) from None
    passphrase = text.splitlines()[0] if text.strip() else ""
    if not passphrase:
        raise DatabaseError(f"The passphrase file {path} is empty; nothing was changed.")
    return passphrase


# `tinjau demo` without a passphrase of its own: README.md, "Try the demo".
DEMO_PASSPHRASE = "tinjau-demo-only"
_demo_next = False


def is_demo(db_path: Path) -> bool:
    """True when the workspace at `db_path` is a demo with the known passphrase (False for a
    missing or damaged key file: opening it says what is wrong)."""
    try:
        return read_key_file(key_file(db_path.resolve())).demo
    except (DatabaseError, OSError):
        return False


def demo_passphrase_for_new() -> None:
    """Let the next new workspace, when no passphrase is given, take DEMO_PASSPHRASE and be
    marked a demo in its key file (only `tinjau demo` calls this)."""
    global _demo_next
    _demo_next = True


def new_passphrase(db_path: Path) -> str:
    """The passphrase for a new workspace: the window's choice, the environment's file, the
    demo's known one (for `tinjau demo` only) or the prompt."""
    global _window_passphrase
    passphrase, _window_passphrase = _window_passphrase, None
    if passphrase is None:
        passphrase = passphrase_from_env()
    if passphrase is None and _demo_next:
        passphrase = DEMO_PASSPHRASE
    if passphrase is None and _prompt is not None:
        passphrase = _prompt(db_path, True)
    if passphrase is None:
        raise LockedError(
            f"A new workspace in {db_path.parent} needs a passphrase: give it with "
            f"--passphrase-file FILE or the {PASSPHRASE_FILE_ENV} environment variable; "
            "nothing was changed."
        )
    return passphrase


def data_key_for(db_path: Path) -> bytes | None:
    """The key of the database (or backup) at `db_path`, or None when it is a plain SQLite
    file. An encrypted one's key comes from the registry, else its key file is unlocked with
    the passphrase from the environment or the prompt; LockedError when there is none."""
    path = db_path.resolve()
    holder = find_key_file(path)
    with _lock:
        if holder in _unlocked:
            # Unlocked: the file is not read. Opening and closing a database file in a process
            # that has SQLite connections to it drops their POSIX locks (all of a process's
            # locks on a file go with any of its descriptors), and another program could then
            # write under them. A workspace is encrypted (open_database) before it is unlocked.
            return _unlocked[holder]
    if is_plain_sqlite(path) or (not path.exists() and not key_file(path).exists()):
        return None
    return _open_holder(holder, path)


def find_key_file(path: Path) -> Path:
    """Where the key of the database or backup at `path` is: its own `<name>.key`, else the
    workspace's (a backup in `backups/`, a temporary copy beside the database)."""
    own = key_file(path)
    if own.exists():
        return own
    from app.paths import DB_FILENAME

    for folder in (path.parent, path.parent.parent):
        candidate = folder / (DB_FILENAME + KEY_SUFFIX)
        if candidate.exists():
            return candidate.resolve()
    return own


def open_existing(db_path: Path) -> bytes:
    """The key of the workspace whose key file is beside `db_path` (remembered, or unlocked
    with the passphrase from the environment or the prompt), whatever the file holds."""
    return _open_holder(key_file(db_path.resolve()), db_path)


def _open_holder(holder: Path, db_path: Path) -> bytes:
    with _lock:
        if holder in _unlocked:
            return _unlocked[holder]
    passphrase = passphrase_from_env()
    if passphrase is None and holder.exists() and read_key_file(holder).demo:
        passphrase = DEMO_PASSPHRASE  # a demo workspace: invented people, a known passphrase
    if passphrase is None and _prompt is not None and holder.exists():
        passphrase = _prompt(db_path, False)
    if passphrase is None:
        read_key_file(holder)  # a missing or damaged key file says so first
        raise LockedError(
            f"The workspace in {db_path.parent} is locked: give its passphrase (tinjau asks "
            f"for it, or reads it from --passphrase-file FILE or the {PASSPHRASE_FILE_ENV} "
            "environment variable); nothing was changed."
        )
    key = open_key(holder, passphrase=passphrase)
    with _lock:
        _unlocked[holder] = key
    return key
