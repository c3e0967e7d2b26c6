"""Helpers for tests of what Tinjau does to a data folder's files: a demo workspace built by the
real command, every file's digest, pages overwritten in the middle, a folder made read-only, a
small disk and a file that fills it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def tinjau(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `tinjau` command line in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=300,
    )


def build_demo(folder: Path, households: int = 200) -> Path:
    """`tinjau demo` into `folder` (a real workspace, closed cleanly: no -wal or -shm left)."""
    result = tinjau("demo", "--households", str(households), "--data-dir", str(folder),
                    "--seed", "1", "--today", "2026-11-28")  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` (the -wal, -shm and backups included), by path."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def damage(db_file: Path, pages: int = 3) -> None:
    """Overwrite `pages` pages in the middle of an SQLite file, as a disk fault or a bad USB
    copy would (the page size is read from a plain file's header; an encrypted one's, whose
    header is encrypted too, is SQLCipher 4's 4096)."""
    with db_file.open("r+b") as handle:
        header = handle.read(100)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if not header.startswith(b"SQLite format 3\x00"):
            page_size = 4096
        middle = db_file.stat().st_size // page_size // 2
        for page in range(middle, middle + pages):
            handle.seek(page * page_size)
            handle.write(b"\x5a" * page_size)


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` and everything in it read-only for this process and its children.

    Tests run as root on CI, and root ignores permission bits: as root the files are made
    immutable (`chattr +i`), which root cannot write either; as any other user, chmod a-w.
    Skips the test, saying why, where neither is possible.
    """
    paths = [folder, *sorted(folder.rglob("*"))]
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in paths}
        for path in reversed(paths):
            path.chmod(modes[path] & ~0o222)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(modes[path])
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: no way to make a folder read-only here")
    made = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
    if made.returncode != 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
        pytest.skip(f"running as root, and chattr +i is refused here: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real file system of `size` (a tmpfs, e.g. "256k") mounted at `folder`: a USB stick that
    fills up. Needs root (CI runs tests as root); skips the test, saying why, elsewhere."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small file system needs root and mount (to fill a disk for real)")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True)  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"mounting a small file system is refused here: {made.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_disk(disk: Path) -> Path:
    """Write `disk`/filler.bin until the file system has no room left; returns it (delete it
    to free the space again)."""
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler
