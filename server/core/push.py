"""Applying a pushed batch: one transaction, idempotent on its `batch_id`.

The batch's records are read and locked in one query, their parents in another; then each
item is worked out in memory, in the order sent, seeing the items before it: the same content
hash is `unchanged` (an identical resend writes nothing); a base equal to the server's
revision is `accepted` and bumps the revision; any other base is a `conflict`, kept in
`conflicts` beside the current version, which stays as it was. Before anything is written the
whole batch is checked (the device, every item's hash, role and area): one refusal refuses the
batch, and nothing of it is kept. The receipt is stored with the batch, so a replay of the same
`batch_id` gets the very same answer and writes nothing. The outcome is written at once: the
change counter advanced once for the batch, and one statement each for the new records, the
changed ones and the conflicts, so a batch costs a handful of round trips, not a few per item.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, insert, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, Session

from app.survey.ids import uuid7
from app.survey.records.content import canonical, content_hash
from app.sync.protocol import ConflictPublic, PushItem, PushReceipt, PushRequest
from server.core import attachments, audit
from server.core.accounts import Principal, refuse_area, refuse_role
from server.core.errors import Refusal, conflict, forbidden
from server.core.models import Area, Conflict, Record, Sequence, SyncBatch, utcnow

# Who may send which records; every other type may be sent by anyone signed in.
ROLES_FOR = {
    "review_decision": ("ward_officer", "supervisor", "admin"),
    "assignment": ("supervisor", "admin"),
}
# Where a record's area is found: the fields naming its parent, tried in order.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "household": (("unit_id", "area"), ("block_id", "area"), ("site_id", "area"),
                  ("ward_id", "area")),
    "member": (("household_id", "household"),),
    "interview": (("household_id", "household"),),
    "assignment": (("household_id", "household"), ("area_id", "area")),
    "review_decision": (("interview_id", "interview"),),
    "survey_round": (("area_id", "area"),),
}  # fmt: skip
ATTEMPTS = 3  # a batch that met a concurrent writer of the same new record is tried again


def push(session: Session, who: Principal, batch: PushRequest, *, address: str) -> PushReceipt:
    """Apply `batch` for `who` and return its receipt (the stored one, for a replay)."""
    if who.device_id != str(batch.device_id):
        raise forbidden(
            "device_mismatch",
            "This batch names another device than the one signed in. Send each device's "
            "outbox with its own sign-in; nothing was stored.",
        )
    # Each item's canonical JSON is made once: its hash checked here, and (on PostgreSQL) the
    # very text COPY stores.
    texts: list[str] = []
    for index, item in enumerate(batch.items):
        text = canonical(item.data)
        texts.append(text)
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != item.content_hash:
            raise Refusal(
                422,
                "content_hash_mismatch",
                f"Item {index} of the batch does not match its content hash: it changed on the "
                "way or was made wrongly. Send the batch again; nothing was stored.",
            )
        allowed = ROLES_FOR.get(item.record_type)
        if allowed and who.role not in allowed:
            raise refuse_role(who.role, allowed)
    from server.core.publish import check_form_versions

    check_form_versions(session, batch.items)
    # An interview is accepted only with every file it names here whole (uploaded first).
    attachments.require_present(session, batch.items)
    items_hash = _items_hash(batch)
    for attempt in range(ATTEMPTS):
        try:
            return _apply(session, who, batch, texts, items_hash=items_hash, address=address)
        except (IntegrityError, OperationalError):
            session.rollback()
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _apply(
    session: Session,
    who: Principal,
    batch: PushRequest,
    texts: list[str],
    *,
    items_hash: str,
    address: str,
) -> PushReceipt:
    batch_id = str(batch.batch_id)
    earlier = session.get(SyncBatch, batch_id)
    if earlier is not None:
        return _replay(earlier, who, batch, items_hash)
    now = utcnow()
    session.add(
        SyncBatch(
            id=batch_id, device_id=who.device_id, user_id=who.user_id, items_hash=items_hash,
            received_at=now,
        )
    )  # fmt: skip
    try:
        session.flush()  # a concurrent push of the same batch waits here, then fails
    except IntegrityError:
        session.rollback()
        earlier = session.get(SyncBatch, batch_id)
        if earlier is None:
            raise
        return _replay(earlier, who, batch, items_hash)
    plan = _Plan(session, who, batch.items, batch_id=batch_id, now=now)
    receipts = [plan.apply(item, text) for item, text in zip(batch.items, texts, strict=True)]
    plan.write()
    receipt = PushReceipt.model_validate({"batch_id": batch_id, "received_at": now,
                                          "items": receipts})  # fmt: skip
    stored = session.get(SyncBatch, batch_id)
    assert stored is not None
    stored.receipt = receipt.model_dump(mode="json")
    counts = dict.fromkeys(("accepted", "unchanged", "conflict"), 0)
    for item in receipts:
        counts[item["status"]] += 1
    audit.write(
        session,
        action="sync.push",
        actor=who.username,
        device_id=who.device_id,
        address=address,
        target_type="batch",
        target_id=batch_id,
        detail=counts,
    )
    session.commit()
    return receipt


def _items_hash(batch: PushRequest) -> str:
    """What tells a replay from a reused batch id: each item's own fields and its content hash
    (checked against its data already), so the data are not serialised a second time."""
    return content_hash(
        {"items": [[item.format, item.record_type, str(item.record_id), item.operation,
                    item.base_revision, item.content_hash] for item in batch.items]}
    )  # fmt: skip


def _replay(earlier: SyncBatch, who: Principal, batch: PushRequest, items_hash: str) -> PushReceipt:
    if earlier.device_id != who.device_id or earlier.items_hash != items_hash:
        raise conflict(
            "batch_id_reused",
            "This batch id was used before for other content. Give every new batch a new "
            "id; nothing was stored.",
        )
    assert earlier.receipt is not None
    return PushReceipt.model_validate(earlier.receipt)


Key = tuple[str, str]  # (record_type, record_id)
CHUNK = 500  # ids per IN list, well inside every database's limit on bound parameters


@dataclass
class _Current:
    """What the batch needs of a record the server holds, or will once the batch is stored."""

    revision: int
    content_hash: str
    deleted: bool
    area_path: str


class _Plan:
    """A batch worked out in memory, item by item in the order sent, against the records read
    up front in a few queries (the batch's own locked); `write` then stores the outcome with
    one counter update and one statement per kind of write, whatever the batch's size."""

    def __init__(
        self, session: Session, who: Principal, items: list[PushItem], *, batch_id: str,
        now: datetime,
    ) -> None:  # fmt: skip
        self.session, self.who, self.batch_id, self.now = session, who, batch_id, now
        self.device_id = who.device_id or ""
        self.changes = 0  # change numbers taken so far; each record keeps its last
        self.inserts: dict[Key, dict[str, Any]] = {}
        self.updates: dict[Key, dict[str, Any]] = {}
        self.conflicts: list[dict[str, Any]] = []
        self.uses: list[tuple[str, str, str]] = []  # (sha256, interview id, area) accepted
        self.cleared: set[str] = set()  # interviews accepted: their earlier uses are replaced
        self.texts: dict[Key, str] = {}  # the canonical JSON of each new or changed record
        self.conflict_texts: list[str] = []
        self.current: dict[Key, _Current] = {}
        self.areas: dict[str, str] = {}  # area id -> path, from the server's area tree
        own: set[Key] = {(str(item.record_type), str(item.record_id)) for item in items}
        parents = {key for item in items if (key := _parent_key(item)) is not None} - own
        # The batch's own records are locked, in one order, so two batches never wait on each
        # other in a circle; the parents are only read.
        self.current.update(self._records(own, lock=True))
        self.current.update(self._records(parents, lock=False))
        area_ids = sorted(pid for ptype, pid in parents
                          if ptype == "area" and ("area", pid) not in self.current)  # fmt: skip
        for start in range(0, len(area_ids), CHUNK):
            chunk = area_ids[start : start + CHUNK]
            rows = session.execute(
                select(Area.id, Area.path_code).where(self._among(Area.id, chunk))
            )
            self.areas.update({str(area_id): str(path) for area_id, path in rows.tuples()})

    def _among(self, column: Mapped[str], ids: list[str]) -> ColumnElement[bool]:
        """`column` is one of `ids`: on PostgreSQL one array parameter (`= ANY`), which keeps
        the statement short and the same for every batch; elsewhere an IN list."""
        if self.session.get_bind().dialect.name == "postgresql":
            return column == any_(bindparam(None, ids, type_=ARRAY(String)))
        return column.in_(ids)

    def _records(self, keys: set[Key], *, lock: bool) -> dict[Key, _Current]:
        by_type: dict[str, list[str]] = {}
        for record_type, record_id in sorted(keys):
            by_type.setdefault(record_type, []).append(record_id)
        found: dict[Key, _Current] = {}
        for record_type, ids in by_type.items():
            for start in range(0, len(ids), CHUNK):
                query = (
                    select(Record.record_id, Record.revision, Record.content_hash,
                           Record.deleted, Record.area_path)
                    .where(Record.record_type == record_type,
                           self._among(Record.record_id, ids[start : start + CHUNK]))
                    .order_by(Record.record_id)
                )  # fmt: skip
                if lock:
                    query = query.with_for_update()
                for record_id, revision, hash_, deleted, path in self.session.execute(query):
                    found[(record_type, record_id)] = _Current(revision, hash_, deleted, path)
        return found

    def apply(self, item: PushItem, text: str) -> dict[str, Any]:
        """The outcome of `item` (whose data's canonical JSON is `text`) given everything
        before it in the batch (nothing written)."""
        key = (item.record_type, str(item.record_id))
        area_path = self._area_of(item)
        if not self.who.covers(area_path):
            raise refuse_area(area_path)
        current = self.current.get(key)
        deleted = item.operation == "delete"
        if current is None:
            self.changes += 1
            self.inserts[key] = {
                "record_type": key[0], "record_id": key[1], "revision": 1,
                "seq": self.changes, "content_hash": item.content_hash, "deleted": deleted,
                "data": item.data, "area_path": area_path, "updated_at": self.now,
                "device_id": self.device_id, "batch_id": self.batch_id,
            }  # fmt: skip
            self.texts[key] = text
            self.current[key] = _Current(1, item.content_hash, deleted, area_path)
            self._note_uses(item, area_path, new=True)
            return _receipt(key, "accepted", 1)
        if current.content_hash == item.content_hash and current.deleted == deleted:
            return _receipt(key, "unchanged", current.revision)
        if item.base_revision != current.revision:
            self.conflicts.append(
                {"id": uuid7(), "record_type": key[0], "record_id": key[1],
                 "base_revision": item.base_revision, "server_revision": current.revision,
                 "content_hash": item.content_hash, "data": item.data, "area_path": area_path,
                 "device_id": self.device_id, "batch_id": self.batch_id,
                 "received_at": self.now}
            )  # fmt: skip
            self.conflict_texts.append(text)
            return _receipt(key, "conflict", current.revision)
        if current.area_path != area_path and not self.who.covers(current.area_path):
            raise refuse_area(current.area_path)  # moving a record out of someone else's area
        self.changes += 1
        revision = current.revision + 1
        row = {
            "record_type": key[0], "record_id": key[1], "revision": revision,
            "seq": self.changes, "content_hash": item.content_hash, "deleted": deleted,
            "data": item.data, "area_path": area_path, "updated_at": self.now,
            "device_id": self.device_id, "batch_id": self.batch_id,
        }  # fmt: skip
        # A record new in this batch is inserted once, as it stands at the batch's end.
        (self.inserts if key in self.inserts else self.updates)[key] = row
        self.texts[key] = text
        self.current[key] = _Current(revision, item.content_hash, deleted, area_path)
        self._note_uses(item, area_path)
        return _receipt(key, "accepted", revision)

    def _note_uses(self, item: PushItem, area_path: str, *, new: bool = False) -> None:
        """Keep the files an accepted interview names, for `write` (a new one has no earlier
        uses to replace: nothing is deleted for it)."""
        if item.record_type == "interview":
            refs = attachments.named_by(item)
            record_id = str(item.record_id)
            # Its latest version's files replace the earlier ones (none: the uses go).
            self.uses = [use for use in self.uses if use[1] != record_id]
            self.uses += [(ref.sha256, record_id, area_path) for ref in refs]
            if not new:
                self.cleared.add(record_id)

    def write(self) -> None:
        """Store the worked-out batch: change numbers taken at once, then a statement each
        for the new records, the changed records and the conflicts."""
        if self.changes:
            last = next_seq(self.session, self.changes)
            for row in (*self.inserts.values(), *self.updates.values()):
                row["seq"] += last - self.changes
        if self.inserts:
            _insert(self.session, Record, list(self.inserts.values()),
                    [self.texts[key] for key in self.inserts])  # fmt: skip
        if self.updates:
            self.session.execute(update(Record), list(self.updates.values()))
        if self.conflicts:
            _insert(self.session, Conflict, self.conflicts, self.conflict_texts)
        attachments.record_uses(self.session, sorted(self.cleared), self.uses)

    def _area_of(self, item: PushItem) -> str:
        """The path of the area `item`'s record lies in, from its own data (an area) or from
        the record it belongs to, which the server must already hold (earlier in this batch
        will do)."""
        if item.record_type == "area":
            path = item.data.get("path_code")
            if isinstance(path, str) and 0 < len(path) <= 200 and "\x00" not in path:
                return path
            raise _unreadable(item, "path_code")
        for field, parent_type in PARENTS[item.record_type]:
            parent_id = item.data.get(field)
            if parent_id is None:
                continue
            if not _usable_id(parent_id):
                raise _unreadable(item, field)
            parent = self.current.get((parent_type, parent_id))
            found = parent.area_path if parent is not None else None
            if found is None and parent_type == "area":
                found = self.areas.get(parent_id)
            if found is None:
                raise conflict(
                    "parent_unknown",
                    f"A {item.record_type} in this batch belongs to a {parent_type} the "
                    f"server does not have ({field} {parent_id}). Send the {parent_type} "
                    "first (the outbox's order does); nothing was stored.",
                )
            return found
        raise _unreadable(item, " or ".join(field for field, _ in PARENTS[item.record_type]))


def _insert(
    session: Session, model: type[Record | Conflict], rows: list[dict[str, Any]], texts: list[str]
) -> None:
    """Insert `rows` (dicts with the same keys) into `model`'s table: on PostgreSQL with COPY,
    one stream for all of them, each row's `data` as its canonical JSON `texts[n]` (made for
    its hash already); elsewhere with one executemany statement."""
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(model), rows)
        return
    columns = list(rows[0])
    table = model.__tablename__
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row, text in zip(rows, texts, strict=True):
            copy.write_row([text if c == "data" else row[c] for c in columns])


def _parent_key(item: PushItem) -> Key | None:
    """The record `item` belongs to, as `_Plan._area_of` will look for it (None: no lookup)."""
    for field, parent_type in PARENTS.get(item.record_type, ()):
        parent_id = item.data.get(field)
        if parent_id is not None:
            return (parent_type, parent_id) if _usable_id(parent_id) else None
    return None


def _usable_id(value: Any) -> bool:
    """Whether `value` can name a record: text that fits an id column, without a NUL
    (which PostgreSQL refuses even in a query; such an item is `record_invalid`)."""
    return isinstance(value, str) and len(value) <= 36 and "\x00" not in value


def next_seq(session: Session, count: int = 1) -> int:
    """The last of `count` new change numbers (the others are the `count - 1` before it); the
    counter's row stays locked until this transaction ends."""
    return int(
        session.execute(
            update(Sequence)
            .where(Sequence.name == "records")
            .values(value=Sequence.value + count)
            .returning(Sequence.value)
        ).scalar_one()
    )


def _receipt(key: Key, status: str, revision: int) -> dict[str, Any]:
    """An `ItemReceipt` as a dict: the batch's receipts are validated at once, in
    `PushReceipt`, which is much quicker than one model each."""
    return {"record_type": key[0], "record_id": key[1], "status": status, "revision": revision}


def _unreadable(item: PushItem, field: str) -> Refusal:
    return Refusal(
        422,
        "record_invalid",
        f"A {item.record_type} ({item.record_id}) in this batch has no usable {field}. The "
        "app that sent it needs an update; nothing was stored.",
    )


def open_conflicts(session: Session, who: Principal) -> list[ConflictPublic]:
    """Unsettled conflicts inside `who`'s areas, oldest first, with the current version."""
    query = (
        select(Conflict, Record.data)
        .join(
            Record,
            (Record.record_type == Conflict.record_type) & (Record.record_id == Conflict.record_id),
            isouter=True,
        )
        .where(Conflict.resolved_at.is_(None))
        .order_by(Conflict.received_at, Conflict.id)
    )
    if not who.all_areas:
        if not who.areas:
            return []
        query = query.where(
            or_(
                *(
                    or_(
                        Conflict.area_path == code,
                        Conflict.area_path.startswith(code + "/", autoescape=True),
                    )
                    for code in who.areas
                )
            )
        )
    return [
        ConflictPublic(
            id=kept.id, record_type=kept.record_type, record_id=kept.record_id,
            area_path=kept.area_path, base_revision=kept.base_revision,
            server_revision=kept.server_revision, device_id=kept.device_id,
            received_at=kept.received_at, data=kept.data, current=current,
        )
        for kept, current in session.execute(query).tuples()
    ]  # fmt: skip
