"""A Word file written in two languages, each paragraph followed by its translation.

A correspondent who files for two papers types each paragraph in the one language and its
translation under it ('siSwati first, English under each paragraph'), and Word tags each
run with the language it is in (`<w:lang w:val="ss-SZ"/>`). The story is the paragraphs in
the file's main language, the one most of its words are tagged with; the paragraphs wholly
in the other are the other readership's, set apart as a page's aside is. A quotation in the
other language inside a paragraph of the main one stays in it: only a paragraph whose every
run is tagged with the other language is set apart, and only when such paragraphs are
paired with the main language's, as a translation under each is, and are as many as half of
them at least: a story quoting a speaker in her own language keeps its quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

# where a paragraph in the other language stands, in the converted text
MARK: Final = "\ue001"
_PARAGRAPH: Final = re.compile(rb"<w:p\b(?:(?!</w:p>).)*</w:p>", re.S)
_RUN: Final = re.compile(rb"<w:r\b(?:(?!</w:r>).)*</w:r>", re.S)
_TEXT: Final = re.compile(rb"<w:t\b[^>]*>([^<]*)</w:t>")
_LANGUAGE: Final = re.compile(rb'<w:lang\b[^>]*?\bw:val="([A-Za-z]{2,3})\b')
# a paragraph the mark opens, as the converter writes it (a heading, a caption, a title)
_MARKED: Final = re.compile(rf"<(?P<tag>p|h[1-6])\b(?P<attrs>[^>]*)>{MARK}(?P<text>.*?)</(?P=tag)>")
_MARK_RUN: Final = f"<w:r><w:t>{MARK}</w:t></w:r>".encode()
# how many paragraphs in the other language make a file written in two
_PAIRED: Final = 3


def other_language_marked(document: bytes) -> bytes | None:
    """The file's main part with each paragraph in its other language marked, or None
    when it is not written in two languages, paragraph by paragraph."""
    paragraphs = list(_PARAGRAPH.finditer(document))
    languages = [_language(p.group()) for p in paragraphs]
    sizes: Counter[str] = Counter()
    for found, language in zip(paragraphs, languages, strict=True):
        if language:
            sizes[language] += len(found.group())
    if len(sizes) < 2:
        return None
    main = sizes.most_common(1)[0][0]
    said = [(n, language) for n, language in enumerate(languages) if language is not None]
    others = [k for k, (n, language) in enumerate(said) if language != main and language != ""]
    paired = sum(1 for k in others if k + 1 < len(said) and said[k + 1][1] == main)
    mains = sum(1 for _, language in said if language == main)
    if len(others) < _PAIRED or paired * 2 < len(others) or len(others) * 2 < mains:
        return None  # (a few quotes in the other language among a story's are its own)
    marked = {said[k][0] for k in others}
    out, at = [], 0
    for n, found in enumerate(paragraphs):
        if n not in marked or (run := _RUN.search(document, found.start(), found.end())) is None:
            continue
        opens = run.start()  # (the mark in a run of its own, before the paragraph's first)
        own = document[found.start() : opens] + _MARK_RUN + document[opens : found.end()]
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if following and n + 1 not in marked and not document[found.end() : following.start()]:
            # (read after the paragraph it goes with: a caption stays under its picture)
            own = following.group() + own
            found = following
        out += [document[at : paragraphs[n].start()], own]
        at = found.end()
    return b"".join([*out, document[at:]])


def set_apart(html: str) -> str:
    """The converted text with each marked paragraph set in an aside."""
    return _MARKED.sub(r"<aside><\g<tag>>\g<text></\g<tag>></aside>", html)


def _language(paragraph: bytes) -> str | None:
    """The language every run of a paragraph that holds text is tagged with; '' when its
    runs are not all tagged with one, None when it holds no text."""
    found: set[bytes] = set()
    for run in _RUN.finditer(paragraph):
        if not any(text.strip() for text in _TEXT.findall(run.group())):
            continue
        language = _LANGUAGE.search(run.group())
        found.add(language.group(1).lower() if language else b"")
    if not found:
        return None
    return found.pop().decode() if len(found) == 1 else ""
