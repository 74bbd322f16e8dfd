# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-fifth filing round reads right: a mail saved from a webmail's reading pane
whose plain text is one block of lines set apart by <br>, each paragraph one line; an Invision
Community topic, its first post the story, its attached pictures lazy-loaded behind a
placeholder and captioned by an italic line under them; a byline that gives the pictures to
their photographer ('Words: Name | Pics: Name'); a mailing's small print in lines under the
story, which an extractor keeps."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft


def _webmail_reading_pane() -> str:
    """A correspondent's mail saved from a webmail: the app's bar, the folders, the message
    list with previews of other mail, the reading pane's header and attachments, then the mail
    as one block whose lines a <br> ends, each paragraph one long line."""
    lines = [
        "Hi desk,",
        "",
        "Here is the bridge story. Two pics attached.",
        "",
        "Marta",
        "",
        "-----",
        "",
        "FOOTBRIDGE TO REOPEN AFTER FLOOD REPAIRS",
        "",
        "Villagers have walked an extra mile to school for four months",
        "",
        "By Marta Quill",
        "",
        "ASHFORD -- The footbridge over the river at Ashford will reopen on Monday, four months after floodwater tore away its middle span, the county council said.",
        "",
        "Children from the north bank have walked an extra mile along the main road to reach the primary school since November.",
        "",
        "The repairs cost about $240,000, most of it from the state's flood relief fund, council engineer Paul Dorsey said.",
        '"We have been counting the days," said parent Lena Hart. "The road has no pavement for half of the way."',
        "",
        "The council said the new span sits a foot higher than the old one and should stay clear of a flood like November's.",
        "",
        "ENDS",
        "",
        "--",
        "Marta Quill",
        "Ashford correspondent",
    ]
    body = "<br>\n".join(lines)
    return (
        "<html><head><title>bridge story + pics - Webmail</title></head><body>"
        "<header class='wm-topbar'><nav><a href='#'>Email</a> <a href='#'>Contacts</a> <a href='#'>Calendar</a></nav></header>"
        "<aside class='wm-folders'><ul><li>Inbox <span>12</span></li><li>Sent Items</li><li>Junk E-Mail</li></ul></aside>"
        "<section class='wm-list'><ul>"
        "<li class='row'><div class='from'>County Council</div><div class='date'>9:02 AM</div><div class='subject'>Road closure notice</div>"
        "<div class='preview'>Please note that Mill Lane will be closed for resurfacing from Tuesday until the end of the month...</div></li>"
        "<li class='row selected'><div class='from'>Marta Quill</div><div class='date'>8:15 AM</div><div class='subject'>bridge story + pics</div>"
        "<div class='preview'>Hi desk, Here is the bridge story. Two pics attached...</div></li>"
        "</ul></section>"
        "<section class='wm-preview'><div class='wm-header'><h2 class='subject'>bridge story + pics</h2>"
        "<div class='from'>Marta Quill &lt;marta@example.net&gt;</div><div>To: desk@example.org</div></div>"
        "<div class='wm-attachments'>2 Attachments (3.1 MB) <a href='#'>Download All</a></div>"
        f"<div class='wm-body'><div style='font-family:Arial'>{body}<br></div></div></section>"
        "<footer>Webmail 9.2 &copy; 2026</footer></body></html>"
    )


def test_a_webmail_s_plain_text_mail_of_unwrapped_lines_is_read_whole(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", _webmail_reading_pane())
    text = body_text(draft)
    assert "tore away its middle span" in text
    assert "The council said the new span sits a foot higher" in text
    assert draft.headline == "FOOTBRIDGE TO REOPEN AFTER FLOOD REPAIRS"
    assert "Here is the bridge story" not in text


def _invision_topic() -> str:
    """A club's report posted to an Invision Community forum, the topic saved as a page: the
    header, the topic's title (its own listing of the post) with its tags and followers, 'By
    Name, date in Forum', 'Reply to this topic', then each post as an `article.cPost` with its
    author pane, its meta line, its text (a bold headline, an italic dek, paragraphs, an
    attached picture), the 'Edited' note, reactions and signature; then the replies, one
    quoting the post."""

    def post(number: int, name: str, text: str) -> str:
        return (
            f"<article id='elComment_{number}' class='cPost ipsBox ipsComment ipsComment_parent ipsClearfix ipsColumns'>"
            f"<aside class='ipsComment_author cAuthorPane ipsColumn'><h3 class='ipsType_sectionHead cAuthorPane_author'><strong><a href='#'>{name}</a></strong></h3>"
            "<ul class='cAuthorPane_info ipsList_reset'><li data-role='group'>Members</li></ul></aside>"
            f"<div class='ipsColumn ipsColumn_fluid'><div id='comment-{number}_wrap' class='ipsComment_content ipsType_medium'>"
            "<div class='ipsComment_meta ipsType_light'><a href='#'>Posted <time datetime='2026-05-02T09:00:00Z'>May 2</time></a></div>"
            f"<div class='cPost_contentWrap'><div data-role='commentContent' class='ipsType_normal ipsType_richText ipsContained'>{text}</div>"
            "<div class='ipsItemControls'><ul class='ipsReact_reactions'><li class='ipsReact_reactCount'><span>12</span></li></ul></div>"
            "<div data-role='memberSignature'><div class='ipsType_light ipsType_richText'><p>Riverside Rowing Club, on the water since 1921</p></div></div>"
            "</div></div></div></article>"
        )

    report = (
        "<p><strong><span style='font-size:20px;'>Riverside eight win the head race by a canvas</span></strong></p>"
        "<p><em>A late push past the boathouses gives the club its first title since 2009</em></p>"
        "<p>Riverside's men's eight won the county head race on Saturday by less than a second, overtaking the Millbank crew in the last 200 metres.</p>"
        "<p>The crew rowed the five-kilometre course in 15 minutes 42 seconds, their fastest time this season.</p>"
        "<p><a class='ipsAttachLink ipsAttachLink_image' href='https://forum.example.org/uploads/DSC_0412.JPG'><img class='ipsImage ipsImage_thumbnailed' width='800' alt='DSC_0412.JPG' data-src='https://forum.example.org/uploads/DSC_0412.thumb.JPG' src='https://forum.example.org/applications/core/interface/js/spacer.png'></a></p>"
        "<p><em>The Riverside eight pass the boathouses in the last 500 metres.</em></p>"
        '<p>"We were two lengths down at the bridge and nobody in the boat thought we were beaten," said stroke Owen Pryce.</p>'
        "<p>The club's women's four finished third, and its junior sculler, 16-year-old Ffion Hale, won her category.</p>"
    )
    reply = (
        "<blockquote class='ipsQuote' data-ipsquote=''><div class='ipsQuote_citation'>RRC_Press said:</div>"
        "<div class='ipsQuote_contents'><p>The crew rowed the five-kilometre course in 15 minutes 42 seconds, their fastest time this season.</p></div></blockquote>"
        "<p>Brilliant. I was on the towpath and it was closer than that!</p>"
    )
    return (
        "<html><head><title>Head race report (with pics) - Club News - Riverside Rowing Forum</title></head><body>"
        "<a href='#elContent'>Jump to content</a>"
        "<div id='ipsLayout_header'><ul id='elUserNav'><li><a href='#'>Existing user? Sign In</a></li><li><a href='#'>Sign Up</a></li></ul></div>"
        "<main id='ipsLayout_body'><div id='ipsLayout_mainArea'>"
        "<div class='ipsPageHeader ipsBox ipsPadding'><div class='ipsFlex'><div class='ipsFlex-flex:11'>"
        "<h1 class='ipsType_pageTitle ipsContained_container'><span class='ipsType_break ipsContained'><span>Head race report (with pics)</span></span></h1>"
        "</div><div class='ipsFlex-flex:00 ipsType_light'><ul class='ipsList_inline'><li><a href='#' class='ipsFollow ipsButton' data-role='followButton'><span>Followers</span> <span class='ipsCommentCount'>3</span></a></li></ul></div></div>"
        "<div class='ipsPageHeader__meta ipsFlex'><div class='ipsPhotoPanel ipsPhotoPanel_mini'><div><p class='ipsType_reset'>"
        "<span class='ipsType_normal'>By <a href='#'>RRC_Press</a>, </span><span class='ipsType_light'><time datetime='2026-05-02T09:00:00Z'>May 2</time> in <a href='#'>Club News</a></span></p></div></div></div></div>"
        "<div class='ipsClearfix'><ul class='ipsToolList ipsToolList_horizontal'><li class='ipsToolList_primaryAction'><a href='#replyForm' class='ipsButton'>Reply to this topic</a></li></ul></div>"
        "<div id='comments' class='cTopic ipsClear ipsSpacer_top'>"
        + post(501, "RRC_Press", report)
        + post(502, "towpath_tom", reply)
        + "</div>"
        "<div class='ipsBox ipsPadding'><div class='ipsGrid'><div class='ipsGrid_span6'><h2 class='ipsType_pageTitle'>Create an account or sign in to comment</h2>"
        "<p class='ipsType_normal ipsType_light'>You need to be a member in order to leave a comment</p></div>"
        "<div class='ipsGrid_span6'><a href='#' class='ipsButton ipsButton_primary'>Register a new account</a></div></div></div>"
        "<div class='ipsBox' data-role='similarContent'><h2 class='ipsType_sectionHead'>Recommended Posts</h2><ul><li><a href='#'>Spring regatta entries open</a></li></ul></div>"
        "</div></main><footer id='ipsLayout_footer'><p id='elCopyright'><a href='#'>Powered by Invision Community</a></p></footer></body></html>"
    )


def test_an_invision_community_topic_is_read_as_its_first_post(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "race.html", _invision_topic())
    assert draft.headline == "Riverside eight win the head race by a canvas"
    assert draft.dek == "A late push past the boathouses gives the club its first title since 2009"
    assert draft.paragraphs[0].startswith("Riverside's men's eight won the county head race")
    assert draft.paragraphs[-1].startswith("The club's women's four finished third")
    text = body_text(draft)
    assert "towpath" not in text
    assert "Recommended" not in text and "Rowing Club, on the water" not in text
    assert "sign in to comment" not in text and "Register a new account" not in text
    assert draft.byline == ()


def test_a_lazy_loaded_picture_behind_a_placeholder_is_read_from_its_data_src(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "race.html", _invision_topic())
    assert [p.source for p in draft.images] == [
        "https://forum.example.org/uploads/DSC_0412.thumb.JPG"
    ]
    assert (
        draft.images[0].caption == "The Riverside eight pass the boathouses in the last 500 metres."
    )
    assert "pass the boathouses" not in body_text(draft)


def test_a_byline_giving_the_pictures_to_another_credits_the_uncredited_ones(
    tmp_path: Path,
) -> None:
    page = _invision_topic().replace(
        "<p>Riverside's men's eight won",
        "<p>Words: Gareth Bowen | Pics: Nia Lloyd</p><p>Riverside's men's eight won",
    )
    draft = filed_draft(tmp_path, "race.html", page)
    assert draft.byline == ("Gareth Bowen",)
    assert [(c.name, c.role) for c in draft.contributors] == [("Nia Lloyd", "photography")]
    assert [p.credit for p in draft.images] == ["Nia Lloyd"]


def test_a_mailing_s_small_print_in_lines_under_the_story_stays_the_mailing_s(
    tmp_path: Path,
) -> None:
    """Lines of a mailing's footer set apart by <br> (its copyright, address and links) are no
    sign of where the story's text ends, though an extractor may keep the footer's cell."""
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "The county will open a second bus depot at Harlow Cross in the spring, moving thirty buses out of the town centre, the transport committee agreed on Tuesday.",
            "The depot will cost about $4 million and take eighteen months to build, the committee's chair, Ruth Aldane, said.",
            "Residents of Station Road, where the buses now park overnight, have asked for the move since 2019.",
        )
    )
    page = (
        "<html><head><title>The Valley Weekly: depot plan approved</title></head><body>"
        "<table width='100%'><tr><td><table class='mcnTextBlock'><tr><td class='mcnTextContent'>"
        f"<h1>Second bus depot approved for Harlow Cross</h1>{story}</td></tr></table>"
        "<table class='mcnTextBlock'><tr><td class='mcnTextContent' style='font-size:11px'>"
        "<em>Copyright © 2026 The Valley Weekly, All rights reserved.</em><br>"
        "You are receiving this email because you signed up at valleyweekly.example.<br><br>"
        "<strong>Our mailing address is:</strong><br>The Valley Weekly, 4 Mill Lane, Harlow<br><br>"
        "Want to change how you receive these emails?<br>"
        "You can <a href='#'>update your preferences</a> or <a href='#'>unsubscribe from this list</a>."
        "</td></tr></table></td></tr></table></body></html>"
    )
    draft = filed_draft(tmp_path, "depot.html", page)
    assert draft.paragraphs[-1].startswith("Residents of Station Road")
    text = body_text(draft)
    assert "mailing address" not in text and "unsubscribe" not in text
