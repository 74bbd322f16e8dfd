"""A paste site's page copied whole: the site's furniture round a paste it shows with a number
before every line ('1. Sir, pls find my story ...', '2.', '3. HEADLINE: ...').

The numbers are the site's, not the writer's: they count every line of the paste from 1, the
empty ones too, so a paragraph break reads as a number alone on its line. A list a writer
numbers has no such empty items, which is how the two are told apart. The paste is the lines
without their numbers; what the page shows round it (the site's name and menus, the paste's
title and its guest line, other users' pastes, the footer) is furniture.
"""

from __future__ import annotations

import re
from typing import Final

# a line as the site numbers it: the number, a point, and the line's text (none on an empty
# one; its spaces at the end taken off after, not by the pattern, which would try them at
# every place in a long line)
_NUMBERED: Final = re.compile(r"^[ \t]*(\d{1,4})\.(?:[ \t]+(.*))?$")
# the fewest lines, and the fewest of them empty, that make a run of numbers a paste's
_SHORTEST: Final = 6
_EMPTY: Final = 2


def numbered_paste(text: str) -> tuple[str, list[str]] | None:
    """The paste's text without its line numbers, and the page's other lines (furniture); or
    None when the text holds no run of lines numbered from 1 with empty numbered lines in it."""
    lines = text.split("\n")
    run = _longest_run(lines)
    if run is None:
        return None
    start, end = run
    paste = [_NUMBERED.match(line) for line in lines[start:end]]
    kept = [(found.group(2) or "").rstrip() if found else "" for found in paste]
    around = [line.strip() for line in lines[:start] + lines[end:] if line.strip()]
    return "\n".join(kept) + "\n", around


def _longest_run(lines: list[str]) -> tuple[int, int] | None:
    """Where the longest run of lines numbered 1, 2, 3 ... one after another starts and ends,
    when it is long enough and holds enough empty numbered lines to be a site's numbering."""
    best: tuple[int, int] | None = None
    n = 0
    while n < len(lines):
        found = _NUMBERED.match(lines[n])
        if not found or found.group(1) != "1":
            n += 1
            continue
        end, empty = n, 0
        while end < len(lines):
            line = _NUMBERED.match(lines[end])
            if not line or int(line.group(1)) != end - n + 1:
                break
            empty += not (line.group(2) or "").strip()
            end += 1
        if end - n >= _SHORTEST and empty >= _EMPTY and (not best or end - n > best[1] - best[0]):
            best = (n, end)
        n = max(end, n + 1)
    return best
