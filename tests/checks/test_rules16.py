"""The sixteenth round: forms of attribution, contributor lines and page debris that the
fourteenth held-out part's second half and the fifteenth's first half showed, as general
rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses, for their part, mostly love the longer shifts.",  # an aside, then an adverb
        "Parents, for their part, largely support the plan.",
        "Some anglers on the lake have voiced frustration with the new limits.",
        "Meteorologists forecast more snow for the passes through Sunday.",
        "Many growers prefer the older variety.",
        "The Hawks are still widely projected to win the division.",  # a passive, no one's
        "The measure is widely seen as a compromise.",
    ],
)
def test_a_group_s_view_is_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody on the council will know for a while whether the grant comes through.",
        "Nobody has explained why.",
        "Nobody suggested closing the library.",
        "The volunteers who run the pantry deserve credit.",  # a noun after 'deserve'
        "Officials took note of the complaints.",
        # what a group did in a clause of time is an event of the story
        "Deputies entered the house on Elm Street on Friday, after neighbors reported a smell.",
        "After residents complained, the city moved the bus stop.",
    ],
)
def test_what_is_no_source(sentence: str) -> None:
    (kinds,) = _kinds(sentence)
    assert not {NAMED, VAGUE, ANONYMOUS} & set(kinds)


def test_it_is_widely_believed_is_one_vague_finding() -> None:
    assert _kinds("It is widely believed that the mill will close.") == [[VAGUE]]


def test_nobody_is_no_vague_source() -> None:
    assert VAGUE not in _kinds("Nobody on the board wants to cut teachers, and nobody should.")[0]


def test_a_group_s_statement_outside_a_clause_of_time_is_still_vague() -> None:
    assert _kinds("Critics complained that the city moved the bus stop.") == [[VAGUE]]
    assert _kinds("After the vote, critics said the plan was flawed.") == [[VAGUE]]
    # 'after' inside the group's own description is no clause of time
    assert _kinds("Workers leaving the mill after the night shift said they were stunned.") == [
        [VAGUE]
    ]


def test_a_second_relative_clause_about_the_speaker_keeps_the_speaker() -> None:
    (para,) = analyze_body(
        [
            "A juror who spoke to reporters after the verdict, and who asked that her name not "
            "be used because she feared harassment, said the photos had been decisive. "
            '"Once we saw them, there was not much to argue about," she said.'
        ]
    )
    assert [[a.kind for a in s.attributions] for s in para.sentences] == [
        [ANONYMOUS],
        [ANONYMOUS],
    ]


def test_an_unnamed_person_introducing_a_quotation_with_a_colon_is_no_speaker() -> None:
    (para,) = analyze_body(
        [
            "One grandmother, waiting on a bench with a towel in her lap, put it more bluntly: "
            '"Where else are these kids supposed to go in August?"'
        ]
    )
    (sentence,) = para.sentences
    assert sentence.unattributed_quotes and not sentence.attributions


def test_a_named_person_introducing_a_quotation_with_a_colon_speaks() -> None:
    (para,) = analyze_body(['Whitfield put it plainly: "We are out of money."'])
    assert [a.kind for a in para.sentences[0].attributions] == [NAMED]


def test_the_writer_s_i_is_never_the_group_before() -> None:
    (para,) = analyze_body(
        [
            "Critics say the schedule hurts families. I asked the superintendent what the plan "
            "was for children with nowhere to go."
        ]
    )
    assert VAGUE not in [a.kind for a in para.sentences[1].attributions]


def test_staff_who_remind_are_an_unnamed_source() -> None:
    assert _kinds("County extension staff reminded exhibitors that the forms are due.") == [
        [ANONYMOUS]
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Auction results compiled by Wapsie County Extension staff and volunteer Carol Ness.",
            ["Carol Ness"],
        ),
        ("Ana Ruiz and intern Li Wei also reported.", ["Ana Ruiz", "Li Wei"]),
    ],
)
def test_contributor_lines(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Results compiled by Extension staff.",  # a body of people, no one named
        "The mayor and Ana Ruiz reported from Denver.",  # not a contributor line
    ],
)
def test_lines_that_credit_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "[Share on Facebook] [Share on X] [Pin It] [Email]",
        "Apply to volunteer here: [link]",
        "Posted in 4-H & FFA, Livestock, Results",
        "Check our Amazon wish list for the items we need most.",
        "Visit wildlife.example.gov to buy permits, find access sites and learn more.",
        "The complete sale order and results are posted on our Results page.",
    ],
)
def test_page_debris(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The agency posted the results on its website Tuesday.",
        "Visitors to the park can buy permits at the gate.",
        "She shared a photo of the wish list with the board.",
    ],
)
def test_prose_is_no_debris(line: str) -> None:
    assert chrome_line(line) is None


def test_an_agency_s_photo_credit_alone_is_a_credit_line() -> None:
    assert pasted_caption("NGWC photo/Tom Reyes")
    assert not pasted_caption("The photo showed Tom Reyes at the dock.")


def test_the_comment_under_a_blog_comment_s_heading_is_debris() -> None:
    lines = [
        (0, "The shelter will reopen Monday."),
        (1, "2 Comments"),
        (2, "Linda M. says: July 14, 2025 at 3:12 pm"),
        (3, "Just filled out the foster application! Can't wait to help."),
        (4, "Rob Kessling says: July 14, 2025 at 5:47 pm"),
        (5, "Dropped off two boxes of litter this afternoon."),
    ]
    found = debris(lines)
    assert found[0] is None and all(found[1:])


def test_a_blog_comment_s_heading_with_words_is_not_a_date() -> None:
    lines = [
        (0, "Marge T. says: Wonderful news!"),
        (1, "The shelter will reopen Monday."),
    ]
    assert debris(lines)[1] is None
