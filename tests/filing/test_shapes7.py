"""Shapes the seventh filing round reads right (tuned on held-out-6): a page whose own class
names a widget, and the Drupal, podcast and obituary pages' furniture."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


LEDE = (
    "MILLBROOK, Ore. — The county opened its new warming center on Tuesday, two weeks ahead "
    "of schedule, and 40 people slept there on its first night."
)
SECOND = "The center has 60 beds and will stay open through March, officials said."


def test_a_page_whose_body_is_marked_paywall_keeps_its_story(tmp_path: Path) -> None:
    page = f"""<html><head><title>Warming center | Gazette</title></head>
<body class="single paywall-metered"><main class="site-main comments-open">
<article class="post related-posts-enabled"><h1>County opens warming center early</h1>
<span class="byline">By Ines Carvalho</span>
<div class="entry-content"><p>{LEDE}</p><p>{SECOND}</p></div>
<div class="paywall-offer">Already a subscriber? Sign in</div>
</article></main></body></html>"""
    draft = read(tmp_path, "page.html", page)
    assert draft.headline == "County opens warming center early"
    assert draft.byline == ("Ines Carvalho",)
    assert draft.paragraphs == (LEDE, SECOND)
