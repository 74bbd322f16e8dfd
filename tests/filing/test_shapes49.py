# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-ninth filing round reads right: a ministry's story on its own site, the
writer's byline naming his post as information attaché and the ministry, its lede opening on
the place in its own case with the weekday and the full date before the dash, and a line of
additional reporting naming a ministry whose name has an 'and' in it; a university's news page
whose meta list gives 'Story by' and 'Photos by' one under the other, and links the study's
paper by its DOI under the story; a social network's blog post whose byline list sets 'View
Blog' beside the posting account, signed at its foot by the association's officer with her
post and its branch joined by an ampersand, and a photographers' line naming his chapter in
brackets; a correspondent's file typed at a business centre in Word, its memo block, its
headline in capitals broken over two lines by a manual line break and centred with spaces,
its dek over the 'By' line, its dateline's day an ordinal and a comma before the year, each
picture under a 'PICTURE n' label, '-ENDS-', his note to the editor and the typist's line; a regional football association's match centre
copied with every tab, its report's dateline a town of two letters, then the award line, the
minute-by-minute commentary, the next fixture and the web firm's credit."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seed Fairs 2026 | Ministry of Agriculture</title>
<base href="https://agriculture.gov.example/"></head><body>
<nav><ul class="menu"><li class="first"><a href="/">Home</a></li><li><a href="news">News</a></li><li class="last"><a href="contact">Contact</a></li></ul></nav>
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="news">News</a></li><li class="active">Seed Fairs 2026</li></ul>
<div class="article">
<h1>Ministry Opens Seed Fairs in Four Districts Ahead of Planting Season</h1>
<p class="introtext">Farmers can exchange vouchers for certified rice and groundnut seed until the end of April</p>
<div class="content">
<p><strong>By Osman K. Turay, Information Attach&eacute;, MAFS</strong></p>
<p>Makeni, Tuesday 10th March 2026 &ndash; The Ministry of Agriculture has opened seed fairs in four districts where farmers can trade their vouchers for certified seed before the planting season starts in May.</p>
<p>The fairs will run every Saturday at chiefdom headquarters towns, and each registered farmer may collect up to two bushels of rice seed and one bag of groundnut seed.</p>
<p>Officials said last year's fairs reached about 9,000 farmers, and that the vouchers had been printed for twice as many this year.</p>
<p><em>Additional reporting by Hawa Sesay, Ministry of Information and Civic Education.</em></p>
</div></div>
<footer><p>&copy; 2026 Ministry of Agriculture</p></footer>
</body></html>
"""


def test_a_ministry_page_s_byline_post_dated_dateline_and_reporting_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "seed.html", MINISTRY_PAGE)
    assert list(draft.byline) == ["Osman K. Turay"]
    assert draft.dateline == "Makeni, Tuesday 10th March 2026"
    assert draft.paragraphs[0].startswith("Makeni, Tuesday 10th March 2026 – The Ministry")
    assert [c.name for c in draft.contributors] == ["Hawa Sesay"]


UNIVERSITY_NEWS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="TERMINALFOUR">
<title>Bees return to campus gardens | Coastal Plains University</title></head><body>
<!-- navigation object : Main menu -->
<nav><a href="/">Home</a> <a href="/study">Study</a> <a href="/research">Research</a></nav>
<main>
<span id="d.en.51002"></span>
<article class="news-article">
<p class="news-kicker">Research</p>
<h1>Wild bees come back to campus gardens after mowing is cut by half</h1>
<p class="news-standfirst">Students counted eleven kinds of bee on the lawns left to flower last summer</p>
<ul class="news-meta">
<li class="news-author">Story by Mariam Okafor</li>
<li class="news-photographer">Photos by Tobias Lindqvist</li>
<li class="news-date">4 March 2026</li>
</ul>
<span id="d.en.51003"></span>
<p>Wild bees have returned in numbers to the gardens of Coastal Plains University since the grounds team began mowing its lawns half as often, a student survey has found.</p>
<p>Volunteers walked the same routes every fortnight from May to September and counted eleven kinds of bee, against four in the summer before the change.</p>
<p>The grounds team said it would leave two more lawns to flower this year.</p>
<p class="paper-link"><a href="https://doi.example/10.5555/pollin.2026.0031">Read the paper (DOI: 10.5555/pollin.2026.0031)</a></p>
</article>
</main>
<footer><p>&copy; Coastal Plains University</p></footer>
</body></html>
"""


def test_a_university_page_s_story_by_and_photos_by_lines_and_its_paper_link(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "bees.html", UNIVERSITY_NEWS)
    assert list(draft.byline) == ["Mariam Okafor"]
    assert [(c.name, c.role) for c in draft.contributors] == [("Tobias Lindqvist", "photography")]
    assert draft.images == ()
    assert "DOI" not in "\n".join(draft.paragraphs)


NETWORK_POST = """<!DOCTYPE html>
<html><head><title>Well repaired at Kpetema - Tonkolili Friends Network</title></head><body>
<div id="xg_navigation"><ul><li><a href="/">Main</a></li><li><a href="/profiles/blog/list">Blog</a></li><li><a href="/events">Events</a></li></ul></div>
<div class="xg_module xg_blog xg_blog_detail">
<div class="xg_headline"><div class="tb">
<h1>Friends network pays to repair the hand pump at Kpetema primary school</h1>
<ul class="navigation byline">
<li><a class="nolink">Posted by </a><a href="/profile/TFNAdmin">TFN Admin</a><a class="nolink"> on February 2, 2026 at 9:15pm</a></li>
<li><a class="xg_sprite xg_sprite-view" href="/profiles/blog/list?user=9a1">View Blog</a></li>
</ul></div></div>
<div class="xg_module_body"><div class="postbody"><div class="xg_user_generated">
<p>The Tonkolili Friends Network has paid for new pipes and a new handle for the broken hand pump at Kpetema primary school, which had been out of use since October.</p>
<p>Pupils had been walking almost a mile to a stream to fetch water during school hours, the head teacher, Mr. Alimamy Sesay, told members at the handover.</p>
<p>Members in Leeds and Manchester raised the money at a quiz night in December.</p>
<p>Report: Christiana Bangura, Welfare Secretary, TFN Leeds &amp; Manchester<br />Photos: Komba Sahr (TFN Magburaka branch)</p>
</div></div></div></div>
<div id="xg_foot"><p>&copy; 2026 Tonkolili Friends Network</p></div>
</body></html>
"""


def test_a_network_post_s_view_blog_link_and_its_officer_s_sign_off(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "pump.html", NETWORK_POST)
    assert list(draft.byline) == ["Christiana Bangura"]
    assert [(c.name, c.role) for c in draft.contributors] == [("Komba Sahr", "photography")]
    assert not any("Welfare Secretary" in p for p in draft.paragraphs)


def _typed_word_file(tmp_path: Path) -> bytes:
    """A correspondent's story as a business centre types it: a memo block, a headline in
    bold underlined capitals on two lines, a bold italic dek, the byline, paragraphs opening
    on a tab with empty paragraphs between them, a labelled picture with its caption, the end
    mark and the notes under it."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    for label, value in (("TO:", "THE EDITOR, THE DAILY LANTERN"), ("FROM:", "FODAY M. KANU, BONTHE CORRESPONDENT"), ("SUBJECT:", "NEWS STORY")):
        memo = document.add_paragraph()
        memo.add_run(label).bold = True
        memo.add_run(f"\t{value}")
    document.add_paragraph()
    heading = document.add_paragraph()
    heading.add_run("            \t")
    top = heading.add_run("BONTHE FERRY RETURNS TO SERVICE")
    top.bold = top.underline = True
    top.add_break(WD_BREAK.LINE)
    heading.add_run("                  \t")
    rest = heading.add_run("AFTER ENGINE REPAIRS")
    rest.bold = rest.underline = True
    document.add_paragraph()
    dek = document.add_paragraph()
    dek.add_run("          ")
    words = dek.add_run("Islanders had waited six weeks for spare parts from the capital")
    words.bold = words.italic = True
    document.add_paragraph()
    document.add_paragraph().add_run("By Foday M. Kanu, Bonthe").bold = True
    document.add_paragraph()
    first = document.add_paragraph("\t")
    first.add_run("BONTHE TOWN, 4th March, 2026 –").bold = True
    first.add_run(" The ferry between Bonthe Island and Mattru Jong returned to service on Monday after six weeks out of the water for repairs to both of its engines.")
    document.add_paragraph()
    document.add_paragraph("\tTraders said the break had doubled the price of fish on the mainland, as only small canoes could carry it across the river, and that some of them had lost their customers in Bo to traders from Sherbro.")
    document.add_paragraph()
    document.add_paragraph().add_run("PICTURE 1").bold = True
    document.add_paragraph().add_run().add_picture(png(60, 40, 7), width=Inches(3))
    document.add_paragraph().add_run("The ferry leaves Bonthe wharf on Monday morning. (Photo: Foday M. Kanu)").italic = True
    document.add_paragraph()
    document.add_paragraph("\tThe ferry's captain, Mr. Sahr Lebbie, said it would run twice a day, and three times on market days, and that the council had promised to keep a second set of spare parts on the island.")
    document.add_paragraph()
    document.add_paragraph().add_run("-ENDS-").bold = True
    document.add_paragraph().add_run("N.B. Editor, please send my transport money through the usual money transfer shop in Bo, thank you.").italic = True
    document.add_paragraph("Typist: A.B.")
    path = tmp_path / "ferry.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_correspondent_s_file_typed_at_a_business_centre(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.docx", _typed_word_file(tmp_path))
    assert draft.headline == "BONTHE FERRY RETURNS TO SERVICE AFTER ENGINE REPAIRS"
    assert draft.dek == "Islanders had waited six weeks for spare parts from the capital"
    assert list(draft.byline) == ["Foday M. Kanu"]
    assert draft.dateline == "BONTHE TOWN, 4th March, 2026"
    assert draft.paragraphs[0].startswith("BONTHE TOWN, 4th March, 2026 – The ferry")
    assert draft.paragraphs[-1].startswith("The ferry's captain, Mr. Sahr Lebbie")
    assert [i.credit for i in draft.images] == ["Foday M. Kanu"]
    text = body_text(draft)
    assert "PICTURE" not in text and "Typist" not in text and "N.B." not in text


MATCH_CENTRE = """Home
Fixtures & Results
Match Centre

VRFA SHIELD · QUARTER-FINAL
FT
Volta Stars
3
Keta Lagoon FC
0

Report
Commentary
Line-ups

Volta Stars cruise past Keta Lagoon into shield semi-finals

Two goals in four minutes settled the tie before half-time

By Selasi Agbeko, VRFA Media Officer

HO — Volta Stars scored twice in four minutes before half-time and added a third late on to beat Keta Lagoon FC 3-0 at Ho Sports Stadium on Sunday.

Edem Kpodo opened the scoring in the 38th minute with a header from a corner, and Yaw Dzidzor doubled the lead from close range four minutes later.

Substitute Kafui Amedzro added the third with a shot from the edge of the box in the 81st minute, his first goal for the club.

Volta Stars will play the winner of the tie between Aflao United and Kpando Hearts in the semi-final in Ho next month.

Man of the Match: Edem Kpodo (Volta Stars) - sponsored by Adaklu Water

Commentary

90+2' FULL TIME! Volta Stars 3-0 Keta Lagoon FC.
81' GOAL! Volta Stars 3-0. Amedzro from the edge of the box.
42' GOAL! Volta Stars 2-0. Dzidzor bundles it in.
38' GOAL! Volta Stars 1-0. Kpodo heads in the corner.
1' We are under way in Ho.

Next match
VRFA Shield Semi-final · Sunday 12 April 2026 · Ho Sports Stadium
Volta Stars vs Winner QF3

Website by Tsito Web Works
"""


def test_a_match_centre_s_report_apart_from_its_commentary_tab(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "shield.txt", MATCH_CENTRE)
    assert draft.headline == "Volta Stars cruise past Keta Lagoon into shield semi-finals"
    assert draft.dateline == "HO"
    assert draft.paragraphs[0].startswith("HO — Volta Stars scored twice")
    assert "Volta Stars will play the winner" in body_text(draft)
    text = body_text(draft)
    for left in ("GOAL!", "Man of the Match", "Adaklu Water", "Winner QF3", "Tsito Web Works"):
        assert left not in text
