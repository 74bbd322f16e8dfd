"""A Word file (.docx) as blocks, converted by mammoth, with the bytes of its images.

Word's own styles say what a paragraph is: Title is the headline, Subtitle the dek,
Caption an image's caption, headings are subheads. A damaged file, or one that is not a
Word document inside, is refused in one line.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Any, Final

from newsroom.errors import InputError
from newsroom.filing.draft import Block

STYLES: Final = "\n".join(
    (
        "p[style-name='Title'] => h1:fresh",
        "p[style-name='Subtitle'] => p.dek:fresh",
        "p[style-name='Caption'] => p.caption:fresh",
        "p[style-name='Byline'] => p.byline:fresh",
        "p[style-name='Intense Quote'] => blockquote:fresh",
        "p[style-name='Quote'] => blockquote:fresh",
    )
)
_TYPES: Final = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}


def word_blocks(data: bytes, shown: str) -> list[Block]:
    """The blocks of a .docx file's text, in order, its images with their bytes."""
    import mammoth  # imported only to file a Word document

    from newsroom.filing import web

    _refuse_inflated(data, shown)
    images: dict[str, bytes] = {}

    def keep(image: Any) -> dict[str, str]:
        with image.open() as stream:
            content = stream.read()
        name = f"image-{len(images) + 1}.{_TYPES.get(image.content_type, 'bin')}"
        images[name] = content
        return {"src": name, "alt": image.alt_text or ""}

    try:
        result = mammoth.convert_to_html(
            BytesIO(data), style_map=STYLES, convert_image=mammoth.images.img_element(keep)
        )
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, AttributeError) as exc:
        raise InputError(
            f"is a damaged Word file ({_why(exc)}); open it in Word, save it again as .docx "
            "and file that",
            path=shown,
        ) from None
    except RecursionError:  # (parts nested thousands deep: no draft Word writes)
        raise InputError(
            "is a Word file nested too deep to read; open it in Word, save it again as .docx "
            "and file that",
            path=shown,
        ) from None
    except Exception as exc:  # the converter's own errors on a file it cannot read
        if type(exc).__module__.split(".")[0] not in ("mammoth", "lxml", "xml", "cobble"):
            raise
        raise InputError(
            f"is a Word file newsroom cannot read ({_why(exc)}); save it again as .docx",
            path=shown,
        ) from None
    # Word's non-breaking hyphen is a hyphen that stays on its line; its optional hyphen, a
    # place a line may break, shows nothing
    html = result.value.replace("\u2011", "-").replace("\u00ad", "")
    return web.word_blocks(html, images)


# What a Word file may unpack to. Its own size is bounded before it is read, but a few
# hundred kilobytes can unpack to gigabytes (an image or a run of spaces deflated), and the
# converter's XML reading slows sharply on a huge document part: a real draft's text is a
# few megabytes at most, its photos tens.
MAX_PART: Final = 8 * 1024 * 1024  # each XML part: the text, styles, notes
MAX_MEDIA: Final = 40 * 1024 * 1024  # each image
MAX_TOTAL: Final = 100 * 1024 * 1024


def _refuse_inflated(data: bytes, shown: str) -> None:
    """Refuse a .docx whose parts would unpack past the bounds (the sizes its zip directory
    declares, which reading enforces: a part that unpacks to more is damaged)."""
    try:
        parts = zipfile.ZipFile(BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return  # the converter refuses it, with its reason
    total = 0
    for part in parts:
        media = part.filename.startswith("word/media/")
        if part.file_size > (MAX_MEDIA if media else MAX_PART):
            raise InputError(
                f"unpacks {part.filename} to {part.file_size // (1024 * 1024)} MB, more than "
                f"a Word draft holds; save the document again without it and file that",
                path=shown,
            )
        total += part.file_size
    if total > MAX_TOTAL:
        raise InputError(
            f"unpacks to {total // (1024 * 1024)} MB, more than a Word draft holds; save the "
            "document with smaller images and file that",
            path=shown,
        )


def _why(exc: BaseException) -> str:
    said = " ".join(str(exc).split())[:80]
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__
