"""The workspace's country: kept in meta, Malaysian when unset, unknown codes refused."""

from __future__ import annotations

import pytest

from app.survey.countries import COUNTRIES, country, set_workspace_country, workspace_country
from app.survey.db.engine import open_database
from app.survey.errors import TinjauError


def test_a_workspace_without_a_recorded_country_is_malaysian(tmp_path):
    """Every workspace made before countries were recorded was Malaysian, so it reads as one."""
    with open_database(tmp_path / "tinjau.sqlite") as db, db.read() as conn:
        assert workspace_country(conn).code == "my"


def test_the_recorded_country_is_read_back_after_reopening(tmp_path):
    """A country set inside a write transaction is what the workspace reports when reopened."""
    path = tmp_path / "tinjau.sqlite"
    with open_database(path) as db, db.write() as conn:
        set_workspace_country(conn, "VN")
    with open_database(path) as db, db.read() as conn:
        chosen = workspace_country(conn)
    assert (chosen.code, chosen.default_standard) == ("vn", "vn-2022-2025")


def test_an_unknown_country_is_a_sentence_listing_the_known_ones():
    """A code Tinjau does not know is refused with the list of codes it does know."""
    with pytest.raises(TinjauError, match=r"my \(Malaysia\), vn \(Vietnam\), ir \(Iran\)"):
        country("th")


def test_every_country_defaults_to_a_shipped_standard():
    """Each country's default standard is one of the standard files Tinjau ships."""
    from app.survey.scoring.registry import shipped_standards

    shipped = {s.id for s in shipped_standards()}
    assert {c.default_standard for c in COUNTRIES.values()} <= shipped
