"""Find the line of every key and array element in a TOML text, so errors can say `file:line`.

`tomllib` parses but keeps no positions. This scanner walks the same text once and records, for
each path such as `("indicator", 2, "weight")`, the line where it is written. It understands the
TOML a person writes by hand (tables, arrays of tables, dotted and quoted keys, inline tables,
arrays, all four string kinds, comments); it never decides validity — tomllib does that first.
"""

from __future__ import annotations

Path = tuple[str | int, ...]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        self.aot_counts: dict[tuple[str, ...], int] = {}

    # -- low-level reading -------------------------------------------------------------------
    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def advance(self, n: int = 1) -> None:
        chunk = self.text[self.pos : self.pos + n]
        self.line += chunk.count("\n")
        self.pos += n

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def skip_blank(self, newlines: bool) -> None:
        """Skip spaces, comments and (when asked) line breaks."""
        while not self.at_end():
            ch = self.peek()
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.advance()
            elif ch == "#":
                while not self.at_end() and self.peek() != "\n":
                    self.advance()
            else:
                return

    def read_string(self) -> str:
        for quote in ('"""', "'''"):
            if self.peek(3) == quote:
                self.advance(3)
                start = self.pos
                end = self.text.find(quote, self.pos)
                end = len(self.text) if end < 0 else end
                # A closing run may hold up to two extra quotes that belong to the string.
                while self.text[end + 3 : end + 4] == quote[0]:
                    end += 1
                value = self.text[start:end]
                self.advance(end + 3 - self.pos)
                return value
        quote = self.peek()
        self.advance()
        out = []
        while not self.at_end() and self.peek() != quote and self.peek() != "\n":
            if quote == '"' and self.peek() == "\\":
                out.append(self.peek(2))
                self.advance(2)
                continue
            out.append(self.peek())
            self.advance()
        self.advance()
        return "".join(out)

    def read_key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            if self.peek() in ('"', "'"):
                parts.append(self.read_string())
            else:
                start = self.pos
                while not self.at_end() and (self.peek().isalnum() or self.peek() in "_-"):
                    self.advance()
                parts.append(self.text[start : self.pos])
            self.skip_blank(newlines=False)
            if self.peek() == ".":
                self.advance()
                continue
            return parts

    # -- structure ---------------------------------------------------------------------------
    def resolve(self, parts: list[str]) -> Path:
        """A header's names as a path, entering the newest element of each array of tables."""
        path: list[str | int] = []
        names: list[str] = []
        for part in parts:
            names.append(part)
            path.append(part)
            count = self.aot_counts.get(tuple(names))
            if count:
                path.append(count - 1)
        return tuple(path)

    def record(self, path: Path, line: int) -> None:
        self.lines.setdefault(path, line)

    def value(self, path: Path) -> None:
        self.skip_blank(newlines=False)
        ch = self.peek()
        if ch in ('"', "'"):
            self.read_string()
        elif ch == "{":
            self.advance()
            while True:
                self.skip_blank(newlines=True)
                if self.peek() == "}" or self.at_end():
                    self.advance()
                    return
                if self.peek() == ",":
                    self.advance()
                    continue
                self.key_value(path)
        elif ch == "[":
            self.advance()
            index = 0
            while True:
                self.skip_blank(newlines=True)
                if self.peek() == "]" or self.at_end():
                    self.advance()
                    return
                if self.peek() == ",":
                    self.advance()
                    continue
                self.record((*path, index), self.line)
                self.value((*path, index))
                index += 1
        else:
            while not self.at_end() and self.peek() not in ",]}\n#":
                self.advance()

    def key_value(self, table: Path) -> None:
        line = self.line
        parts = self.read_key()
        path: Path = table
        for part in parts:
            path = (*path, part)
            self.record(path, line)
        if self.peek() == "=":
            self.advance()
        self.value(path)

    def run(self) -> dict[Path, int]:
        table: Path = ()
        while True:
            self.skip_blank(newlines=True)
            if self.at_end():
                return self.lines
            line = self.line
            if self.peek(2) == "[[":
                self.advance(2)
                parts = self.read_key()
                self.advance(2)
                key = tuple(parts)
                self.aot_counts[key] = self.aot_counts.get(key, 0) + 1
                table = self.resolve(parts)
                for depth in range(1, len(table) + 1):
                    self.record(table[:depth], line)
            elif self.peek() == "[":
                self.advance()
                parts = self.read_key()
                self.advance()
                table = self.resolve(parts)
                for depth in range(1, len(table) + 1):
                    self.record(table[:depth], line)
            else:
                self.key_value(table)


def key_lines(text: str) -> dict[Path, int]:
    """Map each key path (and array element path) in `text` to the line it starts on."""
    try:
        return _Scanner(text).run()
    except IndexError:  # pragma: no cover - only on text tomllib already refused
        return {}


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest written parent; 1 when nothing is known."""
    probe = tuple(path)
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return 1
