"""`tinjau backup` and `tinjau restore`: a consistent copy of a workspace, and putting one back.

`backup` copies with SQLite's backup API (the window may go on saving meanwhile), checks the
copy and prints its path. `restore` checks the backup, refuses to overwrite newer data without
--force or a workspace another program has open, keeps a safety copy, then swaps the file in.
See docs/your-data.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup",
        help="copy the workspace safely (also while the app is open)",
        description="Write a consistent copy of the workspace, checked with SQLite's "
        "quick_check, to its backups/ folder or to --to FOLDER, and print its path. "
        "Automatic backups are kept: the daily ones for --keep-days days, and the last "
        "--keep-changes of those made before an import, a rescore, a restore or an upgrade; "
        "manual ones are never removed. See docs/your-data.md.",
    )
    backup.add_argument("--data-dir", type=Path, required=True, help="the data folder")
    backup.add_argument(
        "--to", type=Path, metavar="FOLDER", help="where to write it (a USB stick, ...)"
    )
    backup.add_argument(
        "--keep-days", type=_count, metavar="N", help="keep daily backups N days (default 14)"
    )
    backup.add_argument(
        "--keep-changes",
        type=_count,
        metavar="K",
        help="keep the last K backups made before a bulk change (default 10)",
    )
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser(
        "restore",
        help="put a backup back in place of the workspace",
        description="Check BACKUP, keep a copy of the workspace in its backups/ folder, then "
        "replace the workspace with BACKUP. Refused while another Tinjau program has the "
        "workspace open, and when the workspace has changes made after the backup (unless "
        "--force).",
    )
    restore.add_argument("backup", type=Path, help="the backup file (.sqlite)")
    restore.add_argument("--data-dir", type=Path, required=True, help="the data folder")
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even when the workspace has changes made after the backup",
    )
    restore.set_defaults(func=run_restore)


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of 1 or more")
    return int(text)


def _existing_database(data_dir: Path) -> Path:
    from app.paths import database_path
    from app.survey.errors import TinjauError

    path = database_path(data_dir)
    if not path.is_file():
        raise TinjauError(f"{data_dir} holds no Tinjau data (tinjau.sqlite); nothing to back up.")
    return path


def run_backup(args: argparse.Namespace) -> int:
    from app.survey.db import backups, health, open_database
    from app.survey.errors import TinjauError

    path = _existing_database(args.data_dir)
    with open_database(path, read_only=not health.can_write(path)) as db:
        # Opened (and checked, and upgraded if needed) like any command; the copy is made
        # through a connection of its own.
        if args.keep_days or args.keep_changes:
            with db.write() as conn:
                for (key, _default), value in (
                    (backups.KEEP_DAYS, args.keep_days),
                    (backups.KEEP_CHANGES, args.keep_changes),
                ):
                    if value:
                        conn.exec_driver_sql(
                            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            (key, str(value)),
                        )
    folder = args.to.resolve() if args.to else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise TinjauError(f"{args.to} is a file, not a folder; give a folder to copy into.")
    try:
        made = backups.backup_database(path, backups.MANUAL, folder)
    except OSError as error:
        raise TinjauError(
            f"The backup could not be written to {folder or health.backup_folder(path)} "
            f"({error.strerror}); choose a folder you can write to."
        ) from None
    if args.keep_days or args.keep_changes:
        backups.prune(path)
    sys.stdout.write(f"{made}\n")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.survey.db.restore import restore_backup

    done = restore_backup(args.backup, database_path(args.data_dir), force=args.force)
    lines = [f"Restored {args.backup.name} into {args.data_dir.resolve()}."]
    if done.safety_copy is not None:
        lines.append(f"The workspace it replaced is kept as {done.safety_copy}.")
    if done.upgraded:
        lines.append("The backup was upgraded to this version of Tinjau.")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
