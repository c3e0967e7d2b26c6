"""Errors a person can meet: each carries a sentence that says what went wrong and what to do.

Code that catches `TinjauError` may show `str(error)` to a user as it is; it never contains
personal data (names, national IDs, incomes), so it may also be logged.
"""

from __future__ import annotations


class TinjauError(Exception):
    """A problem the user can act on; `str()` is the message to show."""


class LocatedErrors(TinjauError):
    """Several problems, each tied to a place such as `survey!12` or `census.csv!7`.

    `problems` is a list of `(location, message)`; `str()` prints one per line as
    `location: message`, the form every command line tool prints, the first `SHOWN` of them
    and then how many more there are (a list of 200,000 bad rows is not 200,000 lines).
    """

    SHOWN = 20

    def __init__(self, summary: str, problems: list[tuple[str, str]]) -> None:
        self.summary = summary
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        return render_located(self.summary, self.problems, self.SHOWN)


def render_located(
    summary: str, problems: list[tuple[str, str]], shown: int = 20, noun: str = "problem"
) -> str:
    """`summary`, then `where: what` lines for the first `shown` items and a count of the rest."""
    lines = [summary] if summary else []
    lines += [f"{where}: {what}" if where else what for where, what in problems[:shown]]
    if len(problems) > shown:
        rest = len(problems) - shown
        lines.append(f"... and {rest:,} more {noun}{'s' if rest != 1 else ''}")
    return "\n".join(lines)


class DatabaseError(TinjauError):
    """The local database cannot be opened or changed safely."""


class ExpressionError(TinjauError):
    """A form expression (ODK XPath) that cannot be parsed or evaluated.

    `position` is the 1-based character in the expression where the problem was found, or
    None when it is not tied to one place (for example a bad regex pattern given at run time).
    """

    def __init__(self, message: str, position: int | None = None) -> None:
        self.position = position
        super().__init__(message)


class DomainError(TinjauError):
    """A refusal by the domain, as a message id and its parameters.

    The window (and later the server) looks `message_id` up in its own translated table and
    fills in `params`; `str()` is the English sentence, for the command line and the log
    (which is why parameters are ids, codes and numbers, never personal values). The texts
    live in `app.survey.records.messages.MESSAGES`.
    """

    def __init__(self, message_id: str, **params: object) -> None:
        from app.survey.records.messages import MESSAGES

        self.message_id = message_id
        self.params = params
        super().__init__(MESSAGES[message_id].format(**params))
