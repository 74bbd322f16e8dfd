"""Time the routine commands (claim/source edit and remove, image, embargo, person, edit) as
fresh processes in a big newsroom.

The newsroom is one `benchmarks/bench_verify.py --keep DIR` built (10,000 published stories,
60,000 commits with --no-corrections). It is copied first (`cp -a`), never written to; a new
draft is filed in the copy, and each command runs once on it, by the person who may. Before
them, `newsroom status` runs once, untimed, as it has in any clone people work in: it keeps
every story's stage in `.newsroom-cache/stages.json`, which `person remove` reads to leave
the published and killed stories unread (`--cold` leaves it out: the first command in a
fresh clone).

    python benchmarks/bench_verify.py --stories 10000 --no-corrections --keep /tmp/bv
    python benchmarks/bench_commands.py /tmp/bv/room-10000

Target: every command <= 0.5 s in a 10,000-story newsroom.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_verify import STORY, as_person, environment, timed  # noqa: E402

SLUG = "routine-draft"
CAPTION = "Residents fill the council chamber in Harbor City, Fla., on Tuesday."


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


def git(folder: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def file_draft(folder: Path, env: dict[str, str]) -> None:
    """A new draft, its verdicts committed by the fact-checker they name."""
    shutil.copytree(STORY, folder / "stories" / SLUG)
    verdicts = f"stories/{SLUG}/factcheck.yaml"
    as_person(folder, env, "rtorres")
    git(folder, env, "add", "-A")
    git(folder, env, "reset", "-q", "--", verdicts)
    git(folder, env, "commit", "-q", "-m", f"file {SLUG}")
    as_person(folder, env, "lpark")
    git(folder, env, "add", verdicts)
    git(folder, env, "commit", "-q", "-m", "claims checked")


def commands(photo: Path, editor: Path) -> list[tuple[str, tuple[str, ...], dict[str, str]]]:
    """(who, arguments, extra environment) for each command timed, in order."""
    image = ("--caption", CAPTION, "--credit", "Samir Khan/Coastal Daily Press", "--alt", "A room")
    return [
        ("rtorres", ("claim", SLUG, "edit", "length", "--note", "from the plan"), {}),
        ("lpark", ("claim", SLUG, "remove", "most-expensive"), {}),
        ("rtorres", ("source", SLUG, "edit", "ortega", "--affiliation", "State agency"), {}),
        ("rtorres", ("source", SLUG, "remove", "whitfield"), {}),
        ("rtorres", ("image", SLUG, "add", str(photo), *image), {}),
        ("rtorres", ("image", SLUG, "edit", "crowd.png", "--credit", "Ana Ruiz/Reuters"), {}),
        ("rtorres", ("image", SLUG, "list"), {}),
        ("rtorres", ("image", SLUG, "remove", "crowd.png"), {}),
        ("rtorres", ("embargo", SLUG, "set", "2099-03-02 09:00 America/New_York"), {}),
        ("rtorres", ("embargo", SLUG, "clear"), {}),
        ("eokafor", ("person", "add", "jdoe", "--name", "Jane Doe", "--email",
                     "jane@example.org", "--role", "reporter"), {}),
        ("eokafor", ("person", "edit", "jdoe", "--role", "reporter", "--role", "editor"), {}),
        ("eokafor", ("person", "remove", "jdoe"), {}),
        ("eokafor", ("person", "list"), {}),
        ("rtorres", ("edit", SLUG), {"EDITOR": f"sh {editor}"}),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("room", type=Path, help="A newsroom bench_verify.py built and kept.")
    parser.add_argument(
        "--cold", action="store_true", help="No `newsroom status` first: no stage cache."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-commands-") as tmp:
        work = Path(tmp)
        folder = work / "room"
        subprocess.run(["cp", "-a", str(args.room), str(folder)], check=True)
        env = environment(work / "home")
        stories = sum(1 for p in (folder / "stories").iterdir() if p.is_dir())
        file_draft(folder, env)
        if not args.cold:
            as_person(folder, env, "eokafor")
            timed(folder, env, "status")
        photo = work / "crowd.png"
        photo.write_bytes(png())
        editor = work / "editor.sh"
        editor.write_text("printf '\\nThe council meets again in May.\\n' >> \"$1\"\n")
        cache = "no stage cache" if args.cold else "stage cache made by `newsroom status`"
        print(f"{stories + 1:,} stories, {cache}; wall s (CPU s of the command and its git "
              "children)\n")
        print("| command | time |\n| --- | --- |")
        for who, command, extra in commands(photo, editor):
            as_person(folder, env, who)
            figure, done = timed(folder, {**env, **extra}, *command)
            if done.returncode not in (0,):
                raise SystemExit(f"{' '.join(command)} failed: {done.stderr or done.stdout}")
            print(f"| `{' '.join(command[:3] if command[0] != 'person' else command[:2])}` "
                  f"| {figure} |")


if __name__ == "__main__":
    main()
