"""`history`: one story's timeline from git: who signed what, when, with what note."""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.errors import InputError
from newsroom.services import signoff as rules
from newsroom.services.verify import allowed_signers
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store


@dataclass(frozen=True)
class Event:
    """One commit in a story's life: a sign-off (with its move) or an edit."""

    commit: str
    date: str
    who: str
    email: str
    action: str  # advance, return, publish, kill, correct, or edit
    from_stage: str
    to_stage: str
    note: str
    signature: str = ""  # with require_signed: good, unsigned, or bad
    audited: bool = False  # a sign-off, or a change a command recorded for this story


_VERDICT = {"G": "good", "N": "unsigned"}


def history(ws: Workspace, slug: str) -> list[Event]:
    """The story's commits, oldest first, with each sign-off's move and note."""
    store.check_slug(slug)
    folder = f"{store.STORIES_DIR}/{slug}"
    repo = ws.repo()
    repo.recover(reading=True)
    events = []
    with allowed_signers(ws.config) as signers:
        for entry in repo.history(paths=[folder], signers_file=signers):
            try:
                signed = rules.parse(entry.message)
            except rules.MalformedSignOff:
                signed = None
            verdict = ""
            if signers is not None:
                good = entry.signer.lower() == entry.author.email.lower()
                verdict = _VERDICT.get(entry.signature, "bad")
                verdict = "bad" if verdict == "good" and not good else verdict
            mine = signed is not None and signed.story == slug
            recorded = rules.trailers(entry.message).get(rules.STORY) == slug
            events.append(
                Event(
                    commit=entry.sha,
                    date=entry.date,
                    who=entry.author.name,
                    email=entry.author.email,
                    action=signed.action.value if signed and mine else "edit",
                    from_stage=signed.from_stage.value if signed and mine else "",
                    to_stage=signed.to_stage.value if signed and mine else "",
                    note=signed.note if signed and mine else entry.message.split("\n", 1)[0],
                    signature=verdict,
                    audited=mine or recorded,
                )
            )
    if not events and not (ws.root / folder).is_dir():
        raise InputError(store.no_story(ws.root, slug), path=folder)
    return events
