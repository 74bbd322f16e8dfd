"""Checks on the headline and the dek (AP Stylebook headlines, house style)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check
from newsroom.checks.text import PLACEHOLDER_RE, case_problem, restates
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage

D, E, W = Stage.DRAFT, Severity.ERROR, Severity.WARNING
AP_HEADLINES: Final = "AP Stylebook, 'headlines'"
HOUSE: Final = "house style"


def _at(view: StoryView, key: str, offset: int = 0, detail: str = "") -> Hit:
    line, col = view.field_text_column(key)
    text = getattr(view.meta, key)
    return Hit(line, col + offset, excerpt=text, detail=detail)


@check(
    "headline.present",
    D,
    E,
    "add a headline to the front matter ('headline: ...'; 'newsroom edit SLUG' opens it)",
    "Trust Project: every story has a clear headline",
    passing=[Example()],
    failing=[Example(front={"headline": ""})],
)
def headline_present(view: StoryView) -> Iterator[Hit]:
    if not view.meta.headline.strip():
        yield _at(view, "headline")


@check(
    "headline.length",
    D,
    W,
    "keep the headline between the configured bounds (options.headline.min_length and "
    "max_length, 20 and 100 characters by default)",
    HOUSE,
    passing=[Example(front={"headline": "Harbor City approves seawall"})],
    failing=[
        Example(front={"headline": "Seawall"}),
        Example(front={"headline": "Harbor City approves seawall " * 5}),
    ],
)
def headline_length(view: StoryView) -> Iterator[Hit]:
    text = view.meta.headline.strip()
    low = int(view.option("headline", "min_length"))
    high = int(view.option("headline", "max_length"))
    if text and not low <= len(text) <= high:
        yield _at(
            view,
            "headline",
            detail=f"headline is {len(text)} characters; keep it between {low} and {high}",
        )


@check(
    "headline.case",
    D,
    E,
    "write the headline in the house case style (sentence case by default: capitalize "
    "only the first word and proper nouns)",
    AP_HEADLINES + " (down style)",
    passing=[
        Example(front={"headline": "Harbor City Council approves $42 million seawall"}),
        Example(front={"headline": "Mayor on the seawall vote: 'The city cannot wait'"}),
    ],
    failing=[
        Example(front={"headline": "Harbor City Council Approves $42 Million Seawall"}),
        Example(front={"headline": "Seawall Vote Divides Harbor City Residents"}),
        Example(front={"headline": "Seawall Vote Divides Residents in Harbor City"}),
        Example(front={"headline": "harbor City approves seawall"}),
    ],
)
def headline_case(view: StoryView) -> Iterator[Hit]:
    yield from _case(view, "headline")


def _case(view: StoryView, key: str) -> Iterator[Hit]:
    text = getattr(view.meta, key)
    style = str(view.option("headline", "case"))
    problem = case_problem(text, style)
    if text.strip() and problem:
        offset, reason = problem
        yield _at(view, key, offset, detail=f"{reason} ({style} case is the house style)")


@check(
    "headline.final-period",
    D,
    E,
    "drop the period at the end of the headline",
    AP_HEADLINES,
    passing=[Example(front={"headline": "Council approves seawall for the U.S."})],
    failing=[Example(front={"headline": "Harbor City Council approves seawall."})],
)
def headline_final_period(view: StoryView) -> Iterator[Hit]:
    text = view.meta.headline.rstrip()
    if (
        text.endswith(".")
        and not text.endswith("...")
        and not re.search(r"(?:\b[A-Za-z]\.){2,}$", text)
    ):
        yield _at(view, "headline", len(view.meta.headline.rstrip()) - 1)


@check(
    "headline.straight-quotes",
    D,
    E,
    "use single quotes in headlines, not double quotes",
    AP_HEADLINES,
    passing=[Example(front={"headline": "Mayor calls seawall 'overdue' after vote"})],
    failing=[
        Example(front={"headline": 'Mayor calls seawall "overdue" after vote'}),
        Example(front={"headline": "Mayor calls seawall “overdue” after vote"}),
    ],
)
def headline_double_quotes(view: StoryView) -> Iterator[Hit]:
    m = re.search(r"[\"“”]", view.meta.headline)
    if m:
        yield _at(view, "headline", m.start())


@check(
    "headline.placeholder",
    D,
    E,
    "replace the placeholder in the headline with real text",
    HOUSE,
    passing=[Example()],
    failing=[
        Example(front={"headline": "Council approves TK seawall"}),
        Example(front={"headline": "Headline here"}),
    ],
)
def headline_placeholder(view: StoryView) -> Iterator[Hit]:
    m = PLACEHOLDER_RE.search(view.meta.headline)
    if m:
        yield _at(
            view,
            "headline",
            m.start(),
            detail=f"placeholder '{m.group()}' in the headline; replace it with real text",
        )


@check(
    "dek.present",
    D,
    E,
    "add a dek (the one-line summary under the headline): 'dek: ...'",
    HOUSE,
    passing=[Example()],
    failing=[Example(front={"dek": ""})],
)
def dek_present(view: StoryView) -> Iterator[Hit]:
    if not view.meta.dek.strip():
        yield _at(view, "dek")


@check(
    "dek.case",
    D,
    W,
    "write the dek in the same case style as the headline",
    AP_HEADLINES,
    passing=[Example(front={"dek": "The council voted 5-2 after four hours of debate."})],
    failing=[Example(front={"dek": "Council Votes 5-2 After Four Hours Of Debate"})],
)
def dek_case(view: StoryView) -> Iterator[Hit]:
    yield from _case(view, "dek")


@check(
    "dek.repeats-headline",
    D,
    E,
    "make the dek add to the headline instead of repeating it",
    HOUSE,
    passing=[Example()],
    failing=[
        Example(front={"dek": "Harbor City Council approves $42 million seawall"}),
        Example(front={"dek": "$42 million seawall approved by the Harbor City Council"}),
    ],
)
def dek_repeats_headline(view: StoryView) -> Iterator[Hit]:
    if view.meta.dek.strip() and restates(view.meta.dek, view.meta.headline):
        yield _at(view, "dek")


CHECKS: Final[tuple[Check, ...]] = (
    headline_present,
    headline_length,
    headline_case,
    headline_final_period,
    headline_double_quotes,
    headline_placeholder,
    dek_present,
    dek_case,
    dek_repeats_headline,
)
