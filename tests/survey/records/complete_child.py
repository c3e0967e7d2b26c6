"""A child process for the kill -9 test: begin a household's interview, then complete it, and
SIGKILL itself when SQLite has run `kill_at` virtual-machine steps inside the completion's
transaction (0: never). Prints `steps N` when the completion committed.

    python -m tests.survey.records.complete_child DB_PATH HOUSEHOLD_ID KILL_AT
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records import interviews


def main(path: str, household_id: str, kill_at: int) -> None:
    draft = interviews.Draft(
        interview_id=uuid7(), household_id=household_id, form_id="household", form_version="1",
        answers={"note": "first save"}, position={}, enumerator_id="enum01", sequence=1,
    )  # fmt: skip
    with open_database(Path(path)) as db:
        with db.write() as conn:
            interviews.save_draft(conn, draft=draft)
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return 0

        with db.write() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.set_progress_handler(count, 1)  # called every VM step
            final = interviews.Draft(**{**draft.__dict__, "answers": {"note": "done"}})
            interviews.complete(conn, draft=final, score=None, household_size=3)
        raw.set_progress_handler(None, 1)
        sys.stdout.write(f"steps {steps}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
