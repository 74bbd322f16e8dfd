# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-ninth filing round reads right: a story sent in pieces over a chat whose
copy opens every line with the time and the sender in brackets, its dek's and byline's
messages under the headline's, its short last paragraph, and the file it sends announced
between asterisks; a caption typed under its own label with its credit's label after it; a
webmail's subject in a second-level heading over the mail's capitals headline; a blog's
name in a heading inside its home link, and its pictures with their image comments; a
theme's byline label in an element of its own, and the writer's bio in the box about them;
a consent box the page opens as a dialog; a newsletter's footer cell and the items it lists
under the story."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

STORY_IN_CHAT_MESSAGES = """[14/05/2026 08:02:11] Rosa Mendel: morning Tom, the market story now, sending it in bits
[14/05/2026 08:02:40] Tom Akers: ok go ahead
[14/05/2026 08:03:05] Rosa Mendel: HEADLINE: Saturday market moves to the old bus depot
[14/05/2026 08:03:30] Rosa Mendel: sub: Stallholders welcome the roof but worry that shoppers will not find them
[14/05/2026 08:03:52] Rosa Mendel: by Rosa Mendel, Northfield correspondent
[14/05/2026 08:05:10] Rosa Mendel: The Northfield Saturday market will move into the old bus depot on Mill Lane from 6 June, the parish council decided on Tuesday, after two winters of stalls blown over on the green.
[14/05/2026 08:06:31] Rosa Mendel: "We lost a whole table of cakes to the wind in February and nobody laughed," said Jean Porter, who has sold bread at the market for eleven years and chairs the stallholders' group.
[14/05/2026 08:07:02] Tom Akers: how many stalls?
[14/05/2026 08:07:20] Rosa Mendel: 31 this week
[14/05/2026 08:08:45] Rosa Mendel: The depot has room for 40 stalls under its roof, and the council will put up signs from the green to Mill Lane before the first market there.
[14/05/2026 08:09:30] Rosa Mendel: The council will look again at the move on 12 October.
[14/05/2026 08:10:12] *** Rosa Mendel sent market-depot.jpg ***
[14/05/2026 08:10:50] Rosa Mendel: PIC: Stallholders look round the old bus depot on Mill Lane. Credit Rosa Mendel
[14/05/2026 08:11:05] Rosa Mendel: thats all, ends
[14/05/2026 08:11:30] Tom Akers: thanks Rosa
"""


def test_a_chat_story_s_dek_and_byline_messages_under_its_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert draft.headline == "Saturday market moves to the old bus depot"
    assert draft.dek == "Stallholders welcome the roof but worry that shoppers will not find them"
    assert draft.byline == ("Rosa Mendel",)
    assert draft.paragraphs[0].startswith("The Northfield Saturday market will move")
    assert "31 this week" not in body_text(draft)


def test_a_chat_story_s_short_last_paragraph_sent_straight_after_the_others(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert draft.paragraphs[-1] == "The council will look again at the move on 12 October."


def test_a_word_to_the_desk_after_the_story_s_parts_stays_talk(tmp_path: Path) -> None:
    text = STORY_IN_CHAT_MESSAGES.replace(
        "The council will look again at the move on 12 October.",
        "Will send you the picture in a minute, it is a big file.",
    )
    assert "big file" not in body_text(filed_draft(tmp_path, "market.txt", text))


def test_a_file_sent_in_a_chat_between_asterisks_is_the_captioned_picture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.txt", STORY_IN_CHAT_MESSAGES)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Stallholders look round the old bus depot on Mill Lane.", "Rosa Mendel")
    ]
    assert "sent market-depot.jpg" not in body_text(draft)


def test_a_caption_under_its_own_label_with_its_credit_s_label_after_it(tmp_path: Path) -> None:
    text = (
        "Saturday market moves to the old bus depot\n\n"
        "By Rosa Mendel\n\n"
        "The Northfield Saturday market will move into the old bus depot on Mill Lane from 6 "
        "June, the parish council decided on Tuesday.\n\n"
        "The depot has room for 40 stalls under its roof.\n\n"
        "Photo: Stallholders look round the old bus depot on Mill Lane. Picture: Rosa Mendel\n"
    )
    draft = filed_draft(tmp_path, "market.txt", text)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Stallholders look round the old bus depot on Mill Lane.", "Rosa Mendel")
    ]


WEBMAIL_THREAD_VIEW = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall - story for Friday - Mail - Parish Cloud</title></head>
<body><header id="header"><nav class="app-menu"><ul><li>Files</li><li>Mail</li><li>Calendar</li></ul></nav></header>
<main id="content" class="app-mail"><div class="app-navigation"><ul><li>Inbox</li><li>Sent</li><li>Junk</li></ul></div>
<div class="app-content-details"><div class="mail-thread">
<h2 class="thread-subject">Harbour wall - story for Friday</h2>
<div class="avatar-header"><span>Owen Price</span><span>News Desk</span></div>
<div class="envelope"><div class="sender"><strong>Owen Price</strong> <span>owen@harbour.example</span></div><div class="subline">to News Desk</div><span class="timestamp">Thu 9 Apr, 08:30</span>
<div class="mail-message-body mail-message-body-plain"><div id="mail-content">Hi Sue,<br><br>Harbour story below, checked with the harbour master this morning. Picture to follow.<br><br>Owen<br><br>-----<br><br>HARBOUR WALL TO BE REBUILT BEFORE THE WINTER STORMS<br><br>The trust has found the last £60,000 of the cost, and work starts in June<br><br>By Owen Price<br><br>PORTHAVEN - The old harbour wall will be rebuilt this summer, the harbour trust said on Wednesday, after it raised the last of the money from a lottery grant.<br><br>The wall was breached in two places in the storms of January, and sandbags have held it since.<br><br>ends</div></div>
</div></div></div></main></body></html>
"""


def test_a_mailed_story_s_capitals_headline_under_a_webmail_s_subject_heading(
    tmp_path: Path,
) -> None:
    """A webmail app that sets the thread's subject in a second-level heading: the capitals
    line over the dek and byline in the mail's text is the headline, as under a first-level
    one."""
    draft = filed_draft(tmp_path, "harbour.html", WEBMAIL_THREAD_VIEW)
    assert draft.headline == "HARBOUR WALL TO BE REBUILT BEFORE THE WINTER STORMS"
    assert draft.dek == "The trust has found the last £60,000 of the cost, and work starts in June"
    assert draft.byline == ("Owen Price",)
    assert draft.paragraphs[0].startswith("PORTHAVEN - The old harbour wall")
    assert "harbour master this morning" not in body_text(draft)


SERENDIPITY_ENTRY = """<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>New school bus for the valley children - Hill Farm Diary</title>
<meta name="generator" content="Serendipity v.2.4.0"></head>
<body><div id="page"><header id="banner"><div id="identity"><a href="https://hillfarm.example/"><h1>Hill Farm Diary</h1><span>Notes from a sheep farm at the head of the valley</span></a></div></header>
<nav id="primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/pages/about.html">About</a></li></ul></nav>
<main id="content"><article id="post_88" class="serendipity_entry">
<header><h2><a href="https://hillfarm.example/archives/88-New-school-bus.html">New school bus for the valley children</a></h2>
<span class="serendipity_byline"><span class="single_user">Posted by <a href="/authors/1-Megan-Rhys">Megan Rhys</a> on </span><time datetime="2026-03-02T18:00:00+00:00">Monday, 2 March 2026</time></span></header>
<div class="content serendipity_entry_body">
<p>The seven children of the upper valley will ride to school in a new minibus from Monday, after the county agreed to pay for a second driver on the hill road.</p>
<div class="serendipity_imageComment_center" style="width: 600px"><div class="serendipity_imageComment_img"><a class="serendipity_image_link" href="/uploads/bus.jpg"><img class="serendipity_image_center" src="/uploads/bus.serendipityThumb.jpg" alt="" title="bus"></a></div><div class="serendipity_imageComment_txt">The new minibus at the top gate on Saturday. (Photo: Huw Rhys)</div></div>
<p>Until now the children walked two miles to the main road to meet the bus, in all weathers.</p>
</div>
<div id="extended" class="content">
<div class="serendipity_imageComment_left" style="width: 300px"><div class="serendipity_imageComment_img"><img class="serendipity_image_left" src="/uploads/road.serendipityThumb.jpg" alt="" title="road"></div><div class="serendipity_imageComment_txt">The hill road above the chapel in January.</div></div>
<p>The driver will be Gareth Price, who farms at Nant-y-Ffin and drove the milk lorry for twenty years.</p>
</div>
<footer class="entry-footer"><span class="info_label">Categories: </span><a href="/categories/1-Valley">Valley</a> | <a href="#comments">1 Comment</a></footer>
</article>
<section id="comments"><h3>Comments</h3><article class="serendipity_comment"><h4>Ann in Cardiff on 2 Mar 2026 19:02:</h4><p>Wonderful news for the little ones.</p></article></section>
</main></div></body></html>
"""


def test_a_blog_s_name_in_a_heading_inside_its_home_link_over_the_entry_s_title(
    tmp_path: Path,
) -> None:
    """A Serendipity blog: its name in an `<h1>` inside the link to its home, its tagline
    beside it in the same link; the entry's title, a second-level heading, is the headline."""
    draft = filed_draft(tmp_path, "bus.html", SERENDIPITY_ENTRY)
    assert draft.headline == "New school bus for the valley children"
    assert draft.dek == ""
    assert draft.byline == ("Megan Rhys",)
    assert "Notes from a sheep farm" not in body_text(draft)


def test_a_blog_s_pictures_with_their_image_comments_are_captioned(tmp_path: Path) -> None:
    """Serendipity's picture with its text (its class 'serendipity_imageComment_...') is the
    story's picture and caption, no reader's comment."""
    draft = filed_draft(tmp_path, "bus.html", SERENDIPITY_ENTRY)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The new minibus at the top gate on Saturday.", "Huw Rhys"),
        ("The hill road above the chapel in January.", ""),
    ]
    assert draft.paragraphs[-1].startswith("The driver will be Gareth Price")


KADENCE_POST = """<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Ferry timetable changes for the summer &#8211; Bay Boating News</title>
<meta property="og:title" content="Summer ferry timetable" /></head>
<body class="single single-post wp-theme-kadence"><div id="wrapper" class="site">
<header id="masthead" class="site-header"><div class="site-header-row-container"><p class="site-title">Bay Boating News</p></div></header>
<main id="main" class="site-main"><article id="post-201" class="entry content-bg single-entry post-201 post type-post">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<h1 class="entry-title">Ferry timetable changes for the summer season</h1><div class="entry-meta entry-meta-divider-dot">
<span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://bayboating.example/author/ruthsmall/">Ruth Small</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-05-02T08:00:00+00:00">2 May 2026</time></span>
<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="#comments">2 Comments</a></span>
</div></header>
<div class="entry-content single-content">
<h2 class="kt-adv-heading201_a1 wp-block-kadence-advancedheading">Two extra sailings on Saturdays, but the last boat home leaves half an hour earlier</h2>
<p>The island ferry will run two extra sailings on Saturdays from 1 June, the harbour company said on Friday, as bookings for the summer reach a record.</p>
<p>The last sailing on weekdays will leave the mainland at 21:30 rather than 22:00, to give the crew a longer rest between shifts.</p>
</div></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard">
<b class="entry-author-name author-name fn"><a href="https://bayboating.example/author/ruthsmall/">Ruth Small</a></b>
<div class="entry-author-description author-bio"><p>Ruth Small crewed on the island ferry for nine summers before joining the paper, and writes its weekly boating column.</p></div>
</div></div>
</main></div></body></html>
"""


def test_a_theme_s_byline_label_in_its_own_element_over_an_advanced_heading_dek(
    tmp_path: Path,
) -> None:
    """Kadence's meta line sets 'By' in an element of its own, the space after it only in
    the theme's style: the line is the byline, not the dek, and the heading block under it
    (Kadence Blocks' advanced heading) is the dek."""
    draft = filed_draft(tmp_path, "ferry.html", KADENCE_POST)
    assert draft.headline == "Ferry timetable changes for the summer season"
    assert draft.dek == (
        "Two extra sailings on Saturdays, but the last boat home leaves half an hour earlier"
    )
    assert draft.byline == ("Ruth Small",)
    assert "2 Comments" not in body_text(draft)


def test_a_writer_s_bio_in_the_box_about_them_under_the_post(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.html", KADENCE_POST)
    assert draft.paragraphs[-1].startswith("The last sailing on weekdays")
    assert "crewed on the island ferry" not in body_text(draft)


PAGE_WITH_A_CONSENT_DIALOG = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Church roof appeal reaches its target - Valley Heritage Trust</title></head>
<body class="wp-singular post-template-default brx-body"><header id="brx-header"><div class="brxe-logo">Valley Heritage Trust</div></header>
<main id="brx-content"><section class="brxe-section"><div class="brxe-container">
<h1 class="brxe-post-title">Church roof appeal reaches its target</h1>
<div class="brxe-post-content">
<p>The appeal to re-slate the roof of St Mary's at Upper Mill has reached its target of £84,000, the trust said on Thursday, eighteen months after it began.</p>
<p>Work will start in September and take about twelve weeks, with services held in the village hall meanwhile.</p>
</div></div></section></main>
<footer id="brx-footer"><p>© 2026 Valley Heritage Trust. All rights reserved.</p></footer>
<div id="consent-box" class="brlbs-cmpnt-container" role="dialog" aria-labelledby="consent-title"><div class="brlbs-cmpnt-dialog">
<h2 id="consent-title">Your privacy</h2>
<p class="brlbs-cmpnt-dialog-description">We and our partners store and read information on your device to run this website and to see how visitors use it, and ask for your agreement first.</p>
<div><button>Accept all</button><button>Essential only</button></div></div></div>
</body></html>
"""


def test_a_consent_box_the_page_opens_over_itself_as_a_dialog(tmp_path: Path) -> None:
    """A cookie banner's box marked with the dialog's role, as Borlabs Cookie sets one
    under a WordPress site's page: the site's, however long its sentence."""
    draft = filed_draft(tmp_path, "roof.html", PAGE_WITH_A_CONSENT_DIALOG)
    assert draft.paragraphs[-1].startswith("Work will start in September")
    assert "store and read information" not in body_text(draft)


BREVO_MIRROR_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Orchard News - April</title></head>
<body><table width="100%" class="main-template"><tbody><tr><td align="center">
<table class="rnb-del-min-width" width="100%" name="Layout_1" id="Layout_1"><tbody><tr><td>
<div><strong>Blossom week brings record visitors to the orchards</strong></div>
<div>By Tom Hale</div>
<div>More than 3,000 people walked the orchard trails over the blossom week, twice last year's number, the growers' club said on Monday.</div>
<div>The club will run the trails again next spring, with a second car park at Lower Farm.</div>
</td></tr></tbody></table>
<table class="rnb-del-min-width" width="100%" name="Layout_4" id="Layout_4"><tbody><tr><td>
<table width="100%" bgcolor="#f4efe6"><tbody><tr><td class="rnb-social-text-left" align="center">
<div><a href="https://example.sendibm.example/fb"><img alt="Facebook" border="0" src="https://img.mailinblue.com/new_images/rnb/theme1/rnb_ico_fb.png"></a></div>
<div>Valley Growers' Club · The Packing Shed, Lower Farm · Orchard Lane</div>
<div>You are getting this because you joined the club's mailing list at the spring show.</div>
<div><a href="https://example.sendibm.example/un">Unsubscribe here</a></div>
</td></tr></tbody></table></td></tr></tbody></table>
</td></tr></tbody></table></body></html>
"""


def test_a_brevo_newsletter_s_footer_cell_with_its_social_icons(tmp_path: Path) -> None:
    """The footer cell of a newsletter Brevo sends ('rnb-social-text-left'): its social
    icons are no pictures of the story, its address and reason for the mail no text."""
    draft = filed_draft(tmp_path, "orchard.html", BREVO_MIRROR_PAGE)
    assert draft.images == ()
    assert draft.paragraphs[-1].startswith("The club will run the trails again")
    text = body_text(draft)
    assert "Packing Shed" not in text
    assert "mailing list" not in text


NEWSLETTER_WITH_ITEMS_UNDER_THE_STORY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Riverside Allotments - May</title></head>
<body><table width="100%"><tbody><tr><td>
<div><strong>Allotment waiting list cut by half in a year</strong></div>
<div><em>New plots on the old nursery site took forty families off the list</em></div>
<div>By Ann Cole</div>
<div>The waiting list for a plot at Riverside has fallen from 86 families to 41 in a year, after the council let the society take over the old nursery site behind the church.</div>
<div>The society split the site into 45 half plots, and all but one were taken by the end of March, most by families who had waited more than two years.</div>
<div>"We had people crying when we rang them," said the society's secretary, Jim Ward, who has kept the list since 2019. "Some of them had given up on us."</div>
<div>The society hopes to open a third site next year.</div>
</td></tr></tbody></table>
<table width="100%"><tbody><tr><td>
<div><strong>Also in this issue</strong></div>
<table width="100%"><tbody><tr>
<td width="50%"><div><strong>Seed swap on 12 May</strong></div><div>Bring your spare seed and seedlings to the pavilion from 10am. Tea and cake from the committee, as always, and the raffle at noon.</div></td>
<td width="50%"><div><strong>Water troughs</strong></div><div>The troughs on the top path go on from 1 May and the ones by the sheds a week later. Please close the taps.</div></td>
</tr></tbody></table>
<div><a href="https://riverside.example/events">See all events</a></div>
</td></tr></tbody></table></body></html>
"""


def test_a_newsletter_s_items_under_also_in_this_issue_after_the_story(tmp_path: Path) -> None:
    """A newsletter's other items under the story's end, under 'Also in this issue': each
    title set bold over a line or two about it, and a button; all the issue's, none the
    story's."""
    draft = filed_draft(tmp_path, "allotments.html", NEWSLETTER_WITH_ITEMS_UNDER_THE_STORY)
    assert draft.paragraphs[-1] == "The society hopes to open a third site next year."
    text = body_text(draft)
    for item in ("Seed swap", "Bring your spare seed", "Water troughs", "turned on from 1 May"):
        assert item not in text


def test_two_plain_paragraphs_under_a_teaser_heading_are_the_story_s(tmp_path: Path) -> None:
    """Under a heading of teasers, a title in bold over two plain paragraphs together is no
    newsletter's item: the paragraphs may be the story's, and are kept."""
    page = NEWSLETTER_WITH_ITEMS_UNDER_THE_STORY.replace(
        "<div>The troughs on the top path go on from 1 May and the ones by the sheds a week later. Please close the taps.</div>",
        "<div>The troughs on the top path will be turned on from 1 May.</div>"
        "<div>Members are asked to close the taps after use: a tap left running flooded three plots last summer.</div>",
    )
    text = body_text(filed_draft(tmp_path, "allotments.html", page))
    assert "flooded three plots last summer" in text


def test_a_post_opened_in_a_dialog_over_a_feed_is_still_the_story(tmp_path: Path) -> None:
    """A dialog that holds more than a consent box's few lines, as a social site opens a post
    over its feed, is the story, not the site's box."""
    paragraphs = "".join(
        f"<div dir='auto'>{text}</div>"
        for text in (
            "FERRY BACK ON THE WATER AFTER A MONTH IN DRY DOCK",
            "The island ferry returned to service on Monday after a month in dry dock at the "
            "mainland yard, where her hull was cleaned and both engines were overhauled.",
            "The first crossing left the north pier at 7am with 64 passengers and two lorries, "
            "and the operator said the timetable would be back to normal from Wednesday.",
            "During the repairs a chartered landing craft carried freight twice a week, and "
            "passengers flew on the inter-island plane at the ferry fare, which the council "
            "paid for out of its emergency fund.",
            "The operator thanked islanders for their patience and said the next dry docking "
            "would be in three years' time, in the quiet months after Easter.",
        )
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Island News | Facebook</title>"
        "</head><body><div role='feed'><div>Island News</div></div>"
        f"<div role='dialog' aria-label=\"Island News's post\">{paragraphs}</div></body></html>"
    )
    text = body_text(filed_draft(tmp_path, "ferry.html", page))
    assert "flew on the inter-island plane" in text
    assert "three years' time" in text
