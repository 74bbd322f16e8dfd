"""Holes an attacker found in the sixty-second pass, aimed at the twenty-eighth round of the
checks: a response in deeds, a figure put at a number, a party and its place before a full
stop, the page's timestamp and donation box, people spoken to by someone, a body's own
accounts, 'forecast' as a verb, and a chart's numbered title and source.

Precision holes, where a plain story is misread:
- 'put the store at 400 Main Street', 'put the new fire station at 12th and Elm', 'put the
  kicker at 40 yards' read as estimates by a named source: the round lets any thing be put
  at any number, an address and a length among them;
- after any hyphenated word the part after the hyphen was read as the word before the full
  stop, so 'rated double-A.', 'Gen-Z.', 'no Plan-B.' (a letter taken for an initial) and
  'next-gen.' (a title) ended no sentence and ran into the next;
- 'Published on 12 March 2024, the report found ...' and 'Updated on 2 June 2025, the
  guidance now covers ...' (and the older 'March 12, 2024,' form) were a page timestamp, an
  error that blocks the story;
- a donation box's line someone is quoted saying ('Our work is funded by donors like you,
  said Jane Smith') was a sign-up box;
- 'Residents spoken to by officers said' and 'people spoken to by council staff' became the
  paper's own anonymous sources, asked for in sources.yaml;
- 'one former employee's own accounts' became a named document: the round takes any
  possessive before 'accounts' as its owner;
- 'Weather forecast: Sunny, high of 75.' read 'Weather' as a named source, once 'forecast'
  became a verb of saying (as 'Traffic report:' read 'Traffic');
- a 'Source:' line under a photo credit that says who said what was read as a chart's
  source, a caption.

Recall holes, forms the round's rules name but miss:
- 'responded by saying', 'by tweeting that', 'by calling the claims absurd' and 'responded
  to calls for his resignation by saying' lost their speaker: any 'by ...ing' was a deed;
- 'The agency puts unemployment at 4.1%' (no 'the' before the thing) was no estimate;
- a numbered chart title with an abbreviation in it ('Figure 3: U.S. rents by state',
  'Chart 1: Median rent in St. Louis', 'GDP growth vs. inflation') was no caption.

Left open: 'She called it quits' is read as a statement, as before the round; 'responded
in kind, calling her a liar' and 'responded to the report of a budget gap with a written
statement' name no speaker (the participle after a comma still does); a 'Note:' line
between a chart's title and its source is not read as part of the caption, since an
editor's note after a caption is reporting; 'a neighbour's own account' and 'an unnamed
official's own notes' stay named documents, as they were before the round; a 'Source —'
line with a dash is not read; 'Parents responded by posting flyers' is read as words."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris, pasted_caption
from newsroom.checks.sentences import sentences
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers


def _kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in _speakers(sentence)]


# --- a response in words


@pytest.mark.parametrize(
    "sentence",
    [
        "The company responded by saying it had done nothing wrong.",
        "The governor responded by tweeting that the state would appeal.",
        "She responded by calling the claims absurd.",
        "The senator responded to calls for his resignation by saying he would not step down.",
    ],
)
def test_a_response_by_saying_is_a_statement(sentence: str) -> None:
    """The round reads 'responded by doing' as a deed; by saying, tweeting or calling
    something, the response is in words, as it was read before the round."""
    assert _kinds(sentence) == [NAMED]


# --- a thing put somewhere


@pytest.mark.parametrize(
    "sentence",
    [
        "The developer put the store at 400 Main Street.",
        "The city put the new fire station at 12th and Elm.",
        "The coach put the kicker at 40 yards for the attempt.",
    ],
)
def test_a_thing_put_at_a_place_is_no_estimate(sentence: str) -> None:
    """The round reads 'puts the <thing> at <figure>' as an estimate for any thing; an
    address, a street and a distance are where a thing is put, not what it is worth."""
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board's survey puts the damage at about $2 million.",
        "The agency puts unemployment at 4.1%.",
        "The union puts the shortfall at 3,000 nurses.",
        "The state's own estimates put the cost at $2 billion.",
    ],
)
def test_a_figure_put_at_an_amount_is_still_an_estimate(sentence: str) -> None:
    assert _kinds(sentence) == [NAMED]


# --- a party and a place, and other hyphenated words before a full stop


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The county's bonds are rated double-A. Moody's said the outlook is stable.",
            "The county's bonds are rated double-A.",
        ),
        (
            "Most of the new hires are Gen-Z. Managers say they want flexibility.",
            "Most of the new hires are Gen-Z.",
        ),
        ("The couple had no Plan-B. The fire took everything.", "The couple had no Plan-B."),
        (
            "The company says its chips are next-gen. Analysts are skeptical.",
            "The company says its chips are next-gen.",
        ),
    ],
)
def test_a_hyphenated_word_that_is_no_party_ends_its_sentence(text: str, first: str) -> None:
    """The round reads the part after a hyphen as the word before the full stop, for a
    party and its place ('D-St. Louis'); after any other hyphenated word ('double-A',
    'next-gen') it took a letter for an initial and a word for a title."""
    assert sentences(text)[0] == first


def test_a_party_and_a_place_still_end_no_sentence() -> None:
    assert sentences("Rep. Dana Holt, DFL-St. Paul, voted yes. The bill failed.") == [
        "Rep. Dana Holt, DFL-St. Paul, voted yes.",
        "The bill failed.",
    ]


# --- a page's widgets and story lines like them


@pytest.mark.parametrize(
    "line",
    [
        "Published on 12 March 2024, the report found that 40% of homes were damp.",
        "Published on March 12, 2024, the report found that 40% of homes were damp.",
        "Updated on 2 June 2025, the guidance now covers schools.",
        "This research is funded by people like you and the Wellcome Trust, the authors said.",
        "Our work is funded by donors like you, said Jane Smith, the charity's director.",
    ],
)
def test_story_lines_that_open_like_a_widget_are_not_chrome(line: str) -> None:
    """A date after 'Published' or 'Updated' that a clause goes on from is a story's
    sentence, not a page's timestamp; a donation box's line that someone said is quoted."""
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: Tuesday 13 May 2025",
        "Last updated 13 May 2025, 10:02 BST",
        "Published March 12, 2024, 3:15 p.m. EST",
        "Our work is funded by readers like you, not by special interests.",
    ],
)
def test_the_widgets_stay_chrome(line: str) -> None:
    assert chrome_line(line) is not None


# --- people spoken to by someone other than the paper


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents spoken to by officers said they heard shots.",
        "Residents who were spoken to by council staff said they were never warned.",
        "Pupils spoken to by the school's inspectors said they felt safe.",
    ],
)
def test_people_the_police_or_a_council_spoke_to_are_not_the_paper_s_anonymous_sources(
    sentence: str,
) -> None:
    """The round reads anyone 'spoken to by' anyone as the paper's own unnamed sources, and
    asks for them in sources.yaml; people whom officers or a council's staff spoke to reach
    the story through them, a group as vague as before the round."""
    assert ANONYMOUS not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses spoken to by the Courier described shifts of 16 hours.",
        "Several nurses spoken to by this newspaper said shifts ran 16 hours.",
        "Two drivers spoken to by the Irish Times said the road was unlit.",
    ],
)
def test_people_the_paper_spoke_to_stay_anonymous(sentence: str) -> None:
    assert _kinds(sentence) == [ANONYMOUS]


# --- a chart's numbered title with an abbreviation in it


@pytest.mark.parametrize(
    "line",
    [
        "Figure 3: U.S. rents by state, 2015-2024",
        "Chart 1: Median rent in St. Louis, 2010-2024",
        "Figure 5: GDP growth vs. inflation",
    ],
)
def test_a_numbered_chart_title_with_an_abbreviation_is_a_caption(line: str) -> None:
    """The round reads a numbered chart's title only when it holds no full stop at all; an
    abbreviation's point ('U.S.', 'St. Louis', 'vs.') ends no sentence."""
    assert pasted_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Figure 2. An observer measures the snow. The gauge read 40 cm",
        "Exhibit 4 — a knife found in the car — was shown to jurors on Tuesday.",
        "Figure skating returns to the Olympics in February",
    ],
)
def test_sentences_after_a_number_are_no_chart_title(line: str) -> None:
    assert not pasted_caption(line)


def test_a_line_of_what_a_source_said_under_a_photo_credit_is_reporting() -> None:
    """The round reads any 'Source:' line under a caption as a chart's source; one that says
    who told the paper what, set under a photo's credit, is the story going on."""
    found = debris(
        [
            (0, "Photo: Jane Doe"),
            (0, "Source: a council officer said the road had been closed since May."),
        ]
    )
    assert found[0] is not None and found[1] is None


def test_a_chart_s_sources_stay_its_caption() -> None:
    found = debris(
        [(0, "Figure 2: Rents as a share of income, by town"), (0, "Sources: Census Bureau; HUD")]
    )
    assert found == [found[0], found[0]] and found[0] is not None


# --- whose own accounts


def test_an_unnamed_person_s_own_accounts_stay_an_unnamed_source() -> None:
    """The round reads a possessive anywhere before 'accounts' as the owner of a document,
    so an unnamed former employee's accounts became a named source; only a body or a person
    the story names owns a document that names its source."""
    found = _kinds("According to one former employee's own accounts, the plant was unsafe.")
    assert NAMED not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the trust's own accounts, the cafe lost $40,000 last year.",
        "According to the harbour board's own accounts, fees rose 8%.",
    ],
)
def test_a_body_s_own_accounts_stay_a_document(sentence: str) -> None:
    assert _kinds(sentence) == [NAMED]


# --- a box's label


@pytest.mark.parametrize(
    "sentence",
    [
        "Weather forecast: Sunny, high of 75.",
        "Marine forecast: Winds 20 knots, seas 2 metres.",
        "Traffic report: The M4 is closed at junction 12.",
    ],
)
def test_a_label_before_a_colon_names_no_speaker(sentence: str) -> None:
    """The round makes 'forecast' a verb of saying, so a weather box's 'Weather forecast:'
    read 'Weather' as a named source (as 'Traffic report:' read 'Traffic'); one word, no
    person or body, before a noun form and a colon is a label."""
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Critics claim: the plan will fail.", VAGUE),
        ("Smith states: the plan will fail.", NAMED),
        ("Economists forecast: a slow year.", VAGUE),
    ],
)
def test_a_group_or_a_name_before_a_colon_still_speaks(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [kind]
