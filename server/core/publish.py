"""What supervisors and admins publish for devices to pull: census lists (households and their
members), assignments, form versions and poverty standards. (Areas: `server.core.areas`.)

Everything published becomes a `records` row with the next change number, so devices receive
it by pull like any other change. Households, members and assignments go through the push code
(`push.push`), with its role, area and parent checks, its revisions and its conflicts; the
records are checked first to have the fields a device stores, so nothing published can stop a
device's pull. A form version or a standard is published for an area (devices in that area
pull it) or, by a user of every area, for all (`ALL`, stored as area `*`). A version, once
published, is never changed: the same file again is accepted and changes nothing, another file
under the same version is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import tempfile
import uuid
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paths import HOUSEHOLD_FORM
from app.survey.errors import TinjauError
from app.survey.ids import uuid7
from app.survey.records.content import content_hash
from app.survey.records.recorder import DATA_COLUMNS
from app.sync.protocol import PushItem, PushReceipt, PushRequest
from server.core import audit
from server.core import push as pushing
from server.core.accounts import Principal, check_area_codes, refuse_area
from server.core.errors import Refusal, conflict, forbidden
from server.core.models import ALL_AREAS, Record, utcnow

# Published version ids are derived from what they are, so one (form, version) is one record.
NAMESPACE = uuid.UUID("6f1d5c3e-1b0a-4d3c-9a57-2f8e0c4b7a10")
MAX_WORKBOOK_BYTES = 20_000_000  # as app.survey.forms.workspace
MAX_MEDIA_BYTES = 50_000_000
MAX_STANDARD_BYTES = 1_000_000
# The fields a published record must have (the others may be left out: they are null).
REQUIRED = {
    "household": ("unit_id", "head_name"),
    "member": ("household_id", "line_number", "relationship_to_head", "name"),
    "assignment": ("enumerator_id", "assigned_at"),
}


# What a device's tables accept (their CHECK constraints and types), so nothing published
# stops a device's pull: field -> test of a value that is not null.
def _text(limit: int) -> Any:
    return lambda v: isinstance(v, str) and len(v) <= limit


def _number(low: int, high: int) -> Any:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


VALUES: dict[str, dict[str, Any]] = {
    "household": {
        "head_name": _text(200), "address": _text(300), "head_national_id": _text(20),
        "phone": _text(30), "household_size": _number(1, 99),
        "source": lambda v: v in ("census", "new"), "census_key": _text(400),
        "visit_outcome": lambda v: v in ("not_found", "refused"), "visit_note": _text(200),
    },
    "member": {
        "line_number": _number(1, 999), "relationship_to_head": _text(30), "name": _text(200),
        "national_id": _text(20), "sex": lambda v: v in ("male", "female"),
        "birth_date": _text(10), "extra": lambda v: isinstance(v, dict),
    },
    "assignment": {
        "enumerator_id": _text(100), "assigned_by": _text(100), "assigned_at": _text(27),
        "due_date": _text(10), "note": _text(2000),
    },
}  # fmt: skip


def form_record_id(form_id: str, version: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"form\x00{form_id}\x00{version}"))


def standard_record_id(standard_id: str, version: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"standard\x00{standard_id}\x00{version}"))


@cache
def shipped_forms() -> frozenset[tuple[str, str]]:
    """(form id, version) of the form Tinjau ships: every device has it without a publication."""
    import openpyxl

    book = openpyxl.load_workbook(HOUSEHOLD_FORM, read_only=True)
    try:
        rows = list(book["settings"].iter_rows(values_only=True))
    finally:
        book.close()
    header = [str(cell) for cell in rows[0]]
    values = dict(zip(header, rows[1], strict=False))
    return frozenset({(str(values["form_id"]), str(values["version"]))})


def check_form_versions(session: Session, items: list[PushItem]) -> None:
    """Refuse a batch holding an interview of a form version the server does not have (neither
    the shipped form nor a published version)."""
    wanted: dict[str, tuple[str, str]] = {}
    for item in items:
        if item.record_type != "interview" or item.operation == "delete":
            continue
        form_id, version = item.data.get("form_id"), item.data.get("form_version")
        if not isinstance(form_id, str) or not isinstance(version, str):
            raise pushing._unreadable(item, "form_id and form_version")
        if (form_id, version) not in shipped_forms():
            wanted[form_record_id(form_id, version)] = (form_id, version)
    if not wanted:
        return
    have = set(
        session.scalars(
            select(Record.record_id).where(
                Record.record_type == "form_version", Record.record_id.in_(sorted(wanted))
            )
        )
    )
    for record_id, (form_id, version) in wanted.items():
        if record_id not in have:
            raise Refusal(
                422,
                "form_version_unknown",
                f"An interview in this batch was made with the form '{form_id}' version "
                f"{version}, which this server does not have. Ask a supervisor to publish that "
                "form version (POST /api/v1/forms), then sync again; nothing was stored.",
            )


def publish_records(
    session: Session, who: Principal, items: list[dict[str, Any]], *, address: str
) -> PushReceipt:
    """Publish households, members and assignments: checked to be whole, then applied as a
    batch from the publisher's device (one transaction; the push's checks and conflicts)."""
    pushed: list[PushItem] = []
    for index, item in enumerate(items):
        record_type, record_id = item["record_type"], str(item["record_id"])
        data = dict(item["data"])
        columns = DATA_COLUMNS[record_type].split()
        unknown = sorted(set(data) - set(columns))
        missing = [name for name in REQUIRED[record_type] if data.get(name) in (None, "")]
        if record_type == "assignment" and not (data.get("area_id") or data.get("household_id")):
            missing.append("area_id or household_id")
        wrong = [name for name, fits in VALUES[record_type].items()
                 if data.get(name) is not None and not fits(data[name])]  # fmt: skip
        if unknown or missing or wrong or data.get("id", record_id) != record_id:
            problem = (
                f"unknown fields {', '.join(unknown)}" if unknown
                else f"no {', '.join(missing)}" if missing
                else f"a value a device cannot keep in {', '.join(wrong)}" if wrong
                else "an id other than its record_id"
            )  # fmt: skip
            raise Refusal(
                422,
                "record_invalid",
                f"Item {index} ({record_type}) has {problem}. Fix it and publish again; nothing "
                "was stored.",
            )
        whole = {name: data.get(name) for name in columns} | {"id": record_id}
        if record_type == "household":
            whole["source"] = whole["source"] or "census"
            whole["address"] = whole["address"] or ""
        if record_type == "member" and whole["extra"] is None:
            whole["extra"] = {}
        pushed.append(
            PushItem.model_validate(
                {
                    "format": 1,
                    "record_type": record_type,
                    "record_id": record_id,
                    "operation": item["operation"],
                    "base_revision": item["base_revision"],
                    "content_hash": content_hash(whole),
                    "data": whole,
                }
            )  # fmt: skip
        )
    if who.device_id is None:
        raise forbidden("device_mismatch", "Publish from a signed-in device; nothing was stored.")
    batch = PushRequest.model_validate(
        {"device_id": who.device_id, "batch_id": uuid7(), "items": pushed}
    )
    return pushing.push(session, who, batch, address=address)


def _scope(who: Principal, area: str) -> str:
    """The area path a form or standard is published for (`*`: every area)."""
    (code,) = check_area_codes([area])
    if code == ALL_AREAS and not who.all_areas:
        raise forbidden(
            "area_forbidden",
            "Only a user of every area can publish for every area (ALL). Publish it for one of "
            "your areas.",
        )
    if code != ALL_AREAS and not who.covers(code):
        raise refuse_area(code)
    return code


def _store(
    session: Session, who: Principal, *, record_type: str, record_id: str, data: dict[str, Any],
    area_path: str, same: str, address: str,
) -> tuple[Record, bool]:  # fmt: skip
    """Keep one published version as a record (new: True); the very same content again is
    nothing new, other content under the same version is refused."""
    digest = content_hash(data)
    existing = session.get(Record, (record_type, record_id), with_for_update=True)
    if existing is not None:
        if existing.content_hash == digest:
            return existing, False
        raise conflict(
            f"{record_type}_exists",
            f"{same} was published before with other content. A published version never "
            "changes: raise the version in the file and publish it again.",
        )
    publication = uuid7()
    record = Record(
        record_type=record_type, record_id=record_id, revision=1,
        seq=pushing.next_seq(session), content_hash=digest, deleted=False, data=data,
        area_path=area_path, updated_at=utcnow(), device_id=who.device_id or "",
        batch_id=publication,
    )  # fmt: skip
    session.add(record)
    audit.write(
        session, action=f"{record_type}.publish", actor=who.username, device_id=who.device_id,
        address=address, target_type=record_type, target_id=record_id,
        detail={"area": area_path},
    )  # fmt: skip
    session.commit()
    return record, True


def _decoded_size(text: str) -> int:
    """The bytes base64 `text` decodes to, at most (without decoding it)."""
    return len(text) * 3 // 4


def _decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Refusal(
            422, "invalid_request", f"{what} is not base64 text; nothing was stored."
        ) from None


def publish_form(
    session: Session, who: Principal, *, area: str, file_name: str, workbook: str,
    media: dict[str, str], address: str,
) -> tuple[Record, bool]:  # fmt: skip
    """Publish an XLSForm version (workbook and attached files as base64) for `area`: checked
    as `tinjau form install` checks it, so every device can install it."""
    from app.survey.forms.loader import load_form
    from app.survey.forms.workspace import FormPackage, plain_file_name, stage

    scope = _scope(who, area)
    name = Path(file_name).name or "form.xlsx"
    for media_name in media:
        if not plain_file_name(media_name):
            raise Refusal(
                422, "form_invalid",
                f"The form {name} comes with an attached file named '{media_name[:200]}', "
                "which is not a plain file name (no folder, no leading dot); rename it and "
                "publish again. Nothing was stored.",
            )  # fmt: skip
    # Sizes are checked on the base64 text (4 characters for 3 bytes) before anything is
    # decoded, so an oversize body never becomes bytes in memory.
    if _decoded_size(workbook) > MAX_WORKBOOK_BYTES or (
        sum(_decoded_size(value) for value in media.values()) > MAX_MEDIA_BYTES
    ):
        raise Refusal(
            413, "too_large",
            "The form or its attached files are larger than a questionnaire is (20 MB, 50 MB); "
            "check the files. Nothing was stored.",
        )  # fmt: skip
    content = _decode(workbook, "The workbook")
    files = {key: _decode(value, f"The attached file {key}") for key, value in media.items()}
    package = FormPackage(name, content, files)
    try:
        with tempfile.TemporaryDirectory(prefix="tinjau-publish-") as scratch:
            staged = stage(Path(scratch), package)
            definition = load_form(staged, cache_dir="").definition
    except (TinjauError, ValueError, OSError) as error:
        raise Refusal(
            422, "form_invalid",
            f"The form {package.name} cannot be used: {error} Nothing was stored.",
        ) from None  # fmt: skip
    form_id, version = str(definition.form_id), str(definition.version or "").strip()
    if not version:
        raise Refusal(
            422, "form_invalid",
            f"The form {package.name} has no version. Write one in the 'version' column of its "
            "settings sheet, then publish it again; nothing was stored.",
        )  # fmt: skip
    record_id = form_record_id(form_id, version)
    data = {
        "id": record_id, "form_id": form_id, "version": version, "title": definition.title
        or form_id, "file_name": package.name, "sha256": hashlib.sha256(content).hexdigest(),
        "workbook": workbook, "media": dict(sorted(media.items())),
    }  # fmt: skip
    return _store(
        session, who, record_type="form_version", record_id=record_id, data=data,
        area_path=scope, same=f"The form '{form_id}' version {version}", address=address,
    )  # fmt: skip


def publish_standard(
    session: Session, who: Principal, *, area: str, text: str, address: str
) -> tuple[Record, bool]:
    """Publish a poverty standard file for `area`, checked as `tinjau standards install`
    checks it (a shipped standard's id is refused)."""
    from app.survey.scoring.loader import load_standard_text
    from app.survey.scoring.registry import shipped_standards

    scope = _scope(who, area)
    if len(text.encode("utf-8")) > MAX_STANDARD_BYTES:
        raise Refusal(
            413, "too_large",
            "A standard is a few kilobytes of text; this is over a megabyte. Check the file; "
            "nothing was stored.",
        )  # fmt: skip
    try:
        standard = load_standard_text(text, "the published standard")
    except (TinjauError, ValueError) as error:
        raise Refusal(
            422, "standard_invalid", f"The standard cannot be used: {error} Nothing was stored."
        ) from None
    if any(shipped.id == standard.id for shipped in shipped_standards()):
        raise Refusal(
            422, "standard_invalid",
            f"'{standard.id}' is the id of a standard Tinjau ships; give yours an id of its "
            "own. Nothing was stored.",
        )  # fmt: skip
    record_id = standard_record_id(standard.id, standard.version)
    data = {
        "id": record_id, "standard_id": standard.id, "version": standard.version,
        "text": text,
    }  # fmt: skip
    return _store(
        session, who, record_type="standard", record_id=record_id, data=data, area_path=scope,
        same=f"The standard '{standard.id}' version {standard.version}", address=address,
    )  # fmt: skip


def published(session: Session, who: Principal, record_type: str) -> list[Record]:
    """The form versions or standards published for `who`'s areas (and for all), oldest
    first."""
    from server.core.pull import area_filter

    return list(
        session.scalars(
            select(Record)
            .where(Record.record_type == record_type, area_filter(who))
            .order_by(Record.seq)
        )
    )
