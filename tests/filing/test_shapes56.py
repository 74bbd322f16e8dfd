# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-sixth filing round reads right: a residents' association's post on a
WordPress.com site, two pictures in a gallery block with their own captions and the gallery's
caption crediting both; and a freelancer's Markdown file, a highlighted question to the desk
after a paragraph's last sentence."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WORDPRESS_GALLERY = """<!DOCTYPE html><html lang="en-GB"><head><title>Market traders move to new stalls – Eastfield Traders</title></head><body class="single single-post">
<header id="masthead"><p class="site-title"><a href="/">Eastfield Traders</a></p></header>
<main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Market traders move to new&nbsp;stalls</h1></header>
<div class="entry-content">
<p>EASTFIELD – Forty market traders moved into the rebuilt covered market on Monday, two years after a fire closed the old hall.</p>
<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img width="1024" height="768" data-id="71" src="https://eastfield.files.wordpress.example/2026/03/stalls.jpg?w=1024" alt="" class="wp-image-71" /><figcaption class="wp-element-caption">Traders set out fruit on the first morning.</figcaption></figure>
<figure class="wp-block-image size-large"><img width="1024" height="768" data-id="72" src="https://eastfield.files.wordpress.example/2026/03/roof.jpg?w=1024" alt="The new market roof" class="wp-image-72" /><figcaption class="wp-element-caption">The glass roof over the fish stalls.</figcaption></figure>
<figcaption class="blocks-gallery-caption wp-element-caption">Photos: Eastfield Traders Media</figcaption></figure>
<p>The council will charge no rent for the first three months, the market manager, Mr Tom Hale, said at the opening.</p>
<p>Shoppers queued from seven in the morning.</p>
</div></article></main>
<footer><p>Blog at WordPress.com.</p></footer></body></html>
"""


def test_a_gallery_s_pictures_keep_their_captions_and_share_its_credit(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.html", WORDPRESS_GALLERY)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Traders set out fruit on the first morning.", "Eastfield Traders Media", ""),
        (
            "The glass roof over the fish stalls.",
            "Eastfield Traders Media",
            "The new market roof",
        ),
    ]
    text = body_text(draft)
    assert "The council will charge no rent for the first three months" in text
    assert "Photos:" not in text


STACKEDIT_NOTE = """# Harbour ferry fares to rise in April

*The council says fuel costs have doubled since the last rise*

**By Ruth Adjei**

PORTVALE, 2 March 2026 – Ferry fares across the harbour will rise by a fifth from April, the council said on Monday.

Commuters at the north pier said they would walk the long way round. "I pay twice a day already," said Mrs Ama Boateng, a trader at the fish market. ==[desk: fish market or Quay Street market? checking]==

The council will meet ferry users on 14 March.
"""


def test_a_highlighted_question_to_the_desk_leaves_its_paragraph(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.md", STACKEDIT_NOTE)
    assert draft.paragraphs[1] == (
        'Commuters at the north pier said they would walk the long way round. "I pay twice a '
        'day already," said Mrs Ama Boateng, a trader at the fish market.'
    )
    assert "checking" not in body_text(draft)


FORM_MAIL = """[Valley Courier] Story submission: Bridge closed for repairs
Inbox

Valley Courier Website <wordpress@valleycourier.example>

Mon, 9 Mar, 10:12 (3 hours ago)

to submissions

From: Sam Otieno <sam@mail.example>
Subject: Bridge closed for repairs

Message Body:
HEADLINE: Old river bridge closed for three months of repairs

By Sam Otieno, Riverside correspondent

RIVERSIDE — The old river bridge closed on Monday for three months of repairs, the roads office said.

Drivers will have to use the bypass, which adds twenty minutes to the trip into town.

"We had no choice, the joints are rusted through," said the district engineer, Ms Grace Wanjiru.

Compiled with reports from Peter Mwangi in Eastbank.

Photo caption (bridge-closed.jpg): Barriers across the old river bridge on Monday. - Pic: Sam Otieno

--\x20
This e-mail was sent from a contact form on Valley Courier (https://valleycourier.example)
"""


def test_a_photo_caption_label_and_a_contact_form_s_footer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.txt", FORM_MAIL)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Barriers across the old river bridge on Monday.", "Sam Otieno")
    ]
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Peter Mwangi", "additional-reporting")
    ]
    text = body_text(draft)
    assert text.startswith("RIVERSIDE — The old river bridge closed")
    assert "contact form" not in text
    assert "Compiled with" not in text


DRUPAL_CREDITS = """<!DOCTYPE html><html lang="en" dir="ltr"><head><title>Tree nursery opens at Hillside | Hillside Forest Trust</title></head><body>
<div class="dialog-off-canvas-main-canvas"><header class="site-header"><a href="/" class="site-branding__name">Hillside Forest Trust</a></header>
<main role="main"><div class="region region--content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">Tree nursery opens at Hillside with ten thousand seedlings</span></h1></div>
<article class="node node--type-article node--view-mode-full">
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>HILLSIDE — A tree nursery with ten thousand seedlings opened at Hillside on Friday, the trust said.</p>
<p>The seedlings will go to farmers in the three valleys free of charge.</p>
<p>"Every farm should have shade trees again," said the trust's director, Mr Paul Ndege.</p>
<p><em>Kiswahili translation by Amina Juma.</em></p>
<p><em>Research assistance: Joseph Kamau.</em></p>
</div></div></article></div></main>
<footer class="site-footer"><p>Powered by Drupal</p></footer></div></body></html>
"""


def test_translation_and_research_assistance_lines_credit_contributors(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "nursery.html", DRUPAL_CREDITS)
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Amina Juma", "translation"),
        ("Joseph Kamau", "research"),
    ]
    text = body_text(draft)
    assert text.endswith('said the trust\'s director, Mr Paul Ndege.')


def _district_notice(tmp_path: Path) -> bytes:
    """A district office's press communiqué in Word: its letterhead in two languages in a
    borderless table, its reference and date line, its kind over a 'SUBJECT:' line, its
    text, the office's post and its holder's name under a stamp, and its copies list."""
    import docx

    from tests.filing.make_docx import picture

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "REPUBLIC OF NORTHLAND\nUnity – Labour – Progress\nDISTRICT OFFICE, EASTFIELD"
    table.rows[0].cells[1].text = "RÉPUBLIQUE DU NORDLAND\nUnité – Travail – Progrès\nBUREAU DE DISTRICT, EASTFIELD"
    document.add_paragraph("No 0042/DO-EF/2026\tEastfield, 3 April 2026")
    document.add_paragraph().add_run("PRESS COMMUNIQUE").bold = True
    document.add_paragraph().add_run("SUBJECT: Closure of the Eastfield cattle market for two weeks to stop foot-and-mouth disease").bold = True
    document.add_paragraph("The District Officer for Eastfield informs the public that the Eastfield cattle market is closed from 4 April to 18 April 2026, after cases of foot-and-mouth disease were found in two herds at Hillside.")
    document.add_paragraph("During this period no cattle, goats or sheep may be moved in or out of the district, or slaughtered outside the council abattoir, without a written permit from the district veterinary office in Eastfield.")
    document.add_paragraph("Herders, butchers and traders who see signs of the disease in their animals, such as blisters on the mouth or feet, are asked to report them at once to the nearest veterinary post or to the district office.")
    document.add_paragraph("The District Officer counts on the cooperation of all.")
    picture(document, 5, "Official stamp of the District Office, Eastfield", width=1.0)
    document.add_paragraph().add_run("The District Officer,").bold = True
    document.add_paragraph().add_run("(Signed)").italic = True
    document.add_paragraph("OKELLO James Peter")
    document.add_paragraph("Copies:")
    for line in ("Governor, Northern Province;", "Mayor, Eastfield Council;", "Veterinary Office;", "Notice boards."):
        document.add_paragraph(line)
    path = tmp_path / "market.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_communique_s_subject_line_heads_it_and_its_letterhead_and_signature_go(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.docx", _district_notice(tmp_path))
    assert draft.headline == (
        "Closure of the Eastfield cattle market for two weeks to stop foot-and-mouth disease"
    )
    assert draft.byline == ()
    assert draft.images == ()
    assert draft.paragraphs[0].startswith("The District Officer for Eastfield informs the public")
    assert draft.paragraphs[-1] == "The District Officer counts on the cooperation of all."
    text = body_text(draft)
    for furniture in ("REPUBLIC", "SUBJECT", "OKELLO", "Copies", "Notice boards", "Signed"):
        assert furniture not in text


DRUPAL_MEDIA = """<!DOCTYPE html><html lang="en" dir="ltr"><head><title>Fish farm opens at Lakeside | Lakeside Fisheries Trust</title></head><body>
<main role="main"><div class="region region--content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">Fish farm opens at Lakeside with forty ponds</span></h1></div>
<article class="node node--type-article node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>LAKESIDE — A fish farm with forty ponds opened at Lakeside on Saturday, the trust said.</p>
<figure role="group" class="caption caption-drupal-media align-center">
<div><article class="media media--type-image media--view-mode-default">
<div class="field field--name-field-media-image field--type-image field--label-visually_hidden"><div class="field__label visually-hidden">Image</div>
<div class="field__item"><img loading="lazy" width="650" height="433" src="/sites/default/files/2026-04/ponds.jpg" alt="" /></div></div>
<div class="field field--name-field-credit field--type-string field--label-inline clearfix"><div class="field__label">Photo credit</div><div class="field__item">Courtesy of Lakeside Fish Farmers</div></div>
</article></div>
<figcaption>Workers net tilapia at the new ponds on Saturday.</figcaption>
</figure>
<p>The farm will sell fish to schools and hospitals in the district at a fixed price.</p>
<p>"We want every child to eat fish once a week," said the trust's director, Ms Rose Atieno.</p>
</div></div></article></div></main>
<footer class="site-footer"><p>Powered by Drupal</p></footer></body></html>
"""


def test_a_media_entity_s_credit_field_inside_the_figure_is_the_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ponds.html", DRUPAL_MEDIA)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Workers net tilapia at the new ponds on Saturday.", "Courtesy of Lakeside Fish Farmers", "")
    ]
    assert "Photo credit" not in body_text(draft)


MOODLE_DISCUSSION = """Skip to main content
Riverside College e-Learning
Home
Dashboard
My courses
JRN 210: News Writing (2025/26)
Course
Participants
Grades
Display replies in nested form
Subscribe to this discussion
Library story – final for the Courier
Picture of Lena Okafor
Library story – final for the Courier
by Lena Okafor - Monday, 9 March 2026, 8:12 PM
Number of replies: 1

Dear Sir,

Headline: Riverside library to stay open late during exams

By Lena Okafor

RIVERSIDE – The town library will stay open until ten at night on weekdays during the exam weeks in May and June, the council said on Monday after a vote of its education committee.

The library usually closes at six. The council said students had asked for a quiet place to study in the evenings, when many homes are crowded and noisy.

"We counted more than a hundred students at the door at closing time last year," said the head librarian, Mrs Grace Mensah, who will staff the late hours with volunteers.

The late opening will cost the council about 4,000 in staff and lighting, which it will take from its youth budget.

ENDS

Lena (Group 2)

library.jpg
library.jpg
Permalink
Reply
Picture of Paul Addo
In reply to Lena Okafor
Re: Library story – final for the Courier
by Paul Addo - Tuesday, 10 March 2026, 7:30 AM

Well done, Lena. The quote from the librarian is much better now. Did you check the cost figure with the council's finance office as well as the library? If yes, this one can go to the desk as it is.

Show parent
Permalink
Reply
◄ Market fire – second draft
Bus fares story – final ►
You are logged in as Paul Addo (Log out)
Data retention summary
Get the mobile app
Powered by Moodle
"""


def test_a_forum_discussion_s_first_post_is_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.txt", MOODLE_DISCUSSION)
    assert draft.headline == "Riverside library to stay open late during exams"
    assert draft.byline == ("Lena Okafor",)
    assert draft.paragraphs[0].startswith("RIVERSIDE – The town library will stay open")
    assert draft.paragraphs[-1].startswith("The late opening will cost the council")
    text = body_text(draft)
    for furniture in ("Picture of", "Lena (Group 2)", "Well done", "Show parent", "logged in"):
        assert furniture not in text


GMAIL_FORM_COPY = """Story submission: School roof repaired
Inbox

Hillside Herald Website <forms@hillsideherald.example>

Thu, 12 Mar, 09:05 (2 days ago)

to newsdesk

Name: Joseph Kamau
Message:
By Joseph Kamau

HILLSIDE — Pupils at Hillside primary school returned to their classrooms on Wednesday after parents and the council repaired a roof that blew off in a storm last month.

Parents raised half of the cost at a fundraising day, and the council paid the rest from its schools budget, the head teacher, Mrs Ruth Wambui, said.

"The children were learning under the trees for three weeks," she said. "Now they can concentrate again, and the rain will not send them home."

I agree that the Herald may edit and publish my story: Yes

Thanks a lot!
Got it, thanks.
Will check.

Reply
Forward
"""


def test_a_web_mail_s_suggested_replies_and_a_form_s_ticked_box_are_furniture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "roof.txt", GMAIL_FORM_COPY)
    assert draft.paragraphs[-1] == (
        '"The children were learning under the trees for three weeks," she said. "Now they '
        'can concentrate again, and the rain will not send them home."'
    )
    text = body_text(draft)
    for furniture in ("I agree", "Thanks a lot", "Got it", "Will check"):
        assert furniture not in text


NEWSLETTER_IMAGE_TEXT = """<!DOCTYPE html><html><head><title>Dairy News – April</title></head><body>
<table class="mlContentTable" width="640"><tr><td class="mlContentOuter">
<h1>Creamery pays a winter bonus to its members</h1>
<p><strong>HILLCREST:</strong> The Hillcrest creamery began paying a winter bonus of two cents a litre to its 300 members on Monday, the first bonus in its history.</p>
<p>The bonus, paid on milk delivered from November to February, will share 180,000 among the farms.</p>
</td></tr></table>
<table class="mlContentTable" width="640"><tr><td class="mlContentOuter">
<table width="100%"><tr>
<td class="mlContentImageTextLeft" width="250"><img src="https://storage.example/cheese-room.jpg" width="250" alt=""></td>
<td class="mlContentImageTextRight" width="20"></td>
<td class="mlContentImageTextRight"><p><strong>Turning day</strong></p>
<p>Cheesemakers turn the first wheels in the new room on 2 April.</p>
<p><em>Picture: Courtesy of Hillcrest Creamery</em></p></td>
</tr></table>
</td></tr></table>
<table class="mlContentTable" width="640"><tr><td class="mlContentOuter">
<p>The next bonus will be paid in October if milk prices hold, the chairman, Mr Tom Byrne, said.</p>
</td></tr></table>
</body></html>
"""


def test_a_newsletter_s_picture_with_its_words_in_the_cell_beside_it(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "dairy.html", NEWSLETTER_IMAGE_TEXT)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Cheesemakers turn the first wheels in the new room on 2 April.",
            "Courtesy of Hillcrest Creamery",
            "Turning day",
        )
    ]
    assert "Turning day" not in body_text(draft)


CARRD_PAGE = """<!DOCTYPE HTML><html lang="en"><head><title>Well opened</title><meta name="generator" content="Carrd"></head><body class="is-loading"><div id="wrapper"><div id="main"><div class="inner">
<section id="home-section" class="active">
<h1 id="text01">Hillside village opens its first deep well</h1>
<p id="text02"><em>Three hundred families will no longer walk to the river for water</em></p>
<p id="text03">By Mary Atieno, Secretary, Hillside Development Association</p>
<div id="text04"><p>HILLSIDE, 2 April 2026 – The people of Hillside opened their first deep well on Saturday, after two years of saving and digging by the village development association.</p>
<p>The well, sixty metres deep, was paid for by the families of the village and by members living in the towns.</p>
<p>"Our children will go to school instead of to the river," said the village head, Mr John Otieno.</p></div>
</section>
<section id="appeal-section" class="inactive" style="display:none;">
<h2 id="text05">Second Well Fund</h2>
<p id="text06">The association will begin a second well at Lower Hillside in June, and the families of the lower quarters have already cleared the site and gathered the sand and stones for its lining.</p>
<p id="text09">Mobile money: 0 00 00 00 00 (Hillside Well Fund)</p>
</section>
<section id="contact-section" class="inactive" style="display:none;">
<h2 id="text07">Contact the association</h2>
<p id="text08">secretary@hillside.example</p>
</section>
<p id="text10">&copy; 2026 Hillside Development Association. All rights reserved.</p>
</div></div></div></body></html>
"""


def test_a_one_page_site_s_hidden_sections_are_the_site_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "well.html", CARRD_PAGE)
    assert draft.headline == "Hillside village opens its first deep well"
    assert draft.paragraphs[-1] == (
        '"Our children will go to school instead of to the river," said the village head, '
        "Mr John Otieno."
    )
    text = body_text(draft)
    for furniture in ("Second Well", "Lower Hillside", "Mobile money", "Contact the", "secretary@"):
        assert furniture not in text


NEWSLETTER_ALSO_IN = """<!DOCTYPE html><html><head><title>Growers' News – March</title></head><body>
<table class="mlContentTable" width="640"><tr><td class="mlContentOuter">
<h1>Tea growers get their first fair-trade premium</h1>
<p><em>Four hundred members share the premium paid on last year's leaf</em></p>
<p><strong>KERICHO:</strong> Members of the Hillside Tea Growers' Cooperative received their first fair-trade premium on Monday, paid on the leaf they delivered to the factory last year.</p>
<p>The premium, three shillings a kilogramme, will be shared among four hundred members according to what each delivered.</p>
<p>"It is small, but it is ours," said the chairman, Mr Daniel Kiprop.</p>
</td></tr></table>
<table class="mlContentTable" width="640"><tr><td class="mlContentOuter">
<h2>Also in this issue</h2>
<p><a href="https://growers.example/pests">Red spider mite: when to spray and when to wait</a></p>
<p><a href="https://growers.example/factory">Factory weighing days for April</a></p>
<p><a href="https://growers.example/agm">Annual meeting agenda and proxy forms</a></p>
</td></tr></table>
</body></html>
"""


def test_a_newsletter_s_also_in_this_issue_box_is_its_own(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tea.html", NEWSLETTER_ALSO_IN)
    assert draft.paragraphs[-1] == '"It is small, but it is ours," said the chairman, Mr Daniel Kiprop.'
    text = body_text(draft)
    for furniture in ("Also in this issue", "Red spider", "weighing days", "proxy forms"):
        assert furniture not in text


LABELLED_FIGCAPTION = """<!DOCTYPE html><html><head><title>Herders agree to keep cattle off farms</title></head><body>
<article><h1>Herders agree to keep cattle off farms until harvest</h1>
<p>HIGHLANDS – Herders and farmers signed an agreement on Tuesday to keep cattle off the valley's farms until the maize harvest ends in August.</p>
<figure><img src="cattle.jpg" alt="Cattle grazing on a ridge"><figcaption>Caption: Cattle on the ridge above the valley, where herds must stay until August. Photo: Highlands Peace Committee</figcaption></figure>
<p>The committee will meet again in September to review the agreement.</p>
</article></body></html>
"""


def test_a_caption_typed_with_its_label_loses_the_label(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "herders.html", LABELLED_FIGCAPTION)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Cattle on the ridge above the valley, where herds must stay until August.",
            "Highlands Peace Committee",
            "Cattle grazing on a ridge",
        )
    ]
