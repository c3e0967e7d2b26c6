"""The window's sentences for the domain's refusals (`DomainError`), by message id.

The domain says what went wrong as an id and parameters (app/survey/records/messages.py holds
the English); here each id has its translatable sentence, and `domain_text` fills it in with
the parameters isolated for right-to-left languages. The contexts are those the sentences had
when the window wrote them itself, so their translations still apply.
"""

from __future__ import annotations

from app.survey.errors import DomainError
from app.ui.i18n import isolate, isolate_ltr
from app.ui.qt import QCoreApplication

# Parameters that are codes written left to right in every language.
_LTR = {
    "version", "form", "path", "current", "wanted", "limit", "width", "height", "area", "first",
    "second", "date",
}  # fmt: skip


def templates() -> dict[str, str]:
    """message id -> its sentence in the interface language now."""
    return {
        "round.name_missing": QCoreApplication.translate(
            "SurveyRounds",
            'Give the survey round a name, for example "2027 follow-up".',
        ),
        "round.name_too_long": QCoreApplication.translate(
            "SurveyRounds",
            "A survey round's name has at most {limit} characters; shorten it.",
        ),
        "round.no_such_area": QCoreApplication.translate(
            "SurveyRounds",
            "There is no area {area} in this workspace. Give an area's code or path as `tinjau "
            "report coverage` lists them; nothing was changed.",
        ),
        "round.area_ambiguous": QCoreApplication.translate(
            "SurveyRounds",
            "More than one area has the code {area} ({first}, {second}, ...). Give the whole path"
            " instead; nothing was changed.",
        ),
        "round.area_is_unit": QCoreApplication.translate(
            "SurveyRounds",
            "{area} is a single unit; a survey round covers a block or a larger area. Nothing was"
            " changed.",
        ),
        "round.already_open": QCoreApplication.translate(
            "SurveyRounds",
            "{area} already has an open survey round, {round}. Close it first (tinjau round "
            "close), then open the next one; nothing was changed.",
        ),
        "round.name_taken": QCoreApplication.translate(
            "SurveyRounds",
            "{area} already has a survey round named {round}. Choose another name; nothing was "
            "changed.",
        ),
        "round.opened_before_previous": QCoreApplication.translate(
            "SurveyRounds",
            "A new survey round of {area} cannot open before its previous round did ({date}). "
            "Give a later date; nothing was changed.",
        ),
        "round.unknown": QCoreApplication.translate(
            "SurveyRounds",
            "There is no survey round {round} in this workspace; `tinjau round list` shows them.",
        ),
        "round.ambiguous": QCoreApplication.translate(
            "SurveyRounds",
            "More than one area has a survey round named {round} ({first}, {second}). Name the "
            "area with --area; nothing was changed.",
        ),
        "round.already_closed": QCoreApplication.translate(
            "SurveyRounds",
            "The survey round {round} was already closed on {date}.",
        ),
        "round.closed_before_open": QCoreApplication.translate(
            "SurveyRounds",
            "The survey round {round} opened on {date}; it cannot close before that. Give a later"
            " date; nothing was changed.",
        ),
        "household.gone": QCoreApplication.translate(
            "InterviewRecords", "This household is no longer on the list; refresh the list."
        ),
        "household.unit_missing": QCoreApplication.translate(
            "AddHousehold", "Type the unit number as written on the door, for example A-12-03."
        ),
        "household.head_missing": QCoreApplication.translate(
            "AddHousehold", "Type the name of the head of household."
        ),
        "household.id_not_digits": QCoreApplication.translate(
            "AddHousehold", "The national ID may hold only digits (dashes and spaces are fine)."
        ),
        "household.block_missing": QCoreApplication.translate(
            "AddHousehold", "Choose the block the household lives in."
        ),
        "household.no_such_unit": QCoreApplication.translate(
            "AddHousehold", "There is no unit {unit} in {block}. Check the number on the door."
        ),
        "household.unit_not_listed": QCoreApplication.translate(
            "AddHousehold",
            "The census list has no unit {unit} in {block}. Add this unit to {block}?",
        ),
        "household.unit_needs_block": QCoreApplication.translate(
            "AddHousehold", "Type the unit with its block, as on the door: for example A-12-03."
        ),
        "household.size_out_of_range": QCoreApplication.translate(
            "AddHousehold",
            "A household has between 1 and 99 members; correct the size and save again.",
        ),
        "area.bad_path": QCoreApplication.translate(
            "Records",
            "An area path goes state > district > ward > site > block > unit; {path} does not. "
            "Correct it and try again; nothing was changed.",
        ),
        "form.missing": QCoreApplication.translate(
            "InterviewRecords",
            "This interview was begun with version {version} of the form {form}, which is "
            "not on this device. Synchronise to receive it, then open the interview again.",
        ),
        "interview.gone": QCoreApplication.translate(
            "Records", "This interview is no longer on this device; refresh the list."
        ),
        "interview.locked": QCoreApplication.translate(
            "InterviewRecords",
            "This interview is already complete; its answers can no longer change.",
        ),
        "interview.move_refused": QCoreApplication.translate(
            "Records", "An interview that is {current} cannot become {wanted}; nothing was changed."
        ),
        "visit.move_refused": QCoreApplication.translate(
            "Records",
            "A household whose visit is {current} cannot be marked {wanted}; nothing was changed.",
        ),
        "visit.note_too_long": QCoreApplication.translate(
            "Records", "A visit note holds at most {limit} characters; shorten it and save again."
        ),
        "visit.note_without_outcome": QCoreApplication.translate(
            "Records",
            "A note is kept only for a household not found or refused; leave the note empty.",
        ),
        "member.gone": QCoreApplication.translate(
            "Records", "This member is no longer in the household; refresh the roster."
        ),
        "review.comment_missing": QCoreApplication.translate(
            "Records", "Write what the enumerator must correct before returning the interview."
        ),
        "assignment.target_missing": QCoreApplication.translate(
            "Records", "Choose the area or the household to assign."
        ),
        "attachment.unreadable": QCoreApplication.translate(
            "Attachments",
            "The chosen file cannot be read; check that it is still there and choose it again. "
            "Nothing was changed.",
        ),
        "attachment.empty": QCoreApplication.translate(
            "Attachments", "The chosen file is empty; choose another. Nothing was changed."
        ),
        "attachment.too_large": QCoreApplication.translate(
            "Attachments",
            "The chosen file is larger than the {limit} MB this question takes; choose a smaller "
            "one. Nothing was changed.",
        ),
        "attachment.not_image": QCoreApplication.translate(
            "Attachments",
            "This question takes a photo (JPEG, PNG, GIF, WebP, BMP or HEIC), and the chosen file "
            "is not one, judging by its content. Choose another file; nothing was changed.",
        ),
        "attachment.not_audio": QCoreApplication.translate(
            "Attachments",
            "This question takes a sound recording (MP3, M4A, WAV, Ogg, FLAC or AMR), and the "
            "chosen file is not one, judging by its content. Choose another file; nothing was "
            "changed.",
        ),
        "attachment.not_video": QCoreApplication.translate(
            "Attachments",
            "This question takes a video (MP4, 3GP, MOV, WebM or AVI), and the chosen file is not "
            "one, judging by its content. Choose another file; nothing was changed.",
        ),
        "attachment.too_many_pixels": QCoreApplication.translate(
            "Attachments",
            "This photo is {width} x {height} pixels; the form takes at most {limit} pixels on its "
            "longest side. Choose a smaller photo or scale it down first; nothing was changed.",
        ),
    }


def domain_text(error: DomainError) -> str:
    """`error` as a sentence in the interface language (English when the id is unknown)."""
    template = templates().get(error.message_id)
    if template is None:
        return str(error)
    params = {
        key: (isolate_ltr if key in _LTR else isolate)(str(value))
        for key, value in error.params.items()
    }
    if error.message_id == "visit.move_refused":  # the statuses in words, not as codes
        from app.ui.household_model import visit_status_label

        for key in ("current", "wanted"):
            if key in error.params:
                params[key] = isolate(visit_status_label(str(error.params[key])))
    return template.format(**params)
