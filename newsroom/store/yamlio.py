"""Safe, bounded YAML reading that remembers where every value stood."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import Any, Final

import yaml

from newsroom.errors import InputError
from newsroom.models import Positions, YamlPath
from newsroom.store.files import write_atomic as write_atomic

MAX_FILE_BYTES: Final = 2 * 1024 * 1024
MAX_NODES: Final = 100_000
MAX_DEPTH: Final = 64  # levels of nesting; story files and newsroom.yaml need a handful

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_text(path: Path, *, limit: int = MAX_FILE_BYTES, shown: str | None = None) -> str:
    """A file's text, refusing what is too large, binary, or not UTF-8, with a message saying so."""
    name = shown or str(path)
    text = read_file(path, name, limit=limit, links=True)
    if text is None:
        raise InputError("file not found", path=name)
    return text


def read_file(
    path: Path, shown: str, *, limit: int = MAX_FILE_BYTES, links: bool = False
) -> str | None:
    """A story file's text, or None when there is no such file. Refuses, with a message
    naming `shown`, what is a link (unless `links`), a folder, too large, binary or not UTF-8.

    One open, one stat and one read: on a newsroom of thousands of stories these calls are
    a good part of the time a check takes.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if links else os.O_NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise InputError("is a folder, expected a file", path=shown) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path=shown) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("is a link; story files must be real files", path=shown) from None
        raise InputError(f"cannot be read ({exc.strerror})", path=shown) from None
    try:
        data = _read_all(fd, shown, limit)
    finally:
        os.close(fd)
    return decode(data, shown)


def _read_all(fd: int, shown: str, limit: int) -> bytes:
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, expected a file", path=shown)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("is not a regular file; story files must be plain files", path=shown)
    size = info.st_size
    _check_size(size, limit, shown)
    data = os.read(fd, size + 1)
    if len(data) != size:  # the file changed while being read: read on, within the limit
        chunks = [data]
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
            if sum(map(len, chunks)) > limit:
                raise InputError(
                    f"file is over the {limit // 1_048_576} MB limit; "
                    "a story file should be text of reasonable size",
                    path=shown,
                )
        data = b"".join(chunks)
    return data


def _check_size(size: int, limit: int, shown: str) -> None:
    if size > limit:
        raise InputError(
            f"file is {size / 1_048_576:.1f} MB, over the {limit // 1_048_576} MB limit; "
            "a story file should be text of reasonable size",
            path=shown,
        )


def read_bytes(
    data: bytes | None, path: Path, shown: str, *, limit: int = MAX_FILE_BYTES
) -> str | None:
    """`read_file`, for a file whose bytes may already have been read (`data`, from a plain
    file, not a link), which are then not read again."""
    if data is None:
        return read_file(path, shown, limit=limit)
    _check_size(len(data), limit, shown)
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str:
    """A file's text from its bytes, refusing binary and what is not UTF-8. Windows line
    endings (CRLF) read as LF: a file saved on Windows says what the same file says
    anywhere, on the same lines (an edit by a command writes it back with LF)."""
    if b"\x00" in data:
        raise InputError(
            "is a binary file, not text; replace it with a UTF-8 text file", path=shown
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"is not valid UTF-8 (byte {exc.start}); save it as UTF-8", path=shown, line=line
        ) from None
    return text.replace("\r\n", "\n") if "\r" in text else text


def load(
    text: str, *, path: str, line_offset: int = 0, keys: Positions | None = None
) -> tuple[Any, Positions]:
    """Parse one YAML document into plain data plus the (line, column) of every value.

    Aliases are refused (they make alias bombs possible and no newsroom file needs them),
    and so are keys that are not plain scalars, duplicate keys, tags other than YAML's plain
    ones (!!binary, !!set...), values nested over MAX_DEPTH levels and values no one can
    read (2024-02-30, `!!int abc`, a number too long to print). Errors name the file, line
    and column. `keys`, when given, receives the (line, column) of every mapping key (under
    the path of the key's value).
    """
    try:
        loader = _Loader(text)  # the pure-Python reader checks the characters here
    except yaml.reader.ReaderError:
        raise _character_error(text, path, line_offset) from None
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path, line_offset) from None
    except yaml.reader.ReaderError:  # a character YAML does not allow
        raise _character_error(text, path, line_offset) from None
    except RecursionError:  # the pure-Python parser, on nesting far too deep
        raise _too_deep(text, path, line_offset) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}".splitlines()[0], path=path) from None
    finally:
        loader.dispose()
    if node is None:
        return None, {(): (1 + line_offset, 1)}
    positions: Positions = {}
    builder = _Builder(loader, text, path, line_offset, positions, keys)
    return builder.build(node, ()), positions


TOO_DEEP: Final = f"values nested more than {MAX_DEPTH} levels deep; flatten them"
# A line git writes into a file it could not merge.
_CONFLICT_MARKER: Final = re.compile(r"^(?:<{7}|>{7})(?: |$)", re.M)
# What YAML does not allow in a file (PyYAML's reader refuses the same).
_NOT_YAML: Final = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: str, offset: int) -> InputError:
    """The parser's error as one line, at its mark; or, when the file holds git's conflict
    markers (which YAML cannot read), at the first of them, saying so."""
    conflict = _CONFLICT_MARKER.search(text)
    if conflict is not None:
        return _at(
            text,
            conflict.start(),
            path,
            offset,
            f"an unresolved git merge conflict (a '{conflict.group()[:7]}' line); keep the "
            "right version and delete the conflict marker lines",
        )
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    message = f"invalid YAML: {problem}; fix the syntax at this line"
    if "nesting depth" in problem:  # libyaml's own bound, above MAX_DEPTH
        message = TOO_DEEP
    return InputError(
        message,
        path=path,
        line=mark.line + 1 + offset if mark else None,
        column=mark.column + 1 if mark else None,
    )


def _character_error(text: str, path: str, offset: int) -> InputError:
    """The first character YAML does not allow (a control character, U+FFFE...), at its
    place (the parser's own position counts bytes in one build and characters in the other)."""
    found = _NOT_YAML.search(text)
    if found is None:
        return InputError("invalid YAML: a character YAML does not allow; delete it", path=path)
    return _at(
        text,
        found.start(),
        path,
        offset,
        f"character U+{ord(found.group()):04X} is not allowed in YAML; delete it",
    )


def _too_deep(text: str, path: str, offset: int) -> InputError:
    """The place where `text`'s values nest deeper than MAX_DEPTH, found by reading the
    parser's events (which, unlike building the values, needs no recursion)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH and event.start_mark is not None:
                    mark = event.start_mark
                    return InputError(
                        TOO_DEEP, path=path, line=mark.line + 1 + offset, column=mark.column + 1
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return InputError(TOO_DEEP, path=path, line=1 + offset)


def _at(text: str, index: int, path: str, offset: int, message: str) -> InputError:
    """An error at character `index` of `text`."""
    line_start = text.rfind("\n", 0, index) + 1
    return InputError(
        message,
        path=path,
        line=text.count("\n", 0, index) + 1 + offset,
        column=index - line_start + 1,
    )


def value_spans(text: str) -> dict[str, tuple[int, int]] | None:
    """Where the value of each top-level key of `text` (which `load` has read without error)
    starts and ends in the text, by the parser's own marks; None when `text` is not a
    mapping."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if not isinstance(node, yaml.MappingNode):
        return None
    return {
        str(key.value): (value.start_mark.index, value.end_mark.index) for key, value in node.value
    }


_YAML: Final = "tag:yaml.org,2002:"
# The tags a value may carry (plain YAML's own), and what a value of each must be.
_SCALAR_KINDS: Final = {
    f"{_YAML}str": "text",
    f"{_YAML}int": "a whole number",
    f"{_YAML}float": "a number",
    f"{_YAML}bool": "true or false",
    f"{_YAML}null": "nothing",
    f"{_YAML}timestamp": "a date",
}
_EXAMPLES: Final = {
    f"{_YAML}int": "one, e.g. 42",
    f"{_YAML}float": "one, e.g. 3.5",
    f"{_YAML}bool": "true or false",
    f"{_YAML}timestamp": "a real date, e.g. 2026-03-01",
}
_COLLECTION_TAGS: Final = (f"{_YAML}map", f"{_YAML}seq")
# Tags YAML 1.1 gives a plain '=' (a default value) and '<<' (a merge key), which no safe
# reader can build; in a value, what was written is text.
_PLAIN_TEXT_TAGS: Final = (f"{_YAML}value", f"{_YAML}merge")
# An explicit tag, perhaps after an anchor, where a value starts.
_EXPLICIT_TAG: Final = re.compile(r"(?:&\S+\s+)?!")
# A number of more bits than this may have more digits than Python will print (4300).
_SAFE_BITS: Final = 14_000


def too_long(value: object) -> bool:
    """Whether `value` is a whole number with too many digits to be printed or compared as
    text (over Python's limit of 4300, which a YAML hex or 60-based number can exceed)."""
    if type(value) is not int or value.bit_length() < _SAFE_BITS:
        return False
    try:
        str(value)
    except ValueError:
        return True
    return False


class _Builder:
    def __init__(
        self,
        loader: Any,
        text: str,
        path: str,
        offset: int,
        positions: Positions,
        keys: Positions | None,
    ) -> None:
        self.loader = loader
        self.text = text
        self.path = path
        self.offset = offset
        self.positions = positions
        self.keys = keys
        self.seen: set[int] = set()

    def _fail(self, node: yaml.Node, message: str) -> InputError:
        return InputError(
            message,
            path=self.path,
            line=node.start_mark.line + 1 + self.offset,
            column=node.start_mark.column + 1,
        )

    def build(self, node: yaml.Node, at: YamlPath) -> Any:
        if id(node) in self.seen:
            raise self._fail(node, "YAML aliases (*name) are not allowed; write the value out")
        self.seen.add(id(node))
        if len(at) > MAX_DEPTH:
            raise self._fail(node, TOO_DEEP)
        if len(self.seen) > MAX_NODES:
            raise self._fail(node, f"more than {MAX_NODES} YAML values; the file is too large")
        self.positions[at] = (node.start_mark.line + 1 + self.offset, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            if node.tag not in _COLLECTION_TAGS:
                raise self._tag_refused(node)
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, (*at, i)) for i, item in enumerate(node.value)]
            return self.mapping(node, at)
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode, at: YamlPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == f"{_YAML}merge":
                raise self._fail(key_node, "keys must be plain words")
            key = str(key_node.value)
            if key in out:
                raise self._fail(key_node, f"'{key}' appears twice; keep one")
            if self.keys is not None:
                mark = key_node.start_mark
                self.keys[(*at, key)] = (mark.line + 1 + self.offset, mark.column + 1)
            out[key] = self.build(value_node, (*at, key))
        return out

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag not in _SCALAR_KINDS:
            if node.tag in _PLAIN_TEXT_TAGS and not self._tagged(node):
                return str(node.value)  # a plain '=' or '<<' in a value: the text written
            raise self._tag_refused(node)
        try:
            value = self.loader.construct_object(node)
        except (ValueError, OverflowError) as exc:  # 2024-02-30, a number too long to read
            reason = f"not {_SCALAR_KINDS[node.tag]}"
            if isinstance(exc, OverflowError) or "digits" in str(exc):
                reason = "a number too long to read"
            elif node.tag == f"{_YAML}timestamp":  # the date's own words: 'month must be...'
                reason = str(exc)
            raise self._unreadable(node, reason) from None
        except (yaml.YAMLError, TypeError, KeyError, IndexError, AttributeError):
            # PyYAML's constructors on a value that is not of their tag: '!!bool maybe',
            # '!!int ""', '!!timestamp soon'
            raise self._unreadable(node, f"not {_SCALAR_KINDS[node.tag]}") from None
        if too_long(value):
            raise self._unreadable(node, "a number too long to read")
        return value

    def _tagged(self, node: yaml.Node) -> bool:
        """Whether the value carries a tag where it starts (rather than one YAML gave it)."""
        return _EXPLICIT_TAG.match(self.text, node.start_mark.index) is not None

    def _unreadable(self, node: yaml.Node, reason: str) -> InputError:
        tagged = self._tagged(node)
        if "too long" in reason:
            what = "shorten it"
        else:
            what = "write " + _EXAMPLES.get(node.tag, "a valid value")
        keep = (
            f"remove the '{_tag_name(node.tag)}' tag"
            if tagged
            else ("put it in quotes to keep it as text")
        )
        return self._fail(node, f"cannot read '{_shown(node.value)}' ({reason}); {what}, or {keep}")

    def _tag_refused(self, node: yaml.Node) -> InputError:
        return self._fail(
            node,
            f"the tag '{_tag_name(node.tag)}' is not allowed; write the value as plain text, "
            "without a tag",
        )


def _tag_name(tag: str) -> str:
    """A tag as it is written: '!!binary', '!custom'."""
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def dump(data: Any) -> str:
    """YAML text for plain data, keys in the order given, unicode kept readable."""
    dumper: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(
        yaml.dump(
            data,
            Dumper=dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100,
        )
    )
