"""regex(): Java regular expressions (what ODK Collect runs), matched by RE2 in linear time.

Why RE2 and not Python's `re` (or `re` with a time limit): `re` backtracks, so a constraint such
as `regex(., "(a+)+$")` takes about 40 s on a 30-character answer and longer than anyone waits on
a long one, and the interview window checks constraints as each key is typed. RE2 never
backtracks: its time grows with the answer's length, whatever the pattern
(bench/bench_xpath.py "regex ..." rows: the same pattern on 10,000 characters in well under a
millisecond, a typical ID pattern in a few microseconds). A time limit (the `regex` package)
would still freeze each keystroke for the whole limit and then refuse a valid answer.

RE2 reads most Java patterns as Java does, `\\d \\w \\s \\b` ASCII-only included. What differs is
translated here: Java's POSIX classes (`\\p{Alpha}` is ASCII only), `Is`/`general_category=`
spellings of Unicode classes, `\\uXXXX` and `\\Z`. What RE2 cannot run -- backreferences,
lookahead and lookbehind, atomic groups, possessive quantifiers, class intersection (`&&`) -- is
refused with a sentence naming it; a pattern written in the form is checked when the form loads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

from app.survey.errors import ExpressionError

# Java's POSIX-style classes are ASCII only.
_POSIX = {
    "Lower": "a-z",
    "Upper": "A-Z",
    "ASCII": "\\x00-\\x7f",
    "Alpha": "a-zA-Z",
    "Digit": "0-9",
    "Alnum": "a-zA-Z0-9",
    "Punct": "!-/:-@\\[-`{-~",
    "Graph": "!-~",
    "Print": " -~",
    "Blank": " \\t",
    "Cntrl": "\\x00-\\x1f\\x7f",
    "XDigit": "0-9a-fA-F",
    "Space": " \\t\\n\\x0b\\f\\r",
}
# Java names for Unicode classes -> RE2's (general categories and scripts keep their names).
_ALIASES = {
    "Letter": "L",
    "IsLetter": "L",
    "IsAlphabetic": "L",
    "Alphabetic": "L",
    "IsDigit": "Nd",
    "javaLetter": "L",
    "javaDigit": "Nd",
    "javaUpperCase": "Lu",
    "javaLowerCase": "Ll",
    "Punctuation": "P",
}
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 would print every refused pattern on standard error
_OPTIONS.never_capture = True  # regex() only asks whether the whole value matches


@lru_cache(maxsize=256)
def compile_java(pattern: str) -> Any:
    """The RE2 pattern object for a Java pattern; ExpressionError says what cannot run."""
    translated = java_to_re2(pattern)
    try:
        return re2.compile(translated, _OPTIONS)
    except re2.error as error:
        raise ExpressionError(
            "regex() was given a pattern that is not a valid regular expression: "
            f"{_reason(error)}; check its brackets and backslashes."
        ) from None


def _reason(error: Exception) -> str:
    """RE2's reason without the piece of pattern it quotes (which may come from an answer)."""
    text = error.args[0] if error.args else ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return str(text).split(":", 1)[0].strip() or "RE2 refused it"


def _unsupported(what: str) -> ExpressionError:
    return ExpressionError(
        f"regex() was given a pattern with {what}, which Tinjau cannot run: it matches in "
        "linear time so that no answer can freeze the form; write the pattern without it."
    )


def java_to_re2(pattern: str) -> str:
    """The RE2 spelling of a Java pattern; ExpressionError for what RE2 cannot run."""
    out: list[str] = []
    i, n, depth, braces = 0, len(pattern), 0, False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            follower = pattern[i + 1]
            if follower == "Q":  # quoted text, copied as it is up to \E (RE2 reads it the same)
                end = pattern.find("\\E", i + 2)
                stop = n if end < 0 else end + 2
                out.append(pattern[i:stop])
                i = stop
                continue
            if follower in "pP":
                name, i = _class_name(pattern, i + 2)
                out.append(_property(name, follower == "P", depth > 0))
                continue
            if follower in "123456789" or follower == "k":
                raise _unsupported("a backreference (\\1 or \\k<name>)")
            if follower == "u" and i + 6 <= n:
                out.append(f"\\x{{{pattern[i + 2 : i + 6]}}}")
                i += 6
                continue
            # Java's \Z allows one final line break before the end; a whole-value match with
            # RE2's \z differs only for a value that ends with one.
            out.append("\\z" if follower == "Z" else pattern[i : i + 2])
            i += 2
            continue
        if depth:
            if ch == "[":
                raise _unsupported("a class inside a class ([a-z[0-9]])")
            if ch == "&" and pattern.startswith("&&", i):
                raise _unsupported("a class intersection (&&)")
            if ch == "]":
                depth -= 1
        elif ch == "[":
            depth += 1
            # A ']' straight after '[' or '[^' belongs to the class.
            skip = 2 if pattern.startswith("^", i + 1) else 1
            if pattern.startswith("]", i + skip):
                out.append(pattern[i : i + skip + 1])
                i += skip + 1
                continue
        elif ch == "(" and pattern.startswith("(?", i):
            kind = pattern[i + 2 : i + 4]
            if kind[:1] in ("=", "!") or kind in ("<=", "<!"):
                raise _unsupported("a lookahead or lookbehind ((?=, (?!, (?<=, (?<!)")
            if kind[:1] == ">":
                raise _unsupported("an atomic group ((?>...))")
            out.append("(?")
            i += 2
            continue
        elif ch == "{":
            braces = True  # a {n,m} quantifier; its '}' may be followed by a possessive '+'
        elif (ch in "*+?" or (ch == "}" and braces)) and pattern.startswith("+", i + 1):
            raise _unsupported("a possessive quantifier (*+, ++, ?+, {n}+)")
        elif ch == "}":
            braces = False
        out.append(ch)
        i += 1
    return "".join(out)


def _property(name: str, negated: bool, in_class: bool) -> str:
    """RE2's spelling of Java's \\p{name} (\\P{name} when `negated`)."""
    if name in _POSIX:
        body = _POSIX[name]
        if in_class and negated:
            raise ExpressionError(
                f"regex() was given \\P{{{name}}} inside [...], which Tinjau cannot translate; "
                "write the class outside the brackets."
            )
        if in_class:
            return body
        return f"[^{body}]" if negated else f"[{body}]"
    for prefix in ("general_category=", "gc=", "script=", "sc="):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    name = _ALIASES.get(name, name)
    if name.startswith("In"):
        raise ExpressionError(
            f"regex() was given the Unicode block \\p{{{name}}}, which Tinjau cannot run; use "
            f"the script instead (\\p{{Is{name[2:]}}}) or a list of characters."
        )
    if name.startswith("Is"):
        name = name[2:]
    spelled = f"\\{'P' if negated else 'p'}{{{name}}}"
    if not _known_class(spelled):
        raise ExpressionError(
            f"regex() was given a pattern with the class \\p{{{name}}}, which Tinjau does not "
            "know; use \\p{L} (letters), \\p{N} (digits) or a list of characters."
        )
    return spelled


@lru_cache(maxsize=128)
def _known_class(spelled: str) -> bool:
    try:
        re2.compile(spelled, _OPTIONS)
    except re2.error:
        return False
    return True


def _class_name(pattern: str, i: int) -> tuple[str, int]:
    """The name after \\p: `{Name}` or a single letter (`\\pL`), and where the pattern goes on."""
    if i < len(pattern) and pattern[i] == "{":
        end = pattern.find("}", i)
        if end < 0:
            raise ExpressionError("regex() was given a pattern with an unclosed \\p{...}.")
        return pattern[i + 1 : end], end + 1
    if i < len(pattern):
        return pattern[i], i + 1
    raise ExpressionError("regex() was given a pattern that ends with \\p.")
