"""The form engine's form side: XLSForm loading (via pyxform, cached) and headless sessions.

`load_form(path)` gives a `CompiledForm`; `FormSession(form, answers)` fills one interview.
No Qt here: the CLI, the server and the desktop app all use it as is.
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
