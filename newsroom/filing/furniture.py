"""What a filed document carries around its story beyond the web-page chrome the check
catalog knows (`checks.chrome`): the wrapper of a draft sent by e-mail, notes to the desk,
a draft's labels (slug, word count, status), end marks, the writer's bio line, page dates
in the forms sites print them, the calls for money, the widgets and teaser headings of
news, wire, broadcast, blog and newsletter pages, in English and Spanish.

These are read only when a document is filed: inside a story's body the catalog's own rules
decide what is chrome. Each pattern is tried on a line of at most 40 words, ignoring case.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from newsroom.checks.chrome import about_blurb

TEASERS: Final = "teaser heading"
FETCHED: Final = "news download's footer"
COMPARED: Final = "comparison summary"
IMAGE_DETAILS: Final = "image's file details"
WRITER_CONTACT: Final = "writer's contact"
POSTAL_ADDRESS: Final = "postal address"
COMMENTS: Final = "comment section"
UNIT_LINE: Final = "byline's unit"
AMONG_FURNITURE: Final = "footer's link"
# a sentence's opening that tells the desk what to do: 'Use her second version', 'Hold it'
_INSTRUCTION: Final = (
    r"(?:use|run|hold|pay|send|call|check|cut|trim|fix|see|note|let|move|swap|kill|spike|"
    r"publish|post|add|change|keep|put|slot|file|don['’]t|do not|thanks)\b"
)
_MONTHS: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a body's name as an imprint or a release line sets it: its words capitalized, with the
# small words between them and its place after a comma ('the Government Printer, Suva')
_BODY: Final = (
    r"(?:the )?(?-i:[A-Z])[\w'’&.-]*"
    r"(?:,?\s(?:(?-i:[A-Z])[\w'’&.-]*|(?-i:of|the|and|for|on|in|at|de|da)|&))*"
)


# a note's greeting to its reader by name, to a comma: 'Hi Ruth,' (the cover note to the
# editor opens on one, and place.py reads a mail's cover note by it)
GREETING: Final = r"^(?:hi|hello|dear|good morning)\s+[\w'’-]+,"


# a match's score over a club's report (where it stands over a byline, it is the story's
# headline; under one, a score of the story's)
RESULT_LINE: Final = "result line"
RESULTS_LINE: Final = "results line"  # a line of a list of results under a sports story
# (kind, pattern) tried at the start of a line
FURNITURE: Final = (
    (
        # a mailing list's archive page (Mailman's pipermail): its links between messages,
        # an attachment it scrubbed with the attachment's details, and the list's footer
        "mail archive",
        r"^(?:previous|next) message(?: \(by (?:thread|date)\))?\s*:|^messages sorted by\s*:|"
        r"^-{3,}\s*next part\s*-{3,}$|^an? (?:html|non-text) attachment was scrubbed\b|"
        r"^type\s*:\s*[a-z]+/[\w.+-]+$|^size\s*:\s*\d+ bytes$|^url\s*:\s*<?https?://\S+$|"
        r"^name\s*:\s*[\w.-]+\.(?:jpe?g|png|gif|webp|tiff?|html?|pdf|docx?|txt)$|"
        r"^(?:more information about the )?[\w.-]+ mailing list$|^[\w.-]+ at lists\.[\w.-]+$|"
        r"^https?://\S+/(?:mailman|pipermail)/\S*$|"
        # a message's subject as the list tags it: '[Capnews-share] WATER-FEES: ...'
        r"^\[[\w.]+-[\w.-]+\] \S|^\[[\w.-]{3,40}\] (?-i:[A-Z][A-Z0-9-]{2,}): |"
        # its sender, the address written with 'at', and the time sent as a mail server
        # stamps it: 'Ana Ruiz aruiz at record.example.org', 'Wed Dec  2 10:14:03 EST 2026'
        r"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,3} [\w.+-]+ at [\w-]+(?:\.[\w-]+)+$|"
        r"^(?:mon|tue|wed|thu|fri|sat|sun) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) "
        r"+\d{1,2} \d{2}:\d{2}:\d{2} (?:[a-z]{2,5} )?\d{4}$",
    ),
    (
        "e-mail header",
        r"^(?:from|to|cc|bcc|sent|date|subject|reply-to|x-mailer)\s*:\s*\S|"
        r"^-{2,}\s*(?:forwarded message|original message)\s*-{2,}$|^begin forwarded message|"
        r"^-{2,}$|^={3,}$|^_{3,}$|^\*{3,}$|^[=~*_-]{5,}$|^(?:thanks|best|regards|cheers),?$|"
        # a mail program's marks where it held a message's attachments, as HCL Notes sets
        # them: '(See attached file: trees.jpg)(See attached file: map.pdf)'
        r"^(?:\(see attached file:? [^()]{1,120}\)\s*)+$|"
        # and as Mutt's pager marks a message's parts: '[-- Attachment #2: ferry.jpg --]',
        # '[-- Type: image/jpeg, Encoding: base64, Size: 1.2M --]'
        r"^\[-- .{1,160} --\]$|"
        r"^(?:good morning|hi|hello)(?: \w+)?,$|^please see the (?:release|story|draft)\b|"
        # the quoted message under a reply, a signature's numbers, a confidentiality notice
        r"^on \w{3},? .{4,40}\b\d{1,2}:\d{2}.{0,60}\bwrote:$|"
        r"^(?:[oOcCmMtTpP]|tel|cell|mobile|office|phone)\s*:\s*\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|"
        r"^this (?:e-?mail|message)(?: and any attachments)? (?:is|are|may be) confidential\b|"
        # a mailing list's digest: its attachments' count and its footer
        r"^(?:photos?|pictures?|images?|attachments?) \(\d+ attached\):?$|"
        # and a writer's heading over the pictures sent apart: 'PHOTOS (sending separately):'
        r"^(?:photos?|pics?|pictures?|images?) \((?:sending|sent|to follow|coming)\b"
        r"[^()]{0,30}\):?$|"
        # a webmail's line over a mail's attachments: '3 attachments · Download all'
        r"^\d+ attachments?\s*[·•|-]\s*(?:download|save) all(?: attachments)?$|"
        r"^you received this (?:digest|message|e-?mail)\b|"
        # the line a site's contact form signs the mail it sends with, as Contact Form 7 does:
        # 'This e-mail was sent from a contact form on The Courier (https://...)'
        r"^this (?:e-?mail|message|notification) was sent (?:from|by|via|through) (?:a|the|your) "
        r"(?:[\w -]{1,30} )?form on\b|"
        # and its box the sender ticked, with the answer the mail prints: 'I confirm this is
        # my own work: Yes', 'I agree to the terms and conditions: 1'
        r"^i (?:confirm|agree|accept|consent|declare|certify)\b[^.!?]{0,160}:\s*"
        r"(?:yes|checked|true|on|1|accepted|agreed)$|"
        r"^you can change your settings on the (?:group|list|mailing list)\b",
    ),
    (
        # a covering letter around a press note or a correspondent's story, as Indian offices
        # and district correspondents write one: its reference number, its salutation, its
        # request to publish and its sign-off ('Outward No. PRD/412/2026', 'Respected Sir,',
        # 'Sir/Madam,', 'Kindly give wide publicity to the following press note ...',
        # 'Please find below the news from Baramati ...', 'Thanking you,', 'Yours
        # faithfully,'), and the 'To,' over the addressee
        "covering letter",
        r"^(?:outward|inward|our|your|ref(?:erence)?|letter)\.?\s+(?:ref(?:erence)?\.?\s+)?"
        r"(?:no|number)\.?\s*[:.]?\s*[\w.-]+/[\w./-]+|"
        r"^(?:(?:respected|dear)\s+)?(?:sir|madam|sirs|sir\s*/\s*madam|sir or madam|editor)"
        r"\s*,$|^(?:kindly|please)\s+(?:give (?:wide |due )?publicity\b|"
        r"publish the (?:following|enclosed|attached|below)\b|"
        r"find (?:below|attached|enclosed|herewith)\b)|"
        r"^thanking you,?$|^yours\s+(?:sincerely|faithfully|truly),?$|^to,$|"
        # a note to the editor over the story, greeting its reader by name: 'Hi Ruth, here is
        # our story for the paper. Please run it this week ...'
        rf"{GREETING}\s+(?:here(?: is|'s|’s| are)|"
        r"please (?:find|run|use|see)|attached (?:is|are)|i(?:'ve|’ve| have) attached)\b|"
        # and the line over it naming the paper in capitals, then what it is: 'FOR THE VALLEY
        # GAZETTE – Rowing club news'
        r"^(?-i:FOR (?:THE )?[A-Z][A-Z'’&. ]{2,40}) [–—-] [^.!?]{1,60}$",
    ),
    (
        # what Word shows for a field it could not update, alone in its paragraph: an
        # INCLUDETEXT whose file was gone, a cross-reference whose bookmark was deleted
        "field error",
        r"^error! (?:not a valid (?:filename|bookmark(?: self-reference)?|link|result for table)|"
        r"reference source not found|bookmark not defined|no text of specified style in "
        r"document|main document only|cannot open file referenced by link|unknown switch "
        r"argument|no table of contents entries found)\.?$",
    ),
    (
        # the acknowledgement of Country an Australian site sets in its footer: 'Riverside
        # Post acknowledges the Traditional Owners of the lands on which we report, and pays
        # respect to Elders past and present.'
        "acknowledgement of Country",
        # (in the site's voice, 'on which we work': a council's, which a story reports,
        # is the story's sentence)
        r"^(?=[^\n]*\b(?:we|our|us)\b)"
        r"(?:[\w .'’&-]{1,60} )?acknowledges? (?:the )?traditional (?:owners|custodians)\b"
        r"[^\n]{0,240}\b(?:elders|respects?)\b[^\n]{0,120}$",
    ),
    (
        # a media release's line naming who issued it for whom: 'Issued by the Information
        # Office on behalf of the Ministry of Health.' (a body's name: never a sentence that
        # goes on, 'Issued by the Met Office on behalf of the government, the warning ...')
        "release line",
        rf"^issued by {_BODY} on behalf of {_BODY}\.?$",
    ),
    (
        # a police release's instruction to the media about whom to quote, over the words
        # it attributes: 'Please attribute to Detective Sergeant Ana Ruiz, Central CIB:'
        "attribution line",
        r"^please attribute (?:(?:this|the following|these comments|the below)\s+)?to\s+"
        r"[^.!?]{3,120}:$",
    ),
    (
        # a printed issue's imprint at its foot: 'Printed by the Government Printer, Suva.
        # Distributed free by the Information Unit.' (not a sentence: 'Published by the
        # university in 2019, the report found ...')
        "imprint",
        r"^(?:(?:printed|distributed|published)(?: free)?(?: and (?:printed|distributed|"
        rf"published))? by {_BODY}\.\s*){{1,3}}$|"
        # and its folio line, alone: 'Vol. 12 No. 9 June 2026'
        r"^vol(?:ume)?\.?\s*[\dIVXLC]+,?\s*(?:no\.?|number|issue)\s*\d+\b[^.!?]{0,60}$",
    ),
    (
        "note to the desk",
        # a heading or line marked for the desk only: 'Reporting notes (not for publication)'
        r"^[^.!?]{0,60}\((?:[^()]{0,30}\bnot for (?:pub(?:lication|\.)?|(?:the )?story)|"
        # (in French: 'Notes (pas pour publication)', 'Notes (à ne pas publier)')
        r"[^()]{0,30}\b(?:pas pour (?:la )?publication|ne pas publier)|"
        # (not 'a budget (... not for publication) shows the gap': its sentence goes on)
        r"for (?:the )?(?:editors?|desk))\)(?:\s*<[^<>]*>)*(?-i::.*|\s+[A-Z\"“<].*)?$|"
        r"^reporting notes\b[^.!?]{0,40}$|"
        r"^(?:desk )?notes? (?:for|to) (?:the )?(?:desk|editors?|copy desk)$|"
        r"^notes? to (?:self|myself)$|"
        # a chat assistant's list of what it changed, under the copy it gives back
        r"^notes? on (?:the |my )?(?:edits?|changes|revisions)$|"
        # a desk's marks around what may be cut: '[OPTIONAL TRIM BEGINS]', '[TRIM ENDS]'
        r"^\[(?:optional )?(?:trim|cut)s? (?:begins?|ends?|starts?|here|from here|to here)\]$|"
        # a hold on a picture or a passage, in capitals: 'DON'T RUN YET -- no release yet'
        # (not a sign quoted in the story: 'DO NOT USE TAP WATER, read the signs')
        r"^(?-i:(?:DON['’]T|DO NOT) (?:RUN|USE|PUBLISH|PRINT)\b[A-Z0-9 '’./]*)"
        r"(?:$|\s*(?:--|—|–|:|\(|;))|"
        # a plea to the desk in capitals, its reason after it: 'PLEASE RUN THE PICTURE OF THE
        # BOYS BIG IF YOU CAN! Arvid says ...' (not a sign's 'PLEASE USE CAUTION, the ...')
        r"^(?-i:PLEASE (?:RUN|USE|PUBLISH|PRINT) [A-Z0-9 '’./]*)(?:!|$)|"
        # the writer's sign-off with the story's length: 'that's all, 751 words'
        r"^(?:that['’]?s (?:all|it)|ends?|done)[,.]? (?:about |around )?\d[\d,]* words\.?$|"
        # a chat app's word for a picture its export left out
        r"^not included, change data exporting settings to download\.?$|"
        r"^(?:notes? to (?:the )?(?:desk|editors?|copy(?: desk)?)|notes? for \w+|notes?|ed|"
        r"editor|tk|desk|to desk|for desk|to (?:check|verify|confirm))\s*:|^\w{1,3} note\s*:|"
        # the desk addressed with a dash, as a writer opens a note sent with the file, the
        # words after it speaking to the desk: the writer's 'I' or 'we', 'you', 'please', a
        # file 'below' or 'attached', 'here is', or a sentence telling it what to do ('Desk —
        # I tried to publish this ..., so here is the file', 'Desk -- Tobias's piece below.
        # Pay him the standard rate'); not the desk named as a sentence's subject, an aside
        # between dashes after it ('Editors — not reporters — write ...', 'Desk — a word
        # reporters use ... — is also ...')
        r"^(?:desk|editors?|copy desk)\s*(?:—|–|--)\s*(?![^.!?—–]*\s(?:—|–|--)\s*(?-i:[a-z]))"
        rf"(?={_INSTRUCTION}|.*?(?:\b(?-i:I)(?:['’](?:m|ve|d|ll))?\s|[.!?]\s+{_INSTRUCTION}|"
        r"\b(?:we|you|your|our|please|below|attached|here(?:['’]s| is| are))\b|"
        # (or the pictures it says are coming, and the writer's initials signing it: 'DESK —
        # photos coming by WhatsApp tonight, captions at the bottom. ... -JR')
        r"\b(?:photos?|pics?|pictures?|captions?)\b[^.!?]{0,30}\b(?:coming|to follow|at the "
        r"(?:bottom|end))\b|.*\s[-–—]\s?(?-i:[A-Z]{2,3})$))|"
        r"^[\w ]{1,30} \((?:editor|ed\.?|desk|copy desk)\)[^:]{0,20}:|^\^\s|^\[[a-z]\](?:\s|$)|"
        # an editor's note signed to the desk: 'EDITOR'S NOTE (Haldis): Hold for Tuesday A1'
        r"^editor['’]?s['’]? note \((?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"[a-z]*\.? \d)(?-i:[A-Z])[A-Za-z .'’-]{1,30}\)\s*:|"
        # a question to the desk: 'Can we confirm the 15% figure? — Lou'
        r"^(?:can|could|should|do|does|did) (?:we|you|i) (?:\w+ ){0,2}(?:confirm|check|verify|"
        r"add|get|trim|cut|move|need|have)\b.*\?\s*(?:[—–-]+\s*\w+)?$|"
        r"^\[\[.*\]\]$",
    ),
    (
        # what a club's press officer sets under a match report: its thanks to its sponsor
        # ('The club would like to thank our match ball sponsor, ...') and its hashtag alone
        # on a line ('#UpTheGlen')
        "club's sign-off",
        r"^(?:the |our )?(?:club|team|committee|squad)\b[^.]{0,40}\b(?:would like to|wishes to|"
        r"wants to|want to|wish to) thank\b[^.]{0,80}\bsponsors?\b[^\n]*$|"
        # or its thanks alone in a paragraph, and a cheer after it: 'A big thank you to our
        # sponsors, ... for the bus. Go Tigers!', 'Thank you to the hall committee for the
        # tea.' (never 'thanks to', which opens a story's sentence: 'Thanks to a grant, ...')
        # (not one the story reports, its speaker named: 'Thank you to the volunteers, Mrs
        # Dunne told the meeting.')
        r"^(?![^.!?]*,\s+(?:[\w'’.-]+\s+){0,4}(?:said|says|told|tells|added|wrote)\b)"
        r"(?:a (?:very )?(?:big|huge|special|massive) |many |special )?thank you to\b[^.!?]*"
        r"[.!](?:\s+[^.!?]{1,30}!)?$|"
        # (a slogan run together, 'UpThe...', not a topic's tag among tags: '#Firefighters')
        r"^(?-i:#(?:[A-Z][a-z]+){2,6})(?:\s+(?-i:#(?:[A-Z][a-z]+){2,6})){0,3}$",
    ),
    (
        # a market strip across a page's top: an index and its move beside the day's prices,
        # 'NEPSE 2,418.62 ▲ 12.40 (0.52%)   USD Rs 136.20   Gold (per tola) Rs 162,300'
        "market ticker",
        r"^(?=(?:[^\d\n]*\d){6})(?=.*\d[\d.,]*\s*[%)]?\s*[▲▼△▽↑↓]|.*[▲▼△▽↑↓]\s*[\d.,]*\d)"
        r"[^.!?]*(?:\.\d[^.!?]*)*$",
    ),
    (
        # a game's line score pasted from a results page, a row a team, its points by period
        # and in all, and the header over them: 'Pine Lake (20-4)  16  12  15  15  58',
        # 'Team  1  2  3  4  F'
        "line score",
        r"^(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,4}(?: \(\d{1,2}-\d{1,2}(?:-\d{1,2})?\))?"
        r"(?: \d{1,3}){4,12}$|^team(?: (?:\d{1,2}|ot|f|t|final|r|h|e)){4,13}$",
    ),
    (
        # a match's result line over a club's report, the half-time score in brackets:
        # 'Glenfoot 21 Kinbrae 17 (HT 7-10)', 'Rovers 0, Athletic 2'
        RESULT_LINE,
        r"^(?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,3} \d{1,3},? (?-i:[A-Z])[\w'’.&-]*"
        r"(?: [\w'’.&-]+){0,3} \d{1,3}"
        r"(?: \((?:HT|FT|half[- ]time|full[- ]time|aet)[^()]{0,30}\))?$",
    ),
    (
        # a match's result in a list of results under a sports story, its sets' scores at
        # its end with no full stop: 'Mixed final: Ortega/Vane (ESP) d. Kell/Moss (NZL) 21-18,
        # 19-21, 15-12' (a sentence of the story giving a score ends on its stop)
        RESULTS_LINE,
        r"^(?=.*\b(?:d|def|bt|beat)\.?\s)[^!?]{4,160}?\s\d{1,2}-\d{1,2}(?:,\s*\d{1,2}-\d{1,2}){1,4}$",
    ),
    (
        # an organisation's thanks to its sponsors closing its own news: 'The league thanks
        # its sponsors, ...', 'The club thanks Ash Dairy for their continued support of ...'
        # (in its own voice, the whole paragraph, quoting no one)
        "sponsor thanks",
        r"^the (?:(?-i:[A-Z])[\w.'’&-]*|association|federation|club|league|society|council|"
        r"trust|foundation|committee|organisers|organizers)(?: [\w.'’&-]+){0,5} "
        r"(?:thanks|would like to thank|wishes to thank|gratefully acknowledges) "
        r"(?:(?:its|our|all (?:its|our)|the) (?:sponsors|partners)\b"
        r"|[^.!?\"“”]{2,120}\bfor (?:their|its) (?:continued |generous |kind |ongoing )?"
        r"(?:support|sponsorship)\b)(?![^\"“”]*\b(?:said|says)\b)[^\"“”]*$|"
        # (a club by its name, thanking its own sponsors by what they pay for: 'Rovers FC
        # thanks its shirt sponsor, Ash Dairy, and the match-ball sponsor, ...')
        r"^(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,5} (?:thanks|would like to thank|wishes to "
        r"thank) (?:its|our) (?:[\w-]+ ){0,2}(?:sponsors?|partners?)\b"
        r"(?![^\"“”]*\b(?:said|says)\b)[^\"“”]*$",
    ),
    (
        # what a team chat's window shows around the messages copied out of it (Mattermost's):
        # an edited message's mark alone, an attached file's kind and size ('JPG 3.4MB'), the
        # box to write in ('Write to cocos-copy') and its hint ('Shift + Enter for a new line')
        "chat app's furniture",
        r"^\(edited\)$|^(?:jpe?g|png|gif|heic|webp|pdf|docx?|mp4|mov)\s+\d+(?:\.\d+)?\s?[kmg]b$|"
        r"^write to [#@]?[\w.-]{2,40}$|^shift\s*\+\s*enter (?:for|to add) a new line\.?$",
    ),
    (
        # what a note-taking app adds to what is pasted or recorded into a page (OneNote):
        # 'Pasted from <https://...>', 'Screen clipping taken: 12/1/2026 8:14 PM'
        "note-taking app's line",
        r"^pasted from\s*<?https?://\S+>?$|"
        r"^(?:screen clipping taken|(?:audio|video) recording started)\s*:\s*\d.{0,60}$",
    ),
    (
        "draft label",
        r"^(?:slug|for|word count|wds|status|budget|length|run date|pub date|pubdate|filed|"
        r"file ?name|section|edition|photo desk|art|web|category|story (?:id|code)|priority|"
        r"keywords?|"
        # a headline offered for a search engine or a social post: 'Suggested SEO headline: ...'
        r"(?:suggested |proposed |alternative )?(?:seo|search|social|web) (?:headline|hed|title))"
        r"\s*:\s*\S|"
        # the story's length ('Words: 650', 'Words: about 600'), not its writer ('Words: Ana Ruiz')
        r"^words?\s*:\s*(?:\d|about\b|approx|around\b|c\.|tk\b)|"
        # a wire's slug line and a story filed in takes: 'BC-US--Mine Rescue, 1st Ld-Writethru',
        # 'CIDERTAX -- Ruiz -- 1st take -- 11/30 5:10 pm', 'CIDERTAX -- add 1'
        r"^BC-(?-i:[A-Z]{2,})\b|^(?-i:[A-Z]{3,})\s+-{1,2}\s+add \d+$|"
        r"^(?-i:[A-Z]{3,}(?:[-_][A-Z]{3,})+)$|"  # a story's slug alone: 'BUSES-PROPANE'
        # a cover line counting the pictures sent with the copy: 'Pictures: 2, sent by mail'
        r"^(?:pictures|photos|pics|images)\s*:\s*\d{1,2}\b|"
        # the banner over a writer's copy, in capitals: 'VALLEY COURIER – FREELANCE COPY'
        r"^(?-i:[A-Z][A-Z&'’. ]{2,60}) [–—-]{1,2} (?-i:(?:[A-Z]+ ){0,2}COPY)$|"
        r"^(?-i:[A-Z]{3,})\s+-{1,2}\s.{0,60}\b(?:1st|2nd|3rd|\d+th|first|second|third) take\b|"
        # a take's number alone on its line, as a copy desk marks a story phoned in: 'TAKE 2'
        r"^(?-i:TAKE|ADD) \d{1,2}$|"
        # the copytaker's note on the call, in brackets on its own line: '[line dropped, the
        # stringer called back and repeated the last par]': the caller's calling back, not a
        # story's ('[The council called back on Wednesday to say ...]')
        r"^\[[^\[\]]{0,120}\b(?:line (?:dropped|went dead|cut out)|call dropped|"
        r"(?:caller|stringer|reporter|correspondent|he|she|they) (?:called|rang|phoned) back|"
        r"repeated (?:the )?last (?:par|para|paragraph|sentence))\b[^\[\]]{0,120}\]$",
    ),
    (
        # a chat assistant's offer under the copy it gives back: 'Would you like me to write a
        # shorter version for print, or a few alternative headlines?' (an offer of more copy,
        # not a reader's question: 'Shall I tell her the truth?')
        "chat assistant's offer",
        r"^(?:would you like me to|do you want me to|shall i|let me know if you(?:['’]d| would) "
        r"like me to|if you(?:['’]d| would) like, i can)\b[^\n]*\b(?:versions?|headlines?|"
        r"heds?|deks?|drafts?|summary|summaries|captions?|posts?|tweets?|threads?|newsletter|"
        r"blurb|teaser|outline|edits?|rewrite|revisions?|(?:story|article|piece|copy|text)\b"
        r"[^\n]*\b(?:shorter|longer|tighter|trim|cut|shorten|expand|edit|adjust|revise|"
        r"rewrite|tweak|format|polish))\b[^\n]*[?.]$",
    ),
    (
        "wire header",
        # a teleprinter's framing and a take's header: 'ZCZC', 'NNNN', 'INS0189 3 I 0398
        # INS-EN12', its priority ('URGENT'), and the desk's initials under a take ('inc/ms')
        r"^(?:zczc|nnnn)$|(?-i:^[A-Z]{2,6}\d{3,5}(?: [A-Z0-9]{1,4}){2,4} [A-Z][A-Z-]*\d*$)|"
        r"(?-i:^(?:URGENT|FLASH|BULLETIN|ALERT|PRIORITY|ROUTINE|MORE)$)|"
        r"(?-i:^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}$)|"
        # a wire's test message to its subscribers
        r"^this is a (?:routine )?(?:(?:line|circuit|transmission) )?test\b.{0,80}"
        r"\bplease (?:ignore|disregard)\b",
    ),
    (
        # the summary a document comparison sets after a redline's text, and its tables of
        # the files compared, its legend and its counts: 'Document comparison by Workshare
        # Compare on Wednesday, ...', 'Comparison of ... by Litera Compare'
        COMPARED,
        r"^(?:document comparison|comparison of .{1,120}?) by (?:workshare|litera|draftable|"
        r"change-pro|deltaview|[\w.-]+ compare)\b[\w ]{0,30}(?: on \w.{0,60})?$",
    ),
    (
        # the footer an e-reader's news download sets under each article, the next article
        # after it: 'This article was downloaded by calibre from https://...'
        FETCHED,
        r"^this (?:article|story|page) was (?:downloaded|fetched|retrieved) by [\w .-]{1,30}"
        r" from (?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?$",
    ),
    (
        # and the title of its issue, the paper's name and the day it was downloaded:
        # 'Valley Sentinel [Wed, 02 Dec 2026]'
        "issue title",
        r"^[^\[\]]{2,60} \[(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*, \d{1,2} [a-z]{3,9} \d{4}\]$",
    ),
    (
        # what a lightbox shows over a picture: its file's name, size in pixels and weight
        # ('east-flats-sign1920×1280 412 KB'), and a writer's list of the pictures' files for
        # the desk ('Photo files: IMG_4471.jpg (Ajay), depot.jpg (PRO)')
        IMAGE_DETAILS,
        r"^[\w .()-]{0,80}?\d{2,5}\s*[×x]\s*\d{2,5}\s+[\d.,]+\s*(?:kb|mb|bytes)$|"
        r"^(?:photo|image|picture|pic)s? (?:files?|file names?)\s*:\s*[\w .-]+\."
        r"(?:jpe?g|png|gif|webp|tiff?|heic)\b",
    ),
    (
        # a media-monitoring service's item: its metadata, the line naming the report it
        # translates ('Text of report by Mexican newspaper El Sol website on 2 March'), its
        # marks of what it left out ('[passage omitted: ...]'), its source lines, routing code
        # ('GMW LatAm 020326 rm/tc') and copyright under the text
        "monitoring service's line",
        r"^(?:item id|source type|processed)\s*:\s*\S.{0,60}$|"
        r"^language\s*:\s*(?-i:[A-Z])[a-z]+(?:\s*\((?:machine[- ])?translated\))?$|"
        rf"^(?:(?:text|excerpt|summary|translation)s? of )?(?:report|article|commentary|"
        r"editorial|interview|broadcast|statement|programme|program)s? by .{3,160}\bon "
        rf"\d{{1,2}} {_MONTHS}$|"
        r"^\[passages? omitted\b[^\[\]]{0,160}\]$|"
        rf"^source\s*:\s*.{{3,160}}\bin [a-z]+ \d{{1,2}} {_MONTHS} \d{{2,4}}$|"
        r"^\(description of source\s*:.{0,400}\)$|"
        r"^(?-i:[A-Z]{2,6} [A-Z][A-Za-z]{1,8} \d{6} [a-z]{1,4}(?:/[a-z]{1,4})+)$|"
        r"^copyright \(c\) .{2,80}\b\d{4}\b",
    ),
    (
        # the line a freelancer's byline carries: 'Special to the Valley Chronicle'
        "byline's tag",
        r"^special to (?:the )?(?-i:[A-Z])[\w .&'’-]{2,60}$",
    ),
    (
        # a military unit's or an agency's office under its writer's name, as a public-affairs
        # distribution site sets it: '412th Test Wing Public Affairs' (kept only under a
        # byline: a headline or a crosshead may end in the words)
        UNIT_LINE,
        r"^(?-i:[\dA-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,7} public affairs(?: office)?$",
    ),
    (
        "end mark",
        r"^(?:end|ends|endit|end of (?:story|form|file|text)(?: \d+)?|-+\s*30\s*-+|#+|# # #|"
        r"xxx|\*\*\*|-+\s*more\s*-+|"
        r"(\d)(?:-\1){2,}|"  # a take's end: '-more-', '2-2-2-2'
        r"\((?:end|ends|more|end of story)\)|-end-|"  # an agency's: '(END)', '-END-'
        r"τέλος|τελος|"  # a Greek writer's 'ΤΕΛΟΣ' ('END'), under an English story too
        # and with where to ask about it after a dash: 'END OF STORY — Questions: desk@...'
        # (the word a label, or an address or a number after it: not 'End of story — call it
        # stubbornness, Bell said')
        r"end of (?:story|article|text)\s*(?:—|–|--)\s*(?:questions|contact|call|e-?mail)\b"
        r"(?=\s*:|[^!?]*(?:@|\d{3}[-. ]\d{4}))[^!?]{0,80}|"
        r"enditem(?:/[a-z]{1,4})?)$|"  # and with its editor's initials: 'Enditem/AW'
        # an agency's initials line closing the story, its own then its writer's and editor's
        # (three parts at least: not a credit, 'AP/Reuters'): 'IPA/JCH/SM'
        r"(?-i:^[A-Z]{2,6}(?:/[A-Z]{2,4}){2,3}$)|"
        # a press office's, its writer's and editor's in brackets, one with a small letter, as
        # no agency's name in a credit is written: '(AK/MCh)'
        r"(?-i:^\((?=[^)]*[A-Z][a-z])[A-Z][A-Za-z]{0,3}(?:/[A-Z][A-Za-z]{0,3}){1,2}\)$)",
    ),
    (
        COMMENTS,
        # the heading of a comment list: everything under it is comments
        r"^\d+ (?:thoughts|responses|replies|comments) (?:on|to)\b|"
        # 'Reader's Comments (14)', 'Readers' comments (3)'
        r"^readers?['’]?s?['’]? comments?\s*\(\d+\)$|"
        # a comment section's bar, as a site's print copy keeps it: 'Conversation  0 Comments'
        r"^(?:conversation|discussion)\s+\(?\d+\)?\s+comments?$|"
        # a chat post's thread folded under it: '4 replies from Malik, Jo, and Priya'
        r"^\d+ repl(?:y|ies) from (?-i:[A-Z])[\w'’-]*(?:,? (?:and )?(?-i:[A-Z])[\w'’-]*)*$|"
        # a social post's reply box, the replies under it
        r"^post your reply$|"
        # an app's link over the comments it shows under a post: 'View all 14 comments'
        r"^view all \d+ comments$",
    ),
    (
        "sign-up or appeal",
        r"^(?:advertisement|ad)\s*[·|•-]\s*scroll|"
        r"^(?:published|updated|posted)\b.{0,80}\b\d{4}\b.{0,60}$|"
        # a subscription appeal set in the story: 'By subscribing, you can help us get the story
        # right.', '... quality journalism is more crucial than ever.'
        r"^by subscribing,? you (?:can )?(?:help|support)\b|"
        # a box asking readers to follow a messaging app's channel: 'Get Festival updates on
        # WhatsApp', 'Join our channel for show times and road closures.'
        r"^get (?:[\w'’-]+ ){0,3}(?:updates|news|alerts) on (?:whatsapp|telegram|signal)\b"
        r"[^.!?]{0,40}$|^join (?:our|the) (?:whatsapp |telegram |signal )?channel\b"
        r"(?![^.!?]*\b(?:said|says|told)\b)|"
        # a newsletter's promise: 'One email every Friday: what we published, ...'
        r"^one (?:e-?mail|newsletter) (?:every|each|a) (?:day|week|weekday|month|morning|evening|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
        # 'The Gazette is free to read because readers chip in.'
        r"^(?:the |our )?[\w .'’&-]{1,40} (?:is|are|stays?) free (?:to read|for (?:everyone|all))"
        r"(?: because| thanks to)(?: (?:our|its))? (?:readers|members|supporters|donors)\b"
        r"(?![^.!?]*,)|"  # (not a story's 'free for everyone thanks to its donors, who gave ...')
        # a metered paywall's count and a comment box's sign-in, as a page captured them:
        # 'You have 1 free article remaining this month.', 'Sign in to comment.'
        r"^you have (?:\d+|one|two|three|no) (?:more )?(?:free )?(?:articles?|stories|story) "
        r"(?:left|remaining)\b|^(?:sign|log) in to (?:comment|leave a comment|join the "
        r"(?:conversation|discussion))\b|"
        # (and with the way to an account: 'Log in or create a user account to comment.')
        r"^(?:sign|log) in or (?:create an? (?:user )?account|register|sign up) to "
        r"(?:comment|post a comment|leave a comment)\b|"
        # a newsletter's blurb: 'A daily roundup of Milwaukee news, delivered to your inbox'
        r"^(?:a|the|our) [\w'’ -]{0,40}\b(?:roundup|newsletter|digest|briefing|headlines)\b"
        r"[^.!?]{0,60}\bdelivered (?:straight |right )?to your inbox\b|"
        # a syndicator's usage note for its partners: 'USAGE: Free for Herald content partners.
        # Keep the byline and photo credits; do not resyndicate.', 'Partners: free to
        # republish with credit.' (naming who may run the story, or how: not a fact box's
        # 'Usage: free for members of the recreation center')
        r"^(?:usage|terms of use|usage rights|syndication|partners)\s*:\s*[^.]{0,60}\b(?:"
        r"partners?|subscribers?|clients?|republish\w*|resyndicat\w*|reprint\w*|licensed to)\b|"
        # an agency's note on who may run the story: 'This story is for use by Wirenet
        # subscribers only.'
        # (the note's last words; not 'This report is available to members of the public')
        r"^this (?:story|article|report|item) is (?:for (?:use by|the use of)|(?:only )?"
        r"(?:available|licensed) to)\b[^.]{0,60}\b(?:subscribers|clients|partners|members)"
        r"(?:\s+only\b|\s*(?:[.;]|$))|"
        # an agency's usage terms for its clients: 'EDITORIAL USE ONLY. NO RESALES.'
        r"^(?:(?:for )?editorial use only|no (?:re)?sales?|no archives?|mandatory credit|"
        r"not for sale)(?:[.;,]\s*(?:(?:for )?editorial use only|no (?:re)?sales?|no archives?|"
        r"mandatory credit|not for sale))*[.;,]?$|"
        r".{0,120}\bjournalism is (?:more (?:crucial|important|essential|vital|needed) than ever|"
        r"needed now more than ever)\b",
    ),
    (
        "cookie notice",
        r"^(?:your privacy(?: choices| settings)?|manage (?:settings|preferences|cookies|choices)|"
        r"(?:accept|reject) all(?: cookies)?|cookie (?:settings|preferences|policy))$|"
        r"^we value your privacy\b(?:[.!]?$|.{0,200}\bcookies?\b)",
    ),
    (
        "topic tags",
        # the tags under a story, run into one line: 'Keywords #Busan port #strike'
        r"^(?:keywords|tags|topics)\s*[:|·•]?\s*(?:#[^#]{1,40}){1,12}$|"
        # a Spanish-language page's, its tags' links kept apart: 'Temas: | sequía | Agua Prieta'
        r"^(?:temas|etiquetas|palabras clave)\s*:(?:\s*[|·•]\s*[^|·•]{1,40}){1,12}$|"
        # (or pasted, set apart by commas: 'Temas: mercado, Nogales, comercio')
        r"^(?:temas|etiquetas|palabras clave)\s*:\s*[^.,;:|·•]{1,40}"
        r"(?:,\s*[^.,;:|·•]{1,40}){1,12}$",
    ),
    # a PDF converter's mark where a page ends: '{1}------------------------------'
    ("page break", r"^\{\d{1,4}\}-{8,}$"),
    # a press officer's note in square brackets under the report, leaving the press to run it:
    # '[Full results in the attached sheet. Media houses are welcome to use this report and
    # the photos with credit.]'
    (
        "note to the press",
        r"^\[[^\]]{0,200}\b(?:journalists|the press|the media|media(?: houses| outlets)?|"
        r"newspapers|editors|outlets)\b[^.\]]{0,40}\b(?:welcome|free|may|can)\b[^.\]]{0,20}"
        r"\b(?:use|publish|run|republish|reprint)\b[^\]]*\]$",
    ),
    # a release's press contact on one line under the story, longer than the catalog reads
    # one: 'Media enquiries: Information Office, Government Buildings, Apia. Telephone +685
    # 555 0142 or email media@example.gov'
    (
        "press contact",
        r"^(?:media|press) (?:enquiries|inquiries|contacts?)\s*:\s+[^!?]{0,200}?"
        r"(?:\d{3}[-. ]\d{4}\b|[\w.+-]+@[\w-]+\.\w)",
    ),
    ("release boilerplate", r"^about (?:the )?(?-i:[A-Z])[\w .,'’&()-]{1,60}:\s+\S"),
    (
        POSTAL_ADDRESS,
        r"(?:^|[|·•]\s*)\d{1,5} [\w .'’-]{2,40}\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|"
        r"way|lane|ln|drive|dr|plaza|square|sq|place|pl|court|ct|circle|parkway|pkwy|highway|"
        r"hwy|terrace|suite \w+)\.?,?(?: [\w .'’-]{2,40}| ?[·•|])? ?[\w .'’-]{2,40}, [A-Z]{2} "
        r"\d{5}(?:-\d{4})?$",
    ),
    (
        "writer's bio",
        r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:covers|writes about|reports on) [^.]{2,80}"
        r" for (?:the )?(?-i:[A-Z])|"
        r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} is an? (?:senior |staff |contributing )?"
        r"(?:\w+ )?(?:editor|reporter|writer|correspondent|columnist|photographer) "
        r"(?:at|for|with|covering|based in|in)\b|"
        r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} is (?:the |an? )?"
        r"(?-i:[A-Z])[\w .&'’-]{1,40}['’]s "
        r"(?:\w+ ){0,2}(?:editor|reporter|writer|correspondent|columnist|critic|photographer)\.?$",
    ),
    (
        WRITER_CONTACT,
        # how to reach the writer, with an address, a number or a handle, anywhere in a line
        r"\b(?:can be reached at|(?:reach|contact|e-?mail) (?:him|her|them|(?-i:[A-Z])[\w.'’-]*"
        r"(?: (?-i:[A-Z])[\w.'’-]*){0,2}) at|follow (?:him|her|them) on)\b"
        r"(?=.*(?:@|\w\.(?:com|org|net|example)\b|\d{3}[-. ]\d{4}))|"
        # the writer's address alone under the story, as agencies print it: 'minseo@hna.example'
        r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    ),
    (
        "page date",
        r"^(?:(?:last )?(?:updated|modified|published|posted)(?: on)?:?\s+)?(?:mon|tue|wed|thu|fri|"
        r"sat|sun)\w*,? \d{1,2} \w+ \d{4}\b|"
        r"^(?:last )?(?:updated|modified)(?: on)?:? (?:\d+ (?:minutes?|hours?|days?) )?ago$|"
        r"^(?:last )?modified on\b|^\d+ (?:minutes?|hours?|days?) ago$|"
        # a page's date labels set apart from their dates: 'Last updated:', and the date with
        # its link to the page's history: '3 December 2026 — see all updates'
        r"^(?:last |date )?(?:updated|modified|published|posted)(?: on| at)?:$|"
        # a government site's date of a release, the day first: 'Publish Date : 05/03/2026'
        # (a film's or a book's 'Release date: 14/03/2026' is a fact of the story's)
        r"^(?:publish(?:ed)?|posted|upload(?:ed)?) (?:date|on)\s*:\s*"
        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|"
        # a government release's line of its date, place and department, names all, with no
        # sentence: 'March 4, 2026 – Fort Ames, Manitoba – Department of Rural Affairs' (not a
        # timeline's entry, 'March 4, 2026 – Council votes to fund the ferry')
        rf"^{_MONTHS} \d{{1,2}}, \d{{4}}(?: [–—-] {_BODY}){{2}}$|"
        r"^.{0,40}\d{4}\W{1,3}see (?:all )?(?:updates|changes|page history)$|"
        r"^\w+ \d{1,2}, \d{4},? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\w{0,4}\b.{0,80}$|"
        r"^(?:publicado|actualizado)(?: el)? \d{1,2} de \w+\b|"
        # a page's date with the time it was updated beside it, the two elements' words run
        # together: 'March 2, 2026Updated March 3, 2026, 9:15 a.m.'
        r"^\w+ \d{1,2}, \d{4}\s*(?:updated|modified)\b[^.]{0,40}(?:[ap]\.m\.?)?$|"
        # a results site's line of the team and the time a recap was posted: 'Pine Lake Lakers
        # · Feb 20, 2027 · 10:05pm'
        r"^[^.·|•]{2,60} [·|•] (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
        r"\d{1,2}, \d{4}(?: [·|•] \d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?)?$|"
        # and a news site's place with the time it was updated: 'Navi Mumbai | Updated: Mar
        # 05, 2026, 18:20 IST'
        r"^[^.·|•]{2,40} [·|•] (?:updated|published|posted)(?: on)?:? "
        rf"{_MONTHS} \d{{1,2}},? \d{{4}}(?:,? \d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?"
        r"(?: [a-z]{2,4})?)?$|"
        r"^issue no\.? ?\d+\b|^\w+ \d{4} issue$|^\d+ min(?:ute)?s? read$|"
        # a theme's reading time with its label: 'Reading Time: 3 mins read'
        r"^(?:estimated )?reading time\s*:?\s*\d+ min(?:ute)?s?(?: read)?$|"
        # a magazine theme's meta items run together, the comment count and the reading
        # time: '3 Comments 4 Mins Read'
        r"^\d[\d,]* comments? \d+ min(?:ute)?s? read$",
    ),
    (
        "web chrome",
        # a link to the file of a release, its kind and size in brackets: 'Press Release
        # (Marathi) (PDF 212 KB)'
        r"^[^.!?]{0,80}\((?:pdf|docx?|xlsx?|pptx?|odt|zip),? [\d.,]+ ?(?:kb|mb|bytes)\)$|"
        # a news site's box of readers' reactions under the story: 'What is your reaction to
        # this news?'
        r"^what(?:['’]s| is) your reaction(?: to this (?:news|story|article|post))?\s*\??$|"
        # a social site's hint for its keyboard shortcuts, as a copy of the page keeps it
        r"^(?:to )?view keyboard shortcuts(?:, press (?:the )?question mark| \(\?\))?$|"
        # a social post's footer: 'Last edited', 'View quotes', 'Show more replies'; a forum
        # post's count of its replies, as a learning platform's forum shows it under the post's
        # subject: 'Number of replies: 0'
        r"^(?:last edited|view (?:post )?quotes|show more replies|number of replies:\s*\d+)$|"
        r"^(?:purchase licensing rights|video player loading|explore more on these topics|"
        r"watch live|breaking news|live updates|republish this story|support our work|"
        # a notice to republishers under the story: 'Republishing? This story is free to ...'
        # (in the site's voice, quoting no one: not a story's 'Republishing? Bell said ...')
        r"republishing\?(?:$|\s+(?:this|the|our|you|we)\b[^.!?]{0,60}\brepublish)|"
        r"(?:this|the) (?:story|article|post) is free to republish\b(?!.*\b(?:said|says)\b)|"
        r"support (?:local|independent|nonprofit) news|we need your help|become a member|"
        r"like this:|like loading|\d+ (?:thoughts|responses|replies) (?:on|to)\b|"
        r"[\w .'’-]{1,40} says:$|your email address will not be published|"
        r"(?:proudly )?powered by\b|reuse this content|sign in or create|"
        # the web firm's credit in a site's footer: 'Website by Kpaka Digital'
        r"(?:website|site|web design|designed) by (?-i:[A-Z])[\w&'’.-]*(?: [\w&'’.-]+){0,3}$|"
        r"after newsletter promotion|privacy notice:|suggested topics|all quotes delayed|"
        r"our standards:|make your (?:gift|donation)|chip in\b|like the \w+\?|enjoying the \w+\?|"
        r"you are receiving this|view this (?:e-?mail|email|newsletter) in (?:your|a) browser|"
        r"forward (?:it|this) to a friend|this (?:edition|newsletter|email) is brought to you by|"
        # a page's link to send it on: 'Tip a friend' (eZ Publish's), 'Email a friend'
        r"(?:tip|e-?mail|send (?:this )?to) a friend$|"
        r"this (?:article|story) (?:first )?appear(?:s|ed) (?:in|on)\b|"
        # a link to the story in the site's other language, and a note of the programme or
        # partnership a story is filed under ('... part of the Local Democracy Reporting Service')
        r"(?:read|view) (?:this|the) (?:story|article) in (?-i:[A-Z])\w+$|"
        # the same link on a bilingual site or an agency's English service: 'Ver en español'
        r"(?:ver|leer|versi[oó]n|edici[oó]n|read|view)(?: (?:this|the) (?:story|article))? "
        r"(?:en|in) (?:español|espanol|inglés|ingles|english|spanish)$|"
        r"this (?:article|story) is (?:part of|published (?:in|through)) (?:the|a|our) "
        r"[^.!?]{0,80}\b(?:service|partnership|programme|program|scheme)\.?$|"
        # a writer's note to editors who would run the post: 'Editors: you can republish
        # this post for free under a Creative Commons BY-ND 4.0 license. Keep my name on it.'
        r"(?:editors?|publishers?|outlets?):\s*(?:you|outlets|publishers)\s+(?:can|may|are "
        r"welcome to)\s+republish\b|"
        # (or says the story is free to run: 'Editors: this story is free to run for members')
        r"(?:editors?|publishers?|outlets?):\s*this (?:story|article|post) is free to "
        r"(?:run|republish|use|reprint)\b|"
        # a note offering the story to other outlets: '(Editor's note:) This story was
        # produced by the Lab ... and is offered free to Nebraska news outlets.' (not a
        # report the story tells of, 'available to parents and school board members')
        r"(?:editor['’]s note:\s*)?this (?:story|article|report) was (?:produced|reported|"
        r"written)\b[^.!?]{0,200}\b(?:offered|available) (?:free )?(?:for republication )?to\b"
        r"[^.!?]{0,80}\b(?:(?:news|media) )?(?:outlets|newspapers|publications|stations|"
        r"newsrooms|(?:news|media|member) (?:partners|members|organizations))\.?$|"
        # a feed's footer: 'The post Unit to close appeared first on Castle Country Chronicle.'
        r"(?:the post .{1,200} )?appeared first on (?-i:[A-Z])[\w .&'’-]{0,60}\.?$|"
        r"(?:this (?:article|story) )?(?:first|originally) appeared (?:in|on)\b|"
        r"for immediate release|confidentiality notice|register$|print subscriptions?$|"
        # a release's label over its headline, perhaps with its date: 'NEWS RELEASE 2-DEC-2026',
        # 'PRESS NOTE' (as Indian government offices name one)
        r"(?:news|press|media) (?:release|advisory|note)(?: [\w ,./-]{0,20}\d{4})?$|"
        # a transcription service's mark under its transcript, and the transcript's heading
        r"transcribed by (?:https?://)?\S+$|(?:otter |auto(?:matic)? )?transcript \((?:auto|"
        r"automatic|machine|ai|otter|rev|generated|unedited|raw)[^()]{0,30}\)$|"
        r"search jobs$|skip to (?:navigation|main content)$|stories like this are made possible|"
        # a team's or a school's site about itself, and its links between stories: '(The)
        # Official Athletics Website of the North Country Wildcats', 'Previous Story | Next Story'
        # (the name a proper name, its words capitalized: not a headline's 'The official home
        # of the Wildcats turns 100 this fall')
        r"(?:the )?official (?:[\w'’-]+ ){0,3}(?:web ?site|site|home) of (?:the )?"
        r"(?-i:[A-Z][\w'’&.-]*)(?: (?:of|and|at|the|&|(?-i:[A-Z][\w'’&.-]*))){0,8}$|"
        r"(?:previous|prev\.?) (?:story|article|post)\s*[|·•/]?\s*next (?:story|article|post)$|"
        r"print[- ]friendly version$|"
        # a support banner's appeal: 'Reporting like this is possible because of listeners
        # like you' (its readers named, no one quoted: not a source's words on a story)
        r"reporting like this (?:depends|takes|is (?:only |made )?possible)\b"
        r"(?!.*\b(?:said|says)\b)"
        r".{0,120}\b(?:you|your|readers|listeners|viewers|members|supporters|donors|donations|"
        r"support|donate|subscribe)\b|"
        r"tens of millions have placed their trust|"
        r"we have a small favou?r to ask|opens new tab|watch:|listen:|"
        r"ir al contenido|publicidad|le[ae] también\b|comparta esta nota|suscr[ií]base|"
        r"su correo electr[oó]nico|\d+ comentarios?$|(?:comentarios|comments) \(\d+\)$|"
        r"download (?:the|our) [\w ]{1,30} app\b|subscribe (?:here|now)\b|"
        # a blog's line under each post: 'Got something to say about this post? Reply by email.'
        r"(?:got something to say about this (?:post|article)\?\s*)?reply (?:by|via) e-?mail\.?$|"
        # the line beside a QR code: 'Scan to watch our video report ...'
        r"scan (?:the |this )?(?:qr[- ]?code )?to (?:watch|read|see|listen|download|follow)\b|"
        # an ad slot's label in the text, a player and a broadcast page's widgets
        r"(?:the )?(?:article|story) continues below(?: (?:this|the))?(?: ad(?:vertisement)?)?|"
        r"continue reading below|now playing:|heard on [\w ]{1,40}$|listen live$|"
        r"audio (?:will be|is) available\b|(?:hide|toggle|show|expand) caption$|"
        r"enlarge this image$|sponsor(?:ed)? message$|support comes from\b|"
        r"get the app$|start writing$|open in app$|discover more from\b|continue reading$|"
        r"over [\d,.]+k? subscribers$|.{0,60}[·|•]\s*[\d,.]+k? (?:subscribers|followers|views)$|"
        r"like$|gift this article$|listen to this article\b|"
        r"was this page helpful\?|buy (?:now|this photo|photo|reprints?)$|"
        # a government site's feedback widget and its search under a page
        r"did you find what you were looking for\?$|report a problem or mistake on this page$|"
        r"search for related information by keyword\b|"
        r"\d{1,3}(?: of |\s*/\s*)\d{1,3}$|"
        # a gallery's counter over each picture ('[Image 2 of 3]'), and what a photo service
        # or an agency's client area sets under it: its links to download it or keep it, its
        # number ('Photo ID: 9140021 | VIRIN: ...', 'XAG20260302-1147') and its restrictions
        r"\[?(?:image|photo|picture|slide)\s+\d{1,3}(?: of |\s*/\s*)\d{1,3}\]?$|"
        r"(?:photo|image) details(?:\s*[|·•]\s*download\b.{0,60})?$|"
        r"(?:photo|image|asset) id\s*:\s*[\w-]+(?:\s*[|·•]\s*[\w ]{1,20}:\s*[\w-]+){0,4}$|"
        r"(?-i:[A-Z]{2,8}\d{8}[-_]\d{1,6})$|"
        r"download\s*[·|•]\s*add to (?:lightbox|cart|basket|collection)$|"
        # such a site's counts, its licence and its box of the story's details
        r"(?:web views|views|downloads|podcast hits|plays)\s*:\s*[\d,]+$|public domain$|"
        r"this work, .{1,300} must comply with the restrictions\b.{0,120}$|news info$|"
        r"date posted\s*:\s*[\d./ :-]+$|"
        r"an official (?:web ?site|site) of the united states government$|here['’]s how you know$|"
        r"accessibility\s*/\s*section 508$|section 508$|foia$|no fear act$|"
        r"restrictions?\s*:\s*(?:editorial use only|no (?:sales|archiving|resale)|"
        r"for editorial use)\b.{0,80}$|"
        r"(?:enlarge|expand|view) (?:image|photo|gallery)$|"
        r"(?:(?:photo )?gallery|(?:more )?photos?)\s*\(?click to (?:enlarge|expand|view)\)?$|"
        # an old site's hit counter and the line its site builder sets under every page
        # (its number, perhaps drawn, and since when it counts: not a story quoting it)
        r"you are visitor (?:number|no\.?|#)\s*:?\s*[\d,.]*\s*(?:(?:since|to|of|on)\b"
        r"(?!.*\b(?:said|says|reads)\b).{0,60})?[.!]?$|"
        r"send mail to \S+ with questions or comments about this web ?site\.?$|"
        r"skip advertisement$|supported by$|share full article$|"
        r"read \d+ comments$|see more on:|more about (?-i:[A-Z])[\w'’ .-]{2,40}$|"
        r"see (?:all )?stories by\b|download hi-?res\b|photos? available:?$|next story:|"
        r"(?:←|&larr;|<)?\s*back to\b[\w ]{0,30}$|return to \S+$|url:\s*https?://|"
        r"this (?:work|story|article) is licensed under\b|sponsored:|donate:|[★☆]{3,}$|"
        r"listen to this (?:article|review|story)\b|more reviews$|become a (?:patron|member)$|"
        r"edit this page on\b|site map$|"
        r"read the (?:full )?(?:ruling|report|decision|complaint) here\.?$|"
        r"(?:most read|trending|sponsored stories|more galleries)\b|"
        # a page's other stories and its links: 'Previous article', 'Next: Fair dates set'
        r"(?:previous|next|prev|older|newer)(?: (?:article|story|post|entry|page|item))?"
        r"(?:\s*:\s*\S.{0,80}|\s*[»›>]?)$|"
        r"skip (?:to|next)\b.{0,40}$|permalink$|imprint$|legal notice$|"
        r"accessibility statement$|send us (?:your )?feedback$|reprints? (?:&|and) permissions$|"
        r"order (?:a )?reprints?$|save (?:story|article)$|report a concern$|"
        r"suggest (?:more|less) like this$|social sharing$|(?:estimated )?\d+ min(?:ute)?s?$|"
        r"duration \d{1,2}:\d{2}$|(?:play|pause) audio(?: story)?$|"
        r"commenting is (?:now )?closed\b|comments are closed\b|about the authors?$|"
        # an author box's head, the writer's name and the count of her posts, as a magazine
        # theme sets it under the story: 'About Ana Ruiz 412 Articles'
        r"about (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3} [\d,]+ (?:articles|posts)$|"
        r"download (?:the |our )?[\w’' .-]{1,60}\((?:pdf|docx?|xlsx?|csv)\b[^)]*\)$|"
        # a news module's box of files under the story: 'Documents to download', then each
        # file's link with its size, 'plan-2027.pdf (2.14 MB)', as a webmail lists a mail's
        # attachments too: 'records.zip   18.4 MB'
        r"(?:documents?|files?|attachments?|resources) (?:to|for|available for) download$|"
        r"[\w .()-]{1,60}\.(?:pdf|docx?|xlsx?|csv|zip|pptx?|jpe?g|png|gif|heic|webp|mp[34]|mov|"
        r"m4a|wav)\s*(?:\(\s*[\d.,]+\s?[kmg]b\s*\)|[\d.,]+\s?[kmg]b)$|"
        # and as a Domino server lists a document's files, under its label, the file's link
        # and its size apart: 'Attachments:', 'plan-2027.zip', '(2.1 MB)'
        r"attachments?:$|[\w.()-]{1,60}\.(?:pdf|docx?|xlsx?|csv|zip|pptx?)$|"
        r"\(\s*[\d.,]+\s?[kmg]b\s*\)$|"
        # a blog's furniture: TrackBacks, archives, its feed and licence
        r"\d+ trackbacks?$|trackback url\b|recent (?:entries|posts|comments)$|"
        r"(?:monthly )?archives$|about this (?:entry|post)$|"
        r"subscribe to this blog(?:'|’)?s? feed$|.{0,60}licensed under a creative commons\b|"
        # a web mail's line over a mail's files, and a note app's stamp: '2 Attachments •
        # Scanned by Gmail', 'Edited 21:02'
        r"\d{1,3} attachments?(?:\s*[•·]\s*scanned by \w+)?$|edited \d{1,2}:\d{2}(?:\s?[ap]m)?$|"
        # a social network's: 'See less', 'All reactions:', 'Ana Ruiz and 311 others'
        r"see (?:less|more|translation)$|all reactions:?$|most relevant$|top fan$|"
        r"[\w .'’-]{2,40} and \d[\d,]* others$|(?:#[\w-]+\s*){2,}$|"
        # a browser's translation bar: 'Google Translate', 'Translated from: French'
        r"google translate$|translated from:? \w+$|show original$|rate this translation$|"
        r"your feedback will be used to help improve\b|"
        # a newspaper's jump lines: 'See BRIDGE, Page A8', 'Continued from Page A1', the
        # section's letter after the number as many papers print it: 'See FERRY, Page 6A'
        r"see (?-i:[A-Z]{3,})\b.{0,20}\bpage (?:[a-z]?\d+|\d+[a-z])$|"
        r"(?:continued (?:from|on)|from) page (?:[a-z]?\d+|\d+[a-z])$|"
        # an e-mail's: 'Reply all', a link alone, 'Please consider the environment ...'
        r"reply all$|forward$|(?:https?://|www\.)\S+$|[\w-]+(?:\.[\w-]+)+/[\w/.-]*$|"
        r"please consider the environment before printing\b|"
        # a site's sign-in wall and its footer's links: 'Sign in to view more content'
        r"sign in to (?:view|see|continue|read)\b.{0,60}$|create your free account\b.{0,60}$|"
        r"forgot (?:your )?password\??$|new to [\w.]{2,30}\?.{0,20}$|email or phone$|"
        r"(?:password|show|or)$|"
        # a share prompt, a messaging channel's link, an ad set as text, the desk's address
        r"(?:kindly )?share this (?:story|article|post|news)\b.{0,20}$|"
        # (or its row of buttons under its label: 'Share this post: Facebook | WhatsApp | Email
        # a friend', as a site builder sets it)
        r"share(?: this(?: story| article| post| page)?)?\s*:\s*(?:(?:facebook|x|twitter|"
        r"whatsapp|telegram|linkedin|pinterest|reddit|print|e-?mail(?: (?:a|to a) friend)?|"
        r"copy link)\s*(?:[|·•,/]\s*|$)){2,}$|"
        r"click here to join\b.{0,80}$|(?:text )?ad:\s|contact:\s*\S+@\S+$|"
        r"\[email(?:&#160;|\s)protected\]$|"  # an address a site hid from robots
        r"(?:user agreement|cookie policy|copyright policy|brand policy|guest controls|"
        r"community guidelines|terms of (?:use|service)|privacy policy)$)",
    ),
    (
        # a federal site's footer links and the place in a news-info box, which a story's
        # crosshead ('Privacy and security') or an event's box ('Location: Pinedale Public
        # Library, WY') may say as well: kept only among other furniture
        AMONG_FURNITURE,
        r"^(?:accessibility|privacy (?:&|and) security|location\s*:\s*[^.]{2,60}, (?-i:[A-Z]{2}))$",
    ),
    (
        TEASERS,
        r"^(?:more videos|read next|explore more on these topics|also this week|quick hits|"
        r"le puede interesar|más noticias|related coverage|more (?:from|in) [\w ]{1,30}|"
        # 'Previous coverage of the garage and the floods', 'Earlier coverage'
        r"(?:previous|earlier|past|prior) coverage(?: (?:of|on|about) [\w'’ ]{1,60})?|"
        r"more stories(?: (?:from|in|on|about) [\w' ]{1,30})?|more [\w' ]{1,30} coverage|"
        r"related stor(?:y|ies)|go deeper|keep reading|read this next|"
        # a press office's list of the department's other releases under one: 'Other releases
        # of the Department of Fisheries' ('Other news' only with the body it names: alone,
        # it is a roundup's crosshead over the rest of a meeting's business)
        r"other (?:releases|stories|articles|posts)(?: (?:of|from|by|in) [\w'’ ,-]{1,60})?|"
        r"other (?:announcements|news) (?:of|from|by|in) (?:the )?(?-i:[A-Z])[\w'’ ,-]{1,60}|"
        # the links beside an athletics site's recap: 'Story Links', then 'Box Score (PDF)'
        r"(?:story|game|related) links|"
        # a match centre's next fixture under the report: 'Next match', 'Upcoming fixtures'
        r"next (?:match|game|fixture)|upcoming (?:matches|games|fixtures)|"
        r"you might also like|from around the web|what to read next|"
        r"recommended reading|in case you missed it|further reading|next up in \d+|"
        r"more (?:articles|posts|stories) by [\w .'’-]{2,40}|(?:others|people) also viewed|"
        r"related items|associated links|"
        r"explore (?:more )?topics|"
        r"sign up to (?-i:[A-Z])[\w ]{1,30}|"
        # the latest of a section and a story's tags, with the short lines under them
        r"latest [\w'’ ]{1,30} (?:stories|headlines|articles)|keywords|tags|topics)"
        r"\s*:?$",
    ),
    (
        # a line of a match centre's minute-by-minute commentary, the minute and its mark
        # first: "78' GOAL! Kakua United 2-1.", "45+2' HALF TIME: ..." (another telling of the
        # match than the report's)
        "match commentary",
        r"^\d{1,3}(?:\+\d{1,2})?['’′]\s+(?-i:[A-Z\d])",
    ),
    (
        # the match's award under the report, its sponsor after it: 'Man of the Match: Ana
        # Ruiz (Rovers) - sponsored by ...' (agate, as the line-ups are)
        "match agate",
        r"^(?:man|woman|player) of the match\s*:\s*\S",
    ),
    (
        # a link to the research paper a university's story reports, by its DOI: 'Read the
        # paper (DOI: 10.5555/xyz)', 'DOI: 10.5555/xyz'
        "paper's link",
        r"^(?:(?:read|see|download|view|access) (?:the )?(?:full )?(?:paper|study|article|"
        r"report|research)\b[^()]{0,40}\(\s*doi\s*:\s*10\.\d{4,9}/[^()\s]+\s*\)|"
        r"doi\s*:\s*10\.\d{4,9}/\S+)\.?$",
    ),
    (
        # a post's or a message's count on a line of its own under it, as a story sent in
        # numbered parts counts them: '(2/4)', '[3/7]'
        "part's count",
        r"^[(\[]\d{1,3}\s*/\s*\d{1,3}[)\]]$",
    ),
    (
        # a school's notice to its parents set under a news item on its site, a reminder of
        # its own and no part of the story: 'Parents: the reply slips are due on Friday.'
        "notice to parents",
        r"^(?:(?:a )?(?:note|notice|reminder) (?:to|for) )?parents(?: and (?:guardians|carers))?"
        r"\s*:\s+\S",
    ),
)
_FURNITURE: Final = tuple((what, re.compile(pattern, re.I)) for what, pattern in FURNITURE)
# A line that only lists sections of a site: 'News  Sports  Opinion', 'News | Sports | Opinion'
_BUTTONS: Final = re.compile(r"^(?:\[[^\]]{1,24}\]\s*){2,}$")  # '[Facebook] [Email]'
_MENU: Final = re.compile(  # (an item of up to three words: 'Advertise With Us')
    r"^(?:[\w&'’.-]+(?: [\w&'’.-]+){0,2}(?:\s*[|·•∙]\s*|\s{2,})){2,}"
    r"[\w&'’.-]+(?: [\w&'’.-]+){0,2}$|"
    # (or of four, in lower case after the first, between two short ones set off by bars or
    # dots: 'Help · Contact the English Desk · Terms of use')
    r"^[\w&'’.-]+(?: [\w&'’.-]+){0,2}\s*[|·•∙]\s*(?-i:[A-Z])\w+ (?-i:[a-z])\w*(?: [\w&'’.-]+){1,2}"
    r"\s*[|·•∙]\s*[\w&'’.-]+(?: [\w&'’.-]+){0,2}$"
)
# The words of a site's menus, a player's controls and its share buttons: a line made of them
# alone ('Listen Live Donate Programs Schedule Podcasts', 'Play Listen · 4:12 Download',
# 'Share on Facebook Share on X Email Print') is no part of a story.
_NAV_WORDS: Final = frozenset(
    (
        *("news", "sports", "opinion", "obituaries", "obits", "weather", "traffic", "politics"),
        *("business", "entertainment", "lifestyle", "life", "arts", "culture", "food", "travel"),
        *("health", "science", "tech", "technology", "education", "local", "national", "world"),
        *("video", "videos", "photos", "podcasts", "podcast", "programs", "schedule", "events"),
        *("listen", "live", "watch", "play", "pause", "download", "embed", "transcript", "donate"),
        *("subscribe", "newsletters", "e-edition", "jobs", "classifieds", "shop", "about", "us"),
        *("contact", "login", "log", "in", "sign", "search", "menu", "home", "more", "share"),
        *("on", "facebook", "x", "twitter", "email", "e-mail", "print", "linkedin", "whatsapp"),
        *("reddit", "flipboard", "pinterest", "bluesky", "threads", "copy", "link", "save"),
        *("comments", "comment", "gift", "support", "tv", "radio", "&", "and", "scores"),
        *("standings", "stats", "teams", "players", "tickets", "residents", "government"),
    )
)
_DURATION: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


# What makes a line a call for money or sign-ups wherever it stands in it: (a word the
# pattern's match holds, the pattern). The words are looked for first.
APPEALS: Final = (
    ("favo", r"\bwe have a small favou?r to ask"),
    ("made possible", r"\bmade possible by (?:listeners|readers|members|viewers)"),
    ("make your", r"\bmake your (?:gift|donation)"),
    ("sign up", r"\bsign up for [\w' ]{0,40}newsletter|\bsign up (?:now|today|here|below)\b"),
    # a prompt's button as the line's last words: 'Get the morning email. Sign up free'
    ("sign up", r"(?:^|[.!?][*_]*\s+)sign up (?:for )?free[.!]?$"),
    ("today", r"\b(?:become|join as) a (?:member|subscriber|supporter) today"),
    ("chip in", r"\bchip in \$"),
    (
        "become a",
        r"\bbecome an? (?:[\w']+ ){0,3}(?:member|subscriber|supporter) (?:for|today|now|"
        r"from [$£€]\d)",
    ),
    *(
        (verb, rf"\b(?:coverage|reporting|journalism) (?:is|was) (?:\w+ )?{verb} (?:in part )?by\b")
        for verb in ("supported", "funded", "underwritten", "made possible")
    ),
    ("forwarded", r"\bforwarded (?:this|it) to you\b"),
    # a pitch's own last sentence, not 'urged them to donate now'
    ("donate now", r"(?:^|[.!?]\s+)donate now[.!]?$"),
    ("subscribe now", r"(?:^|[.!?]\s+)subscribe now\b[^.!?\"”]{0,40}[.!]?$"),
    ("support", r"^support (?:the |our )?[\w .&'’-]{2,40}['’]s (?:journalism|reporting)\b"),
    ("welcome", r"^welcome (?:back )?to (?:the )?(?-i:[A-Z]).{0,60}\bnewsletter\b"),
)
_APPEAL_WORD: Final = re.compile("|".join(re.escape(word) for word, _ in APPEALS))
_APPEALS: Final[dict[str, list[re.Pattern[str]]]] = {}
for _word, _pattern in APPEALS:
    _APPEALS.setdefault(_word, []).append(re.compile(_pattern, re.I))


def appeal(line: str) -> bool:
    """Whether a line calls for money or sign-ups: the patterns of the words it holds tried,
    not all ('Supporters say ...' holds 'support' and is tried against one pattern)."""
    lower = line.lower()
    found = set(_APPEAL_WORD.findall(lower))
    return any(pattern.search(line) for word in found for pattern in _APPEALS[word])


# a note labelled for the desk, perhaps naming which: 'For the foreign desk: 1,080 words.'
_TO_THE_DESK: Final = re.compile(
    r"^(?:notes? (?:to|for) (?:the )?(?:desk|editors?|copy desk)|to desk|for desk|"
    r"(?:notes? )?(?:to|for) the (?:foreign|metro|city|news|national|business|sports?|photo|"
    r"copy|night|web|digital|international|world) desk)\s*:",
    re.I,
)


# the confidentiality notice a mail server adds under each message: 'Notice: The information
# contained in this e-mail message ... may contain confidential ... If you are not the
# intended recipient, ...', 'This e-mail and any attachments are confidential and intended
# solely for the use of the addressee. If you have received this e-mail in error, ...' (the
# notice speaks to its reader: not a story's 'residents who received this e-mail in error')
_MAIL_NOTICE: Final = re.compile(
    r"^(?:(?:(?:confidentiality |legal )?notice|disclaimer|caution|important)\s*:\s*)?"
    r"(?:the information (?:contained )?in this|this) (?:e-?mail|message|communication)\b"
    r"[^.]{0,200}\bconfidential\b.{0,300}\b(?:intended recipient|intended (?:solely|only) "
    r"for\b.{0,200}\bif you (?:have )?received this (?:e-?mail|message|communication) in error)"
    r"\b",
    re.I,
)
# the notice's words quoted in a story, who wrote them named after them: '..., read a note
# the hospital sent', '..., the hospital wrote'
_ATTRIBUTED: Final = re.compile(
    r",\s+(?:(?:read|reads|said|says|wrote|writes|stated|states)\s+(?:a|an|the|its|his|her|"
    r"their)\b|(?:the|a|an|its)\s+[\w'’ -]{1,40}?\s+(?:said|says|wrote|writes|stated)\b|"
    r"according to\b)",
    re.I,
)


@functools.lru_cache(maxsize=1 << 16)  # (a line is asked of several times while placed)
def furniture(text: str) -> str | None:
    """What a line around a filed story is, when it is no part of the story, or None."""
    # (a Markdown line's bold words read as their words: '**About Us:** We are ...')
    bare = text.strip().replace("**", "").strip("*_").strip()
    if not bare and len(text.strip()) >= 10 and not text.strip().strip("_"):
        return "rule"  # a line of underscores, a mail program's or a list's footer rule
    if _MAIL_NOTICE.match(bare) and not _ATTRIBUTED.search(bare):
        return "e-mail header"  # (however long: a mail server's confidentiality notice)
    if not bare or len(bare.split(None, 60)) > 60:
        return None
    if appeal(bare):
        return "appeal"
    if _TO_THE_DESK.match(bare):
        return "note to the desk"  # (however long: 'NOTE TO DESK: Ekberg is spelled ...')
    if len(bare.split(None, 40)) > 40:
        return None
    if menu(bare) or _BUTTONS.match(bare) or _nav(bare):
        return "site navigation"
    core = bare.strip("—–-·• ").strip() or bare  # '— Go deeper —'
    texts = (bare,) if core == bare else (bare, core)
    for what, pattern in _FURNITURE:
        if what in _SEARCHED:
            if _SEARCHED[what](bare) and pattern.search(bare):
                return what
        elif any(pattern.match(t) for t in texts):
            return what
    return None


# the arrows a market strip marks a price's move with
_ARROWS: Final = frozenset("▲▼△▽↑↓")
# The kinds found anywhere in a line, each with a quick test of what a line cannot be that
# kind without, tried first: an address ends in its ZIP code; a writer's contact says how to
# reach them, or is their address alone.
_SEARCHED: Final[dict[str, Callable[[str], bool]]] = {
    POSTAL_ADDRESS: lambda line: line[-1].isdigit(),
    "market ticker": lambda line: not _ARROWS.isdisjoint(line),
    "release boilerplate": about_blurb,  # (not a voter guide's 'About Dana Kim: Kim, 54, ...')
    WRITER_CONTACT: lambda line: (
        "@" in line or any(word in line.lower() for word in ("reach", "contact", "follow", "mail"))
    ),
}


def menu(line: str) -> bool:
    """Whether a line, with its spacing as written, lists a site's sections: 'News  Sports
    Opinion', 'News | Sports | Opinion' (pasted text keeps a menu's spaces, and loses them
    once its lines are read)."""
    bare = line.strip()
    if bare[:1] == "|" and bare[-1:] == "|":  # a row framed by bars: '| Next | Main menu |'
        bare = bare[1:-1].strip()
    return _MENU.match(bare) is not None and not bare.endswith(".")


def _nav(line: str) -> bool:
    """A line of menu, player or share-button words alone, three or more of them."""
    if line.endswith("."):
        return False
    words = [w for w in re.split(r"[\s|·•∙/]+", line) if w]
    return len(words) >= 3 and all(w.lower() in _NAV_WORDS or _DURATION.match(w) for w in words)
