"""Plain text and Markdown as blocks: text pasted from a web page or typed by a reporter.

Text copied from a page keeps one paragraph, heading, button or link per line; a typed or
mailed draft may wrap its paragraphs at a fixed width, with blank lines between them. Each
line is a block unless the text is wrapped that way, when a paragraph's lines are joined.
A Markdown file's front matter names the headline, dek and byline; its `#` headings, images
(`![alt](file "title")`) and emphasis are read as what they mark.
"""

from __future__ import annotations

import bisect
import html as entities
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Final
from urllib.parse import urlsplit

from newsroom.checks.contributors import listed_names
from newsroom.errors import InputError
from newsroom.filing.blade import blade_tags
from newsroom.filing.builder import components, hero_fields, page_parts
from newsroom.filing.captions import (
    bracketed_name,
    is_credit_line,
    placeholder_alt,
    split_credit,
)
from newsroom.filing.chat import chat_story
from newsroom.filing.column import dashed_items, unjumped
from newsroom.filing.draft import Block, Hints, Picture
from newsroom.filing.erb import erb_tags
from newsroom.filing.furniture import menu
from newsroom.filing.lines import BYLINE, clean_credit
from newsroom.filing.listing import numbered_paste
from newsroom.filing.longform import scene_titles
from newsroom.filing.mail import PAGE, mailed_parts, rewrapped
from newsroom.filing.mailchimp import mailchimp_story
from newsroom.filing.vento import vento_tags
from newsroom.store import yamlio

_FRONT: Final = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# a static-site generator's front matter in TOML ('+++ ... +++', as Hugo writes it)
_TOML_FRONT: Final = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.S)
# Nikola's metadata, in a comment or not: '.. title: ...', '.. author: ...', one a line
_NIKOLA_METADATA: Final = re.compile(
    r"\A\s*(?:<!--[ \t]*\n)?(?:\.\. [\w-]+:[^\n]*\n){2,}(?:\s*-->[ \t]*(?:\n|\Z))?"
)
_NIKOLA_KEY: Final = re.compile(r"^\.\. ([\w-]+):[ \t]*(.*)$", re.M)
# HTMLy's post file: its metadata in comments, one a line, each closed by its own name
# ('<!--t Title t-->', '<!--d Description d-->', '<!--tag a,b tag-->', '<!--image URL image-->')
_HTMLY_METADATA: Final = re.compile(
    r"\A\s*(?:<!--(t|d|tag|image|video|audio|link|quote) .*? \1-->\s*)+"
)
_HTMLY_FIELD: Final = re.compile(r"<!--(t|d|tag|image|video|audio|link|quote) (.*?) \1-->", re.S)
# Pandoc's title block: '% Title', '% Author; Author', '% Date'
_TITLE_BLOCK: Final = re.compile(r"\A(?:%[^\n]*(?:\n|\Z)){1,3}")
# a Pandoc image's attributes: '{#fig-a width=80% fig-alt="..."}'
_IMAGE_ATTRIBUTES: Final = re.compile(r"^\{[^{}]*\}$")
# a component or shortcode written across lines: '<Figure src="..." ... />', '{{< figure ... >}}'
_ONE_TAG: Final = re.compile(
    # a paired shortcode and what it holds: '{{% thumbnail "a.jpg" %}}Caption{{% /thumbnail %}}'
    # (what it holds is one paragraph: a pair around paragraphs keeps them, its tags dropped)
    r"\{\{[<%] *(?P<name>\w+)\b[^{}]*[>%]\}\}(?:[^{}\n]|\n(?![ \t]*\n))*"
    r"\{\{[<%] */(?P=name) *[>%]\}\}|"
    r"<[A-Z]\w*\b[^<>]*>|\{\{[<%][^{}]*[>%]\}\}|\{\{-? *\w+\([^{}]*\) *-?\}\}"
)
_ATTRIBUTE: Final = re.compile(r"(?P<key>[\w-]+)=(?:\"(?P<v1>[^\"]*)\"|'(?P<v2>[^']*)')")
# (closing '#'s only after a space, as CommonMark reads them: 'Classes in C#' keeps its own;
# and the heading's attributes after them, no words: Markdown Extra's and Pandoc's id and
# classes, '## A long road {#long-road}', '## Notes {.unnumbered}')
_HEADING: Final = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?(?:\s+\{[#.][\w:.-][^{}\n]*\})?\s*$")
# a sound file's name: a voice note or a recording, never a picture
_SOUND: Final = re.compile(r"\.(?:m4a|mp3|opus|ogg|oga|wav|aac|amr|flac)$", re.I)
_IMAGE: Final = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<src><[^<>\n]*>|[^)\s]*)(?:\s+[\"'](?P<title>[^\"']*)[\"'])?"
    # HackMD's size: '(a.jpg =640x)'; Hashnode's alignment: '(a.png align="center")'
    r"(?:\s+=\d*x\d*)?(?:\s+(?:align|width|height)=\"[\w%-]*\")*\)\s*(?P<rest>.*)$"
)
# (a run of marks on each side, the same: not a bold label at the start and an italic credit at
# the end, '**Photo 1:** ... *(Photo: Ana Diaz)*')
_EMPHASIS: Final = re.compile(r"^([*_]{1,3})(?![*_])(?=\S)(.+?)(?<=\S)(?<![*_])\1$")


def _source(image: re.Match[str]) -> str:
    """An image's address, without the brackets CommonMark allows around one with spaces:
    '(<ferry dock.jpg>)'."""
    return image.group("src").strip("<>")


_REFERENCE_IMAGE: Final = re.compile(r"^!\[(?P<alt>[^\]]*)\]\[(?P<ref>[^\]]*)\]\s*(?P<rest>.*)$")
_REFERENCE: Final = re.compile(
    r"^\[(?P<ref>[^\]]+)\]:\s*(?P<src>\S+)(?:\s+[\"'(](?P<title>[^\"']*)[\"')])?"
    r"(?:\s+[\w-]+=\S+)*\s*$"  # MultiMarkdown's attributes: 'width=640px
)


def _comments(text: str) -> list[tuple[int, int]]:
    """Where each HTML comment ('<!-- ... -->') of a Markdown file starts and ends, found
    in one pass (a comment left open runs to no end, and hides nothing)."""
    spans, at = [], 0
    while (start := text.find("<!--", at)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        spans.append((start, end + 3))
        at = end + 3
    return spans


# a comment in a draft, quoted with a speaker's label: '> **SANDRA (editor), 5/12:** ...'
_QUOTED_NOTE: Final = re.compile(r"^\*\*[^*]{1,40}:\*\*")
_HEADLINE_KEYS: Final = ("headline", "title")
_DEK_KEYS: Final = (
    "dek",
    "deck",
    "subtitle",
    "subhead",
    "standfirst",
    "summary",
    "description",
    "intro",
    "excerpt",
)
_BYLINE_KEYS: Final = ("byline", "author", "authors", "by")


def _capitals_head(line: str) -> bool:
    """A line of a headline set in capitals: words of letters ('FERRY TO RETURN'), not a
    wire's routing code ('ZCZC', 'INS0187 3 I 0455 INS-EN12')."""
    letters = sum(c.isalpha() for c in line)
    return line.isupper() and len(line.split()) > 1 and letters * 3 > len(line.replace(" ", "")) * 2


def text_blocks(text: str) -> list[Block]:
    """Each line of pasted text as a block, or each paragraph when the text is wrapped; a
    chat's export as the story its messages hold, the talk around it marked as furniture."""
    pasted = numbered_paste(text)  # a paste site's page, its numbered lines the paste
    text, talk = pasted if pasted else (text, [])
    chat = chat_story(text)
    text, talk = (chat[0], [*talk, *chat[1]]) if chat else (text, talk)
    if newsletter := mailchimp_story(text):  # a newsletter's text part: its lead item
        text, talk = newsletter[0], [*talk, *newsletter[1]]
    text, remarks = _docs_comments(text)
    if signed := _clearsigned(text):  # a message signed with OpenPGP, as it is copied
        text, armor = signed
        talk = [*talk, *armor]
    if "\n-- \n" in text or "\n--\n" in text:  # a mail's signature under its delimiter
        text, signature = _unsigned(text)
        talk = [*talk, *signature]
    if "<http" in text or "<mailto:" in text:  # a link's address after its words, as mailed
        text, addresses = _linked_words(text)
        talk = [*talk, *addresses]
    text, printed = _printed_pages(text)
    if not printed and (faxed := _faxed_pages(text)):
        text, service = faxed  # (the fax service's wrapper and the cover sheet: furniture)
        talk, printed = [*talk, *service], True
    parted = not printed and (mailed := mailed_parts(text)) is not None
    if parted and mailed:  # a story a link cut into several mails: their headers, furniture
        text, wrapper = mailed
        text = _PAGE_BREAK.sub(_page_joined, text).replace(PAGE, "")
        talk = [*talk, *wrapper]
    text, jumped = unjumped(text)  # (a printed page's other stories, across a jump)
    groups, opened, marked = _groups(text.translate(_LIGATURES))
    groups = rewrapped(groups)
    lines = [line for group in groups for line in group]
    shortest = _COLUMN if _column(lines) else 40 if _wrapped(lines, 40) else 0
    width = _width(lines, shortest) if shortest else 0
    if not width and _line_a_paragraph(groups, text):
        groups = [[line] for line in groups[0]]
    # in a column, a word broken at a line's end loses its hyphen, unless the text prints
    # the word with it elsewhere: 'great-' then 'grandfather'
    hyphens = set(_COMPOUND.findall(text.lower())) if shortest == _COLUMN else None
    # the story's head, where a headline or a dek may be typed on two lines: the groups down
    # to its first paragraph wrapped at the width (a line of it filled to the wrap)
    body = next(
        (
            n
            for n, group in enumerate(groups)
            if width and len(group) > 1 and _filled(group[0], width) and len(group[0]) <= width + 15
        ),
        len(groups),
    )
    blocks = []
    for number, group in enumerate(groups):
        if number in opened or (not width and number not in marked and _run_on(group, lines)):
            group = [" ".join(group)]  # (a paragraph an indent opens, or one hard-wrapped)
        if printed or parted:  # (a paragraph a page break cut goes on on the next line)
            group = _uncut(group) if not width else group
        for line in _unwrapped(group, width, hyphens, number <= body) if width else group:
            line = line.replace(_CUT, "")
            if number in marked and line.endswith("\\"):
                line = line[:-1]  # a Markdown hard break's backslash, no character of the text
            spaced = "  " in line.strip() and not any(c.isdigit() for c in line)  # not a tally
            hint = "chrome" if spaced and menu(line) else ""
            if printed and "(http" in line:
                line = _PRINTED_LINK.sub("", line)
            note = _TRAILING_NOTE.search(line)
            if note:  # '... to cover the gaps. [CHECK: Tremblay spelling — MR]'
                line = line[: note.start()]
            if cid := _CID_PICTURE.match(line.strip()) or _ATTACHED_PICTURE.match(line.strip()):
                picture = Picture(name=cid.group("name"))  # a mail's picture, as its text says
                blocks.append(Block("", "image", number, picture=picture))
                continue
            blocks.append(Block(" ".join(line.split()), group=number, hint=hint))
            if note:
                blocks.append(Block(note.group("note"), "p", -1, "note"))
    items = dashed_items([block.text for block in blocks])
    blocks = [replace(b, text=item) for b, item in zip(blocks, items, strict=True)]
    blocks += [Block(line, group=len(groups), hint="chrome") for line in [*talk, *jumped]]
    blocks += [Block(remark, "p", -1, "comment") for remark in remarks]
    return blocks


# a picture pasted into a mail, as the mail's plain text keeps its place: Outlook's
# '[cid:image001.jpg@01DCAD9E.7F2C4B10]', the picture's file name and the part's id
_CID_PICTURE: Final = re.compile(
    r"^\[cid:(?P<name>[\w .-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?))@[\w.-]+\]$", re.I
)


# the picture a release's mail sends as its attachment, named by its file on a line of its
# own over the caption: 'ATTACHED PHOTO: ferry-quay.jpg', 'Photo attached: ferry-quay.jpg',
# or by the label alone, as a reporter's mail names it: 'PIC: IMG_4471.jpg'
_ATTACHED_PICTURE: Final = re.compile(
    r"^(?:attached (?:photo|picture|image|pic)|(?:photo|picture|image|pic) attached|"
    r"photo|picture|image|pic|pix)\s*:\s*"
    r"(?P<name>[\w .-]+\.(?:jpe?g|png|gif|webp|heic|tiff?))$",
    re.I,
)


# A link's address as a mail program writes a message as plain text: in angle brackets right
# after the linked words ('published in a notice<https://example.org/notice.pdf> on the ...');
# not an address the writer set in brackets or quotes of its own ('online (<https://...>)')
_LINKED_WORDS: Final = re.compile(r"(?<=[^\s<>(\[{\"“‘'])<(?:https?://|mailto:)[^\s<>]+>")


def _linked_words(text: str) -> tuple[str, list[str]]:
    """The text without the addresses of its linked words, and those addresses."""
    addresses = _LINKED_WORDS.findall(text)
    return (_LINKED_WORDS.sub("", text), addresses) if addresses else (text, [])


# A page a browser printed to PDF, copied as text: on every page a header of the time it was
# printed and the page's title ('12/3/26, 9:14 AM Farmers market must move | The Ledger'),
# a footer of its address and the page's number ('https://... 2/3'), and each link's
# address printed after it in parentheses by the site's print style.
_PRINT_FOOTER: Final = re.compile(r"^[ \t]*https?://\S+[ \t]+\d{1,3}/\d{1,3}[ \t]*$", re.M)
_PRINT_HEADER: Final = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\b.*$", re.I
)
_PRINTED_LINK: Final = re.compile(r"[ \t]*\(https?://[^\s()]+\)(?=[ \t]|$)", re.M)
_PAGE_BREAK: Final = re.compile(r"(?P<before>[^\n]*)\n\s*\x00page\x00\s*\n(?=(?P<after>[^\n]*))")


def _printed_pages(text: str) -> tuple[str, bool]:
    """A page printed from a browser without its pages' headers and footers, a paragraph
    a page break cut joined again (the line before it ends mid-sentence and the line after it
    opens in lowercase), and whether it is such a page (the addresses its print style set
    after links are then no text); other text as it is."""
    if "://" not in text or _PRINT_FOOTER.search(text) is None:
        return text, False
    lines = text.split("\n")
    footers = [n for n, line in enumerate(lines) if _PRINT_FOOTER.match(line)]
    if len(footers) < 2 and not _PRINT_HEADER.match(lines[0].strip()):
        return text, False
    for n in footers:
        lines[n] = "\x00page\x00"
        after = n + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after < len(lines) and _PRINT_HEADER.match(lines[after].strip()):
            lines[after] = ""
    if _PRINT_HEADER.match(lines[0].strip()):
        lines[0] = ""
    text = "\n".join(lines)
    return _PAGE_BREAK.sub(_page_joined, text), True


def _page_joined(found: re.Match[str]) -> str:
    before, after = found.group("before").rstrip(), found.group("after").lstrip()
    if before and after[:1].islower() and not before.endswith((".", "!", "?", '"', "”", ":")):
        return before + _CUT + "\n"
    return before + "\n\n"


# the mark of a line a page break cut, which the next line goes on
_CUT: Final = "\x01"


# A fax delivered as text read by OCR: at the top of every page the sending machine's
# transmission header, its date and time, its number or name, and the page's number
# ('DEC-01-2026 15:40 FROM:PUB LIB  8145550143  TO:18005550199  P.2/4'); under it the
# writer's page slug with its number ('WEATHER -- LUTZ -- RECORD    Page 2'), and at a
# page's foot the '(more)' that says the story goes on.
_FAX_HEADER: Final = re.compile(
    r"^[ \t]*(?:[a-z]{3}[- ]\d{1,2}[-, ]+\d{2,4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]m\b)?(?=.*(?:\b(?:from|to)\b|\d{7}))"
    r"[^\n]*\bp(?:age|g)?\.?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*$",
    re.I,
)
_FAX_SLUG: Final = re.compile(r"^(?-i:[^.!?a-z]{3,80})\s(?:page|pg\.?|p\.)\s*\d{1,3}$", re.I)
_MORE: Final = re.compile(r"^\(?\s*-*\s*more\s*-*\s*\)?$", re.I)


def _faxed_pages(text: str) -> tuple[str, list[str]] | None:
    """A fax's text without its transmission headers, page slugs and '(more)' marks, a
    paragraph a page break cut joined again (as a printed page's is), and apart from it the
    lines of the service that delivered it (between the rules around the fax) and of its
    cover sheet; None when the text is no fax."""
    lines = text.split("\n")
    pages = [n for n, line in enumerate(lines) if _FAX_HEADER.match(line)]
    if not pages:
        return None
    service: list[str] = []
    rules = [n for n in range(pages[0]) if _RULE.match(lines[n].strip())]
    if rules:  # the service's header over the fax, and its footer under the same rule
        rule = lines[rules[-1]].strip()
        footer = next((n for n in range(pages[-1], len(lines)) if lines[n].strip() == rule), -1)
        for n in (*range(rules[-1] + 1), *(range(footer, len(lines)) if footer > 0 else ())):
            service.append(lines[n])
            lines[n] = ""
    cover = range(pages[0] + 1, pages[1] if len(pages) > 1 else pages[0] + 1)
    fields = [n for n in cover if _COVER_FIELD.match(lines[n])]
    if len(fields) >= 3 and any(_BY.match(lines[n].strip()) for n in cover):
        # a memo's header over the story's first page, its byline under it: the header alone
        cover = range(fields[0], fields[-1] + 1)
    if len(fields) >= 3:
        for n in cover:  # a cover sheet: 'To:', 'From:', 'Fax:', 'Pages:', 'Re:' ...
            service.append(lines[n])
            lines[n] = ""
    for n in pages:
        lines[n] = "\x00page\x00"
        after = n + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after < len(lines) and _FAX_SLUG.match(lines[after].strip()):
            lines[after] = ""
        before = n - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        if before >= 0 and _MORE.match(lines[before].strip()):
            lines[before] = ""
    text = _PAGE_BREAK.sub(_page_joined, "\n".join(lines)).replace("\x00page\x00", "")
    return text, [" ".join(line.split()) for line in service if line.strip()]


_RULE: Final = re.compile(r"^(?:={10,}|_{10,}|-{10,}|\*{10,})$")
_COVER_FIELD: Final = re.compile(
    r"^\s*(?:to|from|fax|phone|tel|pages?(?: \(including cover\))?|re|subject|date|cc)\s*:",
    re.I,
)


def _uncut(group: list[str]) -> list[str]:
    """A paragraph's lines, a line a page break cut joined with the next."""
    out: list[str] = []
    for line in group:
        if out and out[-1].endswith(_CUT):
            out[-1] = out[-1][:-1] + " " + line
        else:
            out.append(line)
    return out


# A message signed inline with OpenPGP (RFC 4880's cleartext signature), as a mail program
# that does not check it shows it: the armor's first line and its 'Hash:' header over the
# text, every line of the text that opens with a hyphen escaped by another and a space
# ('- -30-', '- -- ' over a signature), and the signature's armored block under it.
_SIGNED_START: Final = "-----BEGIN PGP SIGNED MESSAGE-----"
_SIGNATURE: Final = re.compile(
    r"^-----BEGIN PGP SIGNATURE-----[ \t]*\n.*?^-----END PGP SIGNATURE-----[ \t]*$", re.M | re.S
)


def _clearsigned(text: str) -> tuple[str, list[str]] | None:
    """A signed message's text with its lines unescaped, and apart from it the armor's lines
    and the signature's block; None when the text holds no signed message."""
    start = text.find(_SIGNED_START)
    if start < 0 or (start > 0 and text[start - 1] != "\n"):
        return None
    armor = [_SIGNED_START]
    head, rest = text[:start], text[start + len(_SIGNED_START) :].lstrip(" \t")
    lines = rest.split("\n")[1:]
    while lines and lines[0].strip():  # the armor's headers: 'Hash: SHA512'
        armor.append(lines.pop(0).strip())
    signed = "\n".join(lines)
    signature = _SIGNATURE.search(signed)
    after = ""
    if signature:
        armor += [line for line in signature.group().split("\n") if line.strip()]
        signed, after = signed[: signature.start()], signed[signature.end() :]
    signed = re.sub(r"^- ", "", signed, flags=re.M)  # (the text's escaped hyphens)
    return head + signed + after, armor


# a mail's signature: the lines under its delimiter ('-- ', two hyphens and a space, on a
# line of its own) to the next empty line
# (or at the mail's very end with the space lost, as a mail program copies the delimiter
# out: '--', then the name and numbers)
# (or over a web mail's list of the mail's files only: '2 Attachments • Scanned by Gmail')
_SIGNATURE_BLOCK: Final = re.compile(
    r"^-- \n((?:[ \t]*\S[^\n]*(?:\n|$))*)|^--\n((?:[ \t]*\S[^\n]*(?:\n|$))+)"
    r"(?=\s*(?:\d{1,3} [Aa]ttachments?\b[^\n]*\n[\s\S]*)?\Z)",
    re.M,
)
# (the bare '--' a mail's only: one under a header of a mail, 'From: ...', 'Subject: ...', or
# a web mail's line of its sender and address, 'Adaeze Nwankwo <adaeze@example.com>')
_MAIL_HEADER: Final = re.compile(
    r"^(?:from|sent|to|subject|date)\s*:\s*\S|^[^<>@\n]{1,60} <[^<>@\s]+@[^<>@\s]+>$",
    re.M | re.I,
)
# how many lines a signature runs to, each of how many characters at most (the four of 80
# netiquette asks for, with room for a mail program's own)
_SIGNATURE_LINES: Final = 6
_SIGNATURE_WIDTH: Final = 80


def _unsigned(text: str) -> tuple[str, list[str]]:
    """A mail's text without the signature under its delimiter ('-- '), and the signature's
    lines. A signature is a few short lines (a name, numbers, a key); a block of longer
    lines under the hyphens is the story's, the hyphens a section break typed in it."""
    signature: list[str] = []
    mailed = _MAIL_HEADER.search(text) is not None

    def take(found: re.Match[str]) -> str:
        held = found.group(1) if found.group(1) is not None else found.group(2)
        if found.group(1) is None and not mailed:
            return found.group()  # a bare '--' in a typed story: a section break in it
        lines = [line.strip() for line in held.split("\n") if line.strip()]
        if len(lines) > _SIGNATURE_LINES or any(len(line) > _SIGNATURE_WIDTH for line in lines):
            return found.group()
        signature.extend(lines)
        return ""

    return _SIGNATURE_BLOCK.sub(take, text), signature


# A Google Docs text download's comments: a letter in brackets after the words commented on
# ('late routes[a]'), and at the end each comment under its letter ('[a]Dana Whitlock: Hed
# runs long'), its replies on the lines below.
_DOCS_COMMENT: Final = re.compile(r"^\[(?P<mark>[a-z]{1,2})\](?=\S)", re.M)


def _docs_comments(text: str) -> tuple[str, list[str]]:
    """The text without a Google Docs download's comment marks and comment list, and the
    comments with their replies; the text as it is when it holds no such list."""
    first = _DOCS_COMMENT.search(text) if "[a]" in text else None
    if first is None or first.group("mark") != "a":
        return text, []
    body, tail = text[: first.start()], text[first.start() :]
    marks = [m.group("mark") for m in _DOCS_COMMENT.finditer(tail)]
    if not all(re.search(_placed(m), body) for m in marks):
        return text, []  # a mark the text does not hold: no comment list
    body = re.sub(_placed("|".join(marks)), "", body)
    remarks = [" ".join(line.split()) for line in tail.splitlines() if line.strip()]
    return body, remarks


def _placed(marks: str) -> str:
    """A comment's mark where Docs sets it: after the words commented on, or before them
    ('two-hour [a]hearing'); never a letter in brackets set apart ('rule [a] of the charter')."""
    return rf"(?<=\S)\[(?:{marks})\]|\[(?:{marks})\](?=\S)"


# a note to the desk set after a paragraph's last sentence, its label in capitals
_TRAILING_NOTE: Final = re.compile(
    r"(?<=[.!?\"”])\s*\[(?P<note>(?:CHECK|TK|NOTE|NB|EDS?|EDITOR|QUERY|Q|VERIFY|CONFIRM|"
    r"FACT ?CHECK|FIX|TODO)\b[^\[\]]{0,160})\]\s*$"
)
# Typographic ligatures, as text copied from a PDF keeps them: 'ﬁrst' is 'first'.
_LIGATURES: Final = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)
# the shortest line of prose in a newspaper column copied from a PDF or an e-edition
_COLUMN: Final = 20
# a word broken across two lines of a column: 'after-' then 'ward'
_BROKEN_WORD: Final = re.compile(r"(?<=[a-z])-$")
_COMPOUND: Final = re.compile(r"\b[a-z]+-[a-z]+\b")
# the words after a hyphen that leaves its word for later: 'the first- and second-row homes'
_SUSPENDED: Final = frozenset(("and", "or", "to", "nor"))


def _broken(line: str, following: str) -> bool:
    """Whether `line` ends in a word broken across the line's end, `following` holding the
    rest of it."""
    first = following.split(None, 1)[0] if following else ""
    return bool(_BROKEN_WORD.search(line)) and first[:1].islower() and first not in _SUSPENDED


# a line that opens a heading, an item, a quotation, a tag, or a label ('dek: ...')
_LISTED: Final = re.compile(r"^(?:[-*+#>|!<\[]|\d{1,3}[.)]\s|[A-Za-z][\w -]{0,24}:\s)")
# how far short of the width a wrapped line may end (a long word put on the next line)
_FILL: Final = 12


def _run_on(group: list[str], lines: list[str]) -> bool:
    """Whether a paragraph's lines are one paragraph hard-wrapped, in a text too short to
    show the width it is wrapped at (`lines`: all the text's lines). A wrap is the text's
    own: its lines are of like length near the width (the longest of them, 60 characters or
    more), each but the last filled to within a word of it and the last no longer; one at
    least ends mid-sentence; and no line of prose elsewhere in the text runs past it (a
    text whose paragraphs run on in long lines wraps none, and a poem quoted in it keeps
    its lines). None is a heading, a list's item, a label's or a quotation's."""
    if len(group) < 2 or any(_LISTED.match(line) or _APART.match(line) for line in group):
        return False
    width = max(len(line) for line in group[:-1])
    return (
        width >= 60
        and all(len(line) >= width - _FILL for line in group[:-1])
        and len(group[-1]) <= width
        and any(line[-1].isalnum() or line[-1] in ",;" for line in group[:-1])
        and not any(len(line) > width and _breakable(line) for line in lines)
    )


def _breakable(line: str) -> bool:
    """Whether a line is one of words a wrap would break: not a heading, an item, a
    quotation, a label's, a tag or an address (a word too long to break)."""
    return " " in line and not (_LISTED.match(line) or _APART.match(line))


def _width(lines: list[str], shortest: int) -> int:
    """The column a wrapped text is wrapped at: nine lines in ten of prose end within it (of
    the lines no wider than any wrapping: not a mail archive's header of links)."""
    long = sorted(len(line) for line in lines if shortest <= len(line) <= 100 and line[:2] != "![")
    return long[int(0.9 * (len(long) - 1))] if long else 0


# a draft's label in capitals, opening a line of its own: 'DECK: ...', 'CUTLINE: ...'
_CAPS_LABEL: Final = re.compile(r"^[A-Z]{2,12}:\s")


# an entry of a list of pictures under a mail's story, its file's name and a dash before its
# caption: 'IMG_5521.JPG - The broken steps ...' (a line of its own, however it was wrapped)
PICTURE_ENTRY: Final = r"[\w.-]{1,60}\.(?i:jpe?g|png|gif|heic|tiff?|webp)\s+[-–—:]\s"
_APART: Final = re.compile(rf"^(?:[A-Z]{{2,12}}:\s|[-_=*]{{3,}}|<?https?://|{PICTURE_ENTRY})")
# a line no wrapping measures: one a label opens, or an image's markup
_UNMEASURED: Final = re.compile(r"^(?:[A-Z]{2,12}:\s|!\[)")


_ENDED: Final = (".", "!", "?", ":", ";", ",", '"', "”")


def _filled(line: str, width: int) -> bool:
    """Whether a line is filled to within a word of a wrapped text's width: prose wrapped."""
    return len(line) >= width - _FILL and _breakable(line)


# a byline's line ('By Ana Ruiz', a name after the word), and a line no headline's words go
# on in: an address
_BY: Final = re.compile(r"^by\s+(?-i:[A-Z])[\w.'’-]*(?:\s|$)", re.I)
_ADDRESS: Final = re.compile(r"@|://|^www\.", re.I)


# the words that end no headline and no paragraph: a line of a column ending in one goes
# on ('Rebuilt classrooms open at' over 'St Anne's Mission School')
_LEADING_ON: Final = frozenset(
    ("a", "an", "the", "of", "at", "in", "on", "to", "for", "from", "with", "by", "and", "or")
)


def _leads_on(line: str) -> bool:
    """Whether a line ends in a word that leads on to the next."""
    last = line.rsplit(None, 1)
    return bool(last) and last[-1].lower() in _LEADING_ON


def _unwrapped(
    group: list[str], width: int, hyphens: set[str] | None = None, head: bool = False
) -> list[str]:
    """A wrapped paragraph's lines joined: a line ends its paragraph when the next line's
    first word would have fitted after it (a heading, a short line of its own). In a
    newspaper's column (`hyphens`: the compounds the text prints whole), a word broken at a
    line's end is joined again. In the story's `head` (above its first wrapped paragraph),
    a headline or a dek typed on two lines is one line."""
    out: list[str] = []
    current: list[str] = []
    broken = False  # whether the line before ended in a word this line goes on with
    for n, line in enumerate(group):
        if broken and hyphens is not None:
            compound = _COMPOUND.search(current[-1].rsplit(None, 1)[-1] + line.lower())
            kept = compound is not None and compound.group() in hyphens
            current[-1] = (current[-1] if kept else current[-1][:-1]) + line
        else:
            current.append(line)
        following = group[n + 1] if n + 1 < len(group) else ""
        broken = hyphens is not None and _broken(line, following)
        first = following.split(None, 1)[0] if following else ""
        # a line a label or a rule opens ('DECK: ...' under 'HEAD: ...', '----- next part'),
        # and one under a line far wider than the wrapping (no line it wrapped): each apart
        apart = _APART.match(following) is not None or len(line) > width + 15
        apart = apart or (head and _BY.match(following) is not None)  # (a headline's byline)
        cut = line.endswith(_CUT)  # (a page break cut it: it goes on)
        # a headline or a dek typed on two lines, its second going on in lowercase from a
        # first that ends no sentence ('After 52 years, the town's' / 'weather keeper retires'),
        # or a headline in capitals set on two ('FERRY TO RETURN' / 'AFTER THREE YEARS'):
        # in the story's head (in its body, two such lines are a poem's), and not a byline
        # over the writer's address, nor a headline over its byline ('BY ANA RUIZ')
        cut = cut or (
            head
            and len(group) == 2
            and (first[:1].islower() or (_capitals_head(line) and _capitals_head(following)))
            and not line.endswith(_ENDED)
            and not _BY.match(line)
            and not _BY.match(following)
            and not _ADDRESS.search(following)
        )
        # in a column set in a proportional type (a scan, a PDF), a next word may not have
        # fitted where a count of characters says it would: a line that ends no sentence goes
        # on when it is filled near the width or the next goes on in lowercase (not a
        # heading's in capitals)
        cut = cut or (
            hyphens is not None
            and not apart
            and not line.endswith(_ENDED)
            and (first[:1].islower() or len(line) >= width - _FILL or _leads_on(line))
            and not line.isupper()
        )
        # a column's head is set larger than its text (a headline over two lines, its dek
        # over three): no count of characters tells where a short line of it was wrapped,
        # so it goes on only as the rule above says, never because the next word is long
        ended = head and hyphens is not None and len(line) < width - _FILL
        if not first or (
            (apart or ended or (len(line) + 1 + len(first) <= width - 2 and not broken)) and not cut
        ):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def markdown_blocks(text: str, shown: str) -> tuple[list[Block], Hints]:
    """A Markdown file's blocks, and what its front matter says."""
    hints, body = Hints(), text.lstrip("\ufeff")
    logseq: tuple[dict[str, Any], str, list[str]] | None = None
    front = _FRONT.match(body)
    toml = _TOML_FRONT.match(body)
    prose: tuple[str, list[Picture]] | None = None
    if front:
        data, _ = yamlio.load(front.group(1) or "", path=shown, line_offset=1)
        data = data if isinstance(data, dict) else {}
        # a page builder's, its body empty: its hero's heading over the page's title (a story
        # typed under its front matter is the story, whatever components it lists beside it)
        parts = [] if _typed(body[front.end() :]) else components(data)
        hints = _front_hints({**data, **hero_fields(parts)} if parts else data)
        body = body[front.end() :]
        prose = _editor_document(data) or (_built_page(parts) if parts else None)
    elif toml:
        hints = _front_hints(_toml(toml.group(1) or "", shown))
        body = body[toml.end() :]
    elif nikola := _NIKOLA_METADATA.match(body):
        hints = _front_hints(
            {m.group(1).lower(): m.group(2).strip() for m in _NIKOLA_KEY.finditer(nikola.group())}
        )
        body = body[nikola.end() :]
    elif htmly := _HTMLY_METADATA.match(body):
        hints, body = _htmly_post(htmly.group(), body[htmly.end() :])
    elif kirby := _kirby(body):
        fields, body = kirby
        hints = _front_hints(fields)
    elif (logseq := _logseq(body)) is not None:
        fields, body, _ = logseq
        hints = _front_hints(fields)
    elif title := _TITLE_BLOCK.match(body):
        hints = _front_hints(_title_block(title.group()))
        body = body[title.end() :]
    elif (metadata := _MMD_METADATA.match(body)) and _is_mmd(
        values := _mmd_metadata(metadata.group())
    ):
        hints = _front_hints(values)
        body = body[metadata.end() :]
        if str(values.get("base header level", "1")).strip() not in ("", "1"):
            body = re.sub(r"^#", "##", body, flags=re.M)  # '#' is a crosshead, not the title
    clipped: list[str] = []
    if note := _NOTE_EXPORT.match(body):  # a note app's export: its title and metadata
        heading, _, metadata_lines = note.group().lstrip().partition("\n")
        if _titled_note(body[note.end() :]):  # (the title the story's headline)
            clipped += [" ".join(line.split()) for line in metadata_lines.split("\n")]
            body = heading + "\n\n" + body[note.end() :]
        else:
            clipped += [" ".join(line.lstrip("# ").split()) for line in note.group().split("\n")]
            body = body[note.end() :]
    if clip := _WEB_CLIP.search(body):  # a web page clipped under the story, below a rule
        clipped += [" ".join(line.split()) for line in clip.group("clip").split("\n")]
        body = body[: clip.start()]
    if "[block:" in body or "<<glossary:" in body:  # a developer hub's page, its own blocks in it
        from newsroom.filing.readme import hub_markdown, is_hub_export

        if is_hub_export(body):
            body, boxes = hub_markdown(body)
            clipped += boxes
    if "## " in body:  # a manuscript compiled from its scenes, their titles set over them
        body, scenes = scene_titles(body)
        clipped += scenes
    if "<br" in body:  # a line break an editor leaves at a paragraph's end: no words
        body = _END_BREAK.sub("", body)
    if "READMORE" in body:  # Middleman's mark where a post's summary ends: no words
        body = _SUMMARY_END.sub("", body)
    if "credit" in body:  # a caption's credit set in a span of its own after its words
        body = _CREDIT_SPAN.sub(r"\g<words>", body)
    if "&nbsp;" in body:  # an empty paragraph as an editor's Markdown widget writes it
        body = _EMPTY_PARAGRAPH.sub("", body)
    body, kramdown = _kramdown_extensions(body)
    if "comment" in body:  # a Liquid comment, a note to the desk in a Jekyll post
        body, liquid = _liquid_comments(body)
        kramdown += liquid
    included: list[Picture] = []
    body, blade = blade_tags(body, included, lambda n: f"\x00included {n}\x00")
    if "((" in body or "{{" in body or "{:" in body:
        body = _block_marks(body)
    body = _figure_includes(body, included)  # (before the template's other tags go)
    body, erb = erb_tags(body, included, lambda n: f"\x00included {n}\x00")
    body, vento = vento_tags(body, included, lambda n: f"\x00included {n}\x00")
    body, fenced, figures = _fences(body)
    if included:
        first = len(figures)
        body = _INCLUDED.sub(lambda m: f"\x00figure {first + int(m[1])}\x00", body)
        figures += included
    if prose:  # the story as a CMS's editor stores it in the front matter, before any body
        first = len(figures)  # (its pictures' marks counted after the body's own)
        text = _MARK_NUMBER.sub(lambda m: f"\x00figure {first + int(m[1])}\x00", prose[0])
        body = f"{text}\n\n{body}"
        figures += prose[1]
    body, changes = _critic_markup(body)
    if "<a id=" in body or "<a name=" in body:
        body, footnotes = _converted_notes(body)
        changes += footnotes
    if "[![" in body:  # a picture linked to its full size: the picture
        body = _LINKED_IMAGE.sub(r"\1", body)
    if "<img" in body:  # a picture as HTML alone in a box of its own
        body = _HTML_IMAGE_LINE.sub(_markdown_image, body)
    if "~~" in body or "==" in body:  # a draft's struck words are deleted, its marked kept
        body = _MARKED.sub(r"\1", _STRUCK.sub("", body))
    body, tracked = _pandoc_spans(body)
    changes += tracked
    body, ulysses = _ulysses_marks(body)
    changes += ulysses
    if "%%" in body:  # Obsidian's comments, closed on their line: '%% check the count %%'
        changes += [" ".join(m.group(1).split()) for m in _OBSIDIAN_COMMENT.finditer(body)]
        body = _OBSIDIAN_COMMENT.sub("", body)
    body = _ONE_TAG.sub(lambda m: " ".join(m.group().split()), body)  # '<Figure\n src=...\n/>'
    if "<details" in body:  # a folded box of the writer's notes: 'Reporting notes (not for ...)'
        body = _NOTES_DETAILS.sub(lambda m: _comment_of(m.group()), body)
    found = _comments(body)
    comments = [c for a, b in found if (c := " ".join(body[a + 4 : b - 3].split()))] + changes
    kept, at = [], 0  # (the text around the comments, joined once)
    for a, b in found:
        kept.append(body[at:a])
        at = b
    body = "\n\n".join([*kept, body[at:]])
    blocks: list[Block] = [Block(c, "p", -1, "comment") for c in comments]
    blocks += [Block(line.lstrip("> "), "p", -1, "chrome") for line in clipped if line.strip("> ")]
    body, notes, asides = _desk_notes(body)
    blocks += [Block(n, "p", -1, "note") for n in notes]
    blocks += [Block(a, "p", -1, "chrome") for a in asides]
    blocks += [Block(text, "p", -1, hint) for hint, text in fenced]
    blocks += [Block(text, "p", -1, hint) for hint, text in (*kramdown, *blade, *erb, *vento)]
    blocks += [Block(text, "p", -1, "note") for text in (logseq[2] if logseq else [])]
    references = {
        m.group("ref").lower(): (m.group("src"), m.group("title") or "")
        for line in body.split("\n")
        if (m := _REFERENCE.match(line.strip()))
    }
    if "![" in body:  # an image's description wrapped over lines, as Pandoc writes it
        body = _BROKEN_IMAGE.sub(lambda m: " ".join(m.group().split("\n")), body)
    body, html = _html_blocks(body)
    sized = False  # (whether the block before is a Word picture Pandoc converted)
    for block in text_blocks(body):
        if _REFERENCE.match(block.text):
            continue
        if (mark := _HTML_MARK.match(block.text)) and int(mark.group(1)) < len(html):
            blocks += _html_block(html[int(mark.group(1))], block.group)
            continue
        if "{:" in block.text and (attributes := _IAL.search(block.text)):
            if attributes.start() == 0:  # a block's attributes on the line under it
                _attributed(blocks, block.group, attributes.group("attrs"))
                continue
            block = replace(block, text=block.text[: attributes.start()].rstrip())
        figure = _FIGURE_MARK.match(block.text)
        if figure and int(figure.group("n")) < len(figures):
            picture = figures[int(figure.group("n"))]
            blocks.append(Block(picture.caption, "image", block.group, picture=picture))
            continue
        if blocks and blocks[-1].kind == "image" and (wrapped := _WRAPPED_LINE.match(block.text)):
            block = replace(block, text=wrapped.group("inner").strip())  # '<sub>caption</sub>'
        read = _markdown_block(block, references)
        if _uncaptioned(blocks) and (caption := _italic_caption(block.text)):
            read = Block(caption, "caption", read.group)  # the italic line under an image
            blocks[-1] = _alt_only(blocks[-1])
        elif sized and blocks[-1].kind == "image" and _credited_caption(read.text):
            read = Block(read.text, "caption", read.group)  # a caption and its credit under
            blocks[-1] = _alt_only(blocks[-1])  # a Word picture Pandoc converted
        blocks.append(read)
        sized = read.kind == "image" and _SIZED.match(block.text) is not None
    if "\\" not in text:
        return blocks, hints
    hints = replace(hints, headline=_unescaped(hints.headline), dek=_unescaped(hints.dek))
    return [_unescaped_block(b) for b in blocks], hints


# a note app's note exported as Markdown (Evernote's, by yarle): the note's title, a working
# title, as a heading, then its metadata between rules ('Created at: 2026-03-05T08:12:44',
# 'Notebook: Freelance', 'Tags: #filed'); the story's own headline is under them
_NOTE_EXPORT: Final = re.compile(
    r"\A[ \t]*#[ \t]+[^\n]+\n\s*(?:---|\*\*\*|___)[ \t]*\n\s*"
    r"(?:(?:created(?: at)?|updated(?: at)?|notebook|tags|author|source(?: url)?|location)"
    r"[ \t]*:[^\n]*\n\s*){2,}(?:---|\*\*\*|___)[ \t]*(?:\n|\Z)",
    re.I,
)


def _titled_note(under: str) -> bool:
    """Whether a note app's note has no headline of the story's own under its metadata (the
    writer's byline, or the story's first paragraph, straight under it), so that the note's
    title is the story's headline."""
    first = next((line.strip() for line in under.split("\n") if line.strip()), "")
    return BYLINE.match(first) is not None or (
        len(first.split()) >= 12 and first.endswith((".", '"', "”"))
    )


# a web page clipped into the note under the story, below a rule: 'Clipped from the council
# website – ...', and the clipping quoted under it, to the end
_WEB_CLIP: Final = re.compile(
    r"^(?:---|\*\*\*|___)[ \t]*\n\s*(?P<clip>(?:clipped|clip|web clip(?:ping)?)\b[^\n]*"
    r"(?:\n(?:[ \t]*>[^\n]*|[ \t]*))*)\Z",
    re.I | re.M,
)
_END_BREAK: Final = re.compile(r"[ \t]*<br\s*/?>[ \t]*$", re.I | re.M)
_SUMMARY_END: Final = re.compile(r"^[ \t]*READMORE[ \t]*$", re.M)
# a credit in HTML of its own on a caption's line, as a site's template styles it: '*A crowd
# at the quay.* <span class="credit">Photo: Ana Diaz</span>', '<small class="photo-credit">'
_CREDIT_SPAN: Final = re.compile(
    r"<(?P<tag>span|small|cite|em)\b[^<>\n]*\bclass=[\"'][^\"'<>\n]*\bcredit\b[^<>\n]*>"
    r"(?P<words>[^<>\n]*)</(?P=tag)>",
    re.I,
)
# an empty anchor a converter keeps for a Word bookmark ('<a id="_Hlk170000001"></a>',
# '<a name="_Toc12"></a>'), which marks a place, not words
_BOOKMARK: Final = re.compile(r"<a (?:id|name)=\"[^\"<>]*\">\s*</a>")
# a footnote's mark as mammoth writes it: '<sup>[[1]](#footnote-1)</sup>' (its anchor gone)
_NOTE_MARK: Final = re.compile(r"<sup>\s*\[\[\d+\]\]\(#(?:footnote|endnote)-\d+\)\s*</sup>")
# and the note itself, a numbered item at the foot with its way back up: '1. <a id=
# "footnote-1"></a> Treasurer's figures by phone, 2 May. [↑](#footnote-ref-1)'
_CONVERTED_NOTE: Final = re.compile(
    r"^\d+\.[ \t]+<a id=\"(?:footnote|endnote)-\d+\">\s*</a>[ \t]*(?P<note>.*?)[ \t]*"
    r"\[↑\]\(#(?:footnote|endnote)-ref-\d+\)[ \t]*$",
    re.M,
)


def _converted_notes(body: str) -> tuple[str, list[str]]:
    """A Word file converted to Markdown (mammoth): its footnotes at its foot are the
    writer's notes, taken out; their marks in the text and the bookmarks' empty anchors
    ('<a id="_GoBack"></a>') are no words."""
    notes = [" ".join(m.group("note").split()) for m in _CONVERTED_NOTE.finditer(body)]
    body = _CONVERTED_NOTE.sub("", body)
    return _NOTE_MARK.sub("", _BOOKMARK.sub("", body)), notes


def _uncaptioned(blocks: list[Block]) -> bool:
    """Whether the last block is a picture still wanting its caption (not one a component
    gave its caption and credit, under which an italic line is the story's own)."""
    picture = blocks[-1].picture if blocks and blocks[-1].kind == "image" else None
    return (
        bool(blocks)
        and blocks[-1].kind == "image"
        and not (picture and picture.caption and picture.credit)
    )


_EMPTY_PARAGRAPH: Final = re.compile(r"^[ \t]*(?:&nbsp;|&#160;|&#xa0;)[ \t]*$", re.M | re.I)


# kramdown's extensions around lines: a comment, raw HTML ('{::nomarkdown}' ... '{:/}'), and
# its options; an abbreviation's definition ('*[AQI]: Air Quality Index')
_KRAMDOWN_BLOCK: Final = re.compile(
    r"\{::(?P<name>comment|nomarkdown)\}(?P<held>.*?)\{:/(?:(?P=name))?\}|"
    r"^\{::options\b[^{}\n]*/\}[ \t]*$|^\*\[[^\]\n]+\]:[^\n]*$",
    re.S | re.M,
)
# kramdown's attribute list, set after a span or on the line under a block: '{: .lead}',
# '{: #filters}', '{: .notice--danger}'
_IAL: Final = re.compile(r"\s*\{:(?!:)\s*(?P<attrs>[^{}\n]*)\}\s*$")
_HTML_TAGS: Final = re.compile(r"<[^<>]*>")


# a note app's marks around and between its blocks (SiYuan's): a reference to another block
# by its id, read as its anchor text ('((20260228144012-1qz7d3a "the rules"))'); a list
# item's attributes before its words ('* {: id="..."}item'); a superblock's marks of layout
# ('{{{col', '{{{row', '}}}'), and a block that embeds a query's results ('{{SELECT ...}}')
_BLOCK_REFERENCE: Final = re.compile(
    r"\(\(\d{14}-[0-9a-z]{7}(?:\s+(?P<q>[\"'])(?P<anchor>[^\n]{0,200}?)(?P=q))?\)\)"
)
_ITEM_ATTRIBUTES: Final = re.compile(r"^([ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+)\{:[^{}\n]*\}", re.M)
_LAYOUT_MARK: Final = re.compile(
    r"^[ \t]*(?:\{\{\{(?:col|row)|\}\}\}|\{\{(?i:select)\b[^\n]*\}\})[ \t]*$", re.M
)


def _block_marks(body: str) -> str:
    """The Markdown without a note app's block references, item attributes and layout."""
    body = _BLOCK_REFERENCE.sub(lambda m: m.group("anchor") or "", body)
    body = _ITEM_ATTRIBUTES.sub(r"\1", body)
    return _LAYOUT_MARK.sub("", body)


def _kramdown_extensions(body: str) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without kramdown's comments, raw HTML, options and abbreviations, and
    what each held: ('note', ...) for a comment, ('chrome', ...) for raw HTML, an embed."""
    if "{::" not in body and "*[" not in body:
        return body, []
    held: list[tuple[str, str]] = []

    def take(found: re.Match[str]) -> str:
        text = found.group("held") if found.group("name") else found.group()  # (options and
        if found.group("name") == "nomarkdown":  # abbreviations: the line itself)
            text = _HTML_TAGS.sub(" ", text)
        if text.strip():
            held.append(("note" if found.group("name") == "comment" else "chrome", text.strip()))
        return ""

    return _KRAMDOWN_BLOCK.sub(take, body), held


# Liquid's comment, as a Jekyll or Shopify template sets one round lines no page shows:
# '{% comment %}' ... '{% endcomment %}' (or with its whitespace control: '{%- comment -%}')
_LIQUID_COMMENT: Final = re.compile(
    r"\{%-?\s*comment\s*-?%\}(?P<held>.*?)\{%-?\s*endcomment\s*-?%\}", re.S
)


def _liquid_comments(body: str) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without its Liquid comments, and what each held, as ('note', ...)."""
    held: list[tuple[str, str]] = []

    def take(found: re.Match[str]) -> str:
        if text := found.group("held").strip():
            held.append(("note", text))
        return ""

    return _LIQUID_COMMENT.sub(take, body), held


def _attributed(blocks: list[Block], group: int, attributes: str) -> None:
    """Read a kramdown attribute list set under a block: the block a '.notice' class boxes is
    a note to the desk or a box of the page; the one a '.caption' class sets, a caption."""
    classes = set(re.findall(r"(?:^|\s)\.([\w-]+)", attributes))
    notice = any(c == "notice" or c.startswith("notice-") for c in classes)
    for n in range(len(blocks) - 1, -1, -1):
        b = blocks[n]
        if b.group != group or b.kind == "image":
            break
        if notice:
            blocks[n] = replace(b, hint="note")
        elif "caption" in classes:
            blocks[n] = replace(b, kind="caption")


# a Jekyll theme's figure: '{% include figure image_path="/a.jpg" alt="..." caption="..." %}'
_FIGURE_INCLUDE: Final = re.compile(
    r"^\{%-?\s*include\s+figure\s+(?P<attrs>[^\n]*?)-?%\}[ \t]*$", re.M
)


_INCLUDED: Final = re.compile(r"\x00included (\d+)\x00")


def _figure_includes(body: str, figures: list[Picture]) -> str:
    """The Markdown with each figure a Jekyll theme's include shows marked where it stands
    ('\x00included N\x00'), its picture added to `figures`."""
    if "include" not in body:
        return body

    def mark(found: re.Match[str]) -> str:
        attributes = {
            m.group("key"): m.group("v1") if m.group("v1") is not None else m.group("v2") or ""
            for m in _ATTRIBUTE.finditer(found.group("attrs"))
        }
        src = attributes.get("image_path") or attributes.get("url") or ""
        if not src:
            return found.group()
        caption, credit = split_credit(_plain_markdown(attributes.get("caption", "")))
        figures.append(
            Picture(
                caption=caption,
                credit=credit,
                alt=" ".join(attributes.get("alt", "").split()),
                name=src.rsplit("/", 1)[-1],
                source=src,
            )
        )
        return f"\n\x00included {len(figures) - 1}\x00\n"

    return _FIGURE_INCLUDE.sub(mark, body)


_SPAN_EMPHASIS: Final = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _plain_markdown(text: str) -> str:
    """A line of Markdown as its words show: without its links' addresses and emphasis."""
    return " ".join(_SPAN_EMPHASIS.sub(r"\2", _LINKED.sub(r"\1", text)).split())


def _theme_header(data: dict[str, Any]) -> dict[str, Any] | None:
    """The lead image a Jekyll theme's 'header' gives ('overlay_image' or 'image', with
    'image_description' as its alt and a 'caption' that may be only its credit)."""
    header = data.get("header")
    if not isinstance(header, dict):
        return None
    src = header.get("overlay_image") or header.get("image")
    if not isinstance(src, str) or not src.strip():
        return None
    caption, credit = split_credit(_plain_markdown(_one_line(header.get("caption", ""))))
    return {
        "src": src,
        "caption": caption,
        "credit": credit,
        "alt": header.get("image_description", ""),
    }


# an HTML block in Markdown: a paragraph that opens with a block's tag and closes it, as a
# notebook or a static site's page sets its dek, byline, callouts and cards ('<p
# class="dek">...</p>', '<div class="warning">...</div>', '<figure>...</figure>'), or a
# blog platform's export its node's type names ('<div data-node-type="callout">', Hashnode's)
_HTML_BLOCK: Final = re.compile(
    r"^<(?:(?P<tag>p|div|section|aside)\b[^<>\n]*\b(?:class|data-node-type)=|(?P<figure>figure)\b)"
    r"[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*",
    re.M,
)  # (a block its class names, or a figure: not a converter's '<p id="gdcalert1">' alert)
_HTML_MARK: Final = re.compile(r"^\x00html (\d+)\x00$")
# an HTML block's class that makes it a note to the desk, or a page's widget
_HTML_NOTE: Final = re.compile(r"\b(?:warning|caution|note|tip|callout|desk|todo)\b", re.I)
# what a box tells readers, whatever its class: 'Correction: An earlier version ...'
_PUBLISHED_NOTICE: Final = re.compile(
    r"\s*(?:correction|clarification|editor['’]s note|update|updated)\b[^:]{0,30}:", re.I
)
_HTML_WIDGET: Final = re.compile(r"\b(?:card|cards|grid|stat|stats|kpi)\b", re.I)
# a card that is the story's picture, as an editor of cards writes it (Ghost's every card is a
# 'kg-card'; its image and gallery cards are the story's pictures, not a widget)
_PICTURE_CARD: Final = re.compile(r"\b(?:image|gallery)-card\b", re.I)
_OPENING_TAG: Final = re.compile(r"^<[a-z]+\b(?P<attrs>[^<>]*)>", re.I)
_NODE_TYPE: Final = re.compile(r"\bdata-node-type=(?:\"[^\"]*\"|'[^']*'|\S+)", re.I)
# a callout's icon, in a node of its own: '<div data-node-type="callout-emoji">📍</div>'
_CALLOUT_ICON: Final = re.compile(
    r"<(?P<tag>[a-z]+)\b[^<>]*\bdata-node-type=[\"']?callout-emoji\b[^<>]*>[^<>]*</(?P=tag)>", re.I
)


def _html_blocks(body: str) -> tuple[str, list[str]]:
    """The Markdown with each HTML block that closes what it opens marked ('\x00html N\x00'),
    and the blocks' HTML."""
    if "<" not in body:
        return body, []
    found: list[str] = []

    def mark(block: re.Match[str]) -> str:
        html = block.group().rstrip()
        if not html.endswith(f"</{block.group('tag') or block.group('figure')}>"):
            return block.group()
        found.append(html)
        return f"\x00html {len(found) - 1}\x00"

    return _HTML_BLOCK.sub(mark, body), found


def _html_block(html: str, group: int) -> list[Block]:
    """An HTML block's blocks, read as a page's are: a note to the desk or a widget by its
    class, with all it holds."""
    from newsroom.filing import web  # (lxml, only for a Markdown file that holds HTML)

    opening = _OPENING_TAG.match(html)
    # (a platform's node type names what the block is on the published page, a callout to
    # readers: not a class that marks a note to the desk)
    attributes = _NODE_TYPE.sub("", opening.group("attrs")) if opening else ""
    hint = (
        "note"
        if _HTML_NOTE.search(attributes) and not _PUBLISHED_NOTICE.match(_HTML_TAGS.sub(" ", html))
        else ""
    )
    widget = _HTML_WIDGET.search(attributes) and not _PICTURE_CARD.search(attributes)
    hint = "chrome" if widget else hint
    read = web.word_blocks(_CALLOUT_ICON.sub("", html), {})
    return [replace(b, group=group, hint=hint or b.hint) for b in read]


# a line wrapped whole in one HTML tag, as a newsletter sets a caption under its picture
_WRAPPED_LINE: Final = re.compile(
    r"^<(?P<tag>sub|sup|small|figcaption|center|span|p)\b[^<>]*>(?P<inner>[^<>]*(?:<(?!/?(?P=tag)\b)"
    r"[^<>]*>[^<>]*)*)</(?P=tag)>$",
    re.I,
)
# the size Discourse writes after an image's alt text: '![Pay stations|690x460](upload://...)'
_SIZE_SUFFIX: Final = re.compile(r"\|\d{1,5}x\d{1,5}(?:,\s*\d{1,3}%)?$")
# docsify's helper boxes, a tip ('?> ...') or a warning ('!> ...') about the site, set
# beside a page's text, not its story's
_DOCSIFY_HELPER: Final = re.compile(r"^[?!]> \S")
# docsify's options in an image's title, not words: '![](a.jpg ':size=50% :no-zoom')'
_DOCSIFY_OPTIONS: Final = re.compile(r"(?:\s*:[a-z][\w-]*(?:=\S*)?)+\s*")


def _image_title(title: str | None) -> str:
    """An image's title as its words for a picture without alt text; '' when it holds only
    the options docsify reads there (its size, class or zoom), which a page never shows."""
    title = (title or "").strip()
    return "" if _DOCSIFY_OPTIONS.fullmatch(title) else title


def _titled_caption(title: str | None, alt: str, caption: str) -> tuple[str, str]:
    """The caption and credit an image's title holds beside its alt text, as a CMS's rich
    text stores a figure's caption ('![A boat at dawn](boat.jpg "Volunteers set out on
    Saturday. Photo: Ana Diaz")', TinaCMS's, or a name alone in brackets: '... in February.
    (Harbour Board)'): only a title that ends with a credit, and when no caption follows the
    image; ('', '') for a tooltip or a title read as alt."""
    title = " ".join((title or "").split())
    if not title or not alt or caption or title == alt:
        return "", ""
    shown, credit = split_credit(title)
    if not credit:
        shown, credit = bracketed_name(title)
    return (shown, credit) if shown and credit else ("", "")


# a backslash escape of Markdown (before any ASCII punctuation): '\\$148,000', 'a\\_b.pdf'
_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def _unescaped_block(block: Block) -> Block:
    """A block's words as the Markdown shows them, without its backslash escapes."""
    picture = block.picture
    if picture is not None:
        picture = replace(
            picture,
            caption=_unescaped(picture.caption),
            credit=_unescaped(picture.credit),
            alt=_unescaped(picture.alt),
        )
    return replace(block, text=_unescaped(block.text), picture=picture)


# a fenced block: '```python', '~~~', and MyST's directives ('```{figure} a.jpg',
# '```{code-cell} ipython3', '```{note}', ':::{figure} a.jpg'); a directive's options are
# ':key: value' lines
_FENCE: Final = re.compile(
    r"^(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*?)[ \t]*$|"
    r"^(?P<colons>:{3,})(?P<directive>\{[\w:-][\w:.-]*\}[^\n]*?)[ \t]*$"
)
_DIRECTIVE: Final = re.compile(r"^\{(?P<name>[\w:.-]+)\}[ \t]*(?P<argument>.*)$")
# a Nuxt Content (MDC) file's block component: '::article-figure{src="a.jpg" alt="..."}' up to
# a line of its colons ('::'), with its props in braces or in YAML between '---' lines, and
# its slots marked '#title', '#default'; '[words]{.highlight}' gives words a class
_MDC: Final = re.compile(r"^::[A-Za-z][\w-]*(?:\{[^\n]*\})?[ \t]*$", re.M)
_COMPONENT: Final = re.compile(
    r"^(?P<colons>:{2,})(?P<name>[A-Za-z][\w-]*)(?:\{(?P<props>[^\n]*)\})?[ \t]*$"
)
_PROP: Final = re.compile(
    r"""(?:^|(?<=[\s{]))(?P<key>[:\w-]+)=(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')"""
)
_SLOT: Final = re.compile(r"^#[\w-]+$")
_SPAN_CLASS: Final = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\{[^{}\n]*\}")
# a shortcode in brackets around lines, as Grav's and WordPress's are written:
# '[figure caption="..."]' ... '[/figure]', '[notice=warning]' ... '[/notice]'; inline ones
# ('[mark]words[/mark]') keep their words; a template's expressions ('{{ page.date }}') and
# Grav's summary break ('===' alone) are no part of the text
_BRACKET: Final = re.compile(r"^\[(?P<name>[a-z][\w-]*)(?P<attrs>(?:[= ][^\]\n]*)?)\]$")
_BRACKET_INLINE: Final = re.compile(
    r"\[(?P<name>[a-z][\w-]*)(?:=[^\[\]\n]*)?\](?P<text>[^\[\n]*)\[/(?P=name)\]"
)
_TEMPLATE: Final = re.compile(
    # (an expression names a page's field or a filter: '{{ page.date|date(...) }}'; a draft's
    # placeholder, '{{NUMBER}}', '{{ name }}', is the reporter's and stays)
    r"(?<!\{)(?:\{\{-? *\w+(?:\.[\w.]+(?:\|[^{}\n]*)?|\|[^{}\n]*) *-?\}\}|\{%-?[^{}\n]*-?%\}|"
    r"\{#[^{}\n]*#\})(?!\})"
)
# a shortcode whose brackets an HTML-to-Markdown converter escaped, as a WordPress export's
# posts keep them: '\\[caption id="attachment_12"\\]', '\\[/caption\\]', '\\[related\\_posts\\]'
_ESCAPED_SHORTCODE: Final = re.compile(r"\\\[(/?[a-z][\w\\-]*(?:[ =][^\[\]\n]*?)?)\\\]")
# a paired shortcode on one line, as WordPress stores a captioned picture: '[caption
# id="attachment_12"]<img src="a.jpg"> The bridge at dawn.[/caption]'
_PAIR_LINE: Final = re.compile(
    r"^(?P<open>\[(?P<name>[a-z][\w-]*)(?:[ =][^\]\n]*)?\])(?P<held>[^\n]*?)"
    r"(?P<close>\[/(?P=name)\])[ \t]*$",
    re.M,
)
# a shortcode that shows the page's media or widgets, no words of the story: '[embed]', '[video]'
_BRACKET_MEDIA: Final = frozenset(("embed", "gallery", "video", "audio", "playlist", "audio"))
_IMG_TAG: Final = re.compile(r"<img\b[^>]*>")
_PLUGIN: Final = re.compile(r"^\[plugin:[\w-]+\]\([^)\n]*\)$")
_BRACKET_FIGURES: Final = frozenset(("figure", "caption", "image", "img", "photo"))
_BRACKET_NOTES: Final = frozenset(("notice", "note", "alert", "ui-callout", "callout", "comment"))
# a box by its name or class: '[div class="tip-box"]', '[section name="related"]'
_BRACKET_CHROME: Final = re.compile(
    r"\b(?:related|tip|box|promo|newsletter|sidebar|aside|ads?|share|subscribe|donate|bio)\b",
    re.I,
)
# components that hold a note to the desk, and those that are a page's widgets (a pull
# quote repeats the story); any other keeps its text ('::correction', '::prose-section')
_NOTE_COMPONENTS: Final = re.compile(
    r"^(?:desk-)?(?:callout|alert|note|tip|warning|info|admonition|caution|important|todo|"
    r"comment)\b"  # ('::desk-note', an MDX page's '<DeskNote>')
)
_PROSE_COMPONENTS: Final = re.compile(r"(?:prose|section|container|div|content)\b")
_WIDGET_COMPONENTS: Final = re.compile(
    r"(?:^|-)(?:newsletter|signup|subscribe|related|promo|ads?|advert|advertisement|sponsored|"
    r"donate|banner|bio|share|cta|"
    r"pull-?quote|social|embed|video|podcast|stories|author|sponsor|paywall|chart)(?:$|-)"
)
# components that set a part of the story's top by their name: '::dek', '<Byline authors=...>'
_DEK_COMPONENTS: Final = frozenset(("dek", "deck", "standfirst", "story-dek", "subhead"))
_BYLINE_COMPONENTS: Final = frozenset(("byline", "story-byline", "authors"))
_OPTION: Final = re.compile(r"^:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$")
_FIGURES: Final = frozenset(("figure", "image", "glue:figure", "figure-md"))
_NOTES: Final = frozenset(
    (
        *("note", "admonition", "attention", "caution", "danger", "error", "hint"),
        *("important", "tip", "warning", "todo", "seealso", "comment", "dropdown"),
    )
)
# a file written for MyST: a directive, or a target ('(response)=') on a line of its own
_MYST: Final = re.compile(r"^(?:`{3,}|:{3,})\{[\w:-][\w:.-]*\}|^\([\w:.-]+\)=[ \t]*$", re.M)
# MyST's other marks in such a file: a comment line ('% DESK: ...'), a target, a notebook
# cell's break ('+++'), and a role ('{ref}`above <response>`')
_MYST_LINE: Final = re.compile(r"^(?:%(?:[ \t].*)?|\([\w:.-]+\)=|\+\+\+(?:[ \t].*)?)$", re.M)
_ROLE: Final = re.compile(r"\{[\w:.-]+\}`(?P<text>[^`<\n]*?)(?:\s*<[^`>\n]*>)?`")
# where a figure read from a directive stands in the text until the text is read as blocks
_FIGURE_MARK: Final = re.compile(r"^\x00figure (?P<n>\d+)\x00$")


def _fences(body: str) -> tuple[str, list[tuple[str, str]], list[Picture]]:
    """The Markdown with its fenced blocks taken out (a fence never closed is left as text),
    what each held: ('code', its lines) for code or a notebook's cell, ('note', ...) for an
    admonition, ('chrome', ...) for an aside; and its MyST figures, each left in the text as
    a mark of its own ('\\x00figure N\\x00'). A bare fence around prose ('~~~' as a
    section break) keeps the prose; any other directive keeps its text without its options."""
    mdc = _MDC.search(body) is not None
    if "\\[" in body:  # a shortcode escaped by an HTML-to-Markdown converter: '\\[gallery\\]'
        body = _ESCAPED_SHORTCODE.sub(lambda m: "[" + m.group(1).replace("\\_", "_") + "]", body)
    brackets = "[/" in body
    if brackets:
        body = _PAIR_LINE.sub("\n\\g<open>\n\\g<held>\n\\g<close>\n", body)
        body = _BRACKET_INLINE.sub(r"\g<text>", body)
    if "{{" in body or "{%" in body:
        body = _TEMPLATE.sub("", body)
    if not ("```" in body or "~~~" in body or ":::{" in body or mdc or brackets):
        return _myst_marks(body), [], []
    if mdc:
        body = _SPAN_CLASS.sub(r"\g<text>", body)
    lines = body.split("\n")
    closers = _Closers(lines)
    out: list[str] = []
    taken: list[tuple[str, str]] = []
    figures: list[Picture] = []
    containers: set[int] = set()  # the closing lines of MDC components read as containers
    ends = _component_ends(lines) if mdc else {}
    n = 0
    while n < len(lines):
        bracket = _BRACKET.match(lines[n].strip()) if brackets else None
        if bracket and (end := _bracket_end(lines, n, bracket.group("name"))) >= 0:
            _bracketed(bracket, lines[n + 1 : end], out, taken, figures)
            n = end + 1
            continue
        if bracket and "=" in bracket.group("attrs"):  # '[gallery ids="1,2"]': a widget
            taken.append(("chrome", lines[n].strip()))
            n += 1
            continue
        if brackets and _PLUGIN.match(lines[n].strip()):
            taken.append(("chrome", lines[n].strip()))  # '[plugin:youtube](https://...)'
            n += 1
            continue
        if lines[n].strip() == "===" and (n == 0 or not lines[n - 1].strip()):
            n += 1  # Grav's summary break
            continue
        component = _COMPONENT.match(lines[n].strip()) if mdc else None
        if component and (end := _component_end(ends, n, component.group("colons"))) >= 0:
            if _container(component) or _wrapper(component, lines[n + 1 : end]):
                # its lines read as they stand, nested ones too
                containers.add(end)
                n += 1
                continue
            _component(component, lines[n + 1 : end], out, taken, figures)
            n = end + 1
            continue
        if n in containers:
            n += 1  # a container's closing line
            continue
        opening = _FENCE.match(lines[n].strip())
        fence = (opening.group("fence") or opening.group("colons")) if opening else ""
        end = closers.after(n, fence) if opening else -1
        if opening is None or end < 0:
            out.append(lines[n])
            n += 1
            continue
        inside = lines[n + 1 : end]
        info = opening.group("info") if opening.group("fence") else opening.group("directive")
        directive = _DIRECTIVE.match(info or "")
        name = directive.group("name").lower() if directive else ""
        options = {
            m.group("key").lower(): m.group("value").strip()
            for line in inside
            if (m := _OPTION.match(line.strip()))
        }
        text = [line for line in inside if not _OPTION.match(line.strip())]
        held = " ".join(" ".join(text).split())
        if directive and name in _FIGURES:
            src = directive.group("argument").strip()
            _figure(out, figures, src, caption=held, alt=options.get("alt", ""))
        elif directive and name in _ASIDES:
            taken.append(("chrome", " ".join([directive.group("argument"), held]).strip()))
        elif directive and name in _NOTES:
            taken.append(("note", " ".join([directive.group("argument"), held]).strip()))
        elif opening.group("colons") and not directive:
            out.append(lines[n])  # (a Pandoc container: read with the desk notes)
            n += 1
            continue
        elif (directive and not name.startswith(("code", "glue", "raw", "math", "eval"))) or (
            not info and _prose(text)
        ):
            out += ["", *text, ""]
        elif held:
            taken.append(("code", held[:300]))
        n = end + 1
    return _myst_marks("\n".join(out), taken), [(k, t) for k, t in taken if t], figures


def _figure(
    out: list[str], figures: list[Picture], src: str, caption: str, alt: str, credit: str = ""
) -> None:
    """A figure read from a directive, component or shortcode, left in the text as its mark
    until the text is read as blocks."""
    name = src.split("?", 1)[0].rsplit("/", 1)[-1]  # ('files.jpg?resize=900,600')
    out.extend(["", f"\x00figure {len(figures)}\x00", ""])
    figures.append(Picture(caption=caption, credit=credit, alt=alt, name=name, source=src))


def _bracket_end(lines: list[str], opened: int, name: str) -> int:
    """The line closing a shortcode in brackets ('[/figure]'), or -1."""
    closing = f"[/{name}]"
    for n in range(opened + 1, min(len(lines), opened + 400)):
        if lines[n].strip() == closing:
            return n
    return -1


def _bracketed(
    opening: re.Match[str],
    inside: list[str],
    out: list[str],
    taken: list[tuple[str, str]],
    figures: list[Picture],
) -> None:
    """A shortcode in brackets around lines, read into `out` (a figure as its mark, a
    container's text) or `taken` (a note to the desk, a box beside the story)."""
    name, attrs = opening.group("name").lower(), opening.group("attrs")
    values = _attributes(attrs)
    held = " ".join(" ".join(inside).split())
    image = next((m for line in inside if (m := _IMAGE.match(line.strip()))), None)
    tag = _IMG_TAG.search(held)
    if name in _BRACKET_FIGURES and (image or tag):
        shown = _attributes(tag.group()) if tag else {}
        src = _source(image) if image else shown.get("src", "")
        alt = image.group("alt") if image else shown.get("alt", "")
        rest = (
            _IMG_TAG.sub("", held)
            if tag
            else " ".join(
                m.group("rest") if (m := _IMAGE.match(line.strip())) else line.strip()
                for line in inside
            )
        )
        caption, credit = split_credit(values.get("caption", "") or rest.strip())
        _figure(out, figures, src, caption=caption, credit=clean_credit(credit), alt=alt)
    elif name in _BRACKET_NOTES:
        taken.append(("note", held))
    elif _BRACKET_CHROME.search(attrs) or _BRACKET_CHROME.fullmatch(name) or name in _BRACKET_MEDIA:
        taken.append(("chrome", " ".join(f"[{name}{attrs}] {held}".split())))
    else:
        out.extend(["", *inside, ""])


def _component_ends(lines: list[str]) -> dict[str, list[int]]:
    """The lines that can close an MDC component, by their colons ('::', ':::'), in order."""
    ends: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        bare = line.strip()
        if len(bare) >= 2 and not bare.strip(":"):
            ends.setdefault(bare, []).append(n)
    return ends


def _component_end(ends: dict[str, list[int]], opened: int, colons: str) -> int:
    """The line closing an MDC component: its own colons alone (a nested one has more)."""
    after = ends.get(colons, [])
    at = bisect.bisect_right(after, opened)
    return after[at] if at < len(after) else -1


def _container(opening: re.Match[str]) -> bool:
    """An MDC component with no props whose name says it only holds text: '::prose-section'."""
    name = opening.group("name").lower()
    return not opening.group("props") and _PROSE_COMPONENTS.match(name) is not None


def _component(
    opening: re.Match[str],
    inside: list[str],
    out: list[str],
    taken: list[tuple[str, str]],
    figures: list[Picture],
) -> None:
    """An MDC block component read into `out` (a figure as its mark, the text of one that
    holds prose) or `taken` (a note to the desk, a widget with its words)."""
    name = opening.group("name").lower()
    props = {
        m.group("key").lstrip(":").lower(): m.group("double") or m.group("single") or ""
        for m in _PROP.finditer(opening.group("props") or "")
    }
    if inside[:1] and inside[0].strip() == "---" and "---" in (x.strip() for x in inside[1:]):
        close = next(i for i in range(1, len(inside)) if inside[i].strip() == "---")
        for line in inside[1:close]:  # props as YAML: 'heading: Support ...'
            key, colon, value = line.partition(":")
            if colon:
                props[key.strip().lower()] = value.strip().strip("'\"")
        inside = inside[close + 1 :]
    text = [line for line in inside if not _SLOT.match(line.strip())]
    held = " ".join(" ".join(text).split())
    if re.search(r"figure|image|img|photo|picture", name) and props.get("src"):
        src = props["src"]
        raw_credit = " ".join(props.get("credit", "").split())
        credit = split_credit(raw_credit)[1] or raw_credit if raw_credit else ""
        caption = held or props.get("caption", "")
        _figure(out, figures, src, caption=caption, credit=credit, alt=props.get("alt", ""))
    elif name in _DEK_COMPONENTS and held:
        out.extend(["", f"Dek: {held}", ""])  # (read as a labelled dek)
    elif name in _BYLINE_COMPONENTS and (names := held or _named(props)):
        out.extend(["", names if BYLINE.match(names) else f"By {names}", ""])
    elif (note := _NOTE_COMPONENTS.match(name) is not None) or _WIDGET_COMPONENTS.search(name):
        kind = "note" if note else "chrome"
        words = " ".join(v for k, v in props.items() if k not in ("src", "to", "href", "icon"))
        taken.append((kind, " ".join(f"::{name} {words} {held}".split())))
    else:
        out.extend(["", *text, ""])


def _named(props: dict[str, str]) -> str:
    """The names a byline component's props give: 'authors="A and B"', 'author="A"'."""
    return next(
        (props[k] for k in ("authors", "author", "names", "name", "by") if props.get(k)), ""
    )


def _wrapper(opening: re.Match[str], inside: list[str]) -> bool:
    """An MDC component that no name of its own says how to read (not a figure, a dek, a
    byline, a note or a widget) and that holds components of its own: a layout's
    '::full-bleed' around a ':::story-figure'."""
    name = opening.group("name").lower()
    if (
        re.search(r"figure|image|img|photo|picture", name)
        or name in _DEK_COMPONENTS
        or name in _BYLINE_COMPONENTS
        or _NOTE_COMPONENTS.match(name)
        or _WIDGET_COMPONENTS.search(name)
    ):
        return False
    colons = len(opening.group("colons"))
    return any(
        (inner := _COMPONENT.match(line.strip())) and len(inner.group("colons")) > colons
        for line in inside
    )


def _myst_marks(body: str, taken: list[tuple[str, str]] | None = None) -> str:
    """A MyST file's text without its comment lines (kept in `taken` as notes), targets, cell
    breaks and roles (a role keeps its words); any other Markdown as it is."""
    if not _MYST.search(body):
        return body
    if taken is not None:
        taken += [
            ("note", m.group()[1:].strip())
            for m in _MYST_LINE.finditer(body)
            if m.group()[:1] == "%"
        ]
    return _ROLE.sub(r"\g<text>", _MYST_LINE.sub("", body))


def _prose(lines: list[str]) -> bool:
    """Lines of a story's text, not code: each a sentence or more."""
    said = [line.strip() for line in lines if line.strip()]
    return bool(said) and all(
        len(line.split()) >= 4 and line.endswith((".", "?", "!", '"', "”", "’")) for line in said
    )


class _Closers:
    """The lines that can close a fence (only the fence's characters), found once: a fence's
    closing line is the first one after it of its character and at least its length."""

    def __init__(self, lines: list[str]) -> None:
        self.at: dict[str, list[tuple[int, int]]] = {}
        for n, line in enumerate(lines):
            bare = line.strip()
            if len(bare) >= 3 and bare[0] in "`~:" and not bare.strip(bare[0]):
                self.at.setdefault(bare[0], []).append((n, len(bare)))
        self.unclosed: dict[str, int] = {}  # per character, the shortest fence left open

    def after(self, opened: int, fence: str) -> int:
        """The line closing the fence opened at `opened`, or -1 (a fence left open)."""
        char, size = fence[0], len(fence)
        if size >= self.unclosed.get(char, size + 1):
            return -1  # (a longer fence than one that found no closing line finds none)
        candidates = self.at.get(char, [])
        start = bisect.bisect_left(candidates, (opened + 1, 0))
        for n, length in candidates[start:]:
            if length >= size:
                return n
        self.unclosed[char] = min(size, self.unclosed.get(char, size))
        return -1


# a Logseq page: its properties ('authors:: [[Ana Ruiz]]'), then its blocks as bullets, each
# perhaps with its own properties, a task's marker, a log, a quote block
_LOGSEQ: Final = re.compile(r"\A(?:[\w-]+:: [^\n]*\n)+")
_LOGSEQ_PROPERTY: Final = re.compile(r"^(?P<key>[\w-]+):: ?(?P<value>.*)$")
# (a task's marker; 'NOW' and 'LATER' only before a word in lower case: not 'NOW President')
_LOGSEQ_TASK: Final = re.compile(
    r"^(?:(?:TODO|DOING|DONE|WAITING|WAIT|CANCELED|CANCELLED)\b|(?:NOW|LATER) (?=[a-z]))"
)
_LOGSEQ_DRAWER: Final = re.compile(r"^:(?P<name>[A-Z]+):$")
_LOGSEQ_MARKS: Final = re.compile(r"\(\([0-9a-f-]{36}\)\)|#\[\[[^\]]*\]\]|\{:[^{}]*\}")
_LOGSEQ_PAGE: Final = re.compile(r"\[\[([^\]]+)\]\]")
# a section of a page kept for the desk: 'Desk notes', 'Art', 'Photos', 'To do'
_LOGSEQ_NOTES: Final = re.compile(
    r"^(?:desk notes?|notes?|reporting notes?|art|photos?|to ?do|tasks?|questions?|sources?|"
    r"contacts?|research|interviews?|links?|to check|fact ?check(?:ing)?|tk)$",
    re.I,
)


def _logseq(text: str) -> tuple[dict[str, Any], str, list[str]] | None:
    """A Logseq page's properties (a 'title' is the page's name, kept apart from the
    headline), its blocks as Markdown paragraphs (a 'Headline' section's first block labelled
    as the headline, a picture's 'caption::' and 'credit::' as labelled lines), and what it
    keeps for the desk: tasks, logs, struck-out lines, sections of notes."""
    found = _LOGSEQ.match(text)
    if found is None:
        return None
    said = [line.strip() for line in text[found.end() :].splitlines() if line.strip()]
    if not said or sum(line.startswith("- ") for line in said) * 2 < len(said):
        return None  # (a draft opening with a note app's fields: 'status:: draft')
    fields: dict[str, Any] = {}
    for line in found.group().splitlines():
        prop = _LOGSEQ_PROPERTY.match(line)
        if prop:
            value = prop.group("value").strip()
            pages = _LOGSEQ_PAGE.findall(value)
            fields[prop.group("key").lower()] = (
                pages if len(pages) > 1 else _LOGSEQ_PAGE.sub(r"\1", value)
            )
    sections = re.search(r"^\s*- #{1,6} (?:headline|hed)\s*$", text, re.I | re.M)
    if "title" in fields and sections:
        fields["page"] = fields.pop("title")  # the page's name: the section holds the headline
    out: list[str] = []
    notes: list[str] = []
    section = ""  # the heading of the top-level section the block is in
    drawer = False
    for raw in text[found.end() :].splitlines():
        depth = len(raw) - len(raw.lstrip("\t "))
        line = raw.strip()
        bullet = line.startswith("- ") or line == "-"
        line = _LOGSEQ_MARKS.sub("", line[2:] if bullet else line).strip()
        if drawer and not bullet:
            drawer = line != ":END:"
            continue
        drawer = False  # (a drawer never closed ends with its block)
        if not line or line in ("#+BEGIN_QUOTE", "#+END_QUOTE"):
            if bullet:
                out.append("")  # (a block of its own begins: its lines are not the last one's)
            continue
        if _LOGSEQ_DRAWER.match(line):
            drawer = True
            continue
        prop = _LOGSEQ_PROPERTY.match(line)
        if prop:
            key = prop.group("key").lower()
            if key in ("caption", "credit", "alt"):
                out.append(f"{key.title()}: {prop.group('value').strip()}")
            continue
        if line.startswith(("SCHEDULED:", "DEADLINE:")):
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading and depth == 0:
            section = heading.group(2).strip().lower()
            if _LOGSEQ_NOTES.match(section):
                notes.append(heading.group(2).strip())
            elif section not in ("headline", "hed", "story", "body", "text", "copy"):
                out += ["", line, ""]
            continue
        if (
            _LOGSEQ_NOTES.match(section)
            or _LOGSEQ_TASK.match(line)
            or (line.startswith("~~") and line.endswith("~~"))
        ):
            notes.append(line.strip("~ "))
        elif section in ("headline", "hed") and bullet:
            if not any(o.startswith("Headline: ") for o in out):
                out += ["", f"Headline: {line}", ""]
            else:
                notes.append(line)  # another headline offered
        elif bullet:
            out += ["", line]
        elif out and out[-1]:
            out[-1] += " " + line  # a block's next line
        else:
            out.append(line)
    return fields, "\n".join(out), [n for n in notes if n]


# Kirby's content file: fields ('Title: ...', 'Text: ...') set apart by lines of four dashes
_KIRBY_FIELD: Final = re.compile(r"\A(?P<key>[A-Za-z][\w-]{0,40}):[ \t]*(?P<value>.*)\Z", re.S)
_KIRBY_BODY: Final = ("text", "body", "content", "story")
# a Kirbytag's opening ('(image: a.jpg alt: ... caption: ...)', '(link: https://... text: ...)')
# and the names of its attributes
_KIRBY_OPENING: Final = re.compile(r"\((?P<tag>image|figure|link|email|file|video|tel):\s*")
_KIRBY_ATTRIBUTE: Final = re.compile(
    r"(?:^|\s)(?P<key>alt|caption|class|credit|height|width|imgclass|link|linkclass|rel|target|"
    r"text|title|popup|lang|role|srcset):\s"
)


def _kirbytags(body: str) -> str:
    """The text with each Kirbytag read (`_kirbytag`), its parentheses matched however deep
    they go in its caption; a tag never closed is left as it is."""
    out: list[str] = []
    at = 0
    while (opening := _KIRBY_OPENING.search(body, at)) is not None:
        depth, end = 1, opening.end()
        while end < len(body) and depth:
            depth += {"(": 1, ")": -1}.get(body[end], 0)
            end += 1
        if depth:  # (never closed: no later tag is closed either)
            break
        tag = _kirbytag(opening.group("tag"), body[opening.end() : end - 1])
        out += [body[at : opening.start()], tag]
        at = end
    return "".join([*out, body[at:]])


def _kirby(text: str) -> tuple[dict[str, Any], str] | None:
    """A Kirby content file's fields (its list fields as lists, keys lowercased) and its text
    field, with the Kirbytags in it read; None for any other Markdown."""
    parts = re.split(r"\n[ \t]*----[ \t]*\n", text.strip("\n"))
    if len(parts) < 3:
        return None
    fields: dict[str, Any] = {}
    for part in parts:
        found = _KIRBY_FIELD.match(part.strip())
        if found is None:
            return None
        value = found.group("value").strip()
        said = [line.strip() for line in value.splitlines() if line.strip()]
        listed = bool(said) and all(line.startswith("- ") for line in said)
        fields[found.group("key").lower()] = [line[2:] for line in said] if listed else value
    body_key = next((k for k in _KIRBY_BODY if k in fields), "")
    if not body_key or "title" not in fields:
        return None
    body = re.sub(r"^\\----", "----", str(fields.pop(body_key)), flags=re.M)  # '\\----'
    for key, value in list(fields.items()):
        if isinstance(value, list):  # a users or pages field holds ids, never names
            fields[key] = [v for v in value if not re.match(r"^(?:user|page|file)://", v)]
    cover = fields.pop("cover", "")
    if cover:  # the lead picture, with its cover-caption, cover-credit and cover-alt
        fields["cover-image"] = cover[0] if isinstance(cover, list) else cover
    return fields, _kirbytags(body)


def _kirbytag(tag: str, held: str) -> str:
    """A Kirbytag as Markdown: a picture as an image line, a link or address as its words."""
    value, *rest = _KIRBY_ATTRIBUTE.split(" " + held.strip())
    value = value.strip()
    values = dict(zip(rest[::2], (v.strip() for v in rest[1::2]), strict=False))
    if tag in ("image", "figure"):
        alt = values.get("alt", "").replace("]", ")").replace("[", "(")
        caption = values.get("caption", "")
        if values.get("credit"):
            caption = f"{caption} ({values['credit']})".strip()
        return f"\n\n![{alt}]({value}) {caption}\n\n"
    return values.get("text", "") or value


# MultiMarkdown's metadata at the top of a file: 'Title: ...', 'Author: ...', 'Base Header
# Level: 2', one key a line (a key's value may go on over indented lines), then a blank line
_MMD_METADATA: Final = re.compile(
    r"\A(?:[A-Za-z][\w -]{0,30}:[^\n]*\n(?:[ \t]+\S[^\n]*\n)*){2,}(?:[ \t]*\n|\Z)"
)
_MMD_KEY: Final = re.compile(r"^([A-Za-z][\w -]{0,30}):[ \t]*(.*)$")
# the keys MultiMarkdown and Scrivener write: a block of 'Key: value' lines is metadata only
# when its first key is one of them ('Q: ...' and 'A: ...' open an interview)
_MMD_KEYS: Final = frozenset(
    (
        *("title", "subtitle", "author", "authors", "date", "affiliation", "address"),
        *("base header level", "keywords", "tags", "css", "copyright", "language", "format"),
        *("quotes language", "project", "status", "word count", "slug", "summary"),
        *("description", "dek", "byline", "latex config", "html header", "comment"),
    )
)
# CriticMarkup, as Scrivener and other editors track changes in Markdown: an insertion, a
# deletion, a substitution, a highlight and a comment (and GitLab's two marks of its own)
# (each change is read without braces inside it, so a change inside a change is accepted
# first and the one around it next, and an opening mark never closed is left as it is)
_CRITIC: Final = re.compile(
    r"\{\+\+(?P<added>[^{}]*?)\+\+\}|\{--(?P<deleted>[^{}]*?)--\}|"
    r"\{~~(?P<old>[^{}]*?)~>(?P<new>[^{}]*?)~~\}|\{==(?P<marked>[^{}]*?)==\}|"
    r"\{>>(?P<comment>[^{}]*?)<<\}|"
    # and GitLab's inline diff, as an editor marks a change in an issue's text: '{+ added +}',
    # '{- deleted -}'
    r"\{\+(?![+])(?P<inserted>[^{}]*?)(?<![+])\+\}|\{-(?!-)(?P<removed>[^{}]*?)(?<!-)-\}"
)
_NESTED: Final = 8  # the deepest change inside changes that is accepted


def _is_mmd(values: dict[str, Any]) -> bool:
    """Whether a block of 'Key: value' lines, read by `_mmd_metadata`, is MultiMarkdown's
    metadata: its first key is one MultiMarkdown writes, and every key is a word or more,
    not 'Q' or 'A'."""
    return next(iter(values), "") in _MMD_KEYS and all(len(k) > 1 for k in values)


def _mmd_metadata(text: str) -> dict[str, Any]:
    """MultiMarkdown's metadata as a front matter would give it, keys lowercased: 'Title',
    'Subtitle', 'Author' (names joined by 'and' or ',' are read as a byline line; a key
    given twice keeps both values)."""
    values: dict[str, Any] = {}
    key = ""
    for line in text.splitlines():
        found = _MMD_KEY.match(line)
        if found and not line[:1].isspace():
            key = found.group(1).strip().lower()
            value, before = found.group(2).strip(), values.get(key, "")
            values[key] = f"{before}; {value}" if before and value else value or before
        elif key and line.strip():
            values[key] = f"{values[key]} {line.strip()}"
    if "author" in values:
        values["author"] = [n for part in values["author"].split(";") for n in listed_names(part)]
    return values


# Ulysses' Markdown XL, known by its comment paragraph ('%% Sasha — v3 for ...'), which no
# other Markdown writes alone on a line (Obsidian closes its '%%'): inline comments ('++...++'),
# deleted text ('||...||'), annotations ('{words}(note)'), marks ('::words::') and raw source
# ('~~<div ...>')
_ULYSSES_COMMENT: Final = re.compile(r"^%%[ \t]+(?!.*%%)(?P<note>.+)$", re.M)
_OBSIDIAN_COMMENT: Final = re.compile(r"%%([^%\n]{1,2000})%%[ \t]*")
_ULYSSES_MARKS: Final = re.compile(
    r"\+\+(?P<comment>[^+\n]{1,400})\+\+|\|\|(?P<deleted>[^|]{1,4000})\|\||"
    r"\{(?P<annotated>[^{}\n]{1,300})\}\((?P<annotation>[^()\n]{1,400})\)|"
    r"::(?P<marked>[^:\n]{1,1000})::|^~~(?P<raw>.*)$",
    re.M,
)


def _ulysses_marks(body: str) -> tuple[str, list[str]]:
    """The text of a Ulysses sheet (deleted text dropped, marked and annotated words kept),
    and its comments and annotations, which are notes to the desk; the text as it is when
    it is no such sheet."""
    if "%%" not in body or not _ULYSSES_COMMENT.search(body):
        return body, []
    notes = [" ".join(m.group("note").split()) for m in _ULYSSES_COMMENT.finditer(body)]
    body = _ULYSSES_COMMENT.sub("", body)

    def read(mark: re.Match[str]) -> str:
        if mark.group("comment") is not None:
            notes.append(" ".join(mark.group("comment").split()))
            return ""
        if mark.group("annotated") is not None:
            notes.append(" ".join(mark.group("annotation").split()))
            return mark.group("annotated")
        return mark.group("marked") or ""  # (deleted text and raw source: nothing)

    body = _ULYSSES_MARKS.sub(read, body)
    return re.sub(r"[ \t]{2,}", " ", body), [n for n in notes if n]


def _critic_markup(body: str) -> tuple[str, list[str]]:
    """The text with its tracked changes accepted (insertions kept, deletions dropped, the new
    words of a substitution, a highlight's words), and its comments, which are notes."""
    comments: list[str] = []

    def accept(change: re.Match[str]) -> str:
        if change.group("comment") is not None:
            comments.append(" ".join(change.group("comment").split()))
            return ""
        for part in ("added", "new", "marked", "inserted"):
            if change.group(part) is not None:
                return change.group(part)
        return ""  # a deletion

    for _ in range(_NESTED):
        if "{" not in body:
            break
        body, n = _CRITIC.subn(accept, body)
        if not n:
            break
    return body, [c for c in comments if c]


# a bracketed span with Pandoc's attributes, as `pandoc --track-changes=all` writes a Word
# file's edits and comments: '[words]{.insertion author="..."}', '[words]{.deletion ...}',
# '[comment]{.comment-start id="0" ...}' before the words it is on and '[]{.comment-end
# id="0"}' after them, a bookmark '[]{#_Toc123 .anchor}', a highlight '[words]{.mark}';
# its words run across the lines of one paragraph, never past a blank line
_PANDOC_SPAN: Final = re.compile(
    r"\[(?P<text>(?:[^\[\]\n]|\n(?![ \t]*\n))*)\]"
    r"\{(?P<attrs>(?:[#.][\w:-]+|[\w-]+=)[^{}\n]*)\}"
)
_SPAN_CLASSES: Final = re.compile(r"(?:^|\s)\.([\w-]+)")
_DROPPED_SPANS: Final = frozenset(
    ("deletion", "comment-end", "paragraph-insertion", "paragraph-deletion", "anchor")
)


def _pandoc_spans(body: str) -> tuple[str, list[str]]:
    """The text with Pandoc's bracketed spans read: tracked changes accepted (an insertion's
    words kept, a deletion's dropped), a comment taken out as a note, a bookmark dropped, any
    other span's words kept; and the comments."""
    if "]{" not in body:
        return body, []
    comments: list[str] = []

    def read(span: re.Match[str]) -> str:
        classes = set(_SPAN_CLASSES.findall(span.group("attrs")))
        if "comment-start" in classes:
            comments.append(" ".join(span.group("text").split()))
            return ""
        return "" if classes & _DROPPED_SPANS else span.group("text")

    read_body = _PANDOC_SPAN.sub(read, body)
    if read_body != body and _TRACKED.search(body):  # a Word file's edits, as Pandoc writes
        read_body = _PANDOC_WRAP.sub(" ", read_body)  # them: its paragraphs wrapped at spaces
    return read_body, [c for c in comments if c]


# struck words ('~~would be heartbroken~~') and highlighted ones ('==$14 million==') in a line
_STRUCK: Final = re.compile(r"(?<!~)~~(?=[^\s~])([^~\n]+?)(?<=[^\s~])~~(?!~)")
_MARKED: Final = re.compile(r"(?<!=)==(?=[^\s=])([^=\n]+?)(?<=[^\s=])==(?!=)")
_TRACKED: Final = re.compile(r"\{\.(?:insertion|deletion|comment-start|paragraph-insertion) ")
# a line break inside a paragraph that is no block's start (a heading, a list, a quote...)
_PANDOC_WRAP: Final = re.compile(
    r"(?<=\S)[ \t]*\n(?![ \t]*(?:\n|#|>|[-*+][ \t]|\d+[.)][ \t]|\||:::|```))"
)


# a fenced container ('::: {.desk-note}', HackMD's ':::warning') and a footnote
# ('[^1]: ...'), as Pandoc and note apps write them, and a footnote's mark in the text
_CONTAINER: Final = re.compile(
    r"^:::+[ \t]*\{?[ \t]*\.?(?P<kind>[\w-]*)[^\n]*\n(?P<inside>.*?)^:::+[ \t]*$", re.M | re.S
)
_CLOSING_FENCE: Final = re.compile(r"^:::+[ \t]*$", re.M)
_ASIDES: Final = frozenset(("margin", "aside", "sidebar"))  # MyST's and Pandoc's asides
_NOTE_KINDS: Final = re.compile(
    r"^(?:info|warning|danger|success|spoiler|caution|tip|todo)$|note|desk|editor|comment"
)
_FOOTNOTE: Final = re.compile(r"^\[\^[^\]\s]+\]:[ \t]*(?P<note>.*(?:\n(?:    |\t).*)*)", re.M)
_FOOTNOTE_MARK: Final = re.compile(r"\[\^[^\]\s]+\](?!:)")


def _desk_notes(body: str) -> tuple[str, list[str], list[str]]:
    """The Markdown without its notes to the desk (footnotes, containers of a note's kind;
    other containers keep their text, without their fences), those notes, and the asides it
    set in the margin ('::: {margin}', '::: {aside}'), which are no part of the story."""
    notes: list[str] = []
    asides: list[str] = []

    def container(match: re.Match[str]) -> str:
        if match.group("kind").lower() in _ASIDES:  # MyST's margin: a related link
            asides.append(" ".join(match.group("inside").split()))
            return "\n\n"
        if _NOTE_KINDS.search(match.group("kind").lower()):
            notes.append(" ".join(match.group("inside").replace("**", "").split()))
            return "\n\n"
        return "\n\n" + match.group("inside") + "\n\n"

    def footnote(match: re.Match[str]) -> str:
        notes.append(" ".join(match.group("note").split()))
        return "\n\n"

    closing = [m.end() for m in _CLOSING_FENCE.finditer(body)]
    if closing:  # (a fence opened after the last closing one holds nothing: never scanned)
        body = _CONTAINER.sub(container, body[: closing[-1]]) + body[closing[-1] :]
    body = _FOOTNOTE_MARK.sub("", _FOOTNOTE.sub(footnote, body))
    return body, [n for n in notes if n], [a for a in asides if a]


def _italic_caption(text: str) -> str:
    """The caption an italic line under an image gives, its credit after it kept:
    '*Cots on a gym floor.* (Photo: Ana Diaz)'; "" when the line is not that."""
    whole = _EMPHASIS.match(text)
    if whole:
        return whole.group(2).strip()
    opening = _OPENING_EMPHASIS.match(text)
    if opening and is_credit_line(opening.group(3)):
        return f"{opening.group(2).strip()} {opening.group(3)}"
    return ""


# a caption line as a chat assistant writes one: its label in bold, its credit in brackets
# in italics ('**Photo 1:** Boats at their moorings. *(Photo: Ana Diaz)*')
_MARKED_CAPTION: Final = re.compile(
    r"^(?:(?P<bold>\*\*|__)(?P<label>[^*_\n]{1,30}:)(?P=bold)\s+)?(?P<caption>[^\n]+?)\s+"
    r"(?P<mark>[*_])(?P<credit>\([^()\n]+\))(?P=mark)$"
)


def _marked_caption(text: str) -> str:
    """A caption line without the emphasis around its label and credit ('Photo 1: Boats at
    their moorings. (Photo: Ana Diaz)'), when what the brackets hold is a credit; else ''."""
    found = _MARKED_CAPTION.match(text)
    if not found:
        return ""
    label = f"{found.group('label')} " if found.group("label") else ""
    plain = f"{label}{found.group('caption')} {found.group('credit')}"
    return plain if split_credit(plain)[1] else ""


# a paragraph's opening dateline set in bold, its dash inside or outside the stars
_BOLD_DATELINE: Final = re.compile(
    r"^(\*\*|__)([^*_\n]{2,60}?(?:—|–|--))\1\s*|"
    # ('**TUCSON, Ariz.** — The board ...': the place alone in bold, a capital opening it)
    r"^(\*\*|__)(?=[A-Z]{2})([^*_\n]{2,60}?)\3(?=[ \t]*(?:—|–|--)[ \t])"
)
_OPENING_EMPHASIS: Final = re.compile(r"^([*_]{1,3})(?=\S)(.+?)(?<=\S)\1\s+(.+)$")


# what a note-taking app or a site generator puts in a Markdown file that is no part of
# the story: a component's import ('import Figure from "..."'), a callout's head
# ('> [!note] For the desk'), a line of tags ('#draft #county'), a page's properties
# ('Created: ...', 'Last edited time: ...'), a template's include ('{% include x.html %}'),
# a blog platform's embed ('%[https://...]')
_TOOLING: Final = re.compile(
    r"^(?:import\s+[\w{}\s,*]+\s+from\s+['\"][^'\"]+['\"];?|export\s+(?:const|default)\b.*|"
    r"(?:#[\w-]+\s*){1,8}|\{%.*%\}|\{\{[<%].*[>%]\}\}|<[A-Z]\w*[^>]*/?>|</[A-Z]\w*>|"
    # MultiMarkdown's abbreviation ('*[COO]: chief operating officer') and file transclusion
    r"\*\[[^\]]{1,30}\]:.*|\{\{[^{}]{1,200}\}\}|"
    # Hashnode's embed of a page and its widget, written on a line of their own: '%[https://
    # ...]', '%%[series-box]'
    r"%\[(?:https?:)?//[^\]\s]+\]|%%\[[\w-]{1,60}\]|"
    # GitLab's quick actions, run when an issue is saved: '/label ~"desk::county"', '/assign @ana'
    r"/(?:label|unlabel|relabel|assign|unassign|reassign|milestone|due|cc|close|reopen|"
    r"estimate|spend|weight|epic|iteration|relate|todo|done|lock|unlock|confidential|"
    r"health_status|severity|copy_metadata)(?:\s+\S.*)?|"
    r"(?:created|last edited(?: time)?|created by|last edited by|tags|status|publish date|"
    r"property|assign(?:ed|ee)|due)\s*:.*)$",
    re.I,
)
_LINKED: Final = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\([^()\s]*\)")  # a link: [words](address)
_WIKILINK: Final = re.compile(r"(?<!!)\[\[(?P<page>[^\]|[]+)(?:\|(?P<shown>[^\][]*))?\]\]")
_CALLOUT: Final = re.compile(r"^\[!(?P<kind>\w+)\][-+]?\s*(?P<title>.*)$")
# a note's line of labelled links to other notes, as Foam and Obsidian users keep one under a
# note's title: 'Filed for: [[weekly]] · Sources: [[sources/ana-ruiz]], [[sources/port]]'
# (what is left when its links are taken out: the labels and the marks between them, each
# label's words read one way, so a line of many labels is read in linear time), its links
# to other notes, not all of them people's or places' names shown to a reader ('Reporter:
# [[Li Wei]]', a vote's 'Yes: [[Dana Whitlock]], [[Sam Ortiz]]': the story's lines)
_LINKS_LINE: Final = re.compile(r"^\s*(?:[\w'’-]+(?: [\w'’-]+){0,4} ?:[\s,;·|•]*)+$")
# a proper name, each word capitalized but its joiners: 'Dana Whitlock', 'Port of Kelp Harbor'
_PROPER_NAME: Final = re.compile(
    r"^(?-i:[A-Z])[\w'’.-]*(?: (?:(?:of|the|and|de|del|la|da|du|van|von|&) )?"
    r"(?-i:[A-Z])[\w'’.-]*){0,5}$"
)
# a picture's file, embedded by its name ('![[bridge.jpg]]'); any other name a note embeds
# is another note ('![[desk-notes-crab-pots]]'), whose text the file does not hold
_PICTURE_FILE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|tiff?|heic|avif|bmp)$", re.I)
# an image embedded by its name alone, as note-taking apps write it: '![[bridge.jpg]]'
_EMBEDDED: Final = re.compile(r"^!\[\[(?P<src>[^\]|]+)(?:\|(?P<alt>[^\]]*))?\]\]\s*(?P<rest>.*)$")


# a picture's size after an embed's bar, in pixels: '|640', '|640x480'
_EMBED_SIZE: Final = re.compile(r"(?:^|\|)\s*\d{1,5}(?:\s*x\s*\d{0,5})?\s*$")


def _embed_alt(after_bar: str) -> str:
    """The alt text of a picture embedded by name, from what follows the bar: Obsidian reads
    a number there as the picture's width ('![[hut.jpg|640]]', '![[hut.jpg|Roof|640x480]]'),
    and the words before it as its alt text."""
    return _EMBED_SIZE.sub("", after_bar).strip()


def _markdown_block(block: Block, references: dict[str, tuple[str, str]]) -> Block:
    text = block.text
    if _DOCSIFY_HELPER.match(text):
        return Block(text[2:].strip(), "p", block.group, "chrome")
    quoted = text.startswith(">")
    text = text.lstrip("> ").strip() if quoted else text
    if quoted and _QUOTED_NOTE.match(text):
        return Block(text.replace("**", ""), "p", block.group, "note")
    if picture := _component_picture(text):
        return Block(picture.caption, "image", block.group, picture=picture)
    if "](" in text and BYLINE.match(unlinked := _LINKED.sub(r"\1", text)):
        return Block(unlinked, block.kind, block.group, block.hint)  # 'By [Ana Ruiz](/ana)'
    whole = text.startswith("[[") and text.endswith("]]")  # '[[a note to the desk]]'
    if (
        "[[" in text
        and not whole
        and not all(
            _PROPER_NAME.match(m.group("page").strip())
            or _PROPER_NAME.match((m.group("shown") or "").strip())
            for m in _WIKILINK.finditer(text)
        )
        and _LINKS_LINE.match(_WIKILINK.sub("", text))
    ):
        return Block(text, "p", block.group, "chrome")  # 'Filed for: [[a]] · Sources: [[b]]'
    if "[[" in text and not whole and not text.startswith("![["):  # a link: [[Page|shown]]
        text = _WIKILINK.sub(lambda m: m.group("shown") or m.group("page"), text)
        block = Block(text, block.kind, block.group, block.hint)
    if quoted and _CALLOUT.match(text):
        return Block(_CALLOUT.sub(r"\g<title>", text), "p", block.group, "note")
    if _TOOLING.match(text) and not text.startswith("# "):
        return Block(text, "p", block.group, "chrome")
    if content := _content_block(text, block.group):
        return content
    embedded = _EMBEDDED.match(text)
    if embedded and not _PICTURE_FILE.search(embedded.group("src").split("#")[0].strip()):
        return Block(text, "p", block.group, "chrome")  # another note's text, not in the file
    if embedded:
        src = embedded.group("src").strip()
        caption = embedded.group("rest").strip()
        picture = Picture(
            caption=caption,
            alt=_embed_alt(embedded.group("alt") or ""),
            name=src.rsplit("/", 1)[-1],
            source=src,
        )
        return Block(caption, "image", block.group, picture=picture)
    # (the talk around a chat's story stays furniture when the export is Markdown)
    block = Block(text, block.kind, block.group, "chrome" if block.hint == "chrome" else "")
    reference = _REFERENCE_IMAGE.match(text)
    if reference:
        ref = (reference.group("ref") or reference.group("alt")).lower()
        src, title = references.get(ref, ("", ""))
        caption, alt = reference.group("rest").strip(), reference.group("alt").strip()
        shown, credit = split_credit(alt)
        if credit and not caption:  # '![Lot B on Monday. Photo: Ana Diaz][lotb]': a figure
            caption, alt = f"{shown} ({credit})" if shown else alt, title.strip()
        picture = Picture(caption=caption, alt=alt, name=src.rsplit("/", 1)[-1], source=src)
        return Block(caption, "image", block.group, picture=picture)
    heading = _HEADING.match(text)
    if heading:
        kind = "h1" if len(heading.group(1)) == 1 else "h2"
        words = heading.group(2)
        if bolded := _WHOLE_EMPHASIS.match(words):
            words = bolded.group(2)  # a heading set in bold as well: '## **Dairy to ...**'
        return Block(words, kind, block.group)
    image = _IMAGE.match(text)
    if image and _IMAGE_ATTRIBUTES.match(image.group("rest").strip()):
        return _pandoc_figure(image, block.group)
    if image and _SOUND.search(_source(image)):
        # a voice note an export sets as an image ('![a.m4a](./media/a.m4a)'): an
        # attachment, neither a picture nor words of the story
        return Block(text, block.kind, block.group, "chrome")
    if image:
        src = _source(image)
        caption = image.group("rest").strip()
        alt = _SIZE_SUFFIX.sub("", image.group("alt").strip())
        titled, credit = _titled_caption(image.group("title"), alt, caption)
        picture = Picture(
            caption=caption or titled,
            credit=credit,
            # (not the word a note app writes for a picture nobody described: '![image](...)')
            alt=("" if placeholder_alt(alt) else alt) or _image_title(image.group("title")),
            name=src.rsplit("/", 1)[-1],
            source=src,
        )
        return Block(caption, "image", block.group, picture=picture)
    if text.endswith((")*", ")_")) and (caption := _marked_caption(text)):
        return Block(caption, block.kind, block.group)  # '**Photo 1:** ... *(Photo: A)*'
    if bold := _BOLD_DATELINE.match(text):  # '**OMAK, Wash. —** The county ...'
        if bold.group(2):
            return Block(f"{bold.group(2)} {text[bold.end() :]}", block.kind, block.group)
        return Block(f"{bold.group(4)}{text[bold.end() :]}", block.kind, block.group)
    emphasis = _EMPHASIS.match(text)
    if emphasis:  # a whole line in italics: a caption, a contributor line, a note
        return Block(emphasis.group(2).strip(), block.kind, block.group)
    return block


# an iA Writer content block: a line that is a file's path, perhaps with a quoted title
_CONTENT_BLOCK: Final = re.compile(
    r"^(?P<src>/?(?:[\w.-]+/)*[\w.-]+\.(?P<ext>[a-z0-9]{2,5}))(?:\s+\"(?P<title>[^\"]*)\")?$", re.I
)
_IMAGE_FILES: Final = frozenset(("jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "heic"))


# an image whose brackets open on one line and close on a later one of its paragraph
_BROKEN_IMAGE: Final = re.compile(
    r"^[ \t]*!\[[^\[\]\n]*(?:\n[ \t]*[^\[\]\s][^\[\]\n]*){1,8}\]\([^()\n]*\)", re.M
)
# an image's Pandoc attributes that give its size, as Pandoc writes a Word file's picture
# ('![its description](media/image1.jpeg){width="6.5in" height="4.3in"}')
_SIZED: Final = re.compile(r"^!\[.*\]\([^()]*\)\{[^{}]*\b(?:width|height)=[^{}]*\}$", re.S)


# a picture set as a link to its full size, as a wiki's image manager inserts a gallery
# thumbnail: '[![alt](.../scaled-1680-/a.jpg)](.../a.jpg)'
_LINKED_IMAGE: Final = re.compile(
    r"^\[(!\[[^\[\]\n]*\]\([^()\s]+(?:\s+\"[^\"\n]*\")?\))\]\([^()\s]+\)[ \t]*$", re.M
)
# a folded box whose summary says it holds notes, not the story
_NOTES_DETAILS: Final = re.compile(
    r"^[ \t]*<details\b[^>]*>\s*<summary>[^<]{0,80}?\b(?:notes?|not for publication|for the desk)"
    r"\b[^<]{0,80}</summary>.*?^[ \t]*</details>[ \t]*$",
    re.I | re.M | re.S,
)


def _comment_of(text: str) -> str:
    return f"<!-- {text.replace('-->', '-- >').replace('<!--', '<! --')} -->"


# a picture as HTML alone in a box on its line: '<div drawio-diagram="57"><img ...></div>'
_HTML_IMAGE_LINE: Final = re.compile(
    r"^[ \t]*<(?P<box>div|p|span)\b[^<>\n]*>[ \t]*(?P<img><img\b[^<>\n]*>)[ \t]*</(?P=box)>[ \t]*$",
    re.M,
)


def _markdown_image(found: re.Match[str]) -> str:
    shown = _attributes(found.group("img"))
    src = shown.get("src", "")
    if not src:
        return found.group()
    alt = shown.get("alt", "").replace("[", "(").replace("]", ")")
    return f"![{alt}](<{src}>)"


# emphasis around the whole of a heading's words, as a PDF converter writes a bold heading
_WHOLE_EMPHASIS: Final = re.compile(r"^(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1$")


def _credited_caption(text: str) -> bool:
    """A paragraph that is a caption with its credit: '... on Nov. 12. (Courtesy of ...)'."""
    caption, credit = split_credit(text)
    return bool(caption and credit) and len(text.split()) <= 60


def _alt_only(image: Block) -> Block:
    """An image with a caption and no credit, under which an italic line sets the caption
    (as Pandoc writes a Word file's picture: '![its description](a.jpg){width="6in"}'): what
    its brackets hold is its alt text."""
    picture = image.picture
    if picture is None or not picture.caption or picture.credit or picture.alt:
        return image
    return Block(
        "", "image", image.group, picture=replace(picture, caption="", alt=picture.caption)
    )


def _content_block(text: str, group: int) -> Block | None:
    """A content block's picture, or its other file (a table, notes) as no part of the
    story; None for a line that is no content block."""
    found = _CONTENT_BLOCK.match(text)
    if not found or "/" not in found.group("src"):
        return None
    if found.group("ext").lower() not in _IMAGE_FILES:
        return Block(text, "p", group, "chrome")
    src = found.group("src")
    alt = found.group("title") or ""
    picture = Picture(alt=alt.strip(), name=src.rsplit("/", 1)[-1], source=src)
    return Block("", "image", group, picture=picture)


def _pandoc_figure(image: re.Match[str], group: int) -> Block:
    """A standalone image with Pandoc's attributes, a figure: its brackets hold the caption
    (and its credit), `fig-alt` the alt text."""
    values = _attributes(image.group("rest"))
    caption, credit = split_credit(image.group("alt"))
    src = _source(image)
    picture = Picture(
        caption=caption,
        credit=credit,
        alt=_one_line(values.get("fig-alt", "")),
        name=src.rsplit("/", 1)[-1],
        source=src,
    )
    return Block(caption, "image", group, picture=picture)


def _component_picture(text: str) -> Picture | None:
    """The image a site generator's figure component or shortcode shows, from its
    attributes: '{{< figure src="a.jpg" caption="..." credit="..." >}}', '<Figure ... />',
    Zola's '{{ figure(src="a.jpg", caption="...") }}', and a paired shortcode holding its
    caption, its image first: '{{% thumbnail "a.jpg" alt="..." %}}Caption{{% /thumbnail %}}'."""
    if not (text.startswith("{{") or (text[:1] == "<" and text[1:2].isupper())):
        return None
    values = _attributes(text)
    paired = _PAIRED.match(text)
    if paired:
        values.setdefault("src", paired.group("src") or "")
        caption, credit = split_credit(paired.group("held").strip())
        values.setdefault("caption", caption)
        values.setdefault("credit", credit)
    if not values.get("src") or not (values.get("caption") or values.get("alt")):
        return None
    return Picture(
        caption=_one_line(values.get("caption", "")),
        credit=clean_credit(_one_line(values.get("credit", "") or values.get("attr", ""))),
        alt=_one_line(values.get("alt", "")),
        name=values["src"].rsplit("/", 1)[-1],
        source=values["src"],
    )


_PAIRED: Final = re.compile(
    r"^\{\{[<%] *(?P<name>\w+)\s+(?:\"(?P<src>[^\"]+)\"\s*)?[^{}]*[>%]\}\}(?P<held>[^{}]*)"
    r"\{\{[<%] */(?P=name) *[>%]\}\}$"
)


def _attributes(text: str) -> dict[str, str]:
    """The key="value" attributes of a component, shortcode or Pandoc image, keys lowercased."""
    return {
        m.group("key").lower(): m.group("v1") or m.group("v2") or ""
        for m in _ATTRIBUTE.finditer(text)
    }


def _title_block(text: str) -> dict[str, Any]:
    """What a Pandoc title block says, as a front matter would."""
    title, authors, date = ([line[1:].strip() for line in text.splitlines()] + ["", ""])[:3]
    names = [name.strip() for name in authors.split(";") if name.strip()]
    return (
        {"title": title, "author": names, "date": date}
        if date
        else {"title": title, "author": names}
    )


def _toml(text: str, shown: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"its TOML front matter does not parse ({exc}); fix it or remove it", path=shown
        ) from None


# A story stored as a rich-text editor's document (ProseMirror's, as Statamic's Bard and
# Tiptap keep it): a list of nodes, each a 'type' with its 'content' or 'text'.
_EDITOR_KEYS: Final = ("content", "body", "article", "story", "text")
_BLOCK_NODES: Final = frozenset(
    ("paragraph", "heading", "blockquote", "bullet_list", "bulletList", "ordered_list")
) | {"orderedList"}
_MARK_NUMBER: Final = re.compile(r"\x00figure (\d+)\x00")
_MAX_NODES: Final = 20_000


def _editor_document(data: dict[str, Any]) -> tuple[str, list[Picture]] | None:
    """The story an editor's document in the front matter holds, as Markdown with its
    pictures' marks, and its pictures (an image set that is switched off is none)."""
    nodes = next(
        (
            v
            for k in _EDITOR_KEYS
            if isinstance(v := _doc_content(data.get(k)), list)
            and any(_node_type(n) in _BLOCK_NODES for n in v)
        ),
        None,
    )
    if nodes is None:
        return None
    out: list[str] = []
    figures: list[Picture] = []
    budget = [_MAX_NODES]
    for node in nodes[:_MAX_NODES]:
        kind = _node_type(node)
        if not isinstance(node, dict) or not kind:
            continue
        if kind == "set":
            attrs = node.get("attrs")
            values = attrs.get("values") if isinstance(attrs, dict) else None
            if not isinstance(values, dict):
                continue
            image = values.get("image") or values.get("src")
            if values.get("enabled") is False or not isinstance(image, str):
                continue  # a switched-off block, or a set that holds no picture (a pull quote)
            caption = _one_line(values.get("caption") or "")
            credit = clean_credit(_one_line(values.get("credit") or ""))
            _figure(out, figures, image, caption, _one_line(values.get("alt") or ""), credit)
        elif kind in _BLOCK_NODES:
            text = _node_text(node, budget)
            if kind == "heading" and text:
                out += ["", f"## {text}", ""]
            elif kind in ("bullet_list", "bulletList", "ordered_list", "orderedList"):
                items = node.get("content")
                items = items if isinstance(items, list) else []
                out += ["", *(f"- {_node_text(i, budget)}" for i in items), ""]
            elif text:
                out += ["", f"> {text}" if kind == "blockquote" else text, ""]
    return "\n".join(out), figures


def _typed(body: str) -> bool:
    """Whether a Markdown body holds text of its own, not only blank lines and HTML comments
    ('<!-- This page is built from the blocks above. -->')."""
    while "<!--" in body:
        before, _, rest = body.partition("<!--")
        if before.strip():
            return True
        body = rest.partition("-->")[2]
    return bool(body.strip())


def _built_page(parts: list[dict[str, Any]]) -> tuple[str, list[Picture]]:
    """A page builder's text components as Markdown, with its pictures' marks between them,
    and its pictures."""
    out: list[str] = []
    figures: list[Picture] = []
    for part in page_parts(parts):
        if isinstance(part, str):
            out += ["", part, ""]
            continue
        caption, alt = _one_line(part.get("caption", "")), _one_line(part.get("alt", ""))
        credit = clean_credit(_one_line(part.get("credit", "")))
        _figure(out, figures, part["src"], caption, alt, credit)
    return "\n".join(out), figures


def _node_text(node: Any, budget: list[int]) -> str:
    """A node's words: its text, or its children's (a block's apart from the next: a quote's
    two paragraphs), read to a bounded count."""
    if not isinstance(node, dict) or budget[0] <= 0:
        return ""
    budget[0] -= 1
    kind = _node_type(node)
    if kind == "text":
        return str(node.get("text") or "")
    if kind in ("hard_break", "hardBreak"):
        return " "
    children = node.get("content")
    if not isinstance(children, list):
        return ""
    parts = [_node_text(c, budget) for c in children]
    blocks = any(_node_type(c) in _BLOCK_NODES or _node_type(c) in _ITEMS for c in children)
    return " ".join((" " if blocks else "").join(parts).split())


_ITEMS: Final = frozenset(("list_item", "listItem"))
# what may stand between names written as links: '[[A]], [[B]] and [[C]]'
_JOINERS: Final = re.compile(r"(?:[\s,;&]|\band\b)*")
# where a byline's outlet begins after its names: ' / Larkin Courier', ' | The Ledger'
_OUTLET_AFTER: Final = re.compile(r"\s+[/|—–]\s+")


def _node_type(node: Any) -> str:
    """A node's type, '' when it has none a reader can use (a list, a number)."""
    kind = node.get("type") if isinstance(node, dict) else None
    return kind if isinstance(kind, str) else ""


def _doc_content(value: Any) -> Any:
    """The nodes of an editor's document: a list of them, or its own JSON's root ('{type:
    doc, content: [...]}', as Tiptap and ProseMirror give it)."""
    if isinstance(value, dict) and _node_type(value) == "doc":
        return value.get("content")
    return value


def _author_names(authors: list[Any]) -> Iterator[str]:
    """Each author's name: a text, a mapping's name, or the names of a list inside the list
    ('byline: [[Rosa Torres, Maria Chen]]'); never a value's Python form."""
    for a in authors:
        if isinstance(a, dict):
            a = a.get("name", "")
        if (
            isinstance(a, str)
            and (links := _WIKILINK.findall(a))
            and _JOINERS.fullmatch(_WIKILINK.sub("", a))
        ):
            # a note-taking app's '[[Ana Ruiz]]', '[[People/Ana Ruiz]]', '[[A]], [[B]]'
            for page, shown in links:
                yield shown or page.rsplit("/", 1)[-1]
            continue
        if isinstance(a, list):
            yield from _author_names(a)
        elif isinstance(a, str) and (byline := BYLINE.match(a.strip())):
            # 'By Ana Ruiz and Li Wei, staff', 'By Ana Ruiz / Larkin Courier'
            names = _OUTLET_AFTER.split(byline.group("names"), maxsplit=1)[0].strip()
            yield from listed_names(names) or [names]
        elif isinstance(a, str | int | float):
            yield str(a)


def _htmly_post(metadata: str, body: str) -> tuple[Hints, str]:
    """An HTMLy post's metadata and its body: the title is the post's title, printed over it;
    the description is for search engines only, never shown; an image post's picture is shown
    over the text, so it opens the body as the post's first picture."""
    fields = {name: value.strip() for name, value in _HTMLY_FIELD.findall(metadata)}
    post = {"title": fields.get("t", ""), "tags": fields.get("tag", "")}
    if fields.get("image"):
        post["image"] = {"file": fields["image"]}
    return _front_hints(post), body


def _front_hints(data: dict[str, Any]) -> Hints:
    for table in ("extra", "params"):  # a generator's own fields: Zola's [extra], Hugo's [params]
        if isinstance(data.get(table), dict):
            data = {**data[table], **{k: v for k, v in data.items() if k != table}}
    shown = data
    data = _lower_keys(data)

    def first(keys: tuple[str, ...]) -> Any:
        return next((data[k] for k in keys if data.get(k)), "")

    authors = first(_BYLINE_KEYS)
    if isinstance(authors, str):
        authors = [authors]
    names = tuple(_author_names(authors if isinstance(authors, list) else []))
    headline = _one_line(first(_HEADLINE_KEYS))
    site = _site_suffix(headline, _one_line(data.get("source", "")))
    if site:  # a web clipper's title: 'Heirs sell sawmill | Inland Timber Journal'
        headline = headline[: -len(site)].rstrip(" |–—-")
        others = tuple(n for n in names if n.casefold() != site.strip(" |–—-").casefold())
        names = others or names  # (a writer's own newsletter, named for her: she stays)
    return Hints(
        headline=headline,
        dek=_one_line(first(_DEK_KEYS)),
        authors=tuple(n for n in names if n.strip()),
        dateline=_one_line(data.get("dateline", "")),
        images=tuple(
            _front_images(
                data.get("images")
                or _flat_image(data)
                or data.get("image")
                or _hero(data)
                or _theme_header(data)
            )
        ),
        unplaced=tuple(
            ("front matter field", f"{key}: {_shown(value)}")
            for key, value in shown.items()
            if str(key) not in _PLACED and str(key).lower() not in data.get(_FOLDED, ())
        ),
    )


# the keys a front matter wrote in capitals and that were read under their small letters
_FOLDED: Final = "\0folded"


def _lower_keys(data: dict[str, Any]) -> dict[str, Any]:
    """The front matter with its capitalised keys also under their small letters, where no
    key of those letters is already there: Pico CMS writes 'Title:', 'Description:',
    'Author:', which are the 'title', 'description' and 'author' every other generator
    writes. The keys so read are listed under _FOLDED, so that they are not also shown
    as fields no part of the story took."""
    added = {
        key.lower(): value
        for key, value in data.items()
        if isinstance(key, str) and key != key.lower() and key.lower() not in data
    }
    if not added:
        return data
    placed = {key for key in added if key in _PLACED or key in _FLAT_IMAGE_KEYS}
    return {**data, **added, _FOLDED: frozenset(placed)}


_FLAT_IMAGE_KEYS: Final = frozenset(("imagecaption", "imagecredit", "imagealt"))


def _flat_image(data: dict[str, Any]) -> dict[str, Any] | None:
    """The lead image a theme gives as an address under 'image' and its parts in fields of
    their own beside it: Pico themes' 'Image', 'ImageCaption', 'ImageCredit', 'ImageAlt'
    (an address alone, with no such part, is left to the readers of 'image')."""
    image = data.get("image")
    if not isinstance(image, str) or not any(data.get(key) for key in _FLAT_IMAGE_KEYS):
        return None
    return {"src": image, **{part: data.get(f"image{part}", "") for part in _IMAGE_PARTS}}


_IMAGE_PARTS: Final = ("caption", "credit", "alt")


def _site_suffix(headline: str, source: str) -> str:
    """The site's name a clipped page's title ends with (' | Inland Timber Journal'), when
    the source's address spells it (inlandtimberjournal.com); "" when there is none."""
    head, bar, site = headline.rpartition(" | ")
    if not bar or not head.strip() or not site.strip():
        return ""
    squeezed = re.sub(r"[^a-z0-9]", "", site.lower())
    host = re.sub(r"[^a-z0-9]", "", urlsplit(source.strip()).netloc.lower())
    return bar + site if squeezed and squeezed in host else ""  # (the site's address spells it)


_PLACED: Final = frozenset(
    (*_HEADLINE_KEYS, *_DEK_KEYS, *_BYLINE_KEYS, "dateline", "images", "image")
)


def _shown(value: Any) -> str:
    return " ".join(str(value).split())[:200]


def _hero(data: dict[str, Any]) -> dict[str, Any] | None:
    """The lead image a front matter gives in flat keys: heroImage, heroCaption, heroCredit,
    heroAlt (or featured_image, cover_caption, TinaCMS's starter's heroImg, ...)."""
    flat = {re.sub(r"[_-]", "", str(k)).lower(): v for k, v in data.items()}
    for key in [k for k in flat if k.endswith("img") and f"{k[:-3]}image" not in flat]:
        flat[f"{key[:-3]}image"] = flat[key]  # ('heroImg': the image's address, shortened)
    for prefix in ("hero", "featured", "feature", "lead", "cover", "main", "top"):
        held = flat.get(prefix) or flat.get(f"{prefix}image")
        if isinstance(held, dict) and (held.get("src") or held.get("image") or held.get("file")):
            # the picture as a mapping of its own: 'hero: {src: ..., caption: ..., credit: ...}'
            return {
                "src": held.get("src") or held.get("image") or held.get("file"),
                **{part: held.get(part, "") for part in ("caption", "credit", "alt")},
            }
        if flat.get(f"{prefix}image"):
            return {
                "src": flat[f"{prefix}image"],
                **{
                    part: flat.get(f"{prefix}{part}", "") or flat.get(f"{prefix}image{part}", "")
                    for part in ("caption", "credit", "alt")
                },
            }
    return None


def _front_images(value: Any) -> list[Picture]:
    """The images a front matter lists, or the one it gives: {file, caption, credit, alt}."""
    pictures = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            name = _one_line(item.get("file", "") or item.get("src", "") or item.get("path", ""))
            caption = _one_line(_html_text(item.get("caption", "")))
            credit = clean_credit(_one_line(_html_text(item.get("credit", ""))))
            if not credit and caption:
                # a theme's one caption field, its credit at its end: Hugo Blox's 'Image
                # credit: [**Ana Ruiz**](link)', a label and markup, not the caption's words
                caption, credit = split_credit(_plain_markdown(caption))
            pictures.append(
                Picture(
                    caption=caption,
                    credit=credit,
                    alt=_one_line(item.get("alt", "") or item.get("alt_text", "")),
                    name=name.rsplit("/", 1)[-1],
                    source=name,
                )
            )
    return pictures


def _html_text(value: Any) -> Any:
    """A front matter's value as the text its HTML shows, when it holds HTML (Ghost's export
    writes a caption's span: '<span style="white-space: pre-wrap;">Photo / ...</span>')."""
    if not isinstance(value, str) or "<" not in value:
        return value
    return entities.unescape(_HTML_TAGS.sub("", value))


def _one_line(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _groups(text: str) -> tuple[list[list[str]], set[int], set[int]]:
    """The text's paragraphs (runs of lines between blank lines), each as its lines; which
    of them an indented line opens: in a text whose paragraphs open so (a wire's takes:
    '   PONTA DELGADA, ...' over lines set flush), each indented line opens one; and which of
    them break a line as Markdown marks a hard break (two spaces or a backslash at its end:
    a verse's lines, never joined)."""
    groups: list[list[str]] = [[]]
    opened: set[int] = set()
    marked: set[int] = set()
    indented = _indented_paragraphs(text)
    previous = ""
    for line in text.split("\n"):
        if line.strip():
            if indented and _INDENT.match(line):
                if groups[-1]:
                    groups.append([])
                opened.add(len(groups) - 1)
            elif indented and groups[-1] and _after_paragraph(groups[-1][-1], line):
                groups.append([])  # a take's 'MORE' or the desk's initials under a paragraph
            if groups[-1] and _HARD_BREAK.search(previous):
                marked.add(len(groups) - 1)
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
        previous = line
    if not groups[-1]:
        groups.pop()
    return groups, opened, marked


def _line_a_paragraph(groups: list[list[str]], text: str) -> bool:
    """Whether a text with no blank line sets a paragraph a line, as Word saves a document
    as plain text (its paragraph spacing was formatting): a headline, a dek, then lines of
    prose each ending its sentence, none wrapped, none indented or opened as an outline's
    item ('- Story', '    - ...')."""
    if len(groups) != 1 or len(groups[0]) < _LINE_PARAGRAPHS or _OUTLINED.search(text):
        return False
    prose = [line for line in groups[0] if len(line) >= 80]
    closed = sum(1 for line in prose if line.endswith(_CLOSED))
    return len(prose) * 3 >= len(groups[0]) and closed * 3 >= len(prose) * 2


_LINE_PARAGRAPHS: Final = 8  # (fewer lines are a note, a short piece, a caption list)
_OUTLINED: Final = re.compile(r"^(?:[ \t]+\S|[-*+] )", re.M)


# a Markdown hard break at a line's end, after its words
_HARD_BREAK: Final = re.compile(r"\S(?: {2,}|\\)$")


_INDENT: Final = re.compile(r"^(?: {2,8}|\t)(?=\S)")


def _after_paragraph(last: str, line: str) -> bool:
    """Whether a flush line stands apart from the indented paragraph above it: a word or two
    in capitals, a desk's initials or an end mark, under a line that ends a sentence ('MORE',
    'inc/ms', '-30-'; not 'he said.')."""
    bare = line.strip()
    return (
        last.endswith((".", '"', "”", "?", "!"))
        and len(bare.split()) <= 2
        and not bare.endswith(".")  # (not 'EPA.' under 'from the U.S.')
        and (
            bare.isupper()
            or _INITIALS.fullmatch(bare) is not None
            or not any(c.isalpha() for c in bare)  # '-30-', '###'
        )
    )


_INITIALS: Final = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4})+")


def _indented_paragraphs(text: str) -> bool:
    """Whether the text marks its paragraphs by indenting their first lines: several
    indented lines, each over a run of flush lines that go on from it."""
    lines = text.split("\n")
    opened = sum(
        1
        for n, line in enumerate(lines[:-1])
        if _INDENT.match(line) and lines[n + 1].strip() and not _INDENT.match(lines[n + 1])
    )
    return opened >= 3


def wrapped_text(lines: list[str]) -> bool:
    """Whether a text's lines are prose wrapped at a fixed width, as a mail is sent."""
    return _wrapped(lines, 40)


def _wrapped(lines: list[str], shortest: int) -> bool:
    """Whether the text is wrapped at a fixed width: most lines of prose (`shortest`
    characters or more) end near one width, and no line runs far past it (but a line a
    label opens, a headline or a dek typed on a line of its own: 'DECK: ...')."""
    measured = [line for line in lines if len(line) >= shortest and not _UNMEASURED.match(line)]
    long = sorted(len(line) for line in measured)
    if len(long) < 4:
        return False
    widest = long[-1 - len(long) // 8]  # (a header, a footer, an address may run past it,
    if any(len(line) > widest + 20 and line.endswith(_CLOSED) for line in measured):
        widest = long[-1]  # but not a sentence: a paragraph a line, one of them long)
    near = sum(1 for n in long if n >= widest - 20)
    return widest <= 100 and near * 2 >= len(long) and _ends_open(lines)


_CLOSED: Final = (".", "?", "!", '"', "”")


def _column(lines: list[str]) -> bool:
    """Whether the text is a newspaper's narrow column copied from a PDF, an e-edition or a
    photograph of the page (a newsletter's wider measure too): most lines of prose are under
    46 characters, nine in ten end within 15 characters of one width (a masthead or a table
    line may run past it), and many end mid-sentence."""
    long = sorted(len(line) for line in lines if len(line) >= _COLUMN)
    if len(long) < 12 or long[len(long) // 2] >= 46:
        return False
    width = long[int(0.9 * (len(long) - 1))]
    near = sum(1 for n in long if width - 15 <= n <= width)
    return near * 10 >= len(long) * 8 and _ends_open(lines)


def _ends_open(lines: list[str]) -> bool:
    """Many lines of a wrapped text end mid-sentence (no closing punctuation)."""
    open_ends = sum(1 for line in lines if not line.endswith((".", '"', "”", "?", "!", ":")))
    return open_ends * 3 >= len(lines)
