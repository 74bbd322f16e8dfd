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
# 'The two said ...', 'the three were released', 'the two men': a number word after these and
# before another word points back at people already named; it counts nothing new. After 'all'
# or a preposition ('all three states', 'talks between the two companies') and before a thing,
# it counts it.
_BACK_REFERENCE: Final = re.compile(r"\b(?:the|these|those|all) $")
_COUNTED_BEFORE: Final = re.compile(
    r"\b(?:all|(?:of|between|among|for|to|in|on|with|by|from|at|into|over) the) $"
)
_WORD_AFTER: Final = re.compile(r" (?!percent\b|million\b|billion\b|hundred\b|thousand\b)([a-z]+)")
_PEOPLE: Final = frozenset(("men", "women", "people", "children", "boys", "girls"))


def _points_back(lower: str, i: int, word: str, people_endings: tuple[str, ...]) -> bool:
    """Whether the number word at `i` of `lower`, before `word`, points back at people named
    before rather than counting things."""
    if not _COUNTED_BEFORE.search(lower, max(0, i - 16), i):
        return True
    if word in _PEOPLE or word.endswith(people_endings):
        return True
    return word in ("said", "says", "were", "was", "are", "have", "had", "has", "will", "would")


# Superlatives are found by form: a word ending in -est (largest, busiest, hottest) after a
# determiner ('the', 'its', "the city's") that is not one of these words that only look like
# one. Words below SUPERLATIVE_MIN letters
# ('best', 'worst', 'most', 'least') are read in context instead, and so is 'latest'.
NOT_SUPERLATIVES: Final = word_set(
    "interest interests forest forests protest protests request requests suggest suggests "
    "contest contests harvest harvests honest dishonest modest immodest arrest arrests digest "
    "invest invests manifest conquest earnest behest unrest inquest bequest tempest midwest "
    "southwest northwest attest detest divest ingest congest retest pretest latest guest "
    "guests chest chests quest priest priests crest nest rest test tests west east everest "
    "longest-running"
)
SUPERLATIVE_MIN: Final = 6
SUPERLATIVES: Final = word_set("best worst unprecedented")
# 'best' and 'worst' are claims after a determiner ('the best goalie'), not in these idioms.
_BEST_IDIOM: Final = re.compile(
    r"[- ](?:known|interests?|friends?|practices?|wishes|selling|sellers?|seller|efforts?)\b"
)
_EFFORT_BEFORE: Final = re.compile(r"\b(?:do|does|did|doing|done|try|tries|tried|trying) \w+ $")
MONTHS: Final = tuple(
    word_set(
        "January February March April May June July August September October November December"
    )
)
_ABBREVIATED: Final = frozenset({"jan", "feb", "aug", "sept", "oct", "nov", "dec"})
_MONTHS_LOWER: Final = frozenset(m.lower() for m in MONTHS) | _ABBREVIATED
# A month is kept whole with its day and year: 'Nov. 18', 'March 14, 2026', 'May 2026'.
_DAY_AFTER: Final = re.compile(r"\. \d{1,2}\b(?:,? \d{4}\b)?")
_DAY_OR_YEAR: Final = re.compile(r" \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4}\b)?|,? \d{4}\b")
_MAY_BEFORE: Final = re.compile(r"\b(?:in|on|by|since|until|early|late|last|next|this|of) $")
_DETERMINER: Final = re.compile(
    r"(?:\b(?:the|a|its|their|his|her|our|my|your)|['’]s) (?:very |single |second |third )?$"
)
# 'the first ... to land', 'the first ... in league history', 'first-ever', 'the first time'.
_FIRST_CLAIM: Final = re.compile(
    r"[- ](?:ever|time)\b|(?:[ -][\w'’.-]+){0,6}? (?:to|ever|since)\b|"
    r"(?: [\w'’.-]+){0,8}? in (?:[\w'’.-]+ ){0,4}history\b"
)
_ADJECTIVE_END: Final = ("ive", "ous", "ful", "able", "ible", "ent", "ant", "ic", "ing")
_SUPERLATIVE_CONTEXT: Final = (
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
# Specific claims with no number (an agreement signed, a law passed, a death, a conviction)
# are found by the verb (words.yaml's claim_verbs), outside quotations; they are offered to
# the fact-checker, not required.
# 'would be signed', 'could be announced': an event still to come is no fact to check yet.
_TO_COME: Final = re.compile(
    r"\b(?:will|would|could|may|might|should|must|can)(?: not)?(?: be| have been)? $"
)
CLAIM: Final = "claim"
DAY: Final = "day"
# The kinds a fact-checker is offered rather than required to cover.
SUGGESTED_KINDS: Final = frozenset({CLAIM, DAY})
# A weekday that dates an event: 'on Tuesday', 'died Sunday', 'Monday morning'.
WEEKDAYS: Final = tuple(word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))
# the days as a pattern's alternatives, in small letters: 'monday|tuesday|...'
WEEKDAY_WORDS: Final = "|".join(sorted(day.lower() for day in WEEKDAYS))
# A weekday not after these words ('every Sunday', 'a Tuesday') dates an event: 'on Tuesday',
# 'died Sunday', 'held Thursday', 'last Thursday', 'Monday morning'.
_HABIT_BEFORE: Final = re.compile(r"\b(?:every|each|a|an)\s$")
# What has (or has not) been said on the record: 'has not disclosed a price', 'did not testify'.
CLAIM_PHRASES: Final = (
    ("has", r" (?:not |never |already )?(?:said|disclosed|announced|confirmed|admitted)\b"),
    ("have", r" (?:not |never |already )?(?:said|disclosed|announced|confirmed|admitted)\b"),
    ("had", r" (?:not |never |already )?(?:said|disclosed|announced|confirmed|admitted)\b"),
    ("did", r" not (?:say|disclose|announce|confirm|admit|testify)\b"),
)
_CLAIM_PHRASES: Final = tuple((word, re.compile(after)) for word, after in CLAIM_PHRASES)
# Ordinals that make a claim in the same context as 'first': 'the third school to fire its
# coach', 'the last teenager to make the team'.
ORDINAL_CLAIMS: Final = ("first", "second", "third", "last")
# an ordinal past the third counts something: 'her sixth goal', 'the ninth of the season'
ORDINAL_COUNTS: Final = word_set(
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
# (but not a place or a part of a game or a school: 'the fourth quarter', 'her fifth grade')
_ORDINAL_PLACE: Final = re.compile(
    r"[- ](?:quarter|inning|period|half|round|grade|grader|floor|street|avenue|district|"
    r"century|ward|hole|set|game|stage|lap|leg)s?\b"
)
_FRACTION: Final = re.compile(r"\b(?:a|one|two|three)[- ]$")
# Relative dates (outside quotations).
_UNIT_AFTER: Final = re.compile(
    rf"(?<=\bthis) (?:past|coming) \w+|(?<!this) (?:{WEEKDAY_WORDS}|"
    r"week|weekend|month|year|spring|summer|fall|autumn|winter|january|"
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
    | ORDINAL_COUNTS
    | SUPERLATIVES
    | _MONTHS_LOWER
    | {word for word, _, _ in _SUPERLATIVE_CONTEXT}
    | set(ORDINAL_CLAIMS)
    | {word for word, _ in CLAIM_PHRASES}
    | {day.lower() for day in WEEKDAYS}
    | _FRACTIONS
    | _RELATIVE_WORDS
    | _NEXT_DAYS
)


_ALWAYS: Final = re.compile("")


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


def checkable(
    text: str,
    lower: str,
    present: frozenset[str],
    claim_verbs: frozenset[str],
    people_endings: tuple[str, ...],
) -> list[Mark]:
    """The checkable statements of `text`; `present` holds the words of VOCABULARY and of
    `claim_verbs` (the verbs of a specific claim) that `text` has (more do no harm);
    `people_endings` end plural words for people ('officers')."""
    dates = _dates(text, present)
    numbers = [m for m in _numbers(text, lower, present, people_endings) if not _inside(m, dates)]
    claims = _claims(text, lower, present & claim_verbs, present)
    return numbers + dates + _superlatives(text, lower, present) + claims


def _numbers(
    text: str, lower: str, present: frozenset[str], people_endings: tuple[str, ...]
) -> list[Mark]:
    marks = []
    for m in (_ASCII_DIGITS if text.isascii() else _DIGITS).finditer(text):
        a = m.start()
        b = a + len(m.group().rstrip(".,"))
        marks.append(Mark(a - 1 if a and text[a - 1] == "$" else a, b, "number"))
    for word in present & NUMBER_WORDS:
        for i in find_word(lower, word):
            j = i + len(word)
            after = _WORD_AFTER.match(lower, j)
            if (
                after
                and _BACK_REFERENCE.search(lower, max(0, i - 8), i)
                and _points_back(lower, i, after.group(1), people_endings)
            ):
                continue  # 'the two said': people already named, not a count
            marks.append(Mark(i, j, "number"))
    for word in present & ORDINAL_COUNTS:
        for i in find_word(lower, word):
            j = i + len(word)
            if _DETERMINER.search(lower, max(0, i - 24), i) and not _ORDINAL_PLACE.match(lower, j):
                marks.append(Mark(i, j, "number"))  # 'her sixth of the season', not 'Fifth Avenue'
    for word in present & _FRACTIONS:
        marks.extend(Mark(a, b, "number") for a, b in _around(lower, word, _FRACTION, None))
    return marks


def _dates(text: str, present: frozenset[str]) -> list[Mark]:
    marks: list[Mark] = []
    for word in present & _MONTHS_LOWER:
        month = word.capitalize()
        if word in _ABBREVIATED:
            found = _around(text, month, None, _DAY_AFTER)
        elif month == "May":
            found = _around(text, month, _MAY_BEFORE, _DAY_OR_YEAR)
        else:
            found = _around(text, month, _ALWAYS, _DAY_OR_YEAR)
        marks.extend(Mark(a, b, "date") for a, b in found)
    for day in WEEKDAYS:
        if day.lower() in present:
            for a in find_word(text, day):
                b = a + len(day)
                habit = _HABIT_BEFORE.search(text, max(0, text.rfind("\n", 0, a) + 1, a - 8), a)
                if not habit and text[b : b + 2] not in ("'s", "’s") and not _quoted(text, a):
                    marks.append(Mark(a, b, DAY))
    return marks


def _superlatives(text: str, lower: str, present: frozenset[str]) -> list[Mark]:
    found = [
        (a, b) for a, b in _est_words(text, lower) if _DETERMINER.search(lower, max(0, a - 24), a)
    ]
    for word in present & SUPERLATIVES:
        for i in find_word(lower, word):
            j = i + len(word)
            idiom = _BEST_IDIOM.match(lower, j) or _EFFORT_BEFORE.search(lower, max(0, i - 24), i)
            if word == "unprecedented" or (
                _DETERMINER.search(lower, max(0, i - 24), i) and not idiom
            ):
                found.append((i, j))
    for word, before, after in _SUPERLATIVE_CONTEXT:
        if word in present:
            found.extend(_around(lower, word, before, after))
    for word in ORDINAL_CLAIMS:
        if word not in present:
            continue
        for i in find_word(lower, word):
            j = i + len(word)
            claim = _FIRST_CLAIM.match(lower, j)
            ever = lower.startswith("-ever", j)
            if ever or (claim and _DETERMINER.search(lower, max(0, i - 24), i)):
                found.append((i, j))
    return [Mark(a, b, "superlative") for a, b in found if not _quoted(text, a)]


def _est_words(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each lowercase word of -est form that is not in NOT_SUPERLATIVES."""
    i = lower.find("est")
    while i >= 0:
        end = i + 3
        if end == len(lower) or not lower[end].isalpha():
            start = i
            while start > 0 and lower[start - 1].isalpha():
                start -= 1
            word = lower[start:end]
            if (
                len(word) >= SUPERLATIVE_MIN
                and word not in NOT_SUPERLATIVES
                and not text[start].isupper()
            ):
                yield start, end
        i = lower.find("est", end)


def _claims(text: str, lower: str, verbs: frozenset[str], present: frozenset[str]) -> list[Mark]:
    found = [(i, i + len(verb)) for verb in verbs for i in find_word(lower, verb)]
    for word, after in _CLAIM_PHRASES:
        if word in present:
            found += [(a, b) for a, b in _around(lower, word, None, after)]
    return [
        Mark(a, b, CLAIM)
        for a, b in found
        if not _quoted(text, a)
        and not _TO_COME.search(lower, max(0, a - 24), a)
        and not lower.endswith("who ", 0, a)  # 'Boyd, who voted no, said': who is speaking
        and lower[a - 1 : a] != "-"  # (a name's part: 'Jae-won Park')
    ]


def _quoted(text: str, at: int) -> bool:
    """Whether offset `at` of `text` stands inside a quotation in its paragraph (the part
    after the last line break): what someone is quoted as saying is opinion until checked
    against them."""
    start = text.rfind("\n", 0, at) + 1
    if text.count('"', start, at) % 2:
        return True
    return text.count("“", start, at) > text.count("”", start, at)


def _inside(mark: Mark, spans: list[Mark]) -> bool:
    return any(s.start <= mark.start and mark.end <= s.end for s in spans)


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
