"""A draft's labelled fields, as copy desks write them: 'HED: ...', 'DEK: ...', 'BYLINE: ...',
'CUTLINE: ...', 'CREDIT: ...', 'ALT: ...', 'STORY: ...', and a photo note in brackets
('[PHOTO: pool.jpg | Caption: ... | Credit: ... | Alt: ...]'). Each becomes the block it
labels, so that every format reads them alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Block, Picture
from newsroom.filing.responses import answered_form

_LABEL: Final = re.compile(
    # (a headline or dek someone proposes: 'Suggested hed:', 'STRINGER'S STANDFIRST:')
    # (whose: a role's, not a day's: 'Tuesday's headline: ...' opens a story's paragraph)
    r"^[*_]{0,2}(?P<label>(?:(?P<whose>suggested|proposed|working|"
    r"[a-z]{2,12}(?:er|or|ent|ist|ant)['’]s) )?"
    r"(?:(?:hed|headline)(?: idea)?|dek|deck|standfirst|summary|strap(?:line)?)|head|"
    # (as a district correspondent labels them: 'HEADING: ...', 'SUB HEADING: ...')
    r"title|subhed|subhead|sub-head|sub-?headline|heading|sub[ -]?heading|"
    # (and whose picture: 'Cutline for attached pic: ...', 'Caption for the photo: ...')
    r"(?:cutline|caption) for (?:the |this )?(?:attached )?(?:pic|photo|picture|image)|"
    r"byline|by-line|by|authors?|reporters?|writers?|cutline|caption|photo caption|credit|"
    r"photo credit|photog|photographer|alt(?: text)?(?: \d{1,2})?|"
    r"dateline|photo|image|picture|story|body|news)"
    # (a picture's label with its file's name: 'Photo caption (ferry.jpg): ...')
    r"(?:\s*\([\w .-]{1,40}\.(?:jpe?g|png|gif|webp|tiff?|heic)\))?"
    r"[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<value>.*?)\s*$",
    re.I,
)
# the line under a labelled headline, labelled as what follows it: 'Sub: ...', 'Second line:'
_SECOND_LINE: Final = re.compile(
    r"^[*_]{0,2}(?:sub|second line|line two|2nd line|sub-?title)[*_]{0,2}\s*:\s*[*_]{0,2}\s*"
    r"(?P<value>\S.*?)\s*$",
    re.I,
)
_PHOTO: Final = re.compile(
    r"^\[\s*(?:photo|image|picture|art|graphic)\b\s*\d*\s*:?\s*(?P<rest>.*?)\s*\]?\s*$", re.I
)
_PART: Final = re.compile(
    r"^(?P<label>caption|cutline|credit|photo credit|alt|alt text)\s*:\s*(?P<value>.*)$", re.I
)


_TEXT_FIELDS: Final = frozenset(("story", "body", "news"))
# (the strap, as British and Nigerian desks name the line under the headline)
_DEK_FIELDS: Final = frozenset(("summary", "dek", "deck", "standfirst", "strap", "strapline"))
_PICTURE_SECTIONS: Final = frozenset(
    ("photo", "cutline", "caption", "credit", "photo credit", "alt", "alt text")
)
# a story template's sections, as headings of their own: '## Hed', '## Dek', '## Story'
_SECTION: Final = re.compile(
    r"^[*_]{0,2}(?P<label>hed|headline|dek|deck|subhed|byline|by-line|story|body|photo|cutline|"
    r"caption|credit|photo credit|alt|alt text)[*_]{0,2}:?$",
    re.I,
)


# a printed form's field label in capitals with its instructions in brackets, alone on its
# line above what the writer typed: 'HEADLINE (60 characters or fewer)', 'NOTES FOR THE
# EDITOR (not printed)'
_FORM_LABEL: Final = re.compile(r"^(?P<label>[A-Z][A-Z ]{2,40}?)\s*\([^()]{2,300}\)$")
_FORM_SECTIONS: Final = {
    **dict.fromkeys(("HEADLINE", "HED", "TITLE"), "hed"),
    **dict.fromkeys(("SUMMARY", "DEK", "DECK", "SUBHEAD"), "dek"),
    **dict.fromkeys(("BYLINE", "BY-LINE", "AUTHOR"), "byline"),
    **dict.fromkeys(("STORY", "BODY", "TEXT"), "story"),
    **dict.fromkeys(("PHOTOS", "PHOTO", "PICTURES", "IMAGES", "ART"), "photo"),
    **dict.fromkeys(
        ("NOTES FOR THE EDITOR", "NOTES TO THE EDITOR", "NOTES", "EDITOR NOTES"), "note"
    ),
}


def _form_section(b: Block) -> str:
    """What a printed form's field label over the writer's text fills, or ''."""
    found = _FORM_LABEL.match(b.text.strip()) if b.kind != "image" else None
    return _FORM_SECTIONS.get(found.group("label"), "") if found else ""


def _printed_form(blocks: Sequence[Block]) -> list[Block]:
    """A printed form's fields, each label over what the writer typed: the labels left out,
    the headline's, dek's and byline's text read as such, what is under the notes' label as
    notes to the desk; the blocks as they are when three such labels are not there."""
    if sum(1 for b in blocks if _form_section(b)) < 3:
        return list(blocks)
    out: list[Block] = []
    section = ""
    for b in blocks:
        if kind := _form_section(b):
            section = kind
            out.append(Block(b.text, "p", b.group, "chrome"))
            continue
        if section == "note":
            out.append(Block(b.text, b.kind, b.group, "note", b.picture))
            continue
        if section in ("hed", "dek", "byline") and b.kind != "image":
            out.append(_field(b, section, b.text))
            section = ""
            continue
        out.append(b)
    return out


def labelled(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each labelled field read as what its label says."""
    if any("*" in b.text for b in blocks[:200]):  # (a form's copy of its responses)
        blocks = answered_form(blocks, field_role) or blocks
    blocks = _printed_form(blocks)
    if _is_form(blocks):
        blocks = _form(blocks)
    out: list[Block] = []
    section = ""  # a template's section heading ('## Hed'), whose next block is its field
    # (a template's, when two or more of its sections stand as headings: one crosshead
    # 'Byline' over a story's paragraph is a crosshead)
    sections = {
        m.group("label").lower()
        for b in blocks
        if b.kind in ("h1", "h2") and (m := _SECTION.match(b.text))
    }
    templated = len(sections) >= 2
    deferred: list[Block] = []
    subject = _subject_line(blocks)
    for at, b in enumerate(blocks):
        if at == subject and (found := _SUBJECT.match(b.text)):
            out.append(Block(b.text[: found.start("value")].strip(), "p", b.group, "chrome"))
            out.append(Block(found.group("value"), "h1", b.group, "labelled"))
            continue
        heading = _SECTION.match(b.text) if templated and b.kind in ("h1", "h2") else None
        if heading:
            section = heading.group("label").lower()
            mark = Block(b.text, "p", b.group, "chrome")  # the label, not a crosshead
            # (a picture's labels listed at the end, so that its fields stand by it)
            (deferred if section in _PICTURE_SECTIONS else out).append(mark)
            continue
        if section and b.kind not in ("h1", "h2", "image"):  # ('## Photo' over a picture: none)
            label, section = section, ""
            if label not in _TEXT_FIELDS and label != "photo":
                out.append(_field(b, label, b.text))
                continue
        section = ""
        photo = _PHOTO.match(b.text) if b.kind != "image" else None
        if photo and "|" in b.text:
            out.append(_photo_note(b, photo.group("rest")))
            continue
        rest = photo.group("rest") if photo else ""
        if photo and b.text.rstrip().endswith("]") and split_credit(rest.strip())[1]:
            out.append(_described_photo(b, rest))  # '[Photo: ... (Ana Diaz)]'
            continue
        second = _SECOND_LINE.match(b.text) if out and out[-1].hint == "labelled" else None
        if second and b.kind != "image":  # 'Sub: ...', 'Second line: ...' under 'Headline: ...'
            out.append(Block(second.group("value"), "p", b.group, "dek"))
            continue
        found = (
            _LABEL.match(b.text) if b.kind != "image" and b.hint not in ("note", "chrome") else None
        )
        if found and not found.group("value") and found.group("label").lower() in _TEXT_FIELDS:
            out.append(Block(b.text, "p", b.group, "chrome"))  # a form's 'STORY:' over the text
            continue
        if not found or not found.group("value"):
            out.append(b)
            continue
        label, value = found.group("label").lower().rstrip("0123456789 "), found.group("value")
        if found.group("whose"):  # 'Suggested hed: ...', 'Stringer's standfirst: ...'
            label = label[len(found.group("whose")) + 1 :]
        if label.startswith(("cutline for ", "caption for ")):
            label = "cutline"  # 'Cutline for attached pic: ...'
        if " " in label and ("hed" in label or "headline" in label):
            label = "headline"  # 'Headline idea: ...', 'Suggested hed: ...'
        if _told(found.group("label"), label, value):  # 'Heading: 040. Wind ...', 'News: the ...'
            out.append(b)
            continue
        if label.startswith("writer") and _bylined_below(blocks, at):
            out.append(Block(b.text, "p", b.group, "chrome"))  # a cover line: 'Writer: Ana
            continue  # Ruiz, Dingwall (0770...)' over the story's own 'By Ana Ruiz'
        out.append(_field(b, label, value))
    return out + deferred


# an official document's name of its own kind, set over its text as its title: 'RADIO-PRESS
# COMMUNIQUE', 'PRESS RELEASE', 'CIRCULAR', 'MEMORANDUM'
_DOCUMENT_KIND: Final = re.compile(
    r"^(?:(?:radio[- ]?press|press|official|joint|special) )?(?:communiqu[eé]|release|"
    r"circular|memo(?:randum)?|public notice|notice|announcement|statement)$",
    re.I,
)
# the line naming what such a document is about, as an office types it under its kind:
# 'SUBJECT: ...', 'Re: ...', French 'OBJET: ...'
_SUBJECT: Final = re.compile(
    r"^[*_]{0,2}(?:subject|re|object|objet)[*_]{0,2}\s*:\s*(?P<value>\S.*)$", re.I
)
# the lines of a mail's header, whose subject line is the mail's, not a document's
_MAIL_FIELD: Final = re.compile(r"^(?:from|to|sent|date|cc)\s*:", re.I)


def _subject_line(blocks: Sequence[Block]) -> int:
    """Where an official document's subject line stands (a communiqué's 'SUBJECT: ...' under
    its kind, 'RADIO-PRESS COMMUNIQUE'), its value the document's own title; -1 when it has
    none, or when the text is a mail's, whose header holds its own subject."""
    kind = next((n for n, b in enumerate(blocks[:40]) if _DOCUMENT_KIND.match(b.text.strip())), -1)
    if kind < 0 or any(_MAIL_FIELD.match(b.text) for b in blocks[:40]):
        return -1
    if any(_told_above(b.text) for b in blocks[:kind]):
        return -1  # (a memo quoted in a story, under the story's own opening: the story's)
    return next(
        (n for n in range(kind + 1, min(kind + 4, len(blocks))) if _SUBJECT.match(blocks[n].text)),
        -1,
    )


def _told_above(text: str) -> bool:
    """Whether a line over a document's kind is a story's sentence (a paragraph quoting the
    memo under it: 'The memo ... reads in full:'), never a letterhead's or a reference's."""
    words = text.split()
    return len(words) >= 8 and text.rstrip().endswith((".", "!", "?", ":", "”", '"'))


_HEADLINE_FIELDS: Final = frozenset(("hed", "headline", "head", "title", "heading"))
# a sentence's end within a line, another sentence after it
_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s+[A-Z0-9\"'‘“]")


def _told(written: str, label: str, value: str) -> bool:
    """Whether a line opening with a label's word is the story's own line, not its field: a
    headline's label, not in a desk's capitals, over sentences ('Heading: 040. Wind
    south-west, force 4. All well aboard.', a log quoted; not 'HED: State paid ... wells.
    Inspectors later found ...'), or a text's label over words that go on from it in lower
    case ('News: the island's school will reopen too, ...'); a field's value is its own."""
    if label in _HEADLINE_FIELDS and not written.isupper():
        return value.endswith((".", "!", "?")) and _SENTENCE_BREAK.search(value) is not None
    if label in _DEK_FIELDS and not written.isupper():  # 'Summary: the council voted 5-2 to
        # keep the ferry, ...', a story's own summing-up, where a dek opens as a sentence does
        return value[:1].islower() and len(value.split(None, 8)) > 8
    if label in _TEXT_FIELDS and _WRITER_AND_PHOTOGRAPHER.match(value):
        return True  # the story's credits: 'Story: Ana Ruiz | Photos: Li Wei', no text field
    if label == "story" and _NAME_ALONE.match(value) and not value.isupper():
        return True  # the writer's credit over the text, as a page sets it: 'Story: Ana Ruiz'
    return label in _TEXT_FIELDS and value[:1].islower()


# a writer's name, then the photographer's credit after a bar or a stroke: 'Ana Ruiz |
# Photos: Li Wei', 'Ana Ruiz / Pictures by Li Wei'
_WRITER_AND_PHOTOGRAPHER: Final = re.compile(
    r"^[^\W\d_][^.!?|/]{1,60}?\s*[|/·]\s*(?:photos?|pictures?|images?|photographs?)\s*(?::|by\b)",
    re.I,
)


# a person's name alone, two to four words in capitals ('Ana Ruiz', 'Ana de la Cruz'): what a
# page's 'Story:' line names, where a form's story field holds the text
_NAME_ALONE: Final = re.compile(r"^[A-Z][\w'’.-]+(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w'’.-]+){1,3}$")


_TYPED_BYLINE: Final = re.compile(r"^by\s+\S", re.I)


def _bylined_below(blocks: Sequence[Block], at: int) -> bool:
    """Whether the copy under a cover's 'Writer:' line (the block at `at`) has a byline of
    its own ('By Ana Ruiz'), so that the cover line is the desk's, not the story's."""
    return any(_TYPED_BYLINE.match(other.text) for other in blocks[at + 1 : at + 16])


def _field(b: Block, label: str, value: str) -> Block:
    if label in _HEADLINE_FIELDS:
        return Block(value, "h1", b.group, "labelled")
    if label in (*_DEK_FIELDS, "subhed", "subhead", "sub-head") or label in (
        "subheadline",
        "sub-headline",
        "sub heading",
        "sub-heading",
        "subheading",
    ):
        return Block(value, "p", b.group, "dek")
    if label in ("photo", "image", "picture"):
        name = value.strip("*_ ")
        if "." not in name or " " in name.strip():
            return Block(f"{label.title()}: {value}", "p", b.group)  # a credit: 'Photo: Ana Diaz'
        return Block("", "image", b.group, "", Picture(name=name, source=name))
    if label in ("byline", "by-line", "by") or label.startswith(("author", "reporter", "writer")):
        return Block(value if value.lower().startswith("by ") else f"By {value}", "p", b.group)
    if label in ("cutline", "caption", "photo caption"):
        return Block(value, "caption", b.group)
    if label in ("credit", "photo credit", "photog", "photographer"):
        return Block(value, "p", b.group, "credit")
    if label in ("alt", "alt text"):
        return Block(f"Alt text: {value}", "p", b.group)
    if label in _TEXT_FIELDS:  # a form's field for the text: 'STORY: HOLLIS HARBOR, ...'
        return Block(value, "p", b.group)
    return Block(value, "p", b.group, "dateline")


def _photo_note(b: Block, rest: str) -> Block:
    parts = [p.strip() for p in rest.split("|")]
    fields = {"caption": "", "credit": "", "alt": ""}
    name = ""
    for part in parts:
        found = _PART.match(part)
        if found:
            key = found.group("label").lower().split()[-1]
            key = {"cutline": "caption", "text": "alt"}.get(key, key)
            fields[key] = found.group("value").strip()
        elif not name:
            name = part
    picture = Picture(fields["caption"], fields["credit"], fields["alt"], name=name, source=name)
    return Block(fields["caption"], "image", b.group, "", picture)


def _described_photo(b: Block, rest: str) -> Block:
    """A photo note that gives the caption and its credit: '[Photo: Ana Ruiz speaks ...
    (Li Wei/The Courier)]'. (One with no credit, '[Image: a boardwalk ...]', is left as it
    is: the alt text of the image whose caption follows.)"""
    caption, credit = split_credit(rest.strip())
    return Block(caption, "image", b.group, "", Picture(caption, credit))


# A web form's submission e-mailed to the newsroom: 'Suggested headline: ...', 'Summary
# (appears under the headline online): ...', 'Photo 1 caption: ...', one field a line, the
# story under its own field; a form is read when this many lines are its fields.
_FORM_FIELDS: Final = 5
_FORM_FIELD: Final = re.compile(r"^(?P<label>[A-Z][^:\n]{1,90}?)\??:(?:\s+(?P<value>.*)|\s*)$")
_FORM_ROLES: Final = (
    ("hed", re.compile(r"^(?:suggested |proposed |working )?(?:headline|hed|title)$", re.I)),
    (
        "dek",
        re.compile(r"^(?:summary|dek|deck|subhead|standfirst|teaser|short description)$", re.I),
    ),
    (
        "byline",
        re.compile(
            r"\bname appears?\b.*\bstory\b|\bname as it should appear on the (?:story|report)\b|"
            r"^byline$|^credit (?:line|me as)$",
            re.I,
        ),
    ),
    (
        "story",
        re.compile(r"^(?:story|your story|article|article text|story text|text|report)$", re.I),
    ),
    ("caption", re.compile(r"^(?:photo|image|picture) ?\d* (?:caption|cutline)s?$", re.I)),
    (
        "credit",
        re.compile(r"^(?:photo|image|picture) ?\d* (?:taken by|credit|photographer|by)$", re.I),
    ),
    ("alt", re.compile(r"^(?:photo|image|picture) ?\d* (?:description|alt(?: text)?)\b", re.I)),
    ("photo", re.compile(r"^(?:photo|image|picture) ?\d*$", re.I)),
)


# the fields a form asks for its own use: a question, a hint in brackets, its records
_FORM_ONLY: Final = re.compile(
    r"^[^:]*(?:\?:|\((?:[^)\s]+\s+){2,}[^)]*\)\s*:)|^(?:entry id|submitted|source page|user ip|"
    r"user agent|terms|photo permission|consent|your name|e-?mail|phone)\s*:",
    re.I,
)


_NUMBER: Final = re.compile(r"\d+")


def _form_role(found: re.Match[str]) -> tuple[str, str]:
    """A form field's label without its hint in brackets, and what the field fills ('hed',
    'caption', ...), or '' when it is none of the story's."""
    label = re.sub(r"\s*\([^)]*\)", "", found.group("label")).strip()
    return label, field_role(label)


def field_role(label: str) -> str:
    """What a form's question asks for ('hed', 'dek', 'byline', 'story', 'caption', ...),
    its hint in brackets left off; '' when it is none of the story's."""
    label = re.sub(r"\s*\([^)]*\)", "", label).strip()
    return next((r for r, pattern in _FORM_ROLES if pattern.search(label)), "")


def _is_form(blocks: Sequence[Block]) -> bool:
    """Whether the document is a form's submission: a headline's and a story's fields, and
    the form's own, among its first lines."""
    roles = []
    asked = False  # (a web form asks: 'How should your name appear?', 'Summary (shown ...)')
    worded = 0  # the labels in words, as a web form writes them: a desk's are in capitals
    if any(b.kind == "image" for b in blocks):
        return False  # (a template's fields around its pictures: read field by field)
    for b in blocks[:80]:
        found = _FORM_FIELD.match(b.text) if b.kind == "p" and ":" in b.text else None
        if found and len(found.group("label").split()) <= 12:
            _, role = _form_role(found)
            roles.append(role or ("form" if _FORM_ONLY.search(b.text) else ""))
            asked = asked or "?" in found.group("label") or "(" in found.group("label")
            worded += not found.group("label").isupper()  # 'Suggested headline', not 'HED'
    return (
        asked
        and worded >= 3
        and "hed" in roles
        and "story" in roles
        and sum(map(bool, roles)) >= _FORM_FIELDS
    )


def _form(blocks: Sequence[Block]) -> list[Block]:
    """A form's fields as the blocks they fill; the fields it asks for its own use (the
    sender's e-mail, a note to the editor, the terms) as notes, and the text under the
    story's field as the story."""
    out: list[Block] = []
    pictures: dict[str, dict[str, str]] = {}
    story = False
    for b in blocks:
        found = _FORM_FIELD.match(b.text) if b.kind != "image" else None
        if found is None:
            out.append(b if story or b.kind == "image" else Block(b.text, b.kind, b.group, "note"))
            continue
        label, role = _form_role(found)
        value = (found.group("value") or "").strip()
        if role == "story":
            story = True
            out.append(Block(b.text, "p", b.group, "chrome"))
            if value:
                out.append(Block(value, "p", b.group))
            continue
        if role in ("caption", "credit", "alt", "photo"):
            story = False
            number = _NUMBER.search(label)
            key = number.group() if number else str(len(pictures) - (role != "photo"))
            pictures.setdefault(key, {})[role] = value  # 'Photo 2 caption:' to photo 2
            continue
        if story and not role and not _FORM_ONLY.search(b.text):
            out.append(b)  # a line of the story that has a colon: 'Time: 9 a.m. to noon'
            continue
        story = False  # (a field of the form's after the story ends it)
        if role in ("hed", "dek") and value:
            out.append(
                Block(
                    value,
                    "h1" if role == "hed" else "p",
                    b.group,
                    "labelled" if role == "hed" else "dek",
                )
            )
        elif role == "byline" and value:
            out.append(Block(f"By {value.split(',')[0].strip()}", "p", b.group))
        else:
            out.append(Block(b.text, "p", b.group, "note"))
    for fields in pictures.values():
        src = fields.get("photo", "")
        picture = Picture(
            caption=fields.get("caption", ""),
            credit=fields.get("credit", ""),
            alt=fields.get("alt", ""),
            name=src.rsplit("/", 1)[-1],
            source=src,
        )
        out.append(Block(picture.caption, "image", len(out), "", picture))
    return out
