"""The fifteenth round: forms of attribution, contributor lines and page debris that the
thirteenth held-out part's second half showed, as general rules, on sentences written for
them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Backers of the levy point out that the tax has not risen in a decade.",
        "Opponents point to the cost of the last bond.",
        "Hydrologists regard the gauge as the best record on the river.",
        "Not everyone on the board was persuaded.",
        "Commuters on the east side have been a little less patient.",
        "Some parents fear that the new route will add 20 minutes to the ride.",
    ],
)
def test_a_group_s_view_is_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trail markers point north from the lot.",  # only 'point out' or 'to' says a thing
        "The patient was stable on Tuesday.",  # a noun, not a feeling
        "The expansion will add 40 beds to the hospital.",  # a thing added, not a statement
    ],
)
def test_what_is_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_a_clause_inside_a_noun_phrase_has_its_own_subject() -> None:
    # 'a finding the authors describe': the authors named before speak, not 'a finding'
    assert _kinds(
        "The bone has a rounded joint, a finding the authors write is unlike any living ape."
    ) == [[NAMED]]


def test_a_named_person_who_points_something_out_is_named() -> None:
    assert _kinds("Councilwoman Rita Gomez pointed out that the vote was close.") == [[NAMED]]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("With additional reporting from Ben Asselin, Cold Spur snow reporter.", ["Ben Asselin"]),
        (
            "Additional information provided by Asst. Chief Tom Yingling and FF/EMT Brianna Kline.",
            ["Tom Yingling", "Brianna Kline"],
        ),
        ("Additional reporting by Capt. Lena Ortiz.", ["Lena Ortiz"]),  # the rank left off
    ],
)
def test_contributor_lines(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_reporting_from_a_place_credits_no_one() -> None:
    assert contributor_names("Reporting from Kyiv.") == []
    assert contributor_names("Reporting by J.D. Salinger.") == ["J.D. Salinger"]


@pytest.mark.parametrize(
    "line",
    [
        "Volunteer drivers needed — no experience necessary.",
        "BUY NOW",
        "Get tickets",
        "EARLY BIRD ENDS FRIDAY — Save 20% on season passes, from $399.",
        "Posted in News, Snow Report  |  Tagged lift project, opening day",
        "Posted in Events | Tagged parade",
    ],
)
def test_page_debris(line: str) -> None:
    assert chrome_line(line)


def test_more_photos_courtesy_of_is_a_credit_line() -> None:
    assert pasted_caption("Additional photos courtesy of Hopewell Fire Co. Station 12.")
    assert not pasted_caption("More photos of the storm are online at the library.")


@pytest.mark.parametrize(
    "line",
    [
        "The company said it would buy now-vacant lots along the river.",
        "Volunteers are needed for the cleanup, organizers said.",
        "Posted in the lobby, the notice warned tenants of the shutoff.",
    ],
)
def test_prose_is_no_debris(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of those who spoke were not persuaded.",  # 'not' between 'be' and the feeling
        "Visiting scientists were largely impressed.",
        "A smaller group urged the council to delay the vote.",  # a gathering, no one named
        "Speaker after speaker said the fee would drive riders away.",
    ],
)
def test_more_groups_that_name_no_one(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Crews searched for at least 30 people reported missing in the town.",  # a state
        "The city hired a consultant, a project few residents asked for.",  # a request
        "Rivera rose above two defenders at the near post to meet the corner.",  # a noun
        "A group called Save Harlow Pool has raised $180,000.",  # a name given
    ],
)
def test_more_of_what_is_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_a_group_named_in_apposition_is_named() -> None:
    assert _kinds(
        "At least 40 tows were waiting, according to a towing industry group, the River "
        "Carriers Council."
    ) == [[NAMED]]


def test_a_short_quotation_after_a_verb_of_saying_needs_its_speaker() -> None:
    (para,) = analyze_body(
        [
            "The chairwoman cut off several speakers. At one point, a man near the door "
            'shouted, "Who\'s paying you?" She gaveled for order.'
        ]
    )
    assert [bool(s.unattributed_quotes) for s in para.sentences] == [False, True, False]


def test_compiled_by_credits_the_compiler_without_the_title() -> None:
    assert contributor_names("Compiled by Deputy City Clerk Anna Rusk") == ["Anna Rusk"]


@pytest.mark.parametrize(
    "line",
    [
        "Council Highlights is a brief summary of actions taken by the Grafton City Council.",
        "It is not the official record of the meeting.",
        "Approved minutes are posted on the Agendas & Minutes page after adoption.",
        "Other News in City Council",
        "GIVE NOW",
        "Every $1 you give helps provide 5 meals for neighbors facing hunger.",
    ],
)
def test_a_public_body_s_and_a_charity_s_page_debris(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone on the backstretch was surprised.",
        "Many of those lenders were rattled by the run on deposits.",
        "Others were less forgiving.",
        "Fishermen have noticed the change.",  # a plural for people ending in 'men'
        "River pilots have long complained about the approach.",
    ],
)
def test_feelings_and_groups_of_the_fifteenth_round(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the plea agreement, Kettering wrote more than 140 checks to a shell firm.",
        "Pfautz wrote 214 checks from the company's accounts to himself.",
        "Martin Kessler-Vaughn writes about Ann Arbor and Washtenaw County on Sundays.",
    ],
)
def test_checks_written_and_a_columnist_s_tagline_name_no_source(sentence: str) -> None:
    (para,) = analyze_body([sentence])
    speakers = [a.speaker for s in para.sentences for a in s.attributions]
    assert speakers in ([], ["the plea agreement"])  # not 'Kettering', 'Pfautz', 'Kessler-Vaughn'


def test_a_country_s_state_media_unnamed_is_vague_and_no_name() -> None:
    (para,) = analyze_body(["In Burkina Faso, state media reported that the level fell."])
    assert [(a.kind, a.speaker) for s in para.sentences for a in s.attributions] == [
        (VAGUE, "state media reported")
    ]
    assert _kinds("Lebanese state media reported that ambulances were searching.") != [[VAGUE]]


def test_some_of_you_is_no_one_in_particular() -> None:
    # ('one of you' is whoever the writer speaks to, as 'one of them' is whoever was named)
    assert _kinds("Some of you have asked whether the company is for sale.") == [[VAGUE]]
