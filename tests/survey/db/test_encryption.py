"""Personal data at rest (issue 12): every byte under the data folder is encrypted; a wrong
passphrase, a damaged key file or another workspace's file is refused and changes nothing; a
plain workspace is encrypted in place; the passphrase can be changed; kill -9 loses nothing.

Real files, real `tinjau` processes. The suite's passphrase comes from TINJAU_PASSPHRASE_FILE
(tests/conftest.py); tests that need another one pass their own environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import cipher, keys, open_database
from app.survey.ids import uuid7
from app.survey.records import attachments
from tests.conftest import TEST_PASSPHRASE
from tests.media_files import png_bytes
from tests.workspace_files import REPO, build_demo, digests, tinjau

SQLITE_HEADER = b"SQLite format 3"


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _passphrase_file(folder: Path, text: str) -> Path:
    path = folder / f"pass-{abs(hash(text))}"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _people(folder: Path) -> tuple[list[str], list[str]]:
    """Names and MyKad numbers the workspace holds, read through `tinjau db query`."""
    result = tinjau(
        "db", "query", "--data-dir", str(folder),
        "SELECT name, national_id FROM members WHERE national_id IS NOT NULL LIMIT 40",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 40
    return [r["name"] for r in rows], [r["national_id"] for r in rows]


def _every_byte(folder: Path) -> list[tuple[Path, bytes]]:
    found = []
    for path in sorted(folder.rglob("*")):
        try:
            found.append((path, path.read_bytes()))
        except (FileNotFoundError, IsADirectoryError):
            continue  # a -shm removed meanwhile, a folder
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("encrypted") / "data", households=120)


def test_no_name_id_or_sqlite_header_in_any_file_under_the_data_folder(
    demo: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    import shutil

    shutil.copytree(demo, folder)
    names, ids = _people(folder)
    digits = [i.replace("-", "") for i in ids]
    assert tinjau("backup", "--data-dir", str(folder)).returncode == 0
    # A photo of an interview, with a marker in its bytes; and the outbox carried by hand,
    # written into the data folder (sealed with its own export passphrase).
    marker = b"MARKER-photo-of-Siti-binti-Ahmad-880101-14-5678"
    photo = tmp_path / "rumah.png"
    photo.write_bytes(png_bytes(24, 24, 7) + marker * 50)
    with open_database(database_path(folder)) as db:
        kept = attachments.add_file(db, interview_id=uuid7(), source=photo, question_type="photo")
        assert attachments.read_kept(
            attachments.path_of(attachments.folder_of(db), kept.sha256)
        ).endswith(marker)
    export_passphrase = _passphrase_file(tmp_path, "carried by hand to the server")
    exported = tinjau("outbox", "export", str(folder / "outbox.export"), "--data-dir",
                      str(folder), "--export-passphrase-file", str(export_passphrase))  # fmt: skip
    assert exported.returncode == 0 and "Wrote " in exported.stdout, exported.stderr
    # A command that logs: a search that finds nothing logs nothing, a refusal does.
    tinjau("census", "import", str(tmp_path / "missing.xlsx"), "--data-dir", str(folder))
    # Open, with a change not yet folded into the file: the -wal is there while it is read.
    db = open_database(database_path(folder))
    try:
        with db.write() as conn:
            conn.exec_driver_sql(
                "UPDATE members SET name = name WHERE id IN (SELECT id FROM members LIMIT 50)"
            )
        files = _every_byte(folder)
    finally:
        db.close()
    files += _every_byte(folder)
    kinds = {p.name.split("-backup-")[0] + p.suffix for p, _ in files}
    assert any(p.name.endswith("-wal") for p, _ in files), kinds
    assert any("-backup-" in p.name for p, _ in files), kinds
    assert {kept.sha256, "outbox.export"} <= {p.name for p, _ in files}, kinds
    for path, data in files:
        assert SQLITE_HEADER not in data, path
        assert marker not in data and b"\x89PNG" not in data, (path, "holds the photo")
        assert b"tinjau-outbox" not in data and not data.startswith(b"\x1f\x8b"), path
        for text in names + ids + digits:
            assert text.encode("utf-8") not in data, (path, "holds a name or an ID")
    for path, _ in _every_byte(folder):
        assert path.stat().st_mode & 0o077 == 0, path
    for path in [folder, *[p for p in folder.rglob("*") if p.is_dir()]]:
        assert path.stat().st_mode & 0o077 == 0, path


def _query(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return tinjau("db", "query", "--data-dir", str(folder), "SELECT count(*) AS n FROM households",
                  env=env)  # fmt: skip


def test_wrong_passphrase_damaged_key_file_and_another_workspaces_file_are_refused(
    demo: Path, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    before = digests(folder)
    wrong = _passphrase_file(tmp_path, "not the passphrase")
    for command in (
        ("db", "query", "--data-dir", str(folder), "SELECT 1"),
        ("backup", "--data-dir", str(folder)),
        ("census", "search", "ali", "--data-dir", str(folder)),
    ):
        refused = tinjau(*command, env=_env(TINJAU_PASSPHRASE_FILE=str(wrong)))
        assert refused.returncode == 1, refused.stdout
        assert "That passphrase does not open this workspace" in refused.stderr, refused.stderr
        assert digests(folder) == before
    # --passphrase-file wins over the environment's file
    given = _passphrase_file(tmp_path, TEST_PASSPHRASE)
    ok = tinjau("db", "query", "--data-dir", str(folder), "--passphrase-file", str(given),
                "SELECT 1 AS one", env=_env(TINJAU_PASSPHRASE_FILE=str(wrong)))  # fmt: skip
    assert ok.returncode == 0 and json.loads(ok.stdout) == {"one": 1}, ok.stderr

    key_file = keys.key_file(database_path(folder))
    good = key_file.read_bytes()
    key_file.write_bytes(good.replace(b'"workspace"', b'"workspace_"'))
    before = digests(folder)
    refused = _query(folder, _env())
    assert refused.returncode == 1 and "is damaged, so the workspace cannot be unlocked" in (
        refused.stderr
    ), refused.stderr
    assert digests(folder) == before
    key_file.write_bytes(good)

    other = build_demo(tmp_path / "other", households=5)
    before = digests(folder)
    shutil.copyfile(database_path(other), tmp_path / "foreign.sqlite")
    os.replace(tmp_path / "foreign.sqlite", database_path(folder))
    before = digests(folder)
    refused = _query(folder, _env())
    assert refused.returncode == 1
    assert "cannot be opened with this workspace's key" in refused.stderr, refused.stderr
    assert digests(folder) == before

    missing = tmp_path / "no-key"
    shutil.copytree(demo, missing)
    keys.key_file(database_path(missing)).unlink()
    before = digests(missing)
    refused = _query(missing, _env())
    assert refused.returncode == 1 and "no key file" in refused.stderr, refused.stderr
    assert digests(missing) == before


def test_a_locked_workspace_without_a_passphrase_is_a_sentence(demo: Path) -> None:
    refused = _query(demo, _env(TINJAU_PASSPHRASE_FILE=None))
    assert refused.returncode == 1
    assert "is locked: give its passphrase" in refused.stderr, refused.stderr


def test_db_query_prints_json_lines_and_refuses_writes(demo: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    rows = tinjau("db", "query", "--data-dir", str(folder),
                  "SELECT id, visit_status FROM households LIMIT 3")  # fmt: skip
    assert rows.returncode == 0, rows.stderr
    parsed = [json.loads(line) for line in rows.stdout.splitlines()]
    assert [sorted(r) for r in parsed] == [["id", "visit_status"]] * 3
    before = digests(folder)
    for sql in ("DELETE FROM households", "UPDATE members SET name = 'x'",
                "CREATE TABLE t (x)"):  # fmt: skip
        refused = tinjau("db", "query", "--data-dir", str(folder), sql)
        assert refused.returncode == 1
        assert "only reads, and this statement would change" in refused.stderr, refused.stderr
        assert digests(folder) == before


def test_test_only_key_settings_are_refused_outside_tests(demo: Path) -> None:
    refused = _query(demo, _env(TINJAU_TEST_CHEAP_KDF=None))
    assert refused.returncode == 1
    assert "weak key settings meant only for Tinjau's own tests" in refused.stderr


def _plain_copy(encrypted: Path, plain: Path) -> None:
    """The workspace at `encrypted` decrypted into `plain`: a workspace as older Tinjau made."""
    conn = cipher.connect_workspace(encrypted)
    try:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def _plain_workspace(demo: Path, folder: Path) -> Path:
    folder.mkdir(mode=0o700)
    _plain_copy(database_path(demo), database_path(folder))
    (folder / "backups").mkdir(mode=0o700)
    _plain_copy(
        database_path(demo),
        folder / "backups" / "tinjau-backup-20261101T000000-000000Z-daily-0123456789.sqlite",
    )
    assert keys.is_plain_sqlite(database_path(folder))
    return folder


def test_a_plain_workspace_is_encrypted_in_place_with_a_verified_backup(
    demo: Path, tmp_path: Path
) -> None:
    folder = _plain_workspace(demo, tmp_path / "old")
    # A photo kept plain by a version before sealing: sealed with the workspace.
    photo = png_bytes(24, 24, 8) + b"MARKER-plain-photo" * 20
    sha = hashlib.sha256(photo).hexdigest()
    old_photo = folder / "attachments" / sha[:2] / sha
    old_photo.parent.mkdir(mode=0o700, parents=True)
    old_photo.write_bytes(photo)
    old_photo.chmod(0o600)
    done = tinjau("db", "query", "--data-dir", str(folder), "SELECT count(*) AS n FROM members")
    assert done.returncode == 0, done.stderr
    assert b"MARKER-plain-photo" not in old_photo.read_bytes()
    with open_database(database_path(folder)) as db:
        assert db.path.parent == folder
        assert attachments.read_kept(old_photo) == photo
    assert "Recovery key:" in done.stderr and "the data is gone" in done.stderr, done.stderr
    expected = tinjau("db", "query", "--data-dir", str(demo), "SELECT count(*) AS n FROM members")
    assert done.stdout == expected.stdout
    files = _every_byte(folder)
    assert [p.name for p, _ in files if p.name.startswith(".")] == []
    for path, data in files:
        assert SQLITE_HEADER not in data, path
    made = [p.name for p in (folder / "backups").iterdir()]
    assert any("-encrypt-" in name for name in made), made


def test_changing_the_passphrase_and_the_recovery_key(demo: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    new = _passphrase_file(tmp_path, "a new long passphrase")
    changed = tinjau("db", "passphrase", "--data-dir", str(folder),
                     "--new-passphrase-file", str(new))  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    recovery = changed.stdout.split("Recovery key: ")[1].split()[0]
    assert "the data is gone" in changed.stdout
    old = _query(folder, _env())
    assert old.returncode == 1 and "does not open" in old.stderr
    assert _query(folder, _env(TINJAU_PASSPHRASE_FILE=str(new))).returncode == 0
    # The backups made before the change open with the new passphrase too.
    backup = tinjau("backup", "--data-dir", str(folder), "--passphrase-file", str(new))
    assert backup.returncode == 0, backup.stderr
    # Passphrase lost: the recovery key sets a new one.
    recovery_file = _passphrase_file(tmp_path, recovery)
    third = _passphrase_file(tmp_path, "third passphrase here")
    reset = tinjau("db", "passphrase", "--data-dir", str(folder), "--recovery-key-file",
                   str(recovery_file), "--new-passphrase-file", str(third))  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    assert _query(folder, _env(TINJAU_PASSPHRASE_FILE=str(third))).returncode == 0
    wrong_recovery = _passphrase_file(tmp_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    before = digests(folder)
    refused = tinjau("db", "passphrase", "--data-dir", str(folder), "--recovery-key-file",
                     str(wrong_recovery), "--new-passphrase-file", str(new))  # fmt: skip
    assert refused.returncode == 1 and "recovery key does not open" in refused.stderr
    assert digests(folder) == before


_REKEY_LOOP = """
import sys
from pathlib import Path
from app.survey.db import keys
db = Path(sys.argv[1])
passphrases = [sys.argv[2], sys.argv[3]]
i = 0
print("ready", flush=True)
while True:
    keys.rewrap(db, passphrases[(i + 1) % 2], old_passphrase=passphrases[i % 2])
    i += 1
"""


def _opens_with_either(folder: Path, tmp_path: Path, passphrases: list[str]) -> str:
    for text in passphrases:
        result = _query(folder, _env(TINJAU_PASSPHRASE_FILE=str(_passphrase_file(tmp_path, text))))
        if result.returncode == 0:
            return result.stdout
    raise AssertionError(f"the workspace opens with neither passphrase: {result.stderr}")


def test_kill_9_during_a_passphrase_change_loses_nothing(demo: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    expected = _query(folder, _env()).stdout
    passphrases = [TEST_PASSPHRASE, "the other passphrase"]
    for delay in (0.05, 0.2, 0.37):
        worker = subprocess.Popen(
            [sys.executable, "-c", _REKEY_LOOP, str(database_path(folder)), *passphrases],
            cwd=REPO, stdout=subprocess.PIPE, text=True, env=_env(PYTHONPATH=str(REPO)),
        )  # fmt: skip
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        time.sleep(delay)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert _opens_with_either(folder, tmp_path, passphrases) == expected


def test_kill_9_during_the_encryption_of_a_plain_workspace_loses_nothing(
    demo: Path, tmp_path: Path
) -> None:
    expected = _query(demo, _env()).stdout
    for n, delay in enumerate((0.3, 0.6, 0.9, 1.4)):
        folder = _plain_workspace(demo, tmp_path / f"old{n}")
        worker = subprocess.Popen(
            [sys.executable, "-m", "app", "db", "query", "--data-dir", str(folder),
             "SELECT count(*) AS n FROM households"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(delay)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        again = _query(folder, _env())
        assert again.returncode == 0, again.stderr
        assert again.stdout == expected
        leftovers = [p.name for p in folder.rglob(".*")]
        assert leftovers == [], leftovers
        for path, data in _every_byte(folder):
            assert SQLITE_HEADER not in data, path


def test_init_sets_the_passphrase_and_prints_the_recovery_key_once(tmp_path: Path) -> None:
    folder = tmp_path / "ward"
    refused = tinjau("init", "--data-dir", str(folder), "--country", "my",
                     env=_env(TINJAU_PASSPHRASE_FILE=None))  # fmt: skip
    assert refused.returncode == 1 and "needs a passphrase" in refused.stderr, refused.stderr
    assert not folder.exists()
    short = _passphrase_file(tmp_path, "short")
    refused = tinjau("init", "--data-dir", str(folder), "--country", "my",
                     "--passphrase-file", str(short))  # fmt: skip
    assert refused.returncode == 1 and "too short" in refused.stderr, refused.stderr
    assert not folder.exists()
    given = _passphrase_file(tmp_path, "our ward's passphrase")
    made = tinjau("init", "--data-dir", str(folder), "--country", "my",
                  "--passphrase-file", str(given))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stderr.count("Recovery key:") == 1 and "the data is gone" in made.stderr
    recovery = made.stderr.split("Recovery key: ")[1].split()[0]
    assert keys.parse_recovery_key(recovery) is not None
    assert _query(folder, _env(TINJAU_PASSPHRASE_FILE=str(given))).returncode == 0
    again = _query(folder, _env(TINJAU_PASSPHRASE_FILE=str(given)))
    assert "Recovery key:" not in again.stderr


def test_an_encryption_cut_off_after_the_workspace_is_finished_by_the_next_read(
    demo: Path, tmp_path: Path
) -> None:
    """Killed after the workspace itself was encrypted but before its plain backups were: the
    next command, even one that only reads (db query), encrypts the backups still plain and
    removes the copy the cut-off left (before, both stayed: a plain backup on disk)."""
    folder = _plain_workspace(demo, tmp_path / "old")
    expected = _query(demo, _env()).stdout
    assert _query(folder, _env()).returncode == 0  # the first unlock encrypts it all
    backups = folder / "backups"
    plain_backup = backups / "tinjau-backup-20261102T000000-000000Z-daily-0123456789.sqlite"
    _plain_copy(database_path(demo), plain_backup)
    leftover = backups / f".{plain_backup.name}.encrypting"
    leftover.write_bytes(b"half an encrypted copy")
    again = _query(folder, _env())
    assert again.returncode == 0, again.stderr
    assert again.stdout == expected
    assert [p.name for p in folder.rglob(".*")] == []
    assert not keys.is_plain_sqlite(plain_backup)
    for path, data in _every_byte(folder):
        assert SQLITE_HEADER not in data, path


def test_a_demo_without_a_passphrase_takes_the_known_one_and_opens_without_asking(
    tmp_path: Path,
) -> None:
    """`tinjau demo` with no passphrase of its own takes the demo's known passphrase and marks
    its key file a demo: commands open it without asking. A real workspace never does: `init`
    without a passphrase is still refused, and a demo's database is still encrypted."""
    env = _env(TINJAU_PASSPHRASE_FILE=None)
    folder = tmp_path / "demo"
    made = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--households", "30", "--data-dir", str(folder)],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert keys.DEMO_PASSPHRASE in made.stderr and "Recovery key" not in made.stderr
    assert keys.is_demo(database_path(folder))
    assert not keys.is_plain_sqlite(database_path(folder))
    asked = _query(folder, env)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout.splitlines()[0])["n"] == 30
    real = subprocess.run(
        [sys.executable, "-m", "app", "init", "--data-dir", str(tmp_path / "real"),
         "--country", "my", "--area", "selangor", "--name", "Selangor"],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert real.returncode != 0 and "passphrase" in real.stderr
