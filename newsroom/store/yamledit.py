"""Edits of a side file's list that keep the file's comments and layout, made with
ruamel.yaml's round-trip reader (imported only for such an edit) and read back through
newsroom's own reader (`yamlio.load`) before they are used."""

from __future__ import annotations

import io
from typing import Any, Final

import yaml

from newsroom.errors import InputError
from newsroom.store.yamlio import load

_RESOLVER: Final = yaml.resolver.Resolver()


def with_list(old: str, data: dict[str, Any], key: str, origin: list[int | None]) -> str | None:
    """`old` YAML text changed to mean `data`, which is what `old` means with only its list
    `key` changed, keeping the file's comments and the layout of the entries that stay; None
    when that cannot be done safely.

    `origin[i]` is the index in the old list that `data[key][i]` came from (None: a new
    entry). Entries may be changed, removed or added at the end, which is every edit the
    commands make. The result is read back and must mean exactly `data`.
    """
    kept = [o for o in origin if o is not None]
    if kept != sorted(set(kept)) or any(o is None for o in origin[: len(kept)]):
        return None
    try:
        text = _round_trip(old, key, data[key], kept)
    except Exception:  # anything unexpected: the caller writes the plain dump instead
        return None
    if text is None:
        return None
    try:
        got, _ = load(text, path="")
    except InputError:
        return None
    return text if got == data else None


def _round_trip(old: str, key: str, items: list[dict[str, Any]], kept: list[int]) -> str | None:
    """`old` read by a round-trip YAML reader, its list `key` edited to `items`, written back
    with the file's own indentation; None where the file's shape is not one this handles."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.util import load_yaml_guess_indent

    doc, indent, dash = load_yaml_guess_indent(old)
    if not isinstance(doc, CommentedMap):
        return None
    seq = doc.get(key)
    if seq is None:
        doc[key] = items
    elif not isinstance(seq, CommentedSeq) or not _edit_entries(seq, items, kept, "[" in old):
        return None
    writer = YAML()
    writer.width = 4096
    writer.indent(mapping=indent or 2, sequence=indent or 2, offset=dash or 0)
    out = io.StringIO()
    writer.dump(doc, out)
    return out.getvalue()


def _edit_entries(seq: Any, items: list[dict[str, Any]], kept: list[int], flow: bool) -> bool:
    """Make the round-trip sequence `seq` hold `items`: entries not in `kept` removed, the
    kept ones changed key by key, new ones added at the end. `flow`: the file writes short
    lists as [a, b], and so will new values. False when an entry is not a mapping."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    def styled(value: Any) -> Any:
        if isinstance(value, str):
            return _quoted_if_not_text(value)
        if isinstance(value, list) and flow and all(isinstance(x, str) for x in value):
            value = CommentedSeq(_quoted_if_not_text(x) for x in value)
            value.fa.set_flow_style()
        return value

    for i in reversed(range(len(seq))):
        if i not in kept:
            _keep_comment_lines(seq, i)
            del seq[i]
    for target, item in zip(seq, items, strict=False):
        if not isinstance(target, CommentedMap):
            return False
        _edit_entry(target, {k: styled(v) for k, v in item.items()})
    seq.extend(CommentedMap((k, styled(v)) for k, v in item.items()) for item in items[len(kept) :])
    return True


def _quoted_if_not_text(value: str) -> Any:
    """`value` as a quoted scalar where newsroom's YAML reader (YAML 1.1) would read it
    unquoted as something other than text ('yes', 'No', '10:30', '1e3'), which the
    round-trip writer (YAML 1.2) would leave bare."""
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return value if tag == "tag:yaml.org,2002:str" else SingleQuotedScalarString(value)


def _edit_entry(target: Any, item: dict[str, Any]) -> None:
    """One kept entry of a round-trip sequence changed, key by key, to `item`."""
    for gone in [k for k in target if k not in item]:
        del target[gone]
    for k, v in item.items():
        if k in target:
            if target[k] != v:
                target[k] = v
        elif target and list(target)[-1] in target.ca.items:
            # the last key carries the comment lines after the entry: new keys go before
            # it, so those lines stay between the entries
            target.insert(len(target) - 1, k, v)
        else:
            target[k] = v


def _keep_comment_lines(seq: Any, i: int) -> None:
    """Before entry `i` of a round-trip sequence is deleted: the comment lines after it (which
    introduce the next entry) move to the end of the entry before it."""
    from ruamel.yaml.comments import CommentedMap

    gone, before = seq[i], seq[i - 1] if i > 0 else None
    if not isinstance(gone, CommentedMap) or not isinstance(before, CommentedMap):
        return
    if not gone or not before:
        return
    entry = gone.ca.items.get(list(gone)[-1])
    last = list(before)[-1]
    if not entry or len(entry) < 3 or entry[2] is None or last in before.ca.items:
        return
    token = entry[2]
    lines = token.value.split("\n")
    if lines and lines[0].lstrip().startswith("#"):  # the deleted entry's own end-of-line note
        lines = ["", *lines[1:]]
    if any(line.strip() for line in lines):
        token.value = "\n".join(lines)
        before.ca.items[last] = [None, None, token, None]
