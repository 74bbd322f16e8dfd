# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-seventh filing round reads right: a story told as a thread of posts and
copied from the social network's page, each post numbered at its end ('(3/5)'), the
network's buttons, counts and accounts round every post."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

THREAD_COPY = """Home
Notifications
Explore
Search

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
NEWS 🧵 Town library to open on Sundays from May

Trustees find the money for a six-month trial after a petition of 900 names

By Ruth Okafor

#Kelsby #Libraries

(1/5)
Apr 2, 2026, 08:40 AM
·
Web
4
Boosts
12
Favourites
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
KELSBY – The town library will open on Sunday afternoons from 3 May, the trustees decided on Tuesday evening after a petition signed by 900 residents. (2/5)
2
6
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
The trial will run for six months and cost about £18,000, paid from a bequest left to the library in 2019. (3/5)

📷 Readers at the library's front desk on Tuesday. Photo: Tom Ashby
ALT
1
3
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
"Sunday is the only day many families can come together," said the chair of the trustees, Mrs Ann Brook. (4/5)
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
Photos: Tom Ashby for Harbour Bell (5/5)
3
Reply
Boost
Favourite
Bookmark
More

Privacy policy
"""


def test_a_thread_s_posts_numbered_at_their_ends_are_the_story_s_paragraphs(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert draft.paragraphs == (
        "KELSBY – The town library will open on Sunday afternoons from 3 May, the trustees decided on Tuesday evening after a petition signed by 900 residents.",
        "The trial will run for six months and cost about £18,000, paid from a bequest left to the library in 2019.",
        '"Sunday is the only day many families can come together," said the chair of the trustees, Mrs Ann Brook.',
    )
    assert draft.dateline == "KELSBY"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Readers at the library's front desk on Tuesday.", "Tom Ashby")
    ]
    text = body_text(draft)
    for furniture in ("Boost", "Favourite", "Bookmark", "@harbourbell", "Apr 2", "ALT", "(3/5)"):
        assert furniture not in text
    assert "Harbour Bell" not in text


def test_a_thread_s_label_before_its_headline_is_no_word_of_it(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert draft.headline == "Town library to open on Sundays from May"
    assert draft.byline == ("Ruth Okafor",)


def test_a_thread_s_photographer_for_the_outlet_is_a_contributor(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert [(c.name, c.role) for c in draft.contributors] == [("Tom Ashby", "photography")]


MAILED_RELEASE = """MEDIA RELEASE
For immediate release

New evening buses for the north coast

Two late services a night from April, the operator says

ASHBY, 4 March 2026 – Two new evening buses will run between Ashby and the north coast villages from 1 April, the operator said on Wednesday.

The buses will leave the town square at 9.40pm and 11.10pm and call at every stop on the coast road.

"People have asked us for years for a bus home after the late shift," said the operator's manager, Mr Dan Royle.

Photo caption: A new bus at the Ashby depot on Tuesday. Credit: North Coast Buses (attached: depot-bus.jpg)

ENDS
"""


def test_the_file_a_release_attached_its_picture_as_is_no_part_of_the_credit(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "buses.txt", MAILED_RELEASE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("A new bus at the Ashby depot on Tuesday.", "North Coast Buses")
    ]
