"""A newsletter's plain-text part, as Mailchimp generates it from a campaign and as a mail
program forwards it when it keeps only the text: each heading written '** HEADING' over a
rule of hyphens, the items set apart by rules of equals signs, a link written as its words
and its address in parentheses ('the guidelines (https://...)'), a picture left out (its
caption line stays where it stood), and Mailchimp's footer (the mailing address, the
preference and unsubscribe links, 'Email Marketing Powered by Mailchimp') under it all.

The story is the item that holds it: the one among those the equals rules set apart with the
most prose, read from its first heading with a paragraph under it (a bulletin's masthead,
its issue line and its list of contents stand above it) down to the next rule. Its other
headings are its crossheads, and the links in its paragraphs their words; every other item,
the preheader, the 'View this email in your browser' line, the footer and what the mail
program set round the forwarded mail are the mail's, not the story's, and are furniture.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

# a heading as the text part writes it: '** HEADING', then a rule of hyphens
_HEADING: Final = re.compile(r"^\*\* (?P<text>\S[^\n]*)\n-{20,}[ \t]*$", re.M)
# the rule of equals signs between a newsletter's items
_ITEM_RULE: Final = re.compile(r"^={20,}[ \t]*$", re.M)
# what tells Mailchimp's text part from another mail's: its footer's or links' words
_MAILCHIMP: Final = re.compile(
    r"Powered by Mailchimp|\.list-manage\.com/|https?://mailchi\.mp/|mailchimp\.com/", re.I
)
# a link as the text part writes it: its words, then its address in parentheses (the spaces
# before it matched from their first, not again from each: a line of a table's padding)
_LINK: Final = re.compile(r"(?<![ \t])[ \t]*\((?:https?://|mailto:)[^\s()]+\)")
# a button: a line of a few words and a link's address, nothing else ('Read the guidelines
# (https://...)')
_BUTTON: Final = re.compile(r"^[^\n.!?]{1,60}\((?:https?://|mailto:)[^\s()]+\)$")
# a paragraph of prose: a line of twenty words or more
_PROSE: Final = re.compile(r"^(?:\S+[ \t]+){19}\S")


def mailchimp_story(text: str) -> tuple[str, list[str]] | None:
    """(the story's text, the mail round it) when `text` holds a newsletter's text part as
    Mailchimp writes it, else None."""
    if len(_HEADING.findall(text)) < 2 or not _MAILCHIMP.search(text):
        return None
    items = _items(text)
    start, end = max(items, key=lambda span: _prose(text[span[0] : span[1]]))
    headings = [m for m in _HEADING.finditer(text, start, end) if _leads(text, m.end(), end)]
    if not headings:
        return None
    head = headings[0]
    story, links = _story(text[head.start() : end])
    if not story:
        return None
    around = text[: head.start()] + "\n" + text[end:]
    furniture = [line.strip() for line in around.split("\n") if line.strip()]
    return story, furniture + links


def _items(text: str) -> list[tuple[int, int]]:
    """Where each of the newsletter's items begins and ends, as its equals rules set them."""
    cuts = [0, *(m.start() for m in _ITEM_RULE.finditer(text)), len(text)]
    return list(pairwise(cuts))


def _prose(text: str) -> int:
    """How many words a part of the text holds in lines of prose."""
    return sum(len(line.split()) for line in text.split("\n") if _PROSE.match(line))


def _leads(text: str, start: int, end: int) -> bool:
    """Whether a heading leads a story: a paragraph of prose under it before the next
    heading (not a masthead over an issue line and a list of contents)."""
    following = _HEADING.search(text, start, end)
    return _prose(text[start : following.start() if following else end]) > 0


def _story(item: str) -> tuple[str, list[str]]:
    """The story's lines as text (a heading its words, a link its words, a button left out),
    and what was taken out of them (the links' addresses, the buttons)."""
    item = _HEADING.sub(lambda m: m.group("text"), item)
    kept, out = [], []
    for line in item.split("\n"):
        if _BUTTON.match(line.strip()):
            out.append(line.strip())
            continue
        out += [m.group().strip() for m in _LINK.finditer(line)]
        kept.append(_LINK.sub("", line))
    return "\n".join(kept).strip(), out
