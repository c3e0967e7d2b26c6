"""Connecting the interview screen to the main window: a household activated in the census list
(double-click or Enter) opens its interview; "Back to the list" returns to the list.

The screen is built on first use, so starting the app does not import the form engine.
"""

from __future__ import annotations

from typing import Any


def attach_interview(window: Any) -> None:
    """Open interviews from `window` (a MainWindow with `household_activated` and `pages`);
    a second call does nothing."""
    if hasattr(window, "open_interview"):
        return
    holder: dict[str, Any] = {}

    def view() -> Any:
        if "view" not in holder:
            from app.ui.interview.view import InterviewView

            screen = InterviewView(window.settings)
            window.pages.addWidget(screen)
            screen.closed.connect(lambda: window.pages.setCurrentWidget(window.splitter))
            holder["view"] = screen
            window.interview_view = screen
        return holder["view"]

    def open_household(household_id: str) -> None:
        screen = view()
        window.pages.setCurrentWidget(screen)
        screen.open_household(household_id)

    window.open_interview = open_household
    window.household_activated.connect(open_household)


def show_sample_interview(app: Any, window: Any, timeout_s: float = 60.0) -> None:
    """For `tinjau gui --view interview`: open an interview in progress (else the first
    household listed) and wait until it is on screen."""
    import time

    from app.survey.errors import TinjauError
    from app.ui import ops

    def pick(ctx: ops.OpContext) -> str | None:
        with ctx.db.read() as conn:
            row = (
                conn.exec_driver_sql(
                    "SELECT h.id FROM households h JOIN interviews i ON i.household_id = h.id "
                    "WHERE i.status = 'draft' AND i.deleted_at IS NULL ORDER BY h.seq LIMIT 1"
                ).fetchone()
                or conn.exec_driver_sql("SELECT id FROM households ORDER BY seq LIMIT 1").fetchone()
            )
        return str(row[0]) if row else None

    if not hasattr(window, "open_interview"):
        attach_interview(window)
    household = ops.task_manager().run_sync(pick)
    if household is None:
        raise TinjauError("This data folder has no households, so there is no interview to show.")
    window.open_interview(household)
    deadline = time.monotonic() + timeout_s
    while not ops.is_idle() or window.interview_view.session is None:
        app.processEvents()
        if time.monotonic() > deadline:
            raise TinjauError("The interview did not open in time; no screenshot was made.")
        time.sleep(0.002)
    app.processEvents()
