"""Writing files so that readers see the old file or the new one, never half.

A new file or folder gets the permissions any program's new file gets: 0666 (0777 for a
folder or a script) less the user's umask, so a checkout shared by a group stays readable
to it. A file that is replaced keeps its mode.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_ATTEMPTS = 100


def write_atomic(path: Path, text: str | bytes, *, executable: bool = False) -> None:
    """Write `text` (or bytes, as they are) to `path` through a temporary file and a rename.
    Bytes that are not UTF-8, carried in text as surrogate escapes (a filed Word file, an
    image), are written as they were."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_file(path.parent, f".{path.name}.", 0o777 if executable else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_file(path: Path) -> None:
    """Delete the file `path` (gone already is fine)."""
    path.unlink(missing_ok=True)


def temp_folder(parent: Path, prefix: str) -> Path:
    """A new, empty folder in `parent`, to fill and then rename into place."""
    for _ in range(_ATTEMPTS):
        folder = parent / f"{prefix}{os.urandom(6).hex()}"
        try:
            folder.mkdir()  # 0777 less the umask
        except FileExistsError:
            continue
        return folder
    raise FileExistsError(f"no free temporary name in {parent}")


def _new_file(parent: Path, prefix: str, mode: int) -> tuple[int, Path]:
    """Create a new file exclusively; the kernel takes the umask off `mode`."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        tmp = parent / f"{prefix}{os.urandom(6).hex()}.tmp"
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {parent}")


def _keep_mode(path: Path, tmp: Path) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


def what_is_there(path: Path) -> str:
    """What stands at a path given as a file to read, when it is no plain file: 'is a
    folder', 'is a named pipe (FIFO)', ..., or 'does not exist'."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "does not exist"
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    return "is not a plain file"
