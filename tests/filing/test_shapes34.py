# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-fourth filing round reads right: a visual story's pages (AMP web stories),
each a picture behind a few lines of text and a credit line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers import body_text, filed_draft


def _story_page(image: str, alt: str, *lines: str) -> str:
    text = "".join(
        f'<div class="_c1 mask"><p class="_p fill text-wrapper"><span><span class="_t">{line}</span></span></p></div>'
        for line in lines
    )
    return (
        '<amp-story-page id="p" auto-advance-after="7s"><amp-story-grid-layer template="vertical">'
        '<div class="page-fullbleed-area"><div class="page-safe-area"><div class="_m mask">'
        f'<div data-leaf-element="true" class="_l"><amp-img layout="fill" src="https://example.org/{image}" alt="{alt}"></amp-img></div>'
        '</div></div></div></amp-story-grid-layer><amp-story-grid-layer template="vertical">'
        f'<div class="page-fullbleed-area"><div class="page-safe-area">{text}</div></div>'
        "</amp-story-grid-layer></amp-story-page>\n"
    )


WEB_STORY = (
    '<!DOCTYPE html><html amp lang="en"><head><meta charset="utf-8"><title>Otters return to the canal basin | Valley Courier</title>'
    '<meta name="generator" content="Web Stories 1.30.0"></head><body>'
    '<amp-story standalone="" publisher="Valley Courier" title="Otters are back in the canal basin">'
    + _story_page(
        "otters.jpg",
        "Two otters on a stone ledge beside dark water",
        "Wildlife",
        "Otters are back in the canal basin",
        "Volunteers have logged a breeding pair for the first time in a decade",
        "By Morag Lindsay",
        "Photo: Morag Lindsay/Valley Courier",
    )
    + _story_page(
        "volunteer.jpg",
        "A woman with a camera trap on a towpath",
        "Camera traps along the towpath caught the pair on 14 nights in March.",
        "Photo: Supplied",
    )
    + _story_page(
        "lock.jpg",
        "A canal lock gate with moss on its beams",
        "The basin was drained for repairs in 2019 and refilled two years later.",
        "Anglers say the fish came back first.",
        "Photo: Courtesy of the Canal Trust",
    )
    + '<amp-story-page id="out"><amp-story-grid-layer template="vertical"><div class="page-safe-area">'
    '<div class="_c1 mask"><p class="_p fill text-wrapper"><span>Read the whole story on our site</span></p></div>'
    '<div class="_c1 mask"><p class="_p fill text-wrapper"><span>And where to watch for them this spring</span></p></div>'
    '</div></amp-story-grid-layer><amp-story-page-outlink layout="nodisplay"><a href="https://example.org/otters">Read more</a></amp-story-page-outlink></amp-story-page>'
    "</amp-story></body></html>"
)


def test_a_web_story_s_pages_are_pictures_credited_by_their_own_credit_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "otters.html", WEB_STORY)
    assert draft.headline == "Otters are back in the canal basin"
    assert draft.dek == "Volunteers have logged a breeding pair for the first time in a decade"
    assert draft.byline == ("Morag Lindsay",)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("", "Morag Lindsay/Valley Courier", "Two otters on a stone ledge beside dark water"),
        ("", "Supplied", "A woman with a camera trap on a towpath"),
        ("", "Courtesy of the Canal Trust", "A canal lock gate with moss on its beams"),
    ]
    assert "Camera traps along the towpath caught the pair on 14 nights in March." in draft.paragraphs
    assert "The basin was drained for repairs in 2019 and refilled two years later." in draft.paragraphs
    assert "Anglers say the fish came back first." in draft.paragraphs


def test_a_web_story_s_page_that_links_out_is_not_the_story(tmp_path: Path) -> None:
    text = body_text(filed_draft(tmp_path, "otters.html", WEB_STORY))
    assert "Read the whole story" not in text
    assert "where to watch" not in text


PLAIN_TEXT_SAVE = "\r\n".join(
    [
        "VALLEY COURIER – FREELANCE COPY",
        "Writer: Eilidh Grant, Dingwall (07700 900111)",
        "For: news desk – web and paper",
        "Slug: MILL WEIR",
        "Words: 420",
        "Pictures: 2, sent by WeTransfer – captions at the end",
        "Note to desk: the costs in para 3 come from the trust's annual report, which is public.",
        "Old mill weir to be taken down so salmon can reach the upper river",
        "The river trust says the 19th-century weir blocks fish from eight miles of spawning gravel",
        "By Eilidh Grant",
        "A weir built to power a grain mill in the 1850s is to be removed this summer, the river trust has confirmed.",
        "The trust says the structure stops salmon and sea trout from reaching about eight miles of gravel beds upstream.",
        "The work will cost about £240,000 and is being paid for from a national river restoration fund and the trust's own reserves.",
        "Trust manager Colin Ross said the plan had been agreed with the mill's owners after two years of talks.",
        "“We have watched fish stack up below that weir every autumn for as long as anyone can remember,” he said.",
        "The contractors will:",
        "•\tlower the weir crest in two stages over the summer",
        "•\tremove the stone apron below the sluice gate",
        "•\tplant willow along both banks where the channel widens",
        "The mill's owners said they were happy to see the river run free again and would keep the old wheel as a feature.",
        "Additional reporting by Ruairidh Munro.",
        "ENDS",
        "CAPTIONS",
        "WEIR1.jpg – Colin Ross on the weir below the old mill. Pic: Eilidh Grant",
        "Alt text for web: A man in waders standing on a low stone weir across a fast river",
        "WEIR2.jpg – Salmon leaping at the foot of the weir last October. Pic courtesy of the river trust",
        "",
    ]
)


def test_word_s_plain_text_save_is_read_a_paragraph_a_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "weir.txt", PLAIN_TEXT_SAVE, "cp1252")
    assert draft.headline == "Old mill weir to be taken down so salmon can reach the upper river"
    assert draft.dek == "The river trust says the 19th-century weir blocks fish from eight miles of spawning gravel"
    assert draft.byline == ("Eilidh Grant",)
    assert draft.paragraphs[0] == "A weir built to power a grain mill in the 1850s is to be removed this summer, the river trust has confirmed."
    assert "- lower the weir crest in two stages over the summer" in draft.paragraphs
    assert "- plant willow along both banks where the channel widens" in draft.paragraphs
    text = body_text(draft)
    assert "FREELANCE COPY" not in text and "Writer:" not in text and "Note to desk" not in text
    assert "WeTransfer" not in text


def test_word_s_plain_text_save_captions_its_pictures_under_the_end_mark(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "weir.txt", PLAIN_TEXT_SAVE, "cp1252")
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Colin Ross on the weir below the old mill.", "Eilidh Grant", "A man in waders standing on a low stone weir across a fast river"),
        ("Salmon leaping at the foot of the weir last October.", "Pic courtesy of the river trust", ""),
    ]


CONVERTED_WORD = r"""<a id="_GoBack"></a>__NOTE TO DESK: the photos are small copies\. The footnotes are my sources, not for the story\. EG__

# <a id="_Hlk170000001"></a>Village shop reopens as a community co\-op

*Forty households bought shares to keep the only shop for twelve miles open*

__By Eilidh Grant__

The shop at Inverbrora reopened on Saturday under the ownership of the people who use it\.<sup><a id="footnote-ref-1"></a>[[1]](#footnote-1)</sup>

## <a id="_Toc170000002"></a>Shares at £50 each

The co\-op sold 412 shares in six weeks, its treasurer said\.<sup><a id="footnote-ref-2"></a>[[2]](#footnote-2)</sup>

1. <a id="footnote-1"></a> Treasurer's figures by phone, 2 May\. [↑](#footnote-ref-1)

2. <a id="footnote-2"></a> Share register seen at the hall\. [↑](#footnote-ref-2)
"""


def test_a_word_file_converted_to_markdown_loses_its_bookmarks_and_footnotes(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "shop.md", CONVERTED_WORD)
    assert draft.headline == "Village shop reopens as a community co-op"
    assert draft.paragraphs[0] == "The shop at Inverbrora reopened on Saturday under the ownership of the people who use it."
    assert "## Shares at £50 each" in draft.paragraphs
    assert "The co-op sold 412 shares in six weeks, its treasurer said." in draft.paragraphs
    text = body_text(draft)
    assert "<a" not in text and "footnote" not in text and "↑" not in text
    assert "Treasurer's figures" not in text and "Share register" not in text


NOTE_EXPORT = """# Ferry timetable piece – v3 for desk

---

Created at: 2026-04-02T09:10:00+01:00
Updated at: 2026-04-03T18:22:41+01:00
Notebook: Stories 2026
Tags: #ferry #filed

---

*Sent 3/4 to news desk. Invoice to follow.*

**Summer timetable adds a late ferry on Fridays**

*The operator says the extra sailing will run from June to September after a petition from island businesses*

By Eilidh Grant

The ferry between the mainland and the island will run a late sailing on Fridays this summer, the operator has confirmed.

![IMG_0412.jpeg](_resources/Ferry_timetable_piece.resources/IMG_0412.jpeg)

*The ferry at the island slipway on Tuesday. Photo: Eilidh Grant*

Hotel owner Fiona Bain said the change would let weekend guests arrive after work.<br>

The timetable will be reviewed in October.

- [x] check sailing times with the operator

---

Clipped from the operator's website – Summer timetable (1 April 2026)

> Sailings are subject to weather and tidal conditions.
> Please check before you travel.
"""


def test_a_note_app_s_export_is_read_under_its_note_title_and_metadata(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.md", NOTE_EXPORT)
    assert draft.headline == "Summer timetable adds a late ferry on Fridays"
    assert draft.dek == "The operator says the extra sailing will run from June to September after a petition from island businesses"
    assert draft.byline == ("Eilidh Grant",)
    assert "Hotel owner Fiona Bain said the change would let weekend guests arrive after work." in draft.paragraphs
    assert draft.paragraphs[-1] == "The timetable will be reviewed in October."
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The ferry at the island slipway on Tuesday.", "Eilidh Grant", "IMG_0412.jpeg")
    ]
    text = body_text(draft)
    for left_out in ("v3 for desk", "Created at", "Notebook", "<br>", "Clipped from", "subject to weather"):
        assert left_out not in text


CLUB_REPORT = """From: Calum Bain <calum.bain@glenfoot-rfc.example>
Sent: 12 April 2026 19:02
To: Sport Desk <sport@example.org>
Subject: REPORT - Glenfoot v Kinbrae

Hi both,

Report below with two pics at the bottom. Cheers,
Calum

------------------------------------------------------------

CALEDONIA CUP QUARTER-FINAL
Glenfoot 21 Kinbrae 17 (HT 7-10)

Glenfoot edge past Kinbrae to reach the semis

By Calum Bain, Glenfoot RFC press officer

Glenfoot came from behind to beat Kinbrae at the Haugh on Saturday and reach the semi-finals of the Caledonia Cup for the first time in a decade.

Kinbrae led at the break after a converted try and a penalty, but two tries in ten minutes after the restart turned the game.

"We kept our heads," said captain Ross Imrie. "That was the difference."

Glenfoot will play Strathmore in the semi-final on 2 May.

The club would like to thank our match sponsor, Haugh Garage, and everyone who helped with the teas.

#GlenfootTogether

PICS
IMG_5120 - Ross Imrie goes over for the first try. Pic: Anna Lyle
IMG_5133 - The Glenfoot bench celebrates at the final whistle. Pic courtesy of Kinbrae RFC

--
Calum Bain
Press Officer | Glenfoot RFC
07700 900444
"""


def test_a_club_s_mailed_match_report_is_read_under_its_result_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "rugby.txt", CLUB_REPORT)
    assert draft.headline == "Glenfoot edge past Kinbrae to reach the semis"
    assert draft.dek == ""
    assert draft.byline == ("Calum Bain",)
    assert draft.paragraphs[-1] == "Glenfoot will play Strathmore in the semi-final on 2 May."
    text = body_text(draft)
    for left_out in ("would like to thank", "#GlenfootTogether", "Press Officer |", "07700"):
        assert left_out not in text


def test_a_club_s_picture_lines_lose_the_camera_s_file_names(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "rugby.txt", CLUB_REPORT)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Ross Imrie goes over for the first try.", "Anna Lyle", ""),
        ("The Glenfoot bench celebrates at the final whistle.", "Pic courtesy of Kinbrae RFC", ""),
    ]


def _legal_read(path: Path) -> None:
    """A court story back from the lawyer's read: cuts blacked out (black highlighting, black
    shading), each with the lawyer's red note under it."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    def blacked(paragraph: Any, text: str, shaded: bool = False) -> None:
        run = paragraph.add_run(text)
        run.font.color.rgb = RGBColor(0, 0, 0)
        if shaded:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), "000000")
            run._r.get_or_add_rPr().append(shading)
        else:
            run.font.highlight_color = WD_COLOR_INDEX.BLACK

    def note(text: str) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xC0, 0, 0)

    document = docx.Document()
    document.add_paragraph("Landlord loses appeal over harbour moorings", style="Heading 1")
    document.add_paragraph("By Eilidh Grant, Court Reporter")
    first = document.add_paragraph("The harbour company had argued that the moorings were let on yearly terms.")
    blacked(first, " Two skippers say its manager told them the fees would double whatever the court said.")
    note("[LEGAL: last sentence CUT – unattributed claim.]")
    second = document.add_paragraph("Counsel for the company told the court in March")
    blacked(second, ", in what one skipper called “a shakedown”,")
    second.add_run(" that the fees had not risen in nine years.")
    note("[LEGAL: skipper's comment CUT – said outside court.]")
    blacked(document.add_paragraph(), "One former employee claimed the company had let the pontoons rot on purpose.")
    note("[LEGAL: CUT whole para.]")
    third = document.add_paragraph("The moorings group plans to buy new chains")
    blacked(third, " – bought cheap, some say, to cut corners –", shaded=True)
    third.add_run(", and to repair the slipway this summer.")
    document.save(str(path))


def test_words_a_lawyer_blacks_out_are_cut_from_the_story(tmp_path: Path) -> None:
    from newsroom.filing.reader import read_draft

    path = tmp_path / "moorings.docx"
    _legal_read(path)
    draft = read_draft(path)[1]
    assert draft.paragraphs == (
        "The harbour company had argued that the moorings were let on yearly terms.",
        "Counsel for the company told the court in March that the fees had not risen in nine years.",
        "The moorings group plans to buy new chains, and to repair the slipway this summer.",
    )


AMP_LAST_PAGE = """<!doctype html><html amp lang="en"><head><title>Cool rooms open as heat builds</title></head>
<body><amp-story standalone title="Cool rooms open as heat builds" publisher="Valley Herald">
<amp-story-page id="cover"><amp-story-grid-layer template="vertical">
<h1>Cool rooms open as heat builds</h1><p>By Ana Ruiz</p></amp-story-grid-layer></amp-story-page>
<amp-story-page id="p2"><amp-story-grid-layer template="vertical">
<p>The city opened six cool rooms in libraries on Monday as temperatures passed 40C.</p>
</amp-story-grid-layer></amp-story-page>
<amp-story-page id="p3"><amp-story-grid-layer template="vertical">
<p>Forecasters expect the heat to last until Sunday, and residents can call the city helpline for the nearest room.</p>
</amp-story-grid-layer>
<amp-story-page-outlink layout="nodisplay"><a href="https://valleyherald.example/heat">Read the full story</a></amp-story-page-outlink>
</amp-story-page>
</amp-story></body></html>
"""


def test_a_web_story_s_last_page_that_links_out_keeps_its_own_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "heat.html", AMP_LAST_PAGE)
    assert draft.paragraphs[-1].startswith("Forecasters expect the heat to last until Sunday")
