"""The interview screen of the desktop app: the household form, its roster, score and saving.

`InterviewView(settings)` is the screen; `open_household(household_id)` shows that household's
interview (resumed, or begun). See view.py.
"""

from __future__ import annotations

from app.ui.interview.view import InterviewView

__all__ = ["InterviewView"]
