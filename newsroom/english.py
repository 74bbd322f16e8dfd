"""Counting things in plain English: '1 error', '2 errors', '1 story', '3 stories'."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str = "") -> str:
    """`n` and the noun, singular for one and plural otherwise ('story' -> 'stories')."""
    if n == 1:
        return f"1 {noun}"
    if not plural:
        plural = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{n} {plural}"
