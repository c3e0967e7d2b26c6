"""Survey rounds: the households of an area surveyed again later ("2026 census", "2027
follow-up"), so a district can see who entered or left each status between rounds.

A round belongs to an area (a state, district, ward, site or block) and covers the households
inside it. An area has at most one open round at a time; a later round of the same area is
opened once the earlier one is closed. The workspace's current round (`meta.current_round`) is
the one last opened here (or chosen with `choose`). An interview begun at a household belongs to
the round that covers it then (`round_for_household`): the current round when it covers the
household, else the open round covering it that was opened last. A household interviewed in an
earlier round and visited in a new one gets a new interview: both are kept.

Opening and closing ship (`round.open`, `round.close`); choosing the current round is this
device's own choice (audited only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import recorder

MAX_NAME = 100
CURRENT = "current_round"


@dataclass(frozen=True)
class SurveyRound:
    """One round as listed: its area's path and name, its dates and how many interviews (of
    any status) it holds."""

    id: str
    area_id: str
    area_path: str
    area_name: str
    name: str
    opened_on: date
    closed_on: date | None
    interviews: int = 0
    current: bool = False

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


_SELECT = (
    "SELECT r.id, r.area_id, a.path_code, a.name, r.name, r.opened_on, r.closed_on, "
    "(SELECT count(*) FROM interviews i WHERE i.round_id = r.id AND i.deleted_at IS NULL) "
    "FROM survey_rounds r JOIN areas a ON a.id = r.area_id WHERE r.deleted_at IS NULL"
)


def _row(row: tuple, current: str | None) -> SurveyRound:
    return SurveyRound(
        id=str(row[0]),
        area_id=str(row[1]),
        area_path=str(row[2]),
        area_name=str(row[3]),
        name=str(row[4]),
        opened_on=date.fromisoformat(str(row[5])[:10]),
        closed_on=date.fromisoformat(str(row[6])[:10]) if row[6] else None,
        interviews=int(row[7]),
        current=str(row[0]) == current,
    )


def current_round_id(conn: Connection) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (CURRENT,)).first()
    return str(row[0]) if row else None


def list_rounds(conn: Connection) -> list[SurveyRound]:
    """Every round, by area path then opening date."""
    current = current_round_id(conn)
    rows = conn.exec_driver_sql(f"{_SELECT} ORDER BY a.path_code, r.opened_on, r.id").all()
    return [_row(tuple(r), current) for r in rows]


def _area(conn: Connection, area: str) -> tuple[str, str]:
    """(id, path) of the area whose path or code is `area`; refused when none or several."""
    rows = conn.exec_driver_sql(
        "SELECT id, path_code, level FROM areas WHERE deleted_at IS NULL "
        "AND (path_code = ? OR code = ?) ORDER BY path_code",
        (area, area),
    ).all()
    exact = [r for r in rows if r[1] == area]
    rows = exact or rows
    if not rows:
        raise DomainError("round.no_such_area", area=area)
    if len(rows) > 1:
        raise DomainError("round.area_ambiguous", area=area, first=rows[0][1], second=rows[1][1])
    if rows[0][2] == "unit":
        raise DomainError("round.area_is_unit", area=area)
    return str(rows[0][0]), str(rows[0][1])


def open_round(
    conn: Connection,
    *,
    area: str,
    name: str,
    actor: recorder.Actor,
    opened_on: date | None = None,
) -> str:
    """Open a round of `area` (a path or code) named `name` and make it the current one;
    returns its id. Refused, changing nothing, for an unknown area, an empty or long name, a
    name the area's rounds already use, or while the area has a round still open."""
    name = " ".join(name.split())
    if not name:
        raise DomainError("round.name_missing")
    if len(name) > MAX_NAME:
        raise DomainError("round.name_too_long", limit=MAX_NAME)
    area_id, path = _area(conn, area)
    opened_on = opened_on or date.today()
    same = conn.exec_driver_sql(
        "SELECT name, closed_on, opened_on FROM survey_rounds "
        "WHERE area_id = ? AND deleted_at IS NULL",
        (area_id,),
    ).all()
    for other, closed, _opened in same:
        if closed is None:
            raise DomainError("round.already_open", area=path, round=other)
    for other, _closed, _opened in same:
        if str(other).casefold() == name.casefold():
            raise DomainError("round.name_taken", area=path, round=other)
    latest = max((str(o)[:10] for _n, _c, o in same), default=None)
    if latest is not None and opened_on.isoformat() < latest:
        raise DomainError("round.opened_before_previous", area=path, date=latest)
    round_id = uuid7()
    stamp = recorder.now()
    conn.exec_driver_sql(
        "INSERT INTO survey_rounds (id, area_id, name, opened_on, created_at, updated_at, "
        "revision) VALUES (?, ?, ?, ?, ?, ?, 0)",
        (round_id, area_id, name, opened_on.isoformat(), stamp, stamp),
    )
    _set_current(conn, round_id)
    recorder.record(
        conn, action="round.open", record_id=round_id, actor=actor, detail={"area": path}
    )
    return round_id


def find_round(conn: Connection, ref: str, area: str | None = None) -> SurveyRound:
    """The round whose id or name is `ref` (of `area` when given); refused when none or
    several match."""
    rounds = list_rounds(conn)
    if area is not None:
        area_id, _path = _area(conn, area)
        rounds = [r for r in rounds if r.area_id == area_id]
    found = [r for r in rounds if r.id == ref] or [
        r for r in rounds if r.name.casefold() == " ".join(ref.split()).casefold()
    ]
    if not found:
        raise DomainError("round.unknown", round=ref)
    if len(found) > 1:
        raise DomainError(
            "round.ambiguous", round=ref, first=found[0].area_path, second=found[1].area_path
        )
    return found[0]


def close_round(
    conn: Connection,
    *,
    ref: str,
    actor: recorder.Actor,
    area: str | None = None,
    closed_on: date | None = None,
) -> SurveyRound:
    """Close the round `ref` (id or name). Refused for a closed round or a closing date
    before its opening. Its interviews stay in it; new interviews in its area wait for the
    area's next round (or another open round covering them)."""
    found = find_round(conn, ref, area)
    if not found.is_open:
        raise DomainError("round.already_closed", round=found.name, date=str(found.closed_on))
    closed_on = closed_on or date.today()
    if closed_on < found.opened_on:
        raise DomainError("round.closed_before_open", round=found.name, date=str(found.opened_on))
    conn.exec_driver_sql(
        "UPDATE survey_rounds SET closed_on = ?, updated_at = ? WHERE id = ?",
        (closed_on.isoformat(), recorder.now(), found.id),
    )
    recorder.record(conn, action="round.close", record_id=found.id, actor=actor)
    return found


def choose(conn: Connection, *, ref: str, actor: recorder.Actor, area: str | None = None) -> str:
    """Make the round `ref` this workspace's current one (audited, not shipped)."""
    found = find_round(conn, ref, area)
    _set_current(conn, found.id)
    recorder.record(conn, action="round.choose", record_id=found.id, actor=actor)
    return found.id


def _set_current(conn: Connection, round_id: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (CURRENT, round_id),
    )


def round_for_household(conn: Connection, household_id: str) -> str | None:
    """The round an interview begun now at the household belongs to: the current round when it
    is open and covers the household, else the open round covering it opened last; None when
    no open round covers it."""
    rows = conn.exec_driver_sql(
        "SELECT r.id FROM survey_rounds r JOIN areas a ON a.id = r.area_id "
        "JOIN households h ON h.id = ? JOIN areas u ON u.id = h.unit_id "
        "WHERE r.deleted_at IS NULL AND r.closed_on IS NULL "
        "AND (u.path_code = a.path_code OR substr(u.path_code, 1, length(a.path_code) + 1) "
        "= a.path_code || '/') ORDER BY r.opened_on DESC, r.id DESC",
        (household_id,),
    ).all()
    ids = [str(r[0]) for r in rows]
    current = current_round_id(conn)
    if current in ids:
        return current
    return ids[0] if ids else None


FIRST_ROUND = "First round"


def first_rounds(
    conn: Connection,
    *,
    actor: recorder.Actor,
    new_id: Callable[[], str] = uuid7,
    record: bool = True,
) -> list[str]:
    """Put every interview that has no round into a first round ("First round"): one per
    top-level area whose households have such interviews, on the smallest area holding all
    of them (a block for a worker's device that holds one block, so the server takes the round
    from a device that may send only inside its own areas), opened on the day of the earliest
    of them. Used by the migration that brought rounds in and by the demo builder; returns
    the rounds made. The one made becomes the current round when the workspace has no other.

    Completions still waiting in the outbox and not yet put in a batch get the round in their
    payload (and a new content hash); a batch already made is sent as it was."""
    groups = conn.exec_driver_sql(
        "SELECT r.path_code, min(u.path_code), max(u.path_code), min(i.started_at) "
        "FROM interviews i JOIN households h ON h.id = i.household_id "
        "JOIN areas u ON u.id = h.unit_id JOIN areas r ON r.parent_id IS NULL "
        "AND substr(u.path_code, 1, length(r.path_code) + 1) = r.path_code || '/' "
        "WHERE i.round_id IS NULL GROUP BY r.path_code ORDER BY r.path_code"
    ).all()
    made: list[str] = []
    stamp = recorder.now()
    for root_path, first, last, earliest in groups:
        area = _smallest_area(conn, str(first), str(last)) or _area_at(conn, str(root_path))
        if area is None:
            continue
        area_id, path = area
        round_id = new_id()
        conn.exec_driver_sql(
            "INSERT INTO survey_rounds (id, area_id, name, opened_on, created_at, updated_at, "
            "revision) VALUES (?, ?, ?, ?, ?, ?, 0)",
            (round_id, area_id, FIRST_ROUND, str(earliest)[:10], stamp, stamp),
        )
        conn.exec_driver_sql(
            "UPDATE interviews SET round_id = ? WHERE round_id IS NULL AND household_id IN ("
            "SELECT h.id FROM households h JOIN areas u ON u.id = h.unit_id "
            "WHERE substr(u.path_code, 1, length(?) + 1) = ? || '/')",
            (round_id, path, path),
        )
        made.append(round_id)
    if not made:
        return made
    if record:  # not for a workspace built without its audit and outbox (a bench's)
        recorder.restate_unbatched(conn, record_type="interview", column="round_id")
        recorder.record_many(conn, action="round.open", record_ids=made, actor=actor)
    current = current_round_id(conn)
    if (
        current is None
        or not conn.exec_driver_sql("SELECT 1 FROM survey_rounds WHERE id = ?", (current,)).first()
    ):
        _set_current(conn, made[-1])
    return made


def _smallest_area(conn: Connection, first: str, last: str) -> tuple[str, str] | None:
    """The deepest area above the unit whose path starts both `first` and `last` (the least
    and greatest unit paths: every path between them in order starts the same way)."""
    a, b = first.split("/")[:-1], last.split("/")[:-1]  # never a unit itself
    common: list[str] = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common.append(x)
    return _area_at(conn, "/".join(common)) if common else None


def _area_at(conn: Connection, path: str) -> tuple[str, str] | None:
    row = conn.exec_driver_sql(
        "SELECT id, path_code FROM areas WHERE path_code = ?", (path,)
    ).first()
    return (str(row[0]), str(row[1])) if row else None
