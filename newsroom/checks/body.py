"""Checks on the body: length, placeholders, pasted web-page chrome, doubled words, quotes."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check, hit_at
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


_PLATFORMS: Final = (
    r"facebook|twitter|x|email|e-mail|linkedin|whatsapp|pinterest|reddit|print|copy link|"
    r"messenger|bluesky|threads|telegram|flipboard"
)
_CHROME: Final = [
    (re.compile(p, re.I), what)
    for p, what in [
        (
            r"^(?:skip to (?:main )?content|(?:main )?menu|search(?: this site)?|home|sections|"
            r"back to top|print(?: this (?:article|page))?|copy link|listen to (?:this )?article|"
            r"\d+ min(?:ute)? read|close|toggle navigation|log ?in|log ?out|sign ?in|sign out|"
            r"register|my account)$|"
            # breadcrumbs: Home > Metro > Politics
            r"^home\s*[>›»/|]|^(?:[\w&]+(?: [\w&]+)?\s*[>›»]\s*){2,}[\w&]+(?: [\w&]+)?$",
            "site navigation",
        ),
        (
            r"^(?:(?:share|email|e-mail|send)(?: this)?(?: article| story| page| post| link)?"
            r"(?: (?:on|via|to) \w+)?|tweet(?: this)?)$|"
            rf"^(?:{_PLATFORMS})$|^(?:(?:{_PLATFORMS})(?:[\s|·,/•]+|$)){{2,}}$",
            "share buttons",
        ),
        (
            r"^(?:sign up|subscribe)\b.*\bnewsletters?\b|^enter your e-?mail(?: address)?$|"
            r"^(?:subscribe|sign up)(?: now| today| for free| for \S+| here)?[.!]?$|"
            r"^(?:get|receive) (?:our|the) .*newsletter|^newsletters?$|"
            r"^(?:your )?e-?mail address$",
            "newsletter sign-up",
        ),
        (
            r"^(?:\d+ )?comments?(?: \(\d+\))?$|^log ?in to (?:comment|reply)|"
            r"^(?:leave|add|post|write) a (?:comment|reply)|^join the (?:conversation|discussion)|"
            r"^(?:show|view|read|hide|load) (?:all |more )?comments?(?: \(\d+\))?$|"
            r"^comments are (?:closed|open)",
            "comment widget",
        ),
        (
            r"^(?:related(?: stories| articles| coverage| content| links| news)?|"
            r"you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|"
            r"more (?:stories|news|from [\w ]+)|read (?:more|next|this next)|up next|"
            r"trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular stories|"
            r"don't miss|also read|see also|editor's picks|top stories)\s*:?$",
            "'related' teaser block",
        ),
        (
            r"©|\(c\) ?\d{4}|\ball rights reserved\b|^copyright\b.*\d{4}",
            "copyright footer",
        ),
        (
            r"^(?:advertisement|advertising|sponsored(?: content| post)?|ad|promoted(?: content)?|"
            r"paid (?:content|post)|story continues below(?: advertisement)?|"
            r"scroll to continue(?: with content)?|continue reading below|"
            r"article continues (?:below|after (?:this )?(?:ad|advertisement)))$",
            "ad marker",
        ),
        (
            r"^(?:(?:last )?updated|published|posted)(?: on| at)?:? (?:\w+ \d{1,2}, \d{4}|"
            r"\d{1,2}:\d{2}|\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|\d+ (?:minutes?|hours?|days?) ago)",
            "page timestamp",
        ),
        (
            r"\bwe use cookies\b|^accept (?:all )?cookies$|^follow us on\b|^click here\b",
            "site notice",
        ),
    ]
]
_RELATED: Final = "'related' teaser block"


def _chrome(text: str) -> str | None:
    bare = text.strip().strip("*_#>").strip()
    if not bare or len(bare.split(None, 14)) > 14:  # more than 14 words: running text
        return None
    for pattern, what in _CHROME:
        if pattern.search(bare):
            return what
    return None


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
    in_related = False
    for para, offset, text in view.lines:
        if len(text) > 200:  # running prose, far longer than any menu, button or teaser
            in_related = False
            continue
        what = _chrome(text)
        if what is None and in_related and _teaser(text):
            what = _RELATED
        elif what != _RELATED:
            in_related = False
        if what == _RELATED:
            in_related = True
        if what:
            yield _hit(para, offset, text, f"{what} pasted from a web page; delete this line")


def _teaser(text: str) -> bool:
    bare = text.strip()
    return 0 < len(bare.split()) <= 16 and not bare.endswith((".", '."', ".”"))


# Words that open a pasted caption or credit line: 'Photo: ...', 'Photos by ...', 'Credit: ...'.
CAPTION_OPENERS: Final = (
    "photo",
    "photograph",
    "image",
    "picture",
    "credit",
    "photo credit",
    "caption",
    "courtesy",
)
_PASTED_CAPTION: Final = re.compile(
    # "... (Photo: Facebook)", "(AP Photo/Jane Roe)", "(Getty Images)" at the end of a line
    r"\([^()]*\b(?:photo|photograph|image|images|picture|credit|video|pictured|courtesy)\b"
    r"[^()]*\)\s*$|"
    # "Photo: ...", "Photo by ...", "Credit: ...", "Caption: ..." at the start
    rf"^(?:{'|'.join(CAPTION_OPENERS)})s?\s*(?::|by\b)",
    re.I,
)


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
    for para, offset, text in view.lines:
        bare = text.strip()
        if bare and len(bare) < 400 and pasted_caption(bare) and len(bare.split()) <= 30:
            yield _hit(para, offset, text)


_OPENER_CHARS: Final = max(len(word) for word in CAPTION_OPENERS)


def pasted_caption(line: str) -> bool:
    """Whether a line is an image caption or credit pasted into the body. The pattern can
    match only a line that ends in a parenthesis or opens with a caption word, which is
    tested first."""
    could = line.rstrip().endswith(")") or line[:_OPENER_CHARS].lower().startswith(CAPTION_OPENERS)
    return could and bool(_PASTED_CAPTION.search(line))


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
