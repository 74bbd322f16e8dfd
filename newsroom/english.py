"""Counting things in plain English: '1 error', '2 errors', '1 story', '10,001 stories'."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str = "") -> str:
    """`n` and the noun, singular for one and plural otherwise ('story' -> 'stories')."""
    if n == 1:
        return f"1 {noun}"
    if plural:
        return f"{n:,} {plural}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{n:,} {noun[:-1]}ies"
    return f"{n:,} {noun}s"
