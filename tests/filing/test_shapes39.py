# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the thirty-ninth filing round reads right: a sports federation's news page and an
investor-relations release page, whose meta title and `<title>` are the headline cut short
for search and sharing while the page's heading says it whole; a SharePoint publishing page,
its title field the headline under the site's name in an `<h1>` and a reusable box in its
text; a church's blog post signed at its foot after a dash, a verse set over it and its
service times under the sign-off; an association's blog post, the gadget's posted line and
the writer's office under the byline over the story."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft

FEDERATION_PAGE = """<!DOCTYPE html>
<html><head>
<title>Harbour rowers take Lakeside regatta eights title | Northern Rowing Union</title>
<meta property="og:title" content="NRU News: Harbour crew wins eights">
<meta property="og:type" content="article">
</head><body>
<div class="siteHeader"><a href="/">Northern Rowing Union</a></div>
<div class="newsItemElement">
  <div class="newsItemHeader">
    <h2>Harbour rowers take Lakeside regatta eights title, qualify for national final</h2>
    <h4 class="newsItemSubhead">Club's first senior crown in nine years; juniors reach two finals</h4>
  </div>
  <div class="newsAuthor">By <span class="newsAuthorName">Priya Castellano</span></div>
  <div class="newsText">
    <p><strong>LAKESIDE –</strong> The Harbour Rowing Club won the senior eights at the Lakeside regatta on Saturday, beating the holders by a length and a half in a strong headwind.</p>
    <p>The win gives the crew a place in the national final at Westmere in July, the club's first since 2017.</p>
    <p>“We rowed our own race and trusted the rhythm,” said stroke Idris Fenwick.</p>
  </div>
</div>
</body></html>
"""


def test_a_heading_that_lengthens_the_page_s_title_is_the_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "regatta.html", FEDERATION_PAGE)
    assert draft.headline == "Harbour rowers take Lakeside regatta eights title, qualify for national final"
    assert draft.dek == "Club's first senior crown in nine years; juniors reach two finals"
    assert draft.dateline == "LAKESIDE"


RELEASE_PAGE = """<!DOCTYPE html>
<html><head>
<title>Tamsin Dairies plc - Tamsin Dairies opens cheese plant</title>
<meta property="og:title" content="Tamsin Dairies opens £20 million cheese plant">
</head><body>
<div class="stock-header">LSE: TMD 412.5p +3.1 (0.76%) Volume 92,100</div>
<div class="banner"><h1 class="module_title page-title">Press Release Details</h1></div>
<div class="module_container">
  <div class="module_date-time">March 2, 2026 7:00am GMT</div>
  <h2 class="module_headline"><span>Tamsin Dairies opens £20 million farmhouse cheese plant at Redruth</span></h2>
  <div class="module_body">
    <p style="text-align:center"><em>Plant will take milk from 140 Cornish farms and employ 90 people</em></p>
    <p><strong>REDRUTH, England, March 2, 2026</strong> – Tamsin Dairies plc today opened a £20 million cheese plant at Redruth, its largest investment in a decade.</p>
    <p>The plant can make 6,000 tonnes of cheese a year and will buy milk from 140 farms within forty miles of the site.</p>
    <p>Chief executive Morwenna Tregear said the plant would double the group's output of aged cheese by 2028.</p>
  </div>
</div>
</body></html>
"""


def test_a_release_page_s_headline_is_its_heading_not_its_shortened_meta_title(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "plant.html", RELEASE_PAGE)
    assert draft.headline == "Tamsin Dairies opens £20 million farmhouse cheese plant at Redruth"
    assert draft.dek == "Plant will take milk from 140 Cornish farms and employ 90 people"
    assert draft.dateline == "REDRUTH, England, March 2, 2026"


SHAREPOINT_PAGE = """<!DOCTYPE html>
<html><head><meta name="GENERATOR" content="Microsoft SharePoint" /><title>
	Harbour library reopens after roof repairs
</title></head><body><form method="post" action="news.aspx" id="aspnetForm">
<div id="s4-ribbonrow"><span class="s4-breadcrumb-anchor">Navigate Up</span>
<div class="s4-breadcrumb"><span>This page location is:</span><ul><li><a href="/">Westmere Town Council</a></li><li><a href="/news">News</a></li><li><span>Harbour library reopens after roof repairs</span></li></ul></div></div>
<div id="s4-titlerow"><table class="s4-titletable"><tr>
<td class="s4-titlelogo"><a href="/"><img src="/images/crest.png" alt="Crest of Westmere Town Council" /></a></td>
<td class="s4-titletext"><h1 name="onetidProjectPropertyTitle"><a href="/">Westmere Town Council</a></h1><span class="motto">Working for every ward</span></td>
</tr></table></div>
<div class="ms-quickLaunch"><h3 class="ms-standardheader">Quick Launch</h3><ul><li><a href="/news/archive.aspx">News Archive</a></li></ul>
<ul class="s4-specialNavLinkList"><li><a href="/_layouts/recyclebin.aspx">Recycle Bin</a></li></ul></div>
<div class="article article-left">
  <div class="pageTitle"><span id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_TextField">Harbour library reopens after roof repairs</span></div>
  <div class="articleDate"><span>2/20/2026</span></div>
  <div class="articleByLine"><span>By Olwen Pritchard</span></div>
  <div class="article-content"><div class="ms-rtestate-field">
    <p>The Harbour Street library reopened on Friday after five months of repairs to its roof, which had let rain into the children's room since the autumn storms.</p>
    <p>The council spent £180,000 on new slates, gutters and a lift for the upper floor.</p>
    <p>Librarian Gwen Morris said 300 people came through the doors on the first morning.</p>
    <div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false"><div class="ms-rtestate-read">
      <p><strong>Tell us what you think</strong></p>
      <p>Send comments on any council service to the customer desk at 01234 000000, weekdays from 9 a.m. to 5 p.m.</p>
    </div></div>
  </div></div>
</div>
</form></body></html>
"""


def test_a_sharepoint_page_s_title_field_is_the_headline_under_the_site_s_name(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "library.html", SHAREPOINT_PAGE)
    assert draft.headline == "Harbour library reopens after roof repairs"
    assert draft.dek == ""
    assert draft.byline == ("Olwen Pritchard",)
    assert draft.paragraphs[0].startswith("The Harbour Street library reopened on Friday")
    assert draft.paragraphs[-1] == "Librarian Gwen Morris said 300 people came through the doors on the first morning."
    text = "\n".join((draft.headline, draft.dek, *draft.paragraphs))
    for chrome in ("Westmere Town Council", "Working for every ward", "Quick Launch", "Recycle Bin", "Tell us what you think", "customer desk"):
        assert chrome not in text
    assert draft.images == ()


CHURCH_POST = """<!DOCTYPE html>
<html><head><title>Hall roof fund passes its target | St Brannock's Chapel</title></head><body>
<nav><a href="/">Home</a> <a href="/blog">News</a></nav>
<div class="s-blog-post">
  <a class="s-blog-back" href="/blog">← Back to Blog</a>
  <h1 class="s-blog-title">Chapel hall roof fund passes its target after jumble sale</h1>
  <div class="s-blog-details">April 4, 2026</div>
  <div class="s-blog-section"><p style="text-align: center;"><em>“Every good gift and every perfect gift is from above.” – James 1:17</em></p></div>
  <div class="s-blog-section">
    <p>The appeal to mend the roof of St Brannock's chapel hall passed its target of £12,000 on Saturday, when the spring jumble sale raised £1,480 in a single afternoon.</p>
    <p>The roof has leaked over the stage since the January gales, and the hall's playgroup has met in the vestry since then.</p>
    <p>Warden Alun Treharne said slaters would start work after Easter and the hall should reopen in June.</p>
    <p>The chapel thanked the bakers, the sorters and everyone who came.</p>
    <p style="text-align: right;">— Nerys Probert, Chapel Secretary</p>
    <p><em>St Brannock's meets for worship every Sunday at 11 a.m. All are welcome.</em></p>
  </div>
</div>
<footer><p>© 2026 St Brannock's Chapel</p></footer>
</body></html>
"""


def test_a_post_signed_at_its_foot_after_a_dash_names_its_writer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roof.html", CHURCH_POST)
    assert draft.headline == "Chapel hall roof fund passes its target after jumble sale"
    assert draft.byline == ("Nerys Probert",)
    assert draft.paragraphs[-1] == "The chapel thanked the bakers, the sorters and everyone who came."
    text = "\n".join((draft.dek, *draft.paragraphs))
    assert "Chapel Secretary" not in text
    assert "meets for worship" not in text
    story = (
        "Harbour wall to be rebuilt\n\nBy Ann Lee\n\n"
        "KILCARRAN — The county will rebuild the harbour wall this summer.\n\n"
        "The old wall was breached twice in the winter storms.\n\n"
        "Fishermen welcomed the news.\n\n"
        "— Brendan Ruane, harbour master\n"
    )
    assert filed_draft(tmp_path, "wall.txt", story).byline == ("Ann Lee",)  # a byline stands


def test_a_verse_set_over_a_post_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roof.html", CHURCH_POST)
    assert draft.dek == ""
    assert "James 1:17" not in "\n".join(draft.paragraphs)
    assert draft.paragraphs[0].startswith("The appeal to mend the roof")



ASSOCIATION_POST = """<!DOCTYPE html>
<html><head><meta name="generator" content="Wild Apricot" /><title>Blog - Friends of Lanreath</title></head><body>
<div class="WaGadgetBlogStateDetails">
  <div class="boxHeaderContainer">
    <h3 class="boxHeaderTitle">Village minibus back on the road after appeal</h3>
    <div class="boxHeaderInfo"><div class="postedByInfo">
      <span class="postedOn">2 Feb 2026 4:15 PM</span> |
      <span class="postedBy">Kerensa Hocking (Administrator)</span>
    </div></div>
  </div>
  <div class="gadgetBlogEditableArea">
    <p><strong>By Jory Penrose</strong><br /><em>Honorary Press Officer</em></p>
    <p><strong>LANREATH –</strong> The village minibus is taking pensioners to the market again after members raised £9,200 for a new gearbox and tyres.</p>
    <p>The bus, which runs twice a week to Liskeard, had stood in the chapel yard since October.</p>
    <p>Driver Wenna Rowe said thirty people had booked seats for the first week.</p>
  </div>
</div>
</body></html>
"""


def test_a_blog_gadget_s_posted_line_and_the_writer_s_office_are_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "minibus.html", ASSOCIATION_POST)
    assert draft.headline == "Village minibus back on the road after appeal"
    assert draft.dek == ""
    assert draft.byline == ("Jory Penrose",)
    assert draft.dateline == "LANREATH"
    text = "\n".join(draft.paragraphs)
    assert "Kerensa Hocking" not in text and "Press Officer" not in text
