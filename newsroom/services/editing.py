"""`newsroom edit`: a story's story.md opened in the person's own editor, then held to the
draft gate, so that what they wrote is checked the moment they save it.

The editor is `$VISUAL`, else `$EDITOR` (a command with its arguments, as git reads them).
The edit is left in the working tree for the person to commit (or, for a published story,
to record with `newsroom correct`): a change to what a sign-off covered is theirs to make
knowingly, never a commit made behind their back.

Before the editor opens, a sign-off a kill interrupted is finished (or rolled back), as every
writing command does first: otherwise the editor would get story.md as it was before the
sign-off, and the person's save, then commit, would quietly undo it.
"""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

from newsroom.errors import InputError, Refused, UsageError
from newsroom.models import Stage
from newsroom.services import checking
from newsroom.services.contributions import rel
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store


@dataclass(frozen=True)
class Edited:
    slug: str
    changed: bool  # story.md differs from what it was before the editor opened
    stage: Stage
    report: checking.CheckReport  # the draft gate, run on the story as saved


def editor_command(environ: Mapping[str, str]) -> list[str]:
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                raise UsageError(f"${name} ('{value}') cannot be read as a command") from None
            if words:
                return words
    raise UsageError(
        "no editor is set: set $VISUAL or $EDITOR to your editor (e.g. export EDITOR=nano), "
        "then run this again"
    )


def edit(ws: Workspace, slug: str, environ: Mapping[str, str]) -> Edited:
    """Open story.md in the person's editor; then run the draft gate on it as saved."""
    command = editor_command(environ)
    ws.repo().recover()  # (waits for a sign-off under way, or refuses: see Repo.recover)
    story = store.read_story(ws.root, slug)  # there is such a story, and it can be read
    if story.meta.stage is Stage.PUBLISH:
        raise Refused(
            f"'{slug}' is past its fact-check, which covered its text; return it to fact-check "
            f'first (newsroom return {slug} --to fact-check --reason "..."), then edit it'
        )
    path = story.folder / store.STORY_FILE
    before = path.read_bytes()
    shown = rel(slug, store.STORY_FILE)
    try:
        done = subprocess.run([*command, str(path)], check=False)
    except OSError as exc:
        raise UsageError(
            f"cannot run the editor '{command[0]}' ({exc.strerror}); set $VISUAL or $EDITOR "
            "to an editor this system has"
        ) from None
    if done.returncode != 0:
        raise Refused(
            f"the editor '{command[0]}' exited with status {done.returncode}; {shown} is as "
            "it left it, not checked"
        )
    if not path.exists() and not path.is_symlink():
        path.write_bytes(before)  # an editor that deleted the file: it is put back as it was
        raise InputError(
            "the editor removed it; it is back as it was before the editor opened", path=shown
        )
    if not path.is_file():
        raise InputError(
            f"the editor left something other than a file in its place; remove that, then "
            f"restore the story: git restore {shown}",
            path=shown,
        )
    request = checking.CheckRequest(slugs=(slug,), stage=Stage.DRAFT)
    report = checking.run_checks(ws.config, request)
    return Edited(slug, path.read_bytes() != before, story.meta.stage, report)


def next_step(slug: str, stage: Stage, story_md: str) -> str:
    """What to do with a saved edit, for a story at `stage`."""
    if stage is Stage.PUBLISHED:
        return (
            f'{story_md} changed; record it as a correction: newsroom correct {slug} --note "..."'
        )
    return f'{story_md} changed; commit it: git commit -m "..." {story_md}'
