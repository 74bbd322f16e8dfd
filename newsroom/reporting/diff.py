"""A story's changes since a sign-off (`newsroom diff`), as text or json.

Story text is data: every piece of it is made visible (escapes shown, not run) and goes to
rich as plain Text, never as markup. In colour, removed words are red and added ones green,
as git's word diff shows them; without colour they are marked `[-removed-]` and `{+added+}`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from newsroom.reporting import text
from newsroom.reporting.formats import write_out
from newsroom.reporting.safe import json_document, one_line
from newsroom.reporting.text import Row
from newsroom.services.diff import Change, Section, StoryDiff, Words

_FIELDS: Final = (Section.HEADLINE, Section.DEK, Section.BYLINE, Section.STAGE)
_MARKS: Final = {Words.SAME: ("", ""), Words.REMOVED: ("[-", "-]"), Words.ADDED: ("{+", "+}")}
_COLOURS: Final = {Words.SAME: "", Words.REMOVED: "red", Words.ADDED: "green"}


def as_json(d: StoryDiff) -> str:
    return json_document(
        {
            "version": 1,
            "story": d.slug,
            "since": {
                "stage": d.since.value,
                "commit": d.commit,
                "signed_by": d.signer,
                "date": d.date,
            },
            "uncommitted": list(d.uncommitted),
            "changes": [_change_dict(c) for c in d.changes],
        }
    )


def _change_dict(c: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"section": c.section.value, "change": c.change}
    if c.section is Section.BODY:
        out |= {"field": c.field, "line": c.line, "old_line": c.old_line}
        out["words"] = [{"kind": kind.value, "text": words} for kind, words in c.words]
        return out
    return out | {"item": c.item, "field": c.field, "old": c.old, "new": c.new}


def rows(d: StoryDiff, colour: bool) -> list[Row]:
    """The report's lines: a header, then each section's changes."""
    rows: list[Row] = [[(one_line(_header(d)), "bold")]]
    changes = list(d.changes)
    if not changes:
        return rows
    rows.append([])
    for c in (c for c in changes if c.section in _FIELDS):
        rows.append([(f"{c.section.value}: ", "bold"), *_move(c.old, c.new)])
    for section in Section:
        found = [c for c in changes if c.section is section and section not in _FIELDS]
        if found:
            rows.append([(section.value, "bold underline")])
            rows += [_row(c, colour) for c in found]
    return rows


def _header(d: StoryDiff) -> str:
    when = d.date[:16].replace("T", " ")
    what = "changes" if d.changes else "no changes"
    head = (
        f"{d.slug}: {what} since the {d.since.value} sign-off "
        f"(commit {d.commit[:10]}, {d.signer}, {when})"
    )
    if d.uncommitted:
        head += f", counting uncommitted edits to {', '.join(d.uncommitted)}"
    return head


def _row(c: Change, colour: bool) -> Row:
    if c.section is Section.BODY:
        return _passage(c, colour)
    row: Row = [("  ", ""), (one_line(c.item), "bold"), (": ", "")]
    if c.change != "changed":
        label = (f"{c.change} ", "green" if c.change == "added" else "red")
        return [*row, label, *_value(c.new or c.old)]
    if c.field == "file":
        return [*row, (_file_change(c), "")]
    return [*row, (f"{c.field}: ", ""), *_move(c.old, c.new)]


def _passage(c: Change, colour: bool) -> Row:
    if c.field == "spacing":
        return [("  only spacing or line breaks changed", "")]
    row: Row = [(f"  story.md:{c.line}: ", "dim")]
    previous = None
    for kind, words in c.words:
        opening, closing = ("", "") if colour else _MARKS[kind]
        # removed words and the words that replace them stand together, as in git's word diff
        together = previous is None or (previous, kind) == (Words.REMOVED, Words.ADDED)
        row.append(("" if together else " ", ""))
        previous = kind
        row.append((f"{opening}{one_line(words)}{closing}", _COLOURS[kind] if colour else ""))
    return row


def _file_change(c: Change) -> str:
    if not c.old:
        return "the image file is new since the sign-off"
    if not c.new:
        return "the image file is gone (or outside the story folder)"
    return f"the image file's bytes changed ({c.old[:15]}... -> {c.new[:15]}...)"


def _move(old: str, new: str) -> list[tuple[str, str]]:
    return [*_value(old), (" -> ", ""), *_value(new)]


def _value(value: str) -> list[tuple[str, str]]:
    """A value as shown: quoted when it has spaces, '(none)' when empty."""
    if not value:
        return [("(none)", "dim")]
    shown = one_line(value)
    return [(f'"{shown}"' if " " in value else shown, "")]


def write_text(d: StoryDiff) -> None:
    out = text.console()
    colour = out.is_terminal and out.color_system is not None and not out.no_color
    text.show(out, rows(d, colour))


def write_json(d: StoryDiff) -> None:
    write_out(as_json(d))


# The formats of `newsroom diff`, by the name `--format` takes.
FORMATS: Final[dict[str, Callable[[StoryDiff], None]]] = {"text": write_text, "json": write_json}


def write(d: StoryDiff, format: str) -> None:
    """Print the changes in the format asked for."""
    found = FORMATS.get(format)
    if found is None:
        from newsroom.errors import UsageError

        raise UsageError(f"unknown format '{format}'; use one of: {', '.join(FORMATS)}")
    found(d)
