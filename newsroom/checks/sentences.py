"""A fast sentence splitter for news copy that knows AP abbreviations, initials and quotations.

General-purpose splitters (pysbd, syntok) cost 4-11 ms on an 800-word story; checking
thousands of stories a second leaves about 2 ms for everything. This one finds candidate
boundaries with literal-prefixed patterns (fast substring searches) and decides each from
the word before it and the word after it. `benchmarks/accuracy.py` measures it against
pysbd and syntok on a labelled set (`tests/accuracy/sentences.yaml`).
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.checks.text import word_set

# Candidate boundaries: terminal punctuation, closing quotes or brackets, then white space
# within the line (a line break ends a paragraph, so it is no candidate).
# One pattern per terminator, each starting with a literal, so the regex engine can skip
# ahead with a fast substring search instead of testing every character.
_TERMINATORS: Final = ".?!…"
_CANDIDATES: Final = tuple(
    re.compile(re.escape(t) + r"([.!?…]*)([\"'”’)\]]*)[^\S\n]+(?=\S)") for t in _TERMINATORS
)
_NEXT_WORD: Final = re.compile(r"[\"'“‘(\[]*([\w’'.-]+)")

# Titles before a name: a period after these never ends a sentence (AP Stylebook, 'titles').
_TITLES: Final = word_set(
    "mr mrs ms dr gen sen rep gov lt col capt sgt maj adm cmdr prof rev pres supt det insp "
    "atty hon msgr fr cpl pvt gens sens reps govs lt.gov spc pfc"
)
# Never at the end of a sentence in news copy.
_MID_ONLY: Final = word_set("e.g i.e vs cf approx ca nos")
# Ambiguous: can end a sentence ("moved to Tampa, Fla. The ...") or not ("the U.S. Army").
_AMBIGUOUS_LOWER: Final = word_set("etc a.m p.m")
_AMBIGUOUS_CASED: Final = word_set(
    # AP state abbreviations (capitalized only, so 'ill.' or 'miss.' in lowercase are words)
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo "
    # companies, names, places
    "Inc Corp Co Cos Ltd Jr Sr St Ave Blvd Rd Mt Ft Bros Dept Univ Assn No "
    # months as AP abbreviates them before a date
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
)
_MONTH_OR_NUMBER: Final = word_set("Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec No Nos")
# Words that start sentences: after an ambiguous abbreviation, one of these means a new one.
_STARTERS: Final = word_set(
    "The A An He She It They We I You In On At By For But And Or So Yet This That These "
    "Those His Her Their Its Our My After Before When While If As Although Though Because "
    "Since Until Some Many Most Officials There Here Now Then Still Also Meanwhile However "
    "Instead What Who Why How Where Last Next Each Every No One Two Three Both Neither "
    "Nobody Nothing According Construction Residents"
)
_SPEECH_AFTER: Final = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|he|she|they|we|I)\s+){1,4}"
    r"(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|recalled|continued|"
    r"explained|shouted|yelled|wondered|whispered)\b"
)
_ACRONYM: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text` (one paragraph), white space trimmed."""
    flat = text.replace("\n", " ")
    return [(a, b) for a, b, _ in split_lines(flat, [0], [len(flat)])]


def split_lines(text: str, starts: list[int], ends: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence of a text holding several paragraphs, one a
    line, the paragraph i being text[starts[i]:ends[i]]: no sentence runs from one into the
    next.

    The candidates of the whole text are found at once, which costs far less than a search
    per paragraph when paragraphs are short, as news paragraphs are.
    """
    out: list[tuple[int, int, int]] = []
    found = [
        m
        for t, c in zip(_TERMINATORS, _CANDIDATES, strict=True)
        if t in text
        for m in c.finditer(text)
    ]
    if len(found) > 1:
        found.sort(key=_match_start)
    last = len(starts) - 1
    pi, lo, hi = 0, starts[0], ends[0]
    start = _skip_space(text, lo, hi)
    for m in found:
        at = m.start()
        while at >= hi and pi < last:
            _close(text, out, start, hi, pi)
            pi += 1
            lo, hi = starts[pi], ends[pi]
            start = _skip_space(text, lo, hi)
        if at < start or m.end() >= hi:
            continue
        if _is_boundary(text, m, lo, hi):
            out.append((start, m.end(2), pi))
            start = m.end()
    _close(text, out, start, hi, pi)
    for rest in range(pi + 1, last + 1):
        _close(text, out, _skip_space(text, starts[rest], ends[rest]), ends[rest], rest)
    return out


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _close(text: str, out: list[tuple[int, int, int]], start: int, end: int, pi: int) -> None:
    """The paragraph's last sentence, from `start` to its end, trailing white space trimmed."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end, pi))


def sentences(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[a:b] for a, b in split(text)]


# a party's letters and the place after them, in the AP's style: 'D-St.', 'R-Mo.', 'DFL-St.'
# (not any hyphenated word: 'rated double-A.', 'next-gen.', 'no Plan-B.' end sentences)
_PARTY: Final = re.compile(r"[A-Z]{1,3}-[A-Z]")


def _is_boundary(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """Whether candidate `m`, in the paragraph text[lo:hi], ends a sentence."""
    after = m.end()
    first = text[after]
    if first.islower() or first in ",;:—–-":
        return False
    closing = m.group(2)
    if (
        closing
        and text[m.start()] != "."  # '"... the fight." Ocampo wrote that': a new sentence
        and any(q in closing for q in "\"”'’")
        and _SPEECH_AFTER.match(text, after, hi)
    ):
        return False  # "Why now?" Whitfield asked.
    if text[m.start()] != "." or m.group(1) or closing:
        return True
    space = text.rfind(" ", lo, m.start())
    word = text[space + 1 if space >= 0 else lo : m.start()].lstrip("([\"'“‘")
    if _PARTY.match(word):
        word = word.split("-", 1)[1]  # a party and a place: 'D-St. Louis', 'R-Mo.'
    if not word:
        return True
    lower = word.lower()
    if lower in _TITLES or lower in _MID_ONLY:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: John F. Kennedy
    if word in _MONTH_OR_NUMBER and _next_word(text, after, hi)[:1].isdigit():
        return False  # Jan. 5, No. 3
    if (
        word in _AMBIGUOUS_CASED
        or lower in _AMBIGUOUS_LOWER
        or ("." in word and _ACRONYM.search(word))
    ):
        return first in "\"“‘'" or _next_word(text, after, hi) in _STARTERS
    return True


def _next_word(text: str, at: int, end: int) -> str:
    found = _NEXT_WORD.match(text, at, end)
    return found.group(1) if found else ""
