# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-fifth filing round reads right: a mail saved from a webmail's reading pane
whose plain text is one block of lines set apart by <br>, each paragraph one line."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft


def _webmail_reading_pane() -> str:
    """A correspondent's mail saved from a webmail: the app's bar, the folders, the message
    list with previews of other mail, the reading pane's header and attachments, then the mail
    as one block whose lines a <br> ends, each paragraph one long line."""
    lines = [
        "Hi desk,",
        "",
        "Here is the bridge story. Two pics attached.",
        "",
        "Marta",
        "",
        "-----",
        "",
        "FOOTBRIDGE TO REOPEN AFTER FLOOD REPAIRS",
        "",
        "Villagers have walked an extra mile to school for four months",
        "",
        "By Marta Quill",
        "",
        "ASHFORD -- The footbridge over the river at Ashford will reopen on Monday, four months after floodwater tore away its middle span, the county council said.",
        "",
        "Children from the north bank have walked an extra mile along the main road to reach the primary school since November.",
        "",
        "The repairs cost about $240,000, most of it from the state's flood relief fund, council engineer Paul Dorsey said.",
        '"We have been counting the days," said parent Lena Hart. "The road has no pavement for half of the way."',
        "",
        "The council said the new span sits a foot higher than the old one and should stay clear of a flood like November's.",
        "",
        "ENDS",
        "",
        "--",
        "Marta Quill",
        "Ashford correspondent",
    ]
    body = "<br>\n".join(lines)
    return (
        "<html><head><title>bridge story + pics - Webmail</title></head><body>"
        "<header class='wm-topbar'><nav><a href='#'>Email</a> <a href='#'>Contacts</a> <a href='#'>Calendar</a></nav></header>"
        "<aside class='wm-folders'><ul><li>Inbox <span>12</span></li><li>Sent Items</li><li>Junk E-Mail</li></ul></aside>"
        "<section class='wm-list'><ul>"
        "<li class='row'><div class='from'>County Council</div><div class='date'>9:02 AM</div><div class='subject'>Road closure notice</div>"
        "<div class='preview'>Please note that Mill Lane will be closed for resurfacing from Tuesday until the end of the month...</div></li>"
        "<li class='row selected'><div class='from'>Marta Quill</div><div class='date'>8:15 AM</div><div class='subject'>bridge story + pics</div>"
        "<div class='preview'>Hi desk, Here is the bridge story. Two pics attached...</div></li>"
        "</ul></section>"
        "<section class='wm-preview'><div class='wm-header'><h2 class='subject'>bridge story + pics</h2>"
        "<div class='from'>Marta Quill &lt;marta@example.net&gt;</div><div>To: desk@example.org</div></div>"
        "<div class='wm-attachments'>2 Attachments (3.1 MB) <a href='#'>Download All</a></div>"
        f"<div class='wm-body'><div style='font-family:Arial'>{body}<br></div></div></section>"
        "<footer>Webmail 9.2 &copy; 2026</footer></body></html>"
    )


def test_a_webmail_s_plain_text_mail_of_unwrapped_lines_is_read_whole(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", _webmail_reading_pane())
    text = body_text(draft)
    assert "tore away its middle span" in text
    assert "The council said the new span sits a foot higher" in text
    assert draft.headline == "FOOTBRIDGE TO REOPEN AFTER FLOOD REPAIRS"
    assert "Here is the bridge story" not in text
