"""Fact-check gate: who says what. Quotations need speakers; attribution names someone."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check, hit_at
from newsroom.checks.naming import core_length, head_word
from newsroom.checks.sources import anonymity_problem, editor_ids
from newsroom.checks.speakers import ANONYMOUS, VAGUE, Attribution
from newsroom.checks.statements import Sentence
from newsroom.checks.view import Paragraph, StoryView
from newsroom.english import one_of
from newsroom.models import Severity, Source, Stage

F, E, W, S = Stage.FACT_CHECK, Severity.ERROR, Severity.WARNING, Severity.SUGGESTION
AP_ANON: Final = "AP Stylebook, 'anonymous sources'; SPJ Code of Ethics, 'Seek Truth and Report It'"
TRUST_SOURCES: Final = "Trust Project indicator 'Citations and references'"

ANON_BODY: Final = (
    "A city official who spoke on condition of anonymity said the deal would be announced "
    "on Friday.\n"
)
ANON_SOURCE: Final = {
    "id": "city-official",
    "name": "City official familiar with the negotiations",
    "kind": "person",
    "anonymous": True,
    "why_anonymous": "She would lose her job for disclosing negotiations that are not public; "
    "two documents confirm her account.",
    "anonymity_approved_by": "eokafor",
}


def _hit(para: Paragraph, s: Sentence, offset: int, detail: str = "") -> Hit:
    return hit_at(para, offset, s.text, detail)


@check(
    "attribution.quote-no-speaker",
    F,
    W,  # calibrated: false alarms on 3 of 108 professional stories (docs/benchmarks-accuracy.md)
    "say who is speaking: attribute the quotation to someone a reader can identify "
    "('..., Whitfield said.'), not only 'one resident'",
    "AP Stylebook, 'quotations in the news'; " + TRUST_SOURCES,
    passing=[
        Example(),
        Example(body='"Nobody asked the people who live on the water," said Ruth Ocampo.\n'),
        Example(body='Whitfield put it plainly: "We cannot keep waiting for the storm."\n'),
        Example(body='"We waited," Whitfield said.\n\n"We cannot keep waiting for the storm."\n'),
        Example(body='"We waited," Whitfield told reporters. "The storm came anyway."\n'),
        Example(body='Whitfield stopped pretending that "growth pays for itself" is a plan.\n'),
    ],
    failing=[
        Example(body='"We cannot keep waiting for the next hurricane to decide for us."\n'),
        Example(body='"Nobody asked the people who live on the water," said one resident.\n'),
        Example(body='Residents were angry. "Nobody asked the people who live here."\n'),
    ],
)
def quote_no_speaker(view: StoryView) -> Iterator[Hit]:
    for _, para, _, s in view.sentences:
        for mark in s.unattributed_quotes:
            yield _hit(para, s, mark.start)


@check(
    "attribution.vague",
    F,
    W,  # calibrated: false alarms on professional copy (docs/benchmarks-accuracy.md)
    "name who says it: vague attribution ('critics say', 'experts warn') names no one; "
    "quote named people or documents",
    "AP Stylebook, 'anonymous sources'; " + TRUST_SOURCES,
    passing=[
        Example(),
        Example(body="Ruth Ocampo, a council member who opposed the wall, said it costs more.\n"),
    ],
    failing=[
        Example(body="Critics say the price tag will double before construction is finished.\n"),
        Example(body="Experts warn that seawalls often push erosion onto nearby beaches.\n"),
        Example(body="It is widely believed that the state will pay a third.\n"),
    ],
)
def vague(view: StoryView) -> Iterator[Hit]:
    for _, para, s, a in view.attributions:
        if a.kind == VAGUE and not a.carried:
            yield _hit(
                para,
                s,
                a.start,
                f"'{a.speaker}' names no one; attribute the statement to named people or "
                "documents, or cut it",
            )


def _head(word: str) -> str:
    w = word.lower().strip(".,'’")
    return "person" if w == "people" else w.removesuffix("s")


def _mapped(view: StoryView, i: int, s: Sentence, a: Attribution) -> list[Source]:
    """Anonymous sources this attribution may stand for: named by a claim in the sentence, or
    described with the same word ('a city official' - 'City official familiar with ...')."""
    anonymous = {src.id: src for src in view.story.sources if src.anonymous}
    if not anonymous:
        return []
    ids: set[str] = set()
    for claim in view.story.claims:
        for pi, start, end in view.claim_places.get(claim.id, ()):
            if pi == i and start < s.end and end > s.start:
                ids |= {sid for sid in claim.sources if sid in anonymous}
    lex = view.lexicon
    anonymous_heads = lex.anonymous_heads | {"employee", "executive"}
    heads = {_head(w) for w in a.speaker.split()} & {_head(w) for w in anonymous_heads}
    words = a.speaker.split()
    heads.add(_head(head_word(" ".join(words[: core_length(lex, words)]))))  # 'spokeswoman'
    for src in anonymous.values():
        described = {_head(w) for w in f"{src.name} {src.affiliation}".split()}
        if heads & described or " ".join(src.name.lower().split()) == a.speaker.lower():
            ids.add(src.id)  # (listed as the message printed it: 'it is understood')
    return [anonymous[sid] for sid in sorted(ids)]


@check(
    "attribution.anonymous-unjustified",
    F,
    W,  # calibrated: false alarms on professional copy (docs/benchmarks-accuracy.md)
    "an anonymous source must be in sources.yaml with 'anonymous: true', the real reason "
    "anonymity was granted ('why_anonymous') and the approving editor "
    "('anonymity_approved_by')",
    AP_ANON,
    passing=[Example(), Example(body=ANON_BODY, sources={"sources": [ANON_SOURCE]})],
    failing=[
        Example(body=ANON_BODY),
        Example(body="According to people familiar with the talks, the state will pay a third.\n"),
        Example(
            body=ANON_BODY,
            sources={"sources": [{**ANON_SOURCE, "why_anonymous": "not authorized to speak"}]},
        ),
        Example(
            body=ANON_BODY,
            sources={"sources": [{**ANON_SOURCE, "anonymity_approved_by": ""}]},
        ),
    ],
)
def anonymous_unjustified(view: StoryView) -> Iterator[Hit]:
    for i, para, s, a in view.attributions:
        if a.kind != ANONYMOUS or a.carried:
            continue
        mapped = _mapped(view, i, s, a)
        if not mapped:
            editors = editor_ids(view)
            yield _hit(
                para,
                s,
                a.start,
                f"'{a.speaker}' is an anonymous source not listed in sources.yaml; list it "
                "with the real reason and the approving editor: newsroom source "
                f"{view.story.slug} add <source-id> {shlex.quote(a.speaker)} --anonymous "
                "--why '<what naming them would risk>' --approved-by <editor-id>"
                + (f" ({choices})" if (choices := one_of("editor-id", editors)) else ""),
            )
            continue
        problems = [anonymity_problem(view, src) for src in mapped]
        if all(problems):
            yield _hit(para, s, a.start, f"'{a.speaker}': {problems[0]}")


_PLAIN_VERB: Final = {"admitted": "said", "claimed": "said", "believes": "says", "believed": "said"}


@check(
    "attribution.editorializing-verb",
    F,
    S,
    "use 'said' (or 'says'): verbs like 'admitted', 'claimed', 'conceded', 'insisted' or "
    "'believes' pass judgment on the speaker",
    "AP Stylebook, 'said'; 'claim'",
    passing=[Example(), Example(body="The mayor claimed the last seat at the table.\n")],
    failing=[
        Example(body="Whitfield admitted that the price could rise.\n"),
        Example(body='"We will finish on time," Whitfield insisted.\n'),
        Example(body="Whitfield believes the wall will hold.\n"),
    ],
)
def editorializing_verb(view: StoryView) -> Iterator[Hit]:
    for _, para, s, a in view.attributions:
        if a.editorializing and not a.carried:
            plain = _PLAIN_VERB.get(a.verb, "said" if a.verb.endswith("ed") else "says")
            yield _hit(
                para,
                s,
                a.start,
                f"'{a.verb}' passes judgment on the speaker; use '{plain}'",
            )


CHECKS: Final[tuple[Check, ...]] = (
    quote_no_speaker,
    vague,
    anonymous_unjustified,
    editorializing_verb,
)
