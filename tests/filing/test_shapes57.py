# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-seventh filing round reads right: a story told as a thread of posts and
copied from the social network's page, each post numbered at its end ('(3/5)'), the
network's buttons, counts and accounts round every post."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

THREAD_COPY = """Home
Notifications
Explore
Search

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
NEWS 🧵 Town library to open on Sundays from May

Trustees find the money for a six-month trial after a petition of 900 names

By Ruth Okafor

#Kelsby #Libraries

(1/5)
Apr 2, 2026, 08:40 AM
·
Web
4
Boosts
12
Favourites
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
KELSBY – The town library will open on Sunday afternoons from 3 May, the trustees decided on Tuesday evening after a petition signed by 900 residents. (2/5)
2
6
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
The trial will run for six months and cost about £18,000, paid from a bequest left to the library in 2019. (3/5)

📷 Readers at the library's front desk on Tuesday. Photo: Tom Ashby
ALT
1
3
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
"Sunday is the only day many families can come together," said the chair of the trustees, Mrs Ann Brook. (4/5)
Reply
Boost
Favourite
Bookmark
More

Harbour Bell
@harbourbell@social.harbour.example
Apr 2
Photos: Tom Ashby for Harbour Bell (5/5)
3
Reply
Boost
Favourite
Bookmark
More

Privacy policy
"""


def test_a_thread_s_posts_numbered_at_their_ends_are_the_story_s_paragraphs(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert draft.paragraphs == (
        "KELSBY – The town library will open on Sunday afternoons from 3 May, the trustees decided on Tuesday evening after a petition signed by 900 residents.",
        "The trial will run for six months and cost about £18,000, paid from a bequest left to the library in 2019.",
        '"Sunday is the only day many families can come together," said the chair of the trustees, Mrs Ann Brook.',
    )
    assert draft.dateline == "KELSBY"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Readers at the library's front desk on Tuesday.", "Tom Ashby")
    ]
    text = body_text(draft)
    for furniture in ("Boost", "Favourite", "Bookmark", "@harbourbell", "Apr 2", "ALT", "(3/5)"):
        assert furniture not in text
    assert "Harbour Bell" not in text


def test_a_thread_s_label_before_its_headline_is_no_word_of_it(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert draft.headline == "Town library to open on Sundays from May"
    assert draft.byline == ("Ruth Okafor",)


def test_a_thread_s_photographer_for_the_outlet_is_a_contributor(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.txt", THREAD_COPY)
    assert [(c.name, c.role) for c in draft.contributors] == [("Tom Ashby", "photography")]


MAILED_RELEASE = """MEDIA RELEASE
For immediate release

New evening buses for the north coast

Two late services a night from April, the operator says

ASHBY, 4 March 2026 – Two new evening buses will run between Ashby and the north coast villages from 1 April, the operator said on Wednesday.

The buses will leave the town square at 9.40pm and 11.10pm and call at every stop on the coast road.

"People have asked us for years for a bus home after the late shift," said the operator's manager, Mr Dan Royle.

Photo caption: A new bus at the Ashby depot on Tuesday. Credit: North Coast Buses (attached: depot-bus.jpg)

ENDS
"""


def test_the_file_a_release_attached_its_picture_as_is_no_part_of_the_credit(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "buses.txt", MAILED_RELEASE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("A new bus at the Ashby depot on Tuesday.", "North Coast Buses")
    ]


BOARD_TOPIC = """<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><title>Regatta results + photos - Eastbay Sailing Board</title></head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<h1>Eastbay Sailing Board</h1><p>The forum of the Eastbay Sailing Club &ndash; dinghies, keelboats and cruising</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><ul class="nav-breadcrumbs linklist"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span> <span class="crumb"><a href="./viewforum.php?f=4">Club news</a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=77">Regatta results + photos</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=77" class="button"><span>Post Reply</span></a><div class="pagination">2 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p901" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile901"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username-coloured">ClubSecretary</a></dt>
<dd class="profile-rank">Committee</dd><dd class="profile-posts"><strong>Posts:</strong> 415</dd><dd class="profile-joined"><strong>Joined:</strong> Mon Jan 09, 2017 7:10 pm</dd></dl>
<div class="postbody"><div id="post_content901">
<h3 class="first"><a href="./viewtopic.php?p=901#p901">Regatta results + photos</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5">ClubSecretary</a></strong> &raquo; </span><time datetime="2026-05-03T18:00:00+00:00">Sun May 03, 2026 6:00 pm</time></p>
<div class="content"><span style="font-size:150%;line-height:116%"><strong class="text-strong">Light winds and a late finish for the spring regatta</strong></span><br>
<br>
By Mary Tallis<br>
<br>
EASTBAY - Twenty-two boats started the club's spring regatta on Saturday, and the last of them crossed the line after seven in the evening as the wind died away.<br>
<br>
The Lasers were won by Sam Hooper, who led from the first mark, and the cruiser class by the Wren family's Curlew.<br>
<br>
The next race is the harbour pursuit on 17 May.</div>
<div id="sig901" class="signature">Mary Tallis<br>Club secretary</div>
</div></div></div></div>
<div id="p902" class="post has-profile bg1"><div class="inner">
<dl class="postprofile" id="profile902"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=44" class="username">keelboat_kev</a></dt><dd class="profile-posts"><strong>Posts:</strong> 88</dd></dl>
<div class="postbody"><div id="post_content902">
<h3><a href="./viewtopic.php?p=902#p902">Re: Regatta results + photos</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=44">keelboat_kev</a></strong> &raquo; </span><time datetime="2026-05-03T19:10:00+00:00">Sun May 03, 2026 7:10 pm</time></p>
<div class="content">Well done to everyone who stuck it out until the end, it was a long day on the water.</div>
</div></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div>
</div>
<div id="page-footer" class="page-footer"><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div>
</div></body></html>
"""


def test_a_board_topic_s_first_post_is_the_story_its_bold_first_line_the_headline(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "regatta.html", BOARD_TOPIC)
    assert draft.headline == "Light winds and a late finish for the spring regatta"
    assert draft.byline == ("Mary Tallis",)
    assert draft.dateline == "EASTBAY"
    assert draft.paragraphs == (
        "EASTBAY - Twenty-two boats started the club's spring regatta on Saturday, and the last of them crossed the line after seven in the evening as the wind died away.",
        "The Lasers were won by Sam Hooper, who led from the first mark, and the cruiser class by the Wren family's Curlew.",
        "The next race is the harbour pursuit on 17 May.",
    )


CLUB_SITE_NEWS = """<!DOCTYPE html><html lang="en-GB"><head><title>New kit for the under-12s | Dunmore Rovers FC</title></head>
<body><header class="club-header"><p class="club-header__name">Dunmore Rovers FC</p></header>
<main><article class="news-article">
<h1 class="news-article__title">Under-12s take the field in new kit after bakery's gift</h1>
<div class="news-article__meta"><span class="news-article__author">Club Secretary</span> <span>&middot;</span> <time datetime="2026-04-11T10:00:00Z">11th April 2026</time> <span>&middot;</span> <span class="news-article__read">3 min read</span> <span class="news-article__views">240 views</span></div>
<div class="news-article__body">
<p>The club's under-12s wore their new kit for the first time on Saturday, a gift from a bakery on Mill Street.</p>
<p>The owner, Mrs Jean Rowe, said her two grandsons play in the team.</p>
</div></article></main></body></html>
"""


def test_a_club_site_s_line_of_poster_date_reading_time_and_views_is_no_dek(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "kit.html", CLUB_SITE_NEWS)
    assert draft.headline == "Under-12s take the field in new kit after bakery's gift"
    assert draft.dek == ""
    assert "240 views" not in body_text(draft)


WEBMAIL_PRE = """<!DOCTYPE html><html><head><title>Inbox - Valley Mail</title></head><body>
<div class="messageItemHeader"><div class="subjectParent">Copy: new footbridge at Ashford Mill</div><div class="from">Nell Parry</div></div>
<div class="bodyText"><div class="b-text-part"><pre>Hi desk, copy for Thursday below.

NEW FOOTBRIDGE OPENS AT ASHFORD MILL

By Nell Parry

ASHFORD, 6 May - A new timber footbridge over the mill race at Ashford
opened on Tuesday, two years after floods carried the old one away and
cut the riverside path in half.

The parish council paid £41,000 for the bridge, which was built by a
firm from Wenlow and carried into place in one piece by a crane.

The path will be open from dawn to dusk, the council said, and dogs
must be kept on a lead near the mill pond.

Pics:
IMG_2210.JPG - The new footbridge over the mill race at Ashford on
Tuesday morning. Pic: Nell Parry
IMG_2214.JPG - Walkers cross the bridge for the first time after the
opening. Pic: Ashford Parish Council

--
Nell Parry
Ashford correspondent</pre></div></div>
</body></html>
"""


def test_a_mailed_list_of_pictures_by_file_name_is_read_an_entry_a_picture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "bridge.html", WEBMAIL_PRE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The new footbridge over the mill race at Ashford on Tuesday morning.", "Nell Parry"),
        (
            "Walkers cross the bridge for the first time after the opening.",
            "Ashford Parish Council",
        ),
    ]


COUNTED_PARTS = """Mill Lane bridge to close for repairs

By Ann Lee

HOLTBY – The Mill Lane bridge will close for six weeks from Monday while the county replaces its deck, the highways office said.

Drivers will be sent round by the ring road, which adds about four miles.
(1/3)

Workers inspect the bridge deck on Friday. (Ruth Gale/Holtby Post) (2/3)

The bridge carries about 4,000 cars a day.
(3/3)
"""


def test_a_part_s_count_alone_under_it_or_after_a_caption_s_credit_is_no_part_of_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "bridge.txt", COUNTED_PARTS)
    assert draft.paragraphs == (
        "HOLTBY – The Mill Lane bridge will close for six weeks from Monday while the county replaces its deck, the highways office said.",
        "Drivers will be sent round by the ring road, which adds about four miles.",
        "The bridge carries about 4,000 cars a day.",
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Workers inspect the bridge deck on Friday.", "Ruth Gale/Holtby Post")
    ]
