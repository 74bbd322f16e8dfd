"""The thirty-sixth round: what the thirty-third held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import (
    ABOUT,
    COMMENT_WIDGET,
    CONTACT,
    RELATED,
    chrome_line,
    debris,
)
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this log: Facebook · X · WhatsApp · Email", "share buttons"),
        ("Share this recipe | Facebook | Pinterest", "share buttons"),
        ("Share this notice:", "share buttons"),
        ("Share this bulletin:", "share buttons"),
        ("Enjoying our logs?", "newsletter sign-up"),
        ("Like our field dispatches?", "newsletter sign-up"),
        ("BOOK CARGO ONLINE – Save 10% on your next shipment!", "site notice"),
        ("ORDER TICKETS NOW: two for one until Friday", "site notice"),
        ("PILAN URL: http://www.pilan.org/ck/cases/CKHC/2025/12.html", "site navigation"),
        ("Permalink: https://example.org/judgments/2025/441", "site navigation"),
        ("Discuss HRBR on our bulletin board (31 new posts today)", COMMENT_WIDGET),
        ("Discuss this story on our forum", COMMENT_WIDGET),
        ("Related announcements", RELATED),
        ("Disclaimer: MarketPage does not provide investment advice.", "site disclaimer"),
        (
            "This announcement contains inside information as defined in Article 7 of the "
            "Market Abuse Regulation.",
            "site disclaimer",
        ),
        (
            "This announcement was distributed by Harbour RNS, a Primary Information Provider "
            "approved by the Financial Conduct Authority.",
            "site disclaimer",
        ),
        ("For further information, please contact:", CONTACT),
        ("For more information, contact:", CONTACT),
        ("Investor enquiries:", CONTACT),
    ],
)
def test_a_market_notice_s_furniture_and_a_page_s_bars_and_offers_are_chrome(
    line: str, kind: str
) -> None:
    assert chrome_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Share this moment with the people you love, the pastor urged.",
        "Enjoying our logs helped the children sleep, she said.",
        "BOOK CLUB NEWS: the March title is out",
        "The URL: was it ever registered?",
        "Discuss the plan with your neighbours before the meeting.",
        "Disclaimer: the writer holds shares in the company and gives no advice.",
        "The announcement was distributed by the ministry on Tuesday.",
        "This announcement was issued by the council after the storm.",
        "Enquiries were referred to the club.",
    ],
)
def test_story_lines_like_a_notice_s_or_a_page_s_furniture_are_the_story_s(line: str) -> None:
    assert chrome_line(line) is None


def test_a_release_s_contacts_under_their_heading_are_the_page_s() -> None:
    lines = _blocks(
        "The firm will drill in 2027.\n\nFor further information, please contact:\n"
        "Harbour Oil plc   Ana Ruiz, Chief Executive   +44 (0)20 7946 0100\n"
        "Keel Capital (Nominated Adviser)   Tom Hale / Li Wei   +44 (0)20 7946 0200"
    )
    assert debris(lines) == [None, CONTACT, CONTACT, CONTACT]


def test_notes_to_editors_and_the_blurb_under_them_are_the_release_s() -> None:
    lines = _blocks(
        "The firm will drill in 2027.\n\nNotes to Editors\n\n"
        "Harbour Oil plc is an exploration company with two licences off the coast.\n"
        "Its shares have been traded since 2011.\n\nThe well will cost $40 million."
    )
    assert debris(lines) == [None, ABOUT, ABOUT, ABOUT, None]


def test_a_release_s_teasers_under_related_announcements_are_the_page_s() -> None:
    lines = _blocks(
        "The firm will drill in 2027.\n\nRelated announcements\n"
        "Harbour Oil PLC – Holding(s) in Company (28 January 2026)\n"
        "Harbour Oil PLC – Operational Update (9 December 2025)"
    )
    assert debris(lines) == [None, RELATED, RELATED, RELATED]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Photographs and additional reporting: Anya Lund", ["Anya Lund"]),
        ("Additional reporting and photographs: Tom Hale and Li Wei", ["Tom Hale", "Li Wei"]),
        ("With additional notes by Dr Ana Ruiz, ship's ornithologist", ["Dr Ana Ruiz"]),
        ("Further notes by Li Wei.", ["Li Wei"]),
        ("Additional reporting: Tom Hale, ship's doctor", ["Tom Hale"]),
    ],
)
def test_a_photographer_s_reporting_label_a_second_hand_s_notes_and_a_possessive_job_credit(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Reporting and Photos: What We Learned",
        "Further notes by the minister were leaked.",
        "Additional notes by hand cover the margins.",
    ],
)
def test_a_subhead_or_a_sentence_about_notes_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


def _quoted(*paragraphs: str) -> tuple[bool, list[str]]:
    """Whether the last paragraph's first quoting sentence has a quotation with no speaker,
    and the kinds of attribution read in it."""
    last = analyze_body(list(paragraphs))[-1]
    sentence = next(s for s in last.sentences if '"' in s.text)
    return bool(sentence.unattributed_quotes), [a.kind for a in sentence.attributions]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ana Ruiz, the club's secretary, watched from the stand.",
            'Some fans grumbled. "Nobody should play in a gale like this," said one, holding '
            "his cap. The secretary, Ana Ruiz, said the game had to go ahead.",
        ),
        (
            "Tom Hale led the march.",
            'A few neighbours stood at their gates. "It was a long night," said another.',
        ),
        (
            "Li Wei chaired the meeting.",
            'Several stallholders packed up early. "We sold nothing," one said. Li Wei said '
            "the market would open again on Monday.",
        ),
    ],
)
def test_one_of_a_crowd_after_the_verb_is_no_speaker_a_reader_can_identify(
    paragraphs: tuple[str, ...],
) -> None:
    assert _quoted(*paragraphs) == (True, [UNNAMED])


def test_one_of_sources_not_named_is_still_a_source_not_named() -> None:
    found = _quoted(
        'Two officials spoke on condition of anonymity. "Nobody wants to vote against it," '
        "said one."
    )
    assert found == (False, [ANONYMOUS])


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (
            (
                "Ana Ruiz spoke first.",
                '"We are citizens, not tourists," was how someone put it at a meeting. The '
                "council has said the same.",
            ),
            (True, [UNNAMED]),
        ),
        (
            (
                "Ana Ruiz spoke first.",
                '"We pay twice for everything," is how one fisherman put it.',
            ),
            (True, [UNNAMED]),
        ),
        (
            ('"We are citizens, not tourists," was how the minister put it.',),
            (False, [NAMED]),
        ),
    ],
)
def test_a_quotation_then_how_someone_put_it_gives_its_speaker(
    paragraphs: tuple[str, ...], found: tuple[bool, list[str]]
) -> None:
    assert _quoted(*paragraphs) == found


@pytest.mark.parametrize(
    "paragraph",
    [
        'There is an old saying in the north, "the bird always comes back to its home tree."',
        'As the proverb has it: "a stitch in time saves nine, and then some more."',
        'Fishermen here live by a local adage: "never sail on a falling glass at dawn."',
    ],
)
def test_a_saying_s_words_need_no_speaker(paragraph: str) -> None:
    found = _quoted("Ana Ruiz spoke first.", paragraph)
    assert found == (False, [])


@pytest.mark.parametrize(
    "paragraph",
    [
        'She agreed, saying "we will build it before the rains come."',
        'He kept repeating the saying, and then a voice called "we will build it before the '
        'rains come."',
    ],
)
def test_words_after_saying_as_a_verb_or_after_a_saying_named_earlier_need_a_speaker(
    paragraph: str,
) -> None:
    assert _quoted("Ana Ruiz spoke first.", paragraph)[0]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The plan was dropped, according to two people who attended a caucus meeting.",
            "two people who attended a caucus meeting",
        ),
        (
            "Two people who sat in on the private talks said the offer was rejected.",
            "Two people who sat in on the private talks",
        ),
        (
            "Three ministers who attended last week's cabinet meeting said the budget was cut.",
            "Three ministers who attended last week's cabinet meeting",
        ),
    ],
)
def test_people_inside_a_meeting_behind_closed_doors_are_sources_not_named(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(ANONYMOUS, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who attended the meeting said the plan was flawed.",
        "Residents who attended a public meeting said the plan was flawed.",
        "Two people who live nearby said the smell was strong.",
    ],
)
def test_people_at_a_public_meeting_or_nearby_are_a_vague_group(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board considers the terms fair insofar as shareholders are concerned.",
        "The deal is done as far as the fishermen are concerned.",
        "In so far as most tenants are concerned, the rent is settled.",
    ],
)
def test_as_far_as_a_group_is_concerned_says_whom_it_is_about_not_a_feeling(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []


def test_a_group_that_is_concerned_still_feels_it() -> None:
    assert _speakers("Many residents are concerned about the road.") == [(VAGUE, "Many residents")]
