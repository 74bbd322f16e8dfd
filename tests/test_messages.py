"""Messages name the real story, claim and source, and the commands they suggest run as
printed: no literal SLUG or ID left for the reader to fill in."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

from tests.helpers import CLEAN_STORY, Clone
from tests.test_claim_verdicts import _unverified

SLUG = "harbor-seawall"
ADDED = "Ocampo said the wall would take 41 months to build."


def _findings(room: Clone, check: str) -> list[dict[str, Any]]:
    result = room.run("check", SLUG, "--stage", "fact-check", "--format", "json")
    assert result.code in (0, 1), result.text
    return [f for f in json.loads(result.out)["findings"] if f["check"] == check]


def _with_sentence(room: Clone) -> None:
    body = (CLEAN_STORY / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    room.write_story(SLUG, body=body.rstrip("\n") + "\n\n" + ADDED + "\n")
    room.commit_all("file story")


def test_no_message_leaves_a_placeholder(room: Clone) -> None:
    _with_sentence(room)
    result = room.run("check", SLUG, "--stage", "fact-check", "--format", "json")
    messages = [f["message"] for f in json.loads(result.out)["findings"]]
    assert messages
    assert not [m for m in messages if re.search(r"(?<![\w-])(SLUG|ID)(?![\w-])", m)], messages


def test_an_uncovered_statement_suggests_a_claim_command_that_runs_as_printed(
    room: Clone,
) -> None:
    _with_sentence(room)
    (finding,) = [f for f in _findings(room, "factcheck.uncovered-statement")
                  if "41 months" in f["excerpt"]]
    command = re.search(r"\((newsroom claim \S+ add .*?--source [\w-]+)", finding["message"])
    assert command, finding["message"]
    words = shlex.split(command.group(1))
    assert words[2] == SLUG
    assert words[-1] == "ocampo"  # the source the sentence names
    done = room.run(*words[1:])
    assert done.code == 0, done.text
    assert not [f for f in _findings(room, "factcheck.uncovered-statement")
                if "41 months" in f["excerpt"]]


def test_a_claim_finding_names_the_claim(room: Clone) -> None:
    room.write_story(SLUG, files={"factcheck.yaml": _unverified("length")})
    room.commit_all("file story")
    messages = [f["message"] for f in _findings(room, "factcheck.unverified")]
    assert any(f"newsroom claim {SLUG} verify length " in m for m in messages), messages
