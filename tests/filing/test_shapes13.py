"""Shapes the fourteenth filing round reads right (found on held-out-11's second half,
measured unseen at the end of the thirteenth round and then made development material): a
public broadcaster's page whose figures carry labels only screen readers hear ('Image
source, ', 'Image caption, '), with an embedded post behind a consent box and the links
under 'More on this story'."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


BROADCASTER = """<!doctype html><html><head><meta charset=utf-8>
<title>Landslip shuts mountain road - RTC News</title></head><body>
<header><a href=#main>Skip to content</a></header>
<main id=main><article>
<h1>Landslip shuts mountain road for at least four months</h1>
<div class=byline><div><span class=visually-hidden>By </span><span>Gethin Arwel-Price</span>
</div><span>RTC Wales rural affairs correspondent</span></div>
<figure><div><span><img alt="A road ending at the edge of a muddy slope" src=road.png
width=1024 height=576></span><span role=text><span class=visually-hidden>Image source, </span>Hefin
Cadwaladr</span></div><figcaption><span class=visually-hidden>Image caption, </span>The slip took
away most of the width of the road</figcaption></figure>
<div data-component=text-block><p>A mountain road used by hundreds of drivers a day will stay
shut for at least four months after a landslip, the county council has said.</p></div>
<div data-component=embed-block><div><a href=#end-1 class=visually-hidden>Skip facebook post by
Mid Wales Trunk Roads Team</a><div><p><strong>Allow Facebook content?</strong></p><p>This
article contains content provided by Facebook. We ask for your permission before anything is
loaded, as they may be using cookies and other technologies. To view this content choose
'accept and continue'.</p><button type=button>Accept and continue</button></div><p>The RTC is
not responsible for the content of external sites.</p><div id=end-1 class=visually-hidden>End of
facebook post by Mid Wales Trunk Roads Team</div></div></div>
<div data-component=text-block><p>No-one was hurt, but a farmer said the edge of the road had
"simply disappeared".</p></div>
<div data-component=links-block><h2>More on this story</h2><ul><li><a href=/a>Storm warnings
as heavy rain hits mid Wales</a><li><a href=/b>Councils count cost of flooded rural
roads</a></ul></div>
</article></main></body></html>
"""


def test_a_public_broadcaster_s_page(tmp_path: Path) -> None:
    draft = read(tmp_path, "landslip.html", BROADCASTER)
    assert draft.headline == "Landslip shuts mountain road for at least four months"
    assert draft.byline == ("Gethin Arwel-Price",)  # 'By ' a label for screen readers
    [image] = draft.images
    assert image.caption == "The slip took away most of the width of the road"
    assert image.credit == "Hefin Cadwaladr"
    assert draft.paragraphs[0].startswith("A mountain road used by hundreds")
    assert draft.paragraphs[1].startswith("No-one was hurt")
    kept = " ".join(draft.paragraphs)
    for debris in (
        "facebook post",
        "Allow Facebook",
        "provided by Facebook",
        "not responsible",
        "Storm warnings",
        "More on this story",
        "Image source",
    ):
        assert debris not in kept, debris


@pytest.mark.parametrize(
    "line",
    [
        "Skip facebook post by Mid Wales Trunk Roads Team",
        "End of facebook post by Mid Wales Trunk Roads Team",
        "Skip twitter post 2 by Ceredigion Council",
        "Allow Facebook content?",
        "Allow X content?",
        "This article contains content provided by Facebook.",
        "The RTC is not responsible for the content of external sites.",
        "More on this story",
        "Related topics",
    ],
)
def test_the_broadcaster_s_furniture_read_as_text(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Image source, Hefin Cadwaladr",
        "Image caption, The slip took away most of the width of the road",
        "Media caption, Drone footage shows the scale of the landslip",
    ],
)
def test_a_screen_reader_s_labels_copied_with_the_page_mark_a_caption(line: str) -> None:
    assert pasted_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Skip the queue, the council told residents.",
        "End of an era for the mountain road, residents said.",
        "The council is not responsible for the road, a spokesman said.",
    ],
)
def test_sentences_that_open_alike_are_reporting(line: str) -> None:
    assert chrome_line(line) is None
