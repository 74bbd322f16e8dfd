"""`verify`: rebuild every story's timeline from history in one pass and report forgeries.

One `git log` streams every commit that touches stories/ (oldest first) and one
`git cat-file --batch` reads the story.md versions they wrote, each read by the same
story-file module (`newsroom.store.stories`) that `status` and `check` use; each commit is
then checked against the same rules the signing commands enforce (`signoff.objection`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.models import PIPELINE, Finding, Severity, Stage
from newsroom.repo import BLOB_BATCH, LogEntry
from newsroom.services import signoff as rules
from newsroom.services.signoff import Action, SignOff
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store.config import Config

NO_BLOB = "0" * 40
STORIES_PREFIX = store.STORIES_DIR + "/"


@dataclass(frozen=True)
class Front:
    """What verify needs from one version of story.md: its stage, byline and stage line."""

    stage: Stage | None
    byline: tuple[str, ...]
    line: int


def read_front(data: bytes) -> Front:
    """Stage and byline of one story.md version, read by the story-file module exactly as
    `status` and `check` read the file (stage None: the version cannot be read, or names
    no stage newsroom knows)."""
    version = store.read_version(data)
    if version.meta is None:
        return Front(None, (), 1)
    return Front(version.meta.stage, version.meta.byline, version.line_of("stage"))


@dataclass
class _Timeline:
    """One story as the history so far has left it."""

    front: Front
    expected: Stage | None  # where the sign-offs (or the filing) left it
    fact_checker: str = ""
    pinned: str = ""


@dataclass(frozen=True)
class VerifyReport:
    findings: tuple[Finding, ...]
    commits: int
    stories: int

    @property
    def failed(self) -> bool:
        return bool(self.findings)


@contextmanager
def allowed_signers(config: Config) -> Iterator[Path | None]:
    """An allowed-signers file built from the roster's signing keys (None unless required)."""
    if not config.require_signed:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="newsroom-signers-") as folder:
        path = Path(folder) / "allowed_signers"
        rows = [
            f'{p.email} namespaces="git" {" ".join(p.signing_key.split()[:2])}'
            for p in config.people
            if p.signing_key.strip()
        ]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        yield path


def verify(ws: Workspace, since: str = "") -> VerifyReport:
    """Check every sign-off in history (or since `since`) and every story's stage now.

    The log is checked as git writes it; each story.md version it names is read from a
    cat-file process kept open beside it, so git and Python work at the same time."""
    repo = ws.repo()
    seeds: dict[str, str] = {}
    revisions = "HEAD"
    if since:
        base = repo.resolve(since)
        revisions = f"{base}..HEAD"
        seeds = {
            path.split("/")[1]: blob
            for path, blob in repo.tree_files(base, store.STORIES_DIR)
            if path.count("/") == 2 and path.endswith("/" + store.STORY_FILE)
        }
    commits = 0
    with allowed_signers(ws.config) as signers, repo.blob_reader() as read:
        starts = _fronts(read, list(seeds.values()))
        checker = _Checker(
            ws.config, {s: _Timeline(starts[b], starts[b].stage) for s, b in seeds.items()}
        )
        batch: list[LogEntry] = []
        for entry in repo.history(revisions=revisions, signers_file=signers):
            if "Newsroom-" in entry.message or any(
                c.path.startswith(STORIES_PREFIX) for c in entry.changes
            ):
                batch.append(entry)
            if len(batch) < BATCH:
                continue
            commits += _check_batch(checker, read, batch)
            batch = []
        commits += _check_batch(checker, read, batch)
    checker.finish()
    findings = sorted(checker.findings, key=Finding.sort_key)
    return VerifyReport(tuple(findings), commits, len(checker.stories))


BATCH = 500  # log entries checked together, their story.md versions read in one go


def _fronts(read: Callable[[Sequence[str]], list[bytes]], blobs: list[str]) -> dict[str, Front]:
    found: dict[str, Front] = {}
    for start in range(0, len(blobs), BLOB_BATCH):
        part = blobs[start : start + BLOB_BATCH]
        found.update(zip(part, map(read_front, read(part)), strict=True))
    return found


def _check_batch(
    checker: _Checker, read: Callable[[Sequence[str]], list[bytes]], batch: list[LogEntry]
) -> int:
    blobs = [c.blob for e in batch for c in e.changes if c.blob != NO_BLOB and _story_file(c.path)]
    fronts = _fronts(read, list(dict.fromkeys(blobs)))
    for entry in batch:
        checker.commit(entry, fronts.__getitem__)
    return len(batch)


def _story_file(path: str) -> str:
    """The slug when `path` is stories/<slug>/story.md, else ''."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == store.STORIES_DIR and parts[2] == store.STORY_FILE:
        return parts[1]
    return ""


def _skips(old: Stage | None, new: Stage | None) -> bool:
    return old is not None and new is not None and new.order > old.order + 1


@dataclass
class _Checker:
    config: Config
    stories: dict[str, _Timeline]
    findings: list[Finding] = field(default_factory=list)

    def flag(self, slug: str, check: str, message: str, line: int = 1, excerpt: str = "") -> None:
        self.findings.append(
            Finding(
                story=slug,
                file=f"{store.STORIES_DIR}/{slug}/{store.STORY_FILE}",
                line=line,
                column=1,
                check=check,
                severity=Severity.ERROR,
                message=message,
                excerpt=excerpt,
            )
        )

    def commit(self, entry: LogEntry, front_of: Callable[[str], Front]) -> None:
        where = f"{entry.sha[:10]} by {entry.author.name} <{entry.author.email}>"
        subject = entry.message.split("\n", 1)[0]
        excerpt = f"{entry.sha[:10]} {entry.author.name}: {subject}"
        touched: dict[str, str] = {}  # slug -> new story.md blob ('' when story.md unchanged)
        outside: list[str] = []
        for change in entry.changes:
            parts = change.path.split("/")
            if parts[0] == store.STORIES_DIR and len(parts) >= 3:
                slug = parts[1]
                touched.setdefault(slug, "")
                if _story_file(change.path):
                    touched[slug] = change.blob
            else:
                outside.append(change.path)
        try:
            signed = rules.parse(entry.message)
        except rules.MalformedSignOff as exc:
            signed = None
            for slug in touched:
                self.flag(slug, "signoff.malformed", f"commit {where}: {exc}", excerpt=excerpt)
        if signed is not None:
            self._scope(signed, touched, outside, where, excerpt)
        for slug, blob in touched.items():
            mine = signed if signed is not None and signed.story == slug else None
            self._story(slug, blob, mine, entry, front_of, where, excerpt)

    def _scope(
        self, signed: SignOff, touched: dict[str, str], outside: list[str], where: str, ex: str
    ) -> None:
        others = sorted(set(touched) - {signed.story}) + outside
        if others:
            self.flag(
                signed.story,
                "signoff.mixed-commit",
                f"sign-off {where} also changes {', '.join(others[:3])}"
                f"{' ...' if len(others) > 3 else ''}; a sign-off commit must touch only "
                "its own story: revert it and sign off again with newsroom",
                excerpt=ex,
            )
        if signed.story not in touched:
            self.flag(
                signed.story,
                "signoff.stage-mismatch",
                f"sign-off {where} for {signed.story} changes none of its files",
                excerpt=ex,
            )

    def _story(
        self,
        slug: str,
        blob: str,
        signed: SignOff | None,
        entry: LogEntry,
        front_of: Callable[[str], Front],
        where: str,
        ex: str,
    ) -> None:
        before = self.stories.get(slug)
        if blob == NO_BLOB:
            self.stories.pop(slug, None)
            return
        front = front_of(blob) if blob else (before.front if before else None)
        if front is None:
            return
        old = before.front.stage if before else None
        new = front.stage
        if old in PIPELINE and new in PIPELINE and _skips(old, new):
            self.flag(
                slug,
                "signoff.skipped-stage",
                f"commit {where} moved {slug} from {old} to {new}, skipping a stage; "
                "each stage needs its own sign-off: revert the commit",
                front.line,
                ex,
            )
        timeline = before or _Timeline(front, Stage.DRAFT)
        if signed is None:
            if (before is None and new is not Stage.DRAFT) or (before is not None and new != old):
                shown = new.value if new else "an unknown stage"
                self.flag(
                    slug,
                    "signoff.hand-edited-stage",
                    f"commit {where} set the stage of {slug} to {shown} without a sign-off; "
                    "revert it and move the story with newsroom advance/return/publish",
                    front.line,
                    ex,
                )
        else:
            self._signoff(slug, signed, old, front, timeline, entry, where, ex)
            timeline.expected = signed.to_stage
        timeline.front = front
        self.stories[slug] = timeline

    def _signoff(
        self,
        slug: str,
        signed: SignOff,
        old: Stage | None,
        front: Front,
        timeline: _Timeline,
        entry: LogEntry,
        where: str,
        ex: str,
    ) -> None:
        line = front.line
        problem = rules.transition_problem(signed.action, signed.from_stage, signed.to_stage)
        if problem:
            skip = signed.action in (Action.ADVANCE, Action.PUBLISH)
            check = "signoff.skipped-stage" if skip else "signoff.stage-mismatch"
            self.flag(slug, check, f"sign-off {where}: {problem}", line, ex)
        if old is not None and old != signed.from_stage:
            self.flag(
                slug,
                "signoff.stage-mismatch",
                f"sign-off {where} says {slug} left {signed.from_stage.value}, but it was "
                f"{old.value}",
                line,
                ex,
            )
        if front.stage != signed.to_stage:
            self.flag(
                slug,
                "signoff.stage-mismatch",
                f"sign-off {where} says {slug} went to {signed.to_stage.value}, but its "
                f"story.md says {front.stage.value if front.stage else 'something else'}",
                line,
                ex,
            )
        person = self.config.person_by_email(entry.author.email)
        # the byline before and after: leaving it in the signing commit does not help
        byline = tuple(dict.fromkeys((*timeline.front.byline, *front.byline)))
        found = rules.objection(
            self.config, person, entry.author.email, signed, byline, timeline.fact_checker
        )
        if found is not None:
            self.flag(slug, found.check, f"sign-off {where}: {found.message}", line, ex)
        self._signature(slug, entry, where, line, ex)
        if signed.action is Action.ADVANCE and signed.from_stage is Stage.FACT_CHECK:
            timeline.fact_checker = person.id if person else entry.author.email
            timeline.pinned = signed.content_hash
        if signed.action is Action.PUBLISH and signed.content_hash != timeline.pinned:
            self.flag(
                slug,
                "signoff.content-changed",
                f"sign-off {where} published content whose hash is not the one its "
                "fact-check sign-off pinned; return it to fact-check",
                line,
                ex,
            )
        if signed.action is Action.RETURN and signed.to_stage.order <= Stage.FACT_CHECK.order:
            timeline.pinned = ""

    def _signature(self, slug: str, entry: LogEntry, where: str, line: int, ex: str) -> None:
        if not self.config.require_signed:
            return
        if entry.signature == "N":
            self.flag(
                slug,
                "signoff.unsigned",
                f"sign-off {where} is not signed, and require_signed is on; sign off again "
                "with a signing key (git config user.signingkey)",
                line,
                ex,
            )
        elif entry.signature != "G" or entry.signer.lower() != entry.author.email.lower():
            signer = entry.signer or "a key not in the roster"
            self.flag(
                slug,
                "signoff.bad-signature",
                f"sign-off {where} is signed by {signer}, not by the roster key of "
                f"{entry.author.email}; the signer's name and email prove nothing without it",
                line,
                ex,
            )

    def finish(self) -> None:
        for slug, timeline in self.stories.items():
            stage = timeline.front.stage
            if stage != timeline.expected and timeline.expected is not None:
                self.flag(
                    slug,
                    "signoff.stage-mismatch",
                    f"story.md says stage {stage.value if stage else '(unknown)'}, but its last "
                    f"sign-off left it at {timeline.expected.value}; set it back or sign it "
                    "off with newsroom",
                    timeline.front.line,
                )
