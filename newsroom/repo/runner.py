"""The one way newsroom talks to git: a repository opened with GitPython, whose command
wrapper (`git.Repo.git`, a `git.cmd.Git`) runs every git command. A failure becomes a
GitError that says, in one line, what git said.

GitPython is imported when the first repository is opened, not when newsroom starts:
importing it costs tens of milliseconds (it runs `git version`), which `--help` and the
commands that never touch git should not pay.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

# Only the constant: GitPython's execute hands `istream` to Popen as stdin, and PIPE asks it
# for a pipe newsroom writes to (the batch reader). Every process is started by GitPython.
from subprocess import PIPE
from typing import IO, TYPE_CHECKING, Any

from newsroom.errors import GitError

if TYPE_CHECKING:
    import git
    from git.cmd import Git as GitCommand

    Process = GitCommand.AutoInterrupt


class Git:
    """A newsroom's git repository, opened with GitPython at its top folder `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._repo = _open(root)
        self.git_dir = Path(self._repo.git_dir).resolve()
        # where refs, objects and the config live (not git_dir in a linked worktree)
        self.common_dir = Path(self._repo.common_dir).resolve()
        # history is read as its commits are: a replace ref (`git replace`, which a fetch of
        # every ref brings in) or a grafts file shows another commit, author or parent in
        # place of the one on the branch, so verify would replay a history no one pushed.
        # The grafts file is pointed at a path under itself, which can name no file.
        self._repo.git.update_environment(
            GIT_NO_REPLACE_OBJECTS="1",
            GIT_GRAFT_FILE=str(self.common_dir / "info" / "grafts" / "none"),
        )

    @staticmethod
    def init(root: Path) -> None:
        """Make `root` a git repository, unless it already is one."""
        _import_gitpython()
        import git

        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GitError(
                f"cannot make the folder {root} ({exc.strerror or exc}); nothing was changed"
            ) from None
        try:
            git.Repo(root, expand_vars=False)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            with _reported("init"):
                git.Repo.init(root, expand_vars=False)

    def run(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        config: Sequence[str] = (),
    ) -> str:
        """Run `git <args>` in the repository and return its output, or raise GitError with
        git's last line. `env` is added to the environment, `config` are `-c` settings."""
        status, out, err = self.attempt(*args, env=env, input=input, config=config)
        # (a git that could not write an object may still exit 0: mktree, in git 2.39)
        if status != 0 or _FULL.search(err):
            raise GitError(f"git {args[0]} failed: {_last_line(err, status, self.root)}")
        return out

    def attempt(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        config: Sequence[str] = (),
    ) -> tuple[int, str, str]:
        """Run `git <args>` and return its exit status, output and error output, for a
        caller that reads git's own words when it fails (GitError only when git cannot
        be started)."""
        with _stdin(input) as istream, _reported(args[0]):
            status, out, err = self._command(args[0], config)(
                *args[1:],
                env=env,
                istream=istream,
                with_extended_output=True,
                with_exceptions=False,
                stdout_as_string=False,
                strip_newline_in_stdout=False,
            )
        return int(status), _text(out), _text(err)

    def start(self, *args: str, config: Sequence[str] = (), stdin: bool = False) -> Process:
        """Start `git <args>` and return the running process, to read its output as git
        writes it (and, with `stdin`, to write to it). End it with `finish` or `stop`."""
        with _reported(args[0]):
            process: Process = self._command(args[0], config)(
                *args[1:], as_process=True, istream=PIPE if stdin else None
            )
        return process

    def rev_parse(self, ref: str) -> str:
        """The object `ref` names, or '' when it names none."""
        try:
            return self.run("rev-parse", "--verify", "-q", ref).strip()
        except GitError:
            return ""

    def head(self) -> str:
        """The commit HEAD is at, or '' before the first commit."""
        return self.rev_parse("HEAD")

    def branch(self) -> str:
        """The branch HEAD is on (refs/heads/...), or '' when HEAD is detached."""
        try:
            return self.run("symbolic-ref", "-q", "HEAD").strip()
        except GitError:
            return ""

    def shown(self, path: Path) -> str:
        """`path` as the person knows it: relative to the newsroom's folder when inside it."""
        return _shown(path, self.root)

    def _command(self, name: str, config: Sequence[str]) -> Callable[..., Any]:
        # `repo.git.<command>(...)`: GitPython's command wrapper; calling the wrapper first
        # (`repo.git(c=[...])`) puts `-c` settings before the command for that one call
        wrapper = self._repo.git(c=list(config)) if config else self._repo.git
        command: Callable[..., Any] = getattr(wrapper, name)
        return command


# git's variables that point a git command at a repository, its index or its objects (the
# list `git rev-parse --local-env-vars` gives, less the `-c` settings, which are the
# person's and hold for any repository). Git sets some for the hooks it runs (GIT_DIR,
# GIT_INDEX_FILE to a temporary index during a commit, GIT_PREFIX), and a shell may still
# have one exported for another repository. newsroom has found its repository already,
# from the folder it runs in, so it takes them out of the environment its git commands
# inherit (as git itself does before running git in a submodule): with GIT_WORK_TREE set
# elsewhere a commit would record every file of the newsroom as deleted, with
# GIT_INDEX_FILE the clone's own index would be left behind its branch. Refusing to run
# instead would stop `newsroom check` in a pre-commit hook.
_OTHER_REPOSITORY = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_IMPLICIT_WORK_TREE",
    "GIT_COMMON_DIR",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_GRAFT_FILE",
    "GIT_SHALLOW_FILE",
    "GIT_NO_REPLACE_OBJECTS",
    "GIT_REPLACE_REF_BASE",
    "GIT_PREFIX",
)


def _import_gitpython() -> None:
    """Import GitPython (once), with git's variables for another repository taken out of
    the environment (GitPython reads them when it opens a repository, and every git it
    starts inherits the environment); GitError when it finds no git to run."""
    for name in _OTHER_REPOSITORY:
        os.environ.pop(name, None)
    try:
        import git  # noqa: F401
    except ModuleNotFoundError:
        raise
    except ImportError:  # GitPython refuses to load when `git version` cannot run
        raise GitError("cannot run git (no git executable found); is git installed?") from None


def _open(root: Path) -> git.Repo:
    _import_gitpython()
    import git

    repo = None
    if root.is_dir():
        with suppress(git.InvalidGitRepositoryError, git.NoSuchPathError):
            repo = git.Repo(root, expand_vars=False, search_parent_directories=True)
    top = Path(repo.working_tree_dir).resolve() if repo and repo.working_tree_dir else None
    if repo is None or top is None or not root.resolve().is_relative_to(top):
        raise GitError(f"{root} is not a git repository; run 'git init' there or 'newsroom init'")
    if top != root.resolve():
        raise GitError(_subfolder(root, top))
    return repo


def _subfolder(root: Path, top: Path) -> str:
    """Why a newsroom in a subfolder of a repository cannot be used, and what to do."""
    inside = root.resolve().relative_to(top).as_posix()
    return (
        f"{root} is a subfolder ({inside}/) of the git repository {top}; a newsroom must be "
        f"the top folder of its repository, whose history is its audit trail: move "
        f"newsroom.yaml and stories/ to {top}, or give the newsroom a repository of its own "
        f"('git init' in a new folder; 'git subtree split --prefix={inside}' carries its "
        "history there)"
    )


def finish(process: Process, name: str) -> None:
    """Wait for a process `start` began whose output was read to the end; GitError when
    git failed."""
    import git

    err = process.stderr.read()
    process.stderr.close()
    try:
        process.wait()
    except git.GitCommandError as exc:
        raise GitError(f"git {name} failed: {_last_line(err, exc.status)}") from None


def stop(process: Process) -> None:
    """End a process `start` began whose output is no longer wanted."""
    import git

    process.kill()
    with suppress(git.GitCommandError):
        process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def close(process: Process) -> None:
    """End a process `start` began with `stdin`: close its input, so it stops, and wait."""
    import git

    process.stdin.close()
    process.stdout.close()
    with suppress(git.GitCommandError):
        process.wait()
    process.stderr.close()


@contextmanager
def _reported(name: str) -> Iterator[None]:
    """GitPython's errors in starting git, as GitErrors."""
    import git

    try:
        yield
    except git.GitCommandNotFound as exc:
        raise GitError(f"cannot run git ({exc.__cause__ or exc}); is git installed?") from None
    except git.GitCommandError as exc:  # GitPython's own calls (init) put stderr in quotes
        said = str(exc.stderr).strip().removeprefix("stderr:").strip().strip("'")
        raise GitError(f"git {name} failed: {_last_line(said, exc.status)}") from None
    except OSError as exc:
        raise GitError(f"cannot run git ({exc}); is git installed?") from None


@contextmanager
def _stdin(text: str | None) -> Iterator[IO[bytes] | None]:
    """`text` as a file git reads its standard input from (GitPython passes a file, not a
    string, to the process)."""
    if text is None:
        yield None
        return
    try:  # bytes that are not UTF-8 (a filed Word file) ride as surrogate escapes
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    with tempfile.TemporaryFile() as file:
        file.write(data)
        file.seek(0)
        yield file


# git's words when a lock file is in the way; its last line ("remove the file manually to
# continue") does not say which file
_LOCKED = re.compile(r"Unable to create '(?P<path>[^']+\.lock)': File exists")


def locked_message(shown: str) -> str:
    """What to say when the lock file `shown` is in the way of a git command."""
    return (
        f"{shown} exists: another git process is working in this repository, or one was "
        f"stopped before it could finish; if no git command is running, remove it (rm {shown}) "
        "and try again"
    )


def _text(output: str | bytes) -> str:
    return output.decode("utf-8", "replace") if isinstance(output, bytes) else output


# git's words (it runs in the C locale) when the disk is full, or has no room for another
# file, or the person's quota is used up: on the line that says so, which is often not
# the last one ("fatal: Unable to add FILE to database")
_FULL = re.compile(r"^.*(?:(?P<full>No space left on device)|Dis[ck] quota exceeded).*$", re.M)


def _last_line(err: str | bytes, status: object, root: Path | None = None) -> str:
    text = _text(err)
    locked = _LOCKED.search(text)
    if locked:
        return locked_message(_shown(Path(locked["path"]), root))
    full = _FULL.search(text)
    if full:
        what = "the disk is full" if full["full"] else "your disk quota is used up"
        return f"{what} ({full[0].strip()}); free some space and try again"
    lines = text.strip().splitlines()
    return lines[-1] if lines else str(status)


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        with suppress(ValueError):
            return path.resolve().relative_to(root.resolve()).as_posix()
    return str(path)
