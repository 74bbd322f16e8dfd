"""A `git` put first on PATH for one newsroom run: it counts the git calls newsroom makes and,
at one of them, kills newsroom or takes git's index lock, so that a test can stop a command
at an exact point, every time at the same point, without timing anything.

GitPython starts every git process newsroom runs (the one-shot commands and the long-running
`git log` and `git cat-file --batch`) as `git` found on PATH, so every call goes through the
shim. Only the calls whose parent is the newsroom process count (not git's own children).

What the shim does at the chosen call:

- `kill`: SIGKILL newsroom before git runs (newsroom dies between two git calls);
- `kill-after`: SIGKILL newsroom, then run git to its end (newsroom dies while git runs, and
  git finishes alone, as an orphan does);
- `run`: run a shell command first (e.g. take git's index lock, as another git process
  would, or make a folder read-only), then run git.

With `snapshot` (a clone) instead, the shim writes the clone's fingerprint (`FINGERPRINT`:
refs, index, journal, locks, working tree, and the remote's refs beside it) before every
call it counts, to `snapshot/N-before`, and after every call that may write (not in
`reading`), to `snapshot/N-after`: what a kill before call N, or while it runs, would leave,
since newsroom is waiting for git then and has finished every write of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import Result

SCRIPT = r"""#!/bin/bash
# (bash builtins only before git runs: the shim adds about a millisecond to each call)
real=@REAL@
dir="$GITSHIM_DIR"
parent=()
if [ -n "$dir" ]; then mapfile -d '' parent < "/proc/$PPID/cmdline" 2>/dev/null; fi
if [ "${parent[1]} ${parent[2]}" = "-m newsroom" ]; then
  # (counted under a lock: a git that GitPython keeps running beside the others, or one
  # started by another, may count at the same moment, and two calls would share a number)
  exec 9>>"$dir/lock"
  flock 9
  n=0
  [ -f "$dir/count" ] && read -r n < "$dir/count"
  n=$((n + 1))
  echo "$n" > "$dir/count"
  echo "$n $1" >> "$dir/calls"
  flock -u 9
  exec 9>&-
  hit=""
  if [ "$n" = "$GITSHIM_AT" ]; then hit=1; fi
  if [ -n "$GITSHIM_AT_NAME" ] && [ ! -e "$dir/done" ]; then
    for name in $GITSHIM_AT_NAME; do
      if [ "$1" = "$name" ]; then hit=1; fi
    done
  fi
  if [ -n "$hit" ]; then
    : > "$dir/done"
    echo "$n $1" > "$dir/hit"
  fi
  if [ -n "$GITSHIM_SNAPSHOT" ]; then
    mkdir -p "$dir/snapshot"
    "$dir/fingerprint" "$GITSHIM_SNAPSHOT" > "$dir/snapshot/$n-before"
    case " $GITSHIM_READING " in
      *" $1 "*) ;;
      *)
        "$real" "$@"
        status=$?
        "$dir/fingerprint" "$GITSHIM_SNAPSHOT" > "$dir/snapshot/$n-after"
        exit $status;;
    esac
  fi
  if [ -n "$hit" ]; then
    case "$GITSHIM_DO" in
      kill)
        kill -9 "$PPID"
        : > "$dir/finished"
        exit 137;;
      kill-after)
        kill -9 "$PPID"
        "$real" "$@" > /dev/null 2>&1
        : > "$dir/finished"
        exit 137;;
      run)
        eval "$GITSHIM_RUN"
        : > "$dir/finished";;
    esac
  fi
fi
exec "$real" "$@"
"""

FINGERPRINT = r"""#!/bin/bash
# The state of a clone a kill could leave changed, one line per thing: HEAD, refs, the
# index, git's folder (an unfinished rebase, a scratch index), lock files, the journal and
# ORIG_HEAD-like files, every file of the working tree, and the remote's refs beside it.
# git's objects are left out: an object nothing points to is part of no state.
real=@REAL@
unset GIT_INDEX_FILE GIT_DIR GIT_WORK_TREE  # (newsroom's scratch index is not the clone's)
cd "$1" || exit 1
echo "HEAD $(cat .git/HEAD)"
"$real" for-each-ref --format='%(refname) %(objectname)'
"$real" ls-files -s
ls -A .git
find .git -name '*.lock' | sort
for f in .git/*.json .git/*_HEAD; do
  if [ -f "$f" ] && [ "$f" != .git/FETCH_HEAD ]; then echo "$f $(sha1sum < "$f")"; fi
done
find . -path ./.git -prune -o -path ./.newsroom-cache -prune -o -type f -print0 |
  sort -z | xargs -0 -r sha1sum
if [ -d ../remote.git ]; then
  "$real" --git-dir=../remote.git for-each-ref --format='remote %(refname) %(objectname)'
fi
"""


@dataclass(frozen=True)
class Shim:
    """The shim's folder: `bin/git`, and the record of one run (count, calls, hit)."""

    folder: Path

    @classmethod
    def make(cls, folder: Path) -> Shim:
        real = shutil.which("git")
        assert real, "git is not installed"
        (folder / "bin").mkdir(parents=True, exist_ok=True)
        for path, text in ((folder / "bin" / "git", SCRIPT), (folder / "fingerprint", FINGERPRINT)):
            path.write_text(text.replace("@REAL@", real), encoding="utf-8")
            path.chmod(0o755)
        return cls(folder)

    def env(self, base: dict[str, str], *, at: int = 0, at_name: str = "", do: str = "",
            run: str = "", snapshot: Path | None = None,
            reading: Collection[str] = ()) -> dict[str, str]:
        """`base` with the shim first on PATH, set to act (`do`) at call number `at` or at
        the first call of a git command named in `at_name` (space-separated), or to write
        the fingerprint of the clone `snapshot` before every call (and after each not in
        `reading`)."""
        self.reset()
        return {**base, "PATH": f"{self.folder / 'bin'}{os.pathsep}{base['PATH']}",
                "GITSHIM_DIR": str(self.folder), "GITSHIM_AT": str(at or ""),
                "GITSHIM_AT_NAME": at_name, "GITSHIM_DO": do,
                "GITSHIM_RUN": run, "GITSHIM_SNAPSHOT": str(snapshot or ""),
                "GITSHIM_READING": " ".join(reading)}

    def reset(self) -> None:
        for name in ("count", "calls", "done", "hit", "finished"):
            (self.folder / name).unlink(missing_ok=True)
        shutil.rmtree(self.folder / "snapshot", ignore_errors=True)

    def calls(self) -> list[str]:
        """The git commands of the last run, in order (one word each)."""
        path = self.folder / "calls"
        lines = path.read_text().splitlines() if path.exists() else []
        return [line.split(" ", 1)[1] if " " in line else "" for line in lines]

    def snapshot(self, n: int, mode: str) -> str:
        """The fingerprint written before call `n` (1 is the first), or after it
        (`kill-after`)."""
        name = f"{n}-{'after' if mode == 'kill-after' else 'before'}"
        return (self.folder / "snapshot" / name).read_text(encoding="utf-8", errors="replace")

    def fingerprint(self, clone: Path) -> str:
        """The fingerprint of `clone` now (what the shim writes for its snapshots)."""
        done = subprocess.run([str(self.folder / "fingerprint"), str(clone)],
                              capture_output=True, text=True, errors="replace", check=True)
        return done.stdout

    def hit(self) -> str:
        """'N command' of the call the shim acted at, or '' when the run never reached it."""
        path = self.folder / "hit"
        return path.read_text().strip() if path.exists() else ""

    def run(self, cwd: Path, env: dict[str, str], *args: str) -> Result:
        """Run newsroom under the shim; when the shim killed it, wait for the git call it
        let finish alone (kill-after) before returning."""
        done = subprocess.run([sys.executable, "-m", "newsroom", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=120)
        if self.hit():
            deadline = time.monotonic() + 60
            while not (self.folder / "finished").exists():
                assert time.monotonic() < deadline, "the shim's git call never finished"
                time.sleep(0.01)
        return Result(done.returncode, done.stdout, done.stderr)
