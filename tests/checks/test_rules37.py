"""The thirty-seventh round: what the thirty-fourth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import RELATED, VIDEO, chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, UNNAMED, VAGUE
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
    ("line", "names"),
    [
        ("Data research: Ana Ruiz", ["Ana Ruiz"]),
        ("Picture research: Li Wei and Tom Hale", ["Li Wei", "Tom Hale"]),
        ("Photographs and additional interviews by Kabo Tau.", ["Kabo Tau"]),
        ("Photos and additional research: Mele Fifita", ["Mele Fifita"]),
        ("Ana Ruiz, in Basseterre, also reported for this story.", ["Ana Ruiz"]),
        ("Li Wei also reported for this report.", ["Li Wei"]),
        ("— With reporting by Tomasi Vaka on Vava'u", ["Tomasi Vaka"]),
        ("Reporting by Ana Ruiz on Rodrigues; editing by Li Wei", ["Ana Ruiz"]),
        ("Our Gozo correspondent, Marija Borg, helped with this report.", ["Marija Borg"]),
        ("Kabo Tau also assisted with this story.", ["Kabo Tau"]),
        ("Ana Ruiz of our Lagos bureau contributed reporting.", ["Ana Ruiz"]),
        ("Li Wei also covered the hearing.", ["Li Wei"]),
        ("Ana Ruiz and Tom Hale also covered the count.", ["Ana Ruiz", "Tom Hale"]),
    ],
)
def test_a_kind_of_research_interviews_an_island_a_bureau_and_a_second_reporter_s_credit(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Cancer research: Dogs Can Smell It",
        "Data research: what the figures say",
        "The mayor helped with this report.",
        "Her son helped with this story.",
        "Ana Ruiz reported on Tuesday.",
        "The grant also covered the debate.",
        "Insurance also covered the costs.",
        "Minister Smith also covered the summit.",
        "Prime Minister John Smith also covered the summit.",
        "Ana Ruiz also covered the bills for the trip.",
    ],
)
def test_a_subhead_a_helper_who_is_no_reporter_or_a_sentence_about_covering_costs_credits_no_one(
    line: str,
) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("3,417 views  Streamed live on 2 Jun 2025  #Budget #Parliament", VIDEO),
        ("12K views  Premiered 4 May 2025", VIDEO),
        ("880 views  28 Feb 2025  SUVA", VIDEO),
        ("1.2M views 3 days ago", VIDEO),
        ("Show transcript", VIDEO),
        ("Hide transcript", VIDEO),
        ("Follow along using the transcript.", VIDEO),
        ("English (auto-generated)", VIDEO),
        ("Spanish (auto-generated)", VIDEO),
        ("Overview | Latest updates | Documents | Results", "site navigation"),
        ("Fixtures | Results | Table", "site navigation"),
        ("About | Partners | Contact", "site navigation"),
        ("Related projects", RELATED),
        ("Related programmes", RELATED),
    ],
)
def test_a_video_page_s_views_line_and_transcript_buttons_and_a_page_s_tabs_are_chrome(
    line: str, kind: str
) -> None:
    assert chrome_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The video had 3,417 views by Tuesday, the ministry said.",
        "12,000 views of the lagoon were sold as postcards in 2024.",
        "Show the transcript to the court, the judge said.",
        "English is the language of the transcript.",
        "Transcript",
        "0:21",
        "[Music]",
        "Wins, losses and draws | a season in numbers",
        "Ana | Ben | Carl",
        "Related to the project, the second stage will take 30 months.",
    ],
)
def test_lines_like_a_video_page_s_or_a_page_s_tabs_are_the_story_s_when_read_alone(
    line: str,
) -> None:
    assert chrome_line(line) is None


def test_a_video_page_s_transcript_panel_times_sound_notes_and_plug_are_its_furniture() -> None:
    body = """
2,110 views  9 May 2025  NUKU'ALOFA
The minister opened the new wharf on Friday.
Subscribe for the evening news every weeknight at 7pm.
Show less

Transcript
English (auto-generated)
0:00
[Music]
0:14
Good morning and thank you all for coming.
0:31
[Applause]
"""
    lines = _blocks(body)
    found = debris(lines)
    kinds = {text: what for (_, text), what in zip(lines, found, strict=True)}
    for text in ("Transcript", "0:00", "[Music]", "0:14", "0:31", "[Applause]"):
        assert kinds[text] == VIDEO, text
    assert kinds["Subscribe for the evening news every weeknight at 7pm."] == VIDEO
    assert kinds["The minister opened the new wharf on Friday."] is None  # the description
    assert kinds["Good morning and thank you all for coming."] is None  # the speech


def test_times_and_a_transcript_heading_in_a_story_with_no_video_page_are_the_story_s() -> None:
    body = """
The race was decided in the last lap.

Transcript
0:21
The coach's words, as the club released them, follow.
"""
    assert debris(_blocks(body)) == [None] * 4


def test_a_heading_over_a_page_s_list_of_file_links_is_the_page_s() -> None:
    body = """
The fund approved the grant in November.

Downloads
Project summary (PDF, 1.1 MB)
Procurement plan (XLSX, 240 KB)
"""
    assert debris(_blocks(body)) == [None, *["site navigation"] * 3]


def test_a_subhead_over_story_paragraphs_stays_the_story_s() -> None:
    body = """
The fund approved the grant in November.

Documents
The court's documents show the sale went ahead.
Project summary (PDF, 1.1 MB)
"""
    assert debris(_blocks(body))[:3] == [None, None, None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The levy passed in March, with some councillors arguing that it hit the poor.",
            (VAGUE, "some councillors"),
        ),
        ("The plan was approved, with critics saying it came too late.", (VAGUE, "critics")),
        (
            "The fund closed in 2019 with many donors warning it had been mismanaged.",
            (VAGUE, "many donors"),
        ),
        ("The bill passed with Ana Ruiz saying it was overdue.", (NAMED, "Ana Ruiz")),
    ],
)
def test_who_says_it_in_an_absolute_after_with_is_the_source(
    sentence: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The match ended with fans arguing with the referee.",
        "The day ended with families saying goodbye.",
        "The ship left with the crew saying nothing.",
        "The meeting opened with the mayor telling jokes.",
        "It closed with him saying thanks.",
    ],
)
def test_a_quarrel_a_farewell_or_nothing_said_in_an_absolute_states_nothing(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Not all geologists read the core samples the same way.", "Not all geologists"),
        ("Some economists read the figures differently.", "Some economists"),
        ("Not everyone is happy about the new timetable.", "Not everyone"),
        ("Many growers are not happy with the price.", "Many growers"),
        ("Few parents are satisfied with the answer.", "Few parents"),
    ],
)
def test_a_group_s_other_reading_or_its_contentment_is_a_vague_view(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(VAGUE, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She read the letter the same way every morning.",
        "The children read the books differently.",
        "Ana Ruiz is happy with the result.",
        "The bakery is happy to take orders.",
    ],
)
def test_one_reader_s_habit_or_one_person_s_contentment_is_no_group_s_view(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Shame!" a voice shouted from the public gallery.', (UNNAMED, "a voice")),
        ('"Not again," a voice called from the back of the room.', (UNNAMED, "a voice")),
        ('"Sit down!" a voice from the terraces shouted.', (UNNAMED, "a voice from the terraces")),
        ("Voices in the party say the leader must go.", (VAGUE, "Voices in the party")),
    ],
)
def test_a_voice_from_a_crowd_is_a_bystander_no_reader_can_identify(
    sentence: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(sentence) == [speaker]


def test_a_voice_from_a_crowd_leaves_its_quotation_without_a_speaker() -> None:
    [paragraph] = analyze_body(['"Give it back," a voice called from the back of the hall.'])
    assert paragraph.sentences[0].unattributed_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "The voice of the people was heard on Tuesday.",
        "Her voice shook as she read the statement.",
    ],
)
def test_a_voice_that_is_a_sound_or_a_figure_of_speech_speaks_for_no_one(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, in Basseterre, also reported for this story.",
        "Li Wei reported for the bulletin from Suva.",
    ],
)
def test_a_reporter_s_credit_for_the_story_is_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police reported for the third time that the road was closed.", (NAMED, "Police")),
        ("The agency reported for 2024 a loss of $3 million.", (NAMED, "The agency")),
    ],
)
def test_what_is_reported_for_a_time_or_a_year_is_still_reported(
    sentence: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(sentence) == [speaker]
