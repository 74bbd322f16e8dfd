"""Holes an attacker found in the sixty-eighth pass, aimed at the thirty-first round of the
checks: a ministry named with its portfolios, the body's description before a clause about
an unnamed speaker, contributor lines that compile, research and thank, a writer's other
pieces on a network's page, a help line and a priced offer in capitals.

Precision holes, where a plain story is misread:
- a consumer column's advice ('Need help? Contact your bank immediately if you think you
  have been scammed.', 'Need advice? Visit your GP before taking any supplements.') was a
  site's help line: the round reads any 'call', 'contact' or 'visit' after the question as
  the site's own, though a help line gives its number, its address or 'us';
- a story's subhead in capitals with a figure ('GET YOUR MONEY BACK: $2M REFUND FOR
  CUSTOMERS') was a priced offer: an offer's words after its price are not in capitals;
- an editor's note ('More articles by Ana Ruiz will follow.') was a teaser heading: the
  round let any three words follow 'by', where a writer's name is in capitals;
- a correction's thanks to a reader ('Thanks to reader Kabo Tau for spotting an error in
  this story.') and a profile's to its subject ('for sharing her story in this piece')
  credited a contributor, an error that blocks the story;
- 'Research on the disease by Kabo Tau and Ana Ruiz was published in The Lancet.' credited
  Kabo Tau: a name followed by a verb of its own was read as a piece that names no one,
  not as prose (and 'Research by ...' and 'Reporting by ...' alike, before the round);
- 'A worker at the mine, the town's biggest employer, who spoke on condition of anonymity,
  said' named "the town's biggest employer", and 'A teacher at Maru-a-Pula, a private
  school in the capital, who asked not to be named, said' took the school for the speaker:
  the round drops a body's description only after a name in capitals and with 'the' or a
  possessive, not after 'the mine' nor with 'a'.

Recall holes, near forms of the round's own that real pages or copy print:
- a ministry or department whose portfolios run to more than one word ('the Department of
  Agriculture, Land Reform and Rural Development', 'the Ministry of Local Government, Rural
  Development and Housing', 'Forestry, Fisheries and the Environment') was cut at its
  commas or its 'and', so that an official in it was named 'Rural Development' or 'Housing';
- 'Compiled by the Research Unit, with input from Ana Ruiz.' credited no one, and 'Compiled
  by Ana Ruiz with help from Kabo Tau and the Research Unit.' left Kabo Tau out;
- 'Special thanks to Kabo Tau for fact-checking this story.' (no 'in' before 'this story')
  was no thanks line;
- 'More by Ana Ruiz', 'Other articles by Ana Ruiz', 'More stories from this author' and
  'Readers also viewed' were no teaser headings; 'SECURE YOUR SPOT – from €10' and 'GRAB
  YOUR TICKETS – from £25' no offers.

Left open: 'The owner of what police said was a stolen car said he bought it' names 'was a
stolen car' (and 'A woman who saw what police said was the gunman's car told reporters'
alike), as before the round: a what-clause inside the subject of a later verb of saying;
'Compiled by Statistics Botswana' credits a body whose name has no body word, as every
'by' form does; an offer wholly in capitals ('BOOK YOUR WRECK DIVE – FROM €65 INCL.
TANKS') is now read as a subhead, the price of telling a subhead from it; the bilingual
buttons read any short first half, so 'Stop / Search' or 'Remain / Join' are chrome, lines
no story in the corpus prints. ('Need help now? Call our helpline ...', left unread here,
was read after the pass: tests/checks/test_rules31.py.)"""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import RELATED, chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers

# --- a help line and a priced offer


@pytest.mark.parametrize(
    "line",
    [
        "Need help? Contact your bank immediately if you think you have been scammed.",
        "Need advice? Visit your GP before taking any supplements.",
        "Need help? Call a friend first, experts say.",
    ],
)
def test_a_column_s_advice_after_a_question_is_no_help_line(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Need help? Call us on 0800 000 000.",
        "Need help? Contact us.",
        "Need advice? Email advice@example.org",
    ],
)
def test_a_help_line_with_its_number_or_address_is_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "GET YOUR MONEY BACK: $2M REFUND FOR CUSTOMERS",
        "BUY YOUR OWN HOME: $300K IS THE NEW ENTRY PRICE",
    ],
)
def test_a_subhead_in_capitals_with_a_figure_is_no_offer(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    ["SECURE YOUR SPOT – from €10", "GRAB YOUR TICKETS – from £25 per seat"],
)
def test_more_offers_with_their_price_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


# --- a writer's other pieces


def test_a_note_that_more_pieces_will_follow_is_no_teaser_heading() -> None:
    assert chrome_line("More articles by Ana Ruiz will follow.") is None


@pytest.mark.parametrize(
    "line",
    [
        "More by Ana Ruiz",
        "Other articles by Ana Ruiz",
        "More stories from this author",
        "More by Luis de la Cruz",
        "Readers also viewed",
    ],
)
def test_near_forms_of_a_writer_s_other_pieces_are_teaser_headings(line: str) -> None:
    assert chrome_line(line) == RELATED


# --- contributor lines


@pytest.mark.parametrize(
    "line",
    [
        "Thanks to reader Kabo Tau for spotting an error in this story.",
        "Thanks to Kabo Tau for flagging the mistake in this article.",
        "Thanks to Kabo Tau for sharing her story in this piece.",
        "Research on the disease by Kabo Tau and Ana Ruiz was published in The Lancet.",
        "Research by Kabo Tau and Ana Ruiz was published in The Lancet.",
    ],
)
def test_a_reader_s_tip_and_prose_about_research_credit_no_one(line: str) -> None:
    assert contributor_names(line) == []


def test_a_correction_s_thanks_to_a_reader_does_not_block_the_story(room: Clone) -> None:
    line = "Thanks to reader Kabo Tau for spotting an error in this story."
    assert reported(room, line, "credits.contributor-line-uncredited") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Compiled by the Research Unit, with input from Ana Ruiz.", ["Ana Ruiz"]),
        (
            "Compiled by Ana Ruiz with help from Kabo Tau and the Research Unit.",
            ["Ana Ruiz", "Kabo Tau"],
        ),
        ("Special thanks to Kabo Tau for fact-checking this story.", ["Kabo Tau"]),
        ("Thanks to Kabo Tau for editing this piece.", ["Kabo Tau"]),
    ],
)
def test_near_forms_of_the_round_s_contributor_lines(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_a_compiler_s_helper_in_prose_is_still_no_one() -> None:
    line = "Compiled by the statistics office with input from Ana Ruiz, the figures show a rise."
    assert contributor_names(line) == []


# --- who speaks


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A worker at the mine, the town's biggest employer, who spoke on condition of "
            "anonymity, said pay was late.",
            "A worker at the mine",
        ),
        (
            "A teacher at Maru-a-Pula, a private school in the capital, who asked not to be "
            "named, said fees rose.",
            "A teacher at Maru-a-Pula",
        ),
        (
            "An engineer at Debswana, a joint venture between the government and De Beers, who "
            "asked not to be named, said output fell.",
            "An engineer at Debswana",
        ),
    ],
)
def test_a_body_s_description_in_lowercase_or_with_an_article_is_not_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(ANONYMOUS, speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "An official at the Department of Agriculture, Land Reform and Rural Development, "
            "who asked not to be named, said the fence was cut.",
            "An official at the Department of Agriculture, Land Reform and Rural Development",
        ),
        (
            "A spokesman for the Ministry of Local Government, Rural Development and Housing "
            "said the dam was full.",
            "A spokesman for the Ministry of Local Government, Rural Development and Housing",
        ),
        (
            "An official at the Department of Forestry, Fisheries and the Environment said "
            "the fence was cut.",
            "An official at the Department of Forestry, Fisheries and the Environment",
        ),
    ],
)
def test_a_ministry_s_portfolios_of_more_than_one_word_are_one_name(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(ANONYMOUS, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at the School of Mines, Kabo Tau and Ana Ruiz said the course would grow.",
        "A letter from the Office of the President, Kabo Tau and Ana Ruiz said the plan was off.",
    ],
)
def test_two_people_named_after_a_body_are_still_the_speakers(sentence: str) -> None:
    assert [s for _, s in _speakers(sentence)] == ["Kabo Tau", "Ana Ruiz"]
