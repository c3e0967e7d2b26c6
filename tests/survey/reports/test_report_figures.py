"""Coverage and poverty per area, checked against independent counts and `tinjau measure`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.errors import TinjauError
from app.survey.reports import AreaTree, coverage_by_area, poverty_by_area, workspace_standard
from app.survey.reports.progress import completed_by_day, progress_by_worker
from app.survey.scoring import find_standard

DONE = ("complete", "synced", "returned", "approved")


def _households(folder: Path) -> list[tuple]:
    """(block path, site path, visit status) of every household, read without the reports."""
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        return conn.exec_driver_sql(
            "SELECT b.path_code, s.path_code, h.visit_status FROM households h "
            "JOIN areas b ON b.id = h.block_id JOIN areas s ON s.id = h.site_id"
        ).all()


def _latest_answers(folder: Path) -> list[dict]:
    """Each household's latest finished interview answers, as `tinjau measure` reads them."""
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT household_id, answers, completed_at FROM interviews "
            f"WHERE status IN {DONE} AND deleted_at IS NULL ORDER BY completed_at"
        ).all()
    latest = {hid: answers for hid, answers, _ in rows}
    return [json.loads(answers) for answers in latest.values()]


def _measure_cli(tmp_path: Path, capsys, answers: list[dict], *args: str) -> dict:
    source = tmp_path / "answers.json"
    source.write_text(json.dumps(answers), encoding="utf-8")
    assert main(["measure", "--input", str(source), *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_coverage_per_block_equals_a_count_of_the_households(demo_dir: Path) -> None:
    """Listed, visited, in progress, complete, approved and returned per block are the counts
    of the households' visit statuses, and the blocks add up to the total."""
    rows = _households(demo_dir)
    expected: dict[str, Counter] = {}
    for block, _site, status in rows:
        expected.setdefault(block, Counter())[status] += 1
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        blocks, total = coverage_by_area(conn, tree, "block")
    assert len(blocks) >= 4
    assert {c.area.path_code for c in blocks if c.area} == set(expected)
    for cov in blocks:
        assert cov.area is not None
        counts = expected[cov.area.path_code]
        assert cov.listed == sum(counts.values())
        assert cov.visited == cov.listed - counts["not_visited"]
        assert cov.in_progress == counts["in_progress"]
        assert cov.completed == sum(counts[s] for s in DONE)
        assert (cov.approved, cov.returned) == (counts["approved"], counts["returned"])
    assert total.listed == len(rows) == sum(c.listed for c in blocks)
    assert total.completed == sum(c.completed for c in blocks)
    assert total.rate == pytest.approx(total.completed / total.listed)


def test_coverage_inside_one_site_lists_only_its_blocks(demo_dir: Path) -> None:
    """An area given by its code limits the report to the blocks inside it."""
    rows = _households(demo_dir)
    site = rows[0][1]
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(site.rsplit("/", 1)[-1])
        blocks, total = coverage_by_area(conn, tree, "block", within)
        wards, ward_total = coverage_by_area(conn, tree, "ward")
    assert within.path_code == site
    assert all(c.area and c.area.path_code.startswith(site + "/") for c in blocks)
    assert total.listed == sum(1 for r in rows if r[1] == site)
    assert ward_total.listed == len(rows) == sum(c.listed for c in wards)


def test_an_unknown_area_is_refused_with_a_sentence(demo_dir: Path) -> None:
    """A code no area has names what to give instead."""
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        with pytest.raises(TinjauError, match="no area with the code 'NOWHERE'"):
            tree.find("NOWHERE")


def test_poverty_under_the_workspace_standard_equals_tinjau_measure(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """A Malaysian workspace reports e-Kasih statuses: households and persons per status per
    site and in total are what `tinjau measure --by site` gives for the same interviews."""
    answers = _latest_answers(demo_dir)
    measured = _measure_cli(
        tmp_path, capsys, answers, "--standard", "my-ekasih-pgk", "--by", "site"
    )
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        standard = workspace_standard(conn)
        report = poverty_by_area(conn, tree, standard, "site")
    assert standard.id == "my-ekasih-pgk"
    assert report.unusable == 0
    total = report.total.measures
    assert sum(h for h, _ in total.headcounts.values()) == len(answers)
    assert total.statuses_json() == measured["statuses"]
    by_name = {row.area.name: row.measures for row in report.rows if row.area}
    assert set(by_name) == set(measured["areas"])
    for name, figures in measured["areas"].items():
        assert by_name[name].statuses_json() == figures["statuses"]


def test_alkire_foster_measures_equal_tinjau_measure(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """Under the Global MPI the report's H, A and M0 are exactly `tinjau measure`'s."""
    answers = _latest_answers(demo_dir)
    measured = _measure_cli(tmp_path, capsys, answers, "--standard", "global-mpi-2018")
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        report = poverty_by_area(conn, tree, find_standard("global-mpi-2018"), "ward")
    total = report.total.measures
    assert (str(total.H), str(total.A), str(total.M0)) == (
        measured["exact"]["H"],
        measured["exact"]["A"],
        measured["exact"]["M0"],
    )
    assert total.statuses_json() == measured["statuses"]


def test_stored_scores_do_not_change_the_figures(workspace: Path) -> None:
    """Figures are scored from the answers: deleting every stored score changes nothing."""
    with open_database(database_path(workspace)) as db:
        with db.read() as conn:
            tree = AreaTree.load(conn)
            before = poverty_by_area(conn, tree, workspace_standard(conn), "block")
        with db.write() as conn:
            conn.exec_driver_sql("DELETE FROM scores")
        with db.read() as conn:
            after = poverty_by_area(conn, tree, workspace_standard(conn), "block")
    assert [r.measures.headcounts for r in after.rows] == [
        r.measures.headcounts for r in before.rows
    ]


def test_answers_that_cannot_be_scored_are_counted_apart(workspace: Path) -> None:
    """A finished interview whose income is not a number is left out and counted, not fatal."""
    with open_database(database_path(workspace)) as db:
        with db.read() as conn:
            tree = AreaTree.load(conn)
            before = poverty_by_area(conn, tree, workspace_standard(conn))
        with db.write() as conn:
            iid, raw = conn.exec_driver_sql(
                f"SELECT id, answers FROM interviews WHERE status IN {DONE} LIMIT 1"
            ).one()
            answers = json.loads(raw)
            answers["income_per_capita"] = "a lot"
            conn.exec_driver_sql(
                "UPDATE interviews SET answers = ? WHERE id = ?", (json.dumps(answers), iid)
            )
        with db.read() as conn:
            after = poverty_by_area(conn, tree, workspace_standard(conn))
    assert after.unusable == 1
    scored = sum(h for h, _ in after.total.measures.headcounts.values())
    assert scored == sum(h for h, _ in before.total.measures.headcounts.values()) - 1


def test_progress_per_enumerator_and_per_day_counts_the_interviews(demo_dir: Path, capsys) -> None:
    """Each enumerator's drafts and finished interviews, and the finished interviews of each
    day, are the counts of the interviews table; `tinjau report workers|days` print them."""
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT enumerator_id, status, completed_at FROM interviews"
        ).all()
        tree = AreaTree.load(conn)
        workers = progress_by_worker(conn, tree)
        days = completed_by_day(conn, tree)
    expected: dict[str, Counter] = {}
    for enumerator, status, _ in rows:
        expected.setdefault(enumerator, Counter())[status] += 1
    assert [w.enumerator for w in workers] == sorted(expected)
    for worker in workers:
        counts = expected[worker.enumerator]
        assert worker.in_progress == counts["draft"]
        assert worker.completed == sum(counts[s] for s in DONE)
        assert (worker.approved, worker.returned) == (counts["approved"], counts["returned"])
    per_day = Counter(done[:10] for _, status, done in rows if status in DONE)
    assert [(d.isoformat(), n) for d, n in days] == sorted(per_day.items())
    assert main(["report", "workers", "--data-dir", str(demo_dir), "--json"]) == 0
    printed = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert printed == [w.to_json() for w in workers]
    assert main(["report", "days", "--data-dir", str(demo_dir)]) == 0
    assert f"{days[0][0].isoformat()}  {days[0][1]}" in capsys.readouterr().out


def test_reports_follow_the_standard_chosen_for_the_workspace(
    workspace: Path, tmp_path: Path, capsys
) -> None:
    """After `tinjau standards use global-mpi-2018`, the poverty report and the workbook's
    summary are under the Global MPI without naming it."""
    assert main(["standards", "use", "global-mpi-2018", "--data-dir", str(workspace)]) == 0
    capsys.readouterr()
    assert main(["report", "poverty", "--data-dir", str(workspace), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["standard"] for x in lines} == {"global-mpi-2018"}
    assert lines[-1]["method"] == "alkire-foster"
    target = tmp_path / "mpi.xlsx"
    assert main(["export", "xlsx", str(target), "--data-dir", str(workspace)]) == 0
    assert "global-mpi-2018 1.0" in capsys.readouterr().out


def test_a_block_asked_for_per_ward_is_reported_as_itself(demo_dir: Path) -> None:
    """Coverage and poverty per ward inside one block give that block alone, not its ward."""
    rows = _households(demo_dir)
    block = rows[0][0]
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        within = tree.find(block)
        covered, total = coverage_by_area(conn, tree, "ward", within)
        poverty = poverty_by_area(conn, tree, workspace_standard(conn), "ward", within)
    assert [c.area.path_code for c in covered if c.area] == [block]
    assert covered[0].listed == total.listed == sum(1 for r in rows if r[0] == block)
    assert [r.area.path_code for r in poverty.rows if r.area] == [block]


def test_households_not_found_or_refused_count_as_visited_without_interview(
    workspace: Path, tmp_path: Path, capsys
) -> None:
    """Households marked not found or refused are visited but not complete: a column of their
    own in the coverage (API, `tinjau report coverage`, the workbook's summary), and the
    coverage rate does not move."""
    from app.survey.records import households, lifecycle, recorder
    from app.survey.reports.xlsx import ExportOptions, export_workbook

    path = database_path(workspace)
    with open_database(path, read_only=True) as db, db.read() as conn:
        before = coverage_by_area(conn, AreaTree.load(conn), "block")[1]
    with open_database(path) as db, db.write() as conn:
        waiting = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT id FROM households WHERE visit_status = ? ORDER BY seq LIMIT 5",
                (lifecycle.NOT_VISITED,),
            )
        ]
        actor = recorder.actor(conn, "enum01")
        for n, household in enumerate(waiting):
            status = lifecycle.NOT_FOUND if n < 3 else lifecycle.REFUSED
            households.mark_visit(conn, household_id=household, status=status, actor=actor)
    with open_database(path, read_only=True) as db, db.read() as conn:
        blocks, total = coverage_by_area(conn, AreaTree.load(conn), "block")
    assert total.no_interview == before.no_interview + 5 == 5
    assert total.visited == before.visited + 5
    assert (total.completed, total.in_progress, total.listed) == (
        before.completed, before.in_progress, before.listed,
    )  # fmt: skip
    assert total.rate == before.rate
    assert sum(c.no_interview for c in blocks) == 5
    assert main(["report", "coverage", "--data-dir", str(workspace), "--json"]) == 0
    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert (last["no_interview"], last["visited"]) == (5, total.visited)
    target = tmp_path / "coverage.xlsx"
    with open_database(path, read_only=True) as db:
        export_workbook(db, target, ExportOptions(level="block"))
    import openpyxl

    summary = list(openpyxl.load_workbook(target)["Summary"].iter_rows(values_only=True))
    column = summary[4].index("Visited, no interview")
    assert summary[-1][column] == 5
