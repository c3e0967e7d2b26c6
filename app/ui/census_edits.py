"""Changes the census list screen makes: adding a household that is not on the list.

Runs on the database thread (through a CollectionOp). It belongs with the domain code in
app/survey once that has a household service that also writes the sync outbox; until then it
lives here, writes the audit log itself and leaves the outbox to the sync work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.survey.errors import TinjauError
from app.ui.i18n import isolate
from app.ui.qt import QCoreApplication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.survey.db import Database
    from app.survey.db.models import Area

_ID_SEPARATORS = re.compile(r"[\s\-]")


@dataclass(frozen=True)
class NewHousehold:
    """What the "Add household" dialog collects (plain values, safe to pass to the worker)."""

    block_id: str
    unit_code: str
    head_name: str
    national_id: str = ""
    phone: str = ""
    household_size: int | None = None
    # The worker said yes to adding the unit to the block (the census list missed the flat).
    create_unit: bool = False


class UnitNotListed(TinjauError):
    """The block has no such unit, but the code is one of its units: it can be added. The
    message asks; `refusal` is what to say if the worker answers no."""

    def __init__(self, question: str, refusal: str) -> None:
        super().__init__(question)
        self.refusal = refusal


def check_new_household(new: NewHousehold) -> str | None:
    """The first problem with what was typed, as a sentence; None when it can be saved."""
    if not new.unit_code.strip():
        return QCoreApplication.translate(
            "AddHousehold", "Type the unit number as written on the door, for example A-12-03."
        )
    if not new.head_name.strip():
        return QCoreApplication.translate("AddHousehold", "Type the name of the head of household.")
    digits = _ID_SEPARATORS.sub("", new.national_id)
    if digits and not digits.isdigit():
        return QCoreApplication.translate(
            "AddHousehold", "The national ID may hold only digits (dashes and spaces are fine)."
        )
    return None


def add_household(db: Database, new: NewHousehold, enumerator_id: str | None) -> str:
    """Add a household found in the field; returns its id. A unit the census list missed is
    added to the block when `new.create_unit` says the worker agreed (else UnitNotListed)."""
    # Imported here, on the database thread: the window opens without waiting for SQLAlchemy.
    from sqlalchemy import func, select

    from app.survey.db.models import Area, AuditEntry, Household, Meta

    problem = check_new_household(new)
    if problem:
        raise TinjauError(problem)
    with db.session(write=True) as session, session.begin():
        block = session.get(Area, new.block_id)
        if block is not None and block.level == "site":
            # A site with no blocks yet (a new workspace): the unit code names the block.
            block = _block_in_site(session, block, new)
        if block is None or block.level != "block":
            raise TinjauError(
                QCoreApplication.translate(
                    "AddHousehold", "Choose the block the household lives in."
                )
            )
        unit = session.scalar(
            select(Area).where(
                Area.level == "unit",
                Area.parent_id == block.id,
                func.upper(Area.code) == new.unit_code.strip().upper(),
                Area.deleted_at.is_(None),
            )
        )
        if unit is None:
            unit = _new_unit(session, block, new)
        site = block.parent
        household = Household(
            unit_id=unit.id,
            block_id=block.id,
            site_id=site.id if site else None,
            ward_id=site.parent_id if site else None,
            address=f"{unit.code}, {site.name}" if site else unit.code,
            head_name=new.head_name.strip(),
            head_national_id=_ID_SEPARATORS.sub("", new.national_id) or None,
            phone=new.phone.strip() or None,
            household_size=new.household_size,
            source="new",
        )
        session.add(household)
        session.flush()
        device = session.scalar(select(Meta.value).where(Meta.key == "device_id"))
        session.add(
            AuditEntry(
                actor=enumerator_id or None,
                device_id=device,
                action="household.add",
                record_type="household",
                record_id=household.id,
            )
        )
        return household.id


def _block_in_site(session: Session, site: Area, new: NewHousehold) -> Area:
    """The block the unit code names in `site`, made when the worker agreed to add the unit."""
    from sqlalchemy import func, select

    from app.survey.census_file import read_door
    from app.survey.db.models import Area

    door = read_door(new.unit_code.strip())
    if door is None or door.block is None:
        raise TinjauError(
            QCoreApplication.translate(
                "AddHousehold", "Type the unit with its block, as on the door: for example A-12-03."
            )
        )
    block = session.scalar(
        select(Area).where(
            Area.level == "block",
            Area.parent_id == site.id,
            func.upper(Area.code) == door.block,
            Area.deleted_at.is_(None),
        )
    )
    if block is not None:
        return block
    code = door.code(door.block)
    if not new.create_unit:
        where = site.name or site.code
        raise UnitNotListed(
            QCoreApplication.translate(
                "AddHousehold",
                "The census list has no unit {unit} in {block}. Add this unit to {block}?",
            ).format(unit=isolate(code), block=isolate(where)),
            QCoreApplication.translate(
                "AddHousehold", "There is no unit {unit} in {block}. Check the number on the door."
            ).format(unit=isolate(new.unit_code.strip()), block=isolate(where)),
        )
    block = Area(
        parent_id=site.id,
        level="block",
        code=door.block,
        path_code=f"{site.path_code}/{door.block}",
        name=f"Blok {door.block}",
    )
    session.add(block)
    session.flush()
    return block


def _new_unit(session: Session, block: Area, new: NewHousehold) -> Area:
    """The unit `new.unit_code` made in `block` when the worker agreed (UnitNotListed asks);
    a code that is not a unit of this block is refused."""
    from app.survey.census_file import read_door
    from app.survey.db.models import Area

    door = read_door(new.unit_code.strip())
    where = block.name or block.code
    refusal = QCoreApplication.translate(
        "AddHousehold", "There is no unit {unit} in {block}. Check the number on the door."
    ).format(unit=isolate(new.unit_code.strip()), block=isolate(where))
    if door is None or (door.block is not None and door.block != block.code.upper()):
        raise TinjauError(refusal)
    code = door.code(block.code)
    if not new.create_unit:
        raise UnitNotListed(
            QCoreApplication.translate(
                "AddHousehold",
                "The census list has no unit {unit} in {block}. Add this unit to {block}?",
            ).format(unit=isolate(code), block=isolate(where)),
            refusal,
        )
    unit = Area(
        parent_id=block.id,
        level="unit",
        code=code,
        path_code=f"{block.path_code}/{code}",
        name=code,
        floor=door.floor,
        unit_number=door.number.zfill(2),
    )
    session.add(unit)
    session.flush()
    return unit


def unit_codes(db: Database, block_id: str) -> list[str]:
    """The codes of the units in a block, in door order (for the unit field's completer)."""
    from sqlalchemy import select

    from app.survey.db.models import Area

    with db.read() as conn:
        rows = conn.execute(
            select(Area.code)
            .where(Area.level == "unit", Area.parent_id == block_id, Area.deleted_at.is_(None))
            .order_by(Area.floor, Area.unit_number, Area.code)
        )
        return [row[0] for row in rows]
