"""Signing a data folder's device in to the central server, and out again: what `tinjau login`
and the desktop app's sign-in dialog both call.

No Qt here (the window runs `sign_in` on a worker thread). The password is sent once and never
kept; the token the server gives is written to the data folder readable by its owner only
(`client.save_credentials`).
"""

from __future__ import annotations

import platform
from pathlib import Path

from app.survey.db import open_database
from app.sync.client import (
    Connection,
    Credentials,
    SyncError,
    credentials_path,
    load_credentials,
    save_credentials,
    server_address,
)

LOGIN_RETRIES = 2  # a sign-in is watched by a person: fail within seconds, not minutes


def device_id(database: Path) -> str:
    """The id this data folder's device signs in under (made when the database was)."""
    with open_database(database) as db, db.engine.connect() as conn:
        return str(
            conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'device_id'").scalar_one()
        )


def sign_in(
    data_dir: Path,
    database: Path,
    *,
    server: str,
    username: str,
    password: str,
    device_name: str | None = None,
    retries: int = LOGIN_RETRIES,
) -> Credentials:
    """Sign the device of `database` in to `server` as `username` and keep the token in
    `data_dir` (sync.json, 0600), replacing an earlier sign-in. Raises `SyncError` with a
    sentence (and a `code`) when the address, the password or the server says no; nothing is
    written then."""
    address = server_address(server)  # refused before the password goes anywhere
    if not username.strip():
        raise SyncError("Type your user name on the server; nothing was changed.", code="no_user")
    if not password:
        raise SyncError("The password is empty; nothing was changed.", code="no_password")
    device = device_id(database)
    connection = Connection(address, retries=retries)
    try:
        answer = connection.post(
            "/auth/login",
            {
                "username": username.strip(),
                "password": password,
                "device_id": device,
                "device_name": (device_name if device_name is not None else platform.node())[:100],
            },
        )
    finally:
        connection.close()
    token = answer.get("token")
    if not isinstance(token, str) or not token:
        raise SyncError(
            f"The server at {address} did not give a device token; nothing changed.",
            code="not_tinjau",
        )
    credentials = Credentials(
        server=address, username=username.strip(), device_id=device, token=token
    )
    save_credentials(data_dir, credentials)
    return credentials


def signed_in(data_dir: Path) -> Credentials | None:
    """Who the data folder is signed in as, or None (not signed in, or sync.json damaged)."""
    try:
        return load_credentials(data_dir)
    except SyncError:
        return None


def sign_out(data_dir: Path) -> bool:
    """Forget the device's token here (the server still lists the device until an
    administrator revokes it); True when there was one. Nothing waiting to be sent is touched."""
    path = credentials_path(data_dir)
    existed = path.exists()
    path.unlink(missing_ok=True)
    return existed
