"""Checks on the body: length, placeholders, pasted web-page chrome, doubled words, quotes."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator
from typing import Final

from newsroom.checks.chrome import CAPTION, pasted_caption, widget_starts
from newsroom.checks.engine import Check, Example, Hit, check, hit_at
from newsroom.checks.sentences import split
from newsroom.checks.statements import words
from newsroom.checks.text import PLACEHOLDER_RE, may_have_placeholder, normalize, similar
from newsroom.checks.view import Paragraph, StoryView
from newsroom.models import Severity, Stage

D, E, W = Stage.DRAFT, Severity.ERROR, Severity.WARNING
HOUSE: Final = "house style"


def _hit(para: Paragraph, offset: int, excerpt: str, detail: str = "") -> Hit:
    return hit_at(para, offset, excerpt.strip(), detail)


@check(
    "body.length",
    D,
    E,
    "the body is too short to file; write at least options.body.min_words words (150 by default)",
    HOUSE,
    passing=[Example()],
    failing=[Example(body="The council voted on Tuesday.\n")],
)
def body_length(view: StoryView) -> Iterator[Hit]:
    wanted = int(view.option("body", "min_words"))
    if not view.has_words(wanted):
        yield Hit(
            view.story.body_line,
            1,
            detail=f"the body has {view.word_count} words; write at least {wanted}",
        )


@check(
    "body.placeholder",
    D,
    E,
    "replace the placeholder with the real fact or text",
    HOUSE,
    passing=[Example()],
    failing=[
        Example(body="It cost TK, officials said.\n\n" + "Filler sentence here. " * 40),
        Example(body="Lorem ipsum dolor sit amet.\n\n" + "Filler sentence here. " * 40),
        Example(body="The mayor [insert quote].\n\n" + "Filler sentence here. " * 40),
    ],
)
def body_placeholder(view: StoryView) -> Iterator[Hit]:
    if not may_have_placeholder(view.story.body):
        return
    for para, offset, text in view.lines:
        for m in PLACEHOLDER_RE.finditer(text):
            yield _hit(
                para,
                offset + m.start(),
                text,
                f"placeholder '{m.group()}' left in the body; replace it with the real "
                "fact or text",
            )


@check(
    "body.web-chrome",
    D,
    E,
    "delete text pasted from the web page around the story (navigation, share buttons, "
    "sign-ups, comments, teasers, footers, ads)",
    "house style: filing copy",
    passing=[Example()],
    failing=[
        Example(
            body="Share this article\nFacebook Twitter Email\n\n" + "Filler sentence here. " * 40
        ),
        Example(body="Filler sentence here. " * 40 + "\n\nAdvertisement\n"),
        Example(
            body="Filler sentence here. " * 40 + "\n\nRelated Stories\nTen Beaches To See Now\n"
        ),
    ],
)
def body_web_chrome(view: StoryView) -> Iterator[Hit]:
    for para, offset, text, what in view.debris:
        if what != CAPTION:
            yield from _each_sentence(
                para, offset, text, f"{what} pasted from a web page; delete this line"
            )


def _each_sentence(para: Paragraph, offset: int, text: str, detail: str) -> Iterator[Hit]:
    """A hit on each sentence of a line of debris, and on each widget of a line of widgets
    pasted run together: none of them is reporting."""
    lead = len(text) - len(text.lstrip())
    widgets = [lead + a for a in widget_starts(text.strip())]
    for a in sorted({a for a, _ in split(text)} | set(widgets)):
        yield _hit(para, offset + a, text, detail)


@check(
    "body.pasted-caption",
    D,
    E,
    "move this image caption and credit out of the body into the story's images list",
    "IPTC Photo Metadata: caption and credit belong with the image",
    passing=[Example()],
    failing=[
        Example(
            body="Crews at the waterfront (Photo: Facebook)\n\n" + "Filler sentence here. " * 40
        )
    ],
)
def body_pasted_caption(view: StoryView) -> Iterator[Hit]:
    for para, offset, text, what in view.debris:
        if what == CAPTION:
            yield from _each_sentence(para, offset, text, "")


@check(
    "body.pasted-headline",
    D,
    E,
    "delete the headline (or dek) pasted into the body; they live in the front matter",
    "house style: filing copy",
    passing=[Example()],
    failing=[
        Example(
            body="Harbor City Council approves $42 million seawall\n\n"
            + "Filler sentence here. " * 40
        )
    ],
)
def body_pasted_headline(view: StoryView) -> Iterator[Hit]:
    wanted = {
        key: (text, len(normalize(text).split()))
        for key in ("headline", "dek")
        if (text := getattr(view.meta, key)).strip()
    }
    if not wanted:
        return
    longest = max(n for _, n in wanted.values())
    longest_chars = max(len(text) for text, _ in wanted.values()) * 3 // 2 + 40
    for para, offset, text in view.lines:
        if len(text) > longest_chars:
            continue
        n = len(text.split())
        # A pasted headline is a short line of its own (perhaps with a credit after it).
        if n < 3 or n > longest + longest // 4 + 3 or pasted_caption(text):
            continue
        for key, (headline, _) in wanted.items():
            if similar(text, headline, 0.9):
                yield _hit(
                    para, offset, text, f"the {key} is repeated in the body; delete this line"
                )
                break


_DOUBLED: Final = re.compile(r"\b([A-Za-z]+)(\s+)(\1)\b", re.I)
_GRAMMATICAL_DOUBLES: Final = frozenset({"had had", "that that"})


@check(
    "body.repeated-word",
    D,
    E,
    "delete the repeated word",
    "house style: copy editing",
    passing=[
        Example(
            body="They flew from Walla Walla to Bora Bora. He said that that "
            "was fine.\n\n" + "Filler sentence here. " * 40
        )
    ],
    failing=[
        Example(body="It is the the largest project.\n\n" + "Filler sentence here. " * 40),
        Example(body="It is a well-known known risk.\n\n" + "Filler sentence here. " * 40),
    ],
)
def body_repeated_word(view: StoryView) -> Iterator[Hit]:
    found = view.prose_words
    if True not in map(operator.eq, found, found[1:]):
        return  # no word follows itself anywhere, so the regex cannot match
    for para in view.prose:
        lowered = words([para.text])
        if True not in map(operator.eq, lowered, lowered[1:]):
            continue
        for m in _DOUBLED.finditer(para.text):
            first, second = m.group(1), m.group(3)
            if "\n" in m.group(2) and first != second:
                continue
            if first[0].isupper() and second[0].isupper():
                continue  # a name that really repeats: Walla Walla, Bora Bora, Sing Sing
            if f"{first} {second}".lower() in _GRAMMATICAL_DOUBLES:
                continue
            yield _hit(
                para, m.start(3), m.group(), f"'{first} {second}': the word is repeated; delete one"
            )


_STYLES: Final = {
    "straight double quotes": '"',
    "curly double quotes": "“”",
    "straight apostrophes": "'",
    "curly apostrophes": "‘’",
}


Locate = Callable[[int], tuple[int, int]]


def _texts(view: StoryView) -> Iterator[tuple[str, Locate]]:
    """Every text a reader sees (headline, dek, captions, body) with a way to place an offset."""

    def field(*keys: str | int) -> Locate:
        line, col = view.field_text_column(*keys)
        return lambda offset: (line, col + offset)

    yield view.meta.headline, field("headline")
    yield view.meta.dek, field("dek")
    for i, image in enumerate(view.meta.images):
        yield image.caption, field("images", i, "caption")
    for para in view.prose:
        yield para.text, para.position


@check(
    "body.mixed-quotes",
    D,
    W,
    "use one style of quotation marks and apostrophes throughout (straight or curly)",
    "house style: typography",
    passing=[Example()],
    failing=[
        Example(
            body='“We voted,” she said. "It\'s done," he said.\n\n' + "Filler sentence here. " * 40
        )
    ],
)
def body_mixed_quotes(view: StoryView) -> Iterator[Hit]:
    meta = view.meta
    everything = "\n".join(
        (meta.headline, meta.dek, *(i.caption for i in meta.images), view.story.body)
    )
    for straight, curly in (
        ("straight double quotes", "curly double quotes"),
        ("straight apostrophes", "curly apostrophes"),
    ):
        if not all(any(c in everything for c in _STYLES[n]) for n in (straight, curly)):
            continue  # one style is absent from every text, so nothing is mixed
        texts = list(_texts(view))
        counts = {
            name: sum(sum(t.count(c) for c in _STYLES[name]) for t, _ in texts)
            for name in (straight, curly)
        }
        if not all(counts.values()):
            continue
        minority = min(counts, key=lambda n: (counts[n], n))
        majority = curly if minority == straight else straight
        for text, locate in texts:
            found = [i for i in (text.find(c) for c in _STYLES[minority]) if i >= 0]
            if found:
                at = min(found)
                line, col = locate(at)
                yield Hit(
                    line,
                    col,
                    excerpt=text.split("\n")[text[:at].count("\n")],
                    detail=f"{minority} here, {majority} elsewhere "
                    f"({counts[majority]} to {counts[minority]}); use one style",
                )


CHECKS: Final[tuple[Check, ...]] = (
    body_length,
    body_placeholder,
    body_web_chrome,
    body_pasted_caption,
    body_pasted_headline,
    body_repeated_word,
    body_mixed_quotes,
)
