"""Reading a paragraph the way a fact-checker does: who says what, and what can be checked.

For each sentence: its attributions (named, anonymous, vague, an unnamed bystander: see
`speakers`), its quotations and whether they have a speaker, its checkable statements
(numbers, money, percentages, dates and years, superlatives and firsts), relative dates and
editorializing attribution verbs. The whole body is read in one pass: word look-ups go
through sets, and only small windows around attribution verbs are examined (about 1 ms for a
900-word story).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from newsroom.checks.checkable import CLAIM, Mark, checkable, relative_dates
from newsroom.checks.contributors import contributor_names, may_name_contributors
from newsroom.checks.lexicon import DEFAULT, Lexicon
from newsroom.checks.naming import (
    anonymity_start,
    classify,
    common,
    core_length,
    document,
    head_word,
    known_head,
    people_plural,
    person_name,
)
from newsroom.checks.sentences import split_lines
from newsroom.checks.speakers import (
    ANONYMOUS,
    NAMED,
    SIGN_WORDS,
    UNKNOWN,
    UNNAMED,
    VAGUE,
    Attribution,
    clause_subject,
    colon_speaker,
    read_attribution,
    source_phrases,
)
from newsroom.checks.text import find_word


class Sentence(NamedTuple):
    start: int  # offsets in the paragraph's flattened text
    end: int
    text: str
    attributions: tuple[Attribution, ...] = ()
    checkable: tuple[Mark, ...] = ()
    unattributed_quotes: tuple[Mark, ...] = ()
    relative_dates: tuple[Mark, ...] = ()


class ParagraphFacts(NamedTuple):
    """What one paragraph says. A tuple: a story has dozens, made on every check."""

    text: str  # the paragraph on one line (line breaks turned into spaces)
    sentences: tuple[Sentence, ...]
    open_quote: bool  # a quotation runs on into the next paragraph
    ends_with_colon: bool


# The kinds of attribution that tell a quotation's reader who speaks. An unnamed bystander
# ('said one resident') does not: the reader cannot tell who that was.
SPEAKING: Final = frozenset((NAMED, ANONYMOUS, VAGUE, UNKNOWN))

_CURLY_QUOTES: Final = "‘’“”"
_STRAIGHTENED: Final = str.maketrans(_CURLY_QUOTES, "''\"\"")


def flatten(text: str) -> str:
    """A paragraph on one line, curly quotes made straight: offsets stay the same."""
    text = text.replace("\n", " ")
    if any(quote in text for quote in _CURLY_QUOTES):
        return text.translate(_STRAIGHTENED)
    return text


def analyze(text: str, introduced: bool = False, lexicon: Lexicon = DEFAULT) -> ParagraphFacts:
    """The facts of one paragraph. `introduced`: the previous paragraph introduced a quotation
    (it ended with a colon, or left a quotation open)."""
    return analyze_body([text], introduced, lexicon=lexicon)[0]


def analyze_body(
    texts: list[str],
    introduced: bool = False,
    found: list[str] | None = None,
    lexicon: Lexicon = DEFAULT,
) -> list[ParagraphFacts]:
    """The facts of each paragraph of a body, read in one pass over the whole text with the
    newsroom's word lists (`lexicon`). `found`: `words(texts)`, when the caller already has
    them."""
    body = _Body(texts, found, lexicon)
    attributions = _verb_attributions(body)
    _surnames(body, attributions)
    _refer_back(body, attributions)
    _elliptical(body, attributions)
    _answers(body, attributions)
    _transcript(body, attributions)
    unattributed = _unattributed_quotes(body, attributions, introduced)
    checkables = _by_sentence(
        body,
        checkable(
            body.doc,
            body.flat_lower,
            body.present,
            lexicon.claim_verbs,
            lexicon.people_plural_endings,
        ),
    )
    _documented(body, attributions, checkables)
    _credits(body, attributions, checkables)
    relatives = _by_sentence(body, relative_dates(body.masked, body.lower, body.present))
    sentences: list[list[Sentence]] = [[] for _ in body.flats]
    for i, (a, b) in enumerate(body.spans):
        base = body.opening[i]
        sentences[body.owner[i]].append(
            Sentence(
                a - base,
                b - base,
                body.doc[a:b],
                tuple(sorted(attributions[i], key=_start)) if i in attributions else (),
                _shifted(checkables[i], base) if i in checkables else (),
                _shifted(unattributed[i], base) if i in unattributed else (),
                _shifted(relatives[i], base) if i in relatives else (),
            )
        )
    return [
        ParagraphFacts(flat, tuple(sentences[i]), body.open_quotes[i], flat.rstrip().endswith(":"))
        for i, flat in enumerate(body.flats)
    ]


class _Body:
    """A body laid out for reading: its paragraphs on one line each, joined by line breaks
    into one text (`doc`), with where each paragraph and each sentence stands in it, its
    quotations, and the text with quotations masked (`masked`) for the readers that look
    only at what stands outside them."""

    def __init__(self, texts: list[str], found: list[str] | None, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.flats = [t.replace("\n", " ") for t in texts]
        self.doc = "\n".join(self.flats)
        self.bases: list[int] = []  # where each paragraph starts in `doc`
        self.ends: list[int] = []  # and where it ends
        at = 0
        for flat in self.flats:
            self.bases.append(at)
            self.ends.append(at + len(flat))
            at += len(flat) + 1
        sentences = split_lines(self.doc, self.bases, self.ends) if self.flats else []
        sentences = _after_headings(sentences, texts, self.bases)
        self.spans = [(a, b) for a, b, _ in sentences]  # each sentence's place in `doc`
        self.starts = [a for a, _ in self.spans]
        self.owner = [pi for _, _, pi in sentences]  # each sentence's paragraph
        self.opening = [self.bases[pi] for pi in self.owner]  # where that paragraph starts
        self.quotes, self.open_quotes = _doc_quotes(self.doc, self.bases, self.ends)
        self.masked = _mask(self.doc, [(a, b) for a, b, _ in self.quotes])
        self.lower = _lower(self.masked)
        self.flat_lower = _lower(self.doc) if self.quotes else self.lower
        # The words of the vocabulary that the body has: only these are searched for.
        self.present = lexicon.vocabulary.intersection(words(texts) if found is None else found)

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that `doc[offset]` stands in."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i > 0 else 0


# The longest run of text read as a sentence for who speaks in it, in characters. A longer
# one with no sentence end (a list, a table or data pasted as a paragraph) is no sentence a
# desk reads, and reading each of its verbs against all the rest of it would take minutes.
PROSE_LIMIT: Final = 3000


# who reports what a sentence says 'reportedly', named in it: '..., as first reported by
# Bloomberg', '..., per Spotrac' (not 'per his Facebook post', which names no one)
_REPORTER: Final = re.compile(r"\breported by (?:the )?[A-Z]|(?:\bPer|, per) (?:the )?[A-Z]")


def _verb_attributions(body: _Body) -> dict[int, list[Attribution]]:
    """The attributions made by verbs ('said', 'according to') and by phrases that attribute
    to no one ('it is widely believed'), by sentence. Most sentences hold none, and have no
    entry."""
    found: dict[int, list[Attribution]] = {}
    lex = body.lexicon
    for verb in body.present & lex.triggers:
        for at in find_word(body.lower, verb):
            i = body.sentence_at(at)
            if body.spans[i][1] - body.spans[i][0] > PROSE_LIMIT:
                continue  # (not a sentence: see PROSE_LIMIT)
            attribution = read_attribution(
                lex,
                body.masked,
                body.lower,
                body.spans[i],
                at,
                at + len(verb),
                verb,
                body.opening[i],
                body.doc,
            )
            if attribution is not None:
                found.setdefault(i, []).extend(
                    _with_partner(lex, body.masked, body.spans[i][0], at, attribution)
                )
    for at, phrase, kind in source_phrases(body.lower):
        i = body.sentence_at(at)
        start = at - body.opening[i]
        found[i] = [  # 'local media reported': the phrase, not a speaker 'local media'
            a
            for a in found.get(i, [])
            # (its own verb, the phrase's, or the one it reports: 'is understood to have asked')
            if not start <= a.start <= start + len(phrase) + 1
            # nor a subject read across it: 'It is understood the department has asked'
            and phrase not in a.speaker.lower()
            # nor the subject of what it reports: 'It is understood that the club told'
            and not _subject_after(body.lower, at + len(phrase), body.opening[i] + a.start, a)
        ] + [Attribution(kind, start, phrase, phrase)]
    # hearsay no one stands behind: 'Some residents have reportedly gone back to their homes'
    # (not when the sentence says who reports it: '..., according to DMW officials')
    for at in find_word(body.lower, "reportedly"):
        i = body.sentence_at(at)
        if i not in found and not _REPORTER.search(body.masked, *body.spans[i]):
            start = at - body.opening[i]
            found[i] = [Attribution(VAGUE, start, "reportedly", "reportedly")]
    for i, found_here in found.items():
        if len(found_here) > 1:
            text = body.masked[body.opening[i] : body.spans[i][1]]
            found[i] = _sources_of(lex, sorted(found_here, key=_start), text)
    return found


def _subject_after(lower: str, end: int, verb: int, attribution: Attribution) -> bool:
    """Whether an attribution's subject opens the clause a phrase that attributes to no one
    reports ('It is understood that the club told the league'): what the club told the
    league is what is understood, not a statement the club made to the story."""
    if not 0 < verb - end <= 120 or not attribution.speaker:
        return False
    between = lower[end:verb].lstrip(" ,")
    if between.startswith("that "):
        between = between[5:].lstrip()
    return between.startswith(attribution.speaker.lower())


def _with_partner(
    lex: Lexicon, masked: str, start: int, at: int, attribution: Attribution
) -> list[Attribution]:
    """A named speaker and the one named with them before 'and': 'Mayor Ana Ruiz and
    Councillor Tom Hale said' cites both, each a source to list."""
    if attribution.kind != NAMED or not attribution.name:
        return [attribution]
    left = masked[max(start, at - 200) : at]
    k = left.rfind(attribution.speaker)
    partner = _PARTNER.search(left, 0, k) if k > 0 else None
    if partner is None:
        return [attribution]
    kind, speaker, name = classify(lex, partner.group(1))
    if kind != NAMED or not name or (" " not in name and " " in attribution.name):
        return [attribution]  # (a surname alone beside a surname: 'Ruiz and Hale said')
    return [attribution._replace(speaker=speaker, name=name), attribution]


# capitalized words before ' and ' that open a clause: '..., Mayor Ana Ruiz and '
_PARTNER: Final = re.compile(
    r"(?:^|[,;:(—–\x01]\s*)((?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*)){0,4}) and \Z"
)


def _sources_of(lex: Lexicon, attributions: list[Attribution], text: str) -> list[Attribution]:
    """The attributions of one sentence that say where it comes from: a belief reported by a
    speaker or a document is part of what is reported ('the office said that investigators
    believe', 'projections showed that most expect'), and so is a group's saying inside a
    named source's clause ('She said members still ask her'); a group's complaint 'according
    to commission minutes' is sourced to the minutes. (`text`: the paragraph up to the end of
    the sentence, where the attributions' offsets count from.)"""
    said = [a for a in attributions if a.verb in lex.sourcing_verbs]
    if said and len(said) < len(attributions):
        attributions = said
    first = attributions[0]
    if first.kind in (NAMED, ANONYMOUS) and first.verb in lex.sourcing_verbs:
        after = first.start + len(first.verb)
        attributions = [
            a
            for a in attributions
            if not (
                a.kind == VAGUE
                and a.start > after
                and _REPORTED.match(text, after, a.start)
                and not _CLAUSE_JOINS & set(text[after : a.start].lower().split())
            )
        ]
    if any(a.verb == "according" and a.kind != VAGUE for a in attributions):
        attributions = [a for a in attributions if a.kind != VAGUE]
    last = attributions[-1]
    if (
        last.kind in (NAMED, ANONYMOUS)
        and last.verb in lex.sourcing_verbs
        and (
            last.speaker.lower() not in lex.pronouns
            or last.speaker.lower() in lex.singular_pronouns
        )
    ):  # 'Guides have reported smaller catches for years, said Cordell Woods': what the
        # guides report is what he says
        clause = _closing_clause(lex, text, last)
        attributions = [a for a in attributions if not (a.kind == VAGUE and a.start < clause)]
    return attributions


def _closing_clause(lex: Lexicon, text: str, attribution: Attribution) -> int:
    """Where an attribution that closes its sentence after a comma starts ('..., said Cordell
    Woods, a guide', '..., Woods said.', '..., Woods said on Tuesday.', '..., Woods told the
    Gazette.'), or -1."""
    verb = attribution.start
    after = text[verb + len(attribution.verb) :].lstrip()
    if text[:verb].rstrip().endswith(",") and after.startswith(attribution.speaker):
        return verb
    own = verb - len(attribution.speaker) - 1
    rest = text[verb + len(attribution.verb) :].strip(" .!?\"”'’")
    tail = _LISTENER_TAIL if attribution.verb in lex.listener_verbs else _TIME_TAIL
    if own > 0 and text.startswith(attribution.speaker, own) and (not rest or tail.match(rest)):
        return own if text[:own].rstrip().endswith(",") else -1
    return -1


# what may follow a closing attribution's verb and start no clause: a time or a place ('on
# Tuesday', 'in a statement', 'at a news conference'), after a listener ('told the Gazette')
_WHEN: Final = (
    r"(?:(?:on|in|at|during|last|this|earlier|later)\s+(?:(?:a|an|the)\s+)?[\w'’-]+"
    r"(?:\s+(?!(?:the|a|an|it|he|she|they|we|i|that)\b)[\w'’-]+){0,2}|yesterday|today|tonight)"
)
_TIME_TAIL: Final = re.compile(rf"{_WHEN}(?:\s+{_WHEN})?$", re.I)
_LISTENER_TAIL: Final = re.compile(
    rf"(?i:(?:the|a|an|his|her|their)\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){{0,2}}(?:\s+{_WHEN})?$"
)


# what runs from a speaker's verb to the verb of a group inside what the speaker said: no
# break that would start a clause of the writer's own ('She said members still ask', not
# 'The mayor said it was sound, but critics say')
_REPORTED: Final = re.compile(r"(?: (?:that )?[a-z][\w'’-]*){1,4} \Z")
# words that end what a speaker said and start the writer's own clause: 'The council said no
# but residents say', 'She told reporters nothing and experts say'
_CLAUSE_JOINS: Final = frozenset(
    ("but", "and", "or", "yet", "while", "although", "though", "so", "no", "nothing")
)


def _unattributed_quotes(
    body: _Body, attributions: dict[int, list[Attribution]], introduced: bool
) -> dict[int, list[Mark]]:
    """The quotations that need a speaker and have none, by sentence. A quotation's speaker
    is the one its sentences name, or the one named before or after it in its paragraph, or,
    when it opens its paragraph, the last one of the paragraph before; every sentence it
    spans that names no one gets that speaker, marked `carried`, in `attributions`."""
    flats = body.flats
    intro = [introduced] + [
        body.open_quotes[i] or flats[i].rstrip().endswith(":") for i in range(len(flats) - 1)
    ]
    firsts = _first_sentences(body)
    found: dict[int, list[Mark]] = {}
    signs: set[int] = set()  # the paragraphs whose quotations a sign gives
    for a, b, pi in body.quotes:
        if _SIGN_READS.match(body.lower, b):
            signs.add(pi)  # '"Emergency department closed," it reads. "Nearest open: ..."'
            continue
        signed = pi in signs and not _SPOKEN_WORDS.search(body.doc[a:b].lower())  # not 'I have'
        first, last = body.sentence_at(a), body.sentence_at(b - 1 if b - 1 > a else a)
        if body.spans[first][1] - body.spans[first][0] > PROSE_LIMIT:
            continue  # (not a sentence: see PROSE_LIMIT)
        needs = _needs_speaker(body.lexicon, body.doc, body.lower, a, b) or bool(
            _AS_ONE_PUT.search(body.masked, body.spans[first][0], a)
        )  # (and a short one someone unnamed put: 'As one senator put it, ... "a luxury."')
        if signed or not (needs or _quoted_sentence(body, a, b, first)):
            continue
        opening = a - body.bases[pi] < 3
        # A fragment woven into the reporter's sentence carries on the account before it.
        partial = a > body.spans[first][0] and body.doc[a + 1 : a + 2].islower()
        own = [a for i in range(first, last + 1) for a in attributions.get(i, ())]
        speaker = next((a for a in own if _speaks(a)), None)
        if any(_shouted(body, first, a, b) for a in own):
            speaker = None  # '"Shame!" someone shouted, and Mayor Ruiz replied': not hers
        for i in range(first, last + 1) if own and speaker is None else ():
            if i in attributions:  # '"Shame!" someone shouted': a bystander, no vague claim
                attributions[i] = [
                    a._replace(kind=UNNAMED) if a.speaker.lower() in _SOMEONE else a
                    for a in attributions[i]
                ]
        # (a sentence that gives its quotation to someone it does not name has no speaker
        # to carry: 'Someone in the queue summed it up: "..."', '"...!" came a shout')
        carry = not own and not _UNNAMED_FRAME.search(body.masked, *body.spans[first])
        if carry:
            speaker = _speaker(body, attributions, range(first - 1, firsts[pi] - 1, -1))
        if carry and speaker is None:
            speaker = _speaker(body, attributions, range(last + 1, firsts[pi + 1]))
        if carry and speaker is None and (opening or partial) and pi > 0:
            speaker = _speaker(body, attributions, range(firsts[pi] - 1, firsts[pi - 1] - 1, -1))
        if speaker is None:
            speaker = colon_speaker(body.lexicon, body.masked, body.spans[first][0], a)
            if speaker is not None:
                speaker = speaker._replace(start=speaker.start - body.opening[first])
                attributions.setdefault(first, []).append(speaker)
        if speaker is None:
            if needs and not (intro[pi] and opening):
                found.setdefault(first, []).append(Mark(a, b, "quote"))
            continue
        for i in range(first, last + 1):
            if i not in attributions:
                at = max(a, body.spans[i][0]) - body.opening[i]
                carried = speaker._replace(start=at, editorializing=False, carried=True)
                attributions[i] = [carried]
    return found


# one unnamed who put a quotation, however short, into words, before it: 'As one senator put
# it at a hearing in July, language is "a nice-to-have."'
_AS_ONE_PUT: Final = re.compile(
    r"\bas (?:one|another)(?: of (?:the|our|my|his|her|their))? (?:[\w'’-]+ ){1,4}?put it\b",
    re.I,
)


# the words by which a sentence gives its quotation to someone it does not name, whom the
# speaker reader leaves out: 'Someone at the back summed it up:', 'as one of our buyers likes
# to put it', 'came a shout from the stand'
_UNNAMED_FRAME: Final = re.compile(
    r"\b(?:some(?:one|body)|(?:one|another) of (?:our|the|my|his|her|their) [^.;:,]{1,40}?)\s"
    r"[^.;:]{0,60}?\b(?:put|puts|summed|sums)\b|"
    r"\bcame (?:a|one|another) (?:shout|cry|call|yell|voice|roar|heckle|scream)\b",
    re.I,
)


def _quoted_sentence(body: _Body, a: int, b: int, first: int) -> bool:
    """Whether a quotation too short to need a speaker of its own is a whole sentence of
    someone's words ('"That's not caution.'), which the speaker around it still speaks."""
    text = body.doc[a + 1 : b].rstrip("\"”' ")
    return (
        a - body.spans[first][0] < 2
        and text[:1].isupper()
        and text[-1:] in ".!?"
        and len(text.split()) > 1
    )


def _shouted(body: _Body, i: int, attribution: Attribution, end: int) -> bool:
    """Whether someone not named says a quotation, right after it: '"Shame!" someone
    shouted', '"Where was the money?" one man called out, before the mayor warned ...' (not
    the mayor's words; an attribution starts at its verb)."""
    at = body.opening[i] + attribution.start
    speaker = attribution.speaker
    unnamed = speaker.lower() in _SOMEONE or attribution.kind == UNNAMED
    return unnamed and 0 <= at - end <= len(speaker) + 4


def _speaks(attribution: Attribution) -> bool:
    """Whether an attribution tells a quotation's reader who speaks: not a bystander, nor
    'someone' ('"Shame!" someone shouted from the gallery')."""
    return attribution.kind in SPEAKING and attribution.speaker.lower() not in _SOMEONE


_SOMEONE: Final = frozenset(("someone", "somebody", "a voice"))
# verbs of crying out: what a voice in a crowd does, not a source
_CRIED: Final = frozenset(
    ("shouted", "shouts", "yelled", "yells", "screamed", "screams", "cried", "cries")
)


def _documented(
    body: _Body, attributions: dict[int, list[Attribution]], checkables: dict[int, list[Mark]]
) -> None:
    """What a document is cited as showing ('records show', 'the study found') is a claim to
    check against it: a sentence that rests on one, with no other checkable statement, gets
    one at the verb (not 'Hartley said the report showed ...': that is his reading of it)."""
    for i, found in attributions.items():
        a = min(found, key=_start)
        if i in checkables or a.kind != NAMED or a.carried:
            continue
        if a.verb in body.lexicon.finding_verbs:
            at = body.opening[i] + a.start
            checkables[i] = [Mark(at, at + len(a.verb), CLAIM)]


def _credits(
    body: _Body, attributions: dict[int, list[Attribution]], checkables: dict[int, list[Mark]]
) -> None:
    """A contributor line ('Ana Ruiz and Li Wei reported from the press launch.') credits
    the story's reporters: no one in it is a source, and it says nothing to check."""
    if not may_name_contributors(body.doc):
        return
    for i, (a, b) in enumerate(body.spans):
        if (i in attributions or i in checkables) and contributor_names(body.doc[a:b]):
            attributions.pop(i, None)
            checkables.pop(i, None)


def _answers(body: _Body, attributions: dict[int, list[Attribution]]) -> None:
    """In an interview printed as questions and answers ('Q: ...' 'A: ...'), every sentence
    of an answer is the words of the person answering, named where the story introduces the
    interview; the questions are the reporter's."""
    openings = [body.doc[a : a + 2] for a, _ in body.spans]
    if "Q:" not in openings:
        return
    answering = False
    for i, opening in enumerate(openings):
        if opening in ("Q:", "A:"):
            answering = opening == "A:"
        elif i and body.owner[i] != body.owner[i - 1]:
            answering = False  # an answer ends with its paragraph
        if answering and i not in attributions:
            attributions[i] = [Attribution(NAMED, 0, "A:", "the person answering", carried=True)]


# what a record of a sitting sets before a name: 'Mr', 'Mrs', 'Dr', 'Me' (a barrister), 'Hon.'
_HONORIFIC: Final = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Me|Hon\.?|Sir|Dame|Madam|Senator|Sen\.|Rep\.|Lord|Lady|Baroness|"
    r"Prof\.?|Councillor|Cllr\.?)"
)
# a transcript's tag for who speaks, opening a paragraph: 'Mr Dabeesing:', 'Mrs P. Ramphul
# (Second Member for Vieux Grand Port):', 'The Minister of Agro-Industry (Mr S. Dabeesing):',
# 'Mr Deputy Speaker:', 'The Speaker:' (not a review's 'The Verdict:')
_SPEAKER_TAG: Final = re.compile(
    rf"(?:{_HONORIFIC} [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}(?: \([^()]{{1,80}}\))?|"
    rf"[A-Z][^():]{{0,80}} \({_HONORIFIC} [A-Z][^()]{{0,40}}\)|"
    r"The (?:[A-Z][\w'’-]* ){0,3}(?:Speaker|Minister|Chair|Chairman|Chairperson|President|"
    r"Premier|Mayor|Clerk)(?: of [^:()]{1,60})?):\s"
)


def _transcript(body: _Body, attributions: dict[int, list[Attribution]]) -> None:
    """In a transcript of a sitting, where two paragraphs or more open with a tag for who
    speaks ('Mr Dabeesing: I will table the list.'), every sentence of a tagged paragraph is
    the words of the one it names, unless it cites a source of its own ('I am informed by
    the Authority that ...')."""
    tagged = [_SPEAKER_TAG.match(flat) for flat in body.flats]
    if sum(tag is not None for tag in tagged) < 2:
        return
    if not any(_speech(flat, tag) for flat, tag in zip(body.flats, tagged, strict=True)):
        return  # a listing by titles: 'Dr Strangelove: Screening on Friday at 8pm.'
    for i, pi in enumerate(body.owner):
        tag = tagged[pi]
        if tag is not None and not any(_cites(a) for a in attributions.get(i, ())):
            speaker = tag.group()[:-2]
            attributions[i] = [Attribution(NAMED, 0, ":", speaker, carried=True)]


# what marks a tagged paragraph as words said at a sitting: a person speaking for herself or
# to the House ('I', 'we', 'you', 'Madam Speaker'), or asking
_SPOKEN: Final = re.compile(
    r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|us|you|You|your|Your|Speaker|Chair|Chairman|"
    r"Chairperson|Order)\b|\?"
)


def _speech(flat: str, tag: re.Match[str] | None) -> bool:
    """Whether a paragraph is a tagged speaker's words: the tag names an office ('The
    Minister of Public Works (Dr L. Wei):', 'Mr Ruiz (Member for Eastside):') or the words
    speak in the first or second person, to the chair, or ask."""
    if tag is None:
        return False
    head = tag.group()
    return "(" in head or head.startswith("The ") or _SPOKEN.search(flat, tag.end()) is not None


def _cites(attribution: Attribution) -> bool:
    """Whether an attribution names a source other than the one speaking ('I asked', 'we
    said' are the speaker's own)."""
    own = attribution.speaker.lower() in ("i", "we")
    return attribution.kind in (NAMED, ANONYMOUS, VAGUE) and not own


def _first_sentences(body: _Body) -> list[int]:
    """The index of each paragraph's first sentence, and the number of sentences last."""
    firsts = [len(body.owner)] * (len(body.flats) + 1)
    for i in range(len(body.owner) - 1, -1, -1):
        firsts[body.owner[i]] = i
    for pi in range(len(body.flats) - 1, -1, -1):
        firsts[pi] = min(firsts[pi], firsts[pi + 1])
    return firsts


def _speaker(
    body: _Body, attributions: dict[int, list[Attribution]], sentences: range
) -> Attribution | None:
    """The first attribution of `sentences`, in their order, that names someone whose words
    a quotation elsewhere can be: a person or a source, not a group ('critics say') nor a
    document ('figures show')."""
    finding = body.lexicon.finding_verbs
    for i in sentences:
        for attribution in attributions.get(i, ()):
            if (
                attribution.kind in SPEAKING
                and attribution.kind != VAGUE
                and attribution.verb not in finding
            ):
                return attribution
    return None


# a person's full name ending in a given word: 'Carla Bowers', 'J. Bowers', not 'The Citrus
# Growers', 'the Association of Rail Shippers', 'the Tobacco Growers' Union' or a sentence's
# end before it ('on Monday. Traders said')
_FULL_NAME: Final = (
    r"(?<![Oo]f )(?<![Tt]he )\b(?!The\b|An?\b)[A-Z](?:[\w'’-]*|\.) {}\b(?!(?:['’]s?)? [A-Z])"
)


def _after_headings(
    sentences: list[tuple[int, int, int]], texts: list[str], bases: list[int]
) -> list[tuple[int, int, int]]:
    """The sentences with a heading in capitals set on a paragraph's line of its own ('WHAT'S
    NEXT', then the text under it) read as a sentence of its own."""
    breaks = {
        bases[pi] + at
        for pi, text in enumerate(texts)
        if "\n" in text
        for at in _heading_ends(text)
    }
    if not breaks:
        return sentences
    out = []
    for a, b, pi in sentences:
        for at in sorted(x for x in breaks if a < x < b):
            out.append((a, at, pi))
            a = at + 1
        out.append((a, b, pi))
    return out


def _heading_ends(text: str) -> Iterator[int]:
    """Where each line of a paragraph that is a heading in capitals ends."""
    at = 0
    for line in text.split("\n")[:-1]:
        bare = line.strip()
        letters = [c for c in bare if c.isalpha()]
        if (
            len(letters) >= 2
            and bare.upper() == bare
            and len(bare.split()) <= 8
            and not bare.endswith((".", "?", "!", ",", ";", ":"))
        ):
            yield at + len(line)
        at += len(line) + 1


def _surnames(body: _Body, attributions: dict[int, list[Attribution]]) -> None:
    """A speaker read as a group by its ending ('Bowers said', 'Masters said') who is a person
    the story names in full elsewhere ('Judge Carla Bowers'): named."""
    for found in attributions.values():
        for n, a in enumerate(found):
            word = a.speaker.split()[0] if a.kind == VAGUE and a.speaker else ""
            if (
                word[:1].isupper()
                and word.isalpha()
                and people_plural(body.lexicon, word.lower())
                and word.lower() not in body.lexicon.vague_heads
                and re.search(_FULL_NAME.format(re.escape(word)), body.doc)
            ):
                found[n] = a._replace(kind=NAMED, name=word)


def _elliptical(body: _Body, attributions: dict[int, list[Attribution]]) -> None:
    """'Some parents have told the board they are fine with it. Many have not.': a group's
    answer with its verb left out, after a vague attribution in the same paragraph, is vague."""
    for i, (a, b) in enumerate(body.spans):
        if i in attributions or not i or body.owner[i - 1] != body.owner[i]:
            continue
        if not any(x.kind == VAGUE for x in attributions.get(i - 1, ())):
            continue
        m = _ELLIPSIS.match(body.masked, a, b)
        if m and (m.group(3) or m.group(1).lower().endswith(("others", "some"))):
            start = a - body.opening[i]
            attributions[i] = [Attribution(VAGUE, start, m.group(2), m.group(1))]


# a group and an auxiliary alone, answering the group before: 'Many have not.', 'Others did.',
# 'But most have not.' (only a denial or others': 'Most did.' may be what came true)
_ELLIPSIS: Final = re.compile(
    r"(?i:(?:But |And |Still |Yet )?((?:(?:many|most|some|still) )?others|many|most|some|"
    r"several|few|not all|not everyone)(?: of them)?) "
    r"(have|has|had|do|does|did|are|were|is|was|will|would|can|could)( not|n['’]t)?"
    r"(?: yet| so)?\.\s*$"
)


def _refer_back(body: _Body, attributions: dict[int, list[Attribution]]) -> None:
    """'she said', 'one of them said' after an anonymous or vague source is that source (but
    'he' or 'she' is never a group); so is 'one engineer said' after sources who spoke on
    condition of anonymity, and 'the lawyer said' after 'a lawyer ... who spoke on condition of
    anonymity'."""
    last: Attribution | None = None
    last_para = last_sentence = -2
    surnames = {  # of the people named as sources: 'Okafor' of 'Lena Okafor announced'
        a.name.split()[-1] for found in attributions.values() for a in found if a.name
    }
    unnamed = _unnamed_people(body, attributions)
    # (paragraph, sentence, source) of the sources not named, (sentence, words) of the named
    unnamed_met: list[tuple[int, int, Attribution]] = []
    named: list[tuple[int, list[str]]] = []
    for i in sorted(attributions):
        pi = body.owner[i]
        if unnamed_met and pi - unnamed_met[0][0] > 1:  # (only this paragraph's and the last's)
            unnamed_met = [e for e in unnamed_met if pi - e[0] <= 1]
            named = [e for e in named if not unnamed_met or e[0] > unnamed_met[0][1]]
        met = [j for j in unnamed if last_sentence < j < i]
        if met:  # 'a Salina man who asked that his name not be released, claimed the prize'
            last, last_para, last_sentence = unnamed[met[-1]], body.owner[met[-1]], met[-1]
            if last.kind == ANONYMOUS:
                unnamed_met.append((last_para, met[-1], last))
        for n, attribution in enumerate(attributions[i]):
            near = last is not None and pi - last_para <= 1
            if (
                near and last and last.kind == ANONYMOUS and _one_of(body.lexicon, attribution)
            ) or any(  # (not only the last: '..., said students had told her')
                pi - p <= 1
                and _again(body.lexicon, attribution, a)
                and not _named_since(named, k, attribution.speaker)
                for p, k, a in unnamed_met
            ):  # 'one engineer said', 'the lawyer said' after a source not named
                attributions[i][n] = attribution._replace(kind=ANONYMOUS, carried=True)
            elif not _pronoun(body.lexicon, attribution.speaker):
                last, last_para, last_sentence = attribution, pi, i
                if attribution.kind == ANONYMOUS:
                    unnamed_met.append((pi, i, attribution))
                elif attribution.kind == NAMED:  # ('Officer Dana Kim': 'the officer' is hers)
                    named.append((i, attribution.speaker.lower().split()))
            elif own := _own_subject(body, i, attribution):
                attributions[i][n] = attribution._replace(kind=own, carried=True)
            elif (
                last is not None
                and pi - last_para <= 1
                # (or one a sentence introduced, unnamed, to be quoted: 'One farmer put it
                # more bluntly.', not one who spoke: 'a heckler yelled ..., she quipped')
                and (last.kind in (ANONYMOUS, VAGUE) or (last.kind == UNNAMED and not last.verb))
                and attribution.kind != ANONYMOUS  # its own sentence says why it is not named
                and attribution.speaker.lower() != "i"  # the writer's own account
                and not (
                    # ('she', or one of a crowd: 'Some fans grumbled. "...," said one')
                    (
                        attribution.speaker.lower() in body.lexicon.singular_pronouns
                        or attribution.speaker.lower() in ("one", "another")
                    )
                    and (
                        last.kind == VAGUE
                        or _counted(body.lexicon, last.speaker)  # ('two people familiar')
                        or _names_someone(
                            body,
                            body.spans[last_sentence][1],
                            body.opening[i] + attribution.start,
                            surnames,
                        )
                    )
                )
            ):
                attributions[i][n] = attribution._replace(kind=last.kind, carried=True)


def _counted(lex: Lexicon, speaker: str) -> bool:
    """Whether a source is counted as more than one: 'two people with knowledge of the
    talks', 'Three officials' ('she said' is never they)."""
    first = speaker.split(None, 1)[:1]
    return bool(first) and first[0].lower() in lex.counts and first[0].lower() != "one"


def _unnamed_people(
    body: _Body, attributions: dict[int, list[Attribution]]
) -> dict[int, Attribution]:
    """The people a sentence that quotes no one says are not named ('That winner, a Salina man
    who asked that his name not be released, claimed the prize'), by sentence: an anonymous
    source for the 'he said' or 'the man said' after it."""
    found = {}
    for j, (a, b) in enumerate(body.spans):
        at = -1 if j in attributions else anonymity_start(body.lower[a:b])
        if at > 0:  # (the person, 'a Salina man who', for 'the man said'; else 'she said' only)
            who = _UNNAMED_WHO.search(body.masked[a : a + at])
            found[j] = Attribution(ANONYMOUS, 0, "", who.group(1) if who else "someone")
        elif at < 0 and j not in attributions and (one := _one_put_it(body, a, b)):
            found[j] = Attribution(UNNAMED, 0, "", one)  # 'One farmer put it more bluntly.':
            # the 'he said' after it is his, and names no one
    return found


# one person the story does not name, who is about to be quoted: 'One farmer, leaving the
# hall, put it more bluntly.', 'A neighbour summed it up.'
_ONE_PUT_IT: Final = re.compile(
    r"(?P<who>(?:One|Another|An?) (?:[a-z'’-]+ ){0,2}?(?P<head>[a-z]+))(?:,[^.;:,]{1,80},)?"
    r" (?:put|puts|summed|sums) (?:it|things|the mood)\b[^.;:\"]*[.:]$"
)


def _one_put_it(body: _Body, start: int, end: int) -> str:
    """The one person a sentence introduces, unnamed, to be quoted after it ('One farmer'),
    or ""."""
    one = _ONE_PUT_IT.match(body.masked, start, end)
    if one is None or one.group("head").lower() not in body.lexicon.unnamed_heads:
        return ""
    return one.group("who")


# an unnamed person and the start of what the sentence says of them: 'a Salina man who',
# 'A retired teacher from Salina who'
_UNNAMED_WHO: Final = re.compile(
    r"\b((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+),?\s+who\s+[^.;]{0,40}$"
)


def _own_subject(body: _Body, i: int, attribution: Attribution) -> str:
    """The kind of the subject that a 'they' of the same sentence refers back to ('Trucking
    groups have pushed for years to limit what they call ...': the groups), or ""."""
    if attribution.speaker.lower() != "they":
        return ""
    before = body.masked[body.spans[i][0] : body.opening[i] + attribution.start]
    before = before[: before.lower().rfind("they ")]  # (its start is its verb's, after it)
    if not before.lower().endswith(_EMBEDDING):
        return ""  # ', they reported Tuesday': the sentence's own source, read as one
    subject = clause_subject(body.lexicon, before)
    if not subject or "they" in subject.lower().split():
        return ""
    kind, _, name = classify(body.lexicon, subject)
    if name and " and " not in subject:
        return ""  # 'Mayor Dana Ruiz has opposed what they called': one person is no 'they'
    return kind if kind in (NAMED, ANONYMOUS, VAGUE) else ""


# words that open a clause inside a sentence, whose 'they' is the sentence's subject
_EMBEDDING: Final = ("what ", "that ", "which ", "as ")


# Two or three capitalized words in a row, perhaps with an initial: 'Rep. Adaeze Nwosu',
# 'Theo Baptiste', 'Dana K. Ruiz'.
_CAPITALIZED_RUN: Final = re.compile(
    r"(?<![\w.])(?:(?:[A-Z][\w'’-]+\.?|[A-Z]\.) ){1,2}[A-Z][a-z][\w'’-]*"
)


def _names_someone(body: _Body, start: int, end: int, surnames: set[str]) -> bool:
    """Whether the text between two offsets of the body, quotations left out, names a person:
    in full, or a sentence opens on the surname of one named as a source before (`surnames`).
    Then 'she said' after it is that person, not the source not named before it."""
    lex = body.lexicon
    for m in _CAPITALIZED_RUN.finditer(body.masked, start, end):
        words = m.group().split()
        while words and (common(lex, words[0]) or words[0].lower() in lex.determiners):
            words.pop(0)  # 'In Tom Ruiz's view': not the sentence's first word
        if len(words) >= 2 and len(person_name(lex, words).split()) >= 2:
            return True
    at = bisect.bisect_left(body.starts, start)
    for first, _ in body.spans[at:]:  # a sentence that opens on a surname named in full before
        if first >= end:
            break
        word = _OPENING_WORD.match(body.masked, first)
        if word and _name_like(lex, word.group(1)) and _a_surname(body, word.group(1), surnames):
            return True
    return False


def _name_like(lex: Lexicon, word: str) -> bool:
    """Whether a sentence's first word can be a surname: not 'One', 'Some', 'Those'."""
    low = word.lower()
    return not (
        common(lex, word)
        or low in lex.quantifiers
        or low in lex.counts
        or low in lex.determiners
        or low in lex.pronouns
        or low in lex.clause_openers
        or low in lex.not_first
    )


def _a_surname(body: _Body, word: str, surnames: set[str]) -> bool:
    """Whether a word is the surname of a source named before (`surnames`), or of a person
    the story names in full, a name not inside a longer one ('Rick Danforth', not the 'Lake
    Tahoe' of 'South Lake Tahoe')."""
    if word in surnames:
        return True
    for m in re.finditer(_FULL_NAME.format(re.escape(word)), body.doc):
        before = body.doc[max(0, m.start() - 30) : m.start()].split()[-1:]
        if not before or not before[0][:1].isupper() or before[0].endswith("."):
            return True  # ('coach Rick Danforth', 'Gov. Ana Ruiz'; not 'South Lake Tahoe')
        if before[0].lower() in body.lexicon.role_heads:
            return True  # 'Mayor Ana Ruiz'
    return False


# a sentence's first word, a name's shape ('Okafor declined', "O'Brien, who founded")
_OPENING_WORD: Final = re.compile(r"([A-Z](?:['’][A-Z])?[a-z][\w'’-]*)(?= [a-z]|,)")


_AGAIN: Final = frozenset(("the", "those", "these"))


def _named_since(named: list[tuple[int, list[str]]], sentence: int, speaker: str) -> bool:
    """Whether a named source of the job a speaker is called by spoke after `sentence`:
    'Officer Dana Kim ... said' makes the next 'the officer said' hers (`named`: each
    named source's sentence and lowercased words)."""
    head = speaker.rsplit(None, 1)[-1].lower()
    return any(j > sentence and head in words for j, words in named)


def _again(lex: Lexicon, attribution: Attribution, last: Attribution) -> bool:
    """Whether a speaker is the unnamed source just before, named again with 'the', 'those' or
    'these': 'the lawyer said' after 'a lawyer involved in the case, who spoke on condition of
    anonymity', 'those people said' after 'two people familiar with the plan'."""
    words = attribution.speaker.split()
    if len(words) < 2 or words[0].lower() not in _AGAIN or not all(w.islower() for w in words[1:]):
        return False  # 'the former executive' after 'a former Summit & Trail executive'
    if document(lex, words[-1].lower()):
        return False  # 'the venues' own figures' after 'senior party figures': numbers
    before = last.speaker.split()
    return head_word(" ".join(before[: core_length(lex, before)])) == words[-1]


def _one_of(lex: Lexicon, attribution: Attribution) -> bool:
    """Whether a speaker not named may be one of the sources not named just before: 'one
    engineer', 'a company dispatcher', not 'a spokeswoman', who speaks for a body, nor one
    who cried out."""
    head = attribution.speaker.rsplit(None, 1)[-1].lower() if attribution.speaker else ""
    return (
        attribution.kind == UNNAMED
        and head not in lex.spokesperson_heads
        and attribution.verb not in _CRIED  # ('one woman shouted': a voice in the gallery)
    )


def _pronoun(lex: Lexicon, speaker: str) -> bool:
    """Whether a speaker refers back to one named before: 'she', 'one of them', 'One', 'one
    of the people', 'another'."""
    low = speaker.lower()
    if low in lex.pronouns or low in ("one", "another", "the other"):
        return True
    first, _, rest = low.partition(" of ")
    return (first in lex.quantifiers or first == "another") and (
        rest in ("them", "us") or rest.startswith(("the ", "those ", "these "))
    )


def _by_sentence(body: _Body, marks: list[Mark]) -> dict[int, list[Mark]]:
    """Marks by the sentence they start in."""
    found: dict[int, list[Mark]] = {}
    for mark in marks:
        found.setdefault(body.sentence_at(mark.start), []).append(mark)
    return found


def _lower(text: str) -> str:
    """`text` lowercased, as long as it was: offsets found in one are offsets in the other.
    ('İ' is the one character that str.lower() makes two: it becomes 'i' here.)"""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("İ", "i").lower()


def _start(item: Attribution) -> int:
    return item.start


def _shifted(marks: list[Mark], by: int) -> tuple[Mark, ...]:
    """Marks in text order, with offsets into their own paragraph."""
    return tuple(sorted([Mark(m.start - by, m.end - by, m.kind) for m in marks]))


# Characters that stand next to words without being part of them: each becomes a space.
_NOT_WORD: Final = str.maketrans(dict.fromkeys("!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~«»‘’“”„–—…-_", " "))


def words(texts: list[str]) -> list[str]:
    """The words of paragraphs, lowercased, in order; apostrophes, dashes and hyphens
    separate words here. Whether a word is among them is a quick test of whether it can be
    there at all before it is searched for."""
    return "\n".join(texts).lower().translate(_NOT_WORD).split()


def _doc_quotes(
    doc: str, bases: list[int], ends: list[int]
) -> tuple[list[tuple[int, int, int]], list[bool]]:
    """(start, end, paragraph) of each double-quoted passage of the paragraphs doc[bases[i]:
    ends[i]], and for each paragraph whether a quotation is left open at its end."""
    found: list[tuple[int, int, int]] = []
    still_open = [False] * len(bases)
    if '"' not in doc and "“" not in doc:
        return found, still_open
    # AP closes a quotation with two apostrophes at times ('...,'' she said'): a closing mark.
    doubled = list(_find_char(doc, "''")) if "''" in doc else []
    marks = sorted([*(i for ch in '"“”' for i in _find_char(doc, ch)), *doubled])
    opened, pi = -1, 0
    for i in marks:
        if opened >= 0 and i >= ends[pi]:  # the quotation ran on to its paragraph's end
            found.append((opened, ends[pi], pi))
            still_open[pi] = True
            opened = -1
        ch = doc[i]
        if opened < 0 and ch not in "”'":
            opened = i
            pi = bisect.bisect_right(bases, i) - 1
        elif opened >= 0 and ch != "“":
            found.append((opened, i + (2 if ch == "'" else 1), pi))
            opened = -1
    if opened >= 0:
        found.append((opened, ends[pi], pi))
        still_open[pi] = True
    return found, still_open


def _find_char(text: str, ch: str) -> Iterator[int]:
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + len(ch))


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


def _needs_speaker(lex: Lexicon, text: str, lower: str, start: int, end: int) -> bool:
    """A quotation of four words or more (shorter ones are terms or partial quotes) that is
    not a title, a sign or a slogan ('the report, "Great Lakes Ice Cover,"', 'buttons that
    read "Keep Old Mill Low"') nor a phrase the sentence names, short and with no
    punctuation of its own ('pretending that "a place for everyone" is a plan')."""
    before = lower[max(0, start - 20) : start]
    cue = before.rstrip(" ,:").rsplit(None, 1)
    cried_out = False  # a verb of saying with 'out' is a cry: 'called out "Build it!"'
    if cue[-1:] == ["out"]:  # ('called out, "..."', not 'With the audit report out, "..."')
        verb = cue[0].rsplit(None, 1)[-1:] if len(cue) > 1 else []
        if (
            verb
            and verb[0].endswith("ed")
            and (verb[0] in lex.speech_verbs or verb[0] in lex.reporting_verbs)
        ):
            cue, cried_out = verb, True
    if cue and cue[-1] in lex.title_cues:
        return False  # (short or long: 'stickers that read "Quiet Streets Now," said')
    if before.rstrip().endswith(":") and _POSTED.search(lower, max(0, start - 100), start):
        return False  # a sign's words: 'printed on plain paper and taped at eye level: "..."'
    if _saying(lex, lower, start):
        return False  # a saying's words: 'There is an old saying in the north, "..."'

    spaces = text.count(" ", start, end)
    if spaces < 3:  # ('a man shouted, "Who's paying you?"': a verb of saying before it)
        return (
            _spoken(lex, text, lower, end)
            or (
                before.rstrip().endswith((",", ":"))
                and bool(cue)
                and (cue[-1] in lex.speech_verbs or cue[-1] in lex.reporting_verbs)
            )
            # ('one woman shouted "God will judge"': words cried out, with no comma)
            or (
                bool(cue)
                and (cue[-1] in _CRIED or cried_out)
                and spaces > 0
                and text[start + 1 : start + 2].isupper()
            )
        )
    if spaces < 5 and _named_phrase(text, start, end):
        return False
    capitalized = lower_case = 0
    for word in text[start:end].split():
        word = word.strip("\"'“”‘’,.:;!?()")
        if len(word) > 3:
            capitalized += word[:1].isupper()
            lower_case += word[:1].islower()
    return lower_case > 0 or capitalized < 2


# a sign's words, and the sign after them: '"Emergency department temporarily closed," it
# reads', '..., the banner says', '..., reads a placard'
_SIGNS: Final = "|".join(SIGN_WORDS)
_SIGN_READS: Final = re.compile(
    rf"\s*(?:(?:it|they|the (?:[\w-]+ )?(?:{_SIGNS})s?) (?:reads?|says?)\b|"
    rf"reads? (?:an?|the) (?:[\w-]+ )?(?:{_SIGNS})s?\b)"
)
# a saying, a proverb or an adage named just before its words: 'There is an old saying in
# the north, "..."', 'as the proverb has it: "..."' (the noun, after its article or a word
# for it: not the verb, 'she said, saying "..."')
_SAYING: Final = re.compile(
    r"\b(?:an?|the|this|that|old|ancient|popular|common|familiar|local)\s+"
    r"(?:[\w'’-]+\s+){0,2}(?P<noun>saying|proverb|adage|maxim|idiom)s?"
    r"(?:\s+(?:in|from|among|of|on|at)\s+[^\"“”.!?,:;]{1,30})?"
    r"(?:,?\s+(?:goes|has it|says|runs|puts it))?\s*[,:]?\s*$"
)


def _saying(lex: Lexicon, lower: str, start: int) -> bool:
    """Whether a saying, a proverb or an adage is named just before the quotation at `start`:
    not 'saying' as the verb of who says it, after a word that stands for someone who speaks
    ('a clip shows the driver saying, "..."') or straight before the words it introduces ('a
    man in a red cap saying "..."', where the noun has a comma, a colon or 'goes' after it)."""
    found = _SAYING.search(lower, max(0, start - 80), start)
    if not found or found.group("noun") != "saying":
        return bool(found)
    word = lower[found.start() : found.start("noun")].split()[-1]
    return bool(lower[found.end("noun") : found.end()].strip()) and not known_head(lex, word)


# words a person says, not a sign: 'I', 'we', 'my', 'our', 'me', 'us', 'you'
_SPOKEN_WORDS: Final = re.compile(r"\b(?:i|we|my|our|me|us|you|i'm|we're|i've|we've)\b")
# words set up somewhere to be read, a colon and then their text
_POSTED: Final = re.compile(
    r"(?:[,;]\s*|\b(?:and|was|were|is|are|been|be|freshly|hastily|neatly)\s+)"
    r"(?:posted|taped|printed|painted|scrawled|handwritten|hand-lettered|stencil+ed|engraved|"
    r"etched|pinned|chalked|spray-painted)\b[^.!?:\x01]{0,60}:\s*$"
)
_RELATIVES: Final = frozenset(("who", "whom", "which", "that"))


def _spoken(lex: Lexicon, text: str, lower: str, end: int) -> bool:
    """Whether a short quotation is someone's words: it ends with its own comma, question
    or exclamation mark and a verb of saying follows ('"Same stuff, louder," said one man')."""
    if text[end - 2 : end - 1] not in (",", "?", "!"):
        return False
    # '"Not again," one shop owner shouted', '"Guard him!" a fan behind the bench yelled'
    for word in text[end : end + 60].split()[:8]:
        low = word.lower().strip(".,")
        if low in lex.speech_verbs or low in lex.reporting_verbs:
            return True
        if low in lex.auxiliaries or low in _RELATIVES or not word.strip(".,").isalpha():
            return False  # '"Budget Hawks," had threatened': not a speaker and a verb
    return False


def _named_phrase(text: str, start: int, end: int) -> bool:
    """Whether the quotation at text[start:end] stands inside the reporter's sentence as a
    name for something: it begins in lowercase after a word of the sentence, ends with no
    punctuation of its own and the sentence goes on after it."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        before[:1].isalpha()
        and text[start + 1 : start + 2].islower()
        and text[end - 2 : end - 1].isalnum()
        and after[:1] == " "
        and after[1:2].islower()
    )
