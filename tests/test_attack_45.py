# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-fifth pass, aimed at the twenty-fifth filing round
and the fixes of the forty-fourth pass: a page's spans its own style hides, an agency's
pasted page (its tagged dateline), a line addressing the desk with a dash, a caption's
credit after a long dash, a news theme's ad slots, a Foam or Obsidian note's labelled
wikilink lines, and the rule that joins a short hard-wrapped paragraph of pasted text or
Markdown into one. Each hole is a plain story misread: a real paragraph, headline or byline
lost as furniture or a note, a poem's lines run together, a wrapped paragraph left in
pieces, a candidate's name read as the dateline, a credit's outlet left in its caption, a
live blog refused, or a line of a note that takes seconds to read. Each test failed first,
for the reason it named; each is fixed."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import Clone, warm_filing
from tests.helpers import filed_draft as _read

# --- the rule that joins a short hard-wrapped paragraph


def test_a_poem_s_long_lines_in_a_pasted_story_stay_lines(tmp_path: Path) -> None:
    text = """Poet laureate reads at the library

By Ana Ruiz

The county's new poet laureate read a new poem on Saturday at the library. It reads in full:

I have walked the length of the river road in the morning before the mill
and counted every heron standing in the shallows where my father fished
and nobody asked me what I was counting, or why, or for whom

The reading drew about 80 people, the library said.
"""
    draft = _read(tmp_path, "poem.txt", text)
    assert (
        "and counted every heron standing in the shallows where my father fished"
        in draft.paragraphs
    )
    assert (
        "I have walked the length of the river road in the morning before the mill"
        in draft.paragraphs
    )


def test_a_markdown_poem_s_hard_line_breaks_are_kept(tmp_path: Path) -> None:
    text = (
        "# Poet laureate reads at the library\n\nBy Ana Ruiz\n\n"
        "The county's new poet laureate read a new poem on Saturday at the library. It reads in full:\n\n"
        "I have walked the length of the river road in the morning before the mill  \n"
        "and counted every heron standing in the shallows where my father fished  \n"
        "and nobody asked me what I was counting, or why, or for whom\n\n"
        "The reading drew about 80 people, the library said.\n"
    )
    draft = _read(tmp_path, "poem.md", text)
    assert not any("the mill and counted" in p for p in draft.paragraphs), draft.paragraphs


def test_a_short_wrapped_lede_going_on_with_names_is_one_paragraph(tmp_path: Path) -> None:
    text = """Council delays vote on the bridge

By Ana Ruiz

The council delayed its vote on the Harbor Street bridge on Tuesday night after
Mayor Ana Ruiz asked for more time to read the state's inspection report, which
City Manager Tom Bell said would arrive by the end of the month.
"""
    draft = _read(tmp_path, "bridge.txt", text)
    assert draft.dek == ""
    assert draft.paragraphs == (
        "The council delayed its vote on the Harbor Street bridge on Tuesday night after "
        "Mayor Ana Ruiz asked for more time to read the state's inspection report, which "
        "City Manager Tom Bell said would arrive by the end of the month.",
    )


def test_a_short_wrapped_paragraph_wrapped_after_a_full_stop_is_one(tmp_path: Path) -> None:
    text = """Council delays vote on the bridge

By Ana Ruiz

The council delayed its vote on the Harbor Street bridge on Tuesday night. The
report is due in March. Residents who spoke at the meeting were split on it.
Most said the bridge should stay open to cars while the city waits for it.
"""
    draft = _read(tmp_path, "bridge.txt", text)
    assert draft.dek == ""
    assert len(draft.paragraphs) == 1, draft.paragraphs
    assert draft.paragraphs[0].startswith("The council delayed its vote")


# --- a line addressing the desk with a dash


def test_a_paragraph_opening_editors_and_a_dash_is_story(tmp_path: Path) -> None:
    text = """Who writes the headlines? Not the reporters

By Ana Ruiz

The Ledger's readers often write to ask why a headline said something the story did not.

Editors — not reporters — write nearly every headline in the paper, and they write them late at night, often in a few minutes.

"It is the hardest job in the building," said Tom Bell, who ran the copy desk for 20 years.
"""
    draft = _read(tmp_path, "headlines.txt", text)
    assert any(p.startswith("Editors — not reporters") for p in draft.paragraphs), draft.paragraphs


def test_a_headline_opening_desk_and_a_dash_is_the_headline(tmp_path: Path) -> None:
    text = """Desk — a word reporters use for the editors who handle their copy — is also where the trouble starts

By Ana Ruiz

The Ledger's readers often write to ask why a headline said something the story did not.

"It is the hardest job in the building," said Tom Bell, who ran the copy desk for 20 years.
"""
    draft = _read(tmp_path, "desk.txt", text)
    assert draft.headline.startswith("Desk — a word reporters use"), draft.headline
    assert draft.byline == ("Ana Ruiz",)


# --- a span the page's own style hides


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Council delays vote on the bridge | The Ledger</title></head>"
        "<body><article><h1>Council delays vote on the bridge</h1><p class='byline'>By Ana Ruiz</p>"
        "<p>The council delayed its vote on the Harbor Street bridge on Tuesday night, saying it needed the state's inspection report first.</p>"
        f"{body}</article></body></html>"
    )


def test_the_rest_of_a_paragraph_behind_read_more_is_kept(tmp_path: Path) -> None:
    page = _page(
        "<p>Residents who spoke at the meeting were split over the span's future.<span id='dots'>...</span> "
        "<a href='#' onclick='more()'>Read more</a><span id='rest' style='display: none'> Most said the bridge "
        "should stay open to cars while the city decides, and several asked why the report was three months late.</span></p>"
    )
    draft = _read(tmp_path, "bridge.html", page)
    body = "\n".join(draft.paragraphs)
    assert "several asked why the report was three months late" in body, body


def test_paragraphs_a_script_fades_in_are_kept(tmp_path: Path) -> None:
    page = _page(
        "<p><span class='js-fade-in' style='display:none'>Residents who spoke at the meeting were split over "
        "the span's future. Most said the bridge should stay open to cars while the city decides.</span></p>"
        "<p><span class='js-fade-in' style='display:none'>\"We have waited long enough,\" said Tom Bell, who "
        "lives on Harbor Street.</span></p>"
    )
    draft = _read(tmp_path, "bridge.html", page)
    body = "\n".join(draft.paragraphs)
    assert "Residents who spoke at the meeting were split" in body, body
    assert '"We have waited long enough," said Tom Bell' in body, body


# --- a news theme's ad slots


def test_a_live_blog_s_stream_items_are_its_story(room: Clone, tmp_path: Path) -> None:
    page = tmp_path / "storm.html"
    page.write_text(
        """<!DOCTYPE html>
<html><head><title>Live: Storm knocks out power across the county | The Ledger</title></head>
<body><main>
<h1>Live: Storm knocks out power across the county</h1>
<p class="byline">By Ana Ruiz</p>
<div class="live-stream">
<div class="live-stream-item"><time>9:40 p.m.</time><p>More than 12,000 customers are without power across the county, the utility said, most of them on the east side.</p></div>
<div class="live-stream-item"><time>9:15 p.m.</time><p>The county has opened a warming shelter at the Harbor Street community center, which will stay open through the night.</p></div>
<div class="live-stream-item"><time>8:50 p.m.</time><p>Winds gusted to 60 mph at the airport shortly before 9 p.m., the weather service said.</p></div>
</div>
</main></body></html>
""",
        encoding="utf-8",
    )
    result = room.run("file", str(page), "--slug", "storm-live")
    assert result.code == 0, result.text
    story = (room.story_dir("storm-live") / "story.md").read_text(encoding="utf-8")
    assert "More than 12,000 customers are without power" in story


# --- an agency's dateline of a place and its letters before a spaced hyphen


def test_a_candidate_s_result_line_is_no_dateline(tmp_path: Path) -> None:
    text = """Ruiz wins Ward 3 seat by 300 votes

By Tom Bell

Ana Ruiz won the Ward 3 council seat on Monday night, beating two challengers in a race decided by about 300 votes.

Unofficial results:

Ana Ruiz (NDP) - 4,210 votes
Mark Stone (CPC) - 3,905 votes
Lee Park (GRN) - 1,120 votes

Ruiz said she would focus on the Harbor Street bridge.
"""
    draft = _read(tmp_path, "ward3.txt", text)
    assert draft.dateline == "", draft.dateline


# --- a caption's credit after a long dash


def _captioned(tmp_path: Path, caption: str) -> tuple[str, str]:
    page = (
        "<!DOCTYPE html><html><head><title>Storm closes Route 9</title></head><body><article>"
        "<h1>Storm closes Route 9</h1><p class='byline'>By Tom Bell</p>"
        "<p>The storm closed Route 9 for most of Friday, the state said, after trees fell across both lanes near the bridge.</p>"
        f"<figure><img src='crews.jpg' alt='Crews on Route 9'><figcaption>{caption}</figcaption></figure>"
        "<p>The road reopened at 6 p.m.</p></article></body></html>"
    )
    draft = _read(tmp_path, "storm.html", page)
    (picture,) = draft.images
    return picture.caption, picture.credit


def test_an_outlet_s_credit_after_a_double_hyphen_is_kept_whole(tmp_path: Path) -> None:
    caption, credit = _captioned(
        tmp_path,
        "Crews clear Route 9 near the Harbor Street bridge on Friday. -- Sentinel photo by Ana Diaz",
    )
    assert caption == "Crews clear Route 9 near the Harbor Street bridge on Friday.", caption
    assert credit == "Sentinel photo by Ana Diaz"


def test_an_outlet_s_credit_after_a_dash_without_a_full_stop_is_kept_whole(tmp_path: Path) -> None:
    caption, credit = _captioned(
        tmp_path,
        "Crews clear Route 9 near the Harbor Street bridge on Friday — Sentinel photo by Ana Diaz",
    )
    assert caption == "Crews clear Route 9 near the Harbor Street bridge on Friday", caption
    assert credit == "Sentinel photo by Ana Diaz"


def test_a_four_word_outlet_s_credit_after_a_dash_is_kept_whole(tmp_path: Path) -> None:
    caption, credit = _captioned(
        tmp_path,
        "Crews clear Route 9 near the Harbor Street bridge on Friday. — Grand Junction Daily Sentinel photo by Ana Diaz",
    )
    assert caption == "Crews clear Route 9 near the Harbor Street bridge on Friday.", caption
    assert credit == "Grand Junction Daily Sentinel photo by Ana Diaz"


# --- a Foam or Obsidian note's line of labelled wikilinks

FOAM = """# Ferry fares rise for the first time in a decade

Reporter: [[Li Wei]]

HARBOR POINT, Wash. — The county ferry's fares will rise by a fifth in January, the first increase since 2016, the [[county-ferry-board|County Ferry Board]] decided Tuesday.

A round trip for a car and driver will cost $18, up from $15, under the schedule the board approved on a 4-1 vote after two hours of public comment.

Riders who cross daily for work said the increase would cost them hundreds of dollars a year.

## Who voted

Yes: [[Dana Whitlock]], [[Sam Ortiz]], [[Lena Park]], [[Rob Hale]]

No: [[Marta Quinn]]

The new fares take effect Jan. 4.
"""


def test_a_labelled_byline_linking_the_writer_s_note_is_the_byline(tmp_path: Path) -> None:
    draft = _read(tmp_path, "fares.md", FOAM)
    assert draft.byline == ("Li Wei",), draft.byline


def test_a_vote_s_lines_of_linked_names_are_story(tmp_path: Path) -> None:
    draft = _read(tmp_path, "fares.md", FOAM)
    assert "Yes: Dana Whitlock, Sam Ortiz, Lena Park, Rob Hale" in draft.paragraphs, (
        draft.paragraphs
    )
    assert "No: Marta Quinn" in draft.paragraphs


def test_a_line_of_many_labels_and_a_wikilink_reads_fast(tmp_path: Path) -> None:
    warm_filing(tmp_path)
    labels = (
        "filed: edited: copyedited: checked: legal: photo: graphics: web: print: social: "
        "newsletter: podcast: video: audio: archive: syndication: translation: audit: index: "
        "tags: seo: alerts:"
    )
    line = f"Workflow for [[harbor-bridge]]: {labels} nothing signed off yet."
    text = (
        "# Council delays vote on the bridge\n\nBy Ana Ruiz\n\n"
        f"{line}\n\nThe council delayed its vote on the Harbor Street bridge on Tuesday.\n"
    )
    started = time.process_time()
    _read(tmp_path, "bridge.md", text)
    assert time.process_time() - started < 1.0
