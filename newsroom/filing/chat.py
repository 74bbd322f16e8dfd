"""A story filed through a chat: a messaging app's export ('12/2/26, 8:02 AM - Maren
Sobieski: HED: ...') or a meeting's saved chat ('10:04:55 From Ana Ruiz to Everyone:', its
lines indented under it), the story in one long message, texted in numbered parts ('(4/11)
SAGE FORK, Wyo. – ...', perhaps out of order) or pasted in parts from its labelled headline
on, a paragraph the writer rewrote in reply to the desk put in its place, its pictures sent
as attachments with their captions after them, and the talk around it.

The story's messages are put together in order, without their senders and times; the talk
(the editor's questions, 'Sorry 5 and 6 came thru backwards', reactions, a voice note) is
page furniture, reported as stripped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from newsroom.checks.text import PICTOGRAPHS
from newsroom.filing.imessage import messages_copy
from newsroom.filing.lines import SENTENCE_END, dateline_start
from newsroom.filing.messenger import messenger_page

# A message's first line: '12/2/26, 8:02 AM - Name: text' (Android), '[12/2/26, 8:02:13 AM]
# Name: text' (iPhone); a line of the app's own ('... - Messages and calls are end-to-end
# encrypted.') has no sender.
_MESSAGE: Final = re.compile(
    r"^\[?(?P<when>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[APap]\.?[Mm]\.?)?)\]?\s(?:-\s)?(?:(?P<who>[^:\n]{1,60}?): )?(?P<text>.*)$"
)
# LINE's export: a message's first line its time, sender and text set apart by tabs
# ('09:02\tNok\t"ELEPHANT BEES ...'), under a line of the day ('Mon, 11/30/2026'), a message
# of several lines in double quotes
_LINE_MESSAGE: Final = re.compile(
    r"^(?P<when>\d{1,2}:\d{2}(?:\s?[APap][Mm])?)\t(?P<who>[^\t\n]{1,60})\t(?P<text>.*)$"
)
# a meeting's saved chat (Zoom's): 'HH:MM:SS From Name to Everyone:', the message's lines
# indented by a tab under it (or its text after the colon, as older versions saved it); a
# message to one person marked '(Direct Message)' or '(Privately)'
_MEETING_MESSAGE: Final = re.compile(
    r"^(?P<when>\d{1,2}:\d{2}:\d{2})\s+From\s+(?P<who>[^:\n]{1,60}?)"
    r"(?:\s+to\s+(?P<to>[^:\n]{1,80}?))?\s*:\s*(?P<text>.*)$"
)
# Telegram Desktop's copy of several messages as text: a message's sender and its date and
# time in brackets on a line of their own ('Ana Obi, [17.03.2026 16:48]'), its lines under it
# (the date and time as the computer's language writes them: '17.03.2026 16:48', '3/17/26
# 4:48 PM', Finnish's and Danish's time with a full stop, '2.4.2026 11.00', Hungarian's year
# first, '2026. 04. 02. 11:00')
_TELEGRAM_WHEN: Final = (
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?|\d{4}\. \d{1,2}\. \d{1,2}\.) "
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[APap][Mm])?"
)
_TELEGRAM_HEADER: Final = re.compile(
    rf"^(?P<who>[^\n\[\]]{{1,60}}?), \[(?P<when>{_TELEGRAM_WHEN})\]$"
)
# the line Telegram sets over a message forwarded from another chat or channel: '[Forwarded
# from Ward 4 Council]'
_FORWARDED: Final = re.compile(r"^\[forwarded from [^\]]{1,80}\]$", re.I)
# those lines over a story the writer forwarded from their channel, or sent as a reply to
# the desk's word: the story's text opens under them
_MARKED: Final = re.compile(r"^(?:\[(?:forwarded from|in reply to) [^\]\n]{1,80}\]\n)+", re.I)
_LINE_DAY: Final = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? \d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$", re.I
)
# a line that opens as a message's first line may: '12/2/26, 8:02 AM - ', '[12/2/26, ...'
_MAY_BE_CHAT: Final = re.compile(
    r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}|^\d{1,2}:\d{2}\t|"
    r"^\d{1,2}:\d{2}:\d{2}\s+From\s|"
    rf"^[^\n\[\]]{{1,60}}, \[{_TELEGRAM_WHEN}\]",
    re.M,
)
# a part of a story texted in pieces: '(4/11) ...', '4/11 ...', '[4/11] ...'
# (or 'PART 1/3' on a line of its own over the part's paragraphs, or 'Part 1 of 3': 'of'
# only after the word, not in a sentence opening on a figure, '2 of 5 councillors ...')
_PART: Final = re.compile(
    r"^(?:[([]?|(?P<label>(?i:part|pt\.?)\s*))(?P<n>\d{1,3})"
    r"\s*(?:/|(?(label)(?i:of)\b|(?!)))\s*(?P<of>\d{1,3})[)\]]?(?:\s+|(?<=\d)$)"
)
# a picture sent with the messages: 'IMG-20261202-WA0004.jpg (file attached)', '<MMS:
# image/jpeg, IMG_2231.jpg, 412 KB>', '<attached: 00000012-PHOTO-2026-12-02.jpg>'
_PICTURE: Final = re.compile(
    r"^(?:<(?:mms|attached|attachment):\s*(?:image/\w+,\s*)?)?(?P<name>[\w .-]{1,80}?\."
    r"(?:jpe?g|png|gif|webp|heic|tiff?))(?:\s*\(file attached\)|,\s*[\d.]+\s*[kmg]b\s*>|\s*>)?$",
    re.I,
)
# a picture an export to Markdown sets as an image, its alt the attachment's file name
# ('![signal-2026-03-14-201455.jpg](./media/signal-2026-03-14-201455.jpg)'), not a voice
# note's or a document's file
_MARKDOWN_PICTURE: Final = re.compile(
    r"^!\[[^\]\n]{0,200}\]\([^()\s]{1,300}\.(?:jpe?g|png|gif|webp|heic|tiff?)\)$", re.I
)
# a reaction an export to Markdown sets under the message it reacts to, who reacted and the
# emoji between a bracket and a dash: '(- Me: 👍 -)'
_REACTION: Final = re.compile(r"^\(- [^:\n]{1,60}: [^\w\s]{1,8} -\)$")
# a picture the export names without its file: '[Photo]', '<Media omitted>'
# (Telegram's with spaces inside: '[ Photo ]')
_SENT_PICTURE: Final = re.compile(r"^(?:\[\s?(?:photo|image|picture)\s?\]|<media omitted>)$", re.I)
# what a picture's caption opens with: 'Pic 1: ...', 'Photo 2 - ...', 'Caption: ...' (a
# label, numbered or set off by a colon or dash: not 'Photos of the headstones are on my
# laptop'), a message of captions under their word ('captions', then '1st pic - ...')
_CAPTION: Final = re.compile(
    r"^(?:(?:pic|pix|photo|picture|image|caption|cutline)s?\s*(?:\d{1,2}\s*)?[:.\-–—]\s|"
    # (or numbered with no stop, the caption opening with a capital: 'Pic 1 Ana Ruiz ...')
    r"(?:pic|pix|photo|picture|image)\s*\d{1,2}\s+(?=[\"“‘(]?(?-i:[A-Z]))|"
    r"(?:captions?|cutlines?)(?:,? in order)?\s*:?$|"
    r"\d{1,2}(?:st|nd|rd|th) (?:pic|photo|picture)\b)",
    re.I,
)


def _paragraph_and_talk(lines: list[str]) -> tuple[list[str], list[str]]:
    """A later message's lines of the story, and from the first word to the desk under them
    ('I'm not sure Ortiz wants that last bit out there, can you ask him ...?') its talk."""
    at = next(
        (
            n
            for n, line in enumerate(lines[1:], 1)
            if _DESK_TALK.match(line.strip()) or line.strip().endswith("?")
        ),
        len(lines),
    )
    return lines[:at], lines[at:]


def later_paragraph(text: str) -> bool:
    """Whether a message the writer sends after the story is a paragraph of it, a fix or an
    addition: one line of 25 words or more, a sentence of reporting (a figure, or who said it:
    'A county spokesperson said Wednesday that ...'), not an answer to the desk ('Better hold
    off on saying the March date is firm until ...')."""
    return (
        _LATER_PARAGRAPH.match(text) is not None
        and _REPORTED.search(text) is not None
        and _DESK_TALK.match(text) is None
    )


# a paragraph of a story sent in a message of its own: one line of 25 words or more, a sentence
_LATER_PARAGRAPH: Final = re.compile(r"^(?=[\"“‘A-Z])(?=(?:\S+[ \t]+){24})[^\n]*[.!?\"”’]$")
_REPORTED: Final = re.compile(r"\d|\b(?:said|says|told|according to|announced|reported)\b")
# how a word to the desk opens: 'Better hold off ...', 'Can we ...'
_DESK_TALK: Final = re.compile(
    r"(?i:better|please|pls|can|could|should|shall|let['’]s|maybe|hold|don['’]t|do not|i|we|"
    r"you|ok|okay|sorry|thanks)\b"
)
# the app's marks inside a message's text
_EDITED: Final = re.compile(r"[\s\u200e\u200f]*<?this message was edited>?\s*$", re.I)
# a messaging app's marks of style around words: '*bold*', '_italic_', and '~struck~' (text
# the writer struck out: deleted, with a space beside it)
# (a mark closes on a word, not on another mark: '***' is no bold '*'; a struck span ends
# before a space or a stop, not before a figure: '~£5-~£8' is about £5 to about £8)
_STYLED: Final = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]*?[^\s*_])\1(?![\w*])")
_STRUCK: Final = re.compile(r"(?<![\w~])~(?=\S)[^~\n]*?\S~(?=[\s.,;:!?)\]\"”’']|$) ?")
_MIN_MESSAGES: Final = 4


@dataclass
class _Message:
    who: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def chat_story(text: str) -> tuple[str, list[str]] | None:
    """(the story's text, the talk around it) when `text` is a chat's export, else None."""
    table = _csv_messages(text)
    thread = None if table else _messenger_messages(text) or messenger_page(text)
    thread = thread or (None if table else messages_copy(text))
    text = table or thread or text
    if not _MAY_BE_CHAT.search(text):
        return None  # (a quick test: no line opens as a message's first line does)
    head: list[str] = []
    reactions: list[str] = []
    messages: list[_Message] = []
    indented = False  # (a meeting's chat: a message's lines indented under its sender)
    for line in text.split("\n"):
        line = line.lstrip("\u200e\u200f")  # (the iPhone's mark before an attachment's line)
        found = _MESSAGE.match(line) or _LINE_MESSAGE.match(line)
        meeting = None if found else _MEETING_MESSAGE.match(line)
        telegram = None if found or meeting else _TELEGRAM_HEADER.match(line)
        if telegram:
            messages.append(_Message(telegram.group("who")))  # (its lines under it)
        elif found:
            said = found.group("text").lstrip("\u200e\u200f")
            messages.append(_Message(found.group("who") or "", [said]))
        elif meeting:
            said = meeting.group("text").strip()
            messages.append(_Message(meeting.group("who"), [said] if said else []))
            indented = True
        elif messages and indented and line[:1] == "\t":
            messages[-1].lines.append(line[1:])
        elif messages and _REACTION.match(line.strip()):
            reactions.append(line)  # '(- Me: 👍 -)': a reaction under the message, no line of it
        elif messages and _LINE_DAY.match(line.strip()):
            messages.append(_Message("", [line]))  # the day's line between messages
        elif messages:
            messages[-1].lines.append(line)
        else:
            head.append(line)
    for message in messages:  # (the empty lines between messages copied as text)
        while len(message.lines) > 1 and not message.lines[-1].strip():
            message.lines.pop()
    messages = [m for m in messages if m.lines]
    for message in messages:  # a message of several lines as LINE quotes it: '"...\n..."'
        quoted = message.lines[0].startswith('"') and message.lines[-1].endswith('"')
        if len(message.lines) > 1 and quoted:
            message.lines[0], message.lines[-1] = message.lines[0][1:], message.lines[-1][:-1]
    for message in messages:  # 'Tess Harjo sent an image. (Media omitted)': Element's
        if not message.who and (sent := _SENT_EVENT.match(message.lines[0])):
            message.who, message.lines = sent.group("who"), ["[Photo]"]
        elif not message.who and (sent := _SENT_FILE.match(message.lines[0])):
            message.who, message.lines = sent.group("who"), [sent.group("name")]
    said = [m for m in messages if m.who]
    # (a Messenger thread's JSON is a chat by its form, however few its messages: a word,
    # the story, the desk's thanks)
    if len(said) < (1 if thread else _MIN_MESSAGES) or not _export_head(head):
        return None
    _edits(said)
    at = {id(m): n for n, m in enumerate(messages)}
    parts = [(m, n) for m in said if (n := _part(m.lines[0]))]
    if _numbered(parts):
        count = Counter(m.who for m, _ in parts)
        writer = count.most_common(1)[0][0]
        latest = {n: m for m, n in parts if m.who == writer}  # (a part sent again: the last)
        story = [latest[n] for n in sorted(latest)]
        last = max(at[id(m)] for m in story)
        story = _with_pictures_between(story, messages, at)
        body = [_part_text(m) for m in story]
    else:
        # (a message forwarded from elsewhere, a statement passed on, is not the writer's
        # story when the writer's own hold one to match it, half its length or more; a
        # forward longer than all of them is the writer's story posted on a channel first,
        # the own messages talk to the desk: 'Yes 8pm, my error. Correct para 2 to read:')
        longest = max(said, key=lambda m: len(m.text))
        own = [m for m in said if not _FORWARDED.match(m.lines[0].strip())]
        if own and len((mine := max(own, key=lambda m: len(m.text))).text) * 2 >= len(longest.text):
            longest = mine
        writer = longest.who
        story = _in_parts(messages, writer, at[id(longest)]) or [longest]
        last = at[id(story[-1])]
        body = [_MARKED.sub("", m.text, count=1) for m in story]
        for n, message in enumerate(story[1:], 1):  # a later part's label: 'PART 2'
            if _PART_LABEL.match(message.lines[0].strip()):
                head.append(message.lines[0])
                body[n] = "\n".join(message.lines[1:])
    kept = {id(m) for m in story}
    for message in messages[last + 1 :]:  # a paragraph the writer sends later, a fix or an
        if message.who == writer and later_paragraph(message.lines[0]):  # addition, or the
            told, said_to_desk = _paragraph_and_talk(message.lines)  # story's next part, sent
            body.append("\n".join(told).strip())  # in a message of its own (a word to the
            if said_to_desk:  # desk on its later lines is talk)
                message.lines = said_to_desk
            else:
                kept.add(id(message))
    for message in messages[at[id(story[0])] :]:  # a paragraph rewritten in reply to the desk
        if message.who == writer and (fixed := _rewritten(message, messages, body)):
            body = fixed
            kept.add(id(message))
    for message in messages[last + 1 :]:  # a paragraph sent again, fixed, under a word
        mine = message.who == writer and id(message) not in kept  # to the desk
        # (or a paragraph named by its number: 'Correct para 3 to read:')
        if mine and (fixed := _resent(message, body) or _renumbered(message, body)):
            body = fixed
    # (a picture sent between the story's parts too, as a channel posts a story in parts)
    between = [m for m in messages[at[id(story[0])] : last] if id(m) not in kept]
    pictures = _pictures([*between, *messages[last + 1 :]], writer)
    kept |= {id(m) for m in pictures}
    for message in messages[last + 1 :]:  # captions listed in a message of their own
        if message.who != writer or id(message) in kept:
            continue
        listed = [line for line in message.lines if _LISTED_CAPTION.match(line.strip())]
        if listed:
            body += listed
            message.lines = [line for line in message.lines if line not in listed]
    seen: set[str] = set()
    uncaptioned = 0  # pictures sent without a caption, theirs perhaps in a later message
    for message in pictures:
        if _SENT_PICTURE.match(message.lines[0].strip()):
            # '[Photo]': a picture the export leaves out, its caption sent apart, or under it
            # in the same message, as Telegram copies it
            caption = " ".join(line.strip() for line in message.lines[1:] if line.strip())
            if caption:
                body.append(f"Caption: {caption}")
            uncaptioned += not caption
            continue
        if uncaptioned and _LISTED_CAPTION.match(first := message.lines[0].strip()):
            # 'Pic 1: ...' sent after the pictures: the caption of the next one without
            caption = " ".join([_CAPTION.sub("", first, count=1), *message.lines[1:]]).strip()
            body.append(f"Caption: {caption}")
            uncaptioned -= 1
            continue
        if _MARKDOWN_PICTURE.match(message.lines[0].strip()):
            body.append("\n".join(message.lines))  # the image as the export wrote it
            continue
        picture = _PICTURE.match(message.lines[0].strip())
        if picture and picture.group("name").lower() in seen:
            continue  # the same picture sent again: once
        if picture:
            seen.add(picture.group("name").lower())
            body.append("\n".join([picture.group("name"), *message.lines[1:]]))
        else:
            body.append(_captions_listed(message))
    if credit := _credit_for_all(messages[last + 1 :], writer):
        body = [  # 'Pics by my nephew Ana Ruiz please credit him': each caption's credit
            f"{part} (Photo: {credit})"
            if part.startswith("Caption: ") and not part.endswith(")")
            else part
            for part in body
        ]
    talk = [line.strip() for line in [*head, *reactions] if line.strip()]
    for message in messages:
        if id(message) not in kept:
            talk += [line.strip() for line in message.lines if line.strip()]
    story_text = "\n\n".join(_unstyled(_EDITED.sub("", part).strip()) for part in body)
    return story_text, talk


# the writer's word, after the pictures, on who took them all: 'Pics by my nephew Ana Ruiz
# please credit him', 'Photos are by Ana Ruiz', 'All pics courtesy of Ana Ruiz'
_PICTURES_BY: Final = re.compile(
    r"^(?:all\s+)?(?:pics?|pix|photos?|pictures?)\s+(?:are\s+)?(?:all\s+)?(?:by|from|courtesy of)"
    r"\s+(?:my\s+[a-z]+\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})",
    re.I,
)


def _credit_for_all(after: list[_Message], writer: str) -> str:
    """The name the writer gives, after the story, as the credit of all its pictures; ''
    when they give none."""
    for message in after:
        if message.who != writer or not message.lines:  # (a voice note left no text)
            continue
        if found := _PICTURES_BY.match(message.lines[0].strip()):
            return found.group("name")
    return ""


def _unstyled(text: str) -> str:
    """A part of the story without the app's marks of style, its struck words deleted."""
    if "~" in text:
        text = _STRUCK.sub("", text)
    return _STYLED.sub(r"\2", text) if "*" in text or "_" in text else text


# the label a story's headline opens with, as a writer pastes it: 'HEADLINE: ...', 'HED: ...',
# or the headline set bold on a line of its own: '*Ferry back on the water after storm*'
_HEADLINE_LABEL: Final = re.compile(r"^(?:headline|hed|head)\s*:\s*\S", re.I)
_BOLD_HEADLINE: Final = re.compile(r"^\*[^*\s][^*\n]{8,}[^*\s]\*$")


def _headlined(message: _Message) -> bool:
    """Whether a message opens with a story's headline: under its label, or set bold over
    the story's first lines (not a bold word to the desk alone: '*Sorry, running late*')."""
    first = message.lines[0].strip()
    if _HEADLINE_LABEL.match(first):
        return True
    return (
        _BOLD_HEADLINE.match(first) is not None
        and _DESK_TALK.match(first[1:]) is None
        and any(line.strip() for line in message.lines[1:])
    )


def _bare_headline(messages: list[_Message], n: int) -> bool:
    """Whether a message is a headline sent bare, with no label and no bold: one short line
    in a capital, no stop at its end and no word to the desk, over the same writer's next
    message opening with the story's dateline ('PORT ELLIS — ...')."""
    message, line = messages[n], messages[n].lines[0].strip()
    after = messages[n + 1] if n + 1 < len(messages) else None
    return (
        len(message.lines) == 1
        and 3 <= len(line.split()) <= 16
        and line[:1].isupper()
        and not line.endswith(SENTENCE_END)
        and _DESK_TALK.match(line) is None
        and after is not None
        and after.who == message.who
        and dateline_start(after.lines[0].strip())
    )


# the end mark under a story: 'END', 'ENDS', '-30-'
# a label over a story's later part, on a line of its own: 'PART 2', 'Part 2 of 3:'
_PART_LABEL: Final = re.compile(r"^(?:part|pt\.?)\s*\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?\s*:?$", re.I)
_END_MARK: Final = re.compile(r"^(?:ends?|-+\s*30\s*-+|#{3}|xxx)$", re.I)
# a message's reply to another, quoting its first words: 'Replying to "Seaweed earns ..."'
_REPLYING: Final = re.compile(r"^replying to [\"“](?P<quote>.+?)(?:\.{3}|…)?[\"”]$", re.I)
# a caption in a list of them, numbered: 'Pic 1: ...', 'Photo 2 - ...'; what follows the
# label opens as a caption does, with a capital (not a word about the picture to the desk:
# 'Photo 2 - yes it is blurry, ...')
_LISTED_CAPTION: Final = re.compile(
    r"^(?i:pic|pix|photo|picture|image)\s*\d{1,2}(?:\s*[:.\-–—])?\s+(?=[\"“‘(]?[A-Z0-9])"
    r"(?!(?i:yes|yeah|yep|nope|sorry|ok|okay|thanks|i|i['’]ll|i['’]m|we|you|will|can|could)\b)"
    r"\S.{10,}"
)


def _in_parts(messages: list[_Message], writer: str, longest: int) -> list[_Message] | None:
    """The story pasted in parts, when the writer's message opening with its headline's
    label comes before their longest, or is their longest with no end mark under it while a
    later one has it: that message, then each of the writer's later ones holding a
    paragraph, down to the one with the story's end mark (the desk's talk between them left
    out, and none from one holding a headline's label again on); None when the story is not
    so sent."""
    first = next(
        (
            n
            for n, m in enumerate(messages[: longest + 1])
            if m.who == writer and (_headlined(m) or _bare_headline(messages, n))
        ),
        -1,
    )
    if first < 0 or (first == longest and _ended(messages[first])):
        return None
    story = [messages[first]]
    ended = False
    under_headline = True  # (no part of the story's text sent yet)
    for n, message in enumerate(messages[first + 1 :], first + 1):
        if message.who != writer or _REPLYING.match(message.lines[0].strip()):
            continue
        # (another story under its own headline, or the story sent again whole; a bold line
        # inside a part is its crosshead)
        if _headlined(message) or any(
            _HEADLINE_LABEL.match(line.strip()) for line in message.lines
        ):
            break
        labelled = _PART_LABEL.match(message.lines[0].strip()) is not None  # ('PART 2')
        if (
            labelled
            or any(_part_paragraph(line.strip()) for line in message.lines)
            or (messages[n - 1] is story[-1] and _runs_on(message, under_headline))
        ):
            under_headline = under_headline and _UNDER_HEADLINE.match(message.text) is not None
            story.append(message)
            if ended := _ended(message):
                break
    # (the headline's message the longest: the story goes on only to a later end mark)
    return story if len(story) > 1 and (first < longest or ended) else None


# the line a writer sends under the headline's message, before the story's first part: the
# dek's label ('sub: ...', 'Standfirst: ...') or the byline ('by Ana Ruiz, correspondent')
_UNDER_HEADLINE: Final = re.compile(
    r"^(?:(?:sub|dek|deck|standfirst|strap(?:line)?|sub-?head(?:ing)?|byline)\s*:\s*\S|"
    r"by\s+(?-i:[A-Z]))",
    re.I,
)


def _runs_on(message: _Message, under_headline: bool) -> bool:
    """Whether a message of one line sent straight after the story's last part goes on with
    it: under the headline's message, its dek's label or its byline; further down, a short
    paragraph of reporting ('The next count is on Saturday 3 October.'), not a word to the
    desk."""
    if len(message.lines) > 1:
        return False
    line = message.lines[0].strip()
    if under_headline and _UNDER_HEADLINE.match(line):
        return True
    return (
        _SENTENCES.match(line) is not None
        and _REPORTED.search(line) is not None
        and _DESK_TALK.match(line) is None
    )


def _ended(message: _Message) -> bool:
    return any(_END_MARK.match(line.strip()) for line in message.lines)


def _part_paragraph(line: str) -> bool:
    """Whether a line of a message sent between a story's headline and its end mark is a
    paragraph of it: one of 25 words or more, a sentence, no word to the desk."""
    return _LATER_PARAGRAPH.match(line) is not None and _DESK_TALK.match(line) is None


def _rewritten(message: _Message, messages: list[_Message], body: list[str]) -> list[str]:
    """The story's parts with a paragraph the writer rewrote put in place of the old one, or
    one they add put beside it: their reply (to the desk's question quoting the paragraph's
    first words, or to the paragraph itself) holding a paragraph of reporting; [] when the
    message is no such fix (an answer to the desk: 'A week. Brennan said so ...')."""
    quote = _REPLYING.match(message.lines[0].strip())
    if quote is None:
        return []
    at_new = next(
        (k for k, line in enumerate(message.lines[1:], 1) if later_paragraph(line.strip())), 0
    )
    if not at_new:
        return []
    new, said = message.lines[at_new].strip(), " ".join(message.lines[1:at_new])
    opening = quote.group("quote")
    for _ in range(3):  # (a reply to a reply: the desk's question quoting the paragraph)
        for n, part in enumerate(body):
            lines = part.split("\n")
            at = next((k for k, line in enumerate(lines) if line.strip().startswith(opening)), -1)
            if at >= 0:
                fixed = _placed(lines, at, new, said)
                return [*body[:n], "\n".join(fixed), *body[n + 1 :]] if fixed else []
        asked = next((m for m in messages if _opens_with(m, opening)), None)
        replied = _REPLYING.match(asked.lines[0].strip()) if asked else None
        if replied is None:
            return []
        opening = replied.group("quote")
    return []


def _resent(message: _Message, body: list[str]) -> list[str]:
    """The story's parts with a paragraph the writer sent again under a word to the desk
    ('My typo. Use this for that para:', then the paragraph fixed) put in place of the old
    one: the new one opens with the old one's first words and keeps most of them; the word
    to the desk stays in the message, as talk. [] when the message holds no such paragraph."""
    lines = [line.strip() for line in message.lines]
    # (a post that says it corrects: the fix may come in the paragraph's third word, 'Seniors
    # aged 70 and above ...' for 'Seniors aged 65 and above ...')
    opening = 2 if _CORRECTING.search(lines[0]) else 3
    for k, new in enumerate(lines[1:], 1):
        if not _SENTENCES.match(new):
            continue
        for n, part in enumerate(body):
            old = part.split("\n")
            at = next(
                (i for i, line in enumerate(old) if _same_opening(line.strip(), new, opening)),
                -1,
            )
            if at >= 0 and old[at].strip() != new:
                fixed = _placed(old, at, new, "")
                if fixed:
                    message.lines = [line for i, line in enumerate(message.lines) if i != k]
                    return [*body[:n], "\n".join(fixed), *body[n + 1 :]]
    return []


def _renumbered(message: _Message, body: list[str]) -> list[str]:
    """The story's parts with a paragraph the writer rewrote under a word naming it by its
    number ('Sorry, it's two. Correct para 3 to read:', then the paragraph) put in place of
    the story's paragraph of that number, when the new one keeps most of its words; the word
    to the desk stays in the message, as talk. [] when the message holds no such fix."""
    lines = [line.strip() for line in message.lines]
    for k, line in enumerate(lines[:-1]):
        named = _PARA_NUMBER.search(line)
        new = lines[k + 1]
        if named is None or not _SENTENCES.match(new):
            continue
        paragraphs = [
            (n, at)
            for n, part in enumerate(body)
            for at, old in enumerate(part.split("\n"))
            if _SENTENCES.match(old.strip())
        ]
        number = int(named.group("n"))
        if not 0 < number <= len(paragraphs):
            return []
        n, at = paragraphs[number - 1]
        fixed = _placed(body[n].split("\n"), at, new, "")
        if fixed:
            message.lines = [line for i, line in enumerate(message.lines) if i != k + 1]
            return [*body[:n], "\n".join(fixed), *body[n + 1 :]]
    return []


# a paragraph named by its number in a word to the desk: 'para 3', 'paragraph 12', 'graf 2'
_PARA_NUMBER: Final = re.compile(r"\b(?:para|paragraph|par|graf|pgh)\.?\s?(?P<n>\d{1,2})\b", re.I)


# a message that says it corrects the story: 'CORRECTION to post (3/4): ...', 'The corrected
# paragraph:'
_CORRECTING: Final = re.compile(r"^correction\b|\bcorrected (?:para(?:graph)?|text)\b", re.I)
# a paragraph sent again: sentences, of eight words or more (the old paragraph's opening
# tells it from talk)
_SENTENCES: Final = re.compile(r"^(?=[\"“‘A-Z])(?=(?:\S+[ \t]+){7})[^\n]*[.!?\"”’]$")


def _same_opening(line: str, new: str, words: int = 3) -> bool:
    """Whether a paragraph is the same as `line` but for a fix: it opens with the same
    three words (or `words`) and keeps three in four of its words and figures."""
    opening = line.split()[:words]
    if len(opening) < words or new.split()[:words] != opening:
        return False
    old = set(_WORD.findall(line.lower()))
    return len(old & set(_WORD.findall(new.lower()))) * 4 >= len(old) * 3


# the writer's word that the paragraph they send is a new one: 'Add this after that para:'
_ADDITION: Final = re.compile(
    r"\b(?:add|insert)\s+(?:this|these|it|the following|a (?:new )?(?:para|paragraph|graf|line))"
    r"\b|\bnew (?:para|paragraph|graf)\b",
    re.I,
)
_BEFORE: Final = re.compile(r"\b(?:before|above)\b", re.I)
_WORD: Final = re.compile(r"\d[\d,.]*\d|\d|[a-z'’]{4,}")


def _placed(lines: list[str], at: int, new: str, said: str) -> list[str]:
    """A part's lines with the paragraph `new` put after line `at` (or before it) when the
    writer's word before it (`said`) adds it, or in its place when it rewrites that line,
    most of the old paragraph's words in it; [] when it does neither."""
    if _ADDITION.search(said):
        return (
            [*lines[:at], new, "", *lines[at:]]
            if _BEFORE.search(said)
            else [*lines[: at + 1], "", new, *lines[at + 1 :]]
        )
    old = set(_WORD.findall(lines[at].lower()))
    if len(old & set(_WORD.findall(new.lower()))) * 2 < len(old):
        return []  # (an answer to the desk, about the paragraph: no rewrite of it)
    return [*lines[:at], new, *lines[at + 1 :]]


def _opens_with(message: _Message, opening: str) -> bool:
    """Whether a message's words (after the reply it quotes) open with `opening`."""
    words = [line.strip() for line in message.lines if line.strip()]
    if words and _REPLYING.match(words[0]):
        words = words[1:]
    return bool(words) and words[0].startswith(opening)


# an export's line for a picture sent without its file, the sender's name in it
_SENT_EVENT: Final = re.compile(
    r"^(?P<who>[^:\n]{1,60}?) sent an? (?:image|photo|picture)\.(?: \(media omitted\))?$", re.I
)
# Skype's line for a file sent, between asterisks: '*** Ana Ruiz sent IMG_0412.jpg ***'
_SENT_FILE: Final = re.compile(
    r"^\*{3} (?P<who>[^*:\n]{1,60}?) sent (?P<name>[^*\n]{1,80}?) \*{3}$"
)
# the fallback of an edited message, which an export writes as a new message: '* ' and the
# whole new text
_EDIT: Final = "* "


def _edits(said: list[_Message]) -> None:
    """Put each edit in place of the message it changes (the sender's earlier message that
    opens with the same line, as a fallback repeats it): the edit's text, without its mark,
    where the first one stood; the edit itself is then talk ('* ' alone)."""
    for n, edit in enumerate(said):
        if not edit.lines[0].startswith(_EDIT) or len(edit.lines) < 2:
            continue
        opening = edit.lines[0][len(_EDIT) :].strip()
        first = next(
            (m for m in said[:n] if m.who == edit.who and m.lines[0].strip() == opening), None
        )
        if first is not None:
            first.lines = [opening, *edit.lines[1:]]
            edit.lines = [edit.lines[0]]


# a caption of a list of them, numbered: '1) The jail in Sage Creek ...', '2. A page of ...'
_NUMBERED: Final = re.compile(r"^(?P<n>\d{1,2})[).:]\s+(?P<caption>\S.*)$")


# A chat's history an app mails as a CSV file (Viber's): a header row naming the columns
# ('Date,Time,Sender Name,Sender Phone Number,Message'), then a row a message, a message of
# several lines in double quotes with each quote mark inside doubled; a picture's row says only
# what was sent ('Photo message').
_CSV_HEADER: Final = re.compile(r"^\ufeff?[\w \"]*\bdate\b[\w \",]*\bmessage\b", re.I)
_CSV_PICTURE: Final = re.compile(r"^(?:photo|image|picture) message$", re.I)


def _csv_messages(text: str) -> str | None:
    """A chat history saved as CSV, its rows written as a chat's export writes its messages
    ('3/3/2026, 08:41:15 - Name: ...', a picture as '[Photo]'); None when it is no such file."""
    first = text[: text.find("\n")]
    if "," not in first or not _CSV_HEADER.match(first):
        return None
    # (a message may be a whole story, longer than the reader's limit on a field)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        return None  # (a file no CSV reader reads: read as the text it is)
    columns = [name.strip().strip("\ufeff").lower() for name in rows[0]]
    date, time = _column(columns, "date"), _column(columns, "time")
    who = next((n for n, name in enumerate(columns) if "name" in name or name == "sender"), -1)
    said = _column(columns, "message")
    if min(date, who, said) < 0:
        return None
    out = []
    for row in rows[1:]:
        if not row:
            continue  # (a blank line between rows)
        if len(row) > len(columns) and said == len(columns) - 1:
            row = [*row[:said], ",".join(row[said:])]  # (a message's comma left unquoted)
        # (a program that leaves a row's empty fields at its end out)
        row = row + [""] * (len(columns) - len(row))
        if len(row) != len(columns):
            return None
        when = f"{row[date]}, {row[time]}" if time >= 0 else row[date]
        message = "[Photo]" if _CSV_PICTURE.match(row[said].strip()) else row[said]
        out.append(f"{when} - {row[who]}: {message}")
    return "\n".join(out)


# A thread Facebook's "Download your information" writes for Messenger, as JSON: its
# 'participants' and 'messages', newest first, each with 'sender_name', 'timestamp_ms' and
# its 'content' or 'photos'; every string's non-ASCII characters written as their UTF-8
# bytes, one '\u00XX' escape a byte, so that 'â€™' stands for '’'. An end-to-end encrypted
# chat's download names them otherwise: 'senderName', 'timestamp', 'text', its pictures
# among its 'media' ('{"uri": "./media/1_ferry.jpg"}'), its strings as they are.
_MESSENGER_KEYS: Final = ('"participants"', '"messages"')
_MESSENGER_FIELDS: Final = (
    ("sender_name", "timestamp_ms", "content", "photos"),
    ("senderName", "timestamp", "text", "media"),
)
# a picture's file among an encrypted chat's media (not a video's or a voice note's)
_MEDIA_PICTURE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|heic)$", re.I)


def _messenger_messages(text: str) -> str | None:
    """A Messenger thread's JSON, its messages oldest first and written as a chat's export
    writes them ('3/3/2026, 08:41 - Name: ...', a photo as '[Photo]'); None when it is no
    such file."""
    stripped = text.lstrip("\ufeff").strip()
    opening = stripped[:5_000]
    if not stripped.startswith("{") or not all(k in opening for k in _MESSENGER_KEYS):
        return None
    named = [f for f in _MESSENGER_FIELDS if f'"{f[0]}"' in opening and f'"{f[1]}"' in opening]
    if not named:
        return None
    who_key, when_key, text_key, photos_key = named[0]
    try:
        thread = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    messages = thread.get("messages") if isinstance(thread, dict) else None
    if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
        return None
    out = []
    for message in sorted(messages, key=lambda m: _stamp(m.get(when_key))):
        who = _as_utf8(message.get(who_key))
        when = datetime.fromtimestamp(_stamp(message.get(when_key)) / 1000, tz=UTC)
        stamp = f"{when.month}/{when.day}/{when.year}, {when.hour:02}:{when.minute:02}"
        photos = message.get(photos_key)
        for photo in photos if isinstance(photos, list) else []:
            uri = photo.get("uri") if isinstance(photo, dict) else None
            if photos_key == "photos" or (isinstance(uri, str) and _MEDIA_PICTURE.search(uri)):
                out.append(f"{stamp} - {who}: [Photo]")
        if isinstance(content := message.get(text_key), str) and content:
            out.append(f"{stamp} - {who}: {_as_utf8(content)}")
    return "\n".join(out) if out else None


def _stamp(value: object) -> int:
    """A message's time in milliseconds, kept within the years a date can name."""
    return min(max(value, 0), 253_402_300_799_000) if isinstance(value, int) else 0


def _as_utf8(value: object) -> str:
    """A string of the export as it was written: its bytes, each read as a character of
    Latin-1, read again as UTF-8 (a string that is no such thing left as it is)."""
    if not isinstance(value, str):
        return ""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        # (a lone surrogate's escape, '\ud800' of an emoji cut in two, is no character a
        # file can hold: written as U+FFFD)
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _column(columns: list[str], name: str) -> int:
    return columns.index(name) if name in columns else -1


def _captions_listed(message: _Message) -> str:
    """A message of captions under their word ('captions, in order:', then '1) ...', '2)
    ...'), each as a picture's labelled caption ('Pic 1: ...'); any other message as it is."""
    listed = [_NUMBERED.match(line.strip()) for line in message.lines[1:] if line.strip()]
    heading = _CAPTION.match(message.lines[0].strip())
    if heading is None or heading.end() < len(message.lines[0].strip()) or not listed:
        return message.text
    if not all(listed):
        return message.text
    return "\n\n".join(f"Pic {m.group('n')}: {m.group('caption')}" for m in listed if m)


def _export_head(head: list[str]) -> bool:
    """Whether the lines before the first message are an export's header ('Conversation:
    ...', 'Messages: 31'), or none: not a story's headline, byline and lede quoting texts."""
    lines = [line.strip() for line in head if line.strip()]
    return len(lines) <= 12 and not any(
        len(line.split()) >= 6 and line.endswith((".", "!", "?", '"', "”", ":")) for line in lines
    )


def _part(line: str) -> int:
    """The number of a story's part ('(4/11) ...'), or 0: not a date ('12/4 works for me'),
    whose first number is more than the count."""
    found = _PART.match(line)
    if not found:
        return 0
    n, of = int(found.group("n")), int(found.group("of"))
    return n if 0 < n <= of else 0


def _with_pictures_between(
    story: list[_Message], messages: list[_Message], at: dict[int, int]
) -> list[_Message]:
    """A story's numbered parts with the writer's pictures sent between them, each where it
    was sent (a channel's post of a story in parts, a photo after the part it goes with),
    when the parts were sent in their order; the parts alone otherwise."""
    places = [at[id(m)] for m in story]
    if places != sorted(places):
        return story
    writer = story[0].who
    between = messages[places[0] : places[-1] + 1]
    return [
        m
        for m in between
        if id(m) in {id(part) for part in story}
        or (m.who == writer and _SENT_PICTURE.match(m.lines[0].strip()) and len(m.lines) > 1)
    ]


def _part_text(message: _Message) -> str:
    """A numbered part's text without its number ('(1/4) '), nor the sign a channel's post
    opens with before its words ('📢 Refuse chutes ...'); a picture's message as its caption,
    the export's word for the picture ('[ Photo ]') no line of the story."""
    if _SENT_PICTURE.match(message.lines[0].strip()):
        return "\n".join(message.lines[1:])
    text = _PART.sub("", message.text, count=1)
    return _OPENING_SIGN.sub("", text, count=1)


# a pictograph (and its variation selector) opening a post, before its words
_OPENING_SIGN: Final = re.compile(rf"^(?:[{PICTOGRAPHS}]\ufe0f?\s*)+")


def _numbered(parts: list[tuple[_Message, int]]) -> bool:
    """Whether numbered parts hold the story: three or more, or all the parts of a count
    ('(1/2)' and '(2/2)')."""
    if len(parts) >= 3:
        return True
    counts = {_PART.match(m.lines[0]).group("of") for m, _ in parts}  # type: ignore[union-attr]
    return len(parts) == 2 and counts == {"2"} and {n for _, n in parts} == {1, 2}


def _pictures(after: list[_Message], writer: str) -> list[_Message]:
    """The writer's pictures and their captions among the messages after the story."""
    found: list[_Message] = []
    pictured = False  # whether the writer has sent a picture yet
    for message in after:
        if message.who != writer:
            continue
        first = message.lines[0].strip()
        if _PICTURE.match(first) or _SENT_PICTURE.match(first) or _MARKDOWN_PICTURE.match(first):
            found.append(message)
            pictured = True
        elif pictured and _CAPTION.match(first):
            found.append(message)  # 'Pic 1: Loretta Haskins carries hay ...'
    return found
