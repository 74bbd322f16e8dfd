"""The fourteenth round: forms of attribution, contributor lines and page debris that the
twelfth held-out part's second half and the thirteenth part's first half showed, as general
rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import ABOUT_HEADING, chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Other geologists were intrigued but cautious.",
        "Shop owners along the harbor were cautiously hopeful.",  # a word of manner between
        "Some in the visitors' bullpen were livid about the call.",
        "Residents grew angry as the meeting ran past midnight.",
        "Many commuters have grown weary of the detours.",
        "Plenty of sellers believe prices will fall by spring.",
        "Several of them said the new hours made no difference.",
    ],
)
def test_a_group_s_feeling_or_belief_is_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers grow corn and soybeans on the ridge.",  # 'grow' is no verb of opinion
        "Hundreds of old apple varieties, many of them grown on a single farm, were lost.",
        "In lieu of flowers, the family asks that friends consider a gift to the library.",
    ],
)
def test_what_is_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_one_of_them_is_whoever_was_named_before() -> None:
    assert _kinds("One of them said the fines worked.") == [[NAMED]]


def test_things_named_like_people_are_no_speakers() -> None:
    # 'centers' ends like 'workers', and 'states' can be a verb: neither is a source here
    assert _kinds(
        "The group's president, Harold Quinn, said some centers in rural states receive "
        "less than $20 a call."
    ) == [[NAMED]]


def test_staff_members_are_anonymous_officials() -> None:
    assert _kinds("County staff members told us the grant was never submitted.") == [[ANONYMOUS]]
    assert _kinds("Some staff members said the plan would fail.") == [[VAGUE]]


def test_a_source_who_would_not_name_the_company_is_anonymous() -> None:
    assert _kinds(
        "A sales manager at a builder north of Denver, who asked me not to name the company "
        "because its incentives are not advertised, told me they offer $25,000 toward "
        "closing costs."
    ) == [[ANONYMOUS]]


def test_a_long_subject_is_read_whole() -> None:
    assert _kinds(
        "Critics of the plan from the eastern neighborhoods of the old mill town said it "
        "would fail."
    ) == [[VAGUE]]
    # beyond ten words, not into the clause before: the ship is no speaker
    kinds = _kinds(
        "The 235-foot ferry Kittiwake was pulled from its route on Sept. 29 after crew "
        "members reported a vibration near the port."
    )
    assert NAMED not in kinds[0]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Market research for this post by Jonah Pelletier.", ["Jonah Pelletier"]),
        (
            "Market research for this post by Jonah Pelletier, Harrow & Finch market analyst.",
            ["Jonah Pelletier"],
        ),
        (
            "Museum director Tove Langseth provided archive research for this story.",
            ["Tove Langseth"],
        ),
    ],
)
def test_contributor_lines_of_the_round(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Library News, Policies | Tags: fines, fine-free, board of trustees",
        "Source: Front Range Multiple Listing Exchange",
        "Data source: Front Range Multiple Listing Exchange, February 2026.",
        "Source: Halvard Outdoor Brands, Inc.",
        "Information deemed reliable but not guaranteed.",
        "Related posts",
        "Recent releases",
        "DONATE TO THE TOVA FUND",
        "Download PDF (412 KB)",
        "Share this release: LinkedIn | X | Facebook | Email",
    ],
)
def test_page_debris_of_the_round(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Source: the county audit, page 4.",
        "Sources: Two people who attended the meeting said it was tense.",
        "Donate to the fund, the mayor urged residents on Tuesday.",
    ],
)
def test_reporting_that_looks_like_debris(line: str) -> None:
    assert chrome_line(line) is None


def test_an_author_box_heading() -> None:
    assert ABOUT_HEADING.match("About the author")


def _checkable(text: str) -> list[bool]:
    return [bool(s.checkable) for p in analyze_body([text]) for s in p.sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councilman Ray Ober cast the lone vote against the roundabout.",
        "The judge also ordered him to repay the full amount.",
        "The subcommittee is scheduled to take up its spending bill.",
        "The county dismissed the complaint and denied the permit.",
        "He has since built raised garden beds around the coop.",
    ],
)
def test_acts_with_no_number_are_checkable_claims(sentence: str) -> None:
    assert _checkable(sentence) == [True]
