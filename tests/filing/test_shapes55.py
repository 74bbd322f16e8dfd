# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-fifth filing round reads right: a correspondent's mail saved from a
webmail's message view, its plain text a line a <br> and wrapped at the width it was sent
at, and the table of its attachments under it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WEBMAIL_MESSAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Harbourside Mail</title></head>
<body>
<table width="100%"><tr><td>Current Folder: <b>INBOX</b></td><td><a href="signout.php">Sign Out</a></td></tr></table>
<table width="100%">
<tr><td align="right"><b>Subject:</b></td><td><b>Ferry fares copy for Friday</b></td></tr>
<tr><td align="right"><b>From:</b></td><td><b>&quot;Tomas Reyes&quot; &lt;t.reyes@harbourside.example&gt;</b></td></tr>
<tr><td align="right"><b>Date:</b></td><td><b>Wed, April 8, 2026 5:10 pm</b></td></tr>
</table>
<table width="100%"><tr><td align="left">
<br />
Ferry fares to the outer quays will rise by a fifth from 1 June<br />
<br />
By Tomas Reyes<br />
<br />
PORT ELLIS - Fares on the council's ferries to the three outer quays will rise by a<br />
fifth from 1 June, the harbour board decided on Wednesday after a vote that split the<br />
board down the middle.<br />
<br />
The chairman, Mr Owen Pryce, cast the deciding vote. He said the ferries had lost<br />
money for four years running and that the board could not ask the council for more.<br />
<br />
Islanders who cross to work every day will be able to buy a monthly pass at the old<br />
price, the board said, but visitors and day-trippers will pay the new fare in full.<br />
<br />
&quot;We are the ones who cannot drive round the bay,&quot; said Mrs Ada Quist, who crosses to<br />
the fish market six mornings a week. &quot;The pass helps, but only if they keep it.&quot;<br />
<br />
ENDS<br />
<br />
--<br />
Tomas Reyes<br />
Harbourside correspondent<br />
</td></tr></table>
<table width="100%"><tr><td><b>Attachments:</b></td></tr>
<tr><td><a href="download.php?ent_id=2">quay_morning.jpg</a></td><td><small><b>1.1&nbsp;M</b></small></td><td><small>[ image/jpeg ]</small></td><td><small><a href="download.php?ent_id=2">Download</a> | <a href="image.php?ent_id=2">View</a></small></td></tr>
<tr><td><a href="download.php?ent_id=3">ticket_office.jpg</a></td><td><small><b>860&nbsp;k</b></small></td><td><small>[ image/jpeg ]</small></td><td><small><a href="download.php?ent_id=3">Download</a> | <a href="image.php?ent_id=3">View</a></small></td></tr>
</table>
</body></html>
"""


def test_a_webmail_s_plain_text_mail_is_read_with_its_wrapped_paragraphs_joined(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "fares.html", WEBMAIL_MESSAGE)
    assert draft.headline == "Ferry fares to the outer quays will rise by a fifth from 1 June"
    assert draft.byline == ("Tomas Reyes",)
    assert draft.dateline == "PORT ELLIS"
    assert draft.paragraphs[0] == (
        "PORT ELLIS - Fares on the council's ferries to the three outer quays will rise by a "
        "fifth from 1 June, the harbour board decided on Wednesday after a vote that split the "
        "board down the middle."
    )
    assert draft.paragraphs[3].startswith('"We are the ones who cannot drive round the bay,"')
    assert draft.paragraphs[3].endswith('"The pass helps, but only if they keep it."')
    assert len(draft.paragraphs) == 4


def test_a_webmail_s_table_of_attachments_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.html", WEBMAIL_MESSAGE)
    assert draft.images == ()
    text = body_text(draft)
    for furniture in ("image/jpeg", "Download | View", "860 k", "Ferry fares copy for Friday"):
        assert furniture not in text
