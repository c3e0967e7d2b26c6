"""Default sentences the session shows when a form gives no message of its own."""

from __future__ import annotations

DEFAULT_MESSAGES = {
    "required": "This question needs an answer.",
    "constraint": "This answer is not accepted by the form's rules; check it and correct it.",
    "choice": "This choice is no longer offered; choose one of the options shown.",
}
