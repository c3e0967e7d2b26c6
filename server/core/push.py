"""Applying a pushed batch: one transaction, idempotent on its `batch_id`.

For each item, in the order sent: the server's copy of the record is locked; the same content
hash is `unchanged` (an identical resend writes nothing); a base equal to the server's
revision is `accepted` and bumps the revision; any other base is a `conflict`, kept in
`conflicts` beside the current version, which stays as it was. Before anything is written the
whole batch is checked (the device, every item's hash, role and area): one refusal refuses the
batch, and nothing of it is kept. The receipt is stored with the batch, so a replay of the same
`batch_id` gets the very same answer and writes nothing.
"""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.survey.ids import uuid7
from app.survey.records.content import content_hash
from app.sync.protocol import ConflictPublic, ItemReceipt, PushItem, PushReceipt, PushRequest
from server.core import audit
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
    for index, item in enumerate(batch.items):
        if content_hash(item.data) != item.content_hash:
            raise Refusal(
                422,
                "content_hash_mismatch",
                f"Item {index} of the batch does not match its content hash: it changed on the "
                "way or was made wrongly. Send the batch again; nothing was stored.",
            )
        allowed = ROLES_FOR.get(item.record_type)
        if allowed and who.role not in allowed:
            raise refuse_role(who.role, allowed)
    items_hash = content_hash({"items": [item.model_dump(mode="json") for item in batch.items]})
    for attempt in range(ATTEMPTS):
        try:
            return _apply(session, who, batch, items_hash=items_hash, address=address)
        except (IntegrityError, OperationalError):
            session.rollback()
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _apply(
    session: Session, who: Principal, batch: PushRequest, *, items_hash: str, address: str
) -> PushReceipt:
    batch_id = str(batch.batch_id)
    earlier = session.get(SyncBatch, batch_id)
    if earlier is not None:
        return _replay(earlier, who, items_hash)
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
        return _replay(earlier, who, items_hash)
    receipts = [_apply_item(session, who, item, batch_id=batch_id) for item in batch.items]
    receipt = PushReceipt(batch_id=batch_id, received_at=now, items=receipts)
    stored = session.get(SyncBatch, batch_id)
    assert stored is not None
    stored.receipt = receipt.model_dump(mode="json")
    counts = dict.fromkeys(("accepted", "unchanged", "conflict"), 0)
    for item in receipts:
        counts[item.status] += 1
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


def _replay(earlier: SyncBatch, who: Principal, items_hash: str) -> PushReceipt:
    if earlier.device_id != who.device_id or earlier.items_hash != items_hash:
        raise conflict(
            "batch_id_reused",
            "This batch id was used before for other content. Give every new batch a new "
            "id; nothing was stored.",
        )
    assert earlier.receipt is not None
    return PushReceipt.model_validate(earlier.receipt)


def _apply_item(session: Session, who: Principal, item: PushItem, *, batch_id: str) -> ItemReceipt:
    record_id = str(item.record_id)
    area_path = _area_of(session, item)
    if not who.covers(area_path):
        raise refuse_area(area_path)
    current = session.scalar(
        select(Record)
        .where(Record.record_type == item.record_type, Record.record_id == record_id)
        .with_for_update()
    )
    device_id = who.device_id or ""
    if current is None:
        session.add(
            Record(
                record_type=item.record_type, record_id=record_id, revision=1,
                seq=next_seq(session), content_hash=item.content_hash,
                deleted=item.operation == "delete", data=item.data, area_path=area_path,
                updated_at=utcnow(), device_id=device_id, batch_id=batch_id,
            )
        )  # fmt: skip
        session.flush()
        return _receipt(item, "accepted", 1)
    if current.content_hash == item.content_hash and current.deleted == (
        item.operation == "delete"
    ):
        return _receipt(item, "unchanged", current.revision)
    if item.base_revision != current.revision:
        session.add(
            Conflict(
                id=uuid7(), record_type=item.record_type, record_id=record_id,
                base_revision=item.base_revision, server_revision=current.revision,
                content_hash=item.content_hash, data=item.data, area_path=area_path,
                device_id=device_id, batch_id=batch_id, received_at=utcnow(),
            )
        )  # fmt: skip
        return _receipt(item, "conflict", current.revision)
    if current.area_path != area_path and not who.covers(current.area_path):
        raise refuse_area(current.area_path)  # moving a record out of someone else's area
    current.revision += 1
    current.seq = next_seq(session)
    current.content_hash = item.content_hash
    current.deleted = item.operation == "delete"
    current.data = item.data
    current.area_path = area_path
    current.updated_at = utcnow()
    current.device_id = device_id
    current.batch_id = batch_id
    return _receipt(item, "accepted", current.revision)


def next_seq(session: Session) -> int:
    """The next change number; the counter's row stays locked until this transaction ends."""
    return int(
        session.execute(
            update(Sequence)
            .where(Sequence.name == "records")
            .values(value=Sequence.value + 1)
            .returning(Sequence.value)
        ).scalar_one()
    )


def _receipt(item: PushItem, status: str, revision: int) -> ItemReceipt:
    return ItemReceipt.model_validate(
        {"record_type": item.record_type, "record_id": str(item.record_id), "status": status,
         "revision": revision}
    )  # fmt: skip


def _area_of(session: Session, item: PushItem) -> str:
    """The path of the area `item`'s record lies in, from its own data (an area) or from the
    record it belongs to, which the server must already hold (earlier in this batch will do)."""
    if item.record_type == "area":
        path = item.data.get("path_code")
        if isinstance(path, str) and 0 < len(path) <= 200:
            return path
        raise _unreadable(item, "path_code")
    for field, parent_type in PARENTS[item.record_type]:
        parent_id = item.data.get(field)
        if parent_id is None:
            continue
        if not isinstance(parent_id, str):
            raise _unreadable(item, field)
        path = session.scalar(
            select(Record.area_path).where(
                Record.record_type == parent_type, Record.record_id == parent_id
            )
        )
        if path is None and parent_type == "area":
            path = session.scalar(select(Area.path_code).where(Area.id == parent_id))
        if path is None:
            raise conflict(
                "parent_unknown",
                f"A {item.record_type} in this batch belongs to a {parent_type} the server "
                f"does not have ({field} {parent_id}). Send the {parent_type} first (the "
                "outbox's order does); nothing was stored.",
            )
        return path
    raise _unreadable(item, " or ".join(field for field, _ in PARENTS[item.record_type]))


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
