"""`tinjau demo --country vn|ir`: a site that looks like that country's, as its census checks and
its default standard see it; Malaysia's demo is unchanged."""

from __future__ import annotations

import json
import random
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.paths import HOUSEHOLD_FORM
from app.survey.countries import country, workspace_country
from app.survey.db import open_database
from app.survey.demo import build_demo
from app.survey.demo_countries import NAMES
from app.survey.errors import TinjauError
from app.survey.forms import FormSession, load_form
from app.survey.identity import rules_for

TODAY = date(2026, 5, 14)
# What each country's site is called at each level, as its administration names it.
EXPECTED = {
    "vn": {
        "state": {"Thành phố Hồ Chí Minh"},
        "district_prefix": "Quận ",
        "ward_prefix": "Phường ",
        "state_code": "ho_chi_minh",
        "currency": "VND",
    },
    "ir": {
        "state": {"استان تهران"},
        "district_prefix": "شهرستان ",
        "ward_prefix": "",
        "state_code": "tehran",
        "currency": "IRR",
    },
}


@pytest.fixture(scope="module", params=["vn", "ir"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    code = request.param
    db = open_database(tmp_path_factory.mktemp(f"demo-{code}") / "tinjau.sqlite")
    build_demo(db, 1500, seed=4, today=TODAY, country=code)
    yield code, db
    db.close()


def _rows(db: Any, sql: str) -> list[tuple[Any, ...]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def test_ids_and_phones_pass_the_countrys_census_checks(site: Any) -> None:
    """Every member's national ID is valid under the country's rules (the 12-digit Vietnamese
    personal ID, the 10-digit Iranian national code and its check digit) and unique; every
    phone is a phone number of that country."""
    code, db = site
    rules = rules_for(code)
    ids = [i for (i,) in _rows(db, "SELECT national_id FROM members WHERE national_id IS NOT NULL")]
    assert len(ids) > 2000 and len(set(ids)) == len(ids)
    assert all(len(i) == rules.id_length for i in ids)
    assert [i for i in ids if rules.national_id_problem(i)] == []
    phones = [p for (p,) in _rows(db, "SELECT phone FROM households WHERE phone IS NOT NULL")]
    assert len(phones) > 500
    assert all(rules.phone(p) == p for p in phones)
    if code == "vn":  # most were born in the city itself (province code 079)
        assert Counter(i[:3] for i in ids).most_common(1)[0][0] == "079"


def test_areas_and_blocks_carry_the_countrys_names(site: Any) -> None:
    """States, districts and wards are named as the country names them, blocks by the
    country's block word, and the workspace records its country."""
    code, db = site
    expected = EXPECTED[code]
    names: dict[str, set[str]] = {}
    for level, name in _rows(db, "SELECT level, name FROM areas WHERE level != 'unit'"):
        names.setdefault(level, set()).add(name)
    assert names["state"] == expected["state"]
    assert all(n.startswith(expected["district_prefix"]) for n in names["district"])
    assert all(n.startswith(expected["ward_prefix"]) for n in names["ward"])
    assert names["block"] <= {country(code).block_name(c) for c in "ABCDEFGH"}
    assert not any("PPR" in n or "Blok" in n for ns in names.values() for n in ns)
    with db.read() as conn:
        assert workspace_country(conn).code == code
    addresses = [a for (a,) in _rows(db, "SELECT address FROM households LIMIT 50")]
    assert all(country(code).block_word in a for a in addresses)


def test_people_have_the_countrys_names(site: Any) -> None:
    """Vietnamese names are written family name first with their diacritics; Persian names in
    Persian script, given name first; the family names are the country's."""
    code, db = site
    style = NAMES["kinh" if code == "vn" else "persian"]
    assert style is not None
    names = [n for (n,) in _rows(db, "SELECT name FROM members")]
    if code == "vn":
        assert all(n.split()[0] in style.surnames for n in names)
        accented = [n for n in names if unicodedata.normalize("NFD", n) != n]
        assert len(accented) > len(names) * 0.8
    else:
        assert all(n.split()[-1] in style.surnames for n in names)
        assert all("\u0600" <= n[0] <= "\u06ff" for n in names)


def test_the_status_mix_under_the_countrys_default_standard_is_not_degenerate(
    site: Any,
) -> None:
    """Complete interviews are scored under the country's default standard (vn-2022-2025,
    global-mpi-2018) and show several statuses, none of them nearly all households."""
    code, db = site
    rows = _rows(db, "SELECT standard_id, status FROM scores")
    assert {s for s, _ in rows} == {country(code).default_standard}
    statuses = Counter(status for _, status in rows)
    assert len(rows) > 100
    assert statuses["not_poor"] < 0.9 * len(rows)
    assert statuses["insufficient_data"] == 0
    poor = {"vn": ("poor", "near_poor"), "ir": ("poor", "vulnerable")}[code]
    assert all(statuses[s] >= 0.02 * len(rows) for s in poor), statuses


@pytest.mark.skipif(not HOUSEHOLD_FORM.exists(), reason="the household form is not shipped")
def test_complete_interviews_stand_in_the_real_form(site: Any) -> None:
    """30 complete interviews opened in a real FormSession have no error and complete as they
    stand; they name the country's state code (so the interview fills it in) and currency."""
    code, db = site
    form = load_form(HOUSEHOLD_FORM)
    trees = [
        json.loads(a)
        for (a,) in _rows(db, "SELECT answers FROM interviews WHERE status != 'draft'")
    ]
    for tree in random.Random(1).sample(trees, 30):
        assert tree["state"] == EXPECTED[code]["state_code"]
        assert tree["currency"] == EXPECTED[code]["currency"]
        assert tree["total_income_display"].endswith(" " + EXPECTED[code]["currency"])

        def clock() -> datetime:
            return datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)

        session = FormSession(form, tree, clock=clock)
        assert session.validate() == []
        assert session.can_complete()


def test_an_unknown_country_is_a_sentence_and_changes_nothing(tmp_path: Path) -> None:
    """build_demo refuses a country it has no site for before writing anything."""
    with open_database(tmp_path / "tinjau.sqlite") as db:
        with pytest.raises(TinjauError, match="choose one of them; nothing was changed"):
            build_demo(db, 10, country="th")
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM areas").scalar() == 0


def test_cli_country_builds_that_countrys_site(tmp_path: Path) -> None:
    """`tinjau demo --country vn` records Vietnam as the workspace's country; an unknown
    country is refused by the argument parser, naming the choices."""
    from app.cli import main

    data = tmp_path / "ws"
    assert main(["demo", "--households", "20", "--country", "vn", "--data-dir", str(data)]) == 0
    with open_database(data / "tinjau.sqlite") as db, db.read() as conn:
        assert workspace_country(conn).code == "vn"
    with pytest.raises(SystemExit):
        main(["demo", "--country", "th", "--data-dir", str(tmp_path / "other")])
    assert not (tmp_path / "other").exists()


def test_return_comments_are_in_the_countrys_language(site: Any) -> None:
    """A ward officer in Ho Chi Minh City or Tehran returns an interview with a comment in
    Vietnamese or Persian (and never asks for Malaysian MyKid numbers)."""
    code, db = site
    comments = [c for (c,) in _rows(
        db, "SELECT comment FROM review_decisions WHERE decision = 'return'")]  # fmt: skip
    assert comments
    assert not any("MyKid" in c for c in comments)
    if code == "vn":
        assert all(unicodedata.normalize("NFD", c) != c for c in comments)  # with diacritics
    else:
        assert all("\u0600" <= c[0] <= "\u06ff" for c in comments)
