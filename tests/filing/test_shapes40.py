# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fortieth filing round reads right: a Messenger thread downloaded from Facebook
as JSON, newest message first, its strings' UTF-8 bytes written one escape a byte, the story
sent in labelled parts ('PART 1/3') and a paragraph sent again, fixed, under a word to the
desk."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import body_text, filed_draft


def _facebook(text: str) -> str:
    """A string as Facebook's download writes it: each UTF-8 byte a character of its own."""
    return text.encode("utf-8").decode("latin-1")


def _messenger_thread(said: list[tuple[str, str | None]]) -> str:
    """A Messenger thread's JSON, as the download writes it: newest first, a photo as its uri."""
    messages = []
    for n, (who, content) in enumerate(said):
        message: dict[str, object] = {"sender_name": _facebook(who), "timestamp_ms": 1772600000000 + n * 60_000}
        if content is None:
            message["photos"] = [{"uri": f"your_facebook_activity/messages/inbox/thread_11/photos/{n}_9912_n.jpg", "creation_timestamp": 1772600000 + n * 60}]
        else:
            message["content"] = _facebook(content)
        message["is_geoblocked_for_viewer"] = False
        messages.append(message)
    thread = {
        "participants": [{"name": "Wanjiru Kamau"}, {"name": "Otieno Baraka"}],
        "messages": messages[::-1],
        "title": "Wanjiru Kamau",
        "is_still_participant": True,
        "thread_path": "inbox/thread_11",
    }
    return json.dumps(thread, indent=2)


def test_a_messenger_thread_downloaded_as_json_is_read_as_the_story_it_was_sent_in(tmp_path: Path) -> None:
    thread = _messenger_thread([
        ("Wanjiru Kamau", "Hello Otieno, the ferry story is coming in two parts, then a pic 🙏"),
        ("Wanjiru Kamau", "PART 1/2\n\nHEADLINE: Mbita ferry back in service after a month on the slipway\nSUB: Islanders had paid boat owners three times the fare to cross\nBy Wanjiru Kamau\n\nMBITA, Homa Bay — The ferry between Mbita and Rusinga Island carried its first passengers in a month on Thursday, after repairs to its engine took longer than the operator had planned.\n\nTraders said the month without the ferry had doubled what they paid to move fish and maize across the channel."),
        ("Wanjiru Kamau", "PART 2/2\n\n“We could not wait any longer, so we paid what the boat owners asked,” said Akinyi Odera, who sells omena at the Mbita market.\n\nThe operator said 14 crossings a day would run until the end of April, and that the fare would stay at KSh100.\n\nAdditional reporting by Jared Omondi in Rusinga.\n\nENDS"),
        ("Wanjiru Kamau", None),
        ("Wanjiru Kamau", "Pic 1: The ferry leaves Mbita pier on Thursday morning. (Photo: Wanjiru Kamau)"),
        ("Otieno Baraka", "Got it, thanks. Part 2 says 14 crossings, the operator's notice says 12. Which?"),
        ("Wanjiru Kamau", "Sorry, my mistake. Take this one:\n\nThe operator said 12 crossings a day would run until the end of April, and that the fare would stay at KSh100."),
        ("Otieno Baraka", "Asante 👍"),
    ])
    draft = filed_draft(tmp_path, "ferry.txt", thread)
    assert draft.headline == "Mbita ferry back in service after a month on the slipway"
    assert draft.dek == "Islanders had paid boat owners three times the fare to cross"
    assert draft.byline == ("Wanjiru Kamau",)
    assert draft.dateline == "MBITA, Homa Bay"
    assert draft.paragraphs[0].startswith("MBITA, Homa Bay — The ferry between Mbita and Rusinga")
    assert "“We could not wait any longer, so we paid what the boat owners asked,” said Akinyi Odera, who sells omena at the Mbita market." in draft.paragraphs
    assert "The operator said 12 crossings a day would run until the end of April, and that the fare would stay at KSh100." in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The ferry leaves Mbita pier on Thursday morning.", "Wanjiru Kamau", ""),
    ]
    assert {c.name for c in draft.contributors} == {"Jared Omondi"}
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("14 crossings", "PART 1/2", "PART 2/2", "Take this one", "sender_name", "â€", "thread_11", "Which?"):
        assert chrome not in text
