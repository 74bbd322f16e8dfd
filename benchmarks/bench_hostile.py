"""How long `newsroom check` takes on bodies no desk writes but anyone can commit.

    python benchmarks/bench_hostile.py [--code PATH] [--timeout 300]

Files four stories into a temporary newsroom and times, as separate processes,
`newsroom check SLUG --stage publish --no-cache` on each (every gate, no cache):

- one sentence of about 480 KB naming 12,000 people ('Ana1 Ruiz1, a nurse1 who said, ...');
- one sentence of about 420 KB holding 12,000 quotations, each with its speaker;
- 3,000 paragraphs, each quoting a different named person;
- a body of about 2 MB: 16,000 paragraphs, the same checkable sentence in each.

`--code` runs another checkout's code (a folder holding the `newsroom` package), so that the
figures can be set beside the code of an earlier commit; a run over `--timeout` seconds is
reported as such. The figures are in docs/benchmarks-hostile.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PERSON = ("Dana Whitfield", "dana@example.org")


def bodies() -> dict[str, str]:
    """Each hostile story's body, by slug."""
    return {
        "one-sentence-of-names": " ".join(
            f"Ana{i} Ruiz{i}, a nurse{i} who said," for i in range(12000)
        )
        + " ended.\n",
        "one-sentence-of-quotes": " ".join(
            f'"we {i} went home," she said, and' for i in range(12000)
        )
        + " ended.\n",
        "three-thousand-speakers": "\n\n".join(
            f"Ana{i} Ruiz{i} said the plan was good." for i in range(3000)
        )
        + "\n",
        "two-megabytes-repeated": "\n\n".join(
            f'Ana{i % 500} Ruiz{i % 700} said "we went home at {i}," and left. Critics said '
            "the plan, which cost $5 million, was the largest ever."
            for i in range(16000)
        )
        + "\n",
    }


def run(args: list[str], cwd: Path, code: Path, timeout: float) -> float | None:
    """Seconds a command of the newsroom takes, or None past the timeout."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    try:
        subprocess.run(
            [sys.executable, "-m", "newsroom", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a run may take")
    ns = parser.parse_args()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": PERSON[0],
        "GIT_AUTHOR_EMAIL": PERSON[1],
        "GIT_COMMITTER_NAME": PERSON[0],
        "GIT_COMMITTER_EMAIL": PERSON[1],
    }
    os.environ.update(env)
    with tempfile.TemporaryDirectory(prefix="newsroom-hostile-") as tmp:
        room = Path(tmp) / "room"
        made = subprocess.run(
            [sys.executable, "-m", "newsroom", "init", str(room), "--name", "Hostile Press"],
            env={**env, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            check=False,
        )
        if made.returncode != 0:
            print(made.stderr.decode(errors="replace"), file=sys.stderr)
            return 1
        print(f"code: {ns.code}\n\n| body | size | check, every gate, no cache |\n|---|---|---|")
        for slug, body in bodies().items():
            source = Path(tmp) / f"{slug}.txt"
            source.write_text(f"{slug.replace('-', ' ').capitalize()}\n\n{body}")
            filed = subprocess.run(
                [sys.executable, "-m", "newsroom", "file", str(source), "--slug", slug],
                cwd=room,
                env={**env, "PYTHONPATH": str(ROOT)},
                capture_output=True,
                check=False,
            )
            if not (room / "stories" / slug / "story.md").exists():
                print(filed.stderr.decode(errors="replace"), file=sys.stderr)
                return 1
            took = run(
                ["check", slug, "--stage", "publish", "--no-cache"], room, ns.code, ns.timeout
            )
            shown = f"over {ns.timeout:.0f} s" if took is None else f"{took:.2f} s"
            print(f"| {slug} | {len(body) / 1e6:.2f} MB | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
