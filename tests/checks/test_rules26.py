"""The twenty-sixth round: what the twenty-third held-out part's first half showed the checks
misread, as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Charities say the official count badly understates the problem.",
        "Companies have argued that the levy is too steep.",
        "Organisations representing growers say the rules came too late.",
        "Nonprofits warn that the grants will run out by spring.",
        "Housing charities in Cork and Limerick have long argued that the count is too low.",
    ],
)
def test_a_kind_of_body_opening_a_sentence_names_no_one(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Banks warned that the rate rise would hurt first-time buyers.",  # a surname
        "The charities said the count was too low.",  # the ones named before
    ],
)
def test_a_surname_or_the_bodies_named_before_are_named(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province's chief negotiator, Marta Fenwick, rejected that account.",
        "Hollis rejected the characterization in an interview on Tuesday.",
        "A union organizer, Dee Parr, rejected the suggestion that members had been misled.",
        "The ministry rejected the findings in a statement.",
    ],
)
def test_rejecting_an_account_is_a_statement(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council rejected the developer's request to build on the green.",
        "Voters rejected a school bond in 2021.",
        "Hollis rejected the offer as too low.",
    ],
)
def test_rejecting_a_plan_or_an_offer_is_an_act(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "line",
    [
        "BOOK NOW AND SAVE 15% – use code WINTER15 at checkout",
        "Book online today and save up to 20 per cent",
        "Never miss a timetable update",
        "Never miss an issue.",
        "Join our mailing list",
        "Join the e-mail list for early tickets",
        "Be the first to hear about new dates, ticket releases and volunteer calls.",
        "Be the first to know when tickets go on sale",
        "Become a Friend of the Gallery from €40 a year and help keep entry free.",
        "Become a patron today",
        "Our funders and partners",
        "Our sponsors",
        "Funders & partners:",
    ],
)
def test_a_page_s_promotions_and_funders_box_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Book sales rose 15% last year, the publishers' association said.",
        "Never miss a chance to thank a volunteer, the mayor told the crowd.",
        "Join the queue early, organizers advised, because the hall holds only 300.",
        "Be the first to admit it, he said: the scheme failed.",
        "Our funders and partners have stood by us, Ms Reid said.",
        "Sponsors pulled out in March.",
    ],
)
def test_story_lines_that_start_the_same_way_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_box_s_heading_and_the_funders_under_theirs_are_debris() -> None:
    lines = [
        (0, "Support the gallery"),
        (0, "Become a Friend of the Gallery from €40 a year and help keep entry free."),
        (0, "Donate now"),
        (1, "Our funders and partners"),
        (1, "Arts Council · Harbour Credit Union · Quay Street Hotel"),
    ]
    assert all(debris(lines))


def test_a_call_to_support_in_the_story_is_the_story_s() -> None:
    lines = [
        (0, "Support the gallery"),
        (1, "The gallery's board said it would decide on Friday whether to close in winter."),
    ]
    assert debris(lines) == [None, None]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The only vote against the budget came from Trustee Luis Ortega, who said the "
            "city should cut spending now.",
            "Luis Ortega",
        ),
        ("That worries Trustee Ruth Kaplan of Elmira, who said she paid in May.", "Ruth Kaplan"),
    ],
)
def test_a_name_a_clause_ends_with_speaks_in_its_who_clause(sentence: str, name: str) -> None:
    found = _speakers(sentence)
    assert [kind for kind, _ in found] == [NAMED]
    assert name in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "She denied the request in a one-sentence order Monday afternoon.",
        "Judge Ana Soto denied bail.",
        "Chair Linda Moss calls the Dec. 8 meeting to order at the county building.",
        "Chair Linda Moss called the meeting to order at 7 p.m.",
        "Reporter Tara Lind wrote this article, with reporting from analyst Raj Menon.",
    ],
)
def test_an_act_that_looks_like_a_statement_is_an_act(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "She denied the allegation in a one-sentence statement.",
        "Sen. Ruth Dale asked for patience, saying the talks were close.",
        "Judge Ana Soto denied a motion to cap the award, but said she would hear more in May.",
    ],
)
def test_a_denial_or_a_plea_in_words_is_still_a_statement(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_body_set_off_by_its_description_found_what_its_survey_found() -> None:
    sentence = (
        "The Ohio Open Records Project, a nonprofit that tracks records requests, found in a "
        "2024 survey that offices answered fewer than half of its requests on time."
    )
    assert _speakers(sentence) == [(NAMED, "The Ohio Open Records Project")]


def test_a_group_described_between_commas_is_still_a_group() -> None:
    sentence = (
        "Several speakers, most of them from the Westbrook and Hidden Valley neighborhoods east "
        "of the highway, urged the council to act."
    )
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "credit", ["County photo", "Getty Images/iStockphoto", "Staff photo by Ann Lee"]
)
def test_the_credit_under_a_pasted_caption_is_debris(credit: str) -> None:
    caption = "A retiree reviews her benefit statement at home."
    lines = [(0, caption), (0, credit), (1, "Returns were 9.2%, the report said.")]
    assert debris(lines, [caption])[:2] == ["pasted image caption"] * 2


def test_a_short_line_of_the_story_under_a_caption_is_the_story_s() -> None:
    caption = "A retiree reviews her benefit statement at home."
    lines = [(0, caption), (0, "Returns rose."), (1, "The board met Monday.")]
    assert debris(lines, [caption])[1:] == [None, None]


def test_an_action_box_between_its_heading_and_its_button_is_debris() -> None:
    lines = [
        (0, "We need your voice on this bill."),
        (1, "TAKE ACTION"),
        (1, "Tell your senator to vote NO on SB 212."),
        (1, "It takes less than two minutes."),
        (1, "Send a Message »"),
        (2, "The vote could come next week."),
    ]
    found = debris(lines)
    assert found[1] is not None and found[4] is not None
    assert found[2:4] == [found[1]] * 2  # the box's lines are its heading's kind
    assert found[0] is None and found[5] is None


@pytest.mark.parametrize(
    "line",
    [
        "Questions? Call Member Services at 1-800-555-0147, Monday through Friday.",
        "Questions?",
        "Have questions? Email benefits@example.org.",
    ],
)
def test_a_page_s_questions_line_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_a_question_in_the_story_is_the_story_s() -> None:
    assert chrome_line("Questions? Plenty, said the mayor, who would not answer them.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "A former prosecutor in East Baton Rouge, who asked not to be named because she still "
        "practices there, said such deals were common.",
        "Ybarra sent the images to Owen Pratt, who confirmed the find in August.",
        "Lake Falls Mayor Jean Toll, who testified in May, watched the vote from the gallery.",
    ],
)
def test_a_place_or_an_untitled_name_before_who_is_not_read_as_its_speaker(sentence: str) -> None:
    assert NAMED not in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "line",
    [
        "Become a volunteer member this season.",
        "Apply online today!",
        "Register now.",
        "Learn more",
        "Find out more.",
        "MEMBER BENEFIT: Save 15% on tyres with your club card.",
        "Sign up on our Volunteers page.",
    ],
)
def test_a_promotion_s_question_and_its_call_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Thinking about it now, she said, the decision was rushed.",
        "Want to know why? The audit explains.",
        "Become a member, and the club will waive the fee, Reid said.",
        "Apply the brakes gently on ice, police advised.",
        "Learn more about the plan at Tuesday's meeting, the council said.",
        "UP NEXT",  # an AP sports story's closing section
    ],
)
def test_story_sentences_that_open_like_a_promotion_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_promotion_s_question_over_its_call_is_debris() -> None:
    lines = [(0, "Want to make a difference?"), (0, "Become a volunteer member this season.")]
    assert None not in debris(lines)


def test_a_promotion_box_with_its_pitch_is_debris() -> None:
    lines = [
        (0, "The credit union reported a surplus of 2.1 million."),
        (1, "Thinking about a home upgrade?"),
        (1, "Our Green Home Loan is now available from 4.9% APR (variable)."),
        (1, "Apply online today!"),
        (2, "The annual meeting is on May 3."),
    ]
    found = debris(lines)
    assert found[0] is None and found[4] is None
    assert None not in found[1:4]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Historical research for this article by Ines Galvan of the county museum.",
            ["Ines Galvan"],
        ),
        (
            "Press officer Dana Ruiz wrote this article, with reporting from analyst Tom Reid.",
            ["Tom Reid"],
        ),
    ],
)
def test_research_for_this_article_and_a_writer_s_reporter_are_credits(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


def test_a_writer_alone_is_the_byline_not_a_credit() -> None:
    assert contributor_names("Dana Ruiz wrote this article.") == []


def test_a_promotion_s_question_and_call_on_one_line_is_debris() -> None:
    lines = [(0, "Want to help? Become a volunteer driver this winter."), (1, "The roads reopen.")]
    assert debris(lines) == ["site notice", None]


def test_a_promotion_ends_at_its_call_inside_a_longer_block() -> None:
    lines = [
        (0, "Thinking about solar panels?"),
        (0, "Our Green Home Loan is now available from 4.9% APR (variable)."),
        (0, "Apply online today!"),
        (
            0,
            "Warning: If you do not meet the repayments on your loan, your account will go into "
            "arrears.",
        ),
    ]
    assert None not in debris(lines)


def test_a_gallery_s_bar_under_a_caption_is_not_its_credit() -> None:
    caption = "Crews clear the crossing on Arroyo Road on Monday."
    lines = [(0, caption), (0, "Photo Details | Download: High-Res | Full-Res")]
    assert debris(lines, [caption])[1] != "pasted image caption"


@pytest.mark.parametrize(
    "line",
    [
        "A blog about the trails, towns and public lands of the Upper Kettle Valley",
        "The weekly newsletter on Harbor City politics",
    ],
)
def test_a_site_s_tagline_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_a_sentence_about_a_blog_is_the_story_s() -> None:
    assert chrome_line("A blog about the trails drew 10,000 readers in its first year.") is None
