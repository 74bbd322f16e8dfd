"""Benchmark `verify` over a long sign-off history, and `advance`/`publish` in a big newsroom.

Builds, with one `git fast-import` stream, a newsroom whose N stories were each filed and then
signed off five times by the right people (draft -> contributor-credit -> fact-check ->
publish -> published, then a correction), the claims' verdicts committed by the fact-checker
they name: 7 commits per story, 5 of them sign-offs. Every
story.md version is its own blob, so verify reads as much as a real history would make it.

    python benchmarks/bench_verify.py                 # 2,500, 5,000 and 10,000 stories
    python benchmarks/bench_verify.py --stories 1000  # one size only
    python benchmarks/bench_verify.py --no-corrections  # 6 commits a story, no correction

Targets: verify of 10,000 stories (70,000 commits, 50,000 of them sign-offs) <= 30 s on 2
cores, linear in commits; advance in a 10,000-story newsroom <= 0.6 s; `ci --changed-since`
on one new sign-off there <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsroom.models import Stage  # noqa: E402
from newsroom.services.signoff import Action, SignOff  # noqa: E402
from newsroom.store import content, media, stories  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
STORY = FIXTURES / "clean-story"
PEOPLE = {
    "rtorres": ("Rosa Torres", "rosa.torres@coastal.example"),
    "eokafor": ("Emeka Okafor", "emeka.okafor@coastal.example"),
    "lpark": ("Lena Park", "lena.park@coastal.example"),
    "gbell": ("Grace Bell", "grace.bell@coastal.example"),
}
STEPS = (  # (signer, action, from, to)
    ("rtorres", Action.ADVANCE, Stage.DRAFT, Stage.CONTRIBUTOR_CREDIT),
    ("eokafor", Action.ADVANCE, Stage.CONTRIBUTOR_CREDIT, Stage.FACT_CHECK),
    ("lpark", Action.ADVANCE, Stage.FACT_CHECK, Stage.PUBLISH),
    ("gbell", Action.PUBLISH, Stage.PUBLISH, Stage.PUBLISHED),
    ("eokafor", Action.CORRECT, Stage.PUBLISHED, Stage.PUBLISHED),
)


def environment(home: Path) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    config = home / ".gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NEWSROOM_"))}
    env.update(
        {
            "HOME": str(home),
            "GIT_CONFIG_GLOBAL": str(config),
            "GIT_CONFIG_NOSYSTEM": "1",
            "PYTHONPATH": str(ROOT),
            "NO_COLOR": "1",
        }
    )
    return env


def data(text: bytes) -> bytes:
    return b"data %d\n" % len(text) + text + b"\n"


def story_text(slug: str, stage: Stage, corrected: bool, pin: str = "") -> bytes:
    raw = (STORY / "story.md").read_text()
    raw = raw.replace("stage: draft", f"stage: {stage.value}")
    if pin:
        raw = raw.replace("type: news\n", f"type: news\nfact_checked: {pin}\n")
    if corrected:
        raw = raw.replace(
            "type: news\n",
            "type: news\ncorrections:\n- date: '2026-01-02T00:00:00Z'"
            "\n  note: A figure was corrected.\n",
        )
    return (raw + f"\nFiled as {slug}.\n").encode()


def content_pin(slug: str) -> str:
    """The content hash the fact-check of this story pins, as newsroom computes it."""
    version = stories.read_version(story_text(slug, Stage.FACT_CHECK, False))
    claims = stories.read_side_version(
        "factcheck.yaml", (STORY / "factcheck.yaml").read_bytes(), "factcheck.yaml"
    ).claims
    assert version.meta is not None and claims is not None
    images = {i.file: media.blob_id((STORY / i.file).read_bytes()) for i in version.meta.images}
    return content.content_digest(version.meta, version.body, claims, images)


def commit(who: str, when: int, message: str, changes: list[bytes], mark: int) -> bytes:
    name, email = PEOPLE[who]
    ident = f"{name} <{email}> {when} +0000".encode()
    head = b"commit refs/heads/main\nmark :%d\nauthor %s\ncommitter %s\n" % (mark, ident, ident)
    return head + data(message.encode()) + b"".join(changes)


def inline(path: str, text: bytes) -> bytes:
    return f"M 100644 inline {path}\n".encode() + data(text)


def history_stream(stories: int, corrections: bool = True) -> bytes:
    """A fast-import stream: the newsroom, then every story filed and signed off (and
    corrected once published, with `corrections`)."""
    shared = {
        name: (STORY / name).read_bytes()
        for name in ("credits.yaml", "sources.yaml", "media/crews.png")
    }
    out = [b"blob\nmark :1\n" + data(b"")]
    marks = {}
    for i, (name, text) in enumerate(shared.items(), start=2):
        out.append(b"blob\nmark :%d\n" % i + data(text))
        marks[name] = i
    checked = len(shared) + 2
    out.append(b"blob\nmark :%d\n" % checked + data((STORY / "factcheck.yaml").read_bytes()))
    when, mark = 1_767_225_600, 100
    roster = (FIXTURES / "newsroom.yaml").read_bytes()
    out.append(
        commit(
            "eokafor",
            when,
            "newsroom: init\n",
            [inline("newsroom.yaml", roster), b"M 100644 :1 stories/.gitkeep\n"],
            mark,
        )
    )
    for n in range(stories):
        slug = f"story-{n:05d}"
        folder = f"stories/{slug}"
        files = [
            b"M 100644 :%d %s/%s\n" % (m, folder.encode(), name.encode())
            for name, m in marks.items()
        ]
        mark += 1
        when += 7
        out.append(
            commit(
                "rtorres",
                when,
                f"file {slug}\n",
                [*files, inline(f"{folder}/story.md", story_text(slug, Stage.DRAFT, False))],
                mark,
            )
        )
        # the claims' verdicts, committed by the fact-checker they name
        mark += 1
        when += 7
        verdicts = b"M 100644 :%d %s/factcheck.yaml\n" % (checked, folder.encode())
        out.append(commit("lpark", when, f"{slug}: claims checked\n", [verdicts], mark))
        pinned = content_pin(slug)
        for who, action, frm, to in STEPS if corrections else STEPS[:-1]:
            mark += 1
            when += 7
            pin = pinned if frm in (Stage.FACT_CHECK, Stage.PUBLISH) else ""
            message = SignOff(slug, action, frm, to, pin, "").message()
            shown = pinned if to.order >= Stage.PUBLISH.order else ""
            text = story_text(slug, to, action is Action.CORRECT, shown)
            out.append(commit(who, when, message, [inline(f"{folder}/story.md", text)], mark))
    return b"".join(out)


def build(folder: Path, stories: int, env: dict[str, str], corrections: bool = True) -> float:
    started = time.perf_counter()
    subprocess.run(["git", "init", "-q", str(folder)], check=True, env=env)
    subprocess.run(
        ["git", "fast-import", "--quiet"],
        cwd=folder,
        env=env,
        check=True,
        input=history_stream(stories, corrections),
    )
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=folder, env=env, check=True)
    subprocess.run(["git", "config", "user.name", "Rosa Torres"], cwd=folder, env=env, check=True)
    subprocess.run(
        ["git", "config", "user.email", PEOPLE["rtorres"][1]], cwd=folder, env=env, check=True
    )
    return time.perf_counter() - started


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(
    folder: Path, env: dict[str, str], *args: str
) -> tuple[str, subprocess.CompletedProcess[str]]:
    """Run newsroom; 'wall s (CPU s)', CPU being the command's and its git children's."""
    started, cpu = time.perf_counter(), cpu_children()
    done = subprocess.run(
        [sys.executable, "-m", "newsroom", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    return f"{wall:.2f} ({cpu_children() - cpu:.2f})", done


def as_person(folder: Path, env: dict[str, str], who: str) -> None:
    name, email = PEOPLE[who]
    subprocess.run(["git", "config", "user.name", name], cwd=folder, env=env, check=True)
    subprocess.run(["git", "config", "user.email", email], cwd=folder, env=env, check=True)


def measure(stories: int, work: Path, corrections: bool = True) -> list[str]:
    """One table row: sizes, build time, verify, and each sign-off of a new story."""
    folder = work / f"room-{stories}"
    env = environment(work / "home")
    built = build(folder, stories, env, corrections)
    count = subprocess.run(
        ["git", "rev-list", "--count", "HEAD"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    load = os.getloadavg()[0]
    verified, done = timed(folder, env, "verify", "--format", "json")
    if done.returncode != 0:
        raise SystemExit(f"verify failed on the benchmark history:\n{done.stdout[:2000]}")
    row = [f"{stories:,}", f"{int(count.stdout):,}", f"{built:.0f}", f"{load:.1f}", verified]
    # a new story in this newsroom, taken through every sign-off by the right people
    shutil.copytree(STORY, folder / "stories" / "new-story")
    subprocess.run(["git", "add", "-A"], cwd=folder, env=env, check=True)
    verdicts = "stories/new-story/factcheck.yaml"
    subprocess.run(["git", "reset", "-q", "--", verdicts], cwd=folder, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "file new-story"], cwd=folder, env=env, check=True)
    as_person(folder, env, "lpark")  # the claims' verdicts, by the fact-checker they name
    subprocess.run(["git", "add", verdicts], cwd=folder, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "claims checked"], cwd=folder, env=env, check=True)
    for who, args in (
        ("rtorres", ("advance", "new-story")),
        ("eokafor", ("advance", "new-story")),
        ("lpark", ("advance", "new-story")),
        ("gbell", ("publish", "new-story")),
    ):
        as_person(folder, env, who)
        figure, done = timed(folder, env, *args)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr}")
        row.append(figure)
    # what a pull request's CI runs after one new sign-off
    figure, done = timed(folder, env, "ci", "--changed-since", "HEAD~1", "--format", "json")
    if done.returncode != 0:
        raise SystemExit(f"ci failed on the benchmark history:\n{done.stdout[:2000]}")
    row.append(figure)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, nargs="*", default=[2500, 5000, 10000])
    parser.add_argument("--keep", type=Path, help="Build in this folder and keep it.")
    parser.add_argument(
        "--no-corrections",
        action="store_true",
        help="No correction after publication: 6 commits a story (60,001 for 10,000).",
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsroom-bench-verify-"))
    try:
        print("Seconds, wall (CPU of the command and its git processes).\n")
        print(
            "| stories | commits | build | load avg | verify | advance draft | "
            "advance credit | advance fact-check | publish | ci --changed-since HEAD~1 |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in args.stories:
            row = measure(n, work, corrections=not args.no_corrections)
            print("| " + " | ".join(row) + " |", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
