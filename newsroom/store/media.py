"""A story folder's media files (images and other assets), known by a hash of their bytes."""

from __future__ import annotations

import hashlib
import os
import posixpath
import stat
from pathlib import Path


def inside_name(name: str) -> str:
    """`name` (an image's `file`) as a path inside the story folder, e.g. 'media/a.jpg' for
    './media/a.jpg'; '' when it leads out of the folder (a '..', an absolute path)."""
    parts = name.replace("\\", "/").split("/")
    if not name.strip() or not parts[0] or ".." in parts or ":" in parts[0]:
        return ""
    return posixpath.normpath("/".join(parts))


def digest(data: bytes) -> str:
    """The hash newsroom knows a file's bytes by: 'sha256:<hex>'."""
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def file_digest(folder: Path, name: str) -> str:
    """The digest of file `name` of the story folder, or '' when there is no such plain
    file inside the folder (a name or a link leading out of it counts as none)."""
    inside = inside_name(name)
    if not inside:
        return ""
    path = folder / inside
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(folder)):
        return ""
    try:  # non-blocking: a fifo or device under the name must not hang the command
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return ""
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ""
        try:
            return f"sha256:{hashlib.file_digest(handle, 'sha256').hexdigest()}"
        except OSError:
            return ""
