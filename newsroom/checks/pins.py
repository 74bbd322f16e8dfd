"""What a claim's verdict pins: the claim's words and the body sentences they stand in.

`claim verify` writes the pin into the claim as `verified_hash`; the checks, `claim list`
and `show` recompute it from the story as it is now. A verdict whose pin no longer matches,
or that has none, is stale: it vouches for words the story no longer says, so it counts as
unverified until a fact-checker verifies the claim again. This is the one place the pin is
computed.

The pinned words are compared as a reader sees them: runs of white space (a line rewrapped)
and curly versus straight quotes (as `StoryView.occurrences` finds a claim) do not count;
every other change to the claim's text or to a sentence it stands in does. Where the claim's
text is not in the body at all, the pin covers the text alone (and no longer matches a pin
made while it was there).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Final

from newsroom.models import Claim, ClaimStatus

PREFIX: Final = "sha256:"
_FORMAT: Final = "newsroom claim pin 1"  # changes only if what a pin covers ever changes


def _words(text: str) -> str:
    # loaded here, so that asking whether a claim has a verdict loads no rule of the checks
    from newsroom.checks.statements import flatten

    return flatten(" ".join(text.split()))


def pin(text: str, sentences: Sequence[str]) -> str:
    """The pin of a claim quoting `text` from the body `sentences` it stands in, in order."""
    payload = [_FORMAT, _words(text), [_words(s) for s in sentences]]
    encoded = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return PREFIX + hashlib.sha256(encoded).hexdigest()


def has_verdict(claim: Claim) -> bool:
    """Whether the claim carries a fact-checker's verdict (anything but unverified)."""
    return claim.status is not ClaimStatus.UNVERIFIED


def is_stale(claim: Claim, current: str) -> bool:
    """Whether the claim's verdict no longer stands: it pins nothing, or not `current`
    (the pin of the claim in the story as it is now). An unverified claim is never stale."""
    return has_verdict(claim) and claim.verified_hash != current
