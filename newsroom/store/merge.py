"""Two clones' changes to one YAML file, merged by meaning when git's line merge cannot.

`sync` rebases this clone's commits onto the remote's. When both changed the same lines of
the roster or of a story's claims, sources or credits (two people added at the end of
`people`, a claim added while another is verified), git stops; `merge` then reads the three
versions (the common base, the remote's, ours) as the model does and merges them entry by
entry, each entry of a list known by its id:

- an entry only one side added, changed or removed takes that side's change;
- an entry both sides changed alike is taken once;
- anything else (both changed one entry differently, one changed what the other removed, a
  value that is no list of entries with ids) is a true conflict: None, and sync leaves the
  person to resolve it.

The merged text keeps the remote's comments and layout where the file's one changed list
allows it; it is read back and must mean exactly the merged data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from newsroom.errors import InputError
from newsroom.store import yamledit, yamlio

# The lists of entries each mergeable file holds, and what tells one entry from another.
_ID: Final = ("id",)
_LISTS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "newsroom.yaml": {"people": _ID},
    "factcheck.yaml": {"claims": _ID},
    "sources.yaml": {"sources": _ID},
    "credits.yaml": {"contributors": ("name", "role")},  # (a name in any case is one name)
}


def mergeable(path: str) -> bool:
    """Whether `path` (relative to the newsroom) is a file `merge` knows."""
    name = path.rsplit("/", 1)[-1]
    top = path == "newsroom.yaml"
    in_story = path.startswith("stories/") and path.count("/") == 2 and name != "newsroom.yaml"
    return name in _LISTS and (top or in_story)


def merge(path: str, base: str, theirs: str, ours: str) -> str | None:
    """The text of `path` with both sides' changes, or None for a true conflict."""
    if not mergeable(path):
        return None
    lists = _LISTS[path.rsplit("/", 1)[-1]]
    try:
        b, t, o = (_mapping(text, path) for text in (base, theirs, ours))
    except InputError:
        return None
    if b is None or t is None or o is None:
        return None
    merged = dict(t)
    changed: list[str] = []
    for key in [*t, *(k for k in o if k not in t)]:
        was, their, our = b.get(key), t.get(key), o.get(key)
        if our in (was, their):
            continue
        if their == was:
            value = our
        elif key in lists:
            value = _merge_entries(was, their, our, _key(lists[key]))
            if value is None:
                return None
        else:
            return None
        changed.append(key)
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if not changed and ours != base and theirs != ours:
        return None  # ours changed only comments or layout, which a merge of data cannot keep
    text = _written(theirs, t, merged, changed, lists, path)
    return text if text is not None and _comments_kept(text, theirs, ours) else None


def _mapping(text: str, path: str) -> dict[str, Any] | None:
    data, _ = yamlio.load(text, path=path) if text.strip() else ({}, None)
    return dict(data) if isinstance(data, dict) else None


def _key(fields: tuple[str, ...]) -> Callable[[Any], tuple[str, ...] | None]:
    def key(entry: Any) -> tuple[str, ...] | None:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
            return None
        return tuple(entry[f].casefold() for f in fields)

    return key


def _merge_entries(
    base: Any, theirs: Any, ours: Any, key: Callable[[Any], tuple[str, ...] | None]
) -> list[Any] | None:
    """Two sides' lists of entries merged entry by entry (theirs in their order, ours added
    at the end), or None when they conflict or an entry has no id."""
    indexed = [_by_key(v if v is not None else [], key) for v in (base, theirs, ours)]
    if any(i is None for i in indexed):
        return None
    was, their, our = (i or {} for i in indexed)
    if _reordered(was, our) or _reordered(was, their):
        return None  # an order one side chose (it is part of what a sign-off pins)
    result = dict(their)
    for k, entry in our.items():
        if k not in was:  # we added it
            if k in their and their[k] != entry:
                return None
            result[k] = entry
        elif entry != was[k]:  # we changed it
            if k not in their or (their[k] != was[k] and their[k] != entry):
                return None
            result[k] = entry
    for k, entry in was.items():
        if k not in our and k in their:  # we removed it
            if their[k] != entry:
                return None
            del result[k]
    return list(result.values())


def _reordered(was: dict[Any, Any], now: dict[Any, Any]) -> bool:
    """Whether the entries both lists hold stand in another order in `now`."""
    kept = [k for k in now if k in was]
    return kept != [k for k in was if k in now]


def _comments_kept(merged: str, *texts: str) -> bool:
    """Whether every comment of `texts` is in `merged`: a merge never drops one."""
    return all(c in merged for text in texts for c in _COMMENT.findall(text))


_COMMENT: Final = re.compile(r"(?:^|[ \t])(#[^\n]*)", re.M)


def _by_key(
    value: Any, key: Callable[[Any], tuple[str, ...] | None]
) -> dict[tuple[str, ...], Any] | None:
    if not isinstance(value, list):
        return None
    found: dict[tuple[str, ...], Any] = {}
    for entry in value:
        k = key(entry)
        if k is None or k in found:
            return None
        found[k] = entry
    return found


def _written(
    text: str,
    old: dict[str, Any],
    merged: dict[str, Any],
    changed: list[str],
    lists: dict[str, tuple[str, ...]],
    path: str,
) -> str | None:
    """The merged data as text: the remote's text with its one changed list rewritten (its
    comments kept), else a plain dump when the remote's text has no comments to lose."""
    if not changed:
        return text  # ours changed nothing theirs did not
    if len(changed) == 1 and changed[0] in lists and changed[0] in old and changed[0] in merged:
        name = changed[0]
        key = _key(lists[name])
        position = {key(e): i for i, e in enumerate(old[name] or [])}
        origin = [position.get(key(e)) for e in merged[name]]
        kept = yamledit.with_list(text, merged, name, origin)
        if kept is not None:
            return kept
    if "#" in text:
        return None
    written = yamlio.dump(merged)
    try:
        back, _ = yamlio.load(written, path=path)
    except InputError:
        return None
    return written if back == merged else None
