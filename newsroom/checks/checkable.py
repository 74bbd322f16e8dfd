"""Checkable statements (numbers, money, percentages, counts, dates and years, superlatives,
firsts and records) and dates with no anchor, found by word look-ups and small context
patterns around each word, never by a regex scanning the whole body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from newsroom.checks.text import find_word, word_set


class Mark(NamedTuple):
    """A span of a paragraph and what it is. A tuple: cheap to make, sorts by position."""

    start: int  # offset in the paragraph
    end: int
    kind: str


# Checkable statements.
_DIGITS: Final = re.compile(r"\d[\d,.]*%?")
# The same for ASCII text, where \d is [0-9]: a range test instead of a Unicode look-up per
# character of the body.
_ASCII_DIGITS: Final = re.compile(r"[0-9][0-9,.]*%?")
NUMBER_WORDS: Final = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens half percent twice"
)
SUPERLATIVES: Final = word_set(
    "largest biggest smallest highest lowest greatest fewest oldest youngest newest longest "
    "shortest tallest fastest slowest deadliest costliest worst best richest poorest busiest "
    "cheapest strongest weakest hottest coldest wettest driest warmest heaviest safest "
    "unprecedented"
)
MONTHS: Final = tuple(
    word_set(
        "January February March April May June July August September October November December"
    )
)
_MONTHS_LOWER: Final = frozenset(m.lower() for m in MONTHS) | {
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
}
_ABBREVIATED: Final = frozenset({"jan", "feb", "aug", "sept", "oct", "nov"})
_DAY_AFTER: Final = re.compile(r"\. \d")
_NUMBER_AFTER: Final = re.compile(r",? \d")
_MAY_BEFORE: Final = re.compile(r"\b(?:in|on|by|since|until|early|late|last|next|this|of) $")
_DETERMINER: Final = re.compile(r"(?:\b(?:the|a|its|their|his|her|our)|['’]s) (?:very )?$")
_SUPERLATIVE_CONTEXT: Final = (
    ("first", _DETERMINER, re.compile(r"[- ](?:ever|time)\b")),
    ("most", _DETERMINER, None),
    ("least", _DETERMINER, None),
    (
        "record",
        re.compile(
            r"(?:\b(?:a|new|all-time)|\b(?:set|broke|break|breaks|sets|tied|ties|shattered) "
            r"(?:a|the)) $"
        ),
        re.compile(
            r"[- ](?:high|low|number|levels?|breaking|setting|year|turnout|amounts?|sales|"
            r"profits?|temperatures?|heat|rainfall|highs|lows)\b"
        ),
    ),
)
_FRACTION: Final = re.compile(r"\b(?:a|one|two|three)[- ]$")
# Relative dates (outside quotations).
_UNIT_AFTER: Final = re.compile(
    r"(?<=\bthis) (?:past|coming) \w+|(?<!this) (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|weekend|month|year|spring|summer|fall|autumn|winter|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b"
)
_MONTH_ANCHOR: Final = re.compile(r",? (?:\d|of \d)")
_BARE_BEFORE: Final = re.compile(
    r"(?:\b(?:in|by|until|since|before|after|through|during|from|early|late) |mid-)$"
)


_FRACTIONS: Final = frozenset({"third", "thirds", "quarter", "quarters"})
_RELATIVE_WORDS: Final = frozenset({"last", "next", "this"})
_NEXT_DAYS: Final = frozenset({"yesterday", "tomorrow"})
# Every word these readers look up: a body's words are reduced to these before they start.
VOCABULARY: Final = (
    NUMBER_WORDS
    | SUPERLATIVES
    | _MONTHS_LOWER
    | {word for word, _, _ in _SUPERLATIVE_CONTEXT}
    | _FRACTIONS
    | _RELATIVE_WORDS
    | _NEXT_DAYS
)


def _around(
    text: str, word: str, before: re.Pattern[str] | None, after: re.Pattern[str] | None
) -> Iterator[tuple[int, int]]:
    """(start, end) of `word` in `text` where the words before or after it fit the patterns."""
    for i in find_word(text, word):
        j = i + len(word)
        tail = after.match(text, j) if after is not None else None
        if tail is not None:
            yield i, tail.end()
        elif before is not None and before.search(text, max(0, i - 24), i):
            yield i, j


def checkable(text: str, lower: str, present: frozenset[str]) -> list[Mark]:
    """The checkable statements of `text`; `present` holds the words of VOCABULARY that
    `text` has (more do no harm)."""
    marks = []
    for m in (_ASCII_DIGITS if text.isascii() else _DIGITS).finditer(text):
        a = m.start()
        b = a + len(m.group().rstrip(".,"))
        marks.append(Mark(a - 1 if a and text[a - 1] == "$" else a, b, "number"))
    for group, kind in ((NUMBER_WORDS, "number"), (SUPERLATIVES, "superlative")):
        for word in present & group:
            marks.extend(Mark(i, i + len(word), kind) for i in find_word(lower, word))
    for word in present & _MONTHS_LOWER:
        month = word.capitalize()
        if word in _ABBREVIATED:
            found = _around(text, month, None, _DAY_AFTER)
        elif month == "May":
            found = _around(text, month, _MAY_BEFORE, _NUMBER_AFTER)
        else:
            found = ((i, i + len(month)) for i in find_word(text, month))
        marks.extend(Mark(a, b, "date") for a, b in found)
    for word, before, after in _SUPERLATIVE_CONTEXT:
        if word in present:
            marks.extend(Mark(a, b, "superlative") for a, b in _around(lower, word, before, after))
    for word in present & _FRACTIONS:
        marks.extend(Mark(a, b, "number") for a, b in _around(lower, word, _FRACTION, None))
    return marks


def relative_dates(masked: str, lower: str, present: frozenset[str]) -> list[Mark]:
    marks: list[Mark] = []
    for word in present & _RELATIVE_WORDS:
        marks.extend(Mark(a, b, "relative") for a, b in _around(lower, word, None, _UNIT_AFTER))
    for word in present & _NEXT_DAYS:
        marks.extend(Mark(i, i + len(word), "relative") for i in find_word(lower, word))
    taken = [m.start for m in marks]
    for word in present & _MONTHS_LOWER:
        month = word.capitalize()
        for i in find_word(masked, month):
            if _MONTH_ANCHOR.match(masked, i + len(month)) or any(t <= i < t + 20 for t in taken):
                continue
            if _BARE_BEFORE.search(masked, max(0, i - 12), i):
                marks.append(Mark(i, i + len(month), "month"))
    return marks
