"""A manuscript a writing app compiled from its scenes (Obsidian's Longform plugin, and any
that works the same way): each scene a note of its own, named with a number for its place
('00 Top', '01 Korzok camp', '02 The numbers'), and the compile step that prepends each
scene's title setting the note's name over its text as a '##' heading.

Those headings are the writer's file names, not the story's crossheads (a crosshead the
writer means is written in the scene's text, under it); and a scene the writer titles as one
not to be compiled ('99 Desk notes (do not compile)') holds notes for the desk, not story.
"""

from __future__ import annotations

import re
from typing import Final

# a scene's title as the compile step sets it: '## 03 Leaving'
_SCENE: Final = re.compile(r"^##[ \t]+(?P<number>\d{1,3})[ \t]+(?P<name>\S[^\n]*)$", re.M)
_SECOND_LEVEL: Final = re.compile(r"^##[ \t]+\S", re.M)
_FEWEST: Final = 3  # (two numbered headings may be a story's own: '## 1 The vote')
# a scene's title that keeps it out of the story
_LEFT_OUT: Final = re.compile(
    r"\b(?:do not (?:compile|publish|print)|don['’]t (?:compile|publish)|"
    r"not for (?:publication|print|compile)|desk notes|notes (?:for|to) (?:the )?desk)\b",
    re.I,
)


def scene_titles(body: str) -> tuple[str, list[str]]:
    """The manuscript without its scenes' titles and without the scenes titled as left out,
    and what was taken out (furniture); the body as it is when its second-level headings are
    not all numbered scenes, in order."""
    scenes = list(_SCENE.finditer(body))
    numbers = [int(s.group("number")) for s in scenes]
    every = len(scenes) == len(_SECOND_LEVEL.findall(body))
    if len(scenes) < _FEWEST or not every or numbers != sorted(set(numbers)):
        return body, []
    kept, taken = [body[: scenes[0].start()]], []
    for n, scene in enumerate(scenes):
        end = scenes[n + 1].start() if n + 1 < len(scenes) else len(body)
        taken.append(" ".join(scene.group().lstrip("# ").split()))
        text = body[scene.end() : end]
        if _LEFT_OUT.search(scene.group("name")):
            taken += [" ".join(line.lstrip("-*+ ").split()) for line in text.split("\n")]
            text = "\n"
        kept.append(text)
    return "".join(kept), [line for line in taken if line]
