"""The board as text: a table that fits the terminal's width without breaking words.

Headlines and names wrap at spaces (a slug at its hyphens); dates are shortened; when the
columns still do not fit, the least needed ones go first (who made the last change, the
to-do count, the date, the blocker count). Too narrow for a table, each story is a short
card. Stories are grouped by stage, in the order they move. Plain text, no rich: story text
goes through `safe.one_line`, so markup and escapes are shown, never run.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from newsroom.english import counted
from newsroom.models import Stage
from newsroom.reporting.safe import one_line

if TYPE_CHECKING:
    from newsroom.services.stories import Board, BoardRow

GAP = 2  # spaces between columns


@dataclass(frozen=True)
class Column:
    name: str
    least: int  # the narrowest it wraps to (0: never wraps, as wide as its widest cell)
    hyphens: bool = False  # may wrap at hyphens (slugs), not only at spaces
    right: bool = False  # numbers: aligned right


COLUMNS = (
    Column("story", 14, hyphens=True),
    Column("headline", 20),
    Column("blockers", 0, right=True),
    Column("to-do", 0, right=True),
    Column("changed", 0),
    Column("by", 12),
    Column("with", 14),
)
DROPPED_FIRST = ("by", "to-do", "changed", "blockers")  # when the width runs out
HEADLINE_FIRST = 40  # the headline's share of spare width before the others grow


def width() -> int:
    """The terminal's width (COLUMNS when set), 80 when output goes to a file or pipe."""
    return max(20, shutil.get_terminal_size((80, 24)).columns)


def write(board: Board, left_out: str, columns: int | None = None) -> None:
    lines = render(board, columns or width(), datetime.now().astimezone(), left_out)
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()


def render(board: Board, total: int, now: datetime, left_out: str) -> list[str]:
    """The board's lines, none wider than `total` characters."""
    cells = [_cells(row, now) for row in board.rows]
    shown = _fit(cells, total)
    out: list[str] = []
    for stage, group in _by_stage(board.rows, cells):
        out.append(_clip(f"{stage} ({len(group)})", total))
        if shown is None:
            for c in group:
                out += _card(c, total)
        else:
            out += _table(group, shown, total)
        out.append("")
    for row in board.rows:
        if row.stuck:
            out += _wrap(f"{one_line(row.slug)} can never move on: {one_line(row.stuck)}", total)
            out.append("")
    out += _wrap(_footer(board, left_out), total)
    return out


def _cells(row: BoardRow, now: datetime) -> dict[str, str]:
    return {
        "story": one_line(row.slug),
        "headline": one_line(row.headline or row.problem or "-"),
        "blockers": str(row.blockers) if row.stage else "-",
        "to-do": str(row.todo) if row.stage else "-",
        "changed": short_date(row.changed, now),
        "by": one_line(row.changed_by) or "-",
        "with": one_line(row.holder),
        "stage": row.stage.value if row.stage else "unreadable",
    }


def short_date(changed: str, now: datetime) -> str:
    """'14:05' today, 'Mar 4' this year, '2025-03-04' before; '-' for none."""
    try:
        when = datetime.strptime(changed, "%Y-%m-%d %H:%M")
    except ValueError:
        return changed or "-"
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.year == now.year:
        return f"{when.strftime('%b')} {when.day}"
    return when.strftime("%Y-%m-%d")


def _by_stage(
    rows: Sequence[BoardRow], cells: list[dict[str, str]]
) -> list[tuple[str, list[dict[str, str]]]]:
    order = [s.value for s in Stage] + ["unreadable"]
    groups: dict[str, list[dict[str, str]]] = {name: [] for name in order}
    for c in cells:
        groups[c["stage"]].append(c)
    return [(name, group) for name, group in groups.items() if group]


def _fit(cells: list[dict[str, str]], total: int) -> dict[str, int] | None:
    """Each column kept and its width; None when not even the needed columns fit."""
    natural = {
        col.name: max([len(col.name), *(len(c[col.name]) for c in cells)]) for col in COLUMNS
    }
    least = {col.name: min(natural[col.name], col.least or natural[col.name]) for col in COLUMNS}
    # the headline keeps a third of the width before it is squeezed: columns go first
    least["headline"] = min(natural["headline"], max(least["headline"], total // 3))
    kept = [col.name for col in COLUMNS]
    for name in (None, *DROPPED_FIRST):
        if name is not None:
            kept.remove(name)
        if sum(least[k] for k in kept) + GAP * (len(kept) - 1) <= total:
            break
    else:
        return None
    widths = {k: least[k] for k in kept}
    spare = total - sum(widths.values()) - GAP * (len(kept) - 1)
    for name, cap in (("headline", HEADLINE_FIRST), ("story", 0), ("with", 0), ("by", 0)):
        if name in widths:
            goal = min(natural[name], cap) if cap else natural[name]
            grow = max(0, min(spare, goal - widths[name]))
            widths[name] += grow
            spare -= grow
    widths["headline"] += min(spare, natural["headline"] - widths["headline"])
    return widths


def _table(group: list[dict[str, str]], widths: dict[str, int], total: int) -> list[str]:
    columns = [col for col in COLUMNS if col.name in widths]
    out = [_line([(col, [col.name]) for col in columns], widths, total)]
    for c in group:
        wrapped = [(col, _wrap(c[col.name], widths[col.name], col.hyphens)) for col in columns]
        height = max(len(lines) for _, lines in wrapped)
        for i in range(height):
            out.append(
                _line(
                    [(col, lines[i : i + 1] or [""]) for col, lines in wrapped],
                    widths,
                    total,
                )
            )
    return out


def _line(parts: list[tuple[Column, list[str]]], widths: dict[str, int], total: int) -> str:
    pieces = []
    for col, lines in parts:
        text = lines[0]
        pieces.append(text.rjust(widths[col.name]) if col.right else text.ljust(widths[col.name]))
    return _clip((" " * GAP).join(pieces).rstrip(), total)


def _card(c: dict[str, str], total: int) -> list[str]:
    """One story in a few lines, for a terminal too narrow for the table."""
    facts = [c["stage"]]
    if c["blockers"] not in ("0", "-"):
        facts.append(f"{c['blockers']} blocking")
    return [
        *_wrap(c["story"], total, hyphens=True),
        *_wrap(c["headline"], total - 2, indent="  "),
        *_wrap(", ".join(facts) + f"; with {c['with']}", total - 2, indent="  "),
    ]


def _footer(board: Board, left_out: str) -> str:
    counts = ", ".join(f"{k}: {v:,}" for k, v in board.counts().items() if v)
    everyone = sum(board.counts().values())
    listed = counted(len(board.rows), "story")
    if len(board.rows) != everyone:
        listed = f"{len(board.rows):,} of {counted(everyone, 'story')}"
    return f"{listed} ({counts or 'none yet'}){left_out}"


def _wrap(text: str, size: int, hyphens: bool = False, indent: str = "") -> list[str]:
    """`text` in lines of at most `size` characters, broken at spaces (and hyphens, if
    asked); a word longer than a line is cut short with '…', never split across lines."""
    size = max(1, size)
    lines = textwrap.wrap(text, size, break_long_words=False, break_on_hyphens=hyphens) or [""]
    return [indent + _clip(line, size) for line in lines]


def _clip(line: str, size: int) -> str:
    return line if len(line) <= size else line[: max(0, size - 1)] + "…"
