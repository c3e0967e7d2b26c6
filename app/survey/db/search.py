"""Census search: find households by head's name, national ID, unit address or phone (FTS5).

The index (`households_fts`) is kept by triggers made in the first migration. Queries are built
here from the user's words so FTS syntax in user input ("*", quotes, AND, NEAR, ":") is never
interpreted: every word becomes quoted prefix terms, and all words must match.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.survey.db.engine import Database

# The same separators the unicode61 tokenizer uses: anything not a letter or digit.
_PARTS = re.compile(r"[^\w]+|_+")
_DIGITS_AND_SEPARATORS = re.compile(r"^[\d\s\-./()+]+$")


@dataclass(frozen=True)
class HouseholdHit:
    id: str
    head_name: str
    head_national_id: str | None
    address: str
    phone: str | None
    visit_status: str
    poverty_status: str | None


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _star(token: str) -> str:
    # A one-character prefix ("b*") merges the lists of every word starting with it: slow on a
    # big list and useless as a filter. Single characters ("a/l", "blok b") match exactly.
    return "*" if len(token) > 1 else ""


def _prefix(token: str) -> str:
    return _quote(token) + _star(token)


def _word_expression(word: str) -> str | None:
    parts = [p for p in _PARTS.split(word) if p]
    if not parts:
        return None
    if len(parts) == 1:
        return _prefix(parts[0])
    phrase = _quote(" ".join(parts)) + _star(parts[-1])  # "A-12-05" -> the phrase a 12 05*
    if any(c.isdigit() for c in word):
        # IDs and phones are indexed as bare digits, unit codes also without dashes:
        # "800101-14-5678" and "a-12-0" must match those too.
        return f"({_prefix(''.join(parts))} OR {phrase})"
    return phrase


def build_match_query(query: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed, or None when nothing searchable is left.

    Words are ANDed; each is a prefix match. A national ID or phone typed with dashes or spaces
    in it ("800101-14-5678", "012-345 6789") is joined into one number first.
    """
    stripped = query.strip()
    if _DIGITS_AND_SEPARATORS.match(stripped) and re.search(r"\d{3}", stripped):
        # The whole query is one number written with separators (an ID or a phone).
        expression = _word_expression(stripped)
        digits = re.sub(r"\D", "", stripped)
        if stripped.startswith("+60") and len(digits) > 3:
            # Phones are stored in the national form (census import): +60 12... is 012...
            expression = f"({expression} OR {_prefix('0' + digits[2:])})"
        return expression
    expressions = [e for e in (_word_expression(w) for w in stripped.split()) if e]
    return " AND ".join(expressions) if expressions else None


# Ranking (bm25) costs per match, and a query like "bin" matches most of a 100,000-household
# list; so only the first RANK_WINDOW matches are ranked. A query that broad is not a search
# anyone reads to the end: the first page is ordered, the rest is never asked for.
RANK_WINDOW = 1000
_SEARCH_SQL = text(
    f"""
    WITH matches AS (
        SELECT rowid, rank FROM households_fts WHERE households_fts MATCH :match
        LIMIT {RANK_WINDOW}
    )
    SELECT h.id, h.head_name, h.head_national_id, h.address, h.phone, h.visit_status,
           h.poverty_status
    FROM matches
    JOIN households AS h ON h.seq = matches.rowid
    WHERE h.deleted_at IS NULL
    ORDER BY matches.rank, h.seq
    LIMIT :limit
    """
)


def search_households_on(conn: Connection, query: str, limit: int = 50) -> list[HouseholdHit]:
    """Like `search_households`, on a connection you already hold."""
    match = build_match_query(query)
    if match is None or limit <= 0:
        return []
    rows = conn.execute(_SEARCH_SQL, {"match": match, "limit": limit})
    return [HouseholdHit(*row) for row in rows]


def search_households(db: Database, query: str, limit: int = 50) -> list[HouseholdHit]:
    """Households whose head's name, national ID, address or phone match `query`, best first."""
    with db.read() as conn:
        return search_households_on(conn, query, limit)


def rebuild_search_index(conn: Connection) -> None:
    """Refill the index from the households table (after a bulk load with the triggers off).

    Must index exactly what the triggers index (see migration 0001); a test compares the two.
    """
    conn.exec_driver_sql("DELETE FROM households_fts")
    conn.exec_driver_sql(
        "INSERT INTO households_fts(rowid, head_name, national_id, address, phone) "
        "SELECT h.seq, h.head_name, coalesce(h.head_national_id, ''), "
        "h.address || ' ' || coalesce(replace(replace(u.code, '-', ''), ' ', ''), ''), "
        "coalesce(h.phone, '') "
        "FROM households AS h LEFT JOIN areas AS u ON u.id = h.unit_id "
        "WHERE h.deleted_at IS NULL"
    )


@contextlib.contextmanager
def search_triggers_paused(conn: Connection) -> Iterator[None]:
    """Inside one transaction: drop the index triggers, let the caller bulk-load, then rebuild
    the index once and put the same triggers back. A crash in between rolls all of it back."""
    if not conn.in_transaction():
        raise RuntimeError("search_triggers_paused needs an open transaction")
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'households' "
        "AND name LIKE 'households_fts_%'"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    rebuild_search_index(conn)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
