"""A bulletin board's topic saved as a web page (phpBB's, in its prosilver style and the styles
made from it, Simple Machines Forum's and Invision Community's), the story its first post.

A club's or a group's press officer posts a report to the board's news forum, and the desk
saves the topic's page. The page runs: the board's header (its name, description and search),
its menus and breadcrumbs; the topic's title and its bar of buttons; then each post, its
poster's column (name, rank, posts, date joined, place), its subject again ('Re: ...' on a
reply) and its attribution line ('by Name » date'), its text, the box of its attachments and
the poster's signature; then the replies the same way, the bar again, the forum's jump box,
'Who is online' and the footer.

The first post is the story. The poster's column, the attribution line, the post's buttons,
its subject (the topic's title again), the signature and the replies are the board's. When
the post opens on a line of its own in bold, that line is the story's headline, and the
topic's title over the post is the board's listing of it ('Spring sprint - report + pics').

Simple Machines Forum sets the same page in its own markup: each post a `div.windowbg` (or
`windowbg2`) holding its `post_wrapper`, the poster's column (`div.poster`), the subject and
date (`div.keyinfo`), the text (`div.inner`, lines set apart by `<br>`), the attachments'
box, likes (`div.under_message`) and the signature (`div.moderatorbar`); over the posts, the
topic's title (`h2.display_title`), 'Started by ...' and the count of readers viewing it,
and round them the bars of page links and buttons and the board's 'Jump to:' box.

Invision Community sets each post as an `article.cPost`: the author pane (`aside.cAuthorPane`),
the meta line ('Posted April 11'), the text (`div[data-role=commentContent]`, a paragraph a
`<p>`), the 'Edited' note, reactions and the signature; over the posts, the topic's title
(`h1.ipsType_pageTitle`) with its tags, followers and 'By Name, date in Forum', and 'Reply to
this topic'; under them, the sign-in box, the pager and 'Recommended Posts'. The box round
the posts has a class naming comments: the first post's text is read in its place.
"""

from __future__ import annotations

import re
from typing import Any, Final

import lxml.etree


def _class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# a topic's posts: each a `div.post` holding its `div.postbody` and its poster's column
_POSTS: Final = lxml.etree.XPath(
    f"//div[{_class('post')}][.//div[{_class('postbody')}]][.//dl[{_class('postprofile')}]]"
)
# what the board sets round each post and round the topic
_BOARD: Final = lxml.etree.XPath(
    f".//dl[{_class('postprofile')}] | .//p[{_class('author')}] | .//ul[{_class('post-buttons')}]"
    f" | .//div[{_class('signature')}] | .//div[{_class('postbody')}]//h3"
)
_PAGE: Final = lxml.etree.XPath(
    f"//div[{_class('action-bar')}] | //div[{_class('stat-block')}]"
    f" | //div[{_class('headerbar')}] | //div[@id='page-header']//div[{_class('navbar')}]"
)
_TOPIC_TITLE: Final = lxml.etree.XPath(
    f"//h2[{_class('topic-title')}] | //h2[{_class('display_title')}]"
)
# Simple Machines Forum's posts and what it sets round each post and round the topic
_SMF_POSTS: Final = lxml.etree.XPath(
    f"//div[{_class('windowbg')} or {_class('windowbg2')}][div[{_class('post_wrapper')}]]"
    f"[.//div[{_class('poster')}]][.//div[{_class('inner')}]]"
)
_SMF_BOARD: Final = lxml.etree.XPath(
    f".//div[{_class('poster')}] | .//div[{_class('keyinfo')}] | .//div[{_class('under_message')}]"
    f" | .//div[{_class('moderatorbar')}] | .//div[{_class('attachments_bot')}]"
    f" | .//img[{_class('centericon')}]"
)
_SMF_PAGE: Final = lxml.etree.XPath(
    f"//div[@id='display_head']/p | //div[{_class('pagesection')}]"
    f" | //div[{_class('navigate_section')}] | //div[@id='display_jump_to']"
)
_SMF_CONTENT: Final = lxml.etree.XPath(f".//div[{_class('post')}]/div[{_class('inner')}]")
# Invision Community's posts (each an `article.cPost`, its text the `commentContent`) and what
# it sets over the posts: the topic's header (its tags, followers and 'By Name, date in
# Forum') and its bar of buttons ('Reply to this topic')
_IPS_POSTS: Final = lxml.etree.XPath(
    f"//article[{_class('cPost')}][.//div[@data-role='commentContent']]"
)
_IPS_CONTENT: Final = lxml.etree.XPath(".//div[@data-role='commentContent']")
_IPS_PAGE: Final = lxml.etree.XPath(
    f"//div[{_class('ipsPageHeader')}]//*[{_class('ipsTags_inline')}]"
    f" | //div[{_class('ipsPageHeader')}]//*[@data-role='followButton']"
    f" | //div[{_class('ipsPageHeader__meta')}] | //ul[{_class('ipsToolList')}]"
)
_IPS_TITLE: Final = lxml.etree.XPath(f"//h1[{_class('ipsType_pageTitle')}]")
# an attachment's file, size and views, under its comment: 'pit.jpg (201.7 KiB) Viewed 341 times'
_FILE_LINE: Final = re.compile(r"^\S+\.\w{2,5} \([\d.,]+ [KMG]i?B\)(?: Viewed \d[\d,]* times?)?$")
_ATTACHMENT_LINES: Final = lxml.etree.XPath(f".//dl[{_class('attachbox')}]//dd")


def read_topic(tree: Any) -> None:
    """Leave of a board's topic page only its first post and the topic's title over it (or
    the post's own headline in its place)."""
    posts = _POSTS(tree)
    if posts:
        first = posts[0]
        for element in [*_BOARD(first), *_PAGE(tree), *posts[1:]]:
            element.drop_tree()
        for line in _ATTACHMENT_LINES(first):
            if _FILE_LINE.match(" ".join(line.text_content().split())):
                line.drop_tree()
        content = next(iter(_CONTENT(first)), None)
    elif posts := _SMF_POSTS(tree):
        first = posts[0]
        for element in [*_SMF_BOARD(first), *_SMF_PAGE(tree), *posts[1:]]:
            element.drop_tree()
        content = next(iter(_SMF_CONTENT(first)), None)
    elif posts := _IPS_POSTS(tree):
        content = _IPS_CONTENT(posts[0])[0]
        for element in _IPS_PAGE(tree):
            element.drop_tree()
        # the first post's text in place of the posts (their box's class names comments), and
        # nothing of the board's after them: the sign-in box, the pager, 'Recommended Posts'
        feed = posts[0].getparent()
        for after in list(feed.itersiblings()):
            after.drop_tree()
        feed.getparent().replace(feed, content)
    else:
        return
    headline = _bold_first_line(content) if content is not None else None
    if headline is not None:
        for title in [*_TOPIC_TITLE(tree), *_IPS_TITLE(tree)]:
            title.drop_tree()
        headline.attrib.clear()
        headline.tag = "h1"


_CONTENT: Final = lxml.etree.XPath(f".//div[{_class('postbody')}]//div[{_class('content')}]")


def _bold_first_line(content: Any) -> Any:
    """The line a post opens with when it is all in bold (perhaps set larger: '[size=150][b]
    ...[/b][/size]'), on a line or in a paragraph of its own; None otherwise."""
    if (content.text or "").strip() or len(content) < 2:
        return None
    line, after = content[0], content[1]
    paragraph = line.tag == "p" and after.tag == "p"  # (a paragraph of its own: Invision's)
    if not paragraph and (after.tag != "br" or (line.tail or "").strip()):
        return None
    words = " ".join(line.text_content().split())
    bold = " ".join(" ".join(b.text_content().split()) for b in line.iter("strong", "b"))
    if not words or bold != words:
        return None
    return line if len(words.split()) >= 4 else None
