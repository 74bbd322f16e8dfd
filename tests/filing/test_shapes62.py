# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-second filing round reads right: a page's 'Story: Name' line, a post's
meta line naming the account that put it up ('Posted by Club Media', 'Posted by Club Admin
· 3h ago') over the story's own dek and byline, a club app's comments under 'View all N
comments' and its buttons with their pictographs."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft


def test_a_page_s_story_line_naming_the_writer_is_the_byline(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ferry.html",
        "<html><body><main><article>"
        "<div class='node-headline'><h1>New ferry ramp opens at the north landing</h1></div>"
        "<div class='node-text'><p class='subline'>Cars can now drive straight aboard at any tide</p></div>"
        "<div class='meta'><time datetime='2026-03-04'>4 March 2026</time></div>"
        "<div class='node-text'><p>Story: Marama Tekori</p></div>"
        "<div class='node-text'><p>NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide that has set the ferry's times for 40 years.</p>"
        "<p>The harbour board said the ramp cost $2.1 million and took 14 months to build.</p></div>"
        "</article></main></body></html>",
    )
    assert draft.byline == ("Marama Tekori",)
    assert draft.paragraphs[0].startswith("NORTH LANDING — The island's new ferry ramp")
    assert "Story:" not in body_text(draft)


def test_a_form_s_story_field_still_holds_the_text(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ramp.txt",
        "HED: New ferry ramp opens at the north landing\n\n"
        "BYLINE: Marama Tekori\n\n"
        "STORY: NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide.\n\n"
        "The harbour board said the ramp cost $2.1 million.\n",
    )
    assert draft.byline == ("Marama Tekori",)
    assert draft.paragraphs[0] == "NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide."


def test_a_post_s_meta_line_naming_an_account_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "rowing.html",
        "<html><body><div class='module module-layouts'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div class='edit' field='content' rel='content'>"
        "<h1 class='edit title' field='title'>Island rowers take two golds at the regional regatta</h1>"
        "<div class='post-meta'><span class='post-author'>Posted by Club Media</span> <span>3 March 2026</span></div>"
        "<p class='element'><em>A crew of four and a single sculler win their finals as the club finishes second overall</em></p>"
        "<p class='element'>Words: Leilani Kaupu</p>"
        "<p class='element'><strong>APIA –</strong> The club's rowers came home from the regional regatta with two gold medals, their best result in a decade.</p>"
        "<p class='element'>Coach Tavita Lefiti said the crews had trained at dawn for six months.</p>"
        "</div></body></html>",
    )
    assert draft.dek == "A crew of four and a single sculler win their finals as the club finishes second overall"
    assert draft.byline == ("Leilani Kaupu",)
    assert "Posted by" not in body_text(draft)


CLUB_APP_ITEM = """Harbour Hawks FC
Club App
Home
News
Fixtures
Chat
More

Back
News

PREMIERS: Hawks hold on by two points to take the flag
Posted by Hawks Admin · 3h ago

A last-minute mark in defence seals the first premiership in nine years

By Tomasi Vaka

Harbour Hawks 8.10 (58) def Reef Rays 8.8 (56)

The Harbour Hawks are premiers for the first time since 2017 after holding off the Reef Rays by two points at the Central Oval on Saturday.

Defender Sam Taufa took the mark that saved the game with 20 seconds left, as the Rays kicked long for the winning goal.

"We defended for our lives in the last five minutes," coach Ana Fifita said.

The club's presentation night is on Saturday 20 September at the clubrooms.

👍 Like
💬 Comment
↗ Share
52 likes
6 comments

View all 6 comments
Mele Tonga
Best day ever. Up the Hawks
3h · Reply
Iki P
Rays will be back next year
2h · Reply
Write a comment...

Powered by Club App
"""


def test_a_club_app_item_s_title_with_its_kicker_over_the_poster_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "premiers.txt", CLUB_APP_ITEM)
    assert draft.headline == "PREMIERS: Hawks hold on by two points to take the flag"
    assert draft.dek == "A last-minute mark in defence seals the first premiership in nine years"
    assert draft.byline == ("Tomasi Vaka",)
    assert draft.paragraphs[0] == "Harbour Hawks 8.10 (58) def Reef Rays 8.8 (56)"


def test_a_club_app_item_s_buttons_and_comments_are_the_app_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "premiers.txt", CLUB_APP_ITEM)
    assert draft.paragraphs[-1] == "The club's presentation night is on Saturday 20 September at the clubrooms."
    text = body_text(draft)
    for app in ("Posted by", "Like", "Share", "View all", "Mele Tonga", "Best day ever", "Reply", "Rays will be back"):
        assert app not in text
