"""Counting things in plain English: '1 error', '2 errors', '1 story', '10,001 stories'; and
the values a suggested command's `<source-id>` may take: '<source-id> is one of: vote, debate'."""

from __future__ import annotations

from collections.abc import Sequence


def counted(n: int, noun: str, plural: str = "") -> str:
    """`n` and the noun, singular for one and plural otherwise ('story' -> 'stories')."""
    if n == 1:
        return f"1 {noun}"
    if plural:
        return f"{n:,} {plural}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{n:,} {noun[:-1]}ies"
    return f"{n:,} {noun}s"


def one_of(placeholder: str, choices: Sequence[str], most: int = 8) -> str:
    """What a suggested command's `<placeholder>` may be, to say after the command:
    '<source-id> is one of: vote, debate' ('' when there is nothing to choose from). A value
    the person must choose is always shown as `<...>`, never as a bare ID or NAME that reads
    as part of a command that would run as printed."""
    if not choices:
        return ""
    shown = ", ".join(choices[:most]) + (", ..." if len(choices) > most else "")
    return f"<{placeholder}> is one of: {shown}"
