# ruff: noqa: E501  (chats as the apps export them, a line a message)
"""A story sent to the desk a paragraph a message, under a headline sent bare (no label, no
bold), with a word to the desk before it and the desk's thanks after: every paragraph is the
story's, in order, and the headline is its headline."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

PARAGRAPHS = """12/3/26, 9:01 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/3/26, 9:02 AM - Dana Whitlock: Morning desk, story below for tomorrow. Pics to follow.
12/3/26, 9:03 AM - Dana Whitlock: Ferry timetable cut to three sailings a week
12/3/26, 9:04 AM - Dana Whitlock: PORT ELLIS — The island ferry will run three times a week instead of five from January, the operator said Tuesday, citing fuel costs.
12/3/26, 9:05 AM - Dana Whitlock: "We cannot keep losing money on the Thursday run," said Marta Quill, the operator's manager. The council will discuss the change on Dec. 9.
12/3/26, 9:06 AM - Dana Whitlock: Residents said they would petition the council to keep the Friday sailing.
12/3/26, 9:10 AM - Sam Ortega: Thanks Dana, got it 👍
"""


def test_a_story_sent_a_paragraph_a_message_under_a_bare_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "chat.txt", PARAGRAPHS)
    assert draft.headline == "Ferry timetable cut to three sailings a week"
    assert draft.dateline == "PORT ELLIS"
    assert [p[:22] for p in draft.paragraphs] == [
        "PORT ELLIS — The islan",
        '"We cannot keep losing',
        "Residents said they wo",
    ], body_text(draft)
    assert "Morning desk" not in body_text(draft)
    assert "Thanks Dana" not in body_text(draft)


def test_a_bare_line_to_the_desk_before_a_paragraph_is_no_headline(tmp_path: Path) -> None:
    """A short word to the desk with no stop ('Story for tomorrow below') is talk, however
    the story under it opens."""
    text = PARAGRAPHS.replace(
        "Dana Whitlock: Ferry timetable cut to three sailings a week",
        "Dana Whitlock: HED: Ferry timetable cut to three sailings a week",
    ).replace("Morning desk, story below for tomorrow. Pics to follow.", "Story for tomorrow below")
    draft = filed_draft(tmp_path, "chat.txt", text)
    assert draft.headline == "Ferry timetable cut to three sailings a week"
    assert len(draft.paragraphs) == 3, body_text(draft)
