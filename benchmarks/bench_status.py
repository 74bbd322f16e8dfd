"""Benchmark `status` (the board) in a big newsroom, in fresh processes.

Builds the newsroom `bench_verify.py` builds (every story filed, signed off through
publication and corrected: 6 to 7 commits a story), or copies one it built (`--room`), then
sends some stories back to earlier stages in one commit, as a working newsroom has a few
hundred stories in progress among thousands published. Each command runs `--runs` times in a
new process, after one run that fills the check cache; the median is reported.

    python benchmarks/bench_status.py --stories 10000
    python benchmarks/bench_status.py --room /path/to/room-10000 --home /path/to/home

Target: the default board of a 10,000-story, 60,000-commit newsroom in <= 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_verify import build, environment  # noqa: E402

STAGES = ("draft", "contributor-credit", "fact-check", "publish", "killed")
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("status",),
    ("status", "--format", "json"),
    ("status", "--stage", "fact-check"),
    ("status", "--all"),
)


def in_progress(room: Path, env: dict[str, str], count: int) -> None:
    """Move `count` stories, spread over the history, back to the stages before
    publication (and a few to killed), in one commit."""
    slugs = sorted(p.name for p in (room / "stories").iterdir() if p.is_dir())
    step = max(1, len(slugs) // max(1, count))
    for i, slug in enumerate(slugs[::step][:count]):
        story = room / "stories" / slug / "story.md"
        text = story.read_text(encoding="utf-8")
        story.write_text(
            text.replace("stage: published", f"stage: {STAGES[i % len(STAGES)]}", 1),
            encoding="utf-8",
        )
    subprocess.run(["git", "add", "-A"], cwd=room, env=env, check=True)
    subprocess.run(
        ["git", "commit", "-q", "-m", "stories in progress"], cwd=room, env=env, check=True
    )


def median_seconds(room: Path, env: dict[str, str], args: tuple[str, ...], runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first fills the check cache, as any earlier run would
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsroom", *args],
            cwd=room,
            env={**env, "COLUMNS": "80"},
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"newsroom {' '.join(args)} failed: {done.stderr.decode()}")
    return statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10000)
    parser.add_argument("--room", type=Path, help="Copy this newsroom instead of building one.")
    parser.add_argument("--home", type=Path, help="The HOME its git needs (with --room).")
    parser.add_argument("--in-progress", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        room = Path(work) / "room"
        env = environment(Path(work) / "home")
        if args.room:
            shutil.copytree(args.room, room, symlinks=True)
            if args.home and (args.home / ".gitconfig").exists():
                shutil.copy(args.home / ".gitconfig", Path(work) / "home" / ".gitconfig")
        else:
            build(room, args.stories, env)
        in_progress(room, env, args.in_progress)
        stories = sum(1 for p in (room / "stories").iterdir() if p.is_dir())
        commits = (
            subprocess.run(
                ["git", "rev-list", "--count", "HEAD"], cwd=room, env=env, capture_output=True
            )
            .stdout.decode()
            .strip()
        )
        print(f"{stories:,} stories, {int(commits):,} commits, {args.in_progress} in progress")
        print(f"| command | median of {args.runs} (s) |")
        print("|---|---:|")
        for command in COMMANDS:
            seconds = median_seconds(room, env, command, args.runs)
            print(f"| newsroom {' '.join(command)} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
