"""Fact-check gate: checkable statements covered by verified claims, verified by someone else."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Any, Final

from newsroom.checks import pins
from newsroom.checks.checkable import CLAIM, DAY, SUGGESTED_KINDS
from newsroom.checks.engine import Check, Example, Hit, check, hit_at
from newsroom.checks.statements import ParagraphFacts, Sentence
from newsroom.checks.view import Paragraph, StoryView
from newsroom.models import ClaimStatus, Severity, Stage, name_key

F, E, W = Stage.FACT_CHECK, Severity.ERROR, Severity.WARNING
FILE: Final = "factcheck.yaml"
SPJ_ACCURACY: Final = "SPJ Code of Ethics, 'Seek Truth and Report It': verify information"
TRUST_SOURCES: Final = "Trust Project indicator 'Citations and references'"


def _claim(cid: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": cid,
        "text": text,
        "sources": ["council-minutes"],
        "status": "verified",
        "checked_by": "lpark",
        **extra,
    }


VOTE_BODY: Final = "The council voted 5-2 on Tuesday to approve the seawall.\n"
VOTE_PIN: Final = pins.pin("voted 5-2", [VOTE_BODY.strip()])


def _vote(**extra: Any) -> Example:
    extra.setdefault("verified_hash", VOTE_PIN)
    return Example(body=VOTE_BODY, factcheck={"claims": [_claim("vote", "voted 5-2", **extra)]})


def _yaml(view: StoryView, *keys: str | int, detail: str = "", excerpt: str = "") -> Hit:
    line, col = view.side(FILE, *keys)
    return Hit(line, col, excerpt=excerpt, detail=detail, file=FILE)


def _at_claim(view: StoryView, i: int, key: str, excerpt: str = "") -> Hit:
    """A problem at `key` of the story's i-th claim; its id fills the message's ID."""
    line, col = view.side(FILE, "claims", i, key)
    return Hit(line, col, excerpt=excerpt, file=FILE, fill=(("ID", view.story.claims[i].id),))


# What a suggested statement is, for the message.
_SUGGESTED: Final = {CLAIM: "an event or a record with no number", DAY: "a day of the week"}


def covered_spans(view: StoryView) -> dict[int, list[tuple[int, int]]]:
    """Per prose paragraph, the spans of claim texts and reasoned waivers."""
    spans: dict[int, list[tuple[int, int]]] = {}
    places = [p for ps in view.claim_places.values() for p in ps]
    for waiver in view.story.waivers:
        if waiver.reason.strip():
            places.extend(view.occurrences(waiver.text))
    for i, a, b in places:
        spans.setdefault(i, []).append((a, b))
    return spans


def uncovered(view: StoryView) -> Iterator[tuple[Paragraph, ParagraphFacts, Sentence]]:
    """Sentences with a checkable statement that no claim or reasoned waiver covers."""
    covered = covered_spans(view)
    for i, para, facts, s in view.sentences:
        if s.checkable and not any(a < s.end and b > s.start for a, b in covered.get(i, ())):
            yield para, facts, s


@check(
    "factcheck.uncovered-statement",
    F,
    W,  # calibrated: false alarms on professional copy (docs/benchmarks-accuracy.md)
    'cover this checkable statement with a claim (\'newsroom claim SLUG add "exact text" '
    "--source ID') or waive it with a reason ('newsroom claim SLUG waive \"text\" --reason "
    "...')",
    SPJ_ACCURACY + "; AP Stylebook, 'numbers' and 'superlatives'",
    passing=[
        Example(),
        _vote(),
        Example(
            body=VOTE_BODY,
            factcheck={"claims": [], "waivers": [{"text": "5-2", "reason": "shown on video"}]},
        ),
    ],
    failing=[
        Example(body=VOTE_BODY, factcheck={"claims": []}),
        Example(body="It is the largest project in the city's history.\n"),
        Example(body="The governor signed the seawall bill.\n", factcheck={"claims": []}),
        Example(
            body=VOTE_BODY, factcheck={"claims": [], "waivers": [{"text": "5-2", "reason": ""}]}
        ),
    ],
)
def uncovered_statement(view: StoryView) -> Iterator[Hit]:
    slug = view.story.slug
    for para, facts, s in uncovered(view):
        required = [m for m in s.checkable if m.kind not in SUGGESTED_KINDS]
        first = min(required or s.checkable, key=lambda m: m.start)
        what = facts.text[first.start : first.end]
        # the claim quotes words that stand once in the body: the sentence, or the statement
        sentence = s.text.strip().rstrip(".")
        # (two places tell it is not once, in a body that repeats it a thousand times)
        words = sentence if len(view.occurrences(sentence, most=2)) == 1 else what
        commands = (
            f"(newsroom claim {slug} add {shlex.quote(words)} {_source_option(view, s.text)})"
            f" or waive it with a reason (newsroom claim {slug} waive {shlex.quote(what)} "
            "--reason '...')"
        )
        if required:
            yield hit_at(
                para,
                first.start,
                s.text,
                f"'{what}' is a checkable {first.kind} with no claim; cover it with a claim "
                + commands,
            )
        else:
            yield hit_at(
                para,
                first.start,
                s.text,
                f"'{what}' may state a specific fact ({_SUGGESTED[first.kind]}) with no "
                "claim; cover it with a claim " + commands + " if it needs no check",
                Severity.SUGGESTION,
            )


def _source_option(view: StoryView, sentence: str) -> str:
    """'--source ID' for the story's source the sentence names (by name or surname), else
    its first source with the others listed; a story with none is told how to add one."""
    sources = view.story.sources
    if not sources:
        return (
            "--source <source-id>, after adding the source with 'newsroom source SLUG add "
            '<source-id> "<name>" --kind <kind>\''
        )
    for source in sources:
        names = {source.name, source.name.split()[-1]} if source.name.strip() else set()
        if any(n and len(n) > 2 and n in sentence for n in names):
            return f"--source {source.id}"
    others = ", ".join(x.id for x in sources[1:4])
    return f"--source {sources[0].id}" + (f" (or {others})" if others else "")


@check(
    "factcheck.stale-claim",
    F,
    E,
    "the claim's text is no longer in the body; quote the body's current words ('newsroom "
    "claim SLUG edit ID --text \"...\"') and verify the claim again, or remove it ('newsroom "
    "claim SLUG remove ID')",
    SPJ_ACCURACY,
    passing=[Example()],
    failing=[
        Example(factcheck={"claims": [_claim("gone", "voted 6-1 on Monday")]}),
        Example(factcheck={"claims": [], "waivers": [{"text": "no such text", "reason": "r"}]}),
    ],
)
def stale_claim(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if not view.claim_places[claim.id]:
            yield _at_claim(view, i, "text", excerpt=claim.text)
    for i, waiver in enumerate(view.story.waivers):
        if not view.occurrences(waiver.text):
            yield _yaml(
                view,
                "waivers",
                i,
                "text",
                detail="the waiver's text is no longer in the body; quote the body's current "
                "words or remove the waiver",
                excerpt=waiver.text,
            )


@check(
    "factcheck.ambiguous-claim",
    F,
    E,
    "the claim's text appears more than once in the body; quote more words so it points at "
    "one place",
    "house style: fact-checking",
    passing=[Example()],
    failing=[
        Example(
            body="The council voted 5-2. Later the board voted 5-2.\n",
            factcheck={"claims": [_claim("vote", "voted 5-2")]},
        )
    ],
)
def ambiguous_claim(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if len(view.claim_places[claim.id]) > 1:
            yield _at_claim(view, i, "text", excerpt=claim.text)


@check(
    "factcheck.unverified",
    F,
    E,
    "verify the claim ('newsroom claim SLUG verify ID --status verified|disputed|false|"
    "not-checkable') before the story leaves fact-check",
    SPJ_ACCURACY,
    passing=[Example(), _vote(status="not-checkable", note="opinion")],
    failing=[_vote(status="unverified", checked_by="")],
)
def unverified(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if claim.status is ClaimStatus.UNVERIFIED:
            yield _at_claim(view, i, "status", excerpt=claim.text)


@check(
    "claim.stale-verdict",
    F,
    E,
    "the claim's verdict no longer stands: its text or the body sentence it covers changed "
    "after the verdict, or the verdict pins nothing it verified; a fact-checker verifies it "
    "again ('newsroom claim SLUG verify ID --status verified|disputed|false|not-checkable')",
    SPJ_ACCURACY + "; house style: a verdict vouches for the words it was given",
    passing=[Example(), _vote(), _vote(status="unverified", checked_by="", verified_hash="")],
    failing=[
        _vote(verified_hash=""),
        _vote(status="not-checkable", verified_hash=""),
        _vote(verified_hash=pins.PREFIX + "0" * 64),
        Example(
            body="The council voted 5-2 on Monday to approve the seawall.\n",
            factcheck={"claims": [_claim("vote", "voted 5-2", verified_hash=VOTE_PIN)]},
        ),
        Example(
            body=VOTE_BODY,
            factcheck={"claims": [_claim("vote", "voted 5-2 on", verified_hash=VOTE_PIN)]},
        ),
    ],
)
def stale_verdict(view: StoryView) -> Iterator[Hit]:
    slug = view.story.slug
    for i, claim in enumerate(view.story.claims):
        if claim.id not in view.stale_verdicts:
            continue
        why = (
            "was given for words the story no longer says (the claim's text or the body "
            "sentence it covers changed)"
            if claim.verified_hash
            else "pins nothing it verified (it was not recorded by 'newsroom claim verify')"
        )
        yield _yaml(
            view,
            "claims",
            i,
            "verified_hash" if claim.verified_hash else "status",
            detail=f"the {claim.status.value} verdict on claim '{claim.id}' {why}; a "
            "fact-checker verifies it again: newsroom claim "
            f"{slug} verify {claim.id} --status {claim.status.value}",
            excerpt=claim.text,
        )


@check(
    "factcheck.disputed",
    F,
    E,
    "the claim is disputed or false: correct or remove the statement in the body, then verify "
    "the claim again",
    SPJ_ACCURACY + "; Trust Project indicator 'Corrections'",
    passing=[Example()],
    failing=[_vote(status="disputed"), _vote(status="false")],
)
def disputed(view: StoryView) -> Iterator[Hit]:
    stale = view.stale_verdicts  # a stale verdict stands for nothing: claim.stale-verdict
    for i, claim in enumerate(view.story.claims):
        if claim.status in (ClaimStatus.DISPUTED, ClaimStatus.FALSE) and claim.id not in stale:
            yield _yaml(
                view,
                "claims",
                i,
                "status",
                detail=f"claim '{claim.id}' is {claim.status.value}: correct or remove the "
                "statement in the body, then verify the claim again",
                excerpt=claim.text,
            )


@check(
    "factcheck.self-verified",
    F,
    E,
    "a claim must be verified by a fact-checker who is not on the byline; have another "
    "fact-checker verify it",
    "SPJ Code of Ethics, 'Act Independently'; house style: separation of duties",
    passing=[Example()],
    failing=[_vote(checked_by="rtorres"), _vote(checked_by="Rosa Torres")],
)
def self_verified(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if claim.checked_by and name_key(claim.checked_by) in view.byline_people:
            yield _at_claim(view, i, "checked_by", excerpt=claim.checked_by)


@check(
    "factcheck.checker-role",
    F,
    E,
    "record who checked the claim: 'checked_by' must be a roster fact-checker (use "
    "'newsroom claim SLUG verify ID', which records you)",
    "house style: fact-checking",
    passing=[Example(), _vote(status="unverified", checked_by="")],
    failing=[_vote(checked_by=""), _vote(checked_by="gbell"), _vote(checked_by="nobody")],
)
def checker_role(view: StoryView) -> Iterator[Hit]:
    for i, claim in enumerate(view.story.claims):
        if claim.status is ClaimStatus.UNVERIFIED:
            continue
        person = view.person(claim.checked_by) if claim.checked_by else None
        if person is None or "fact-checker" not in person.roles:
            yield _at_claim(view, i, "checked_by" if claim.checked_by else "status")


@check(
    "factcheck.waiver-reason",
    F,
    E,
    "give the waiver a reason: why this statement needs no claim",
    SPJ_ACCURACY,
    passing=[Example()],
    failing=[Example(factcheck={"claims": [], "waivers": [{"text": "5-2", "reason": " "}]})],
)
def waiver_reason(view: StoryView) -> Iterator[Hit]:
    for i, waiver in enumerate(view.story.waivers):
        if not waiver.reason.strip():
            yield _yaml(view, "waivers", i, "reason", excerpt=waiver.text)


@check(
    "factcheck.relative-date",
    F,
    W,
    "anchor the date: use the day of the week for the past or coming week, otherwise the "
    "month and day, and a year when it is not this year",
    "AP Stylebook, 'dates' and 'days of the week'",
    passing=[Example(), Example(body="Work will begin in March 2027, on Monday.\n")],
    failing=[
        Example(body="Construction is expected to begin last Tuesday of next year.\n"),
        Example(body="The deal will be announced in March, officials said.\n"),
        Example(body="The council met yesterday.\n"),
    ],
)
def relative_date(view: StoryView) -> Iterator[Hit]:
    for _, para, facts, s in view.sentences:
        for mark in s.relative_dates:
            what = facts.text[mark.start : mark.end]
            yield hit_at(
                para,
                mark.start,
                s.text,
                f"'{what}' has no anchor; use the day of the week within a week, "
                "otherwise the month and day, and the year when it is not this year",
            )


CHECKS: Final[tuple[Check, ...]] = (
    uncovered_statement,
    stale_claim,
    ambiguous_claim,
    unverified,
    stale_verdict,
    disputed,
    self_verified,
    checker_role,
    waiver_reason,
    relative_date,
)
