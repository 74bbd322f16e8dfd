"""Fact-check gate: the sources a story relies on are listed, known, used and justified."""

from __future__ import annotations

import functools
import re
import shlex
from collections.abc import Iterator
from typing import Final

from newsroom.checks.contributors import contributor_names
from newsroom.checks.engine import Check, Example, Hit, check, hit_at
from newsroom.checks.speakers import NAMED, Attribution, opening_word
from newsroom.checks.view import StoryView
from newsroom.english import one_of
from newsroom.models import ClaimStatus, Severity, Source, Stage

F, E, W, S = Stage.FACT_CHECK, Severity.ERROR, Severity.WARNING, Severity.SUGGESTION
AP_ANON: Final = "AP Stylebook, 'anonymous sources'; SPJ Code of Ethics, 'Seek Truth and Report It'"
TRUST_SOURCES: Final = "Trust Project indicator 'Citations and references'"

_BOILERPLATE: Final = re.compile(
    r"not (?:authori[sz]ed|permitted|allowed) to (?:speak|discuss|comment|talk)|"
    r"(?:requested|asked for|sought|wanted) anonymity|(?:asked|declined|refused) "
    r"(?:not )?to be (?:named|identified)|(?:wished|wants|wanted) to remain anonymous|"
    r"to speak (?:freely|candidly)|(?:the )?sensitivity of the (?:matter|subject|issue)|"
    r"condition of anonymity|^\W*(?:anonymous|n/?a|none|tbd|private|sensitive)\W*$",
    re.I,
)


def boilerplate(reason: str) -> bool:
    """True when a reason for anonymity says nothing ('not authorized to speak publicly')."""
    return bool(_BOILERPLATE.search(reason)) or len(reason.split()) < 5


def editor_ids(view: StoryView) -> list[str]:
    """The roster ids of the editors who may approve a source's anonymity."""
    return [p.id for p in view.roster.people if "editor" in p.roles]


def anonymity_problem(view: StoryView, source: Source) -> str:
    """What is missing for an anonymous source to be used, or '' when it is justified."""
    reason = source.why_anonymous.strip()
    fix = f"newsroom source {view.story.slug} edit {source.id}"
    if not reason:
        return (
            f"source '{source.id}' has no why_anonymous; write the real reason anonymity "
            f"was granted ({fix} --why '...')"
        )
    if boilerplate(reason):
        return (
            f"source '{source.id}': why_anonymous '{reason}' is boilerplate; say what the "
            "source would risk by being named and why the information could not be had on "
            f"the record ({fix} --why '...')"
        )
    approver = source.anonymity_approved_by.strip()
    editors = editor_ids(view)
    approve = f"the editor runs {fix} --approved-by <editor-id>; " + (
        one_of("editor-id", editors) or "the roster has no editor yet"
    )
    if not approver:
        return (
            f"source '{source.id}' has no anonymity_approved_by; an editor must approve "
            f"the anonymity ({approve})"
        )
    person = view.person(approver)
    if person is None or "editor" not in person.roles:
        return (
            f"source '{source.id}': '{approver}' is not an editor on the roster; an editor "
            f"must approve the anonymity ({approve})"
        )
    return ""


@check(
    "sources.unknown-id",
    F,
    E,
    "use a source id listed in sources.yaml, or add the source there "
    "('newsroom source SLUG add ...')",
    TRUST_SOURCES,
    passing=[Example()],
    failing=[
        Example(
            body="The council voted 5-2.\n",
            factcheck={
                "claims": [
                    {"id": "v", "text": "voted 5-2", "sources": ["nobody"], "status": "unverified"}
                ]
            },
        )
    ],
)
def unknown_id(view: StoryView) -> Iterator[Hit]:
    known = {s.id for s in view.story.sources}
    for i, claim in enumerate(view.story.claims):
        for j, sid in enumerate(claim.sources):
            if sid not in known:
                line, col = view.side("factcheck.yaml", "claims", i, "sources", j)
                yield Hit(
                    line,
                    col,
                    excerpt=sid,
                    detail=f"claim '{claim.id}' cites source '{sid}', which is not in "
                    f"sources.yaml; add it (newsroom source {view.story.slug} add {sid} "
                    f"'<name>' --kind <kind>) or cite another (newsroom claim "
                    f"{view.story.slug} edit {claim.id} --source <source-id>"
                    + (f"; {others}" if (others := one_of("source-id", sorted(known))) else "")
                    + ")",
                    file="factcheck.yaml",
                )


@check(
    "sources.claim-unsourced",
    F,
    E,
    "name the sources that support the claim ('sources: [id, ...]')",
    TRUST_SOURCES,
    passing=[Example()],
    failing=[
        Example(
            body="The council voted 5-2.\n",
            factcheck={"claims": [{"id": "v", "text": "voted 5-2", "status": "unverified"}]},
        )
    ],
)
def claim_unsourced(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if not claim.sources and claim.status is not ClaimStatus.NOT_CHECKABLE:
            line, col = view.side("factcheck.yaml", "claims", i)
            yield Hit(line, col, excerpt=claim.text, file="factcheck.yaml")


@functools.lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    while parts and parts[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        parts.pop()
    return parts[-1] if parts else ""


def _source_id(surname: str) -> str:
    """A source id made from a surname: 'O’Neill' -> 'oneill'."""
    return "".join(c for c in surname.lower() if c.isalnum() or c == "-") or "source"


def _full_name(body: str, surname: str) -> bool:
    """Whether a full name ending in `surname` stands in the body ('Dana Whitfield'): a lone
    capitalized word that none ends is a company or a place ('Eurostat', 'Halvorsen')."""
    for start, _ in _occurrences(body, surname):
        back = start - 1  # (the first name is read from where the word before begins)
        while back > 0 and not body[back - 1].isspace() and body[back - 1] != "\x00":
            back -= 1
        if any(m.end() == start for m in _FIRST_THEN_SPACE.finditer(body, back, start)):
            return True
    return False


def _organization(body: str, name: str) -> bool:
    """Whether a name of two words or more is a body's: one whose first word no person's
    name opens with ('County Emergency Management'), one a story lists among bodies
    ('Retailers including Brightway and Dollar Depot'), or that the story writes elsewhere
    with a further word of its name after it ('Prairie Rivers Electric', 'Maumee Freight
    Lines'; not 'Walter Kessler Jr.'), and never by its last word alone, as a person's
    surname is ('Cole said', of 'Dana Cole, who owns Dana Cole Realty')."""
    if name.split()[0] in _BODY_FIRST_WORDS:
        return True
    places = _occurrences(body, name)
    if any(
        at <= start <= at + 80 and "." not in body[at:start] and ";" not in body[at:start]
        for at in _listings(body)
        for start, _ in places
    ):
        return True  # 'Retailers including Brightway and Dollar Depot'
    if any(_alone(body, start, end) for start, end in _occurrences(body, name.split()[-1])):
        return False  # 'Cole said' on its own: a person, who may own 'Dana Cole Realty'
    if any(_WHO_AFTER.match(body, end) for _, end in places):
        return False  # 'Dana Cole, who owns Dana Cole Realty': 'who' is a person
    return any(
        (after := _CAPITAL_AFTER.match(body, end)) is not None
        and after.group(1) not in _AFTER_A_PERSON
        and after.group(1) not in _NAMESAKES
        for _, end in places
    )


def _occurrences(body: str, words: str) -> list[tuple[int, int]]:
    """Where `words` stand in the body as whole words, (start, end) of each: found with a
    plain search and their edges tested, which keeps the names of a story with thousands of
    them from costing a pattern and a scan of the body each."""
    found, size, at = [], len(words), body.find(words)
    word_start, word_end = _is_word(words[:1]), _is_word(words[-1:])
    while at >= 0 and size:
        end = at + size
        edge_before = at > 0 and _is_word(body[at - 1])
        edge_after = end < len(body) and _is_word(body[end])
        if edge_before != word_start and edge_after != word_end:  # (a boundary at each edge)
            found.append((at, end))
        at = body.find(words, at + 1)
    return found


def _is_word(char: str) -> bool:
    """Whether a character is one a regular expression's word boundary counts as a word's."""
    return char.isalnum() or char == "_"


@functools.lru_cache(maxsize=8)
def _listings(body: str) -> tuple[int, ...]:
    """Where each list of bodies begins: after 'Retailers including', 'firms such as' (a
    name is listed in it when it stands within 80 characters, no full stop or semicolon
    between)."""
    return tuple(m.end() for m in _LISTED.finditer(body))


def _alone(body: str, start: int, end: int) -> bool:
    """Whether a word stands alone, as a surname does on its second reference ('Cole said'),
    with no capitalized word of a longer name before or after it ('Dana Cole', 'Phoenix Sky
    Airways')."""
    before = _WORDS.split(body[max(0, start - 40) : start].rstrip())[-1:]
    after = _WORDS.split(body[end : end + 40].lstrip())[:1]
    word = before[0].lstrip("\"“‘'(") if before else ""
    joined = word[:1].isupper() and not word.endswith((".", ":", ",", ";"))
    return not joined and not (after and after[0][:1].isupper())


_WORDS: Final = re.compile(r"[\s\x00]+")  # (paragraphs are joined by NUL)
# bodies in the plural, before the ones named: 'Retailers including Brightway and Dollar Depot'
_BODIES: Final = (
    r"(?i:retailers|companies|firms|chains|carriers|airlines|banks|stores|brands|makers|"
    r"manufacturers|insurers|utilities|groups|organizations|automakers|lenders|suppliers)"
)


_LISTED: Final = re.compile(rf"\b{_BODIES} (?:such as|including|like) ")
_WHO_AFTER: Final = re.compile(r",? who\b")
_CAPITAL_AFTER: Final = re.compile(r" ([A-Z][\w&'’-]*)")


# words that open a public body's name, never a person's
_BODY_FIRST_WORDS: Final = frozenset(
    ("County", "City", "State", "Town", "Village", "Township", "District", "Federal", "National")
)
# what is named for a person: 'the Ana Ruiz Foundation', 'Dana Cole Elementary'
_NAMESAKES: Final = frozenset(
    (
        *("Foundation", "Fund", "Center", "Centre", "Hall", "Library", "Award", "Prize"),
        *("Scholarship", "Institute", "School", "Elementary", "Park", "Memorial", "Trust"),
        *("Stadium", "Arena", "Field", "Building", "Bridge", "Highway", "Lecture", "Chair"),
    )
)
# capitalized words that follow a person's name: a suffix, a day, a month
_AFTER_A_PERSON: Final = frozenset(
    (
        *("Jr", "Sr", "II", "III", "IV", "Monday", "Tuesday", "Wednesday", "Thursday"),
        *("Friday", "Saturday", "Sunday", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "I", "The", "But", "And"),
    )
)


# Capitalized words before a name that are not a first name: 'The Lebanese army'.
_NOT_FIRST_NAMES: Final = "(?:The|A|An|This|That|These|Those|In|On|At|For|By|And|But|Of|To)"
# A first name or an initial, not a possessive ('Kenya's Orun') nor a sentence's last word
# ('in September. Orun').
# ('Ohio-based Corbin Home Products' has none: a word with a lowercase part after a hyphen)
_FIRST_NAME: Final = r"(?![A-Z][\w.'’]*-[a-z])[A-Z][\w.'’-]*(?<!['’]s)(?<![a-z]\.)"
_FIRST_THEN_SPACE: Final = re.compile(rf"\b(?!{_NOT_FIRST_NAMES}\b){_FIRST_NAME} ")


def _opened(view: StoryView, sentence: str, a: Attribution) -> bool:
    """Whether a speaker's name before its verb opens on a clause's opening word, and so is a
    place or a time read into it ('In Ohio, ... officials said'); after the verb it is a
    name, whatever its first word ('said To Lam', 'said So Yeon Ryu')."""
    if not opening_word(view.lexicon, a.name.split()[0].lower()):
        return False
    verb, speaker = sentence.find(a.verb), sentence.find(a.speaker)
    return not 0 <= verb < speaker


@check(
    "sources.named-missing",
    F,
    W,  # calibrated: false alarms on professional copy (docs/benchmarks-accuracy.md)
    "add every named person the story quotes or attributes to its sources "
    "('newsroom source SLUG add <source-id> \"<name>\"')",
    TRUST_SOURCES,
    passing=[
        Example(),
        Example(body="Kenya's Orun grew fast. Orun said it would hire 40 people.\n"),
        Example(body="Sales fell 4%, according to data firm Lumen Metrics.\n"),
        Example(body="Ana Lowe reported the theft to the Dover Police Department.\n"),
        Example(
            body="Maumee Freight said it regrets the crash.\n\nMaumee Freight Lines hauls grain.\n"
        ),
        Example(body="Great Plains Railway said it had paid $6 million in claims.\n"),
        Example(body="In Ohio, where the gaps were widest, state officials said they would act.\n"),
        Example(body="Sofia Marchetti in Geneva and Erik Dahl in Stockholm also reported.\n"),
    ],
    failing=[Example(body='"It will hold," said Gerald Finch, the city engineer.\n')],
)
def named_missing(view: StoryView) -> Iterator[Hit]:
    known = {w for s in view.story.sources for w in s.name.replace(",", " ").split()}
    seen: set[str] = set()
    body = view.prose_text[0]
    for _, para, s, a in view.attributions:
        surname = _surname(a.name) if a.kind == NAMED and not a.carried else ""
        if not surname or surname in known or surname in seen:
            continue
        if " " not in a.name and not _full_name(body, surname):
            continue  # one word that no full name in the story ends: a company, a place
        if " " in a.name and _organization(body, a.name):
            continue  # 'Maumee Freight' of 'Maumee Freight Lines': a company's short name
        if _opened(view, s.text, a) or contributor_names(s.text):
            continue  # 'In Ohio, ... officials said'; a contributor line names no source
        seen.add(surname)
        yield hit_at(
            para,
            a.start,
            s.text,
            f"'{a.name}' is quoted or cited but not in sources.yaml; add the source "
            f"(newsroom source {view.story.slug} add {_source_id(surname)} "
            f"{shlex.quote(a.name)} --affiliation '...')",
        )


def _anonymous(**change: str) -> Example:
    """A story whose one source is anonymous, with a real reason and approval unless changed."""
    source = {
        "id": "insider",
        "name": "City official",
        "kind": "person",
        "anonymous": True,
        "why_anonymous": "She would lose her job for disclosing the talks.",
        "anonymity_approved_by": "eokafor",
    }
    return Example(sources={"sources": [{**source, **change}]})


@check(
    "sources.anonymous-unjustified",
    F,
    E,
    "an anonymous source needs the real reason anonymity was granted (why_anonymous, not "
    "boilerplate like 'not authorized to speak') and the approving editor "
    "(anonymity_approved_by)",
    AP_ANON,
    passing=[Example(), _anonymous()],
    failing=[
        _anonymous(why_anonymous="was not authorized to speak publicly"),
        _anonymous(anonymity_approved_by="rtorres"),
    ],
)
def anonymous_unjustified(view: StoryView) -> Iterator[Hit]:
    for i, source in enumerate(view.story.sources):
        problem = anonymity_problem(view, source) if source.anonymous else ""
        if problem:
            key = "anonymity_approved_by" if "approv" in problem else "why_anonymous"
            line, col = view.side("sources.yaml", "sources", i, key)
            yield Hit(line, col, excerpt=source.name, detail=problem, file="sources.yaml")


@check(
    "sources.unused",
    F,
    S,
    "this source supports no claim and is not named in the body; cite it in a claim or remove "
    "it ('newsroom source SLUG remove ID')",
    "house style: fact-checking",
    passing=[Example()],
    failing=[
        Example(
            sources={
                "sources": [
                    {"id": "whitfield", "name": "Dana Whitfield", "kind": "person"},
                    {"id": "extra", "name": "Port Authority tide records", "kind": "dataset"},
                ]
            }
        )
    ],
)
def unused(view: StoryView) -> Iterator[Hit]:
    cited = {sid for c in view.story.claims for sid in c.sources}
    body = view.prose_text[0]
    for i, source in enumerate(view.story.sources):
        if source.id in cited:
            continue
        named = source.name in body or (
            source.kind == "person" and not source.anonymous and _surname(source.name) in body
        )
        if not named:
            line, col = view.side("sources.yaml", "sources", i, "id")
            yield Hit(
                line, col, excerpt=source.name, file="sources.yaml", fill=(("ID", source.id),)
            )


CHECKS: Final[tuple[Check, ...]] = (
    unknown_id,
    claim_unsourced,
    named_missing,
    anonymous_unjustified,
    unused,
)
