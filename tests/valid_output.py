"""What valid output is, format by format, written independently of the product's sanitiser:
the tests of hostile story text (tests/test_hostile_text.py, tests/workflow/
test_hostile_output.py) hold every emitter to these rules."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree as ET

# What must never reach output as itself: C0 controls but tab and newline, DEL, C1 controls,
# bidi controls, line and paragraph separators, lone surrogates, non-characters.
_NONCHARACTERS = "".join(chr(plane + low) for plane in range(0, 0x110000, 0x10000)
                         for low in (0xFFFE, 0xFFFF))
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
    f"\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]"
)
# RFC 3986: the characters of a URI reference, and a % only before two hex digits
URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
GITHUB_LINE = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def no_raw(out: str) -> None:
    """Nothing unsafe in `out`, and it encodes as UTF-8 (no lone surrogate)."""
    found = sorted({f"U+{ord(c):04X}" for c in RAW.findall(out)})
    assert not found, f"raw characters in the output: {found}"
    out.encode("utf-8")


def text_report(out: str) -> None:
    no_raw(out)


def json_document(out: str) -> Any:
    no_raw(out)
    return json.loads(out)


def junit_document(out: str) -> ET.Element:
    no_raw(out)
    return ET.fromstring(out.encode("utf-8"))


def sarif_document(out: str) -> dict[str, Any]:
    """Parses, and keeps to SARIF 2.1.0's rules for what it writes (texts not empty, URI
    references, lines and columns from 1)."""
    doc = json_document(out)
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    for result in run["results"]:
        assert isinstance(result["ruleId"], str) and result["ruleId"]
        assert isinstance(result["message"]["text"], str) and result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert URI_REFERENCE.match(uri), f"not a URI reference: {uri!r}"
        region = location["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1, region
    for invocation in run["invocations"]:
        for note in invocation["toolExecutionNotifications"]:
            assert note["message"]["text"]
    return doc


def github_commands(out: str, count: int | None = None) -> list[tuple[str, str, str]]:
    """Every line a workflow command whose properties and data are escaped as GitHub's
    runner reads them (%25, %0D, %0A; in properties also %3A and %2C)."""
    no_raw(out)
    lines = out.removesuffix("\n").split("\n") if out else []
    commands = []
    for line in lines:
        match = GITHUB_LINE.match(line)
        assert match, f"not a workflow command: {line!r}"
        level, props, data = match.groups()
        for prop in (props or "").split(","):
            if props:
                key, _, value = prop.partition("=")
                assert key in {"file", "line", "col", "title"}, prop
                assert ":" not in value and "\r" not in value, prop
        assert "\r" not in data
        assert not re.search(r"%(?!25|0D|0A)", data), f"a bare % in {data!r}"
        commands.append((level, props or "", data))
    if count is not None:
        assert len(commands) == count, out
    return commands
