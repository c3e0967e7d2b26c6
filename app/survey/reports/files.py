"""Writing an export file safely: never a half file under the final name, never over a file
that Excel or LibreOffice has open.

The workbook is written to a hidden temporary file beside the target (same folder, so the
final rename is atomic), flushed to disk, then renamed over the target. Anything that stops the
export first (an error, a cancel, Ctrl+C) removes the temporary file and leaves the target as
it was, byte for byte.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.survey.errors import TinjauError


def lock_files(path: Path) -> list[Path]:
    """Where Excel (`~$name`, or `~$` over the first two letters of a long name) and
    LibreOffice (`.~lock.name#`) mark a file they have open."""
    name = path.name
    return [
        path.with_name("~$" + name),
        path.with_name("~$" + name[2:]),
        path.with_name(f".~lock.{name}#"),
    ]


def check_target(path: Path, suffix: str) -> None:
    """Refuse, with what to do, a target that cannot or must not be written."""
    if path.suffix.lower() != suffix:
        raise TinjauError(
            f"{path.name} does not end in {suffix}; give the workbook a name such as "
            f"report{suffix}."
        )
    if path.is_dir():
        raise TinjauError(f"{path} is a folder; give the name of the file to write.")
    if not path.parent.is_dir():
        raise TinjauError(
            f"The folder {path.parent} does not exist; create it or choose another place."
        )
    if not os.access(path.parent, os.W_OK):
        raise TinjauError(f"Tinjau may not write in {path.parent}; choose a folder of your own.")
    if any(lock.exists() for lock in lock_files(path)):
        raise TinjauError(
            f"{path.name} is open in Excel or LibreOffice; close it there and export again, "
            "or choose another file name."
        )
    if path.exists():
        try:
            with open(path, "r+b"):
                pass  # Windows refuses this while another program holds the file
        except PermissionError:
            raise TinjauError(
                f"{path.name} cannot be replaced: it is open in another program or read-only. "
                "Close it or choose another file name."
            ) from None


@contextlib.contextmanager
def atomic_file(path: Path, suffix: str) -> Iterator[Path]:
    """A temporary path to write; renamed to `path` when the block ends without an error."""
    check_target(path, suffix)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        check_target(path, suffix)  # opened in Excel while we wrote?
        try:
            os.replace(temporary, path)
        except PermissionError:
            raise TinjauError(
                f"{path.name} cannot be replaced: it is open in another program or read-only. "
                "Close it or choose another file name."
            ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
