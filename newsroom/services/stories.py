"""Filing a new story, the status board, and one story's card."""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.errors import NewsroomError, UsageError
from newsroom.models import ClaimStatus, Finding, Person, Severity, Stage, Story
from newsroom.repo import Repo, StoryCommit
from newsroom.services import cache
from newsroom.services import signoff as rules
from newsroom.services.checking import CheckRequest, StoryResult, run_checks
from newsroom.services.contributions import byline_names, one_line
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store import yamlio


@dataclass(frozen=True)
class NewStory:
    slug: str
    headline: str
    dek: str = ""
    byline: tuple[str, ...] = ()
    desk: str = ""
    type: str = "news"


def story_text(new: NewStory) -> str:
    front = {
        "headline": new.headline,
        "dek": new.dek,
        "byline": list(new.byline),
        "desk": new.desk,
        "stage": Stage.DRAFT.value,
        "type": new.type,
        "dateline": "",
        "images": [],
    }
    return store.new_story_text(front, "TK: write the story here.\n")


def create(ws: Workspace, new: NewStory) -> Path:
    """Write the story folder and commit it, as one journaled commit (a kill or a failure
    leaves no story or the whole story, committed)."""
    store.check_new_slug(new.slug)
    repo = ws.writer()
    person, author = ws.acting_person(repo)
    folder = ws.root / store.STORIES_DIR / new.slug
    refuse_taken(ws, repo, new.slug, "pick another slug")
    if not new.headline.strip():
        raise UsageError("give the story a headline: --headline '...'")
    for what, value in (
        ("headline", new.headline),
        ("dek", new.dek),
        ("desk", new.desk),
        ("type", new.type),
    ):
        one_line(f"the {what}", value)
    byline_names(ws, new.byline)
    byline = new.byline or (person.id,)
    files = {
        store.STORY_FILE: story_text(
            NewStory(new.slug, new.headline, new.dek, byline, new.desk, new.type)
        ),
        store.CREDITS_FILE: yamlio.dump(
            {
                "contributors": [
                    {"name": _name(ws, b), "role": "reporting", **_person(ws, b)} for b in byline
                ]
            }
        ),
        store.SOURCES_FILE: "sources: []\n",
        store.FACTCHECK_FILE: "claims: []\n",
        "media/.gitkeep": "",
    }
    rel = f"{store.STORIES_DIR}/{new.slug}"
    message = f"newsroom: new story {new.slug}\n\nNewsroom-Story: {new.slug}"
    texts = {f"{rel}/{name}": text for name, text in files.items()}
    repo.commit_story(StoryCommit(rel, texts, message, author))
    return folder


def refuse_taken(ws: Workspace, repo: Repo, slug: str, what_to_do: str) -> None:
    """Refuse a slug a story has: its folder is there, or history holds one whose deletion
    is not committed (a new story would be written over it, beside what was deleted)."""
    rel = f"{store.STORIES_DIR}/{slug}"
    folder = ws.root / rel
    if folder.exists() or folder.is_symlink():
        raise UsageError(f"story '{slug}' already exists; {what_to_do}", path=rel)
    if repo.dirty([rel]):
        raise UsageError(
            f"story '{slug}' was deleted, but the deletion is not committed; commit it (git "
            f"commit {rel}) or bring the story back (git restore --staged --worktree {rel}), "
            f"or {what_to_do}",
            path=rel,
        )


def _name(ws: Workspace, entry: str) -> str:
    person = ws.config.person(entry)
    return person.name if person else entry


def _person(ws: Workspace, entry: str) -> dict[str, str]:
    person = ws.config.person(entry)
    return {"person": person.id} if person else {}


@dataclass(frozen=True)
class BoardRow:
    slug: str
    stage: Stage | None
    headline: str
    byline: tuple[str, ...]
    blockers: int
    todo: int
    changed: str
    changed_by: str
    holder: str
    problem: str = ""
    blocking: tuple[str, ...] = ()  # the checks whose errors block it, once each
    desk: str = ""
    stuck: str = ""  # why no one may ever sign it off as things stand, and what to do


OFF_THE_BOARD = (Stage.PUBLISHED, Stage.KILLED)


@dataclass(frozen=True)
class BoardFilter:
    """Which stories the board lists. By default every story still being worked on: the
    published and killed ones leave it (`everything` brings them back; naming their stage
    in `stages` shows them too)."""

    stages: tuple[Stage, ...] = ()
    desk: str = ""
    mine: bool = False  # on the byline of the acting person, or waiting for their sign-off
    blocked: bool = False  # only stories whose gates have errors
    everything: bool = False


@dataclass(frozen=True)
class Board:
    rows: tuple[BoardRow, ...]
    stages: dict[str, str] = field(default_factory=dict)  # every story's stage, '' unreadable

    def counts(self) -> dict[str, int]:
        """How many stories of the newsroom (not only those listed) are at each stage."""
        out = {s.value: 0 for s in Stage}
        for stage in self.stages.values():
            key = stage or "unreadable"
            out[key] = out.get(key, 0) + 1
        return out


def _errors(findings: tuple[Finding, ...], blocking: bool) -> int:
    return sum(1 for f in findings if f.blocking == blocking and f.severity is Severity.ERROR)


def holder(ws: Workspace, slug: str, stage: Stage | None, byline: tuple[str, ...]) -> str:
    """Who has to act next on a story in `stage`, by name: its byline reporters for a draft,
    else whoever may sign it off ('any editor' when that is more than a few people)."""
    if stage is None or stage.next() is None:
        return "-"
    people = rules.signers(ws.config, slug, stage, byline)
    if not people:
        return "no one"
    if stage is Stage.DRAFT:
        mine = [p for p in people if rules.on_byline(p, byline)]
        people = tuple(mine) or people
    if len(people) > _NAMED:
        owners = ws.config.stage_owners.get(stage, (rules.EDITOR,))
        return "any " + " or ".join(o.removeprefix("byline:") for o in owners)
    return " or ".join(p.name for p in people)


_NAMED = 3  # more people than this who may sign: the board names the role


def board(ws: Workspace, wanted: BoardFilter = BoardFilter()) -> Board:
    """The stories `wanted` asks for with their stage, blockers, last change and who holds
    them: every story's stage (from the stage cache), then one check pass and one bounded
    `git log` over the stories listed only."""
    slugs = store.list_slugs(ws.root)
    stages = cache.stages(ws.root, slugs, functools.partial(_stage_of, ws))
    listed = [s for s in slugs if _listed(stages[s], wanted)]
    report = run_checks(ws.config, CheckRequest(tuple(listed)))
    changes: dict[str, tuple[str, str, str]] = {}
    if listed:
        with contextlib.suppress(NewsroomError):  # no git yet: no last changes to show
            changes = ws.repo().last_changes(store.STORIES_DIR, listed)
    me = ws.acting_person(ws.repo())[0] if wanted.mine else None
    rows = []
    for result in report.results:
        date, who, _ = changes.get(result.slug, ("", "", ""))
        row = _row(ws, result, date, who)
        if _kept(ws, row, wanted, me):
            rows.append(row)
    return Board(tuple(rows), stages)


def _stage_of(ws: Workspace, slug: str) -> str:
    try:
        return store.read_story(ws.root, slug).meta.stage.value
    except NewsroomError:
        return ""


def _listed(stage: str, wanted: BoardFilter) -> bool:
    if wanted.stages:
        return stage in {s.value for s in wanted.stages}
    return wanted.everything or stage not in {s.value for s in OFF_THE_BOARD}


def _row(ws: Workspace, result: StoryResult, date: str, who: str) -> BoardRow:
    blocking = [f for f in result.findings if f.blocks]
    return BoardRow(
        result.slug,
        result.stage,
        result.headline,
        result.byline,
        len(blocking),
        _errors(result.findings, False),
        date[:16].replace("T", " "),
        who,
        holder(ws, result.slug, result.stage, result.byline),
        result.problem,
        tuple(dict.fromkeys(f.check for f in blocking)),
        result.desk,
        rules.never_moves(ws.config, result.slug, result.stage, result.byline)
        if result.stage
        else "",
    )


def _kept(ws: Workspace, row: BoardRow, wanted: BoardFilter, me: Person | None) -> bool:
    if wanted.desk and row.desk.lower() != wanted.desk.lower():
        return False
    if wanted.blocked and not (row.blockers or row.problem):
        return False
    if me is not None:
        signers = rules.signers(ws.config, row.slug, row.stage, row.byline) if row.stage else ()
        return rules.on_byline(me, row.byline) or me in signers
    return True


def _stale_verdicts(ws: Workspace, story: Story) -> frozenset[str]:
    """The ids of the story's claims whose verdict no longer stands. Only a verdict can
    be stale, so a story whose claims have none (every draft) is answered without reading
    its sentences, and without loading the checks' rules, which a result from the cache
    spares the rest of the card."""
    from newsroom.checks import pins

    if not any(pins.has_verdict(c) for c in story.claims):
        return frozenset()
    from newsroom.checks.view import Roster, StoryView

    view = StoryView(story, ws.config.checks, Roster.of(ws.config), ws.config.credit_roles)
    return view.stale_verdicts


@dataclass(frozen=True)
class Card:
    slug: str
    stage: Stage
    next_stage: Stage | None
    signers: str
    headline: str
    dek: str
    byline: tuple[str, ...]
    desk: str
    type: str
    images: int
    sources: int
    claims: int
    claims_verified: int  # verified, and the verdict still stands
    claims_stale: int  # with a verdict that no longer matches what it pinned
    findings: tuple[Finding, ...]
    stuck: str = ""  # why no one may ever sign it off as things stand, and what to do


def card(ws: Workspace, slug: str) -> Card:
    story = store.read_story(ws.root, slug)
    # the request `newsroom check SLUG` makes: an unchanged story's findings come from the
    # result cache, and the card loads no check
    (result,) = run_checks(ws.config, CheckRequest((slug,))).results
    meta = story.meta
    stale = _stale_verdicts(ws, story)
    verified = sum(
        1 for c in story.claims if c.status is ClaimStatus.VERIFIED and c.id not in stale
    )
    return Card(
        slug=slug,
        stage=meta.stage,
        next_stage=meta.stage.next(),
        signers=holder(ws, slug, meta.stage, meta.byline),
        headline=meta.headline,
        dek=meta.dek,
        byline=meta.byline,
        desk=meta.desk,
        type=meta.type,
        images=len(meta.images),
        sources=len(story.sources),
        claims=len(story.claims),
        claims_verified=verified,
        claims_stale=len(stale),
        findings=result.findings,
        stuck=rules.never_moves(ws.config, slug, meta.stage, meta.byline),
    )
