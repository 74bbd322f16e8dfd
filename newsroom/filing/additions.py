"""A paragraph the writer sends after the story, in a reply to the desk's question, with where
it goes: 'Add this after the para about the nurses: "The six machines ... cost $1.3 million,
Bokin said."' (a project board's updates, a mail's reply). The paragraph is put where it says,
after (or before) the story's paragraph that speaks of what it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# the writer's word: where the paragraph goes, and the paragraph in quotes after the colon
_ADDITION: Final = re.compile(
    r"^(?:@[\w.'’-]+(?: [\w.'’-]+)?\s+)?(?:please\s+)?(?:add|insert|put)\s+"
    r"(?:this|the following|this (?:para|paragraph|graf|line))\s+"
    r"(?P<where>after|before|under|below|above)\s+the\s+(?:para|paragraph|graf|par)\s+"
    r"(?:about|on|with|that mentions|mentioning)\s+(?P<topic>[^:\"“]{2,60}?)\s*:\s*"
    r"[\"“](?P<paragraph>[^\"“”]*(?:[\"“][^\"“”]*[\"”][^\"“”]*)*)[\"”]\s*$",
    re.I,
)
_BEFORE: Final = ("before", "above")
_TOPIC_WORD: Final = re.compile(r"[a-z][a-z'’-]{3,}", re.I)
_SMALL: Final = frozenset(("the", "that", "this", "with", "from", "about", "where", "when"))
_PARAGRAPH_WORDS: Final = 8  # (the fewest words of a paragraph the writer sends)


def added(body: Sequence[str], said: str) -> tuple[int, str] | None:
    """Where in `body` the paragraph a line of the writer's (`said`) adds goes, and that
    paragraph; None when the line adds none, or no paragraph of the story speaks of what
    it names (or two do)."""
    found = _ADDITION.match(said.strip())
    if found is None or len(found.group("paragraph").split()) < _PARAGRAPH_WORDS:
        return None
    words = [
        w.lower() for w in _TOPIC_WORD.findall(found.group("topic")) if w.lower() not in _SMALL
    ]
    if not words:
        return None
    about = [n for n, text in enumerate(body) if all(_speaks_of(text, word) for word in words)]
    if len(about) != 1:
        return None
    at = about[0] if found.group("where").lower() in _BEFORE else about[0] + 1
    return at, found.group("paragraph").strip()


def _speaks_of(text: str, word: str) -> bool:
    """Whether a paragraph has the word, or the word without its plural's 's'."""
    stem = word[:-1] if word.endswith("s") else word
    return re.search(rf"\b{re.escape(stem)}", text, re.I) is not None
