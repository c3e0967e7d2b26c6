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


def open_sample_interview(window: Any) -> None:
    """For `tinjau gui --view interview`: open an interview in progress (else the first
    household listed). The household is looked up by an op; returns at once."""
    from app.survey.errors import TinjauError
    from app.survey.records import interviews
    from app.ui import ops

    def pick(ctx: ops.OpContext) -> str:
        with ctx.db.read() as conn:
            household = interviews.sample_household(conn)
        if household is None:
            raise TinjauError(
                "This data folder has no households, so there is no interview to show."
            )
        return household

    def failed(error: BaseException) -> None:
        message = ops.error_message(error)
        window.sample_interview_problem = message  # the screenshot mode stops with it
        ops.show_error(window, message)

    attach_interview(window)
    ops.QueryOp(parent=window, op=pick, success=window.open_interview).failure(
        failed
    ).run_in_background()


def show_sample_interview(app: Any, window: Any, timeout_s: float = 60.0) -> None:
    """For `tinjau gui --view interview --screenshot`: open the sample interview and wait
    until it is on screen."""
    import time

    from app.survey.errors import TinjauError
    from app.ui import ops

    open_sample_interview(window)
    deadline = time.monotonic() + timeout_s
    while (
        not ops.is_idle()
        or getattr(window, "interview_view", None) is None
        or (window.interview_view.session is None)
    ):
        problem = getattr(window, "sample_interview_problem", None)
        if problem and ops.is_idle():
            raise TinjauError(f"{problem} No screenshot was made.")
        app.processEvents()
        if time.monotonic() > deadline:
            raise TinjauError("The interview did not open in time; no screenshot was made.")
        time.sleep(0.002)
    app.processEvents()


def show_members_grid(app: Any, window: Any) -> None:
    """For `tinjau gui --view members --screenshot`: the sample interview on its members
    page, the cursor in the grid's first cell."""
    show_sample_interview(app, window)
    view = window.interview_view
    for name in view.page_names:
        roster = view.page(name).roster
        if roster is not None and roster.model.repeat == "members":
            view.show_page(name)
            roster.select_row(0)
            roster.table.setFocus()
            break
    from app.ui import ops

    while not ops.is_idle():  # the position saved on the page change, "Saved" shown
        app.processEvents()
    app.processEvents()
