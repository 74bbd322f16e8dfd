"""Holes an attacker found in the thirty-sixth pass, aimed at the twelve filing commits of the
twentieth round (e22c70c..3235d09): an agency's closing '(By A and B)' byline, an e-reader
download's 'This article was downloaded by ... from' footer, a reader poll's classes as
furniture, '(courtesy of ...)' credits, a site builder's page name over its headline, the
newspaper title words added to organization_words (with hyphenated names now split into
their parts) and the 'Follow ... Facebook group' sign-up line. Each hole is a plain story
misread: paragraphs lost or the whole file refused, a headline replaced by its dek, a caption
cut in half, a byline or a contributor dropped. Each test was seen to fail for the reason it
names; the code before the round read each of these documents right."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft as _read

HED = "Ferry fares rise 12% as fuel costs climb"
LEDE = "PORT HALE, Wash. — Ferry fares will rise 12% in January, the board said Tuesday."
VOTE = "The board voted 4-1 after a two-hour hearing."
LAST = "The board meets again in March."


def _story(*paragraphs: str, byline: str = "By Lena Ortiz") -> str:
    return "\n\n".join((HED, byline, LEDE, *paragraphs, LAST)) + "\n"


# --- an e-reader download's footer


def test_a_sentence_on_a_page_an_archive_retrieved_stays_with_the_story(tmp_path: Path) -> None:
    archived = (
        "This page was retrieved by the Wayback Machine from the county site in 2019 "
        "and shows a $3 fare."
    )
    draft = _read(tmp_path, "fares.txt", _story(archived))
    assert draft.paragraphs[-2:] == (archived, LAST)


# --- an agency's closing byline


def test_a_closing_byline_in_brackets_leaves_the_headline_and_story(tmp_path: Path) -> None:
    text = "\n\n".join((HED, LEDE, VOTE, '"We have no choice," board chair Dale Hart said.', LAST))
    draft = _read(tmp_path, "fares.txt", text + "\n\n(By Lena Ortiz and Ana Ruiz)\n")
    assert (draft.headline, draft.paragraphs[0]) == (HED, LEDE)


def test_an_agency_story_filed_as_text_with_its_closing_byline_is_read(tmp_path: Path) -> None:
    text = (
        "Oyster farmers count losses after cold snap\n\n"
        "Yunlin, Dec. 3 (CNA) Oyster farmers in Yunlin County lost about a third of their "
        "crop in last week's cold snap, the county said Thursday.\n\n"
        "The county will offer low-interest loans, officials said.\n\n"
        "(By Lin Mei-hua and Kao Wen-chieh)\n\n"
        "Enditem/AW\n"
    )
    draft = _read(tmp_path, "oysters.txt", text)
    assert draft.paragraphs[-1] == "The county will offer low-interest loans, officials said."


# --- a reader poll's classes


POLL_PAGE = """<!doctype html><html><head><title>Voters back ferry levy in county poll</title>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Voters back ferry levy in county poll</h1>
<p class="byline">By Lena Ortiz</p>
<div class="{body}">
<p>PORT HALE, Wash. — Six in 10 county voters would back a ferry levy, a poll released
Tuesday found, the first public measure of support since fares rose.</p>
<p>The survey of 600 likely voters was conducted by Harbor Research from Nov. 2 to Nov. 9
and has a margin of error of 4 percentage points.</p>
<div class="{box}"><p>Support for the levy was strongest on Vashon Point, where 71% said they
would vote yes, and weakest in the county's north end, at 48%.</p></div>
<p>The board is expected to put the levy on the April ballot.</p>
</div>
</article>
<footer>© 2026 Island Record</footer>
</body></html>
"""
FINDINGS = (
    "Support for the levy was strongest on Vashon Point, where 71% said they would vote yes, "
    "and weakest in the county's north end, at 48%."
)


def test_a_story_box_of_survey_findings_keeps_its_paragraph(tmp_path: Path) -> None:
    page = POLL_PAGE.replace("{body}", "entry-content").replace("{box}", "survey-findings")
    draft = _read(tmp_path, "levy.html", page)
    assert FINDINGS in draft.paragraphs


def test_a_story_in_the_polls_section_is_not_refused(tmp_path: Path) -> None:
    page = POLL_PAGE.replace("{body}", "story-body section-polls").replace("{box}", "findings")
    draft = _read(tmp_path, "levy.html", page)
    assert draft.paragraphs[-1] == "The board is expected to put the levy on the April ballot."


# --- a courtesy credit in brackets

CAPTIONED = """<!doctype html><html><head><title>North ferry dock closes for repairs</title>
</head><body><article>
<h1>North ferry dock closes for two weeks of piling repairs</h1>
<p>By Lena Ortiz</p>
<p>PORT HALE, Wash. — The north ferry dock will close for two weeks starting Monday for
piling repairs, the county said.</p>
<figure><img src="map.jpg" alt="A hand-drawn map">
<figcaption>Dock keeper Ana Ruiz holds a map (courtesy of the county museum) of the 1910 pier.
Dale Hart/Island Record</figcaption></figure>
<p>Riders should use the south dock, officials said.</p>
</article></body></html>
"""


def test_a_caption_with_a_courtesy_in_brackets_keeps_its_sentence(tmp_path: Path) -> None:
    draft = _read(tmp_path, "dock.html", CAPTIONED)
    picture = draft.images[0]
    assert (picture.caption, picture.credit) == (
        "Dock keeper Ana Ruiz holds a map (courtesy of the county museum) of the 1910 pier.",
        "Dale Hart/Island Record",
    )


# --- a site builder's page name over its headline


def test_a_short_headline_over_its_dek_stays_the_headline(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Ferry fares soar</title>
<meta property="og:title" content="Ferry fares soar"></head><body><article>
<h1>Ferry fares soar</h1>
<h2>Riders face a 12% increase in January as the county's fuel bill doubles</h2>
<p class="byline">By Lena Ortiz</p>
<p>PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board said Tuesday,
after the fuel bill for the two boats doubled in a year.</p>
<p>The board voted 4-1 after a two-hour hearing.</p>
</article></body></html>
"""
    draft = _read(tmp_path, "fares.html", page)
    assert draft.headline == "Ferry fares soar"


# --- newspaper title words, hyphenated names split into their parts


def test_a_byline_of_hyphenated_surnames_stays_the_byline(tmp_path: Path) -> None:
    text = _story(VOTE, byline="By Sarah Church-Walker and Tom Post-Ellis")
    draft = _read(tmp_path, "fares.txt", text)
    assert draft.byline == ("Sarah Church-Walker", "Tom Post-Ellis")


def test_an_additional_reporting_line_keeps_a_hyphenated_surname(tmp_path: Path) -> None:
    text = _story(VOTE) + "\nAdditional reporting by Mia Chen-Park and Sam Lee-Church.\n"
    draft = _read(tmp_path, "fares.txt", text)
    assert [c.name for c in draft.contributors] == ["Mia Chen-Park", "Sam Lee-Church"]


# --- a messaging app's sign-up line


def test_a_paragraph_that_opens_on_following_a_facebook_group_stays(tmp_path: Path) -> None:
    group = (
        "Follow the Port Hale Riders Facebook group for a week and the anger is plain: more "
        "than 300 posts since the vote, most of them against the increase."
    )
    draft = _read(tmp_path, "fares.txt", _story(group))
    assert group in draft.paragraphs
