"""A conversation copied out of Messages on a Mac, written as a chat's export writes its
messages, for the chat reader.

The copy runs: the other person's name and the service ('iMessage', 'SMS'), then the
thread: a day and time over each run of messages ('Mon, 9 Mar at 21:31'), a message a line
(a message of several paragraphs with an empty line between them), a picture as the object
replacement character, the reader's own message marked by the receipt under it ('Delivered',
'Read 21:57'), a reaction to a message as a line quoting its opening ('Loved “Part 1 of
3 ...”'), and 'Edited' under a message changed after it was sent.
"""

from __future__ import annotations

import re
from typing import Final

_SERVICE: Final = frozenset(("iMessage", "SMS", "Text Message", "RCS"))
# the day and time over a run of messages: 'Mon, 9 Mar at 21:31', 'Yesterday at 9:02 PM',
# 'Today 18:40', '09/03/2026, 21:31'
_STAMP: Final = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? \d{1,2} [a-z]{3,9}\.?(?: \d{4})?|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? [a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?|"
    r"today|yesterday|\d{1,2}/\d{1,2}/\d{2,4},?)"
    r"(?: at)? (?P<time>\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)$",
    re.I,
)
# the receipt under the reader's own last message: 'Delivered', 'Read 21:57', 'Read Yesterday'
_RECEIPT: Final = re.compile(r"^(?:delivered(?: quietly)?|read(?: [\w:., ]{1,20})?|sent)$", re.I)
# a reaction to a message, its opening quoted: 'Loved “Part 1 of 3 ...”', 'Liked “Pics by ...”'
_TAPBACK: Final = re.compile(
    r"^(?:loved|liked|disliked|laughed at|emphasi[sz]ed|questioned|reacted \S{1,8} to)"
    r" [“\"].*[”\"]$",
    re.I,
)
_EDITED: Final = "Edited"
_PICTURE: Final = "\ufffc"  # (the object replacement character a picture is copied as)


def messages_copy(text: str) -> str | None:
    """The thread of a Messages conversation copied as text, a message a line as a chat's
    export writes it ('1/1/2000, 21:31 - Name: ...', a picture as '[Photo]', the reader's own
    messages as 'You'); None when the text is no such copy."""
    lines = [line.rstrip() for line in text.lstrip("\ufeff").split("\n")]
    if len(lines) < 3 or lines[1].strip() not in _SERVICE or not _STAMP.match(lines[2].strip()):
        return None  # (the other person's name, the service, the first day and time)
    partner = lines[0].strip()
    messages: list[list[str]] = []  # each message's lines, its sender first
    time = "12:00"
    held = False  # whether the last line ended a paragraph with an empty line under it
    for line in lines[2:]:
        said = line.strip()
        if not said:
            held = bool(messages)
            continue
        if stamp := _STAMP.match(said):
            time, held = stamp.group("time"), False
            continue
        if said in _SERVICE:
            continue  # (the service's name again, at the thread's foot)
        if _RECEIPT.match(said) and messages:
            messages[-1][0] = f"1/1/2000, {time} - You: "  # (the reader's own, sent)
        elif said == _EDITED or _TAPBACK.match(said):
            held = False  # (a mark under a message, no words of it)
        elif held and messages and said != _PICTURE:
            messages[-1] += ["", said]  # a message's next paragraph
        else:
            words = "[Photo]" if said == _PICTURE else said
            messages.append([f"1/1/2000, {time} - {partner}: ", words])
        held = False
    if not messages:
        return None
    return "\n".join(m[0] + "\n".join(m[1:]) for m in messages)
