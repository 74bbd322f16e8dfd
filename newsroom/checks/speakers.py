"""Who says what: reading the attribution a verb makes ('Mayor Dana Whitfield said', 'critics
say', 'a city official who spoke on condition of anonymity said') and naming its kind.

Only small windows around each attribution verb are examined; word look-ups go through sets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from newsroom.checks.text import word_set

NAMED, ANONYMOUS, VAGUE, UNNAMED, UNKNOWN = "named", "anonymous", "vague", "unnamed", "unknown"


class Attribution(NamedTuple):
    kind: str  # named, anonymous, vague, unnamed (a bystander: 'one resident'), unknown
    start: int  # offset of the attribution verb in the paragraph
    verb: str
    speaker: str  # the words naming who speaks, e.g. 'Mayor Dana Whitfield', 'critics'
    name: str = ""  # a person's name when the speaker is one, titles removed
    editorializing: bool = False


SPEECH: Final = word_set(
    "said says say told tell tells asked asks added adds wrote writes stated states explained "
    "explains noted notes announced announces testified recalled recalls replied replies "
    "acknowledged acknowledges confirmed confirms argued argues argue warned warns warn "
    "suggested suggests suggest claimed claims claim admitted admits conceded concedes insisted "
    "insists insist contended contends contend predicted predicts predict cautioned cautions "
    "caution maintained maintains maintain complained complains complain according note "
    "described describes describe reported"
)
# Verbs of opinion or expectation: attribution only when the subject is a vague group.
OPINION: Final = word_set(
    "believe believes believed fear fears feared worry worries worried think thinks feel feels "
    "expect expects questioned"
)
EDITORIAL: Final = word_set(
    "admitted admits conceded concedes claimed claims insisted insists confessed boasted "
    "boasts revealed reveals believes believed complained complains lamented"
)
# Every verb that can make an attribution.
TRIGGERS: Final = SPEECH | OPINION | EDITORIAL
_AUX: Final = word_set(
    "has have had also later previously again then would will did does do is are was were been "
    "widely generally often long repeatedly privately publicly recently once still frequently "
    "not never always just"
)
_BE: Final = word_set("be been being is was were are")
_NOT_NAMES: Final = word_set(
    "The A An This That These Those It Its At In On For But And As After Before When While "
    "Then There Here His Her Their Our We He She They I"
)
_NEGATIONS: Final = word_set("not never declined refused n't")
_REQUESTS: Final = word_set("asked asks told tells")
_REQUEST_AFTER: Final = re.compile(r" (?:that\b|(?:[\w'’-]+ ){1,3}to [a-z])")
_SOFT: Final = word_set("widely generally often commonly long also")
_LEADING: Final = word_set(
    "and but or while as because although though so if when whether after before since that "
    "where yet"
)
_RELATIVE: Final = word_set(
    "who whom which that familiar close briefed with at from for of in on to speaking involved "
    "knowledgeable working representing inside"
)
PRONOUNS: Final = word_set("he she they we i it")
ANON_HEADS: Final = word_set(
    "official officials authorities source sources aide aides insider insiders adviser advisers "
    "advisor advisors diplomat diplomats staffer staffers person persons individual individuals"
)
_VAGUE_GROUPS: Final = word_set(
    "critics experts observers analysts some many others supporters opponents skeptics "
    "sceptics detractors commentators pundits people scientists economists researchers "
    "historians advocates activists residents studies reports everyone everybody nobody "
    "someone somebody few most several fans scholars watchers groups"
)
UNNAMED_HEADS: Final = word_set(
    "resident neighbor neighbour woman man witness passenger voter customer shopper parent "
    "student teacher worker fisherman homeowner owner driver bystander member visitor nurse "
    "doctor patient tenant farmer officer"
)
ROLE_HEADS: Final = word_set(
    "mayor governor president spokesman spokeswoman spokesperson chief director chairman "
    "chairwoman chair senator superintendent sheriff judge commissioner councilman "
    "councilwoman secretary minister ceo founder manager attorney lawyer prosecutor coach "
    "principal engineer administrator treasurer clerk auditor inspector"
)
DOC_HEADS: Final = word_set(
    "plan report study survey statement record records minutes filing filings documents "
    "document data analysis audit lawsuit complaint memo letter email emails estimate "
    "estimates figures website release budget ruling order census poll flyer sign notice "
    "poster announcement message post"
)
ORG_HEADS: Final = word_set(
    "department agency company city county council court office police university ministry "
    "government administration board commission committee authority service bureau center "
    "institute association union group firm state district"
)
# Plural bystanders are a group that names no one: 'shop owners worry', 'parents say'.
VAGUE_HEADS: Final = (
    _VAGUE_GROUPS | {w + "s" for w in UNNAMED_HEADS} | word_set("women men neighbours")
)
TITLES: Final = word_set(
    "Mayor Gov. Governor Sen. Senator Rep. Representative President Dr. Mr. Mrs. Ms. Judge "
    "Chief Police Fire Council Councilman Councilwoman Commissioner Sheriff Gen. Lt. Col. "
    "Capt. Sgt. Prof. Professor Rev. Secretary Superintendent Director Attorney General "
    "Justice Speaker Chairman Chairwoman Chair"
)
# Phrases that say a source is not named, each with a piece of text that every match of it
# holds. The pieces are looked for first, in one fast search; the phrases only when one is
# there. Both searches are built from this table.
ANONYMITY_PHRASES: Final = (
    ("familiar", r"familiar with"),
    ("close to", r"close to the"),
    ("briefed", r"briefed on"),
    ("knowledge", r"with (?:direct )?knowledge of|knowledgeable about"),
    ("anonym", r"anonymity|anonymously"),
    ("authori", r"not authori[sz]ed"),
    ("to be ", r"(?:declined|not) to be (?:named|identified)"),  # 'asked not to be named' too
    ("name", r"declined to give (?:his|her|their) names?|names? not be (?:used|published)"),
)
_ANONYMITY_KEY: Final = re.compile("|".join(re.escape(key) for key, _ in ANONYMITY_PHRASES))
_ANONYMITY_PHRASE: Final = re.compile("|".join(phrase for _, phrase in ANONYMITY_PHRASES))

# Attribution to no one at all. Each pattern starts with a literal, so it is found by a fast
# substring search; the word boundary before it is checked by hand.
_VAGUE_PHRASES: Final = tuple(
    re.compile(p)
    for p in (
        r"it (?:is|was|has been|had been) (?:widely |generally |often |commonly |long )?"
        r"(?:said|believed|thought|reported|known|rumored|understood|feared|expected|claimed)\b",
        r"there are (?:those|some|many) who\b",
        r"some have (?:said|suggested|argued|claimed|called|questioned|warned|described)\b",
    )
)
# Everything up to the last break: the greedy run backs off from the end, so the search is
# as short as the last clause.
_TO_LAST_BREAK: Final = re.compile(r".*[,;:—–()\x01]", re.S)


def vague_phrases(lower: str) -> Iterator[tuple[int, str]]:
    """(offset, phrase) of each phrase in `lower` that attributes to no one at all."""
    for pattern in _VAGUE_PHRASES:
        for m in pattern.finditer(lower):
            if m.start() == 0 or not lower[m.start() - 1].isalpha():
                yield m.start(), m.group()


def read_attribution(
    masked: str, lower: str, span: tuple[int, int], v0: int, v1: int, verb: str, base: int
) -> Attribution | None:
    """The attribution made by `verb` at masked[v0:v1], if it is one; its offset is taken
    from `base`, where the paragraph starts."""
    at = v0 - base
    if verb == "according":
        if not lower.startswith(" to ", v1):
            return None
        kind, speaker, name = _classify(_right(masked, v1 + 4, span[1]))
        return Attribution(kind, at, verb, speaker, name)
    left = masked[max(span[0], v0 - 160) : v0]
    last = _word_before(left)
    if last in _BE:
        if verb in SPEECH and lower.startswith(" by ", v1):  # 'was confirmed by an aide'
            kind, speaker, name = _classify(_right(masked, v1 + 4, span[1]))
            return Attribution(kind, at, verb, speaker, name) if kind != UNKNOWN else None
        return None  # passive: 'would be announced', 'it is widely believed'
    if last in _NEGATIONS:
        return None  # 'has not said': no one is quoted
    if verb in _REQUESTS and _REQUEST_AFTER.match(lower, v1):
        return None  # 'asked staff to prepare': a request, not a statement
    subject = _left(left)
    if not subject and left.rstrip(" ,").endswith("\x01"):
        subject = _right(masked, v1, span[1])  # "...," said Mayor Dana Whitfield.
    if not subject:
        return None
    kind, speaker, name = _classify(subject)
    if kind in (UNNAMED, UNKNOWN) and anonymous(left.lower()):
        kind = ANONYMOUS  # 'A spokesperson, who declined to be identified, said'
    if verb in OPINION and kind != VAGUE:
        if verb in EDITORIAL and kind in (NAMED, ANONYMOUS, UNNAMED):
            return Attribution(kind, at, verb, speaker, name, editorializing=True)
        return None
    if kind == UNKNOWN and verb in ("say", "tell", "warn", "argue", "suggest", "claim"):
        return None  # 'to say', 'have a say': not someone speaking
    editorial = verb in EDITORIAL and _clause_follows(lower, v1)
    return Attribution(kind, at, verb, speaker, name, editorial)


def _word_before(left: str) -> str:
    """The word before an attribution verb, lowercased, adverbs and softeners skipped (of
    the last three words); "" when there is none."""
    for word in reversed(left[-40:].lower().rsplit(None, 3)[-3:]):
        if not _adverb(word) and word not in _SOFT:
            return word
    return ""


def anonymous(low: str) -> bool:
    """Whether lowercased text says that a source is not named."""
    return bool(_ANONYMITY_KEY.search(low) and _ANONYMITY_PHRASE.search(low))


def _clause_follows(lower: str, end: int) -> bool:
    rest = lower[end : end + 12].lstrip()
    if not rest or rest[0] in ",.:;\x01":
        return True
    word = rest.split(" ", 1)[0]
    return word in ("that", "he", "she", "they", "it", "we", "i", "there")


def _left(left: str) -> str:
    """The subject before an attribution verb: 'Mayor Dana Whitfield, who voted, said'."""
    s = left.rstrip()
    while s:  # drop auxiliaries and adverbs before the verb: 'has also said'
        j = s.rfind(" ")
        word = s[j + 1 :]
        if not (word.lower() in _AUX or _adverb(word)):
            break
        s = s[:j] if j >= 0 else ""
    s = s.rstrip()
    if s[-1:] == ",":  # an apposition between commas
        i = s.rfind(",", 0, len(s) - 1)
        s = s[:i] if i >= 0 else s[:-1]
    brk = _TO_LAST_BREAK.match(s)
    parts = (s[brk.end() :] if brk else s).rsplit(None, 10)[-10:]
    for j in range(len(parts) - 1, -1, -1):
        word = parts[j].lower()
        if word in _LEADING or word in SPEECH:
            parts = parts[j + 1 :]
            break
    return " ".join(parts)


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly")


def _right(masked: str, start: int, end: int) -> str:
    """The speaker after an inverted verb or 'according to': up to the next break."""
    s = masked[start:end]
    cut = min((i for i in (s.find(c) for c in ".,;:—()\x01") if i >= 0), default=len(s))
    return s[:cut].strip()


@functools.lru_cache(maxsize=4096)
def _classify(subject: str) -> tuple[str, str, str]:
    """(kind, speaker, person's name) for the words naming who speaks."""
    low = subject.lower()
    if anonymous(low):
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
        named = definite or head[:1].isupper() or _document_identified(subject, len(core))
        return (NAMED if named else VAGUE), subject, ""
    if definite and head.isalpha():
        return NAMED, subject, ""  # one identifiable body: the hospital, the port
    if head[:1].isupper():
        return NAMED, subject, _name(core)
    return UNKNOWN, subject, ""


def _document_identified(subject: str, core: int) -> bool:
    """'minutes of the Planning Board', 'a report by Moody's': the words after the first
    `core` words of the subject say whose document it is."""
    rest = subject.split()[core : core + 2]
    return (
        len(rest) == 2
        and rest[0] in ("of", "from", "by")
        and (rest[1] == "the" or rest[1][:1].isupper())
    )


def _name(core: list[str]) -> str:
    """The person's name that ends the words naming a speaker, titles removed:
    'Mayor Dana Whitfield' -> 'Dana Whitfield'."""
    run: list[str] = []
    for word in reversed(core):
        if not word[:1].isupper():
            break
        run.insert(0, word.strip(",'’"))
    while run and run[0] in TITLES:
        run.pop(0)
    return " ".join(run)


_PREPOSITIONS: Final = word_set(
    "outside inside across despite during among throughout beyond near under over without "
    "within behind above below along around amid after before since until"
)


def _common(word: str) -> bool:
    """A sentence's capitalized first word that is a common word, not a name."""
    return word in _PREPOSITIONS or word in VAGUE_HEADS or word in UNNAMED_HEADS


def colon_speaker(masked: str, start: int, quote: int) -> Attribution | None:
    """'Whitfield put it plainly: "..."': the named speaker introducing a quotation."""
    before = masked[start:quote].rstrip()
    if not before.endswith(":"):
        return None
    run: list[str] = []
    words = before[:-1].split()
    for word in words:
        if word[:1].isupper() and word not in _NOT_NAMES:
            run.append(word.strip(",'’"))
        elif run:
            break
    if not run or (len(run) == 1 and words[0] == run[0] and _common(run[0].lower())):
        return None  # 'Outside the courthouse, the mood was defiant:' names no one
    name = " ".join(w for w in run if w not in TITLES)
    return Attribution(NAMED, start + before.find(run[0]), ":", " ".join(run), name)
