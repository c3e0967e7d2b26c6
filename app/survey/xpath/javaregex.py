"""Java regular expressions (what ODK Collect runs for regex()) turned into Python `re` ones.

Most patterns mean the same in both. The differences forms meet: Unicode classes such as
`\\p{L}` (any letter, for names in Vietnamese or Persian), Java's POSIX classes (`\\p{Alpha}` is
ASCII only), and `\\z`. Possessive quantifiers and atomic groups need nothing: Python 3.11 has
them. Unicode classes cover the Basic Multilingual Plane, where every script of our forms lives.
"""

from __future__ import annotations

import unicodedata
from functools import cache

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
_BMP = 0x10000


@cache
def _category_ranges(category: str) -> str:
    """A character-class body (no brackets) of the BMP characters in a Unicode category."""
    parts: list[str] = []
    start = None
    for code in range(_BMP + 1):
        inside = code < _BMP and unicodedata.category(chr(code)).startswith(category)
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            end = code - 1
            parts.append(_escape(start) if start == end else f"{_escape(start)}-{_escape(end)}")
            start = None
    return "".join(parts)


def _escape(code: int) -> str:
    return f"\\u{code:04x}"


def _class_body(name: str) -> str:
    if name in _POSIX:
        return _POSIX[name]
    name = _ALIASES.get(name, name)
    if name.startswith("Is") and len(name) <= 4:
        name = name[2:]
    if name.startswith("general_category="):
        name = name.split("=", 1)[1]
    valid = {"L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No"}
    valid |= {"P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So"}
    valid |= {"Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf"}
    if name not in valid:
        raise ExpressionError(
            f"regex() was given a pattern with the class \\p{{{name}}}, which Tinjau does not "
            "know; use \\p{L} (letters), \\p{N} (digits) or a list of characters."
        )
    return _category_ranges(name)


def java_to_python(pattern: str) -> str:
    """The Python spelling of a Java pattern (unchanged when nothing differs)."""
    if "\\p" not in pattern and "\\P" not in pattern and "\\z" not in pattern:
        return pattern
    out: list[str] = []
    i, depth, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            follower = pattern[i + 1]
            if follower in "pP":
                name, i = _class_name(pattern, i + 2)
                body = _class_body(name)
                if follower == "p":
                    out.append(body if depth else f"[{body}]")
                elif depth:
                    raise ExpressionError(
                        "regex() was given \\P{...} inside [...], which Tinjau cannot translate; "
                        "write the class outside the brackets."
                    )
                else:
                    out.append(f"[^{body}]")
                continue
            out.append("\\Z" if follower == "z" else pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(ch)
        i += 1
    return "".join(out)


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
