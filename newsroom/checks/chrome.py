"""Text pasted from the web page around a story: navigation, share buttons, sign-up boxes,
teasers, footers, embedded social posts, site blurbs, and image captions and credits.

Each line of the body is read on its own against the tables below, and a few blocks are
read as a whole: the teasers under a 'Related' or 'You may also like' heading, the blurb
under an 'About us' heading, and an embedded social post (its text and the '— Name
(@handle) date' line under it). Such lines are debris, never reporting: the fact-check and
attribution checks do not read them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from newsroom.checks.contributors import contributor_names
from newsroom.checks.lexicon import DEFAULT
from newsroom.checks.text import NAME_PARTICLES, PICTOGRAPHS, similar, word_set

PLATFORMS: Final = (
    "facebook",
    "twitter",
    "x",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "snapchat",
    "messenger",
    "bluesky",
    "threads",
    "telegram",
    "flipboard",
    "mastodon",
    "email",
    "e-mail",
    "print",
    "copy link",
    # the messengers and networks of Asian and European sites' share bars
    "kakaotalk",
    "kakao story",
    "wechat",
    "weibo",
    "vk",
    "viber",
    "naver band",
)
_PLATFORM: Final = "|".join(PLATFORMS)
# a comment form's note on its starred fields: 'Required fields are marked *', '... marked
# with an asterisk (*)'
_REQUIRED: Final = r"required fields are marked(?: with)?(?: an asterisk)?\s*\(?\*?\)?\.?"
# how long ago a post or a comment was made, as a network shows it: '2h', '14w', 'Just now'
_AGO: Final = r"(?:\d{1,2}\s?[smhdwy]|just now)"
# (a story line that reports such words, by who said or wrote them: 'This video does not
# constitute financial advice, Lee told his followers.')
_UNREPORTED: Final = (
    r"(?![^\n]*,[^\n]*\b(?:said|says|told|tells|wrote|writes|added|adds|stressed|warned|"
    r"insisted|noted|cautioned|argued|claimed|posted|urged|urges)\b)"
)
# a writer's disclosure of her own interest, which a disclaimer's line may carry: 'the writer
# is a partner at', 'the author owns shares in', 'I hold shares in'
_NO_DISCLOSURE: Final = (
    r"(?![^\n]*\b(?:the (?:writer|author|columnist|reporter)(?:'s| is| was| has| holds| owns| "
    r"works| sits| serves| advises| acts)|I (?:am|own|hold|work|sit|serve|advise|have been))\b)"
)
_COUNT: Final = (
    r"\d[\d,.]*k? (?:likes?|shares?|replies|comments?|restacks?|reposts?|retweets?|reactions|"
    r"views|notes|reblogs)"
)
# the titles written with a full stop, which ends no sentence: 'Dr.', 'Sen.'
_SHORT_TITLES: Final = "|".join(sorted(t.rstrip(".") for t in DEFAULT.titles if t.endswith(".")))
# the languages a page's switch offers, in their own words and in others'
_LANGUAGE: Final = (
    r"(?:english|anglais|français|francais|française|francaise|french|español|espanol|"
    r"castellano|spanish|português|portugues|portuguese|deutsch|german|italiano|italian|"
    r"kreol|créole|afrikaans|kiswahili|swahili|sesotho|setswana|isizulu|isixhosa)"
)
# A file's kind in capitals, which a link's label gives in parentheses ('... (PDF)'): no
# agency's letters.
FILE_KINDS: Final = "PDF|DOCX?|XLSX?|CSV|ZIP|MP[34]|JPE?G|PNG|GIF|HTML?|TXT|RTF|PPTX?"
# Agencies and sites that a pasted caption names as its source: '... in 2019. (Reuters)'.
IMAGE_SUPPLIERS: Final = word_set(
    "ap afp getty reuters epa upi bloomberg shutterstock istock alamy ansa efe xinhua pool "
    "handout courtesy"
) | {"getty images", "associated press", "ap photo", "file photo", "via getty images"}

RELATED: Final = "'related' teaser block"
COMMENT_WIDGET: Final = "comment widget"
SOCIAL: Final = "embedded social-media post"
ABOUT: Final = "'about us' blurb"
CAPTION: Final = "pasted image caption"
AD: Final = "ad marker"
READ_MORE: Final = "'read more' link"
CONTACT: Final = "press contact"
LEGAL: Final = "press-release legal notice"
SPONSOR: Final = "sponsor message"
NOTE: Final = "bracketed note"
APP: Final = "app download prompt"
DISCLAIMER: Final = "site disclaimer"
SALE: Final = "sale banner"
POST_LINKS: Final = "previous/next links"
ISSUER: Final = "release's issuer line"
END_MARK: Final = "end mark"
HELP_LINE: Final = "help line"
POST_HEAD: Final = "forum post's user block"
FORUM: Final = "forum post's attachment"
STATUS: Final = "status page's label"
FOOTER: Final = "footer links"
VIDEO: Final = "video page's furniture"
SHOP: Final = "shop widget"
RUNNING_HEAD: Final = "running head"
PAGE_FURNITURE: Final = "e-edition's page furniture"
LIVE_BLOG: Final = "live blog's key events"
_ABOUT_HEADING: Final = "'about' heading"
_RELEASE_HEADING: Final = "release heading"
# what a release sets over its headline: 'FOR IMMEDIATE RELEASE', 'PRESS RELEASE' (the
# short line under it is the headline, not a contact's name as under 'Media contact:')
_RELEASE_HEADING_LINE: Final = re.compile(
    r"^(?:for immediate release\b|(?:joint )?(?:media|press|news) (?:statement|release|"
    r"advisory|alert)$)",
    re.I,
)

# a writer named on a network's page, under her other pieces: 'Ana Ruiz', 'Luis de la Cruz',
# 'this author'
_WRITER: Final = (
    r"(?:(?-i:[A-Z])[\w'’.-]*(?: (?:(?-i:[A-Z])[\w'’.-]*|de|da|la|van|von|del|dos|bin|al)){0,3}"
    r"|this (?:author|writer|columnist|contributor))"
)

# a newsletter box's title, the newsletter's name: 'Sign up to Harbour Daily', which a
# service story's subhead can also be ('Sign up for Medicare Part B')
_NEWSLETTER_TITLE: Final = r"^sign up (?:to|for) (?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,4}$"

# a tab of a page's row of tabs, and the words that name one
_TAB_ITEM: Final = r"(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,2}"
_TAB: Final = (
    r"(?:overview|summary|details|documents|downloads|results|(?:latest )?updates|news|gallery|"
    r"photos|videos|media|contacts?|map|timeline|faqs?|reviews|about|resources|partners|"
    r"fixtures|schedule|standings|table|description)"
)

# a jump line, where a printed story takes up again ('Continued from Page A1') or breaks
# off ('Continued on Page A4')
_JUMP_LINE: Final = (
    r"^\(?(?:continued|cont(?:'|’)?d\.?) (on|from) (?:page |p\. ?|pg\.? ?)?[a-z]?\d{1,3}\)?\.?$"
)
_JUMP_FROM: Final = re.compile(_JUMP_LINE.replace("(on|from)", "from"), re.I)

# What a line of web-page debris says, by kind: each pattern is tried at the start of a line
# of at most 200 characters and 30 words, with its markup and surrounding space taken off,
# ignoring case. CHROME_ANYWHERE: text that makes such a line debris wherever it stands.
CHROME_LINES: Final = (
    (
        "site navigation",
        r"^(?:(?:skip|jump) to (?:main )?(?:content|navigation|search)|(?:main )?menu|"
        r"search(?: this site)?|home|sections|story|"
        r"back to top|print(?: this (?:article|page))?|copy link|"
        r"listen to (?:this )?(?:article|news|story|news item|post|page)|"
        r"\d+ min(?:ute)? read|close|toggle navigation|log ?in|log ?out|sign ?in|sign out|"
        r"register|my account|open in (?:the )?app|page \d+(?: of \d+)?|next page|previous page)$|"
        r"^listen to (?:this )?(?:article|story)\s*[·•|-]\s*\d+ min(?:ute)?s?$|"
        # a page's own address, which a database of judgments or papers prints under the text:
        # 'PILAN URL: http://www.pilan.org/ck/cases/...', 'Permalink: https://...'
        r"^(?:[\w-]+ ){0,2}(?:url|permalink|permanent link|link to this (?:page|case|judgment|"
        r"article|document))\s*:\s*(?:https?://|www\.)\S+$|"
        # a page's tabs in a row, one of them a tab's word: 'Overview | Latest updates |
        # Documents | Results', 'Fixtures | Results | Table'
        rf"^(?=(?:.*\|\s*)?{_TAB}\s*(?:\||$))(?:{_TAB_ITEM}\s*\|\s*){{2,}}{_TAB_ITEM}$|"
        # a media player's button and running time: 'Listen • 4:12', 'Play (2:31)'
        r"^(?:listen|play|watch)(?: now| live)?\s*[•·|:-]?\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?$|"
        r"^[▶►]?\s*(?:play|listen to|watch)(?: this| the)? (?:episode|podcast|audio|video)$|"
        r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$|"
        # a page's switch to its other language: 'Lire en français', 'Read in English',
        # 'English | Français'
        rf"^(?:lire|read|leer|ler|lesen|leggi)(?: (?:this|the|cet|cette|este|esta) \w+)? "
        rf"(?:en|in|em|auf) {_LANGUAGE}$|^(?:version|versión|versão) {_LANGUAGE}$|"
        rf"^{_LANGUAGE}(?:\s*[|/·•]\s*{_LANGUAGE}){{1,3}}$|"
        # a page's own table of contents: 'Jump to: Overview | Tornadoes | Reports and Response'
        r"^(?:jump to|skip to|on this page)\s*:\s*\S.*$|"
        # an e-edition reader's list of the page's other stories: 'Also on this page: Sports'
        r"^also on this page\s*:\s*\S.*$|"
        # a blog post's section and tags: 'Posted in Sightings Reports | Tagged: wild dogs'
        r"^(?:posted|filed) (?:in|under) [^|.!?]{1,60}[|·•]\s*tag(?:ged|s)\s*:.*$|"
        # a section menu pasted as one line: 'Home  National  Climate  Sport'
        r"^(?:home|menu|sections)(?:\s{2,}|\t|\s*[|·•]\s*)(?-i:[A-Z])|"
        r"(?-i:^Home(?: [A-Z][\w&'’-]*){6,14}$)|"
        # breadcrumbs with slashes: 'News / Cities / Pune'
        r"(?-i:^(?:[A-Z][\w&]*(?: [A-Z][\w&]*)?\s+/\s+){2,}[A-Z][\w&]*(?: [A-Z][\w&]*)?$)|"
        # a video player's states and buttons
        r"^video (?:loading|unavailable)$|^(?:click|tap) to (?:play|watch|listen)$|^play now$|"
        r"^(?:[^\s.!?\[\]]+ ){0,5}[^\s.!?\[\]]+:\s*\[link\]$|"
        # a file's link: 'Download the full-size map (PDF) [link]', 'Download the report (PDF,
        # 2.4 MB)'
        r"^(?:download|view|read|open) (?:the |our |a )?[^.!?()]{1,60}\((?:pdf|docx?|xlsx?|csv|zip)"
        r"\b[^()]{0,20}\)(?:\s*\[link\])?$|"
        r"^download (?:the )?(?:pdf|docx?|release|report)(?: \([\d.,]+ ?[kmg]b\))?$|"
        # a document's link by its title alone: 'Precinct-by-Precinct Statement of Votes (PDF)'
        # (a year first, a 'No.' inside; but not a body's initials: 'Department of Conservation
        # (DOC)')
        r"(?-i:^[A-Z0-9][^!?()]{0,79}[^!?().\s]\s*\((?:(?:PDF|DOCX|XLSX?|CSV|ZIP)\b[^()]{0,20}|DOC,[^()]{1,20}|"
        # (and a clip's: 'Postgame Press Conference (YouTube)')
        r"YouTube|Vimeo|Video|Audio|Podcast)\))$|"
        # a light site's switch: 'Text-Only Version', 'Go To Full Site'
        r"^(?:go to|view|switch to|back to) (?:the )?(?:full|desktop|standard|classic) "
        r"(?:site|version)$|^text-only (?:version|site|edition)$|"
        r"^the video will auto-?play soon|^text size\b|"
        # a market ticker strip: 'Sensex 81,204.55 ▲ 312.40 Nifty 24,611.20 ▲ 96.15',
        # 'KSE-100 ▲ 118,402.55 (+0.41%)   USD/PKR 281.90'
        r"^(?:[^▲▼]{0,40}[▲▼]\s*[\d.,]+){2}|"
        r"(?-i:^[A-Z0-9][A-Z0-9&./-]{1,15}(?: [A-Z0-9&./-]{1,15}){0,2})\s*[▲▼]\s*[+-]?\d|"
        r"^(?:table of )?contents$|^printer-friendly(?: version| page)?$|^you are here:?$|"
        r"^(?:[←«‹<◀◄]\s*)?back to (?:all )?(?:news|top|home|blog|stories|articles|posts|"
        r"press releases|releases|results|page|issue|edition|"
        r"the (?:blog|newsroom|news|top|page|issue|edition|front page))$|"
        # a live page's button for the posts it has not shown: 'Load 9 earlier updates'
        r"^(?:load|show|see|view) (?:\d+ |all )?(?:more|earlier|older|newer|new|previous|later)"
        r" (?:updates|posts|entries|stories)$|"
        r"^(?:tags|topics|filed under|categories|more on|posted in)\s*:|"
        # a post's labels or keywords as a list: 'Labels: Border, Jobs, Cross-border workers'
        # (each a few words: not a story's line that runs on past its list, 'Labels: organic,
        # fair trade and free range mean little, the study found')
        r"^(?:labels|keywords)\s*:\s*[\w'’&/+-]+(?: [\w'’&/+-]+){0,3}"
        r"(?:\s*[,·•|;]\s*[\w'’&/+-]+(?: [\w'’&/+-]+){0,3})+\.?$|"
        # a blog post's categories, and the links to the posts on either side of it
        r"(?-i:^(?:Posted|Filed) in [A-Z0-9][\w&'’-]*(?: [\w&'’-]+){0,2}"
        r"(?:(?:, [A-Z][\w&'’-]*(?: [\w&'’-]+){0,2})+(?:\s*\|\s*(?i:tags\s*:|tagged\s).*)?|"
        r"\s*\|\s*(?i:tags\s*:|tagged\s).*)$)|"
        # and its label set in bold with no colon before their links, as Textpattern's
        # article form sets them: 'Categories Parish News, Restoration' (a list, never a
        # crosshead's words: 'Topics We Covered')
        r"(?-i:^(?:Categories|Tags|Topics) [A-Z0-9][\w&'’-]*(?: [\w&'’-]+){0,2}"
        r"(?:, [A-Z0-9][\w&'’-]*(?: [\w&'’-]+){0,2})+$)|"
        r"^reprints?(?: (?:&|and) permissions)?$|^order (?:a )?reprints?$|"
        # a podcast page's chapters and episode list: '04:12 A letter and a signature'
        # (perhaps naming someone by an abbreviated title: '2:41 Budget — Dr. Ana Ruiz')
        r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+(?:[—–-]\s+)?(?!(?:am|pm|a\.m|p\.m)\b)(?-i:[A-Z])"
        rf"(?:[^.!?]|\b(?-i:{_SHORT_TITLES})\.(?= ))"
        r"{0,80}$|"
        r"^(?:(?:mentioned )?in|from) this episode\s*:|^more episodes$|"
        r"^episode \d+\s*[:—–-]\s*\S[^.!?]{0,80}$|"
        r"^(?:upcoming|past) events$|"
        r"^(?:view|see) (?:all|more) (?:events|stories|news|posts|episodes|articles|photos|"
        r"videos)\b|"
        # a link or button with its arrow: 'Learn more »', 'Return to full list >>', '« Back'
        r"^[^.!?»›]{1,50}\s(?:»|>>|›|→)$|^(?:«|<<(?!<)|‹|←)\s?[^.!?]{1,50}$|"
        # breadcrumbs: Home > Metro > Politics
        r"^home\s*[>›»/|]|^(?:[\w&]+(?: [\w&]+)?\s*[>›»]\s*){2,}[\w&]+(?: [\w&]+)?$",
    ),
    (
        # the links to the posts on either side, which carry their headlines and so run long:
        # '← Previous: Seasonal Weight Limits Take Effect | Next: Crews Out in Force →'
        POST_LINKS,
        # (or with a triangle: '◄ Previous: PQ B/346 – Traffic Congestion')
        r"^[←«‹◄◀]\s*(?:previous|next|older|newer)\b.{0,180}$|"
        r"^(?:previous|next|older|newer)\b.{0,180}\s[→»›►▶]$|"
        r"^(?:previous|next|older|newer) (?:post|story|article|entry)\s*:",
    ),
    (
        "share buttons",
        r"^republish this (?:story|article)$|"
        # a board's button, as a blog sets it under its post: 'Pin it for later!'
        r"^pin (?:it|this|me|this (?:post|guide|article|recipe))(?: for later| now)?[.!]?$|"
        # the bar's label over its buttons, whatever the page calls itself: 'Share this notice:'
        r"^share this [\w-]+\s*:$|"
        r"^(?:(?:share|email|e-mail|send)(?: this)?(?: article| story| page| post| link|"
        r" petition| campaign| fundraiser| video| gallery| event| update| obituary| tribute|"
        r" analysis| report| release| announcement| statement| column| episode| podcast|"
        r" recipe| photo| photos| map| piece| interview| review| essay| explainer| letter)?"
        r"(?: (?:on|via|to) \w+)?|tweet(?: this)?)\s*:?$|"
        rf"^(?:{_PLATFORM})$|"
        # (the first button perhaps set off by a bar: 'Share | Facebook | X | Print')
        # (or after what the page calls itself: 'Share this log: Facebook · X · Email')
        rf"^(?:share(?: this(?: [\w-]+)?)?\s*[:|·•]?\s*)?"
        rf"(?:(?:share (?:on|via|to) )?(?:{_PLATFORM})(?:\s*[|·,/•]\s*|\s+|$)){{2,}}$|"
        # a share bar whose last button a bilingual page names in its own language:
        # 'Share: Facebook X WhatsApp E-bost'
        rf"^share\s*:\s*(?:(?:{_PLATFORM})(?:\s*[|·,/•]\s*|\s+)){{2,}}[\w-]+$|"
        # 'Click to share on X (Opens in new window)', 'Share Capitol Notebook'
        r"^click to (?:share|email|e-mail|print|post|tweet)\b|^share (?-i:[A-Z])[\w'’ ]{2,40}$|"
        r"^share\s*/\s*save$|^share (?:&|and) (?:bookmark|save|print|follow)$|"
        r"^(?:save|download|export|print) as (?:a )?pdf$|"
        # a page's tools in a row: 'Print | Download PDF | Share'
        # (with the file's size: 'Print | Download PDF (412 KB) | Share')
        r"^(?:(?:print|download(?: as)?(?: pdf)?(?: \([\d.,]+ ?[kmg]b\))?|share|e-?mail|save|"
        r"bookmark|copy link)(?:\s*[|·•]\s*|$)){2,}$|"
        # a page's print button before its share bar: 'Print this page | Share: Facebook | X'
        rf"^print(?: this (?:page|article|story|release|notice|post|statement|update))?"
        rf"\s*[|·•]\s*share\s*:?\s*"
        rf"(?:(?:{_PLATFORM})(?:\s*[|·,/•]\s*|\s+|$))+$|"
        # buttons kept as bracketed labels: '[Share on Facebook] [Share on X] [Pin It] [Email]'
        r"^(?:\[(?:share|email|e-mail|print|pin it|tweet|copy link|save|whatsapp|facebook|"
        r"linkedin|reddit)\b[^\]]{0,25}\]\s*){2,}$",
    ),
    (
        "newsletter sign-up",
        # (not a story line that reports the call: 'Sign up for SMS alerts, the utility urged')
        rf"^{_UNREPORTED}(?:sign up|subscribe)\b.*\b(?:newsletters?|alerts?|briefs?|briefings?|"
        r"digest|inbox)\b|"
        r"^(?:enter|type) your e-?mail(?: address)?\b|^(?:enter|type) e-?mail(?: address)?$|"
        # 'Get project updates by email or text' (a list's 'Get evacuation alerts by text' stays)
        r"^(?:get|receive) (?:[\w'’-]+ ){0,3}(?:updates|news) (?:by|via) (?:e-?mail|text)"
        r"(?: (?:or|and) (?:e-?mail|text))?[.!]?$|"
        # 'Sign up to receive scam warnings and consumer tips from the office by email.'
        r"^sign up to (?:receive|get)\b[^.!?]{0,120}\bby (?:e-?mail|text(?: message)?)[.!]?$|"
        # a sign-up box's title: 'Get Consumer Alerts', 'Get Email Updates'
        # ('Get NBC 5 News & Alerts': a station's number)
        r"(?-i:^(?:Get|Receive)(?: [A-Z0-9][\w'’-]*){0,2}(?: News (?:&|and))? (?:Alerts|Updates)$)|"
        # an alert's pitch: 'Get boil-water notices ... sent straight to your phone.'
        r"^get (?=[^.!?]*\b(?:notices|alerts|warnings|updates|news|headlines|newsletters?|"
        r"briefings?)\b)"
        r"(?:[\w'’-]+,? ){1,10}(?:(?:(?:sent|delivered|texted|emailed) (?:straight |right |"
        r"directly )?|(?:straight|right|directly) )to|on) your (?:phone|inbox|e-?mail|device)"
        r"[.!]?$|"
        r"^(?:subscribe|sign up)(?: now| today| here)?(?: for free| for \S+)?[.!]?$|"
        r"^subscribe to (?-i:[A-Z])[^.!?]*$|"
        # a box's title, the newsletter's name: 'Sign up to Harbour Daily', 'Sign up for The Brief'
        # (in a body, only over or under the box's field or button: see _lone_titles)
        rf"{_NEWSLETTER_TITLE}|"
        # 'Subscribe to project updates', 'Sign up for council news'
        r"^(?:subscribe|sign up) (?:to|for) (?:[\w'’-]+ ){0,3}(?:updates|news|alerts|e-?mails|"
        r"e-?news)"
        # (from whom, and the discount a shop gives for it: 'Sign up for news from the farm
        # and get 15% off your first order.', 'Subscribe for more updates from the Board')
        r"(?: from (?:the |our )?[\w'’ -]{1,40}?)?(?: and (?:get|save|enjoy|receive) \d{1,2}% off"
        r"[^.!?,]{0,40})?[.!]?$|"
        # 'Subscribe to The Rail — it's free, and ...'
        r"^subscribe\b[^.!?]{0,60}\s[—–-]\s*it(?:'|’)?s free\b|"
        r"^(?:get|receive|have) (?:our|the)\b.*(?:newsletter|in your inbox)|"
        # (perhaps after a call to stay informed: 'Stay informed — get health alerts ...')
        r"^(?:stay (?:informed|connected|updated|up to date|in the know)\s*[—–:,!-]\s*)?"
        r"(?:get|receive)\b.*\b(?:delivered to|in) your inbox\b|"
        r"^newsletters?$|^(?:your )?(?:(?:work|business|personal) )?e-?mail(?: address)?$|"
        # a sign-up form's field with its button, and its pitch and consent: 'Mobile number
        # or e-mail address | Subscribe', 'Sign up and we'll tell you straight away if ...',
        # 'By subscribing you agree to our Privacy Policy.'
        r"^(?:your )?(?:(?:mobile|phone|cell)(?: number)?|e-?mail(?: address)?) (?:or|/) "
        r"(?:(?:mobile|phone|cell)(?: number)?|e-?mail(?: address)?)"
        r"(?:\s*[|]\s*(?:subscribe|sign up|submit|join))?$|"
        rf"^{_UNREPORTED}sign up and we(?:'|’)ll (?:tell|let|send|e-?mail|text|alert|notify)\b"
        r"[^!?]{0,120}$|"
        rf"^{_UNREPORTED}by (?:subscribing|signing up|registering|submitting)"
        r"(?: to [^.!?,]{1,40})?,? you "
        r"(?:agree|accept|consent)\b[^.!?]{0,80}[.!]?$|"
        r"^(?:forward(?:ed)? this|was this (?:e-?mail |newsletter )?forwarded)\b|"
        r"^you(?:'re| are) receiving this\b|"
        r"^unsubscribe\b|^(?:update|manage) your (?:e-?mail )?(?:preferences|subscription)|"
        r"^already a (?:subscriber|member)\b|^(?:support|fund) (?:local|independent) journalism\b|"
        # a donation box: 'Support independent budget analysis.', 'Our work is funded by
        # readers like you, not by special interests.'
        r"^(?:support|fund) (?:local|independent|nonprofit|non-profit|nonpartisan) "
        r"(?:[\w-]+ ){0,2}(?:news|reporting|analysis|research|journalism)[.!]?$|"
        r"^(?:our|this) (?:work|journalism|reporting|research|analysis) is (?:made possible|"
        r"funded|supported|paid for) by (?:readers|listeners|viewers|members|donors|people) "
        r"like you\b(?![^.!?]*\b(?:said|says|told|wrote|writes)\b)[^.!?]{0,60}[.!]?$|"
        # 'Sign up for Budget Watch, our weekly email during the legislative session.'
        r"^(?:sign up|subscribe) (?:for|to) (?-i:[A-Z])[^,.!?]{1,40}, (?:our|the) (?:[\w-]+ ){0,3}"
        r"(?:e-?mail|newsletter|digest|briefing|bulletin)\b[^.!?]{0,60}[.!]?$|"
        r"^become an? (?:[\w'’-]+ ){0,2}(?:member|subscriber|supporter|friend|patron|volunteer)\b"
        r"(?![^.!?]*\b(?:said|says|told)\b)|^donate(?: now| today)?[.!]?$|"
        # a list's box: 'Join our mailing list', 'Never miss a sailing update', 'Be the first
        # to hear about the programme ...'
        r"^join (?:our|the) (?:mailing|e-?mail|e-?news|newsletter) list\b|"
        # 'Want our monthly sightings in your inbox?', 'Never miss a race!', 'Get an email
        # when this author's threads are unspooled.'
        r"^want (?:our|the) (?:[\w'’-]+ ){1,4}in your inbox\?$|^never miss an? [\w'’-]+!$|"
        # (no attribution after a comma: 'Get an alert when the water returns, the utility said')
        r"^get an? (?:e-?mail|notification|alert) (?:when|whenever|each time)\b[^.!?,]{0,80}[.!]?$|"
        r"^never miss an? (?:[\w'’-]+ ){0,2}(?:updates?|story|stories|alerts?|issues?|posts?|"
        r"episodes?|editions?)[.!]?$|"
        r"^be the first to (?:hear|know|find out|learn|get)\b[^\"“”]{0,120}$|"
        r"^donate to (?:the |our )?(?:[\w'’-]+ ){0,4}(?:fund|campaign|appeal)$|"
        r"^join(?: now| today| us today)?[.!]?$|^not an? (?:member|subscriber)(?: yet)?\?|"
        r"^ready for more\?$|"
        # (or what the page calls its posts: 'Enjoying our logs?', 'Like our updates?')
        r"^(?:love|like|enjoy|enjoyed|enjoying|liked|loved) (?:this|stories like this|this "
        r"(?:story|article)|what you(?:'re|’re| are)? read(?:ing)?|our (?:work|journalism|"
        r"reporting|(?:[\w'’-]+ )?(?:stories|posts|logs|blogs|articles|updates|dispatches|"
        r"diaries|newsletters|letters|reports|podcasts|videos)))\?$|"
        r"^subscribe (?:to|now|today)\b[^.!?]{0,80}\b(?:delivered|issues? a year)\b|"
        r"^subscribe for free\b|^thanks for reading\b|"
        # a newsletter's greeting and its chatter: 'Good morning, Boise! ☕ Snow's coming ...'
        # (the greeting alone, or with an emoji after it: 'Hi, Mom! she shouted' is a story's)
        r"^(?:good (?:morning|afternoon|evening)|happy (?:weekend|friday|monday)|hello|"
        r"hi|hey|howdy),? (?-i:[A-Z])[\w .'’-]{0,30}(?:!(?:$|\s*[^\w\s\"“”'’])|\.$)|"
        # a sign-up's call, perhaps after an emoji: '📲 Get district news first!'
        r"^(?:[^\w\s]+\s*)?(?:get|never miss)(?: (?:the|our|all|your|[\w'’-]+)){0,3} "
        r"(?:news|headlines|alerts|updates|stories|a story|scores)(?: first| fast| free)?!$|"
        r"^(?:get|receive) the (?-i:[A-Z])[\w'’ ]{2,40}$|"
        r"^(?:get|receive) (?:e-?mail |text )?(?:updates|alerts|news) (?:on|about|from) "
        r"(?:the |our )?(?-i:[A-Z])[\w'’ -]{2,40}$|"
        r"^start your (?:day|morning|week)\b.*\binbox\b|"
        # a blogging platform's: 'Join Inkwell for free to get updates from this writer.'
        r"^join (?-i:[A-Z])[\w'’ -]{1,30} (?:for free )?to (?:get|receive|read) (?:updates|"
        r"stories|posts|more)\b|"
        r"^(?:this|the) (?:e-?mail|message|newsletter) was sent to\b|"
        # a newsletter's header and its paid tier: 'View this email in your browser'
        r"^view (?:this|the) (?:e-?mail|newsletter|post|issue) "
        r"(?:online|on the web|in (?:your|a|the) (?:web )?browser)\b|"
        r"^you(?:'re|’re| are) (?:currently )?an? (?:free|paid|premium) (?:\w+ )?"
        r"(?:subscriber|member)\b|^upgrade to (?:paid|premium)\b|"
        # a sign-up form's field and button: '[ Email address ] [ Subscribe ]'
        r"^\[\s*(?:your )?e-?mail(?: address)?\s*\](?:\s*\[\s*[\w ]{1,20}\s*\])?$|"
        r"^to (?:stop receiving|unsubscribe)\b.*\bunsubscribe\b|\bunsubscribe here[.!]?$",
    ),
    (
        COMMENT_WIDGET,
        r"^(?:\d+ )?comments?(?: \(\d+\))?$|^log ?in to (?:comment|reply|join)|"
        # a fundraiser's or a forum's tabs with their counts: 'Updates (3)', 'Words of support (57)'
        r"^(?:updates|words of support|donations|donors|supporters|reviews|replies|activity)"
        r"\s*\(\d[\d,]*\)$|"
        # the prompt over a fundraiser's messages: 'Please donate to share words of support.'
        r"^please (?:donate|give) to (?:share|leave|post|add) (?:words of support|a message|"
        r"a comment)[.!]?$|"
        # a blog's likes: 'Like this:' over the button, 'Like Loading...' left by its script
        r"^like this:$|^like loading(?:\.{3}|…)?$|"
        # a share-price or news site's forum: 'Discuss BURD on our bulletin board (142 new
        # posts today)', 'Discuss this story on our forum'
        r"^discuss (?:[\w.&'’-]+ ){1,4}on (?:our|the) (?:forums?|(?:bulletin|message|"
        r"discussion) boards?)\b[^.!?]{0,40}$|"
        r"^to comment,? you (?:must|need to) (?:be|log ?in|sign ?in|subscribe)\b|"
        r"^(?:leave|add|post|write) a (?:comment|reply)|^join the (?:conversation|discussion)|"
        # a comment form's button: 'Post Comment'
        r"^(?:post|submit|send) (?:a |your )?(?:comment|reply)$|"
        r"^(?:show|view|read|hide|load|see) (?:all |more )?comments?(?: \(\d+\))?$|"
        r"^to (?:view or add|add|view|leave) a comment,? (?:sign|log) ?in$|"
        r"^comments are (?:closed|open|moderated|subject to)\b|^have your say\b|"
        r"^we welcome (?:reader |your )?comments\b(?!.*\b(?:said|says)\b)|^please keep (?:it|"
        r"comments|the (?:conversation|discussion)) (?:civil|respectful|on topic)[.!]?$|"
        r"^start the (?:discussion|conversation)(?:\.\.\.|…|[.!])?$|"
        r"^(?:or )?sign (?:up|in) with disqus\b|"
        r"^sort by (?:newest|oldest|best|top)$|"
        r"^thanks? (?:you )?for your feedback\b|"
        # an obituary's guest book and its buttons
        r"^(?:sign|view|read) the guest ?book\b|^send flowers\b|^share a memory\b|"
        r"^guest ?book(?: entries)?(?: \(\d+\))?$|^tribute wall$|^load more (?:memories|tributes)$|"
        # a funeral home's memorial tree counter: '12 trees have been planted in memory of Ann.'
        # (of someone by name: not '500 trees have been planted in memory of the victims')
        r"^\d+ trees? (?:has|have) been planted in (?:memory|hono(?:u)?r) of (?-i:[A-Z])"
        r"[^.!?]{0,60}\.?$|"
        # a service's buttons: 'Add to Calendar | Get Directions'
        r"^(?:add to (?:my )?calendar|get directions)(?:\s*[|·•]\s*(?:add to (?:my )?calendar|"
        r"get directions|send flowers|share))*$|"
        # a page's feedback box: 'Was this page helpful?' and its buttons
        r"^was this (?:page |article |story |information )?(?:helpful|useful)\??$|"
        # a page's ratings widget: 'Rate this.', 'Average (0 Votes)'
        r"^rate this(?: (?:article|story|page|post))?[.:!]?$|^average\s*\(\d[\d,]* votes?\)$|"
        r"^yes\s*[/|]?\s*no$|"
        # counts, one or several: '48 Likes ∙ 6 Restacks' (each space read one way only)
        rf"^{_COUNT}(?:(?:\s*[∙·•|]\s*|\s+){_COUNT})*$|"
        # a channel post's footer: its views, perhaps who signed or edited it, and the time:
        # '3.4K views   Ana Ruiz, edited   18:46', '2.9K views   19:30'
        r"^\d[\d,.]*[km]? views\s+(?:(?:(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3},?\s+)?"
        r"edited\s+|(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}\s+)?\d{1,2}:\d{2}$|"
        # reactions by their emoji, then the counts: '👍❤️ 212 · 38 comments · 19 shares'
        rf"^(?:[^\w\s]{{1,8}}\s*)?\d[\d,.]*k?(?:\s*[∙·•|]\s*{_COUNT})+$|"
        r"^(?:discussion about this (?:post|story|article)|restacks?|reply|replies|reblog)$|"
        # a news app's reactions, each emoji with its count, then its share button: '👍 214
        # 😮 37 😡 402 💬 96 ↗ Share'
        rf"^(?:[{PICTOGRAPHS}\ufe0f]{{1,3}}\s*\d[\d,.]*[KkMm]?\s+){{2,}}"
        r"(?:[\u2197\u21aa\u27a6\u2934]\s*)?share$|"
        # a reactions count alone by its emoji: '👍❤️😢 2.4K' (not a hotline by its telephone,
        # '📞 09171234567', '☎️ 911': a count is grouped by threes or cut short by its K)
        rf"^(?![\u260e\U0001f4de\U0001f4f1\U0001f4f2])[{PICTOGRAPHS}\ufe0f]{{1,8}}"
        r"\s*\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?[KkMm]?$|"
        # a social post's buttons and a comment's, its age first or last: 'Like Comment
        # Share', '2h Like Reply 14', 'Like · Reply · 3d'
        # (a professional network's repost too: 'Like Comment Repost Send')
        # (a forum's too: 'Like Quote Reply')
        r"^like(?:\s*[·•]?\s*(?:comment|share|send|reply|repost|quote))+$|"
        # a forum post's reactions, and the note under a thread: 'Reactions: Ana, Li Wei and
        # 14 others', 'You must log in or register to reply here.'
        r"^reactions\s*:\s*[^.!?]{1,120}\band \d[\d,]* others?$|"
        r"^you must (?:log ?in|sign ?in|be logged in|register)(?: or (?:register|sign up|"
        r"log ?in))? to (?:reply|comment|post)\b[^.!?]{0,30}[.!]?$|"
        rf"^(?:{_AGO}\s*[·•]?\s*)?like\s*[·•]?\s*reply(?:\s*[·•]?\s*(?:share|edited|"
        rf"\d[\d,]*|{_AGO}))*$|"
        # the network's own words over and under a post: 'See translation', 'Most relevant'
        r"^(?:see (?:translation|original)|most relevant|all comments|newest|top comments|"
        r"all reactions:?|write a (?:public )?comment(?:\.{3}|…)?)$|"
        # a comment form's notes: 'Your email address will not be published.', 'Required
        # fields are marked *'
        # (as a theme words them too: 'Your e-mail address will not be published.', 'Required
        # fields are marked with *')
        rf"^your e-?mail(?: address)? will not be published\.?(?:\s+{_REQUIRED})?$|"
        rf"^{_REQUIRED}$|"
        # a post's notes: 'bulldogbandkid reblogged this from lakeheadlantern and added:'
        r"(?-i:^[\w-]{2,40} (?:reblogged this from [\w-]{2,40}(?: and added:?)?|liked this|"
        r"posted this)$)|"
        # a blog's comment: 'Marge T. says: Wonderful news!'
        r"(?-i:^[A-Z][\w'’-]*(?: [A-Z][\w.'’-]*){0,2} says:\s)",
    ),
    (
        POST_HEAD,
        # a forum post's line under its writer's handle: rank, date and the post's number:
        # 'Well-known member · 10 Nov 2025 · #1'
        r"^(?:[\w'’-]+ ){0,2}[\w'’-]+\s*[·•|]\s*(?:\d{1,2} [a-z]{3,9}\.? \d{4}|"
        r"[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|yesterday|today|"
        r"\d+ (?:minutes?|hours?|days?) ago)\s*[·•|]\s*#\d+$",
    ),
    (
        STATUS,
        # a status page's title over an incident: 'Incident Report for MaluTel'
        r"(?-i:^(?:Incident|Maintenance|Outage) [Rr]eport for [A-Z][\w&'’.-]*"
        r"(?: [\w&'’.-]+){0,4}$)",
    ),
    (
        FORUM,
        # a forum post's attachments, each file with its size and views, and the fold over a
        # quoted post: 'Attachments', 'IMG_20251108_093214.jpg', '225.4 KB · Views: 96',
        # 'Click to expand...'; and as a task's attachment names when it came: 'Uploaded Mar 9 ·
        # 2.7 MB'
        r"^attachments?(?: \(\d+\))?:?$|^[\w-]+\.(?:jpe?g|png|gif|webp|heic|pdf|docx?|xlsx?)$|"
        r"^[\d.,]+ ?[kmg]b\s*[·•|]\s*views\s*:?\s*\d[\d,]*$|"
        r"^uploaded [^·•|]{1,40}[·•|]\s*[\d.,]+ ?[kmg]b$|"
        r"^click to (?:expand|collapse)(?:\.{3}|…)?$",
    ),
    (
        HELP_LINE,
        # a site's help line, its question and the number to call, long as it may run: 'Need
        # legal help? Call our free 24-hour hotline on ... or send a WhatsApp message to ...'
        # (the site's own line gives its number, its address or 'us'; a column's advice
        # names whom the reader should ask: 'Need help? Contact your bank at once if ...'),
        # and its question may say when: 'Need help now? Call our helpline on ...'
        r"^need (?:[\w'’-]+ ){0,2}(?:help|advice|support|assistance)(?: now| today| urgently)?\?"
        r"(?:\s+(?:call|contact|"
        r"e-?mail|write to|visit|reach|send|whatsapp|text|sms)\b"
        r"(?=[^?]*?(?:\d|@|www\.|\.(?:org|com|net)\b|\b(?:us|our)\b))[^?]*)?$",
    ),
    (
        RELATED,
        r"^(?:related(?: stories| articles| coverage| content| links| news| reading| posts|"
        r" releases| announcements| notices| assets| updates| resources| pages| documents| items|"
        # (a firm's or a market bulletin's: 'Related commentary', 'Related insights')
        r" commentary| insights| analysis| briefings| publications|"
        # (a fund's or an agency's other work: 'Related projects', 'Related programmes')
        r" projects| programmes| programs| campaigns| initiatives)?|"
        r"(?:photo|picture|image) of the (?:day|week)|"
        # (a shop's or a body's: 'Other recent notices')
        r"(?:other |more )?recent (?:posts|stories|releases|news|notices|recalls|alerts|"
        r"articles)|"
        # a results page's links, in a row with bars: 'Box Score | Photo Gallery | Watch Replay'
        r"(?=.*\s\|\s.*\s\|\s)(?:.*\|\s*)?(?:buy tickets|box score|photo gallery|"
        r"watch (?:replay|live|highlights|video)|live stats|game notes|recap|full schedule|"
        r"roster)\s*(?:\|.*)?$|"
        # a newsletter's contents: 'In today's Brief:', 'In this issue:', 'Also in this issue'
        r"(?:also )?in (?:today(?:'|’)s|this week(?:'|’)s|this) (?:[\w'’]+ ){0,2}?(?:issue|edition|"
        r"newsletter|brief|briefing|digest|letter)|"
        r"more on this (?:story|topic)|related (?:topics|internet links)|"
        # a body's site: 'Other News in City Council'
        r"(?:other|more) news (?:in|from) (?-i:[A-Z])[\w&'’-]*(?: [\w&'’-]+){0,3}$|"
        r"you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|"
        r"more (?:(?:(?-i:[A-Z])[\w'’-]* ){0,2}(?:stories|news|releases|articles|posts)|"
        r"from @?[\w ]+|"
        # a writer's other pieces, on a network's or a blog's page: 'More articles by Ana Ruiz'
        # ('More by Ana Ruiz', 'More stories from this author'; a name's words in capitals, as
        # a note's are not: 'More articles by Ana Ruiz will follow.')
        rf"(?:(?:articles|posts|stories|columns|pieces) )?(?:by|from) {_WRITER}|"
        r"in this (?:issue|section|edition|series))|"
        r"read (?:more|next|this next)|latest (?:news|stories|headlines|posts|articles)|"
        r"latest(?=:)|"
        r"in other news|(?:others|people|readers|viewers|users) also (?:viewed|read|liked|"
        r"watched)|"
        # and on a network's page, by its other name: 'Other articles by Ana Ruiz'
        rf"other (?:articles|posts|stories|columns|pieces) (?:by|from) {_WRITER}|"
        r"trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular stories|"
        r"don't miss|also read|see also|editor['’]s picks?|top stories|keep reading|"
        # an aggregator's other stories: 'Also on DikgangNow' (not a roundup's subhead: 'Also on
        # Tuesday', 'Also on March 3')
        r"also on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december)\b)"
        r"(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2})\s*:?$|"
        # the heading with its teasers pasted on one line: 'Related news Chemists win grant
        # for filter research Enrollment reaches record high'
        r"^(?:related(?: stories| articles| coverage| content| links| news| reading)?|"
        r"you (?:may|might) also (?:like|enjoy)|more (?:stories|news)|read (?:more|next)|"
        r"keep reading|latest (?:news|stories)|most (?:read|popular|viewed)|"
        r"recommended(?: for you| stories| reading)?)\s+(?-i:[A-Z])[^.!]*[^.!'\"’”:]$",
    ),
    (
        READ_MORE,
        # a link's place kept in pasted text, which can run long: 'Read the full study here:
        # [link]', 'Watch the full video of ... from Sunday's service here: [insert video link]'
        r"^(?:read|see|view|watch|download|listen to) (?:the |our )?[^.!?]{1,100}:\s*"
        r"\[(?:insert |add )?(?:\w+ )?link\]$|"
        # a long text's toggle, open or closed
        r"^(?:read|show|see) less$|^(?:show|load|view) more$|"
        # a gallery elsewhere: 'See the full photo gallery on our Facebook page [link]'
        r"^(?:see|view) (?:the |all the |more )?(?:full )?(?:photo )?(?:gallery|photos)\b"
        r"[^.!?]{0,60}\bon our\b[^.!?]{0,40}$|"
        r"^(?:read more|related(?: news| stories| articles)?|see also|also read|read next|"
        r"(?:to )?read also|more|must read|don't miss|previously|more coverage|watch|listen|"
        # (not the photographer's credit line: 'Photos: Ana Diaz. Additional reporting by ...',
        # 'Photos: Ana Diaz (Harbour chapter)', where the photographer belongs in brackets,
        # and a freelancer's: 'Photos: Ana Diaz for the Harbour Post')
        r"photos(?!\s*:\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}"
        r"(?:\s+\([^()]{1,60}\)|\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*"
        r"(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4})?(?:\.\s|\.?$))|"
        r"video)\s*:\s*\S|"
        r"^(?:also read|read more|read also|must read)\s*\|\s*\S|"
        # a link's place after the words that lead to it: 'For the full advisory click here
        # [link]', 'More photos from the day in our gallery [link]'
        # (a 'here' the reader is sent to, not the place of the story: 'the crash happened here
        # [map link]', 'to build the new library here [link]')
        r"^(?:[^.!?]{0,120}\b(?:click here|tap here|(?:read|seen|viewed|found|available|"
        r"watched|downloaded|accessed|details|more) here|(?:our|the) (?:gallery|website|site))|"
        # (or a reader told to go: 'Read the report here', 'You can read the judgment here')
        r"(?:you can |to )?(?:read|see|view|watch|listen to|download|find|access|register|"
        r"donate|apply|sign up|book|buy)\b[^.!?]{0,100}\bhere)\s*:?\s*"
        r"\[(?:insert |add )?(?:\w+ )?link\]\.?$|"
        # a pointer to another page of the site: '... are posted on our Results page.'
        r"^[^.!?]{0,120}\b(?:is|are) (?:(?:posted|available|listed) )?on our (?-i:[A-Z])"
        r"[\w'’ -]{0,30} page\.?$",
    ),
    (
        "copyright footer",
        r"^\(c\) ?\d{4}|^copyright\b.*\d{4}|"
        r"^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|"
        r"terms (?:&|and) conditions|cookie (?:policy|settings|notice)|"
        r"manage (?:cookie|privacy) (?:preferences|settings)|"
        r"contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|accessibility|"
        r"site ?map)(?:\s*[|·•]\s*|$)){2,}$|^do not sell my\b|"
        # the sender's postal address under a newsletter: 'The Bay Letter, PO Box 12, ...'
        r"^[^.!?]{0,60}\bp\.? ?o\.? box \d+\b[^.!?]*$",
    ),
    (
        FOOTER,
        # a shop's or a body's footer row, its own links round the legal ones, long as it may
        # run: 'Customer Care | Delivery and Click & Collect | Returns | Privacy Policy |
        # Terms of Use | Careers'
        r"^(?=.*\|\s*(?:privacy(?: policy| notice)?|terms (?:of (?:use|service)|(?:&|and) "
        r"conditions)|cookie policy|site ?map)\s*(?:\||$))(?:[^|.!?]{1,40}\|\s*){3,}[^|.!?]{1,40}$",
    ),
    (
        AD,
        r"^(?:[—–-]+\s*)?(?:advertisement|advertising|sponsored(?: content| post)?|ad|"
        r"promoted(?: content)?|"
        r"paid (?:content|post)|story continues below(?: advertisement)?|"
        r"scroll to continue(?: with content)?|continue reading below|"
        r"article continues (?:below|after (?:this )?(?:ad|advertisement)))(?:\s*[—–-]+)?$|"
        r"^(?:presented|sponsored|brought to you|powered|underwritten) by\b[^.]*$|"
        # a sponsor's name alone: 'Proudly supported by Harbourside Hotel' (not 'Supported by
        # donors, can the shelter survive?')
        r"^(?:proudly )?supported by (?-i:[A-Z0-9][\w&'’.-]*)(?: (?:&|and|of|the|"
        r"(?-i:[A-Z0-9][\w&'’.-]*)))*$|"
        # a shop's button, and a sale banner: 'PASS PRICES GO UP DEC. 1 — Lock in ... $749.'
        r"^(?:buy|shop|book|order|reserve) now[.!]?$|^(?:buy|get) (?:your )?tickets[.!]?$",
    ),
    (
        SPONSOR,  # a sponsor's name and its title: 'Island Breeze Beverages – Official Drink
        # of the Heritage Cup'
        r"(?-i:^[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,4})\s*[–—|:-]\s*(?:the )?official "
        r"(?:[\w-]+ ){0,2}(?:drink|beer|water|sponsor|partner|supplier|airline|car|vehicle|"
        r"bank|timekeeper|outfitter|broadcaster|hotel|carrier|caterer)\b"
        r"(?: of (?:the )?[\w'’ -]{1,60})?$",
    ),
    (
        SALE,  # 'PASS PRICES GO UP DEC. 1 — Lock in your 2025-26 Spur Pass for $749.'
        r"^\W{0,3}(?-i:[A-Z0-9][A-Z0-9 .,:'’&!-]{8,60})\s+[—–-]\s+(?:lock in|save|buy|get|book|"
        r"order|grab|reserve|shop)\b[^.!?]{0,80}\b(?:for|from|only|just|at|save|off) \$\d",
    ),
    (
        PAGE_FURNITURE,  # what a paper's page-turner pastes with the story it shows
        # the jump line where a story breaks off or takes up again: 'Continued on Page A4',
        # '(Continued from page 1)', 'See FUEL, Page A4'
        rf"{_JUMP_LINE}|(?-i:^See [A-Z][A-Z'’ -]{{1,30}}),? (?:on )?(?:page |p\. ?)?"
        r"[A-Z]?\d{1,3}$|"
        # a folio: the page, the paper and the date between bars: 'A4 | THE GARAPAN GAZETTE |
        # WEDNESDAY, OCTOBER 8, 2025'
        r"^(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b)"
        r"(?:(?:page )?[a-z]?\d{1,3}\s*\|\s*[^|]{1,40}\|[^|]{1,40}|"
        r"[^|]{1,40}\|[^|]{1,40}\|\s*(?:page )?[a-z]?\d{1,3})$|"
        # the reader's place in the issue: 'Article 3 of 11 on page A4'
        r"^(?:article|story|item) \d{1,3} of \d{1,3}(?: on page [a-z]?\d{1,3})?$",
    ),
    (
        "page timestamp",
        r"^(?:submitted|posted) by \S+ on \w{3}|"
        # a post's meta line, who posted it and when, then its section and comments, between
        # bars: 'Posted by Lerato Dube | 12 May 2025 | Crime Updates | 3 Comments', by a
        # user name or a body: 'Posted by admin | March 4, 2025 | News'
        r"(?-i:^(?:Posted|Written|Published|Submitted) by \S[^|·•]{0,50}?\s*[|·•]\s*"
        r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2}|"
        r"\d{1,2}/\d{1,2}/\d{2,4})\b[^.!?]{0,80}$)|"
        # a page's labelled author line over a statement: 'Written by: Lebo Dlamini'
        r"(?-i:^(?:Written|Posted|Published|Compiled|Issued|Uploaded) by:\s*[A-Z][\w.'’-]*"
        r"(?: [A-Z][\w.'’-]*){0,3}$)|"
        # an update's date and who posted it: 'March 9, 2026 by Nadine Arsenault, Organizer'
        r"(?-i:^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}) by "
        r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:, [A-Z][\w ]{2,30})?$)|"
        # a numbered update's line: 'Update #2 · 3 days ago by Nadine Arsenault'
        r"(?-i:^Update #?\d+\s*[·|•–-]\s*(?:\d+ (?:minutes?|hours?|days?|weeks?|months?) ago|"
        r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[Yy]esterday|[Tt]oday)"
        r" by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w ]{2,30})?$)|"
        # (and 'Last modification: 17/11/2025 14:05', 'Published 23.09.2025 | Last updated ...')
        r"^(?:(?:last )?updated|published|posted|(?:news|press) release date|"
        r"last (?:modified|modification|edited|edit|change))"
        r"(?: on| at)?:? (?:\w+\.? \d{1,2}, \d{4}|(?:[a-z]+day,? )?\d{1,2} [a-z]+,? \d{4}\b|"
        r"\d{1,2}:\d{2}|\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{4}-\d{2}-\d{2}|"
        r"\d+ (?:minutes?|hours?|days?) ago)"
        # (not a story's sentence that goes on from the date: 'Published on 12 March 2024,
        # the report found ...')
        r"(?!,?\s+(?:the|a|an|this|these|those|it|he|she|they|we|its|his|her|their|our)\b)|"
        r"^[^·|•]{0,60}[·|•]\s*\d+ min(?:ute)?s? read$|"
        # (and a post's account and date before it, its views after it: 'Club Admin · 2nd
        # March 2026 · 4 min read 612 views'; not a byline's row, 'Story by A • 5h • 4 min read')
        r"^(?![^·|•]{0,60}\bby\b)(?:[^·|•]{0,60}[·|•]\s*){1,3}\d+ min(?:ute)?s? read"
        r"(?:\s*[·|•]?\s*\d[\d,.]*k? views?)?$|"
        # when a page's update or post went up, on a line of its own: '3 days ago'
        r"^(?:posted |updated )?(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|"
        r"months?) ago$",
    ),
    (
        "site notice",
        r"^accept (?:all )?cookies$|^click here\b|^cookie (?:settings|preferences)\b|"
        # a consultation page's buttons: 'Make a submission', 'Take the survey'
        r"^(?:make|lodge|send|upload|submit) (?:a|your) (?:written )?submission$|"
        # and a planning register's: 'Comment on this application', 'Track this application'
        r"^(?:comment on|object to|track|follow) (?:this|the) (?:planning )?(?:application|"
        r"proposal|consultation|scheme)$|"
        r"^(?:take|complete|start|fill (?:in|out)) (?:the|our|this|a short) (?:online |short )?"
        r"(?:survey|questionnaire|poll)$|"
        # a promotion's call: 'Apply online today!', 'MEMBER BENEFIT: Save ...' (not an AP sports
        # story's 'UP NEXT' section)
        r"^(?:apply|register|enrol|enroll|book|order|shop|buy|sign up|join)(?: online| now| today)"
        r"{1,2}[.!]?$|^(?:learn|find out|read|see) more[.!]?$|"
        # and in capitals over the offer: 'APPLY NOW: Caregivers for Japan — NO PLACEMENT FEE!'
        # (a hyphen that joins is a compound's: 'BUY NOW-PAY LATER: WHAT YOU NEED TO KNOW')
        # (what to book perhaps between: 'BOOK CARGO ONLINE – Save 10% on your next shipment!')
        r"^(?-i:(?:APPLY|REGISTER|ENROL|ENROLL|BOOK|ORDER|SHOP|BUY|JOIN|DONATE|SUBSCRIBE)"
        r"(?: [A-Z]{2,}){0,2} (?:NOW|TODAY|ONLINE))(?:\s*[:!—–]|\s+-)\s*\S.{0,150}$|"
        # and an offer with its price: 'BOOK YOUR WRECK DIVE – from €65 incl. tanks'
        # (what follows the price is not in capitals: a subhead in capitals with a figure in
        # it is the story's, 'GET YOUR MONEY BACK: $2M REFUND FOR CUSTOMERS')
        r"^(?-i:(?:BOOK|ORDER|RESERVE|BUY|GET|GRAB|SECURE) YOUR [^a-z]{2,80})[–—:-]\s*"
        r"(?:from |only |just )?[€$£]\s?\d(?!.*(?-i:\b[A-Z]{2,}\W+[A-Z]{2,}\b)).{0,80}$|"
        r"^(?:member|reader|subscriber)s?(?:'|’)? (?:benefits?|offers?|deals?|discounts?)\s*:|"
        r"^sign up (?:on|at|via|through) (?:our|the) [\w'’ -]{2,30} (?:page|site|"
        r"website)[.!]?$|"
        # an advocacy page's box: 'TAKE ACTION', and its help line: 'Questions? Call ...'
        r"^(?:take action(?: now| today)?|act now|make your voice heard)\s*[.!:]?$|"
        r"^(?:have |got |any )?questions\?(?:\s+(?:call|contact|e-?mail|write to|visit|reach)\b"
        r"[^?]*)?$|"
        # a lottery's or a sportsbook's notice: 'Play responsibly.', 'If you or someone you
        # know has a gambling problem, call ...'
        r"^(?:please )?(?:play|gamble|bet|game) responsibly[.!]?$|"
        r"^if you or someone you know has a gambling problem\b(?![^?]*\?$)|"
        # a call for recruits: 'Firefighters, EMTs ... needed — no experience necessary.'
        r"^[^.!?]{3,100}\b(?:needed|wanted)\s*[—–:!-]+\s*no experience (?:is )?(?:necessary|needed|"
        r"required)[.!]?$|^(?:we(?:'|’)re|now) hiring(?:[.!]?$|\s*[:—–!])|"
        r"^use (?:promo |discount |coupon )?code (?-i:[A-Z0-9]{3,})\b|"
        r"^(?:theme )?music by\b[^.!?]{0,60}\.?$|"
        r"^(?:connect|follow|find|join) (?:with )?us\b|"
        # a messaging channel's prompt: 'Join our Telegram channel for breaking news: t.me/x'
        rf"^join (?:us on |our )(?:{_PLATFORM})(?: channel| group| community)?\b|"
        rf"^like us on (?:{_PLATFORM})\b|"
        rf"^follow\b.{{0,60}}\bon (?:{_PLATFORM})\b|"
        rf"^follow\b[^:]{{0,60}}:\s*(?:(?:{_PLATFORM})(?:\s*[|·,/•]\s*|\s+|$)){{2,}}|"
        # a podcast's apps: 'Subscribe: Apple Podcasts | Spotify | RSS'
        r"^(?:subscribe|listen|follow)(?: on| via| in)?\s*:?\s*(?:apple podcasts|spotify|"
        r"google podcasts|overcast|pocket casts|youtube music|amazon music|rss)\b|"
        r"^(?:got|have) a (?:news )?tip\b|^send (?:it|them) to (?:us|our)\b|"
        r"^send (?:us (?:a |your )?tips?|your tips?) to\b|"
        r"^read the (?:full |complete |whole )?(?:print|e-?)[ -]?(?:edition|paper)\b|"
        # a page's box beside the story: 'FUN FACT: ...', 'ADOPT A SNOW LEOPARD!'
        r"^(?:fun fact|did you know\??|quick fact)\s*:|"
        r"(?-i:^(?:ADOPT|DONATE|SUBSCRIBE|JOIN|BUY|SHOP|BOOK|VISIT|REGISTER|SIGN UP)\b"
        r"[A-Z '’-]{0,40}!$)|"
        # a help box: 'Need help now?', 'Call the 24-hour crisis line at ...'
        r"^need (?:help|support|someone to talk to)(?: now| today| right now)?\?$|"
        r"^(?:call|text)\b(?=.*(?:\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}[-. ]\d{4}\b|\b988\b))"
        r"[^.!?]{0,80}\b(?:crisis (?:line|hotline|text line)|"
        r"suicide (?:and crisis )?(?:lifeline|hotline))\b[^!?]{0,40}$|"
        r"^(?:e-?mail|contact|write to|call) us\b|"
        r"^do you have a (?:story|news tip|tip)\b|^follow us$|"
        # a prompt to follow the site in a search engine's news: 'Add Ledger as a preferred
        # source on Google'
        r"^add [^.!?]{1,60} as (?:a |your )?preferred source on google$|"
        r"(?-i:^Follow (?:[A-Z][\w'’&.-]*)(?: [A-Z][\w'’&.-]*){0,4}$)|"
        # a follow button by its bracket or its plus sign, or a handle's: '[Follow The
        # Francistown Observer +]', 'Follow @CulmerRolleMP', and the prompt under a writer's
        # page: 'Keep up with Janelle Culmer-Rolle MP'
        r"(?-i:^\[\s*Follow [A-Z@][^\]]{0,50}\]$)|(?-i:^Follow [A-Z][^.!?]{0,50} \+$)|"
        r"^follow @[\w.]{2,30}$|(?-i:^Keep up with [A-Z@][\w'’.@-]*(?: [A-Z][\w'’.-]*){0,4}$)|"
        # an e-mail's signature and attachments: 'Sent from my iPad', '2 attachments'
        r"^sent from my (?:iphone|ipad|android|mobile|phone|galaxy|blackberry)\b|"
        r"^\d+ attachments?$|^\d+(?:\.\d+)? ?(?:kb|mb|gb)$|"
        # a chat's attachment, reactions and thread: 'IMG_3380.jpg', '👍 3', '3 replies from ...'
        r"^[\w .()-]{1,60}\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|mp4|mov|m4a|mp3|wav)$|"
        r"^[^\w\s$€£¥₹#%+.,()\[\]-]{1,4}\s*\d{1,4}$|^\d+ (?:more )?repl(?:y|ies)"
        r"(?-i: from [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:(?:,|,? and) [A-Z][\w'’-]*"
        r"(?: [A-Z][\w'’-]*)*)*)?$|"
        r"^(?:collapse|expand) all$|^start a (?:new )?(?:post|conversation)$|"
        # a thread reader's notes: 'Missing some posts? Refresh this page', 'Posts on X can
        # be deleted at any time.', 'Save this thread as a PDF to keep a copy.'
        r"^missing (?:some |any )?(?:posts|tweets|replies|messages)\?|"
        rf"^(?:posts|tweets|threads) on (?:{_PLATFORM}) (?:can|may) be deleted\b"
        r"[^.!?]{0,40}[.!]?$|"
        r"^save this (?:thread|post|page|article|story) as an? pdf\b[^.!?]{0,40}[.!]?$|"
        r"^type a (?:new )?message$|"
        r"^report an? (?:typo|error|correction)\b|"
        r"^for more information(?: (?:on|about) [^,.!?]{1,60})?,? (?:visit|go to|contact|call)\b"
        r"(?!\s*:$)|"
        r"^(?:submit|send us) a (?:tip|correction)\b|"
        r"^search (?:our |the )?(?:archives?|site)\b|"
        r"^looking for (?:an? )?(?:older|past|previous) (?:story|article)\b|"
        r"^watch the (?:full )?video\b|^continue reading\b|"
        r"^read the full (?:story|article|transcript|interview|report|study|text)\b|"
        # a note on a story still being written: 'This is a developing story.'
        r"^this is an? (?:developing|breaking)(?: news)? (?:story|situation)\b|"
        r"^check back (?:later |here |soon )?for (?:updates|more)\b|"
        r"^this (?:story|article) (?:was )?(?:originally )?(?:appeared|published) (?:in|on|by)\b|"
        r"^originally published\b",
    ),
    (
        CONTACT,
        # a press release's contact, and the end mark above it: '###', '-30-'
        # (not a story's 'Press enquiries were referred to the club.')
        r"^(?:media|press) (?:contacts?|inquiries|enquiries)\b(?!\s+(?!(?:should|can|may|please|"
        r"only|regarding|contact|call|e-?mail)\b)(?-i:[a-z]))|^(?:#{3}|-\s?30\s?-)$|"
        # an agency's end mark: '-NPS-', '- USFWS -', '-END-', or between dashes set as a
        # word processor sets them, in the writer's language: '– TAMAT –' (Malay's 'end')
        r"(?-i:^[-–—]\s?[A-Z]{2,6}\s?[-–—]$)|"
        # a release's contact on one line, with a number or an address: 'Contact: Jodie
        # Arkwright, 715-555-0142'
        r"^contacts?\s*:\s*[^!?]{0,100}?(?:\b\d{3}[-. ]\d{4}\b|[\w.+-]+@[\w-]+\.\w)|"
        r"^for immediate release\b|"
        # the heading over a release's contacts, one to a line under it: 'For further
        # information, please contact:', 'Enquiries:', 'Investor enquiries:'
        r"^(?:for (?:further|more) (?:information|details)|(?:media |press |investor )?"
        r"(?:enquiries|inquiries))(?:,? (?:please )?(?:contact|call))?\s*:$|"
        # the body's own line for the press: 'For media enquiries, please contact the office
        # on 441-555-0163.'
        rf"^{_UNREPORTED}for (?:media|press) (?:enquiries|inquiries|queries)\b[,:]?\s*"
        r"(?:please\s+)?(?:contact|call|e-?mail|write to|phone|reach)\b|"
        # the kind of release over its headline: 'MEDIA STATEMENT'
        r"^(?:joint )?(?:media|press|news) (?:statement|release|advisory|alert)$|"
        # a page's own call to its readers, a number and an address: 'Call our community
        # hotline on 1800 286 377 (7am-7pm) or email community@example.com.au'
        r"^(?:call|phone|ring|text) (?:us|our\b[^.!?]{0,40}?) (?:on|at)\b[^!?]{0,80}?"
        r"\b(?:or|and) e-?mail\b[^!?@]{0,60}@[\w-]+(?:\.[\w-]+)+\.?$|"
        # where a public office sends questions: 'Questions may be directed to the Elections
        # Division at 231-555-0148 or elections@example.gov.'
        r"^(?:questions|inquiries|enquiries) (?:may|should) be (?:directed|sent|addressed|"
        r"referred) to\b[^!?]{0,100}?(?:\b\d{3}[-. ]\d{4}|[\w.+-]+@[\w-]+(?:\.\w+)+)\.?$|"
        # a financial wire's: 'To contact the reporters on this story:'
        r"^to contact the (?:reporters?|editors?|writers?|authors?) (?:on|of|for|responsible for)"
        r" this story\b|"
        # a contact's details, a phone number and an e-mail address, with no sentence end:
        # 'Dana Roe, Office of Communications, 555-201-0142, droe@example.edu'
        # (the '@' is looked for first: one quick pass over a line that has none)
        r"^(?=[^@]*@)(?=.*(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-.]\d{4}\b)"
        r"(?=.*[\w.+-]+@[\w-]+\.\w)(?!.*[.!?]$)",
    ),
    (
        NOTE,
        # a note to the desk or a placeholder, a whole line in brackets: '[ED: confirm ...]',
        # '[PHOTO 1: ...]'
        r"^\[[\w’' ]{1,24}:[^\]]*\]$|"
        # a note in brackets to a colleague: '[Hollis — Marguerite wants a shorter web hed too.]'
        r"(?-i:^\[[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s+[—–-]+\s+[^\]]{3,}\]$)|"
        # a word processor's comment, exported with its mark: '[Comment [MS1]: need the number]'
        r"^\[[\w’' ]{1,24}\[\w{1,8}\]:[^\]]*\]$|"
        # a draft's status line: 'DRAFT 3 — NOT FOR PUBLICATION — comments inline', 'Draft —
        # not yet scheduled.'
        r"^(?:draft\s*\d*\s*[—–:-]+\s*)?not for (?:publication|release)\b|"
        r"^draft\s*\d*\s*[—–:-]+\s*not (?:yet )?(?:scheduled|edited|final|approved|ready)\b|"
        # a wire's note to editors: 'Eds: UPDATES with sheriff's comments.'
        r"^eds?\s*:\s*(?-i:[A-Z]{2,})\b|"
        # a wire's note on what a new version adds: '(Adds analyst comment in sixth paragraph.)'
        r"^\((?:adds|updates|recasts|corrects|changes|rewrites|writes through|fixes|inserts)\b"
        r"(?=[^()]*\b(?:paragraphs?|paras?|grafs?|byline|headline|lede|details|comments?|quotes?|"
        r"background|throughout|photos?|dateline)\b)[^()]*\)$|"
        # a web archive's or a feed's place for a picture it did not keep: '[Image not archived]'
        r"^\[(?:image|photo|picture|video|media|graphic|embed(?:ded (?:content|media|video|"
        r"post))?)s? (?:not archived|unavailable|not available|removed|missing|not found|"
        r"could not be (?:loaded|archived|displayed))\]$",
    ),
    (
        SPONSOR,
        # a club's or a page's sponsor line: 'Club sponsor: Mulroy Motors, Claremorris'
        # (a name, not a sentence of news after a label: 'Kit sponsor: O'Neills have agreed a
        # new deal with the county board')
        r"^(?:club|main|official|proud|our|team|kit|jersey|headline|title) sponsors?\s*:\s*"
        r"(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|said|says|signed|agreed|"
        r"confirmed|announced|who|which)\b)\S|"
        # the heading over a page's funders: 'Our funders and partners', 'Sponsors:'
        # (not a voter guide's 'Supporters:' or a bill's 'Sponsors:')
        r"^(?:our (?:funders|sponsors|partners|supporters)|funders)(?: (?:and|&) (?:funders|"
        r"sponsors|partners|supporters))?\s*:?$|"
        # an offer: 'BOOK NOW AND SAVE 10% – use code AUTUMN10 at checkout'
        # (not a sentence about such schemes: 'Buy now, pay later firms ...')
        r"^(?:book|order|buy|shop) (?:now|today|online)(?: (?:now|today))?(?: and| &|\s*[–—-])\s*"
        r"(?:save|get|use)\b(?![^?]*\?)|"
        # a charity's appeal: 'GIVE NOW', 'Every $1 you give helps provide 5 meals ...'
        r"^(?:give|donate|volunteer) (?:now|today)[.!]?$|"
        r"^(?:check|see|shop|view|browse) our (?:amazon |online )?wish ?list\b[^!?]{0,80}[.!]?$|"
        r"^every \$\d+ (?:you (?:give|donate)|of your (?:gift|donation))\b[^.!?]{0,80}[.!]?$|"
        # a newsletter's sponsor: 'Sponsored by X — slogan. Learn more at x.org'
        r"^(?:sponsored|presented|brought to you|underwritten) by\b.*"
        r"\b(?:learn|find out) more at \S+\.[a-z]{2,}|"
        # a sponsor's heading, the advertiser's lines under it: 'Together with Foothills Union'
        r"^(?:together with|in partnership with|today's sponsor:?|a word from our sponsor:?)"
        r"(?: (?-i:[A-Z])[\w&'’.-]*(?: (?:(?-i:[A-Z])[\w&'’.-]*|of|and|&|the)){0,6})?$|"
        # public media's underwriting credit: 'Support for KXRT comes from listeners like you'
        r"^support for (?:(?-i:[A-Z]{3,5})\b|(?:this|our) (?:program|programming|coverage|"
        r"reporting|podcast|story|series|newsletter|station|journalism|site)\b)[^.!?]{0,80}"
        r"\b(?:comes|is provided|was provided) (?:from|by)\b|"
        r"^support for\b[^.!?]{0,60}\bcomes from (?:listeners|viewers|readers|members) like you\b|"
        # 'This episode is supported by ...', 'Thank you to our Platinum Investors'
        r"^this (?:episode|podcast|newsletter|program|show|segment|issue) (?:is|was) "
        r"(?:supported|sponsored|brought to you|underwritten|presented) by\b|"
        # and by its name, over the sponsors' logos: 'HARBOUR GAMES DAILY IS BROUGHT TO YOU BY'
        r"^(?:(?-i:[A-Z])[\w&'’-]*\s+){1,4}(?:daily|weekly|newsletter|bulletin|digest|briefing|"
        r"update|podcast) (?:is|was) (?:supported|sponsored|brought to you|underwritten|"
        r"presented) by\b[^.!?]{0,80}$|"
        r"^(?:thank you|thanks) to our (?:[\w-]+ ){0,2}(?:sponsors|investors|partners|"
        r"supporters|underwriters)\b",
    ),
    (
        SHOP,  # a web shop's buttons and labels: 'Add to cart', 'Shop the post', 'Sold out'
        # (and an auction's: 'Add to watchlist', 'Ask a question about this lot')
        r"^(?:ask a question about this (?:lot|item|product|listing)|"
        r"add to (?:cart|basket|bag|trolley|wishlist|wish list|watchlist|watch list)|"
        r"shop (?:the|this) (?:post|look|story|edit|range|collection)|quick (?:view|shop)|"
        r"sold out|out of stock|view product|select options|choose options)[.!]?$",
    ),
    (
        DISCLAIMER,
        # a blog's or a guide's note on the links it is paid for: 'This post may contain
        # affiliate links, which means we may earn a small commission ...' (not a story's
        # 'The site contains links to ...')
        r"^(?:disclosure\s*:\s*)?(?:this|the|our) (?:post|article|page|story|guide|site|review|"
        r"blog|website)s? (?:may )?contains? affiliate links\b[^?]{0,200}$|"
        r"^as an amazon associate\b[^?]{0,120}$|"
        # a saleroom's note on its lots: 'Condition reports are given as a guide only ...'
        r"^condition reports? (?:is|are) (?:given|provided|offered|supplied) (?:as a (?:guide|"
        r"courtesy)|for (?:guidance|information))\b[^!?]{0,150}$|"
        # the warning a lender's advertisement must carry in Ireland and the UK: 'Warning: If
        # you do not meet the repayments on your loan, your account will go into arrears.'
        # (the warning's own words, not a sentence that reports one: '..., the court heard')
        r"^warning\s*:\s*if you do not (?:meet|keep up) (?:the |your )?repayments\b[^.]{0,60}"
        r"(?:your account will go into arrears|you (?:may|could) lose your home)[.!]?$|"
        r"^this may affect your credit rating(?:,? which may limit your ability to (?:access|"
        r"obtain|get) credit(?: in the future)?)?[.!]?$|"
        # the message a betting page must carry: 'Gamble responsibly.', 'For free and
        # confidential support, call the national gambling helpline on 1800 858 858.'
        r"^(?:please )?gamble responsibly[.!]?$|"
        # (the page telling its reader to call, not a sentence that reports someone saying
        # so: 'Mr Smith said anyone worried should call the gambling helpline on ...')
        r"^(?:for [^.!?,]{0,50},\s*)?(?:please\s+)?(?:call|phone|ring|contact)\b[^.!?]{0,30}"
        r"\bgambling help ?line\b[^!?]{0,60}\d[\d ]{5,}(?: for\b[^.!?]{0,50})?\.?$|"
        # a record's stamp that it is not the final text: 'UNREVISED', 'Provisional transcript'
        r"^(?:unrevised|uncorrected|unedited|provisional)(?: (?:version|transcript|text|copy|"
        r"debates?|record|hansard))?$|"
        # a labelled note on what the page is: 'Disclaimer: The unrevised version of the
        # debates is published for information only and may contain errors.'
        # (not a writer's disclosure with it: 'Disclaimer: The writer is a partner at ...')
        rf"^{_UNREPORTED}{_NO_DISCLOSURE}disclaimer\s*:\s*[^!?]{{0,160}}\b(?:for (?:general )?"
        r"information"
        r"(?:al purposes)? only|may contain (?:errors|inaccuracies|mistakes)|(?:is|are) not "
        r"(?:the|an) official\b|accepts? no (?:liability|responsibility)|"
        # ('Disclaimer: ShareDeck does not provide investment advice.')
        r"(?:does|do) not (?:provide|give|offer|constitute) (?:[\w-]+ ){0,2}advice)|"
        # a listed company's notice under the market-abuse rules, and the service that
        # carried it: 'This announcement contains inside information for the purposes of
        # Article 7 of ...', 'This announcement was distributed by X, a Primary Information
        # Provider approved by ...' (not a story's 'The announcement was made by ...')
        r"^this (?:announcement|release|press release|notice|statement) (?:contains|"
        r"constitutes|is deemed to (?:contain|constitute)) inside information\b|"
        r"^this (?:announcement|release|press release|notice|statement) (?:was|is|has been) "
        r"(?:distributed|disseminated|transmitted|issued) (?:by|through|via)\b[^!?]{0,120}"
        r"\b(?:RIS|RNS|regulatory (?:information|news) service|(?:primary )?information "
        r"provider|newswire|wire service|distribution service)\b|"
        # the notice a document library writes into the file when run without a licence:
        # 'Evaluation Only. Created with ...', 'Created with an evaluation copy of ...' (the
        # words a label, set off by their stop or colon: not 'Evaluation only began in 2024')
        r"^evaluation (?:only|warning)\s*[.:!]|"
        r"^created (?:with|by) an? (?:evaluation|trial|unlicensed) (?:copy|version) of\b|"
        # a body's note on its own meeting summary: 'It is not the official record of the
        # meeting.', 'Approved minutes are posted on the Agendas & Minutes page ...'
        r"^(?:this|it) is not (?:an|the) official (?:record|minutes|transcript)\b|"
        r"^(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,5}) is a (?:brief )?summary of (?:the )?"
        r"(?:actions|decisions)\b|"
        r"^(?:approved |official )?minutes (?:are|will be) (?:posted|available|published)\b"
        r"(?![^.]*\bsaid\b)|"
        # a syndicate's note to its members: 'This story is available to Statehouse News Bureau
        # member newspapers at no charge.'
        r"^this (?:story|article|report|content) (?:is|was) (?:available|provided|distributed|"
        r"offered) (?:free )?to\b[^.]{0,100}\b(?:at no (?:charge|cost)|free of charge|"
        r"for (?:re)?publication|to republish)\b|^please keep the byline\b|"
        # a listing service's line under its figures, and the source line under a chart
        r"^(?:all )?information (?:is )?deemed reliable but (?:is )?not guaranteed\b|"
        # a firm's or a market bulletin's note on what it is not: 'Disclaimer: This commentary
        # is provided for information only and does not constitute investment advice.', 'This
        # briefing is for general guidance only ...', 'Specific advice should be sought on any
        # particular matter.'
        rf"^{_UNREPORTED}{_NO_DISCLOSURE}(?:disclaimer\s*:\s*)?this (?:[\w-]+ ){{1,2}}?"
        r"(?:is|are|has been) "
        r"(?:provided |intended |published |prepared )?(?:for|as) (?:general )?(?:guidance|"
        r"information|informational purposes|educational purposes)(?: purposes)? only\b|"
        rf"^{_UNREPORTED}{_NO_DISCLOSURE}(?:disclaimer\s*:\s*)?this (?:[\w-]+ ){{1,2}}?"
        r"does not constitute "
        r"(?:legal |investment |financial |tax |professional |medical )?advice\b|"
        r"^(?:specific|professional|independent|legal|appropriate) advice should be (?:sought|"
        r"obtained|taken)(?: (?:on|for|in|before) [^,;]{1,50})?\.?$|"
        # (a body's name: 'Source: Front Range Multiple Listing Exchange, February 2026.',
        # 'Source: Halvard Outdoor Brands, Inc.'; not a headline: 'Sources: Chief Will Resign')
        r"(?-i:^(?:[Dd]ata )?[Ss]ources?:\s*(?:[A-Z][\w&'’-]* (?:(?:[A-Z][\w&'’-]*|of|the|and|"
        r"for|&) )*)?(?:Exchange|Bureau|Department|Agency|Association|Service|Office|Survey|"
        r"Census|Institute|Board|Commission|Center|Centre|Authority|Ministry|Council|Brands|Group|"
        r"Bank|Fund|Foundation|Administration|Statistics|Data)"
        r"(?:, (?:Inc|LLC|Ltd|Corp)\.?)?(?:, [A-Z][a-z]+ \d{4})?\.?$|"
        r"^(?:[Dd]ata )?[Ss]ources?:\s*[A-Z][\w&'’ -]{1,60}, (?:Inc|LLC|Ltd|Corp)\.?$)|"
        # an embedded post behind a consent box, and the links a screen reader skips it by:
        # 'Allow Facebook content?', 'This article contains content provided by Facebook.',
        # 'Skip facebook post by ...', 'End of facebook post by ...'
        rf"^allow (?:{_PLATFORM}|[\w.]+) content\?$|"
        r"^this (?:article|page|story|post) contains content provided by\b|"
        r"^we ask for your permission before anything is loaded\b|"
        r"^you may want to read\b[^.]{0,80}\b(?:cookie|privacy) polic|"
        r"^to view this content,? (?:choose|click|select|tap)\b|"
        # a results site's note on a recap a coach sent in: 'This recap was submitted by a
        # team's coach and has not been reviewed by ScoreHub staff.'
        r"^this (?:recap|story|article|report|post|result)s? (?:was|were|is|are) (?:submitted|"
        r"written|provided|sent) by\b[^.]{0,80}\b(?:has|have) not been (?:reviewed|edited|"
        r"verified|checked) by (?:the |our )?(?:[\w'’&.-]+ ){0,3}(?:staff|editors|newsroom)\b|"
        # a creator platform's line under a story its creator posted: 'Content created and
        # supplied by: handle (via Platform Creator)'
        r"^content (?:created|written|posted)?(?: and )?supplied by\s*:|"
        r"^(?:disclaimer\s*:\s*)?(?:the )?[\w'’&. -]{1,40} is not responsible for the content of "
        r"external "
        r"(?:sites|websites|internet sites)\b|"
        r"^(?:skip|end of) (?:[\w.]+ ){1,2}(?:post|content|video|embed)(?: \d+)? by\b[^.!?]*$|"
        # 'The information on this site is not intended to be a substitute for ...'
        r"^(?:the )?(?:information|content|material)s? (?:on|in|of) this (?:site|website|page|"
        r"article)\b[^.]{0,40}\b(?:not intended|for (?:general )?informational purposes|"
        r"not a substitute)|"
        # a police press page's: 'All persons arrested are presumed innocent until ...'
        r"^(?:all )?(?:persons|people|suspects|defendants|individuals|those) (?:arrested|"
        r"charged|named)\b[^.]{0,60}\bpresumed innocent\b|"
        r"^(?:criminal )?charges are (?:merely )?(?:accusations|allegations)\b|"
        # a reprint notice: '(All rights reserved.) This material may not be published,
        # broadcast, rewritten or redistributed ...'
        r"^(?:(?:copyright|©)[^.]{0,60}\.\s*)?(?:all rights reserved\.\s*)?this (?:material|"
        r"article|content)\b[^.]{0,80}\bmay not be (?:re)?(?:produced|published|broadcast),?\s+"
        r"(?:or\s+)?(?:re)?(?:produced|published|broadcast|rewritten|redistributed)\b",
    ),
    (
        END_MARK,
        # a statement's end mark: 'ENDS', '-ENDS-' (in capitals: 'Ends' is a word a story may
        # start a line with; and no contact read under it, as under '###': a desk's own note
        # may follow it)
        r"(?-i:^-?\s?ENDS\s?-?$)",  # (not a writer's 'END' under copy sent by chat)
    ),
    (
        ISSUER,
        # who issued a statement, as its label says: 'Issued by: Provincial Legislature
        # Communication Services on behalf of the Chairperson ...'
        r"^issued by\s*:\s*\S[^!?]*$",
    ),
    (
        "desk byline",
        # a byline that names no one: 'Our Staff Reporter', 'By Our Correspondent'
        r"^(?:by )?(?:our|a) (?:own |staff |special )?(?:reporter|correspondent|"
        r"representative)s?$|^(?:by )?staff (?:reporter|correspondent)$",
    ),
    (
        "messaging sign-up",
        # 'Join the Ashworth Evening Post WhatsApp community for the latest news ...'
        r"^(?:join|follow) (?:the |our |us on (?:the |our )?)?[^.!?]{0,60}"
        r"\b(?:whatsapp|telegram|signal|facebook|discord) "
        r"(?:community|channel|group)\b[^.!?]{0,80}[.!]?$",
    ),
    (
        "sign-up link",
        # a post's call to sign up at its short link, and perhaps a number to call instead:
        # 'Sign up for doorstep collection: go.gov.sg/bk-doorstep (or call our hotline ...)'
        r"^(?:sign up|register|apply|enrol|enroll)\b[^.!?:]{0,60}:\s*(?:https?://)?"
        r"[\w-]+(?:\.[\w-]+)+/[\w./?=&%-]*(?:\s*\([^()]{0,80}\))?[.!]?$",
    ),
    (
        APP,
        # 'Download the Northland 7 News app to get push alerts on ...'
        r"^download (?:our|the) (?:free )?(?:[\w'’&-]+ ){0,4}app\b",
    ),
    (
        "site slogan",
        # 'The Millrace Gazette — Your Hometown, Every Day Since 1902'
        r"^(?-i:[A-Z])[^.!?]{2,60}\s[—–|]\s[^.!?]*\b(?:since|est\.?|established|founded(?: in)?)"
        r" \d{4}$|"
        # "Jamaica's Family Newspaper Since 1902", in title case
        r"^(?-i:(?:[A-Z][\w'’-]*\s){1,6}(?:Newspaper|News Source)s? "
        r"(?:Since|Est\.?|Established|Founded(?: [Ii]n)?) \d{4})$",
    ),
    (
        "weather widget",
        # 'Montego Bay 31°C  Partly Cloudy     Kingston 30°C  Sunny'
        r"^(?-i:(?:[A-Z][\w .'’-]{1,30}\s+-?\d{1,3}\s?°\s?[CF]\b(?:\s+[A-Z][\w ]{0,20})?"
        r"\s*[|·•]?\s*){1,4})$",
    ),
    (
        ABOUT,
        # a site's tagline under its name: 'A blog about the trails, towns and public lands of
        # the Upper Kettle Valley' (a line, not a sentence: no stop at its end)
        r"^(?:an?|the) (?:[\w'’-]+ ){0,3}(?:blog|newsletter|podcast|website|site|magazine|journal|"
        r"zine|news site) (?:about|on|for|covering|from|of)\b[^.!?\"“”]{0,100}$|"
        # 'X is an independent, nonprofit newsroom ...', 'X is published by ...'
        r"^(?:the )?(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,5} is (?:an?|the) (?:[\w,-]+ ){0,4}?"
        r"(?:independent|nonprofit|non-profit|reader-supported|reader-funded|"
        r"member-supported)\b|"
        r"^(?:the )?(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,5} is (?:published|produced) by\b|"
        # a student newsroom's, pointing to its site: 'The Lab is the student newsroom of
        # Mesa College. Read more of our reporting at thelab.org.'
        r"^(?:the )?(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,5} is (?:an?|the) (?:[\w,-]+ ){0,3}?"
        r"student(?:-run)? (?:newsroom|news site|newspaper|publication|news service|media)\b"
        r"[^.!?]{0,120}\.\s+(?:read|find|see|visit|follow|support)\b[^!?]{0,120}"
        r"\b[\w-]+\.(?:org|com|net|edu|news)\b|"
        # a release's pointer to its site: 'Visit ngwc.nebraska.gov to buy permits ...'
        r"^(?:visit|learn more at|find us (?:online )?at) [\w-]+(?:\.[\w-]+)*\."
        r"(?:gov|org|com|net|edu|us|info|io|co|ca|uk)(?:/\S*)?"
        r"(?: (?:to|for)\b[^.!?]{0,120})?[.!]?$|"
        # and with no colon: 'About Harlan Valley College Founded in 1901, Harlan Valley is a'
        r"^(?-i:About [A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|the|and|for|at)){0,7} [A-Z])"
        r"[^!?]*\b(?:founded|established|is (?:an?|the))\b",
    ),
    (
        VIDEO,
        # a video page's line over its description: the views, when it went up and the tags
        # the platform sets beside them ('1,942 views  Streamed live on 13 Mar 2025  #Budget',
        # '2,906 views  11 Apr 2025  SUVA', '12K views 3 days ago')
        r"^\d[\d,.]*[km]? views\s+(?:\d+ (?:second|minute|hour|day|week|month|year)s? ago|"
        r"(?:streamed live|premiered)(?: on)? [\w ,.]{4,30}?|"
        r"[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})"
        r"(?:\s+(?:#[\w-]+|(?-i:[A-Z][A-Z'’ -]{1,30})))*$|"
        # its transcript panel's buttons, and the language of its automatic captions
        r"^(?:show|hide|open|close) transcript$|^follow along using the transcript\.?$|"
        rf"^{_LANGUAGE}(?: \([\w ]+\))? \(auto-?generated\)$",
    ),
)
CHROME_ANYWHERE: Final = (
    ("share buttons", "(opens in new window)"),
    ("share buttons", "(opens in a new window)"),
    ("copyright footer", "©"),
    ("copyright footer", "all rights reserved"),
    ("copyright footer", "tous droits réservés"),
    ("copyright footer", "todos los derechos reservados"),
    ("copyright footer", "alle rechte vorbehalten"),
    ("site notice", "we use cookies"),
)
# A line of more than SHORT_LINE words is read only for the kinds that run longer than a
# button or a link (a sign-up pitch, a site's blurb), and one of more than LONG_LINE words
# is running text.
SHORT_LINE: Final = 14
LONG_LINE: Final = 30
LONG_KINDS: Final = (
    *("newsletter sign-up", "messaging sign-up", ABOUT, NOTE, SPONSOR, RELATED, READ_MORE),
    *(APP, DISCLAIMER, SALE, POST_LINKS, ISSUER, HELP_LINE, FOOTER),
)
_CHROME: Final = tuple((re.compile(pattern, re.I), what) for what, pattern in CHROME_LINES)
_CHROME_LONG: Final = tuple((p, what) for p, what in _CHROME if what in LONG_KINDS)

# The heading of an 'about' blurb: 'About us', 'About Northfield State University', 'About
# Daeyang Ocean Co., Ltd.' (a company's name with its comma), and a release's 'Notes to
# Editors' over its blurb on the company.
ABOUT_HEADING: Final = re.compile(
    r"^(?i:notes? to editors?)\s*:?$|"
    r"^About(?: [Uu]s| the (?:author|authors|writer|photographer)|"
    r" (?:[A-Z][\w.'’&-]*|of|the|and|for|at)(?:,? (?:[A-Z][\w.'’&-]*|of|the|and|"
    r"for|at)){0,7})$"
)
# An 'about' blurb that opens with its heading: 'About Sable Bluffs National Lakeshore:
# Established by Congress in 1970, ...', 'About the Commission: The Nebraska Game and Wildlife
# Commission manages ...'. What follows the heading says what the body is, or names it again
# (not a voter guide's 'About Dana Kim: Kim, 54, is a retired teacher', nor 'About Measure B:
# The measure would raise ...').
_ABOUT_BLURB: Final = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w.'’& -]{0,50}):\s+(?P<text>\S)")
_BLURB_OPENERS: Final = re.compile(
    r"(?:Established|Founded|Created|Formed|Chartered|Incorporated|Headquartered|Based)\b|"
    r"(?:The|Our) mission\b|Since \d{4}\b|For (?:more than|over|nearly|almost) [\w-]+ "
    r"(?:years|decades)\b|(?:We|Our) |"
    # 'an independent newsletter about the harbor since 2015', 'a nonprofit newsroom'
    r"(?:an?|the) (?:[\w,-]+ ){0,3}(?:independent|nonprofit|non-profit|reader-supported|"
    r"reader-funded|member-supported|newsletter|news site|newsroom|magazine|publication|"
    r"podcast|organization|organisation|agency|company|cooperative|association)\b"
)
_AGE: Final = re.compile(r"[^,.]{1,40}, \d{1,3},")  # 'Kim, 54,'
_OWN_PAGES: Final = frozenset(("author", "authors", "writer", "photographer", "us"))


def about_blurb(line: str) -> bool:
    """Whether a line is an 'about' blurb under its heading, on one line."""
    m = _ABOUT_BLURB.match(line)
    if m is None:
        return False
    name, text = m.group("name").strip(), line[m.start("text") :]
    if name.lower() in _OWN_PAGES or _BLURB_OPENERS.match(text):
        return True
    last = name.split()[-1]
    return _AGE.match(text) is None and last in (w.strip(",.:;") for w in text.split()[:10])


# The heading of a press release's legal notice: 'Forward-Looking Statements', 'Cautionary
# Note Regarding Forward-Looking Statements', 'Safe Harbor Statement' ('Safe Harbour' in British
# spelling).
LEGAL_HEADING: Final = re.compile(
    r"^(?:cautionary (?:note|statement|language) (?:regarding|about|concerning|on) )?"
    r"forward-looking statements?$|^safe harbou?r statement$",
    re.I,
)
_LEGAL_HEADING: Final = "legal notice heading"
# An embedded post: its opening ('View this post on Instagram'), the line under its text
# ('— Name (@handle) March 10, 2026', 'A post shared by Name (@handle)'), and a link that
# only a post's text holds.
SOCIAL_OPENING: Final = re.compile(
    rf"^view this (?:post|photo|video|profile) on (?:{_PLATFORM})$", re.I
)
SOCIAL_SIGNATURE: Final = re.compile(
    r"^[—–-]+\s*[^()]{1,80}\(@\w{1,30}\)(?:\s*(?:on\s+)?\w{3,9}\.? \d{1,2},? \d{4})?$|"
    r"^a (?:post|photo|video) shared by\b.*\(@\w{1,30}\)|"
    # a network's post that shows no handle, only the writer's headline and the post's age:
    # '— Ana Ruiz, Head of Operations at Harbour Foods · 2d', '— Li Wei · 3w · Edited'
    rf"^[—–-]+\s*[^()·•]{{1,100}}\s[·•]\s*{_AGO}(?:\s*[·•]\s*edited)?$",
    re.I,
)
# the line over an embedded post's text, as some sites set it: 'Ana Ruiz (@anaruiz) · Nov 27'
SOCIAL_HEADER: Final = re.compile(
    r"^[^()]{1,80}\(@\w{1,30}\)\s*[·•∙]\s*(?:\w{3,9}\.? \d{1,2}(?:,? \d{4})?|\d{1,2}[smhd])$"
)
# a post's signature ending the line its text is on: '... by flashlight. — Rep. Carla
# Jennings (@RepCarlaJ) November 20, 2026'
SIGNATURE_AT_END: Final = re.compile(
    r"\s[—–]\s*[^()—–]{1,80}\(@\w{1,30}\)(?:\s*(?:on\s+)?\w{3,9}\.? \d{1,2},? \d{4})?$"
)
POST_WORDS: Final = 60  # the longest post text read above a signature
SOCIAL_LINK: Final = re.compile(r"\b(?:pic\.(?:twitter|x)\.com|t\.co)/\w", re.I)

# Words that open a pasted caption or credit line: 'Photo: ...', 'Photos by ...', 'Credit: ...'.
CAPTION_OPENERS: Final = (
    "photo",
    "photograph",
    "image",
    "picture",
    "credit",
    "photo credit",
    "image credit",
    "main image",
    "ap photo",
    "top image",
    "caption",
    "courtesy",
    "rendering",
    "graphic",
    "illustration",
    "map",
    "chart",
    "media caption",
)
_SUPPLIER: Final = "|".join(sorted((re.escape(s) for s in IMAGE_SUPPLIERS), key=len, reverse=True))
PASTED_CAPTION: Final = re.compile(
    # "... (Photo: Facebook)", "(AP Photo/Jane Roe)", "(Getty Images)" at the end of a line
    r"\([^()]*\b(?:photo|photograph|image|images|picture|credit|video|pictured|courtesy)\b"
    r"[^()]*\)\s*$|"
    # "... in 2019. (Jane Roe/The Daily)", "... on Tuesday. (Reuters)"
    r"[.!?]['\"’”]?\s+\((?:(?-i:[A-Z])[\w.'’-]*(?: [\w.'’-]+){0,3}\s*/\s*[^()/]{2,60}|"
    rf"{_SUPPLIER})\)\s*$|"
    # an agency's letters, perhaps after a usage note: '... on Dec. 2. (PHOTO NOT FOR SALE) (HNA)'
    r"[.!?]['\"’”]?\s+(?:\([^()]{2,40}\)\s+)?"
    rf"\((?!(?-i:(?:{FILE_KINDS})\)))(?-i:[A-Z]{{2,6}})\)\s*$|"
    # a credit after a copyright sign or a bar: '... in September. © Dirk Halvorsen/Courier',
    # '... in October. | Naoko Ishiguro'
    # (a bar only after a sentence of the caption, and the line's only bar: not a menu's
    # 'Residents | How Do I... | Agenda Center')
    r"(?<!\.)[.!?]['\"’”]?\s+©\s*(?-i:[A-Z])[^.!?|©]{1,80}$|"
    r"^[^|]{20,}?(?<!\.)[.!?]['\"’”]?\s+\|\s*(?-i:[A-Z])[^.!?|©]{1,80}$|"
    # "... on July 15. Photo via Facebook"
    r"[.!?]['\"’”]?\s+(?:photo|image|picture|video)s?\s+(?:via|by|courtesy of|credit:?)\s"
    r"[^.!?]{2,60}$|"
    # "Photo: ...", "Photo by ...", "Main image credit: ...", "Photo via ..." at the start
    rf"^(?:(?:additional|more) )?(?:{'|'.join(CAPTION_OPENERS)})s?(?: credits?)?"
    r"\s*(?::|/|by\b|via\b|courtesy of\b)|"
    # a numbered chart's or table's title, no sentence: 'Figure 1: Subsidy rates by region'
    # (a photo's numbered caption is a sentence, which the filing reads as its caption:
    # 'Figure 2. An observer measures the snow on Sunday.')
    # (an abbreviation's point is no sentence's end: 'Figure 3: U.S. rents by state', 'Chart
    # 1: Median rent in St. Louis', 'GDP growth vs. inflation')
    r"^(?:figure|fig\.|chart|graph|table|map|exhibit) \d{1,2}[a-z]?\s*[:.–—-]\s*"
    r"(?:[^.!?]|(?-i:\.(?=\S|\s[a-z\d]))|(?<=\b(?:st|mt|ft|dr|no|vs))\.)*[^.!?\s]$|"
    # a social post's credit by its camera: '📸 Rodel Abrenica, MDRRMO Rescue Team', '📸 by
    # Rodel Abrenica', '📷: @jmsantos_photo'
    "^[\U0001f4f7\U0001f4f8]\ufe0f?\\s*[:|]?\\s*(?:by\\s+)?(?:(?-i:[A-Z])|@\\w)|"
    # or by a video camera, a name after it (not '🎥 Video of the crash is below.'):
    # '🎥 Rodel Abrenica', '📹 Ana Ruiz, PIO'
    "^[\U0001f3a5\U0001f4f9]\ufe0f?\\s*[:|]?\\s*(?:by\\s+)?"
    "(?:@\\w|(?-i:[A-Z][\\w.'’-]+ [A-Z])[^.!?]*$)|"
    # the labels a screen reader hears, copied with the page: 'Image source, Name'
    r"^(?:image|media|video|picture) (?:source|caption|credit), \S|"
    # a picture's place kept in pasted text, its caption after it: '[Image] The panel celebrate'
    # (not a paragraph of the story a picture was floated into: '[Image] Mayor Dana
    # Whitfield said the seawall would be finished by May.')
    r"^\[(?:image|photo|picture|photograph|img)\]\s*"
    r"(?![^\n]*(?:\b(?:said|says|told|according to)\b|[\"“”]))\S",
    re.I,
)
_OPENER_CHARS: Final = max(len(word) for word in CAPTION_OPENERS)
# the words a numbered chart's or table's title opens with ('Figure 1:'), which alone, as
# in 'Figures by the council show', open no caption
_NUMBERED_TITLES: Final = ("figure", "fig.", "table", "graph", "exhibit")
_CAMERAS: Final = ("\U0001f4f7", "\U0001f4f8", "\U0001f3a5", "\U0001f4f9")  # '📷', '📸', '🎥', '📹'
_TRAILING_CREDIT: Final = ("photo", "image", "picture", "video", "©", " | ")


# a credit on a line of its own: 'Maya Cortland/Tailwater', '(Lakeshore Press)'
CREDIT_ALONE: Final = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\s?/\s?[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,3}|"
    # an agency's letters and who took it: 'NPS / Dana Whitlock'
    r"[A-Z]{2,6}\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}|"
    # (not an agency's end mark: '(END)', '(MORE)', nor a transcript's note of what the
    # record heard: '(Interruptions)', '(Laughter)')
    r"\((?!(?:END|ENDS|MORE|END OF STORY)\))(?!(?:Interruptions?|Laughter|Applause|Cheers|"
    r"Crosstalk|Inaudible|Silence|Pause|Booing|Jeers|Heckling|Uproar|Shouting|Shouts|Music|"
    r"Translated|Translation|Laughs|Sighs|Murmurs|Gasps|Off Mic|Unintelligible)\))"
    r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}\)|"
    # the credit a paper prints for a picture it did not take: 'Courtesy photo', 'File photo'
    r"(?:Courtesy|Submitted|Contributed|File|Staff|Handout) (?:photo|image|photograph)\.?|"
    # an agency's picture and who took it: 'NGWC photo/Tom Reyes'
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:photo|photograph|image|illustration|graphic)"
    r"\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$"
)


# a story's own credit for its pictures, a sentence at its foot as a contributor line is:
# 'Photographs by Ana Lauano.', 'Photos by Tim Roe and Ana Ruiz.' (not one picture's credit
# under its caption, 'Photo by Jane Roe', nor an agency's or a handle's, 'Photos by Getty
# Images.', 'Photos by @lakeshots on Instagram')
_STORY_PICTURES_CREDIT: Final = re.compile(
    r"^(?i:photographs|photos|pictures) by (?P<names>[A-Z][\w'’ ,-]{3,80})\.$"
)
_NAMES_APART: Final = re.compile(r",? and |, ")
_NAME_PART: Final = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$")
_NOT_PEOPLE: Final = word_set("images photography photos pictures media studio studios news")


def _story_pictures_credit(line: str) -> bool:
    """Whether a line is a story's credit for its pictures, each name a person's."""
    m = _STORY_PICTURES_CREDIT.match(line)
    if m is None:
        return False
    return all(
        _NAME_PART.match(name)
        and not _NOT_PEOPLE & word_set(name.lower())
        and name.lower() not in IMAGE_SUPPLIERS
        and name.split()[0].lower() not in IMAGE_SUPPLIERS
        for name in _NAMES_APART.split(m["names"])
    )


def pasted_caption(line: str) -> bool:
    """Whether a line is an image caption or credit pasted into the body. The pattern can
    match only a line that ends in a parenthesis, opens with a caption word, or names a
    photo or holds a copyright sign or a bar near its end, which is tested first."""
    if len(line) <= 80 and CREDIT_ALONE.match(line.strip()):
        return True
    if line[:1] in "Pp" and _story_pictures_credit(line.strip()):
        return False
    tail = line[-80:].lower()
    could = (
        line.rstrip().endswith(")")
        or line[:_OPENER_CHARS].lower().startswith((*CAPTION_OPENERS, *_NUMBERED_TITLES))
        or line[:1] in _CAMERAS
        or any(word in tail for word in _TRAILING_CREDIT)
    )
    return could and bool(PASTED_CAPTION.search(line))


# the icons a page sets before a link or a button: '📄', '▶', '🔗'
_PICTOGRAPHS: Final = re.compile(f"^[\u25b6\u25ba{PICTOGRAPHS}\ufe0f]+\\s*")


# a comment form's field, marked as one the reader must fill: 'Name *', 'Email *'
_FORM_FIELD: Final = re.compile(r"^(?:your )?(?:name|e-?mail|website|comment)\s*\*$", re.I)


# a post's hashtags, alone on their line: '#SalakotPH #BantayBagyo'
_HASHTAGS: Final = re.compile(r"^(?:#(?=[\w-]*[^\W\d_])[\w-]+\s*){2,}$")


# A filed page's lines are read here twice, as the draft is placed and as the story is
# checked: each line's kind is kept (a line's kind depends on its text alone).
@functools.lru_cache(maxsize=1 << 16)
def chrome_line(text: str) -> str | None:
    """What kind of web-page debris a line is, read on its own, or None."""
    bare = text.strip()
    if bare[-1:] == "*" and _FORM_FIELD.match(bare):
        return COMMENT_WIDGET
    if bare[:1] == "#" and _HASHTAGS.match(bare):
        return SOCIAL
    bare = bare if bare == "###" else bare.lstrip("*_#>").rstrip("*_#").strip()
    found = _kind(bare)
    left, slash, right = bare.partition(" / ")
    if found is None and slash and len(left.split()) <= 3 and not _DIGIT.search(left):
        found = _kind(right)  # a bilingual site's button, its own language first: 'Aqsam / Share'
    if found is None and " | " in bare and len(bare) <= 80:
        found = _widgets(bare.split(" | "))  # 'Expand all | Collapse all'
    icon = _PICTOGRAPHS.match(bare)
    if found is None and icon and icon.end() < len(bare):
        return _kind(bare[icon.end() :])  # a button's icon: '📄 Download the bulletin (PDF)'
    return found


_DIGIT: Final = re.compile(r"\d")


def _widgets(pieces: list[str]) -> str | None:
    """What the last of a row of widgets parted by bars is, when each is debris read on its
    own, or None."""
    kinds = [_kind(piece.strip()) for piece in pieces]
    return kinds[-1] if None not in kinds else None


# a caption's credit after the copyright sign, the caption's sentence before it and no year
# or notice after it: '... at Alphonse atoll in January. © Alphonse Reef Foundation'
_CREDITED_CAPTION: Final = re.compile(
    r"[\w)][.!?)]+\s+(?:photo\s+)?©\s*(?-i:[A-Z])[^©\d|]{1,60}$", re.I
)


def _kind(bare: str) -> str | None:
    n = len(bare.split(None, LONG_LINE))
    if not bare or len(bare) > 200 or n > LONG_LINE:
        return None  # running text, longer than any button, link, notice or blurb
    lower = bare.lower()
    for what, text in CHROME_ANYWHERE:
        if text in lower and not (text == "©" and _CREDITED_CAPTION.search(bare)):
            return what
    for pattern, what in _CHROME if n <= SHORT_LINE else _CHROME_LONG:
        if pattern.match(bare):
            return what
    return ABOUT if bare[:6] == "About " and about_blurb(bare) else None


# A line of widgets pasted run together ('Facebook  Pinterest  Email 12 Comments You may also
# like') is read piece by piece when it is this short and does not end a sentence.
RUN_TOGETHER_WORDS: Final = 16
_WORD: Final = re.compile(r"\S+")


def widget_starts(text: str) -> list[int]:
    """Where each widget of a line of page widgets pasted run together begins (offsets in
    `text`), when the line cuts into two or more pieces that are each debris read on their
    own (the shortest piece first), or [] when it does not."""
    bare = text.rstrip()
    if not bare or bare[-1] in ".!?\"”’'":
        return []
    spans = [(m.start(), m.end()) for m in _WORD.finditer(bare)]
    n = len(spans)
    if n < 2 or n > RUN_TOGETHER_WORDS:
        return []
    after: list[int | None] = [None] * (n + 1)  # where the piece after the one at i begins
    after[n] = n
    for i in range(n - 1, -1, -1):
        after[i] = next(
            (
                j
                for j in range(i + 1, n + 1)
                if after[j] is not None and chrome_line(bare[spans[i][0] : spans[j - 1][1]])
            ),
            None,
        )
    starts, i = [], 0
    while i < n and after[i] is not None:
        starts.append(spans[i][0])
        i = after[i] or n
    return starts if i == n and len(starts) > 1 else []


# where a line's sentences part: after an end, before a capital or a quotation mark
_SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _all_chrome_sentences(line: str) -> str | None:
    """What a line of several sentences is when each is debris read on its own ('Love
    stories like this? Subscribe to Ozark Highlands ... Subscribe now »'): the last one's
    kind; None when any sentence is the story's."""
    parts = _SENTENCE_BREAK.split(line)
    kind = None
    for part in parts if len(parts) > 1 else ():
        kind = chrome_line(part)
        if kind is None:
            return None  # (most often at the first: a sentence of the story)
    return kind


# the date a list of notices or posts sets before each title: '30 September 2025 – '
_TEASER_DATE: Final = re.compile(
    r"^(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*[–—|-]\s+"
)


def _teaser(text: str) -> bool:
    bare = _TEASER_DATE.sub("", text.strip())
    return 0 < len(bare.split()) <= 16 and not bare.endswith((".", '."', ".”"))


def _teaser_or_contact(text: str) -> bool:
    return _teaser(text) or ("@" in text and len(text.split()) <= 8)


def _contact(text: str, same_block: bool) -> bool:
    """A line of a press contact under the line before: in its block, or a paragraph of its
    own as short as a name, a post or an address, but not the heading of what comes next,
    nor a contributor line, which may stand under a release's end mark as its contact does
    ('Additional input: Thandi Mokoena, committee researcher')."""
    if not _teaser_or_contact(text) or contributor_names(text):
        return False
    return same_block or (
        len(text.split(None, 8)) <= 8
        and ABOUT_HEADING.match(text) is None
        and LEGAL_HEADING.match(text) is None
    )


def _caption(text: str, captions: dict[str, list[tuple[str, str]]]) -> bool:
    """A pasted image caption or credit, or a line that repeats one of the story's image
    `captions`, given with their first two words and filed by their first (perhaps with a
    credit after it)."""
    words = text.split(None, 40)
    if not words or len(words) > 40:
        return False
    return pasted_caption(text) or any(
        text.startswith(first)
        and len(c) * 4 <= len(text) * 5 <= (len(c) + 80) * 5
        and similar(text, c, 0.9)
        for first, c in captions.get(words[0], ())
    )


# a count alone under a post, with no word to say what it counts: '2.4K', '186'
# (or the pictures a post holds beyond those shown: '+4')
_BARE_COUNT: Final = re.compile(r"^\+?\d{1,3}(?:[.,]\d{1,3})?[KkMm]?$")


def _counter(bare: str) -> bool:
    """A count no story sets alone on a line: '2.4K' (likes), '3' (a gallery's picture), where
    '186' may be a figure in a box of numbers."""
    return bare[-1].isalpha() or len(bare) <= 2


# a credit on the line under a caption: short, no sentence, a picture's word or a bar
# (not a sentence: 'Crews worked 24/7 to contain it.', 'Credit unions were hit hardest.'; nor
# a gallery's bar: 'Photo Details | Download: High-Res')
_CREDIT_UNDER: Final = re.compile(
    r"^(?=.{2,60}$)(?!.*[.!?]$)(?![^|]*\|)[^.!?]*(?:\b(?:photos?|photograph|images|courtesy|illustration|"
    r"graphic|shutterstock|alamy)\b|\bcredit\s*:|istock|(?-i:[A-Z])[\w.'’&-]*\s?/\s?"
    r"(?-i:[A-Za-z]))[^.!?]*$",
    re.I,
)


# a credit under a caption that names only its maker: the outlet in brackets, '(Isla 8 News)',
# or the photographer and the paper parted by a bar, 'Jolene M. Cing | Garapan Gazette'
_CREDIT_BESIDE: Final = re.compile(
    r"(?-i:^\([A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}\)$|"
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} \| [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}$)"
)


# the source of a chart or a table, on the line under its title (or with its credit):
# 'Source: HBPC analysis of state data. Chart: Heartland Budget & Policy Center'
# (not a line that says who told the paper what: 'Source: a council officer said the road
# had been shut since May')
_SOURCE_UNDER: Final = re.compile(
    r"^(?:data )?sources?\s*:\s*(?![^\n]*\b(?:said|says|told|tells)\b)\S[^\n]{0,200}$", re.I
)


def debris(lines: Sequence[tuple[int, str]], captions: Sequence[str] = ()) -> list[str | None]:
    """For each line of a body, given as (paragraph number, text) in order, what kind of
    debris it is (CAPTION for a pasted image caption or credit), or None for reporting."""
    found: list[str | None] = [None] * len(lines)
    _social_posts(lines, found)
    # (first two words, caption) of each caption long enough to be recognized, by its first
    # word: a line is held against the captions that open as it does, not against all
    known: dict[str, list[tuple[str, str]]] = {}
    for c in dict.fromkeys(c.strip() for c in captions):  # each caption once
        if len(c.split(None, 4)) >= 4:
            first, second = c.split(None, 2)[:2]
            known.setdefault(first, []).append((f"{first} {second}", c))
    last: str | None = None  # what the line before was
    in_about = False  # whether the lines since an 'About us' heading are its blurb
    about = ""  # that heading
    for i, (para, text) in enumerate(lines):
        bare = text.strip()
        if found[i] is not None or not bare:
            last = found[i] if bare else last
            continue
        if len(bare) > 200 and len(bare.split(None, 100)) <= 100 and about_blurb(bare):
            found[i] = last = ABOUT  # 'About Sable Bluffs National Lakeshore: Established ...'
            continue
        if len(bare) > 400 and last == _LEGAL_HEADING and len(bare.split(None, 80)) <= 80:
            found[i] = last = LEGAL  # the notice under its heading, long as prose is
            continue
        if len(bare) > 400:  # running prose, far longer than any button, teaser or blurb
            last = None
            continue
        same_block = i > 0 and lines[i - 1][0] == para
        last_was_heading = last == _ABOUT_HEADING
        details = None  # whether the line is a release's details under its heading
        what = chrome_line(bare)
        if what is None and (starts := widget_starts(bare)):
            what = chrome_line(bare[starts[-1] :])  # what the last widget is: 'You may also like'
        if what is None:
            what = _all_chrome_sentences(bare)
        if what is None and _PROMOTION_LINE.match(bare):
            what = "site notice"  # 'Want to make a difference? Become a patrolling member.'
        if what is None and _BARE_COUNT.match(bare) and (_counter(bare) or last is not None):
            what = COMMENT_WIDGET  # a count alone under a post's debris: claps, likes ('2.4K')
        if last == RELATED and what in (None, READ_MORE) and _teaser(bare):
            what = RELATED  # a teaser under a 'Related' heading
        elif (
            what is None
            and (last == _ABOUT_HEADING or (last == ABOUT and same_block and in_about))
            and len(bare.split(None, 60)) <= 60
        ):
            what = ABOUT  # the blurb under the heading, line by line in its block
        elif what is None and _caption(bare, known):
            what = CAPTION
        elif (
            what is None
            and last in (AD, SPONSOR)
            and same_block
            and len(bare.split(None, 40)) <= 40
        ):
            what = AD  # the advertiser's lines under 'Advertisement'
        elif what is None and last == _LEGAL_HEADING and len(bare.split(None, 80)) <= 80:
            what = LEGAL  # the notice under the heading
        elif (
            what is None
            and last == CAPTION
            and same_block
            and (_CREDIT_UNDER.match(bare) or _CREDIT_BESIDE.match(bare))
        ):
            what = CAPTION  # the credit under a caption: 'County photo', 'Getty Images/iStock'
        elif what is None and last == CAPTION and same_block and _SOURCE_UNDER.match(bare):
            what = CAPTION  # a chart's source under its title: 'Source: ... data.'
        elif what is None and last == CONTACT and _contact(bare, same_block):
            what = CONTACT  # the name, address and number under 'Media contact:'
        elif what is None and last == _RELEASE_HEADING and same_block and _contact(bare, True):
            what = details = CONTACT  # (the release's details in its block: 'No. 47 / 24 July
            # 2025')
        elif what is None and last == _RELEASE_HEADING and _contact(bare, False):
            what = CONTACT if bare[:7].lower() == "contact" else None  # ('Contact: Name, post'
            # under them, over the headline)
        if what == CONTACT and bare[:7].lower() == "contact" and _in_box(lines, i):
            what = None  # a story's 'If you go' box: 'Contact: Harbor Point Food Bank, 360-...'
        heading = what is None and ABOUT_HEADING.match(bare) is not None
        legal = what is None and LEGAL_HEADING.match(bare) is not None
        found[i] = ABOUT if heading else LEGAL if legal else what
        last = _ABOUT_HEADING if heading else _LEGAL_HEADING if legal else what
        if what == CONTACT and (details or _RELEASE_HEADING_LINE.match(bare)):
            last = _RELEASE_HEADING  # over the headline, which is no contact's line (nor
            # when the release's date stands in the heading's block: '3 March 2026')
        # (the blurb runs on past its first line only when heading and line read as one:
        # 'About the College' / 'The College of Home Inspectors regulates ...', not a voter
        # guide's 'About Measure B' / 'The measure would raise the sales tax ...')
        opens = (
            last_was_heading
            and what == ABOUT
            and (about[:1] == "N" or about_blurb(f"{about}: {bare}"))  # ('Notes to Editors')
        )
        in_about = heading or opens or (in_about and not last_was_heading and what == ABOUT)
        about = bare if heading else about
    _pull_quotes(lines, found)
    _boxes(lines, found)
    _update_heads(lines, found)
    _status_labels(lines, found)
    _sign_up_pitches(lines, found)
    _sign_up_boxes(lines, found)
    _shop_cards(lines, found)
    _lone_titles(lines, found)
    _page_posts(lines, found)
    _comments(lines, found)
    _blog_comments(lines, found)
    _video_page(lines, found)
    _list_headings(lines, found)
    _running_heads(lines, found)
    _key_events(lines, found)
    _jump_heads(lines, found)
    return found


# the heading of a live page's list of its chief entries, and an entry's link under it, its
# time first: '12:31 p.m. Winds ease in the north'
_KEY_EVENTS: Final = re.compile(r"^key (?:events|moments|updates|posts)$", re.I)
_KEY_EVENT: Final = re.compile(r"^\d{1,2}(?::\d{2})? ?[ap]\.?m\.? (?=\S)(?:\S+ ?){1,16}$", re.I)
# an entry's time alone on its line, over the entry: '12:31 p.m.'
_ENTRY_TIME: Final = re.compile(r"^\d{1,2}:\d{2} ?[ap]\.?m\.?$", re.I)


def _key_events(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a live page's 'Key events' heading and the links under it in its block, each an
    entry's time and headline: the page's list, not the story's (a schedule under its own
    heading, 'Schedule' over '9:30 a.m. Opening prayer', stays the story's); and then the
    times its links point at, each alone on its line over an entry ('12:31 p.m.')."""
    listed = False
    for i, (group, text) in enumerate(lines):
        if found[i] is not None or not _KEY_EVENTS.match(text.strip()):
            continue
        block = [j for j in range(i + 1, len(lines)) if lines[j][0] == group]
        if block and all(_KEY_EVENT.match(lines[j][1].strip()) for j in block):
            for j in [i, *block]:
                found[j] = LIVE_BLOG
            listed = True
    for i, (_, text) in enumerate(lines if listed else ()):
        if found[i] is None and _ENTRY_TIME.match(text.strip()):
            found[i] = LIVE_BLOG


def _jump_heads(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark the jump head around a jump line that takes a printed story up again, in its
    block: the catchword over it ('FUEL') and the head under it ('Mayor seeks $300,000 for
    second fuel tank'), short lines with no sentence's end."""
    for i, (group, text) in enumerate(lines):
        if found[i] != PAGE_FURNITURE or not _JUMP_FROM.match(text.strip()):
            continue
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and lines[j][0] == group and found[j] is None:
                line = lines[j][1].strip()
                if 0 < len(line.split()) <= 14 and line[-1:] not in '.!?"”':
                    found[j] = PAGE_FURNITURE


# a printed page's number at its foot, as a PDF viewer's text pastes it: 'Page 3 of 38'
_PAGE_FOOT: Final = re.compile(r"^page \d+ of \d+$", re.I)


def _running_heads(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a document's running head ('Harbour Board | Annual Report 2024'), a line with no
    full stop that stands over every page, when the body holds the pages' numbers ('Page 2
    of 40'): said twice or more word for word, it is the page's, not a crosshead."""
    texts = [text.strip() for _, text in lines]
    if not any(_PAGE_FOOT.match(text) for text in texts):
        return
    for i, text in enumerate(texts):
        if (
            found[i] is None
            and texts.count(text) >= 2
            and text[-1:] not in '.!?:"”'
            and len(text.split()) <= 15
        ):
            found[i] = RUNNING_HEAD


# what a video page's transcript panel holds under its buttons: its headings, each line's
# time, and the recogniser's notes of what was not speech ('[Music]', '[inaudible]'); and the
# channel's plug in the description ('Subscribe for the evening news every weeknight.')
_VIDEO_PANEL: Final = re.compile(
    r"^(?:transcript|chapters|key moments|\d{1,2}:\d{2}(?::\d{2})?|"
    r"\[(?:music|applause|laughter|inaudible|crosstalk|cheering|silence|foreign|noise)\]|"
    r"(?:like and )?subscribe\b[^.!?]{0,100}[.!]?)$",
    re.I,
)


def _video_page(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark the rest of a video page's furniture when the body holds the page's own lines
    (its views line, its transcript buttons): the panel's headings, the times and sound notes
    of its automatic transcript, the channel's plug. Alone, 'Transcript' or '0:21' may be a
    story's."""
    if VIDEO not in found:
        return
    for i, (_, text) in enumerate(lines):
        if found[i] is None and _VIDEO_PANEL.match(text.strip()):
            found[i] = VIDEO


# a heading of a few words over a list, no sentence: 'Documents', 'Useful links'
_LIST_HEADING: Final = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}:?$")
_LINK_KINDS: Final = ("site navigation", READ_MORE, RELATED, FOOTER)


def _list_headings(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark the heading that opens a block whose other lines, two or more, are all a page's
    links of one kind ('Documents' over 'Funding proposal (PDF, 8.2 MB)', ...): the page's
    heading for them, not a story's subhead."""
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1][0] == lines[i][0]:
            j += 1  # the block's last line
        under = set(found[i + 1 : j + 1])
        if (
            found[i] is None
            and j - i >= 2
            and len(under) == 1
            and found[j] in _LINK_KINDS
            and _LIST_HEADING.match(lines[i][1].strip())
        ):
            found[i] = found[j]
        i = j + 1


_BOX_LINES: Final = 6  # the most lines of a box read between its heading and its button
# a promotion's question (not a paper's own 'Want to go?' box) and the call it ends with
_QUESTION: Final = (
    r"^(?:thinking (?:about|of)|want to (?!go\b)|looking to|ready to|planning to)\b"
    r"[^.!?\"“”]{2,60}\?"
)
_CALL_WORDS: Final = (
    r"(?:apply|register|enrol|enroll|book|order|shop|buy|sign up|join|donate|become|"
    r"subscribe|learn more|find out more|get started|get a quote)\b"
)
# the question over its pitch: 'Thinking about a home upgrade?'
_PROMOTION: Final = re.compile(rf"{_QUESTION}$", re.I)
# the question and its call on one line: 'Want to make a difference? Become a patrolling
# member this season.'
_PROMOTION_LINE: Final = re.compile(rf"{_QUESTION}\s+{_CALL_WORDS}[^?]{{0,100}}$", re.I)
# the call a promotion ends with: 'Apply online today!', 'Become a member', 'Learn more'
_CALL: Final = re.compile(rf"^\s*{_CALL_WORDS}", re.I)


def _promotion(
    lines: Sequence[tuple[int, str]], found: list[str | None], start: int, last: int
) -> None:
    """Mark a promotion inside a block: its question at `start` over its pitch, down to its
    call, which is debris already, by `last` ('Thinking about a home upgrade?' ... 'Apply
    online today!')."""
    for end in range(start + 1, last + 1):
        kind = found[end]
        if kind is not None and _CALL.match(lines[end][1]):
            for m in range(start, end):
                found[m] = found[m] or kind
            return


def _boxes(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a box's short lines between its heading and its button, in one block ('TAKE
    ACTION' / 'Tell your representative to vote YES.' / 'Send a Message »'): the page's."""
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1][0] == lines[i][0]:
            j += 1  # the block's last line
        head, button = found[i], found[j]
        for k in range(i, j) if head is None else ():
            if _PROMOTION.match(lines[k][1].strip()):
                _promotion(lines, found, k, min(j, k + 4))
        if (
            j - i >= 1
            and j - i <= _BOX_LINES
            and head not in (None, CAPTION, VIDEO)  # (a video's views line heads its
            # description, the uploader's own text, no box)
            and button not in (None, CAPTION)
            and all(len(lines[k][1].split(None, 30)) <= 30 for k in range(i, j))
        ):
            for k in range(i, j):
                found[k] = found[k] or head
        i = j + 1


# the state a status page gives each update of an incident
_STATE: Final = re.compile(
    r"^(?:investigating|identified|monitoring|update|resolved|post-?mortem|scheduled|"
    r"in progress|verifying|completed)$",
    re.I,
)


def _status_labels(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark the state over each update of a status page ('Investigating', 'Resolved',
    'Postmortem'), alone at the head of its block over the update's text, when the page's
    updates carry the times they were posted: the platform's words, not the story's."""
    if "page timestamp" not in found:
        return
    for i, (group, text) in enumerate(lines[:-1]):
        head = i == 0 or lines[i - 1][0] != group
        if head and found[i] is None and lines[i + 1][0] == group and _STATE.match(text.strip()):
            found[i] = STATUS


# a forum member's handle alone on its line: 'dryland_dan', 'T.Rakhoboso'
_HANDLE_LINE: Final = re.compile(r"^@?[\w.'’-]{2,30}$")
# the tab over a page's updates: 'Updates', 'Latest updates'
_UPDATES_TAB: Final = re.compile(r"^(?:latest |recent )?updates?(?: \(\d+\))?$", re.I)


def _update_heads(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark who posted a page's update over its time line ('Bridget Kaye' / '3 days ago'),
    and the 'Updates' tab over them, in the same block: the page's, not the story's; and a
    forum post's writer over its rank and date ('dryland_dan' / 'Member · 4 Mar 2026 · #2')."""
    for i, (group, _) in enumerate(lines):
        what = found[i]
        if what not in ("page timestamp", POST_HEAD) or i == 0 or lines[i - 1][0] != group:
            continue
        name = lines[i - 1][1].strip()
        words = name.split()
        if found[i - 1] is not None or not 0 < len(words) <= 4:
            continue
        handle = what == POST_HEAD and _HANDLE_LINE.match(name) is not None
        if not handle and not all(w[:1].isupper() and w[-1:] not in ".!?:" for w in words):
            continue
        found[i - 1] = what
        if what == POST_HEAD:
            continue
        if i > 1 and lines[i - 2][0] == group and _UPDATES_TAB.match(lines[i - 2][1].strip()):
            found[i - 2] = "page timestamp"


# the labels of a story's service box: 'What:', 'When:', 'Where:', 'Cost:'
_BOX_LABEL: Final = re.compile(
    r"^(?:what|when|where|who|cost|tickets|admission|hours|location|details|info|"
    r"information|registration)\s*:",
    re.I,
)


def _in_box(lines: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether lines[i] stands in a block with a service box's labelled lines."""
    para = lines[i][0]
    return any(
        p == para and j != i and _BOX_LABEL.match(text.strip())
        for j, (p, text) in enumerate(lines[max(0, i - 8) : i + 9], max(0, i - 8))
    )


# a sign-up box's pitch, which a story's list of advice could also give ('Get evacuation
# alerts by text'): debris only over the box's button or link
_PITCH: Final = re.compile(
    r"^(?:get|receive) (?:[\w'’-]+ ){0,4}(?:alerts|notices|updates|news)\b[^.!?]{0,80}\b"
    r"(?:by|via) (?:e-?mail|text(?: message)?|sms)(?: (?:or|and) (?:e-?mail|text|sms))?[.!]?$",
    re.I,
)
_SIGN_UP_BUTTON: Final = tuple(p for p, what in _CHROME if what == "newsletter sign-up")
# a box's call over its pitch: 'Support the festival' over 'Become a Friend ... from €50'
_BOX_CALL: Final = re.compile(
    r"^(?:support|join|back|help|keep|stay with|give to|donate to) (?:us|the|our|this)"
    r"(?: [\w'’-]+){0,3}$",
    re.I,
)


_TITLE: Final = re.compile(_NEWSLETTER_TITLE, re.I)
# the other lines of a sign-up box, which are debris wherever they stand: 'Sign up for KVTN
# breaking news alerts'
_SIGN_UP_NOT_TITLE: Final = tuple(
    re.compile(pattern.replace(f"{_NEWSLETTER_TITLE}|", ""), re.I)
    for what, pattern in CHROME_LINES
    if what == "newsletter sign-up"
)
_TITLE_REACH: Final = 4  # the most lines between a newsletter's title and its box's field


def _lone_titles(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Keep a newsletter's title ('Sign up to Harbour Daily') as debris only near its box's
    other lines, a field or a button ('Your work e-mail', 'Subscribe'): alone, it is a service
    story's subhead ('Sign up for Medicare Part B')."""
    titles = [
        i
        for i, kind in enumerate(found)
        if kind in _SIGN_UPS
        and _TITLE.match(bare := lines[i][1].strip())
        and not any(p.match(bare) for p in _SIGN_UP_NOT_TITLE)
    ]
    only_titles = set(titles)
    for i in titles:
        near = range(max(0, i - 1), min(len(lines), i + _TITLE_REACH + 1))
        if not any(found[j] in _SIGN_UPS and j not in only_titles for j in near if j != i):
            found[i] = None


def _sign_up_pitches(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a sign-up box's pitch ('Get road closure alerts by text or email.') over its
    button ('Sign up for Road Alerts »') in the same block."""
    for i in range(len(lines) - 1):
        text, (group, after) = lines[i][1].strip(), lines[i + 1]
        if found[i] is not None or group != lines[i][0] or not _PITCH.match(text):
            continue
        button = after.strip().rstrip("»›>→ ").strip()
        if any(p.match(button) for p in _SIGN_UP_BUTTON):
            found[i] = "newsletter sign-up"
    for i in range(len(lines) - 1):
        under = found[i + 1]
        if (
            found[i] is None
            and lines[i + 1][0] == lines[i][0]
            and under in ("newsletter sign-up", SPONSOR)
            and _BOX_CALL.match(lines[i][1].strip())
        ):
            found[i] = under  # the box's heading


_CARD_MOST: Final = 5  # the most lines of a shop's product card: heading, name, price, button


def _shop_cards(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a web shop's product card, a block of short lines that ends in its button ('Shop
    the post' / 'Wild Forest Honey 250g' / '$18.50 NZD' / 'Add to cart'): the product's name
    and price are the shop's, not the story's."""
    for end, (para, _) in enumerate(lines):
        if found[end] != SHOP or (end + 1 < len(lines) and lines[end + 1][0] == para):
            continue
        start = end
        while start > 0 and lines[start - 1][0] == para and end - start + 1 < _CARD_MOST:
            start -= 1
        card = range(start, end)
        if card and all(_card_line(lines[k][1]) for k in card):
            for k in card:
                found[k] = found[k] or SHOP


def _card_line(text: str) -> bool:
    """A line short enough for a product card, which ends no sentence."""
    bare = text.strip()
    return 0 < len(bare.split(None, 8)) <= 8 and bare[-1] not in '.?"”'


_SIGN_UPS: Final = ("newsletter sign-up", "messaging sign-up")
_BOX_MOST: Final = 5  # the most lines of a sign-up or donation box read as one
# a box's last line that asks for the click: 'Join here: [link]', 'Donate by EFT or card'
_BOX_END: Final = re.compile(rf"^\s*{_CALL_WORDS}|.*\bhere\s*:?\s*\[link\]$", re.I)
# the button under a donation appeal: 'Donate now', 'Give today'
_DONATE: Final = re.compile(r"^(?:donate|give)\b", re.I)
# a line that says who said it, which a story reports and a box does not: 'Sign up at any
# library, she added.'
_SAID: Final = re.compile(r"\b(?:said|says|added|told|tells)\b", re.I)


def _sign_up_boxes(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a sign-up or donation box pasted as a block of its own, at most five short lines:
    a heading over lines that are all sign-up debris ('Get Trust news first' / 'Sign up to
    our newsletter ...' / 'Subscribe'); a heading that is debris or a box's call ('SUPPORT
    OUR PATROLLERS'), over its pitch, down to the call ('Donate by EFT or card'); or an
    appeal over its donate button ('Every call-out is answered by volunteers. ...' /
    'Donate now')."""
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1][0] == lines[i][0]:
            j += 1  # the block's last line
        box = range(i, j + 1)
        if (
            1 <= j - i < _BOX_MOST
            and all(len(lines[k][1].split(None, 40)) <= 40 for k in box)
            and not any(_SAID.search(lines[k][1]) for k in box)
        ):
            _sign_up_box(lines, found, i, j)
        i = j + 1


def _sign_up_box(lines: Sequence[tuple[int, str]], found: list[str | None], i: int, j: int) -> None:
    """Mark the box of lines i to j, one block, if it is a sign-up or donation box."""
    head, last = lines[i][1].strip(), lines[j][1].strip()
    kind = next((found[k] for k in range(i, j + 1) if found[k] in _SIGN_UPS), None)
    if kind is None and not _BOX_CALL.match(head):
        return
    kind = kind or "newsletter sign-up"
    under = all(found[k] in _SIGN_UPS for k in range(i + 1, j + 1))
    if found[i] is None and under and len(head.split()) <= 8 and head[-1:] not in ".,;:":
        found[i] = kind  # the box's heading
        return
    opened = found[i] in _SIGN_UPS or _BOX_CALL.match(head) is not None
    if opened and (found[j] in _SIGN_UPS or _BOX_END.match(last)):
        for k in range(i, j + 1):
            found[k] = found[k] or kind
    elif j == i + 1 and found[j] in _SIGN_UPS and _DONATE.match(last):
        found[i] = found[i] or kind  # the appeal over its button


# a social page's post as pasted: its time line, which ends in a dot before the audience's
# icon: 'April 14 at 6:02 PM ·', 'Yesterday at 9:15 AM · 🌎'
_POST_TIME: Final = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|"
    r"yesterday|today|\d{1,2} ?[hmd]|\d{1,2} (?:hrs?|mins?|hours?|minutes?|days?)(?: ago)?)"
    r"(?: at \d{1,2}:\d{2}\s*[ap]\.?m\.?)?\s*[·•]\s*\S{0,3}$",
    re.I,
)
_POST_LINES: Final = 6  # the most lines of a post's text read under its time line


def _page_posts(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a post pasted from a social page: its time line ('April 14 at 6:02 PM ·'), the
    page's name above it in its block, and its text under it down to its counts ('👍❤️ 212 ·
    38 comments') in the same block."""
    for i, (group, text) in enumerate(lines):
        if found[i] is not None or not _POST_TIME.match(text.strip()):
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(i + 2 + _POST_LINES, len(lines)))
                if lines[j][0] == group and found[j] == COMMENT_WIDGET
            ),
            None,
        )
        if end is None:
            continue
        start = i - 1 if i and lines[i - 1][0] == group and _teaser(lines[i - 1][1]) else i
        if all(lines[j][0] == group for j in range(start, end)):
            for j in range(start, end + 1):
                found[j] = SOCIAL


# a blog comment's heading: 'Linda M. says: July 14, 2025 at 3:12 pm'
_SAYS_WHEN: Final = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w.'’-]*){0,2} says:\s+(?P<when>.+)$")


def _blog_comments(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark the comment under a blog comment's heading, when the heading holds only the
    commenter and the date ('Linda M. says: July 14, 2025 at 3:12 pm'): the paragraph after
    it, if it is short."""
    for i, (group, text) in enumerate(lines):
        if found[i] != COMMENT_WIDGET or i + 1 >= len(lines):
            continue
        m = _SAYS_WHEN.match(text.strip())
        if m is None or not _WHEN.match(m.group("when")):
            continue
        comment = [j for j in range(i + 1, len(lines)) if lines[j][0] == lines[i + 1][0]]
        if lines[i + 1][0] != group and all(
            found[j] is None and len(lines[j][1].split(None, 80)) <= 80 for j in comment
        ):
            for j in comment:
                found[j] = COMMENT_WIDGET


def _comments(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a reader's comment pasted with its widget: lines that open with a short name and
    a date line ('Greg Pawlak' / 'Mar 9', perhaps with the commenter's job between), hold the
    comment, and end with the comment's own button ('Reply'), found as a comment widget; one
    paragraph may hold several. A social network's comment has its age in its buttons ('2h
    Like Reply 14'), and its name line alone over its text ('Ana Ruiz · Top fan'). A forum's
    reply opens with its writer's handle over the rank and date ('dryland_dan' / 'Member · 4
    Mar 2026 · #2') and ends with its buttons ('Like Quote Reply'): a thread's replies are its
    comments, and only the opening post is the story."""
    for end, (group, text) in enumerate(lines):
        if found[end] != COMMENT_WIDGET:
            continue
        dated = _AGED_BUTTONS.match(text.strip()) is not None
        if not dated and not _REPLY.match(text.strip()):
            continue
        for start in range(end - 2, max(end - 9, -1), -1):
            if lines[start][0] != group or found[start] == COMMENT_WIDGET:
                break
            if (
                _commenter(lines, start, end)
                or (dated and _network_name(lines[start][1]))
                or _opens_post(lines, found, start)
            ):
                for j in range(start, end):
                    found[j] = COMMENT_WIDGET
                break


def _opens_post(lines: Sequence[tuple[int, str]], found: list[str | None], start: int) -> bool:
    """Whether line `start` opens a forum post's user block (its writer's handle, over the
    rank and date)."""
    first = start == 0 or lines[start - 1][0] != lines[start][0] or found[start - 1] != POST_HEAD
    return found[start] == POST_HEAD and first


# a network comment's buttons with its age: '2h Like Reply 14', 'Like · Reply · 3d'
_AGED_BUTTONS: Final = re.compile(rf"^(?:{_AGO}\s*[·•]?\s*like\b.*|like\b.*\b{_AGO})$", re.I)
# a name line's badge on a social network: 'Ariel Tumaliuan · Top fan', '· Author', '· Follow'
_BADGE: Final = re.compile(
    r"\s*[·•]\s*(?:top fan|author|admin|moderator|follow|rising fan|valued commenter)$", re.I
)


def _network_name(text: str) -> bool:
    """Whether a line is a commenter's name over a network comment: a short capitalized name,
    perhaps with its badge ('Ariel Tumaliuan · Top fan')."""
    name = _BADGE.sub("", text.strip())
    words = name.split()
    return (
        0 < len(words) <= 5
        and name[:1].isupper()
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[1:])
        and not name.endswith((".", "!", "?", ":"))
    )


# the buttons under a reader's comment
_REPLY: Final = re.compile(
    r"^(?:reply|report|like|like\s*[·•]?\s*quote\s*[·•]?\s*reply|"
    r"\d+ (?:reactions?|likes?|replies))$",
    re.I,
)


def _commenter(lines: Sequence[tuple[int, str]], start: int, end: int) -> bool:
    """Whether line `start` names a commenter: a short capitalized name, with the comment's
    date on one of the two lines under it, before line `end`."""
    name = lines[start][1].strip()
    when = [lines[j][1].strip() for j in range(start + 1, min(start + 3, end))]
    return (
        0 < len(name.split()) <= 5
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in name.split()[1:])
        and name[:1].isupper()
        and any(len(w.split()) <= 8 and _WHEN.match(w) for w in when)
    )


# the small words inside a commenter's name: 'Kobus van der Merwe', 'Aziz bin Yusof', and
# those a name line alone may hold ('Anne ten Brink'), which a contributor line's prose may not
_NAME_PARTICLES: Final = NAME_PARTICLES | word_set("binti ibn ter ten op")


# when a comment was posted: '1d', '3 hours ago', 'Mar 9', 'December 2, 2026 at 8:02 am'
_WHEN: Final = re.compile(
    r"^(?:\d{1,2}\s?[smhdwy]|\d+ (?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?) ago|"
    r".*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b.*|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b.*|"
    r".*\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?.*|\d{1,2}/\d{1,2}/\d{2,4}\b.*)$",
    re.I,
)


PULL_QUOTE: Final = "pull quote"
_PULL_QUOTES: Final = 20  # the most lines of a body read as pull quotes
# (perhaps with its speaker after a dash: '"Every one of those ..." — Lorraine Achebe, ...')
_QUOTED_LINE: Final = re.compile(
    r"^[\"“](?P<words>[^\"“”]{20,300}?)[,.!?]?[\"”]"
    # (a speaker, not a sentence: '— Three years later, 14 ... are still empty lots.')
    r"(?:\s*[—–]\s*[A-Z][^\"“”\d!?]{1,80}(?<![a-z]{3}\.))?$"
)


def _pull_quotes(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark a pull quote: a line that is only a quotation, five words or more, perhaps with
    its speaker after a dash, whose words the story prints again in another line (a page sets
    a quote large between paragraphs)."""
    quoted = [
        (i, m.group("words").lower())
        for i, (_, text) in enumerate(lines)
        if found[i] is None
        and (m := _QUOTED_LINE.match(text.strip().strip("*_> ")))
        and len(m.group("words").split()) >= 5
    ]
    if not quoted or len(quoted) > _PULL_QUOTES:
        return  # (a body of quotations alone is an interview's, not a page's pull quotes)
    texts = [" ".join(text.lower().replace("’", "'").split()) for _, text in lines]
    for i, words in quoted:
        key = " ".join(words.replace("’", "'").split())
        if any(key in t for j, t in enumerate(texts) if j != i):
            found[i] = PULL_QUOTE


def _social_posts(lines: Sequence[tuple[int, str]], found: list[str | None]) -> None:
    """Mark embedded social posts: a signature line and the lines of its paragraph above it
    (back to a 'View this post on ...' line or a line that introduces it with a colon), and
    any line with a link only a post holds. Every such post has a handle ('(@'), a link
    ('pic.') or an opening ('View this'), which is looked for first."""
    if not any(_may_be_social(text) for _, text in lines):
        return
    start = before = first = 0  # where the post's text may begin, in this paragraph and the
    # last, and where this paragraph begins
    header = -1  # the paragraph under a post's header line, which is the post
    for i, (para, text) in enumerate(lines):
        if i and para != lines[i - 1][0]:
            before, start, first = start, i, i
        bare = text.strip()
        if para == header or ("(@" in bare and SOCIAL_HEADER.match(bare)):
            found[i], header = SOCIAL, para
            continue
        opening = SOCIAL_OPENING.match(bare) is not None
        if opening or bare.endswith(":"):
            start = i + (not opening)
        if opening or (("pic." in bare or "t.co/" in bare) and SOCIAL_LINK.search(bare)):
            found[i] = SOCIAL
        end = SIGNATURE_AT_END.search(bare) if "(@" in bare else None
        if end and 0 < len(bare[: end.start()].split()) <= POST_WORDS:
            found[i] = SOCIAL  # a post and its signature pasted on one line
            continue
        if ("(@" in bare or "·" in bare or "•" in bare) and SOCIAL_SIGNATURE.match(bare):
            if start == i and _post_text(lines[before:i]):
                start = before  # the signature pasted as a paragraph of its own
            handle = _HANDLE.search(bare)
            if handle and lines[first][1].strip().lstrip("@").lower() == handle.group(1).lower():
                start = first  # the post under its account's name: 'cornerstopfuel', its text
            for j in range(start, i + 1):
                found[j] = SOCIAL
            start = i + 1


_HANDLE: Final = re.compile(r"\(@([\w.]+)\)")


def _post_text(lines: Sequence[tuple[int, str]]) -> bool:
    """Whether the paragraph above a signature can be the post's text: as short as a post,
    and not a line that introduces it."""
    words = sum(len(text.split()) for _, text in lines)
    return 0 < words <= POST_WORDS and not lines[-1][1].rstrip().endswith(":")


def _may_be_social(text: str) -> bool:
    return (
        "(@" in text
        or (text.lstrip()[:1] in "—–-" and ("·" in text or "•" in text))
        or "pic." in text
        or "t.co/" in text
        or text.lstrip()[:9].lower() == "view this"
    )
