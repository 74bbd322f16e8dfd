"""A form's responses as the form's service mails a copy of them to whoever filled it in.

A newsroom's web form for readers' reports (Google Forms, and the copy of the responses it
e-mails: 'Thanks for filling out ...', 'Edit response', '* Indicates required question')
prints each question on a line of its own, a required one marked with '*' and a hint in
brackets ('Report * (please start with the place in capitals)'), and the answer on the lines
under it; a long answer's paragraphs stand apart under it. The story is what the story's
questions hold: the headline, the summary under it, the name to print and the report, its
pictures' captions each numbered as the uploads are. The other questions (the school, a
phone number, the results as agate, the consent boxes) are the form's, and so is everything
above the questions: the mail that forwards the copy and the form's own head. A correction
the sender's note makes to the report ('the time should be 49.81 seconds, not 48.91') is put
in place, where the report says the old words once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Block, Picture

# the line a form's copy prints over its questions, saying what its '*' means
_REQUIRED: Final = re.compile(r"^\*\s*(?:indicates required question|required)$", re.I)
# a question's required mark and the hint after it: 'Report * (please ...)', 'Photo
# captions – one per photo, ...'
_MARKS: Final = re.compile(r"\s*\*(?=\s|$)|\s+[–—-]\s+.*$")
# a numbered answer line: '1. Learners run ...'
_NUMBERED: Final = re.compile(r"^\d{1,2}[.)]\s+")
# what a correction says: '... should be 49.81 seconds, not 48.91.'
_CORRECTION: Final = re.compile(
    r"\bshould (?:be|read|say) [‘'\"“]?(?P<new>[^‘'\"“,;]+?)[’'\"”]?,? (?:not|instead of) "
    r"[‘'\"“]?(?P<old>[^’'\"”,;]+?)[’'\"”]?(?=[.,;]?(?:\s|$))"
)


def answered_form(blocks: Sequence[Block], role: Callable[[str], str]) -> list[Block] | None:
    """The blocks of a form's copy of its responses as the story's, or None when the
    document is none. `role` gives what a question's label asks for ('hed', 'dek',
    'byline', 'story', 'caption', or '')."""
    marker = next((n for n, b in enumerate(blocks[:200]) if _REQUIRED.match(b.text)), -1)
    if marker < 0:
        return None
    questions = _questions(blocks[marker + 1 :], role)
    if not any(role(question) == "story" for question, _ in questions):
        return None
    head: dict[str, Block] = {}  # the headline, the summary and the name, set over the text
    text: list[Block] = []  # the report's paragraphs, then its pictures
    asked: list[Block] = []  # the form's own questions and their answers
    for question, answer in questions:
        kind = role(question)
        if kind == "hed" and answer:
            head[kind] = Block(" ".join(answer), "h1", -1, "labelled")
        elif kind == "dek" and answer:
            head[kind] = Block(" ".join(answer), "p", -1, "dek")
        elif kind == "byline" and answer:
            head[kind] = Block(f"By {answer[0].split(',')[0].strip()}", "p", -1)
        elif kind == "story":
            text += [Block(line, "p", -1) for line in answer]
        elif kind == "caption":
            text += [_picture(line) for line in answer]
        else:
            asked += [Block(line, "p", -1, "note") for line in (question, *answer)]
    for found in _CORRECTION.finditer(" ".join(b.text for b in blocks[:marker])):
        text = _corrected(text, found.group("old").strip(), found.group("new").strip())
    above = [Block(b.text, b.kind, b.group, b.hint or "note") for b in blocks[: marker + 1]]
    return [*above, *head.values(), *text, *asked]


def _picture(line: str) -> Block:
    """A picture from its numbered caption line: '1. Learners run ... (Photo: Ana Ruiz)'."""
    caption, credit = split_credit(_NUMBERED.sub("", line))
    return Block(caption, "image", -1, "", Picture(caption=caption, credit=credit))


def _questions(blocks: Sequence[Block], role: Callable[[str], str]) -> list[tuple[str, list[str]]]:
    """Each question with its answer's lines: a group's first line is a question and the
    rest its answer; a group of one line under the report goes on with it (its next
    paragraph)."""
    questions: list[tuple[str, list[str]]] = []
    sizes = Counter(b.group for b in blocks)
    group = None
    for b in blocks:
        first, group = b.group != group, b.group
        going_on = questions and sizes[b.group] == 1 and role(questions[-1][0]) == "story"
        if first and not going_on:
            questions.append((_MARKS.sub("", b.text).strip(), []))
        else:
            questions[-1][1].append(b.text)
    return questions


def _corrected(text: list[Block], old: str, new: str) -> list[Block]:
    """The report with the paragraph that says `old` once given the words of `new` in its
    place (as many words as `old` has: '49.81' of '49.81 seconds' for '48.91'), when no
    other paragraph says it."""
    said = [n for n, b in enumerate(text) if b.kind == "p" and old in b.text]
    if len(said) != 1 or text[said[0]].text.count(old) != 1:
        return text
    n = said[0]
    fixed = text[n].text.replace(old, " ".join(new.split()[: len(old.split())]))
    return [*text[:n], Block(fixed, "p", text[n].group), *text[n + 1 :]]
