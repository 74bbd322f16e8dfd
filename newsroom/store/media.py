"""A story folder's media files (images and other assets), known by git's id of their bytes."""

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


def blob_id(data: bytes) -> str:
    """The id git gives a file with these bytes (`git hash-object`): how newsroom knows an
    image, so that one read from disk and one read from history compare."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def file_id(folder: Path, name: str) -> str:
    """The blob id of file `name` of the story folder, or '' when there is no such plain
    file inside the folder (a name or a link leading out of it counts as none)."""
    data = read_file(folder, name)
    return blob_id(data) if data is not None else ""


def read_file(folder: Path, name: str) -> bytes | None:
    """The bytes of file `name` of the story folder, or None when there is no such plain
    file inside it (a name or a link leading out of it counts as none)."""
    inside = inside_name(name)
    if not inside:
        return None
    path = folder / inside
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(folder)):
        return None
    try:  # non-blocking: a fifo or device under the name must not hang the command
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder opens too, but reads as nothing
        os.close(fd)
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read()
        except OSError:
            return None


def image_kind(data: bytes) -> str:
    """The extension of the image format these bytes are ('' when they are none)."""
    if data[:3] == b"\xff\xd8\xff" and len(data) > 4:
        return "jpg"
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 13:
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and data[12:15] == b"VP8":
        return "webp"
    if data[:4] in (b"II*\x00", b"MM\x00*") and len(data) > 8:
        return "tif"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"avif", b"avis"):
            return "avif"
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
            return "heic"
    return ""
