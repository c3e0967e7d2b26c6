"""Tokenizer and recursive-descent parser for the ODK XPath subset, producing a small AST.

Positions are 1-based character offsets into the expression text, used in error messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.survey.errors import ExpressionError

OPERATOR_NAMES = frozenset({"and", "or", "div", "mod"})
# Longest first, so '<=' is not read as '<' then '='.
_SYMBOLS: tuple[str, ...] = ("!=", "<=", ">=", "..", "//", "(", ")", "[", "]", ",", "|", "+")
_SYMBOLS += ("-", "*", "=", "<", ">", "/", ".", "@", ":")


@dataclass(frozen=True, slots=True)
class Token:
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
    axis: str  # "self", "parent" or "child"
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


def _is_name_start(ch: str) -> bool:
    return ch.isalpha() or ch == "_"


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-."


def tokenize(text: str) -> list[Token]:
    """Split an expression into tokens; raises ExpressionError on a character it cannot read."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            while i < n and text[i].isdigit():
                i += 1
            if i < n and text[i] == ".":
                i += 1
                while i < n and text[i].isdigit():
                    i += 1
            tokens.append(Token("num", text[start:i], start + 1))
        elif ch in "'\"":
            end = text.find(ch, i + 1)
            if end < 0:
                raise ExpressionError(
                    f"the text starting at character {start + 1} is missing its closing {ch}.",
                    start + 1,
                )
            tokens.append(Token("str", text[i + 1 : end], start + 1))
            i = end + 1
        elif ch == "$" and text.startswith("${", i):
            end = text.find("}", i + 2)
            name = text[i + 2 : end].strip() if end >= 0 else ""
            if end < 0 or not name or not _is_name_start(name[0]):
                raise ExpressionError(
                    f"the reference at character {start + 1} must look like ${{question_name}}.",
                    start + 1,
                )
            if not all(_is_name_char(c) for c in name):
                raise ExpressionError(
                    f"'{name}' at character {start + 1} is not a valid question name.", start + 1
                )
            tokens.append(Token("ref", name, start + 1))
            i = end + 1
        elif _is_name_start(ch):
            while i < n and _is_name_char(text[i]):
                i += 1
            # A QName such as jr:choice-name keeps its prefix.
            if i + 1 < n and text[i] == ":" and _is_name_start(text[i + 1]):
                i += 1
                while i < n and _is_name_char(text[i]):
                    i += 1
            word = text[start:i]
            kind = "op" if word in OPERATOR_NAMES and _ends_operand(tokens) else "name"
            tokens.append(Token(kind, word, start + 1))
        else:
            for symbol in _SYMBOLS:
                if text.startswith(symbol, i):
                    tokens.append(Token("op", symbol, start + 1))
                    i += len(symbol)
                    break
            else:
                raise ExpressionError(
                    f"unexpected character {ch!r} at character {start + 1}.", start + 1
                )
    tokens.append(Token("eof", "", n + 1))
    return tokens


def _ends_operand(tokens: list[Token]) -> bool:
    """Whether the previous token ends an operand, so 'and'/'div'... are operators (XPath 3.7)."""
    if not tokens:
        return False
    last = tokens[-1]
    if last.kind in ("num", "str", "ref", "name"):
        return True
    return last.kind == "op" and last.text in (")", "]", ".", "..")


# ---- parser ------------------------------------------------------------------------------

_EQUALITY = ("=", "!=")
_RELATIONAL = ("<", "<=", ">", ">=")


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

    def _binary_level(self, ops: tuple[str, ...], below: str) -> Expr:
        parse_below = getattr(self, below)
        left = parse_below()
        while self.at(*ops):
            token = self.advance()
            right = parse_below()
            left = Binary(token.text, left, right, token.pos)
        return left

    def parse_or(self) -> Expr:
        return self._binary_level(("or",), "parse_and")

    def parse_and(self) -> Expr:
        return self._binary_level(("and",), "parse_equality")

    def parse_equality(self) -> Expr:
        return self._binary_level(_EQUALITY, "parse_relational")

    def parse_relational(self) -> Expr:
        return self._binary_level(_RELATIONAL, "parse_additive")

    def parse_additive(self) -> Expr:
        return self._binary_level(("+", "-"), "parse_multiplicative")

    def parse_multiplicative(self) -> Expr:
        return self._binary_level(("*", "div", "mod"), "parse_unary")

    def parse_unary(self) -> Expr:
        if self.at("-"):
            token = self.advance()
            return Unary(self.parse_unary(), token.pos)
        return self.parse_union()

    def parse_union(self) -> Expr:
        return self._binary_level(("|",), "parse_path")

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
            return not (self.peek().kind == "op" and self.peek().text == "(")
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
            step = Step("self", ".")
        elif tok.text == "..":
            step = Step("parent", "..")
        elif tok.kind == "op":  # '@' or '*'
            what = "attributes ('@')" if tok.text == "@" else "the wildcard '*'"
            raise ExpressionError(
                f"{what} at character {tok.pos} is not supported in form expressions.", tok.pos
            )
        else:
            step = Step("child", tok.text)
        step.predicates = self._predicates()
        return step

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
