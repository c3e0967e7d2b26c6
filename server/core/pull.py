"""Pulling: the records a user may see that changed after a cursor, a page at a time.

Every accepted change takes the next number of the `records` sequence (see `push`), so "after
cursor N" is "seq > N" in one index range; a record changed twice appears once, at its latest
change. The cursor is opaque to the device (`c1.N`); one it cannot have been given (unreadable,
or beyond the newest change, as after the server was restored from an older backup) starts a
full pull with `reset` true.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from app.sync.protocol import PulledRecord, PullPage
from server.core.accounts import Principal
from server.core.models import ALL_AREAS, Record, Sequence

# Published for an area and everything inside it (or for all, `*`): a form version or a
# standard published for a ward reaches the devices of every block in it.
COVERING_TYPES = ("form_version", "standard")


def area_filter(who: Principal) -> ColumnElement[bool]:
    """Records inside the areas `who` works in, and form versions and standards published for
    one of those areas, an area around them, or all."""
    if who.all_areas:
        return true()
    around = {ALL_AREAS}
    for code in who.areas:
        parts = code.split("/")
        around.update("/".join(parts[:n]) for n in range(1, len(parts) + 1))
    published = and_(Record.record_type.in_(COVERING_TYPES), Record.area_path.in_(sorted(around)))
    if not who.areas:
        return published
    return or_(
        published,
        *(
            or_(Record.area_path == code, Record.area_path.startswith(code + "/", autoescape=True))
            for code in who.areas
        ),
    )


def _read_cursor(cursor: str | None, newest: int) -> int | None:
    """The change number a cursor stands for, or None when it is not one this server gave."""
    if not cursor:
        return 0
    prefix, _, number = cursor.partition(".")
    if prefix != "c1" or not number.isascii() or not number.isdigit() or len(number) > 18:
        return None
    value = int(number)
    return value if value <= newest else None


def pull(session: Session, who: Principal, *, cursor: str | None, limit: int) -> PullPage:
    newest = session.scalar(select(Sequence.value).where(Sequence.name == "records")) or 0
    after = _read_cursor(cursor, newest)
    reset = after is None
    start = after or 0
    visible = area_filter(who)
    rows = list(
        session.scalars(
            select(Record).where(Record.seq > start, visible).order_by(Record.seq).limit(limit + 1)
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if rows else start
    remaining = 0
    if more:
        remaining = int(
            session.scalar(
                select(func.count()).select_from(Record).where(Record.seq > last, visible)
            )
            or 0
        )
    return PullPage(
        items=[
            PulledRecord.model_validate(
                {
                    "record_type": row.record_type,
                    "record_id": row.record_id,
                    "operation": "delete" if row.deleted else "upsert",
                    "revision": row.revision,
                    "data": row.data,
                }
            )  # fmt: skip
            for row in rows
        ],
        cursor=f"c1.{last}",
        more=more,
        remaining=remaining,
        reset=reset,
    )
