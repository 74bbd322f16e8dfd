"""The eighteenth round: forms of attribution, contributor lines and page debris that the
fifteenth and sixteenth held-out parts' second halves showed, as general rules, on sentences
written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    ("between", "pronoun"),
    [
        ("Okafor declined to discuss the terms.", "She said"),
        ("Okafor did not return calls. In a statement posted online,", "she wrote"),
    ],
)
def test_she_after_a_named_person_s_surname_is_that_person(between: str, pronoun: str) -> None:
    kinds = _kinds(
        "Chief executive Lena Okafor announced the sale on Monday.",
        "A person familiar with the deal, who was not authorized to discuss it, said the price "
        "was $40 million.",
        f"{between} {pronoun} the company would keep its 300 workers.",
    )
    assert kinds[-1][-1] == NAMED


def test_she_after_an_anonymous_source_is_still_that_source() -> None:
    kinds = _kinds(
        "A person familiar with the deal, who was not authorized to discuss it, said the price "
        "was $40 million. She said the buyer would keep the workers.",
    )
    assert kinds == [[ANONYMOUS, ANONYMOUS]]


def test_they_of_a_group_in_its_own_sentence_is_that_group() -> None:
    kinds = _kinds(
        "A person close to the family, who spoke on condition of anonymity, said talks failed.",
        "Trucking groups have pushed for years to limit what they call runaway verdicts.",
    )
    assert kinds == [[ANONYMOUS], [VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        'Hospital executives like to say that rural care is being "regionalized."',
        "Landlords tend to argue that the rules drive up rents.",
        "Outside experts were cautiously encouraged.",
        "The board voted to close two schools after months of protest from parents who say "
        "the plan will crowd the rest.",
        "A group of Pinecrest parents said they had hired a lawyer.",
        "Some board members have floated replacing the late buses with a van service.",
        "Riders I spoke with suspect the van idea is a way to soften the blow.",
    ],
)
def test_groups_that_speak_in_other_shapes_are_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents are encouraged to attend the meeting at City Hall.",
        "Storm spotters and members of the public submitted more than 140 reports online.",
        "If critics say the plan is flawed, they should offer another.",
        "The man who says he saw the crash, Tom Ruiz, gave a statement.",
        "Logs floated down the river after the storm.",
        "The court revived a lawsuit by parents who say the district ignored the warnings.",
        "Two jurors who said they had relatives in prison were seated.",
    ],
)
def test_no_group_vouches_for_anything_here(sentence: str) -> None:
    assert VAGUE not in _kinds(sentence)[0]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "This summary was prepared by meteorologists Alana Ruiz and Kyle Brandt, with radar "
            "analysis by Jenna Whitlow.",
            ["Alana Ruiz", "Kyle Brandt", "Jenna Whitlow"],
        ),
        ("This report was prepared by Dana Cole.", ["Dana Cole"]),
        ("With research assistance from curatorial fellow Imani Brooks.", ["Imani Brooks"]),
        ("Reporting by Ana Ruiz, with research assistance from Li Wei.", ["Ana Ruiz", "Li Wei"]),
        ("The budget was prepared by Dana Cole.", []),
    ],
)
def test_contributor_lines_in_more_forms(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Get Consumer Alerts",
        "Sign up to receive scam warnings and consumer tips from the attorney general by email.",
        "Jump to: Overview | Tornadoes | Reports and Response",
        "On this page: Overview | Timeline",
    ],
)
def test_sign_up_boxes_and_a_page_s_contents_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Get ready for a long winter, forecasters say.",
        "Sign up to volunteer at the food bank by calling 555-0100.",
    ],
)
def test_lines_like_them_stay_story(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Some parents have told the board they are fine with the change.", "Many have not."),
        ("Most residents support the plan.", "Others do not."),
    ],
)
def test_a_group_s_answer_with_its_verb_left_out_is_vague(first: str, second: str) -> None:
    assert _kinds(f"{first} {second}") == [[VAGUE, VAGUE]]


def test_an_ellipsis_after_no_group_is_nothing() -> None:
    assert _kinds("The board voted on the plan. Many did not.") == [[]]


def test_a_contributor_with_a_job_set_after_the_name() -> None:
    line = "Jenna Morales, a communications intern with the county, contributed to this release."
    assert contributor_names(line) == ["Jenna Morales"]


@pytest.mark.parametrize("line", ["Get project updates by email or text", "Enter email"])
def test_more_sign_up_boxes_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "A notice filed with the state under the federal WARN Act shows layoffs will begin "
        "in March.",
        "A 2023 report by the inspector general of the Department of Health and Human "
        "Services found that a quarter of the homes had overbilled.",
        "The survey of more than 4,200 beekeepers, who manage about 12% of the colonies, "
        "found that losses were worst in the Midwest.",
        "About 15 landowners have signed leases, county planning documents show.",
        "Marlin County Public Health (MCPH) has confirmed the county's first case this year.",
    ],
)
def test_documents_and_bodies_described_at_length_are_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "A city inspector, who asked not to be named because staff may not talk to "
            "reporters, put it more bluntly.",
            ANONYMOUS,
        ),
        (
            "Two people familiar with the deal, who were not authorized to discuss it, put its "
            "value at about $85 million.",
            ANONYMOUS,
        ),
    ],
)
def test_more_shapes_of_a_source(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [[kind]]


@pytest.mark.parametrize(
    "sentence", ["Crews put the car in a ditch.", "She put it on the table after the vote."]
)
def test_put_of_things_says_nothing(sentence: str) -> None:
    assert _kinds(sentence) == [[]]
