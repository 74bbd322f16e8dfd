"""Who says what: reading the attribution a verb makes ('Mayor Dana Whitfield said', 'critics
say', 'a city official who spoke on condition of anonymity said') and naming its kind.

Only small windows around each attribution verb are examined; word look-ups go through sets
(the words are the newsroom's `lexicon.Lexicon`, handed to each reading function).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from newsroom.checks.lexicon import Lexicon

NAMED, ANONYMOUS, VAGUE, UNNAMED, UNKNOWN = "named", "anonymous", "vague", "unnamed", "unknown"


class Attribution(NamedTuple):
    kind: str  # named, anonymous, vague, unnamed (a bystander: 'one resident'), unknown
    start: int  # offset of the attribution verb in the paragraph
    verb: str
    speaker: str  # the words naming who speaks, e.g. 'Mayor Dana Whitfield', 'critics'
    name: str = ""  # a person's name when the speaker is one, titles removed
    editorializing: bool = False
    carried: bool = False  # the speaker named before: a quotation's next sentence, 'she said'


_REQUEST_AFTER: Final = re.compile(r" (?:that\b|(?:[\w'’-]+ ){1,3}to [a-z\x01])")
# 'reported from Indianapolis' (a reporter's line), 'reported him to the police' (an act).
_REPORTED_ACT: Final = re.compile(r" (?:from [A-Z]|(?:[\w'’-]+ ){1,3}to (?:the )?(?:[A-Z]|police))")
_AGREED_TO: Final = re.compile(r" (?:[\w'’-]+ )?to ")

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
    # 'asked not to be named', 'did not want to be identified'
    ("to be ", r"(?:declined|not|n't)(?: wish| want)? to be (?:named|identified)"),
    ("being ", r"without being (?:named|identified)"),
    ("condition", r"on (?:the )?condition (?:of|that)"),
    (
        "name",
        r"declined to give (?:his|her|their) names?|names? not be (?:used|published)"
        r"|not (?:to )?(?:use|print|publish) (?:his|her|their|my|our) names?"
        r"|not (?:to )?name (?:him|her|them|me|us)\b",
    ),
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
    lex: Lexicon,
    masked: str,
    lower: str,
    span: tuple[int, int],
    v0: int,
    v1: int,
    verb: str,
    base: int,
) -> Attribution | None:
    """The attribution made by `verb` at masked[v0:v1], if it is one; its offset is taken
    from `base`, where the paragraph starts."""
    at = v0 - base
    if verb == "according":
        if not lower.startswith(" to ", v1):
            return None
        kind, speaker, name = _classify(lex, _right(lex, masked, v1 + 4, span[1]))
        if kind in (UNKNOWN, UNNAMED) and speaker:
            kind = NAMED  # 'according to figures the system filed': a document
        return Attribution(kind, at, verb, speaker, name)
    left = masked[max(span[0], v0 - 160) : v0]
    if not _verb_here(lex, masked, lower, span[0], left, v0, v1, verb):
        return None
    if verb in lex.feelings:
        return _feeling(lex, left, at, verb)
    last = _word_before(lex, left)
    if last in lex.be_forms:
        if verb in lex.speech_verbs and lower.startswith(" by ", v1):  # 'was confirmed by an aide'
            kind, speaker, name = _classify(lex, _right(lex, masked, v1 + 4, span[1]))
            return Attribution(kind, at, verb, speaker, name) if kind != UNKNOWN else None
        return None  # passive: 'would be announced', 'it is widely believed'
    if last in lex.negations:
        return None  # 'has not said': no one is quoted
    if verb in lex.request_forms and _REQUEST_AFTER.match(lower, v1):
        return None  # 'asked staff to prepare': a request, not a statement
    if (verb not in lex.speech_verbs or verb.startswith("add")) and lower[
        v1 + 1 : v1 + 2
    ].isdigit():
        return None  # 'Price added 17': a score, not a statement
    if verb in lex.reporting_verbs and lower.startswith(" with ", v1):
        return None  # 'answered with 12 straight points': a play, not a statement
    if verb == "reported" and _REPORTED_ACT.match(masked, v1):
        return None  # 'Navarro reported from Indianapolis', 'reported the theft to police'
    kind, speaker, name = _subject(lex, masked, left, verb, v1, span[1])
    if not speaker or speaker.rsplit(None, 1)[-1].lower() in _RELATIVE_PRONOUNS:
        return None  # 'said one man, who said he had walked': the same speaker, not a new one
    unnamed = not name and kind != ANONYMOUS and _unnamed(lex, kind, speaker)
    if (unnamed or _described(lex, speaker)) and anonymous(lower[span[0] : span[1]]):
        kind, name = ANONYMOUS, ""  # 'A spokesperson, who declined to be identified, said'
    return _judged(lex, kind, at, verb, speaker, name, _clause_follows(lower, v1))


def _verb_here(
    lex: Lexicon, masked: str, lower: str, start: int, left: str, v0: int, v1: int, verb: str
) -> bool:
    """Whether the word at masked[v0:v1] is used as a verb with a subject before it: not a
    name ('the United States'), a noun ('this report', 'a conference call'), an infinitive
    ('declined to say') or a participle ('a variant called APOE4')."""
    if v0 > start and masked[v0].isupper():
        return False
    before = left.rsplit(None, 1)[-1].lower() if left.strip() else ""
    if before in lex.not_before_verbs or before.endswith(("'s", "’s")):
        return False
    if verb in lex.quote_verbs:
        return "\x01" in masked[max(start, v0 - 4) : v1 + 4]
    if verb.startswith("agree") and _AGREED_TO.match(lower, v1):
        return False  # 'agreed Monday to phase in': an act, not an opinion
    article = left.rsplit(None, 2)[-2:-1]
    if verb in lex.noun_forms and article and article[0].lower() in lex.articles:
        return False  # 'a conference call', 'an annual report'
    if (
        verb in lex.plain_speech_forms
        or verb in lex.feelings
        or verb in lex.finding_verbs
        or not left.strip()
    ):
        return True
    if verb in lex.speech_verbs and verb not in lex.noun_forms:
        return True
    if _subject_ends(lex, left):
        return True
    subject = _left(lex, left).split()  # 'Supporters of the bill insist'
    n = _core(lex, subject)
    return (
        0 < n < min(len(subject), 5)
        and subject[n].lower() in lex.speaker_enders
        and _known_head(lex, _head_word(" ".join(subject[:n])))
    )


def _subject_ends(lex: Lexicon, left: str) -> bool:
    """Whether the words before a verb can end its subject: a name, a pronoun, a word for
    people or a document, a quotation or an apposition ('..., recounted')."""
    s = left.rstrip()
    if s.endswith((",", "\x01")):
        return True
    for word in reversed(s.rsplit(None, 4)):
        low = word.lower()
        if low in lex.auxiliaries or _adverb(low):
            continue
        bare = low.strip("'’\".,").removesuffix("'s").removesuffix("’s")
        return word[:1].isupper() or _known_head(lex, bare)
    return False


def _known_head(lex: Lexicon, word: str) -> bool:
    """A word that can stand for who speaks: 'she', 'critics', 'records', 'the agency'."""
    return (
        word in lex.pronouns
        or word in lex.vague_heads
        or word in lex.anonymous_heads
        or word in lex.unnamed_heads
        or word in lex.role_heads
        or word in lex.organization_heads
        or word in lex.document_heads
        or _people_plural(lex, word)
    )


def _judged(
    lex: Lexicon, kind: str, at: int, verb: str, speaker: str, name: str, clause: bool
) -> Attribution | None:
    """The attribution `verb` makes with a speaker of `kind`, if that verb makes one."""
    if verb in lex.anonymity_forms:
        return Attribution(kind, at, verb, speaker, name) if kind == ANONYMOUS else None
    if verb in lex.finding_verbs and verb not in lex.speech_verbs:
        words = speaker.split()
        head = _head_word(" ".join(words[: _core(lex, words)]))
        if kind == VAGUE and _document(lex, head):
            return Attribution(VAGUE, at, verb, speaker)  # 'some studies have found'
        return Attribution(NAMED, at, verb, speaker) if head in lex.document_heads else None
    if (
        verb in lex.opinion_verbs
        and verb not in lex.speech_verbs
        and verb not in lex.reporting_verbs
    ):
        if kind in (VAGUE, ANONYMOUS):
            return Attribution(kind, at, verb, speaker, name)
        if verb in lex.editorial_forms and kind in (NAMED, UNNAMED):
            return Attribution(kind, at, verb, speaker, name, editorializing=True)
        return None
    if kind == UNKNOWN and (
        verb in lex.reporting_verbs or verb in ("say", "tell", "warn", "argue")
    ):
        return None  # 'to say', 'a drug called donexumab': not someone speaking
    if kind == UNKNOWN and verb in ("suggest", "claim"):
        return None
    if verb in lex.reporting_verbs and not verb.startswith("estimat"):
        words = speaker.split()
        if _head_word(" ".join(words[: _core(lex, words)])) in lex.document_heads:
            return None  # 'The plan calls it': a document does not quip or call
    editorial = verb in lex.editorial_forms and clause
    return Attribution(kind, at, verb, speaker, name, editorial)


def _subject(
    lex: Lexicon, masked: str, left: str, verb: str, v1: int, end: int
) -> tuple[str, str, str]:
    """(kind, speaker, name) of who speaks: before the verb, or after it when the verb
    follows a quotation or a comma ('..., said Diane Kowalski'), unless what follows it is
    the listener ('..., told reporters')."""
    if _apposed_subject(left):
        subject = _left(lex, left)  # 'Two aides, who requested anonymity, said the group ...'
        found = _classify(lex, subject) if subject else (UNKNOWN, "", "")
        if found[0] != UNKNOWN:
            return found
    if left.rstrip().endswith((",", "\x01")) and verb not in lex.listener_verbs:
        after = _right(lex, masked, v1, end)
        if after and _speaker_phrase(lex, after):
            found = _classify(lex, after)
            if found[0] == UNNAMED:
                name = _apposed_name(lex, masked, v1 + masked[v1:end].find(after) + len(after), end)
                if name:  # 'said one passenger, Alan Greaves, who ...'
                    return NAMED, f"{after}, {name}", name
            if found[0] != UNKNOWN:
                return found
    subject = _left(lex, left)
    return _classify(lex, subject) if subject else (UNKNOWN, "", "")


def _apposed_subject(left: str) -> bool:
    """Whether the words before a verb are a subject with a clause set off after it ('Two
    aides involved in the talks, who requested anonymity,'): the clause opens right after the
    subject's first comma and ends at the comma before the verb."""
    s = left.rstrip()
    if not s.endswith(",") or "\x01" in s:
        return False
    first = s.find(", ")
    return 0 < first < len(s) - 1 and s.startswith(("who ", "whose ", "which "), first + 2)


def _speaker_phrase(lex: Lexicon, phrase: str) -> bool:
    """Whether the words after an inverted verb name a speaker ('said Diane Kowalski',
    'shouted flight director Anya Petrakis') rather than begin a clause ('said the emails
    were decisive')."""
    words = phrase.split()
    if "who" in words or "whose" in words:
        n = _core(lex, words)
        if n < len(words) and words[n] in ("who", "whose"):
            words = words[:n]  # 'said a woman who lives nearby and asked that ...'
    core = words[: _core(lex, words)]
    participle = len(core) < len(words) and words[len(core)].endswith("ing")
    if len(core if participle else words) > 12 or any(w in lex.finite for w in words):
        return False  # but a speaker may go on: 'one customer picking up a prescription at'
    if words[0].lower() in lex.possessives or any(w[:1].isupper() for w in core):
        return True  # 'her son', 'meteorologist Karen Tulloch of the weather service'
    return _known_head(lex, _head_word(" ".join(core)))


def _feeling(lex: Lexicon, left: str, at: int, word: str) -> Attribution | None:
    """'Others were more upbeat': a group's feeling, after 'be'."""
    words = left.rsplit(None, 4)
    while words and words[-1].lower() in lex.degree_words:
        words.pop()
    if not words or (words[-1].lower() not in lex.be_forms and words[-1].lower() not in _COPULAS):
        return None  # 'Others were more upbeat', 'Investors appeared enthusiastic'
    subject = _left(lex, left[: left.rfind(words[-1])])
    kind, speaker, _ = _classify(lex, subject) if subject else (UNKNOWN, "", "")
    return Attribution(VAGUE, at, word, speaker) if kind == VAGUE else None


def _word_before(lex: Lexicon, left: str) -> str:
    """The word before an attribution verb, lowercased, adverbs and softeners skipped (of
    the last three words); "" when there is none."""
    for word in reversed(left[-40:].lower().rsplit(None, 3)[-3:]):
        if not _adverb(word) and word not in lex.softeners:
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


def _left(lex: Lexicon, left: str) -> str:
    """The subject before an attribution verb: 'Mayor Dana Whitfield, who voted, said'."""
    s = left.rstrip()
    while s:  # drop auxiliaries and adverbs before the verb: 'has also said'
        j = s.rfind(" ")
        word = s[j + 1 :]
        if not (word.lower() in lex.auxiliaries or _adverb(word)):
            break
        s = s[:j] if j >= 0 else ""
    s = s.rstrip()
    for _ in range(6):  # appositions between commas: 'Holloway, 38, who lives nearby,'
        if s[-1:] != ",":
            break
        i = s.rfind(",", 0, len(s) - 1)
        if i < 0:
            s = s[:-1]
            break
        if _names_only(lex, s[i + 1 : -1]):  # 'Two neighbors, Luis Ortega and Pam Reddick,'
            return s[i + 1 : -1].strip()
        place = _place(s[i + 1 : -1])
        s = s[:i].rstrip()
        if place and "," in s and s.rsplit(None, 1)[-1][:1].isupper():
            s = s[: s.rfind(",") + 1]  # 'a conductor in North Platte, Nebraska,': one apposition
            continue
        person, _, age = s.rpartition(",")
        if person and age.strip().isdigit():
            s = person.rstrip()  # 'Ahmed Nuri, 29, who fled in 2021,': the age as well
    brk = _TO_LAST_BREAK.match(s)
    parts = (s[brk.end() :] if brk else s).rsplit(None, 10)[-10:]
    if parts and parts[-1].lower() in ("and", "but", "then"):
        return _first_subject(lex, parts)  # 'Hollis thanked his players and wrote'
    for j in range(len(parts) - 1, -1, -1):
        word = parts[j].lower()
        if word in lex.clause_openers:
            if _relative(lex, parts[j + 1 : j + 2]):
                continue  # 'carriers that fly the jet': a clause inside the subject
        elif word not in lex.speech_verbs or (j == len(parts) - 1 and word in lex.noun_forms):
            continue  # not a verb, or the subject itself: 'The report said'
        parts = parts[j + 1 :]
        break
    if parts and parts[0].lower() in lex.not_first and not _described_group(lex, parts):
        return ""  # 'Under state law': no subject
    return " ".join(parts)


def _described_group(lex: Lexicon, words: list[str]) -> bool:
    """'Outside experts', 'Inside observers': a word that may open a phrase of place used as
    an adjective of the group right after it."""
    head = _head_word(words[-1])
    return (
        len(words) == 2
        and words[1].islower()
        and head not in lex.quantifiers
        and (head in lex.vague_heads or _people_plural(lex, head))
    )


def _first_subject(lex: Lexicon, words: list[str]) -> str:
    """The subject of a clause whose verb comes first among `words`, in the past tense or a
    verb of saying: the words before it ('Hollis' of 'Hollis thanked his players and'), or ""."""
    for n, word in enumerate(words[:7]):
        low = word.lower()
        if n and word.islower() and (low.endswith("ed") or low in lex.sourcing_verbs):
            return " ".join(words[:n])
    return ""


def _place(words: str) -> bool:
    """Whether the words between two commas are a state or a country after its city
    ('Nebraska', 'Neb.', 'New Mexico'): one to three capitalized words."""
    parts = words.split()
    return 0 < len(parts) <= 3 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in parts)


def _relative(lex: Lexicon, after: list[str]) -> bool:
    """Whether the word after 'that' or 'which' makes it a relative pronoun: a verb follows
    ('carriers that fly'), not a subject ('said that officials', 'that the mayor')."""
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    word = after[0]
    return not (
        word in lex.not_before_verbs or word in lex.pronouns or word in lex.quantifiers
    ) and not _known_head(lex, word)


def _unnamed(lex: Lexicon, kind: str, speaker: str) -> bool:
    """Whether a speaker with no name may be a source the sentence goes on to say is not
    named: someone described ('a spokesperson', 'one Republican senator') or a pronoun."""
    return kind != NAMED or speaker.lower() in lex.pronouns or _person(lex, speaker)


def _person(lex: Lexicon, speaker: str) -> bool:
    """Whether the words naming a speaker describe a person without a name: 'one Republican
    senator', 'a former Ridgeway administrator'."""
    words = speaker.split()
    head = _head_word(" ".join(words[: _core(lex, words)]))
    single = head.removesuffix("s")
    return any(
        w in lex.role_heads or w in lex.unnamed_heads or w in lex.anonymous_heads
        for w in (head, single)
    ) or _people_plural(lex, head)


_COPULAS: Final = frozenset(
    ("appear", "appears", "appeared", "seem", "seems", "seemed", "remain", "remains", "remained")
)
_RELATIVE_PRONOUNS: Final = frozenset(("who", "whom", "which", "that"))


def _described(lex: Lexicon, speaker: str) -> bool:
    """Whether the words for a speaker describe one person without naming them: 'one House
    Republican', 'a Pentagon official', 'One' (of a group named before)."""
    first = speaker.split(None, 1)[0].lower() if speaker.strip() else ""
    return first in lex.articles or first in ("one", "another")


def _apposed_name(lex: Lexicon, masked: str, at: int, end: int) -> str:
    """The name set off by commas right after a described speaker ('one passenger, Alan
    Greaves,'), or ""."""
    rest = masked[at:end]
    if not rest.startswith(","):
        return ""
    cut = min((i for i in (rest.find(c, 1) for c in ",;:.—()\x01") if i >= 0), default=len(rest))
    phrase = rest[1:cut].strip()
    return phrase if 1 < len(phrase.split()) <= 4 and _names_only(lex, phrase) else ""


def _names_only(lex: Lexicon, words: str) -> bool:
    """Whether an apposition is only people's or an organization's names: 'Luis Ortega and
    Pam Reddick', 'Keystone Property Group of Louisville'."""
    parts = words.split()
    while len(parts) > 3 and parts[0].islower() and parts[0] not in lex.not_before_verbs:
        parts = parts[1:]  # 'brothers Ray and Eddie Lutz'
    if len(parts) < 2 or len(parts) > 8 or not parts[-1][:1].isupper():
        return False
    for word in parts:
        if word in ("and", "of", "&") or (word[:1].isupper() and word not in lex.not_names):
            if _head_word(word) in lex.role_heads:
                return False  # 'Acme Chief Executive', a title
            continue
        return False
    return True


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly")


def _right(lex: Lexicon, masked: str, start: int, end: int) -> str:
    """The speaker after an inverted verb or 'according to': up to the next break."""
    s = masked[start:end]
    cut = min((i for i in (s.find(c) for c in ",;:—()\x01") if i >= 0), default=len(s))
    s = s[:cut]
    for m in _PERIOD.finditer(s):
        word = s[: m.start()].rsplit(None, 1)[-1] if s[: m.start()].strip() else ""
        if not _abbreviation(lex, word + "."):
            return s[: m.start()].strip()
    return s.strip()


_PERIOD: Final = re.compile(r"\.(?=\s|$)")


def _abbreviation(lex: Lexicon, word: str) -> bool:
    """A word with a period that does not end a sentence: 'Dr.', 'U.S.', an initial."""
    bare = word.strip("(\"'")
    return (
        bare in lex.titles
        or bare.count(".") > 1
        or (len(bare) == 2 and bare[0].isupper() and bare[1] == ".")  # 'J.', not 'Ng'
        or bare.rstrip(".") in ("Jr", "Sr", "St", "Mt", "Ft", "Inc", "Co", "Corp", "Ltd")
        or (
            len(bare) <= 6
            and bare[:1].isupper()
            and bare[:-1].isalpha()
            and bare.rstrip(".") in lex.abbreviations
        )
    )


def _head_word(phrase: str) -> str:
    word = phrase.rsplit(None, 1)[-1] if phrase.strip() else ""
    return word.strip("'’\".,").lower().removesuffix("'s").removesuffix("’s")


def _core(lex: Lexicon, words: list[str]) -> int:
    """How many of `words` name the speaker before what describes them: 'analysts' of
    'analysts surveyed by Marketline', 'Workers' of 'Workers leaving the plant'."""
    for n, word in enumerate(words):
        if n == 0:
            continue
        lw = word.lower()
        if lw in lex.speaker_enders:
            return n
        prev = words[n - 1].lower()
        if prev in lex.quantifiers or prev in lex.determiners or prev in ("a", "an"):
            continue
        if prev.endswith(("'", "'s", "’", "’s")):
            continue  # 'the board's revised estimate': an adjective after a possessive
        if word[:1].islower() and len(lw) > 4 and lw.endswith(("ing", "ed")):
            return n  # 'records compiled by', 'residents living near'
        if lw in ("made", "held", "done", "taken", "given", "put", "obtained"):
            return n
    return len(words)


@functools.lru_cache(maxsize=4096)
def _classify(lex: Lexicon, subject: str) -> tuple[str, str, str]:
    """(kind, speaker, person's name) for the words naming who speaks."""
    low = subject.lower()
    if anonymous(low):
        return ANONYMOUS, subject, ""
    words = subject.split()
    n = _core(lex, words)
    core, rest = words[:n], words[n:]
    if (
        rest
        and rest[0].lower() == "of"
        and len(core) <= 2
        and core[-1].lower() in lex.quantifiers
        and len(rest) > 1
    ):
        of = rest[2:] if rest[1].lower() in lex.determiners else rest[1:]
        if of and of[0].lower() in ("them", "us"):
            return NAMED, subject, ""  # 'one of them': whoever was named before
        if of:  # 'two of the officials', 'a lot of people'
            kind, _, name = _classify(lex, " ".join(["some", *of]))
            if kind == VAGUE and core[0].lower() not in ("a", "some", "many", "most", "lots"):
                kind = (
                    ANONYMOUS if _head_word(of[_core(lex, of) - 1]) in lex.anonymous_heads else kind
                )
            return kind, subject, name
    if not core:
        return UNKNOWN, subject, ""
    if len(core) > 1 and core[-1].rstrip(".,") in _COMPANY_SUFFIXES:
        return NAMED, subject, ""  # 'Larkfield Outdoor Inc.': a company, no person
    if len(core) > 1 and core[-1].rstrip(".,") in _SUFFIXES:
        core = core[:-1]  # 'Walter Kessler Jr.'
    head = core[-1].strip("'’\".,")
    hl = head.lower().removesuffix("'s").removesuffix("’s")
    det = core[0].lower() if len(core) > 1 else ""
    if hl in lex.pronouns:
        return (NAMED if len(core) == 1 else UNKNOWN), subject, ""
    counted = det in lex.counts or det.isdigit()
    quantified = det in lex.quantifiers and not counted
    if hl in lex.anonymous_heads:
        return (VAGUE if quantified and hl.endswith("s") else ANONYMOUS), subject, ""
    definite = det in lex.determiners or "'s" in low or "’s" in low
    if hl in lex.document_heads and hl not in lex.vague_heads:
        return (VAGUE if quantified else NAMED), subject, ""  # documents are sources
    proper = head[:1].isupper() and len(core) > 1 and core[-2][:1].isupper()
    if hl in lex.vague_heads or (not definite and not proper and _people_plural(lex, hl)):
        if _names_organization(rest):
            return NAMED, subject, ""  # 'Analysts at Pierce Harlow'
        return VAGUE, subject, ""
    if hl in lex.unnamed_heads:
        return UNNAMED, subject, ""
    if hl in lex.role_heads or hl in lex.organization_heads:
        identified = (
            definite
            or any(w[:1].isupper() and w not in lex.not_names for w in core)
            or len(core) > 2
            or _names_organization(rest)
        )
        return (NAMED if identified else UNNAMED), subject, ""  # not 'a lawyer said'
    if _names_organization(rest):
        return NAMED, subject, ""  # 'a team led by Dr. Kenji Mori'
    if det in ("one", "a", "an", "another") and head.isalpha() and head.islower():
        return UNNAMED, subject, ""  # 'one regular', 'a shopper'
    if definite and head.isalpha():
        return NAMED, subject, ""  # one identifiable body: the hospital, the port
    written = core[-1].strip("'’\",")  # with its period: 'Calif.', but 'Ng' is a name
    if head[:1].isupper() and head not in lex.not_names and not _abbreviation(lex, written):
        return NAMED, subject, _name(lex, core)
    return UNKNOWN, subject, ""


_SUFFIXES: Final = frozenset(("Jr", "Sr", "II", "III"))
_COMPANY_SUFFIXES: Final = frozenset(("Inc", "Co", "Corp", "Ltd", "LLC"))


def _document(lex: Lexicon, word: str) -> bool:
    """'records', 'studies': a word for documents, singular or plural."""
    single = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in lex.document_heads or single in lex.document_heads


def _people_plural(lex: Lexicon, word: str) -> bool:
    """'seismologists', 'forecasters': a plural noun for people, by its ending."""
    return len(word) > 5 and word.endswith(lex.people_plural_endings) and word.isalpha()


def _names_organization(rest: list[str]) -> bool:
    """'at Pierce Harlow', 'surveyed by Marketline Research': the words after a group name
    the organization it belongs to."""
    for n, word in enumerate(rest[:3]):
        if word.lower() in ("at", "by", "with", "for"):
            after = rest[n + 1 : n + 2]
            return bool(after) and after[0][:1].isupper()
    return False


def _name(lex: Lexicon, core: list[str]) -> str:
    """The person's name that ends the words naming a speaker, titles removed:
    'Mayor Dana Whitfield' -> 'Dana Whitfield'. "" when the words name an organization
    ('Larkfield Outdoor Inc.', 'The Capital Ledger', 'USA Swimming')."""
    run: list[str] = []
    for word in reversed(core):
        if not word[:1].isupper() or (_abbreviation(lex, word) and len(word) > 2 and run):
            break
        run.insert(0, word.strip(",'’"))
    if run and run[0] == "The":
        return ""
    if len(core) > len(run) and core[-len(run) - 1] in lex.organization_heads:
        return ""  # 'data firm Cirrus Analytics': the word before says what it is
    if any(
        w.lower().strip(".,") in lex.organization_words or (w.isupper() and len(w) > 1)
        for w in run[-2:]
    ):
        return ""
    titles = [i for i, w in enumerate(run) if w in lex.titles or w.lower() in lex.role_heads]
    if titles:
        run = run[titles[-1] + 1 :]
    return " ".join(run[-3:])


def _common(lex: Lexicon, word: str) -> bool:
    """A sentence's capitalized first word that is a common word, not a name."""
    return word in lex.prepositions or word in lex.vague_heads or word in lex.unnamed_heads


def colon_speaker(lex: Lexicon, masked: str, start: int, quote: int) -> Attribution | None:
    """'Whitfield put it plainly: "..."': the named speaker introducing a quotation."""
    before = masked[start:quote].rstrip()
    if not before.endswith(":"):
        return None
    run: list[str] = []
    words = before[:-1].split()
    for word in words:
        if word[:1].isupper() and word not in lex.not_names:
            run.append(word.strip(",'’"))
        elif run:
            break
    if not run or (len(run) == 1 and words[0] == run[0] and _common(lex, run[0].lower())):
        return None  # 'Outside the courthouse, the mood was defiant:' names no one
    name = " ".join(w for w in run if w not in lex.titles)
    return Attribution(NAMED, start + before.find(run[0]), ":", " ".join(run), name)
