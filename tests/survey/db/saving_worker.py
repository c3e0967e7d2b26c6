"""A program that keeps interviewing, for backup tests: `python saving_worker.py DATA_DIR [N]`.

Through the same record functions the window's interview screen uses, it saves drafts of one
household after another and completes each, printing the interview's id on its own line once
the completion is committed. It stops after N households, or (without N) goes round the list
again until killed.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from app.paths import database_path, workspace_forms_dir
from app.survey.db import open_database
from app.survey.ids import uuid7
from app.survey.records.interviews import Draft, complete, newest_form, save_draft


def main(data_dir: Path, limit: int | None) -> None:
    with open_database(database_path(data_dir)) as db:
        form = newest_form(db, workspace_forms_dir(data_dir)).definition
        with db.read() as conn:
            households = [
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT id FROM households WHERE visit_status = 'not_visited' ORDER BY seq"
                )
            ]
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        turns = households[:limit] if limit else itertools.cycle(households)
        for household_id in turns:
            interview_id = uuid7()
            draft = None
            for step in range(1, 4):  # a few answers typed, each saved as it is made
                draft = Draft(
                    interview_id=interview_id,
                    household_id=household_id,
                    form_id=form.form_id,
                    form_version=form.version,
                    answers={"enumerator_notes": f"step {step}"},
                    position={"page": step},
                    enumerator_id="E-1",
                    sequence=step,
                )
                with db.write() as conn:
                    save_draft(conn, draft=draft)
            assert draft is not None
            with db.write() as conn:  # the whole completion in one transaction
                complete(conn, draft=draft, score=None, household_size=None)
            sys.stdout.write(f"{interview_id}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)
