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
    except Exception as exc:  # the converter's own errors on a file it cannot read
        if type(exc).__module__.split(".")[0] not in ("mammoth", "lxml", "xml", "cobble"):
            raise
        raise InputError(
            f"is a Word file newsroom cannot read ({_why(exc)}); save it again as .docx",
            path=shown,
        ) from None
    return web.word_blocks(result.value, images)


def _why(exc: BaseException) -> str:
    said = " ".join(str(exc).split())[:80]
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__
