# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-ninth filing round reads right: a story sent in pieces over a chat whose
copy opens every line with the time and the sender in brackets, its dek's and byline's
messages under the headline's, its short last paragraph, and the file it sends announced
between asterisks; a caption typed under its own label with its credit's label after it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

STORY_IN_CHAT_MESSAGES = """[14/05/2026 08:02:11] Rosa Mendel: morning Tom, the market story now, sending it in bits
[14/05/2026 08:02:40] Tom Akers: ok go ahead
[14/05/2026 08:03:05] Rosa Mendel: HEADLINE: Saturday market moves to the old bus depot
[14/05/2026 08:03:30] Rosa Mendel: sub: Stallholders welcome the roof but worry that shoppers will not find them
[14/05/2026 08:03:52] Rosa Mendel: by Rosa Mendel, Northfield correspondent
[14/05/2026 08:05:10] Rosa Mendel: The Northfield Saturday market will move into the old bus depot on Mill Lane from 6 June, the parish council decided on Tuesday, after two winters of stalls blown over on the green.
[14/05/2026 08:06:31] Rosa Mendel: "We lost a whole table of cakes to the wind in February and nobody laughed," said Jean Porter, who has sold bread at the market for eleven years and chairs the stallholders' group.
[14/05/2026 08:07:02] Tom Akers: how many stalls?
[14/05/2026 08:07:20] Rosa Mendel: 31 this week
[14/05/2026 08:08:45] Rosa Mendel: The depot has room for 40 stalls under its roof, and the council will put up signs from the green to Mill Lane before the first market there.
[14/05/2026 08:09:30] Rosa Mendel: The council will look again at the move on 12 October.
[14/05/2026 08:10:12] *** Rosa Mendel sent market-depot.jpg ***
[14/05/2026 08:10:50] Rosa Mendel: PIC: Stallholders look round the old bus depot on Mill Lane. Credit Rosa Mendel
[14/05/2026 08:11:05] Rosa Mendel: thats all, ends
[14/05/2026 08:11:30] Tom Akers: thanks Rosa
"""


def test_a_chat_story_s_dek_and_byline_messages_under_its_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert draft.headline == "Saturday market moves to the old bus depot"
    assert draft.dek == "Stallholders welcome the roof but worry that shoppers will not find them"
    assert draft.byline == ("Rosa Mendel",)
    assert draft.paragraphs[0].startswith("The Northfield Saturday market will move")
    assert "31 this week" not in body_text(draft)


def test_a_chat_story_s_short_last_paragraph_sent_straight_after_the_others(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert draft.paragraphs[-1] == "The council will look again at the move on 12 October."


def test_a_word_to_the_desk_after_the_story_s_parts_stays_talk(tmp_path: Path) -> None:
    text = STORY_IN_CHAT_MESSAGES.replace(
        "The council will look again at the move on 12 October.",
        "Will send you the picture in a minute, it is a big file.",
    )
    assert "big file" not in body_text(filed_draft(tmp_path, "market.txt", text))


def test_a_file_sent_in_a_chat_between_asterisks_is_the_captioned_picture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Stallholders look round the old bus depot on Mill Lane.", "Rosa Mendel")
    ]
    assert "sent market-depot.jpg" not in body_text(draft)


def test_a_caption_under_its_own_label_with_its_credit_s_label_after_it(tmp_path: Path) -> None:
    text = (
        "Saturday market moves to the old bus depot\n\n"
        "By Rosa Mendel\n\n"
        "The Northfield Saturday market will move into the old bus depot on Mill Lane from 6 "
        "June, the parish council decided on Tuesday.\n\n"
        "The depot has room for 40 stalls under its roof.\n\n"
        "Photo: Stallholders look round the old bus depot on Mill Lane. Picture: Rosa Mendel\n"
    )
    draft = filed_draft(tmp_path, "market.txt", text)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Stallholders look round the old bus depot on Mill Lane.", "Rosa Mendel")
    ]


WEBMAIL_THREAD_VIEW = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall - story for Friday - Mail - Parish Cloud</title></head>
<body><header id="header"><nav class="app-menu"><ul><li>Files</li><li>Mail</li><li>Calendar</li></ul></nav></header>
<main id="content" class="app-mail"><div class="app-navigation"><ul><li>Inbox</li><li>Sent</li><li>Junk</li></ul></div>
<div class="app-content-details"><div class="mail-thread">
<h2 class="thread-subject">Harbour wall - story for Friday</h2>
<div class="avatar-header"><span>Owen Price</span><span>News Desk</span></div>
<div class="envelope"><div class="sender"><strong>Owen Price</strong> <span>owen@harbour.example</span></div><div class="subline">to News Desk</div><span class="timestamp">Thu 9 Apr, 08:30</span>
<div class="mail-message-body mail-message-body-plain"><div id="mail-content">Hi Sue,<br><br>Harbour story below, checked with the harbour master this morning. Picture to follow.<br><br>Owen<br><br>-----<br><br>HARBOUR WALL TO BE REBUILT BEFORE THE WINTER STORMS<br><br>The trust has found the last £60,000 of the cost, and work starts in June<br><br>By Owen Price<br><br>PORTHAVEN - The old harbour wall will be rebuilt this summer, the harbour trust said on Wednesday, after it raised the last of the money from a lottery grant.<br><br>The wall was breached in two places in the storms of January, and sandbags have held it since.<br><br>ends</div></div>
</div></div></div></main></body></html>
"""


def test_a_mailed_story_s_capitals_headline_under_a_webmail_s_subject_heading(
    tmp_path: Path,
) -> None:
    """A webmail app that sets the thread's subject in a second-level heading: the capitals
    line over the dek and byline in the mail's text is the headline, as under a first-level
    one."""
    draft = filed_draft(tmp_path, "harbour.html", WEBMAIL_THREAD_VIEW)
    assert draft.headline == "HARBOUR WALL TO BE REBUILT BEFORE THE WINTER STORMS"
    assert draft.dek == "The trust has found the last £60,000 of the cost, and work starts in June"
    assert draft.byline == ("Owen Price",)
    assert draft.paragraphs[0].startswith("PORTHAVEN - The old harbour wall")
    assert "harbour master this morning" not in body_text(draft)
