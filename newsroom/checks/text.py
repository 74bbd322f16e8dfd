"""Small text tools shared by the checks: normalizing, case styles, placeholders."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

_WORD_RE: Final = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*")
# Words that AP title case leaves lowercase and that sentence case never capitalizes mid-line.
SMALL_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "so",
        "than",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "yet",
    ]
)
# Common words that are never proper nouns: capitalized mid-headline they betray title case.
LOWER_ONLY: Final = frozenset(
    [
        "about",
        "after",
        "against",
        "along",
        "amid",
        "among",
        "around",
        "before",
        "behind",
        "below",
        "despite",
        "during",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "says",
        "said",
        "say",
        "warns",
        "warn",
        "plans",
        "plan",
        "approves",
        "approve",
        "votes",
        "vote",
        "calls",
        "call",
        "faces",
        "face",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "new",
        "more",
        "most",
        "less",
        "least",
        "not",
        "no",
        "all",
        "some",
        "many",
    ]
)
# Placeholders left in copy: the text a quick test looks for, and the pattern that finds the
# placeholder itself, which always holds that text. A lowercase text is looked for in the
# lowercased copy, as its pattern ignores case. The quick test and PLACEHOLDER_RE are both
# built from this table.
PLACEHOLDERS: Final = (
    ("TK", r"\bTK(?:TK)*\b"),
    ("XX", r"\bXXX?\b"),
    ("TODO", r"\bTODO\b"),
    ("FIXME", r"\bFIXME\b"),
    ("TBD", r"\bTBD\b"),
    ("lorem ipsum", r"(?i:lorem ipsum)"),
    ("[insert", r"(?i:\[insert[^\]]*\])"),
    ("headline", r"(?i:\bheadline (?:goes )?here\b)"),
    ("caption", r"(?i:\bcaption (?:goes )?here\b)"),
)
PLACEHOLDER_RE: Final = re.compile("|".join(pattern for _, pattern in PLACEHOLDERS))
_CASED_PLACEHOLDERS: Final = tuple(text for text, _ in PLACEHOLDERS if not text.islower())
_UNCASED_PLACEHOLDERS: Final = tuple(text for text, _ in PLACEHOLDERS if text.islower())


def may_have_placeholder(text: str) -> bool:
    """False only when `text` surely has no placeholder: a quick test before the regex."""
    if any(cased in text for cased in _CASED_PLACEHOLDERS):
        return True
    lower = text.lower()
    return any(uncased in lower for uncased in _UNCASED_PLACEHOLDERS)


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lowercase letters and digits only, single-spaced: for comparing texts loosely."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = _QUOTES.sub("'", unicodedata.normalize("NFKC", text))
        return " ".join(_WORDS.findall(text.lower()))
    if "`" in text:
        text = text.replace("`", "'")
    return " ".join(text.lower().translate(_ASCII_NOT_WORDS).split())  # the same, faster


_QUOTES: Final = re.compile(r"[’‘`´]")
_WORDS: Final = re.compile(r"[\w']+")
# Every ASCII character that `_WORDS` does not take, made a space.
_ASCII_NOT_WORDS: Final = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'")}
)


def similar(a: str, b: str, threshold: float = 0.8) -> bool:
    """True when `a` and `b` say the same words (ignoring case and punctuation) nearly all over."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return False
    if na == nb or na.startswith(nb) or nb.startswith(na):
        return True
    wa, wb = set(na.split()), set(nb.split())
    return len(wa & wb) / len(wa | wb) >= threshold


def words(text: str) -> list[tuple[int, str]]:
    """(offset, word) for each word of letters in `text`."""
    return [(m.start(), m.group()) for m in _WORD_RE.finditer(text)]


@functools.lru_cache(maxsize=1024)
def title_cased_words(text: str) -> tuple[int, int, list[tuple[int, str]]]:
    """Count (capitalized, lowercase) words after the first word of each clause.

    Returns the counts and the capitalized words that sentence case would never capitalize.
    """
    caps = lows = 0
    betrayed: list[tuple[int, str]] = []
    at = 0
    for n, (between, word) in enumerate(_SPACED_WORDS.findall(text)):
        offset = at + len(between)
        at = offset + len(word)
        if n == 0 or between.rstrip(_OPENING_QUOTES).endswith(_CLAUSE_ENDS):
            continue  # the first word of a clause, or of a sentence quoted after a colon
        if word[0].isupper() and not word.isupper():
            caps += 1
            bare = word.strip("'’-").lower()
            if bare in SMALL_WORDS or bare in LOWER_ONLY:
                betrayed.append((offset, word))
        elif word[0].islower() and word not in SMALL_WORDS:
            lows += 1  # 'in', 'of', 'the' stay lowercase in title case too
    return caps, lows, betrayed


# Each word of `_WORD_RE` with the text between it and the word before.
_SPACED_WORDS: Final = re.compile(r"([^A-Za-z\u00C0-\u024F]*)(" + _WORD_RE.pattern + ")")


_CLAUSE_ENDS: Final = (":", "—", "–", "?", "!")
_OPENING_QUOTES: Final = " \t'\"‘“"


def case_problem(text: str, style: str) -> tuple[int, str] | None:
    """(offset, reason) when `text` breaks the case `style` ('sentence' or 'title'), else None."""
    caps, lows, betrayed = title_cased_words(text)
    first = words(text)[:1]
    if first and first[0][1][0].islower():
        offset, word = first[0]
        return offset, f"'{word}' starts the line; capitalize it"
    if style == "title":
        for offset, word in words(text)[1:]:
            if word.islower() and len(word) >= 4 and word not in SMALL_WORDS:
                return offset, f"'{word}' should be capitalized in title case"
        return None
    if betrayed:
        offset, word = betrayed[0]
        return (
            offset,
            f"'{word}' is capitalized; sentence case capitalizes only the first "
            "word and proper nouns",
        )
    if lows == 0 and caps >= 3:
        return (
            0,
            "every word is capitalized (small words such as 'in' aside); use sentence case "
            "(capitalize only the first word and proper nouns)",
        )
    return None


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set for fast look-ups."""
    return frozenset(text.split())


# Lowercase words that stand inside a person's name: 'Ana de la Cruz', 'Kobus van der Merwe'
NAME_PARTICLES: Final = word_set(
    "de da del della dela delos di van von der den la le du bin al el dos das"
)


# The pictographs a post, a button or a credit opens with, for a character class: '☀', '👍',
# '📸' (the symbols' and the emoji's blocks)
PICTOGRAPHS: Final = "\u2600-\u27bf\U0001f300-\U0001faff"


# The capital letters of the Latin script, for a character class: ASCII's, the accented ones
# of Western and Central Europe (É, Č, Ł), and those written with a dot or a mark below, as
# Yoruba and Vietnamese write them (Ọ, Ẹ, Ṣ): a name's or a place's first letter.
LATIN_CAPITALS: Final = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper()
)
# the accents a letter may be written with after it, as marks of their own (Yoruba's tone
# marks on the dotted letters, which Unicode has no single letter for: 'ẹ́', 'Ọ̀')
COMBINING_ACCENTS: Final = "\u0300-\u036f"


def find_word(text: str, word: str) -> Iterator[int]:
    """Offsets where `word` stands in `text` as a whole word."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalpha()) and not text[i + n : i + n + 1].isalpha():
            yield i
        i = text.find(word, i + n)


def verb_forms(text: str) -> frozenset[str]:
    """Every form of each verb of a space-separated list: the base, the third person and the
    past ('warn' -> warn, warns, warned). An irregular or doubled past follows a colon
    ('say:said', 'quip:quipped'), and a participle that is neither a second colon
    ('show:showed:shown')."""
    forms: set[str] = set()
    for entry in text.split():
        base, _, past = entry.partition(":")
        past, _, participle = past.partition(":")
        if participle:
            forms.add(participle)
        forms.add(base)
        if base.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.add(base[:-1] + "ies")
        else:
            forms.add(base + "s")
        if past:
            forms.add(past)
        elif base.endswith("e"):
            forms.add(base + "d")
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.add(base[:-1] + "ied")
        else:
            forms.add(base + "ed")
    return frozenset(forms)


# Suffixes taken off a word to compare its stem ('closes', 'closed', 'closing' -> 'clos'),
# longest first, each only when at least STEM_MIN letters remain.
STEM_SUFFIXES: Final = ("ings", "ing", "ers", "ies", "ied", "er", "ed", "es", "s", "ly")
STEM_MIN: Final = 3
# Words that carry no content when two lines are compared: articles, prepositions,
# conjunctions, pronouns and auxiliaries.
FUNCTION_WORDS: Final = SMALL_WORDS | word_set(
    "after before about against amid among around despite during is are was were be been "
    "being has have had will would could should may might must that this these those it its "
    "their his her our your who what when where why how not no all some"
)


def stem(word: str) -> str:
    """A crude stem of a lowercase word, for comparing lines that say the same words in other
    forms."""
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> frozenset[str]:
    """The stems of the words of `text` that carry content (numbers included)."""
    return frozenset(stem(w) for w in normalize(text).split() if w not in FUNCTION_WORDS)


def restates(a: str, b: str, threshold: float = 0.75) -> bool:
    """True when `a` and `b` say the same content words, in any order and form."""
    sa, sb = content_stems(a), content_stems(b)
    if len(sa) < 3 or len(sb) < 3:
        return similar(a, b)
    return similar(a, b) or len(sa & sb) / len(sa | sb) >= threshold
