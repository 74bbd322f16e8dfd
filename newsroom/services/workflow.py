"""Moving stories between stages: advance, return, publish, kill and correct.

Each is a sign-off: it checks who is acting and what the story's gate says, then writes one
commit that touches only that story, authored by the signer, with the trailers of
`signoff.SignOff`. Anything refused is refused before a byte is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from newsroom.english import counted
from newsroom.errors import GateFailed, InputError, NewsroomError, Refused, UsageError
from newsroom.models import GATES, Person, Stage, Story, only_added
from newsroom.repo import Author, Repo, StoryCommit
from newsroom.services import signoff as rules
from newsroom.services.checking import check_story, select_checks
from newsroom.services.contributions import NOT_ONE_LINE
from newsroom.services.signoff import Action, SignOff
from newsroom.services.workspace import Workspace
from newsroom.store import media
from newsroom.store import stories as store
from newsroom.store.content import content_hash

CONTENT_CHANGED = "signoff.content-changed"  # the check a correction is allowed to fail

# The seam for rendering a page when a story is published: given the story, the files
# (paths relative to the story folder -> text) to add to the publishing commit.
PageRenderer = Callable[[Story], Mapping[str, str]]


def no_page(story: Story) -> Mapping[str, str]:
    """Publish without rendering a page (the default until a renderer is configured)."""
    return {}


@dataclass(frozen=True)
class Outcome:
    """A sign-off that was made: what it said and the commit that records it."""

    signoff: SignOff
    commit: str
    signer: str
    tag: str = ""


@dataclass(frozen=True)
class _Context:
    repo: Repo
    person: Person
    author: Author
    story: Story

    @property
    def folder(self) -> str:
        return f"{store.STORIES_DIR}/{self.story.slug}"

    @property
    def story_md(self) -> str:
        return f"{self.folder}/{store.STORY_FILE}"

    def with_stage(self, stage: Stage, fact_checked: str | None = None) -> str:
        """story.md's text with only its stage (and the fact-check pin, if given) changed."""
        return store.with_stage(self.story.raw, stage, self.story_md, fact_checked)


def said(text: str, option: str, what: str) -> str:
    """`text` (a note or reason given as `option`) as one line of words, or a UsageError
    saying `what` it must say: readers and `history` are shown it, so it is never blank, nor
    letters that invisible characters (zero-width, direction marks) or escapes hide."""
    line = rules.one_line(text)
    if not any(unicodedata.category(c)[0] in "LN" for c in line):
        raise UsageError(f"say {what} in words: {option} '...'; nothing was changed")
    if NOT_ONE_LINE.search(line):  # (its line breaks are spaces by now: what is left is no text)
        raise UsageError(
            f"{option} holds a control character (a terminal escape, or a mark that turns "
            "text around); type it in plain characters; nothing was changed"
        )
    return line


def _context(ws: Workspace, slug: str) -> _Context:
    repo = ws.writer()
    person, author = ws.acting_person(repo)
    store.check_slug(slug)
    story = store.read_story(ws.root, slug)
    return _Context(repo, person, author, story)


def _pinned(ctx: _Context) -> str:
    """The content hash a sign-off pins; refused while an image is a link, whose target's
    bytes the files give but whose link git records, so the two would never agree."""
    for image in ctx.story.meta.images:
        inside = media.inside_name(image.file)
        if inside and (ctx.story.folder / inside).is_symlink():
            raise UsageError(
                "is a link, not the image: a sign-off pins an image's own bytes; put the "
                f'file itself there (cp --remove-destination "$(readlink -f {ctx.folder}/'
                f'{inside})" {ctx.folder}/{inside}), commit it, and try again; nothing was '
                "changed",
                path=f"{ctx.folder}/{inside}",
            )
    return content_hash(ctx.story)


def _refuse_dirty(ctx: _Context) -> None:
    dirty = ctx.repo.dirty([ctx.folder])
    if dirty:
        raise Refused(
            f"{ctx.story.slug} has uncommitted edits ({dirty[0]}"
            f"{f' and {len(dirty) - 1} more' if len(dirty) > 1 else ''}); a sign-off signs "
            "exactly what is committed: commit or discard them first",
            path=ctx.folder,
        )


def _refuse_objection(
    ws: Workspace, ctx: _Context, signoff: SignOff, fact_checker: str = ""
) -> None:
    found = rules.objection(
        ws.config, ctx.person, ctx.author.email, signoff, ctx.story.meta.byline, fact_checker
    )
    if found is not None:
        meta = ctx.story.meta
        stuck = rules.never_moves(ws.config, ctx.story.slug, signoff.signed_stage, meta.byline)
        moving = signoff.action in (Action.ADVANCE, Action.PUBLISH)
        never = f"; no one can: {stuck}" if stuck and moving else ""
        raise Refused(found.message + never + "; nothing was changed")


def _refuse_failing_gate(
    ws: Workspace,
    ctx: _Context,
    stage: Stage,
    exempt: frozenset[str] = frozenset(),
    refused: str = "",
) -> None:
    """Refuse when the story's gates up to `stage` have errors (other than `exempt`);
    `refused` says what cannot be done (default: leaving `stage`)."""
    result = check_story(ws.config, ctx.story.slug, select_checks((), ()), asked=stage)
    if result.problem:
        raise InputError(result.problem)
    errors = [f for f in result.findings if f.blocks and f.check not in exempt]
    if errors:
        raise GateFailed(
            f"{ctx.story.slug} {refused or f'cannot leave {stage.value}'}: "
            f"{counted(len(errors), 'error')} {'remains' if len(errors) == 1 else 'remain'} "
            "in its gates; fix them (see above) and try again; nothing was changed",
            result.findings,
        )


def _sign(
    ws: Workspace,
    ctx: _Context,
    signoff: SignOff,
    text: str,
    *,
    extra: Mapping[str, str] | None = None,
    tag: str = "",
    include_worktree: bool = False,
    allow_empty: bool = False,
) -> Outcome:
    sign = ws.config.require_signed
    if sign:
        refuse_unsignable(ctx.repo, ctx.person)
    texts = {f"{ctx.folder}/{store.STORY_FILE}": text}
    texts |= {f"{ctx.folder}/{name}": body for name, body in (extra or {}).items()}
    plan = StoryCommit(
        ctx.folder, texts, signoff.message(), ctx.author, sign, include_worktree, tag, allow_empty
    )
    return Outcome(signoff, ctx.repo.commit_story(plan), ctx.person.name, tag)


def refuse_unsignable(repo: Repo, person: Person) -> None:
    """With require_signed, refuse before writing unless git will sign with the roster key
    of `person` (for sign-offs and for claim verdicts alike)."""
    listed = _key_id(person.signing_key)
    if not listed:
        raise Refused(
            f"require_signed is on and {person.name} has no signing_key in newsroom.yaml; "
            f"ask an editor to add your SSH public key (newsroom person edit {person.id} "
            '--signing-key "$(cat ~/.ssh/id_ed25519.pub)"); nothing was changed'
        )
    configured = _key_id(repo.signing_key())
    if not configured:
        raise Refused(
            "require_signed is on and git has no SSH signing key; run 'git config "
            "user.signingkey ~/.ssh/id_ed25519.pub' (the key listed for you in "
            "newsroom.yaml); nothing was changed"
        )
    if configured != listed:
        raise Refused(
            f"git's user.signingkey is not the key listed for {person.name} in "
            "newsroom.yaml; sign with your own roster key; nothing was changed"
        )


def _key_id(key: str) -> str:
    """'type base64' of an SSH public key line, without its comment."""
    return " ".join(key.split()[:2])


# --- the commands


def advance(ws: Workspace, slug: str, note: str = "") -> Outcome:
    """Sign off the story's current stage and move it to the next one."""
    note = said(note, "--note", "what the note is about") if note.strip() else ""
    ctx = _context(ws, slug)
    stage = ctx.story.meta.stage
    if stage is Stage.PUBLISH:
        raise Refused(
            f"{slug} is ready to publish; an editor publishes it: newsroom publish {slug}"
        )
    if stage not in GATES:
        raise Refused(f"{slug} is {stage.value}; there is no stage after that")
    nxt = stage.next()
    assert nxt is not None
    _refuse_dirty(ctx)
    pin = _pinned(ctx) if stage is Stage.FACT_CHECK else ""
    signoff = SignOff(slug, Action.ADVANCE, stage, nxt, pin, note)
    _refuse_objection(ws, ctx, signoff)
    _refuse_failing_gate(ws, ctx, stage)
    return _sign(ws, ctx, signoff, ctx.with_stage(nxt, pin or None))


@dataclass(frozen=True)
class FactCheck:
    """The newest fact-check sign-off of a story: who signed it and the content hash pinned."""

    commit: str
    signer_email: str
    content_hash: str


def last_fact_check(repo: Repo, slug: str) -> FactCheck | None:
    for sha, author, _, found in _signoffs(repo, slug):
        if found.action is Action.ADVANCE and found.from_stage is Stage.FACT_CHECK:
            return FactCheck(sha, author.email, found.content_hash)
    return None


@dataclass(frozen=True)
class Departure:
    """The newest sign-off that moved a story out of a stage, and the commit that records it."""

    commit: str
    signer: Author
    date: str  # ISO 8601, as git gives it
    signoff: SignOff


def last_departure(repo: Repo, slug: str, stage: Stage) -> Departure | None:
    """The newest advance or publish sign-off of `slug` that moved it out of `stage`."""
    for sha, author, date, found in _signoffs(repo, slug):
        if found.action in (Action.ADVANCE, Action.PUBLISH) and found.from_stage is stage:
            return Departure(sha, author, date, found)
    return None


def _signoffs(repo: Repo, slug: str) -> Iterator[tuple[str, Author, str, SignOff]]:
    """The sign-offs of `slug`, newest first: (commit, author, date, what it says)."""
    for entry in repo.history(paths=[f"{store.STORIES_DIR}/{slug}"], reverse=False):
        try:
            found = rules.parse(entry.message)
        except rules.MalformedSignOff:
            continue
        if found is not None and found.story == slug:
            yield entry.sha, entry.author, entry.date, found


def publish(
    ws: Workspace, slug: str, now: datetime | None = None, render: PageRenderer = no_page
) -> Outcome:
    """Publish a story at the publish stage: every gate passes, content is as fact-checked,
    the embargo has passed. Tags the commit published/SLUG."""
    ctx = _context(ws, slug)
    stage = ctx.story.meta.stage
    if stage is not Stage.PUBLISH:
        raise Refused(
            f"{slug} is {stage.value}, not ready to publish; it must be signed off through "
            "each stage first (newsroom advance)"
        )
    _refuse_dirty(ctx)
    checked = last_fact_check(ctx.repo, slug)
    checker = ws.config.person_by_email(checked.signer_email) if checked else None
    signoff = SignOff(slug, Action.PUBLISH, stage, Stage.PUBLISHED, _pinned(ctx))
    _refuse_objection(ws, ctx, signoff, checker.id if checker else "")
    if checked is None or not checked.content_hash:
        raise Refused(
            f"no fact-check sign-off of {slug} in the history; return it to fact-check "
            f"(newsroom return {slug} --to fact-check --reason ...) so it is checked"
        )
    if checked.content_hash != signoff.content_hash:
        raise Refused(
            f"{slug} changed after its fact-check sign-off ({checked.commit[:10]}): headline, "
            "dek, body, captions or claims differ from what was checked; return it to "
            f"fact-check (newsroom return {slug} --to fact-check --reason ...) so the changed "
            "claims are re-verified; nothing was changed"
        )
    _refuse_failing_gate(ws, ctx, stage)
    embargo = ctx.story.meta.embargo
    moment = now or datetime.now(UTC)
    if embargo is not None and ctx.story.meta.held_at(moment):
        raise Refused(
            f"{slug} is under embargo until {embargo.isoformat()}; publish it after that, or "
            f"lift the embargo first (newsroom embargo {slug} clear)"
        )
    tag = f"published/{slug}"
    if ctx.repo.tag_exists(tag):
        raise Refused(f"tag {tag} already exists; {slug} was published before")
    page = render(ctx.story)
    return _sign(ws, ctx, signoff, ctx.with_stage(Stage.PUBLISHED), extra=page, tag=tag)


@dataclass(frozen=True)
class DueRun:
    """What `publish --due` did: the stories it published and the ones it could not."""

    published: tuple[Outcome, ...]
    refused: tuple[tuple[str, str], ...]  # (slug, one-line reason)


def publish_due(ws: Workspace, now: datetime | None = None) -> DueRun:
    """Publish every story waiting at the publish stage whose embargo has passed."""
    moment = now or datetime.now(UTC)
    ws.writer()  # an interrupted sign-off is finished before the stories are read
    done, refused = [], []
    for slug in store.list_slugs(ws.root):
        try:
            meta = store.read_story(ws.root, slug).meta
        except NewsroomError as exc:
            refused.append((slug, exc.one_line()))
            continue
        if meta.stage is not Stage.PUBLISH or meta.embargo is None or meta.held_at(moment):
            continue
        try:
            done.append(publish(ws, slug, moment))
        except NewsroomError as exc:
            refused.append((slug, exc.one_line()))
    return DueRun(tuple(done), tuple(refused))


def return_to(ws: Workspace, slug: str, to: str, reason: str) -> Outcome:
    """Send a story back to an earlier stage, with the reason."""
    reason = said(reason, "--reason", "why the story goes back")
    names = [g.value for g in GATES]
    if to not in names:
        raise UsageError(f"'{to}' is not a stage to return to; use one of: {', '.join(names)}")
    ctx = _context(ws, slug)
    stage, target = ctx.story.meta.stage, Stage(to)
    signoff = SignOff(slug, Action.RETURN, stage, target, note=reason)
    problem = rules.transition_problem(Action.RETURN, stage, target)
    if problem:
        raise Refused(f"{problem}; {slug} is {stage.value}")
    _refuse_dirty(ctx)
    _refuse_objection(ws, ctx, signoff)
    return _sign(ws, ctx, signoff, ctx.with_stage(target))


def kill(ws: Workspace, slug: str, reason: str) -> Outcome:
    """Kill a story (spike a draft, or withdraw a published story), with the reason."""
    reason = said(reason, "--reason", "why the story is killed")
    ctx = _context(ws, slug)
    stage = ctx.story.meta.stage
    if stage is Stage.KILLED:
        raise Refused(f"{slug} is already killed")
    signoff = SignOff(slug, Action.KILL, stage, Stage.KILLED, note=reason)
    _refuse_dirty(ctx)
    _refuse_objection(ws, ctx, signoff)
    return _sign(ws, ctx, signoff, ctx.with_stage(Stage.KILLED))


def repair(ws: Workspace, slug: str, to: str, reason: str) -> Outcome:
    """An editor's way back after a change no one was allowed to make (a hand-edited stage,
    a forged verdict): set the story's stage to `to` and vouch for the story as it now is.

    `verify` then takes this commit as the story's new honest state, and says who repaired
    it and why."""
    reason = said(reason, "--reason", "what is being repaired and why")
    try:
        target = Stage(to)
    except ValueError:
        names = ", ".join(s.value for s in Stage)
        raise UsageError(f"'{to}' is not a stage; use one of: {names}") from None
    ctx = _context(ws, slug)
    signoff = SignOff(slug, Action.REPAIR, ctx.story.meta.stage, target, note=reason)
    _refuse_dirty(ctx)
    _refuse_objection(ws, ctx, signoff)
    # past fact-check, the editor vouches for the content as it is now
    pin = _pinned(ctx) if target in (Stage.PUBLISH, Stage.PUBLISHED) else None
    return _sign(ws, ctx, signoff, ctx.with_stage(target, pin), allow_empty=True)


def _refuse_taking_back(ctx: _Context) -> None:
    """Refuse a correction whose folder drops or rewrites a correction already made (the
    page would stop showing it): a correction only adds its own note."""
    committed = ctx.repo.text_at("HEAD", ctx.story_md)
    if committed is None:
        return
    made = store.read_front(committed, ctx.story_md)[0].corrections
    if not only_added(made, ctx.story.meta.corrections):
        raise Refused(
            f"{ctx.story_md} drops or rewrites a correction already made; put it back as "
            f"'git show HEAD:{ctx.story_md}' has it (a correction only adds its own note); "
            "nothing was changed"
        )


def correct(ws: Workspace, slug: str, note: str, now: datetime | None = None) -> Outcome:
    """Record a correction to a published story: the folder's edits plus the correction note."""
    note = said(note, "--note", "what was corrected")
    ctx = _context(ws, slug)
    if ctx.story.meta.stage is not Stage.PUBLISHED:
        raise Refused(
            f"{slug} is {ctx.story.meta.stage.value}; only a published story is corrected "
            "(edit it and sign it off as usual)"
        )
    signoff = SignOff(slug, Action.CORRECT, Stage.PUBLISHED, Stage.PUBLISHED, note=note)
    _refuse_objection(ws, ctx, signoff)
    _refuse_taking_back(ctx)
    # The content differs from the fact-check pin (that is what a correction records), and
    # a correction may change a sentence a verdict covers (it often corrects a fact): the
    # verdict turns stale and CI asks a fact-checker to verify it again once the correction
    # is committed, which only then can be done.
    from newsroom.checks.factcheck import stale_verdict

    _refuse_failing_gate(
        ws,
        ctx,
        Stage.PUBLISH,
        exempt=frozenset({stale_verdict.id, CONTENT_CHANGED}),
        refused="cannot be corrected",
    )
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = store.with_correction(ctx.story.raw, when, rules.one_line(note), ctx.story_md)
    # the corrected content is what the editor signs for: the new fact-check pin
    text = store.with_fact_check_pin(text, _pinned(ctx), ctx.story_md)
    return _sign(ws, ctx, signoff, text, include_worktree=True)
