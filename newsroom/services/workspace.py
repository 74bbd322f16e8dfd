"""Finding the newsroom a command runs in, and the person acting in it."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from newsroom.errors import Conflict, GitError, NotANewsroom, Refused
from newsroom.models import Person
from newsroom.repo import Author, Repo
from newsroom.repo.journal import JOURNAL
from newsroom.repo.remote import SYNC_REBASE
from newsroom.store.config import CONFIG_FILE, Config, find_root, load_config
from newsroom.store.stories import list_slugs


@dataclass(frozen=True)
class Workspace:
    root: Path
    config: Config

    @classmethod
    def find(cls, start: Path | None = None) -> Workspace:
        here = start or Path.cwd()
        try:
            root = find_root(here)
        except NotANewsroom:
            if not _finish_init(here):
                branch = unopened_clone(here)
                if branch:
                    raise NotANewsroom(UNOPENED.format(branch=branch), path=str(here)) from None
                raise
            root = find_root(here)
        if (root / ".git" / SYNC_REBASE).exists():  # a sync killed mid-rebase: undo it
            Repo(root).abandon_interrupted_sync()  # before the roster is read (remote.py)
        return cls(root, load_config(root))

    def repo(self) -> Repo:
        return Repo(self.root)

    def writer(self) -> Repo:
        """The repository, for a command that writes: first checked for what would make the
        write fail (a lock file, an unfinished rebase, a detached HEAD...) and any sign-off
        a kill interrupted finished or rolled back (see Repo.ready_to_write)."""
        repo = self.repo()
        finished = repo.ready_to_write()
        config = load_config(self.root)
        if config != self.config and finished:
            # the roster as an interrupted command, finished just now, left it
            object.__setattr__(self, "config", config)
        elif config != self.config:  # another command changed it since this one began
            raise Conflict(
                f"another newsroom command changed {CONFIG_FILE} while this one was starting; "
                "nothing was changed; run the command again"
            )
        return repo

    def slugs(self) -> list[str]:
        """Every story's slug (its folder's name), sorted."""
        return list_slugs(self.root)

    def acting_person(self, repo: Repo) -> tuple[Person, Author]:
        """The roster person matching git's user.email, or a refusal saying how to fix it."""
        author = repo.actor()
        person = self.config.person_by_email(author.email)
        if person is None:
            raise Refused(
                f"{author.email} is not in the roster; ask an editor to add you (newsroom "
                f"person add <id> --name {shlex.quote(author.name)} --email {author.email} "
                "--role <role>, with the id and roles they give you), or set git's "
                "user.email to your roster email",
                path=CONFIG_FILE,
            )
        return person, Author(person.name, person.email)


def unopened_clone(start: Path) -> str:
    """The branch that holds the newsroom, for a clone that has nothing checked out while a
    branch it fetched holds one; else ''. A clone of a remote whose HEAD names a branch the
    remote does not have (a bare remote made by 'git init --bare' with another default
    branch) checks nothing out, and 'newsroom init' there would start a second newsroom."""
    here = start.resolve()
    top = next((f for f in (here, *here.parents) if (f / ".git").exists()), None)
    if top is None:
        return ""
    repo = Repo(top)
    try:
        if repo.has_commits():
            return ""
        refs = repo.run("for-each-ref", "--format=%(refname)", "refs/remotes/").split()
    except GitError:
        return ""
    for ref in refs:
        if not ref.endswith("/HEAD") and repo.text_at(ref, CONFIG_FILE) is not None:
            return ref.removeprefix("refs/remotes/").partition("/")[2]
    return ""


UNOPENED = (
    "this clone has nothing checked out: its remote's default branch is not the one the "
    "newsroom is on, '{branch}'; run 'git checkout {branch}' (and, on the remote, 'git "
    "symbolic-ref HEAD refs/heads/{branch}', so that new clones check it out)"
)


def _finish_init(start: Path) -> bool:
    """Finish a `newsroom init` a kill interrupted after its commit (newsroom.yaml is in
    the commit, not yet on disk), so the newsroom can be found; True when one was."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git" / JOURNAL).is_file():
            return Repo(folder).recover()
    return False
