# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the seventy-eighth pass, aimed at the fifty-fifth and
fifty-sixth filing rounds: webmail views, French site furniture, blog footers and taglines,
copyright credits, desk notes, forum discussions and government communiqués.

Precision holes (ordinary documents misread):

- A typed story quoting a council memo in full ('MEMORANDUM' over 'Re: Harbour wall, north
  quay' halfway down) took the memo's subject line for its headline and lost its own
  headline, byline and two opening paragraphs as the memo's letterhead: a document's kind
  heads an official document only when no sentence of a story stands above it.
- A blog post copied as text, its title over three short paragraphs and its footer ('Posted
  by Ana Ruiz on 02 March 2026 at 07:30 AM in Fishing life'), was refused as holding no
  story: the footer, read as a byline, took the two sentences above it for headline and dek
  and everything else as above the headline. A post's footer under two of its sentences
  closes the post and names its writer; it heads nothing.
- A Blogger post saved as a page, its text set as Blogger sets it (lines of the post body
  with '<br /><br />' between its paragraphs), lost every paragraph but the first as page
  furniture: the page's main text, read as one paragraph with line breaks, named only its
  first line. Each line of a paragraph the main text keeps is the article's.
- The same page, its '<title>' Blogger's 'Harbour Notes: The pilot boat goes to Cork', took
  the blog's name over every page for the headline, its tagline for the dek and the post's
  title for a crosshead: the site's name, linked to its home, is no part of the title that
  names the story.
- A typed story with the reporter's line to the desk over its headline ('Harbour desk: for
  Thursday's paper, about 600 words', 'Embargoed until: 00:01 GMT on Thursday 5 March') took
  that line for a headline naming its topic and the real headline for the dek: a headline's
  topic is read before a colon only over a dek that says more than it, or ends as a sentence.
- A news page that hides the rest of its story under a 'Read more' button ('<section
  style="display:none">' inside its '<article>') lost the hidden three paragraphs as a
  one-page site's closed section: a section its style hides is the site's only outside an
  article and under no button that shows it.
- A typed story's caption labelled with its picture's file and no credit after it ('Photo
  caption (ferry.jpg): The new boat on the slipway at Ouchy.') stayed in the body as a
  paragraph: the label's file name in brackets is read as 'Photo caption:' is.

Robustness:

- A one-page site of two thousand sections its style hides, its one shown section last,
  took time growing with the square of its size (each hidden section looked at all of its
  siblings for a shown one; half a minute and more): each parent's sections are looked at
  once.

Held: a story paragraph opening 'Posted by fishermen on Monday morning, the clip shows ...'
or 'Posted by a neighbour on Facebook on Sunday, ...' stays the story's; paragraphs quoting
French furniture ('the sign read "À lire aussi : la mer"', '"Partager :" was the word
painted on the old tender') stay whole; a paragraph opening 'By Friday, in Ouchy, ...' under
a 'By Ana Ruiz, in Lausanne' byline is no byline; a webmail's mail with a list of short
lines ('Senior skiffs: Isle Moran') keeps them apart while joining its wrapped paragraphs;
'Photo caption (ferry.jpg): ... - Pic: Li Wei' gives caption and credit. Two thousand to
four thousand 'Posted by' lines, memo subject lines, Blogger lines or French furniture lines
were read in time growing with their size.

Left open:

- Blogger's own footer, 'Posted by Ana Ruiz at 7:30 AM', names no writer: the round reads
  only a footer giving the date after 'on'.
- A story of three short paragraphs under its headline still takes its one-sentence
  opening for the dek (older than these rounds).
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import body_text
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread

QUOTED_MEMO = """Council memo warned of harbour wall cracks a year ago

By Ana Ruiz

KILCARRAN — The county council was told of cracks in the harbour wall a full year before it collapsed, a memo seen by the Courier shows.

The memo, sent by the council's engineer to the chief executive on 3 March 2025, reads in full:

MEMORANDUM

Re: Harbour wall, north quay

The cracks in the north quay wall have widened since the last inspection. I recommend the quay be closed to vehicles until repairs are made.

The quay was not closed. The wall fell into the harbour on 14 February, taking two parked cars with it.

A council spokesman said the memo had been "acted upon in line with the budget available".
"""


def test_a_memo_quoted_in_a_story_does_not_head_it(tmp_path: Path) -> None:
    draft = _read(tmp_path, "memo.txt", QUOTED_MEMO)
    assert draft.headline == "Council memo warned of harbour wall cracks a year ago"
    assert draft.byline == ("Ana Ruiz",)
    text = body_text(draft)
    assert text.startswith("KILCARRAN — The county council was told of cracks")
    assert "reads in full:" in text
    assert "The cracks in the north quay wall have widened" in text


BLOG_POST = """The pilot boat goes to Cork

The harbour board sold its old pilot boat on Tuesday to a museum in Cork for €12,000.

The board said it had no use for her.

The museum's director, Tom Hale, said she would be restored over two winters.

Posted by Ana Ruiz on 02 March 2026 at 07:30 AM in Fishing life
"""


def test_a_blog_post_s_footer_under_a_short_post_heads_nothing(tmp_path: Path) -> None:
    draft = _read(tmp_path, "boat.txt", BLOG_POST)
    assert draft.headline == "The pilot boat goes to Cork"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs == (
        "The harbour board sold its old pilot boat on Tuesday to a museum in Cork for €12,000.",
        "The board said it had no use for her.",
        "The museum's director, Tom Hale, said she would be restored over two winters.",
    )


BLOGGER_POST = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Harbour Notes: The pilot boat goes to Cork</title>
<meta content="Harbour Notes" property="og:site_name"/></head><body>
<div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://harbournotes.blogspot.com/">Harbour Notes</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Life and work on the Kilcarran waterfront, from a fisherman's wife</span></p></div></div></div></div></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Tuesday, 3 March 2026</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">The pilot boat goes to Cork</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-1">The harbour board sold its old pilot boat on Tuesday to a museum in Cork for €12,000.<br /><br />She was built in 1931 at the yard that stood where the car park is now, and piloted ships into Kilcarran for forty years.<br /><br />The museum's director, Tom Hale, said she would be restored over two winters and put on show in the new maritime gallery.<br /><br />"We have wanted her for years," he said.<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Ana Ruiz</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published">7:30 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#">2 comments:</a></span></div></div>
</div></div></div></div></div></div></div></div></body></html>
"""


def test_a_blogger_post_s_paragraphs_set_with_line_breaks_are_kept(tmp_path: Path) -> None:
    draft = _read(tmp_path, "boat.html", BLOGGER_POST)
    text = body_text(draft)
    assert text.startswith("The harbour board sold its old pilot boat")
    assert "She was built in 1931 at the yard" in text
    assert "Tom Hale, said she would be restored" in text
    assert '"We have wanted her for years," he said.' in text


def test_a_blogger_post_s_headline_is_the_post_s_title_not_the_blog_s_name(
    tmp_path: Path,
) -> None:
    draft = _read(tmp_path, "boat.html", BLOGGER_POST)
    assert draft.headline == "The pilot boat goes to Cork"
    assert draft.dek == ""
    assert "The pilot boat goes to Cork" not in body_text(draft)


FERRY_BODY = """
By Ana Ruiz

KILCARRAN — The county council voted 5-2 on Tuesday night to pay for the winter ferry to Isle Moran for three more years.

Islanders had feared the boat would stop in October, when the operator's contract ends.

"We can plan our lives again," said Maire Dunne, who runs the island's only shop.
"""


def test_a_line_to_the_desk_over_the_headline_is_no_topic_headline(tmp_path: Path) -> None:
    for note in (
        "Harbour desk: for Thursday's paper, about 600 words",
        "Embargoed until: 00:01 GMT on Thursday 5 March",
    ):
        text = note + "\nCouncil keeps the winter ferry running\n" + FERRY_BODY
        draft = _read(tmp_path, "ferry.txt", text)
        assert draft.headline == "Council keeps the winter ferry running"
        assert draft.dek == ""
        assert draft.paragraphs[0].startswith("KILCARRAN — The county council voted 5-2")


READ_MORE_PAGE = """<!DOCTYPE html><html><head><title>Council keeps the winter ferry running | Kilcarran Courier</title></head><body>
<header><a href="/">Kilcarran Courier</a></header>
<main><article>
<h1>Council keeps the winter ferry running</h1>
<p class="byline">By Ana Ruiz</p>
<section class="intro">
<p>KILCARRAN — The county council voted 5-2 on Tuesday night to pay for the winter ferry to Isle Moran for three more years.</p>
<p>Islanders had feared the boat would stop in October, when the operator's contract ends.</p>
<button class="read-more">Read more</button>
</section>
<section class="rest" style="display:none">
<p>"We can plan our lives again," said Maire Dunne, who runs the island's only shop.</p>
<p>The subsidy will cost the council €410,000 a year, paid from its harbour fund.</p>
<p>Two councillors who voted against said the money should go to the island's school instead.</p>
</section>
</article></main>
<footer><p>© 2026 Kilcarran Courier</p></footer></body></html>
"""


def test_a_story_s_rest_hidden_under_a_read_more_button_is_the_story_s(tmp_path: Path) -> None:
    for name, page in (
        ("ferry.html", READ_MORE_PAGE),
        ("ferry-div.html", READ_MORE_PAGE.replace("<article>", "<div>").replace("</article>", "</div>")),
    ):
        text = body_text(_read(tmp_path, name, page))
        assert '"We can plan our lives again," said Maire Dunne' in text
        assert text.endswith("the money should go to the island's school instead.")


FILE_CAPTION_STORY = """Lake ferries to go electric by 2028

By Ana Ruiz

LAUSANNE — The canton will buy two electric ferries for the lake, its transport minister said on Tuesday.

The boats were ordered from a yard in Norway and will carry 300 passengers each.

"It is the end of diesel on Lac Léman," said the minister.

Photo caption (ferry.jpg): The new boat on the slipway at Ouchy.
"""


def test_a_caption_labelled_with_its_file_and_no_credit_is_a_caption(tmp_path: Path) -> None:
    draft = _read(tmp_path, "ferry.txt", FILE_CAPTION_STORY)
    assert [p.caption for p in draft.images] == ["The new boat on the slipway at Ouchy."]
    assert "slipway" not in body_text(draft)
    assert body_text(draft).endswith('"It is the end of diesel on Lac Léman," said the minister.')


# --- robustness


def test_a_one_page_site_of_thousands_of_hidden_sections_is_read_in_time(tmp_path: Path) -> None:
    hidden = "".join(
        f'<section style="display:none"><p>Contact section {n} of the site.</p></section>'
        for n in range(2000)
    )
    page = (
        "<html><body><h1>Harbour appeal for the lifeboat station</h1>"
        f"{hidden}<section><p>KILCARRAN — The lifeboat station needs a new slipway, and the"
        " town has three months to raise the money for it.</p></section></body></html>"
    )
    started = time.process_time()
    draft = _read(tmp_path, "appeal.html", page)
    assert time.process_time() - started < 15
    assert "Contact section" not in body_text(draft)
