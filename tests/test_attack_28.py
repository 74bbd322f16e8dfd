"""Holes an attacker found in the twenty-eighth pass, aimed at the last four commits' rules: a
story kept as a rich-text editor's document in the front matter (_editor_document,
_node_text), a front matter's 'By ...' byline read as names, a Ulysses sheet's marks, the
paragraphs a wire's indent opens (_groups, _after_paragraph), a chat app's export read as the
story (chat.py), the check's fast path for headings of one line (_headed_prose, which must
read a body as the CommonMark parser does), a credit set beside a figure's caption
(_credit_beside), the elements that hold a headline wrapped in furniture's class
(_above_headline), and a wire's test message as furniture. Each hole is story text lost,
reordered or garbled at filing, a crash on a file a person could file, runaway time, a
credit taken from the wrong place, or the fast path disagreeing with the parser. Each test
was seen to fail for the reason it names."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsroom.checks.view import StoryView
from newsroom.errors import InputError
from newsroom.filing.draft import Draft
from newsroom.models import Stage, Story, StoryMeta, YamlFile
from newsroom.store.config import CheckSettings
from tests.helpers import filed_draft as _read

HEADLINE = "Council backs new bus shelters"
LEDE = "LARKIN, Ore. — The council voted 5-2 Tuesday to build 12 bus shelters along Route 4."
LAST = "Work starts in March and should end by July, the city's transit planner said."


# --- the check's fast path for headings: it must read a body as CommonMark does

FRONT = "---\nheadline: x\n---\n\n"


def _view(body: str) -> StoryView:
    """A story's view as tests/checks/test_view.py builds it."""
    meta = StoryMeta("x", "", (), "", Stage.DRAFT, "news")
    story = Story("s", Path("."), meta, body, 5, YamlFile(Path("story.md")), raw=FRONT + body)
    return StoryView(story, CheckSettings())


def _shapes(view: StoryView, paragraphs: list[Any]) -> list[tuple[Any, ...]]:
    """Each paragraph's text, kind, and the place in story.md of its first, middle and last
    characters."""
    out = []
    for p in paragraphs:
        offsets = sorted({0, len(p.text) // 2, max(0, len(p.text) - 1)})
        out.append((p.text, p.kind, [p.position(o) for o in offsets]))
    return out


@pytest.mark.parametrize(
    "heading",
    ["## \u00a0What comes next", "# \u3000What comes next", "## What comes next\u00a0 ##"],
    ids=["nbsp-after-marks", "ideographic-space-after-marks", "nbsp-before-closing-marks"],
)
def test_unicode_space_around_a_heading_s_words_is_trimmed_as_the_parser_trims_it(
    heading: str,
) -> None:
    """A heading typed with a no-break space after its '##' (a French keyboard, a pasted
    heading) or a Japanese writer's ideographic space: the fast path keeps the space in the
    heading's text and moves its columns; the parser reads 'What comes next'."""
    view = _view(f"Para one.\n\n{heading}\n\nPara two.\n")
    assert _shapes(view, view.paragraphs) == _shapes(view, view._parsed_paragraphs())


def test_a_lone_carriage_return_in_a_heading_is_read_as_the_parser_reads_it() -> None:
    """story.md read from disk keeps a lone CR (only CRLF becomes LF). The parser breaks the
    line there: a heading 'Rebates' and a paragraph 'for riders' on the next line; the fast
    path has one heading 'Rebates\\rfor riders' and every later paragraph a line too high."""
    view = _view("Para one.\n\n## Rebates\rfor riders\n\nPara two.\n")
    assert _shapes(view, view.paragraphs) == _shapes(view, view._parsed_paragraphs())


def test_a_paragraph_opening_with_a_no_break_space_and_marks_is_no_heading() -> None:
    """In a body with a real heading, a paragraph that opens with a no-break space before
    '# ' is a paragraph to the parser ('# 1 priority ...'); the fast path makes it a heading,
    and the checks then skip its sentences."""
    body = (
        "Para one.\n\n## What comes next\n\n"
        "\u00a0# 1 priority is the roads, the mayor said.\n\nPara two.\n"
    )
    view = _view(body)
    assert _shapes(view, view.paragraphs) == _shapes(view, view._parsed_paragraphs())


def test_a_long_line_opening_with_a_mark_is_read_in_linear_time() -> None:
    """A 12 KB paragraph whose first line opens with '# ' and runs on into a second line
    (no heading of one line at all): _headed_prose takes about 6 s to say so, and 50 KB
    take about two minutes."""
    view = _view("Para one.\n\n# " + "word " * 2400 + "\nnext line of it.\n")
    start = time.process_time()
    view.paragraphs  # noqa: B018  (the cached property is the work timed)
    assert time.process_time() - start < 2.0


# --- a story kept as a rich-text editor's document in the front matter


def _editor_file(tmp_path: Path, content: Any) -> Draft:
    front = {"title": HEADLINE, "byline": "By Ana Ruiz", "content": content}
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n"
    return _read(tmp_path, "entry.md", text)


def _paragraph(text: str) -> dict[str, Any]:
    return {"type": "paragraph", "content": [{"type": "text", "text": text}]}


def test_a_quote_of_two_paragraphs_keeps_a_space_between_them(tmp_path: Path) -> None:
    """Tiptap and Bard keep a blockquote (and a list item) as paragraphs: a quote of two
    paragraphs is filed 'We waited in the rain for years.Now we will not have to.'"""
    quote = {
        "type": "blockquote",
        "content": [
            _paragraph("We waited in the rain for years."),
            _paragraph("Now we will not have to."),
        ],
    }
    draft = _editor_file(tmp_path, [_paragraph(LEDE), quote, _paragraph(LAST)])
    words = " ".join(draft.paragraphs)
    assert "years.Now" not in words
    assert "We waited in the rain for years." in words


def test_a_tiptap_document_as_tiptap_gives_it_is_read(tmp_path: Path) -> None:
    """editor.getJSON() gives {type: doc, content: [...]}: stored so under `content:` the
    story is not read at all, and the file is refused as holding no story."""
    doc = {"type": "doc", "content": [_paragraph(LEDE), _paragraph(LAST)]}
    draft = _editor_file(tmp_path, doc)
    assert draft.paragraphs == (LEDE, LAST)


def test_a_heading_ending_in_a_sharp_keeps_it(tmp_path: Path) -> None:
    """The editor's heading 'Classes in C#' is literal text; filed, it reads 'Classes in
    C' (CommonMark too keeps a closing '#' that no space sets apart)."""
    heading = {
        "type": "heading",
        "attrs": {"level": 2},
        "content": [{"type": "text", "text": "Classes in C#"}],
    }
    draft = _editor_file(tmp_path, [_paragraph(LEDE), heading, _paragraph(LAST)])
    assert any(p.endswith("Classes in C#") for p in draft.paragraphs)


def test_a_list_whose_content_is_a_number_does_not_crash(tmp_path: Path) -> None:
    """`content: 3` under a bullet list (a count someone typed there) raises TypeError out of
    read_draft: a traceback, where the file should be filed or refused in one line."""
    nodes = [_paragraph(LEDE), {"type": "bulletList", "content": 3}, _paragraph(LAST)]
    try:
        draft = _editor_file(tmp_path, nodes)
    except InputError:
        return
    assert LEDE in draft.paragraphs


def test_a_node_whose_type_is_a_list_does_not_crash(tmp_path: Path) -> None:
    """A front matter's `content:` listing blocks tagged with several types ('type: [news,
    local]') raises 'unhashable type: list' out of read_draft."""
    nodes = [{"type": ["news", "local"]}, _paragraph(LEDE), _paragraph(LAST)]
    try:
        draft = _editor_file(tmp_path, nodes)
    except InputError:
        return
    assert LEDE in draft.paragraphs


# --- a front matter's 'By ...' byline


def test_a_front_matter_byline_with_its_outlet_loses_its_by(tmp_path: Path) -> None:
    """'byline: By Ana Ruiz / Larkin Courier' (a web byline with its outlet) is filed as one
    author named 'By Ana Ruiz / Larkin Courier'."""
    text = (
        f"---\ntitle: {HEADLINE}\nbyline: 'By Ana Ruiz / Larkin Courier'\n---\n\n{LEDE}\n\n{LAST}\n"
    )
    draft = _read(tmp_path, "byline.md", text)
    assert not any(name.startswith("By ") for name in draft.byline)


# --- a Ulysses sheet's marks


def test_an_obsidian_comment_before_the_lede_keeps_the_lede(tmp_path: Path) -> None:
    """Obsidian closes its comments ('%% check the count %%'), and one may open a
    paragraph: the line is read as a Ulysses comment paragraph and the lede after the
    comment becomes a note to the desk."""
    text = f"# {HEADLINE}\n\nBy Ana Ruiz\n\n%% check the count with the clerk %% {LEDE}\n\n{LAST}\n"
    draft = _read(tmp_path, "vault.md", text)
    assert LEDE in draft.paragraphs


# --- paragraphs opened by an indent


TAKE = """Council backs new bus shelters

By Ana Ruiz

   LARKIN, Ore. - The council voted 5-2 Tuesday to build 12 bus
shelters along the Route 4 line, paid for with a grant from the U.S.
EPA.
   The shelters will have solar lights and benches, the city's
transit planner said. Each costs about $38,000.
   Work starts in March and should end by July, the planner said.
Riders asked for the shelters for years.
   Two council members voted no, saying the money should go to
repaving Main Street instead.
"""


def test_an_agency_s_name_wrapped_after_an_abbreviation_stays_in_its_paragraph(
    tmp_path: Path,
) -> None:
    """'... a grant from the U.S.' / 'EPA.' is one sentence wrapped; 'EPA.' is filed as a
    paragraph of its own."""
    draft = _read(tmp_path, "take.txt", TAKE)
    assert draft.paragraphs[0].endswith("paid for with a grant from the U.S. EPA.")


def test_an_end_mark_under_the_last_indented_paragraph_stays_out_of_it(tmp_path: Path) -> None:
    """A flush '-30-' under the last indented paragraph is filed as the end of the story's
    last sentence ('... Main Street instead. -30-'); set apart by a blank line, it is an end
    mark and stripped."""
    draft = _read(tmp_path, "take.txt", TAKE + "-30-\n")
    assert draft.paragraphs[-1] == (
        "Two council members voted no, saying the money should go to repaving Main Street instead."
    )


# --- a chat app's export read as the story


CHAT_TWO_PARTS = """12/2/26, 6:40 AM - Deb Rao: Send it when ready
12/2/26, 6:41 AM - Wade Till: (1/2) HED: Culvert washout strands 14 ranch families
By Wade Till
SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert on County Road 9.
12/2/26, 6:49 AM - Wade Till: (2/2) A new culvert will cost $410,000, the county engineer estimates. A temporary crossing should be in place by Friday, he said.
12/2/26, 6:52 AM - Deb Rao: Got it. Photo shoot still on?
12/2/26, 6:53 AM - Wade Till: Yes 9 am at the culvert
12/2/26, 6:54 AM - Deb Rao: Thanks
"""  # noqa: E501


def test_a_story_texted_in_two_numbered_parts_is_filed_whole(tmp_path: Path) -> None:
    """'(1/2) HED: ...' and '(2/2) ...': part 1 alone, the longer, is taken as the story. Part
    2 ('A new culvert will cost $410,000 ...') is stripped as page furniture, and the
    headline is filed as '(1/2) HED: Culvert washout ...'."""
    draft = _read(tmp_path, "chat.txt", CHAT_TWO_PARTS)
    assert any(p.startswith("A new culvert will cost $410,000") for p in draft.paragraphs)
    assert draft.headline == "Culvert washout strands 14 ranch families"


CHAT_RESENT = """12/2/26, 6:40 AM - Deb Rao: Send it when ready
12/2/26, 6:41 AM - Wade Till: (1/4) HED: Culvert washout strands 14 ranch families
12/2/26, 6:42 AM - Wade Till: (2/4) By Wade Till
12/2/26, 6:44 AM - Wade Till: (3/4) SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert.
12/2/26, 6:46 AM - Deb Rao: 3 came through cut off?
12/2/26, 6:47 AM - Wade Till: Signal. Resending 3
12/2/26, 6:48 AM - Wade Till: (3/4) SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert.
12/2/26, 6:49 AM - Wade Till: (4/4) A new culvert will cost $410,000, the county engineer estimates.
12/2/26, 6:52 AM - Deb Rao: Got it. Photo shoot still on?
"""  # noqa: E501


def test_a_part_sent_again_is_filed_once(tmp_path: Path) -> None:
    draft = _read(tmp_path, "chat.txt", CHAT_RESENT)
    assert draft.paragraphs == (
        "SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when "
        "runoff tore out a culvert.",
        "A new culvert will cost $410,000, the county engineer estimates.",
    )


CHAT_IPHONE = """[12/2/26, 6:40:01\u202fAM] Deb Rao: Send it when ready
[12/2/26, 6:41:02\u202fAM] Wade Till: HED: Culvert washout strands 14 ranch families
By Wade Till
SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert on County Road 9.
A new culvert will cost $410,000, the county engineer estimates.
\u200e[12/2/26, 6:49:03\u202fAM] Wade Till: \u200e<attached: 00000012-PHOTO-2026-12-02-06-49-03.jpg>
[12/2/26, 6:52:05\u202fAM] Deb Rao: Got it. Photo shoot still on?
[12/2/26, 6:53:06\u202fAM] Wade Till: Yes 9 am at the culvert
"""  # noqa: E501


def test_an_iphone_export_s_attachment_line_is_no_story_text(tmp_path: Path) -> None:
    """WhatsApp on the iPhone writes '\\u200e[12/2/26, 6:49:03 AM] Wade Till: \\u200e<attached:
    ...jpg>': the line is no message's first line, so it is read as the story message's
    last line and filed as a paragraph, timestamp and all."""
    draft = _read(tmp_path, "_chat.txt", CHAT_IPHONE)
    assert not any("attached:" in p or "6:49:03" in p for p in draft.paragraphs)


# --- a figure's credit beside its caption, and the headline inside furniture's class


def _page(figure: str) -> str:
    return (
        f"<html><body><article><h1>{HEADLINE}</h1><p>By Ana Ruiz</p><p>{LEDE}</p>{figure}"
        f"<p>{LAST}</p></article></body></html>"
    )


def test_a_buy_photo_button_beside_the_caption_is_no_credit(tmp_path: Path) -> None:
    """A chain paper's figure sets '<small><a>Buy Photo</a></small>' beside a caption ending
    '(Photo: Ana Ruiz/Larkin Courier)': the credit is filed as 'Buy Photo', and the real
    credit stays in the caption."""
    figure = (
        '<figure><img src="stop.jpg" alt="Riders at a stop"><figcaption>Riders wait at the Main '
        "Street stop on Tuesday. (Photo: Ana Ruiz/Larkin Courier)</figcaption>"
        '<small><a href="/buy/stop">Buy Photo</a></small></figure>'
    )
    draft = _read(tmp_path, "page.html", _page(figure))
    [picture] = draft.images
    assert (picture.caption, picture.credit) == (
        "Riders wait at the Main Street stop on Tuesday.",
        "Ana Ruiz/Larkin Courier",
    )


def test_a_gallery_s_first_picture_takes_no_credit_of_another(tmp_path: Path) -> None:
    """A WordPress gallery is a figure of figures; the first picture has no credit, the
    second sets '<cite>Courtesy of Larkin Transit</cite>' beside its caption. The first
    picture (stop.jpg) is filed with the second's credit."""
    figure = (
        '<figure class="wp-block-gallery">'
        '<figure class="wp-block-image"><img src="stop.jpg" alt="Riders at a stop">'
        "<figcaption>Riders wait at the Main Street stop on Tuesday.</figcaption></figure>"
        '<figure class="wp-block-image"><img src="shelter.jpg" alt="A bus shelter">'
        "<figcaption>A shelter of the kind the city will build.</figcaption>"
        "<cite>Courtesy of Larkin Transit</cite></figure></figure>"
    )
    draft = _read(tmp_path, "gallery.html", _page(figure))
    assert ("stop.jpg", "Courtesy of Larkin Transit") not in [
        (p.name, p.credit) for p in draft.images
    ]


SIDEBAR_POST = """<!doctype html><html><head><meta charset=utf-8>
<title>Fair board closes grandstand after engineer finds rot</title>
<meta property="og:title" content="Fair board closes grandstand after engineer finds rot"></head>
<body>
<div class="trending-bar"><h2><a href="/p/grandstand">Fair board closes grandstand after engineer finds rot</a></h2></div>
<div id=wsite-content><div class="blog-sidebar-separator"><div class=blog-post>
<h2 class=blog-title>Fair board closes grandstand after engineer finds rot</h2>
<div class=blog-content>
<div class=paragraph><strong>By Carla Yellow</strong><br />HARLAN, Mont. – The wooden grandstand at the county fairgrounds will stay closed through next year's rodeo, the fair board decided Monday.<br /><br />The board voted 4-1 to fence off the 1948 grandstand, which seats about 1,100 people.</div>
<div class=paragraph>Repairs would cost $240,000 to $310,000, the engineer estimated.</div>
</div></div></div>
<div class=blog-sidebar><h2>Archives</h2><a href=/a>December 2026</a></div></div>
</body></html>
"""  # noqa: E501


def test_a_trending_bar_repeating_the_headline_does_not_hide_the_post(tmp_path: Path) -> None:
    """A theme wraps the post in 'blog-sidebar-separator', and a trending bar above it shows
    the post's headline: the trending bar's ancestors are kept as the story's, the post's
    wrapper stays furniture, and the file is refused as holding no story."""
    draft = _read(tmp_path, "post.html", SIDEBAR_POST)
    assert draft.paragraphs[0].startswith("HARLAN, Mont. – The wooden grandstand")


# --- a wire's test message


def test_a_story_s_sentence_about_a_siren_test_is_no_wire_test(tmp_path: Path) -> None:
    """'This is a test of the new outdoor sirens, and residents should ignore them
    Wednesday, the emergency manager said.' is stripped as a wire header."""
    said = (
        "This is a test of the new outdoor sirens, and residents should ignore them "
        "Wednesday, the emergency manager said."
    )
    text = (
        "County tests flood sirens\n\nBy Ana Ruiz\n\n"
        "LARKIN, Ore. — The county will sound its 14 new flood sirens at 10 a.m. Wednesday.\n\n"
        f"{said}\n\nThe sirens cost $1.2 million.\n"
    )
    draft = _read(tmp_path, "sirens.txt", text)
    assert said in draft.paragraphs
