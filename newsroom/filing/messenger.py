"""A conversation on messenger.com copied with everything on the page selected, written as a
chat's export writes its messages, for the chat reader.

The copy runs: the list of chats (each a name over its last message), the conversation's
header (the other person's name over 'Active 5m ago') and profile card, then the thread: a
day and time over each run of messages ('SAT 7:02 PM'), the sender's first name over their
messages and 'You sent' over the reader's own, a reaction's emoji and count under a message
('👍 1'), a line for the pictures sent ('Marlon sent 2 photos.'), a voice note; and at its
foot, who has seen it ('Seen by ... at 7:31 PM') and the box to write in ('Aa', 'Send a
message…').
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.checks.text import PICTOGRAPHS

# the conversation's header, under the other person's name
_ACTIVE: Final = re.compile(r"^Active (?:now|\d{1,2}\s?[mhd] ago)$")
# the day and time over a run of messages: 'SAT 7:02 PM', '7:02 PM', 'AUG 7, 2026, 7:02 PM'
_STAMP: Final = re.compile(
    r"^(?:(?:MON|TUE|WED|THU|FRI|SAT|SUN|TODAY|YESTERDAY)[A-Z]*,? |"
    r"[A-Z]{3} \d{1,2}(?:, \d{4})?,? (?:AT )?)?(?P<time>\d{1,2}:\d{2})(?:\s?[AP]M)?$",
    re.I,
)
_YOU_SENT: Final = "You sent"
# the pictures sent: 'Marlon sent 2 photos.', 'Marlon sent a photo.'
_PHOTOS: Final = re.compile(
    r"^(?P<who>[^\n]{1,60}?) sent (?P<count>an?|\d{1,2}) (?:photos?|images?|pictures?)\.$"
)
# a reaction under a message: '👍 1', '❤️ 2'
_REACTION: Final = re.compile(rf"^(?:[{PICTOGRAPHS}]\ufe0f?\s?)+\d{{0,3}}$")
# the foot of the thread: who has seen it, the box to write in
_FOOT: Final = re.compile(r"^(?:seen by [^\n]{1,80}|aa|(?:send|type) a message(?:…|\.{3})?)$", re.I)


def messenger_page(text: str) -> str | None:
    """The thread of a messenger.com page copied as text, a message a line as a chat's
    export writes it ('1/1/2000, 7:02 PM - Name: ...', a picture as '[Photo]'); None when the
    text is no such copy."""
    if _YOU_SENT not in text:
        return None  # (a quick test, before the text is split into its lines)
    lines = [line.strip() for line in text.split("\n")]
    if _YOU_SENT not in lines:
        return None
    active = next((n for n, line in enumerate(lines) if _ACTIVE.match(line)), 0)
    start = next((n for n in range(active, len(lines)) if _STAMP.match(lines[n])), 0)
    if not active or not start:
        return None
    partner = lines[active - 1]  # (the name over 'Active ...')
    names = {partner, partner.split()[0]} if partner else set()
    time, who, out = "12:00 AM", "", []
    for line in lines[start:]:
        if _FOOT.match(line):
            break
        if stamp := _STAMP.match(line):
            time, who = stamp.group(), ""
        elif line == _YOU_SENT or line in names:
            who = "You" if line == _YOU_SENT else partner
            out.append(f"1/1/2000, {_clock(time)} - {who}: ")
        elif sent := _PHOTOS.match(line):
            count = int(sent.group("count")) if sent.group("count").isdigit() else 1
            sender = partner if sent.group("who") in names else sent.group("who")
            out += [f"1/1/2000, {_clock(time)} - {sender}: [Photo]"] * count
            who = ""
        elif _REACTION.match(line):
            continue  # (no word of the message it reacts to)
        elif not who and line:  # (a message under the time alone: the other person's)
            who = partner
            out.append(f"1/1/2000, {_clock(time)} - {who}: {line}")
        elif out and out[-1].endswith(": "):
            out[-1] += line
        elif who:
            out.append(line)
    return "\n".join(out) if out else None


def _clock(stamp: str) -> str:
    """The time of a stamp ('SAT 7:02 PM' is 7:02 PM), the page giving no date a message's
    line could carry."""
    found = re.search(r"\d{1,2}:\d{2}(?:\s?[AP]M)?$", stamp, re.I)
    return found.group() if found else "12:00 AM"
