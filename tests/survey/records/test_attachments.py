"""The workspace's store of interview files: checked by content and the form's limits, kept once
by sha256 (owner-only), linked to interviews, shipped in the interview's data, and removed only
when nothing names them."""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.survey.db import crypto, open_database
from app.survey.db.backups import MANUAL, backup_database
from app.survey.db.engine import Database
from app.survey.demo import build_demo
from app.survey.errors import DatabaseError, DomainError
from app.survey.ids import uuid7
from app.survey.records import attachments, interviews
from tests.media_files import PDF, mp4_head, png_bytes, wav_bytes


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "data" / "tinjau.sqlite") as database:
        build_demo(database, households=6, seed=5)
        yield database


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _kept(db: Database) -> list[Path]:
    return sorted(attachments.stored(attachments.folder_of(db)))


def _links(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as conn:
        return [
            (str(a), str(b), str(c))
            for a, b, c in conn.exec_driver_sql(
                "SELECT interview_id, name, sha256 FROM interview_attachments ORDER BY 1, 2"
            )
        ]


def _households(db: Database, count: int) -> list[str]:
    with db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id FROM households WHERE visit_status = 'not_visited' ORDER BY seq LIMIT ?",
            (count,),
        ).all()
    return [str(r[0]) for r in rows]


def test_a_photo_is_kept_once_by_sha256_owner_only(db: Database, tmp_path: Path) -> None:
    """The same picture chosen for two interviews is one file, named by its sha256, 0600 in a
    0700 folder; each interview links it under the name its answer holds."""
    data = png_bytes(40, 30)
    first = _file(tmp_path, "IMG_0001.PNG", data)
    second = _file(tmp_path, "copy of it.png", data)
    a, b = uuid7(), uuid7()
    got_a = attachments.add_file(db, interview_id=a, source=first, question_type="photo")
    got_b = attachments.add_file(db, interview_id=b, source=second, question_type="photo")
    sha = hashlib.sha256(data).hexdigest()
    assert (
        got_a
        == got_b
        == attachments.Attachment(
            name=sha[:16] + ".png", sha256=sha, media_type="image/png", size=len(data)
        )
    )
    kept = _kept(db)
    assert kept == [attachments.folder_of(db) / sha[:2] / sha]
    # Sealed with the workspace's key: the content is read back only through open_kept.
    assert attachments.read_kept(kept[0]) == data
    assert kept[0].read_bytes().startswith(crypto.MAGIC) and data[16:80] not in kept[0].read_bytes()
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(attachments.folder_of(db).stat().st_mode) == 0o700
    assert sorted(_links(db)) == sorted([(a, got_a.name, sha), (b, got_a.name, sha)])
    assert not list(attachments.folder_of(db).glob(".incoming-*"))


def test_choosing_the_same_photo_again_repairs_a_damaged_copy(db: Database, tmp_path: Path) -> None:
    """A kept copy damaged on the disk (same size, other bytes) is replaced whole when the same
    photo is chosen again, owner-only, with no temporary file left behind."""
    data = png_bytes(40, 30, 3)
    source = _file(tmp_path, "IMG_0002.PNG", data)
    interview = uuid7()
    attachments.add_file(db, interview_id=interview, source=source, question_type="photo")
    (kept,) = _kept(db)
    damaged = bytearray(data)
    damaged[-5] ^= 0xFF
    kept.write_bytes(bytes(damaged))
    again = attachments.add_file(db, interview_id=interview, source=source, question_type="photo")
    assert kept.name == again.sha256 and attachments.read_kept(kept) == data
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not list(attachments.folder_of(db).glob(".incoming-*"))


def test_the_kind_is_judged_by_content_not_by_name(db: Database, tmp_path: Path) -> None:
    """A PNG called `.mp3` is a photo; a PDF called `.jpg` is not, and a sound is not a video."""
    png = _file(tmp_path, "recording.mp3", png_bytes(8, 8))
    got = attachments.add_file(db, interview_id=uuid7(), source=png, question_type="photo")
    assert got.media_type == "image/png" and got.name.endswith(".png")
    sound = _file(tmp_path, "clip.wav", wav_bytes())
    assert (
        attachments.add_file(
            db, interview_id=uuid7(), source=sound, question_type="audio"
        ).media_type
        == "audio/wav"
    )
    video = _file(tmp_path, "clip.bin", mp4_head())
    assert (
        attachments.add_file(
            db, interview_id=uuid7(), source=video, question_type="video"
        ).media_type
        == "video/mp4"
    )
    pdf = _file(tmp_path, "kad.pdf", PDF)
    assert (
        attachments.add_file(db, interview_id=uuid7(), source=pdf, question_type="file").media_type
        == "application/pdf"
    )


@pytest.mark.parametrize(
    ("name", "data", "question_type", "message_id"),
    [
        ("photo.jpg", PDF, "photo", "attachment.not_image"),
        ("voice.mp3", png_bytes(4, 4), "audio", "attachment.not_audio"),
        ("video.mp4", wav_bytes(), "video", "attachment.not_video"),
        ("empty.png", b"", "photo", "attachment.empty"),
    ],
)
def test_a_wrong_file_is_refused_and_nothing_changes(
    db: Database, tmp_path: Path, name: str, data: bytes, question_type: str, message_id: str
) -> None:
    """A file the question does not take is refused with its sentence: no file kept, no link."""
    source = _file(tmp_path, name, data)
    with pytest.raises(DomainError) as refused:
        attachments.add_file(db, interview_id=uuid7(), source=source, question_type=question_type)
    assert refused.value.message_id == message_id
    assert "nothing was changed" in str(refused.value).lower()
    assert _kept(db) == [] and _links(db) == []


def test_max_pixels_refuses_a_larger_photo(db: Database, tmp_path: Path) -> None:
    """A photo wider than the form's max-pixels is refused, naming its size and the limit; one
    within it is taken."""
    big = _file(tmp_path, "big.png", png_bytes(300, 200))
    with pytest.raises(DomainError) as refused:
        attachments.add_file(
            db, interview_id=uuid7(), source=big, question_type="photo", pixels_limit=256
        )
    assert refused.value.message_id == "attachment.too_many_pixels"
    assert "300 x 200" in str(refused.value) and "256" in str(refused.value)
    assert _kept(db) == [] and _links(db) == []
    got = attachments.add_file(
        db, interview_id=uuid7(), source=big, question_type="photo", pixels_limit=300
    )
    assert got.size == big.stat().st_size


def test_a_file_over_the_size_cap_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over the kind's cap is refused with the cap in MB, and nothing is kept."""
    monkeypatch.setitem(attachments.MAX_BYTES, "image", 2 * attachments.MIB)
    big = _file(tmp_path, "big.png", png_bytes(2000, 2000) + b"\0" * (2 * attachments.MIB))
    with pytest.raises(DomainError) as refused:
        attachments.add_file(db, interview_id=uuid7(), source=big, question_type="photo")
    assert refused.value.message_id == "attachment.too_large"
    assert "2 MB" in str(refused.value)
    assert _kept(db) == [] and _links(db) == []


def test_a_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    """A file that is gone gets a sentence, not a traceback."""
    with pytest.raises(DomainError) as refused:
        attachments.add_file(
            db, interview_id=uuid7(), source=tmp_path / "gone.png", question_type="photo"
        )
    assert refused.value.message_id == "attachment.unreadable"


def _complete(db: Database, household_id: str, interview_id: str, answers: dict) -> None:
    draft = interviews.Draft(
        interview_id=interview_id, household_id=household_id, form_id="household",
        form_version="1", answers=answers, position={}, enumerator_id="enum01", sequence=1,
    )  # fmt: skip
    with db.write() as conn:
        interviews.complete(conn, draft=draft, score=None, household_size=None)


def _payload(db: Database, interview_id: str) -> dict:
    with db.read() as conn:
        text = conn.exec_driver_sql(
            "SELECT payload FROM outbox WHERE record_id = ? ORDER BY id DESC LIMIT 1",
            (interview_id,),
        ).scalar_one()
    return json.loads(text)


def test_completion_ships_the_files_its_answers_name(db: Database, tmp_path: Path) -> None:
    """A replaced photo is dropped from the interview at completion; the outbox entry lists the
    photo kept (name, sha256, type, size) and its hash covers them; an interview without files
    has no `attachments` key."""
    household, other = _households(db, 2)
    interview = uuid7()
    old = attachments.add_file(
        db, interview_id=interview, source=_file(tmp_path, "a.png", png_bytes(5, 5, 1)),
        question_type="photo",
    )  # fmt: skip
    new = attachments.add_file(
        db, interview_id=interview, source=_file(tmp_path, "b.png", png_bytes(5, 5, 2)),
        question_type="photo",
    )  # fmt: skip
    _complete(db, household, interview, {"house_photo": new.name})
    payload = _payload(db, interview)
    assert payload["data"]["attachments"] == [
        {"media_type": "image/png", "name": new.name, "sha256": new.sha256, "size": new.size}
    ]
    from app.survey.records.content import content_hash

    assert payload["content_hash"] == content_hash(payload["data"])
    assert [name for iid, name, _ in _links(db) if iid == interview] == [new.name]
    assert old.sha256 not in {sha for _, _, sha in _links(db)}
    plain = uuid7()
    _complete(db, other, plain, {"note": "no photo"})
    assert "attachments" not in _payload(db, plain)["data"]


def test_prune_keeps_every_file_something_names(db: Database, tmp_path: Path) -> None:
    """Replacing a photo never removes a file another interview uses, a change waiting in the
    outbox names, or a backup links; only a file nothing names is removed."""
    first, second = _households(db, 2)
    shared = _file(tmp_path, "shared.png", png_bytes(6, 6, 10))
    a, b = uuid7(), uuid7()
    used = attachments.add_file(db, interview_id=a, source=shared, question_type="photo")
    attachments.add_file(db, interview_id=b, source=shared, question_type="photo")
    replacement = attachments.add_file(
        db, interview_id=a, source=_file(tmp_path, "r.png", png_bytes(6, 6, 11)),
        question_type="photo",
    )  # fmt: skip
    _complete(db, first, a, {"house_photo": replacement.name})  # a no longer uses `shared`
    assert attachments.prune(db, grace_s=0) == []  # b still links it
    orphan = attachments.add_file(
        db, interview_id=b, source=_file(tmp_path, "o.png", png_bytes(6, 6, 12)),
        question_type="photo",
    )  # fmt: skip
    backup_database(db.path, MANUAL)  # this backup links `orphan` (and `shared`)
    _complete(db, second, b, {"house_photo": used.name})  # b drops `orphan`
    assert attachments.prune(db, grace_s=0) == []  # the backup names it
    for backup in (db.path.parent / "backups").iterdir():
        backup.unlink()
    assert attachments.prune(db, grace_s=0) == [orphan.sha256]
    assert {p.name for p in _kept(db)} == {used.sha256, replacement.sha256}
    assert attachments.prune(db) == []  # nothing left to remove


def test_max_pixels_is_read_from_the_workbook(tmp_path: Path) -> None:
    """An image question's `max-pixels` parameter reaches the question; other rows have none."""
    from app.survey.forms import load_form
    from tests.survey.forms.conftest import write_workbook

    path = write_workbook(
        tmp_path / "photos.xlsx",
        [
            ("type", "name", "label", "parameters"),
            ("image", "house", "The house", "max-pixels=1024"),
            ("image", "door", "The door", ""),
            ("audio", "voice", "Voice", ""),
        ],
    )
    form = load_form(path, cache_dir=tmp_path / "cache")
    questions = form.definition.questions
    assert (questions["house"].type, questions["house"].max_pixels) == ("photo", 1024)
    assert questions["door"].max_pixels == 0 and questions["voice"].type == "audio"


def test_a_sealed_file_is_read_at_any_offset_and_a_plain_one_is_sealed(
    db: Database, tmp_path: Path
) -> None:
    """A kept file over several sealed chunks reads back whole and from any offset (an upload
    resumed half way); a file kept plain by a version before sealing is read as it is, then
    sealed by `seal_plain_files` (a plain file damaged on the disk is left for the upload's
    check); a sealed file changed on the disk is refused on reading."""
    import os

    data = png_bytes(8, 8, 9) + os.urandom(2 * crypto.CHUNK + 12_345)
    source = _file(tmp_path, "big.png", data)
    kept_at = attachments.add_file(db, interview_id=uuid7(), source=source, question_type="file")
    folder = attachments.folder_of(db)
    path = attachments.path_of(folder, kept_at.sha256)
    with attachments.open_kept(path) as handle:
        assert attachments.kept_size(handle) == len(data)
        for offset in (0, 5, crypto.CHUNK - 3, crypto.CHUNK, 2 * crypto.CHUNK + 12_000):
            handle.seek(offset)
            assert handle.read(100_000) == data[offset : offset + 100_000]
    assert attachments.read_kept(path) == data

    plain = png_bytes(16, 16, 10)
    plain_sha = hashlib.sha256(plain).hexdigest()
    old = attachments.path_of(folder, plain_sha)
    old.parent.mkdir(mode=0o700, exist_ok=True)
    old.write_bytes(plain)
    broken = png_bytes(16, 16, 11)
    broken_path = attachments.path_of(folder, "f" * 64)
    broken_path.parent.mkdir(mode=0o700, exist_ok=True)
    broken_path.write_bytes(broken)
    assert attachments.read_kept(old) == plain  # read as it is
    assert attachments.seal_plain_files(folder) == 1
    assert old.read_bytes().startswith(crypto.MAGIC) and attachments.read_kept(old) == plain
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert broken_path.read_bytes() == broken  # not what its name says: left as it was
    assert attachments.seal_plain_files(folder) == 0
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]

    changed = bytearray(path.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    path.write_bytes(bytes(changed))
    with pytest.raises(DatabaseError):
        attachments.read_kept(path)
