"""The countries a workspace can survey in, and which one a workspace is for.

A workspace belongs to one country, kept in its `meta` table under `country`. The country names
the area levels as its own administration does (the database keeps one set of level codes,
state > district > ward > site > block > unit, so every query works the same everywhere) and
chooses the poverty standard that households are scored under unless someone picks another.
A workspace made before countries existed is Malaysian: every earlier workspace was.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.survey.errors import TinjauError


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, lower case
    name: str
    # The country's own names for the database's levels state, district, ward, site.
    levels: tuple[str, str, str, str]
    default_standard: str
    currency: str  # ISO 4217
    # The word before a block's code in its name ("Blok A"), in the country's language.
    block_word: str = "Blok"

    def block_name(self, code: str) -> str:
        return f"{self.block_word} {code}"


AREA_LEVELS = ("state", "district", "ward", "site")

COUNTRIES: dict[str, Country] = {
    "my": Country(
        code="my",
        name="Malaysia",
        levels=("state", "district", "ward", "site"),
        default_standard="my-ekasih-pgk",
        currency="MYR",
    ),
    "vn": Country(
        code="vn",
        name="Vietnam",
        levels=("province", "district", "ward", "neighbourhood group"),
        default_standard="vn-2022-2025",
        currency="VND",
        block_word="Lô",
    ),
    "ir": Country(
        code="ir",
        name="Iran",
        # Until an Iranian standard is written, households are scored under the Global MPI.
        levels=("province", "county", "city", "district"),
        default_standard="global-mpi-2018",
        currency="IRR",
        block_word="بلوک",
    ),
}
DEFAULT_COUNTRY = "my"


def country(code: str) -> Country:
    """The country with this code (my, vn, ir); a sentence listing them otherwise."""
    found = COUNTRIES.get(code.strip().lower())
    if found is None:
        raise TinjauError(
            f"Tinjau does not know the country {code!r}; use one of "
            f"{', '.join(f'{c.code} ({c.name})' for c in COUNTRIES.values())}."
        )
    return found


def workspace_country(conn: Connection) -> Country:
    """The country of the workspace open on `conn` (Malaysia for workspaces made before
    countries were recorded)."""
    code = conn.execute(text("SELECT value FROM meta WHERE key = 'country'")).scalar()
    return COUNTRIES.get(code or DEFAULT_COUNTRY, COUNTRIES[DEFAULT_COUNTRY])


def set_workspace_country(conn: Connection, code: str) -> Country:
    """Record the workspace's country (inside the caller's write transaction)."""
    chosen = country(code)
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES ('country', :code) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"code": chosen.code},
    )
    return chosen
