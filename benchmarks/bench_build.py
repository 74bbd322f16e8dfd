"""Benchmark `newsroom build` in a 10,000-story newsroom whose stories are all published.

Copies the newsroom (by default /tmp/bv60/room-10000, 60,000 commits; the .gitconfig its
git needs, from /tmp/bv60/home, too) into a folder of its own, then times, through the real
command:

1. a full build of every story into an empty folder (both cores render);
2. a build with nothing changed (the manifest is read, nothing is rendered);
3. a build after one commit that changes one story (that story, the index and the feeds).

    python benchmarks/bench_build.py
    python benchmarks/bench_build.py --room /path/to/newsroom --home /path/to/home
    python benchmarks/bench_build.py --work /tmp/bench-site   # keep (and reuse) the copy

Targets: the full build <= 60 s on 2 cores, one changed story <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, str]:
    """Wall time, with the CPU time of the command and its git processes, and its output."""
    start, before = time.perf_counter(), os.times()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    took, after = time.perf_counter() - start, os.times()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stdout}{done.stderr}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return took, f"CPU {cpu:.2f} s; {done.stdout.strip()}"


def change_one_story(room: Path, env: dict[str, str]) -> str:
    """Edit one published story's body and commit it; its slug."""
    slug = sorted(p.name for p in (room / "stories").iterdir() if p.is_dir())[
        len(list((room / "stories").iterdir())) // 2
    ]
    story = room / "stories" / slug / "story.md"
    story.write_text(story.read_text() + "\nThe council meets again on Thursday.\n")
    for args in (["add", str(story)], ["commit", "-q", "-m", f"{slug}: one more line"]):
        subprocess.run(["git", *args], cwd=room, env=env, check=True)
    return slug


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--room", type=Path, default=Path("/tmp/bv60/room-10000"))
    parser.add_argument("--home", type=Path, default=Path("/tmp/bv60/home"))
    parser.add_argument("--work", type=Path, help="a folder to keep the copy in, and reuse")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="newsroom-bench-build-"))
    try:
        room = work / "room"
        if not room.is_dir():
            subprocess.run(["cp", "-a", str(args.room), str(room)], check=True)
        home = work / "home"  # git's settings for that newsroom, copied: nothing is written there
        home.mkdir(exist_ok=True)
        shutil.copy(args.home / ".gitconfig", home / ".gitconfig")
        shutil.rmtree(work / "public", ignore_errors=True)
        env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT)}
        env.setdefault("GIT_AUTHOR_NAME", "Emeka Okafor")
        env.setdefault("GIT_AUTHOR_EMAIL", "emeka.okafor@coastal.example")
        env.setdefault("GIT_COMMITTER_NAME", "Emeka Okafor")
        env.setdefault("GIT_COMMITTER_EMAIL", "emeka.okafor@coastal.example")
        build = [sys.executable, "-m", "newsroom", "build", "--out", str(work / "public")]
        stories = sum(1 for p in (room / "stories").iterdir() if p.is_dir())
        print(f"{stories} stories, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        full, said = run(build, room, env)
        print(f"full build:            {full:6.2f} s   ({said})")
        again, said = run(build, room, env)
        print(f"nothing changed:       {again:6.2f} s   ({said})")
        slug = change_one_story(room, env)
        one, said = run(build, room, env)
        print(f"one story changed:     {one:6.2f} s   ({slug}; {said})")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
