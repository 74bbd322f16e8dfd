"""The thirty-eighth round: what the thirty-fifth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "line",
    [
        "Photographs by Ana Lauano.",
        "Photos by Tim Roe and Ana Ruiz.",
        "Pictures by Kabo Tau, Li Wei and Mele Fifita.",
        "Photography by Dominic Serra.",
    ],
)
def test_a_story_s_own_credit_for_its_pictures_is_no_pasted_caption(line: str) -> None:
    assert not pasted_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Jane Roe",
        "Photo by Jane Roe.",
        "Photos by @lakeshots on Instagram",
        "Photos: Kate Delaney Photography and club volunteers",
        "Photographs by Getty Images",
        "Photos by Jane Roe/Harbor Daily.",
    ],
)
def test_one_picture_s_credit_or_a_platform_s_stays_a_pasted_caption(line: str) -> None:
    assert pasted_caption(line)


def test_a_story_s_credit_for_its_pictures_at_its_foot_is_no_debris() -> None:
    lines = [
        (0, "The closure will be reviewed at the council's meeting in July next year."),
        (1, "Photos by Tim Roe and Ana Ruiz."),
        (2, "With help from our Hakupu correspondent, Li Wei."),
    ]
    assert debris(lines) == [None, None, None]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("With reporting from Ana Ruiz in Lima.", ["Ana Ruiz"]),
        ("With reporting from Li Wei and Tom Hale.", ["Li Wei", "Tom Hale"]),
        ("— With reporting from Kabo Tau", ["Kabo Tau"]),
        ("Scores compiled with help from Mele Fifita at the results table.", ["Mele Fifita"]),
        ("Figures compiled with the help of Ana Ruiz.", ["Ana Ruiz"]),
        ("Results compiled by Tom Hale at the scorers' table.", ["Tom Hale"]),
        ("Court records for this story were checked by Li Wei.", ["Li Wei"]),
        ("The minutes for this report were verified by Kabo Tau.", ["Kabo Tau"]),
        ("Our nephew Tom Hale helped write this post.", ["Tom Hale"]),
        ("Ana Ruiz helped write this story.", ["Ana Ruiz"]),
        ("My sister Li Wei helped write this article.", ["Li Wei"]),
        ("Photos and extra research: Mele Fifita", ["Mele Fifita"]),
        ("Photographs and further reporting by Kabo Tau.", ["Kabo Tau"]),
    ],
)
def test_reporting_from_compiling_help_checked_records_a_kinsman_s_writing_extra_research(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "With reporting from Kyiv.",
        "With reporting from New York and Washington.",
        "With reporting from Port Moresby.",
        "With reporting from the Associated Press.",
        "Her son helped write this post.",
        "The committee helped write this report.",
        "Court records for this story were sealed by the judge.",
        "The results were compiled with help from volunteers.",
        "Photos and extra seats were provided by the club.",
        "Ana Ruiz helped write the law.",
    ],
)
def test_a_place_a_wire_a_kinsman_with_no_name_or_another_deed_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


def _unattributed(*paragraphs: str) -> list[bool]:
    """Whether each sentence of a body holds a quotation with no speaker, in order."""
    return [
        bool(s.unattributed_quotes) for p in analyze_body(list(paragraphs)) for s in p.sentences
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Mayor Dana Ruiz said the pier would reopen in May. Someone at the back of the hall '
        'summed it up: "We have heard that before."',
        'The port said the ferry was cancelled. Somebody in the queue put it plainly: "We paid '
        'for nothing."',
        'Li Wei, the grower, said the crop was late. "The sweetest honey on the coast," as one '
        "of our regular buyers likes to put it.",
        'Coach Tom Hale said the side was tired. "Go on, take it, you can do this!" came a shout '
        "from the stand as the last ball rolled.",
        '"Not again, not this year!" came a cry from the public gallery.',
    ],
)
def test_a_quotation_its_own_sentence_gives_to_someone_unnamed_is_no_earlier_speaker_s(
    paragraph: str,
) -> None:
    assert _unattributed(paragraph)[-1]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Mayor Dana Ruiz said the pier would reopen in May. "We have heard the concerns," she '
        "added.",
        'Li Wei, the grower, said the crop was late. "Sweet as anything," she said.',
        '"Go on, take it!" shouted coach Tom Hale as the last ball rolled.',
    ],
)
def test_a_quotation_its_speaker_frames_keeps_its_speaker(paragraph: str) -> None:
    assert not any(_unattributed(paragraph))


def test_a_pronoun_after_one_unnamed_who_put_it_leaves_the_quotation_without_a_speaker() -> None:
    found = _unattributed(
        "Mayor Dana Ruiz said the road would stay shut until May.",
        "One farmer, leaving the hall after the meeting, put it more bluntly.",
        '"Open the road," he said. "The cows need to get to market."',
    )
    assert found[-2:] == [True, True]


def test_a_pronoun_after_a_named_speaker_keeps_the_name() -> None:
    found = _unattributed(
        "One farmer, leaving the hall after the meeting, put it more bluntly.",
        "Mayor Dana Ruiz disagreed.",
        '"The road stays shut," she said.',
    )
    assert not found[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Expand all | Collapse all",
        "Add to cart",
        "Add to basket",
        "Shop the post",
        "SHOP THE LOOK",
        "Sold out",
        "This post may contain affiliate links, which means we may earn a small commission at "
        "no extra cost to you.",
        "This article contains affiliate links.",
        "Pin it for later!",
        "Pin this post for later",
        "Make a submission",
        "Lodge your submission",
        "Take the survey",
        "Complete the online questionnaire",
        "Sign up for news from the farm and get 15% off your first order.",
        "Subscribe for more updates from the Harbour Board",
        "Full council minutes: [link]",
        "Agenda (PDF): [link]",
    ],
)
def test_a_shop_s_buttons_a_disclosure_a_pin_a_consultation_s_calls_and_a_link_s_label_are_chrome(
    line: str,
) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz | Staff writer",
        "Budget 2025 | 14 August 2025",
        "The shop added to its range in May.",
        "The council will make a submission to the inquiry.",
        "Residents were asked to take the survey before Friday.",
        "Take the long road home",
        "Pin the blame on the weather, the mayor said.",
        "Sign up for news of the festival at the library, she said.",
        "The site contains links to the council's records.",
    ],
)
def test_a_story_s_lines_of_the_same_words_are_the_story_s(line: str) -> None:
    assert chrome_line(line) is None


def test_a_shop_s_product_card_is_the_page_s() -> None:
    lines = _blocks(
        """
The harvest was short this year.

Shop the post
Wild Forest Honey 250g
$18.50 NZD
Add to cart

Prices rise in September.
"""
    )
    assert debris(lines) == [None, *["shop widget"] * 4, None]


def test_a_story_s_short_lines_over_no_shop_button_are_the_story_s() -> None:
    lines = _blocks(
        """
The harvest was short this year.

Prices at the market
Honey 250g: $18.50
Honey 500g: $34.00

Prices rise in September.
"""
    )
    assert debris(lines) == [None, None, None, None, None]


def test_a_sign_up_box_with_a_discount_is_the_page_s() -> None:
    lines = _blocks(
        """
The harvest was short this year.

Join the flock!
Sign up for news from the farm and get 15% off your first order.
Email address
Subscribe

Prices rise in September.
"""
    )
    found = debris(lines)
    assert found[0] is None and found[-1] is None
    assert all(found[1:5])


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal would need a guarantee, according to two people involved in the discussions.",
        "Three people involved in the negotiations said the offer had been withdrawn.",
        "A person involved in the review said the report would be delayed.",
    ],
)
def test_people_involved_in_private_talks_are_anonymous_sources(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Dana Ruiz, who was involved in the negotiations, said the offer stood.",
        "Critics say the council was never involved in the talks.",
    ],
)
def test_a_named_source_or_a_group_around_talks_is_not_made_anonymous(sentence: str) -> None:
    assert ANONYMOUS not in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statistics Tonga put the population at 100,209 at the last census.",
        "Coral Bay Resort said on Monday that it had closed its restaurant.",
        "Harbourside Hotel said the rooms were fully booked.",
    ],
)
def test_a_statistics_office_a_resort_or_a_hotel_is_an_organization_not_a_person(
    sentence: str,
) -> None:
    [(kind, _)] = _speakers(sentence)
    assert kind == NAMED
    [paragraph] = analyze_body([sentence])
    assert not any(a.name for s in paragraph.sentences for a in s.attributions)


def test_a_person_s_name_beside_those_words_is_still_a_person_s() -> None:
    [paragraph] = analyze_body(["Resort manager Ana Ruiz said the rooms were fully booked."])
    assert [a.name for s in paragraph.sentences for a in s.attributions] == ["Ana Ruiz"]
