# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-second filing round reads right: a correspondent's note typed with its
dek under a 'Strap:' label; a Word file's picture credits under the 'PIX:' and 'Pix by'
labels West African desks use; a Yoruba correspondent's 'From' byline and 'Additional report
by' line, their names and places written with accented capitals and tone marks; messages
Telegram Desktop copies as text, each under its sender and bracketed time, a statement
forwarded from a channel among them, photos as '[ Photo ]' with their captions under them,
and a paragraph fixed in reply to the desk by its number ('Correct para 2 to read:'); a
developer hub's Markdown export, its pictures in JSON image blocks and an image component,
its glossary terms in double angle brackets, and its callouts, tables and embeds no part of
the story; a ministry's release on a WordPress theme that sets the post's date inside its
heading, the section's name in a title band over it and the sidebar's class on the columns
around the post, an ellipsis strap under the headline, the posting account's login as its
author and a 'Signed:' block under the text; a channel's story posted in numbered parts, a
photo posted between them."""

from __future__ import annotations

import io
from pathlib import Path

from tests.filing.test_file import png
from tests.helpers import filed_draft

STRAP_NOTE = """Ferry fares to double on Lekki route from April

Strap: Operators blame diesel price as commuters count cost

By Chidinma Eze

LAGOS - Ferry operators on the Lekki-Ikoyi route will double their fares from April 1, the boat owners' association said on Thursday.

The association's chairman, Mr Tunde Akerele, said the price of diesel had risen three times since January.

Commuters at the Ikoyi jetty said they would return to the road if the fares rose.
"""


def test_a_strap_label_names_the_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", STRAP_NOTE)
    assert draft.headline == "Ferry fares to double on Lekki route from April"
    assert draft.dek == "Operators blame diesel price as commuters count cost"
    assert not any("Strap" in p for p in draft.paragraphs)


def _bureau_word_file(tmp_path: Path) -> bytes:
    """A bureau's Word file: a 'From' byline in Yoruba letters, two pictures captioned in
    the Caption style with 'PIX:' and 'Pix by' credits, and an additional report line."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Ẹdẹ weavers win contract for new state uniforms", style="Title")
    doc.add_paragraph("From Ọlájùmọ̀kẹ́ Àyìndé, Ẹdẹ")
    doc.add_paragraph(
        "Weavers in Ẹdẹ will make the cloth for the uniforms of 4,000 state workers, the Ministry of Commerce said on Friday."
    )
    doc.add_paragraph().add_run().add_picture(io.BytesIO(png()))
    doc.add_paragraph(
        "A weaver at work on a loom in Ẹdẹ on Friday. PIX: Ọlájùmọ̀kẹ́ Àyìndé", style="Caption"
    )
    doc.add_paragraph("The contract is worth N64m and runs for two years.")
    doc.add_paragraph().add_run().add_picture(io.BytesIO(png()))
    doc.add_paragraph(
        "Rolls of aso oke stacked at the weavers' hall. Pix by Bísí Ọ̀ṣọ́/Eko Standard",
        style="Caption",
    )
    doc.add_paragraph("The weavers' leader, Mrs Fúnkẹ́ Ọdẹ́yẹmí, said the guild would hire 60 apprentices.")
    doc.add_paragraph("Additional report by Bísí Ọ̀ṣọ́, Ìwó.").runs[0].italic = True
    path = tmp_path / "base.docx"
    doc.save(str(path))
    return path.read_bytes()


def test_pix_and_pix_by_are_credit_labels(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "weavers.docx", _bureau_word_file(tmp_path))
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("A weaver at work on a loom in Ẹdẹ on Friday.", "Ọlájùmọ̀kẹ́ Àyìndé"),
        ("Rolls of aso oke stacked at the weavers' hall.", "Bísí Ọ̀ṣọ́/Eko Standard"),
    ]


def test_a_from_byline_and_a_report_line_in_yoruba_letters_name_their_people(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "weavers.docx", _bureau_word_file(tmp_path))
    assert draft.byline == ("Ọlájùmọ̀kẹ́ Àyìndé",)
    assert draft.dateline == ""
    assert [c.name for c in draft.contributors] == ["Bísí Ọ̀ṣọ́"]
    assert not any("From " in p or "Additional report" in p for p in draft.paragraphs)


TELEGRAM_COPY = """Ama Boateng (News Desk), [02.04.2026 10:00]
@kofi_m anything on the Adum market fire?

Kofi Mensah, [02.04.2026 10:05]
On it. Fire service has a statement, sending

Kofi Mensah, [02.04.2026 10:06]
[Forwarded from Ashanti Fire Service Updates]
PRESS RELEASE

The Regional Command wishes to inform the general public that its officers responded to a fire outbreak at the Adum market on Wednesday, 1st April, 2026, and that the fire was brought under control at about 11pm.

The public is advised to keep the lanes between market stalls free of goods at all times to allow access for fire tenders in an emergency.

Kofi Mensah, [02.04.2026 11:00]
MARKET FIRE DESTROYS 40 SHOPS IN KUMASI

By Kofi Mensah

A fire destroyed 40 shops at the Adum market in Kumasi on Wednesday night, and traders put their losses at more than two million cedis in cash and goods.

The fire started in a provisions shop at about 9pm and spread quickly because the lanes between the stalls were blocked with goods, the regional fire commander said on Thursday.

Traders said the fire engines arrived almost an hour after the first call to the station was made, and that they fought the fire with buckets of water.

ENDS

Kofi Mensah, [02.04.2026 11:03]
[ Photo ]
Traders search the ruins of their shops on Thursday. PHOTO: Kofi Mensah

Ama Boateng (News Desk), [02.04.2026 11:10]
[In reply to Kofi Mensah]
Para 2 says 9pm, the commander told radio it was 8pm?

Kofi Mensah, [02.04.2026 11:14]
[In reply to Ama Boateng (News Desk)]
Yes 8pm, my error. Correct para 2 to read:
The fire started in a provisions shop at about 8pm and spread quickly because the lanes between the stalls were blocked with goods, the regional fire commander said on Thursday.

Ama Boateng (News Desk), [02.04.2026 11:15]
[ 👍 Sticker ]
"""


def test_telegram_desktop_s_copied_messages_hold_the_writer_s_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fire.txt", TELEGRAM_COPY)
    assert draft.headline == "MARKET FIRE DESTROYS 40 SHOPS IN KUMASI"
    assert draft.byline == ("Kofi Mensah",)
    assert draft.paragraphs[0].startswith("A fire destroyed 40 shops")
    assert not any(
        "[02.04.2026" in p or "Forwarded" in p or "Regional Command" in p or "Sticker" in p
        for p in [draft.dek, *draft.paragraphs]
    )


def test_a_telegram_photo_placeholder_is_captioned_by_the_lines_under_it(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fire.txt", TELEGRAM_COPY)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Traders search the ruins of their shops on Thursday.", "Kofi Mensah")
    ]


def test_a_paragraph_fixed_by_its_number_in_a_reply_takes_its_place(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fire.txt", TELEGRAM_COPY)
    assert draft.paragraphs[1].startswith("The fire started in a provisions shop at about 8pm")
    assert not any("9pm" in p or "Correct para" in p for p in draft.paragraphs)


HUB_EXPORT = """---
title: "Kestrelpay drops card top-up fee for students"
excerpt: "Campus wallets will load for free from May; the firm says it wants the next generation of customers"
hidden: false
metadata:
  title: "Student top-ups | Kestrelpay Developers"
---
[block:callout]
{
  "type": "warning",
  "title": "Not public until Legal clears the wording",
  "body": "Femi, the May date is still to be confirmed by the product team."
}
[/block]

*By Ngozi Ibekwe-Lawal, Communications Lead, Kestrelpay*

ABUJA – Kestrelpay will stop charging students a fee to load their campus wallets with a bank card from May 1, the company said on Tuesday.

[block:image]
{
  "images": [
    {
      "image": ["https://files.example.io/a1b2-campus-kiosk.jpg", "campus-kiosk.jpg", 1200, 800, "#aabbcc"],
      "caption": "A student tops up at a campus kiosk in Abuja on Tuesday. Photo: Kestrelpay/Musa Bello"
    }
  ]
}
[/block]

The firm's <<glossary:Wallet API>> will show the old and new fees side by side until June.

[block:parameters]
{
  "data": {"h-0": "Top-up", "h-1": "Fee", "0-0": "Card, before May", "0-1": "1.2 per cent"},
  "cols": 2,
  "rows": 1
}
[/block]

<Image align="center" alt="Two students at a kiosk" caption="Students queue to register for the wallet. Photo: Kestrelpay" src="https://files.example.io/c3d4-queue.jpg" />

Its chief operating officer said about 90,000 students at six universities already used the wallet.

> 📘 Integration help
>
> Partners can raise a ticket from the dashboard for help with the change.
"""


def test_a_developer_hub_export_s_image_blocks_are_its_pictures(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "topups.md", HUB_EXPORT)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("A student tops up at a campus kiosk in Abuja on Tuesday.", "Kestrelpay/Musa Bello", ""),
        ("Students queue to register for the wallet.", "Kestrelpay", "Two students at a kiosk"),
    ]


def test_a_developer_hub_export_s_boxes_and_tables_are_not_its_text(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "topups.md", HUB_EXPORT)
    assert draft.dek.startswith("Campus wallets will load for free from May")
    assert draft.byline == ("Ngozi Ibekwe-Lawal",)
    assert draft.paragraphs[1] == (
        "The firm's Wallet API will show the old and new fees side by side until June."
    )
    assert not any(
        "Legal clears" in p or "Femi" in p or "1.2 per cent" in p or "Integration help" in p
        or "raise a ticket" in p or "[block" in p or "campus-kiosk.jpg" in p
        for p in [draft.dek, *draft.paragraphs]
    )


THEMED_RELEASE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Kaduna State Ministry of Health | State begins free cataract surgery for 3,000 patients</title></head>
<body>
<div class="content"><div class="title_outer"><div class="title_holder">
  <h1 class="entry_title"><span>Media Releases</span></h1>
  <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/category/media/">Media</a> &gt; <span class="current">State begins free cataract surgery for 3,000 patients</span></div>
</div></div>
<div class="container"><div class="two_columns_66_33 background_color_sidebar grid2 clearfix">
 <div class="column1"><div class="blog_single blog_holder">
  <article id="post-71" class="post type-post">
   <h2 itemprop="name" class="entry_title"><span itemprop="dateCreated" class="date entry_date updated">9 Apr</span> State begins free cataract surgery for 3,000 patients</h2>
   <div class="post_info"><span class="time">Posted at 10:05h, </span> in <a href="/category/media/">Media</a>
     <span class="post_author">by <a itemprop="author" class="post_author_link" href="/author/siteadmin/">siteadmin</a></span></div>
   <div class="wpb_text_column">
    <p style="text-align: center;"><strong><em>&#8230;Commissioner says eye camps will move to all 23 councils by June</em></strong></p>
    <p>The Kaduna State Government has begun free cataract surgery for 3,000 patients at the Barau Dikko Teaching Hospital, the Ministry of Health said on Thursday.</p>
    <p>The Commissioner for Health, Dr Hauwa Lere-Danjuma, said the first 400 patients were screened at an eye camp in Zaria last week and would be operated on this month.</p>
    <p>She said the surgeons, drawn from three teaching hospitals, would also train 40 nurses in post-operative care before the camps move to the other councils.</p>
    <p><strong>Signed:</strong><br />Malam Sani Garba-Ikara<br />Director, Press and Public Affairs<br />9th April, 2026</p>
   </div>
  </article>
 </div></div>
 <div class="column2"><div class="widget"><h5>Recent Posts</h5><ul><li><a href="/a/">Ministry trains 90 midwives</a></li></ul></div></div>
</div></div>
</div>
<footer><p>&copy; 2026 Kaduna State Ministry of Health</p></footer>
</body></html>
"""


def test_a_themed_post_s_heading_is_its_headline_without_its_date(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cataract.html", THEMED_RELEASE)
    assert draft.headline == "State begins free cataract surgery for 3,000 patients"
    assert draft.paragraphs[0].startswith("The Kaduna State Government has begun")


def test_an_ellipsis_strap_under_a_release_s_headline_is_its_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cataract.html", THEMED_RELEASE)
    assert draft.dek == "…Commissioner says eye camps will move to all 23 councils by June"


def test_a_posting_account_s_login_is_no_byline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cataract.html", THEMED_RELEASE)
    assert draft.byline == ()


SIGNED_RELEASE = """<html><head><title>Council opens new abattoir in Jos</title></head><body><article>
<h1>Council opens new abattoir in Jos</h1>
<p>Jos North Local Government Council has opened a new abattoir at Bauchi Road, the council said on Wednesday, three years after traders asked for one to replace the old slaughter slab at Terminus market.</p>
<p>The chairman, Hon. Danladi Pam-Choji, said the abattoir would end the slaughter of animals by the roadside in the town, which health officials have blamed for two outbreaks of anthrax since 2023.</p>
<p>He said butchers would pay N200 for each animal slaughtered there, and that vets from the state livestock department would inspect the meat every morning before it left the abattoir.</p>
<p>Signed</p>
<p>Mrs Rhoda Gyang-Bot<br />Information Officer<br />8th April, 2026</p>
</article></body></html>
"""


def test_a_release_s_signed_block_is_no_part_of_the_story(tmp_path: Path) -> None:
    for name, page in (("cataract.html", THEMED_RELEASE), ("abattoir.html", SIGNED_RELEASE)):
        draft = filed_draft(tmp_path, name, page)
        assert draft.paragraphs[-1].startswith(("She said the surgeons", "He said butchers")), name
        assert not any(
            "Signed" in p or "Garba-Ikara" in p or "Gyang-Bot" in p or "Information Officer" in p
            or "Press and Public Affairs" in p or "April, 2026" in p
            for p in draft.paragraphs
        ), name


CHANNEL_PARTS = """Lakeside Estate Office, [12.05.2026 09:00]
(1/2) Lakeside Estate to repaint all 14 blocks from June

The estate office will repaint the outside walls of all 14 blocks at Lakeside Estate from June, the first full repainting since the estate was built in 1998.

Each block will take about three weeks, and residents will be told a week ahead when the painters will reach their block.

Lakeside Estate Office, [12.05.2026 09:01]
[ Photo ]
Painters test colours on a wall of Block 3 last week. (Photo: Lakeside Estate Office)

Lakeside Estate Office, [12.05.2026 09:03]
(2/2) The estate office said residents should keep their windows shut on the days their block is painted, and move plants off ledges beforehand.

Lakeside Estate Office, [12.05.2026 09:30]
Reminder: the estate office is closed on Friday for the public holiday.

Lakeside Estate Office, [12.05.2026 09:45]
Thank you to all who came to the residents' meeting on Saturday!
"""


def test_a_photo_posted_between_a_channel_story_s_parts_is_its_picture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "paint.txt", CHANNEL_PARTS)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Painters test colours on a wall of Block 3 last week.", "Lakeside Estate Office")
    ]
