"""Photo and file questions in the desktop app: a real PNG chosen by keyboard through the file
dialog is kept, shown as a thumbnail and answered with its name; files over the form's limits
or of the wrong kind are refused with a sentence that changes nothing; the interview completes
and ships its file."""

from __future__ import annotations

import hashlib
import json
import stat
from contextlib import closing
from pathlib import Path

from app.survey.db import cipher
from app.survey.records import attachments
from app.ui.interview import files as files_module
from app.ui.interview.files import FileEditor
from app.ui.qt import QFileDialog, QImage, QLineEdit, Qt
from tests.media_files import PDF
from tests.survey.forms.conftest import write_workbook
from tests.ui.helpers import type_text, wait_for_ops
from tests.ui.interview_helpers import make_workspace, new_household, open_view, question


def _install_photo_form(folder: Path, tmp_path: Path) -> None:
    from app.survey.db import open_database
    from app.survey.db.types import format_utc, utcnow
    from app.survey.forms.workspace import install_form_package, read_form_package

    (tmp_path / "supervisor").mkdir(parents=True)
    workbook = write_workbook(
        tmp_path / "supervisor" / "photos.xlsx",
        [
            ("type", "name", "label", "parameters", "required"),
            ("image", "house", "Photo of the house", "max-pixels=500", "yes"),
            ("audio", "voice", "The answer, recorded", "", ""),
        ],
        settings={"form_id": "photos", "version": "1", "form_title": "Photos"},
    )
    package = read_form_package(workbook)
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_form_package(
            conn, package, forms_dir=folder / "forms", installed_at=format_utc(utcnow())
        )


def _png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(path), "PNG")
    return path


def _choose_by_keyboard(qtbot, editor: FileEditor, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Space on "Choose file…", the file's name typed into the dialog's name field (the dialog
    opened in the file's folder, where a person would have gone), Enter."""
    editor.choose.setFocus()
    qtbot.keyClick(editor.choose, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    dialog = editor.dialog
    assert isinstance(dialog, QFileDialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    dialog.setDirectory(str(path.parent))
    name.setFocus()
    type_text(qtbot, name, path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_for_ops(qtbot)


def test_a_photo_is_chosen_shown_and_shipped(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A PNG made with QImage, chosen by keyboard, becomes the answer (its kept name), shows a
    thumbnail and completes the interview, whose outbox entry names the file by sha256; opened
    again, the completed interview shows the photo from the data folder."""
    folder = make_workspace(tmp_path / "data")
    _install_photo_form(folder, tmp_path)
    household = new_household(folder)
    view = open_view(qtbot, folder, household, active=True)
    widget = question(view, "house")
    editor = widget.editor
    assert isinstance(editor, FileEditor)
    assert editor.info.text() == "No file chosen" and editor.thumbnail.isHidden()
    photo = _png(tmp_path / "rumah.png", 320, 240)
    _choose_by_keyboard(qtbot, editor, photo)
    name = view.session.value("house")
    assert isinstance(name, str) and name.endswith(".png")
    assert editor.notice.isHidden()
    pixmap = editor.thumbnail.pixmap()
    assert editor.thumbnail.isVisible() and not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (160, 120)
    assert "image/png" in editor.info.text() and editor.open_button.isVisible()
    (kept,) = attachments.stored(folder / "attachments")
    assert b"\x89PNG" not in kept.read_bytes()  # sealed with the workspace's key
    assert attachments.read_kept(kept) == photo.read_bytes()

    # "Open" hands the computer's program (not run here) a copy opened into an owner-only
    # folder of this run, removed when Tinjau quits.
    opened: list[str] = []
    monkeypatch.setattr(files_module.QDesktopServices, "openUrl", lambda url: opened.append(
        url.toLocalFile()) or True)  # fmt: skip
    editor.open_button.setFocus()
    qtbot.keyClick(editor.open_button, Qt.Key.Key_Space)
    wait_for_ops(qtbot)
    (copy,) = [Path(p) for p in opened]
    assert copy.name == name and copy.read_bytes() == photo.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700 and folder not in copy.parents
    files_module.remove_opened_copies()
    assert not copy.exists() and not copy.parent.exists()
    # A kept file changed on the disk is not handed over: a sentence under the question.
    sealed = kept.read_bytes()
    kept.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))
    qtbot.keyClick(editor.open_button, Qt.Key.Key_Space)
    wait_for_ops(qtbot)
    assert len(opened) == 1 and "damaged" in editor.notice.text() and editor.notice.isVisible()
    kept.write_bytes(sealed)
    editor.say("")

    # A file an older version kept plain (another interview's): sealed after the completion.
    older = _png(tmp_path / "older.png", 20, 10).read_bytes()
    older_path = attachments.path_of(folder / "attachments", hashlib.sha256(older).hexdigest())
    older_path.parent.mkdir(mode=0o700, exist_ok=True)
    older_path.write_bytes(older)

    view.complete_button.setFocus()
    qtbot.keyClick(view.complete_button, Qt.Key.Key_Space)
    wait_for_ops(qtbot)
    assert not view.editable
    assert b"\x89PNG" not in older_path.read_bytes()
    assert attachments.read_kept(older_path) == older
    assert not editor.choose.isEnabled() and editor.open_button.isEnabled()
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        status, answers = conn.execute(
            "SELECT status, answers FROM interviews WHERE form_id = 'photos'"
        ).fetchone()
        (payload,) = conn.execute(
            "SELECT payload FROM outbox WHERE record_type = 'interview' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert status == "complete" and json.loads(answers)["house"] == name

    files = json.loads(payload)["data"]["attachments"]
    assert files == [
        {"media_type": "image/png", "name": name, "size": photo.stat().st_size,
         "sha256": hashlib.sha256(photo.read_bytes()).hexdigest()}
    ]  # fmt: skip

    view.open_household(household)
    wait_for_ops(qtbot)
    shown = question(view, "house").editor
    assert isinstance(shown, FileEditor) and shown is not editor
    assert shown.thumbnail.isVisible() and not shown.thumbnail.pixmap().isNull()
    assert name in shown.info.text() and not shown.choose.isEnabled()


def test_files_over_the_limits_are_refused_with_a_sentence(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A photo larger than max-pixels and a PDF for a sound question are each refused under the
    question; the answers and the data folder stay as they were; Remove clears an answer."""
    folder = make_workspace(tmp_path / "data")
    _install_photo_form(folder, tmp_path)
    view = open_view(qtbot, folder, new_household(folder), active=True)
    house = question(view, "house").editor
    assert isinstance(house, FileEditor)
    _choose_by_keyboard(qtbot, house, _png(tmp_path / "big.png", 640, 480))
    said = house.notice.text().replace("\u2066", "").replace("\u2069", "")  # LTR isolates
    assert house.notice.isVisible() and "640 x 480" in said and "at most 500" in said
    assert view.session.value("house") in (None, "")
    assert list(attachments.stored(folder / "attachments")) == []

    voice = question(view, "voice").editor
    assert isinstance(voice, FileEditor)
    fake = tmp_path / "voice.mp3"
    fake.write_bytes(PDF)
    _choose_by_keyboard(qtbot, voice, fake)
    assert voice.notice.isVisible() and "sound recording" in voice.notice.text()
    assert view.session.value("voice") in (None, "")

    _choose_by_keyboard(qtbot, house, _png(tmp_path / "small.png", 100, 80))
    assert house.notice.isHidden() and view.session.value("house")
    house.remove.setFocus()
    qtbot.keyClick(house.remove, Qt.Key.Key_Space)
    assert view.session.value("house") in (None, "")
    assert house.thumbnail.isHidden() and house.info.text() == "No file chosen"
    assert view.window().focusWidget() is house.choose  # the window's focus, kept in it
