"""Claims: quoting the body exactly, verifying as a fact-checker, suggesting what to cover.

Every change to factcheck.yaml made here is one commit of that file alone, authored by the
acting person, with trailers naming the story and what it records (`signoff.ClaimRecord`).
A verdict (`verify_claim`) or a waiver is signed when `require_signed` is on and pins, in
the claim's `verified_hash`, the words it vouches for (`newsroom.checks.pins`). Adding a
claim records no verdict (the claim starts unverified), so it is not signed. None of them
commits edits it did not make: with uncommitted edits in factcheck.yaml (or, for a verdict,
in story.md, whose committed body the verdict pins) the command refuses and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsroom.english import one_of
from newsroom.errors import Refused, UsageError
from newsroom.models import Claim, ClaimStatus, Person, Story
from newsroom.repo import Author, Repo, StoryCommit
from newsroom.services.contributions import (
    ID_RE,
    Edited,
    load_story,
    refuse_after_fact_check,
    rel,
    set_entry,
    spaced,
    view_of,
)
from newsroom.services.signoff import ClaimRecord, on_byline
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store.shape import did_you_mean

if TYPE_CHECKING:  # the checks are imported when a command needs them, not before
    from newsroom.checks.view import StoryView

FILE = store.FACTCHECK_FILE
VERDICTS = tuple(s.value for s in ClaimStatus if s is not ClaimStatus.UNVERIFIED)
_URL = re.compile(r"https?://\S+\.\S+")


@dataclass(frozen=True)
class NewClaim:
    text: str
    sources: tuple[str, ...]
    id: str = ""
    note: str = ""


@dataclass(frozen=True)
class Verdict:
    claim: str  # the claim's id
    status: ClaimStatus
    evidence: str = ""
    note: str = ""


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    line: int  # where the claim's text stands in story.md (0: nowhere, the claim is stale)
    column: int
    stale: bool = False  # its verdict no longer matches what it pinned: it counts as unverified


@dataclass(frozen=True)
class Suggestion:
    line: int
    column: int
    kind: str  # number, date, superlative
    what: str  # the words that make the sentence checkable
    sentence: str


@dataclass(frozen=True)
class Suggestions:
    """The statements to cover, and the story's sources a claim of them may cite."""

    statements: list[Suggestion]
    sources: tuple[str, ...]


def _where_in_factcheck(story: Story, *keys: str | int) -> int | None:
    return story.factcheck_file.where(*keys)[0] if story.factcheck_file else None


def _claim_id(text: str, taken: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())[:4] or ["claim"]
    base = "-".join(words)
    cid, n = base, 2
    while cid in taken:
        cid, n = f"{base}-{n}", n + 1
    return cid


def _quoted_once(ws: Workspace, story: Story, words: str) -> str:
    """The claim's words, refused unless they stand exactly once in the body."""
    text = " ".join(words.split())
    story_md = rel(story.slug, store.STORY_FILE)
    if not text:
        raise UsageError('give the claim\'s exact words from the body, e.g. "voted 5-2"')
    places = view_of(ws, story).occurrences(text)
    if not places:
        raise UsageError(
            f"'{text}' is not in the body; copy the words exactly as they stand in story.md",
            path=story_md,
        )
    if len(places) > 1:
        raise UsageError(
            f"'{text}' appears {len(places)} times in the body; quote more words so the "
            "claim points at one place",
            path=story_md,
        )
    return text


def _sources(story: Story) -> str:
    """The story's sources, as a claim's --source may name them."""
    ids = [s.id for s in story.sources]
    return one_of("source-id", ids) or f"add one first: newsroom source {story.slug} add ..."


def _known_sources(story: Story, cited: tuple[str, ...]) -> None:
    slug = story.slug
    if not cited:
        raise UsageError(f"name at least one source: --source <source-id> ({_sources(story)})")
    known = {s.id for s in story.sources}
    for sid in cited:
        if sid not in known:
            raise UsageError(
                f"no source '{sid}' in sources.yaml"
                + did_you_mean(sid, known, f"add it first with 'newsroom source {slug} add ...'"),
                path=rel(slug, store.SOURCES_FILE),
            )


def _refuse_quoted_twice(story: Story, text: str, but: str = "") -> None:
    for i, c in enumerate(story.claims):
        if c.id != but and " ".join(c.text.split()) == text:
            raise UsageError(
                f"claim '{c.id}' already quotes these words; nothing was changed",
                path=rel(story.slug, FILE),
                line=_where_in_factcheck(story, "claims", i, "text"),
            )


def add_claim(ws: Workspace, slug: str, new: NewClaim) -> tuple[Edited, str]:
    """Record a claim quoting the body exactly once, citing known sources; returns its id."""
    actor = _actor(ws)
    story = load_story(ws, slug)
    _refuse_uncommitted(actor, slug, FILE)
    text = _quoted_once(ws, story, new.text)
    _known_sources(story, new.sources)
    taken = {c.id for c in story.claims}
    cid = new.id or _claim_id(text, taken)
    if not ID_RE.fullmatch(cid):
        raise UsageError(f"'{cid}' is not a claim id: use lowercase letters, digits and hyphens")
    if cid in taken:
        i = next(i for i, c in enumerate(story.claims) if c.id == cid)
        raise UsageError(
            f"claim id '{cid}' is already used; pick another --id",
            path=rel(slug, FILE),
            line=_where_in_factcheck(story, "claims", i, "id"),
        )
    _refuse_quoted_twice(story, text)
    entry: dict[str, Any] = {"id": cid, "text": text, "sources": list(new.sources)}
    entry["status"] = ClaimStatus.UNVERIFIED.value
    note = spaced("the claim's note", new.note)
    if note:
        entry["note"] = note
    record = ClaimRecord(slug, claim=cid, note=note)
    edited = _commit(ws, actor, record, "claims", lambda items: items.append(entry))
    return edited, cid


@dataclass(frozen=True)
class _Actor:
    """Who is acting, in which repository."""

    repo: Repo
    person: Person
    author: Author


def _actor(ws: Workspace) -> _Actor:
    repo = ws.writer()
    person, author = ws.acting_person(repo)
    return _Actor(repo, person, author)


def _refuse_non_checker(actor: _Actor, view: StoryView, slug: str) -> None:
    """Refuse unless the acting person may decide on this story's claims."""
    person = actor.person
    if "fact-checker" not in person.roles:
        raise Refused(
            f"{person.name} is not a fact-checker; only a roster fact-checker can verify "
            "or waive claims"
        )
    if on_byline(person, view.meta.byline):
        raise Refused(
            f"{person.name} is on the byline of '{slug}'; a fact-checker who is not on the "
            "byline must verify its claims"
        )


def _refuse_uncommitted(actor: _Actor, slug: str, *names: str) -> None:
    """Refuse when the files `names` of the story have edits git does not have: a claim
    commit holds only its own change, and a verdict pins the body as committed."""
    dirty = actor.repo.dirty([rel(slug, name) for name in names])
    if not dirty:
        return
    if actor.repo.text_at("HEAD", dirty[0]) is None:
        raise Refused(
            f"{dirty[0]} is not committed yet; commit the story first (git add {rel(slug)} "
            "&& git commit); nothing was changed"
        )
    files = " ".join(dirty)
    raise Refused(
        f"{files} {'has' if len(dirty) == 1 else 'have'} uncommitted edits; a claim's record "
        "is committed on its own and a verdict pins the committed body: commit them first "
        f"(git commit {files}) or discard them (git checkout -- {files}); nothing was changed"
    )


def _commit(
    ws: Workspace,
    actor: _Actor,
    record: ClaimRecord,
    key: str,
    change: Callable[[list[dict[str, Any]]], None],
) -> Edited:
    """factcheck.yaml with `change` made to its list `key`, as one commit of that file alone
    by the acting person (signed when require_signed is on and it records a decision)."""
    slug = record.story
    shown = rel(slug, FILE)
    sign = ws.config.require_signed and bool(record.verdict or record.waived)
    if sign:
        from newsroom.services.workflow import refuse_unsignable

        refuse_unsignable(actor.repo, actor.person)
    old = store.read_side_file(ws.root, slug, FILE)
    text = store.edit_list(old, key, change, shown)
    if text == old:
        raise UsageError("this is already recorded as given; nothing was changed", path=shown)
    plan = StoryCommit(rel(slug), {shown: text}, record.message(), actor.author, sign)
    return Edited(slug, shown, actor.repo.commit_story(plan))


def verify_claim(ws: Workspace, slug: str, verdict: Verdict) -> Edited:
    """Record the acting fact-checker's verdict on a claim, pinning the words it covers."""
    actor = _actor(ws)
    story = load_story(ws, slug)
    view = view_of(ws, story)
    _refuse_non_checker(actor, view, slug)
    _refuse_uncommitted(actor, slug, FILE, store.STORY_FILE)
    if verdict.status is ClaimStatus.UNVERIFIED:
        raise UsageError(f"give a verdict: --status {'|'.join(VERDICTS)}")
    index = next((i for i, c in enumerate(story.claims) if c.id == verdict.claim), None)
    if index is None:
        raise UsageError(_no_claim(story, verdict.claim), path=rel(slug, FILE))
    claim = story.claims[index]
    if not view.claim_places[claim.id]:
        raise UsageError(
            f"claim '{claim.id}' quotes words no longer in the body; fix its text first",
            path=rel(slug, FILE),
            line=_where_in_factcheck(story, "claims", index, "text"),
        )
    if verdict.evidence and not _URL.fullmatch(verdict.evidence):
        raise UsageError(f"'{verdict.evidence}' is not a URL; give --evidence https://...")
    pin = view.claim_pin(claim.text)
    note = spaced("the verdict's note", verdict.note)

    def change(items: list[dict[str, Any]]) -> None:
        entry = items[index]
        entry["status"] = verdict.status.value
        entry["checked_by"] = actor.person.id
        entry["verified_hash"] = pin
        if verdict.evidence:
            entry["evidence"] = verdict.evidence
        if note:
            entry["note"] = note

    record = ClaimRecord(slug, claim.id, verdict.status.value, note=note)
    return _commit(ws, actor, record, "claims", change)


def waive(ws: Workspace, slug: str, text: str, reason: str) -> Edited:
    """Record that a checkable statement needs no claim, and why (the acting fact-checker)."""
    actor = _actor(ws)
    story = load_story(ws, slug)
    view = view_of(ws, story)
    _refuse_non_checker(actor, view, slug)
    _refuse_uncommitted(actor, slug, FILE)
    words = " ".join(text.split())
    if not words or not view.occurrences(words):
        raise UsageError(
            f"'{words}' is not in the body; copy the words exactly as they stand in story.md",
            path=rel(slug, store.STORY_FILE),
        )
    if len(reason.split()) < 3:
        raise UsageError("say why no claim is needed: --reason '...' (a few words at least)")
    if any(" ".join(w.text.split()) == words for w in story.waivers):
        raise UsageError(f"'{words}' is already waived; nothing was changed", path=rel(slug, FILE))
    entry = {"text": words, "reason": spaced("the waiver's reason", reason)}
    record = ClaimRecord(slug, waived=words, note=entry["reason"])
    return _commit(ws, actor, record, "waivers", lambda items: items.append(entry))


@dataclass(frozen=True)
class ClaimChange:
    """What `claim edit` changes: each part given (None: left as it is)."""

    claim: str  # the claim's id
    text: str | None = None
    sources: tuple[str, ...] | None = None
    note: str | None = None


def _claim_index(story: Story, cid: str) -> int:
    index = next((i for i, c in enumerate(story.claims) if c.id == cid), None)
    if index is None:
        raise UsageError(_no_claim(story, cid), path=rel(story.slug, FILE))
    return index


def _no_claim(story: Story, cid: str) -> str:
    return f"no claim '{cid}'" + did_you_mean(
        cid, [c.id for c in story.claims], f"'newsroom claim {story.slug} list' shows the claims"
    )


def edit_claim(ws: Workspace, slug: str, change: ClaimChange) -> Edited:
    """Change a claim's words, sources or note. Its verdict is kept as it was: the words it
    pinned are no longer the claim's, so it turns stale (`checks.pins`) until a fact-checker
    verifies the claim again."""
    actor = _actor(ws)
    story = load_story(ws, slug)
    _refuse_uncommitted(actor, slug, FILE)
    index = _claim_index(story, change.claim)
    if change.text is None and change.sources is None and change.note is None:
        raise UsageError(
            f"say what to change: --text '...', --source <source-id> or --note '...' "
            f"({_sources(story)}; see 'newsroom claim {slug} edit --help')"
        )
    if change.text is not None or change.sources is not None:  # a note is not checked content
        refuse_after_fact_check(story, "claims")
    entry: dict[str, Any] = {}
    if change.text is not None:
        entry["text"] = _quoted_once(ws, story, change.text)
        _refuse_quoted_twice(story, entry["text"], but=change.claim)
    if change.sources is not None:
        _known_sources(story, change.sources)
        entry["sources"] = list(dict.fromkeys(change.sources))
    if change.note is not None:
        entry["note"] = spaced("the claim's note", change.note)

    def edit(items: list[dict[str, Any]]) -> None:
        set_entry(items, index, {k: v for k, v in {**items[index], **entry}.items() if v != ""})

    record = ClaimRecord(slug, claim=change.claim, action="edited", note=entry.get("note", ""))
    return _commit(ws, actor, record, "claims", edit)


def remove_claim(ws: Workspace, slug: str, cid: str) -> Edited:
    """Take a claim off the story. A claim a fact-checker has ruled on is theirs to remove:
    taking it away takes the verdict back, which only a fact-checker off the byline may."""
    actor = _actor(ws)
    story = load_story(ws, slug)
    _refuse_uncommitted(actor, slug, FILE)
    index = _claim_index(story, cid)
    refuse_after_fact_check(story, "claims")
    claim = story.claims[index]
    person = actor.person
    may = "fact-checker" in person.roles and not on_byline(person, story.meta.byline)
    if claim.status is not ClaimStatus.UNVERIFIED and not may:  # it carries a verdict
        checkers = [
            p.name
            for p in ws.config.people
            if "fact-checker" in p.roles and not on_byline(p, story.meta.byline)
        ]
        raise Refused(
            f"claim '{cid}' carries a verdict ({claim.status.value}, by "
            f"{claim.checked_by or 'no one named'}); only a fact-checker not on the byline "
            "can take it back by removing the claim (here: "
            f"{', '.join(checkers) or 'no one on the roster'}); nothing was changed"
        )

    def drop(items: list[dict[str, Any]]) -> None:
        del items[index]

    record = ClaimRecord(slug, claim=cid, action="removed")
    return _commit(ws, actor, record, "claims", drop)


def claim_rows(ws: Workspace, slug: str) -> list[ClaimRow]:
    """Every claim with where its text stands in story.md (line 0: stale) and whether its
    verdict still stands."""
    story = load_story(ws, slug)
    view = view_of(ws, story)
    rows = []
    stale = view.stale_verdicts
    for claim in story.claims:
        places = view.claim_places[claim.id]
        line, column = view.prose[places[0][0]].position(places[0][1]) if places else (0, 0)
        rows.append(ClaimRow(claim, line, column, claim.id in stale))
    return rows


def suggest(ws: Workspace, slug: str) -> Suggestions:
    """Checkable statements in the body that no claim or waiver covers yet."""
    story = load_story(ws, slug)
    view = view_of(ws, story)
    out = []
    from newsroom.checks.factcheck import uncovered

    for para, facts, s in uncovered(view):
        first = min(s.checkable, key=lambda m: m.start)
        line, column = para.position(first.start)
        what = ", ".join(dict.fromkeys(facts.text[m.start : m.end] for m in s.checkable))
        out.append(Suggestion(line, column, first.kind, what, s.text))
    return Suggestions(out, tuple(s.id for s in story.sources))
