"""Story text is data: make control characters visible so nothing in a story drives a terminal."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with terminal control characters (ESC, CSI, bidi overrides...) shown as escapes."""
    if text.isprintable():  # no control or format character at all: the common case
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
