# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-third filing round reads right: a mail's plain text as a list archive
shows it (HyperKitty: a paragraph a `<p>`, a line a `<br>`); the picture a release's mail
attaches, named by its file over its caption."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

ARCHIVED_RELEASE = """<html><head><title>[press] County opens the new river bridge a month early - press - lists.county.example.org</title></head>
<body><nav class="navbar"><a href="/">lists.county.example.org</a> <a href="/accounts/login/">Sign In</a></nav>
<div class="container"><div class="row"><div class="col-sm-9">
<h1>County opens the new river bridge a month early</h1>
<div class="email">
<div class="email-header"><span class="name">County Press Office</span> <span class="date">Monday, 2 March 2026 9:14 a.m.</span></div>
<div class="email-body">
<p>COUNTY OF ALDER<br>
PRESS OFFICE</p><p>FOR IMMEDIATE RELEASE</p><p>County opens the new river bridge a month early</p><p>ALDER FALLS (March 2, 2026) -- The county's new bridge over the Alder River<br>
opened to traffic on Monday, a month before the date the contract set and<br>
under its budget of $14 million, the county engineer said.</p><p>The old bridge, built in 1931, had been closed to trucks since a flood<br>
cracked two of its piers in 2023, sending loaded trucks on a detour of<br>
40 miles through the hills.</p><p>"Farmers lost a day a week to that detour," said commissioner Ada Perlow,<br>
who chairs the roads committee. "This gives them the day back."</p><p>The old bridge will be taken down over the summer.</p>
<p>--<br>
press mailing list -- press@lists.county.example.org<br>
To unsubscribe send an email to press-leave@lists.county.example.org</p>
</div></div>
</div></div></div>
<p>Powered by HyperKitty</p>
</body></html>
"""


def test_a_list_archive_s_plain_text_mail_keeps_its_wrapped_paragraphs(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", ARCHIVED_RELEASE)
    assert draft.headline == "County opens the new river bridge a month early"
    assert draft.paragraphs[0] == (
        "ALDER FALLS (March 2, 2026) -- The county's new bridge over the Alder River opened to "
        "traffic on Monday, a month before the date the contract set and under its budget of "
        "$14 million, the county engineer said."
    )
    assert draft.paragraphs[1] == (
        "The old bridge, built in 1931, had been closed to trucks since a flood cracked two of "
        "its piers in 2023, sending loaded trucks on a detour of 40 miles through the hills."
    )
    assert "The old bridge will be taken down over the summer." in draft.paragraphs


RELEASE_WITH_ATTACHED_PICTURE = """FOR IMMEDIATE RELEASE

County opens the new river bridge a month early

ALDER FALLS -- The county's new bridge over the Alder River opened to traffic on Monday, a month before the date the contract set.

The old bridge will be taken down over the summer, the county engineer said.

Photo attached: alder-bridge-opening.jpg
Caption: Commissioner Ada Perlow cuts the ribbon on the new Alder River bridge on Monday.
Photo: Tom Reyes/County of Alder

###
"""


def test_a_release_s_attached_picture_line_names_the_picture_not_its_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.txt", RELEASE_WITH_ATTACHED_PICTURE)
    assert "The old bridge will be taken down over the summer, the county engineer said." in draft.paragraphs
    assert len(draft.images) == 1
    picture = draft.images[0]
    assert picture.caption == "Commissioner Ada Perlow cuts the ribbon on the new Alder River bridge on Monday."
    assert picture.credit == "Tom Reyes/County of Alder"
    assert picture.name == "alder-bridge-opening.jpg"
    assert "attached" not in body_text(draft)
