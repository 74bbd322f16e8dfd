"""A story mailed in parts, and text wrapped twice on its way.

A link that carries only short messages (a satellite terminal's mail, an old gateway) cuts a
long story into several mails, each with its headers, and may cut it in the middle of a
sentence; the desk saves the mails one under another. A text wrapped at one width by the
writer's program and again at a narrower one by the link's leaves each of its lines split in
two: a line filled to the narrower width, then a word or two on a line of their own.
"""

from __future__ import annotations

import re
from typing import Final

# a mail's header as a mail program shows or saves it: 'From: ...', 'Subject: ...', the
# program's own ('X-Mailer: ...') and a line naming what it carries ('Attachment: a.jpg')
_HEADER: Final = re.compile(
    r"^(?:from|to|cc|date|sent|subject|reply-to|message-id|mime-version|content-type|"
    r"x-[a-z]+(?:-[a-z]+)*|attachments?)[ \t]*:[ \t]*\S",
    re.I,
)
# a rule between saved mails, and the mark a link sets where a message goes on from the one
# before: '[part 2 of 3 - continues]', '(continued from part 1)', '[2/3]'
_RULE: Final = re.compile(r"^(?:={3,}|-{3,}|_{3,}|\*{3,})$")
_PART: Final = re.compile(
    r"^[\[(<]\s*(?:(?:part|message|msg)\s*)?\d{1,2}\s*(?:of|/)\s*\d{1,2}\b[^\])>]{0,40}[\])>]$|"
    r"^[\[(<]\s*(?:continued|continues|cont['’]?d)\b[^\])>]{0,40}[\])>]$",
    re.I,
)
# the mark of a place where a message ended and the next goes on
PAGE: Final = "\x00page\x00"


def mailed_parts(text: str) -> tuple[str, list[str]] | None:
    """Several mails saved one under another, their headers, the rules between them and the
    marks that say a message goes on taken out, a page mark set where each message after
    the first begins; apart, the lines taken out. None when the text holds fewer than two
    mails' headers."""
    lines = text.split("\n")
    runs = _header_runs(lines)
    if len(runs) < 2 or _forwarded(lines, runs):
        return None
    wrapper: list[str] = []
    for number, (start, end) in enumerate(runs):
        taken = list(range(start, end))
        before = start - 1
        while (
            number
            and before >= 0
            and (not lines[before].strip() or _RULE.match(lines[before].strip()))
        ):
            taken.append(before)
            before -= 1
        after = end
        while after < len(lines) and (
            not lines[after].strip() or _PART.match(lines[after].strip())
        ):
            taken.append(after)
            after += 1
        for n in taken:
            if lines[n].strip():
                wrapper.append(lines[n].strip())
            lines[n] = ""
        if number:
            lines[start] = PAGE
    return "\n".join(lines), wrapper


_SUBJECT: Final = re.compile(r"^subject[ \t]*:[ \t]*(?P<subject>.+)$", re.I)
# a subject's mark of a forwarded mail: 'Subject: FW: ...', 'Subject: Fwd: ...'
_FORWARD_MARK: Final = re.compile(r"fwd?[ \t]*:[ \t]*", re.I)


def _forwarded(lines: list[str], runs: list[tuple[int, int]]) -> bool:
    """Whether the mails are one forwarded with its original under it, not a story's parts:
    the first mail's subject is 'FW:' and the subject of the mail under it."""
    first = [s for s in _subjects(lines, runs[0]) if _FORWARD_MARK.match(s)]
    under = _subjects(lines, runs[1])
    return bool(first and under) and _FORWARD_MARK.sub("", first[0], count=1) == under[0]


def _subjects(lines: list[str], run: tuple[int, int]) -> list[str]:
    """The subjects of the header lines in a run, their spaces made single."""
    found = (_SUBJECT.match(lines[n].strip()) for n in range(*run))
    return [" ".join(m.group("subject").split()) for m in found if m]


def _header_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Where each mail's headers stand: runs of three header lines or more, a sender's and a
    subject's or a date's among them."""
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(lines):
        if not _HEADER.match(lines[n]):
            n += 1
            continue
        end = n
        while end < len(lines) and _HEADER.match(lines[end]):
            end += 1
        names = {line.split(":", 1)[0].strip().lower() for line in lines[n:end]}
        if end - n >= 3 and "from" in names and names & {"subject", "date", "sent"}:
            runs.append((n, end))
        n = end
    return runs


_ENDED: Final = (".", "!", "?", ":", '"', "”")
# a line the narrower wrapping left: a word or two, at most this many characters
_STUB: Final = 20


def rewrapped(groups: list[list[str]]) -> list[list[str]]:
    """A text's paragraphs (each as its lines) with each line a second, narrower wrapping
    split joined again, when the text is so wrapped: its lines filled to one width, and
    under many of them, inside a paragraph, a word or two the width left over which the
    next line's first word would have fitted after (no single wrapping leaves that)."""
    widths = sorted(len(line) for group in groups for line in group if len(line) >= 40)
    if len(widths) < 8:
        return groups
    width = widths[int(0.9 * (len(widths) - 1))]
    if width > 100:
        return groups  # (a paragraph a line: no wrapping)
    stubs = [[n for n in range(1, len(group)) if _stub(group, n, width)] for group in groups]
    inside = sum(
        1 for group, found in zip(groups, stubs, strict=True) for n in found if n + 1 < len(group)
    )
    if inside * 4 < len(widths):
        return groups  # (a paragraph's last line is short in any wrapping)
    out = []
    for group, found in zip(groups, stubs, strict=True):
        joined: list[str] = []
        for n, line in enumerate(group):
            if n in found:
                joined[-1] += " " + line
            else:
                joined.append(line)
        out.append(joined)
    return out


def _stub(group: list[str], n: int, width: int) -> bool:
    """Whether a paragraph's `n`th line is what a narrower wrapping left of a line: a word
    or two, under a line filled to the width they did not fit on, and short enough that
    the next line's first word would have fitted after them; or, the paragraph's last, its
    last word or two, under a line that ends no sentence."""
    line, above = group[n], group[n - 1]
    if len(line) > _STUB or not width - len(line.split(None, 1)[0]) <= len(above) <= width:
        return False
    if n + 1 < len(group):
        following = group[n + 1]
        if above.endswith(_ENDED) and line[:1].isupper() and following[:1].isupper():
            return False  # a heading between two paragraphs a line: 'Tree lighting'
        return len(line) + 1 + len(following.split(None, 1)[0]) < width - 10
    return (
        not above.endswith(_ENDED)
        and ":" not in line
        and (line[:1].islower() or line.endswith(_ENDED))  # (not a byline: 'By Ana Ruiz')
    )
