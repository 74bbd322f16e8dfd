"""Shapes the tenth filing round reads right (found on held-out-8 and held-out-9): a
newspaper column copied from a PDF, bylines set in capitals, MultiMarkdown's metadata and
CriticMarkup, a figure by reference, and a page Word saved with its Title paragraph and
comment marks."""

from __future__ import annotations

import textwrap
from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


PARAGRAPHS = [
    "HATCHER'S MILL, Ky. — The covered bridge over Dry Fork at Hatcher's Mill reopened to "
    "traffic Monday morning, 20 months after floodwater lifted one end of it off its stone "
    "abutment and left it hanging over the creek.",
    "The first vehicle across was a 1979 pickup driven by Orval Hatcher, 88, whose "
    "great-grandfather built the bridge in 1884. A crowd of about 150 people cheered him.",
    "\"I told them I'd be the first one over it or I'd die trying,\" Hatcher said afterward. "
    '"Turned out to be the easy part."',
    "The 96-foot bridge is one of four covered bridges left in Cumberland Ridge County and "
    "the only one still open to cars, the county engineer said on Monday afternoon.",
]


# a quotation as a justified column prints it: a word broken at a line's end, and a
# compound broken at its own hyphen that the story prints whole elsewhere
QUOTE_LINES = """\u201cI told them I\u2019d be the \ufb01rst
one over it or I\u2019d die trying,\u201d
Hatcher said after-
ward of the great-grandfather\u2019s
bridge. \u201cThe great-
grandfather built it to last.\u201d"""
QUOTE = (
    "\u201cI told them I\u2019d be the first one over it or I\u2019d die trying,\u201d Hatcher "
    "said afterward of the great-grandfather\u2019s bridge. \u201cThe great-grandfather built "
    "it to last.\u201d"
)


def test_a_column_copied_from_a_pdf_is_joined_into_paragraphs(tmp_path: Path) -> None:
    column = [
        "\n".join(textwrap.wrap(p.replace("first", "\ufb01rst"), 32, break_on_hyphens=False))
        for p in PARAGRAPHS
    ]
    column.insert(2, QUOTE_LINES)
    text = "Bridge reopens after 20 months\n\nBy WYNONA PELLETIER-GRAY\nSentinel Staff Writer\n\n"
    draft = read(tmp_path, "copy.txt", text + "\n\n".join(column) + "\n")
    assert draft.byline == ("Wynona Pelletier-Gray",)
    assert list(draft.paragraphs) == [*PARAGRAPHS[:2], QUOTE, *PARAGRAPHS[2:]]


def test_a_wrapped_email_keeps_its_hyphens(tmp_path: Path) -> None:
    paragraph = (
        "The county's long-awaited warming center opened on Tuesday with 60 beds, a well-"
        "stocked kitchen and a volunteer roster of 40 people, officials said on Wednesday."
    )
    wrapped = "\n".join(textwrap.wrap(paragraph, 72))
    text = "Warming center opens early\n\nBy Ines Carvalho\n\n" + "\n\n".join([wrapped] * 4)
    draft = read(tmp_path, "mail.txt", text + "\n")
    assert draft.paragraphs[0] == paragraph.replace("well- stocked", "well-stocked")


def test_names_in_capitals_joined_by_and() -> None:
    from newsroom.checks.lexicon import DEFAULT
    from newsroom.filing.lines import byline_names

    assert byline_names("By DESHAWN PELLEGRINO and TOVAH RENNICK-ABARA", DEFAULT) == [
        "Deshawn Pellegrino",
        "Tovah Rennick-Abara",
    ]
    assert byline_names("By ANA RUIZ AND ANDREW LIM", DEFAULT) == ["Ana Ruiz", "Andrew Lim"]
    assert byline_names("By Ana Ruiz and Li Wei", DEFAULT) == ["Ana Ruiz", "Li Wei"]


def test_multimarkdown_metadata_and_criticmarkup(tmp_path: Path) -> None:
    text = """Title:\tCounty hospital's garage plan would pave the only green space
Subtitle:\tNeighbors say the city promised them a park.
Author:\tPriya Hallworth and Desmond Oyekan
Base Header Level:\t2

{>>DESMOND: I took the second half.<<}

GRAYMOOR, Mo. — A garage on the {~~gravel~>grass~~} lot{++ on Ash Street++}.{-- Big.--}

# 'We were told this was temporary'

The lot has been city-owned green space since {==2015==}{>>PRIYA: checked<<}.

![Lot B on Monday. Photo: Ana Diaz/Graymoor Ledger][lotb]

*[COO]: chief operating officer

[lotb]: images/lotb.jpg "A grass lot with a soccer goal" width=640px height=427px
"""
    draft = read(tmp_path, "draft.md", text)
    assert draft.headline == "County hospital's garage plan would pave the only green space"
    assert draft.dek == "Neighbors say the city promised them a park."
    assert draft.byline == ("Priya Hallworth", "Desmond Oyekan")
    assert draft.paragraphs == (
        "GRAYMOOR, Mo. — A garage on the grass lot on Ash Street.",
        "## 'We were told this was temporary'",
        "The lot has been city-owned green space since 2015.",
    )
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Lot B on Monday.", "Ana Diaz/Graymoor Ledger", "A grass lot with a soccer goal")
    ]
    stripped = " ".join(text for _, text in draft.stripped)
    assert "I took the second half." in stripped and "COO" in stripped


def test_a_page_word_saved_as_a_web_page(tmp_path: Path) -> None:
    page = """<html><head><meta name=Generator content="Microsoft Word 15">
<title>SEALS draft v2</title></head><body lang=EN-US><div class=WordSection1>
<p class=MsoTitle>A record number of seal pups washed up on Maine beaches this year</p>
<p class=MsoSubtitle>The rescue has taken in 214 pups since May.</p>
<p class=MsoNormal><b>By Rosalind Kaye-Mbatha</b></p>
<p class=MsoNormal>WHELKS POINT, Maine — The pup on the table weighed 11 pounds, half
what a healthy seal her age should.</p>
<p class=MsoNormal>She is one of 214 seal pups the nonprofit has taken in since May<span
class=MsoCommentReference><a class=msocomanchor href="#_msocom_1">[DW1]</a></span>, its
director said.</p>
<h2>A hospital built for 40</h2>
<p class=MsoNormal>The rescue's hospital, a converted boat shed, has 40 pens.</p>
</div></body></html>"""
    draft = read(tmp_path, "seals.htm", page)
    assert draft.headline == "A record number of seal pups washed up on Maine beaches this year"
    assert draft.dek == "The rescue has taken in 214 pups since May."
    assert draft.byline == ("Rosalind Kaye-Mbatha",)
    assert draft.paragraphs[1] == (
        "She is one of 214 seal pups the nonprofit has taken in since May, its director said."
    )
    assert "## A hospital built for 40" in draft.paragraphs


def test_page_blog_social_and_newsroom_furniture() -> None:
    from newsroom.filing.furniture import furniture

    for line in (
        "Previous article",
        "Next: 2027 fair dates announced",
        "Skip to more RVI sites",
        "See BRIDGE, Page A8",
        "Continued from Page A1",
        "See less",
        "All reactions:",
        "Gunnar Ahlqvist and 311 others",
        "#TamsinLake #IceFishing #BrindleCounty",
        "1 TrackBack",
        "Monthly Archives",
        "This blog is licensed under a Creative Commons License.",
        "https://p.example.org/p/7Hk2M",
        "brindlecourier.com/subscribe",
        "Reporting notes (not for publication)",
        "Please consider the environment before printing this email.",
        "Download the judge's order (PDF, 14 pages)",
        "Commenting is now closed for this story.",
        "BC-US--Mine Rescue, 1st Ld-Writethru, 640",
        "Story ID: 7710-4432",
        "-more-",
        "CIDERTAX -- add 1",
        "2-2-2-2",
        "CIDERTAX -- Kovacs -- 1st take -- 11/30 5:10 pm",
    ):
        assert furniture(line), line
    for sentence in (
        "Next, the council voted 5-2.",
        "Previous owners sold the land in 1990.",
        "See you in court, he said.",
        "The vote was 2-2.",
        "NASA -- the agency said -- will launch in May.",
    ):
        assert furniture(sentence) is None, sentence


def test_a_caption_without_its_label_number_or_markup() -> None:
    from newsroom.filing.captions import split_credit, unnumbered

    for caption, plain in (
        ("Photo 1: Members set up telescopes.", "Members set up telescopes."),
        ("Abbildung 2: Volunteers at the bar.", "Volunteers at the bar."),
        ("\U0001f4f8 TOP: Derby chair drills a hole.", "Derby chair drills a hole."),
        ("Graphic: Counties that lost a pharmacy.", "Counties that lost a pharmacy."),
        ("<figcaption>The new boardwalk curves.", "The new boardwalk curves."),
        ("*Club president checks a gauge.*", "Club president checks a gauge."),
        # words that only look like a label stay
        ("Top officials met on Monday.", "Top officials met on Monday."),
        ("Map shows the flooded roads.", "Map shows the flooded roads."),
    ):
        assert unnumbered(caption) == plain, caption
    assert split_credit("Riders line up in 1931. (Larkspur Historical Society archive)") == (
        "Riders line up in 1931.",
        "Larkspur Historical Society archive",
    )
