"""The form engine's form side: XLSForm loading (via pyxform, cached) and headless sessions.

`load_form(path)` gives a `CompiledForm`; `FormSession(form, answers)` fills one interview.
No Qt here: the CLI, the server and the desktop app all use it as is::

    form = load_form("household.xlsx")                # pyxform once; then the cache (by sha256)
    session = FormSession(form, saved_tree, language="ms")
    changes = session.set("age", 41, (2,))            # members[2].age; raises on a wrong type
    session.is_relevant("in_school", (2,)), session.choices("district"), session.validate()
    session.answers()                                 # draft tree, JSON-ready, all answers kept
    session.completed_answers()                       # hidden answers left out, as ODK does

Questions are addressed by name plus the 0-based indices of their enclosing repeat instances.
"""

from __future__ import annotations

from app.survey.forms.compiled import CompiledForm
from app.survey.forms.loader import default_cache_dir, load_form
from app.survey.forms.model import Choice, FormDefinition, Question
from app.survey.forms.session import ChangeSet, FormError, FormSession, parse_address

__all__ = [
    "ChangeSet",
    "Choice",
    "CompiledForm",
    "FormDefinition",
    "FormError",
    "FormSession",
    "Question",
    "default_cache_dir",
    "load_form",
    "parse_address",
]
