"""The editor of photo, audio, video and file questions: a file chosen from disk, shown as a
thumbnail (photos) or a name and size with "Open" (the others, in the system's own player).

The editor only asks for a path and shows what it is told: `chosen(path)` goes to the view,
which checks and keeps the file on the database thread (app/survey/records/attachments.py) and
then sets the answer to the kept file's name; a refusal comes back as a sentence for `notice`.
No QtMultimedia: the system's player opens sound and video (QtMultimedia needs PulseAudio
here, which a field laptop may not have).

The kept files are sealed with the workspace's key, so the thumbnail is made from the file's
content opened in memory, and "Open" hands the computer's program a copy opened into a folder of
this run's own (owner-only, in the system's temporary folder), removed when Tinjau quits (or,
after a crash, a day later by a run's first "Open"): the program may still be reading the
copy long after the button was pressed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.survey.errors import DatabaseError
from app.survey.records.attachments import open_kept, read_kept
from app.ui.i18n import isolate_ltr
from app.ui.interview.widgets import Editor
from app.ui.ops import QueryOp, error_message, show_error
from app.ui.qt import (
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QLabel,
    QLocale,
    QPixmap,
    QPushButton,
    Qt,
    QUrl,
    QWidget,
    Signal,
)

FILE_TYPES = frozenset({"photo", "image", "audio", "video", "file"})
THUMBNAIL_PX = 160
# What the file dialog lists first, per question type (the content is checked after choosing).
_PATTERNS = {
    "photo": "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic",
    "image": "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic",
    "audio": "*.mp3 *.m4a *.wav *.ogg *.oga *.opus *.flac *.amr",
    "video": "*.mp4 *.3gp *.mov *.webm *.mkv *.avi *.ogv",
}

# name -> (media type, size in bytes, where the file is kept), or None when not on this device.
Resolver = Callable[[str], tuple[str, int, Path] | None]
OPENED_PREFIX = "tinjau-opened-"
_STALE_S = 24 * 3600.0  # a copy folder older than this is from a run that did not tidy up
_opened_lock = threading.Lock()
_opened_folder: Path | None = None


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def remove_opened_copies() -> None:
    """Remove this run's opened copies (at exit)."""
    global _opened_folder
    with _opened_lock:
        if _opened_folder is not None:
            _remove_folder(_opened_folder)
            _opened_folder = None


def _sweep_stale() -> None:
    """Remove the copy folders a run that crashed left (a day old)."""
    base = Path(tempfile.gettempdir())
    for folder in base.glob(OPENED_PREFIX + "*"):
        try:
            if (
                folder.is_dir()
                and folder.stat().st_uid == os.getuid()
                and (time.time() - folder.stat().st_mtime > _STALE_S)
            ):
                _remove_folder(folder)
        except OSError:
            continue


def opened_copy(kept: Path, name: str) -> Path:
    """A copy of the kept file's content, for the computer's own program: in this run's
    owner-only folder, owner-only itself, removed when Tinjau quits."""
    global _opened_folder
    with _opened_lock:
        if _opened_folder is None or not _opened_folder.is_dir():
            _sweep_stale()
            _opened_folder = Path(tempfile.mkdtemp(prefix=OPENED_PREFIX))  # 0700
            atexit.register(remove_opened_copies)
        folder = _opened_folder
    target = folder / Path(name).name
    temporary = folder / f".{target.name}.{os.getpid()}.part"
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle, open_kept(kept) as content:
            shutil.copyfileobj(content, handle, 1 << 20)  # a video: never whole in memory
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


class FileEditor(Editor):
    """A file question: Choose file…, the file shown, Open, Remove."""

    chosen = Signal(str)  # a path picked in the file dialog

    def __init__(self, question_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_type = question_type
        self.resolve: Resolver = lambda _name: None
        self.dialog: QFileDialog | None = None
        self.value: str | None = None
        self.kept: Path | None = None
        self.last_opened: Path | None = None  # the copy "Open" gave the computer's program
        self.choose = QPushButton(objectName="chooseFile")
        self.open_button = QPushButton(objectName="openFile")
        self.remove = QPushButton(objectName="removeFile")
        for button in (self.choose, self.open_button, self.remove):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self.choose.clicked.connect(self.ask)
        self.open_button.clicked.connect(self.open_file)
        self.remove.clicked.connect(self._remove)
        self.thumbnail = QLabel(objectName="fileThumbnail")
        self.thumbnail.setFixedHeight(THUMBNAIL_PX)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.thumbnail.hide()
        self.info = QLabel(objectName="fileInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.notice = QLabel(objectName="fileNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020;")
        self.notice.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose)
        row.addWidget(self.open_button)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.box.addLayout(row)
        self.box.addWidget(self.thumbnail)
        self.box.addWidget(self.info)
        self.box.addWidget(self.notice)
        self.setFocusProxy(self.choose)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose file…"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the file in the computer's own program"))
        self.remove.setText(self.tr("Remove"))
        self._show()

    # -- choosing ------------------------------------------------------------------------------

    def ask(self) -> None:
        """Show the file dialog (Qt's own, so it works the same by keyboard everywhere)."""
        dialog = QFileDialog(self, self.tr("Choose a file for this question"))
        dialog.setObjectName("chooseFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        pattern = _PATTERNS.get(self.question_type)
        filters = [self.tr("All files (*)")]
        if pattern:
            filters.insert(0, self._kind_filter(pattern))
        dialog.setNameFilters(filters)
        dialog.fileSelected.connect(self.chosen.emit)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _kind_filter(self, pattern: str) -> str:
        names = {
            "audio": self.tr("Sound recordings (%1)"),
            "video": self.tr("Videos (%1)"),
        }
        return names.get(self.question_type, self.tr("Photos (%1)")).replace("%1", pattern)

    def _remove(self) -> None:
        self.say("")
        # The button hides with the answer: the keyboard stays in the question.
        self.choose.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(None)

    def open_file(self) -> None:
        if self.kept is None or self.value is None:
            return
        kept, name = self.kept, self.value

        def opened(copy: Path) -> None:
            self.last_opened = copy
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

        def failed(error: BaseException) -> None:
            if not isinstance(error, (OSError, DatabaseError)):
                show_error(self, error_message(error))
                return
            self.say(self.tr("This file cannot be opened: it was damaged on this device."))

        # Opening a video's copy takes a moment: on the worker thread, never the window's.
        QueryOp(self, lambda _ctx: opened_copy(kept, name), opened).failure(failed).with_progress(
            self.tr("Opening the file…")
        ).run_in_background()

    def say(self, message: str) -> None:
        """Show a refusal (a sentence) under the buttons; "" hides it."""
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    # -- showing -------------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        self.value = value if isinstance(value, str) and value else None
        self._show()

    def _show(self) -> None:
        found = self.resolve(self.value) if self.value else None
        self.kept = found[2] if found is not None and found[2].is_file() else None
        self.remove.setVisible(self.value is not None)
        self.open_button.setVisible(self.kept is not None)
        picture = QImage()
        if self.kept is not None and found is not None and found[0].startswith("image/"):
            try:
                picture = QImage.fromData(read_kept(self.kept))
            except (OSError, DatabaseError):
                picture = QImage()
        if not picture.isNull():
            scaled = picture.scaled(
                THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
            self.thumbnail.setPixmap(QPixmap.fromImage(scaled))
            self.thumbnail.show()
        else:
            self.thumbnail.clear()
            self.thumbnail.hide()
        if self.value is None:
            self.info.setText(self.tr("No file chosen"))
        elif found is None or self.kept is None:
            self.info.setText(
                self.tr("%1 — the file is not on this device").replace(
                    "%1", isolate_ltr(self.value)
                )
            )
        else:
            size = QLocale().formattedDataSize(found[1])
            self.info.setText(
                " · ".join(isolate_ltr(part) for part in (self.value, found[0], size))
            )

    def set_editable(self, editable: bool) -> None:
        # Open stays usable on a completed interview: only choosing and removing stop.
        self.choose.setEnabled(editable)
        self.remove.setEnabled(editable)

    def is_editable(self) -> bool:
        return self.choose.isEnabled()

    def inputs(self) -> list[QWidget]:
        return [b for b in (self.choose, self.open_button) if b.isEnabled() and not b.isHidden()]

    def tab_stops(self) -> list[QWidget]:
        buttons = (self.choose, self.open_button, self.remove)
        return [b for b in buttons if b.isEnabled() and not b.isHidden()]
