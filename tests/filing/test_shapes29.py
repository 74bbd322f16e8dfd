# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-ninth filing round reads right: an article a feed reader saved, a Ruby
site's post with its ERB tags, and a chat room's export with an edited message and a story
sent in parts."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft
from tests.filing.test_file import body
from tests.helpers import Clone


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


SAVED = """Feed: Courts – Plains Current
Title: Jail phone rates doubled after the county's new contract
Author: pcadmin
Date: Tue, 10 Mar 2026 05:30:00 -0600
Link: https://plainscurrent.example/2026/03/10/jail-phone-rates/

[image 1: A row of wall phones in a jail visiting room. (link #1)]

Phones in the visiting room of the county jail in Garden Plain in February.
(Photo: Lucia Brenner/Plains Current)

By Lucia Brenner

GARDEN PLAIN, Kan. — Families of people held in the county jail are paying
twice as much for a phone call as they did a year ago, after the county signed a
new contract with its phone vendor, records show.

A 15-minute call now costs $6.30, up from $3.15. The county receives a 60 percent
commission on every call, according to the contract.

Support our reporting: become a member[2] today.

"I put $50 on the account every week and it's gone by Thursday," said Dolores
Harjo, whose son has been held in the jail since October awaiting trial.

The sheriff's office said the commission pays for programs for people in the
jail. This story is republished under a Creative Commons license. [image 2 (link
#3)]

The post Jail phone rates doubled after the county's new contract[4] appeared
first on Plains Current[5].

Links:
[1]: https://plainscurrent.example/wp-content/uploads/2026/03/phones.jpg (image)
[2]: https://plainscurrent.example/join/ (link)
[3]: https://plainscurrent.example/?pixel=1 (image)
[4]: https://plainscurrent.example/2026/03/10/jail-phone-rates/ (link)
[5]: https://plainscurrent.example (link)
"""


def test_a_feed_reader_s_saved_article_gives_its_title_and_no_fields(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "phones.txt", SAVED)
    assert draft.headline == "Jail phone rates doubled after the county's new contract"
    assert draft.dek == ""
    assert draft.byline == ("Lucia Brenner",)
    assert draft.dateline == "GARDEN PLAIN, Kan."
    for chrome in ("Feed:", "Author:", "pcadmin", "Link:", "Links:", "(link)", "appeared first"):
        assert chrome not in " ".join((draft.headline, draft.dek, body)), chrome


def test_a_saved_article_s_picture_lines_give_their_alt_and_no_pixel(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "phones.txt", SAVED)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Phones in the visiting room of the county jail in Garden Plain in February.",
            "Lucia Brenner/Plains Current",
            "A row of wall phones in a jail visiting room.",
        )
    ]
    assert "[image" not in body and "[2]" not in body


ERB_POST = """---
layout: post
title: "Two towns let their fire hydrants go untested for years"
subtitle: "Inspection logs show 400 hydrants had not been flushed since 2019."
authors:
  - Rhea Castellano
date: 2026-03-02 06:00:00 -0600
image:
  path: /images/2026/03/hydrant-social.jpg
  alt: ""
---

<%# DESK: hold the chief's name until he calls back. %>

<%= render Shared::Figure.new(
  image: "/images/2026/03/hydrant.jpg",
  alt: "A rusted fire hydrant beside a gravel road.",
  caption: "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
  credit: "Rhea Castellano/Prairie Data Desk"
) %>

OAK BLUFF, Kan. — Fire crews in two towns went years without testing hundreds of their hydrants, according to inspection logs obtained by the Prairie Data Desk.

The logs show 400 of the towns' 1,150 hydrants had not been flushed or pressure-tested since 2019.

<%= render "newsletter_signup", list: "prairie-weekly" %>

"You find out a hydrant is dry when you hook up to it," said a volunteer firefighter who asked not to be named.

<%= markdownify do %>
Both towns said they would test every hydrant by fall.
<% end %>

<%= render "related_stories", tag: "fire" %>

*Rhea Castellano reported from Oak Bluff.*
"""


def test_a_ruby_site_s_figure_component_is_its_picture(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "hydrants.md", ERB_POST)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
            "Rhea Castellano/Prairie Data Desk",
            "A rusted fire hydrant beside a gravel road.",
        )
    ]


def test_erb_comments_partials_and_block_tags_are_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "hydrants.md", ERB_POST)
    assert draft.dek == "Inspection logs show 400 hydrants had not been flushed since 2019."
    assert "Both towns said they would test every hydrant by fall." in draft.paragraphs
    for chrome in ("<%", "%>", "DESK:", "render", "newsletter_signup", "markdownify"):
        assert chrome not in body, chrome


def test_a_front_matter_s_social_crop_of_the_lead_picture_is_no_second_picture(
    tmp_path: Path,
) -> None:
    draft, _ = read(tmp_path, "hydrants.md", ERB_POST)
    assert len(draft.images) == 1


def test_an_italic_line_under_a_captioned_figure_is_no_caption(tmp_path: Path) -> None:
    text = ERB_POST.replace('<%= render "related_stories", tag: "fire" %>\n\n', "").replace(
        "*Rhea Castellano reported from Oak Bluff.*",
        '<%= render Shared::Figure.new(image: "/images/2026/03/crew.jpg", alt: "Firefighters at a hydrant.", caption: "A crew tests a hydrant in March.", credit: "Courtesy of the Oak Bluff Fire Department") %>\n\n*Data intern Wes Amari contributed reporting.*',
    )
    draft, _ = read(tmp_path, "hydrants.md", text)
    assert [i.caption for i in draft.images] == [
        "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
        "A crew tests a hydrant in March.",
    ]
    assert [c.name for c in draft.contributors] == ["Wes Amari"]


def test_an_empty_paragraph_a_markdown_widget_writes_is_no_paragraph(tmp_path: Path) -> None:
    text = "---\ntitle: Bridge closes for repairs\n---\n\nThe Elm Street bridge will close on Monday for six weeks of deck repairs, the city said.\n\n&nbsp;\n\nDetours will send traffic over the Oak Street bridge.\n"
    draft, _ = read(tmp_path, "bridge.md", text)
    assert draft.paragraphs == (
        "The Elm Street bridge will close on Monday for six weeks of deck repairs, the city said.",
        "Detours will send traffic over the Oak Street bridge.",
    )


ROOM = """2/3/2026, 6:02:11 PM - Lena Ruiz changed the room topic to "Filing: Tuesday — bus drivers".
2/3/2026, 6:05:40 PM - Ike Moss: Lena will file the bus driver piece here
2/3/2026, 6:10:02 PM - Lena Ruiz: here it comes in two parts

HED: School district is short 40 bus drivers as routes run late
By Lena Ruiz

PINE HOLLOW, Ore. — The Pine Hollow School District is short 40 bus drivers this winter, and more than a third of its routes ran at least 20 minutes late in January, district records show.

The district pays new drivers $19.50 an hour, about $3 less than the county's transit agency, according to the two agencies' posted wages.
2/3/2026, 6:11:30 PM - Lena Ruiz: "We have kids standing at stops in the dark for half an hour," said Marta Cole, whose two children ride a route that was late on 14 school days last month.

District spokesperson Ben Ortiz said the board will vote in March on raising drivers' pay to $22 an hour.

Data reporter Sam Kettle contributed reporting.

END
2/3/2026, 6:12:05 PM - Lena Ruiz sent an image. (Media omitted)
2/3/2026, 6:12:40 PM - Lena Ruiz: captions, in order:
1) Students wait for a late bus in Pine Hollow on Jan. 21, 2026. Photo by Lena Ruiz for the Valley Courier
2) A page of the district's January route log shows 61 late arrivals. (Pine Hollow School District records)
2/3/2026, 6:20:00 PM - Ike Moss: <Lena Ruiz "here it comes in two parts"> is it $19.50 or $19?
2/3/2026, 6:22:10 PM - Lena Ruiz: * here it comes in two parts

HED: School district is short 40 bus drivers as routes run late
By Lena Ruiz

PINE HOLLOW, Ore. — The Pine Hollow School District is short 40 bus drivers this winter, and more than a third of its routes ran at least 20 minutes late in January, district records show.

The district pays new drivers $19 an hour, about $3 less than the county's transit agency, according to the two agencies' posted wages.
2/3/2026, 6:25:00 PM - Ike Moss: thanks, got it
"""


def test_a_chat_export_s_edit_replaces_the_message_it_corrects(tmp_path: Path) -> None:
    _, body = read(tmp_path, "drivers.txt", ROOM)
    assert "The district pays new drivers $19 an hour" in body
    assert "$19.50" not in body
    assert body.count("is short 40 bus drivers this winter") == 1
    assert "* here it comes" not in body


def test_a_story_sent_in_several_messages_is_read_whole(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "drivers.txt", ROOM)
    assert draft.headline == "School district is short 40 bus drivers as routes run late"
    assert draft.paragraphs[-1].startswith("District spokesperson Ben Ortiz said")
    assert [c.name for c in draft.contributors] == ["Sam Kettle"]


def test_a_chat_s_numbered_captions_give_the_pictures_it_left_out(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "drivers.txt", ROOM)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Students wait for a late bus in Pine Hollow on Jan. 21, 2026.",
            "Lena Ruiz for the Valley Courier",
            "",
        ),
        (
            "A page of the district's January route log shows 61 late arrivals.",
            "Pine Hollow School District records",
            "",
        ),
    ]
    assert "captions" not in body and "Media omitted" not in body


def test_a_chat_export_is_filed_with_the_edited_text(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "drivers.txt"
    path.write_text(ROOM, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "bus-drivers")
    assert result.code == 0, result.text
    text = body(reporter, "bus-drivers")
    assert "$19 an hour" in text and "Ben Ortiz" in text
    assert "$19.50" not in text and "Media omitted" not in text
