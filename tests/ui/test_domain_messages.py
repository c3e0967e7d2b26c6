"""Every refusal the domain can give (a message id) has the window's own sentence, in every
language, with the same placeholders as the domain's English one."""

from __future__ import annotations

import string

from app.survey.errors import DomainError
from app.survey.records.messages import MESSAGES
from app.ui import i18n
from app.ui.messages import domain_text, templates


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_id_has_a_window_sentence_with_the_same_placeholders(qapp) -> None:
    """The window's table and the domain's hold the same ids, each with the same {names}, and
    the window's English is the domain's English."""
    window = templates()
    assert set(window) == set(MESSAGES)
    for message_id, english in MESSAGES.items():
        assert _fields(window[message_id]) == _fields(english), message_id
        assert window[message_id] == english, message_id


def test_a_refusal_reads_in_the_interface_language(qapp) -> None:
    """A refused interview move is shown in Malay, Vietnamese and Persian, with its statuses."""
    error = DomainError("interview.move_refused", current="approved", wanted="draft")
    try:
        for code, word in (("ms", "Temu bual"), ("vi", "phỏng vấn"), ("fa", "مصاحبه")):
            i18n.set_language(code)
            text = domain_text(error)
            assert word in text and "approved" in text and "draft" in text, code
    finally:
        i18n.set_language("en")
