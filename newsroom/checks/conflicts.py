"""A check on the body for what a merge left behind: git's conflict markers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage

# The lines git writes around the two sides of a conflict it could not merge: `<<<<<<< ours`
# and `>>>>>>> theirs` open and close it, `=======` parts the sides and `||||||| base` starts
# the common ancestor's text (diff3). A lone `=======` is also a Markdown heading underline,
# so it counts only in a body that holds an opening or closing marker.
OPENING: Final = "<" * 7
CLOSING: Final = ">" * 7
_MARKER: Final = re.compile(rf"^(?:{OPENING}|{CLOSING}|\|{{7}})(?:[ \t].*)?$|^={{7}}[ \t]*$", re.M)
_FILLER: Final = "Filler sentence here. " * 40


@check(
    "body.conflict-marker",
    Stage.DRAFT,
    Severity.ERROR,
    "resolve the git merge conflict: keep the right text and delete the conflict marker lines "
    "(<<<<<<<, =======, >>>>>>>)",
    "git: 'How conflicts are presented' (git-merge(1)); house style: filing copy",
    passing=[Example(), Example(body="The vote\n=======\n\n" + _FILLER)],
    failing=[
        Example(
            body=f"{OPENING} HEAD\nThe council voted 5-2.\n=======\nThe council voted 6-1.\n"
            f"{CLOSING} fact-check-fixes\n\n" + _FILLER
        ),
        Example(body=_FILLER + f"\n\n{CLOSING} main\n"),
    ],
)
def body_conflict_marker(view: StoryView) -> Iterator[Hit]:
    body = view.story.body
    if OPENING not in body and CLOSING not in body:
        return
    for m in _MARKER.finditer(body):
        yield Hit(
            view.story.body_line + body.count("\n", 0, m.start()),
            1,
            excerpt=m.group(),
        )


CHECKS: Final[tuple[Check, ...]] = (body_conflict_marker,)
