# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-first filing round reads right: a company's announcement saved as Word's
HTML, its bullets' markers drawn for browsers that cannot draw a list's; a regulatory
announcement shown on a company's investor pages, under the page's name and a toolbar, its
headline over a table of its fields and set again under the release's own header, and its
contacts under 'Enquiries' and a line naming the company's site; a page whose picture's alt
attribute is the file's name, kept as printed; a SITE123 blog post's featured image, its alt
the post's title as the builder fills it; a chat exported as Markdown, its pictures sent as
images whose alt is the attachment's file name, a reaction under a paragraph and a voice
note."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WORD_HTML_ANNOUNCEMENT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Trading Update | Northmoor Quarries plc</title></head><body>
<nav><a href="/">Home</a> <a href="/investors">Investors</a></nav>
<div class="announcement">
<h1>Northmoor Quarries Reports Record Winter Output</h1>
<p class="MsoNormal"><span lang="EN-GB">Northmoor Quarries plc, the aggregates producer, today reports its output for the three winter months to the end of February.</span></p>
<p class="MsoNormal"><b><u><span lang="EN-GB">Highlights</span></u></b></p>
<p class="MsoListParagraphCxSpFirst" style="margin-left:36.0pt;text-indent:-18.0pt"><![if !supportLists]><span lang="EN-GB" style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang="EN-GB">Crushed stone sales rose by a fifth to 410,000 tonnes</span></p>
<p class="MsoListParagraphCxSpLast" style="margin-left:36.0pt;text-indent:-18.0pt"><![if !supportLists]><span lang="EN-GB" style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang="EN-GB">The new washing plant at Harrowfield ran for its first full season</span></p>
<p class="MsoNormal"><span lang="EN-GB">The board expects the full year to end in line with its guidance.</span></p>
</div>
</body></html>
"""


def test_word_html_bullets_read_without_the_markers_drawn_for_them(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "update.html", WORD_HTML_ANNOUNCEMENT)
    assert "Crushed stone sales rose by a fifth to 410,000 tonnes" in draft.paragraphs
    assert "The new washing plant at Harrowfield ran for its first full season" in draft.paragraphs
    assert "·" not in body_text(draft)


INVESTOR_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Market Announcements | Shareholders | Larchfield Copper plc</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/shareholders">Shareholders</a></li></ul></nav>
<main>
<h1 class="page-title">Market Announcements</h1>
<div class="toolbar"><a href="/shareholders/announcements/" class="back">Back to all announcements</a> <a href="/a/7730K.pdf" class="pdf">Download PDF</a></div>
<article class="announcement">
<h2 class="announcement-headline">Second Furnace Commissioned at Oakridge Smelter</h2>
<table class="announcement-fields">
<tr><th>Company</th><td>Larchfield Copper PLC</td></tr>
<tr><th>TIDM</th><td>LFC</td></tr>
<tr><th>Headline</th><td>Second Furnace Commissioned at Oakridge Smelter</td></tr>
<tr><th>Released</th><td>07:00 09-Feb-2026</td></tr>
<tr><th>Number</th><td>7730K</td></tr>
</table>
<div class="announcement-body">
<p class="MsoNormal">RNS Number : 7730K<br>Larchfield Copper PLC<br>9 February 2026</p>
<p class="MsoNormal"><i>This announcement contains inside information for the purposes of the Market Abuse Regulation.</i></p>
<p class="MsoNormal" align="center" style="text-align:center"><b>Larchfield Copper plc</b></p>
<p class="MsoNormal" align="center" style="text-align:center"><b>Second Furnace Commissioned at Oakridge Smelter</b></p>
<p class="MsoNormal" align="center" style="text-align:center"><i>Smelting capacity doubles to 90,000 tonnes a year ahead of schedule</i></p>
<p class="MsoNormal">Larchfield Copper plc, the copper producer, is pleased to announce that the second furnace at its Oakridge smelter was lit on 4 February and reached full temperature within three days.</p>
<p class="MsoNormal">The furnace was built for 11 million pounds, below the budget set last spring, and adds 45,000 tonnes of yearly capacity.</p>
<p class="MsoNormal">The company expects the first cathode from the new line in March.</p>
</div>
</article>
</main>
<footer><p>Registered office: 1 Quay Street</p></footer>
</body></html>
"""


def test_an_investor_page_s_announcement_under_its_page_name_fields_and_header(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "furnace.html", INVESTOR_PAGE)
    assert draft.headline == "Second Furnace Commissioned at Oakridge Smelter"
    assert draft.dek == "Smelting capacity doubles to 90,000 tonnes a year ahead of schedule"
    assert list(draft.byline) == []
    assert draft.paragraphs[0].startswith("Larchfield Copper plc, the copper producer")
    text = body_text(draft)
    for furniture in ("RNS Number", "TIDM", "7730K", "inside information", "Market Announcements"):
        assert furniture not in text


RELEASE_WITH_ENQUIRIES = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbour Lights Reopen | Saltmarsh Ferries</title></head><body>
<article>
<h1>Saltmarsh Ferries Reopens Harbour Lights Terminal After Refit</h1>
<p>Saltmarsh Ferries plc has reopened its Harbour Lights terminal after a winter refit that added two boarding bridges and a covered waiting hall for 400 passengers.</p>
<p>The terminal handled its first sailings on Monday morning, and the company said the new bridges had cut the time needed to board a full ship by about a quarter.</p>
<p>The refit cost 6 million pounds and was paid for from the company's own cash, without new borrowing, the finance director told shareholders in a note on Tuesday.</p>
<p><b>Enquiries</b></p>
<p>For further information please visit www.saltmarsh-ferries.example or contact:</p>
<table>
<tr><td><b>Saltmarsh Ferries plc</b></td><td>Tel: +44 (0)1632 960 100</td></tr>
<tr><td>Odile Brennan, Chief Executive</td><td>&nbsp;</td></tr>
<tr><td><b>Quayside Partners (Financial PR)</b></td><td>Tel: +44 (0)1632 960 200</td></tr>
</table>
</article>
</body></html>
"""


def test_a_release_s_contacts_under_enquiries_and_a_line_naming_its_site(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "terminal.html", RELEASE_WITH_ENQUIRIES)
    assert len(draft.paragraphs) == 3
    assert draft.paragraphs[-1].startswith("The refit cost 6 million pounds")
    text = body_text(draft)
    for contact in ("Enquiries", "For further information", "Tel:", "Odile Brennan", "Quayside"):
        assert contact not in text


FILE_NAMED_ALT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Library Van Returns | Fenmoor Parish Council</title></head><body>
<article>
<h1>Mobile Library Van Returns to Fenmoor Villages Every Thursday</h1>
<p>The county's mobile library van is back on the road in the Fenmoor villages after a year off, and will stop at six places every Thursday from next week.</p>
<p style="text-align:center"><img src="https://cdn.example/uploads/DSC_0917.JPG" alt="DSC_0917.JPG" width="800" height="600"></p>
<p>Readers can borrow up to ten books at a time and order others from the county's branches, the parish clerk said.</p>
</article>
</body></html>
"""


def test_a_page_s_alt_that_is_the_file_s_name_is_kept_as_printed(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "van.html", FILE_NAMED_ALT)
    assert [image.alt for image in draft.images] == ["DSC_0917.JPG"]


SITE123_POST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Market Hall Roof Repaired Before the Rains - Dunmere Town Council</title></head><body>
<section class="s123-module s123-page-data" data-module-type-num="115">
<div class="container">
<h1 class="s123-page-data-title blog-post-title">Market Hall Roof Repaired Before the Rains</h1>
<div class="s123-page-data-image blog-post-image">
<img class="lazyload" src="https://images.cdn-files.example/files/2026/02/hall.jpg" alt="Market Hall Roof Repaired Before the Rains" width="1200" height="675">
</div>
<div class="s123-page-data-content blog-post-content s123-text-editor">
<p>Traders at the Dunmere market hall will stay dry this season after the council replaced forty sheets of its rusted roof in a fortnight of work.</p>
<p>The repair cost less than the council had set aside, and the rest will pay for new gutters along the hall's east side.</p>
</div>
</div>
</section>
</body></html>
"""


def test_a_site123_post_s_featured_image_titled_by_default_has_no_alt(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roof.html", SITE123_POST)
    assert draft.headline == "Market Hall Roof Repaired Before the Rains"
    assert [image.alt for image in draft.images] == [""]


CHAT_AS_MARKDOWN = """[2026-02-20 18:02:11] Ines Valcourt (Drummond): Hi desk, ferry story coming in two parts, pictures after

[2026-02-20 18:02:40] Me: Fine, go ahead

[2026-02-20 18:05:03] Ines Valcourt (Drummond): *NIGHT FERRY TO DRUMMOND ISLAND CANCELLED FOR WINTER*

By Ines Valcourt

DRUMMOND ISLAND – The last ferry of the evening will not run again until April, the island's transport board said on Friday, after its only night crew left for jobs on the mainland.

Islanders who work late shifts in the harbour town will have to stay over or take a water taxi, which costs four times the ferry fare.
(- Me: 👀 -)

[2026-02-20 18:09:47] Ines Valcourt (Drummond): Part 2 of 2

The board's chair, Rosalind Achterberg, said two new deckhands would finish their training in March and the night sailing would come back once they had.

"Nobody wanted this, least of all the crews," she said.

ENDS

[2026-02-20 18:12:30] Ines Valcourt (Drummond): ![chat-2026-02-20-181230.jpg](./media/chat-2026-02-20-181230.jpg)
Pic 1: The ferry moored at Drummond pier after its last evening run. Photo: Ines Valcourt

[2026-02-20 18:14:02] Ines Valcourt (Drummond): ![chat-2026-02-20-181402.m4a](./media/chat-2026-02-20-181402.m4a)
Voice note from the board chair if radio wants it

[2026-02-20 18:20:15] Me: Thanks Ines, filing now
"""


def test_a_chat_exported_as_markdown_its_picture_messages_reactions_and_voice_note(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "ferry.md", CHAT_AS_MARKDOWN)
    assert draft.headline == "NIGHT FERRY TO DRUMMOND ISLAND CANCELLED FOR WINTER"
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "The ferry moored at Drummond pier after its last evening run.",
            "Ines Valcourt",
            "chat-2026-02-20-181230.jpg",
        )
    ]
    text = body_text(draft)
    assert "(- Me:" not in text
    assert "Voice note" not in text
    assert "four times the ferry fare." in text
