"""Reading a paragraph the way a fact-checker does: who says what, and what can be checked.

For each sentence: its attributions (named, anonymous, vague, an unnamed bystander), its
quotations and whether they have a speaker, its checkable statements (numbers, money,
percentages, dates and years, superlatives and firsts), relative dates and editorializing
attribution verbs. Word lookups go through sets and small windows around attribution verbs,
so a 900-word story costs a fraction of a millisecond.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from newsroom.checks.sentences import split

NAMED, ANONYMOUS, VAGUE, UNNAMED, UNKNOWN = "named", "anonymous", "vague", "unnamed", "unknown"


@dataclass(frozen=True)
class Attribution:
    kind: str  # named, anonymous, vague, unnamed (a bystander: 'one resident'), unknown
    start: int  # offset of the attribution verb in the paragraph
    verb: str
    speaker: str  # the words naming who speaks, e.g. 'Mayor Dana Whitfield', 'critics'
    name: str = ""  # a person's name when the speaker is one, titles removed
    editorializing: bool = False


@dataclass(frozen=True)
class Mark:
    start: int  # offset in the paragraph
    end: int
    kind: str


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the paragraph's flattened text
    end: int
    text: str
    attributions: tuple[Attribution, ...] = ()
    checkable: tuple[Mark, ...] = ()
    unattributed_quotes: tuple[Mark, ...] = ()
    relative_dates: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class ParagraphFacts:
    text: str  # the paragraph on one line (line breaks turned into spaces)
    sentences: tuple[Sentence, ...]
    open_quote: bool  # a quotation runs on into the next paragraph
    ends_with_colon: bool


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH = _words(
    "said says say told tell tells asked asks added adds wrote writes stated states explained "
    "explains noted notes announced announces testified recalled recalls replied replies "
    "acknowledged acknowledges confirmed confirms argued argues argue warned warns warn "
    "suggested suggests suggest claimed claims claim admitted admits conceded concedes insisted "
    "insists insist contended contends contend predicted predicts predict cautioned cautions "
    "caution maintained maintains maintain complained complains complain according"
)
OPINION = _words("believe believes believed fear fears feared worry worries worried think thinks")
EDITORIAL = _words(
    "admitted admits conceded concedes claimed claims insisted insists confessed boasted "
    "boasts revealed reveals believes believed complained complains lamented"
)
_TRIGGERS = SPEECH | OPINION | EDITORIAL
_AUX = _words(
    "has have had also later previously again then would will did does do is are was were been "
    "widely generally often long repeatedly privately publicly recently once still frequently "
    "not never always just"
)
_BE = _words("be been being is was were are")
_LEADING = _words(
    "and but or while as because although though so if when whether after before since that "
    "where yet"
)
_RELATIVE = _words(
    "who whom which that familiar close briefed with at from for of in on speaking involved "
    "knowledgeable working representing inside"
)
PRONOUNS = _words("he she they we i it")
ANON_HEADS = _words(
    "official officials source sources aide aides insider insiders adviser advisers advisor "
    "advisors diplomat diplomats staffer staffers person persons individual individuals"
)
VAGUE_HEADS = _words(
    "critics experts observers analysts some many others supporters opponents skeptics "
    "sceptics detractors commentators pundits people scientists economists researchers "
    "historians advocates activists residents studies reports everyone everybody nobody "
    "someone somebody few most several"
)
UNNAMED_HEADS = _words(
    "resident neighbor neighbour woman man witness passenger voter customer shopper parent "
    "student teacher worker fisherman homeowner owner driver bystander member visitor nurse "
    "doctor patient tenant farmer officer"
)
ROLE_HEADS = _words(
    "mayor governor president spokesman spokeswoman spokesperson chief director chairman "
    "chairwoman chair senator superintendent sheriff judge commissioner councilman "
    "councilwoman secretary minister ceo founder manager attorney lawyer prosecutor coach "
    "principal engineer administrator treasurer clerk auditor inspector"
)
DOC_HEADS = _words(
    "plan report study survey statement record records minutes filing filings documents "
    "document data analysis audit lawsuit complaint memo letter email emails estimate "
    "estimates figures website release budget ruling order census poll"
)
ORG_HEADS = _words(
    "department agency company city county council court office police university ministry "
    "government administration board commission committee authority service bureau center "
    "institute association union group firm state district"
)
TITLES = _words(
    "Mayor Gov. Governor Sen. Senator Rep. Representative President Dr. Mr. Mrs. Ms. Judge "
    "Chief Police Fire Council Councilman Councilwoman Commissioner Sheriff Gen. Lt. Col. "
    "Capt. Sgt. Prof. Professor Rev. Secretary Superintendent Director Attorney General "
    "Justice Speaker Chairman Chairwoman Chair"
)
_ANON_PHRASE = re.compile(
    r"familiar with|close to the|briefed on|with (?:direct )?knowledge of|knowledgeable about|"
    r"anonymity|anonymously|not authori[sz]ed|declined to be (?:named|identified)|"
    r"asked not to be (?:named|identified)|not to be (?:named|identified)"
)
_VAGUE_PHRASE = re.compile(
    r"\bit (?:is|was|has been|had been) (?:widely |generally |often |commonly |long )?"
    r"(?:said|believed|thought|reported|known|rumored|understood|feared|expected|claimed)\b|"
    r"\bthere are (?:those|some|many) who\b|\bsome have (?:said|suggested|argued|claimed)\b"
)
_BREAKS = ",;:—–()\x01"
_QUOTE_CHARS = re.compile(r"[\"“”]")

# Checkable statements.
_DIGITS = re.compile(r"\$?\d(?:[\d,.]*\d)?%?")
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens half percent twice"
)
SUPERLATIVES = _words(
    "largest biggest smallest highest lowest greatest fewest oldest youngest newest longest "
    "shortest tallest fastest slowest deadliest costliest worst best richest poorest busiest "
    "cheapest strongest weakest hottest coldest wettest driest warmest heaviest safest "
    "unprecedented"
)
MONTHS = tuple(
    _words("January February March April May June July August September October November December")
)
_MONTHS_LOWER = frozenset(m.lower() for m in MONTHS) | {"jan", "feb", "aug", "sept", "oct", "nov"}
_MONTH_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)\b|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?= \d)|May(?= \d)|"
    r"(?<=\b(?:in|on|by) )May\b)"
)
_FIRST = re.compile(
    r"\b(?:the|a|its|their|his|her|our|\w+'s|\w+’s) (?:very )?first\b(?! of all)|"
    r"\bfirst[- ](?:ever|time)\b"
)
_MOST = re.compile(r"\b(?:the|its|their|his|her|\w+'s|\w+’s) (?:most|least) (?!of\b)[a-z]{4,}")
_RECORD = re.compile(
    r"\b(?:a|new|all-time) record\b(?! of)|\brecord[- ](?:high|low|number|levels?|breaking|"
    r"setting|year|turnout|amounts?|sales|profits?|temperatures?|heat|rainfall|highs|lows)\b|"
    r"\b(?:set|broke|break|breaks|sets|tied|ties|shattered) (?:a|the) record\b"
)
_THIRD = re.compile(r"\b(?:a|one|two)[- ]thirds?\b")

# Relative dates (outside quotations).
_RELATIVE_DATE = re.compile(
    r"\b(?:last|next|this past|this coming) (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|weekend|month|year|spring|summer|fall|autumn|winter|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\byesterday\b|\btomorrow\b"
)
_BARE_MONTH = re.compile(
    r"\b(?:in|by|until|since|before|after|through|during|from|early|late|mid-)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!,?\s+(?:\d|of\s+\d))"
)
_WORD_RE = re.compile(r"[a-z]+")
_CURLY = str.maketrans("‘’“”", "''\"\"")


def flatten(text: str) -> str:
    """A paragraph on one line, curly quotes made straight: offsets stay the same."""
    return text.replace("\n", " ").translate(_CURLY)


def analyze(text: str, introduced: bool = False) -> ParagraphFacts:
    """The facts of one paragraph. `introduced`: the previous paragraph introduced a quotation
    (it ended with a colon, or left a quotation open)."""
    flat = text.replace("\n", " ")
    spans = split(flat)
    quotes, open_quote = _quotes(flat)
    masked = _mask(flat, quotes)
    lower = masked.lower()
    present = set(_WORD_RE.findall(lower))
    starts = [a for a, _ in spans]
    per: list[dict[str, list[object]]] = [
        {"attr": [], "check": [], "quote": [], "rel": []} for _ in spans
    ]

    def at(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    if present & _TRIGGERS:
        for verb in sorted(present & _TRIGGERS):
            for m in _word_re(verb).finditer(lower):
                i = at(m.start())
                found = _attribution(masked, lower, spans[i], m.start(), m.end(), verb)
                if found is not None:
                    per[i]["attr"].append(found)
    for m in _VAGUE_PHRASE.finditer(lower) if "it" in present or "some" in present else ():
        per[at(m.start())]["attr"].append(Attribution(VAGUE, m.start(), m.group(), m.group()))
    for mark in _checkable(flat, present | set(_WORD_RE.findall(flat.lower()))):
        per[at(mark.start)]["check"].append(mark)
    for start, end in quotes:
        if _needs_speaker(flat, start, end) and not _has_speaker(
            spans, per, at(start), at(max(end - 1, start)), masked, introduced and start < 3
        ):
            per[at(start)]["quote"].append(Mark(start, end, "quote"))
    for mark in _relative_dates(masked, lower, present):
        per[at(mark.start)]["rel"].append(mark)
    sentences = tuple(
        Sentence(
            a,
            b,
            flat[a:b],
            tuple(p["attr"]),  # type: ignore[arg-type]
            tuple(p["check"]),  # type: ignore[arg-type]
            tuple(p["quote"]),  # type: ignore[arg-type]
            tuple(p["rel"]),  # type: ignore[arg-type]
        )
        for (a, b), p in zip(spans, per, strict=True)
    )
    return ParagraphFacts(flat, sentences, open_quote, flat.rstrip().endswith(":"))


@cache
def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{word}\b")


def _quotes(text: str) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of each double-quoted passage; True when the last one is left open."""
    found: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_CHARS.finditer(text):
        ch, i = m.group(), m.start()
        if opened < 0 and ch != "”":
            opened = i
        elif opened >= 0 and ch != "“":
            found.append((opened, i + 1))
            opened = -1
    if opened >= 0:
        found.append((opened, len(text)))
    return found, opened >= 0


def _mask(text: str, quotes: list[tuple[int, int]]) -> str:
    if not quotes:
        return text
    parts, last = [], 0
    for a, b in quotes:
        parts.append(text[last:a])
        parts.append("\x01" * (b - a))
        last = b
    parts.append(text[last:])
    return "".join(parts)


def _attribution(
    masked: str, lower: str, span: tuple[int, int], v0: int, v1: int, verb: str
) -> Attribution | None:
    if verb == "according":
        if not lower.startswith(" to ", v1):
            return None
        kind, speaker, name = _classify(_right(masked, v1 + 4, span[1]))
        return Attribution(kind, v0, verb, speaker, name)
    left = masked[span[0] : v0]
    if left.rstrip().rsplit(" ", 1)[-1].lower() in _BE:
        return None  # passive: 'would be announced'
    subject = _left(left)
    if not subject and left.rstrip(" ,").endswith("\x01"):
        subject = _right(masked, v1, span[1])  # "...," said Mayor Dana Whitfield.
    if not subject:
        return None
    kind, speaker, name = _classify(subject)
    if verb in OPINION and kind != VAGUE:
        if verb in EDITORIAL and kind in (NAMED, ANONYMOUS, UNNAMED):
            return Attribution(kind, v0, verb, speaker, name, editorializing=True)
        return None
    if kind == UNKNOWN and verb in ("say", "tell", "warn", "argue", "suggest", "claim"):
        return None  # 'to say', 'have a say': not someone speaking
    editorial = verb in EDITORIAL and _clause_follows(lower, v1)
    return Attribution(kind, v0, verb, speaker, name, editorializing=editorial)


def _clause_follows(lower: str, end: int) -> bool:
    rest = lower[end : end + 12].lstrip()
    if not rest or rest[0] in ",.:;\x01":
        return True
    word = rest.split(" ", 1)[0]
    return word in ("that", "he", "she", "they", "it", "we", "i", "there")


def _left(left: str) -> str:
    """The subject before an attribution verb: 'Mayor Dana Whitfield, who voted, said'."""
    words = left.rstrip().split(" ")
    while words and (
        words[-1].lower() in _AUX or (len(words[-1]) > 4 and words[-1].endswith("ly"))
    ):
        words.pop()
    s = " ".join(words).rstrip()
    if s.endswith(","):  # an apposition between commas
        i = s.rfind(",", 0, len(s) - 1)
        s = s[:i] if i >= 0 else s[:-1]
    cut = max(s.rfind(c) for c in _BREAKS)
    s = s[cut + 1 :].strip()
    parts = s.split()
    for j in range(len(parts) - 1, -1, -1):
        if parts[j].lower() in _LEADING or parts[j].lower() in SPEECH:
            parts = parts[j + 1 :]
            break
    return " ".join(parts[-10:])


def _right(masked: str, start: int, end: int) -> str:
    """The speaker after an inverted verb or 'according to': up to the next break."""
    s = masked[start:end]
    cut = min((i for i in (s.find(c) for c in ".,;:—()\x01") if i >= 0), default=len(s))
    return s[:cut].strip()


def _classify(subject: str) -> tuple[str, str, str]:
    """(kind, speaker, person's name) for the words naming who speaks."""
    low = subject.lower()
    if _ANON_PHRASE.search(low):
        return ANONYMOUS, subject, ""
    core: list[str] = []
    for word in subject.split():
        if core and word.lower() in _RELATIVE:
            break
        core.append(word)
    if not core:
        return UNKNOWN, subject, ""
    head = core[-1].strip("'’\".,")
    hl = head.lower().removesuffix("'s").removesuffix("’s")
    det = core[0].lower() if len(core) > 1 else ""
    if hl in PRONOUNS:
        return NAMED, subject, ""
    if hl in ANON_HEADS:
        return ANONYMOUS, subject, ""
    if hl in VAGUE_HEADS:
        return VAGUE, subject, ""
    definite = det in ("the", "his", "her", "their", "its") or "'s" in low or "’s" in low
    if hl in UNNAMED_HEADS:
        return UNNAMED, subject, ""
    if hl in ROLE_HEADS or hl in ORG_HEADS:
        return (NAMED if definite or head[:1].isupper() else UNNAMED), subject, ""
    if hl in DOC_HEADS:
        return (NAMED if definite or head[:1].isupper() else VAGUE), subject, ""
    if head[:1].isupper():
        run: list[str] = []
        for word in reversed(core):
            if not word[:1].isupper():
                break
            run.insert(0, word.strip(",'’"))
        while run and run[0] in TITLES:
            run.pop(0)
        return NAMED, subject, " ".join(run)
    return UNKNOWN, subject, ""


def _needs_speaker(text: str, start: int, end: int) -> bool:
    """A quotation of four words or more (shorter ones are terms or partial quotes)."""
    return text.count(" ", start, end) >= 3


def _has_speaker(
    spans: list[tuple[int, int]],
    per: list[dict[str, list[object]]],
    first: int,
    last: int,
    masked: str,
    introduced: bool,
) -> bool:
    if introduced:
        return True
    if any(per[i]["attr"] for i in range(first, last + 1)):
        return True
    before = masked[spans[first][0] : spans[first][1]].split("\x01", 1)[0].rstrip()
    return before.endswith(":") and any(w[:1].isupper() for w in before.split())


def _checkable(text: str, present: set[str]) -> list[Mark]:
    marks = [Mark(m.start(), m.end(), "number") for m in _DIGITS.finditer(text)]
    lower = text.lower()
    for group, kind in ((NUMBER_WORDS, "number"), (SUPERLATIVES, "superlative")):
        for word in present & group:
            marks.extend(Mark(m.start(), m.end(), kind) for m in _word_re(word).finditer(lower))
    if present & _MONTHS_LOWER:
        marks.extend(Mark(m.start(), m.end(), "date") for m in _MONTH_DATE.finditer(text))
    for word, pattern in (("first", _FIRST), ("most", _MOST), ("least", _MOST)):
        if word in present:
            marks.extend(Mark(m.start(), m.end(), "superlative") for m in pattern.finditer(lower))
    if "record" in present:
        marks.extend(Mark(m.start(), m.end(), "superlative") for m in _RECORD.finditer(lower))
    if "third" in present or "thirds" in present:
        marks.extend(Mark(m.start(), m.end(), "number") for m in _THIRD.finditer(lower))
    return marks


def _relative_dates(masked: str, lower: str, present: set[str]) -> list[Mark]:
    marks: list[Mark] = []
    if present & {"last", "next", "this", "yesterday", "tomorrow"}:
        marks.extend(Mark(m.start(), m.end(), "relative") for m in _RELATIVE_DATE.finditer(lower))
    if present & _MONTHS_LOWER:
        taken = {m.start for m in marks}
        for m in _BARE_MONTH.finditer(masked):
            if not any(t <= m.start() < t + 20 for t in taken):
                marks.append(Mark(m.start(), m.end(), "month"))
    return marks
