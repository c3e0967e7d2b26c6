"""The demo workspace: a synthetic but realistic public-housing site of one country.

Malaysian PPR flats in Kuala Lumpur and Selangor by default; with `country="vn"` apartment
estates in Ho Chi Minh City, with `country="ir"` estates in Tehran province (what differs by
country is data in app.survey.demo_countries). `build_demo(db, households=N, seed=S)` fills an
empty database with areas (state > district > ward > site > block > unit), households and
their members, block assignments, the shipped household questionnaire (installed in
`form_versions`), and interviews with it (about 30% complete, 5% in progress) so the app has
something to show. Same seed and day, same data. Everything is written in one transaction with
the search index built once at the end, so a killed build leaves the database as it was. Every
record is recorded as the records layer records it (audit and outbox entries, a batch at a
time). The demo plays a device that has never synced: every area, household, member,
assignment, completed interview and review decision waits in the outbox with base revision 0,
so signing in to a fresh server (as an admin, or a user of every area) and syncing sends it all.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.paths import HOUSEHOLD_FORM, workspace_forms_dir
from app.survey.countries import COUNTRIES, Country, set_workspace_country
from app.survey.db.bulk import larger_page_cache
from app.survey.db.engine import Database
from app.survey.db.search import search_triggers_paused
from app.survey.db.types import format_utc
from app.survey.demo_countries import MALAYSIA, DemoCountry, Places, demo_country
from app.survey.demo_people import People, draft_answers
from app.survey.errors import TinjauError
from app.survey.ids import SeededUUID7
from app.survey.records import recorder, rounds
from app.survey.records.lifecycle import (
    APPROVED,
    COMPLETE,
    DRAFT,
    IN_PROGRESS,
    NOT_VISITED,
    RETURNED,
)
from app.survey.records.reviews import APPROVE, RETURN

# Used when the shipped questionnaire (resources/forms/household.xlsx) cannot be read.
# The demo is built as of a day (the build's UTC date unless given): ages, interview dates and
# aid dates are relative to it, because the form checks dates against today() (no interview
# in the future, aid within the last 12 months, date of birth within a year of the age).
# Same seed and same day, same data.

# Demo interviews are scored under the country's default standard (app.survey.countries), as
# the app would score them: e-Kasih for Malaysia.
# Per-capita PGK 2019, RM/month, urban (docs/standards.md): (poor, hardcore poor); only
# used when the standard file cannot be loaded.
PGK_URBAN = {"kuala_lumpur": (685, 339), "selangor": (534, 305)}

# fmt: off
ENUMERATORS = tuple(f"enumerator{n:02d}" for n in range(1, 21))
# fmt: on

log = logging.getLogger(__name__)
BLOCK_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# A whole state's PPR households, for a supervisor's demo (about 6 minutes to build).
MAX_HOUSEHOLDS = 1_000_000
# One encoder for half a million rows: json.dumps with arguments builds a new one per call.
_compact_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


@dataclass
class DemoSummary:
    households: int
    members: int
    interviews: int
    areas: int
    seconds: float


Batch = dict[str, list[tuple[Any, ...]]]


class _Writer:
    """Buffers rows per table and hands them on in batches (one per block of flats)."""

    COLUMNS = {
        "areas": "id parent_id level code path_code name floor unit_number created_at "
        "updated_at revision",
        "households": "id unit_id block_id site_id ward_id address head_name head_national_id "
        "phone household_size source census_key visit_status poverty_status created_at "
        "updated_at revision",
        "members": "id household_id line_number relationship_to_head name national_id sex "
        "birth_date extra created_at updated_at revision",
        "interviews": "id household_id form_id form_version answers position status started_at "
        "updated_at completed_at enumerator_id device_id server_revision base_revision",
        "assignments": "id enumerator_id area_id assigned_by assigned_at created_at updated_at "
        "revision",
        "review_decisions": "id interview_id decision comment reviewer_id decided_at revision",
        "scores": "interview_id standard_id standard_version status label score deprived "
        "explanation income_per_capita computed_at",
    }
    SQL = {
        table: f"INSERT INTO {table} ({', '.join(columns.split())}) "
        f"VALUES ({', '.join('?' * len(columns.split()))})"
        for table, columns in COLUMNS.items()
    }
    ORDER = (
        "areas", "households", "members", "interviews", "assignments", "review_decisions", "scores"
    )  # fmt: skip

    def __init__(self, sink: Callable[[Batch], None]) -> None:
        self.sink = sink
        self.rows: Batch = {name: [] for name in self.ORDER}
        self.counts = dict.fromkeys(self.ORDER, 0)

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        batch = {table: rows for table, rows in self.rows.items() if rows}
        self.rows = {name: [] for name in self.ORDER}
        for table, rows in batch.items():
            self.counts[table] += len(rows)
        if batch:
            self.sink(batch)

    @classmethod
    def insert(cls, conn: Connection, batch: Batch) -> None:
        for table in cls.ORDER:  # parents before children, for the foreign keys
            if batch.get(table):
                conn.exec_driver_sql(cls.SQL[table], batch[table])


# How the demo's rows are recorded: the action per table (interviews: by status).
_ACTIONS = {
    "areas": "area.add",
    "households": "household.add",
    "members": "member.add",
    "assignments": "assignment.add",
    "review_decisions": "review.decide",
}
_STATUS_AT = _Writer.COLUMNS["interviews"].split().index("status")


def _record(conn: Connection, batch: Batch, actor: recorder.Actor) -> None:
    """Record a batch's rows as the records layer records each one: made on this device and
    never synced, so each waits in the outbox (drafts are audited only, as in the app)."""
    for table, rows in batch.items():
        if table == "scores":
            continue  # derived: not recorded
        if table == "interviews":
            groups = {
                "interview.begin": [row[0] for row in rows if row[_STATUS_AT] == DRAFT],
                "interview.complete": [row[0] for row in rows if row[_STATUS_AT] != DRAFT],
            }
        else:
            groups = {_ACTIONS[table]: [row[0] for row in rows]}
        for action, ids in groups.items():
            recorder.record_many(conn, action=action, record_ids=ids, actor=actor)


def _blocks_needed(households: int) -> int:
    return max(1, -(-households // 300))


def _site_plan(
    rng: random.Random, households: int, places: Places | None = None
) -> Iterator[tuple[int, int, int, int, int]]:
    """(state, district, ward, site, blocks in site) indexes until enough blocks exist.

    One round gives every ward of `places` (Malaysia's by default) two to four sites (about
    160,000 homes in Malaysia); a bigger demo goes round the wards again, so any count up to
    MAX_HOUSEHOLDS has a place."""
    places = places or MALAYSIA.places
    blocks_left = _blocks_needed(households) + 1
    site_number = 0
    while True:
        for state_index, (_code, _name, districts) in enumerate(places):
            for district_index, (_dcode, _dname, wards) in enumerate(districts):
                for ward_index in range(len(wards)):
                    for _ in range(rng.randint(2, 4)):
                        blocks = rng.randint(3, 8)
                        yield state_index, district_index, ward_index, site_number, blocks
                        site_number += 1
                        blocks_left -= blocks
                        if blocks_left <= 0:
                            return


class _Builder:
    def __init__(
        self,
        sink: Callable[[Batch], None],
        rng: random.Random,
        device_id: str,
        today: date,
        form: tuple[str, str],
        country: str = "my",
    ) -> None:
        self.form = form
        self.country: Country = COUNTRIES[country]
        self.site: DemoCountry = demo_country(country)
        self.standard = _standard(self.country.default_standard)
        self.rng = rng
        self.start = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.new_id = SeededUUID7(rng, int(self.start.timestamp() * 1000))
        self.people = People(rng, today, self.site)
        self.out = _Writer(sink)
        self.device_id = device_id
        self.created = format_utc(self.start - timedelta(days=30))
        self.area_ids: dict[str, str] = {}
        self.made = 0  # households so far

    def area(
        self,
        path: str,
        parent: str | None,
        level: str,
        code: str,
        name: str,
        floor: int | None = None,
        number: str | None = None,
    ) -> str:
        known = self.area_ids.get(path)
        if known:
            return known
        area_id = self.new_id()
        self.area_ids[path] = area_id
        parent_id = self.area_ids[parent] if parent else None
        created = self.created
        self.out.add(
            "areas",
            (area_id, parent_id, level, code, path, name, floor, number, created, created, 0),
        )
        return area_id

    def build(self, households: int, progress: Callable[[int], None]) -> None:
        made = 0
        own = self.site
        places, names = own.places, own.site_names
        for state_i, district_i, ward_i, site_n, blocks in _site_plan(self.rng, households, places):
            state_code, state_name, districts = places[state_i]
            d_code, d_name, wards = districts[district_i]
            state_path = state_code
            self.area(state_path, None, "state", state_code, state_name)
            district_path = f"{state_path}/{d_code}"
            self.area(district_path, state_path, "district", d_code, d_name)
            ward_code = f"{d_code}{ward_i + 1:02d}"
            ward_path = f"{district_path}/{ward_code}"
            ward_id = self.area(ward_path, district_path, "ward", ward_code, wards[ward_i])
            base = names[site_n % len(names)]
            site_name = f"{own.site_prefix}{base}" + (
                f" {site_n // len(names) + 1}" if site_n >= len(names) else ""
            )
            site_code = f"{own.site_code}{site_n + 1:03d}"
            site_path = f"{ward_path}/{site_code}"
            site_id = self.area(site_path, ward_path, "site", site_code, site_name)
            # Where the site lies, for the interviews' optional GPS reading.
            south, west, span = own.spot
            spot = (south + self.rng.random() * span, west + self.rng.random() * span)
            place = {"country": own.code, "state": state_code, "district": d_name,
                     "ward": wards[ward_i], "site": site_name}  # fmt: skip
            for b in range(blocks):
                if made >= households:
                    return
                made = self.block(households, made, place, spot, site_path, site_id, ward_id, b)
                self.out.flush()
                progress(made)

    def block(
        self,
        total: int,
        made: int,
        place: dict[str, str],
        spot: tuple[float, float],
        site_path: str,
        site_id: str,
        ward_id: str,
        index: int,
    ) -> int:
        rng = self.rng
        letter = BLOCK_LETTERS[index]
        block_path = f"{site_path}/{letter}"
        block_name = self.country.block_name(letter)
        block_id = self.area(block_path, site_path, "block", letter, block_name)
        enumerator = rng.choice(ENUMERATORS)
        stamp = format_utc(self.start - timedelta(days=20))
        self.out.add(
            "assignments",
            (self.new_id(), enumerator, block_id, "supervisor", stamp, stamp, stamp, 0),
        )
        floors, per_floor = rng.randint(15, 20), rng.choice((16, 18, 20, 20, 22))
        complete_rate = rng.uniform(0.0, 0.6)
        for floor in range(1, floors + 1):
            for n in range(1, per_floor + 1):
                number = f"{n:02d}"
                code = f"{letter}-{floor:02d}-{number}"
                unit_path = f"{block_path}/{code}"
                unit_id = self.area(unit_path, block_path, "unit", code, code, floor, number)
                if made >= total or rng.random() < 0.03:  # some flats stand empty
                    continue
                address = f"{code}, {block_name}, {place['site']}"
                location = {**place, "block": letter, "floor_level": str(floor),
                            "unit_number": number, "stratum": "urban"}  # fmt: skip
                self.household(
                    (unit_id, block_id, site_id, ward_id),
                    address,
                    unit_path,
                    location,
                    spot,
                    enumerator,
                    complete_rate,
                )
                made += 1
        return made

    def household(
        self,
        areas: tuple[str, str, str, str],
        address: str,
        unit_path: str,
        location: dict[str, Any],
        spot: tuple[float, float],
        enumerator: str,
        complete_rate: float,
    ) -> None:
        unit_id, block_id, site_id, ward_id = areas
        rng = self.rng
        people = self.people.household()
        head = people[0]
        household_id = self.new_id()
        census_size = (
            len(people) if rng.random() < 0.9 else max(1, len(people) + rng.choice((-1, 1)))
        )
        prefix = rng.choice(self.site.phone_prefixes)
        digits = self.site.phone_digits(prefix)
        phone = f"{prefix}{rng.randrange(10**digits):0{digits}d}"
        source = "census" if rng.random() < 0.96 else "new"
        key = (
            f"{unit_path}|id:{head.national_id}"
            if source == "census" and head.national_id
            else None
        )
        roll = rng.random()
        if roll < complete_rate:
            # Nothing has reached a server yet, so no interview is "synced"; a ward officer
            # has reviewed some on this device (their decisions wait in the outbox too).
            visit = rng.choices((COMPLETE, APPROVED, RETURNED), (85, 10, 5))[0]
        elif roll < complete_rate + 0.05:
            visit = IN_PROGRESS
        else:
            visit = NOT_VISITED
        # Even a demo of a dozen households shows a draft and a finished interview.
        visit = (IN_PROGRESS, COMPLETE)[self.made] if self.made < 2 else visit
        self.made += 1
        created = self.created
        answers = None
        poverty = None
        score: tuple[Any, ...] | None = None
        updated, size = created, census_size
        if visit != NOT_VISITED:
            # Between 09:00 and 19:00 local time (about), on one of the last 14 days before today.
            started = (
                self.start
                - timedelta(days=1 + int(rng.random() * 14))
                + timedelta(minutes=60 + int(rng.random() * 600))
            )
            if rng.random() < 0.7:
                location["phone"] = phone
            if rng.random() < 0.6:  # a reading typed in at the door, near the site
                lat = round(spot[0] + rng.random() * 0.002, 6)
                lon = round(spot[1] + rng.random() * 0.002, 6)
                location["gps"] = f"{lat!r} {lon!r} 0 0"
            answers = self.people.household_answers(people, location, started.date())
            if visit != IN_PROGRESS:
                score = self.score(answers, location["state"])
                poverty = score[0]
                size = len(people)  # completing an interview sets the size, as the app does
            # The list's "last change" of a visited household is its interview's.
            last_change = started + timedelta(minutes=15 + int(rng.random() * 35))
            updated = format_utc(last_change)
        revision = 0  # the server has none of the demo's records yet
        self.out.add(
            "households",
            (
                household_id,
                unit_id,
                block_id,
                site_id,
                ward_id,
                address,
                head.name,
                head.national_id,
                phone if rng.random() < 0.85 else None,
                size,
                source,
                key,
                visit,
                poverty,
                created,
                updated,
                revision,
            ),
        )
        for line, person in enumerate(people, start=1):
            extra = {
                k: v
                for k, v in person.answers.items()
                if k not in ("name", "relationship", "sex", "national_id")
            }
            self.out.add(
                "members",
                (
                    self.new_id(),
                    household_id,
                    line,
                    person.relationship,
                    person.name,
                    person.national_id,
                    person.sex,
                    person.birth_date.isoformat(),
                    _compact_json(extra),
                    created,
                    created,
                    revision,
                ),
            )
        if answers is not None:
            self.interview(household_id, visit, answers, enumerator, score, started, last_change)

    def score(self, answers: dict[str, Any], state: str) -> tuple[Any, ...]:
        """(status, label, score, deprived JSON, explanation, income per capita) by the e-Kasih
        standard, as the app scores an interview; a plain PGK comparison if it is unavailable."""
        if self.standard is not None:
            from app.survey.scoring import score_household
            from app.survey.scoring.store import decimal_text

            result = score_household(self.standard, answers)
            income = decimal_text(result.income)
            deprived = _compact_json(result.deprived)
            return (result.status, result.label, str(result.score), deprived,
                    result.explanation, income)  # fmt: skip
        if state not in PGK_URBAN:
            return ("insufficient_data",)
        poor, hardcore = PGK_URBAN[state]
        per_capita = answers["income_per_capita"]
        status = (
            "miskin_tegar" if per_capita < hardcore else "miskin" if per_capita < poor
            else "tidak_miskin"
        )  # fmt: skip
        return (status,)

    def interview(
        self,
        household_id: str,
        visit: str,
        answers: dict[str, Any],
        enumerator: str,
        score: tuple[Any, ...] | None,
        started: datetime,
        updated: datetime,
    ) -> None:
        rng = self.rng
        position = None
        completed = None
        if visit == IN_PROGRESS:
            # A draft stopped part-way: what the census list filled in, then the worker's
            # answers up to a required question, where it resumes.
            answers, position = draft_answers(answers, rng)
            status = DRAFT
        else:
            completed = updated
            status = visit  # the interview's status has the visit's name
        interview_id = self.new_id()
        if score is not None and self.standard is not None:
            status_code, *rest = score
            self.out.add(
                "scores",
                (interview_id, self.standard.id, self.standard.version, status_code, *rest,
                 format_utc(updated)),
            )  # fmt: skip
        self.out.add(
            "interviews",
            (
                interview_id,
                household_id,
                *self.form,
                _compact_json(answers),
                json.dumps(position) if position else None,
                status,
                format_utc(started),
                format_utc(updated),
                format_utc(completed) if completed else None,
                enumerator,
                self.device_id,
                None,  # no server revision: never synced
                None,
            ),
        )
        if status in (APPROVED, RETURNED):
            comment = None if status == APPROVED else rng.choice(self.site.return_comments)
            decision = APPROVE if status == APPROVED else RETURN
            self.out.add(
                "review_decisions",
                (
                    self.new_id(),
                    interview_id,
                    decision,
                    comment,
                    "wardofficer01",
                    format_utc(updated + timedelta(days=1)),
                    0,
                ),
            )


def _generate_and_insert(
    conn: Connection,
    households: int,
    seed: int,
    device_id: str,
    progress: Callable[[int, int], None] | None,
    today: date,
    forms_cache: Path,
    country: str = "my",
    record: bool = True,
) -> dict[str, int]:
    # A generator thread does not help here: sqlite3 re-takes the GIL after every row it
    # steps, so the two threads mostly wait on each other (measured slower).
    form = _install_shipped_form(conn, today, forms_cache)
    actor = recorder.Actor(user="demo", device_id=device_id)

    def write(batch: Batch) -> None:
        _Writer.insert(conn, batch)
        if record:
            _record(conn, batch, actor)

    builder = _Builder(write, random.Random(seed), device_id, today, form, country)
    builder.build(households, lambda made: progress(made, households) if progress else None)
    builder.out.flush()
    return builder.out.counts


def _standard(standard_id: str) -> Any:
    """The country's default standard, or None (with a warning) when it cannot be loaded."""
    try:
        from app.survey.scoring import find_standard

        return find_standard(standard_id)
    except Exception as error:  # the demo still builds; households just get no score rows
        log.warning("The demo is not scored: standard %s unavailable (%s)", standard_id, error)
        return None


def _install_shipped_form(conn: Connection, today: date, forms_cache: Path) -> tuple[str, str]:
    """Install resources/forms/household.xlsx (compiled into the workspace's form cache) so
    demo interviews open in the app at once; its (form_id, version)."""
    from app.survey.forms.install import install_form

    stamp = format_utc(datetime(today.year, today.month, today.day, tzinfo=UTC))
    definition = install_form(
        conn, HOUSEHOLD_FORM, cache_dir=forms_cache, installed_at=stamp
    ).definition
    return definition.form_id, definition.version


def check_household_count(households: int) -> None:
    """Raise TinjauError unless the demo can build `households` households."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise TinjauError(
            f"The demo makes between 1 and {MAX_HOUSEHOLDS:,} households; choose a number in "
            "that range; nothing was changed."
        )


def check_country(code: str) -> None:
    """Raise TinjauError unless the demo can build a site of the country `code`."""
    from app.survey.demo_countries import DEMO_COUNTRIES

    if code not in DEMO_COUNTRIES:
        raise TinjauError(
            f"The demo builds a site in {', '.join(DEMO_COUNTRIES)} "
            f"({', '.join(COUNTRIES[c].name for c in DEMO_COUNTRIES)}); choose one of them; "
            "nothing was changed."
        )


def build_demo(
    db: Database,
    households: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
    country: str = "my",
    record: bool = True,
) -> DemoSummary:
    """Fill an empty database with `households` synthetic households; see the module docstring.

    `progress(done, total)` is called after each block. `today` is the day the demo is built
    as of (the UTC date now by default). `country` (my, vn, ir) chooses whose site it is
    (app.survey.demo_countries) and is recorded as the workspace's country. Raises
    TinjauError when the database already holds households (the demo never mixes with real
    data).

    `record=False` writes the rows without their audit and outbox entries: a supervisor's
    workspace, which sync fills from the server, has none to send. Only the benchmarks build
    one this way (a whole state, bench/bench_scale.py); `tinjau demo` always records.
    """
    today = today or datetime.now(UTC).date()
    check_household_count(households)
    check_country(country)
    began = time.perf_counter()
    device_id = db.device_id
    with db.write() as conn:
        existing = conn.exec_driver_sql("SELECT count(*) FROM households").scalar()
        if existing:
            raise TinjauError(
                "This data folder already has households; build the demo in a new, empty folder."
            )
        with larger_page_cache(conn, 256), search_triggers_paused(conn):
            forms_cache = workspace_forms_dir(db.path.parent) / "cache"
            counts = _generate_and_insert(
                conn, households, seed, device_id, progress, today, forms_cache, country, record
            )
        set_workspace_country(conn, country)
        # Its interviews are the workspace's first survey round.
        rounds.first_rounds(
            conn,
            actor=recorder.Actor(user="demo", device_id=device_id),
            new_id=SeededUUID7(
                random.Random(f"{seed}/rounds"),
                int(datetime(today.year, today.month, today.day, tzinfo=UTC).timestamp() * 1000),
            ),
            record=record,
        )
        conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES ('demo_seed', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(seed),),
        )
        # Each record was recorded as it was written; one more entry says the build happened.
        recorder.audit(
            conn,
            action="demo.build",
            actor=recorder.Actor(user="demo", device_id=device_id),
            detail={"households": households, "seed": seed, "country": country},
        )
    return DemoSummary(
        households=counts["households"],
        members=counts["members"],
        interviews=counts["interviews"],
        areas=counts["areas"],
        seconds=time.perf_counter() - began,
    )
