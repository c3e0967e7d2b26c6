"""Tokenizer and recursive-descent parser for the ODK XPath subset, producing a small AST.

Positions are 1-based character offsets into the expression text, used in error messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from app.survey.errors import ExpressionError

OPERATOR_NAMES = frozenset({"and", "or", "div", "mod"})


class Token(NamedTuple):
    kind: str  # num, str, ref, name, op, eof
    text: str
    pos: int


# ---- AST -------------------------------------------------------------------------------


@dataclass(slots=True)
class Literal:
    value: str | float
    pos: int


@dataclass(slots=True)
class Ref:
    name: str
    pos: int


@dataclass(slots=True)
class Unary:
    operand: Expr
    pos: int


@dataclass(slots=True)
class Binary:
    op: str
    left: Expr
    right: Expr
    pos: int


@dataclass(slots=True)
class Call:
    name: str
    args: list[Expr]
    pos: int


@dataclass(slots=True)
class Step:
    """One location step: `axis` is "self", "parent" or "child" (the axes ODK allows); `name`
    the node test: an element name, "*" (any element) or "node()" (any node)."""

    axis: str
    name: str
    predicates: list[Expr] = field(default_factory=list)


@dataclass(slots=True)
class Path:
    """`start` is an expression (filter expression) or None; `absolute` paths begin at root."""

    start: Expr | None
    absolute: bool
    steps: list[Step]
    pos: int


@dataclass(slots=True)
class Filter:
    expr: Expr
    predicates: list[Expr]
    pos: int


Expr = Literal | Ref | Unary | Binary | Call | Path | Filter


# ---- tokenizer ---------------------------------------------------------------------------


# A text literal: XPath has no escapes, so it ends at the next quote of its own kind. Quotes that
# spreadsheet software curls open and close literals too (either curl of the same kind closes);
# quotes of the other kinds inside a literal are part of its text, never rewritten.
_QUOTE_KINDS = ("'", '"', "\u2018\u2019", "\u201c\u201d")
_QUOTES = "".join(_QUOTE_KINDS)
LITERAL = "|".join(f"[{q}][^{q}]*[{q}]" for q in _QUOTE_KINDS)
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
    |(?P<num>\d+(?:\.\d*)?|\.\d+)
    |(?P<str>"""
    + LITERAL
    + r""")
    |(?P<ref>\$\{[^}]*\})
    |(?P<name>[^\W\d][\w.-]*(?::[^\W\d][\w.-]*)?)
    |(?P<op>!=|<=|>=|\.\.|//|::|[()\[\],|+\-*=<>/.@:])
    """,
    re.VERBOSE,
)
# Every literal, an unclosed one running to the end: what rewriting passes leave alone.
_LITERAL_OR_UNCLOSED = re.compile("(" + "|".join(f"[{q}][^{q}]*[{q}]?" for q in _QUOTE_KINDS) + ")")
_NAME = re.compile(r"[^\W\d][\w.-]*\Z")


def outside_literals(text: str, rewrite: Callable[[str], str]) -> str:
    """`text` with `rewrite` applied to each stretch of code between text literals; the literals
    (and an unclosed one, to the end) are kept exactly as written."""
    parts = _LITERAL_OR_UNCLOSED.split(text)
    # split() with one group alternates code, literal, code, ...: code at the even places.
    return "".join(rewrite(part) if i % 2 == 0 else part for i, part in enumerate(parts))


def tokenize(text: str) -> list[Token]:
    """Split an expression into tokens; raises ExpressionError on a character it cannot read."""
    tokens: list[Token] = []
    append = tokens.append
    i, n = 0, len(text)
    match = _TOKEN.match
    while i < n:
        found = match(text, i)
        if found is None:
            raise _unreadable(text, i)
        kind = found.lastgroup
        token_text = found.group()
        if kind == "ws":
            pass
        elif kind == "str":
            append(Token("str", token_text[1:-1], i + 1))
        elif kind == "ref":
            name = token_text[2:-1].strip()
            if not _NAME.match(name):
                raise ExpressionError(
                    f"the reference at character {i + 1} must look like ${{question_name}}.",
                    i + 1,
                )
            append(Token("ref", name, i + 1))
        elif kind == "name":
            operator = token_text in OPERATOR_NAMES and _ends_operand(tokens)
            append(Token("op" if operator else "name", token_text, i + 1))
        else:
            append(Token(kind or "op", token_text, i + 1))
        i = found.end()
    tokens.append(Token("eof", "", n + 1))
    return tokens


def _unreadable(text: str, i: int) -> ExpressionError:
    ch = text[i]
    if ch in _QUOTES:
        return ExpressionError(
            f"the text starting at character {i + 1} is missing its closing {ch}.", i + 1
        )
    if text.startswith("${", i):
        return ExpressionError(
            f"the reference at character {i + 1} must look like ${{question_name}}.", i + 1
        )
    return ExpressionError(f"unexpected character {ch!r} at character {i + 1}.", i + 1)


def _ends_operand(tokens: list[Token]) -> bool:
    """Whether the previous token ends an operand, so 'and'/'div'... are operators (XPath 3.7)."""
    if not tokens:
        return False
    last = tokens[-1]
    if last.kind in ("num", "str", "ref", "name"):
        return True
    if last.kind != "op":
        return False
    if last.text == "*":
        # A '*' ends an operand when it is a name test: after '/', '::', '(', '[', ',' or first.
        before = tokens[-2] if len(tokens) > 1 else None
        return before is None or (before.kind == "op" and before.text in _STAR_TEST_AFTER)
    return last.text in (")", "]", ".", "..")


_STAR_TEST_AFTER = frozenset({"/", "::", "(", "[", ",", "|"})


# ---- parser ------------------------------------------------------------------------------

_PRECEDENCE = {"or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4}
_PRECEDENCE.update({"+": 5, "-": 5, "*": 6, "div": 6, "mod": 6})


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, ahead: int = 1) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def advance(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def at(self, *texts: str) -> bool:
        return self.tok.kind == "op" and self.tok.text in texts

    def fail(self, expected: str) -> ExpressionError:
        tok = self.tok
        if tok.kind == "eof":
            return ExpressionError(
                f"the expression ends too early: expected {expected} at character {tok.pos}.",
                tok.pos,
            )
        shown = {"str": f"'{tok.text}'", "ref": f"${{{tok.text}}}"}.get(tok.kind, tok.text)
        return ExpressionError(
            f"unexpected {shown} at character {tok.pos}: expected {expected}.", tok.pos
        )

    def expect(self, text: str, expected: str) -> Token:
        if not self.at(text):
            raise self.fail(expected)
        return self.advance()

    def parse(self) -> Expr:
        if self.tok.kind == "eof":
            raise ExpressionError("the expression is empty.", 1)
        expr = self.parse_or()
        if self.tok.kind != "eof":
            raise self.fail("an operator or the end of the expression")
        return expr

    def parse_or(self) -> Expr:
        return self._binary(1)

    def _binary(self, lowest: int) -> Expr:
        # Precedence climbing over XPath's binary operators, all left-associative.
        left = self.parse_unary()
        tokens = self.tokens
        while True:
            tok = tokens[self.i]
            level = _PRECEDENCE.get(tok.text) if tok.kind == "op" else None
            if level is None or level < lowest:
                return left
            self.i += 1
            right = self._binary(level + 1)
            left = Binary(tok.text, left, right, tok.pos)

    def parse_unary(self) -> Expr:
        if self.at("-"):
            token = self.advance()
            return Unary(self.parse_unary(), token.pos)
        return self.parse_union()

    def parse_union(self) -> Expr:
        left = self.parse_path()
        while self.at("|"):
            token = self.advance()
            left = Binary("|", left, self.parse_path(), token.pos)
        return left

    def parse_path(self) -> Expr:
        tok = self.tok
        if self.at("//"):
            raise ExpressionError(
                f"'//' at character {tok.pos} (search all descendants) is not supported; "
                "write the path in full or use ${name}.",
                tok.pos,
            )
        if self.at("/"):
            self.advance()
            steps = self._steps() if self._at_step() else []
            return Path(None, True, steps, tok.pos)
        if self._at_step():
            return Path(None, False, self._steps(), tok.pos)
        primary = self.parse_primary()
        predicates = self._predicates()
        expr: Expr = Filter(primary, predicates, tok.pos) if predicates else primary
        if self.at("/"):
            self.advance()
            if not self._at_step():
                raise self.fail("a step name, '.' or '..' after '/'")
            return Path(expr, False, self._steps(), tok.pos)
        if self.at("//"):
            raise self.fail("'/' ('//' is not supported)")
        return expr

    def _at_step(self) -> bool:
        tok = self.tok
        if tok.kind == "name":
            after = self.peek()
            if after.kind == "op" and after.text == "::":
                return True
            return not (after.kind == "op" and after.text == "(")
        if tok.kind == "op" and tok.text in (".", "..", "@", "*"):
            return True
        return False

    def _steps(self) -> list[Step]:
        steps = [self._step()]
        while self.at("/"):
            self.advance()
            if not self._at_step():
                raise self.fail("a step name, '.' or '..' after '/'")
            steps.append(self._step())
        if self.at("//"):
            raise self.fail("'/' ('//' is not supported)")
        return steps

    def _step(self) -> Step:
        tok = self.advance()
        if tok.text == ".":
            step = Step("self", "node()")
        elif tok.text == "..":
            step = Step("parent", "node()")
        elif tok.text == "@":
            raise ExpressionError(
                f"attributes ('@') at character {tok.pos} is not supported in form expressions.",
                tok.pos,
            )
        elif tok.text == "*":
            step = Step("child", "*")
        elif self.at("::"):
            step = self._axis_step(tok)
        else:
            step = Step("child", tok.text)
        step.predicates = self._predicates()
        return step

    def _axis_step(self, axis: Token) -> Step:
        """`self::node()`, `parent::*`, `child::name`: the axes the ODK spec allows."""
        if axis.text not in ("self", "parent", "child"):
            raise ExpressionError(
                f"the axis '{axis.text}::' at character {axis.pos} is not supported; form "
                "expressions use child::, parent:: and self:: (or a name, '..' and '.').",
                axis.pos,
            )
        self.advance()  # '::'
        test = self.tok
        if test.kind == "op" and test.text == "*":
            self.advance()
            return Step(axis.text, "*")
        if test.kind != "name":
            raise self.fail(f"a name, '*' or node() after '{axis.text}::'")
        self.advance()
        if self.at("("):
            if test.text != "node":
                raise ExpressionError(
                    f"'{test.text}()' at character {test.pos} is not a node test; use node(), "
                    "'*' or a name.",
                    test.pos,
                )
            self.advance()
            self.expect(")", "')' after node(")
            return Step(axis.text, "node()")
        return Step(axis.text, test.text)

    def _predicates(self) -> list[Expr]:
        predicates: list[Expr] = []
        while self.at("["):
            self.advance()
            if self.at("]"):
                raise self.fail("a condition or a position inside '[ ]'")
            predicates.append(self.parse_or())
            self.expect("]", "']' to close the filter")
        return predicates

    def parse_primary(self) -> Expr:
        tok = self.tok
        if tok.kind == "num":
            self.advance()
            return Literal(float(tok.text), tok.pos)
        if tok.kind == "str":
            self.advance()
            return Literal(tok.text, tok.pos)
        if tok.kind == "ref":
            self.advance()
            return Ref(tok.text, tok.pos)
        if self.at("("):
            self.advance()
            expr = self.parse_or()
            self.expect(")", "')' to close the '(' at character " + str(tok.pos))
            return expr
        if tok.kind == "name" and self.peek().kind == "op" and self.peek().text == "(":
            self.advance()
            self.advance()
            args: list[Expr] = []
            if not self.at(")"):
                args.append(self.parse_or())
                while self.at(","):
                    self.advance()
                    args.append(self.parse_or())
            self.expect(")", f"',' or ')' in the arguments of {tok.text}()")
            return Call(tok.text, args, tok.pos)
        raise self.fail("a value, a ${reference}, a function or '('")


def parse(text: str) -> Expr:
    """Parse one expression; raises ExpressionError naming the position of the first problem."""
    return _Parser(text).parse()
