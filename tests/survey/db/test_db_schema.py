"""The local schema's guarantees: ids, UTC timestamps, append-only audit, outbox, search index."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.survey import ids
from app.survey.db import Database, open_database
from app.survey.db.models import Area, AuditEntry, Household, Member, OutboxEntry, ReviewDecision
from app.survey.db.search import (
    rebuild_search_index,
    search_households,
    search_triggers_paused,
)
from app.survey.ids import SeededUUID7, uuid7, uuid7_time_ms


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "tinjau.sqlite")
    yield database
    database.close()


def _unit(db: Database) -> Area:
    with db.session() as s, s.begin():
        state = Area(level="state", code="14", path_code="14", name="W.P. Kuala Lumpur")
        unit = Area(
            level="unit",
            code="A-12-05",
            path_code="14/A-12-05",
            name="A-12-05",
            parent=state,
            floor=12,
            unit_number="05",
        )
        s.add_all([state, unit])
    return unit


def test_uuid7_has_version_variant_time_and_order() -> None:
    """uuid7() gives RFC 9562 version-7 ids carrying the current time, strictly increasing."""
    before = int(time.time() * 1000)
    ids = [uuid7() for _ in range(5000)]
    after = int(time.time() * 1000)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert all(len(value) == 36 for value in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert before <= uuid7_time_ms(ids[0]) <= uuid7_time_ms(ids[-1]) <= after + 5


def test_uuid7_counts_up_within_a_millisecond_and_survives_a_clock_step_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the clock stopped, ids still increase (the 12-bit counter, then the next
    millisecond when it runs out), keep version 7 and the RFC variant; a clock set back does
    not make an id sort before the ones already made."""
    frozen = [time.time_ns()]
    monkeypatch.setattr(ids.time, "time_ns", lambda: frozen[0])
    monkeypatch.setattr(ids, "_last_ms", 0)  # restored after the test, with the counter
    monkeypatch.setattr(ids, "_counter", 0)
    ms = frozen[0] // 1_000_000
    made = [uuid7() for _ in range(5000)]  # more than the 4096 one counter can tell apart
    assert made == sorted(made) and len(set(made)) == len(made)
    assert uuid7_time_ms(made[0]) == ms and ms < uuid7_time_ms(made[-1]) <= ms + 2
    for value in (made[0], made[-1]):
        parsed = uuid.UUID(value)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    counters = [uuid.UUID(v).int >> 64 & 0xFFF for v in made[:50]]
    assert counters == list(range(counters[0], counters[0] + 50))
    frozen[0] -= 5_000_000_000  # NTP sets the clock back five seconds
    later = uuid7()
    assert later > made[-1]


def test_seeded_uuid7_repeats_for_the_same_seed() -> None:
    """SeededUUID7 makes the same sorted ids from the same seed, different ones from another."""
    one = SeededUUID7(random.Random(3), 1_700_000_000_000)
    two = SeededUUID7(random.Random(3), 1_700_000_000_000)
    other = SeededUUID7(random.Random(4), 1_700_000_000_000)
    first = [one() for _ in range(9000)]
    assert first == [two() for _ in range(9000)]
    assert first != [other() for _ in range(9000)]
    assert first == sorted(first) and uuid.UUID(first[-1]).version == 7


def test_timestamps_come_back_utc_aware_and_naive_ones_are_refused(db: Database) -> None:
    """A timestamp in any zone is stored as UTC and read back aware; a naive one is an error."""
    unit = _unit(db)
    plus8 = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    with db.session() as s, s.begin():
        s.add(Household(unit_id=unit.id, head_name="X", created_at=plus8))
    with db.session() as s:
        stored = s.scalars(select(Household)).one().created_at
        raw = s.execute(text("SELECT created_at FROM households")).scalar()
    assert stored == plus8 and stored.tzinfo == UTC
    assert raw == "2026-03-01T01:30:00.000000Z"
    with pytest.raises(StatementError, match="timezone-aware"), db.session() as s, s.begin():
        s.add(Household(unit_id=unit.id, head_name="Y", created_at=datetime(2026, 1, 1)))


def test_household_gets_uuid_and_local_seq_and_members_in_line_order(db: Database) -> None:
    """A household is found by its uuid; its members come back ordered by line number."""
    unit = _unit(db)
    with db.session() as s, s.begin():
        household = Household(unit_id=unit.id, head_name="Head")
        household.members = [
            Member(line_number=2, relationship_to_head="child", name="B"),
            Member(line_number=1, relationship_to_head="head", name="A"),
        ]
        s.add(household)
    with db.session() as s:
        found = s.get(Household, household.id)
        assert found is not None and found.seq >= 1 and found.visit_status == "not_visited"
        assert [m.line_number for m in found.members] == [1, 2]


def test_foreign_keys_are_enforced(db: Database) -> None:
    """A household pointing at a unit that does not exist is refused."""
    with pytest.raises(IntegrityError), db.session() as s, s.begin():
        s.add(Household(unit_id=uuid7(), head_name="Nobody"))


def test_database_errors_do_not_quote_personal_data(db: Database) -> None:
    """A failing statement's error (and so any traceback or log of it) leaves out the values it
    was given: here a head's name and national ID."""
    with pytest.raises(IntegrityError) as caught, db.session() as s, s.begin():
        s.add(Household(unit_id=uuid7(), head_name="Siti Rahsia", head_national_id="800101145678"))
    assert "FOREIGN KEY" in str(caught.value)
    assert "Siti Rahsia" not in str(caught.value) and "800101145678" not in str(caught.value)


def test_audit_log_is_append_only(db: Database) -> None:
    """Audit entries can be added, but UPDATE and DELETE on them are refused by triggers."""
    with db.session() as s, s.begin():
        s.add(AuditEntry(action="interview.complete", record_type="interview", record_id=uuid7()))
    with pytest.raises(IntegrityError, match="append-only"), db.write() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'x'"))
    with pytest.raises(IntegrityError, match="append-only"), db.write() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    with db.read() as conn:
        assert conn.execute(text("SELECT action FROM audit_log")).scalar() == "interview.complete"


def test_outbox_entry_cannot_be_deleted_before_it_is_acked(db: Database) -> None:
    """Deleting an unacknowledged outbox entry fails; it can be acked only after it was sent,
    and once acked it may be cleaned up."""
    with db.session() as s, s.begin():
        s.add(
            OutboxEntry(
                record_type="interview", record_id=uuid7(), operation="upsert", payload={"a": 1}
            )
        )
    with pytest.raises(IntegrityError, match="acknowledged"), db.write() as conn:
        conn.execute(text("DELETE FROM outbox"))
    with pytest.raises(IntegrityError), db.write() as conn:  # acked but never sent
        conn.execute(text("UPDATE outbox SET acked_at = '2026-01-01T00:00:01.000000Z'"))
    with db.write() as conn:
        conn.execute(
            text(
                "UPDATE outbox SET sent_at = '2026-01-01T00:00:00.000000Z', "
                "acked_at = '2026-01-01T00:00:01.000000Z'"
            )
        )
        conn.execute(text("DELETE FROM outbox"))


def test_return_decision_needs_a_comment(db: Database) -> None:
    """A review decision 'return' without a comment violates the schema."""
    unit = _unit(db)
    with db.session() as s, s.begin():
        household = Household(unit_id=unit.id, head_name="H")
        s.add(household)
    from app.survey.db.models import Interview

    with db.session() as s, s.begin():
        interview = Interview(household_id=household.id, form_id="household", form_version="1")
        s.add(interview)
    with pytest.raises(IntegrityError), db.session() as s, s.begin():
        s.add(
            ReviewDecision(
                interview_id=interview.id, decision="return", comment=" ", reviewer_id="officer"
            )
        )


def test_search_index_follows_inserts_updates_and_tombstones(db: Database) -> None:
    """Triggers keep the index current: new names are found, old names and deleted rows are not."""
    unit = _unit(db)
    with db.session() as s, s.begin():
        household = Household(
            unit_id=unit.id,
            head_name="Siti Aminah binti Ahmad",
            head_national_id="800101145678",
            address="Blok A 12-05",
        )
        s.add(household)
    assert [h.id for h in search_households(db, "amin")] == [household.id]
    with db.session() as s, s.begin():
        s.get(Household, household.id).head_name = "Nurul Huda"  # type: ignore[union-attr]
    assert search_households(db, "amin") == []
    assert [h.head_name for h in search_households(db, "nurul")] == ["Nurul Huda"]
    with db.session() as s, s.begin():
        s.get(Household, household.id).deleted_at = datetime.now(UTC)  # type: ignore[union-attr]
    assert search_households(db, "nurul") == []


def test_paused_triggers_are_restored_and_index_rebuilt(db: Database) -> None:
    """A bulk load with the triggers paused ends with the same triggers and a complete index."""
    unit = _unit(db)
    with db.read() as conn:
        before = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' ORDER BY name"
        ).all()
    with db.write() as conn, search_triggers_paused(conn):
        conn.execute(
            Household.__table__.insert(),
            [
                {
                    "id": uuid7(),
                    "unit_id": unit.id,
                    "head_name": f"Tan Ah {n}",
                    "address": "",
                    "created_at": datetime.now(UTC),
                    "updated_at": datetime.now(UTC),
                }
                for n in ("Kow", "Seng")
            ],
        )
    with db.read() as conn:
        after = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' ORDER BY name"
        ).all()
    assert after == before
    with db.session() as s, s.begin():  # a third household, indexed by the insert trigger
        s.add(Household(unit_id=unit.id, head_name="Siti", head_national_id="800101145678",
                        phone="0123456789", address="A-12-05, Blok A"))  # fmt: skip
    with db.read() as conn:
        by_trigger = conn.exec_driver_sql("SELECT rowid, * FROM households_fts ORDER BY 1").all()
    with db.write() as conn:
        rebuild_search_index(conn)
    with db.read() as conn:
        rebuilt = conn.exec_driver_sql("SELECT rowid, * FROM households_fts ORDER BY 1").all()
    assert rebuilt == by_trigger and len(rebuilt) == 3
    assert "A1205" in rebuilt[-1][3]
    assert sorted(h.head_name for h in search_households(db, "tan ah")) == [
        "Tan Ah Kow",
        "Tan Ah Seng",
    ]


def test_models_and_migrations_describe_the_same_schema(db: Database) -> None:
    """Alembic's autogenerate finds nothing to change between the migrated file and the models
    (apart from the FTS index, which only the migration knows): a model edit needs a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.survey.db.models import Base

    def include(_obj: object, name: str | None, kind: str, *_args: object) -> bool:
        return not (kind == "table" and (name or "").startswith("households_fts"))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include})
        assert compare_metadata(context, Base.metadata) == []
