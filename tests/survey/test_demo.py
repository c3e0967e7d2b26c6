"""The demo workspace: deterministic, realistic, complete, and never mixed with real data."""

from __future__ import annotations

import json
import random
import re
import statistics
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.paths import HOUSEHOLD_FORM, ROOT
from app.survey import mykad
from app.survey.db import Database, open_database
from app.survey.db.search import search_households
from app.survey.demo import MAX_HOUSEHOLDS, _site_plan, build_demo, check_household_count
from app.survey.errors import TinjauError

TABLES = ("areas", "households", "members", "interviews", "assignments", "review_decisions")


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of the demo's tables; the database's own device id is written as <device>."""
    device = db.device_id
    with db.read() as conn:
        return {
            t: [
                tuple("<device>" if v == device else v for v in row)
                for row in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1")
            ]
            for t in TABLES
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(tmp_path_factory.mktemp("demo") / "tinjau.sqlite")
    summary = build_demo(db, 1500, seed=11)
    yield db, summary
    db.close()


def test_same_seed_gives_the_same_data_and_another_seed_does_not(tmp_path: Path) -> None:
    """Two builds with one seed are identical row for row (ids too); another seed differs."""
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with open_database(tmp_path / name / "tinjau.sqlite") as db:
            build_demo(db, 400, seed=seed, today=date(2026, 3, 2))
            dumps.append(_dump(db))
    assert dumps[0] == dumps[1]
    assert dumps[0]["households"] != dumps[2]["households"]


def test_counts_and_sizes_are_plausible(demo) -> None:
    """N households in units of PPR blocks, sizes 1-12 with a mean near 4, members per size."""
    db, summary = demo
    assert summary.households == 1500
    with db.read() as conn:
        sizes = [r[0] for r in conn.exec_driver_sql(
            "SELECT count(*) FROM members GROUP BY household_id")]  # fmt: skip
        floors = conn.exec_driver_sql(
            "SELECT max(floor) FROM areas WHERE level = 'unit' GROUP BY parent_id"
        ).all()
        levels = dict(
            conn.exec_driver_sql("SELECT level, count(*) FROM areas GROUP BY level").all()
        )
    assert len(sizes) == 1500 and min(sizes) >= 1 and max(sizes) <= 12
    assert 3.5 <= statistics.mean(sizes) <= 5.0
    assert all(15 <= f <= 20 for (f,) in floors)
    assert levels["state"] == 1 and levels["block"] >= 5 and levels["unit"] >= 1500


def test_members_have_valid_mykad_numbers_matching_birth_date_and_sex(demo) -> None:
    """Every national ID is a valid MyKad whose date and last digit agree with the member."""
    db, _ = demo
    with db.read() as conn:
        rows = conn.exec_driver_sql("SELECT national_id, birth_date, sex FROM members").all()
    with_ids = [r for r in rows if r[0]]
    assert len(with_ids) > 0.95 * len(rows)
    assert len({r[0] for r in with_ids}) == len(with_ids)
    for number, birth, sex in with_ids:
        assert mykad.problem(number) is None
        assert number[:6] == birth[2:4] + birth[5:7] + birth[8:10]
        assert mykad.sex_of(number) == sex


def test_names_follow_malay_chinese_and_indian_patterns(demo) -> None:
    """bin / a/l names are men's, binti / a/p names women's, and all three groups occur."""
    db, _ = demo
    with db.read() as conn:
        people = conn.exec_driver_sql("SELECT name, sex FROM members").all()
    for name, sex in people:
        if " bin " in name or " a/l " in name:
            assert sex == "male"
        if " binti " in name or " a/p " in name:
            assert sex == "female"
    malay = sum(" bin " in n or " binti " in n for n, _ in people)
    indian = sum(" a/l " in n or " a/p " in n for n, _ in people)
    other = len(people) - malay - indian
    assert malay > indian > 0 and other > 0.05 * len(people)


def _form_field_names() -> set[str]:
    text = (ROOT / "docs" / "household-form.md").read_text(encoding="utf-8")
    fields = set(re.findall(r"^\| `(\w+)` \|", text, flags=re.MULTILINE))
    return fields | set(re.findall(r"\(repeat `(\w+)`", text))


def test_interviews_use_the_household_form_field_names(demo) -> None:
    """Answer trees use only names from docs/household-form.md; members is a list of dicts."""
    db, _ = demo
    known = _form_field_names()
    with db.read() as conn:
        answers = [json.loads(a) for (a,) in conn.exec_driver_sql("SELECT answers FROM interviews")]
    assert answers
    for tree in answers:
        assert set(tree) <= known
        assert isinstance(tree["members"], list) and tree["members"]
        for record in [*tree["members"], *tree.get("assistance", [])]:
            assert set(record) <= known


def test_share_of_interviews_and_poverty_is_realistic(demo) -> None:
    """About 30% complete and 5% in progress; some complete households are poor, most not."""
    db, _ = demo
    with db.read() as conn:
        status = dict(conn.exec_driver_sql(
            "SELECT visit_status, count(*) FROM households GROUP BY 1").all())  # fmt: skip
        poverty = dict(conn.exec_driver_sql(
            "SELECT poverty_status, count(*) FROM households "
            "WHERE poverty_status IS NOT NULL GROUP BY 1").all())  # fmt: skip
        drafts = conn.exec_driver_sql(
            "SELECT count(*) FROM interviews WHERE status = 'draft' AND position IS NOT NULL"
        ).scalar()
    done = sum(status.get(s, 0) for s in ("complete", "approved", "returned"))
    assert 0.15 * 1500 <= done <= 0.45 * 1500
    assert 0.02 * 1500 <= status["in_progress"] == drafts <= 0.1 * 1500
    scored = sum(poverty.values())
    assert scored == done
    poor = poverty.get("miskin", 0) + poverty.get("miskin_tegar", 0)
    assert 0.1 * scored <= poor <= 0.5 * scored and poverty["tidak_miskin"] > poor


def test_the_demo_has_never_synced_so_everything_waits_in_the_outbox(demo) -> None:
    """Nothing pretends the server already holds it: no interview is synced or has a server
    revision, nothing is recorded as received, and every area, household, member,
    assignment, completed interview, review decision and survey round has one outbox entry
    based on revision 0 (drafts stay on the device)."""
    db, _ = demo
    with db.read() as conn:
        statuses = {row[0] for row in conn.exec_driver_sql("SELECT status FROM interviews")}
        revisions = conn.exec_driver_sql(
            "SELECT count(*) FROM interviews WHERE server_revision IS NOT NULL"
        ).scalar()
        received = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_log WHERE action LIKE '%.receive'"
        ).scalar()
        expected = {
            kind: conn.exec_driver_sql(f"SELECT count(*) FROM {table}{where}").scalar()
            for kind, table, where in (
                ("area", "areas", ""),
                ("household", "households", ""),
                ("member", "members", ""),
                ("assignment", "assignments", ""),
                ("interview", "interviews", " WHERE status != 'draft'"),
                ("review_decision", "review_decisions", ""),
                ("survey_round", "survey_rounds", ""),
            )
        }
        outbox = dict(conn.exec_driver_sql(
            "SELECT record_type, count(DISTINCT record_id) FROM outbox "
            "WHERE acked_at IS NULL AND json_extract(payload, '$.base_revision') = 0 "
            "GROUP BY 1").all())  # fmt: skip
        entries = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
    assert "synced" not in statuses and {"complete", "approved", "draft"} <= statuses
    assert revisions == 0 and received == 0
    assert outbox == expected and entries == sum(expected.values())


def test_complete_interviews_are_scored_by_the_ekasih_standard(demo) -> None:
    """Each finished interview has a score row by my-ekasih-pgk whose status is the one the
    household list shows, with an explanation and the per-capita income."""
    db, _ = demo
    with db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.standard_id, s.status, h.poverty_status, s.explanation, "
            "s.income_per_capita, i.answers FROM scores s "
            "JOIN interviews i ON i.id = s.interview_id "
            "JOIN households h ON h.id = i.household_id"
        ).all()
        finished = conn.exec_driver_sql(
            "SELECT count(*) FROM interviews WHERE status != 'draft'").scalar()  # fmt: skip
    assert len(rows) == finished > 0
    for standard, status, listed, explanation, per_capita, answers in rows:
        assert standard == "my-ekasih-pgk" and status == listed and explanation
        assert float(per_capita) == pytest.approx(
            json.loads(answers)["income_per_capita"], abs=0.01
        )


def test_households_point_at_their_unit_block_site_and_ward(demo) -> None:
    """The copied block/site/ward ids of each household are its unit's real ancestors."""
    db, _ = demo
    with db.read() as conn:
        wrong = conn.exec_driver_sql(
            "SELECT count(*) FROM households h JOIN areas u ON u.id = h.unit_id "
            "JOIN areas b ON b.id = u.parent_id JOIN areas s ON s.id = b.parent_id "
            "WHERE h.block_id != b.id OR h.site_id != s.id OR h.ward_id != s.parent_id "
            "OR b.level != 'block' OR s.level != 'site'"
        ).scalar()
    assert wrong == 0


def test_search_index_is_complete_after_the_bulk_build(demo) -> None:
    """The index built once at the end covers every household; a head is found by name."""
    db, _ = demo
    with db.read() as conn:
        indexed = conn.exec_driver_sql("SELECT count(*) FROM households_fts").scalar()
        name, hid = conn.exec_driver_sql("SELECT head_name, id FROM households LIMIT 1").one()
    assert indexed == 1500
    assert hid in [h.id for h in search_households(db, name, limit=50)]


def test_demo_refuses_a_database_that_has_households(demo) -> None:
    """Building into a folder that already has households is refused and changes nothing."""
    db, _ = demo
    before = _dump(db)
    with pytest.raises(TinjauError, match="already has households"):
        build_demo(db, 10, seed=1)
    assert _dump(db) == before


def _shipped_form_lists() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(question name -> type, choice list -> names) read from the shipped workbook."""
    book = openpyxl.load_workbook(HOUSEHOLD_FORM, read_only=True)
    try:
        survey = list(book["survey"].iter_rows(values_only=True))
        choices = list(book["choices"].iter_rows(values_only=True))
    finally:
        book.close()
    s_head = [str(h or "").strip() for h in survey[0]]
    c_head = [str(h or "").strip() for h in choices[0]]
    t, n = s_head.index("type"), s_head.index("name")
    ln, cn = c_head.index("list_name"), c_head.index("name")
    types = {str(r[n]): str(r[t]) for r in survey[1:] if r[n]}
    lists: dict[str, set[str]] = {}
    for r in choices[1:]:
        if r[ln]:
            lists.setdefault(str(r[ln]), set()).add(str(r[cn]))
    return types, lists


@pytest.mark.skipif(not HOUSEHOLD_FORM.exists(), reason="the household form is not shipped yet")
def test_interviews_use_the_installed_shipped_form_and_its_choices(demo) -> None:
    """Demo interviews name the shipped form's id and version, which is installed byte for byte,
    and every select answer is a choice the form offers."""
    db, _ = demo
    types, lists = _shipped_form_lists()
    with db.read() as conn:
        installed = conn.exec_driver_sql(
            "SELECT form_id, version, workbook FROM form_versions").all()  # fmt: skip
        used = conn.exec_driver_sql("SELECT DISTINCT form_id, form_version FROM interviews").all()
        trees = [json.loads(a) for (a,) in conn.exec_driver_sql("SELECT answers FROM interviews")]
    assert len(installed) == 1 and installed[0][2] == HOUSEHOLD_FORM.read_bytes()
    assert used == [installed[0][:2]]

    def check(answers: dict) -> None:
        for name, value in answers.items():
            if name in ("members", "assistance"):
                for record in value:
                    check(record)
                continue
            kind = types[name].split()
            if kind[0] in ("select_one", "select_multiple") and value is not None:
                values = value if isinstance(value, list) else [value]
                assert set(values) <= lists[kind[1]], name

    for tree in trees:
        check(tree)


def test_cli_builds_once_then_refuses_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tinjau demo` prints one summary line; a second run into the same folder, or a count out
    of range, exits 1 with a sentence saying what to do (no traceback)."""
    from app.cli import main

    data = tmp_path / "ws"
    assert main(["demo", "--households", "25", "--data-dir", str(data), "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert (
        out.startswith(f"Demo workspace ready in {data}: 25 households, ") and out.count("\n") == 1
    )
    assert main(["demo", "--households", "25", "--data-dir", str(data)]) == 1
    assert (
        "already has households; build the demo in a new, empty folder" in capsys.readouterr().err
    )
    assert main(["demo", "--households", "0", "--data-dir", str(tmp_path / "other")]) == 1
    err = capsys.readouterr().err
    assert "between 1 and 1,000,000 households" in err and "Traceback" not in err


@pytest.mark.parametrize("households", [200_000, MAX_HOUSEHOLDS])
def test_the_site_plan_has_room_for_every_count_the_demo_accepts(households: int) -> None:
    """The places the demo lays out hold up to 1,000,000 households (a whole state); before,
    200,000 was refused with 'use --households 200000 or fewer', contradicting itself."""
    assert MAX_HOUSEHOLDS == 1_000_000
    check_household_count(households)  # accepted: no TinjauError
    rng = random.Random(7)
    blocks = sum(plan[4] for plan in _site_plan(rng, households))
    assert blocks * 300 >= households
    sites = [plan[3] for plan in _site_plan(random.Random(7), households)]
    assert sites == list(range(len(sites)))  # every site has its own number, so its own code


@pytest.mark.parametrize("households", ["-1", "0", "1000001", "99999999999999999999"])
def test_cli_count_out_of_range_is_refused_before_the_folder_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], households: str
) -> None:
    """A count outside 1..1,000,000 is a sentence naming the range, and no data folder is made."""
    from app.cli import main

    folder = tmp_path / "new"
    assert main(["demo", "--households", households, "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "between 1 and 1,000,000 households" in err and "Traceback" not in err
    assert not folder.exists()


def test_cli_today_pins_the_dates_so_two_builds_match(tmp_path: Path) -> None:
    """`tinjau demo --today` builds as of that day: two folders built with the same seed and day
    hold the same households and interview dates; a malformed day is refused by argparse."""
    from app.cli import main

    dumps = []
    for name in ("a", "b"):
        folder = tmp_path / name
        args = ["demo", "--households", "30", "--data-dir", str(folder), "--today", "2025-06-30"]
        assert main(args) == 0
        with open_database(folder / "tinjau.sqlite") as db:
            dumps.append(_dump(db))
            with db.read() as conn:
                latest = conn.exec_driver_sql("SELECT max(updated_at) FROM interviews").scalar()
        assert str(latest) < "2025-07-01"
    assert dumps[0] == dumps[1]
    with pytest.raises(SystemExit):
        main(["demo", "--data-dir", str(tmp_path / "c"), "--today", "30/06/2025"])


def test_cli_installs_the_compiled_form_so_no_interview_waits_for_pyxform(tmp_path: Path) -> None:
    """After `tinjau demo` the workspace's form cache holds the compiled household form, so the
    app's first interview opens from the cache instead of running pyxform."""
    from app.cli import main
    from app.paths import workspace_forms_dir
    from app.survey.forms import load_form

    data = tmp_path / "ws"
    assert main(["demo", "--households", "5", "--data-dir", str(data)]) == 0
    cache = workspace_forms_dir(data) / "cache"
    written = {path: path.stat().st_mtime_ns for path in cache.iterdir()}
    assert written, "no compiled form in the workspace's cache"
    load_form(HOUSEHOLD_FORM, cache_dir=cache)
    # A miss would run pyxform and write the cache file again; a hit leaves it untouched.
    assert {path: path.stat().st_mtime_ns for path in cache.iterdir()} == written


def test_a_workspace_built_without_records_has_the_same_rows_and_nothing_to_send(
    tmp_path: Path,
) -> None:
    """record=False (the benchmarks' stand-in for a supervisor's workspace that sync filled)
    writes the same households, members and interviews as the demo, with no outbox entry and
    no audit entry for them."""

    def build(folder: str, record: bool) -> tuple[dict[str, list], int, int]:
        with open_database(tmp_path / folder / "tinjau.sqlite") as db:
            build_demo(db, 120, seed=3, today=date(2026, 3, 2), record=record)
            rows = _dump(db)
            with db.read() as conn:
                outbox = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one()
                audit = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
        return rows, outbox, audit

    recorded, recorded_outbox, recorded_audit = build("recorded", True)
    bare, bare_outbox, bare_audit = build("bare", False)
    assert bare == recorded and len(bare["households"]) == 120
    assert recorded_outbox > 120 and bare_outbox == 0
    assert recorded_audit > 120 and bare_audit == 1  # only the demo.build entry
