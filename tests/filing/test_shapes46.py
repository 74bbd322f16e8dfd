# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-sixth filing round reads right: a flat-file CMS's content file (Pico's)
with its meta header's keys in capitals, the lead image in a theme's own fields beside
it, a byline the site's template fills and headings carrying their ids; names opening with
a click letter; a WordPress magazine theme's post, its featured picture over the title, a
hidden second date in its meta line and a 'Compiled by:' label at its foot; a German CMS's
news reader, its info line over the subheadline and a photographs' credit going on to other
credits; and a pull quote holding the speaker's headshot, in a saved media release."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from tests.helpers import filed_draft

PICO_FILE = """---
Title: Harbour crane returns to the old quay after refit
Description: The 1931 steam crane was stripped, sandblasted and painted in its first colours over two winters
Author: Tomasz Wierzba
Date: 2026-02-14
Template: article
Robots: noindex,nofollow
Image: "%assets_url%/news/crane-lift.jpg"
ImageAlt: A black steam crane lowered onto rails by a mobile crane
ImageCaption: The refitted crane is set back on its rails at the old quay on Friday.
ImageCredit: "Photo: Ola Brekke"
Tags: [harbour, heritage]
Hidden: false
---

*By %meta.author%, museum volunteer*

**KIRKVIK** – The steam crane that loaded herring barrels at Kirkvik's old quay for forty years was lifted back onto its rails on Friday, after two winters in the museum's shed.

Volunteers stripped the crane to its frame, sandblasted every plate and painted it in the green and red it wore when it was new.

## Two winters in the shed {#two-winters}

The harbour trust paid for the paint and the new rails, and a shipyard lent its sandblaster.

"We found the builder's plate under six coats of grey," said Eira Lund, who led the work.
"""


def _filed(tmp_path: Path) -> Draft:
    return filed_draft(tmp_path, "crane.md", PICO_FILE)


def test_a_pico_meta_header_s_capitalised_keys_are_the_story_s_fields(tmp_path: Path) -> None:
    draft = _filed(tmp_path)
    assert draft.headline == "Harbour crane returns to the old quay after refit"
    assert draft.dek == (
        "The 1931 steam crane was stripped, sandblasted and painted in its first colours over two winters"
    )
    assert draft.byline == ("Tomasz Wierzba",)
    assert draft.dateline == "KIRKVIK"
    assert draft.paragraphs[0].startswith("KIRKVIK – The steam crane that loaded herring barrels")


def test_a_theme_s_image_fields_beside_the_image_give_the_lead_picture(tmp_path: Path) -> None:
    pictures = _filed(tmp_path).images
    assert len(pictures) == 1
    assert pictures[0].caption == "The refitted crane is set back on its rails at the old quay on Friday."
    assert pictures[0].credit == "Ola Brekke"
    assert pictures[0].alt == "A black steam crane lowered onto rails by a mobile crane"


TEMPLATED_BYLINE = """---
title: Ferry timetable adds a late boat on Fridays
author: Ines Calado
---

_By {{ page.author }}, harbour office_

The ferry to Ilha Verde will run a last boat at 23:10 on Fridays from April, the harbour office said on Monday.

Islanders had asked for a late boat for years so that they could see a film or a match in town.
"""


def test_a_byline_the_template_fills_is_neither_dek_nor_body(tmp_path: Path) -> None:
    for name, text in (("crane.md", PICO_FILE), ("ferry.md", TEMPLATED_BYLINE)):
        draft = filed_draft(tmp_path, name, text)
        assert "author" not in draft.dek
        assert not any("author" in p for p in draft.paragraphs)
        assert len(draft.byline) == 1


def test_a_heading_s_id_is_no_part_of_its_words(tmp_path: Path) -> None:
    paragraphs = _filed(tmp_path).paragraphs
    assert "## Two winters in the shed" in paragraphs
    assert not any("{#two-winters}" in p for p in paragraphs)


CLICK_NAMES = """Gemsbok count on the Fish River plateau finds herds growing

By Hendrik ǃGarisab

AUS – Game guards counted 412 gemsbok on the plateau this month, up from 297 two years ago, the conservancy said on Tuesday.

The count was done on foot and from two vehicles over three days, the conservancy's chairperson, Sophia ǁHoebes, said.

Additional reporting by Petrus ǂKhomob in Bethanie.
"""


def test_names_opening_with_a_click_letter_are_people(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "gemsbok.txt", CLICK_NAMES)
    assert draft.byline == ("Hendrik ǃGarisab",)
    assert [c.name for c in draft.contributors] == ["Petrus ǂKhomob"]
    assert not any("Additional reporting" in p for p in draft.paragraphs)


MAGAZINE_THEME_POST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Water board repairs burst main in Tannery Lane &#8211; Dunmore District Council</title></head>
<body class="post-template-default single single-post">
<header id="masthead" class="cm-header"><div class="cm-site-branding"><p class="cm-site-title"><a href="/">Dunmore District Council</a></p></div>
<nav id="cm-primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<div id="cm-content"><div id="cm-primary">
<article id="post-88" class="post-88 post type-post status-publish has-post-thumbnail">
  <div class="cm-featured-image">
    <img width="800" height="450" src="https://dunmore.example/wp-content/uploads/2026/04/main-burst-800x450.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="Water pouring from a hole dug in a tarred lane" title="main-burst" />
  </div>
  <div class="cm-post-content">
    <header class="cm-entry-header"><h1 class="cm-entry-title">Water board repairs burst main under Tannery Lane after two dry days</h1></header>
    <div class="cm-below-entry-meta">
      <span class="cm-post-date"><a href="/2026/04/02/main/" rel="bookmark"><time class="entry-date published" datetime="2026-04-02T09:10:00+00:00">April 2, 2026</time><time class="updated" datetime="2026-04-02T15:40:00+00:00">April 2, 2026</time></a></span>
      <span class="cm-author cm-vcard"><a class="url fn n" href="/author/webteam/">Council Webteam</a></span>
      <span class="cm-comments-link"><a href="/2026/04/02/main/#respond">No Comments</a></span>
    </div>
    <div class="cm-entry-summary">
<p><em>Crews worked through the night to replace six metres of cast-iron pipe laid in 1952</em></p>
<p><strong>DUNMORE</strong> &#8211; Water was back on in the streets around Tannery Lane on Thursday morning, two days after a main burst under the lane and flooded three cellars.</p>
<p>The district council said crews had replaced six metres of cast-iron pipe and would resurface the lane next week.</p>
<p>Residents who still have no water, or water that runs brown, should call the council&#8217;s service line.</p>
<p>The council thanked the residents of the lane for their patience.</p>
<p><em>Compiled by: Orla Hegarty, Communications Officer, Dunmore District Council</em></p>
    </div>
  </div>
</article>
<div class="related-posts-wrapper"><h3 class="related-posts-main-title"><span>You May Also Like</span></h3>
<div class="related-posts-thumbnail"><a href="/2026/03/20/pipes/" title="Old pipes to be replaced in the town centre"><img width="390" height="205" src="https://dunmore.example/wp-content/uploads/2026/03/pipes-390x205.jpg" class="attachment-colormag-featured-post-medium wp-post-image" alt="" /></a></div>
<h3 class="cm-entry-title"><a href="/2026/03/20/pipes/">Old pipes to be replaced in the town centre</a></h3></div>
</div></div>
<footer class="cm-footer"><p>Theme: ColorMag by ThemeGrill. Powered by WordPress.</p></footer>
</body></html>
"""


def test_a_featured_picture_set_over_a_post_s_title_is_its_first_picture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "main.html", MAGAZINE_THEME_POST)
    assert draft.headline == "Water board repairs burst main under Tannery Lane after two dry days"
    assert len(draft.images) == 1
    assert draft.images[0].alt == "Water pouring from a hole dug in a tarred lane"
    assert (draft.images[0].caption, draft.images[0].credit) == ("", "")


def test_a_post_s_hidden_updated_date_leaves_its_meta_line_furniture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "main.html", MAGAZINE_THEME_POST)
    assert draft.dek == "Crews worked through the night to replace six metres of cast-iron pipe laid in 1952"
    assert "No Comments" not in draft.dek
    assert not any("No Comments" in p for p in draft.paragraphs)


def test_a_compiled_by_label_at_a_press_office_post_s_foot_names_its_writer(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "main.html", MAGAZINE_THEME_POST)
    assert draft.byline == ("Orla Hegarty",)
    assert draft.paragraphs[-1] == "The council thanked the residents of the lane for their patience."
    assert not draft.contributors


NEWS_READER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dune rangers count nesting plovers - Küstenvogel Verein</title><base href="https://kuestenvogel.example/"></head>
<body id="top">
<div id="wrapper">
<!-- indexer::stop -->
<nav class="mod_navigation block"><a href="en/news.html#skipNavigation1" class="invisible">Skip navigation</a><ul class="level_1"><li><a href="en/">Home</a></li><li><a href="en/news.html">News</a></li></ul><span id="skipNavigation1" class="invisible"></span></nav>
<!-- indexer::continue -->
<div id="main"><div class="inside">
<div class="mod_newsreader block">
<div class="layout_full block">
  <h1>Dune rangers count record number of nesting plovers on the northern beaches</h1>
  <p class="info"><time datetime="2026-05-04T08:30:00+02:00">04.05.2026 08:30</time> by <span>Jonas Reuter</span> </p>
  <h2>Fenced-off nesting zones and a dog ban on two beaches are working, the association says</h2>
  <div class="ce_text block">
<p>Rangers counted 64 nesting pairs of plovers along the northern beaches this spring, the highest number since the count began in 2009.</p>
<p>The association fenced off four nesting zones last year and asked the town to ban dogs from two beaches between April and July.</p>
<p>“The birds need only to be left alone,” said ranger Maike Thomsen, who has walked the count for eleven years.</p>
<p><em>Photos: Ute Brandes. Additional reporting by Karim Haddad.</em></p>
  </div>
</div>
<p class="back"><a href="javascript:history.go(-1)" title="Go back">Go back</a></p>
</div></div></div></div>
</body></html>
"""


def test_a_news_reader_s_info_line_is_no_dek_and_its_subheadline_is(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "plovers.html", NEWS_READER_PAGE)
    assert draft.headline == "Dune rangers count record number of nesting plovers on the northern beaches"
    assert draft.dek == (
        "Fenced-off nesting zones and a dog ban on two beaches are working, the association says"
    )
    assert draft.byline == ("Jonas Reuter",)
    assert not any("04.05.2026" in p for p in draft.paragraphs)


def test_a_photographs_credit_going_on_to_other_credits_names_them_all(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "plovers.html", NEWS_READER_PAGE)
    line = "Photos: Ute Brandes. Additional reporting by Karim Haddad."
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Ute Brandes", line),
        ("Karim Haddad", line),
    ]
    assert not any("Photos:" in p for p in draft.paragraphs)
    assert not any(p.credit.startswith("Ute Brandes") for p in draft.images)


PULL_QUOTE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Media release | Kestrel Ports</title></head>
<body>
<main id="main-content">
<h1>Kestrel Ports opens second grain berth at Carrow harbour</h1>
<p class="lead">The berth doubles the harbour's loading capacity before the autumn harvest</p>
<div class="content-area">
<div class="block imageblock"><figure class="image-block">
<img src="/globalassets/media/berth-two.jpg?width=800" alt="A bulk carrier moored beside two grain silos" width="800" height="533" />
<figcaption class="image-block__caption"><span class="image-block__text">The first ship loads at the new berth on Monday.</span> <span class="image-block__credit">Photo: Kestrel Ports</span></figcaption>
</figure></div>
<div class="block textblock">
<p><strong>CARROW, 6 April 2026</strong> &ndash; Kestrel Ports opened a second grain berth at Carrow harbour on Monday, doubling the tonnage the harbour can load in a day.</p>
<p>&ldquo;Farmers will no longer wait a week for a ship in the harvest,&rdquo; said chief executive Nora Falk. &ldquo;The berth was built for them.&rdquo;</p>
</div>
<div class="block quoteblock"><blockquote class="pull-quote">
<img class="pull-quote__portrait" src="/globalassets/people/n-falk.jpg?width=160&amp;height=160&amp;mode=crop" alt="Portrait: N. Falk" width="160" height="160" />
<p class="pull-quote__text">&ldquo;The berth was built for them.&rdquo;</p>
<footer class="pull-quote__source">Nora Falk, Chief Executive</footer>
</blockquote></div>
<div class="block textblock">
<p>The berth cost &pound;31 million and took two years to build.</p>
</div>
</div>
</main>
</body></html>
"""


def test_a_pull_quote_s_headshot_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.html", PULL_QUOTE_PAGE)
    assert [p.caption for p in draft.images] == ["The first ship loads at the new berth on Monday."]
    assert draft.images[0].credit == "Kestrel Ports"
    assert draft.paragraphs[-1] == "The berth cost £31 million and took two years to build."
