"""Reading history fast: one `git log` streamed as git writes it, and the blobs it names
read in batches from one `git cat-file --batch` kept open beside it. This is what verify
replays; both processes are started through GitPython's command wrapper.

GitPython's object database (`repo.odb.stream`, `repo.git.get_object_data`) asks its own
cat-file process for one blob per round trip. Verify reads tens of thousands of story.md
versions: read that way, 30,000 of them cost about four times the CPU in Python and up to
twice the time of asking for a batch at a time, so the batch reader keeps its own process.
"""

from __future__ import annotations

import codecs
import contextlib
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from newsroom.repo.records import Author, Change, LogEntry
from newsroom.repo.runner import Git, close, finish, stop

BLOB_BATCH = 1000  # 41 bytes an id: a batch stays within a 64 KiB pipe


def read_log(
    git: Git,
    *,
    revisions: str,
    paths: Sequence[str],
    signers_file: Path | None,
    reverse: bool,
    parts: Sequence[Sequence[str]] = (),
) -> Iterator[LogEntry]:
    """Every commit of `revisions` (touching `paths`, if given), streamed from one
    `git log`; with `signers_file`, each carries git's verdict on its signature.

    With `parts` (oldest first: each a list of revisions, the commits of a part being
    none of the ancestors of a later part's), one `git log` per part runs at once and
    their entries come part after part: git's tree diffs, most of its time, then use
    both cores while the caller reads."""
    if not git.head():
        return
    fields = (
        "%H%x00%P%x00%an%x00%ae%x00%aI%x00%G?%x00%GS%x00%B"
        if signers_file
        else ("%H%x00%P%x00%an%x00%ae%x00%aI%x00%x00%x00%B")
    )
    config = [f"gpg.ssh.allowedSignersFile={signers_file}"] if signers_file else []
    processes = []
    try:
        for part in parts or [[revisions]]:
            processes.append(
                git.start(
                    "log",
                    # oldest first in an order that respects parents, or newest first
                    *(["--reverse", "--topo-order"] if reverse or parts else []),
                    "--no-renames",
                    "--raw",
                    "--diff-merges=first-parent",  # a merge: what it changed on its branch
                    "--no-abbrev",
                    f"--format=%x00C%x00{fields}%x00",
                    *part,
                    # path limiting costs git twice the time; the caller filters the log
                    *(["--full-history", "--full-diff", "--", *paths] if paths else []),
                    config=config,
                )
            )
        pumps = [_Pump(process.stdout) for process in processes]
        for process, pump in zip(processes, pumps, strict=True):
            yield from _log_entries(pump)
            process.stdout.close()
            finish(process, "log")
    except BaseException:  # the reader stopped early (or failed): stop git too
        for process in processes:
            stop(process)
        raise


@contextlib.contextmanager
def blob_reader(git: Git) -> Iterator[Callable[[Sequence[str]], list[bytes]]]:
    """A function that reads a batch of blobs (at most BLOB_BATCH) from one
    `git cat-file --batch` process kept open for as many batches as needed."""
    process = git.start("cat-file", "--batch", stdin=True)
    stdin, stdout = process.stdin, process.stdout

    def read(oids: Sequence[str]) -> list[bytes]:
        # a batch of ids fits in the pipe, so writing never waits for the answers
        assert len(oids) <= BLOB_BATCH
        stdin.write("".join(f"{oid}\n" for oid in oids).encode())
        stdin.flush()
        found = []
        for _ in oids:
            header = stdout.readline().split()
            if len(header) < 3 or header[1] == b"missing":
                found.append(b"")
            else:
                found.append(stdout.read(int(header[2]) + 1)[:-1])
        return found

    try:
        yield read
    finally:
        close(process)


def signoff_log(git: Git, revisions: str, paths: Sequence[str] = ()) -> list[LogEntry]:
    """The commits of `revisions` that name a story in a `Newsroom-Story:` line, oldest
    first (one `git log --grep`, no tree diffs)."""
    if not git.head():
        return []
    out = git.run(
        "log",
        "--reverse",
        "--topo-order",
        "--grep=^Newsroom-Story: ",
        "--format=%x00%H%x1f%an%x1f%ae%x1f%aI%x1f%B",
        revisions,
        *(["--", *paths] if paths else []),
    )
    entries = []
    for record in out.split("\0")[1:]:
        sha, name, email, date, message = record.split("\x1f", 4)
        entries.append(LogEntry(sha, Author(name, email), date, "", "", message))
    return entries


def tree_files(git: Git, ref: str, under: str) -> list[tuple[str, str]]:
    """(path, blob id) of every file under `under` at `ref`."""
    out = git.run("ls-tree", "-r", "-z", ref, "--", under)
    rows = []
    for entry in out.split("\0"):
        meta, _, path = entry.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob":
            rows.append((path, parts[2]))
    return rows


class _Pump:
    """Reads a pipe on a thread, so git keeps writing while the reader is busy."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        self._thread.start()

    def _run(self, stream: IO[bytes]) -> None:
        read = getattr(stream, "read1", stream.read)
        try:
            while data := read(1 << 20):
                self._chunks.put(data)
        except (OSError, ValueError):
            pass
        finally:
            self._chunks.put(b"")

    def read1(self, size: int = -1) -> bytes:
        return self._chunks.get()


def _log_entries(stream: _Pump) -> Iterator[LogEntry]:
    """Entries as soon as git writes them (read1 returns what is there, without waiting)."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    read = stream.read1
    buffer = ""
    while True:
        data = read(1 << 20)
        buffer += decoder.decode(data, final=not data)
        records = buffer.split("\0C\0")
        buffer = records.pop()  # the last record may not be complete yet
        for record in records:
            if record:
                yield _entry(record)
        if not data:
            if buffer:
                yield _entry(buffer)
            return


def _entry(record: str) -> LogEntry:
    fields = [*record.split("\0", 8), *[""] * 9][:9]
    sha, parents, name, email, date, verdict, signer, message, raw = fields
    changes = []
    for line in raw.split("\n"):
        if line.startswith(":"):
            meta, _, path = line.partition("\t")
            parts = meta.split()
            if len(parts) >= 5:
                changes.append(Change(path, parts[3]))
    return LogEntry(
        sha,
        Author(name, email),
        date,
        verdict,
        signer,
        message,
        tuple(changes),
        tuple(parents.split()),
    )
