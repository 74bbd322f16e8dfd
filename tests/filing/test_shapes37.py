# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-seventh filing round reads right: a site's reStructuredText page source
filed as text (its title between rules, its field list, its lead paragraph, its figure
directives and notes); a police release forwarded as plain text, its 'FW:' mail over the
original, its 'Update:' title, its attribution line and its pasted picture's placeholder; a Ghost
export's Markdown, its feature image's caption written as HTML and its image cards kept as
HTML between card comments; community sites' bylines: a 'Words:' label over an officer's
title in lower case, a te reo Māori 'Nā' line under the site account's dated meta line, and a
club report's 'Report:' line at its foot; te reo Māori's 'Whakaahua:' credit label at a
caption's end."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

RST_PAGE = """\
.. Note for the news desk: this is the page file from our site. The
   picture paths are below. Skip the members' reminder. Thanks, Lou.

==========================================================
Rowing club's new boatshed opens on the Harlow River
==========================================================

:date: 2026-05-02 10:15
:category: Club news
:tags: rowing, boatsheds
:slug: boatshed-opens
:authors: Odile Ferrant; Kasimir Bloch
:summary: The boatshed was paid for by two years of
          sausage sizzles.
:status: published

.. class:: lead

   Two years of sausage sizzles and a council grant paid for the shed that
   now holds the club's eleven boats.

The Harlow Rowing Club opened its new boatshed on Saturday, ending a decade
of storing boats under tarpaulins beside the river.

The shed [#]_ was built by club members over fourteen weekends, with help from
the `Harlow Men's Shed <https://menshed.example.org>`_ and two local builders.

.. figure:: {static}/images/boatshed-opening.jpg
   :alt: Rowers carrying a long white boat through wide shed doors
   :width: 100%

   Junior rowers carry the club's oldest eight into the shed on Saturday.
   Photo: Odile Ferrant

Racks for twenty boats
======================

Captain Renske Obuya said the racks had room for twenty boats, and the club
hoped to fill them within five years. "We will need **every one of them**,"
she said.

.. note::

   Members: the rack roster is on the noticeboard. Sign up by Friday.

.. raw:: html

   <iframe src="https://maps.example.org/embed?shed" title="Map to the shed"></iframe>

*Additional photos by Teodor Vance.*

----

.. [#] The shed stands on land leased from the Harlow District Council.
"""


def test_a_restructuredtext_page_source_is_read_as_the_page_it_renders(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "boatshed.txt", RST_PAGE)
    assert draft.headline == "Rowing club's new boatshed opens on the Harlow River"
    assert draft.dek == (
        "Two years of sausage sizzles and a council grant paid for the shed that now holds the club's eleven boats."
    )
    assert set(draft.byline) == {"Odile Ferrant", "Kasimir Bloch"}
    assert draft.dateline == ""
    assert draft.paragraphs[1] == (
        "The shed was built by club members over fourteen weekends, with help from the Harlow Men's Shed and two local builders."
    )
    assert "## Racks for twenty boats" in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Junior rowers carry the club's oldest eight into the shed on Saturday.",
            "Odile Ferrant",
            "Rowers carrying a long white boat through wide shed doors",
        )
    ]
    assert [c.name for c in draft.contributors] == ["Teodor Vance"]
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in (
        "news desk",
        ":tags:",
        ":slug:",
        ".. class::",
        ".. figure::",
        ":width:",
        "rack roster",
        "iframe",
        "Map to the shed",
        "[#]",
        "leased from",
        "=====",
        "Additional photos",
    ):
        assert chrome not in text, chrome


FORWARDED_RELEASE = """\
From: Hattie Corrigan <hattie.corrigan@valleyherald.example>
Sent: Thursday, 14 May 2026 5:02 pm
To: Online Desk <online@valleyherald.example>
Subject: FW: Update: Charges laid after tractor fire, Brackenfield

Online - follow-up from police on the tractor fire. Can we swap it for Monday's story? Photo is theirs.

Hattie

________________________________
From: District Police Media
Sent: Thursday, 14 May 2026 4:40 pm
Subject: Update: Charges laid after tractor fire, Brackenfield

Update: Charges laid after tractor fire, Brackenfield

Thursday, 14 May 2026 - 4:30pm
Eastern

Please attribute to Senior Sergeant Moana Fitzroy, Brackenfield Police:

A 24-year-old woman has been charged with arson after a tractor was set alight at a contractor's yard in Brackenfield last weekend.

The tractor and a baler parked beside it were destroyed in the fire early on Sunday morning.

[cid:image002.png@01DCB1F2.8A3D9C40]
The burnt-out tractor at the yard on Sunday. Photo: District Police

The woman will appear in the Brackenfield District Court on Friday.

Anyone with information can contact Police on 105, quoting file number 260510/3317.

ENDS

________________________________
Earlier release (Monday, 11 May 2026 - 9:10am):

Police seek witnesses after tractor fire, Brackenfield

Police are asking anyone who was near the contractor's yard on Sunday morning to come forward.

ENDS
"""


def test_a_forwarded_police_release_is_read_as_the_release_under_the_forward(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tractor.txt", FORWARDED_RELEASE)
    assert draft.headline == "Charges laid after tractor fire, Brackenfield"
    assert draft.byline == ()
    assert draft.paragraphs[0].startswith("A 24-year-old woman has been charged with arson")
    assert "The woman will appear in the Brackenfield District Court on Friday." in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The burnt-out tractor at the yard on Sunday.", "District Police", "")
    ]
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("Please attribute", "cid:", "swap it", "Police seek witnesses", "Earlier release", "ENDS"):
        assert chrome not in text, chrome


GHOST_EXPORT = """\
---
title: "Tarnmouth library opens a seed bank in its old reading room"
slug: tarnmouth-seed-bank
status: published
authors:
  - Delphine Oyelaran
excerpt: "Gardeners can borrow a packet of seeds and bring back seeds from what they grow."
feature_image: __GHOST_URL__/content/images/2026/04/seed-drawers.jpg
feature_image_alt: "Rows of small wooden drawers with handwritten labels"
feature_image_caption: "The seed bank's drawers in the old reading room. <span style=\\"white-space: pre-wrap;\\">Photo / Delphine Oyelaran</span>"
meta_title: "Seed bank opens | Tarnmouth Gazette"
---

The Tarnmouth library has turned its old reading room into a seed bank, lending vegetable and flower seeds to anyone with a library card.

Librarian Joss Whitcombe said 300 packets went out in the first week.

<!--kg-card-begin: html-->
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="__GHOST_URL__/content/images/2026/04/bean-packets.jpg" class="kg-image" alt="Paper packets of beans stacked on a counter" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Bean seeds saved by the town's garden club. Photo / Tarnmouth Garden Club</span></figcaption></figure>
<!--kg-card-end: html-->

Borrowers are asked to return seeds from their own harvest at the end of the season.

<!--kg-card-begin: html-->
<div class="kg-card kg-callout-card"><div class="kg-callout-text">Get the Gazette every Thursday: <a href="#/portal/signup">sign up</a>.</div></div>
<!--kg-card-end: html-->
"""


def test_a_ghost_exports_captions_written_as_html_are_read_as_their_words(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "seeds.md", GHOST_EXPORT)
    assert draft.headline == "Tarnmouth library opens a seed bank in its old reading room"
    assert draft.dek == "Gardeners can borrow a packet of seeds and bring back seeds from what they grow."
    assert draft.byline == ("Delphine Oyelaran",)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The seed bank's drawers in the old reading room.", "Delphine Oyelaran", "Rows of small wooden drawers with handwritten labels"),
        ("Bean seeds saved by the town's garden club.", "Tarnmouth Garden Club", "Paper packets of beans stacked on a counter"),
    ]
    assert "Borrowers are asked to return seeds from their own harvest at the end of the season." in draft.paragraphs
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("kg-card", "every Thursday", "span", "Seed bank opens"):
        assert chrome not in text, chrome


def _page(*paragraphs: str) -> str:
    """A saved community site's article page: its title and `paragraphs` as they are."""
    inner = "\n".join(paragraphs)
    return (
        "<!DOCTYPE html><html><head><title>News | Example</title></head><body>"
        f"<main><article><h1>Pony club wins the regional teams trophy</h1>\n{inner}\n</article></main></body></html>"
    )


STORY = (
    "<p>The Ferncliff Pony Club won the regional teams trophy at the Ashgrove showgrounds on Sunday, beating eleven other clubs.</p>",
    "<p>The four riders, aged 11 to 15, had the only clear rounds in the final jumping phase.</p>",
    "<p>Instructor Bettina Olu said the team had trained every Saturday since October.</p>",
)


def test_a_words_label_over_a_society_officers_title_is_the_byline(tmp_path: Path) -> None:
    page = _page("<p><strong>Words:</strong> Rosalind Achterberg, club secretary</p>", *STORY)
    draft = filed_draft(tmp_path, "pony.html", page)
    assert draft.byline == ("Rosalind Achterberg",)
    assert draft.contributors == ()
    assert "club secretary" not in body_text(draft)


def test_a_te_reo_na_line_under_an_accounts_dated_meta_line_is_the_byline(tmp_path: Path) -> None:
    page = _page("<p>By Ferncliff Pony Club 12 April 2026</p>", "<p><strong>Nā Wiremu Tautahi</strong></p>", *STORY)
    draft = filed_draft(tmp_path, "pony.html", page)
    assert draft.byline == ("Wiremu Tautahi",)
    assert draft.dek == ""
    assert draft.paragraphs[0].startswith("The Ferncliff Pony Club won")
    assert "12 April 2026" not in body_text(draft)


def test_a_club_reports_report_line_at_its_foot_is_the_byline(tmp_path: Path) -> None:
    page = _page(*STORY, "<p><em>Report: Imogen Sayers-Pike</em></p>")
    draft = filed_draft(tmp_path, "pony.html", page)
    assert draft.byline == ("Imogen Sayers-Pike",)
    assert "Report:" not in body_text(draft)


def test_a_te_reo_whakaahua_label_at_a_captions_end_is_a_credit_label(tmp_path: Path) -> None:
    page = _page(
        *STORY[:2],
        '<div class="image"><img src="riders-1920w.jpg" alt="Four riders holding a silver cup"></div>',
        "<p><em>The Ferncliff team with the trophy on Sunday. Whakaahua: Hemi Roskruge</em></p>",
        STORY[2],
    )
    draft = filed_draft(tmp_path, "pony.html", page)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The Ferncliff team with the trophy on Sunday.", "Hemi Roskruge", "Four riders holding a silver cup")
    ]
