"""Sign-offs: the trailers a sign-off commit carries, the content hash it pins, and who may sign.

The rules here are shared by the commands that sign (which refuse) and by `verify` (which
reports), so the two can never disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from newsroom.models import Person, Stage
from newsroom.store.config import Config

STORY = "Newsroom-Story"
ACTION = "Newsroom-Action"
FROM = "Newsroom-From"
TO = "Newsroom-To"
CONTENT_HASH = "Newsroom-Content-Hash"
# A claim commit (`claim verify`, `claim waive`, `claim add`) names its story and what it
# records; it has no From/To, so `parse` finds no sign-off in it.
CLAIM = "Newsroom-Claim"
VERDICT = "Newsroom-Verdict"
WAIVER = "Newsroom-Waiver"
BYLINE_REPORTER = "byline:reporter"
EDITOR = "editor"


class Action(enum.StrEnum):
    ADVANCE = "advance"
    RETURN = "return"
    PUBLISH = "publish"
    KILL = "kill"
    CORRECT = "correct"
    REPAIR = "repair"


class MalformedSignOff(ValueError):
    """Sign-off trailers that name no known stage or action."""


@dataclass(frozen=True)
class SignOff:
    """What one sign-off commit says: which story moved, from where to where, and why."""

    story: str
    action: Action
    from_stage: Stage
    to_stage: Stage
    content_hash: str = ""
    note: str = ""

    @property
    def signed_stage(self) -> Stage:
        """The stage whose owner this sign-off needs (the one being left)."""
        return self.from_stage

    def message(self) -> str:
        """The commit message: a subject, the note, then the trailers."""
        verb = "" if self.action in (Action.ADVANCE, Action.PUBLISH) else f"{self.action.value} "
        subject = (
            f"newsroom: {self.story} {verb}{self.from_stage.value} -> {self.to_stage.value}"
            if self.action is not Action.CORRECT
            else f"newsroom: {self.story} correction"
        )
        trailers = [
            f"{STORY}: {self.story}",
            f"{ACTION}: {self.action.value}",
            f"{FROM}: {self.from_stage.value}",
            f"{TO}: {self.to_stage.value}",
        ]
        if self.content_hash:
            trailers.append(f"{CONTENT_HASH}: {self.content_hash}")
        note = f"{one_line(self.note)}\n\n" if self.note.strip() else ""
        return f"{subject}\n\n{note}" + "\n".join(trailers) + "\n"


@dataclass(frozen=True)
class ClaimRecord:
    """What one claim commit says: a verdict on a claim (`verdict` set), a new claim (no
    verdict), or a waiver (`waived`: the words that need no claim)."""

    story: str
    claim: str = ""
    verdict: str = ""  # a ClaimStatus value
    waived: str = ""
    note: str = ""
    action: str = ""  # with no verdict: what was done to the claim (default: added)

    def message(self) -> str:
        """The commit message: a subject, the note, then the trailers."""
        trailers = [f"{STORY}: {self.story}"]
        if self.waived:
            subject = f"newsroom: {self.story} waive '{one_line(self.waived)[:40]}'"
            trailers.append(f"{WAIVER}: {one_line(self.waived)}")
        else:
            what = self.verdict or self.action or "added"
            subject = f"newsroom: {self.story} claim {one_line(self.claim)} {what}"
            trailers.append(f"{CLAIM}: {one_line(self.claim)}")
        if self.verdict:
            trailers.append(f"{VERDICT}: {self.verdict}")
        note = f"{one_line(self.note)}\n\n" if self.note.strip() else ""
        return f"{subject}\n\n{note}" + "\n".join(trailers) + "\n"


def parse_claim(message: str) -> ClaimRecord | None:
    """The claim record a commit message carries, None when it carries none."""
    found = trailers(message)
    if STORY not in found or (CLAIM not in found and WAIVER not in found):
        return None
    return ClaimRecord(
        found[STORY],
        found.get(CLAIM, ""),
        found.get(VERDICT, ""),
        found.get(WAIVER, ""),
        note_of(message),
    )


def one_line(text: str) -> str:
    """A note as one line of plain words (a note can never pose as a trailer)."""
    return " ".join(text.split())


def trailers(message: str) -> dict[str, str]:
    """The `Newsroom-*` trailers of a commit message's last paragraph."""
    paragraphs = [p for p in message.strip().split("\n\n") if p.strip()]
    if len(paragraphs) < 2:
        return {}
    found: dict[str, str] = {}
    for line in paragraphs[-1].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.startswith("Newsroom-"):
            found[key.strip()] = value.strip()
    return found


def note_of(message: str) -> str:
    """The free text between a commit's subject and its trailers."""
    paragraphs = [p for p in message.strip().split("\n\n") if p.strip()]
    return " ".join(one_line(p) for p in paragraphs[1:-1])


def parse(message: str) -> SignOff | None:
    """The sign-off a commit message records, None when it records none.

    Raises MalformedSignOff when it has sign-off trailers that name no known stage."""
    found = trailers(message)
    if STORY not in found or (FROM not in found and TO not in found):
        return None
    try:
        from_stage, to_stage = Stage(found.get(FROM, "")), Stage(found.get(TO, ""))
    except ValueError:
        raise MalformedSignOff(
            f"trailers {FROM}: '{found.get(FROM, '')}' / {TO}: '{found.get(TO, '')}' "
            "do not name stages"
        ) from None
    try:
        action = Action(found.get(ACTION) or _implied_action(from_stage, to_stage).value)
    except ValueError:
        raise MalformedSignOff(f"trailer {ACTION}: '{found[ACTION]}' is not an action") from None
    return SignOff(
        found[STORY], action, from_stage, to_stage, found.get(CONTENT_HASH, ""), note_of(message)
    )


def _implied_action(from_stage: Stage, to_stage: Stage) -> Action:
    if to_stage is Stage.KILLED:
        return Action.KILL
    if to_stage is Stage.PUBLISHED and from_stage is Stage.PUBLISHED:
        return Action.CORRECT
    if to_stage is Stage.PUBLISHED:
        return Action.PUBLISH
    return Action.RETURN if to_stage.order < from_stage.order else Action.ADVANCE


def transition_problem(action: Action, from_stage: Stage, to_stage: Stage) -> str:
    """Why a move is not one this action can make ('' when it is)."""
    if action is Action.ADVANCE or action is Action.PUBLISH:
        expected = from_stage.next()
        if (action is Action.PUBLISH) != (from_stage is Stage.PUBLISH) or expected != to_stage:
            return (
                f"{from_stage.value} -> {to_stage.value} is not one step along "
                "draft -> contributor-credit -> fact-check -> publish -> published"
            )
    elif action is Action.RETURN:
        if from_stage in (Stage.PUBLISHED, Stage.KILLED) or to_stage.order >= from_stage.order:
            return f"a story cannot be returned from {from_stage.value} to {to_stage.value}"
    elif action is Action.REPAIR:
        return ""  # an editor sets the story where it should be, from wherever it is
    elif action is Action.KILL:
        if to_stage is not Stage.KILLED or from_stage is Stage.KILLED:
            return f"a kill moves a story to killed, not {from_stage.value} -> {to_stage.value}"
    elif from_stage is not Stage.PUBLISHED or to_stage is not Stage.PUBLISHED:
        return "a correction is made to a published story and leaves it published"
    return ""


# --- who may sign


def on_byline(person: Person, byline: tuple[str, ...]) -> bool:
    return person.named_in(byline)


def owners_for(config: Config, action: Action, stage: Stage) -> tuple[str, ...]:
    """The roles that may sign this action: the stage's owners, or an editor."""
    if action in (Action.ADVANCE, Action.PUBLISH):
        return config.stage_owners.get(stage, (EDITOR,))
    return (EDITOR,)


def describe(owners: tuple[str, ...]) -> str:
    words = [
        "a reporter on the byline"
        if o == BYLINE_REPORTER
        else f"{'an' if o[:1] in 'aeiou' else 'a'} {o.removeprefix('byline:')}"
        for o in owners
    ]
    return " or ".join(words)


def _holds(person: Person, role: str, byline: tuple[str, ...]) -> bool:
    if role.startswith("byline:"):
        return role.removeprefix("byline:") in person.roles and on_byline(person, byline)
    return role in person.roles


@dataclass(frozen=True)
class Objection:
    """Why a person may not make a sign-off: a verify check id and a message saying what to do."""

    check: str
    message: str


def objection(
    config: Config,
    person: Person | None,
    email: str,
    signoff: SignOff,
    byline: tuple[str, ...],
    fact_checker: str = "",
) -> Objection | None:
    """None when `person` may make `signoff`; else which rule forbids it and why."""
    stage = signoff.signed_stage
    if person is None:
        return Objection(
            "signoff.wrong-role",
            f"{email} is not on the roster in newsroom.yaml, so cannot sign off {signoff.story}",
        )
    owners = owners_for(config, signoff.action, stage)
    if not any(_holds(person, role, byline) for role in owners):
        what = f"{stage.value}" if signoff.action is Action.ADVANCE else signoff.action.value
        return Objection(
            "signoff.wrong-role",
            f"{person.name} ({', '.join(person.roles) or 'no roles'}) cannot sign off {what} "
            f"of {signoff.story}: that takes {describe(owners)}",
        )
    separated = signoff.action in (Action.ADVANCE, Action.PUBLISH) and stage in (
        Stage.FACT_CHECK,
        Stage.PUBLISH,
    )
    if separated and on_byline(person, byline):
        return Objection(
            "signoff.self-signoff",
            f"{person.name} is on the byline of {signoff.story}; someone not on the byline "
            f"must sign off {stage.value}",
        )
    if separated and stage is Stage.PUBLISH and config.four_eyes and fact_checker == person.id:
        return Objection(
            "signoff.self-signoff",
            f"{person.name} signed off the fact-check of {signoff.story}; with four_eyes "
            "another editor must publish it",
        )
    return None


def signers(config: Config, slug: str, stage: Stage, byline: tuple[str, ...]) -> tuple[Person, ...]:
    """The people on the roster who may sign `slug` out of `stage` (by the same rules as
    `objection`): none for a story past the last gate, or one no one may move on."""
    nxt = stage.next()
    if nxt is None or stage not in config.stage_owners:
        return ()
    action = Action.PUBLISH if stage is Stage.PUBLISH else Action.ADVANCE
    signoff = SignOff(slug, action, stage, nxt)
    return tuple(p for p in config.people if objection(config, p, p.email, signoff, byline) is None)


def never_moves(config: Config, slug: str, stage: Stage, byline: tuple[str, ...]) -> str:
    """Why no one on the roster may ever sign `slug` out of `stage`, and what to do; '' when
    someone may (or the story is past the last gate)."""
    if stage.next() is None or signers(config, slug, stage, byline):
        return ""
    owners = owners_for(config, Action.PUBLISH if stage is Stage.PUBLISH else Action.ADVANCE, stage)
    roles = [o.removeprefix("byline:") for o in owners]
    holders = [p for p in config.people if any(r in p.roles for r in roles)]
    need = " or ".join(roles)
    a_need = f"{'an' if need[:1] in 'aeiou' else 'a'} {need}"
    if not holders:
        return (
            f"no one on the roster is {a_need}, and signing off {stage.value} takes "
            f"{describe(owners)}; add one to the roster"
        )
    names = ", ".join(p.name for p in holders)
    if all(on_byline(p, byline) for p in holders):
        return (
            f"every {need} on the roster ({names}) is on its byline, and someone not on the "
            f"byline must sign off {stage.value}; add {a_need} who is not on the byline to "
            f"the roster, or take {names} off the byline"
        )
    return f"no one on the roster may sign off {stage.value}: that takes {describe(owners)}"
