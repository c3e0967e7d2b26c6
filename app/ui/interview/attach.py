"""Connecting the interview screen to the main window: a household activated in the census list
(double-click or Enter) opens its interview; "Back to the list" returns to the list.

The screen is built on first use, so starting the app does not import the form engine.
"""

from __future__ import annotations

from typing import Any


def attach_interview(window: Any) -> None:
    """Open interviews from `window` (a MainWindow with `household_activated` and `pages`)."""
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
