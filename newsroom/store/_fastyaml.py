"""A fast reader for the plain block YAML that story files are made of; private to the
story-file module (`newsroom.store.stories`), which falls back to the full parser.

Story files are written by people and by newsroom itself in a small part of YAML: block
mappings and sequences, one-line plain or quoted scalars, `[a, b]` lists, comments. This
module reads exactly that part, several times faster than a general YAML parser, and gives
the same values and positions. Anything else (anchors, tags, block scalars, multi-line
scalars, escapes, odd indentation, duplicate keys) makes it return None, and the caller
uses the full parser, which also produces the errors: so does every value the full parser
refuses (an impossible date, a number too long to print, nesting too deep).
"""

from __future__ import annotations

import re
from typing import Any, Final

import yaml

from newsroom.models import Positions, YamlPath
from newsroom.store.yamlio import MAX_DEPTH, too_long

_KEY: Final = re.compile(r"([A-Za-z0-9_][\w.\-]*)[ ]*:(?:[ ]+|$)")
_RESOLVERS: Final[dict[str, list[tuple[str, re.Pattern[str]]]]] = {
    k: [(tag, regexp) for tag, regexp in v]
    for k, v in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
    if k is not None
}
_STR: Final = "tag:yaml.org,2002:str"
_CONSTRUCTOR: Final = yaml.constructor.SafeConstructor()
_NOT_PLAIN_START: Final = frozenset("[]{},#&*!|>'\"%@`?:-")


def _has_marker(text: str) -> bool:
    """Whether a line starts with a document marker (`---`, `...`) or a directive (`%`).

    (Tests for the line break and the marker together, where a `^` pattern in multi-line
    mode would try every character of the text.)
    """
    if text.startswith(("---", "...", "%")):
        return True
    return "\n---" in text or "\n..." in text or "\n%" in text


# Characters this reader leaves to the full parser: everything but the line feed and the
# printable characters that YAML reads as ordinary text. Tabs, carriage returns, C0 and C1
# controls, NEL, the line and paragraph separators (which YAML reads as line breaks), a byte
# order mark inside the text and the non-characters U+FFFE/U+FFFF are all the full parser's
# to read or refuse, so that both readers agree on every input.
_NOT_PLAIN_TEXT: Final = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


class _Unsupported(Exception):
    """The text uses YAML beyond what this reader handles."""


# One line of the text: (line index, indent, content, is a `- ` item, key or "", where the
# value after `key:` starts in content).
_Line = tuple[int, int, str, bool, str, int]


class _Reader:
    def __init__(self, text: str, offset: int) -> None:
        if _NOT_PLAIN_TEXT.search(text) or _has_marker(text):
            raise _Unsupported
        self.offset = offset + 1
        self.positions: Positions = {}
        self.lines: list[_Line] = []
        comments = "#" in text
        match = _KEY.match
        add = self.lines.append
        for number, raw in enumerate(text.split("\n")):
            content = raw.lstrip(" ")
            if not content:
                continue
            indent = len(raw) - len(content)
            if comments:
                if content[0] == "#":
                    continue
                if " #" in content:
                    if "'" in content or '"' in content:
                        raise _Unsupported
                    content = content[: content.index(" #")]
            if content[-1] == " ":
                content = content.rstrip(" ")
            if content[0] == "-" and (len(content) == 1 or content[1] == " "):
                add((number, indent, content, True, "", 0))
            elif m := match(content):
                add((number, indent, content, False, m[1], m.end()))
            else:
                add((number, indent, content, False, "", 0))
        self.i = 0

    def mark(self, at: YamlPath, line: int, column: int) -> None:
        self.positions[at] = (line + self.offset, column + 1)

    def node(self, at: YamlPath, indent: int) -> Any:
        if len(at) >= MAX_DEPTH:  # (a block collection has a value, one level deeper)
            raise _Unsupported  # the full parser refuses it, with the line
        line = self.lines[self.i]
        if line[1] != indent:
            raise _Unsupported
        if line[3]:
            return self.sequence(at, indent)
        return self.mapping(at, indent)

    def mapping(self, at: YamlPath, indent: int) -> dict[str, Any]:
        lines, positions, offset = self.lines, self.positions, self.offset
        i = self.i
        number, col = lines[i][:2]
        positions[at] = (number + offset, col + 1)
        out: dict[str, Any] = {}
        count = len(lines)
        while i < count:
            number, col, content, item, key, end = lines[i]
            if col < indent:
                break
            if col != indent or not key or item or key in out:
                raise _Unsupported
            i += 1
            rest = content[end:]
            if rest and rest[0] not in "'\"[{" and (i == count or lines[i][1] <= indent):
                # The common case, a plain scalar on its own line, read here (as `scalar` does).
                positions[(*at, key)] = (number + offset, col + end + 1)
                out[key] = _plain(rest)
            else:
                self.i = i
                out[key] = self.value((*at, key), indent, number, col + end, rest)
                i = self.i
        self.i = i
        return out

    def value(self, at: YamlPath, indent: int, number: int, col: int, rest: str) -> Any:
        """The value after `key:` (or `- `) whose text `rest` starts at (number, col)."""
        nxt = self.lines[self.i] if self.i < len(self.lines) else None
        if rest:
            if nxt is not None and nxt[1] > indent:
                raise _Unsupported  # a scalar continued on the next lines
            return self.scalar(at, number, col, rest)
        if nxt is not None and (nxt[1] > indent or (nxt[1] == indent and nxt[3])):
            if nxt[1] == indent and at and isinstance(at[-1], int):
                raise _Unsupported
            return self.node(at, nxt[1])
        raise _Unsupported  # an empty value: rare, left to the full parser

    def sequence(self, at: YamlPath, indent: int) -> list[Any]:
        lines = self.lines
        number, col = lines[self.i][:2]
        self.positions[at] = (number + self.offset, col + 1)
        out: list[Any] = []
        while self.i < len(lines):
            number, col, content, item, _, _ = lines[self.i]
            if col < indent or not item:
                if col > indent:
                    raise _Unsupported
                break
            if col != indent:
                raise _Unsupported
            body = content[1:].lstrip(" ")
            body_col = col + len(content) - len(body)
            here = (*at, len(out))
            m = _KEY.match(body) if body else None
            if m is not None:
                # `- key: value` opens a mapping whose keys line up with `key`.
                lines[self.i] = (number, body_col, body, False, m.group(1), m.end())
                out.append(self.mapping(here, body_col))
            else:
                self.i += 1
                out.append(self.value(here, indent, number, body_col, body))
        return out

    def scalar(self, at: YamlPath, number: int, col: int, text: str) -> Any:
        first = text[0]
        if first == "'":
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
                raise _Unsupported
            self.mark(at, number, col)
            return inner.replace("''", "'")
        if first == '"':
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
                raise _Unsupported
            self.mark(at, number, col)
            return inner
        if first == "[":
            return self.flow_list(at, number, col, text)
        if first == "{":
            if text.replace(" ", "") != "{}":
                raise _Unsupported
            self.mark(at, number, col)
            return {}
        self.mark(at, number, col)
        return _plain(text)

    def flow_list(self, at: YamlPath, number: int, col: int, text: str) -> list[Any]:
        if not text.endswith("]") or any(c in text[1:-1] for c in "[]{}'\"#"):
            raise _Unsupported
        self.mark(at, number, col)
        inner = text[1:-1]
        if not inner.strip(" "):
            return []
        out: list[Any] = []
        offset = 1
        for part in inner.split(","):
            item = part.strip(" ")
            if not item:
                raise _Unsupported
            lead = len(part) - len(part.lstrip(" "))
            self.mark((*at, len(out)), number, col + offset + lead)
            out.append(_plain(item))
            offset += len(part) + 1
        return out


def _plain(text: str) -> Any:
    """A plain scalar's value, resolved as YAML 1.1 resolves it (numbers, booleans, dates)."""
    if text[0] in _NOT_PLAIN_START or ": " in text or text.endswith(":"):
        raise _Unsupported
    for tag, regexp in _RESOLVERS.get(text[0], ()):
        if regexp.match(text):
            if tag == _STR:
                return text
            constructor = _CONSTRUCTOR.yaml_constructors.get(tag)
            if constructor is None:
                raise _Unsupported
            value = constructor(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
            if too_long(value):
                raise _Unsupported  # the full parser refuses it, with the line
            return value
    return text


def load(text: str, line_offset: int, max_nodes: int) -> tuple[Any, Positions] | None:
    """(data, positions) of `text`, or None when it needs the full YAML parser."""
    try:
        reader = _Reader(text, line_offset)
        if not reader.lines:
            return None
        data = reader.node((), reader.lines[0][1])
        if reader.i != len(reader.lines) or len(reader.positions) > max_nodes:
            return None
        return data, reader.positions
    except (_Unsupported, IndexError, ValueError, OverflowError, yaml.YAMLError):
        return None
