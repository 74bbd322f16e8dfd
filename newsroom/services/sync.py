"""`sync`: pull with rebase and push, retrying while the remote moves, never losing a sign-off.

When someone else signed off a story on the remote while this clone signed it off too, the
story moved under our sign-off: ours is no longer true. This clone's unpushed commits are
kept on a branch, the clone is reset to the remote, and the person is told what happened.

Nothing the person has not committed is ever overwritten: sync refuses, changing nothing, while
they have uncommitted edits to tracked files, a file git does not track (or ignores) where the
remote has one, or too little room on the disk for the remote's files, and says which.

A published/ tag stays with its publication: it follows the copy a rebase makes of the
commit (and is pushed with it), and goes with a commit a clash keeps aside. Both are settled
again first thing, so a sync killed in between is finished by the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsroom.errors import Conflict, GitError, InputError, Refused
from newsroom.models import Stage, StoryMeta
from newsroom.repo import LogEntry, Repo
from newsroom.services import signoff as rules
from newsroom.services.signoff import SignOff
from newsroom.services.verify import verify
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store.config import CONFIG_FILE, read_config
from newsroom.store.merge import merge

PUBLISHED_TAGS = "published/"
KEPT = "newsroom/unsynced-"  # branches holding the commits of a clash


@dataclass(frozen=True)
class SyncResult:
    remote: str
    branch: str
    pulled: int
    pushed: int
    attempts: int


@dataclass(frozen=True)
class _Theirs:
    who: str
    signoff: SignOff | None


def sync(ws: Workspace, attempts: int = 5) -> SyncResult:
    """Bring this clone and its remote together: rebase our commits on theirs, then push."""
    repo = ws.writer()
    edits = repo.tracked_changes()
    if edits:
        raise Refused(
            f"uncommitted edits ({edits[0]}{' ...' if len(edits) > 1 else ''}); commit or "
            "discard them before syncing"
        )
    remote, branch = repo.upstream()
    _settle_tags(repo, _tracking(repo, remote, branch))  # after a sync killed midway
    pulled = 0
    for attempt in range(1, attempts + 1):
        repo.fetch(remote)
        upstream = _tracking(repo, remote, branch)
        theirs = repo.commits(f"HEAD..{upstream}") if upstream else []
        if theirs:
            _refuse_overwrite(repo, upstream)
            repo.room_for(upstream)
            _refuse_clash(repo, upstream, remote)
            _refuse_late_embargo(repo, upstream, remote)
            if not repo.rebase(upstream, merge):
                raise Conflict(
                    f"your commits and the ones on {remote}/{branch} change the same lines; "
                    "nothing was changed here. Resolve it by hand: git pull --rebase"
                )
            _settle_tags(repo, upstream)
            _refuse_unsound(ws, repo, upstream, remote)
            pulled += len(theirs)
        ours = repo.commits(f"{upstream}..HEAD") if upstream else repo.commits("HEAD")
        if not ours:
            return SyncResult(remote, branch, pulled, 0, attempt)
        if not theirs and upstream and CONFIG_FILE in repo.touched_paths(f"{upstream}..HEAD"):
            # a roster change rebased by an earlier sync that was stopped, or by hand: it
            # must hold before it leaves the clone, as if this sync had rebased it
            _refuse_unsound(ws, repo, upstream, remote)
        tags = [t for t, sha in repo.tags_under(PUBLISHED_TAGS).items() if sha in set(ours)]
        if repo.push(remote, branch, tags):
            return SyncResult(remote, branch, pulled, len(ours), attempt)
    raise Conflict(
        f"{remote}/{branch} kept moving while syncing ({attempts} tries); run newsroom sync again"
    )


def _tracking(repo: Repo, remote: str, branch: str) -> str:
    """The remote-tracking ref of `branch`, or '' before it was ever fetched."""
    upstream = f"refs/remotes/{remote}/{branch}"
    try:
        repo.resolve(upstream)
    except GitError:
        return ""
    return upstream


def _settle_tags(repo: Repo, upstream: str) -> None:
    """Keep each published/ tag with its publication: on the copy a rebase made of its
    commit among ours not yet pushed, or gone with a commit a clash kept aside. A tag off
    this branch for any other reason is left alone."""
    stray = repo.stray_tags(PUBLISHED_TAGS)
    copies: dict[str, str] | None = None
    for tag, sha in stray.items():
        if repo.kept_aside_only(sha, KEPT):
            repo.delete_tag(tag)
            continue
        if copies is None:
            ours = repo.identities(f"{upstream}..HEAD") if upstream else {}
            copies = {who: copy for copy, who in ours.items()}
        copy = copies.get(repo.identity(sha))
        if copy:
            repo.move_tag(tag, copy, sha)


def _refuse_clash(repo: Repo, upstream: str, remote: str) -> None:
    """When a story we signed off also moved on the remote, keep ours aside and take theirs."""
    ours = _signoffs(repo, f"{upstream}..HEAD")
    if not ours:
        return
    theirs = _touched(repo, f"HEAD..{upstream}")
    clashes = [(slug, mine) for slug, mine in ours.items() if slug in theirs]
    if not clashes:
        return
    kept = _keep_aside(repo, upstream)
    slug, mine = clashes[0]
    other = theirs[slug]
    what = (
        f"signed off {slug} ({other.signoff.from_stage} -> {other.signoff.to_stage})"
        if other.signoff
        else f"changed {slug}"
    )
    raise Conflict(
        f"{other.who} {what} on {remote} before your sign-off ({mine.from_stage} -> "
        f"{mine.to_stage}) reached it, so yours was not pushed. Nothing is lost: your "
        f"unpushed commits are on branch {kept}; this clone now matches {remote}. Look at "
        f"the story again (newsroom history {slug}) and sign off anew if it still needs you"
    )


def _refuse_late_embargo(repo: Repo, upstream: str, remote: str) -> None:
    """When we set (or lifted) the embargo of a story the remote has published or killed
    since, keep ours aside: the hold came too late, and the person must hear it, not read
    '✓ in sync' over a story that is out."""
    base = repo.merge_base(["HEAD", upstream])
    for slug in _stories_of(repo.touched_paths(f"{upstream}..HEAD")):
        path = f"{store.STORIES_DIR}/{slug}/{store.STORY_FILE}"
        then, ours, theirs = (_meta_at(repo, ref, path) for ref in (base, "HEAD", upstream))
        if ours is None or theirs is None or then is None or ours.embargo == then.embargo:
            continue
        if theirs.stage in (Stage.PUBLISHED, Stage.KILLED) and then.stage != theirs.stage:
            kept = _keep_aside(repo, upstream)
            who = _signer(repo, f"{base}..{upstream}", slug, theirs.stage)
            raise Conflict(
                f"{who} {theirs.stage.value} "
                f"{slug} on {remote} before your embargo reached it, so it was not pushed. "
                f"Nothing is lost: your unpushed commits are on branch {kept}; this clone now "
                f"matches {remote}. The story is {theirs.stage.value}: an embargo no longer "
                "holds it"
            )


def _signer(repo: Repo, revisions: str, slug: str, stage: Stage) -> str:
    """Who signed `slug` off to `stage` last in `revisions` ('someone' when no one did)."""
    who = "someone"
    for entry, signed in _signed(repo, revisions):
        if signed is not None and signed.story == slug and signed.to_stage == stage:
            who = entry.author.name
    return who


def _stories_of(paths: set[str]) -> list[str]:
    """The slugs whose story.md is among `paths`."""
    return sorted(
        parts[1]
        for parts in (p.split("/") for p in paths)
        if len(parts) == 3 and parts[0] == store.STORIES_DIR and parts[2] == store.STORY_FILE
    )


def _meta_at(repo: Repo, ref: str, path: str) -> StoryMeta | None:
    """What story.md says at `ref`; None when it is not there or cannot be read."""
    text = repo.text_at(ref, path) if ref else None
    return store.read_version(text.encode()).meta if text is not None else None


def _keep_aside(repo: Repo, upstream: str) -> str:
    """Keep our unpushed commits on a branch of their own and make this clone match the
    remote; return the branch's name."""
    head = repo.head()
    kept = f"{KEPT}{head[:10]}"
    repo.keep_branch(kept, head)
    repo.reset_keep(upstream)  # git refuses rather than overwrite an untracked file
    _settle_tags(repo, upstream)  # the tags of the commits kept aside go
    return kept


def _refuse_unsound(ws: Workspace, repo: Repo, upstream: str, remote: str) -> None:
    """After our commits were rebased onto the remote's, refuse to push them when, on top of
    theirs, they no longer hold: a sign-off whose signer the remote took the role from, a
    roster change another clone's made into a roster with no editor. Ours go aside on a
    branch, as in a clash, and this clone matches the remote again."""
    report = verify(ws, since=upstream, empty_ok=True)
    problem = report.findings[0].message if report.failed else ""
    if not problem:
        try:
            config = read_config(ws.root, repo.text_at("HEAD", CONFIG_FILE) or "")
        except InputError as exc:
            problem = exc.message
        else:
            if not any("editor" in p.roles for p in config.people):
                problem = "the roster would have no editor left"
    if not problem:
        return
    kept = _keep_aside(repo, upstream)
    raise Conflict(
        f"on top of what {remote} has now, your commits no longer hold ({problem}), so they "
        f"were not pushed. Nothing is lost: they are on branch {kept}; this clone now matches "
        f"{remote}. Look at the roster and the stories again and redo what is still needed"
    )


def _refuse_overwrite(repo: Repo, upstream: str) -> None:
    """Refuse when a file git does not track, or ignores, stands where the remote has a file
    (or a folder): taking the remote's work would overwrite it."""
    hit = repo.in_the_way(repo.differing("HEAD", upstream))
    if hit:
        what = f"{hit[0]} and {len(hit) - 1} more are" if len(hit) > 1 else f"{hit[0]} is"
        raise Refused(
            f"{what} not committed yet, and {upstream.removeprefix('refs/remotes/')} has a "
            "file there: syncing would overwrite it; move it away or commit it, then run "
            "newsroom sync again; nothing was changed"
        )


def _signed(repo: Repo, revisions: str) -> Iterator[tuple[LogEntry, SignOff | None]]:
    """Each commit of `revisions`, newest first, with the sign-off it records (None for a
    commit that records none, or one whose sign-off is malformed)."""
    for entry in repo.history(revisions=revisions):
        try:
            yield entry, rules.parse(entry.message)
        except rules.MalformedSignOff:
            yield entry, None


def _signoffs(repo: Repo, revisions: str) -> dict[str, SignOff]:
    found: dict[str, SignOff] = {}
    for _, signed in _signed(repo, revisions):
        if signed is not None:
            found.setdefault(signed.story, signed)
    return found


def _touched(repo: Repo, revisions: str) -> dict[str, _Theirs]:
    """Stories changed in `revisions`, with the first sign-off (or change) of each."""
    found: dict[str, _Theirs] = {}
    for entry, signed in _signed(repo, revisions):
        for change in entry.changes:
            parts = change.path.split("/")
            if parts[0] == store.STORIES_DIR and len(parts) >= 3:
                mine = signed if signed is not None and signed.story == parts[1] else None
                if parts[1] not in found or (mine and not found[parts[1]].signoff):
                    found[parts[1]] = _Theirs(entry.author.name, mine)
    return found
