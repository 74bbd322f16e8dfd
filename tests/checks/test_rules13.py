"""The thirteenth round: forms of attribution, claims and page debris that the eleventh
held-out part's second half showed (measured unseen at the end of the twelfth round, then
made development material), as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import COMMENT_WIDGET, chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


def _checkable(text: str) -> list[bool]:
    return [bool(s.checkable) for p in analyze_body([text]) for s in p.sentences]


def test_a_source_who_would_not_give_a_name_is_anonymous() -> None:
    assert _kinds(
        "Another, who would not give her name, said she crosses the bridge every day."
    ) == [[ANONYMOUS]]
    assert _kinds("A driver who refused to give his last name said the detour was long.") == [
        [ANONYMOUS]
    ]
    # giving a name is naming
    assert _kinds("Ana Ruiz, who gave her name freely, said the detour was long.") == [[NAMED]]


def test_a_source_identified_only_by_a_first_name_is_anonymous_and_so_are_his_quotes() -> None:
    kinds = _kinds(
        "One, a 44-year-old roofer who asked to be identified only by his first name, "
        "Rogelio, because he is not authorized to work in the U.S., said he had been "
        'treated twice. "They give you water," he said in Spanish. "They don\'t give you '
        'time to drink it."'
    )
    assert kinds == [[ANONYMOUS, ANONYMOUS, ANONYMOUS]]  # his quote, and its continuation
    # a full name is still a name, whatever else the sentence says of first names
    assert _kinds(
        "Rogelio Ortiz, who goes only by his first name on the job site, said he was treated."
    ) == [[NAMED]]


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Rider News, Network Redesign",
        "← Previous: Bus operators wanted: Sign-on bonus raised to $3,000",
        "Next: Fall service changes start Aug. 24 →",
        "Previous post: Library hours change for the holidays",
        "Download the full-size map (PDF) [link]",
        "Download the report (PDF, 2.4 MB)",
        "Get updates on the Network Redesign",
        "Need help now?",
    ],
)
def test_a_blog_post_s_furniture_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Boston, the letter reached the mayor two days later.",
        "Next, the council will vote on the budget.",
        "Previous owners had let the building decay.",
        "Download speeds in the county average 12 megabits.",
        "Get updates like these often enough and you stop reading them.",
        "Need help now, the mayor said, is the message from every shelter.",
    ],
)
def test_reporting_that_opens_with_the_same_words_is_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_map_s_credit_line_is_a_pasted_credit() -> None:
    lines = [
        "The draft network map, with frequent routes shown in red.",
        "Map: FLTA Planning Department",
    ]
    found = debris([(0, lines[0]), (0, lines[1])])
    assert found[1] is not None


def test_a_crisis_line_box_is_chrome() -> None:
    found = debris(
        [
            (0, "Need help now?"),
            (0, "Call Sylvan Ridge's 24-hour behavioral health crisis line at 419-555-0188."),
        ]
    )
    assert found == [found[0], found[1]] and None not in found


def test_a_vote_and_a_rejection_are_checkable_claims() -> None:
    assert _checkable(
        "Supervisors Dean Hoogeveen and Marla Timmer voted to close the bridge; Jan De Boer "
        "voted no."
    ) == [True]
    assert _checkable(
        "The first application was rejected because the letterhead did not match."
    ) == [True]
    assert _checkable("Residents said they will vote against the plan.") == [False]


# The fourteenth round, on held-out-12's first half (measured first on the code as the stop
# began).


def test_a_wire_s_writing_credit_data_reporting_and_help_with_a_post_are_contributor_lines() -> (
    None
):
    assert contributor_names(
        "Reporting by Ana Ruiz in Faro and Tom Berg in Madrid; Writing by Dan Aukes; Editing by "
        "Helen Marsh"
    ) == ["Ana Ruiz", "Tom Berg", "Dan Aukes"]
    assert contributor_names("Data reporting by Mina Castellanos.") == ["Mina Castellanos"]
    assert contributor_names("Volunteer writer Ellen Pryce contributed to this post.") == [
        "Ellen Pryce"
    ]
    assert contributor_names(
        "Thanks to Priya Rao and Sam Ortega for their help with this post."
    ) == [
        "Priya Rao",
        "Sam Ortega",
    ]
    assert contributor_names("Thanks to everyone for their help with this post.") == []
    assert contributor_names("Writing by the numbers is hard.") == []


def test_a_group_that_says_so_privately_is_anonymous() -> None:
    assert _kinds("Some board members say privately that the vote only delays a decision.") == [
        [ANONYMOUS]
    ]
    assert _kinds("Some board members say the vote only delays a decision.") == [[VAGUE]]


def test_a_case_s_own_filing_is_a_named_source() -> None:
    assert _kinds(
        "Much of the money went to a boat and gambling trips, prosecutors wrote in a sentencing "
        "memo."
    ) == [[NAMED]]
    assert _kinds("Much of the money went to a boat, prosecutors said.") == [[ANONYMOUS]]


def test_a_clause_with_a_modal_before_a_verb_is_no_speaker() -> None:
    [kinds] = _kinds(
        'Graham Whitlock told us that "nobody is replacing anyone," and that the system would '
        "free dispatchers to focus on the most serious calls."
    )
    assert kinds == [NAMED]
    assert _kinds("Residents who would lose their homes said the plan was unfair.") == [[VAGUE]]


@pytest.mark.parametrize(
    "line",
    [
        "Join Inkwell for free to get updates from this writer.",
        "FUN FACT: A snow leopard's tail can be nearly as long as its body.",
        "ADOPT A SNOW LEOPARD!",
    ],
)
def test_a_blogging_platform_s_and_a_zoo_page_s_furniture_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_a_count_alone_under_a_post_is_chrome() -> None:
    lines = ["Layoffs", "2.4K", "186", "The ferry resumed service."]
    assert debris(list(enumerate(lines)))[1:] == [COMMENT_WIDGET, COMMENT_WIDGET, None]


@pytest.mark.parametrize(
    "line",
    ["2026", "Join the council for a vote.", "Fun facts are the zoo's best draw, she said."],
)
def test_lines_like_them_in_a_story_are_not(line: str) -> None:
    assert chrome_line(line) is None


def test_a_speaker_whose_first_verb_phrase_is_long_speaks_after_and() -> None:
    assert _kinds(
        "District Judge Anita Soto-Reyes ordered Keller to pay $612,000 in restitution to 53 "
        "homeowners, most of them retirees, and said she had considered a longer sentence."
    ) == [[NAMED]]
    assert _kinds(
        "Keller, wearing a yellow jail jumpsuit, apologized in a brief statement and said he "
        "had intended to complete the jobs."
    ) == [[NAMED]]


def test_things_added_and_help_asked_for_are_no_statements() -> None:
    assert _kinds("Organizers moved the start up 30 minutes and added four water stations.") == [[]]
    assert _kinds(
        "Gov. Miriam Castellanos declared an emergency and asked the White House for a federal "
        "disaster declaration."
    ) == [[]]
    assert _kinds("She added the new rules would take effect in March.") == [[NAMED]]
    assert _kinds("Several homeowners told the judge they had paid for repairs.") == [[VAGUE]]


def test_a_person_by_the_noun_s_ending_and_a_first_name_given() -> None:
    found = analyze_body(['"It is late," said a waiter at the cafe.'])[0].sentences[0]
    assert [a.kind for a in found.attributions] == [UNNAMED]
    [[kind]] = _kinds(
        '"The tourists don\'t see it yet," said a waiter at a beachfront cafe, who gave only '
        "his first name, Nuno."
    )
    assert kind == NAMED
    quoted = analyze_body(['"It is late," said a letter from the agency.'])[0].sentences[0]
    assert [a.kind for a in quoted.attributions] == [NAMED]  # a document, not a person


def test_a_group_that_has_long_known_is_vague() -> None:
    assert _kinds("Scientists have long known that the crust heals slowly.") == [[VAGUE]]
    assert _kinds("The mayor has known the family for years.") == [[]]
