"""What the words naming a speaker say about them: a person's name, an organization or a
document (named), an unnamed official (anonymous), a group that names no one (vague), a
bystander ('one resident': unnamed), or nothing known. `classify` reads the words that the
attribution reader (speakers.py) finds before or after a verb of saying.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

from newsroom.checks.checkable import MONTHS, WEEKDAYS
from newsroom.checks.lexicon import Lexicon

NAMED, ANONYMOUS, VAGUE, UNNAMED, UNKNOWN = "named", "anonymous", "vague", "unnamed", "unknown"


# Phrases that say a source is not named, each with a piece of text that every match of it
# holds. The pieces are looked for first, in one fast search; the phrases only when one is
# there. Both searches are built from this table.
ANONYMITY_PHRASES: Final = (
    ("familiar", r"familiar with"),
    ("close to", r"close to the"),
    ("briefed", r"briefed on"),
    ("knowledge", r"with (?:direct )?knowledge of|knowledgeable about"),
    ("anonym", r"anonymity|anonymously"),
    # 'speaking privately', 'spoke on background', 'talking off the record'
    # 'say privately', as most writers read a group that does
    (
        "privately",
        r"(?:speaking|spoke|talking|talked|say|says|said|admit|admits|admitted) privately"
        r"(?! (?:owned|held|funded|run|operated|financed|managed|built|insured))",
    ),
    ("background", r"(?:speaking|spoke|talking|talked) on (?:deep )?background"),
    # people who were inside a meeting held behind closed doors: 'two people who attended a
    # caucus meeting', 'MPs who were in the closed-door session' (not a public meeting's
    # residents: 'residents who attended the meeting said', nor a clause set off by a comma
    # about someone the story has named: 'The city manager, who attended the closed session')
    (
        "who ",
        r"(?<![,—–(] )\bwho (?:attended|were at|were in|were present at|sat in on|took part in) "
        r"(?:a|an|the|this|that|last|[\w'’-]+['’]s?) (?:[\w'’-]+ ){0,2}?"
        r"(?:caucus|closed-door|closed|private|confidential|cabinet|in-camera|party-room|"
        r"behind-closed-doors) (?:[\w-]+ )?"
        r"(?:meetings?|sessions?|talks|briefings?|hearings?|discussions?)\b",
    ),
    ("the record", r"(?:speaking|spoke|talking|talked) off the record"),
    # people inside talks held in private: 'two people involved in the discussions' (not a
    # named source's clause, set off by a comma: 'Mayor Ruiz, who was involved in the talks')
    (
        "involved in",
        r"(?<![,—–(] )\b(?:people|persons?|sources?|officials?|negotiators?|diplomats?|"
        r"executives?|senators?|members?|someone) involved in (?:the|these|those) (?:private |"
        r"confidential |closed-door )?(?:talks|negotiations|discussions|deliberations)\b",
    ),
    ("authori", r"not authori[sz]ed"),
    # 'asked not to be named', 'did not want to be identified'
    ("to be ", r"(?:declined|not|n't)(?: wish| want)? to be (?:named|identified)"),
    ("being ", r"without being (?:named|identified)"),
    # 'Paramedics spoken to by the Sentinel': the paper's own sources, none of them named
    # (not people whom the police or a council's staff spoke to: 'Residents spoken to by
    # officers said', whose words reach the story through them)
    (
        "spoken to",
        r"\bspoken to by (?!(?:the |a |an )?(?:[\w'’-]+ )?(?:police|officers?|detectives?|"
        r"investigators?|inspectors?|officials?|staff|authorities|council|social workers?|"
        r"paramedics|doctors|nurses|coroners?|auditors?|researchers?|the inquiry)\b)",
    ),
    # 'who cannot be named for legal reasons', 'who could not be identified for operational
    # reasons': a source the law or the job keeps unnamed (not 'the victim could not be
    # identified', whom no one knows yet)
    (
        "reasons",
        r"(?:cannot|can ?not|can't|could not|couldn't|may not|must not) be (?:named|identified)"
        r"(?: publicly)? for (?:[\w-]+ ){0,2}reasons",
    ),
    # 'on condition of anonymity', 'on condition that she not be named', 'on condition they
    # not be identified'
    ("condition", r"on (?:the )?condition (?:of|that|(?:he|she|they|i|we) not be)\b"),
    (
        "name",
        r"(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?give (?:his|her|their) "
        r"(?:full |last )?names?|names? not be (?:used|published|released|printed|disclosed|"
        r"revealed|made public)|names? be withheld"
        # 'asked to be identified only by his first name': a name that is not a source's
        r"|identified only by (?:his|her|their) first names?"
        r"|not (?:to )?(?:use|print|publish) (?:his|her|their|my|our) names?"
        r"|not (?:to )?name (?:him|her|them|me|us)\b"
        # 'asked me not to name the company': a source who keeps where they work out of it
        r"|not (?:to )?name (?:the|his|her|their|my|our) (?:company|firm|employer|builder|"
        r"agency|store|school|business|department|office|hospital|bank|client)\b"
        # 'whose name is being withheld', 'withheld her name at her request'
        r"|names? (?:is|are|was|were|has been|have been|is being|are being) withheld"
        r"|withheld (?:his|her|their) names?|name (?:withheld|not used)",
    ),
)


_ANONYMITY_KEY: Final = re.compile("|".join(re.escape(key) for key, _ in ANONYMITY_PHRASES))


_ANONYMITY_PHRASE: Final = re.compile("|".join(phrase for _, phrase in ANONYMITY_PHRASES))


# the bodies whose members, not named, speak as insiders: 'board members said' (one member
# of them, 'a council member', is a person not named, as 'a lawyer' is)
_BODIES: Final = frozenset(("board", "council", "commission", "committee"))


def known_head(lex: Lexicon, word: str) -> bool:
    """A word that can stand for who speaks: 'she', 'critics', 'records', 'the agency'."""
    return (
        word in lex.pronouns
        or word in lex.vague_heads
        or word in lex.anonymous_heads
        or word in lex.unnamed_heads
        or word in lex.role_heads
        or word in lex.organization_heads
        or word in lex.document_heads
        or word in lex.kin
        or people_plural(lex, word)
    )


def anonymous(low: str) -> bool:
    """Whether lowercased text says that a source is not named."""
    return bool(_ANONYMITY_KEY.search(low) and _ANONYMITY_PHRASE.search(low))


def anonymity_start(low: str) -> int:
    """Where lowercased text first says that a source is not named, or -1."""
    found = _ANONYMITY_PHRASE.search(low) if _ANONYMITY_KEY.search(low) else None
    return found.start() if found else -1


# A source who asked to go by a first name alone: that name is not a source a reader can find.
_FIRST_NAME_ONLY: Final = re.compile(
    r"\b(?:identified|called|named|referred to) only by (?:his|her|their) first names?\b"
)


def first_name_only(low: str, speaker: str) -> bool:
    """Whether a speaker named by one word is someone who asked to be identified only by a
    first name, that name ('a roofer who asked to be identified only by his first name,
    Rogelio'), not someone else the sentence says so of."""
    if len(speaker.split()) != 1:
        return False
    found = _FIRST_NAME_ONLY.search(low)
    if found is not None and low[found.end() :].lstrip(", ").startswith(speaker.lower()):
        return True
    named = low.find(f"{speaker.lower()}, ")  # 'Luis, a roofer identified only by his first name'
    if found is not None and 0 <= named < found.start() <= named + 120:
        return "." not in low[named : found.start()]
    at = low.find(f"{speaker.lower()}, who ")  # 'Maria, who asked that her last name not be used'
    return at >= 0 and _LAST_NAME_WITHHELD.match(low, at + len(speaker) + 6) is not None


# what follows 'Maria, who' when she gave her first name alone
_LAST_NAME_WITHHELD: Final = re.compile(
    r"(?:asked|requested) (?:that (?:his|her|their) (?:last|full|family) names? not be "
    r"(?:used|published|printed)|not to (?:have|be) (?:his|her|their) (?:last|full|family) "
    r"names? (?:used|published|printed))"
)


def may_be_unnamed(lex: Lexicon, kind: str, speaker: str) -> bool:
    """Whether a speaker with no name may be a source the sentence goes on to say is not
    named: someone described ('a spokesperson', 'one Republican senator') or a pronoun."""
    return kind != NAMED or speaker.lower() in lex.pronouns or describes_person(lex, speaker)


def describes_person(lex: Lexicon, speaker: str) -> bool:
    """Whether the words naming a speaker describe a person without a name: 'one Republican
    senator', 'a former Ridgeway administrator'."""
    words = speaker.split()
    head = head_word(" ".join(words[: core_length(lex, words)]))
    single = head.removesuffix("s")
    return any(
        w in lex.role_heads or w in lex.unnamed_heads or w in lex.anonymous_heads
        for w in (head, single)
    ) or people_plural(lex, head)


def described(lex: Lexicon, speaker: str) -> bool:
    """Whether the words for a speaker describe one person without naming them: 'one House
    Republican', 'a Pentagon official', 'One' (of a group named before), 'his widow'."""
    words = speaker.split()
    first = words[0].lower() if words else ""
    if first in lex.possessives and len(words) > 1 and all(w.islower() for w in words[1:]):
        return True  # 'His widow', 'her neighbor': someone by whose they are, no name
    return first in lex.articles or first in ("one", "another")


def names_only(lex: Lexicon, words: str) -> bool:
    """Whether an apposition is only people's or an organization's names: 'Luis Ortega and
    Pam Reddick', 'Keystone Property Group of Louisville'."""
    parts = words.split()
    while len(parts) > 3 and parts[0].islower() and parts[0] not in lex.not_before_verbs:
        parts = parts[1:]  # 'brothers Ray and Eddie Lutz'
    if len(parts) > 2 and parts[0] == "the" and parts[-1] in lex.body_names:
        parts = parts[1:]  # 'the organisers, the National Football Association,'
    if len(parts) < 2 or len(parts) > 8 or not parts[-1][:1].isupper():
        return False
    for word in parts:
        if word in ("and", "of", "&") or (word[:1].isupper() and word not in lex.not_names):
            if head_word(word) in lex.role_heads:
                return False  # 'Acme Chief Executive', a title
            continue
        return False
    return True


def adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly: 'quickly', 'also' not; a capitalized one before a
    verb is a name ('Tully said', 'Kelly told')."""
    return len(word) > 4 and word.endswith("ly") and not word[:1].isupper()


def opening_adjective(word: str) -> bool:
    """Whether a capitalized word in -ly that opens a sentence is an adjective or an adverb
    ('Early', 'Weekly', 'Friendly', 'Finally'), not a name: names in -ly end in -lly
    ('Kelly', 'Tully', 'Connolly', 'Sally'), as only the adverbs in -ally and -fully also
    do ('Finally', 'Hopefully'), or have a capital inside ('McNally')."""
    low = word.lower()
    if len(word) <= 4 or not low.endswith("ly") or not word.isalpha() or not word[:1].isupper():
        return False
    if any(c.isupper() for c in word[1:]):
        return False
    return (
        not low.endswith("lly") or low.endswith("fully") or (low.endswith("ally") and len(low) > 5)
    )


def abbreviation(lex: Lexicon, word: str) -> bool:
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


def head_word(phrase: str) -> str:
    word = phrase.rsplit(None, 1)[-1] if phrase.strip() else ""
    return word.strip("'’\".,").lower().removesuffix("'s").removesuffix("’s")


def _body_documents(lex: Lexicon, before: list[str], after: list[str]) -> bool:
    """Whether words around an 'of' are a body's name and then its documents: 'Bureau of
    Meteorology records', 'Department of Labor data'."""
    return (
        len(after) >= 2
        and document(lex, after[-1].lower())
        and after[-1].islower()
        and all(w[:1].isupper() for w in before[:-1])
        and all(w[:1].isupper() or w in ("the", "and", "&", "for") for w in after[:-1])
        and any(w[:1].isupper() for w in after[:-1])  # (not 'Supporters of the plan')
    )


def core_length(lex: Lexicon, words: list[str]) -> int:
    """How many of `words` name the speaker before what describes them: 'analysts' of
    'analysts surveyed by Marketline', 'Workers' of 'Workers leaving the plant'."""
    for n, word in enumerate(words):
        if n == 0:
            continue
        lw = word.lower()
        if lw == "of" and _body_documents(lex, words[: n + 1], words[n + 1 :]):
            return len(words)  # 'Bureau of Meteorology records': the body's own documents
        if lw in lex.speaker_enders:
            return n
        prev = words[n - 1].lower()
        if prev in lex.quantifiers or prev in lex.determiners or prev in ("a", "an"):
            continue
        if prev.endswith(("'", "'s", "’", "’s")):
            continue  # 'the board's revised estimate': an adjective after a possessive
        if (
            word[:1].islower()
            and len(lw) > 4
            and lw.endswith(("ing", "ed"))
            and not (n + 1 < len(words) and document(lex, words[n + 1].lower().strip(".,")))
        ):  # (but 'county planning documents': a kind of document)
            return n  # 'records compiled by', 'residents living near'
        if lw in ("made", "held", "done", "taken", "given", "put", "obtained", "seen"):
            return n  # ('documents seen by Reuters show')
        if lw in _CLAUSE_OPENERS and document(lex, prev.strip(".,")):
            return n  # 'a lawsuit the homeowners filed', 'emails their lawyer sent': the document
    return len(words)


# what opens a clause about a document right after it: 'a lawsuit [the homeowners filed]'
_CLAUSE_OPENERS: Final = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my"))


# who published documents, by name: 'in the Western Packet', 'by the Coral Futures Lab'
_PUBLISHED_BY: Final = re.compile(r"(?:in|by|from) the (?-i:[A-Z])[\w'’&-]+ (?-i:[A-Z])")
# people for or against something, and no one of them: 'Those supporting the plan', 'those
# opposed to it', 'Those against the closure'
_THOSE_FOR_OR_AGAINST: Final = re.compile(
    r"those (?:(?:who are |who were )?(?:opposed to|in favou?r of|against|for)|[a-z]+ing)\s"
)


# quantifiers that pick no one out of a group named before: 'several of them said'
_SOME: Final = frozenset(("some", "several", "many", "most", "few", "others"))


# a voice from a crowd, and voices, which in capitals name a paper or a body
_VOICES: Final = frozenset(("voice", "voices"))


# a pronoun after who speaks that only stresses who it is: 'Kenyi himself', 'the mayor herself'
_EMPHATIC: Final = frozenset(("himself", "herself", "itself", "themselves"))


@functools.lru_cache(maxsize=4096)
def classify(lex: Lexicon, subject: str) -> tuple[str, str, str]:
    """(kind, speaker, person's name) for the words naming who speaks."""
    low = subject.lower()
    if anonymous(low):
        return ANONYMOUS, subject, ""
    if _ONE_AFTER_ANOTHER.search(low):
        return VAGUE, subject, ""  # 'speaker after speaker', 'parent after parent': no one
    if low in ("one", "another"):
        return UNNAMED, subject, ""  # '"...," one said': one of a group before, not named
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in _EMPHATIC:
        kind, _, name = classify(lex, " ".join(words[:-1]))  # 'Kenyi himself told the court'
        return kind, subject, name
    if _THOSE_FOR_OR_AGAINST.match(low):
        return VAGUE, subject, ""  # 'Those supporting the application': no one in particular
    if low.startswith(("not every ", "not each ")) and len(words) <= 5:
        return VAGUE, subject, ""  # 'Not every scientist is convinced': some are not, unnamed
    n = core_length(lex, words)
    core, rest = words[:n], words[n:]
    if (
        rest
        and rest[0].lower() == "of"
        and len(core) <= 2
        and (core[-1].lower() in lex.quantifiers or core[-1].lower() == "another")
        and len(rest) > 1
    ):
        of = rest[2:] if rest[1].lower() in lex.determiners else rest[1:]
        if of and of[0].lower() in ("them", "us", "you"):
            if core[-1].lower() in _SOME:
                return VAGUE, subject, ""  # 'several of them': some, no one in particular
            return NAMED, subject, ""  # 'one of them': whoever was named before
        if of and core[-1].lower() in ("one", "another") and rest[1].lower() in _OWNERS:
            if head_word(of[core_length(lex, of) - 1]) in lex.anonymous_heads:
                return ANONYMOUS, subject, ""  # 'one of his aides': a source, not named
            return UNNAMED, subject, ""  # 'one of his mates': one person, not named
        if of:  # 'two of the officials', 'a lot of people'
            kind, _, name = classify(lex, " ".join(["some", *of]))
            if kind == VAGUE and core[0].lower() not in ("a", "some", "many", "most", "lots"):
                head = head_word(of[core_length(lex, of) - 1])
                # ('two of the buyers testified': people the story has met, not named; not
                # 'two of the banks' nor 'one of the reports', which are no one's word)
                counted = core[0].lower() in lex.counts or core[0].isdigit()
                back = rest[1].lower() in ("the", "those", "these") and (
                    head == "people" or (counted and _people(lex, head))
                )
                kind = ANONYMOUS if head in lex.anonymous_heads or back else kind
            return kind, subject, name
    if not core:
        return UNKNOWN, subject, ""
    if (
        (
            (len(core) == 2 and core[0].lower() in ("the", "a", "an"))
            or (len(core) == 1 and core[0].lower().endswith("s"))  # 'Relatives of one victim'
        )
        and core[-1].lower() in lex.kin
        and len(rest) > 2
        and rest[0].lower() == "of"
        and rest[1].lower() in ("one", "a", "an", "another")
    ):  # 'the daughter of one victim': left unnamed, as the victim is; but 'the family of a
        # man who died' is his, whom the story may name next
        return (ANONYMOUS if rest[1].lower() in ("one", "another") else UNNAMED), subject, ""
    if len(core) > 1 and core[-1].rstrip(".,") in _COMPANY_SUFFIXES:
        return NAMED, subject, ""  # 'Larkfield Outdoor Inc.': a company, no person
    if len(core) > 1 and core[-1].rstrip(".,") in _SUFFIXES:
        core = core[:-1]  # 'Walter Kessler Jr.'
    if len(core) > 2 and core[-1].rstrip(".,").isdigit() and core[-2][:1].isupper():
        return NAMED, subject, ""  # 'Workers Union Local 414': a body with its number, no person
    head = core[-1].strip("'’\".,")
    hl = head.lower().removesuffix("'s").removesuffix("’s")
    det = core[0].lower() if len(core) > 1 else ""
    if hl in lex.pronouns:
        return (NAMED if len(core) == 1 else UNKNOWN), subject, ""
    counted = det in lex.counts or det.isdigit()
    quantified = det in lex.quantifiers and not counted
    if hl in lex.anonymous_heads or (
        hl in ("members", "member")
        and len(core) > 1
        and (core[-2].lower() == "staff" or (hl == "members" and core[-2].lower() in _BODIES))
    ):  # ('county staff members': staff; 'board members said': a body's, none of them named)
        return (VAGUE if quantified and hl.endswith(("s", "staff")) else ANONYMOUS), subject, ""
    if hl in ("figure", "figures") and _RANKS & {w.lower() for w in core[:-1]}:
        return ANONYMOUS, subject, ""  # 'senior party figures': people, not numbers
    # (a possessive in the words naming who speaks, not in a place after them: 'Growers on
    # St Martin's')
    definite = det in lex.determiners or any(_possessive(w) for w in core)
    if hl in lex.document_heads and hl not in lex.vague_heads:
        return (VAGUE if quantified else NAMED), subject, ""  # documents are sources
    if document(lex, hl) and hl not in lex.vague_heads:  # in the plural: 'bank statements',
        # 'financial statements included in the filing', but not 'polls' no one names
        named = not quantified and (
            owned_by(lex, core) or specific_documents(lex, core) or bool(rest)
        )  # ('plans released by the city', 'notices filed with the state')
        return (NAMED if named else VAGUE), subject, ""
    proper = head[:1].isupper() and len(core) > 1 and core[-2][:1].isupper()
    owned = len(core) > 1 and (
        core[0].lower() in _OWNERS or core[0].endswith(("'s", "’s")) or _owned_by_body(lex, core)
    )  # ('its accounts', "the council's own accounts")
    if hl in _VOICES and head[:1].isupper() and (len(core) > 1 or hl == "voice"):
        return NAMED, subject, ""  # a paper's or a body's name: 'Voice of America', 'The
        # Voice', 'Island Voices' (not 'Voices in the party' opening a sentence)
    if hl in lex.vague_heads and document(lex, hl) and (owned or specific_documents(lex, core)):
        return NAMED, subject, ""  # 'campaign finance reports', not 'news reports'
    if hl in lex.vague_heads and document(lex, hl) and det == "the" and len(core) == 2:
        return NAMED, subject, ""  # 'the accounts show': the documents named before
    if hl in lex.vague_heads and document(lex, hl) and _PUBLISHED_BY.match(" ".join(rest)):
        return NAMED, subject, ""  # 'Reports in the Western Packet': the paper's
    if det == "successive" and len(core) == 2:
        return UNKNOWN, subject, ""  # 'Successive governments have promised': no one's view
    if det == "the" and len(core) == 2 and people_plural(lex, hl):
        return NAMED, subject, ""  # 'the researchers': the team named before
    if det == "the" and len(core) == 3 and core[1].lower() in lex.counts and hl.endswith("s"):
        return NAMED, subject, ""  # 'The two executives': the two named before
    if det in lex.counts and hl in lex.vague_groups and hl.endswith("s"):
        return ANONYMOUS, subject, ""  # 'three House Republicans': people, not named
    if (
        len(core) in (2, 3)
        and not rest
        and (core[-2].lower() in _INSTITUTIONS or hl == "officers")  # ('Probation officers')
        and hl in _STAFF
        and not (det in lex.determiners or det in lex.quantifiers or counted)
    ):
        return ANONYMOUS, subject, ""  # 'District engineers', 'Trading standards officers'
    if det == "the" and proper and len(core) > 2 and hl in lex.vague_heads:
        return NAMED, subject, ""  # a club's name: 'The Ottawa Senators'
    if hl in lex.vague_heads and (_with_theirs(core) or det in ("his", "her")):
        return NAMED, subject, ""  # 'Farouk and her colleagues': hers, whom the story names
    if hl in lex.vague_heads or (not definite and not proper and people_plural(lex, hl)):
        if hl == "people" and _inside_organization(lex, rest):
            return ANONYMOUS, subject, ""  # 'people in the athletic department': insiders
        if names_organization(lex, rest) or _named_for_members(head, rest):
            return NAMED, subject, ""  # 'Analysts at Pierce Harlow', 'Friends of the Earth'
        return VAGUE, subject, ""
    if (
        hl in lex.organization_plurals
        # a word that is also a surname is a name when capitalized: 'Banks warned'; the
        # others open a sentence as a kind of body: 'Charities say'
        and (
            head.islower()
            or (
                len(core) == 1
                and hl not in _SURNAMES
                # (a body named for its members: 'Airlines for America')
                and not (len(rest) > 1 and rest[0] == "for" and rest[1][:1].isupper())
            )
        )
        and not definite
        and not proper
        and not counted
        and det != "both"
    ):
        return VAGUE, subject, ""  # 'Landscaping companies said', not 'the companies said'
    if (
        hl in _GATHERINGS
        and det in ("a", "an", "another")
        and not any(w[:1].isupper() or w in ("called", "named") for w in _own_words(lex, words))
        and "," not in subject
    ):
        return VAGUE, subject, ""  # 'A smaller group urged', 'a chorus of parents': no one
    if (
        len(rest) > 3
        and rest[0].lower() in ("for", "of", "on", "at")  # (not 'who beat Mayor Mark Stein')
        and any(w in lex.titles for w in rest[2:-1])  # (a post first: 'for finance')
        and rest[-1][:1].isupper()
        and hl not in lex.spokesperson_heads  # ('a spokesman for Mayor Dana Whitfield')
        and hl not in lex.kin
    ):
        name = person_name(lex, rest)  # 'Cabinet member for finance Cllr Ruth Ingleby'
        if len(name.split()) > 1 and rest[-len(name.split()) - 1] in lex.titles:
            return NAMED, subject, name
    if hl in lex.unnamed_heads and not (definite and proper and len(core) > 2):
        return UNNAMED, subject, ""  # (not an office: 'the Parliamentary Budget Officer')
    if hl in lex.spokesperson_heads and det in ("a", "an", "one", "another"):
        return ANONYMOUS, subject, ""  # 'a league spokesman', 'a spokeswoman for Tri-State'
    if hl in lex.role_heads or hl in lex.organization_heads:
        identified = (
            definite
            or (hl == "police" and not det)  # 'police said': the force of the story's place
            or any(w[:1].isupper() and w not in lex.not_names for w in core)
            or len(core) > 2
            or names_organization(lex, rest)
        )
        return (NAMED if identified else UNNAMED), subject, ""  # not 'a lawyer said'
    if names_organization(lex, rest):
        return NAMED, subject, ""  # 'a team led by Dr. Kenji Mori'
    if det in ("one", "a", "an", "another") and head.isalpha() and head.islower():
        return UNNAMED, subject, ""  # 'one regular', 'a shopper'
    if definite and head.isalpha():
        return NAMED, subject, ""  # one identifiable body: the hospital, the port
    if len(core) == 1 and hl != head.lower() and head[:1].isupper():
        return NAMED, subject, ""  # 'Hollister's': a store named for its founder
    if (
        quantified
        and det != "both"  # ('Both Mitchell and Ng': two people named)
        and head.isalpha()
        and head[1:].islower()
        and (not rest or rest[0].lower() in ("who", "in", "from", "across", "living"))
        and _a_people(core[1:])
    ):  # 'Many Family Islanders', 'some young Batswana', 'Many Zimbabweans who fled the
        # crisis': a people, no one in it
        return VAGUE, subject, ""
    written = core[-1].strip("'’\",")  # with its period: 'Calif.', but 'Ng' is a name
    if head[:1].isupper() and head not in lex.not_names and not abbreviation(lex, written):
        return NAMED, subject, person_name(lex, core)
    if quantified and head.isalpha() and head.islower() and hl.endswith("s"):
        return VAGUE, subject, ""  # 'some river pilots', 'many growers': a group, no one in it
    return UNKNOWN, subject, ""


_SUFFIXES: Final = frozenset(("Jr", "Sr", "II", "III"))
_ONE_AFTER_ANOTHER: Final = re.compile(r"(?:^|\s)([a-z]{3,}) after \1$")


# words for a gathering of people none of whom is named: 'a group', 'a handful'
def _own_words(lex: Lexicon, words: list[str]) -> list[str]:
    """A gathering's words after its first, but not the people it gathers: 'a group of
    Pinecrest parents' is parents, where 'a group called Save Harlow Pool' is named (and
    'a group of farmers from Dowa who had travelled' is farmers)."""
    gathered = words[3:]
    head = gathered[core_length(lex, gathered) - 1] if gathered else ""
    if len(words) > 2 and words[2].lower() == "of" and people_plural(lex, head.lower()):
        return words[1:2]
    return words[1:]


_GATHERINGS: Final = frozenset(("group", "handful", "crowd", "chorus", "contingent", "number"))
# whose documents they are: 'its annual reports', 'the agency's studies'
_OWNERS: Final = frozenset(("its", "his", "her", "their"))


def _owned_by_body(lex: Lexicon, core: Sequence[str]) -> bool:
    """Whether the words before a document name, up to a possessive, name who owns it ("the
    council's own accounts", "the trust's accounts"), not a person the story leaves unnamed
    ("one former employee's own accounts", whose owner is the source and is not named)."""
    for i, word in enumerate(core[1:-1], 1):
        if word.endswith(("'s", "’s")):
            owner = " ".join([*core[:i], word[:-2]])
            return classify(lex, owner)[0] == NAMED
    return False


# a public body's staff, in the plural: 'District engineers' (not 'County voters')
_STAFF: Final = frozenset(
    (
        *("engineers", "inspectors", "planners", "regulators", "employees", "workers"),
        *("crews", "biologists", "technicians", "auditors", "assessors", "clerks"),
        *("administrators", "attorneys", "lawyers", "foresters", "rangers", "wardens"),
        *("dispatchers", "managers", "staffers", "commissioners", "firefighters"),
        "officers",
    )
)
# the public body whose staff a plural names: 'District engineers', 'County inspectors'
_INSTITUTIONS: Final = frozenset(
    (
        *("state", "federal", "city", "county", "district", "school", "police", "agency"),
        *("department", "utility", "town", "village", "council", "borough", "parish"),
        *("court", "prison", "port", "hospital", "highways", "planning", "standards"),
    )
)


_COMPANY_SUFFIXES: Final = frozenset(("Inc", "Co", "Corp", "Ltd", "LLC"))
# kinds of body in the plural that are also surnames
_SURNAMES: Final = frozenset(("banks", "stores"))


def singular(word: str) -> str:
    """A plural noun's singular, as the word lists hold it: 'studies' a study, 'banks' a
    bank; a word with no plural ending as it stands."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def document(lex: Lexicon, word: str) -> bool:
    """'records', 'studies': a word for documents, singular or plural."""
    return word in lex.document_heads or singular(word) in lex.document_heads


def owned_by(lex: Lexicon, core: list[str]) -> bool:
    """Whether documents' words say whose they are: 'its annual reports', 'the agency's
    studies', 'the statements' (those named before)."""
    first = core[0].lower()
    return len(core) > 1 and (first in _OWNERS or first in lex.determiners or "'s" in first)


def specific_documents(lex: Lexicon, core: list[str]) -> bool:
    """Whether the words before 'reports' or 'studies' say which they are: 'state inspection
    reports', not 'reports', 'some reports' or 'news reports'; a name among them says which
    ('earlier WARN notices', 'recent Census Bureau reports'): initials or a name of two words."""
    inner = core[1:-1]
    if any(len(w) > 1 and w.isupper() for w in inner) or any(
        a[:1].isupper() and b[:1].isupper() for a, b in itertools.pairwise(inner)
    ):
        return True  # (not a nation's: 'Some British reports', 'Early Ukrainian media reports')
    return len(core) > 1 and not any(
        w.lower() in lex.unspecific_documents
        or w.lower() in lex.quantifiers
        or w.lower() in lex.articles
        or w.lower() in lex.determiners
        for w in core[:-1]
    )


def _a_people(words: list[str]) -> bool:
    """Whether words after a quantifier name a people: lowercase words, then capitalised
    ones to the end ('young Batswana', 'Family Islanders'), not a title and a name after a
    team's ('All Blacks coach Scott Robertson')."""
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    return first < len(words) and all(w[:1].isupper() for w in words[first:])


def _people(lex: Lexicon, head: str) -> bool:
    """Whether a plural head is people ('buyers', 'jurors', 'experts', 'women'), not bodies
    or documents ('banks', 'unions', 'reports')."""
    return describes_person(lex, head) or (
        head in lex.vague_heads
        and not document(lex, head)
        and singular(head) not in lex.organization_heads
    )


def people_plural(lex: Lexicon, word: str) -> bool:
    """'seismologists', 'forecasters': a plural noun for people, by its ending (not a
    thing's: 'centers', 'computers')."""
    return (
        len(word) > 5
        and word.endswith(lex.people_plural_endings)
        and word.replace("-", "").isalpha()  # 'bird-watchers'
        and word[:-1] not in lex.thing_nouns
    )


def _inside_organization(lex: Lexicon, rest: list[str]) -> bool:
    """'in the Spokane State athletic department', 'inside the agency', 'at Pierce Harlow':
    the words after 'people' place them in one organization, as insiders."""
    if not rest or rest[0].lower() not in ("in", "at", "inside", "within"):
        return False
    words = [w.strip(".,;:") for w in rest[1:8]]
    return any(
        (
            w.lower() in lex.organization_heads
            or (w[:1].isupper() and w.lower() in lex.organization_words)
        )
        and w.lower() not in _PLACES
        for w in words
    )  # (a name's word, 'in Northfield Housing': not 'people in social housing')


_PLACES: Final = frozenset(("county", "city", "state", "town", "village", "country", "nation"))


def names_organization(lex: Lexicon, rest: list[str]) -> bool:
    """'at Pierce Harlow', 'surveyed by Marketline Research': the words after a group name
    the organization it belongs to."""
    for n, word in enumerate(rest[:3]):
        if word.lower() in ("at", "by", "with", "for"):
            after = rest[n + 1 : n + 2]
            if after == ["the"]:  # 'Forecasters at the Hungarian Meteorological Bureau', but
                # not 'Protesters at the State Capitol'
                return any(w.strip(".,;:") in lex.body_names for w in rest[n + 2 : n + 8])
            return (
                bool(after) and after[0][:1].isupper() and not _a_time(rest[n + 1 : n + 3])
            )  # (not 'parents at Monday's meeting': a day, no body)
    return False


_DAYS_AND_MONTHS: Final = frozenset((*WEEKDAYS, *MONTHS))
_NEAR: Final = frozenset(("Last", "This", "Next"))


def _with_theirs(core: list[str]) -> bool:
    """Whether a group is a named person's own, joined to the name: 'Farouk and her
    colleagues', 'Adeyemi and his teammates'."""
    low = [w.lower() for w in core]
    return any(
        w == "and" and 0 < i < len(low) - 2 and low[i + 1] in _OWNERS and core[i - 1][:1].isupper()
        for i, w in enumerate(low)
    )


# what makes 'figures' people: 'senior party figures', not 'government figures' (numbers)
_RANKS: Final = frozenset(("senior", "leading", "prominent", "high-ranking", "influential"))
# bodies named for their members: 'Friends of the Earth', 'Veterans of Foreign Wars'
_MEMBER_BODIES: Final = frozenset(("Friends", "Veterans", "Sisters", "Daughters", "Sons"))


def _named_for_members(head: str, rest: list[str]) -> bool:
    """Whether a group's words are a body's name, of its members and what they stand for
    ('Friends of the Library said'), not a group of people ('friends of the family')."""
    return head in _MEMBER_BODIES and rest[:1] == ["of"] and rest[-1][:1].isupper()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _a_time(words: list[str]) -> bool:
    """Whether the words after 'at' open a time, not a body: 'Monday's meeting', 'Monday
    night's vigil', 'Last week's meeting', 'Last Friday's march'; not a name that holds a
    day or a month ('Sunday World', 'May Street Community Centre', 'March of Dimes', 'Next
    Generation Research') nor a possessive of one ('Next's warehouse')."""
    if not words:
        return False
    first = words[0].strip(".,;:")
    second = words[1].strip(".,;:") if len(words) > 1 else ""
    # (a lowercase possessive after it: 'night's', 'week's', 'morning's')
    timed = _possessive(second) and second[:1].islower()
    if first in _NEAR:
        return timed or (_possessive(second) and second[:-2].rstrip("'’") in _DAYS_AND_MONTHS)
    if _possessive(first):
        return first[:-2] in _DAYS_AND_MONTHS
    return first in _DAYS_AND_MONTHS and timed


def person_name(lex: Lexicon, core: list[str]) -> str:
    """The person's name that ends the words naming a speaker, titles removed:
    'Mayor Dana Whitfield' -> 'Dana Whitfield'. "" when the words name an organization
    ('Larkfield Outdoor Inc.', 'The Capital Ledger', 'USA Swimming')."""
    run: list[str] = []
    for word in reversed(core):
        if not word[:1].isupper() or (abbreviation(lex, word) and len(word) > 2 and run):
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


def common(lex: Lexicon, word: str) -> bool:
    """A sentence's capitalized first word that is a common word, not a name."""
    return word in lex.prepositions or word in lex.vague_heads or word in lex.unnamed_heads
