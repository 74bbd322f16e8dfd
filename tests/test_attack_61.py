# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the sixty-first pass, aimed at the thirty-fifth and
thirty-sixth filing rounds: NITF and ninjs saved as text, a reader service's Markdown, a
video's watch page, classic-Mac text, cover notes, thank-you lines, acknowledgements of
Country, page builders' shortcodes, a portal's details list and '(Supplied)' credits.

Precision holes (ordinary documents misread):

- A tech story's paragraph naming a page builder's shortcode ('[vc_row]') as the thing it
  reports on lost the word: every shortcode was taken for the builder's leftover markup.
- Windows text whose lines end in a carriage return alone was read as Mac Roman: its curly
  quotes, dashes and accents garbled, its dateline lost.
- A story's paragraph opening with a greeting ('Hi Ruth, here's what I want you to
  remember, she wrote ...') was read as a cover note to the editor, and deleted.
- A story about an acknowledgement of Country lost the sentence quoting the council's.
- A thank-you the story reports ('Thank you to the volunteers ..., Mrs Dunne told the
  meeting.') was read as a club's sign-off, and deleted.
- A profile's fact box set as a definition list with a 'details' or 'info' class was read
  as a portal's details list, and deleted.
- A watch page's description lost its sentences opening 'Sound of ...', 'Presenter of
  ...', 'Drone footage shot by ...': read as the video's crew credits.

Recall holes (shapes the rounds meant to read, missed):

- A watch page's '…more' (the collapsed description's expander) stayed in the story.
- A caption's '(Supplied by the family)' was not read as its credit, as '(Supplied)' is.

The command's promises:

- A ninjs item nested thousands deep stopped with an internal error (exit 3).
- A ninjs item whose body repeats an embed's opening comment took a minute to read.
- An NITF file with entities declared in its doctype was filed as text, its XML the story.
- An NITF file with a character reference to a lone surrogate stopped with an internal
  error; one holding control characters kept them raw in the story and lost its markup
  shown as text ('<script>').
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.helpers import Clone, snapshot, warm_filing
from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread


def test_a_tech_story_naming_a_shortcode_keeps_the_word(tmp_path: Path) -> None:
    """A story reporting a page builder's failure names its shortcodes as words: the
    builder's leftover markup is a run of them, or one alone at a paragraph's edge."""
    page = (
        "<html><body><article><h1>Web designers count the cost of a plug-in's collapse</h1><p class=\"byline\">By Ann Lee</p>"
        '<p>KILCARRAN — Dozens of small business websites in the county showed lines of code such as [vc_row] and [vc_column width="1/2"] on Monday after a page builder plug-in stopped working.</p>'
        "<p>“Customers rang to ask why our menu said <code>[vc_column_text]</code> instead of the soup of the day,” said Maire Dunne.</p>"
        "<p>The plug-in's maker said a fix would be out by Friday.</p></article></body></html>"
    )
    draft = _read(tmp_path, "plugin.html", page)
    assert draft.paragraphs[0].startswith('KILCARRAN — Dozens of small business websites in the county showed lines of code such as [vc_row] and [vc_column width="1/2"] on Monday')
    assert "said [vc_column_text] instead" in draft.paragraphs[1]


def test_windows_text_with_carriage_returns_alone_is_not_mac_roman(tmp_path: Path) -> None:
    """A Windows program's text whose lines end in a carriage return alone (a web form's
    paste, a converter's output) is Windows text: its bytes read as Mac Roman garbled it."""
    text = "\r".join(
        (
            "Café owner’s “last pour” after 40 years",
            "",
            "By Ann Lee",
            "",
            "KILCARRAN — The café on Main Street will close on Friday after 40 years, its owner said.",
            "",
            "“It’s time,” said Maire Dunne, 71.",
            "",
        )
    ).encode("cp1252")
    draft = _read(tmp_path, "cafe.txt", text)
    assert draft.headline == "Café owner’s “last pour” after 40 years"
    assert draft.dateline == "KILCARRAN"
    assert draft.paragraphs[-1] == "“It’s time,” said Maire Dunne, 71."


def test_a_story_s_paragraph_opening_with_a_greeting_is_the_story(tmp_path: Path) -> None:
    """A cover note greets the editor over the story; a greeting the story reports, under
    its byline, is its own words."""
    text = (
        "Teacher retires after 40 years at Kilcarran school\n\nBy Ann Lee\n\n"
        "KILCARRAN — Maire Dunne taught her last class on Friday, 40 years after her first.\n\n"
        "Hi Ruth, here's what I want you to remember, she wrote on the board for one pupil.\n\n"
        "The school will hold a party for her on Saturday.\n"
    )
    draft = _read(tmp_path, "teacher.txt", text)
    assert "Hi Ruth, here's what I want you to remember, she wrote on the board for one pupil." in draft.paragraphs


def test_a_story_about_an_acknowledgement_of_country_keeps_its_sentence(tmp_path: Path) -> None:
    """A site's acknowledgement speaks for the site ('... on which we work'); a council's,
    reported in the story, is the story's sentence."""
    text = (
        "Council keeps its acknowledgement at meetings\n\nBy Ann Lee\n\n"
        "WAGGA WAGGA — A motion to drop the acknowledgement at the start of council meetings failed 6-3 on Monday.\n\n"
        "The council acknowledges the Traditional Custodians of the land and pays respect to Elders at the start of every meeting, a practice Cr Tom Reilly wanted to end.\n\n"
        "Cr Reilly said he would bring the motion back next year.\n"
    )
    draft = _read(tmp_path, "council.txt", text)
    assert any(p.startswith("The council acknowledges the Traditional Custodians") for p in draft.paragraphs)


def test_a_thank_you_the_story_reports_is_the_story(tmp_path: Path) -> None:
    """A club's sign-off thanks in the club's voice; a thanks the story attributes to a
    speaker is reported speech."""
    text = (
        "Petition saves the village hall\n\nBy Ann Lee\n\n"
        "KILCARRAN — The village hall will stay open after 2,000 people signed a petition, the council said on Tuesday.\n\n"
        "Thank you to the volunteers who kept the hall open, Mrs Dunne told the meeting.\n\n"
        "Thank you to everyone who signed the petition, said organiser Maire Dunne.\n\n"
        "The council will review the hall's lease next year.\n"
    )
    draft = _read(tmp_path, "hall.txt", text)
    assert "Thank you to the volunteers who kept the hall open, Mrs Dunne told the meeting." in draft.paragraphs
    assert "Thank you to everyone who signed the petition, said organiser Maire Dunne." in draft.paragraphs


def test_a_profile_s_fact_box_list_is_the_story(tmp_path: Path) -> None:
    """A portal's details list labels the item (its format, source, date); a fact box set as
    a definition list tells the story's facts."""
    page = (
        "<html><body><article><h1>The last lighthouse keeper of Isle Moran</h1><p class=\"byline\">By Ann Lee</p>"
        "<p>KILCARRAN — For 31 years, Sean Dunne climbed the 112 steps of the Isle Moran light every night.</p>"
        '<dl class="profile-details"><dt>Born</dt><dd>1941, Kilcarran</dd><dt>Years as keeper</dt><dd>1962 to 1993</dd></dl>'
        "<p>The light was automated in 1993, and Dunne moved to the mainland.</p>"
        '<dl class="info"><dt>Visiting</dt><dd>The lighthouse is open from May to September.</dd><dt>Tickets</dt><dd>Adults €6, children free.</dd></dl>'
        "</article></body></html>"
    )
    text = _body(_read(tmp_path, "keeper.html", page))
    for fact in ("1962 to 1993", "1941, Kilcarran", "open from May to September", "Adults €6"):
        assert fact in text, text


WATCH_PAGE = """Skip navigation
Ferry | Islanders | Return: three words for Isle Moran's year | KCTV News
KCTV News
48.2K subscribers
Subscribe
312
Share
5,123 views 2 days ago #ferry
The ferry to Isle Moran ran again on Tuesday for the first time in three years.
Sound of the ship's horn carried across the bay, said Maire Dunne, who runs the island's shop.
Presenter of the island's radio station, Sean Dunne, called it the best day in years.
Drone footage shot by a pupil showed the crowd on the pier.
Report by Ann Lee
Camera: Tom Reilly | Editing: Li Wei
…more
Chapters
0:00 Intro
12 Comments
"""


def test_a_watch_page_s_sentences_opening_like_a_crew_credit_are_the_story(tmp_path: Path) -> None:
    """The crew's credits are labels with names ('Camera: Tom Reilly'); a sentence opening
    'Sound of ...' or 'Drone footage shot by ...' is the story's."""
    draft = _read(tmp_path, "ferry.txt", WATCH_PAGE)
    assert draft.headline == "Ferry | Islanders | Return: three words for Isle Moran's year"
    assert draft.byline == ("Ann Lee",)
    assert draft.paragraphs[:4] == (
        "The ferry to Isle Moran ran again on Tuesday for the first time in three years.",
        "Sound of the ship's horn carried across the bay, said Maire Dunne, who runs the island's shop.",
        "Presenter of the island's radio station, Sean Dunne, called it the best day in years.",
        "Drone footage shot by a pupil showed the crowd on the pier.",
    )
    assert "Camera: Tom Reilly" not in _body(draft)


# --- recall: shapes the rounds meant to read


def test_a_watch_page_s_more_expander_is_not_the_story(tmp_path: Path) -> None:
    draft = _read(tmp_path, "ferry.txt", WATCH_PAGE)
    assert "…more" not in _body(draft)
    assert draft.paragraphs[-1] == "Drone footage shot by a pupil showed the crowd on the pier."


def test_a_caption_s_supplied_by_credit_in_brackets_is_its_credit(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Teen swimmer crosses the strait</h1><p class=\"byline\">By Ann Lee</p>"
        "<p>KILCARRAN — A 16-year-old from the town swam the strait to Isle Moran on Sunday.</p>"
        '<figure><img src="a.jpg" alt="A swimmer in a cap"><figcaption>Aoife Dunne at the start of her swim. (Supplied by the family)</figcaption></figure>'
        '<figure><img src="b.jpg" alt=""><figcaption>The boat that followed her was supplied by the harbour club.</figcaption></figure>'
        "<p>She took five hours and 12 minutes.</p></article></body></html>"
    )
    draft = _read(tmp_path, "swim.html", page)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Aoife Dunne at the start of her swim.", "Supplied by the family"),
        ("The boat that followed her was supplied by the harbour club.", ""),
    ]


# --- the command's promises


def _refused(room: Clone, path: Path) -> None:
    """The real command refuses the file in one line naming it, exit 2, the repository left
    exactly as it was."""
    before = snapshot(room.path)
    result = room.run("file", str(path))
    assert result.code == 2, result.text
    assert "Traceback" not in result.text and "internal error" not in result.text
    assert len(result.err.strip().splitlines()) == 1 and path.name in result.err, result.err
    assert snapshot(room.path) == before


def _ninjs(**fields: object) -> str:
    item = {"guid": "urn:wire:1", "type": "text", "headline": "Ferry returns to Isle Moran", "body_html": "<p>The ferry to Isle Moran ran again on Tuesday, the council said.</p>"}
    item.update(fields)
    return json.dumps(item)


def test_a_ninjs_item_nested_thousands_deep_is_refused_in_one_line(tmp_path: Path, room: Clone) -> None:
    path = tmp_path / "deep.txt"
    path.write_text(_ninjs()[:-1] + ', "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    _refused(room, path)


def test_a_ninjs_body_repeating_an_embed_s_opening_is_read_in_time(tmp_path: Path) -> None:
    warm_filing(tmp_path)
    body = '<!-- EMBED START Image {id: "a"} -->' * 20_000 + "<p>The ferry to Isle Moran ran again on Tuesday, the council said.</p>"
    started = time.process_time()
    draft = _read(tmp_path, "ferry.txt", _ninjs(body_html=body))
    assert time.process_time() - started < 5
    assert draft.paragraphs == ("The ferry to Isle Moran ran again on Tuesday, the council said.",)


NITF_ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY a "ferry ferry ferry ferry ferry ferry ferry ferry">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY home SYSTEM "file:///etc/hostname">
]>
<nitf><body><body.head><hedline><hl1>Ferry returns &b;</hl1></hedline></body.head>
<body.content><p>The ferry to Isle Moran ran again on Tuesday &home;.</p></body.content></body></nitf>
"""


def test_an_nitf_file_declaring_entities_is_refused_in_one_line(tmp_path: Path, room: Clone) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(NITF_ENTITIES, encoding="utf-8")
    _refused(room, path)


def test_an_nitf_file_with_a_reference_to_a_lone_surrogate_is_filed(tmp_path: Path) -> None:
    text = "<nitf><body><body.head><hedline><hl1>Ferry returns &#xD800;to Isle Moran</hl1></hedline></body.head><body.content><p>The ferry ran again on Tuesday.</p></body.content></body></nitf>"
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.headline.startswith("Ferry returns") and draft.headline.endswith("to Isle Moran")
    assert "\ud800" not in draft.headline


def test_an_nitf_file_s_control_characters_and_markup_are_shown_as_text(tmp_path: Path) -> None:
    text = (
        "<nitf><body><body.head><hedline><hl1>Ferry \x1b[31mreturns</hl1></hedline><byline>By <person>Ann Lee</person></byline></body.head>"
        "<body.content><p>The &lt;script&gt; tag &#27;]0;title&#7; ran again on Tuesday.</p></body.content></body></nitf>"
    )
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.headline == "Ferry \\x1b[31mreturns"
    assert draft.paragraphs == ("The <script> tag \\x1b]0;title\\x07 ran again on Tuesday.",)
