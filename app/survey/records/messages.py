"""The English sentences of the records layer's refusals, by message id.

A `DomainError(message_id, **params)` carries the id; the window shows its own translation
of the same sentence (app/ui/messages.py), the command line this English one.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "round.name_missing": 'Give the survey round a name, for example "2027 follow-up".',
    "round.name_too_long": "A survey round's name has at most {limit} characters; shorten it.",
    "round.no_such_area": (
        "There is no area {area} in this workspace. Give an area's code or path as "
        "`tinjau report coverage` lists them; nothing was changed."
    ),
    "round.area_ambiguous": (
        "More than one area has the code {area} ({first}, {second}, ...). Give the whole "
        "path instead; nothing was changed."
    ),
    "round.area_is_unit": (
        "{area} is a single unit; a survey round covers a block or a larger area. "
        "Nothing was changed."
    ),
    "round.already_open": (
        "{area} already has an open survey round, {round}. Close it first "
        "(tinjau round close), then open the next one; nothing was changed."
    ),
    "round.name_taken": (
        "{area} already has a survey round named {round}. Choose another name; nothing was changed."
    ),
    "round.opened_before_previous": (
        "A new survey round of {area} cannot open before its previous round did ({date}). "
        "Give a later date; nothing was changed."
    ),
    "round.unknown": (
        "There is no survey round {round} in this workspace; `tinjau round list` shows them."
    ),
    "round.ambiguous": (
        "More than one area has a survey round named {round} ({first}, {second}). Name the "
        "area with --area; nothing was changed."
    ),
    "round.already_closed": "The survey round {round} was already closed on {date}.",
    "round.closed_before_open": (
        "The survey round {round} opened on {date}; it cannot close before that. Give a "
        "later date; nothing was changed."
    ),
    "household.gone": "This household is no longer on the list; refresh the list.",
    "household.unit_missing": "Type the unit number as written on the door, for example A-12-03.",
    "household.head_missing": "Type the name of the head of household.",
    "household.id_not_digits": (
        "The national ID may hold only digits (dashes and spaces are fine)."
    ),
    "household.block_missing": "Choose the block the household lives in.",
    "household.no_such_unit": "There is no unit {unit} in {block}. Check the number on the door.",
    "household.unit_not_listed": (
        "The census list has no unit {unit} in {block}. Add this unit to {block}?"
    ),
    "household.unit_needs_block": (
        "Type the unit with its block, as on the door: for example A-12-03."
    ),
    "household.size_out_of_range": (
        "A household has between 1 and 99 members; correct the size and save again."
    ),
    "area.bad_path": (
        "An area path goes state > district > ward > site > block > unit; {path} does not. "
        "Correct it and try again; nothing was changed."
    ),
    "form.missing": (
        "This interview was begun with version {version} of the form {form}, which is "
        "not on this device. Synchronise to receive it, then open the interview again."
    ),
    "interview.gone": "This interview is no longer on this device; refresh the list.",
    "interview.locked": "This interview is already complete; its answers can no longer change.",
    "interview.move_refused": (
        "An interview that is {current} cannot become {wanted}; nothing was changed."
    ),
    "visit.move_refused": (
        "A household whose visit is {current} cannot be marked {wanted}; nothing was changed."
    ),
    "visit.note_too_long": (
        "A visit note holds at most {limit} characters; shorten it and save again."
    ),
    "visit.note_without_outcome": (
        "A note is kept only for a household not found or refused; leave the note empty."
    ),
    "member.gone": "This member is no longer in the household; refresh the roster.",
    "review.comment_missing": (
        "Write what the enumerator must correct before returning the interview."
    ),
    "assignment.target_missing": "Choose the area or the household to assign.",
    "attachment.unreadable": (
        "The chosen file cannot be read; check that it is still there and choose it again. "
        "Nothing was changed."
    ),
    "attachment.empty": "The chosen file is empty; choose another. Nothing was changed.",
    "attachment.too_large": (
        "The chosen file is larger than the {limit} MB this question takes; choose a smaller "
        "one. Nothing was changed."
    ),
    "attachment.not_image": (
        "This question takes a photo (JPEG, PNG, GIF, WebP, BMP or HEIC), and the chosen file "
        "is not one, judging by its content. Choose another file; nothing was changed."
    ),
    "attachment.not_audio": (
        "This question takes a sound recording (MP3, M4A, WAV, Ogg, FLAC or AMR), and the "
        "chosen file is not one, judging by its content. Choose another file; nothing was "
        "changed."
    ),
    "attachment.not_video": (
        "This question takes a video (MP4, 3GP, MOV, WebM or AVI), and the chosen file is not "
        "one, judging by its content. Choose another file; nothing was changed."
    ),
    "attachment.too_many_pixels": (
        "This photo is {width} x {height} pixels; the form takes at most {limit} pixels on its "
        "longest side. Choose a smaller photo or scale it down first; nothing was changed."
    ),
}
