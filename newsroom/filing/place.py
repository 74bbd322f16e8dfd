"""Finding the parts of a story in a document's blocks, whatever the format.

The metadata a document carries (a page's JSON-LD, a Markdown file's front matter) is
trusted first. Then, in reading order: what stands above the headline is the page's
masthead and navigation; between the headline and the first paragraph stand the dek, the
byline and the date; then the body, with its images, their captions, credits and alt lines,
and its contributor lines. Web-page chrome is found with the check catalog's own rules
(`checks.chrome.debris`), contributor lines with its contributor-line rules
(`checks.credits.contributor_names`), so a filed story and a checked one are read alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Final

from newsroom.checks.chrome import (
    ABOUT,
    CAPTION,
    COMMENT_WIDGET,
    IMAGE_SUPPLIERS,
    NOTE,
    RELATED,
    SOCIAL,
    SPONSOR,
    chrome_line,
    debris,
)
from newsroom.checks.contributors import listed_names
from newsroom.checks.lexicon import DEFAULT, Lexicon
from newsroom.checks.sentences import split
from newsroom.checks.text import PICTOGRAPHS
from newsroom.filing import lines
from newsroom.filing.additions import added
from newsroom.filing.captions import (
    alt_label,
    bracketed_name,
    has_credit,
    is_credit_line,
    plain_alt,
    split_credit,
    unnumbered,
)
from newsroom.filing.draft import WHOLE_PICTURE, Block, Contribution, Draft, Hints, Picture
from newsroom.filing.french import in_english
from newsroom.filing.furniture import (
    AMONG_FURNITURE,
    COMMENTS,
    COMPARED,
    FETCHED,
    GREETING,
    IMAGE_DETAILS,
    RESULT_LINE,
    RESULTS_LINE,
    TEASERS,
    UNIT_LINE,
    WRITER_CONTACT,
    furniture,
)
from newsroom.filing.labels import labelled
from newsroom.filing.paste import PICTURE_ENTRY


@dataclass
class _Reading:
    """What is found so far, block by block."""

    blocks: Sequence[Block]
    chrome: list[str | None]
    used: list[bool]
    headline: str = ""
    dek: str = ""
    byline: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    body_blocks: list[int] = field(default_factory=list)
    images: list[Picture] = field(default_factory=list)
    contributors: list[Contribution] = field(default_factory=list)
    stripped: list[tuple[str, str]] = field(default_factory=list)
    threads: frozenset[int] = frozenset()  # the totals a thread's posts are counted out of

    def strip(self, i: int, what: str) -> None:
        self.used[i] = True
        if self.blocks[i].text:
            self.stripped.append((what, self.blocks[i].text))


def place(blocks: Sequence[Block], hints: Hints, lexicon: Lexicon = DEFAULT) -> Draft:
    """The story in `blocks`, with what was stripped from it."""
    blocks = labelled([b for b in blocks if b.text.strip() or b.picture is not None])
    r = _Reading(blocks, _chrome(blocks, hints.lines), [False] * len(blocks))
    r.threads = _thread_totals(blocks)
    for i, b in enumerate(blocks):
        if b.hint == "dateline" and not hints.dateline:
            hints = replace(hints, dateline=b.text)
            r.strip(i, "dateline (placed)")
    top = _headline(r, hints, lexicon)
    start = _top(r, top, hints, lexicon)
    _body(r, start, lexicon)
    _replies_adding(r)
    _lead_pictures(r, top)
    if (
        not r.dek
        and hints.dek
        and not lines.same(hints.dek, r.headline)  # (a description a site fills with the title)
        and not lines.summarizes(hints.dek, r.body)
    ):
        r.dek = hints.dek
    if hints.authors:
        people = [n for a in hints.authors for n in lines.person_names(a, lexicon)]
        if not people and all(_ACCOUNT.fullmatch(a) for a in hints.authors):
            people = _byline_asked(blocks)  # (an author's login: 'twheatley', and a note
            # to the desk that gives the byline: 'Byline please as Ana Ruiz, freelance.')
        named = people or (
            [] if r.byline else [a for a in hints.authors if not _TEAM_ACCOUNT.search(a)]
        )  # not 'Courant Staff'
        r.byline = named + [n for n in r.byline if _another(n, named, lexicon)]  # 'By A and B'
    r.byline = [n for n in r.byline if len(n.split()) >= 2] or r.byline  # not 'Arts'
    _bios(r)
    _credited_by_byline(r, lexicon)
    if hints.images:  # (a cover image the body shows is that picture, or a crop of it, not a
        shown = {_uncropped(p.name) for p in r.images if p.name}  # second one)
        r.images[:0] = _captioned_lead(
            [
                p
                for p in hints.images
                if (p.name and _uncropped(p.name) not in shown)
                or (not p.name and (p.caption or p.credit or p.alt))
            ],
            r.images,
        )
    paragraphs = lines.join_datelines(r.body)
    dateline = hints.dateline or lines.dateline_of(paragraphs)
    byline = {n.casefold() for n in r.byline}
    return Draft(
        headline=r.headline,
        dek=r.dek,
        byline=tuple(dict.fromkeys(r.byline)),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        images=tuple(r.images),
        contributors=tuple(c for c in r.contributors if c.name.casefold() not in byline),
        stripped=tuple(r.stripped),
        unplaced=hints.unplaced,
    )


def _replies_adding(r: _Reading) -> None:
    """Put in the story a paragraph the writer sends in a reply under it, with where it goes
    ('Add this after the para about the nurses: "..."'), when the story has it nowhere."""
    last = r.body_blocks[-1] if r.body_blocks else len(r.blocks)
    for i in range(last + 1, len(r.blocks)):
        found = added(r.body, r.blocks[i].text)
        if found is not None and not any(lines.same(p, found[1]) for p in r.body):
            at, paragraph = found
            r.body.insert(at, paragraph)
            r.body_blocks.insert(at, i)


# a byline that names its writer the photographer too: 'Story and photographs by Ana Ruiz'
_STORY_AND_PHOTOS_BY: Final = re.compile(
    r"^(?:story|words|text) and (?:photos|photographs|pictures|images) by\s", re.I
)


def _credited_by_byline(r: _Reading, lexicon: Lexicon) -> None:
    """Credit the pictures that have no credit of their own to the writer whose byline says
    the photographs are theirs too ('Story and photographs by Ana Ruiz'), as a photographer's
    own page sets no credit under them, or to the photographer the byline goes on to name
    ('Words: Ana Ruiz | Pics: Li Wei') where no picture is credited."""
    line = next((text for what, text in r.stripped if what == "byline (placed)"), "")
    if _STORY_AND_PHOTOS_BY.match(line.strip("*_ ")):
        names = lines.byline_names(line.strip("*_ "), lexicon)
    elif _byline_crediting_photos(line) and not any(p.credit for p in r.images):
        # 'Words: Ana Ruiz | Pics: Li Wei', over pictures none of which names another
        names = [c.name for c in r.contributors if c.role == "photography" and c.line == line]
    else:
        return
    if names and any(not p.credit for p in r.images):
        credit = " and ".join(names)
        r.images = [p if p.credit else replace(p, credit=credit) for p in r.images]


# a note to the desk saying how to byline the story: 'Byline please as Ana Ruiz,
# freelance.', 'Please byline it Ana Ruiz', 'byline to read: Ana Ruiz'
_BYLINE_ASKED: Final = re.compile(
    r"\bbyline(?: (?:it|this|me|the story))?(?: please)?(?: as| to read)?\s*:?\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3})",
    re.I,
)


def _byline_asked(blocks: Sequence[Block]) -> list[str]:
    """The byline a note to the desk asks for, its name alone; [] when no note asks."""
    return next(
        (
            [found.group("name")]
            for b in blocks
            if b.hint == "note" and (found := _BYLINE_ASKED.search(b.text))
        ),
        [],
    )


def _captioned_lead(leads: list[Picture], images: list[Picture]) -> list[Picture]:
    """The front matter's lead pictures, the first given the caption line the body opens
    with when that line stands before any picture and the lead has no caption of its own:
    a blog post's '_Cover: ... Photo: ..._' over its text is the cover image's caption, not
    a picture of its own. The caption's picture is taken out of `images`."""
    if not leads or not images or leads[0].caption or leads[0].credit:
        return leads
    first = images[0]
    if first.name or first.source or first.data is not None or not first.caption:
        return leads
    images.pop(0)
    lead = replace(leads[0], caption=first.caption, credit=first.credit)
    return [replace(lead, alt=lead.alt or first.alt), *leads[1:]]


# what a site adds to a picture's file name for a crop of it: '-social', '-thumb', '-1200x630'
_CROP: Final = re.compile(
    r"[-_](?:social|og|card|share|thumb|thumbnail|square|wide|cropped|\d{2,4}x\d{2,4})$", re.I
)


def _uncropped(name: str) -> str:
    """A picture's file name without its extension and the words a crop of it adds."""
    stem = name.rsplit(".", 1)[0].lower()
    while found := _CROP.search(stem):
        stem = stem[: found.start()]
    return stem


def _another(name: str, names: list[str], lexicon: Lexicon) -> bool:
    """Whether a name the byline line gives is a person the page's metadata leaves out."""
    key = name.casefold()
    return (
        len(name.split()) >= 2
        and lines.person_names(name, lexicon) == [name]
        and not key.startswith("by ")
        and not any(key in n.casefold() or n.casefold() in key for n in names)
    )


# a bilingual site's furniture, each label in two languages: 'Hafan / Home', 'Rhannu / Share:',
# 'Polisi preifatrwydd / Privacy policy · Cwcis / Cookies'
_ITEMS: Final = re.compile(r"\s+[·|•]\s+")


def _second_language(text: str) -> str:
    """A line of a bilingual page's furniture as its second language says it ('Neidio i'r
    prif gynnwys / Skip to main content': 'Skip to main content'), for the chrome rules to
    read; any other line as it is."""
    if " / " not in text:
        return text
    items = []
    for item in _ITEMS.split(text):
        first, slash, second = item.partition(" / ")
        if slash and (len(first.split()) > 10 or not second.strip() or " / " in second):
            return text  # (not a breadcrumb: 'News / Cities / Pune')
        items.append(second if slash else item)
    return " · ".join(items)


def _chrome(blocks: Sequence[Block], pasted: bool = False) -> list[str | None]:
    """What each block is when it is no part of the story: the check catalog's chrome (an
    embedded social post is, unless the story introduces it), then what a filed document
    carries around it, then the teasers under a teaser heading."""
    found = debris([(b.group, b.text if b.kind != "image" else "") for b in blocks])
    _title_under_menu(blocks, found)
    _writer_s_posts(blocks, found)
    _crosshead_after_related(blocks, found)
    _crosshead_over_story(blocks, found)
    # a French site's furniture around a story in English, read again as said in English
    english = [in_english(b.text) for b in blocks]
    if any(e != b.text for e, b in zip(english, blocks, strict=True)):
        again = debris(
            [
                (b.group, e if b.kind != "image" else "")
                for b, e in zip(blocks, english, strict=True)
            ]
        )
        found = [first or second for first, second in zip(found, again, strict=True)]
    # a bilingual page's furniture, read again in its second language where it is no chrome
    seconds = [_second_language(e) for e in english]
    if any(s != b.text for s, b in zip(seconds, blocks, strict=True)):
        again = debris(
            [
                (b.group, s if s != b.text and b.kind != "image" else "")
                for b, s in zip(blocks, seconds, strict=True)
            ]
        )
        found = [  # ('Cyfeiriad e-bost / Email address' reads as a credit only in the first)
            second if first == CAPTION and second else first or second
            for first, second in zip(found, again, strict=True)
        ]
    out: list[str | None] = []
    comments = noted = quoted = cited = fetched = compared = signed = staffed = False
    atop = False  # whether a comparison's summary stands over the story, not under it
    noted_group: int | None = None  # the paragraph a notes heading set as a line opens
    stories = 0  # the story's paragraphs so far (three, before a heading of notes under it)
    bylined = False  # whether the story's byline stands over the block
    letter = -1  # where a letter the story quotes opens, its salutation under 'It reads:'
    begun = False  # whether the story's byline or a sentence of its text stands over the block
    for n, (b, kind) in enumerate(zip(blocks, found, strict=True)):
        stories += len(b.text.split(None, 25)) > 25
        # the earlier message quoted under a reply's 'On Dec 1, ..., Rosa <...> wrote:'
        quoted = (quoted and b.text.startswith(">")) or _WROTE.match(b.text) is not None
        if quoted and kind is None and b.text.startswith(">"):
            kind = "quoted message"
        if kind is None and b.kind != "image" and b.hint not in ("dek", "labelled"):
            kind = furniture(b.text) or furniture(seconds[n]) or _HINTED.get(b.hint)
            if kind == UNIT_LINE and not (n > 0 and lines.BYLINE.match(blocks[n - 1].text)):
                kind = None  # 'A career in public affairs': a crosshead, under no byline
            elif kind == AMONG_FURNITURE and not _by_furniture(blocks, found, out, n):
                kind = None  # 'Privacy and security': a crosshead between the story's lines
        elif kind in ("site notice", COMMENT_WIDGET) and furniture(b.text) == COMMENTS:
            kind = COMMENTS  # '4 replies from Malik, Jo, and Priya': the thread under a post
        elif kind == "newsletter sign-up" and furniture(b.text) == TEASERS:
            kind = TEASERS  # 'Sign up to First Edition': a box's title, over its pitch
        if kind == "web chrome" and _crosshead_ahead(blocks, n):
            kind = None  # 'Next: a bursary for nurses', a heading between the story's lines
        if kind is None and b.kind == "image" and b.hint == "chrome":
            kind = _FURNITURE  # a teaser's thumbnail after the article
        if kind == CAPTION and b.hint == "chrome":
            kind = _FURNITURE  # a footer's 'About / Um okkur': no credit when the page
            # sets it among its furniture
        if kind == ABOUT and furniture(b.text) == _DESK_NOTE:
            kind = _DESK_NOTE  # 'Notes to editors': the checks read it as the heading of a
            # company's blurb, and every note under it is the release's, not the blurb alone
        if kind == CAPTION and furniture(b.text) == "draft label":
            kind = "draft label"  # a cover line counting the pictures: 'Pictures: 2, sent ...'
        if kind == NOTE and alt_label(b.text):
            kind = None  # '[Image: a boardwalk between kauri trees]': an image's alt text
        if kind == _THANKS and _thanks_named_above(blocks, n):
            kind = None  # a writer's thanks to those the story told of: 'A big thank you to
            # the Hai Yin Chinese Association ...', under its dinner the story reports
        if kind == _LETTER and (begun or bylined) and _GREETING.match(b.text):
            kind = None  # a greeting the story reports, under its byline: 'Hi Ruth, here's
            # what I want you to remember, she wrote' (a cover note stands over the story)
        bylined = bylined or lines.BYLINE.match(b.text) is not None
        if kind == RESULT_LINE and (bylined or _over_byline(blocks, n)):
            kind = None  # a score the story gives, or its headline: 'Rovers 0, Athletic 2'
        if kind == _LETTER and n > 0 and _INTRODUCES.search(blocks[n - 1].text):
            letter = n  # a letter the story quotes: 'It reads:' / 'Dear Sir,'
        quoting = letter >= 0 and n - letter <= _LETTER_LINES
        if kind == _LETTER and quoting:
            kind = None  # (its salutation and its sign-off are the story's, as quoted)
        if kind == SOCIAL and _introduced(blocks, found, n):
            kind = None  # a post the story quotes: 'The county posted an update:'
        if kind and _bylines(b.text) and not b.hint and not _AUDIENCE.search(b.text):
            kind = None  # 'Posted on May 2 by Ana Ruiz'
        # an agency's staff credits under its closing 'Reporter: A, B' line: 'Editor: C'
        # (the reporters' line read as a byline: 'Reporter: A, B' is 'By A, B')
        staffed = (staffed or lines.BYLINE.match(b.text) is not None) and stories >= 2
        if staffed and kind == _DESK_NOTE and lines.STAFF_CREDIT.match(b.text):
            kind = None  # (read as a contributor line)
        elif not lines.BYLINE.match(b.text):
            staffed = False
        before = out[-1] if out else None
        if before == "site navigation" and _teasers_above(blocks, out):
            before = "teaser"  # a file's link among a heading's links: 'Box Score (PDF)'
        comments = comments or kind == COMMENTS
        if b.kind in ("h1", "h2"):  # (a heading ends a line's notes and a reference list)
            noted_group = None
            cited = bool(_BIBLIOGRAPHY.match(b.text)) and _entries_under(blocks, n)
        if cited and b.kind != "image":
            kind = "bibliography"  # 'References' and the works a paper cites under it
        elif b.kind in ("h1", "h2"):  # 'Reporting notes (not for publication)': what is under it
            # (or a note's own 'Notes' section under a rule after the story: '---', '## Notes')
            ruled = n > 0 and _RULE.match(blocks[n - 1].text) is not None and stories >= 3
            if ruled and _NOTES.match(b.text):
                kind = _DESK_NOTE
            noted = kind == _DESK_NOTE
        elif (
            kind == _DESK_NOTE
            and (
                (not pasted and b.hint == "bold")
                or (pasted and (n + 1 == len(blocks) or blocks[n + 1].group != b.group))
            )
            and _NOT_FOR_PUBLICATION.search(b.text)
            and stories >= 3
        ):  # a bold heading so marked under the story: 'SOURCE LIST (checker — not for
            noted, noted_group = True, None  # publication)', and the list under it (in
            # pasted text, a line ending its paragraph: 'RESEARCH / NOTES (not for story)')
        elif _NOTES_HEADING.match(b.text) or (
            stories >= 3
            and ("contact" in b.text.lower() or "quiries" in b.text.lower())
            and _CONTACTS_LINE.match(b.text)
        ):  # a heading set as a line: 'NOTES FOR DESK'; a release's press contacts under
            # their line: 'For more information (media only), please contact:'
            noted, kind = True, _DESK_NOTE
            # (in pasted text, where lines stand in paragraphs, the notes are its paragraph,
            # or the next one when the heading stands alone)
            if pasted and n + 1 < len(blocks):
                grouped = blocks[n + 1].group == b.group
                noted_group = b.group if grouped else blocks[n + 1].group
            elif b.hint == "bold" and n + 1 < len(blocks) and blocks[n + 1].group == b.group:
                noted_group = b.group  # (a bold heading over the lines of its box: the notes
                # are the box's, a Word file's text box beside the story: 'Note to editors')
            else:
                noted_group = None
        elif (
            _RULE.match(b.text)
            or lines.BYLINE.match(b.text)
            or (b.hint in ("italic", "dek") and _over_byline(blocks, n))
        ):
            noted = False  # (the notes end at a rule, the story's byline or the dek set in
            # its own type over it)
        elif kind is None and noted and noted_group not in (None, b.group):
            noted = False  # a line's notes end with their paragraph
        elif kind is None and noted and b.kind != "image":
            kind = _DESK_NOTE
        # (right under a heading the checks know and the importer does not: a heading that
        # can be a running story's subhead too, 'Latest news'; 'More articles by ...' is the
        # importer's own)
        heading = (
            before == RELATED
            and n > 0
            and chrome_line(blocks[n - 1].text) == RELATED
            and furniture(blocks[n - 1].text) != TEASERS
        )
        boxed = n > 0 and blocks[n - 1].hint == "chrome" and b.hint != "chrome"  # (box ended)
        if (
            kind is None
            and before in (TEASERS, "teaser", RELATED)
            and not boxed
            and (_teaser(b, heading) or (heading and _daily_picture(blocks, n)))
        ):
            kind = "teaser"
        elif kind is None and comments and b.kind != "image":
            kind = "comment"  # everything under a comment section's heading
        elif (
            kind is None
            and before == _DESK_NOTE
            and b.group == blocks[n - 1].group
            and len(b.text.split()) <= 30
        ):
            kind = before  # the rest of a note
        fetched = fetched or kind == FETCHED
        if fetched and kind is None:
            kind = _NEXT_ARTICLE  # (under a news download's footer)
        if kind == COMPARED and not compared:  # (set atop the redline, or under its story)
            compared, atop = True, stories == 0
        if compared and kind is None:
            if atop and (b.kind in ("h1", "h2") or lines.BYLINE.match(b.text) or _worded(b)):
                compared = False  # the story under a summary set atop it: its own from here
            else:
                kind = COMPARED  # (a comparison's summary: the files, its legend, its counts)
        if signed and kind is None and b.kind != "image" and not has_credit(b.text):
            kind = _SIGNATURE  # the sender's name and numbers, and the mail's tail
        elif signed and kind is None and _signature_scan(blocks, n):
            kind = _SIGNATURE  # the signature itself, scanned, under 'Yours faithfully,'
        elif signed and kind == CAPTION and n > 0 and _signature_scan(blocks, n - 1):
            kind = _SIGNATURE  # the signer's name under it, not its caption: '(A. Rao)'
        elif signed and kind == CAPTION and _SIGNER_IN_BRACKETS.match(b.text.strip()):
            kind = _SIGNATURE  # the signer's name under a letter's close: '(ANA BINTI RUIZ)'
        released = (  # a release's 'Signed:' over its issuer's name, post and date
            not signed
            and kind is None
            and stories >= 3
            and _RELEASE_SIGNED.match(b.text.strip()) is not None
            and not _story_after(blocks, n)
        )
        if released:
            kind = _SIGNATURE
        signing = (
            not signed
            and not quoting
            and stories >= 3
            and (_SIGN_OFF.match(b.text) or _SIGN_OFF.match(seconds[n])) is not None
            and not _story_after(blocks, n)
        )
        if signing and kind is None:
            kind = _SIGNATURE  # ('For the Community Council', over the signer's name)
        signed = signed or released or signing
        out.append(kind)
        begun = begun or (kind is None and b.kind == "p" and len(b.text.split()) >= 12)
    _footer(blocks, out)
    _tail(blocks, out)
    _sections_after_story(blocks, out)
    _thread_under_story(blocks, out)
    _heading_over_furniture(blocks, out)
    _message_list(blocks, out)
    _suggested_replies(blocks, out)
    _post_furniture(blocks, out)
    _after_end_mark(blocks, out)
    _earlier_release(blocks, out)
    _addressee(blocks, out)
    _notices(blocks, out)
    _summary_box(blocks, out)
    _highlights(blocks, out)
    _contents(blocks, out)
    _issue_items(blocks, out)
    _issue_sections(blocks, out)
    _sponsor_logos(blocks, out)
    _app_comments(blocks, out)
    _transcript(blocks, out)
    _results_heading(blocks, out)
    _print_only(blocks, out)
    _item_after_credit(blocks, out)
    _competition_line(blocks, out)
    _signature_block(blocks, out)
    _other_script_version(blocks, out)
    _version_heading(blocks, out)
    return out


# the heading over a sports story's list of results: 'RESULTS', 'Selected results:'
_RESULTS_HEADING: Final = re.compile(
    r"^(?:(?:selected|final|full|leading|top|other) )?(?:results|scores)\s*:?$", re.I
)


# the label of a box a desk sets for the paper alone: 'PRINT ONLY – How they voted', 'FOR
# PRINT ONLY:', 'Not for web:' (the label alone or before its dash or colon, not a sentence
# that opens with the words: 'Print only what you need, she said.')
_PRINT_ONLY: Final = re.compile(
    r"^(?:(?:for )?print(?: edition)? only|not for (?:the )?(?:web|online))\s*(?:$|[–—:|(-])|"
    # (or a box the writer offers for the page: 'FOR A BOX IF THERE'S ROOM:')
    r"^for an? (?:box|panel|sidebar|fact ?box)\b[^.!?]{0,40}:$",
    re.I,
)
_PRINT_BOX: Final = "box for print only"
_BOX_LINE: Final = 12  # (the most words of a line of such a box: a table's cell, a figure)


def _print_only(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a box the desk labels for the paper alone under the story, no part of the story
    filed for the web: its label and the short lines under it (a table's cells, 'For',
    '13'), to a paragraph of a story or the story's end mark. (Over the story, such a label
    is a note on the whole of it, whose lines are the headline's and the byline's.)"""
    stories = 0
    for n, b in enumerate(blocks):
        stories += found[n] is None and _paragraph_of_story(b.text)
        if stories < 3 or found[n] is not None or not _PRINT_ONLY.match(b.text.strip("*_ ")):
            continue
        found[n] = _PRINT_BOX
        for at in range(n + 1, len(blocks)):
            text = blocks[at].text
            if found[at] == "end mark" or len(text.split(None, _BOX_LINE)) > _BOX_LINE:
                break
            found[at] = found[at] or _PRINT_BOX


_NEXT_ITEM: Final = "newsletter's next item"
_ITEM_LINE: Final = 15  # (the most words of a line of a list: a date, a time, a place)


def _item_after_credit(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a newsletter's next item under the story's closing credit ('Additional reporting
    by ...', 'Ana Ruiz checked the figures in this story.'): its heading, and under it, to
    the page's furniture, only a list's short lines, no sentence of a story among them (a
    programme's dates and times); no picture."""
    stories = 0
    for n, b in enumerate(blocks):
        stories += found[n] is None and _paragraph_of_story(b.text)
        if stories < 3 or b.kind not in ("h1", "h2") or found[n] is not None:
            continue
        if not lines.contributions(blocks[n - 1].text):
            continue
        rest = [at for at in range(n + 1, len(blocks)) if found[at] is None]
        if rest and all(
            blocks[at].kind == "p"
            and len(blocks[at].text.split(None, _ITEM_LINE)) <= _ITEM_LINE
            and not blocks[at].text.rstrip().endswith(lines.SENTENCE_END)
            for at in rest
        ):
            for at in (n, *rest):
                found[at] = _NEXT_ITEM
        return


def _title_under_menu(blocks: Sequence[Block], found: list[str | None]) -> None:
    """A side menu's links under a heading the checks read as a teaser list's ('Latest
    news') end where the page's own title stands outside the menu, a first-level heading:
    it, and the byline and date under it, are the story's, not teasers."""
    for n, b in enumerate(blocks):
        above = n - 1
        if above > 0 and found[above] == RELATED and _label(blocks[above]):
            above -= 1  # (past the category's label over the title: 'Secondary')
        if not (
            n > 0
            and b.kind == "h1"
            and found[n] == RELATED
            and b.hint != "chrome"
            and blocks[above].hint == "chrome"
        ):
            continue
        at = above + 1
        while at < len(blocks) and found[at] == RELATED and blocks[at].hint != "chrome":
            found[at] = None
            at += 1


def _label(b: Block) -> bool:
    """Whether a block is a short label of the page's own, no sentence: 'Secondary'."""
    return b.kind == "p" and b.hint != "chrome" and len(b.text.split()) <= 3 and b.text[-1:] != "."


def _results_heading(blocks: Sequence[Block], out: list[str | None]) -> None:
    """The heading over results lines is theirs: the list of results under a sports story
    is agate, left out of the story, and its heading with it."""
    for n in range(len(blocks) - 1):
        if (
            out[n] is None
            and out[n + 1] == RESULTS_LINE
            and _RESULTS_HEADING.match(blocks[n].text.strip("*_# ")) is not None
        ):
            out[n] = RESULTS_LINE


_COMPETITION_LINE: Final = "competition line"
# a match report's kicker naming its competition and round: 'PREMIER DIVISION – ROUND 7',
# 'County Cup, second round', 'Group C, Matchday 4'
_COMPETITION: Final = re.compile(
    r"^(?=.*\b(?:league|championship|cup|division|group|conference|trophy|shield|series|"
    r"tournament|matchday|match day|round|week|fixture|playoffs?|play-offs?|final)\b)"
    r"[^.!?]{3,80}$",
    re.I,
)


def _competition_line(blocks: Sequence[Block], out: list[str | None]) -> None:
    """The line naming the competition and the round right over a match's result line is
    the report's kicker, like the result: no headline, no text of the story."""
    for n in range(len(blocks) - 1):
        text = blocks[n].text.strip("*_# ")
        if (
            out[n] is None
            and out[n + 1] == RESULT_LINE
            and len(text.split()) <= 10
            and _COMPETITION.match(text) is not None
        ):
            out[n] = _COMPETITION_LINE


def _teasers_above(blocks: Sequence[Block], out: Sequence[str | None]) -> bool:
    """Whether teasers stand over the last line read (a heading), past the row of links under
    them parted by bars, the box's own ('More News | Subscribe via RSS')."""
    at = len(out) - 2
    while at >= 0 and out[at] is not None and " | " in blocks[at].text:
        at -= 1
    return at >= 0 and out[at] in (TEASERS, "teaser")


def _over_byline(blocks: Sequence[Block], n: int) -> bool:
    """Whether the next block with words is a byline."""
    after = next((b for b in blocks[n + 1 : n + 3] if b.text.strip()), None)
    return after is not None and lines.BYLINE.match(after.text) is not None


def _by_furniture(
    blocks: Sequence[Block], found: Sequence[str | None], out: Sequence[str | None], n: int
) -> bool:
    """Whether a block stands next to a line of furniture: a footer's link among the
    footer's others, a news-info box's place under its date."""
    if n > 0 and out[n - 1] is not None:
        return True
    if n + 1 < len(blocks):
        after = blocks[n + 1]
        return found[n + 1] is not None or (
            after.kind != "image" and furniture(after.text) is not None
        )
    return False


def _crosshead_after_related(blocks: Sequence[Block], found: list[str | None]) -> None:
    """A subhead that ends a 'Related' box's run of links, the story going on under it in a
    long paragraph, is the story's crosshead: the box set in the story's column ends above
    it ('Related coverage', two links, then '## Wells as a backstop' and the text)."""
    for n in range(1, len(blocks) - 1):
        if (
            found[n] == RELATED
            and blocks[n].kind == "h2"
            and found[n - 1] == RELATED
            and blocks[n - 1].kind != "h2"
            and found[n + 1] is None
            and blocks[n + 1].kind == "p"
            and len(blocks[n + 1].text.split(None, 20)) > 20
            and blocks[n + 1].text.rstrip().endswith(lines.SENTENCE_END)
        ):
            found[n] = None


# a rail's heading over its one item, a picture or a story: 'Photo of the Day', 'Editor's Pick'
_ONE_ITEM: Final = re.compile(
    r"^(?:(?:photo|picture|image) of the (?:day|week)|editor['’]s pick)\s*:?$", re.I
)


def _crosshead_over_story(blocks: Sequence[Block], found: list[str | None]) -> None:
    """A rail's heading over its one item ('Photo of the week', 'Editor's pick') that stands
    in the story, a paragraph of it above the heading and one under it (past a picture, its
    caption or an item's name), is the story's crosshead, and what stands under it the
    story's: a rail's item is a picture or a teaser's headline, with no story under it."""
    told = False  # whether a paragraph of the story stands above
    for n, b in enumerate(blocks):
        if told and found[n] == RELATED and _ONE_ITEM.match(b.text.strip("*_# ")):
            under = _story_under(blocks, found, n)
            for k in range(n, under):
                found[k] = None if found[k] == RELATED else found[k]
        told = told or (found[n] is None and _said(b, 12))


# a heading that says what comes next in the story, worded as a page's link to its next
# story is: 'Next: a bursary for nurses', 'Next steps: ...'
_AHEAD: Final = re.compile(r"^next(?:\s*:\s*\S|$)", re.I)


def _crosshead_ahead(blocks: Sequence[Block], n: int) -> bool:
    """Whether heading `n`, 'Next: ...' or 'Next', stands between two paragraphs of the
    story: a crosshead on what the story tells next, not the page's link to its next story
    (a link line, set under the story, not a heading over more of it). (A line leading in to
    what the page shows and no text holds, an embedded video, may stand over it: 'Watch the
    day:'.)"""
    above = n - 1 if n > 1 and blocks[n - 1].text.endswith(":") else n
    return (
        blocks[n].kind == "h2"
        and _AHEAD.match(blocks[n].text) is not None
        and 0 < above < len(blocks) - 1
        and _said(blocks[above - 1], 12)
        and _said(blocks[n + 1], 12)
    )


def _story_under(blocks: Sequence[Block], found: Sequence[str | None], n: int) -> int:
    """The paragraph of the story under heading `n`, past a picture, its caption and a short
    line (an item's name: '2022 Sandhill Red, 14 dollars'), before any other heading or
    debris; -1 when none stands there."""
    for j in range(n + 1, min(n + 5, len(blocks))):
        b, kind = blocks[j], found[j]
        if b.kind in ("image", "caption") or kind == CAPTION or lines.names_credit(b.text):
            continue
        if kind == RELATED and b.kind == "p" and not b.text.rstrip().endswith(lines.SENTENCE_END):
            continue
        if kind is not None or b.kind in ("h1", "h2"):
            return -1
        if _said(b, 8):
            return j
    return -1


def _said(b: Block, words: int) -> bool:
    """Whether a block is a sentence of `words` words or more."""
    text = b.text.rstrip()
    return (
        b.kind == "p"
        and len(text.split(None, words)) > words - 1
        and text.endswith(lines.SENTENCE_END)
    )


def _worded(b: Block) -> bool:
    """Whether a block holds a sentence's words, more than a table's cell of a comparison's
    summary does ('Document 1 ID', 'Insertion', '12')."""
    return len(b.text.split(None, 8)) > 8


# a transcript's speaker line, as a transcription service exports it: 'Rhea Colby  0:03',
# 'Speaker 3  1:02:38', 'Rhea Colby (00:03):'
_SPEAKER_STAMP: Final = re.compile(
    r"^(?-i:[A-Z])[\w'’.-]*(?: [\w'’.-]+){0,3}\s+(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$|"
    r"^(?-i:[A-Z])[\w'’.-]*(?: [\w'’.-]+){0,3}\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\):?$"
)


_STAMP_TIME: Final = re.compile(r"\s*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?:?\s*$")


def _transcript(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark an interview's transcript filed with the story (three speaker lines or more):
    each speaker's line and the words under it, in its paragraph."""
    stamps = [b for b in blocks if b.kind == "p" and _SPEAKER_STAMP.match(b.text)]
    speakers = Counter(_STAMP_TIME.sub("", b.text) for b in stamps)
    if len(stamps) < 3 or max(speakers.values()) < 2:
        return  # (one speaking twice at least: not a race's times, an event's schedule)
    stamped = {b.group for b in stamps}
    for n, b in enumerate(blocks):
        if b.group in stamped and found[n] is None and b.kind != "image":
            found[n] = "interview transcript"


# an entry of a table of contents: a heading of the text below, then its page ('Part one: The
# pans 2', 'Part two: The market ........ 3')
_CONTENTS_ENTRY: Final = re.compile(r"^(?P<heading>\S.*?)[\s.·…_-]*\d{1,3}$")


def _contents(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the entries of a document's table of contents: each a heading the text has below
    it, with a page number."""
    headings: dict[str, int] = {}
    for n, b in enumerate(blocks):
        if b.kind in ("h1", "h2"):
            headings.setdefault(lines.norm(b.text), n)
    if not headings:
        return
    for n, b in enumerate(blocks):
        entry = _CONTENTS_ENTRY.match(b.text) if b.kind == "p" and found[n] is None else None
        if entry and headings.get(lines.norm(entry.group("heading")), -1) > n:
            found[n] = "table of contents"
    # a page's box of links to its own crossheads, without pages: two entries or more
    # together, each the words of a heading below it
    run: list[int] = []
    longest = max(len(b.text) for b in blocks if b.kind in ("h1", "h2"))
    for n, b in enumerate(blocks):
        short = b.kind == "p" and found[n] is None and len(b.text) <= longest  # (no prose)
        if short and headings.get(lines.norm(b.text), -1) > n:
            run.append(n)
            if n + 1 < len(blocks):
                continue
        if len(run) >= 2:
            found[run[0] : run[-1] + 1] = ["table of contents"] * len(run)
        run = []


_FOOTER_START: Final = re.compile(r"©\s*(?:\d{4}|[\w .,&'’-]{2,40}\d{4})|all rights reserved", re.I)


def _sentence(text: str) -> bool:
    return len(text.split()) >= 4 and text.rstrip().endswith(lines.SENTENCE_END)


def _footer(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a page's footer: the short lines under its copyright line ('About', 'Language'),
    when no paragraph of the story comes after it."""
    last = max((n for n, kind in enumerate(found) if kind == "copyright footer"), default=-1)
    if last < 0 or not _FOOTER_START.search(blocks[last].text):
        return
    after = range(last + 1, len(blocks))
    if any(_sentence(blocks[n].text) for n in after):
        return  # (a story's own line under a photograph's '© 2024 Ana Diaz')
    for n in after:
        b = blocks[n]
        if found[n] is None and b.kind != "image" and len(b.text.split()) <= 6:
            found[n] = "page footer"


# the link a page sets at its story's end to report a mistake: 'Report an error in this recap'
_REPORT_ERROR: Final = re.compile(r"^report an? (?:typo|error|correction|mistake)\b", re.I)
_TAIL: Final = "page under the story"


def _tail(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark what a page sets under its 'Report an error' link, which ends the story: a
    results site's stats lines, the next game, its teasers, rankings and app prompt, when no
    paragraph of a story follows (a contributor line there is still one)."""
    stories, at = 0, -1
    for n, b in enumerate(blocks):
        stories += found[n] is None and len(b.text.split(None, 25)) > 25
        if stories >= 3 and found[n] is not None and _REPORT_ERROR.match(b.text):
            at = n
            break
    if at < 0 or any(_paragraph_of_story(b.text) for b in blocks[at + 1 :]):
        return
    for n in range(at + 1, len(blocks)):
        text = blocks[n].text
        credits = lines.may_credit(text) and lines.contributions(text)
        if found[n] is None and blocks[n].kind != "image" and not credits:
            found[n] = _TAIL


# an entry of a newsletter's calendar: 'May 14 — Mother's Day program', '24–28 May: Exams'
_DATED_ENTRY: Final = re.compile(
    rf"^(?:(?:{lines.MONTH}) \d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?|"
    rf"\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})? (?:{lines.MONTH}))\s*[—–:-]\s+\S",
    re.I,
)
# a line of a contact card: an address to write to, a number to call
_CONTACT: Final = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:(?:tel|ph|phone|t)\.?:?\s*)?\+?\(?\d{1,4}\)?"
    r"(?:[ .-]?\d){6,12})$",
    re.I,
)
# a postal address's last line, its state or country code before its postcode
_POSTCODE_LINE: Final = re.compile(r"^[^.!?]{2,60},\s*[A-Z]{2,3}\s+\d{4,6}$")
_AFTER_STORY: Final = "section under the story"


def _section_heading(b: Block) -> bool:
    """Whether a block heads a section: a heading, or a short line in capitals, as a
    newsletter builder sets a heading in a text block ('COMING UP')."""
    capitals = b.text.isupper() and len(b.text.split()) <= 4 and not _sentence(b.text)
    return b.kind in ("h1", "h2") or (b.kind == "p" and capitals)


def _sections_after_story(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a newsletter's sections under its story, each a heading over lines the page
    writes alone: a calendar whose every line opens with its date ('Upcoming Dates', 'May
    14 — ...'), a contact card of addresses and numbers ('office@...', '(692) 625-4470'),
    when no paragraph of a story follows."""
    story = [n for n, b in enumerate(blocks) if found[n] is None and _paragraph_of_story(b.text)]
    if len(story) < 3:
        return
    for n in range(story[-1] + 1, len(blocks)):
        if not _section_heading(blocks[n]) or found[n] is not None:
            continue
        end = next((k for k in range(n + 1, len(blocks)) if _section_heading(blocks[k])), None)
        under = [k for k in range(n + 1, end or len(blocks)) if blocks[k].kind != "image"]
        left = [k for k in under if found[k] is None]
        dated = all(_DATED_ENTRY.match(blocks[k].text) for k in left)
        contact = all(
            _CONTACT.match(blocks[k].text) or _POSTCODE_LINE.match(blocks[k].text) for k in left
        ) and any(_CONTACT.match(blocks[k].text) or found[k] == WRITER_CONTACT for k in under)
        if left and ((dated and len(left) >= 2) or contact):
            for k in [n, *left]:
                found[k] = _AFTER_STORY


# the line over a message in a team chat's channel, copied: the sender's name and the time
# ('Nur Aisyah Bakar  9:51 AM', Mattermost's and Slack's)
_MESSAGE_HEADER: Final = re.compile(
    r"^(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s+\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?$"
)
_THREAD: Final = "chat's thread under the story"


def _thread_under_story(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a chat's messages under the story, from the first message's line (the sender's
    name and the time) under its last paragraph on: the desk's questions, the answers and
    the thanks; the pictures sent there, their captions and credits stay the story's."""
    story = [n for n, b in enumerate(blocks) if found[n] is None and _paragraph_of_story(b.text)]
    if len(story) < 3:
        return
    header = next(
        (n for n in range(story[-1] + 1, len(blocks)) if _MESSAGE_HEADER.match(blocks[n].text)),
        -1,
    )
    if header < 0:
        return
    for n in range(header, len(blocks)):
        b = blocks[n]
        pictured = (
            b.kind in ("image", "caption")
            or lines.names_credit(b.text)
            or unnumbered(b.text) != b.text  # (a caption its number or its file labels)
        )
        if found[n] is None and not pictured:
            found[n] = _THREAD


def _heading_over_furniture(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the last heading left in the story when all under it is the page's: a
    government release's 'Further information' over its social links and media contact, the
    story's paragraphs above it."""
    kept = [n for n, kind in enumerate(found) if kind is None and blocks[n].kind != "image"]
    if len(kept) < 2 or blocks[kept[-1]].kind not in ("h1", "h2"):
        return
    at = kept[-1]
    furnished = any(found[n] is not None for n in range(at + 1, len(blocks)))
    if furnished and any(_paragraph_of_story(blocks[n].text) for n in kept[:-1]):
        found[at] = _TAIL


# an item of a webmail's list of messages, copied with the message open beside it: the
# sender, the time or day, the subject and the first words of the message cut off ('Please
# be advised that the northern berth ...')
_LISTED_WHEN: Final = re.compile(
    rf"^(?:\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    rf"\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}} {lines.MONTH}|{lines.MONTH} \d{{1,2}})$",
    re.I,
)
_CUT_OFF: Final = ("...", "…")
_MESSAGE_LIST: Final = "webmail's message list"


def _message_list(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a webmail's list of messages copied with the page: two items or more, each the
    sender's name, the time, the subject and the message's opening words cut off."""
    items = [
        n
        for n in range(1, len(blocks) - 2)
        if _LISTED_WHEN.match(blocks[n].text.strip())
        and blocks[n + 2].text.rstrip().endswith(_CUT_OFF)
        and len(blocks[n - 1].text.split()) <= 6
        and len(blocks[n + 1].text.split()) <= 16
    ]
    if len(items) < 2:
        return
    for n in items:
        for at in range(n - 1, n + 3):
            found[at] = found[at] or _MESSAGE_LIST


# a newsletter's heading over its other items, naming the newsletter: 'Also in Sport Extra',
# 'Also in The Harbour Brief:' (not a roundup's crosshead on a time: 'Also in March')
_ALSO_IN: Final = re.compile(
    rf"^also in (?!{lines.MONTH}$|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"(?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,3}\s*:?$",
    re.I,
)
# the line naming a newsletter's sponsor under its items: 'Sport Extra is supported by Ash
# Motors – proud sponsor of island sport' (no sentence: a story's ends with its stop)
_SPONSORED: Final = re.compile(
    r"^(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,5} (?:is|are) (?:supported|sponsored|brought to "
    r"you|presented|powered) by (?-i:[A-Z])[^.!?]{1,100}$",
    re.I,
)


def _issue_items(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the items a newsletter lists under the story's end, under a heading of teasers
    ('Also in this issue', 'Also in Sport Extra'): each item's title set bold over a line or
    two about it, or a title and its line over a button ('Read more'), and a button's few
    words, to the page's end with no paragraph of a story among them (two plain paragraphs
    together, or a long one, are a story's, and nothing is marked), but for the line naming
    the newsletter's sponsor."""
    stories, at = 0, -1
    for n, b in enumerate(blocks):
        stories += found[n] is None and len(b.text.split(None, 25)) > 25
        heading = found[n] == RELATED or (found[n] is None and _ALSO_IN.match(b.text))
        if stories >= 3 and heading:
            at = n
            break
    if at < 0:
        return
    items = [
        n
        for n in range(at + 1, len(blocks))
        if found[n] in (None, "teaser", RELATED) and blocks[n].text
    ]
    if not items or not (blocks[items[0]].hint == "bold" or _over_button(blocks, found, items[0])):
        return
    buttons = any(_over_button(blocks, found, n) for n in items)
    if found[at] is None and not (buttons or _SPONSORED.match(blocks[items[-1]].text)):
        return  # ('Also in Kadavu' over a roundup's briefs, each a bold title over its line:
        # a newsletter's items stand over their buttons, or over its sponsor's line)
    for n in items:
        text = blocks[n].text
        titled = blocks[n - 1].hint == "bold" and blocks[n - 1].kind != "image"
        if _paragraph_of_story(text) or not (
            blocks[n].hint == "bold"
            or titled
            or len(text.split(None, 6)) <= 6
            or _over_button(blocks, found, n)
            or (n == items[-1] and _SPONSORED.match(text))
        ):
            return
    for n in (at, *items):
        found[n] = found[n] or RELATED


# an entry of a newsletter's list of what the issue holds: '1. Tuesday Perth flight to go'
_ISSUE_ENTRY: Final = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?P<title>\S.{1,100})$")
_NEXT_ITEMS: Final = "issue's next items"


def _issue_sections(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark what a newsletter sets under its story when its list of what the issue holds
    ('In this issue': '1. Tuesday Perth flight ...', '2. Quick notes', '3. Member offers')
    names the story and what comes after it: from the first later entry's title under the
    story (its heading, 'Quick notes') to the page's end, the issue's other items."""
    entries = [
        (n, lines.norm(entry.group("title")))
        for n, b in enumerate(blocks[:80])
        if found[n] == RELATED and b.kind == "p" and (entry := _ISSUE_ENTRY.match(b.text))
    ]
    if not entries:
        return
    titles = [title for _, title in entries]
    story = next(
        (
            n
            for n in range(entries[-1][0] + 1, len(blocks))
            if blocks[n].kind in ("h1", "h2") and lines.norm(blocks[n].text) in titles
        ),
        -1,
    )
    if story < 0:
        return
    later = titles[titles.index(lines.norm(blocks[story].text)) + 1 :]
    start = next(
        (n for n in range(story + 1, len(blocks)) if lines.norm(blocks[n].text) in later), -1
    )
    stories = sum(_paragraph_of_story(b.text) for b in blocks[story:start])
    if start < 0 or stories < 3:
        return
    for n in range(start, len(blocks)):
        if found[n] is None and blocks[n].kind != "image":
            found[n] = _NEXT_ITEMS


def _sponsor_logos(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the pictures in a row under a sponsors' heading ('Thank you to our 2026
    sponsors'), each a logo with no caption nor credit: the page's, no picture of the
    story."""
    for n in range(1, len(blocks)):
        picture = blocks[n].picture
        bare = picture is not None and not (picture.caption or picture.credit)
        above = found[n - 1] == SPONSOR or (found[n - 1] == _LOGO and blocks[n - 1].kind == "image")
        if blocks[n].kind == "image" and found[n] is None and bare and above:
            found[n] = _LOGO


_LOGO: Final = "sponsor's logo"


def _over_button(blocks: Sequence[Block], found: Sequence[str | None], n: int) -> bool:
    """Whether block `n` is a newsletter item's title (no sentence) or the line under it, set
    over the item's button: a link of a few words the page's furniture ('Read more →')."""

    def button(k: int) -> bool:
        return (
            k < len(blocks)
            and found[k] not in (None, "teaser", RELATED)
            and len(blocks[k].text.split()) <= 4
        )

    def title(k: int) -> bool:
        text = blocks[k].text.rstrip()
        return len(text.split()) <= 12 and not text.endswith(lines.SENTENCE_END)

    return (title(n) and button(n + 2)) or (n > 0 and title(n - 1) and button(n + 1))


# the count over the comments a team's app shows under a message ('3 comments'), and the
# head of each comment as its page is copied: the avatar's initials ('NG'), the name, the
# time ('Yesterday at 4:58pm', 'Mar 6 at 9:02am', '10:15 AM')
_COMMENT_COUNT: Final = re.compile(r"^\d{1,4} (?:comments?|replies)$", re.I)
_INITIALS: Final = re.compile(r"^[A-Z]{1,3}$")
_COMMENTER: Final = re.compile(r"^(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){1,3}$")
_WHEN: Final = (
    rf"(?:(?:yesterday|today|\w+day|{lines.MONTH} \d{{1,2}}(?:, \d{{4}})?) at )?"
    r"\d{1,2}:\d{2}\s?[ap]\.?m\.?"
)
_COMMENTED: Final = re.compile(rf"^{_WHEN}$", re.I)
# a task's feed over its comments, as a project app shows it: a heading ('Comments', 'All
# activity'), then what each person did, and when ('Ana Ruiz attached ferry.jpg · Yesterday
# at 4:14pm'), each under the person's initials
_FEED_HEADING: Final = re.compile(r"^(?:comments|(?:all )?activity)$", re.I)
_FEED_ENTRY: Final = re.compile(
    rf"^(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){{0,3}} .{{2,160}} · {_WHEN}$", re.I
)
_FEED_LINES: Final = 12  # (the most lines of a feed over the first comment)
# who reacted to the message, over the count: 'Neil, Ellie, and 2 others boosted this'
_REACTED: Final = re.compile(
    r"^(?:(?-i:[A-Z])[\w'’-]*(?:, (?-i:[A-Z])[\w'’-]*)*,? and )?\d{1,4} (?:others?|people) "
    r"(?:boosted|liked|loved|applauded|cheered|reacted to) this$",
    re.I,
)


# a button's pictograph before its word: '👏 Boost'
_PICTOGRAPH_LABEL: Final = re.compile(rf"^[{PICTOGRAPHS}\ufe0f]+\s*")


def _app_comments(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the comments a team's app shows under a message copied with the story ('3
    comments', then each comment's initials, name and time over its text), the app's boxes
    under them to the page's end, and the reactions and their button over the count ('👏
    Boost', 'Neil, Ellie, and 2 others boosted this'): the desk's talk, no part of the story
    above them."""
    stories = 0
    for n, b in enumerate(blocks):
        stories += found[n] is None and _paragraph_of_story(b.text)
        if stories >= 3 and _COMMENT_COUNT.match(b.text.strip()) and _comment_head(blocks, n + 1):
            break
        if stories >= 3 and _FEED_HEADING.match(b.text.strip()) and _feed_over_comment(blocks, n):
            break
    else:
        return
    for k in range(n, len(blocks)):
        said = found[k] is None and _paragraph_of_story(blocks[k].text)
        if said and not (_comment_head(blocks, k - 3) or _comment_head(blocks, k - 2)):
            return  # (a story goes on under them, not a comment's text under its head)
    for k in range(n, len(blocks)):
        found[k] = found[k] or "comment"
    for k in (n - 1, n - 2):
        text = _PICTOGRAPH_LABEL.sub("", blocks[k].text.strip())
        if found[k] is None and (_REACTED.match(text) or _post_action(text)):
            found[k] = _POST_FURNITURE
        else:
            break


def _feed_over_comment(blocks: Sequence[Block], n: int) -> bool:
    """Whether a task's feed opens at block `n`: its headings, what each person did and
    their initials, then a comment's head."""
    for k in range(n, min(n + _FEED_LINES, len(blocks))):
        if _comment_head(blocks, k):
            return k > n
        text = blocks[k].text.strip()
        if not (_FEED_HEADING.match(text) or _INITIALS.match(text) or _FEED_ENTRY.match(text)):
            return False
    return False


def _comment_head(blocks: Sequence[Block], n: int) -> bool:
    """Whether a comment's head opens at block `n`: initials, a name and a time, a line each
    (the initials perhaps left out)."""
    texts = [b.text.strip() for b in blocks[n : n + 3]]
    if texts and _INITIALS.match(texts[0]):
        texts = [b.text.strip() for b in blocks[n + 1 : n + 3]]
    return len(texts) == 2 and bool(_COMMENTER.match(texts[0]) and _COMMENTED.match(texts[1]))


_SUGGESTED: Final = "web mail's suggested reply"
# the buttons a web mail sets under the message it shows, the last lines of its page
_MAIL_BUTTONS: Final = frozenset(("reply", "reply all", "forward"))
_SUGGESTIONS: Final = 3  # (the replies Gmail suggests over its buttons, each a few words)


def _suggested_replies(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the short replies a web mail suggests between the message and its 'Reply' and
    'Forward' buttons ('Thank you!', 'Received, thanks.', 'Will do.'), two or three lines of
    a few words over the buttons that end the page."""
    end = len(blocks)
    while end > 0 and blocks[end - 1].text.strip().lower() in _MAIL_BUTTONS:
        end -= 1
    if end == len(blocks):
        return
    start = end
    while (
        start > max(0, end - _SUGGESTIONS)
        and found[start - 1] is None
        and blocks[start - 1].kind == "p"
        and len(blocks[start - 1].text.split()) <= 4
    ):
        start -= 1
    if end - start >= 2:
        for n in range(start, end):
            found[n] = _SUGGESTED


_POST_FURNITURE: Final = "social post's furniture"
# the buttons a social network sets under each post, one a line when its page is copied, and
# their counts: '8', 'Boosts', '21', 'Favourites', 'Reply', 'Boost', 'Favourite', 'More'
_POST_ACTIONS: Final = frozenset(
    (
        *("reply", "replies", "boost", "boosts", "favourite", "favourites", "favorite"),
        *("favorites", "bookmark", "bookmarks", "more", "repost", "reposts", "quote", "quotes"),
        *("like", "likes", "share", "shares", "reblog", "reblogs", "retweet", "retweets"),
        *("comment", "comments"),
    )
)
_LONGEST_ACTION: Final = 24  # ('1,204 favourites', with room round it)
_POST_ACTION_BAR: Final = 3  # (fewer is a crosshead's or a list's word)
# the account a post is shown under, its handle on a line of its own: '@westwave@toot.example',
# '@ana.bsky.social', '@ana_ruiz'
_HANDLE: Final = re.compile(r"^@[\w.-]{1,60}(?:@[\w-]+(?:\.[\w-]+)+)?$")
# the post's age or date under its handle: 'Mar 6', '6 Mar', '3h', '· 2d'
_POST_WHEN: Final = re.compile(
    rf"^[·•]?\s*(?:{lines.MONTH} \d{{1,2}}|\d{{1,2}} {lines.MONTH}|\d{{1,2}}[smhdw])$", re.I
)


# the pictograph an app sets before a button's word: '👍 Like', '↗ Share'
_PICTOGRAPH: Final = re.compile(r"^[^\w\s]{1,3}\s+")


def _handle(text: str) -> bool:
    return text.lstrip().startswith("@") and _HANDLE.match(text.strip()) is not None


def _post_action(text: str) -> bool:
    """A post's button or count: 'Boost', '21', '38 reposts', '👍 Like' (an app's button with
    its pictograph)."""
    if len(text) > _LONGEST_ACTION:
        return False
    count, _, action = _PICTOGRAPH.sub("", text.strip()).lower().partition(" ")
    if action:
        return count.replace(",", "").isdigit() and action in _POST_ACTIONS
    return count in _POST_ACTIONS or count.replace(",", "").isdigit()


def _writer_s_posts(blocks: Sequence[Block], found: list[str | None]) -> None:
    """A thread's posts by the account that opened it are its story, not readers' comments:
    each is set as a comment is (a name and a date over its text, a 'Reply' button under it),
    but only another account's post is one."""
    handles = [n for n, b in enumerate(blocks) if _handle(b.text)]
    if len(handles) < 2:
        return
    writer = blocks[handles[0]].text.strip()
    for at, end in zip(handles, [*handles[1:], len(blocks)], strict=True):
        if blocks[at].text.strip() != writer:
            continue
        for n in range(at + 1, end - 1):
            if found[n] == COMMENT_WIDGET and not _post_action(blocks[n].text):
                found[n] = None


def _post_furniture(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark what a social network sets round each post of a thread copied from its page: the
    buttons under a post and their counts, three lines or more of them, and the account over
    it, its name over its handle and the post's date under it."""
    n = 0
    while n < len(blocks):
        end = n
        while end < len(blocks) and _post_action(blocks[end].text):
            end += 1
        if end - n >= _POST_ACTION_BAR and any(
            not blocks[k].text.strip().isdigit() for k in range(n, end)
        ):
            found[n:end] = [kind or _POST_FURNITURE for kind in found[n:end]]
        n = max(end, n + 1)
    posts = False
    for n, b in enumerate(blocks):
        if posts and b.text.strip() == "ALT" and found[n] is None:
            found[n] = _POST_FURNITURE  # the badge on a picture with a description
        if not _handle(b.text) or found[n] not in (None, COMMENT_WIDGET):
            continue
        posts = True
        found[n] = _POST_FURNITURE
        name = blocks[n - 1].text.strip() if n > 0 else ""
        if (
            name
            and found[n - 1] is None
            and len(name.split()) <= 5
            and not name.endswith(lines.SENTENCE_END)
        ):
            found[n - 1] = _POST_FURNITURE  # the account's name, over its handle (not a short
            # paragraph of the story over a post it quotes: 'Islanders did not hold back.')
        if (
            n + 1 < len(blocks)
            and found[n + 1] is None
            and _POST_WHEN.match(blocks[n + 1].text.strip())
        ):
            found[n + 1] = _POST_FURNITURE


# the mark a writer sets under the story's last line: '-30-', '# # #', 'END', '– END –' (not a
# section break, '***', nor a take's '-more-', after which the story goes on)
_END_MARK: Final = re.compile(
    r"^(?:-+\s*30\s*-+|#\s?#\s?#|end|ends|endit|end of (?:story|text)|\(end\)|"
    r"[-–—]\s?ends?\s?[-–—])$",
    re.I,
)
_AFTER_END: Final = "under the story's end mark"
# the end mark a writer may also set between a story's sections, as others set '* * *'
_SECTION_BREAK: Final = re.compile(r"^#\s?#\s?#$")
_QUOTED: Final = re.compile(r"[“\"][^”\"]*[”\"]")
# what a word to the desk or a page's furniture carries, and a paragraph of news does not
_NOT_NEWS: Final = re.compile(
    r"@|://|\bwww\.|\d{3}[-.\s]\d{4}|\b(?:i|me|my|you|your|please)\b|^[^:]{1,40}:\s", re.I
)


def _after_end_mark(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark what a filed manuscript carries under the mark that ends its story ('-30-'): the
    writer's source list, an invoice, notes to the desk, when no paragraph of a story
    follows (a picture, its caption or credit, or a contributor line there is still one)."""
    stories, at = 0, -1
    for n, b in enumerate(blocks):
        stories += found[n] is None and _paragraph_of_story(b.text)
        if stories >= 3 and b.kind == "p" and _END_MARK.match(b.text.strip()):
            at = n
            break
    if at < 0 or any(
        found[n] is None and _paragraph_of_story(blocks[n].text) for n in range(at + 1, len(blocks))
    ):
        return  # (a paragraph of a story under it, not the page's furniture: a story goes on)
    if _SECTION_BREAK.match(blocks[at].text.strip()) and _story_section(blocks[at + 1 :]):
        return
    for n in range(at + 1, len(blocks)):
        text = blocks[n].text
        kept = (
            lines.names_credit(text)
            or bool(_credit_line(text))
            or alt_label(text)  # (a picture's alt line under its caption: 'Alt text: ...')
        )
        if found[n] is None and blocks[n].kind not in ("image", "caption") and not kept:
            found[n] = _AFTER_END


_EARLIER: Final = "earlier release"
# the label over a release the one above it replaces, kept under it for reference: 'Earlier
# release (Tuesday, 3 March 2026 - 11:20am):', 'Previous statement:', 'Original release'
_EARLIER_LABEL: Final = re.compile(
    r"^(?:earlier|previous|original|first|superseded)\s+(?:media\s+|news\s+|press\s+)?"
    r"(?:release|statement|update|alert)\b[^.!?]{0,60}:?$",
    re.I,
)


def _earlier_release(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark an earlier release kept under the story's end mark ('ENDS'), under its label
    ('Earlier release (...):'), to its end: copy the story above replaces."""
    ended = False
    for n, b in enumerate(blocks):
        ended = ended or (b.kind == "p" and _END_MARK.match(b.text.strip()) is not None)
        if ended and b.kind == "p" and _EARLIER_LABEL.match(b.text.strip()):
            for at in range(n, len(blocks)):
                found[at] = found[at] or _EARLIER
            return


_OTHER_VERSION: Final = "the story in another language"
_PROSE_WORDS: Final = 12  # (a paragraph, not a masthead, a date or a caption's few words)


def _other_script_version(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the lines of a story sent twice, once in a language written in another script
    and once in English, that are in the other script: a press office's announcement in
    Greek with its translation below it, a ministry's release in Russian and English. The
    English version is the story an English-language paper files; the other is another
    readership's. Both must run to several paragraphs of the same order of length (the
    English with its cover note and captions), so that a quoted verse or a line in another
    script inside an English story stays, and a story filed in its own language under an
    English cover note is no translation."""
    scripts = [_other_script(b.text) if b.kind != "image" else None for b in blocks]
    prose = [len(b.text.split()) >= _PROSE_WORDS for b in blocks]
    other = sum(1 for s, long in zip(scripts, prose, strict=True) if s is True and long)
    english = sum(1 for s, long in zip(scripts, prose, strict=True) if s is False and long)
    if other < 3 or english * 3 < other * 2 or other * 3 < english:
        return
    for n, script in enumerate(scripts):
        if script is True:
            found[n] = found[n] or _OTHER_VERSION


# a heading over the story again in another language, for that language's readers:
# 'Versi Bahasa Melayu', 'Versión en español', 'Chinese version', 'Terjemahan' (not the
# English version, which an English-language paper files)
_LANGUAGES: Final = (
    r"(?:bahasa )?(?:melayu|malaysia|indonesia)|malay|indonesian|chinese|mandarin|cina|"
    r"tamil|hindi|urdu|arabic|french|fran[cç]aise?|spanish|espa[nñ]ol|portuguese|"
    r"portugu[eê]s|swahili|kiswahili|krio|filipino|tagalog|thai|vietnamese|japanese|korean"
)
_VERSION_HEADING: Final = re.compile(
    rf"^(?:versi(?:on|ón)? (?:en |in )?(?:{_LANGUAGES})|(?:{_LANGUAGES}) (?:version|translation)|"
    rf"terjemahan(?: (?:{_LANGUAGES}))?)\s*:?$",
    re.I,
)


def _version_heading(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a version of the story in another language set under it after a heading that
    names it ('Versi Bahasa Melayu'), as a small business's or a council's post gives its
    other readers: the heading and all under it are that readership's, not the story's.
    The story must come first, its paragraphs above the heading."""
    told = 0
    for n, b in enumerate(blocks):
        if found[n] is None and b.kind == "p" and len(b.text.split()) >= _PROSE_WORDS:
            told += 1
        if told >= 3 and _VERSION_HEADING.match(b.text.strip().strip("*_#: ")):
            for at in range(n, len(blocks)):
                found[at] = found[at] or _OTHER_VERSION
            return


def _other_script(text: str) -> bool | None:
    """Whether a line is written in a script other than the Latin alphabet (nine letters in
    ten of it), or in Latin letters (nine in ten); None when it has few letters or mixes
    the two ('Ανδρέας Χαραλάμπους / Andreas Charalambous')."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return None
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00)
    if latin * 10 <= len(letters):
        return True
    return False if latin * 10 >= len(letters) * 9 else None


_LETTER: Final = "covering letter"
_THANKS: Final = "club's sign-off"
# whom a thank-you names first, its name in capitals: 'A big thank you to the Hai Yin Chinese
# Association, ...' ('Hai Yin Chinese Association')
_THANKED: Final = re.compile(
    r"\bthank you to (?:the )?(?P<name>(?-i:[A-Z][\w'’&.-]*)(?: (?-i:[A-Z][\w'’&.-]*)){1,5})",
    re.I,
)


def _thanks_named_above(blocks: Sequence[Block], n: int) -> bool:
    """Whether the thank-you at block `n` names first whom a paragraph of the story above it
    names: the writer's close, thanking those the story is about (a club's thanks to its
    sponsors names them for the first time)."""
    found = _THANKED.search(blocks[n].text)
    if found is None:
        return False
    name = found.group("name")
    return any(name in b.text and _paragraph_of_story(b.text) for b in blocks[:n])


# a cover note's greeting to the editor, by name: 'Hi Ruth, here is our story ...'
_GREETING: Final = re.compile(rf"{GREETING}\s", re.I)
# a story's sentence introducing what it quotes under it: '..., pinned above the till. It
# reads:' (not a mail's 'Dear all,' under a bare 'Hi:')
_INTRODUCES: Final = re.compile(r"\w\s+\w[^\n]*:$")
_LETTER_LINES: Final = 30  # (the lines a letter the story quotes runs to, its sign-off in them)
# where a letter's addressee ends: its salutation or its subject line ('Sir/Madam,')
_SALUTATION: Final = re.compile(r"^(?:subject|sub|re)\s*:|,$|^[^.!?]{0,40}\b(?:sir|madam)\b", re.I)


def _addressee(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark the addressee of a covering letter, the lines between its 'To,' and its
    salutation or subject ('To,' / 'The Editor,' / 'All Newspapers,' / 'Pune.' / 'Sir,'),
    when they are a few short lines."""
    for n, b in enumerate(blocks[:60]):
        if found[n] != _LETTER or b.text.strip().lower() != "to,":
            continue
        end = next(
            (
                at
                for at in range(n + 1, min(n + 8, len(blocks)))
                if found[at] is not None and _SALUTATION.match(blocks[at].text.strip())
            ),
            -1,
        )
        address = range(n + 1, end)
        if end > n + 1 and all(len(blocks[at].text.split()) <= 12 for at in address):
            for at in address:
                found[at] = found[at] or _LETTER
        return


# the heading, in a printed page's capitals, of its notices under the story: 'PUBLIC NOTICES',
# 'TENDER NOTICE'
_NOTICES: Final = re.compile(
    r"^(?:PUBLIC|TENDER|LEGAL|OFFICIAL|GOVERNMENT|COMMUNITY|CLASSIFIED|COUNCIL)S? NOTICES?$"
)


def _notices(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a printed page's notices under the story, their heading and all under it but a
    picture, its caption or credit, or a contributor line."""
    stories = 0
    for n, b in enumerate(blocks):
        stories += found[n] is None and _paragraph_of_story(b.text)
        heading = stories >= 3 and b.kind != "image" and _NOTICES.match(b.text.strip())
        if heading and not _quoted_notice(blocks, found, n):
            break
    else:
        return
    for m in range(n, len(blocks)):
        text = blocks[m].text
        kept = lines.names_credit(text) or (lines.may_credit(text) and lines.contributions(text))
        if found[m] is None and blocks[m].kind not in ("image", "caption") and not kept:
            found[m] = "notice"


# a paragraph of reported speech: the story's, never a notice's
_SAID: Final = re.compile(r"\b(?:said|says|told)\b")


def _quoted_notice(blocks: Sequence[Block], found: Sequence[str | None], n: int) -> bool:
    """Whether the notice heading at block `n` is one the story quotes: the paragraph over
    it introduces it with a colon, or a paragraph of the story's reported speech follows."""
    before = next((m for m in range(n - 1, -1, -1) if found[m] is None), -1)
    if before >= 0 and blocks[before].text.rstrip().endswith(":"):
        return True
    return any(
        found[m] is None and _paragraph_of_story(blocks[m].text) and _SAID.search(blocks[m].text)
        for m in range(n + 1, len(blocks))
    )


def _story_section(blocks: Sequence[Block]) -> bool:
    """Whether what follows a '###' is a section of the story, not what a manuscript sets
    under its end: two paragraphs or more, each a sentence of news (no label, address,
    number to call, nor a word to or from the desk outside its quotes)."""
    texts = [b.text.strip() for b in blocks if b.kind != "image" and b.text.strip()]
    return len(texts) >= 2 and all(_sentence_of_news(text) for text in texts)


def _sentence_of_news(text: str) -> bool:
    opens = text[0].isupper() or text[0] in '“"'
    ends = text.endswith(lines.SENTENCE_END[:-1])  # (not with a label's colon)
    return opens and ends and len(text.split()) >= 5 and not _NOT_NEWS.search(_QUOTED.sub("", text))


# the heading of a box that sums up the story in a few short lines: 'Key findings', 'Key
# points:', 'At a glance'
_SUMMARY_HEADING: Final = re.compile(
    r"^(?:key (?:findings|points|takeaways|facts|highlights)|takeaways|at a glance)\s*:?$", re.I
)
_SUMMARY: Final = "summary box"


def _summary_box(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a box that sums up the story ('Key findings', then 'Median wait: 61 days.',
    'Slowest county: Rio Morado.'): its heading and its short lines, two to eight of them,
    repeat the story's figures (not a crosshead over the story's paragraphs)."""
    for n, b in enumerate(blocks):
        if found[n] is not None or b.kind == "image" or not _SUMMARY_HEADING.match(b.text):
            continue
        items = []
        for m in range(n + 1, min(n + 10, len(blocks))):
            item = blocks[m]
            if item.kind != "p" or found[m] is not None or len(item.text.split()) > 25:
                break
            items.append(m)
        if 2 <= len(items) <= 8 and _sums_up(blocks, found, n, items):
            for m in (n, *items):
                found[m] = _SUMMARY


# a typed bullet opening a line: '• About 180 tonnes lost', '- Harvests to resume in May'
_BULLET: Final = re.compile(r"^[•▪◦‣*-]\s+\S")


def _highlights(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a release's highlights: two to eight bulleted lines under its headline, right
    over the first paragraph, which opens on the dateline ('SINGAPORE, 5 March 2026 –'), as
    a listed company's release sums itself up before its text; they repeat the story."""
    first = next(
        (
            n
            for n, b in enumerate(blocks)
            if found[n] is None and b.kind == "p" and _paragraph_of_story(b.text)
        ),
        -1,
    )
    if first < 0 or not lines.dateline_of([blocks[first].text]):
        return
    items = []
    for m in range(first - 1, -1, -1):
        if found[m] is not None or blocks[m].kind != "p" or not _BULLET.match(blocks[m].text):
            break
        items.append(m)
    if 2 <= len(items) <= 8:
        for m in items:
            found[m] = _SUMMARY


_FIGURE: Final = re.compile(r"\d[\d,.]*\d|\d")
_WORD: Final = re.compile(r"[^\W\d_]{4,}")


def _sums_up(
    blocks: Sequence[Block], found: Sequence[str | None], n: int, items: list[int]
) -> bool:
    """Whether the short lines under a summary heading are a box, not the story's own
    paragraphs under a crosshead: the box stands over the story's first paragraph, or most
    of its lines repeat what the story tells elsewhere (its figures, else its words)."""
    if not any(found[m] is None and _paragraph_of_story(blocks[m].text) for m in range(n)):
        return True
    inside = {n, *items}
    story = " ".join(b.text for m, b in enumerate(blocks) if m not in inside and found[m] is None)
    figures = set(_FIGURE.findall(story))
    words = {w.casefold() for w in _WORD.findall(story)}

    def repeated(text: str) -> bool:
        if told := _FIGURE.findall(text):
            return all(f in figures for f in told)
        own = [w.casefold() for w in _WORD.findall(text)]
        return bool(own) and 3 * sum(w in words for w in own) >= 2 * len(own)

    return 2 * sum(repeated(blocks[m].text) for m in items) > len(items)


def _paragraph_of_story(text: str) -> bool:
    return len(text.split(None, 25)) > 25 and text.rstrip().endswith(lines.SENTENCE_END)


def _introduced(blocks: Sequence[Block], found: Sequence[str | None], n: int) -> bool:
    """Whether the embedded post at block `n` is one the story quotes: the paragraph before
    the post introduces it with a colon. A post set in a page with no such line is an
    embed, page furniture like a teaser."""
    first = n
    while first > 0 and found[first - 1] == SOCIAL:
        first -= 1
    return first > 0 and blocks[first - 1].text.rstrip().endswith(":")


_DESK_NOTE: Final = "note to the desk"
_NOT_FOR_PUBLICATION: Final = re.compile(
    r"\bnot for (?:pub(?:lication|\.)?|(?:the )?story)\)$", re.I
)
_BIBLIOGRAPHY: Final = re.compile(
    r"^(?:references|bibliography|works cited|works consulted|sources cited|(?:our )?sources)"
    r"\s*:?$",
    re.I,
)
# an entry of a reference list: its year in brackets or after the authors, an address, or
# (a fact-check's list of sources) its date after a comma: '..., mailer, Nov. 19, 2026'
_ENTRY: Final = re.compile(
    r"\(\d{4}[a-z]?\)|\b(?:19|20)\d{2}\.|https?://|\bdoi:|"
    rf",\s*(?:{lines.MONTH} (?:\d{{1,2}}(?:[-–]\d{{1,2}})?, )?)?(?:19|20)\d{{2}}\b",
    re.I,
)


def _entries_under(blocks: Sequence[Block], n: int) -> bool:
    """Whether every paragraph under the heading at `n`, to the next heading, is an entry of
    a reference list (not a crosshead 'References' over the story's own text)."""
    under = []
    for b in blocks[n + 1 :]:
        if b.kind in ("h1", "h2"):
            break
        under.append(b)
    return bool(under) and all(
        b.kind == "image" or b.hint == "chrome" or _ENTRY.search(b.text) for b in under
    )


_NOTES: Final = re.compile(r"^(?:my |reporting |story )?notes?\s*:?$", re.I)
# the field of a government release naming the office that issued it, under its title
_ISSUED_BY: Final = re.compile(r"^issued by\b\s*:?[^.!?]{0,120}$", re.I)
_NOTES_HEADING: Final = re.compile(
    r"^(?:desk notes?|reporting notes|notes? (?:for|to) (?:the )?(?:desk|editors?|copy desk))"
    r"\s*:?$",
    re.I,
)
# (its words may name the company's site: 'please visit www.example.com or contact:'; a
# listed company's release heads its contacts 'Enquiries' alone)
_CONTACTS_LINE: Final = re.compile(
    r"^(?:for (?:more|further) information\b(?:[^.!?]|\.(?=\w)){0,60}\bcontact|"
    r"media contacts?|enquiries|inquiries)\s*:?$",
    re.I,
)
# (a mail program's line: a time or an address in it, not 'On Tuesday, the chief wrote:')
_WROTE: Final = re.compile(
    r"^on \w{3}.{4,120}?(?:\b\d{1,2}:\d{2}\b|<[^<>@\s]+@[^<>\s]+>).{0,120}\bwrote:$", re.I
)
_VISUAL: Final = re.compile(r"photo|picture|visual|graphic|video|multimedia|image", re.I)
_RULE: Final = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_AUDIENCE: Final = re.compile(r"\b[\d,.]+k? (?:subscribers|followers)$")
_FURNITURE: Final = "page furniture"
_BIO: Final = "writer's bio"


def _signature_scan(blocks: Sequence[Block], n: int) -> bool:
    """Whether block `n` is a picture with no words of its own right under a sign-off."""
    picture = blocks[n].picture
    return (
        picture is not None
        and not (picture.caption or picture.alt)
        and n > 0
        and _SIGN_OFF.match(blocks[n - 1].text.strip()) is not None
    )


def _story_after(blocks: Sequence[Block], n: int) -> bool:
    """Whether a sign-off closes a letter the story quotes, not the mail: a sentence of the
    story follows it before any message the mail quotes ('On Monday, A wrote:'), or the
    sender's postscript ('P.S. ...'); or a sentence of the story right under it, however
    short, as a story quoting a close on a line of its own goes on ('Terima kasih.' then 'The
    crowd cheered.'), where a signer's name and post are no sentence."""
    if n + 1 < len(blocks) and _SHORT_SENTENCE.match(blocks[n + 1].text.strip()):
        return _SIGN_OFF.match(blocks[n + 1].text.strip()) is None
    for b in blocks[n + 1 : n + 8]:
        if _QUOTED_MAIL.match(b.text) or _POSTSCRIPT.match(b.text):
            return False
        if len(b.text.split()) >= 10 and b.text.rstrip().endswith((".", '"', "”")):
            return True
    return False


# where a mail's quoted message begins: 'On Mon, 2 Mar 2026, News Desk <...> wrote:'
_QUOTED_MAIL: Final = re.compile(
    r"^(?:on\b.{0,160}\bwrote:?$|-{2,}\s*(?:original|forwarded) message|from:\s|>)", re.I
)
# a short sentence of a story (200 characters at most): three words or more, two of them in
# lower case, and its full stop ('The crowd cheered.', 'Then they sang again.'), not a
# signer's 'Ana Ruiz, Secretary.'
_SHORT_SENTENCE: Final = re.compile(
    r"^(?=.{0,200}$)[\"“‘']?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’,-]+)*?(?:\s+(?-i:[a-z])[\w'’-]*,?){2}"
    r"(?:\s+[\w'’,-]+)*[.!?][\"”’']?$"
)
# a postscript under a mail's or a cover note's signature: 'P.S.', 'PS:', Greek's 'Υ.Γ.'
_POSTSCRIPT: Final = re.compile(r"^(?:p\.\s?s\.|ps\s*:|υ\.\s?γ\.)", re.I)


def _signature_block(blocks: Sequence[Block], found: list[str | None]) -> None:
    """Mark a sender's signature under the story: their name over their job, in one language
    or two, the short lines under them (a phone number) and a postscript right after. Only
    the block: a later message of a thread may still correct the story under it."""
    stories = 0
    for n, b in enumerate(blocks):
        if found[n] is not None:
            continue
        if stories >= 3 and _signer(blocks, n):
            break
        stories += len(b.text.split(None, 25)) > 25
    else:
        return
    found[n] = found[n + 1] = _SIGNATURE
    at = n + 2
    while at < min(n + 5, len(blocks)) and _signature_line(blocks[at], blocks[n].group):
        found[at], at = found[at] or _SIGNATURE, at + 1
    if at < len(blocks) and _POSTSCRIPT.match(blocks[at].text):
        found[at] = found[at] or _SIGNATURE


def _signature_line(b: Block, group: int) -> bool:
    """Whether a line goes on with a signature: in its paragraph, or a few words that are no
    sentence ('Τηλ. 99 000000')."""
    short = len(b.text.split()) <= 6 and not b.text.rstrip().endswith(lines.SENTENCE_END)
    return b.kind == "p" and (b.group == group or short)


def _signer(blocks: Sequence[Block], n: int) -> bool:
    """Whether block `n` is a sender's name alone over their job on the next line, in one
    language or two ('Ανδρέας Χαραλάμπους / Andreas Charalambous', then 'Υπεύθυνος Τύπου /
    Media Officer'): the signature under a club's or an office's report."""
    if n + 1 >= len(blocks):
        return False
    name = _second_language(blocks[n].text).strip()
    if not 2 <= len(name.split()) <= 4 or lines.person_names(name, DEFAULT) != [name]:
        return False
    return _ROLE_LINE.match(_second_language(blocks[n + 1].text).strip()) is not None


# the signer's name in brackets under a letter's close, as a Malay letter types it under the
# space for the signature: '(HAZIRAH BINTI MOHD NOOR)', '(Ana Ruiz)'
# (or the copy's mark of the signature it stands for: '(Signed)', '(Sgd.)')
_SIGNER_IN_BRACKETS: Final = re.compile(
    r"^\((?:[A-Z][\w'’.-]*\s?){2,8}\)$|^\((?i:signed|sgd\.?)\)$"
)
# the word over a press release's signature, on a line of its own: 'Signed:', 'SIGNED'
_RELEASE_SIGNED: Final = re.compile(r"^signed\s*[:,.]?$", re.I)
# a mail's sign-off under the story: what follows is the sender's signature and the mail's tail
_SIGN_OFF: Final = re.compile(
    r"^(?:(?:kind|best|warm|warmest)\s+)?regards,?$|^(?:yours\s+)?(?:sincerely|faithfully),?$|"
    # a Malay letter's close: 'Sekian, terima kasih.' ('that is all, thank you'), 'Wassalam.',
    # 'Yang benar,' ('yours truly')
    r"^(?:sekian,?\s+)?terima kasih[.!]?$|^wassalam[.,!]?$|^yang (?:benar|ikhlas),?$|"
    # a body's announcement signed for it, the signer's name and post under the line: 'For
    # the Community Council', 'On behalf of the Board of Trustees'
    r"^(?:for|on behalf of|for and on behalf of) the (?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,6},?$|"
    # an office's post over its holder's name, as a communiqué or a letter from an office is
    # signed: 'The Divisional Officer,', 'The Permanent Secretary,'
    r"^the (?-i:[A-Z])[\w'’.-]*(?: (?:(?-i:[A-Z])[\w'’.-]*|of|for|and|the)){0,6},$",
    re.I,
)
_SIGNATURE: Final = "the sender's signature"
_NEXT_ARTICLE: Final = "the next article"
_NO_PICTURE: Final = (
    "teaser",
    _FURNITURE,
    _NEXT_ARTICLE,
    _SIGNATURE,
    _LOGO,
)  # (none of the story's)
_HINTED: Final = {
    "chrome": _FURNITURE,
    "note": _DESK_NOTE,
    "comment": "document comment",
    "date": "page date",
    "code": "code",
}


# the last word of a desk's or a paper's staff credit: 'By Metro Desk', 'By Staff'; an
# institution's posting account: '04.03.2026 10:30 by Communications Office'
_DESKS: Final = frozenset(
    ("desk", "staff", "team", "newsroom", "bureau", "editors", "reports", "writers", "wire")
) | {"office"}


def _desk_byline(text: str) -> bool:
    """A 'By' line that credits a desk, no person ('By KTRV Digital Desk', 'Author: Metro
    Desk', Joomla's 'Written by Race Office.' with its stop), not a lede ('By Tuesday, crews
    had filled 4,000 sandbags.')."""
    bare = text.strip("*_ ")
    words = re.findall(r"[\w'’]+", bare.lower())
    return (
        _bylines(bare)
        and len(words) <= 8
        and words[-1:] != []
        and words[-1] in _DESKS
        and not bare.endswith(("!", "?"))
        and not (bare.endswith(".") and len(words) > _DESK_LINE_WORDS)
    )


_DESK_LINE_WORDS: Final = 5  # (the most words of a desk's byline closed by a stop)
# the section a post is filed in, as a theme's meta list sets it under the title: 'Posted in
# Race Reports' (Joomla's, YOOtheme's), 'Filed under Sport'
_FILED_IN: Final = re.compile(
    r"^(?:posted|filed|published) (?:in|under) (?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,4}$", re.I
)


# a site's login, no person's name: 'koco_admin', 'webmaster2', 'admin'
_ACCOUNT: Final = re.compile(r"(?-i:[a-z][a-z0-9.-]*)|[A-Za-z][\w.-]*_[\w.-]+")
# an office's shared account a site's metadata names as the author: 'PIO Web Team', 'Comms
# Team', 'Web Desk', 'Site Admin'
_TEAM_ACCOUNT: Final = re.compile(r"\b(?:team|web ?desk|admin|administrator|webmaster)$", re.I)


# the label of a post's meta line, which names who put the post up
_POSTED_BY: Final = re.compile(r"^(?:posted|published)\s+by\s", re.I)


def _account_byline(text: str) -> bool:
    """A 'By' line that names the account that posted the page, a login, as a theme's post
    meta line sets it ('By koco_admin | March 11, 2026'), not a writer; or a 'Posted by'
    line that names no person ('Posted by NWF Media', 'Posted by Club Admin'), which this
    is asked of only once no name was read from it."""
    bare = text.strip("*_ ")
    found = lines.BYLINE.match(bare)
    name = lines.BYLINE_END.split(found.group("names"))[0].strip() if found else ""
    return _ACCOUNT.fullmatch(name) is not None or (
        found is not None and _POSTED_BY.match(bare) is not None
    )


def _bylines(text: str) -> bool:
    """Whether a line is a byline: 'By Ana Ruiz', not 'By subscribing, you can help us'."""
    found = lines.BYLINE.match(text)
    return found is not None and found.group("names")[:1].isupper()


# a page's box of one picture beside the story: 'Photo of the Day'
_DAILY_PICTURE: Final = re.compile(r"^(?:photo|picture|image) of the (?:day|week)\s*:?$", re.I)


def _daily_picture(blocks: Sequence[Block], n: int) -> bool:
    """Whether block `n` is the picture a 'Photo of the Day' box shows under its heading:
    the site's picture, none of the story's, whatever its caption says."""
    return blocks[n].kind == "image" and _DAILY_PICTURE.match(blocks[n - 1].text) is not None


def _teaser(b: Block, under_heading: bool = False) -> bool:
    """A line under a teaser heading that can be a teaser: short, and no caption; right under
    a heading the checks know ('Latest news', also a running story's subhead), no sentence (a
    teaser's blurb follows its headline)."""
    if b.kind == "image":  # a teaser's thumbnail: no caption, no alt text
        return b.picture is not None and not (b.picture.caption or b.picture.alt or b.text)
    short = 0 < len(b.text.split()) <= 20
    if under_heading and b.text.rstrip().endswith((".", '."', ".”")):
        return False
    return short and not lines.names_credit(b.text) and not lines.dateline_start(b.text)


def _headline(r: _Reading, hints: Hints, lexicon: Lexicon) -> int:
    """Find the headline; return the index of its block (-1 when no block holds it). What
    stands above it is the page's masthead and navigation."""
    blocks = r.blocks
    at = -1
    if hints.headline:
        r.headline = hints.headline
        named = [i for i, b in enumerate(blocks[:80]) if lines.same(b.text, hints.headline)]
        # (the story's own title over a breadcrumb's last step that repeats it in the furniture)
        at = next((i for i in named if r.chrome[i] is None), named[0] if named else -1)
        shown = next((i for i, b in enumerate(blocks[:80]) if _shown_title(r, i)), -1)
        if at < 0 and shown >= 0:  # the title the document shows, over its metadata's
            r.stripped.append(("metadata title", hints.headline))
            at, r.headline = shown, blocks[shown].text
        elif (
            at >= 0
            and blocks[at].kind in ("h1", "h2")
            and (below := _bylined_title(r, at, lexicon)) > at
        ):
            at, r.headline = below, blocks[below].text  # (a working title over the headline)
        elif at >= 0 and r.chrome[at] and (shouted := _shouted_title(r, at, lexicon)) > at:
            # (a saved webmail's title, the subject in its headers, over the mail's text,
            # where the story's headline in capitals stands over its byline)
            r.stripped.append(("e-mail subject", hints.headline))
            at, r.headline = shouted, blocks[shouted].text
    else:
        for i, b in enumerate(blocks[:40]):
            if b.kind == "h1" and any(_FOLIO.search(n.text) for n in blocks[i + 1 : i + 3]):
                r.chrome[i] = "masthead"  # a paper's name over its issue's folio line (its
                # motto between: 'Newsletter of the ... Association', 'Winter 2026 • Volume 12')
        at = next((i for i, b in enumerate(blocks) if b.hint == "labelled"), -1)
        if at < 0:
            at = next(
                (i for i, b in enumerate(blocks) if b.kind == "h1" and r.chrome[i] is None), -1
            )
            at = _bylined_title(r, at, lexicon)
        if at < 0:
            at = _first_title(r, lexicon)
            note = at >= 0 and blocks[at].text.rstrip().endswith(lines.SENTENCE_END)
            if note and _subjects(r):  # (a mail's note to the desk over the story's headline)
                at = max(at, _shouted_title(r, at, lexicon))
        r.headline = blocks[at].text if at >= 0 else ""
        if at >= 0 and any(lines.same(r.headline, s) for _, s in _subjects(r)):
            r.headline = _SEQUENCE.sub("", r.headline)  # a mailed release's 'Update:'
        if (label := _POST_LABEL.match(r.headline)) and len(r.headline) > label.end():
            r.stripped.append(("post's label", label.group().strip()))
            r.headline = r.headline[label.end() :]
    release = _RELEASE_SUBJECT.match(r.headline) if at >= 0 else None
    if release and (title := _release_title(r, at, release.group("title"))) > at:
        r.stripped.append(("e-mail subject", r.headline))
        at, r.headline = title, blocks[title].text
    for i in range(max(at, 0)):
        if (
            not r.used[i]
            and blocks[i].kind not in ("image", "caption")
            and not lines.names_credit(blocks[i].text)
        ):
            r.strip(i, r.chrome[i] or "above the headline")
    if at >= 0:
        r.used[at] = True
    return at


# a mail's subject naming the release it brings, as a webmail's page sets it over the mail:
# 'PRESS RELEASE: Domain revenue reaches $178.4 million in first half'
_RELEASE_SUBJECT: Final = re.compile(
    r"^(?:press|news|media) release\s*[:—–-]\s*(?P<title>\S.{10,})$", re.I
)
# the most blocks between a mail's subject and the release's own title in its text (the
# sender, the date, the letterhead, 'FOR IMMEDIATE RELEASE' and its number)
_SUBJECT_OVER_TITLE: Final = 16


def _release_title(r: _Reading, at: int, subject: str) -> int:
    """The release's own title in the mail's text under its subject, which opens with the
    subject's words (the subject its title cut short: '... in first half' over '... in
    first half of 2026'), and is no sentence (not the release's opening paragraph, which
    may open with them: 'Harbour Board freezes ferry fares for all of 2026, its chairman
    said ...'); -1 when there is none."""
    words = lines.norm(subject)
    return next(
        (
            i
            for i in range(at + 1, min(at + _SUBJECT_OVER_TITLE, len(r.blocks)))
            if not r.used[i]
            and r.blocks[i].kind not in ("image", "caption")
            and lines.norm(r.blocks[i].text).startswith(words)
            and not _sentence(r.blocks[i].text)
        ),
        -1,
    )


# a release's mark of its place in a sequence of releases on one matter, before its title
# ('Update: Arrest made after ...', 'UPDATE 2: Road reopens'): no words of the headline
_SEQUENCE: Final = re.compile(r"^(?:update|updated|follow-up)(?: \d{1,2})?\s*:\s+(?=\S)", re.I)


# a word in capitals and a pictograph a post opens with, before the headline of a story told
# in posts: 'NEWS 🧵 Breakwater reopens ...', 'BREAKING 🚨 ...'
_POST_LABEL: Final = re.compile(
    rf"^(?-i:[A-Z]{{2,12}}(?: [A-Z]{{2,12}})?)\s*(?:[{PICTOGRAPHS}]\ufe0f?\s*)+(?=\S)"
)


# a printed issue's folio line: 'Vol. 141, No. 48 • Saxon Creek, Wisconsin • Thursday, ...'
_FOLIO: Final = re.compile(
    r"(?:^|[•|·]\s*)(?:vol(?:ume)?\.?|v\.)\s*[\dIVXLC]+\s*[,.;·•|-]?\s*(?:no\.?|number|issue)"
    r"\s*\d+\b",
    re.I,
)


def _bylined_title(r: _Reading, at: int, lexicon: Lexicon) -> int:
    """Of two titles at the top, the one over the byline: a wiki's page name or a working
    title ('Orchard pull-outs — draft for Sat A1') stands over the story's own headline, a
    package's headings over a Word file's Title paragraph."""
    if at < 0 or _byline_under(r, at, lexicon):
        return at
    later = next(
        (
            i
            for i in range(at + 1, min(at + 8, len(r.blocks)))
            if r.blocks[i].kind == "h1" and r.chrome[i] is None
        ),
        -1,
    )
    if later > 0 and _byline_under(r, later, lexicon):
        return later
    if _ISSUE_TITLE.search(r.blocks[at].text) and (section := _bylined_section(r, at, lexicon)) > 0:
        return section
    if (shouted := _shouted_title(r, at, lexicon)) > 0:
        return shouted
    # a Word file's Title paragraph over the byline, under the headings of the file's other
    # parts (a web package's 'Headline options', 'SEO and social')
    titled = next((i for i in range(at + 1, len(r.blocks)) if r.blocks[i].hint == "title"), -1)
    if titled > 0 and _SERIES_PART.match(r.blocks[titled].text.strip()):
        return at  # (a series' label in the Title style over the byline is no headline)
    return titled if titled > 0 and _byline_under(r, titled, lexicon) else at


# a newsletter's name over its issue, its month or its number after a dash, a bar or a colon:
# 'The Eagle Eye — May 2027', 'Harbour Notes | Issue 14', 'Parish News: Term 2, Week 5'
_ISSUE_TITLE: Final = re.compile(
    rf"\S\s+[—–|:-]\s+(?:(?i:{lines.MONTH})\s+\d{{4}}|(?i:issue|no\.?|edition)\s*\d{{1,4}}|"
    r"(?i:term)\s+\d,?\s+(?i:week)\s+\d{1,2})$"
)
_SECTIONS_TRIED: Final = 30  # (the blocks of a newsletter's top its story's heading is among)


def _bylined_section(r: _Reading, at: int, lexicon: Lexicon) -> int:
    """The first heading under a newsletter's name and issue at `at` with a byline under it
    (the story among the issue's sections, a principal's column over it); -1 when none."""
    return next(
        (
            i
            for i in range(at + 1, min(at + _SECTIONS_TRIED, len(r.blocks)))
            if r.blocks[i].kind in ("h1", "h2")
            and r.chrome[i] is None
            and _byline_under(r, i, lexicon)
        ),
        -1,
    )


# a series' label for one of its parts: 'Part 2 of 3', 'Chapter Two', 'Day 3'
_SERIES_PART: Final = re.compile(
    r"^(?:part|chapter|episode|installment|day|week)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)(?:\s+(?:of|in)\s+(?:\d{1,2}|[a-z]+))?\.?$",
    re.I,
)


def _shouted_title(r: _Reading, at: int, lexicon: Lexicon) -> int:
    """A line in capitals over the byline, under a note to the desk at `at`: a mailed story's
    own headline in the mail's plain text, under the subject a saved page shows as its title
    (or under the note itself, when the mail's headers are its text); -1 when none. (The
    webmail's furniture between, a list of the mail's parts, does not count.)"""
    text = (i for i in range(at + 1, len(r.blocks)) if r.chrome[i] is None)
    shouted = next(
        (i for i in islice(text, _NOTE_OVER_TITLE - 1) if _capitals_title(r.blocks[i].text)),
        -1,
    )
    return shouted if shouted > 0 and _byline_under(r, shouted, lexicon) else -1


# the most blocks between a mail's subject and the headline its text sets in capitals (the
# addressee, a greeting, a note to the desk, its signature)
_NOTE_OVER_TITLE: Final = 12


def _capitals_title(text: str) -> bool:
    """A headline set in capitals, as a correspondent types one: four words or more, no
    sentence's end ('CARRIACOU ON WATER RATIONING AS PLANT BREAKS DOWN')."""
    return text.isupper() and len(text.split(None, 3)) > 3 and not text.endswith(".")


def _byline_under(r: _Reading, at: int, lexicon: Lexicon) -> bool:
    """Whether a byline stands within the three text blocks under block `at`, before another
    title."""
    under: list[int] = []
    for i in range(at + 1, min(at + 8, len(r.blocks))):
        if r.blocks[i].kind == "h1" and _SERIES_PART.match(r.blocks[i].text.strip()):
            continue  # (a series' label between the headline and the byline: 'Part 2 of 3')
        if r.blocks[i].kind == "h1" or len(under) == 3:
            break
        if r.chrome[i] is None and r.blocks[i].kind not in ("image", "caption"):
            under.append(i)
    return any(_bylined(r, i, lexicon) for i in under)


def _lead_pictures(r: _Reading, top: int) -> None:
    """The story's lead picture set above its headline, with its caption or credit (a
    cover figure over the title, as Instant Articles and many sites set it), or with the alt
    a blog theme gives a post's cover ('Cover Image'), first among the images; a logo or an
    icon above the headline, with neither, is the masthead's."""
    lead = []
    for i in range(max(top, 0)):
        picture = r.blocks[i].picture
        if r.blocks[i].kind != "image" or picture is None or r.used[i] or r.chrome[i]:
            continue
        if picture.caption or picture.credit or r.blocks[i].hint == "cover":
            r.used[i] = True
            lead.append(picture)
    r.images[:0] = lead


def _shown_title(r: _Reading, i: int) -> bool:
    return r.blocks[i].kind == "h1" and r.chrome[i] is None and not r.used[i]


def _first_title(r: _Reading, lexicon: Lexicon) -> int:
    """The headline of a document without markup: the title just above its byline (and
    dek), else its first line that reads as a title."""
    live = [
        i
        for i, b in enumerate(r.blocks[:120])
        if r.chrome[i] is None
        and b.kind not in ("image", "caption")
        and not lines.DATE_LINE.match(b.text)
        and not alt_label(b.text)  # (a picture's description in its place: '[Image: ...]')
    ]
    subjects = _subjects(r)
    subject = next(
        (i for i in live if any(at < i and lines.same(r.blocks[i].text, s) for at, s in subjects)),
        -1,
    )
    if subject >= 0:
        return subject  # a release's headline, as its e-mail's subject line gives it
    labelled = next((i for i, b in enumerate(r.blocks[:120]) if _RELEASE.match(b.text)), -1)
    under = next((i for i in live if i > labelled), -1) if labelled >= 0 else -1
    if under >= 0 and lines.is_title(r.blocks[under].text) and len(r.blocks[under].text) > 20:
        return under  # the title right under 'NEWS RELEASE 2-DEC-2026', as release services set it
    # (the first byline with a title over it: a webmail's sender over the mail's date, and
    # its subject, stand over the story's own headline and byline)
    bylines = (
        n for n, i in enumerate(live) if _bylined(r, i, lexicon) and _byline_at(r, live, n, lexicon)
    )
    for tried, byline in enumerate(islice(bylines, _BYLINES_TRIED)):
        if tried and byline >= _TITLE_LINES:
            break  # (a second byline far down: a comment's, no headline's)
        if (titled := _title_over_byline(r, live, byline, lexicon)) >= 0:
            return titled
    bold = [i for i in live[:12] if r.blocks[i].hint == "bold"]
    if bold:
        return bold[0]
    for i in live[:_TITLE_LINES]:
        if lines.is_title(r.blocks[i].text) and len(r.blocks[i].text.split()) >= 5:
            return i
    return live[0] if live else -1


# the most bylines read, in their order, for the title over one (a webmail's sender over
# the date, then the story's own)
_BYLINES_TRIED: Final = 2
_TITLE_LINES: Final = 40  # (the lines of a document without markup its headline is among)


def _byline_at(r: _Reading, live: list[int], n: int, lexicon: Lexicon) -> bool:
    """Whether the byline found at `live[n]` is one: not a masthead's name over the page's
    date with no title above it, an agency's byline over its staff credits closing the story,
    nor a blog's post footer under the post's sentences."""
    i = live[n]
    return (
        # (not a masthead's name over the page's date, 'Greenbrook Register' then
        # 'Wednesday, December 2, 2026', with no title above it)
        (n > 0 or bool(lines.byline_names(r.blocks[i].text, lexicon)))
        # (nor an agency's byline closing the story, over its staff: 'Reporter: Ana Ruiz',
        # then 'Editor: Li Wei')
        and not (i + 1 < len(r.blocks) and lines.STAFF_CREDIT.match(r.blocks[i + 1].text))
        # (nor a blog's post footer under the post's sentences: 'Posted by Ana Ruiz on 02
        # March 2026 at 07:30 AM' closes the post, its headline far above)
        and not (
            _POST_FOOTER.match(r.blocks[i].text)
            and sum(r.blocks[j].text.endswith(lines.SENTENCE_END) for j in live[:n]) >= 2
        )
    )


def _title_over_byline(r: _Reading, live: list[int], byline: int, lexicon: Lexicon) -> int:
    """The title just above the byline at `live[byline]` (or above the dek over it); -1
    when none stands there."""
    if byline > 0 and not lines.byline_names(r.blocks[live[byline]].text, lexicon):
        above = r.blocks[live[byline - 1]].text  # a byline without 'By' under a sentence
        caption = above.endswith(lines.SENTENCE_END) or lines.names_credit(above)
        byline = -1 if caption else byline  # (or the credit of the caption above it)
    if byline > 0:
        near = [r.blocks[i].text for i in live[max(0, byline - 2) : byline]]
        if (
            len(near) == 2
            and lines.is_title(near[0], True)
            and lines.is_dek_like(near[1])
            and not (byline == 2 and _SITE_TITLE.search(near[0]))
            and not _kicker_between(r, live[byline - 2], live[byline - 1])
            and not _label_over_title(near[0], near[1])
        ):
            return live[byline - 2]
        if lines.is_title(near[-1], True) or (
            _POSTED_BY.match(r.blocks[live[byline]].text) and _kicked_title(near[-1])
        ):
            return live[byline - 1]
    return -1


# a kicker in capitals before a title's colon: 'GRAND FINAL: Sharks end 11-year wait'
_KICKER: Final = re.compile(r"^(?-i:[A-Z][A-Z0-9' -]{1,24}):\s+(?P<title>\S.*)$")


def _kicked_title(text: str) -> bool:
    """Whether a line is a title with a kicker in capitals before it, as a post's title over
    its meta line ('Posted by ...') sets it, where a banner's label over a story is no title."""
    found = _KICKER.match(text)
    return found is not None and lines.is_title(found.group("title"), True)


def _label_over_title(above: str, below: str) -> bool:
    """Whether a line with a label before a colon over a short title is the draft's note over
    its headline ('Harbour desk: for Thursday's paper, about 600 words' over 'Council keeps
    the winter ferry running'), not a headline naming its topic over its dek: a dek says
    more than its headline, or ends as a sentence does."""
    if not re.match(r"^[\w' -]{1,30}:\s", above):
        return False
    return len(below.split()) <= len(above.split()) and not below.endswith(lines.SENTENCE_END)


def _kicker_between(r: _Reading, above: int, below: int) -> bool:
    """Whether a kicker set over a headline stands between two blocks (a match report's
    competition line or result line): the lower one is the headline, and what stands over
    the kicker is the cover's, never the title of a title and dek."""
    return any(r.chrome[i] in _KICKERS for i in range(above + 1, below))


_KICKERS: Final = frozenset((_COMPETITION_LINE, RESULT_LINE))


# the label over a release's title, with its date or its number: 'NEWS RELEASE 2-DEC-2026',
# 'PRESS STATEMENT No. 2027-06' (a parliament's clerk numbers each statement), perhaps after
# the word in the company's own script: '보도자료 PRESS RELEASE'
_RELEASE: Final = re.compile(
    r"^(?:[\u0370-\uffff]+\s+)?(?:news|press|media) (?:release|note|statement)"
    r"(?: no\.? ?[\w/-]{1,12})?(?: [\w ,./-]{0,20}\d{4})?$",
    re.I,
)
# a page's own title at the top of pasted text, its name and section set apart as no
# headline sets its words: 'High Line Public Radio : Text-Only News', 'The Ledger | Metro'
_SITE_TITLE: Final = re.compile(r"\S \| \S|\w :{1,2} \w")


def _bylined(r: _Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether block `i` is a byline line, in any of the forms a page prints it."""
    text = r.blocks[i].text
    return bool(
        lines.byline_names(text, lexicon)
        or lines.titled_names(text, lexicon)
        or _names_by_date(r, i, lexicon)
    )


_SUBJECT: Final = re.compile(
    r"^subject\s*:\s*(?:(?:re|fwd?|fw)\s*:\s*)*(?:(?:news|press|media) (?:release|advisory)"
    r"\s*[:—–-]\s*)?(?P<subject>.+)$",
    re.I,
)


def _subjects(r: _Reading) -> list[tuple[int, str]]:
    """Where each e-mail subject line of the document's top stands, and its subject, its
    'NEWS RELEASE:' left off: a line under it that repeats it is the release's headline."""
    return [
        (at, found.group("subject"))
        for at, b in enumerate(r.blocks[:120])
        if (found := _SUBJECT.match(b.text.strip())) is not None
    ]


def _bios(r: _Reading) -> None:
    """Take out of the body's last paragraphs the writers' and photographers' bio lines:
    'Ana Ruiz is a freelance writer in Tulsa.', 'Li Wei covers the courts.', 'Ana Ruiz and
    Li Wei are fellows at the lab.'"""
    people = [*r.byline, *(c.name for c in r.contributors)]
    if not people:
        return
    named = "|".join(re.escape(p) for p in people)
    # (one writer's, or the team's: 'Ana Ruiz and Li Wei are seniors in the reporting lab.')
    opening = re.compile(
        rf"^(?:{named})(?:(?:,| and| &) (?:{named}))* "
        r"(?:is|was|are|were|covers|cover|writes|write|reports|report)\b"
    )
    while r.body and opening.match(r.body[-1].strip("*_ ")):
        r.stripped.append(("writer's bio", r.body.pop()))
        r.body_blocks.pop()


def _top(r: _Reading, at: int, hints: Hints, lexicon: Lexicon) -> int:
    """Read the dek, byline, date and any image between the headline and the body; return
    where the body starts."""
    i = _release_heading(r, at) + 1
    blocks = r.blocks
    while i < len(blocks):
        b = blocks[i]
        if r.used[i] or (r.chrome[i] is not None and r.chrome[i] != CAPTION):
            if not r.used[i]:
                r.strip(i, r.chrome[i] or "")
            i += 1
            continue
        if _byline_photographers(r, i):
            i += 1
            continue
        if _photographers(r, i):
            i += 1
            continue
        if not r.byline and _POSTED_BY.match(b.text) and _typed_byline_below(r, i, lexicon):
            r.strip(i, "page author")  # 'Posted by Club Admin · 2d ago', over 'By Ana Ruiz'
            i += 1
            continue
        if (
            not r.byline
            and b.kind != "image"
            and lines.BYLINE.match(b.text.strip("*_ "))
            and (names := _byline_line(b.text, lexicon))  # 'Words by A · Photographs by B'
        ):
            _place_byline(r, i, names)
            i += 1
            continue
        if not r.byline and b.kind == "p" and (names := _named_byline(b.text, hints, lexicon)):
            _place_byline(r, i, names)  # 'By Ana Ruiz Ledger Fact Check reporter Dec. 2'
            i += 1
            continue
        if (
            not r.byline
            and b.hint == "byline"
            and (names := _names_in_byline_field(b.text, lexicon))
        ):
            _place_byline(r, i, names)  # 'Ana Ruiz and Li Wei | The News Lab'
            i += 1
            continue
        if not r.byline and b.kind == "p" and (names := lines.from_byline(b.text, lexicon)):
            _place_byline(r, i, names)  # 'From Ada Obi, Abeokuta', under the headline
            i += 1
            continue
        if _initials_over_name(r, i):
            r.strip(i, "avatar initials")  # 'FA' drawn in a circle over 'Fatma Al Suwaidi'
            i += 1
            continue
        if not r.byline and _names_by_date(r, i, lexicon) and _typed_byline_below(r, i, lexicon):
            r.strip(i, "page author")  # the account that posted the page, over a 'By' line
            i += 1
            b = blocks[i]
            if not lines.DATE_LINE.match(b.text) and lines.is_label(b.text):
                r.strip(i, "page author's job")  # 'Syndication Coordinator', under the name
                i += 1
            continue
        if not r.byline and (names := _names_by_date(r, i, lexicon)):
            _place_byline(r, i, names)  # 'Ana Ruiz', then 'Nov 29, 2026'
            i += 1
            if i + 1 < len(blocks) and _station(r, i) and lines.DATE_LINE.match(blocks[i + 1].text):
                r.strip(i, "writer's station")
                i += 1
            while i < len(blocks) and (more := _name_line(r, i, lexicon)):
                r.byline = [*r.byline, *more]  # one author a line, as newsletters list them
                r.strip(i, "byline (placed)")
                i += 1
            continue
        if (
            not r.byline
            and "/" in b.text
            and not _VISUAL.search(b.text)  # not a picture's credit: 'Jane Roe/Photo Editor'
            and (names := lines.titled_names(b.text, lexicon))
        ):
            _place_byline(r, i, names)  # 'Kemar Watson-Bell/Record Writer': no photo's credit
            i += 1
            continue
        if alt_label(b.text):
            i = _alt_line(r, i)
            continue
        if r.byline and " / " in b.text and _ROLE_LINE.match(_second_language(b.text)):
            r.strip(i, "writer's job")  # 'Gohebydd ... / Local Democracy Reporter': no credit
            i += 1
            continue
        if b.kind in ("image", "caption") or r.chrome[i] == CAPTION or lines.names_credit(b.text):
            i = _image(r, i, b.picture or Picture())
            continue
        if b.hint == "byline" and any(n in b.text for n in (r.byline or hints.authors)):
            r.strip(i, "byline (placed)")  # the author field again: 'Ana Ruiz, stringer'
            i += 1
            continue
        if _byline_again(r, i, lexicon):
            r.strip(i, "byline (placed)")  # 'By Ana Ruiz, guide', under the post's author
            i += 1
            continue
        if lines.same(b.text, r.headline):
            if _caption_next(r, i):
                i += 1  # the image's title line, read with its caption
                continue
            r.strip(i, "repeated headline")
        elif not r.byline and (names := _byline_line(b.text, lexicon)):
            _place_byline(r, i, names)
        elif lines.DATE_LINE.match(b.text) or lines.DATE_LINE.match(_second_language(b.text)):
            r.strip(i, "page date")
        elif _POSTED_STAMP.match(b.text):
            r.strip(i, "page date")  # when the post went up, and the account that put it up
        elif r.byline and _ROLE_LINE.match(_second_language(b.text)):
            r.strip(i, "writer's job")  # 'Senior Reporter at the Journal', under the name
        elif not r.byline and _desk_byline(b.text):
            r.strip(i, "byline naming no person")  # 'By KTRV Digital Desk', 'By Staff'
        elif not r.byline and _account_byline(b.text):
            r.strip(i, "byline naming an account")  # 'By koco_admin |': who posted the page
        elif _TEMPLATE_BYLINE.match(b.text):
            r.strip(i, "byline the site's template fills")  # 'By %meta.author%, secretary'
        elif _EPIGRAPH.match(b.text.strip()) and b.hint != "dek":
            r.strip(i, "epigraph")  # a verse set over the story, no dek (but a standfirst
            # that quotes someone: '"The river came up in minutes" – Mayor Ana Ruiz')
        elif _ISSUED_BY.match(b.text):
            r.strip(i, "release's issuer")  # a release's field: 'Issued by Office of ...'
        elif _RELEASE.match(b.text):
            r.strip(i, "release's label")  # its number, over the dek: 'PRESS RELEASE No. 14'
        elif _FILED_IN.match(b.text):
            r.strip(i, "post's section")  # a meta list's 'Posted in Race Reports'
        elif not r.dek and _is_dek(r, i, hints):
            r.dek = b.text
            r.used[i] = True
            while (
                i + 1 < len(blocks)
                and blocks[i + 1].hint == "dek"
                and b.hint == "dek"
                and not _byline_line(blocks[i + 1].text, lexicon)  # ('Words: Ana Ruiz', set
            ):  # in the same style as the standfirst over it)
                i += 1  # a standfirst of two paragraphs: one dek
                r.dek = f"{r.dek} {blocks[i].text}"
                r.used[i] = True
        elif r.byline and len(b.text.split()) <= 12 and (found := _credit_line(b.text)):
            r.contributors += found  # 'Edited By: Rohan D'Souza', beside the byline
            r.strip(i, "contributor line (placed in credits.yaml)")
        elif lines.is_label(b.text):
            r.strip(i, "page label")
        else:
            return i
        i += 1
    return i


def _release_heading(r: _Reading, at: int) -> int:
    """Where a release shown under its headline sets that headline again, over its own
    header (its number, company and date lines, a legal notice, the company's name), as an
    investor site shows a regulatory announcement: the story's dek and text follow the
    second heading, and what stands between is the release's header; `at` when the
    headline is not set again so."""
    if at < 0 or r.blocks[at].kind not in ("h1", "h2"):
        return at
    between = 0
    for j in range(at + 1, len(r.blocks)):
        b = r.blocks[j]
        if r.chrome[j] is not None:
            continue  # (the page's furniture between: a record of the release's fields)
        between += 1
        if between > 8:
            return at
        if b.kind == "image" or lines.BYLINE.match(b.text.strip("*_ ")):
            return at  # (a picture or a byline between: the story's own top)
        if lines.same(b.text, r.headline):
            for k in range(at + 1, j + 1):
                if not r.used[k]:
                    r.strip(k, r.chrome[k] or "release header")
            return j
    return at


# a byline a content file leaves for its site's template to fill, its name a placeholder:
# Pico's 'By %meta.author%', a Twig or Liquid 'By {{ page.author }}', 'By {author}'
_TEMPLATE_BYLINE: Final = re.compile(
    r"^by\s+(?:%[\w.]+%|\{\{[^{}\n]{1,60}\}\}|\{[\w.]{1,40}\})(?:\s*,[^\n]{0,80})?$", re.I
)


# the label of an opinion page's or a section's piece set in a byline element
_COLUMN_LABEL: Final = re.compile(
    r"\b(?:column|opinion|commentary|op-ed|editorial|essay|analysis|perspective|viewpoint|"
    r"guest|letter|review|sponsored)\b",
    re.I,
)
_BYLINE_PARTS: Final = re.compile(rf"\s*[|·•]\s*|\.\s+(?={lines.PICTURES_BY})", re.I)


def _byline_again(r: _Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether block `i` is a 'By' line naming only the byline already read ('By Ana Ruiz,
    visitor guide', typed at the top of a post whose page names its author in the post's
    details): the writer again, with a job after the comma, never a standfirst, even when
    set in italics as a standfirst would be."""
    text = r.blocks[i].text
    if not r.byline or r.blocks[i].kind == "image" or len(text.split()) > 16:
        return False
    if not lines.BYLINE.match(text.strip("*_ ")):
        return False
    names = lines.byline_names(text, lexicon)
    return bool(names) and set(names) <= set(r.byline)


# the first word of a link a byline's list sets beside the author, as a social network's
# post sets 'View Blog' after 'Posted by ...'
_LINK_VERBS: Final = frozenset(
    ("view", "see", "read", "follow", "visit", "more", "all", "contact", "email", "message")
)


def _names_in_byline_field(text: str, lexicon: Lexicon) -> list[str]:
    """The names a page's byline element holds without 'By', before the outlet it sets off
    with a bar or a dot ('Ana Ruiz and Li Wei | The News Lab', as a StoryMaps cover sets its
    byline field): only names, and nothing else, before it."""
    parts = _BYLINE_PARTS.split(text.strip())
    # (an opinion page's label before the writer: 'Guest Column | Tom Bell')
    part = parts[1] if len(parts) > 1 and _COLUMN_LABEL.search(parts[0]) else parts[0]
    words = re.sub(r",|\band\b|&", " ", part).split()
    if not 2 <= len(words) <= 12 or words[0].lower() in _LINK_VERBS:
        return []  # (a link of the byline's list, no name: 'View Blog', 'See All')
    names = lines.person_names(part, lexicon)
    return names if sum(len(n.split()) for n in names) == len(words) else []


def _named_byline(text: str, hints: Hints, lexicon: Lexicon) -> list[str]:
    """The authors the page's metadata names, when a byline line under the headline opens on
    the first of them, whatever follows (a desk's name and a job with no comma, the date),
    or names them all and nothing else."""
    found = lines.BYLINE.match(text.strip("*_ "))
    if not hints.authors or len(text.split()) > 24:
        return []
    if not found:  # the names alone: 'Ana Ruiz and Li Wei'
        alone = len(text.split()) <= 9 and lines.person_names(text, lexicon) == list(hints.authors)
        return list(hints.authors) if alone else []
    first = hints.authors[0]
    named = found.group("names")
    return list(hints.authors) if named == first or named.startswith(f"{first} ") else []


def _credit_line(text: str) -> list[Contribution]:
    return lines.contributions(text) if lines.may_credit(text) else []


def _place_byline(r: _Reading, i: int, names: list[str]) -> None:
    r.byline = names
    r.strip(i, "byline (placed)")
    for piece in _BYLINE_PARTS.split(r.blocks[i].text)[1:]:  # '| Photography by Ana Diaz'
        _photographers(r, i, piece)
    if credit := lines.BYLINE_CREDIT.search(r.blocks[i].text):  # ', with reporting by A'
        r.contributors += lines.contributions(credit.group("credit"))


# a writer's job on a line of its own, under their name: 'Regional economy journalist'
_ROLE_LINE: Final = re.compile(  # (not a sentence: 'A reporter ... were detained.')
    r"^(?!(?:a|an|the)\s)(?!.*[.!?][\"”’]?$)"
    r"(?:[\w'’-]+ ){0,4}(?:journalist|reporter|writer|correspondent|editor|columnist|"
    # (an association's officer who wrote its post: 'Honorary Public Relations Officer')
    r"photographer|producer|contributor|critic|"
    # (not any officer: 'Praise for off-duty fire officer' is a dek)
    r"(?:press|public relations|communications|information|media|publicity) officer)"
    r"(?:\s+(?:at|for|with)\s+\S.{0,100}|\s*[,|]\s*\S.{0,100})?$",  # 'Reporter at the Journal
    re.I,
)


def _name_line(r: _Reading, i: int, lexicon: Lexicon) -> list[str]:
    """The person a line names and nothing else ('Rosa Ibarra'), or []."""
    text = r.blocks[i].text.strip()
    words = text.split()
    if r.chrome[i] is not None or r.blocks[i].kind != "p" or not 2 <= len(words) <= 4:
        return []
    return [text] if lines.person_names(text, lexicon) == [text] else []


def _dated_below(r: _Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether the page's date stands under block `i`, perhaps under a line of the writer's
    job between them ('Regional economy journalist')."""
    after = [j for j in range(i + 1, min(i + 6, len(r.blocks))) if r.blocks[j].kind != "image"]
    while len(after) > 1 and _name_line(r, after[0], lexicon):
        after = after[1:]  # the other authors, one a line: 'Jonah Whitcomb', 'Rosa Ibarra'
    if len(after) > 1 and _station(r, after[0]):  # the writer's station, then the date
        return lines.DATE_LINE.match(r.blocks[after[1]].text) is not None
    role = bool(after) and _ROLE_LINE.match(r.blocks[after[0]].text) is not None
    after = after[1:] if role else [j for j in after if r.chrome[j] is None]
    return bool(after) and (
        lines.DATE_LINE.match(r.blocks[after[0]].text) is not None
        or (role and r.chrome[after[0]] in ("page timestamp", "page date"))
    )


def _named_over_date(r: _Reading, i: int) -> bool:
    """Whether block `i` names the writer alone over their station and the page's date: a
    byline without 'By' ('Prabin Maharjan', 'Lalitpur', 'Published at : ...')."""
    return (
        i + 2 < len(r.blocks)
        and bool(_name_line(r, i, DEFAULT))
        and _station(r, i + 1)
        and lines.DATE_LINE.match(r.blocks[i + 2].text) is not None
    )


def _station(r: _Reading, i: int) -> bool:
    """Whether block `i` is a place alone, as a paper prints the writer's station under the
    name, over the date ('Prabin Maharjan', 'Lalitpur', 'Published at : ...')."""
    b = r.blocks[i]
    return (
        r.chrome[i] is None
        and b.kind == "p"
        and _STATION.match(b.text) is not None
        and not _name_line(r, i, DEFAULT)  # (not the next author: 'Rosa Ibarra')
    )


_STATION: Final = re.compile(r"^[A-Z][\w'’.-]+(?:,? [A-Z][\w'’.-]+){0,2}$")


def _names_by_date(r: _Reading, i: int, lexicon: Lexicon) -> list[str]:
    """The people a line names alone (perhaps with their outlet: 'Ana Ruiz, KRVX.com') over
    the page's date, or beside it ('ANA RUIZ / Dec. 1, 2026'): a byline without 'By'."""
    text = r.blocks[i].text.strip()
    names, _, date = text.partition(" / ")
    if not (date and lines.DATE_LINE.match(date.strip())):
        if date or not _dated_below(r, i, lexicon):
            return []
        names = text
    names = names.split(",")[0] if "," in names and " and " not in names else names
    names = names.title() if names.isupper() else names
    words = names.split()
    found = lines.person_names(names, lexicon)
    capitalized = all(w[:1].isupper() or w in ("and", "&") for w in words)
    return found if r.blocks[i].kind == "p" and 2 <= len(words) <= 9 and capitalized else []


def _initials_over_name(r: _Reading, i: int) -> bool:
    """Whether block `i` is the initials a page draws for a person with no picture, over
    their name: 'FA' over 'Fatma Al Suwaidi'."""
    text = r.blocks[i].text.strip()
    if not (1 < len(text) <= 3 and text.isalpha() and text.isupper()) or i + 1 >= len(r.blocks):
        return False
    words = r.blocks[i + 1].text.split()
    return 2 <= len(words) <= 5 and "".join(w[0] for w in words).upper().startswith(text)


def _typed_byline_below(r: _Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether a 'By' line naming others stands in the few lines under block `i`, above the
    story's first paragraph: the writer's byline typed with the story, under the name a page
    shows for whoever posted it (a partner site's page author, with the job title)."""
    named = set(_names_by_date(r, i, lexicon))
    for j in range(i + 1, min(i + 8, len(r.blocks))):
        b = r.blocks[j]
        if r.chrome[j] is not None or b.kind == "image":
            continue
        if lines.BYLINE.match(b.text.strip("*_ ")):
            found = lines.byline_names(b.text, lexicon)
            return bool(found) and named.isdisjoint(found)
        if len(b.text.split()) >= 40 or lines.dateline_start(b.text):
            return False  # (the story has begun)
    return False


def _byline_line(text: str, lexicon: Lexicon) -> list[str]:
    """The authors a line under the headline names: 'By ...', or a name and a job title."""
    return lines.byline_names(text, lexicon) or lines.titled_names(text, lexicon)


_PHOTOS_BY: Final = re.compile(r"^photos? by\s+(?P<names>.+?)\.?$", re.I)
# a picture agency or desk, no photographer: the check catalog's suppliers, and the words
# that name a service ('Photos by Island Wire Service')
_AGENCY_WORDS: Final = frozenset(
    (
        *("images", "photos", "pictures", "press", "agency", "service", "wire", "news"),
        *("media", *(s for s in IMAGE_SUPPLIERS if " " not in s)),
    )
)


# a byline that names the story as its writer's part, as a university's news page sets the
# story's credits one under another: 'Story by Ana Ruiz', then 'Photos by Li Wei' (a 'Words
# by' line over 'Photos by' is a magazine's shared byline)
_STORY_BY: Final = re.compile(r"^story\s+by\b", re.I)


def _byline_photographers(r: _Reading, i: int) -> bool:
    """A news byline's photographer, on a line of its own right under its 'By' line ('By Ana
    Ruiz', then 'Photos by Li Wei'): a second name of the byline. (A magazine's credit for
    its feature's pictures, 'Photographs by ...', is a contributor line.)"""
    above = r.blocks[i - 1] if i > 0 else None
    if not r.byline or above is None or not lines.BYLINE.match(above.text.strip("*_ ")):
        return False
    if not r.used[i - 1] or _STORY_BY.match(above.text.strip("*_ ")):
        return False  # 'Story by A', then 'Photos by B': each credit says its own part
    found = _PHOTOS_BY.match(r.blocks[i].text.strip())
    # (the photographer without the paper: 'Sam Wu/The Island Record'; an agency is no one)
    names = listed_names(found.group("names").split("/", 1)[0]) if found else []
    names = [n for n in names if not _AGENCY_WORDS & set(re.findall(r"\w+", n.lower()))]
    if names:
        r.byline = [*r.byline, *(n for n in names if n not in r.byline)]
        r.strip(i, "byline (placed)")
    return bool(names)


# a name's group in brackets after it: 'Ana Diaz (Harbour chapter)'
_BRACKETED: Final = re.compile(r"\s*\([^()]{1,60}\)")
# or in a few words of lowercase after a comma, closing the line: 'Ana Diaz, parish youth
# media club'
_GROUP_AFTER: Final = re.compile(r",\s*(?:the\s+)?[a-z][\w'’-]*(?:\s+[\w'’&-]+){0,5}$")
# or the outlet a freelancer took them for: 'Ana Diaz for the Harbour Post'
_FOR_OUTLET: Final = re.compile(r"\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}$")


def _photographers(r: _Reading, i: int, text: str = "") -> bool:
    """A line crediting the photographs ('Photographs by Ruben Salcedo'): a contributor; and
    the other credits the same line goes on to ('Photos: Ruben Salcedo. Additional reporting
    by Ana Ruiz.'), each a contributor with the whole line."""
    line = (text or r.blocks[i].text).strip()
    found = lines.PHOTOGRAPHS.match(line)
    # (the photographer's chapter or office in brackets after the name is no name)
    named = _BRACKETED.sub("", found.group("names")) if found else ""
    names = (
        listed_names(named)
        or listed_names(_GROUP_AFTER.sub("", named))
        or listed_names(_FOR_OUTLET.sub("", named))
        if named
        else []
    )
    # (the desk the photographer works for, after the name, is no one: 'Li Wei, KMC Media')
    names = [n for n in names if not _AGENCY_WORDS & set(re.findall(r"\w+", n.lower()))]
    credited = [Contribution(name, "photography", r.blocks[i].text) for name in names]
    if not names and found and (more := _more_credits(line)):
        credited = [replace(c, line=r.blocks[i].text) for c in more]
    r.contributors += credited
    if credited and not text:
        r.strip(i, "contributor line (placed in credits.yaml)")
    return bool(credited)


def _more_credits(line: str) -> list[Contribution]:
    """The contributors of a photographs' credit whose sentences go on to other credits:
    every sentence a credit ('Photos: A. Additional reporting by B.'), else none."""
    credited: list[Contribution] = []
    for sentence in _CREDIT_SENTENCES.split(line):
        found = lines.PHOTOGRAPHS.match(sentence)
        names = listed_names(found.group("names")) if found else []
        if names:
            credited += [Contribution(name, "photography", line) for name in names]
        elif not (others := lines.contributions(sentence)):
            return []
        else:
            credited += others
    return credited


# where one sentence of a credit line ends and the next begins: '... Venter. Additional ...'
_CREDIT_SENTENCES: Final = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")


def _is_dek(r: _Reading, i: int, hints: Hints) -> bool:
    b = r.blocks[i]
    if lines.dateline_start(b.text):
        return False  # a lede, whatever the page's class calls it: 'TROMSO, Norway (NTB) —'
    if b.hint in ("dek", "italic") and len(b.text.split()) <= 60:
        return True
    if r.byline and not b.hint and b.kind == "p" and b.text.endswith(lines.SENTENCE_END):
        return False  # a sentence under the byline is the story's first
    lede = len(b.text.split()) >= 25 and b.text.endswith(lines.SENTENCE_END) and not b.hint
    if hints.dek and lines.same(b.text, hints.dek):
        return not lede  # a page's description that is its first paragraph is no dek
    if b.hint == "dek" or (b.kind == "h2" and i > 0 and r.blocks[i - 1].kind == "h1"):
        return True
    if b.kind == "p" and _STRAP.match(b.text) and not r.byline:
        return True  # '…Minister charges contractor to finish before the rains', set bold
    given = hints.dek and not lines.same(hints.dek, r.headline)  # (not the title again)
    if b.kind == "p" and not given and 8 <= len(b.text.split()) <= 60 and _over_dateline(r, i):
        return True  # a standfirst over the lede that opens on the dateline: 'LIMASSOL – ...'
        # (not where the file's metadata gives the dek: a desk's note over the lede)
    if lines.dateline_start(b.text) or b.kind == "h1" or b.hint:
        return False
    if _meta_line(b.text):
        return False  # a page's meta line, its author and its date: 'By Ana Ruiz 9 March 2026'
    n = len(b.text.split())
    after = _next_text(r, i)
    framed = after is not None and (
        lines.BYLINE.match(after.text) is not None
        or lines.DATE_LINE.match(after.text) is not None
        or (i + 1 < len(r.blocks) and after is r.blocks[i + 1] and _named_over_date(r, i + 1))
    )
    return n <= 60 and (framed or (3 < n <= 40 and not b.text.endswith(lines.SENTENCE_END)))


def _over_dateline(r: _Reading, i: int) -> bool:
    """Whether the story's text right under block `i` opens on its dateline: the story begins
    there, and the one paragraph between it and the headline (a news list's teaser a CMS
    prints over the text, a release's summary) is the standfirst, when it is a sentence's
    length, not a button's ('+ Follow'), and no note a label opens ('Correction: ...')."""
    if _LABELLED.match(r.blocks[i].text):
        return False
    at = _next_text_at(r, i)
    typed = r.headline.isupper()  # (a headline typed in capitals, a line in its case under it)
    if typed and at >= 0 and not r.byline and lines.BYLINE.match(r.blocks[at].text.strip("*_ ")):
        at = _next_text_at(r, at)  # (the writer's 'By' line between them, as a correspondent
        # types his file)
    after = r.blocks[at] if at >= 0 else None
    return after is not None and after.kind == "p" and bool(lines.dateline_start(after.text))


# a paragraph a label opens: 'Correction:', 'Editor's note:', 'UPDATE:'
_LABELLED: Final = re.compile(r"^[\w'’ -]{1,25}:\s")


# a strap as papers and press releases in Nigeria set one under the headline: a line opening
# with an ellipsis, going on from the headline ('…Minister charges contractor to complete
# work before peak of rainy season'), a few words, no sentence of its own
_STRAP: Final = re.compile(r"^(?:…|\.\.\.)\s?(?-i:[A-Z])(?=(?:\S+\s+){2,30}\S+$)[^\n]{10,240}$")


# a verse or a saying set over a story with its source after a dash, as a church's or a
# school's post opens: '"I will open rivers in high places ..." – Isaiah 41:18'
_EPIGRAPH: Final = re.compile(
    r"^[“\"‘'][^“”\"]{10,400}[”\"’']\s*[—–-]{1,2}\s*(?:[A-Z0-9][\w.:’'-]*(?:\s+|$)){1,6}$"
)


# a date closing a line: '... 9 March 2026', '... March 9, 2026'
_DATED_END: Final = re.compile(
    rf"(?:\b\d{{1,2}}\s+{lines.MONTH}|\b{lines.MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$", re.I
)


# a blog gadget's line under a post's title: the time it went up, a bar, then the account
# that posted it, its role in brackets ('14 Mar 2026 9:47 AM | Ana Ruiz (Administrator)')
_POSTED_STAMP: Final = re.compile(
    rf"^(?:\d{{1,2}}\s+{lines.MONTH}|{lines.MONTH}\s+\d{{1,2}},?)\s+\d{{4}}"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*[|·•]\s*"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?-i:[A-Z])[\w'’.-]*(?:\s+\([^()]{2,30}\))?$",
    re.I,
)


def _meta_line(text: str) -> bool:
    """A page's meta line, who posted it and the date: 'By Kilcarran Coastcare 9 March 2026'
    (not a paragraph of the story that opens on 'By' and ends on a date without its full stop:
    'By the end of the morning the road was open again on 9 March 2026')."""
    found = lines.BYLINE.match(text.strip("*_ "))
    return (
        found is not None
        and found.group("names")[:1].isupper()
        and _DATED_END.search(text) is not None
    )


def _body(r: _Reading, start: int, lexicon: Lexicon) -> None:
    """Place every block from `start` on: body paragraphs, images, chrome."""
    blocks = r.blocks
    i = start
    while i < len(blocks):
        b = blocks[i]
        if r.used[i]:
            i += 1
            continue
        kind = r.chrome[i]
        if b.kind == "image" and b.picture is not None and kind not in _NO_PICTURE:
            i = _image(r, i, b.picture)
            continue
        if kind in (None, CAPTION) and _photographers(r, i):
            i += 1
            continue
        if (
            kind in (None, CAPTION)
            and not r.byline
            and _byline_crediting_photos(b.text)
            and (names := _byline_line(b.text, lexicon))
        ):
            _place_byline(r, i, names)  # 'Story: Ana Ruiz | Photos: Li Wei', under the cover
            i += 1
            continue
        if kind in (None, CAPTION) and _shared_credit(r, i):
            i += 1
            continue
        if kind in (None, _AFTER_END) and (listed := _credited_list(r, i)):
            i = listed
            continue
        if b.kind == "caption" and _TABLE_CAPTION.match(b.text):
            r.strip(i, "table caption")  # 'Table 1: Landings, 2023-2025': a table's, no picture's
            i += 1
            continue
        if kind in (None, CAPTION) and _art_heading(b.text) and _art_next(r, i):
            r.strip(i, "art heading")  # 'PICTURES:' over the captions, read as one of them
            i += 1
            continue
        if (
            (b.kind == "caption" and kind != _BIO)  # (a bio set in the caption style: no picture)
            or kind == CAPTION
            or (b.hint == "credit" and b.text and not kind)
        ):
            i = _image(r, i, Picture())
            continue
        if kind is not None and not r.byline and _POST_FOOTER.match(b.text):
            r.byline = lines.byline_names(b.text, lexicon)  # (the footer stays the page's)
        if kind is not None:
            r.strip(i, kind)
        elif alt_label(b.text):
            i = _alt_line(r, i)
            continue
        elif lines.names_credit(b.text):
            i = _image(r, i, Picture())
            continue
        elif lines.same(b.text, r.headline) and not _caption_next(r, i):
            r.strip(i, "repeated headline")
        elif _meta_line(b.text):
            r.strip(i, "page date")  # the page's meta line: an account's name and the date
        elif _art_heading(b.text) and _caption_next(r, i):
            r.strip(i, "art heading")  # 'CUTLINES:' over the captions
        elif (names := lines.byline_names(b.text, lexicon, closing=True)) and (
            not r.byline or names == r.byline
        ):
            r.byline = r.byline or names
            r.strip(i, "byline (placed)")
        elif not r.byline and (names := _signed_off(r, i, lexicon)):
            r.byline = names
            r.strip(i, "byline (placed)")
            _after_sign_off(r, i)
        else:
            _paragraph(r, i)
        i += 1


# a blog's footer under its post, naming the writer and when it was posted: 'Posted by Ana
# Ruiz on 02 March 2026 at 07:30 AM in Fishing life' (not a comment's 'Posted by: ...')
_POST_FOOTER: Final = re.compile(
    rf"^posted by\s+[^:|]{{3,60}}?\s+on\s+(?:\d|{lines.MONTH}\s+\d|\w+day\b)", re.I
)


# a caption a word processor numbers as a table's ('Table 1: ...', 'Table 2. ...'), over the
# table and not under any picture
_TABLE_CAPTION: Final = re.compile(r"^table\s+\d{1,3}\s*[:.]\s", re.I)


# a writer's name signed under the story after a dash, a title or outlet after a comma:
# '— Ana Ruiz, Church Secretary', '– Li Wei'
_DASH_SIGN_OFF: Final = re.compile(r"^[—–]\s*(?P<name>[^,;:()]{3,60}?)(?:,\s*[^,;:()]{2,60})?$")
# the writer a press office's post names at its foot under a label, her post and office after
# her name: 'Compiled by: Ana Ruiz, Public Relations Officer, Harbour Council' (the label
# and its colon set it apart from a line on who gathered the figures: 'Compiled by Ana Ruiz
# from police reports', a contributor's)
_COMPILED_SIGN_OFF: Final = re.compile(
    r"^compiled by\s*:\s*(?P<name>[^,;:()]{3,60}?)(?:,\s*[^;:()]{2,120}?)?\.?$", re.I
)
# the most paragraphs of the story's own under a dash sign-off (a notice of the site's,
# a line of service times) and still the story's foot
_SIGNED_TAIL: Final = 2


def _signed_off(r: _Reading, i: int, lexicon: Lexicon) -> list[str]:
    """The writer a story with no byline signs at its foot after a dash, as a club's or a
    church's post signs its secretary's report ('— Ana Ruiz, Church Secretary'), or after
    a press office's 'Compiled by:' label: one person,
    under the story's paragraphs, with at most a notice or two after it; else none."""
    text = r.blocks[i].text.strip()
    found = _DASH_SIGN_OFF.match(text) or _COMPILED_SIGN_OFF.match(text)
    if not found or len(r.body) < 3 or _quotation_above(r):
        return []
    names = lines.person_names(found.group("name"), lexicon)
    if len(names) != 1 or names[0] != found.group("name").strip():
        return []
    return names if len(_signed_tail(r, i)) <= _SIGNED_TAIL else []


# a paragraph that is all quotation: '"I must go down to the seas again ..."'
_QUOTATION: Final = re.compile(r"^[“\"‘'].*[”\"’'][.,;!?]?$", re.S)


def _quotation_above(r: _Reading) -> bool:
    """Whether the story's last paragraph is a quotation, or a line a colon brings in (a
    verse read at a funeral: 'She read the poem on his door:', then the verse): a dash line
    under it names the quotation's source ('— John Masefield'), not the story's writer."""
    return bool(_QUOTATION.match(r.body[-1].strip())) or r.body[-2].rstrip().endswith(":")


def _signed_tail(r: _Reading, i: int) -> list[int]:
    """The paragraphs after block `i` that are neither furniture, a picture, nor a credit."""
    return [
        j
        for j in range(i + 1, len(r.blocks))
        if not r.used[j]
        and r.chrome[j] is None
        and r.blocks[j].kind in ("p", "h2")
        and not lines.may_credit(r.blocks[j].text)
        and not lines.names_credit(r.blocks[j].text)
    ]


def _after_sign_off(r: _Reading, i: int) -> None:
    """The lines under a writer's sign-off are the site's, not the story's: the notice a
    church or a club sets under every post (its service times, its meeting nights)."""
    for j in _signed_tail(r, i):
        r.strip(j, "after the sign-off")


def _paragraph(r: _Reading, i: int) -> None:
    """A body paragraph, less its contributor lines (placed in credits.yaml) and the
    reporters' 'X reported from Y.' notes beside them."""
    b = r.blocks[i]
    r.used[i] = True
    text = b.text
    if "(" in text or "[" in text:
        text, marks = _desk_marks(text)  # 'Wendell Stroup (cq), 61,': 'Wendell Stroup, 61,'
        r.stripped += [("copy desk's mark", m.strip()) for m in marks]
    if "/" in text and (count := _POST_COUNT.search(text)) and _counted(r, count):
        r.stripped.append(("thread's count of its posts", count.group().strip()))
        text = text[: count.start()]
    if not lines.may_credit(text):
        r.body.append(f"## {text}" if b.kind in ("h1", "h2") else text)
        r.body_blocks.append(i)
        return
    kept, credited = [], False
    sentences = [text[a:z] for a, z in split(text) or [(0, len(text))]]
    found_in = [lines.contributions(s) for s in sentences]
    for n, sentence in enumerate(sentences):
        # a note on the story's translation ('Translated from the Spanish by Y.') stands alone
        # under the story or among its other credits, not among a review's details of a book
        others = all(f for m, f in enumerate(found_in) if m != n)
        if not found_in[n] and others and not _book_details(r, i):
            found_in[n] = lines.contributions(sentence, alone=True)
    for sentence, found in zip(sentences, found_in, strict=True):
        credited = credited or bool(found)
        r.contributors += found
        if not found:
            kept.append(sentence)
    if credited or all(lines.REPORTED_FROM.match(s.strip("*_ ")) for s in kept):
        rest = [s for s in kept if not lines.REPORTED_FROM.match(s.strip("*_ ").strip())]
        r.stripped.append(("contributor line (placed in credits.yaml)", text))
        text = " ".join(rest).strip()
        if not text.strip("*_ "):
            return
    r.body.append(f"## {text}" if b.kind in ("h1", "h2") else text)
    r.body_blocks.append(i)


# a line of a review's details of the book: its title and author ('The Salt Road, by Elena
# Ferrán'), its publisher, pages and price ('Harbor Books, 288 pages, $27.')
_BOOK_DETAIL: Final = re.compile(r"^[^.!?]{1,80}, by (?-i:[A-Z])|\b\d{2,4} (?:pages|pp\.)", re.I)


def _book_details(r: _Reading, i: int) -> bool:
    """Whether block `i` stands among a review's details of a book, each on its own line."""
    near = [*r.blocks[max(0, i - 1) : i], *r.blocks[i + 1 : i + 2]]
    return any(_BOOK_DETAIL.search(b.text.strip().strip("*_").replace("**", "")) for b in near)


# what a copy desk marks inside a paragraph and never prints: a name checked ('(cq)'), a
# question to the desk in brackets ('[CHECK: East Bakersfield? -R]', '[check: two Ls]',
# '[desk: which market?]'), a name's spelling as a copytaker took it down, letter by letter
# ('[spelt K-A-R-O-O, caller confirms]'); not an acronym ('Congressional Quarterly (CQ)'), a
# quoted document's own placeholder ('[TODO: ...]') or a bracket a story quotes ('asks
# "[confirm: ...]"'), nor a writer's note on a spelling ('[spelled with one R]'); and a
# broadcaster's pronouncer after a name, its stressed syllable in capitals ('Ana Dufour
# [doo-FOOR]'), for the announcer and never for print
_DESK_MARKS: Final = re.compile(
    r"\s*(?:\(cq\)|(?<![\"“‘'])\[(?:(?i:check|query|verify|confirm|fact ?check|desk)|EDS?)"
    r"\s*:[^\[\]]{1,160}\]|\[(?i:spelt|spelled)\s+(?:(?i:out|as)\s+)?[A-Za-z](?:-[A-Za-z]){2,}\b"
    r"[^\[\]]{0,160}\]"
    r"|(?P<pronouncer>\[(?=[a-z-]{0,40}[A-Z]{2})(?=[A-Z-]{0,40}[a-z])(?:[A-Z]{1,8}|[a-z]{1,8})"
    r"(?:-(?:[A-Z]{1,8}|[a-z]{1,8})){1,6}\]))"
    r"(?=[\s.,;:!?\"”’)]|$)"
)


# a thread's count of its posts, set at the end of each post after its last sentence, as a
# story told in posts numbers them: '... across the walkway. (2/7)', '... on Friday. 3/5'
# (in brackets after any word: 'Photos: Ana Diaz for the Post (5/5)')
_POST_COUNT: Final = re.compile(
    r"(?:(?<=[.!?\"”’])\s+|\s+(?=[(\[]))[(\[]?(?P<n>\d{1,3})/(?P<of>\d{1,3})[)\]]?$"
)


def _counted(r: _Reading, count: re.Match[str]) -> bool:
    """Whether a post's count is one: its number no more than the posts it counts, out of a
    total the thread counts its posts by (not a review's one rating: '... the wait. 4/5')."""
    return (
        0 < int(count.group("n")) <= int(count.group("of")) and int(count.group("of")) in r.threads
    )


# a count at a block's end, or a block's whole text: '... on Friday. (3/5)', '(1/4)'
_COUNT_AT_END: Final = re.compile(r"(?:^|\s)[(\[]?(?P<n>\d{1,3})/(?P<of>\d{1,3})[)\]]?$")


def _thread_totals(blocks: Sequence[Block]) -> frozenset[int]:
    """The totals a thread counts its posts by: counts out of one total at the ends of two
    blocks or more, rising down the page ('(1/5)' ... '(2/5)'), as a thread numbers its posts
    and a review's ratings ('Food 4/5', 'Service 3/5') need not."""
    last: dict[int, int] = {}
    threads: set[int] = set()
    for b in blocks:
        if "/" not in b.text or not (count := _COUNT_AT_END.search(b.text.rstrip())):
            continue
        n, of = int(count.group("n")), int(count.group("of"))
        if last.get(of, n) < n:
            threads.add(of)
        last[of] = n
    return frozenset(threads)


def _desk_marks(text: str) -> tuple[str, list[str]]:
    """`text` without the copy desk's marks in it, and the marks."""
    marks: list[str] = []

    def mark(found: re.Match[str]) -> str:
        if found.group("pronouncer"):  # (after a name: not 'the [US-led] coalition')
            before = text[max(0, found.start() - 40) : found.start()].split()
            if not before or not before[-1][:1].isupper():
                return found.group()
        marks.append(found.group())
        return ""

    return _DESK_MARKS.sub(mark, text), marks


def _image(r: _Reading, i: int, picture: Picture) -> int:
    """Read an image from block `i` (the image, or its caption or credit): its caption and
    credit from the blocks that follow, its alt or title line from the one before or after;
    return the index after it."""
    blocks = r.blocks
    b = blocks[i]
    if b.kind != "image" and _repeats_image(r, b.text):
        r.strip(i, "repeated caption or credit")  # a page's caption shown twice
        return i + 1
    r.used[i] = True
    if b.kind == "image" and (listed := _listed_file(r, picture)) >= 0:
        entry = r.images[listed]  # a mail's picture, shown under its list of captions
        r.images[listed] = replace(picture, caption=entry.caption, credit=entry.credit)
        return i + 1
    if b.kind == "image" and b.hint == WHOLE_PICTURE:
        r.images.append(picture)  # a web story's picture, its page's credit line read
        return i + 1
    caption, credit = picture.caption, picture.credit
    details = b.kind == "image" and i + 1 < len(blocks) and r.chrome[i + 1] == IMAGE_DETAILS
    if details:
        r.strip(i + 1, IMAGE_DETAILS)  # (a lightbox's details, between the picture and caption)
    if b.kind != "image":
        caption = b.text
        if b.hint == "credit":
            caption, credit = "", lines.clean_credit(b.text)
    if caption and "/" in caption and (count := _POST_COUNT.search(caption)) and _counted(r, count):
        caption = caption[: count.start()]  # (a post's caption: '... (Photo: A/B) (5/14)')
    if caption and not credit:
        caption, credit = split_credit(caption)
    if not caption and credit and _caption_above(r, i):
        caption = r.body.pop()
        r.body_blocks.pop()
    j = i + 1 + details
    if (
        not caption
        and not credit
        and j + 1 < len(blocks)
        and not r.used[j]
        and (blocks[j].hint == "credit" or is_credit_line(blocks[j].text))
        and _caption_block(r, j + 1)
        and blocks[j + 1].hint != "credit"
    ):  # the credit set over the caption: 'Inez Mercado-Voss / Shore Times', then the cutline
        credit = split_credit(blocks[j].text)[1] or lines.clean_credit(blocks[j].text)
        r.used[j] = True
        j += 1
    credit_after = j + 1 < len(blocks) and not r.used[j + 1] and _credit_block(r, j + 1)
    if (
        not caption
        and j < len(blocks)
        and (
            _caption_block(r, j)
            or ((credit or credit_after) and _short_caption(r, j))
            or (b.kind == "image" and _in_picture_row(r, i))
            or (b.kind == "image" and _italic_line_under(r, j))
        )
    ):
        caption, j = blocks[j].text, j + 1
        r.used[j - 1] = True
        if not credit:
            caption, credit = split_credit(caption)
    if not credit and j < len(blocks) and not r.used[j] and _credit_block(r, j):
        said = _credit_said(blocks[j].text)
        credit, j = split_credit(said)[1] or lines.clean_credit(said), j + 1
        r.used[j - 1] = True
    alt = picture.alt or plain_alt(_alt_before(r, i, caption))
    if (
        not alt
        and j < len(blocks)
        and not r.used[j]
        and (lines.FILE_NAME.match(blocks[j].text.strip()) or alt_label(blocks[j].text))
        and not _heads_next_entry(r, j)
    ):
        alt, j = alt_label(blocks[j].text) or blocks[j].text.strip(), j + 1
        r.used[j - 1] = True
    if picture == Picture() and j < len(blocks) and _bare_image(r, j):
        picture = blocks[j].picture or picture  # the caption set above its picture, as a text
        alt, j = alt or picture.alt, j + 1  # frame holds them: one image
        r.used[j - 1] = True
    caption, credit = unnumbered(caption), lines.clean_credit(unnumbered(credit))
    if not credit:
        caption, credit = bracketed_name(caption)  # '... rain. (Ana Ruiz)'
    if "[" in caption or "(" in caption:
        caption = _desk_marks(caption)[0]  # ('Ana Dufour [doo-FOOR] speaks ...')
    r.images.append(replace(picture, caption=caption, credit=credit, alt=alt))
    return j


def _heads_next_entry(r: _Reading, j: int) -> bool:
    """Whether a file name opens a paragraph of its own, over a caption of its own: a list
    of pictures, each its file name and then its caption ('IMG_4471.jpg' / 'Crews at the
    scene. (Photo: Fire Service)'), whose next file name is no alt of the caption above."""
    b = r.blocks[j]
    if j == 0 or r.blocks[j - 1].group == b.group:
        return False
    return any(
        r.chrome[k] == CAPTION or has_credit(r.blocks[k].text)
        for k in range(j + 1, min(j + 4, len(r.blocks)))
        if r.blocks[k].group == b.group
    )


def _name_under_picture(r: _Reading, i: int) -> bool:
    """Whether block `i` is a picture with a short line of its own under it, no sentence:
    a headshot over the name, job and place of the one it shows."""
    blocks = r.blocks
    if not (0 <= i < len(blocks) - 1) or blocks[i].kind != "image":
        return False
    line = blocks[i + 1]
    return (
        line.kind == "p"
        and r.chrome[i + 1] is None
        and 2 <= len(line.text.split()) <= 15
        and not line.text.endswith(lines.SENTENCE_END)
        and not lines.dateline_start(line.text)
    )


def _italic_line_under(r: _Reading, j: int) -> bool:
    """Whether block `j`, right under a picture among the story's paragraphs, is a short
    paragraph set all in italics: its caption, as a forum's post or a blog's editor sets one
    under a picture it attached (over the story, an italic line is its dek)."""
    return bool(r.body) and r.blocks[j].hint == "italic" and _short_caption(r, j)


def _in_picture_row(r: _Reading, i: int) -> bool:
    """Whether picture `i` stands in a row of pictures each over its own short line, as a
    vox pop's headshots are set side by side in a table's cells: each line is its caption,
    as printed (a lone picture's short line under it may be a crosshead, and is not)."""
    return _name_under_picture(r, i) and (
        _name_under_picture(r, i + 2) or _name_under_picture(r, i - 2)
    )


# a credit line for all the pictures over it, its label plural: 'Vox pop photos: Ana Ruiz',
# 'Photos: Ana Ruiz', 'Pictures by Ana Ruiz'
_SHARED_CREDIT: Final = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:photos|pictures|photographs|images|headshots)\s*(?::|by\b)\s*"
    r"(?P<credit>\S.{0,60})$",
    re.I,
)


def _shared_credit(r: _Reading, i: int) -> bool:
    """Credit every picture just read, still without a credit, with the plural credit line
    under them (block `i`), two pictures or more, none parted from the line by body text;
    the line is then chrome."""
    found = _SHARED_CREDIT.match(r.blocks[i].text.strip().strip("*_"))
    if found is None or not r.images:
        return False
    shown = 0
    j = i - 1
    while j >= 0 and r.used[j] and j not in r.body_blocks[-1:]:
        shown += r.blocks[j].kind == "image"
        j -= 1
    if shown < 2 or any(p.credit for p in r.images[-shown:]):
        return False
    credit = lines.clean_credit(found.group("credit").strip())
    r.images[-shown:] = [replace(p, credit=credit) for p in r.images[-shown:]]
    r.strip(i, "shared credit")
    return True


# a heading over a mailed list of pictures giving one credit for all of them: 'Pics (all
# credit Ana Diaz/PSC):', 'Photos - all by Ana Diaz:', 'Pictures (credit: Ana Diaz)', or
# the name alone after 'all': 'PICS (all Ana Diaz):'
_LIST_CREDIT: Final = re.compile(
    r"^(?:pics?|pix|photos?|photographs?|pictures?|images?)\s*[(\[,–—-]\s*"
    r"(?:all\s+(?:(?:credit(?:ed)?(?:\s+to)?|by|©)\s*:?\s*)?|(?:credit(?:ed)?(?:\s+to)?|by|©)\s*:?\s*)"
    r"(?P<credit>(?-i:[A-Z])[^()\[\]:]{1,60}?)"
    r"\s*[)\]]?\s*:?$",
    re.I,
)
_LISTED_PICTURE: Final = re.compile(rf"^{PICTURE_ENTRY}")


def _credited_list(r: _Reading, i: int) -> int:
    """Read a list of pictures by file name (block `i` on) under a heading that credits them
    all ('Pics (all credit Ana Diaz/PSC):', then 'IMG_4471.jpg – A crew ...'): each entry a
    picture with its caption and the heading's credit, unless it gives its own. Where the
    list ends; 0 when block `i` heads no such list."""
    found = _LIST_CREDIT.match(r.blocks[i].text.strip().strip("*_"))
    if found is None:
        return 0
    j = i + 1
    while j < len(r.blocks) and not r.used[j] and _LISTED_PICTURE.match(r.blocks[j].text):
        caption, credit = split_credit(unnumbered(r.blocks[j].text))
        credit = lines.clean_credit(credit or found.group("credit").strip())
        name = r.blocks[j].text.split(None, 1)[0]  # (the file the mail carries, perhaps)
        r.images.append(Picture(caption=caption, credit=credit, name=name))
        r.strip(j, "picture list")
        j += 1
    if j == i + 1:
        return 0  # (over no list of files, the line is read as any other)
    r.strip(i, "picture list's credit")
    return j


def _listed_file(r: _Reading, picture: Picture) -> int:
    """Where a picture a mail shows (its file's name its alt text, as a webmail shows an
    attachment) stands among the pictures a list of files read before it, by that name; -1
    when no entry names its file."""
    named = {picture.alt.casefold(), picture.name.casefold()} - {""}
    return next(
        (
            n
            for n, listed in enumerate(r.images)
            if listed.data is None and not listed.source and listed.name.casefold() in named
        ),
        -1,
    )


def _bare_image(r: _Reading, j: int) -> bool:
    """An image with no caption or credit of its own, not yet read."""
    b = r.blocks[j]
    picture = b.picture
    return (
        not r.used[j]
        and b.kind == "image"
        and picture is not None
        and not (picture.caption or picture.credit or b.text)
    )


def _repeats_image(r: _Reading, text: str) -> bool:
    """Whether a line says again the last image's caption, its credit, or both."""
    if not r.images:
        return False
    last = r.images[-1]
    said = [s for s in (last.caption, last.credit, f"{last.caption} {last.credit}") if s.strip()]
    return any(lines.same(text, s) for s in said)


def _alt_line(r: _Reading, i: int) -> int:
    """An image's alt line ('[Image: ...]', 'Alt text: ...'): with the caption under it,
    one image; alone, an image of its own. Return the index after it."""
    r.used[i] = True
    picture = Picture(alt=alt_label(r.blocks[i].text))
    j = i + 1
    while j < len(r.blocks) and _ENLARGE.match(r.blocks[j].text):
        j += 1  # a lightbox's button under the picture: 'view more'
    if (
        _IMAGE_LABEL.match(r.blocks[i].text)
        and j < len(r.blocks)
        and not r.used[j]
        and (r.blocks[j].hint == "credit" or is_credit_line(r.blocks[j].text))
    ):  # 'IMAGE: <its caption>' over 'Credit: ...', as a release service sets a picture
        for k in range(i + 1, j):
            r.strip(k, "image's button")
        text = r.blocks[j].text
        credit = split_credit(text)[1] or lines.clean_credit(text)
        r.used[j] = True
        r.images.append(replace(picture, caption=picture.alt, credit=credit, alt=""))
        return j + 1
    if (
        j < len(r.blocks)
        and not r.used[j]
        and (_caption_block(r, j) or lines.names_credit(r.blocks[j].text))
    ):
        return _image(r, j, picture)
    r.images.append(picture)
    return j


_IMAGE_LABEL: Final = re.compile(r"^image\s*:\s*\S", re.I)
_ENLARGE: Final = re.compile(
    r"^(?:view more|see more|enlarge|expand|view larger|view full size|zoom)$", re.I
)


def _caption_above(r: _Reading, i: int) -> bool:
    """A credit line under a short sentence just put in the body: that is its caption (or
    under two, in pasted text where the caption and its credit stand as a paragraph of
    their own: '... on Saturday. The market has used the lot since 1987.' over 'ANA
    DIAZ/THE LEDGER')."""
    if not r.body_blocks or r.body_blocks[-1] != i - 1:
        return False
    blocks = r.blocks
    apart = i >= 2 and blocks[i - 1].group == blocks[i].group != blocks[i - 2].group
    return _short_caption(r, i - 1, True, 2 if apart else 1)


def _short_caption(r: _Reading, j: int, placed: bool = False, sentences: int = 1) -> bool:
    """A caption under a credit line: one short sentence (or as many as `sentences`)."""
    b = r.blocks[j]
    words = len(b.text.split())
    return (
        (placed or not r.used[j])
        and r.chrome[j] is None
        and b.kind == "p"
        and 3 <= words <= 35
        and len(split(b.text)) <= sentences
        and not lines.dateline_start(b.text)
    )


def _caption_block(r: _Reading, j: int) -> bool:
    b = r.blocks[j]
    marked = b.kind == "caption" or b.hint in ("caption", "credit")
    credited = r.chrome[j] == CAPTION or (
        len(b.text.split()) <= 60 and has_credit(b.text)  # '... (Photo: Ana Diaz/AP)'
    )
    credited = credited and not _byline_crediting_photos(b.text)
    return not r.used[j] and b.kind != "image" and (marked or credited)


def _credit_block(r: _Reading, j: int) -> bool:
    b = r.blocks[j]
    return b.hint == "credit" or (
        b.kind != "image"
        and is_credit_line(_credit_said(b.text))
        and not _byline_crediting_photos(b.text)
    )


def _byline_crediting_photos(text: str) -> bool:
    """A byline that goes on to credit the photographs, under a cover picture: the story's
    credits, no caption or credit of that picture ('Story: Ana Ruiz | Photos: Li Wei')."""
    line = text.strip("*_ ")
    return bool(lines.BYLINE.match(line)) and any(
        lines.PHOTOGRAPHS.match(piece.strip()) for piece in _BYLINE_PARTS.split(line)[1:]
    )


def _credit_said(text: str) -> str:
    """A credit line as the story's language says it: a bilingual one, its label and words
    in both languages ('Φωτογραφία: Κοινοτικό Συμβούλιο / Photo: Community Council'), is
    its second half, the other saying the same in the other language."""
    second = _second_language(text)
    return second if second != text and is_credit_line(second) else text


_ART_HEADING: Final = re.compile(
    r"^(?:photos?|photographs?|pictures?|pics?|pix|images?|(?:(?:photo|picture|image)\s+)?captions?|"
    r"cutlines?|art|(?:(?:photo|picture|image)\s+)?gallery)\s*:?$|"  # ('Photo captions:' over them)
    # (or a picture's number over it, as a typist labels each: 'PICTURE 1', 'Photo No. 2')
    r"^(?:photo|picture|pic|image)\s+(?:no\.?\s*)?\d{1,2}$",
    re.I,
)


def _art_heading(text: str) -> bool:
    """Whether a line is a heading over the pictures or their captions ('PHOTOS:'), in one
    language or in two ('ΦΩΤΟΓΡΑΦΙΕΣ / PHOTOS:')."""
    return bool(_ART_HEADING.match(text) or _ART_HEADING.match(_second_language(text)))


# a caption's label naming where its picture stands on a printed page ('ABOVE: ...',
# 'Pictured left: ...'): the line over the caption is the page's own (a sign in the
# photograph, a heading), not the picture's title
_PLACED_APART: Final = re.compile(
    r"^(?:pictured\s+)?(?:top|bottom|left|right|above|below|inset)\s*:", re.I
)


def _alt_before(r: _Reading, i: int, caption: str) -> str:
    """The alt or title line just before an image's caption: a short line that is no
    sentence (a title), the caption itself once more, or one labelled 'Alt text:'; taken
    out of the body."""
    if i == 0 or r.blocks[i].kind == "image":
        return ""
    before = r.blocks[i - 1]
    text = before.text
    if r.body_blocks and r.body_blocks[-1] == i - 1:
        labelled_alt = alt_label(text)
        title = (
            len(text.split()) <= 25
            # (as placed: a sentence with its post's count taken off, '... in 2019. (3/5)')
            and not r.body[-1].endswith(lines.SENTENCE_END)
            and not _ART_HEADING.match(text)  # 'PHOTOS' over the captions: a heading
            # (a caption placed by its label stands apart from its picture: the line over
            # it is the page's, unless it is where the picture stood, '[pic]')
            and not (_PLACED_APART.match(caption) and plain_alt(text))
        )
        again = bool(caption) and lines.same(text, caption)
        if labelled_alt or again or (title and before.kind == "p" and not has_credit(text)):
            r.body.pop()
            r.body_blocks.pop()
            # (a social site's badge saying the picture has alt text, copied without it)
            return "" if text == "ALT" else labelled_alt or text
    elif (caption and not r.used[i - 1] and lines.same(text, caption)) or (
        lines.same(text, r.headline) and before.kind != "h1"
    ):
        r.used[i - 1] = True  # the caption once more, or the headline: the image's title
        return text
    return ""


def _art_next(r: _Reading, i: int) -> bool:
    """Whether a caption or a picture follows block `i` ('Photo Gallery' over its pictures)."""
    return _caption_next(r, i) or (i + 1 < len(r.blocks) and r.blocks[i + 1].kind == "image")


def _caption_next(r: _Reading, i: int) -> bool:
    j = i + 1
    while j < min(i + 4, len(r.blocks)) and _before_caption(r, j):
        j += 1  # (a list of pictures by their file names: 'IMG_4471.jpg', then its caption)
    return j < len(r.blocks) and (
        r.chrome[j] == CAPTION or r.blocks[j].kind == "caption" or has_credit(r.blocks[j].text)
    )


def _before_caption(r: _Reading, j: int) -> bool:
    """Whether a line stands in a picture's entry before its caption: the picture's file
    name, or the caption in the other language of a story sent in two."""
    text = r.blocks[j].text.strip()
    return r.chrome[j] == _OTHER_VERSION or lines.FILE_NAME.match(text) is not None


def _next_text(r: _Reading, i: int) -> Block | None:
    j = _next_text_at(r, i)
    return r.blocks[j] if j >= 0 else None


def _next_text_at(r: _Reading, i: int) -> int:
    """Where the first block of text after block `i` stands, no furniture and no picture;
    -1 when none does."""
    for j in range(i + 1, len(r.blocks)):
        if r.chrome[j] is None and r.blocks[j].kind != "image":
            return j
    return -1
