"""A request holds at most one database connection at a time.

Every route but login authenticates first, with the request's session; a push then opens a
session of its own. Were the first still holding its connection, each push would need two,
and as many concurrent pushes as the pool has connections would each hold one and wait for a
second until the pool gave up (a 500 for every device syncing at that moment; seen with fifty
devices on three workers). Served from a pool of exactly one connection, a push and a pull
must both succeed.
"""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from server.core import devices
from server.core.config import ServerSettings
from server.core.db import create_server_engine
from server.core.models import Device, User
from server.core.security import hash_token, new_device_token
from server.main import create_app
from tests.server.conftest import PASSWORD, add_user, server_command
from tests.server.test_push import item


def test_a_push_and_a_pull_need_one_connection_each(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "admin", "admin")
    app = create_app(ServerSettings(db_url=url))
    app.state.engine.dispose()
    app.state.engine = create_engine(
        url, poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=2,
        connect_args={"check_same_thread": False},
    )  # fmt: skip
    device = str(uuid.uuid4())
    with TestClient(app) as client:
        login = client.post(
            "/api/v1/auth/login",
            json={"username": "admin", "password": PASSWORD, "device_id": device},
        )
        assert login.status_code == 201, login.text
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        area = {"id": str(uuid.uuid4()), "path_code": "14", "name": "Somewhere"}
        body = {"device_id": device, "batch_id": str(uuid.uuid4()), "items": [item("area", area)]}
        pushed = client.post(
            "/api/v1/sync/push",
            content=gzip.compress(json.dumps(body).encode()),
            headers={**headers, "Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["items"][0]["status"] == "accepted"
        pulled = client.get("/api/v1/sync/pull", headers=headers)
        assert pulled.status_code == 200, pulled.text
        assert [r["record_id"] for r in pulled.json()["items"]] == [area["id"]]
    app.state.engine.dispose()


def test_a_device_s_last_use_is_noted_to_the_minute(tmp_path: Path) -> None:
    """Each request authenticates; only one a minute after the last noted use writes the new
    time (so a sync of many batches is not a write more per batch), and the request holds no
    transaction afterwards either way."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert server_command("init", "--db", url).returncode == 0
    add_user(url, "admin", "admin")
    engine = create_server_engine(url)
    try:
        with Session(engine, expire_on_commit=False) as session:
            user = session.scalars(select(User)).one()
            token = new_device_token()
            device = Device(id=str(uuid.uuid4()), user_id=user.id, token_hash=hash_token(token))
            session.add(device)
            session.commit()

            def use() -> datetime:
                who = devices.authenticate(session, token)
                assert who.device_id == device.id and not session.in_transaction()
                noted = session.scalar(select(Device.last_used_at).where(Device.id == device.id))
                session.commit()
                assert noted is not None
                return noted

            first = use()
            assert use() == first  # a moment later: nothing written
            session.execute(
                update(Device).where(Device.id == device.id)
                .values(last_used_at=first - timedelta(minutes=2))
            )  # fmt: skip
            session.commit()
            assert use() > first - timedelta(seconds=1)  # the minute passed: noted anew
    finally:
        engine.dispose()
