"""A saved web page or a CMS export as blocks, with what its metadata says.

The page's JSON-LD (schema.org NewsArticle and its kin) and meta tags name the headline,
dek and authors, and are trusted first. trafilatura, made to find a page's main text, says
where the article runs; the page is then walked in reading order (lxml), so that the
headline, dek, byline and figures around that text are read too, and the paragraphs
trafilatura leaves out inside the article are kept. Scripts, styles, iframes and forms are
never read; navigation, footers, asides and the blocks a page marks as sharing, newsletter,
related or comment widgets are chrome. Images the page carries (data: URIs) or that were
saved beside it (the page's `_files` folder) are read with their bytes.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote, urlparse

import lxml.etree
import lxml.html  # a dependency of trafilatura; this module is imported only to file a page

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.lexicon import DEFAULT
from newsroom.errors import InputError
from newsroom.filing.captions import cover_alt, file_name, plain_alt, split_credit
from newsroom.filing.chat import later_paragraph
from newsroom.filing.draft import WHOLE_PICTURE, Block, Hints, Picture
from newsroom.filing.furniture import furniture
from newsroom.filing.lines import BYLINE, SENTENCE_END, contributions, person_names
from newsroom.filing.paste import PICTURE_ENTRY, text_blocks, wrapped_text
from newsroom.filing.read import visible_controls
from newsroom.filing.topic import read_topic

SKIPPED: Final = frozenset(
    (
        *("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object"),
        *("embed", "button", "select", "input", "textarea", "head", "title", "meta", "link"),
        *("video", "audio", "map"),
    )
)
# blocks read whole even with an image inside; the others (a table cell, a quotation) are
# read block by block when they hold blocks
PARAGRAPHS: Final = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "figcaption"))
_MARKS: Final = lxml.etree.XPath(".//a[starts-with(@href, '#cmnt') or starts-with(@href, '#ftnt')]")
# text set apart for screen readers alone ('<span class="visually-hidden">Image caption,
# </span>'), which no reader of the page sees: a figure's labels, an embed's skip links
_SCREEN_READER: Final = re.compile(
    r"(?:^|\s)(?:visually-?hidden|visuallyhidden|sr-only|screen-?reader-(?:text|only)|"
    r"a11y-(?:hidden|only)|u-vh|offscreen)(?:\s|$)",
    re.I,
)
_SCREEN_READER_TEXT: Final = lxml.etree.XPath(
    ".//*[contains(@class, 'hidden') or contains(@class, 'sr-only') or "
    "contains(@class, 'screen-reader') or contains(@class, 'a11y') or "
    "contains(@class, 'u-vh') or contains(@class, 'offscreen')]"
)
_HIDDEN: Final = lxml.etree.XPath(".//*[@hidden and not(@hidden='until-found')]")


def _class(name: str) -> str:
    """An XPath test that an element's class attribute holds `name` as a whole word (not
    'message' in 'message-list')."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# an icon drawn by an icon font from its name's ligature, the name written as its text
# ('<mat-icon>arrow_forward</mat-icon>', '<span class="material-icons">mail_outline</span>')
_ICON_TEST: Final = (
    f"{_class('material-icons')} or "
    "contains(@class, 'material-symbols') or contains(@class, 'mat-ligature-font')"
)
_ICON_LIGATURES: Final = lxml.etree.XPath(f"//mat-icon | //*[{_ICON_TEST}]")
# a span the page's own style never shows: Plone's hidden copy of the title, description
# and address for the search engines ('<span id="social-tags-body" style="display: none">')
_STYLED_SPANS: Final = lxml.etree.XPath(".//span[contains(@style, 'none')]")
# what marks a hidden copy for search engines: schema.org's microdata, Plone's hidden names
_MICRODATA: Final = lxml.etree.XPath("boolean(descendant-or-self::*[@itemprop or @itemscope])")
_SEARCH_COPY: Final = re.compile(r"\b(?:social-tags-body|hiddenStructure)\b")
_NOT_SHOWN: Final = re.compile(r"(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)", re.I)
# the label a screen reader hears before a picture's credit: 'Image source, '
_CREDIT_LABEL: Final = re.compile(
    r"^(?:image|photo|picture|media|video)? ?(?:source|credit|copyright)[,:]?$", re.I
)
# a footnote's or endnote's mark in the text ('[1]'), and text struck through in a draft
_FOOTNOTE_MARKS: Final = lxml.etree.XPath(
    ".//a[starts-with(@href, '#footnote') or starts-with(@href, '#endnote') or "
    "starts-with(@href, '#fn')] | .//s | .//del | .//strike | "
    # a comment's mark in a page Word saved: '<a class=msocomanchor href="#_msocom_1">[DW1]</a>'
    ".//a[starts-with(@href, '#_msocom')] | "
    # a note's mark a CMS sets around its link, brackets and all: SPIP's 'spip_note_ref'
    # (a mark, not a run of words a class so named holds: 'the boat is late')
    ".//span[(contains(@class, 'note_ref') or contains(@class, 'note-ref')) and "
    "string-length(normalize-space(.)) <= 8]"
)
# (as deep as an old page nests its unclosed <font> tags: past 255 levels, libxml2 drops them)
_PARSER: Final = lxml.html.HTMLParser(huge_tree=True)
_PAGE_END: Final = re.compile(r"</(?:body|html)\s*>", re.I)
# Word's HTML draws a list's marker itself, for browsers that cannot, between
# '<![if !supportLists]>' and '<![endif]>' (a '·' in the Symbol font, '1.', 'a)'): the list's
# marker, no word of the item
_WORD_LIST_MARKER: Final = re.compile(r"<!\[if !supportLists\]>.{0,2000}?<!\[endif\]>", re.I | re.S)
# a page builder's layout shortcode printed as text once the builder is switched off, its
# attributes curly-quoted by the site's typography filter (WPBakery's '[vc_row]',
# '[vc_single_image image=”20417″]', Divi's '[et_pb_section]', Avada's '[fusion_text]'):
# the builder's markup, never words of the page: a run of them, or one alone at a
# paragraph's edge; one a sentence names among its words ('... lines of code such as
# [vc_row] on their pages') is the story's
_BUILDER_CODE: Final = r"\[/?(?:vc|et_pb|fusion)_[a-z0-9_]{1,40}(?:\s[^\[\]<>]{0,2000})?\]"
_BUILDER_SHORTCODES: Final = re.compile(rf"{_BUILDER_CODE}(?:\s*{_BUILDER_CODE})*")
_ONE_SHORTCODE: Final = re.compile(_BUILDER_CODE)
# a tag setting what follows as code, written just before a shortcode it shows
_CODE_OPENED: Final = re.compile(r"<(?:code|kbd|samp|tt|pre)\b[^<>]*>\s*$", re.I)
_BREAK: Final = "\ue000"  # (a private character: no white space to fold away)
CHROME_TAGS: Final = frozenset(("nav", "footer", "aside", "form", "menu", "dialog"))
_WHOLE: Final = frozenset(("html", "body", "main", "article"))
BLOCKS: Final = frozenset(
    (
        *("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption"),
        *("dd", "dt", "td", "th", "caption", "address"),
    )
)
_CHROME_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|share|sharing|related|newsletter|"
    # (Serendipity's picture with its caption, 'serendipity_imageComment_txt', is no comment)
    r"subscribe|subscription|signup|sign-up|(?<!image-)comments?|footer|sidebar|promo|advert|"
    # (an ad's slot: Jannah's theme sets 'stream-item-top', 'stream-item-in-post'; a class of
    # its own, not a live blog's 'live-stream-item')
    r"advertisement|ads?(?!-free)|ad-slot|(?<![\w-])stream-item|banner|breadcrumbs?|cookie|"
    r"popup|modal|recommended|"
    r"trending|most-popular|most-read|outbrain|taboola|tags|teasers?|more-stories|"
    r"read-more|also-read|masthead|site-header|skip-link|toolbar|post-meta|notes-count|reblogs?|"
    r"pagination|infobox|noprint|catlinks|printfooter|mw-jump-link|mw-editsection|"
    # a reader poll's box ('poll', 'poll-widget'), not a story's section or its findings
    r"(?<![\w-])(?:poll|quiz)|(?:polls?|quiz|survey)[_-](?:widget|container|embed|module|box|"
    r"form|wrapper|questions?|answers?|results|vote)|polldaddy|crowdsignal|"
    # a mail program's signature and the earlier message its reply quotes (Thunderbird's,
    # Gmail's), in a message saved as a page
    r"moz-signature|moz-cite-prefix|gmail_signature|gmail_quote|gmail_attr|"
    # an audio player's box ('Listen to this story', its duration and download links) and
    # a box to report a mistake in the story
    r"audio-(?:embed|player)|podcast-player|report-(?:error|errors|mistake|typo)|"
    # a call to action set in the story: a newsletter's or a donation's image button
    r"cta|call-to-action|"
    # a business site's live market quote: a chip with a listed company's price and change
    # glued to its name in a paragraph, a box of its quote ('stock-chip', 'stock-widget')
    r"stock-(?:chip|widget|quote|ticker)|"
    # a subscription's pitch set in the story ('premium-box'), and a legal news portal's box
    # of the case's details under a report (its title, number, the portal's own citation and
    # the button to download the order: 'case-details')
    r"premium-(?:box|promo|banner)|case-details|"
    # a WordPress magazine theme's ad slot (SmartMag's 'a-wrap a-wrap-base'), its label
    # 'Advertisement' over the advertiser's linked picture
    r"(?<![\w-])a-wrap|"
    # the U.S. Web Design System's identifier under a government page: its agency, its
    # required links, 'Looking for U.S. government information and services?'
    r"usa-identifier|"
    # the notes a Markdown renderer sets under a post ('<div class="footnotes">'): its sources
    r"footnotes|"
    # (and SPIP's, with their marks' numbers: '<div class="notes">', a class of its own, not
    # a podcast page's 'show-notes', which hold the story), the links to the
    # story's other languages ('translations', SPIP's 'traductions') and the files attached
    # under it ('attachments', SPIP's 'documents_joints')
    r"(?<![\w-])notes(?![\w-])|translations|traductions|attachments|documents_joints|"
    # a box offering the story to other outlets: 'Run this story', 'Republish this story'
    r"republish|republication|"
    # Joomla K2's toolbar over an item (font size, print, e-mail, 'Be the first to comment!')
    # and its rating block ('Rate this item', its stars, '(0 votes)')
    r"itemToolbar|itemRatingBlock|"
    # an aggregator's furniture around a partner's story: the partner's block (its logo, name
    # and date) under the headline, the link out to the original, the aggregator's notice
    r"publisher-(?:block|notice)|read-original|"
    # the list of files attached to a report, each with a picture of its first page
    r"attachment-(?:list|preview)|"
    # the copyright box and the topic list under a story ('story-copyright', 'story-topics')
    r"(?:story|article|post|entry)[-_](?:copyright|topics)|"
    # a platform's disclaimer under what its users post ('The views and opinions expressed
    # in this article are solely those of the creator ...')
    r"disclaimer|"
    # a web part set in a SharePoint page's rich text: a reusable box of the site's (a service
    # desk's hours and number on every news page), a list's view
    r"rte-wpbox|"
    # WordPress's Soledad theme: its box of related posts set between a post's paragraphs
    # ('penci-ilrltpost-insert', 'You Might Be Interested In' over their links)
    r"penci-ilrltpost-insert|"
    # WordPress's Avada theme: its dismissable alert box set in a post ('fusion-alert'), the
    # post's meta line under it (the posting account, date, categories and comment count:
    # 'fusion-meta-info') and the box about the post's author ('about-author')
    r"fusion-alert|fusion-meta-info|about-author|"
    # the writer's bio in the box about them under a post (Kadence's 'entry-author-description
    # author-bio')
    r"author-(?:bio|description)|"
    # the bars and empty boxes Magnolia's page editor sets in a page saved from its author
    # instance: each component's label ('Text and Image'), 'New Main component'
    r"mgnlEditor(?:Bar|Placeholder)\w*|"
    # a web shop's cards of its products set under a post ('productCarousel', 'productGrid')
    r"product-?(?:carousel|grid|cards?|list|tiles?)|"
    # a business site's slider of its customers' praise ('fl-module-testimonials'), and
    # Beaver Builder's callout module, a box calling readers to the site's offer
    r"testimonials?|fl-module-callout|"
    # the footer cell of a newsletter Brevo (Sendinblue) sends, its social icons over the
    # sender's address and the unsubscribe link ('rnb-social-text-left')
    r"rnb-social[\w-]*|"
    # a newsroom's box of files offered with a release ('media-downloads'): thumbnails of
    # the story's pictures again, their file names and sizes, a logo pack
    r"(?:media|press|image|file)[-_]?downloads?|"
    # the boxes of WordPress's share plugins, named after the plugin, not the word 'share'
    # (Novashare's 'novashare-buttons', Social Warfare's 'swp_social_panel', Shared Counts',
    # MashShare's and AddToAny's)
    r"novashare[\w-]*|swp_social_panel|shared-counts[\w-]*|mashsb-[\w-]+|a2a_kit|"
    # the site's logo and the name set in it, even as a heading ('<h1 class="h1-logo">'),
    # and a row of partner sites' logos under the page ('<ul class="gov-logos">')
    r"logos?)"
    r"(?:$|[\s_-])",
    re.I,
)
# the class of an embedded post: X's, Instagram's, TikTok's, Facebook's, Bluesky's, Threads'
_EMBED: Final = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|text-post-media|"
    r"social-embed|embed-(?:tweet|post)",
    re.I,
)
_HINTS: Final = (
    ("byline", re.compile(r"byline|author", re.I)),
    (
        "dek",
        re.compile(
            r"\b(?:dek|deck|standfirst|chapo|chapeau|subtitle|sub-title|subhead(?:line)?|summary|MsoSubtitle|"
            r"excerpt|strapline|kicker-dek|description|ingress|(?:article|story)__lead|"
            # (the GOV.UK Design System's lead paragraph under the title, and others named so;
            # djangocms-blog's post abstract, its 'blog-lead')
            r"govuk-body-l|lead-paragraph|blog-lead|documentDescription)\b|"
            # (the element of a story's header named after a BEM '__': 'c-story-header__summary',
            # not a teaser's 'cmp-teaser__description')
            r"(?:header|story|article|hero|cover|headline|title)[\w-]*__(?:summary|dek|deck|standfirst|"
            r"subtitle|excerpt|intro|description)\b",
            re.I,
        ),
    ),
    ("credit", re.compile(r"credit|copyright|photographer", re.I)),
    (
        "date",
        re.compile(r"(?:^|[\s_-])(?:date|timestamp|pubdate|published|updated)(?:$|[\s_-])", re.I),
    ),
    # (a news module's title under its picture: EasyDNNnews' 'edn_mediaTitle')
    # (and Serendipity's text under a picture: 'serendipity_imageComment_txt')
    ("caption", re.compile(r"caption|cutline|media[-_]?title|imageComment_txt", re.I)),
)
# the Title paragraph of a page a word processor saved: Word's '<p class=MsoTitle>', a
# Google Doc's '<p class="c1 title">' inside its '.doc-content'
_TITLE_PARAGRAPHS: Final = (
    "//p[contains(concat(' ', @class, ' '), ' MsoTitle ')] | "
    "//*[contains(concat(' ', @class, ' '), ' doc-content ')]"
    "//p[contains(concat(' ', @class, ' '), ' title ')]"
)
# a paragraph style that sets the headline, as InDesign and Quark export it: 'HED-60pt',
# 'Headline' (not a kicker's, a deck's or a byline's: 'Hed-Kicker', 'Hed-Sub', 'headline-byline')
_HED_STYLE: Final = re.compile(r"^(?:hed|headline)(?:[-_]?\d+(?:pt)?)?(?:\s|$)", re.I)
# a class naming what a block goes without: 'no-share', 'no_sidebar', 'without-ads'; or what
# it has beside its text, which names no kind of block: a WordPress theme's wrapper of the
# story and its floating share bar, 'post-content-wrap has-share-float'
_LACKING: Final = ("no-", "no_", "without-", "without_", "has-", "has_")
_ARTICLE_TYPES: Final = re.compile(r"article|posting|report", re.I)
_MAX_IMAGE: Final = 10 * 1024 * 1024
_IMAGE_MAGIC: Final = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"RIFF", b"II*\x00", b"MM\x00*")


def page_blocks(text: str, folder: Path | None, shown: str) -> tuple[list[Block], Hints]:
    """A page's blocks in reading order and what its metadata says."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses a str that declares bytes
    text = visible_controls(text)
    # a page's end written before its last text, which a browser still shows
    text = _PAGE_END.sub("", text)
    text = _WORD_LIST_MARKER.sub("", text)
    if "_" in text:
        text = _BUILDER_SHORTCODES.sub(lambda m: _builder_markup(m, text), text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (ValueError, lxml.etree.ParserError):
        raise InputError(
            "holds no HTML newsroom can read; save the page again", path=shown
        ) from None
    for flag in _TITLE_FLAGS(tree):
        if _FLAG_WORD.fullmatch(_text(flag)):
            flag.drop_tree()  # 'Featured': a CMS's flag on the item, not the headline's word
    for label in _TITLE_LABELS(tree):
        if _filing_label(label):
            label.drop_tree()  # 'Kenya:': the site's filing label, not the headline's words
    for prefix in _THREAD_PREFIXES(tree):
        prefix.drop_tree()  # 'Race Report': a forum thread's prefix, a label before its title
    for stamp in _TITLE_DATES(tree):
        if _date_stamp(stamp):
            stamp.drop_tree()  # '16 Mar': the post's date set in its heading, no headline word
    _event_report(tree)
    _lazy_pictures(tree)
    _default_alts(tree)  # (before a featured picture is moved out of its frame)
    _featured_over_title(tree)
    for stamp in _UPDATED_BESIDE_PUBLISHED(tree):
        stamp.drop_tree()  # the post's hidden 'updated' date, beside the one readers see
    read_topic(tree)  # a bulletin board's topic: its first post
    for around in _THREAD_FURNITURE(tree):
        around.drop_tree()  # 'Thread starter', 'Joined', 'Messages': the forum's, no post's
    for line in _POST_ATTRIBUTIONS(tree):
        if _post_attribution(line):
            line.drop_tree()  # 'by Ana Ruiz - Wednesday, 4 March 2026': who posted it, and when
    _title_block(tree)
    _inline_labels(tree)
    _spaced_labels(tree)
    _video_lead_ins(tree)
    _headlines_item(tree)
    _muse_headings(tree)
    _styled_heading(tree)
    hints = _metadata(tree)
    for icon in _ICON_LIGATURES(tree):
        icon.drop_tree()  # 'arrow_forward': an icon font's name for the arrow it draws
    _chat_export(tree)
    _centred_captions(tree)
    _image_frames(tree)
    for size in _ATTACHMENT_SIZE(tree):
        size.drop_tree()  # '3.1 MB': Trix's note of an attachment's size, in its caption
    _boxes_over_page(tree)
    body = tree.find("body")
    walker = _Walker(folder, _holding_blocks(tree), titles=frozenset(tree.xpath(_TITLE_PARAGRAPHS)))
    walker.above_headline = _above_headline(tree, hints.headline) | _around_article(tree)
    walker.walk(body if body is not None else tree, False)
    blocks = _within_article(walker.blocks, _marked_article(tree) or _article_texts(tree))
    h1 = next((b.text for b in blocks if b.kind == "h1" and b.hint != "chrome"), "")
    if (
        len(h1.split()) >= 4
        and _key(h1) != _key(hints.headline)
        and not _named_apart(blocks, h1, hints.headline, tree)
    ):
        hints = replace(hints, headline=h1)  # the headline readers see, not the search engine's
    if story := _titled_heading(blocks, hints.headline, tree):
        hints = replace(hints, headline=story)
    if story := _under_page_name(blocks, _page_title(tree)) or _title_heading(
        blocks, hints.headline, tree
    ):
        hints = replace(hints, headline=story)
    if story := _first_heading(blocks, hints.headline):
        hints = replace(hints, headline=story)
    # a description the page does not show is no dek, nor one it shows only in its masthead
    # above the headline (a blog's tagline under its name, over every post)
    top = _shown_at(blocks, hints.headline) if hints.dek else 0
    said = [n for n, b in enumerate(blocks) if hints.dek and _key(b.text) == _key(hints.dek)]
    if hints.dek and all(blocks[n].hint == "chrome" and n < top for n in said):
        hints = replace(hints, dek="")
    return blocks, hints


# Avada's image element: the picture in a frame ('fusion-imageframe') and, below it, a
# caption's title as a heading over the caption's text ('awb-imageframe-caption-title',
# 'awb-imageframe-caption-text')
_IMAGE_FRAMES: Final = lxml.etree.XPath(
    f"//*[{_class('fusion-imageframe')}]"
    "[.//img][.//*[contains(@class, 'awb-imageframe-caption-text')]]"
)
_FRAME_TITLE: Final = lxml.etree.XPath(f".//*[{_class('awb-imageframe-caption-title')}]")
_FRAME_TEXT: Final = lxml.etree.XPath(f".//*[{_class('awb-imageframe-caption-text')}]")


# the Trix editor's caption of an attachment nobody captioned: the file's name and size
# ('<span class="attachment__name">IMG_0412.jpg</span> <span class="attachment__size">3.1
# MB</span>'), the size no words of the picture's
_ATTACHMENT_SIZE: Final = lxml.etree.XPath(f"//figcaption//span[{_class('attachment__size')}]")


def _shown_at(blocks: list[Block], text: str) -> int:
    """Where the page first shows `text` as a block of its own (its length when it does not)."""
    return next((n for n, b in enumerate(blocks) if _key(b.text) == _key(text)), len(blocks))


def _image_frames(tree: Any) -> None:
    """Avada's image element read as the figure it is: the caption's text its figcaption.
    The caption's title is a heading set over the caption, as a kicker is, not its words,
    and the frame's picture has no alt text but its own (its title is the file's name)."""
    for frame in _IMAGE_FRAMES(tree):
        for title in _FRAME_TITLE(frame):
            title.drop_tree()
        text = _FRAME_TEXT(frame)[0]
        text.tag = "figcaption"
        frame.tag = "figure"
        for img in frame.iter("img"):
            img.attrib.pop("title", None)


# a paragraph a page's editor centres: '<p style="text-align:center">'
_CENTRED: Final = re.compile(r"text-align\s*:\s*center", re.I)
# the most words of a caption set as a paragraph of its own under its picture
_CENTRED_CAPTION_WORDS: Final = 60


def _centred_captions(tree: Any) -> None:
    """Mark as a caption the centred paragraph under a picture centred alone in a paragraph
    of its own, as a government press office's pages set a release's photographs: the
    paragraph says what the picture shows, and no class or figure says so."""
    for picture in tree.iter("p"):
        if not _centred_alone(picture):
            continue
        under = picture.getnext()
        if under is None or under.tag != "p" or not _CENTRED.search(under.get("style") or ""):
            continue
        words = len(_text(under).split())
        if under.find(".//img") is None and 3 <= words <= _CENTRED_CAPTION_WORDS:
            under.set("class", f"{under.get('class') or ''} caption".strip())


def _centred_alone(paragraph: Any) -> bool:
    """A centred paragraph that holds one picture and no words."""
    images = paragraph.findall(".//img")
    centred = _CENTRED.search(paragraph.get("style") or "") is not None
    return centred and len(images) == 1 and not _text(paragraph)


# a chat app's export as a page (Telegram Desktop's 'messages.html'): its messages, each with
# its sender's name, unless it is 'joined' to the one before, and its text
_CHAT_MESSAGE: Final = lxml.etree.XPath(f"//div[{_class('message')} and {_class('default')}]")
_CHAT_PART: Final = f"./div[{_class('body')}]/div[{{}}]"
_CHAT_SENDER: Final = lxml.etree.XPath(_CHAT_PART.format("contains(@class, 'from_name')"))
_CHAT_TEXT: Final = lxml.etree.XPath(_CHAT_PART.format("@class='text'"))
_CHAT_DETAILS: Final = lxml.etree.XPath(_CHAT_PART.format("contains(@class, 'details')"))
_CHAT_PICTURE: Final = lxml.etree.XPath(
    ".//*[contains(@class, 'photo_wrap') or contains(@class, 'media_photo')]"
)
_TALK: Final = "data-newsroom-talk"


def _chat_export(tree: Any) -> None:
    """Mark the talk of a chat app's export around the story it holds: the writer's longest
    message and the messages joined to it (the app's cut of a long text) are the story, the
    writer's pictures after it with their captions are its pictures, and every other message,
    each sender's name and each message's time are talk."""
    messages = _CHAT_MESSAGE(tree)
    if len(messages) < 4:
        return
    sender, said = "", []
    for message in messages:
        names = _CHAT_SENDER(message)
        joined = "joined" in (message.get("class") or "").split()
        sender = " ".join(_text(names[0]).split()) if names else sender if joined else ""
        text = " ".join(_text(t) for t in _CHAT_TEXT(message))
        said.append((message, sender, text))
    longest = max(range(len(said)), key=lambda n: len(said[n][2]))
    writer = said[longest][1]
    if not writer or len(said[longest][2].split()) < 150:
        return  # (no message long enough to be a story: a chat, not a story filed through one)
    story = {longest}
    n = longest + 1
    while n < len(said) and said[n][1] == writer and "joined" in (said[n][0].get("class") or ""):
        story.add(n)
        n += 1
    for at, (message, who, text) in enumerate(said):
        pictured = at > longest and who == writer and bool(_CHAT_PICTURE(message))
        later = at > longest and who == writer and later_paragraph(text)
        if at not in story and not pictured and not later:  # (a paragraph the writer sends
            # later, a fix or an addition, is the story's: 'The hailstorm ... said.')
            message.set(_TALK, "1")
            continue
        for part in (*_CHAT_SENDER(message), *_CHAT_DETAILS(message)):
            part.set(_TALK, "1")


# a list of an item's details a portal sets by a report it republishes ('<dl class="meta">
# <dt>Format</dt><dd>News and Press Release</dd><dt>Source</dt>...'), or a government site
# round a plain list ('<div class="gem-c-metadata"><dl><dt>From:</dt>...', GOV.UK's), and
# the terms that make such a list a byline instead
_DETAILS_CLASS: Final = re.compile(r"(?:^|[\s_-])(?:meta|metadata|details|info)(?:$|[\s_-])", re.I)
_WRITER_TERM: Final = re.compile(
    r"^(?:by|authors?|writers?|reporters?|written by|byline|words)\s*:?$", re.I
)
# a term of such a list: a label of the item, not a fact a story's box gives ('Born',
# 'Tickets')
_DETAIL_TERM: Final = re.compile(
    r"^(?:(?:primary|originally|first|last|date|content|document|report)\s+)?"
    r"(?:format|sources?|from|posted|published|updated|modified|origin|countr(?:y|ies)|themes?|"
    r"disasters?(?: types?)?|languages?|date|organi[sz]ations?|regions?|types?|"
    r"vulnerable groups)(?:\s+(?:on|date))?\s*:?$",
    re.I,
)


def _item_details(dl: Any) -> bool:
    """Whether a definition list is an item's details (its format, source and dates, each
    term a label of the item), marked so by its class; not a list that names the writer,
    nor a story's fact box ('Born', 'Years as keeper')."""
    terms = [_text(dt) for dt in dl.iter("dt")]
    wrapper = dl.getparent()
    classes = f"{dl.get('class') or ''} {'' if wrapper is None else wrapper.get('class') or ''}"
    return (
        bool(_DETAILS_CLASS.search(classes))
        and len(terms) >= 2
        and all(_DETAIL_TERM.match(t) for t in terms)
        and not any(_WRITER_TERM.match(t) for t in terms)
    )


def _item_record(table: Any) -> bool:
    """Whether a table is the record of the item the page shows: a label and its value a
    row ('Company', 'Headline', 'Released', 'Number'), one value the page's heading again, as
    a regulatory news viewer sets an announcement's fields under its headline; no story's
    table of figures, which does not repeat the headline."""
    rows = table.xpath("./tr | ./*/tr")
    if len(rows) < 3 or not all(_label_row(row) for row in rows):
        return False
    headings = {_key(_text(h)) for h in table.getroottree().iter("h1", "h2")}
    return any(_key(_text(row[1])) in headings for row in rows)


# a file's kind as a mail names it ('image/jpeg', '[ text/html ]'), and its size ('980 k')
_MIME_TYPE: Final = re.compile(
    r"^\[?\s*(?:image|text|application|audio|video|message|multipart)/[\w.+-]+\s*\]?$", re.I
)
_FILE_SIZE: Final = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:[kmg]i?b?|bytes)$", re.I)


def _attachment_row(row: Any) -> bool:
    """Whether a table's row lists a mail's attachment, as a webmail shows one under the
    message: the file's name, its size and its kind in cells of their own ('crews.jpg',
    '1.2 M', '[ image/jpeg ]', 'Download | View'), none of it the story's."""
    cells = [_text(c) for c in row if c.tag in ("td", "th")]
    return any(_MIME_TYPE.match(c) for c in cells) and any(_FILE_SIZE.match(c) for c in cells)


# a mail's header as a webmail labels it in a cell of its own, over or beside its value
_MAIL_HEADER: Final = re.compile(r"^(?:subject|from|date|to|cc|bcc|reply-to|sender)\s*:$", re.I)


def _mail_headers(table: Any) -> bool:
    """Whether a table is a mail's headers as a webmail's message view sets them, a header a
    row ('Subject:' | the subject, 'From:' | the sender, 'Date:' | ...): the webmail's, not
    the story's (the subject a word to the desk, the sender no byline)."""
    labels = {
        _key(_text(cells[0])).rstrip(" :")
        for row in table.xpath("./tr | ./tbody/tr")
        if (cells := [c for c in row if c.tag in ("td", "th")])
        and _MAIL_HEADER.match(_text(cells[0]))
    }
    return len(labels) >= 3 and {"subject", "from"} <= labels


def _label_row(row: Any) -> bool:
    """Whether a table's row is a label and its value: a `<th>`, then a `<td>`."""
    cells = [c for c in row if isinstance(c.tag, str)]
    return len(cells) == 2 and cells[0].tag == "th" and cells[1].tag == "td"


# a label a site sets in its headline before the story's own words, as an aggregator files a
# partner's story under its country ('<h1><span class="country-label">Kenya:</span> ...')
_TITLE_LABELS: Final = lxml.etree.XPath("//h1/span[1] | //h2/span[1]")
_LABEL_CLASS: Final = re.compile(r"label|kicker|eyebrow|country|section|category", re.I)


# a forum's thread prefix set before the thread's title in its heading, as XenForo sets it: a
# label (linked to the threads that carry it, or not) and the spacer after it
# ('<h1><a class="labelLink"><span class="label">Race Report</span></a><span
# class="label-append">&nbsp;</span>Title</h1>')
_THREAD_PREFIXES: Final = lxml.etree.XPath(
    f"//h1/*[following-sibling::*[1][{_class('label-append')}]][not(preceding-sibling::*)]"
    f" | //h1/span[{_class('label-append')}]"
)


def _filing_label(span: Any) -> bool:
    """Whether a headline's first span is a label set before its words: marked a label by
    its class, a few words ending in a colon, nothing before it in the heading."""
    parent = span.getparent()
    text = _text(span)
    return (
        not (parent.text or "").strip()
        and bool(_LABEL_CLASS.search(span.get("class") or ""))
        and text.endswith(":")
        and len(text.split()) <= 4
        and bool((span.tail or "").strip())
    )


# the badge a platform sets beside its writer's name ('<span class="badge">Hub Creator</span>',
# 'sh-badge--creator'): a label of the writer's standing on the platform, not a name
_BADGE: Final = re.compile(r"(?:^|[\s_-])badge(?:$|[\s_-])", re.I)


def _is_badge(element: Any) -> bool:
    """Whether an element is a badge beside a writer's name, by its class."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag in ("span", "small", "em", "i", "b", "strong", "div") and bool(
        _BADGE.search(element.get("class") or "")
    )


# the post's date a theme sets inside its headline's element, before its words, as WordPress's
# Bridge theme does ('<h2 class="entry_title"><span itemprop="dateCreated" class="date
# entry_date">16 Mar</span> FG flags off ...</h2>'): a span or a time marked a date by its
# microdata or its class
_TITLE_DATES: Final = lxml.etree.XPath(
    "//h1/*[self::span or self::time][1] | //h2/*[self::span or self::time][1] | "
    "//h3/*[self::span or self::time][1]"
)
_DATE_MARK: Final = re.compile(
    r"^date(?:created|published|modified)$|(?:^|[\s_-])(?:date|entry[_-]date|post[_-]date|"
    r"published)(?:$|[\s_-])",
    re.I,
)


def _date_stamp(element: Any) -> bool:
    """Whether a heading's first span is the post's date: marked a date (or a `<time>`),
    a few words, the heading's words after it."""
    marks = f"{element.get('itemprop') or ''} {element.get('class') or ''}".strip()
    return (
        (element.tag == "time" or any(_DATE_MARK.search(m) for m in marks.split()))
        and 0 < len(_text(element).split()) <= 5
        and bool((element.tail or "").strip())
    )


# a flag a CMS sets in a superscript after an item's title, as Joomla K2 marks a featured
# item ('<h2 class="itemTitle">... <sup>Featured</sup></h2>')
_TITLE_FLAGS: Final = lxml.etree.XPath("//h1//sup | //h2//sup | //h3//sup")
_FLAG_WORD: Final = re.compile(
    r"\s*(?:Featured|New|Updated|Exclusive|Sponsored|Breaking|Premium|Hot)\s*", re.I
)


# the report a sports club's site writes on a match's event page (WordPress's SportsPress
# plugin): the event's content, opening on the report's own heading
_EVENT_REPORT: Final = lxml.etree.XPath(
    f"//*[{_class('sp-post-content')}]/*[1][self::h2 or self::h3]"
)


# what a forum sets round a thread's posts, as XenForo does: the thread's description under
# its title (its starter, start date and tags), each post's column of its poster (name, title,
# when they joined, their counts) and the post's attribution line (its date and number)
_THREAD_FURNITURE: Final = lxml.etree.XPath(
    f"//*[{_class('p-description')} or {_class('message-cell--user')}"
    f" or {_class('message-attribution')}]"
)


# the line a forum sets under a post's subject: 'by <a>Ana Ruiz</a> - <time>...</time>'
_POST_ATTRIBUTIONS: Final = lxml.etree.XPath("//*[time][a][starts-with(normalize-space(), 'by ')]")


def _post_attribution(element: Any) -> bool:
    """Whether an element is a forum post's attribution, as a learning platform's forum sets
    it under the post's subject: 'by', the posting account's name linked to its profile, a
    dash and the time; the account that posted is not the story's writer, whom the post
    names in its own text."""
    links, times = element.findall("a"), element.findall("time")
    if len(links) != 1 or len(times) != 1 or len(element) != 2:
        return False
    words = f"by {_text(links[0])} - {_text(times[0])}"
    return " ".join(_text(element).split()) == " ".join(words.split())


# a WordPress post's featured picture, as a theme sets it over the post's title
_FEATURED_IMAGE: Final = lxml.etree.XPath(
    f"//img[{_class('wp-post-image')}] | //*[{_class('blog-post-figure')}]//img"
)


def _event_report(tree: Any) -> None:
    """A match's event page read as the report it holds: the `<h1>` is the event's name, the
    fixture ('Ashby Rovers vs Dunmore Town'), which the plugin sets over every match, and the
    report's own heading at the top of the event's content is the story's headline."""
    heading = next(iter(_EVENT_REPORT(tree)), None)
    if heading is None or len(_text(heading).split()) < 4:
        return
    for h1 in list(tree.iter("h1")):
        h1.drop_tree()
    heading.tag = "h1"
    # (the event's featured picture, set over the fixture, is the report's first picture,
    # read under its headline)
    featured = next(iter(_FEATURED_IMAGE(tree)), None)
    if featured is not None:
        heading.addnext(featured)


# the time a WordPress post was last updated, which themes print beside its publication
# date ('<time class="entry-date published">...</time><time class="updated">...</time>')
# and hide with their style sheet: a second date no reader sees
_UPDATED_BESIDE_PUBLISHED: Final = lxml.etree.XPath(
    f"//time[{_class('updated')}][not({_class('published')})][../time[{_class('published')}]]"
)


def _featured_over_title(tree: Any) -> None:
    """A WordPress post's featured picture, which a theme (ColorMag, many magazine themes)
    sets in the post's `<article>` over its title, read under the title: it is the story's
    first picture even with no caption, not a logo above the headline. (The related posts'
    thumbnails, which carry the same class, come after the title.) A theme that sets the
    post's title in an `<h2>` under a page header's `<h1>` (OceanWP: the category's name)
    sets it over the title its `entry-title` marks; the picture's frame goes with it when it
    holds the picture and its caption alone."""
    featured = next(iter(_FEATURED_IMAGE(tree)), None)
    if featured is None or (featured.tail or "").strip():
        return
    heading = next(tree.iter("h1"), None)
    article = next(featured.iterancestors("article"), None)
    if article is not None and (heading is None or article not in heading.iterancestors()):
        heading = next(iter(_ENTRY_TITLE(article)), heading)
    if heading is None or article is None or article not in heading.iterancestors():
        return
    if _before(featured, heading):
        frame = featured.getparent()
        if frame is not None and _captioned_frame(frame, featured):
            featured = frame
        featured.tail = None
        heading.addnext(featured)


# a post's title as a theme marks it, inside the post's `<article>`
_ENTRY_TITLE: Final = lxml.etree.XPath(f".//*[self::h1 or self::h2][{_class('entry-title')}]")


def _captioned_frame(frame: Any, picture: Any) -> bool:
    """Whether `frame` holds `picture` and a caption beside it, and nothing else."""
    others = [child for child in frame if child is not picture and isinstance(child.tag, str)]
    return (
        frame.tag == "div"
        and not (frame.text or "").strip()
        and not (frame.tail or "").strip()
        and len(others) == 1
        and "caption" in (others[0].get("class") or "")
    )


def _before(first: Any, second: Any) -> bool:
    """Whether `first` comes before `second` in the page (neither inside the other)."""
    for element in first.getroottree().iter():
        if element is first:
            return True
        if element is second:
            return False
    return False


# a page built with Tilda: its title block's title field ('<div class="t017__title t-title
# t-title_xs" field="title">'), a styled `<div>` where a heading would be
_TITLE_BLOCK: Final = lxml.etree.XPath(f"//div[{_class('t-title')}][@field = 'title']")


# the pictures of a post whose alt text and title a publishing system fills with the post's
# name when the editor gives none: 1C-Bitrix's news detail (its detail picture and gallery),
# Magefan Blog's featured image, BigCommerce's blog post thumbnail, SITE123's blog post image
# ('s123-page-data-image'), Hostinger Website Builder's blog post cover
_TITLED_PICTURES: Final = lxml.etree.XPath(
    f"//*[{_class('news-detail')} or {_class('post-ftimg-hld')} or {_class('blog-post-figure')}"
    f" or {_class('s123-page-data-image')}]//img"
    f" | //img[{_class('block-blog-header__cover-image')}]"
)


# a lazy-loading picture: its real address in `data-src`, its `src` a placeholder the page's
# script swaps out ('spacer.png', a blank GIF, an inline data: image) or none
_LAZY_PICTURES: Final = lxml.etree.XPath("//img[@data-src]")
_PLACEHOLDER: Final = re.compile(r"^(?:data:|$)|(?:spacer|blank|placeholder|lazy)[\w.-]*$", re.I)


def _lazy_pictures(tree: Any) -> None:
    """Give a lazy-loading picture (Invision Community's attachments, and others) the address
    the page's script would show it from, in place of its placeholder."""
    for img in _LAZY_PICTURES(tree):
        if _PLACEHOLDER.search((img.get("src") or "").strip()):
            img.set("src", img.get("data-src"))


def _default_alts(tree: Any) -> None:
    """A post's pictures without the alt text their system gave them by default, the post's
    own title (shown in its `<h1>` or the page's `<title>`): it says nothing of what the
    picture shows."""
    titles = {_key(_text(h1)) for h1 in tree.iter("h1")} | {
        _key(p) for p in (_page_title(tree), *_title_parts(tree))
    }
    titles.discard("")
    for img in _TITLED_PICTURES(tree):
        for attribute in ("alt", "title"):
            if _key(img.get(attribute) or "") in titles:
                img.set(attribute, "")


# a field a Drupal or Backdrop page prints with its label inline, the label and the value in
# boxes of their own ('<div class="field-label">Written by:&nbsp;</div><div
# class="field-items">...'; Drupal 8 on: 'field--label-inline', 'field__label')
_INLINE_LABELS: Final = lxml.etree.XPath(
    "//*[contains(@class, 'label-inline')]"
    "/*[contains(@class, 'field-label') or contains(@class, 'field__label')]"
)


def _inline_labels(tree: Any) -> None:
    """A field's inline label read on the line of its value, as the page shows it ('Written
    by: Ana Ruiz', 'Photo credit: Tom Bell'): the label says what the value is, which
    neither says alone. A label without its colon (Drupal 8 on, whose theme draws it) is
    read with it: 'Image credit' over 'Ana Ruiz', 'Image credit: Ana Ruiz'."""
    for label in _INLINE_LABELS(tree):
        value = label.getnext()
        while value is not None and len(value) and value.tag == "div" and not value.text:
            value = value[0]  # the first item of the field's items
        if value is None or not (said := _text(label)):
            continue
        said = said if said.endswith(":") else f"{said}:"
        value.text = f"{said} {value.text or ''}"
        label.drop_tree()


# a meta line's label in an element of its own, the space after it the theme's style
# ('<span class="meta-label">By</span><span class="author">Ana Ruiz</span>', Kadence's)
_META_LABELS: Final = lxml.etree.XPath(
    "//span[contains(@class, 'meta-label') or contains(@class, 'byline-label') or "
    "contains(@class, 'author-label')]"
)


def _spaced_labels(tree: Any) -> None:
    """A meta line's label read apart from the words after it, as the page shows it ('By
    Ana Ruiz', not 'ByAna Ruiz')."""
    for label in _META_LABELS(tree):
        if label.text and not label.text[-1].isspace() and not (label.tail or "").strip():
            label.tail = f" {label.tail or ''}"


# an embedded video, which the page shows and no filed text holds
_VIDEO_FRAMES: Final = lxml.etree.XPath(
    "//iframe[contains(@src, 'youtube') or contains(@src, 'vimeo') or "
    "contains(@src, '/embed/')] | //video"
)
_LEADS_IN: Final = "data-newsroom-leads-in"  # (see _video_lead_ins)
_LEAD_IN_WORDS: Final = 12


def _video_lead_ins(tree: Any) -> None:
    """Mark the line that leads in to an embedded video ('Watch the time-lapse of the
    day:'), the paragraph just over it: it is the video's, and leads in to nothing the story
    keeps."""
    for frame in _VIDEO_FRAMES(tree):
        holder = frame.getparent()
        if holder is None or holder.tag != "p" or _text(holder):
            holder = frame  # (the frame in a paragraph of its own, or standing alone)
        lead = holder.getprevious()
        said = _text(lead) if lead is not None and lead.tag == "p" else ""
        if said.endswith(":") and len(said.split()) <= _LEAD_IN_WORDS:
            lead.set(_LEADS_IN, "1")


def _title_block(tree: Any) -> None:
    """A page of a site builder that sets no heading element read with its title block's
    title as the `<h1>` it stands for: Tilda's blocks are `<div>`s, the first title field
    (a title and description block's) the story's headline, which the page's `<title>` and
    meta title shorten for search, the description under it the dek."""
    if next(tree.iter("h1"), None) is not None:
        return
    title = next(iter(_TITLE_BLOCK(tree)), None)
    if title is not None and len(_text(title).split()) >= 4:
        title.tag = "h1"


# Blackboard Web Community Manager's Headlines & Features app showing one item: the item's
# '<div class="ui-article">', its title an '<h1 class="ui-article-title">', the teaser the
# list of headlines shows under it ('ui-article-teaser') and its text
# ('ui-article-description')
_HEADLINES_ITEM: Final = lxml.etree.XPath(
    f"//*[{_class('ui-article')}][h1[{_class('ui-article-title')}]]"
    f"[*[{_class('ui-article-description')}]]"
)
_ITEM_TEASER: Final = lxml.etree.XPath(f"*[{_class('ui-article-teaser')}]")
_OTHER_APPS: Final = lxml.etree.XPath(f"//*[{_class('ui-widget')}][.//*[{_class('ui-article')}]]")


def _headlines_item(tree: Any) -> None:
    """A school or district site's news item, as its Headlines app shows it, read with its
    title as the page's one headline and its teaser as the dek: the site's name and the
    app's name over it are headings of the template, not of the story, and on the item's
    own page the teaser is the standfirst, not a link to another story; another app's list
    of items beside it ('Other Headlines') is the site's."""
    item = next(iter(_HEADLINES_ITEM(tree)), None)
    if item is None:
        return
    title = item.find("h1")
    for heading in list(tree.iter("h1")):
        if heading is not title:
            heading.tag = "p"
    for teaser in _ITEM_TEASER(item):
        teaser.set("class", "standfirst")
    for app in _OTHER_APPS(tree):
        if item not in app.iterdescendants():
            app.set("class", "related")  # 'Other Headlines': the app's list of other items


# a page Adobe Muse exported: its generator is Muse's build number ('2018.1.1.386'), and
# each styled run of a text frame is a span with the frame's own id ('<p id="u1390-2"><span
# id="u1390">...</span></p>'), its look set in the page's style sheet
_MUSE_BUILD: Final = re.compile(r"^\d{4}\.\d+\.\d+\.\d+$")
_MUSE_ID: Final = re.compile(r"^u\d+(?:-\d+)?$")


def _muse_headings(tree: Any) -> None:
    """A page Adobe Muse exported read with its headings as headings: Muse writes none, but
    sets a heading as a paragraph whose whole text is one styled run. The first such of
    four words or more, with no full stop, is the headline (the standfirst under it is then
    read as the dek, as under any headline); the later ones, short and with no stop, are
    crossheads."""
    generator = next(iter(tree.xpath("//meta[@name='generator']/@content")), "")
    if not _MUSE_BUILD.match(generator.strip()) or next(tree.iter("h1", "h2"), None) is not None:
        return
    first = True
    after_headline = False
    for p in list(tree.iter("p")):
        text = _text(p)
        words = text.split()
        if not words:
            continue
        stop = text.endswith((".", ":", "!", "?"))
        run = _one_run(p)
        if after_headline and run and stop:
            p.set("class", "standfirst")  # the standfirst, styled as one run under it
        after_headline = False
        if not run or stop or len(words) > 14:
            continue
        if first and len(words) >= 4:
            p.tag, first, after_headline = "h1", False, True
        elif not first:
            p.tag = "h2"


def _one_run(paragraph: Any) -> bool:
    """Whether a paragraph of a Muse text frame is one styled run: its whole text in one
    span with the frame's id."""
    runs = [child for child in paragraph if isinstance(child.tag, str)]
    return (
        len(runs) == 1
        and runs[0].tag == "span"
        and _MUSE_ID.match(runs[0].get("id") or "") is not None
        and not (paragraph.text or "").strip()
        and not (runs[0].tail or "").strip()
    )


# a class's rule in the page's own `<style>`: '.style7 {font-size: 20px; font-weight: bold; }'
_CLASS_RULE: Final = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")
_FONT_SIZE: Final = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_BOLD: Final = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.I)
# the smallest size in pixels a paragraph's class sets a heading in
_HEADING_PX: Final = 16


def _styled_heading(tree: Any) -> None:
    """A page with no heading element read with its headline as the `<h1>` it is: an old site
    made in an editor such as Dreamweaver sets the headline as a paragraph whose class the
    page's `<style>` makes large and bold ('<p class="style7">'), the largest such; the
    strap under it is then read as the dek, as under any headline."""
    if next(tree.iter("h1", "h2", "h3"), None) is not None:
        return
    rules = {
        name: rule
        for style in tree.iter("style")
        for name, rule in _CLASS_RULE.findall(style.text or "")
    }
    sizes = {
        name: float(size.group(1))
        for name, rule in rules.items()
        if _BOLD.search(rule) and (size := _FONT_SIZE.search(rule))
    }
    headings = [
        p
        for p in tree.iter("p")
        if sizes.get(p.get("class", "").strip(), 0) >= _HEADING_PX and len(_text(p).split()) >= 4
    ]
    if not headings:
        _font_heading(tree)
        return
    largest = max(sizes[p.get("class", "").strip()] for p in headings)
    heading = next(p for p in headings if sizes[p.get("class", "").strip()] == largest)
    heading.tag = "h1"


# the smallest `<font size>` a headline is set in: 3 is the text's own size
_HEADING_FONT: Final = 4


def _font_heading(tree: Any) -> None:
    """A table-layout page with no heading element read with its headline as the `<h1>` it
    is: a Domino server or an old editor renders a document's text in `<font>` tags and sets
    the title in a larger one ('<font size="4"><b>Title</b></font>'), the largest on the
    page and the only one of its size. Not a `<font>` around paragraphs (the size of a whole
    page), one of many of the largest size (a page setting all its text large), nor one that
    ends a sentence (an intro set large under a short title)."""
    sized = [
        (size, font)
        for font in tree.iter("font")
        if (size := _font_size(font))
        and _text(font)
        and next((e for e in font.iterdescendants() if e.tag in BLOCKS), None) is None
    ]
    largest = max((size for size, _ in sized), default=0)
    titles = [font for size, font in sized if size == largest]
    if largest < _HEADING_FONT or len(titles) != 1:
        return
    title = _text(titles[0])
    if len(title.split()) >= 4 and not title.rstrip("\"'”’ ").endswith("."):
        titles[0].tag = "h1"


def _font_size(font: Any) -> int:
    """A `<font>` tag's size, 1 to 7 (0 when it sets none, or a relative one)."""
    size = (font.get("size") or "").strip()
    return int(size) if size.isdigit() else 0


def _first_heading(blocks: list[Block], headline: str) -> str:
    """The page's first heading of a headline's length, when the headline read so far is a
    page's short name that the page never shows: a site builder's page named by its name in
    the site's menu ('<meta property="og:title" content="Garage Vote">'), its story's
    headline an `<h2>` of the page; '' when the page is no such page."""
    if not headline or len(headline.split()) > 3:
        return ""
    if any(_key(b.text) == _key(headline) for b in blocks):
        return ""
    return next(
        (
            b.text
            for b in blocks
            if b.kind in ("h1", "h2")
            and not b.hint
            and len(b.text.split()) >= _SHORT_TITLE_WORDS
            and not b.text.endswith(".")
        ),
        "",
    )


def _named_apart(blocks: list[Block], h1: str, headline: str, tree: Any) -> bool:
    """Whether the page's `<title>` names its `<h1>` and its meta title apart, as two of its
    parts, and the page shows the meta title as a heading below: a league site's '<title>St
    David Cricket League - News - Sharks take the crown</title>', its name the `<h1>` over
    every page and the story's headline an `<h2>` of its own."""
    parts = {_key(p) for p in _title_parts(tree)}
    if not headline or _key(h1) not in parts or _key(headline) not in parts:
        return False
    return any(b.kind in ("h2", "h3") and _key(b.text) == _key(headline) for b in blocks)


def _titled_heading(blocks: list[Block], headline: str, tree: Any) -> str:
    """The heading under the page's `<h1>` that its `<title>` names, when the headline read so
    far is that `<h1>` and the title does not name it: a learning platform's forum post
    ('<title>School e-Learning: Post subject | Site announcements</title>'), its `<h1>` the
    site's name over every page and the post's subject a smaller heading below; '' when the
    page is no such page."""
    parts = [_key(p) for p in _title_parts(tree)]
    at = next((i for i, b in enumerate(blocks) if b.kind == "h1" and b.hint != "chrome"), -1)
    if at < 0 or _key(blocks[at].text) != _key(headline) or _key(headline) in parts:
        return ""
    return next(
        (
            b.text
            for b in blocks[at + 1 :]
            if b.kind in ("h2", "h3", "h4")
            and b.hint != "chrome"
            and len(b.text.split()) >= _SHORT_TITLE_WORDS
            and _key(b.text) in parts
        ),
        "",
    )


def _under_page_name(blocks: list[Block], title: str) -> str:
    """The headline set under a page's name, as a site builder's page shows it: its `<h1>` the
    page's short name in the site's menu ('Garage vote'), the story's headline the heading
    right under it; '' when the page is no such page."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "h1" and b.hint != "chrome"), -1)
    if at < 0 or len(blocks[at].text.split()) > 3:
        return ""
    # (a toolbar between them, 'Back | Download PDF | Print', is the page's, not the story's)
    under = next((b for b in blocks[at + 1 :] if b.hint != "chrome"), None)
    if under is None:
        return ""
    headline = under.kind == "h2" and not under.hint and 5 <= len(under.text.split()) <= 25
    # (the page's title names the site as well: 'Alder Falls Courier - Garage vote'; a title
    # that is the heading alone is a story's own headline)
    name = blocks[at].text
    named = (
        (
            title.endswith(name)
            and _key(name) != _key(title)
            and title[: -len(name)].strip()[-1:] in "-|–—:·•"
        )
        or _section_titled(title, name, under.text)
        or _page_of_section(title, name)
    )
    return under.text if headline and named and not under.text.endswith(".") else ""


def _title_heading(blocks: list[Block], headline: str, tree: Any) -> str:
    """The heading the page's `<title>` names, when the headline read so far is a short
    page name the title does not name: a theme's title band over every post of a section
    ('Press Releases'), the post's own heading under it, and '<title>Ministry | FG flags off
    ...</title>'; '' when the page is no such page."""
    parts = _title_parts(tree)
    # (a part that is the site's name, linked to its home over every page, names no story:
    # Blogger's '<title>Harbour Notes: The pilot boat goes to Cork</title>')
    sites = {_key(h.text_content()) for h in tree.iter("h1", "h2") if _site_name(h)}
    named = [p for p in parts if _key(p) not in sites]
    if not headline or len(headline.split()) > 3 or any(_key(headline) in _key(p) for p in named):
        return ""
    return next(
        (
            b.text
            for b in blocks
            if b.kind in ("h1", "h2")
            and b.hint != "chrome"
            and len(b.text.split()) >= _SHORT_TITLE_WORDS
            and any(_key(b.text) == _key(p) for p in parts)
        ),
        "",
    )


def _page_of_section(title: str, name: str) -> bool:
    """Whether a page's title names the page, then its section, then the site ('Regulatory
    News | Investors | Company plc'), as a company's investor pages name the page that shows
    one announcement: the `<h1>` is that page's name, the same over every announcement."""
    parts = [_key(p) for p in re.split(r"\s+[|–—]\s+", title)]
    return len(parts) >= 3 and parts[0] == _key(name)


def _section_titled(title: str, name: str, headline: str) -> bool:
    """Whether a page's title is its story's headline, then the section's name, then the
    site's ('Headline - News - Institute'), as a blog's pages name a post in a section: the
    heading over the headline is the section's name, not the story's."""
    parts = [_key(p) for p in re.split(r"\s+[|–—-]\s+", title)]
    return len(parts) >= 3 and parts[0] == _key(headline) and _key(name) in parts[1:-1]


def word_blocks(html: str, images: dict[str, bytes]) -> list[Block]:
    """The blocks of a Word file converted to HTML (mammoth): its images' bytes by src."""
    tree = lxml.html.document_fromstring(
        f"<html><body>{visible_controls(html)}</body></html>", parser=_PARSER
    )
    walker = _Walker(None, _holding_blocks(tree), images)
    walker.walk(tree.find("body"), False)
    return walker.blocks


def _lines(text: str, soft: bool) -> list[str]:
    """A block's lines set apart by <br>. In a Word paragraph whose lines an empty line (two
    breaks) parts, a break is soft: text pasted with its wraps, one break a space inside a
    paragraph and an empty line the end of one."""
    if soft and re.search(f"{_BREAK}\\s*{_BREAK}", text):
        parts = re.split(f"{_BREAK}\\s*(?:{_BREAK}\\s*)+", text)
        return [" ".join(part.replace(_BREAK, " ").split()) for part in parts if part.strip()]
    lines = [line.strip() for line in text.split(_BREAK) if line.strip()]
    if soft and len(lines) > 1 and (_printed_lines(lines) or _capitals_broken(lines)):
        return [" ".join(" ".join(lines).split())]
    return lines


def _plain_message(lines: list[str]) -> bool:
    """Whether a container's lines are a mail's plain text as a webmail shows it (a line a
    <br>, its paragraphs parted by empty lines): a dozen lines and more, three paragraphs at
    least, wrapped at a fixed width (every paragraph's lines cut where the mail was wrapped,
    not where its sentences end)."""
    if len(lines) < 12:
        return False
    texts = [" ".join(line.split()) for line in lines]
    return texts.count("") >= 3 and wrapped_text([text for text in texts if text])


def _capitals_broken(lines: list[str]) -> bool:
    """Whether a Word paragraph's lines are one headline typed in capitals and broken by a
    manual line break to centre it ('KOIDU COUNCIL MOVES TRADERS' / 'OFF MAIN ROAD'): two or
    three lines of capitals, no label and no sentence's end among them."""
    return (
        len(lines) <= 3
        and len(" ".join(lines).split()) <= 20
        and all(line.isupper() and not re.search(r"[:.!?]$|:\s", line) for line in lines)
    )


# an e-mail or web address alone on a line
_ADDRESS_ALONE: Final = re.compile(r"^(?:\S+@\S+\.\w+|https?://\S+)$")


def _printed_lines(lines: list[str]) -> bool:
    """Whether a Word paragraph's lines break where a printed column's lines ended (a scanned
    page read by OCR, a proof): short lines, and at least half of the breaks inside a
    sentence, before a word in lower case ('...watched a drone the size of' / 'a card table')."""
    if any(len(line) > 90 or _ADDRESS_ALONE.match(line) for line in lines):
        return False  # (a byline over its writer's address: 'By Mara Lund' / 'mlund@...')
    if len(lines) > 3 and not lines[-1].endswith((".", "!", "?", '"', "”", "’", ")")):
        return False  # verse the story quotes, a line a line: no sentence ends it
    inside = sum(1 for line in lines[1:] if line[0].islower())
    return inside * 2 >= len(lines) - 1


# a web story's last page sending the reader on: 'Read the whole story on our site', the
# call its line's only words (not a fact told after it: 'Read the coroner's report: it found
# that twelve deaths ...')
_READ_ON: Final = re.compile(
    r"^(?:read|see|get|continue reading)\b.{0,30}\b(?:story|stories|article|report)\b"
    r"[^:;.!?]{0,40}[.!?]?$",
    re.I,
)


class _Walker:
    """The page's blocks in document order; `chrome` for those inside page furniture."""

    def __init__(
        self,
        folder: Path | None,
        holding: set[Any],
        images: dict[str, bytes] | None = None,
        titles: frozenset[Any] = frozenset(),
    ) -> None:
        self.folder = folder
        self.holding = holding
        self.titles = titles  # a word processor's Title paragraphs (_TITLE_PARAGRAPHS)
        self.images = images or {}
        self.word = images is not None  # a Word file's paragraphs, converted by mammoth
        # a document export with comments, whose marks and comments are read apart
        self.marked = any(_comment(e) for e in holding if e.tag == "body")
        self.above_headline: set[Any] = set()  # (see _above_headline)
        self.blocks: list[Block] = []
        self.shown_sections: dict[Any, bool] = {}  # (each parent's, looked at once)

    def _shown_section(self, element: Any) -> bool:
        """Whether a section beside `element` is shown and holds text, the two a one-page
        site's sections: not an article's rest its style hides under the part shown, until
        the reader asks for more ('<section style="display:none">' inside `<article>`, under
        a 'Read more' button), which is the story's."""
        parent = element.getparent()
        if parent is None or any(a.tag == "article" for a in element.iterancestors()):
            return False
        above = element.getprevious()  # (the part shown, or its button, just above)
        if above is not None and any(
            _MORE.match(_text(b).strip()) for b in above.iter("button", "a")
        ):
            return False
        if parent not in self.shown_sections:
            self.shown_sections[parent] = any(
                s.tag == "section" and not _unshown(s) and _text(s).strip() for s in parent
            )
        return self.shown_sections[parent]

    def walk(self, element: Any, chrome: bool, hint: str = "") -> None:
        """Read `element` into blocks; `hint`: what a container above it is marked as (a
        standfirst's paragraph is the dek)."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag or _screen_reader(element):
            return  # a skip link or a note for screen readers alone: never shown
        if (element.get("itemtype") or "").endswith("/WPAdBlock"):
            return  # an ad plugin's block between paragraphs, typed as one for search
            # engines, its picture and its 'Advertisement' line (Better Ads' and others')
        if tag == "span" and _search_copy(element):
            return  # a span of metadata the page's style hides: never shown
        if tag in ("div", "a", "section") and _gallery_teaser(element):
            chrome = True  # a link to the site's gallery: 'Inside the garage · 14 photos · View'
        # (a forum's quotation of a post, which a story quotes, is no sidebar)
        quoted = tag == "aside" and "quote" in (element.get("class") or "").split()
        chrome = (
            chrome
            or (tag in CHROME_TAGS and not quoted and not _page_form(element))
            or element.get(_TALK) is not None  # (a chat export's talk around the story)
            or element.get(_LEADS_IN) is not None  # ('Watch the day:', over a video)
            or (tag == "blockquote" and element.get("type") == "cite")  # a reply's quoted mail
            # a tab's panel the page hides behind another tab's: a podcast page's chapters
            # and its automatic transcript beside the show notes
            # (only where another panel is shown: a page saved with its one panel hidden is
            # the story, hidden or not)
            or (
                element.get("role") == "tabpanel"
                and element.get("hidden") is not None
                and _shown_panel(element)
            )
            # a one-page site's section its style hides where another section is shown, as
            # Carrd saves the sections not open ('<section class="inactive"
            # style="display:none;">'): the site's appeal or contact page, not the story
            or (tag == "section" and _unshown(element) and self._shown_section(element))
            or (tag == "dl" and _item_details(element))
            or (tag == "li" and _post_property(element))
            or (tag == "table" and _item_record(element))
            or (tag == "tr" and _attachment_row(element))
            or (tag == "table" and _mail_headers(element))
            # a page's or article's own class ('paywall-metered') says nothing of its text
            or (
                tag not in _WHOLE
                and _chrome_class(element)
                and not _bylined(element)
                and element not in self.above_headline
            )
        )
        own = _hint(element)
        if own and element in self.holding and len(element.xpath(".//p|.//li|.//div")) > 2:
            own = ""  # a big container's class says little of each paragraph in it
        hint = own or hint
        if "mso-element:comment" in (element.get("style") or "").replace(" ", ""):
            hint = "comment"  # the comments at the foot of a page Word saved
        if tag in ("figure", "picture", "img", "amp-img") or _aria_figure(element):
            self._figure(element, chrome)
            return
        if element.get("data-block-type") == "credits":
            self._credits_block(element)  # a StoryMaps story's Credits block
            return
        if tag == "amp-story-page":
            self._story_page(element, chrome, hint)  # a page of an AMP web story
            return
        if element.get("role") == "row" and (row := _property_row(element)):
            self.blocks.append(Block(row, "p", len(self.blocks), "chrome" if chrome else ""))
            return  # a page's property: 'Reporters: Delia Stroud, Marcus Oyelaran'

        if quoted and not chrome:
            for quoted in element.iter("blockquote"):  # a forum's quotation of a post the
                self.walk(quoted, chrome, hint)  # story quotes: its words, not the poster's
            return  # name over them
        if tag == "details" and not chrome and _desk_notes(element):
            self._children(element, chrome, "note")  # 'Reporting notes (for staff)', folded
            return
        if tag == "table" and not chrome and self._photo_log(element):
            return  # a photo log: a picture a row, its caption, credit and alt in columns
        if tag == "table" and not chrome and self._picture_grid(element):
            return  # a gallery: a row of pictures over a row of their captions
        if tag == "table" and not chrome and self._picture_beside(element):
            return  # a newsletter's picture with its caption and credit in the cell beside it
        if tag == "blockquote" and _EMBED.search(element.get("class") or ""):
            self._grouped(element, chrome, hint)
            return
        if tag == "div" and self.word and element.get(_TEXT_BOX_MARK) is not None:
            self._grouped(element, chrome, hint)  # a Word file's text box: a note, a sidebar
            return
        if tag == "div" and not (chrome or self.word) and self._mail_paragraphs(element):
            return  # a list archive's plain-text mail: a paragraph a <p>, a line a <br>
        if tag == "a" and (element.get("href") or "").startswith(("#cmnt", "#ftnt")):
            return  # a comment's or footnote's mark in a document export: '[a]'
        leaf = (tag in PARAGRAPHS and not _holds_list(element)) or element not in self.holding
        if leaf and self.marked and _comment(element):
            self._block(element, tag, chrome, "comment")
            return
        if leaf:
            self._block(element, tag, chrome, hint)
            for img in element.iter("img", "amp-img"):  # (an AMP page's '<amp-img>' too)
                self._figure(img, chrome)
            return
        self._children(element, chrome, hint)

    def _grouped(self, element: Any, chrome: bool, hint: str) -> None:
        """An element whose blocks stand together, one group: an embedded social post (its
        text and its signature line), a Word file's text box."""
        first = len(self.blocks)
        self._children(element, chrome, hint)
        self.blocks[first:] = [replace(b, group=first) for b in self.blocks[first:]]

    def _children(self, element: Any, chrome: bool, hint: str) -> None:
        """Walk an element's blocks; the text and inline elements between them are a block."""
        run = [element.text or ""]
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if child in self.holding or _is_block(child) or tag in ("amp-img", "picture"):
                self._loose(run, chrome)
                run = []
                self.walk(child, chrome, hint)
            elif tag == "br":
                run.append(_BREAK)
            elif tag in _INLINE_DATES and "".join(run).strip() and _hint(child) == "date":
                self._loose(run, chrome)  # a date set inline after the writer's name and job:
                run = [child.text_content()]  # a line of its own, not the byline's words
                self._loose(run, chrome)
                run = []
            elif hint == "byline" and _is_badge(child):
                pass  # 'Hub Creator': the platform's label on its writer, beside the name
            elif tag and tag not in SKIPPED:
                _drop_unshown(child)
                run.append(child.text_content())
            run.append(child.tail or "")
        self._loose(run, chrome)

    def _loose(self, run: list[str], chrome: bool) -> None:
        """Text standing in a container between its blocks, a block a line (<br>); a mail's
        plain text as a webmail shows it is read as the text it is (_plain_message)."""
        group = len(self.blocks)
        if not (chrome or self.word) and self._message("".join(run)):
            return
        for line in "".join(run).split(_BREAK):
            text = " ".join(line.split())
            if text:
                self.blocks.append(Block(text, "p", group, "chrome" if chrome else ""))

    def _block(self, element: Any, tag: str, chrome: bool, hint: str = "") -> None:
        for mark in _MARKS(element) if self.marked else ():
            mark.drop_tree()  # a comment's mark inside the text: '[a]'
        for mark in _FOOTNOTE_MARKS(element):
            mark.drop_tree()  # '[1]', and the words a draft strikes out
        for chip in [e for e in element.iter("span", "a") if _quote_chip(e)]:
            chip.drop_tree()  # 'Konkan Cement Ltd₹1,248.60 (-3.12%)': the live price, no words
        for sup in element.iter("sup") if self.word else ():
            if _SOURCE_NUMBER.match(sup.text_content()) and _after_sentence(sup):
                sup.drop_tree()  # a checker's source number after a sentence: '...Montana.¹ '

        if tag == "li" and (element.get("id") or "").startswith(("footnote", "endnote")):
            hint = "note"  # the notes a Word draft keeps at its foot: notes to the desk
        for br in element.iter("br"):
            br.tail = _BREAK + (br.tail or "")  # lines set apart by <br>, as in an e-mail
        if tag not in PARAGRAPHS:  # a box of the story's details, not a paragraph's sentence
            for child in element:
                after = (element.text or "").strip() or child.getprevious() is not None
                if after and child.tag in _INLINE_DATES and _hint(child) == "date":
                    child.text = _BREAK + (child.text or "")  # the date apart from the byline
        for time in element.iter("time"):
            time.text = " " + (time.text or "")  # a date set close to a name: '...Moss</a><time>'
        _drop_unshown(element)
        raw = element.text_content().replace(_BREAK, "\n").strip() if tag == "pre" else ""
        if "\n\n" in raw:
            group = len(self.blocks)  # text a browser saved as it showed it: its paragraphs
            for part in re.split(rf"\n\s*\n|\n(?={PICTURE_ENTRY})", raw):
                if part.strip():
                    self.blocks.append(Block(" ".join(part.split()), "p", group, hint))
            return
        text = _link_row(element, tag) or _text(element)
        if not text.replace(_BREAK, ""):
            return
        kind = "h1" if tag == "h1" else "h2" if tag in ("h2", "h3", "h4", "h5", "h6") else "p"
        if "[" in text and (shortcode := _SHORTCODE.match(text)):
            if not shortcode.group("held"):  # '[related_story id="5488"]': a page's widget
                hint = "chrome"
            elif shortcode.group("name") == "caption":  # '[caption id=...] Words.[/caption]'
                text, kind = shortcode.group("held").strip(), "caption"
        if element in self.titles:
            kind = "h1"  # a word processor's Title paragraph: '<p class=MsoTitle>'
        if self.word and tag == "h1" and element.get("class") == "title" and not chrome:
            hint = "title"  # a Word file's Title paragraph (not a Heading 1)
        if tag == "p" and _HED_STYLE.search(element.get("class") or ""):
            kind = "h1"  # a layout program's headline style: '<p class="HED-60pt">'
            text = " ".join(text.replace(_BREAK, " ").split())  # its lines are one headline
        if chrome and (
            hint == "credit"
            or (hint == "byline" and _in_comment(element))
            or (hint == "byline" and _told(text))
        ):
            hint = "chrome"  # a copyright line in the page's own box ('Please submit your DMCA
            # ...'), a commenter's name ('<div class="commentAuthor">'), the writer's bio in
            # the box about them ('Ana Ruiz covered the port for ten years ...')
        if tag == "h1" and _site_name(element):
            hint = "chrome"  # the site's name over every page, linked to its home page
        if tag == "p" and _gallery_link(element):
            hint = "chrome"  # 'Photos: <a>Harbour Festival</a>': the site's gallery, no credit
        if tag == "address" and not hint and not chrome:
            hint = "byline"  # the article's author and contact ('<address><a rel="author">')
        if chrome and hint == "dek":
            hint = "chrome"  # a description in the page's furniture: a teaser's, a footer's
        if hint == "byline" and (badges := [e for e in element.iter() if _is_badge(e)]):
            for badge in badges:
                badge.drop_tree()  # 'Hub Creator': the platform's label on its writer
            text = _link_row(element, tag) or _text(element)
        if hint == "byline" and (writers := _linked_writers(element, text)):
            text = writers  # 'By <a>Ana Ruiz</a>, The Ledger, and <a>Li Wei</a>, KXPR'
        hint = hint or ("chrome" if chrome else _hint(element) or _bold(element, text))
        if tag == "figcaption" or hint == "caption":
            kind = "caption"
        if (
            kind == "p"
            and hint in ("", "chrome")
            and not (chrome or self.word)
            and self._message(text)
        ):
            return
        group = len(self.blocks)
        for line in _lines(text, self.word):
            self.blocks.append(Block(line, kind, group, hint))

    def _mail_paragraphs(self, element: Any) -> bool:
        """Read a mail's plain text as a list archive shows it (HyperKitty: each paragraph a
        `<p>`, each of its lines ending in a `<br>`) as the text it is, its wrapped paragraphs
        joined; whether `element` holds one."""
        paragraphs = [child for child in element if isinstance(child.tag, str)]
        if len(paragraphs) < 3 or any(p.tag != "p" for p in paragraphs):
            return False
        if element.find("p/br") is None:
            return False
        return self._message((_BREAK * 2).join(_broken_text(p) for p in paragraphs))

    def _message(self, text: str) -> bool:
        """Read a mail's plain text as a webmail shows it (a line a <br>, _plain_message) as
        the text it is, its wrapped paragraphs joined; whether `text` is one."""
        lines = [line.strip() for line in text.split(_BREAK)]
        if not _plain_message(lines):
            return False
        group = len(self.blocks)
        self.blocks += [replace(b, group=group + b.group) for b in text_blocks("\n".join(lines))]
        return True

    def _story_page(self, page: Any, chrome: bool, hint: str) -> None:
        """A page of a visual story (an AMP web story): one picture filling the page behind a
        few lines of text, and a line of its own crediting the picture ('Photo: Supplied',
        'Photo: Herald/A'), which is the picture's credit, not a caption of the lines above
        it; a page that links out (its `amp-story-page-outlink`) and calls the reader to the
        site ('Read the whole story on our website') is the site's, not the story's (but the
        story's last page may link out under a line of its own)."""
        if page.find(".//amp-story-page-outlink") is not None and any(
            chrome_line(said) or _READ_ON.match(said)
            for e in page.iter("p", "h1", "h2", "h3", "h4")
            if (said := " ".join("".join(e.itertext()).split()))
        ):
            chrome = True
        first = len(self.blocks)
        self._children(page, chrome, hint)
        held = range(first, len(self.blocks))
        images = [n for n in held if self.blocks[n].kind == "image"]
        credits = [
            n
            for n in held
            if self.blocks[n].kind == "p"
            and (self.blocks[n].hint == "credit" or _credit_alone(self.blocks[n].text))
        ]
        if len(images) != 1 or len(credits) != 1 or chrome:
            return
        image, line = self.blocks[images[0]], self.blocks[credits[0]]
        if image.picture is not None and not image.picture.credit:
            credit = split_credit(line.text)[1] or line.text
            picture = replace(image.picture, credit=credit)
            self.blocks[images[0]] = replace(image, hint=WHOLE_PICTURE, picture=picture)
            del self.blocks[credits[0]]

    def _credits_block(self, element: Any) -> None:
        """StoryMaps' Credits block at a story's end lists who made each part of it; its
        'Cover photo' row is the only credit of the cover's picture, which has no caption;
        a row crediting a writer's work ('Additional reporting' — Ana Ruiz) is a contributor
        line (the other rows repeat the credits under the pictures, and are read as none)."""
        for row in element.iter("li"):
            parts = {
                part: _text(mark)
                for mark in row.iter()
                if isinstance(mark.tag, str)
                for part in ("content", "attribution")
                if f"__{part}" in (mark.get("class") or "")
            }
            if not parts.get("attribution"):
                continue
            if not _COVER_ROW.match(parts.get("content", "")):
                line = f"{parts.get('content', '').rstrip(' :')} by {parts['attribution']}"
                if _WRITERS_ROW.match(line) and contributions(line):
                    self.blocks.append(Block(line, "p", len(self.blocks), ""))
                continue
            for n, b in enumerate(self.blocks):
                if b.kind == "image" and b.picture is not None:
                    if not b.picture.credit and not b.picture.caption:
                        picture = replace(b.picture, credit=parts["attribution"])
                        self.blocks[n] = replace(b, picture=picture)
                    break

    def _figure(self, element: Any, chrome: bool) -> None:
        if element.tag == "figure" and not chrome and (inner := _inner_figures(element)):
            self._gallery(element, inner)
            return
        imgs = (
            [element] if element.tag in ("img", "amp-img") else list(element.iter("img", "amp-img"))
        )
        if not imgs and not chrome and _drawn_map(element):
            imgs = [lxml.html.Element("img", alt=element.get("aria-label") or "")]
        if chrome or not imgs or _tiny(imgs[0]) or _QR_CODE.match(imgs[0].get("alt") or ""):
            return  # (a QR code, described so, leads to a page: no picture of the story)
        img = imgs[0]
        labels = [e for e in _SCREEN_READER_TEXT(element) if _screen_reader(e)]
        caption, credit = "", _labelled_credit(labels)
        _drop_unshown(element)
        for label in labels:
            label.drop_tree()  # 'Image caption, ': a label, read above where it is one
        if element.tag not in ("figure", "picture", "img", "amp-img"):
            caption = " ".join(" ".join(element.itertext()).split())  # a figure by its role
        for part in element.iter("figcaption"):
            if part.find(".//dl") is not None or part.find(".//a[@download]") is not None:
                credit = _picture_details(part) or credit
            for mark in list(part.iter()):
                if not isinstance(mark.tag, str):
                    continue  # a comment or processing instruction
                if mark is not part and furniture(_text(mark)):
                    mark.drop_tree()  # 'Purchase Licensing Rights, opens new tab'
                    continue
                credited = (
                    _hint(mark) == "credit"
                    or mark.tag in ("cite", "small")
                    or "attribution" in (mark.get("class") or "").lower()  # Quintype's
                )
                if mark is not part and credited and not credit:  # '<cite>Ana Diaz</cite>'
                    credit = _text(mark)
                    mark.drop_tree()
                elif mark is not part and not credit and _credit_alone(_text(mark)):
                    # an element of a credit and its label alone, after the caption's words:
                    # 'Lena Park <em>Photo: Tom Bell</em>' (not an outlet's name before it)
                    credit = split_credit(_text(mark))[1]
                    mark.drop_tree()
            caption = _text(part)
        if not caption and "caption" in (img.get("class") or "").split():
            caption = " ".join((img.get("title") or "").split())  # Joomla's JCaption prints it
        if caption and not credit:
            caption, credit = split_credit(caption)
        if not credit:  # a credit beside the caption: '<figcaption>...</figcaption><cite>'
            credit = _credit_beside(element)
        title = img.get("title") or ""
        if _file_title(title, img.get("src") or ""):
            title = ""  # 'DSC_0456': the name WordPress gives an upload, from its file
        alt = plain_alt(img.get("alt") or ("" if caption else title))
        if not alt and not self.word and file_name(img.get("alt") or ""):
            # a page's alt attribute that is the file's name, as its site filled it when the
            # picture went up, is the alt text the page gives, kept as printed (Word's is
            # the file Word was given, no description)
            alt = " ".join((img.get("alt") or "").split())
        if file_name(caption) and not credit and not alt:
            caption, alt = "", caption  # a file's name printed where no one wrote a caption
        src = img.get("src") or img.get("data-src") or ""
        data, name = self._bytes(src)
        picture = Picture(
            caption=caption,
            credit=credit,
            alt=alt,
            data=data,
            name=name,
            source="" if data else src,
        )
        # (the post's own, by its alt or by the article's markup naming it its image)
        cover = "cover" if cover_alt(img.get("alt") or "") or _article_image(img) else ""
        self.blocks.append(Block(caption, "image", len(self.blocks), cover, picture))

    def _gallery(self, gallery: Any, figures: list[Any]) -> None:
        """A gallery set as a figure of figures (WordPress's gallery block): each picture its
        own figure with its own caption; the gallery's caption, outside them, is the credit of
        every picture without one when it is a credit alone ('Pictures: Union Media Team'),
        else the caption of every picture without one (a paragraph of its own when all have
        one)."""
        own = [c for c in gallery.iter("figcaption") if not _in_any(c, figures)]
        shared = " ".join(" ".join(_text(c) for c in own).split())
        for caption in own:
            caption.drop_tree()
        first = len(self.blocks)
        for figure in figures:
            self._figure(figure, False)
        pictures = [n for n in range(first, len(self.blocks)) if self.blocks[n].picture]
        credit = split_credit(shared)[1] if _credit_alone(shared) else ""
        placed = False
        for n in pictures:
            picture = self.blocks[n].picture
            assert picture is not None
            if credit and not picture.credit:
                self.blocks[n] = replace(self.blocks[n], picture=replace(picture, credit=credit))
            elif shared and not credit and not picture.caption:
                placed = True
                picture = replace(picture, caption=shared)
                self.blocks[n] = replace(self.blocks[n], text=shared, picture=picture)
        if shared and not credit and not placed:
            self.blocks.append(Block(shared, "caption", len(self.blocks), ""))

    def _photo_log(self, table: Any) -> bool:
        """A table that lists the story's pictures, a row each, under a header naming its
        columns ('File', 'Caption', 'Credit', 'Alt text'), as a photographer's or a
        freelancer's photo log sets them: an image a row, with the row's picture if it has
        one; False, and nothing read, for any other table."""
        rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent() in table]
        if len(rows) < 2:
            return False
        columns: dict[str, int] = {}
        for n, cell in enumerate(c for c in rows[0] if c.tag in ("td", "th")):
            found = _LOG_COLUMN.match(_text(cell))
            if found and found.lastgroup and found.lastgroup not in columns:
                columns[found.lastgroup] = n
        if "caption" not in columns or not ({"credit", "alt", "file"} & columns.keys()):
            return False
        for row in rows[1:]:
            cells = [c for c in row if c.tag in ("td", "th")]

            def cell(name: str, cells: list[Any] = cells) -> str:
                at = columns.get(name, -1)
                return " ".join(_text(cells[at]).split()) if 0 <= at < len(cells) else ""

            caption, credit = cell("caption"), cell("credit")
            if not caption:
                continue
            if not credit:
                caption, credit = split_credit(caption)
            img = next(row.iter("img"), None)
            data, name = self._bytes(img.get("src") or "") if img is not None else (None, "")
            picture = Picture(
                caption=caption,
                credit=credit,
                alt=plain_alt(cell("alt")),
                data=data,
                name=name,
                source="",
            )
            self.blocks.append(Block(caption, "image", len(self.blocks), "", picture))
        return True

    def _picture_grid(self, table: Any) -> bool:
        """A table of pictures set side by side, each row of them over a row of the words
        under each (a site builder's photo gallery, as FrontPage's Photo Gallery writes one),
        or one picture over its words: read a picture at a time, each with its cell's
        caption and credit; False, and nothing read, for any other table."""
        rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent() in table]
        if len(rows) < 2 or len(rows) % 2:
            return False
        grid: list[tuple[Any, Any]] = []
        for over, under in zip(rows[::2], rows[1::2], strict=True):
            pictures = [c for c in over if c.tag in ("td", "th")]
            words = [c for c in under if c.tag in ("td", "th")]
            if len(pictures) != len(words) or any(not _caption_cell(c) for c in words):
                return False
            for picture, said in zip(pictures, words, strict=True):
                imgs = list(picture.iter("img"))
                if len(imgs) > 1 or _text(picture).strip() or (not imgs and _text(said).strip()):
                    return False  # (a cell of words, or of two pictures: no gallery)
                if imgs and not _tiny(imgs[0]):
                    grid.append((imgs[0], said))
        if len(grid) < 2 and not (grid and len(rows) == 2 and _loose_words(grid[0][1])):
            return False
        for img, said in grid:
            self._figure(img, False)
            self._block(said, "td", False, "caption")
        return True

    def _picture_beside(self, table: Any) -> bool:
        """A table of one row, a picture in one cell and its words in another beside it (a
        newsletter's image-and-text block, as MailerLite and Mailchimp set one): the words a
        caption over a credit line ('Picture: Courtesy of ...'), perhaps under the picture's
        title in bold, which is its alt when it has none; False, and nothing read, for any
        other table (a teaser's picture and blurb has no credit)."""
        rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent() in table]
        cells = [c for c in rows[0] if c.tag in ("td", "th")] if len(rows) == 1 else []
        imgs = [img for c in cells for img in c.iter("img")]
        filled = [c for c in cells if _text(c).strip()]
        if len(imgs) != 1 or len(filled) != 1 or next(filled[0].iter("img"), None) is not None:
            return False
        said = [p for p in filled[0].iter("p") if _text(p).strip()]
        if not 2 <= len(said) <= 3 or not _credit_alone(_text(said[-1])):
            return False
        titled = len(said) == 3 and _bold(said[0], _text(said[0])) == "bold"
        if len(said) == 3 and not titled:
            return False
        first = len(self.blocks)
        self._figure(imgs[0], False)
        if len(self.blocks) == first or (picture := self.blocks[first].picture) is None:
            return False
        caption = _text(said[-2])
        picture = replace(
            picture,
            caption=caption,
            credit=split_credit(_text(said[-1]))[1],
            alt=picture.alt or (_text(said[0]) if titled else ""),
        )
        self.blocks[first] = replace(self.blocks[first], text=caption, picture=picture)
        return True

    def _bytes(self, src: str) -> tuple[bytes | None, str]:
        """The image's bytes when the page carries them (a data: URI, a file saved beside
        it), with a name for the file; (None, name) otherwise."""
        if src in self.images:
            data = self.images[src]
            return (data, src) if _is_image(data) else (None, src)
        if src.startswith("data:"):
            head, _, payload = src.partition(",")
            try:
                data = base64.b64decode(payload, validate=False) if ";base64" in head else b""
            except (binascii.Error, ValueError):
                return None, ""
            return (data, "") if _is_image(data) else (None, "")
        try:
            url = urlparse(src)
        except ValueError:  # 'http://[::1': an address no page can load
            return None, ""
        name = Path(unquote(url.path)).name
        if url.scheme or url.netloc or self.folder is None or not name:
            return None, name
        path = self.folder / unquote(url.path).lstrip("/")
        try:
            if not path.is_file():  # (a page saved without its images: most are not there)
                return None, name
            inside = path.resolve().is_relative_to(self.folder.resolve())
            if inside and path.stat().st_size <= _MAX_IMAGE:
                data = path.read_bytes()
                return (data, name) if _is_image(data) else (None, name)
        except OSError:
            pass
        return None, name


# a picture that is a QR code, its alt saying so ('QR code', 'A QR code to our video'); not a
# photograph of someone scanning one ('A woman holds her phone to the QR code on a bench')
# (or an office's stamp or seal set under a letter's signature, its alt saying so: 'Stamp of
# the Divisional Office', 'Official seal'; not 'A clerk stamps the forms')
_QR_CODE: Final = re.compile(
    r"\s*(?:an? |the )?(?:scannable )?QR[- ]?code\b|"
    r"\s*(?:an? |the )?(?:(?:official|office|rubber) )?(?:stamp|seal) of (?:the |an? )?"
    r"(?-i:[A-Z])|\s*(?:an? |the )?(?:official|office|rubber) (?:stamp|seal)\b",
    re.I,
)


def _file_title(title: str, src: str) -> bool:
    """Whether an image's title is the name of its file, as a CMS titles an upload by
    default ('IMG-20260310-WA0012' for '.../IMG-20260310-WA0012-1024x768.jpg')."""
    name = title.strip().lower()
    file = unquote(src.rsplit("/", 1)[-1]).lower()
    return bool(name) and " " not in name and file.startswith(name)


_INLINE_DATES: Final = frozenset(("span", "time", "small", "em", "i"))
_HEADING: Final = re.compile(r"^h[1-6]$")
# how many words the cell under a gallery's picture holds at most: a caption and its credit
_CAPTION_WORDS: Final = 80


def _holds_list(item: Any) -> bool:
    """Whether a list's item holds a list of its own: a lead-in and its lettered items, as
    a release's typed paragraph numbers become a list whose third item ends 'The works
    include:' over '(a)', '(b)', '(c)'; its paragraphs and its items are each a paragraph,
    not one run of text."""
    return item.tag == "li" and any(child.tag in ("ol", "ul") for child in item)


def _site_name(heading: Any) -> bool:
    """Whether a heading is the site's name set over every page as a link to its home
    ('<h1><a href="/">Morant Bay Municipal Council</a></h1>', SharePoint's site title):
    its words are all one link's, and the link goes to the site's root; or the link holds
    the heading, with the site's tagline beside it (Serendipity's '<a href="/"><h1>Name</h1>
    <span>Tagline</span></a>')."""
    links = heading.findall(".//a")
    if not links and (outer := next(heading.iterancestors("a"), None)) is not None:
        links = [outer]
    elif len(links) != 1 or _text(links[0]) != _text(heading):
        return False
    href = (links[0].get("href") or "").strip()
    url = urlparse(href)
    return href != "" and url.path in ("", "/") and not url.fragment


def _loose_words(cell: Any) -> bool:
    """Whether a cell under one picture holds its words loose, in spans and lines, not in
    paragraphs: an old site made in a table layout sets each of a story's pictures in a
    small table of its own, its caption and credit in the row under it (a Word file's table
    of a picture and its caption paragraphs is read as Word's)."""
    return cell.find(".//p") is None and bool(_text(cell).strip())


def _caption_cell(cell: Any) -> bool:
    """Whether a table's cell may be the words under a gallery's picture: no picture, no
    heading, at most two paragraphs and a caption's length of words, and not links alone (a
    page laid out in a table has its navigation and its story in the row under its banner)."""
    if any(
        isinstance(e.tag, str) and (e.tag == "img" or _HEADING.match(e.tag)) for e in cell.iter()
    ):
        return False
    words = _text(cell).split()
    linked = sum(len(_text(a).split()) for a in cell.iter("a"))
    return (
        sum(1 for _ in cell.iter("p")) <= 2
        and len(words) <= _CAPTION_WORDS
        and not (len(list(cell.iter("a"))) >= 2 and linked >= len(words))
    )


_PHOTO_COUNT: Final = re.compile(
    r"\b\d{1,3} (?:photos|images|pictures)\b|\bview (?:the )?(?:full )?gallery\b", re.I
)


def _gallery_teaser(element: Any) -> bool:
    """A box its class or label names a gallery, with a link to another page that counts its
    photos or offers to show them ('14 photos', 'View Gallery'): a teaser, not the story's
    pictures (a gallery of the story's own, with its captions, opens no other page)."""
    names = f"{element.get('class') or ''} {element.get('aria-label') or ''}".lower()
    if "gallery" not in names:
        return False
    return any(
        (href := link.get("href") or "")
        and not href.startswith(("#", "javascript:"))
        and _PHOTO_COUNT.search(" ".join(link.itertext()))
        for link in element.iter("a")
    )


def _desk_notes(details: Any) -> bool:
    """Whether a folded box's summary says it holds notes for the desk or the staff."""
    summary = details.find("summary")
    return summary is not None and furniture(_text(summary)) == "note to the desk"


# a source's or a note's number set in superscript: '1', '2,3', '4-6'
_SOURCE_NUMBER: Final = re.compile(r"^\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*$")


def _after_sentence(sup: Any) -> bool:
    """Whether a superscript stands after a sentence's or a clause's end ('...Montana.¹'),
    not after a unit ('400 ft²')."""
    previous = sup.getprevious()
    before = (previous.tail if previous is not None else sup.getparent().text) or ""
    if previous is not None and not before:
        before = previous.text_content()
    return before.rstrip()[-1:] in (".", ",", ";", ":", '"', "”", "’", ")", "?", "!")


def _link_row(element: Any, tag: str) -> str:
    """A container's links set side by side with no text between them ('Share on
    Facebook', 'Share on X' in one box, their spacing left to the page's style), perhaps
    with a one-word label ('Tags'), as the items they are, in order: 'Tags | State Parks |
    Ferries'. '' for any other block."""
    if tag not in ("div", "span", "nav", "section"):
        return ""
    items, links, loose = [element.text or ""], 0, 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        linked = child.tag == "a" or child.find(".//a") is not None
        links += linked
        loose += 0 if linked else len(_text(child).split())
        items += [_text(child), child.tail or ""]
    loose += len(" ".join([element.text or "", *(c.tail or "" for c in element)]).split())
    if links < 2 or loose > 1:
        return ""
    return " | ".join(text for item in items if (text := " ".join(item.split())))


# the class of a live price chip a business site glues to a listed company's name in a
# paragraph: 'stock-chip', 'quote-chip'
_QUOTE_CHIP: Final = re.compile(r"(?:^|\s)(?:stock|quote|share|price)[-_]chip(?:$|\s)", re.I)


# the label of a link to a site's gallery or video set as a paragraph of its own
_GALLERY_LABEL: Final = re.compile(r"^(?:photos|pictures|gallery|video)\s*:$", re.I)


def _gallery_link(element: Any) -> bool:
    """Whether a paragraph is a label and one link, all its words past the label, to the
    site's gallery ('Photos: <a href="/gallery/...">Harbour Festival</a>'): the link's title
    may be a name's two capitalised words, but a photographer's credit is no link of its own
    after a label."""
    links = element.findall(".//a")
    if len(links) != 1 or not (linked := _text(links[0])):
        return False
    text = _text(element)
    return text.endswith(linked) and _GALLERY_LABEL.match(text[: -len(linked)].strip()) is not None


def _quote_chip(element: Any) -> bool:
    """Whether an element inside a paragraph is a market widget's price and change, which
    the page updates from the exchange: no words of the story, whose own price it may not be."""
    return _QUOTE_CHIP.search(element.get("class") or "") is not None


def _drop_unshown(element: Any) -> None:
    """Take out of an element what a browser never shows as its text (a script, a style, an
    icon's SVG title, a template), keeping the text after each."""
    for inner in [e for e in element.iter(*SKIPPED) if e is not element]:
        if _section_toggle(inner):
            inner.drop_tag()  # an accordion's heading: its words, not the button around them
        else:
            inner.drop_tree()
    for inner in _HIDDEN(element):
        inner.drop_tree()  # '<a hidden class="anchor" href="#who">#</a>': never shown
    for inner in _STYLED_SPANS(element):
        if _search_copy(inner):
            inner.drop_tree()  # (the tail, text after the span, is kept)


def _section_toggle(element: Any) -> bool:
    """Whether an element is the button that opens a folded section of the page, set in the
    section's heading ('<h4><button aria-controls="m-a1">About the data</button></h4>'): the
    button's words are the heading's."""
    return (
        element.tag == "button"
        and bool(element.get("aria-controls"))
        and any(a.tag in _HEADINGS for a in element.iterancestors())
    )


_HEADINGS: Final = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _search_copy(span: Any) -> bool:
    """Whether a span is a copy a CMS hides for search engines: its style never shows it
    (display: none), and it holds schema.org's microdata, bears a name Plone gives its
    hidden copies, or repeats words the page shows elsewhere (its title, its dek). A span
    hidden only until a script shows it (a paragraph's rest behind 'Read more', a
    paragraph that fades in) is the story's."""
    if not _NOT_SHOWN.search(span.get("style") or ""):
        return False
    names = f"{span.get('id') or ''} {span.get('class') or ''}"
    if _MICRODATA(span) or _SEARCH_COPY.search(names):
        return True
    words = " ".join(span.text_content().split())
    if len(words.split()) < 3:
        return False
    page = " ".join(span.getroottree().getroot().text_content().split())
    return page.count(words) >= 2  # (once is the span's own)


def _screen_reader(element: Any) -> bool:
    """Whether an element's text is set apart for screen readers alone."""
    return _SCREEN_READER.search(element.get("class") or "") is not None


# what a theme's label for screen readers names in a post's meta list, beside its author and
# date: 'Post category:', 'Post comments:', 'Reading time:', 'Tags'
_POST_PROPERTY: Final = re.compile(
    r"^(?:post\s+)?(?:categor(?:y|ies)|comments?|reading\s+time|tags?|views?)\s*:?$", re.I
)


def _post_property(item: Any) -> bool:
    """Whether a list's item is a post's property that its label for screen readers names
    (OceanWP's meta list: '<li><span class="screen-reader-text">Post category:</span>...'),
    the site's words about the post, not the story's."""
    first = next((child for child in item if isinstance(child.tag, str)), None)
    if first is None or (item.text or "").strip() or not _screen_reader(first):
        return False
    return _POST_PROPERTY.match(_text(first)) is not None


def _inner_figures(figure: Any) -> list[Any]:
    """The figures inside a figure that hold all its pictures (a gallery's), outermost
    first; none when it holds none, or a picture of its own beside them."""
    inner = [f for f in figure.iterdescendants("figure") if next(f.iter("img"), None) is not None]
    if not inner or any(not _in_any(img, inner) for img in figure.iter("img")):
        return []
    return [f for f in inner if not _in_any(f, inner)]


def _in_any(element: Any, containers: list[Any]) -> bool:
    """Whether `element` stands inside any of `containers`."""
    return any(a in containers for a in element.iterancestors())


def _credit_alone(text: str) -> bool:
    """Whether a piece of a caption's markup is a credit with its label and nothing else:
    'Photo: Tom Bell', '(Photo by Ana Diaz/AP)'."""
    caption, credit = split_credit(text)
    return bool(credit) and not caption and credit != text


def _labelled_credit(labels: list[Any]) -> str:
    """A picture's credit that one of its labels for screen readers names ('<span><span
    class="visually-hidden">Image source, </span>Hefin Cadwaladr</span>'), or ''."""
    for label in labels:
        parent = label.getparent()
        if parent is None:
            continue
        if _CREDIT_LABEL.match(" ".join(label.text_content().split())):
            return " ".join((label.tail or "").split()) or " ".join(
                parent.text_content().replace(label.text_content(), "", 1).split()
            )
    return ""


def _builder_markup(found: re.Match[str], text: str) -> str:
    """'' for a run of a page builder's shortcodes printed as text (two or more together,
    or one alone at a paragraph's edge, by a tag or a line's end); the run as it is where a
    sentence names a shortcode among its words, or the page sets it as code."""
    before = text[max(0, found.start() - 200) : found.start()]
    if _CODE_OPENED.search(before):
        return found.group()  # '<code>[vc_column_text]</code>': shown as code, the story's
    if len(_ONE_SHORTCODE.findall(found.group())) > 1:
        return ""
    after = text[found.end() : found.end() + 200].lstrip()
    edge = not before.strip() or before.rstrip(" \t").endswith((">", "\n"))
    return "" if edge or not after or after.startswith("<") else found.group()


def _credit_beside(figure: Any) -> str:
    """The credit a figure sets beside its caption, not in it ('<cite>Photo by Ana Diaz
    </cite>' after the figcaption), without its label."""
    if figure.tag != "figure":
        return ""
    for mark in figure.iter("cite", "small"):
        around = next((a for a in mark.iterancestors() if a.tag in ("figure", "figcaption")), None)
        if around is not figure:
            continue  # in the caption, or in another figure of a gallery
        text = _text(mark)
        if not text or len(text.split()) > 12 or furniture(text):
            continue  # ('Buy Photo': a button)
        return split_credit(text)[1] or text
    captions = _CAPTIONS(figure)
    for field in figure.iter("div", "span", "p"):
        if next(field.iter("img"), None) is not None or _in_any(field, captions):
            continue
        text = _text(field)  # a media entity's own credit field, its label inline
        if (labelled := _FIELD_CREDIT.match(text)) and len(text.split()) <= 16:
            return text[labelled.end() :].strip()  # ('Photo credit Courtesy of ...')
    return ""


_CAPTIONS: Final = lxml.etree.XPath(".//figcaption")
# the label of a picture's credit field, as a CMS's media entity prints it inside the figure
_FIELD_CREDIT: Final = re.compile(r"^(?:photo|image|picture) (?:credit|by)s?:?\s+(?=\S)", re.I)


def _above_headline(tree: Any, headline: str) -> set[Any]:
    """The elements that hold the story's headline when furniture's class marks every place
    the page shows it: whatever their class says ('a blog-sidebar-separator' a theme wraps the
    post in), they hold the story. A headline shown outside furniture is the story's, and a
    teaser that repeats it in a sidebar stays furniture."""
    key = _key(headline)
    if not key:
        return set()
    shown = [h for h in tree.iter("h1", "h2") if _key(_text(h)) == key]
    wrappers = [
        next((a for a in h.iterancestors() if a.tag not in _WHOLE and _chrome_class(a)), None)
        for h in shown
    ]
    if not shown or any(w is None for w in wrappers):
        return set()
    # the headline over the most text: the post's, not a trending bar's teaser of it
    sizes = [len(w.text_content()) if w is not None else 0 for w in wrappers]
    return set(shown[sizes.index(max(sizes))].iterancestors())


def _around_article(tree: Any) -> set[Any]:
    """The elements around the one `<article>` that holds most of the page's paragraphs:
    whatever their class says (a theme's 'background_color_sidebar' wrapping the post and
    the sidebar beside it), they hold the story."""
    articles = tree.xpath("//article")
    if len(articles) != 1:
        return set()
    everything = sum(len(_text(p)) for p in tree.iter("p"))
    held = sum(len(_text(p)) for p in articles[0].iter("p"))
    return set(articles[0].iterancestors()) if held * 2 >= everything > 0 else set()


def _holding_blocks(tree: Any) -> set[Any]:
    """The elements that hold a block inside them, found in one pass (the set keeps lxml's
    element proxies alive, so that each element is known by identity)."""
    holding: set[Any] = set()
    for element in tree.iter():
        if not _is_block(element):
            continue
        parent = element.getparent()
        while parent is not None and parent not in holding:
            holding.add(parent)
            parent = parent.getparent()
    return holding


def _within_article(blocks: list[Block], kept: set[str]) -> list[Block]:
    """Blocks after the last one trafilatura keeps as the article's text are page
    furniture (teasers, footers); the ones it leaves out before that are kept."""
    # (trafilatura may keep a paragraph only up to a mark inside it: its first words count)
    starts = {k[:_START] for k in kept if len(k) >= _START}
    last = max(
        (i for i, b in enumerate(blocks) if (k := _key(b.text)) in kept or k[:_START] in starts),
        default=-1,
    )
    if last < 0 or _fragment(blocks, last):
        return blocks
    return [
        b
        if i <= last or b.hint or _shown_image(b) or contributor_names(b.text)
        else replace(b, hint="chrome")
        for i, b in enumerate(blocks)
    ]


def _fragment(blocks: list[Block], last: int) -> bool:
    """Whether the text trafilatura keeps is a fragment of the article: a page set in boxes
    (Google Sites' text boxes) gives it one box, and more than twice its prose stands below
    it in paragraphs no markup sets apart."""

    def prose(b: Block) -> int:
        sentence = len(b.text.split()) >= 12 and b.text.rstrip().endswith(SENTENCE_END)
        return len(b.text) if b.kind == "p" and not b.hint and sentence else 0

    kept = sum(len(b.text) for b in blocks[: last + 1] if b.kind == "p")
    return sum(prose(b) for b in blocks[last + 1 :]) > 2 * kept


def _shown_image(b: Block) -> bool:
    """An image with words of its own (a caption, a credit, alt text); after the article, an
    image with none is a teaser's thumbnail."""
    picture = b.picture
    return (
        b.kind == "image"
        and picture is not None
        and bool(b.text or picture.caption or picture.credit or picture.alt)
    )


_START: Final = 60  # the first characters of a paragraph that tell it apart


def _marked_article(tree: Any) -> set[str]:
    """The paragraphs of the element the page marks as its article (`<article>`, schema.org's
    articleBody) when it holds most of the page's paragraphs, as keys; else none, and
    trafilatura finds the main text."""
    marked = tree.xpath("//article | //*[@itemprop='articleBody']")
    if not marked:
        return set()

    # one article, or the entries a live blog marks as articles side by side, taken together
    siblings: dict[Any, list[Any]] = {}
    for element in marked:
        siblings.setdefault(element.getparent(), []).append(element)
    candidates = [[e] for e in marked] + [group for group in siblings.values() if len(group) > 1]

    # each paragraph's text read once (the dict keeps lxml's proxies alive, so that each
    # element is known by identity), for the page's size, each candidate's and the keys
    texts = {p: _text(p) for p in tree.iter("p")}

    def size(group: list[Any]) -> int:
        return sum(len(texts[p]) for e in group for p in e.iter("p"))

    sizes = [size(group) for group in candidates]
    best = candidates[sizes.index(max(sizes))]
    everything = sum(map(len, texts.values()))
    if everything == 0 or max(sizes) * 2 < everything:
        return set()
    return {_key(t) for e in best for t in (texts.get(b) or _text(b) for b in e.iter(*BLOCKS)) if t}


def _article_texts(tree: Any) -> set[str]:
    """The paragraphs trafilatura takes as the page's main text, as keys."""
    import trafilatura

    try:
        with warnings.catch_warnings():  # its own deprecation notices are not the reporter's
            warnings.simplefilter("ignore")
            found = trafilatura.bare_extraction(
                tree,  # (walked already: trafilatura may change it)
                favor_recall=True,
                fast=True,  # its own extraction only: the page is walked whole anyway
                include_comments=False,
                include_tables=True,
                with_metadata=False,
            )
    except Exception:  # trafilatura's own failure on an odd page: read the page whole
        return set()
    body = getattr(found, "body", None)
    if body is None:
        return set()
    keys: set[str] = set()
    for e in body.iter("p", "head", "item", "quote", "cell"):
        keys.add(_key(" ".join(e.itertext())))
        # (and each of its lines: a post's text set with line breaks, '<br><br>' between its
        # paragraphs, is one paragraph of trafilatura's, its lines each a block of the page)
        keys.update(_key(line) for line in _lines_of(e) if line.strip())
    # (the walk marked each <br> in the tree it read, no character of the text)
    return {" ".join(key.replace(_BREAK, " ").split()) for key in keys if _read_line(key)}


def _read_line(key: str) -> bool:
    """Whether a paragraph of trafilatura's, or a line of one, tells where the article's text
    is: a line after a break (<br>) does where it is a paragraph's prose, not a box's label
    or link ('Wikipedia has more about this subject:' / 'Orkney') nor a line of a mailing's
    small print ('Our mailing address is:', 'The Vell Weekly, PO Box 118', 'You can
    unsubscribe from this list.'): a line as long as a paragraph's sentence, or a shorter
    sentence ended by its stop that does not speak to the reader ('"It turns again," said
    Maren Tolle.')."""
    if _BREAK not in key:
        return bool(key)
    line = " ".join(key.replace(_BREAK, " ").split())
    words = len(line.split())
    return words >= _PROSE_LINE or (
        words >= 4 and _SENTENCE_STOP.search(line) is not None and not _TO_READER.search(line)
    )


_PROSE_LINE: Final = 12  # (words: a sentence of a paragraph, not a label, an address or a link)
_SENTENCE_STOP: Final = re.compile(r"[a-z][.!?][\"'”’)]?$")
_TO_READER: Final = re.compile(r"\byou(?:r|rs)?\b", re.I)


def _lines_of(element: Any) -> list[str]:
    """An element's text in trafilatura's reading, split at its line breaks (<lb/>)."""
    lines = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            lines.append(child.tail or "")
        elif not isinstance(child.tag, str):  # (a comment: its tail only)
            lines[-1] += child.tail or ""
        else:
            lines[-1] += " ".join(child.itertext()) + (child.tail or "")
    return lines


def _metadata(tree: Any) -> Hints:
    """What the page's JSON-LD says, then its meta tags, of the headline, dek and authors."""
    article = next(_articles(tree), {})
    headline = _one(article.get("headline")) or _meta(tree, "og:title", "twitter:title")
    dek = _one(article.get("description")) or _meta(
        tree, "og:description", "description", "twitter:description"
    )
    authors = (
        tuple(_authors(article.get("author")))
        or tuple(
            a
            for a in re.split(
                r"\s*(?:,|;|\band\b)\s*",
                _meta(tree, "author", "article:author", "byl", "parsely-author", "dc.creator"),
            )
            if a and "://" not in a
        )
        or tuple(_microdata_authors(tree))
        or tuple(_byline_names(tree))
        or tuple(_address_names(tree))
    )
    # (an account's login as the post's author, 'webadmin', is no writer's name)
    authors = tuple(a for a in authors if not _LOGIN.fullmatch(a))
    if authors and (outlets := _byline_outlets(tree)):
        # (the site's name as its pages' author, which the byline sets beside a writer's)
        authors = tuple(a for a in authors if a not in outlets)
    if not _one(article.get("headline")):
        headline = _shown_headline(tree, headline or _title_shown(tree))
    return Hints(headline=headline, dek=dek, authors=authors)


# a login, as a publishing system names the account that posted a page: one word in lowercase
# (or a handle that joins its words with an underscore, as no person's name is written:
# 'SDBA_Media')
_LOGIN: Final = re.compile(r"(?-i:[a-z][a-z0-9_.-]{2,30})|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+")


def _page_title(tree: Any) -> str:
    """The page's `<title>`, its spaces made single ('' when it has none)."""
    return " ".join((tree.findtext(".//title") or "").split())


def _title_shown(tree: Any) -> str:
    """The page's `<title>` when the page shows it whole as the text of an element of its own
    (a publishing system's title field: '<span id="..._TitleField_...">') and its `<h1>` is
    the site's name, for a page with no meta title; else '' (a mail saved as a page shows
    its subject, its title, over the story's own headline)."""
    title = _page_title(tree)
    if not title or len(title.split()) < _SHORT_TITLE_WORDS:
        return ""
    if not any(_site_name(h1) for h1 in tree.iter("h1")):
        return ""
    shown = _LEAVES_SAYING(tree, title=title)
    return title if shown else ""


# an element of the body without elements inside it whose whole text is the one given
_LEAVES_SAYING: Final = lxml.etree.XPath("boolean(//body//*[not(*)][normalize-space(.) = $title])")


def _shown_headline(tree: Any, title: str) -> str:
    """The headline as the page shows it: a heading that is the page's title, or the part
    of the title ('Site: Headline', 'Headline | Site') that a heading shows, else the
    first heading of the page."""
    headings = [_text(h) for h in tree.xpath(f"{_TITLE_PARAGRAPHS} | //h1 | //h2 | //h3")[:30]]
    headings = [h for h in headings if h]
    parts = [p for p in re.split(r"\s+[|–—-]\s+|:\s+", title) if p.strip()] if title else []
    for text in (title, *sorted(parts, key=len, reverse=True)):
        if any(_key(h) == _key(text) for h in headings):
            return next(h for h in headings if _key(h) == _key(text))
    if lengthened := _lengthened_headline(headings, (title, *parts, *_title_parts(tree))):
        return lengthened
    # a meta title written for sharing that the page never shows ('Lake cap: what divers need
    # to know'), where the page's `<title>` names a heading it does show: that heading
    named = [p for p in _title_parts(tree) if len(p.split()) >= _SHORT_TITLE_WORDS]
    for text in sorted(named, key=len, reverse=True) if title else ():
        if shown := next((h for h in headings if _key(h) == _key(text)), ""):
            return shown
    if title:
        return max(parts, key=len) if len(parts) > 1 else title
    return headings[0] if headings else ""


# the fewest words of a title that a longer heading may be found by, and how many more words
# the heading may have (a headline cut for search and sharing, not a sentence that names it)
_SHORT_TITLE_WORDS: Final = 5
_LENGTHENED_BY: Final = 12


def _title_parts(tree: Any) -> list[str]:
    """The parts of the page's `<title>` ('Headline | Site'), for a page whose meta title
    differs from it."""
    title = _page_title(tree)
    return [p for p in re.split(r"\s+[|–—-]\s+|:\s+", title) if p.strip()] if title else []


def _lengthened_headline(headings: list[str], titles: tuple[str, ...]) -> str:
    """The heading that says a title's words in their order and more: a page's meta title
    or `<title>` is often the headline shortened for search and sharing ('Blackwood and
    Ruddock win leg' over 'Blackwood and Ruddock win leg, book place in final'), and the
    heading readers see is the headline; '' when no heading does."""
    for heading in headings:
        words = _key(heading).replace(",", " ").split()
        for title in titles:
            wanted = _key(title).replace(",", " ").split()
            if len(wanted) < _SHORT_TITLE_WORDS or len(words) <= len(wanted):
                continue
            if len(words) - len(wanted) <= _LENGTHENED_BY and _in_order(wanted, words):
                return heading
    return ""


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """Whether `wanted` are among `words`, in their order."""
    rest = iter(words)
    return all(word in rest for word in wanted)


def _articles(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        yield from _article_items(data, 0)


def _article_items(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _article_items(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            yield data
        yield from _article_items(data.get("@graph"), depth + 1)


def _authors(value: Any) -> Iterator[str]:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and item.get("@type") in (None, "Person"):
            name = _one(item.get("name"))
        else:
            name = _one(item) if isinstance(item, str) else ""
        if name and "://" not in name:
            yield name


def _microdata_authors(tree: Any) -> Iterator[str]:
    """The authors schema.org's microdata marks: '<span itemprop="author">By <span
    itemprop="name">Aoife Mulvihill</span></span>', its name, or its text without 'By'."""
    for author in _MICRODATA_AUTHORS(tree):
        if any(
            "comment" in (a.get("itemtype") or a.get("itemprop") or "").lower()
            for a in author.iterancestors()
        ):
            continue  # a reader's comment's author, not the story's
        names = _MICRODATA_NAME(author)
        text = _text(names[0]) if names else re.sub(r"(?i)^by\s+", "", _text(author))
        if text and len(text.split()) <= 5 and "://" not in text:
            yield text


def _in_comment(element: Any) -> bool:
    """Whether an element is a reader's comment or stands in one: a commenter's name in its
    own class ('<div class="commentAuthor">') or in the comment's byline ('<div
    class="class-comment"><div class="attribute-byline">', eZ Publish's)."""
    return any(
        "comment" in (e.get("class") or "").lower()
        for e in (element, *element.iterancestors())
        if e.tag not in ("body", "html")  # (a theme's 'comments-open' on the whole page)
    )


def _byline_names(tree: Any) -> Iterator[str]:
    """The names a page's byline gives in an element of their own ('<span
    class="byline__name">Ingrid Solbakk</span>'), beside a role, an e-mail or a portrait;
    never a comment's author."""
    seen: set[str] = set()
    for element in _BYLINE_NAMES(tree):
        if _BYLINE_NAME_CLASS.search(element.get("class") or "") is None or any(
            "comment" in f"{a.get('class') or ''} {a.get('id') or ''}".lower()
            or _CHROME_CLASS.search(a.get("class") or "")
            for a in element.iterancestors()
        ):
            continue  # a reader's comment's author, another story's on a teaser card
        text = _shown_name(_text(element))
        if text and text not in seen:
            seen.add(text)
            yield text


def _address_names(tree: Any) -> Iterator[str]:
    """The authors an article's `<address>` elements name by their first link ('<address><a
    href="/author/hg">Helga Garver</a> covers Lake County ...</address>'), as Instant Articles
    and HTML's own use of the element set them; never a comment's."""
    for link in _ADDRESS_LINKS(tree):
        text = _shown_name(_text(link))
        if text and "@" not in text:
            yield text


def _linked_writers(element: Any, text: str) -> str:
    """A byline line whose writers are links to their pages, each set beside their outlet
    ('By <a>Ana Ruiz</a>, The Ledger, and <a>Li Wei</a>, KXPR Radio'), as the writers alone
    ('By Ana Ruiz and Li Wei'); "" for any other line (its words are read as they are)."""
    links = [_text(link) for link in element.iter("a")]
    opening = (element.text or "").strip().lower()
    if not links or opening not in ("by", "by:") or _BREAK in text or not BYLINE.match(text):
        return ""
    if not all(_shown_name(n) and person_names(n, DEFAULT) == [n] for n in links):
        return ""
    rest = text
    for name in links:
        rest = rest.replace(name, "\n", 1)
    if not re.sub(r"(?i)^\s*by:?|,|\band\b|&", " ", rest).strip():
        return ""  # (the names alone)
    if any(_unlinked_writer(piece) for piece in rest.split("\n")[1:]):
        return ""  # (a writer with no page beside one with a page: 'and Li Wei')
    return "By " + (f"{', '.join(links[:-1])} and {links[-1]}" if len(links) > 1 else links[0])


def _unlinked_writer(piece: str) -> bool:
    """Whether the words after a writer's link name another writer ('and Li Wei'), not
    the outlet beside the link (', The Ledger,')."""
    name = re.sub(r"(?i)^[\s,]*(?:and|&)\s+", "", piece).strip(" ,")
    if name == piece.strip(" ,"):
        return False  # (an outlet follows its writer after a comma, a writer after 'and')
    return bool(_shown_name(name)) and person_names(name, DEFAULT) == [name]


def _byline_outlets(tree: Any) -> str:
    """The words of the page's byline lines that are not their writers' links: the outlets
    set beside the names ('By <a>Ana Ruiz</a>, The Ledger')."""
    words = []
    for element in _BYLINE_ELEMENTS(tree):
        if _linked_writers(element, _text(element)):
            rest = _text(element)
            for link in element.iter("a"):
                rest = rest.replace(_text(link), " ", 1)
            words.append(rest)
    return " ".join(" ".join(words).split())


_BYLINE_ELEMENTS: Final = lxml.etree.XPath("//*[contains(@class, 'byline')]")


def _shown_name(text: str) -> str:
    """The person an element of a byline names, without a 'By' ('Ana de la Cruz'); "" when
    the words are no name (a role, a sentence); its label too: 'Written By: Ana Ruiz'."""
    text = re.sub(r"(?i)^(?:(?:written|story|words|reported)\s+)?by\s*:?\s+", "", text)
    words = text.split()
    named = 2 <= len(words) <= 5 and words[0][:1].isupper()
    return text if named and all(w[:1].isupper() or w in _PARTICLES for w in words) else ""


_ADDRESS_LINKS: Final = lxml.etree.XPath(
    "(//article | //header)//address[not(ancestor::*[contains(@class, 'comment')])]/a[1]"
)
_PARTICLES: Final = frozenset(
    ("de", "la", "del", "van", "von", "der", "da", "di", "du", "le", "bin")
)
_BYLINE_NAMES: Final = lxml.etree.XPath(
    "//*[contains(@class, 'byline') or contains(@class, 'author')][contains(@class, 'name')]"
)
# ('byline__name', 'author-name', and the name in an author's row or box: 'author-row__name')
_BYLINE_NAME_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:byline|author)(?:[-_](?:row|box|card|info|meta|block))?(?:__|_|-)?name(?:$|\s)",
    re.I,
)
_MICRODATA_AUTHORS: Final = lxml.etree.XPath("//*[@itemprop='author']")
_MICRODATA_NAME: Final = lxml.etree.XPath(".//*[@itemprop='name']")


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        for meta in tree.iter("meta"):
            if name in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
                value = _one(meta.get("content"))
                if value:
                    return value
    return ""


def _one(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _broken_text(paragraph: Any) -> str:
    """A paragraph's text with each `<br>` in it as a _BREAK."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == "br":
            parts.append(_BREAK)
        elif isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _text(element: Any) -> str:
    """An element's words, without the optional hyphens a layout program sets ('shan&#173;ties')."""
    return " ".join(element.text_content().replace("\xad", "").split())


# a picture's details under its caption, as a newsroom service lists them: the photographer
# ('<dt>Photographer</dt><dd>Ana Ruiz</dd>'), the licence, the file to download
_PHOTOGRAPHER_TERM: Final = re.compile(
    r"^(?:photo(?:graph)?(?:er|s)?|photo credit|credits?|image|picture|by|foto(?:graf)?)$", re.I
)
_LICENCE_TERM: Final = re.compile(r"\b(?:licen[cs]e|copyright|rights|usage|size|format)\b", re.I)


def _picture_details(caption: Any) -> str:
    """The credit a figcaption's list of the picture's details gives, '' when it gives
    none; the list (when it is one of details) and the picture's download link taken out
    of the caption."""
    credit = ""
    for listed in list(caption.iter("dl")):
        terms = [e for e in listed if e.tag in ("dt", "dd")]
        details = False
        for term, value in itertools.pairwise(terms):
            if term.tag != "dt" or value.tag != "dd":
                continue
            said = _text(term).rstrip(": ")
            if _PHOTOGRAPHER_TERM.match(said) and not credit:
                credit = _text(value)
            details = details or bool(_PHOTOGRAPHER_TERM.match(said) or _LICENCE_TERM.search(said))
        if details:
            listed.drop_tree()
    for link in list(caption.iterfind(".//a[@download]")):
        link.drop_tree()  # 'Download image (JPG, 4.2 MB)': the picture's file
    return credit


def _key(text: str) -> str:
    """A paragraph's text as it is compared with another reading of it: its spacing and case
    aside, and without the marks of comments and notes that one reading drops ('[DW1]')."""
    return " ".join(_MARK_TEXT.sub(" ", text).split()).casefold()


_MARK_TEXT: Final = re.compile(r"\[(?:[A-Za-z]{1,4}\d{1,3}|\d{1,3}|[a-z])\]")


def _comment(element: Any) -> bool:
    """A comment of a document export (Google Docs puts them at the end, each linking back
    to its mark in the text)."""
    return any((a.get("href") or "").startswith("#cmnt_ref") for a in element.iter("a"))


def _bold(element: Any, text: str) -> str:
    """'bold' for a paragraph set wholly in bold (a headline in a plain document), 'italic'
    for one wholly in italics (a dek)."""
    marked = [e for e in element if e.tag in ("strong", "b", "em", "i")]
    if len(marked) != 1 or _text(marked[0]) != text:
        return ""
    return "bold" if marked[0].tag in ("strong", "b") else "italic"


def _is_block(element: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag in _BLOCK_TAGS


_BLOCK_TAGS: Final = BLOCKS | frozenset(
    (
        *("figure", "img", "div", "section", "article"),
        # (so that an element of a page's own, an app's component, holding one is one too:
        # '<app-related-card><aside>...</aside></app-related-card>')
        *("aside", "nav", "header", "footer", "main", "form"),
    )
)


# a form that is the page: ASP.NET Web Forms' one server form (DNN, SharePoint, Sitefinity
# wrap the whole body in '<form id="Form">' for their postbacks), a Domino server's document
# form (its hidden '__Click' field, which the '_doClick' script sets for every link that posts
# back), or a form around the story
_PAGE_FORM: Final = lxml.etree.XPath(
    "boolean(.//input[@name='__VIEWSTATE' or @name='__EVENTVALIDATION' or @name='__Click']"
    " | .//h1 | .//article)"
)


def _page_form(element: Any) -> bool:
    """Whether a `<form>` holds the page itself, not a box to sign up or comment in."""
    return element.tag == "form" and bool(_PAGE_FORM(element))


# a WordPress shortcode the site never ran, as a converter of a post's content leaves it: one
# alone with its attributes ('[newsletter_signup list="weekly"]'), or a captioned picture's
# around its caption ('[caption id="attachment_12" align="alignright"] Words.[/caption]')
# (each attribute read one way only: an unquoted value holds no quote, so the pattern's work
# grows with the attributes, not twice for each; what the shortcode holds runs to its closing
# tag, an editor's bracketed word in it: '"[is] not safe"')
_SHORTCODE: Final = re.compile(
    r"^\[(?P<name>[a-z][\w-]*)(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\]\"']+))+\s*/?\]\s*"
    r"(?:$|(?P<held>[^\[\]](?:.*?[^\s])?)\s*\[/(?P=name)\]$)",
    re.S,
)


def _told(text: str) -> bool:
    """Whether a block's text is told in sentences, as a bio is, not a byline's name and
    date: more than twelve words, ending as a sentence ends."""
    return len(text.split(None, 12)) > 12 and text.rstrip('"”’ ').endswith((".", "!", "?"))


def _bylined(element: Any) -> bool:
    """Whether a box a class calls furniture holds the story's byline ('<div
    class="post-meta">By Li Wei | March 3, 2024</div>'): it is read."""
    opening = " ".join(element.text_content().split(None, 40)[:40])  # (a byline opens it)
    return BYLINE.match(opening) is not None


def _holds_text(element: Any) -> bool:
    """Whether a block holds a story's text: paragraphs, or one long one."""
    paragraphs = sum(1 for _ in element.iter("p"))
    return paragraphs > 1 or len("".join(element.itertext()).strip()) > 300


def _shown_panel(element: Any) -> bool:
    """Whether a tab's panel beside `element` is shown."""
    parent = element.getparent()
    return parent is not None and any(
        p.get("role") == "tabpanel" and p.get("hidden") is None for p in parent
    )


def _unshown(element: Any) -> bool:
    """Whether an element's own style hides it ('display:none')."""
    return "display:none" in (element.get("style") or "").replace(" ", "").lower()


# a button or link that shows the rest of a text its page hides: 'Read more', 'Show more'
_MORE: Final = re.compile(
    r"^(?:read|show|see|view) (?:more|the rest|all)\b|^continue reading\b", re.I
)


def _chrome_class(element: Any) -> bool:
    """Whether an element's class, id or role marks page furniture. A class's modifier
    ('story-body--with-sidebar') says how the block looks, not what it is, and is left
    out, and so is a class that says what a block goes without ('entry-content no-share')
    or has beside its text ('post-content-wrap has-share-float');
    a paywall's box holds the article's metered paragraphs, and is read."""
    marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    tokens = marks.split()
    kinds = [token for token in tokens if not token.startswith(_LACKING)]
    if not kinds and tokens and not _holds_text(element):
        kinds = tokens  # (alone over a short note, it names it: 'no-comments', 'No one has ...')
    marks = " ".join(token.split("--")[0] for token in kinds)
    if element.get("role") in _CHROME_ROLES:
        return True
    if element.get(_BOX) is not None:
        return True  # (a dialog the page opens over itself: see _boxes_over_page)
    if not marks.strip():
        return False
    # (a class in camelCase names its words as a hyphen would: 'commentsContainer' is
    # 'comments-container', as Wild Apricot and other site builders write them; an id is
    # left as it is, a server's name for its control: 'NewsDetail_imgTeaser' is the story's)
    classes = [t for t in (element.get("class") or "").split() if t in kinds]
    camel = _CAMEL_STEP.sub("-", " ".join(t.split("--")[0] for t in classes))
    return _CHROME_CLASS.search(f"{marks} {camel}") is not None


_CHROME_ROLES: Final = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
_DIALOG_TEXT: Final = 1_000  # (characters: a consent box's few lines and its buttons)
_DIALOGS: Final = lxml.etree.XPath("//*[@role='dialog' or @role='alertdialog']")
_SHOWN_TEXT: Final = lxml.etree.XPath(
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]"
)
_BOX: Final = "data-newsroom-box"
# a Word file's text box, as the converter's text marks it (word.py)
_TEXT_BOX_MARK: Final = "data-newsroom-text-box"
TEXT_BOX: Final = f'{_TEXT_BOX_MARK}=""'


def _boxes_over_page(tree: Any) -> None:
    """Mark each dialog that is a box the page opens over its own text, as its element
    'dialog' is: a cookie banner's consent box or a sign-up box, a few lines and buttons,
    less than half the words the page shows; not a post a social site opens over its feed,
    which is the story. (The page's words are counted once, not once a dialog: a gallery may
    set a picture's dialog for each of a thousand pictures.)"""
    dialogs = _DIALOGS(tree)
    if not dialogs:
        return
    shown = sum(len(" ".join(t.split())) for t in _SHOWN_TEXT(tree))
    for dialog in dialogs:
        held = len(" ".join(dialog.text_content().split()))
        if held <= _DIALOG_TEXT and held * 2 < shown:
            dialog.set(_BOX, "1")


_CAMEL_STEP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _hint(element: Any) -> str:
    marks = " ".join(
        element.get(a) or "" for a in ("class", "id", "itemprop", "rel", "data-testid")
    )
    if not marks.strip():
        return ""
    return next((hint for hint, pattern in _HINTS if pattern.search(marks)), "")


# the columns of a photo log's header row
_LOG_COLUMN: Final = re.compile(
    r"^(?:(?P<caption>captions?|cutlines?|photo captions?)|"
    r"(?P<credit>credits?|photo credits?|photographer|photo by|by)|"
    r"(?P<alt>alt(?: text)?|alt-text|alternative text|image description|description)|"
    r"(?P<file>files?|file ?names?|filename|image file|photo file))\s*:?$",
    re.I,
)


_COVER_ROW: Final = re.compile(r"^cover(?: (?:photo|image|picture))?$", re.I)
# a Credits row of a writer's work, not of the pictures, maps or video
_WRITERS_ROW: Final = re.compile(
    r"^(?:additional |contributing )?(?:reporting|research|editing|translation|"
    r"fact[- ]checking|writing|story)\b",
    re.I,
)
_DRAWN: Final = re.compile(
    r"(?:^|[\s_-])(?:map|chart|graphic|express-map|map-view)(?:$|[\s_-])", re.I
)


def _drawn_map(figure: Any) -> bool:
    """A figure with no picture file that a script draws, a map or chart named so by its
    class, with a caption: a StoryMaps express map ('<figure class="express-map"
    aria-label="Map of ...">'); its label is its alt (a video's figure is none)."""
    return (
        figure.tag == "figure"
        and _DRAWN.search(figure.get("class") or "") is not None
        and next(figure.iter("figcaption"), None) is not None
        and next(figure.iter("iframe", "video"), None) is None
    )


def _aria_figure(element: Any) -> bool:
    """A figure marked by its role ('<div role="figure">'), holding one picture."""
    return element.get("role") == "figure" and len(list(element.iter("img"))) == 1


def _property_row(row: Any) -> str:
    """A property of a page laid out as a row of two cells, label and value, as 'Label:
    value' ('Reporters: Delia Stroud, Marcus Oyelaran'); "" for another row."""
    cells = [c for c in row if c.get("role") in ("cell", "gridcell", "rowheader")]
    if len(cells) != 2:
        return ""
    label = re.sub(r"^\W+", "", _text(cells[0]))  # its icon: '👥 Reporters'
    value = _text(cells[1])
    loose = (cells[1].text or "") + "".join(
        e.tail or "" for e in cells[1].iter() if e is not cells[1]
    )
    if not loose.strip():  # a list of chips, each its own element: 'Delia Stroud', 'Marcus ...'
        value = ", ".join(v for t in cells[1].itertext() if (v := " ".join(t.split())))
    if not label or not value or len(label.split()) > 3 or label.endswith((".", ":")):
        return ""
    return f"{label}: {value}"


def _tiny(img: Any) -> bool:
    """An image that is no photo of the story: a tracking pixel, a logo or icon, an author's
    portrait beside the byline or a speaker's in a pull quote, an advertiser's picture."""
    src = (img.get("src") or "").lower()
    sizes = [img.get("width") or "", img.get("height") or ""]
    sizes += _CSS_SIZE.findall(img.get("style") or "")  # a size in its style: "width: 20px"
    small = any(s.isdigit() and int(s) <= 50 for s in sizes)
    named = any(
        w in src
        for w in (
            *("pixel", "logo", "icon", "avatar", "sprite", "spacer"),
            *("gradient", "page-cover"),  # a page's decoration: a note app's cover gradient
            *("fpcount", "hitcounter", "hit-counter"),  # a hit counter's digits: FrontPage's
        )
    )
    # (a class's words run together in camel case are words too: 'edn_aboutTheAuthor')
    classes = _CAMEL_HUMP.sub(r"\1-\2", _classes(img, 4))
    beside = {found.group("word").lower() for found in _BESIDE.finditer(classes)}
    if beside <= _GLYPHS and _wide(img):
        beside = set()  # a photo hundreds of pixels wide, whatever its holder's class says
        # of icons ('file-type-icon-media-link', a CMS's class for every image component)
    return small or named or bool(beside)


def _wide(img: Any) -> bool:
    """Whether an image declares a width no icon, emoji or badge is drawn at."""
    width = img.get("width") or ""
    return width.isdigit() and int(width) >= 400


# the words of a class that name a small glyph, never a photo hundreds of pixels wide
_GLYPHS: Final = frozenset(("icon", "emoji", "badge"))


_CSS_SIZE: Final = re.compile(r"(?:^|[;\s])(?:width|height)\s*:\s*(\d+)px")
_CAMEL_HUMP: Final = re.compile(r"([a-z])([A-Z])")
# the class of an image, or of what holds it, that is no photo of the story
_BESIDE: Final = re.compile(
    r"(?<![^\s_-])(?P<word>avatar|author|profile|headshot|mugshot|logos?|icon|emoji|badge|sponsor|"
    r"advert|ad|ads|byline|"
    # (a pull quote's, the speaker's headshot beside her words: 'pull-quote__portrait')
    r"pull-?quote)(?![^\s_-])",
    re.I,
)


def _classes(element: Any, levels: int) -> str:
    """The classes of an element and of the `levels` elements around it."""
    names = []
    while element is not None and levels >= 0:
        names.append(element.get("class") or "")
        element, levels = element.getparent(), levels - 1
    return " ".join(names)


def _is_image(data: bytes) -> bool:
    return len(data) <= _MAX_IMAGE and data.startswith(_IMAGE_MAGIC)


def _article_image(img: Any) -> bool:
    """Whether a picture is the one an article's markup names its image (schema.org's
    `property="image"` or `itemprop="image"` on it or on one of the two boxes holding it,
    inside the article), as Joomla's templates mark the lead picture over the title."""
    for element in (img, *itertools.islice(img.iterancestors(), 2)):
        named = f"{element.get('property') or ''} {element.get('itemprop') or ''}".split()
        if "image" in named:
            return any(a.tag == "article" for a in element.iterancestors())
    return False
