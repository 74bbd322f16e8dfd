# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-seventh filing round reads right: a site's reStructuredText page source
filed as text (its title between rules, its field list, its lead paragraph, its figure
directives and notes); a police release forwarded as plain text, its 'FW:' mail over the
original, its 'Update:' title, its attribution line and its pasted picture's placeholder."""

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
