"""An image's words as a document gives them: its caption, its credit (with or without a
label: '(Photo: ...)', '(Credits: ...)', 'Credit ...', '.../Reuters', 'Photograph: ...'), and
an alt or title line beside them."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsroom.checks.chrome import FILE_KINDS, IMAGE_SUPPLIERS

# a credit's name after a label that is a word of a sentence too: capitalized words, the
# small words and the marks between them ('Tavita Fuimaono / Savaiʻi Community Voice'), a
# name of one word never ended as a sentence is ('Supplied', not 'No.')
_NAMED: Final = (
    r"(?:(?-i:[A-Z])[\w'’ʻ.-]*(?:\s+(?:(?-i:[A-Z])[\w'’ʻ.-]*|(?-i:of|the|and|for|de)|[/|&-]))+"
    r"|(?-i:[A-Z])[\w'’ʻ-]*)"
)
_LABEL: Final = (
    r"(?:(?:(?:main|top|lead|header|hero) )?(?:photo|image|picture)\s+credits?|"
    r"photo(?:graph)?s?|images?|pictures?|pics?|pix|fotos?|credits?|graphics?|maps?|charts?|"
    # (Welsh's 'Llun: Ana Diaz', Icelandic's 'Mynd: ...', Samoan's 'Ata: ...': a name as
    # well, an interview's label over its answers, so only before a credit's capitalized
    # words, never a sentence: 'Ata: Tavita Fuimaono / Savaiʻi Community Voice', not 'Ata:
    # Yes, I called the police.')
    # (and Marathi's and Hindi's 'छाया: ...', which a browser's translation of the page
    # gives as 'Shadow: Nitin Powar')
    # (te reo Māori's 'Whakaahua: ...', a photograph, likewise only before a name)
    rf"llun|mynd(?:ir)?|ata(?=\s*:\s*{_NAMED}\s*\)?\s*$)|courtesy(?= of\b)|"
    rf"whakaahua(?=\s*:\s*{_NAMED}\s*\)?\s*$)|"
    rf"छाया(?:चित्र)?(?=\s*:)|shadow(?=\s*:\s*{_NAMED}\s*\)?\s*$))"
)
# two labels for one credit: 'Foto/Photo: Ana Diaz'
_LABELS: Final = rf"{_LABEL}(?:\s*/\s*{_LABEL})?"
_SUPPLIER: Final = "|".join(sorted((re.escape(s) for s in IMAGE_SUPPLIERS), key=len, reverse=True))
# '... on Tuesday. (Photo: Jane Roe/Reuters)', '(AP Photo/Jane Roe)', '(Getty Images)',
# '(Foto / Photo: Jane Roe)'
_IN_PARENS: Final = re.compile(
    rf"\s*[([]\s*(?:(?P<label>{_LABELS})\s*(?::|\bby\b)\s*)?(?P<credit>[^()[\]]{{2,120}})[)\]]\s*$",
    re.I,
)
# '... on Tuesday. Photograph: Jane Roe/The Guardian', 'Photo by Jane Roe', 'Credit: AP'
_LABELLED: Final = re.compile(
    r"(?:^|(?<=[\s.!?\"”’]))(?<!file )"
    rf"(?P<label>{_LABELS})\s*(?::|\bby\b|\bvia\b|"
    r"(?<=(?-i:Credit|CREDIT))\s(?!(?-i:to|where|for|goes)\s)|"
    r"(?<=(?-i:[Pp]hoto credit|PHOTO CREDIT|[Ii]mage credit))\s|"
    # ('Credit Jane Roe', 'Photo credit Jane Roe', never 'a credit union', nor a sentence's
    # 'Credit to United, they kept going' or 'Credit where it is due')
    r"(?<=photo)\s/(?=\s))\s*"  # 'Photo / Ana Diaz'
    # (the credit without the stop closing the line, but for a company's abbreviation's:
    # 'Photo: Daeyang Ocean Co., Ltd.')
    r"(?P<credit>[^\s].{1,119}?(?:(?<=\b(?-i:Ltd|Inc|Bhd|Pty))\.|(?<=\b(?-i:Co|Jr|Sr))\.)?)\.?\s*$",
    re.I,
)
# credits whose words say what the image is, kept whole: 'Courtesy of ...', 'Photo
# illustration by ...'
_COURTESY: Final = re.compile(
    # (a bracket's credit only where the sentence does not go on after the bracket: never
    # '... a map (courtesy of the museum) of the pier.')
    r"(?:^|(?<=[\s.!?\"”’(]))(?P<credit>(?![^)]{0,120}\)\s+(?-i:[a-z]))"
    r"(?:(?:(?:rendering|illustration|drawing|image|map|chart|graphic|"
    r"photo|picture|pic)s? )?courtesy of|"
    # (or with no 'of', as Caribbean papers set it: 'Photo courtesy Ministry of Works')
    r"(?:photo|picture|pic)s? courtesy(?= (?-i:[A-Z]))|"
    r"photo illustration by|(?:courtroom |court )?sketch by|"
    r"(?:(?-i:[A-Z])[\w'’.-]* ){1,3}file photo by|"
    # a handout's source after the caption's last sentence: '... in 2019. Provided by the city'
    r"(?:^|(?<=[.!?\"”’] ))(?-i:Provided) by(?= (?:the )?(?-i:[A-Z])))\s+.{2,100}?)\)?\.?\s*$",
    re.I,
)
# the attribution Word sets under a picture it found online, kept whole: 'This Photo by
# Unknown Author is licensed under CC BY-SA'
_LICENSED: Final = re.compile(
    r"(?:^|(?<=[.!?\"”’] ))(?P<credit>this (?:photo|image|picture) by .{2,80}? is licensed "
    r"under [^.]{2,40}?)\.?\s*$",
    re.I,
)
# '... on Tuesday. Jane Roe/Reuters', '... on Tuesday. Getty Images'
_TRAILING: Final = re.compile(
    r"(?<=[.!?\"”’])\s+(?P<credit>(?-i:[A-Z])[\w.'’-]*(?: [\w.'’&-]+){0,4}"
    r"(?:\s*/\s*(?:for (?:the )?)?(?-i:[A-Z])[^/]{1,60}){1,3}|"  # 'Hal Tuttle / for the Courier'
    + rf"(?:(?-i:[A-Z])[\w.'’-]+\s+){{0,3}}(?:{_SUPPLIER}))\s*$",
    re.I,
)
# a handout's word after a dash, as Caribbean and British papers set it: '... coast. - CONTRIBUTED'
_HANDOUT: Final = re.compile(
    r"(?<=[.!?\"”’])\s+[-–—]\s*(?P<credit>contributed|submitted|file|file photo|handout)\s*$|"
    # and after a long dash, as papers in Pakistan set it: '... harvest. — Courtesy Multan Mango
    # Growers Association', '... on Tuesday. — NPS' (an agency's letters)
    r"(?<=[.!?\"”’])\s+[–—]\s*(?P<after>courtesy(?: of)?\s+(?-i:[A-Z])[^.!?]{1,80}|"
    r"(?-i:[A-Z]{2,6})|"
    # as Malaysian papers set it: '... on Tuesday (Dec 1). — AMIRUL HAKIM/The Star', '... in
    # August. — Filepic', '... on Wednesday. — Bernama photo'
    r"(?-i:[A-Z])[\w.'’-]*(?: [\w.'’&-]+){0,4}\s*/\s*(?-i:[A-Z])[^/.!?]{1,60}|filepic|"
    rf"(?-i:[A-Z])[\w'’-]+ (?:photo|pic|picture)s?|{_SUPPLIER})\s*$|"
    # and with no dash, as Australian papers set it: '... in 2022. Picture supplied', and
    # whose it is, kept whole: '... on Monday. Supplied: Tarrawong Primary School'
    r"(?<=[.!?\"”’])\s+(?P<plain>(?:picture|photo|image)s? supplied|"
    r"file (?:picture|photo|image)|supplied:\s*(?-i:[A-Z])[^.!?]{1,80})\.?\s*$",
    re.I,
)
# a credit after a copyright sign or a bar, as portals and Japanese papers set it: '... in
# September. © Dirk Halvorsen/Clearwater Courier', '... in October. | Naoko Ishiguro', the
# sign perhaps after the word for a picture: '... on Thursday. Photo © Ana Ruiz'
# (a bar only as the line's one bar: not a menu's 'Residents | How Do I... | Agenda Center')
_SIGNED: Final = re.compile(
    r"(?<!\.\.)(?<=[.!?\"”’])\s+(?:(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s+©|©|\|(?=[^|]*$))"
    r"\s*(?P<credit>(?-i:[A-Z])[^.!?|©]{1,80}?)"
    r"\.?\s*$"
)
# where the picture a caption is of stands, its label before the caption: 'Cover photo: A
# crew clears the banks ... Photo: Ana Diaz'
_PICTURE_PLACE: Final = re.compile(
    r"^(?:cover|featured|lead|main|header|hero) (?:photo|image|picture)\s*:\s*(?=\S)", re.I
)
# a credit after its label and a bar, as Kenyan papers set it: '... on Tuesday. PHOTO | JANE
# ROE | MIRROR', '... in October. PHOTO | FILE' (the bars between name and paper kept)
_BARRED_LABEL: Final = re.compile(
    r"(?<=[.!?\"”’])\s+(?-i:PHOTO|Photo|PICTURE|Picture)S?\s+\|\s+"
    r"(?P<credit>[^\s|][^|]{0,60}(?:\s\|\s[^\s|][^|]{0,60})?)\s*$"
)
# what an agency adds to a caption for its clients, not its readers: '(PHOTO NOT FOR SALE)';
# and the file a release's mail sends the picture as: '(attached: ferry-quay.jpg)'
_USAGE_NOTE: Final = re.compile(
    r"\s*\((?:photo not for sale|not for sale|editorial use only|for editorial use only|"
    r"mandatory credit|no sales|no archives|no resale|"
    r"(?:attached|file|filename|see attachment)\s*:?\s*[\w .-]{1,80}"
    r"\.(?:jpe?g|png|gif|tiff?|webp|heic))\)(?=\s|$)",
    re.I,
)
# an agency's letters in parentheses after the caption's last sentence: '... Dec. 2. (HNA)'
_AGENCY_LETTERS: Final = re.compile(
    rf"(?!(?:{FILE_KINDS})$)[A-Z]{{2,6}}"
)  # (not a file's kind: '... through 2027. (PDF)')
# a credit line alone: 'Ruth Akinola/KRVX', 'Meridian/Osric Pell'; what follows the slash
# is a name, its words in capitals but for a particle ('Ana Diaz/The Island Record'), never a
# bilingual page's translation ('Newyddion lleol / Local news every Friday')
_SLASHED_CREDIT: Final = (
    r"(?P<credit>(?-i:[A-Z])[\w.'’-]*(?: [\w.'’&-]+){0,4}\s*/\s*"
    r"(?=[^/.!?]{1,50}$)(?-i:[A-Z])[^\s/.!?,]*"
    r"(?:[ ,]+(?:(?-i:[A-Z\d])[^\s/.!?,]*|(?:of|the|for|to|and|via|de|del|la|y|at|on)\b|[&–-]))*)$"
)
_SLASHED: Final = re.compile(f"^{_SLASHED_CREDIT}")
# such a credit after a bar set off by spaces, the caption's one bar, with or without a full
# stop before it, as a theme's figure sets it: '... for the combined business | Ana Diaz/Island
# Funds Review' (the slash and the capitals make it a credit, where a bar alone may divide a
# menu's words: 'Residents | How Do I... | Agenda Center'; the caption's last word in small
# letters, not a price's or a year's: 'Tickets £5 | Box office/Reception')
_BARRED_SLASHED: Final = re.compile(rf"(?<=[a-z][a-z.!?\"”’)]) \| (?=[^|]*$){_SLASHED_CREDIT}")
# a credit line alone naming whose kind of picture it is: 'Sentinel graphic', 'Staff photo',
# 'AP Photo', 'Herald file photo' (not a gallery's button: 'View photo', 'Next photo')
_KIND_ALONE: Final = re.compile(
    r"^(?P<credit>(?!(?:view|next|previous|prev|more|open|enlarge|buy|share|download|see|"
    r"lead|main|top|cover|featured|related|the|a|our|your|this)\b)(?-i:[A-Z])[\w.'’&-]*"
    r"(?: (?-i:[A-Z])[\w.'’&-]*){0,3} (?:file )?(?:photo|graphic|illustration|map|chart|image)s?)$",
    re.I,
)
# a camera's pictograph set before the credit as its label, after the caption's last
# sentence: '... at Meads Bay. 📷 Courtesy Sea Grape Cove Resort', '... opening day. 📸 Ana Diaz'
# (not on a line of its own, where it may credit several pictures: '📸 A (1–3) | B (4)')
_CAMERA_LABEL: Final = re.compile(
    r"(?<=[.!?\"”’] )[\U0001F4F7\U0001F4F8]\ufe0f?\s*:?\s*(?P<credit>\S.{1,119}?)\.?\s*$"
)
# the small words a credit's names may hold: 'Tom Hale for the Gazette', 'Courtesy of the
# Ruiz family', 'Ana de la Cruz'
_CREDIT_SMALL_WORDS: Final = frozenset(
    ("of", "the", "and", "for", "by", "at", "de", "la", "del", "van", "von", "der", "da", "di")
)


def _camera_credit(credit: str) -> bool:
    """Whether the words after a camera's pictograph name whom a picture is by: a name or an
    outlet, its words capitalized but the small ones ('Courtesy Sea Grape Cove Resort', 'Ana
    Diaz/Island News'); not the post's own line under it ('... winter storms. 📷 Swipe for
    more photos from the day') nor more pictographs ('📸📸📸')."""
    return all(
        w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_SMALL_WORDS
        for w in re.split(r"[\s/&]+", credit.strip())
        if w
    )


# What every credit above holds, looked for as characters, as parts of words and as words,
# not by a regex (a search of forty alternatives at every place of a paragraph costs more
# than all the rest)
_CREDIT_MARKS: Final = frozenset("()[]/©|–—\U0001f4f7\U0001f4f8")
_CREDIT_PARTS: Final = (
    *("photo", "image", "pic", "pix", "foto", "credit", "courtesy", "contributed", "submitted"),
    *("handout", "graphic", "map", "chart", "illustration", "provided", "llun", "mynd"),
    "ata:",
    "whakaahua:",
    "sketch",
    "supplied:",
    *(s for s in IMAGE_SUPPLIERS if " " in s),  # 'associated press'
)
_CREDIT_WORDS: Final = frozenset({"file", *(s for s in IMAGE_SUPPLIERS if " " not in s)})
_WORDS: Final = re.compile(r"[a-z]+")


def _may_credit(text: str) -> bool:
    """Whether a line holds what every credit holds: a parenthesis, a slash, a dash, a label
    or an agency's name as a word ('AP', not 'approve'). A quick test: a line without any of
    them is no credit."""
    if not _CREDIT_MARKS.isdisjoint(text):
        return True
    lower = text.lower()
    return any(part in lower for part in _CREDIT_PARTS) or not _CREDIT_WORDS.isdisjoint(
        _WORDS.findall(lower)
    )


_ALT_LABEL: Final = re.compile(
    r"^\[?\s*(?:alt(?:\s+text)?(?:\s+for\s+(?:the\s+)?(?:web|online|website))?|"
    r"image(?:\s+description)?|title)\s*:\s*(?P<alt>.+?)\s*\]?$",
    re.I,
)
_FILE_NAME: Final = re.compile(r"^[\w .-]+\.(?:png|jpe?g|gif|webp|tiff?|bmp|svg)$", re.I)


# a caption's number: 'Figure 2.', 'Fig. 3:', or Word's 'Figure {SEQ Figure}.' whose field
# the converter leaves out ('Figure . '), in the label Word gives it in the writer's language:
# Greek's 'Εικόνα 1:' or 'Σχήμα 1:', Italian's, Spanish's or Portuguese's 'Figura 1.'
# (or the number alone before the caption's first capital, as a word processor numbers a
# box's caption in bold: 'Figure 1  The court building ...')
_FIGURE_NUMBER: Final = re.compile(
    r"^(?:figure|fig\.|figura|εικόνα|σχήμα)\s*(?:\d*\s*[.:]\s+(?=\S)|\d+\s+(?=[\"“‘]?(?-i:[A-Z])))",
    re.I,
)
# a caption's label, an image's number or place on the page: 'Photo 1: ...', 'Abbildung 2:
# ...', 'Graphic: ...', '📸 TOP: ...'
_CAPTION_LABEL: Final = re.compile(
    r"^(?:[\U0001F4F7\U0001F4F8\U0001F5BC]\ufe0f?\s*|[▲△▶]\s*)?"  # ('▲ ...': Asian papers)
    # (with the picture's file name or a word on it: 'PHOTO 1 (IMG_3380.jpg): ...', 'PIC 2
    # (to follow): ...', 'Photo 1 (tanker.jpg) - ...')
    # (Malay's and Indonesian's 'Gambar 1:', as Word's Insert Caption numbers it in a file
    # written in those languages; a report template's 'Plate 1:'; a typist's 'PIX 2:')
    r"(?:(?:photo|image|picture|pic|pix|plate|foto|gambar|abbildung|graphic|chart|map|"
    r"illustration)\s*\d+\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:[.:]|(?:--|[—–-])(?=\s))|"
    # (a form's or a writer's 'Caption' label, its number or file after it: 'Photo caption
    # (ferry.jpg): ...', 'Picture caption 2: ...', 'Caption: ...' in a cell beside a picture,
    # or the number before it, as a correspondent types it in a message: 'Pic 1 caption: ...')
    r"(?:(?:photo|image|picture|pic)\s+(?:\d{1,2}\s+)?)?caption\s*\d*\s*(?:\([^()]{1,40}\)\s*)?:|"
    r"(?:graphic|chart|map|illustration)\s*:|(?:top|bottom|left|right|above|below|inset)\s*:|"
    # the picture a blog post shows over its text, named by its place: 'Cover: ...'
    r"cover\s*:|"
    # Malay's 'picture description' over a caption, as a Malay letter sets one under each
    # picture: 'Keterangan gambar: ...'
    r"keterangan(?: gambar| foto)?\s*:|"
    # a position label, as a weekly's correspondent sets it: 'Pictured above: ...'
    r"pictured(?:\s+(?:above|below|left|right|at left|at right|here))?\s*:|"
    # the picture's file name, as an e-mail lists its attachments: 'creamery-01.jpg -- ...',
    # perhaps numbered: '1) creamery-01.jpg — ...', or labelled: 'PHOTO: creamery-01.jpg -- ...',
    # or set as code in a Markdown list: '1. `creamery-01.jpg` — ...'
    r"(?:\d{1,2}[.)]\s+|(?:photo|picture|pic|image)\s*:\s*)?"
    r"(?P<tick>`?)[\w.-]+\.(?:jpe?g|png|gif|webp|tiff?|heic)(?P=tick)\s*(?:--|[—–:-])\s*|"
    # or a camera's file name alone, without its kind: 'IMG_5120 - ...', 'DSC01234 – ...'
    r"(?-i:IMG|DSC[FN]?|PXL|MVIMG|GOPR|DJI)_?\d{3,}(?:_\d+)*\s+(?:--|[—–-])\s+|"
    # or its number and the file's name without its kind: '1. IMG_2231 — ...'
    r"\d{1,2}[.)]\s+(?=[\w.-]*[A-Za-z])(?=[\w.-]*[_\d])[\w.-]+\s+(?:--|[—–])\s*|"
    # or its number alone, as a list of the prints to come sets it: '1. Carl Diaz reads ...'
    r"\d{1,2}[.)]\s+(?=(?-i:[A-Z]))|"
    # its place in the order sent, as a chat's message lists them: '1st pic - ...', '2nd -
    # ...', and an archived mail's attachment description: 'Desc: ...'
    r"\d{1,2}(?:st|nd|rd|th)(?:\s+(?:pic|photo|picture|image))?\s*(?:--|[—–:-])\s*|desc\s*:\s*|"
    # the kind of art, as a desk's art list sets it: 'SKETCH -- ...', 'MUG -- ...'
    r"(?:sketch|mug(?:shot)?|drawing)\s*(?:--|[—–:])\s*|"
    r"(?:photo|picture|graphic|chart|map|illustration)\s*(?:--|[—–])\s*|"
    # a monitoring service's label in brackets where the original printed a picture
    r"\[(?:photo |picture |image )?caption\]\s*)?"
    r"\s*(?=\S)",
    re.I,
)
_TAG: Final = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def unnumbered(caption: str) -> str:
    """A caption without its figure number or label, and without the markup a Markdown file
    left around it ('<figcaption>', '*...*')."""
    caption = _FIGURE_NUMBER.sub("", caption, count=1)
    if "<" in caption:
        caption = " ".join(_TAG.sub(" ", caption).split())
    if caption[:1] in "*_" and caption[-1:] in "*_":
        caption = caption.strip("*_").strip()
    return _CAPTION_LABEL.sub("", caption, count=1)


# a research paper's digital object identifier, as a university's story links its paper
_DOI: Final = re.compile(r"\bdoi\s*:\s*10\.\d{4,9}/", re.I)


@functools.lru_cache(maxsize=4096)  # each line is asked of several times while placing it
def split_credit(text: str) -> tuple[str, str]:
    """(caption, credit) of a caption line; the credit without its label."""
    text = " ".join(text.split())
    if not _may_credit(text):
        return text, ""
    if place := _PICTURE_PLACE.match(text):
        text = text[place.end() :]  # 'Cover photo: ...': a label, no caption
    if "(" in text:
        text = _USAGE_NOTE.sub("", text)
    count = _COUNTED_PART.search(text) if text.endswith(")") else None
    if count and 0 < int(count.group("n")) <= int(count.group("of")):  # '(A/B) (5/14)'
        caption, credit = split_credit(text[: count.start()])
        if credit:
            return caption, credit
    if _DOI.search(text):
        return text, ""  # 'Read the paper (DOI: 10.1000/xyz)': a paper's address, no credit
    paren = _IN_PARENS.search(text)
    if paren and _ART_KIND.match(text):
        return text[: paren.start()].strip(), paren.group("credit").strip()  # 'MUG -- A (B)'
    if paren and (
        paren.group("label")
        or _credit_like(paren.group("credit"))
        or (
            _AGENCY_LETTERS.fullmatch(paren.group("credit").strip()) is not None
            and text[: paren.start()].rstrip().endswith((".", "!", "?", '"', "”", "’"))
        )
    ):
        return text[: paren.start()].strip(), _unlabelled(paren.group("credit").strip())
    for pattern in (
        _LICENSED,
        _LABELLED,
        _BARRED_LABEL,
        _COURTESY,
        _TRAILING,
        _SLASHED,
        _HANDOUT,
        _SIGNED,
        _BARRED_SLASHED,
        _KIND_ALONE,
        _CAMERA_LABEL,
    ):
        found = pattern.search(text)
        if found and pattern is _CAMERA_LABEL and not _camera_credit(found.group("credit")):
            found = None
        opening = 0  # (where the caption starts: after its own label, 'PIC: ...')
        while found and pattern is _LABELLED:
            if _caption_labelled(text, found):
                opening = found.start("credit")
            elif not _in_sentence(text, found):
                break
            found = pattern.search(text, found.start() + 1)
        if found:  # (the caption without a dash before its credit: '... shore. - Photo by X')
            start = found.start()
            whole = None
            if pattern is _LABELLED and (kind := _KIND_BEFORE.search(text, 0, start)):
                start = kind.start()  # '... Tuesday. Staff photo by Ana Diaz': the kind too
            elif pattern is _LABELLED and (whole := _OUTLET_BEFORE.search(text, 0, start)):
                start = whole.start()  # '... Monday. Chronicle Photo: Suman Rai': all of it
            caption = text[opening:start].strip().rstrip("-–—|(").strip()  # (or its bracket)
            parts = found.groupdict()
            credit = parts.get("credit") or parts.get("after") or parts.get("plain") or ""
            if whole:  # (in brackets, as a credit is read again: '(Chronicle Photo: A)')
                credit = text[start : found.end("credit")]
                credit = credit if "(" in credit else credit.rstrip(")")
            return caption, _unlabelled(credit.strip())
    return text, ""


# an outlet's name before a credit's label, after the caption's last sentence, kept with the
# credit as the paper prints it: '... on Monday. Chronicle Photo: Suman Rai', '... Nov. 20.
# SENTINEL PHOTO BY RUTH ANN KEMPER', or after a dash set off by spaces, with or without a
# full stop before it and typed as two hyphens too: '... Friday. — Sentinel photo by Ana
# Diaz', '... on Friday -- Grand Junction Daily Sentinel photo by ...', in brackets after
# it, '... on Tuesday. (Herald photo: Ana Diaz)', and on a line of its own under the
# caption: 'Current Lines photo by Ana Diaz' (not a picture's place: '... Top photo: ...')
_OUTLET_BEFORE: Final = re.compile(
    r"(?:(?<=[.!?\"”’] )|(?<= [—–] )|(?<= -- )|(?<=^\()|(?<=[.!?\"”’] \()|^)"
    r"(?!(?:top|bottom|left|right|above|below|main|lead|inset|cover|featured|"
    r"the|a|an|this|our|his|her|their|its)\b)"
    r"(?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,3} $",
    re.I,
)
# a label set against the credit with a slash and no spaces, as East African papers set it:
# 'PHOTO/JUSTINE NAMONO', 'PHOTO/FILE' (not 'AP Photo/Jane Roe': the agency's own credit)
_SLASHED_LABEL: Final = re.compile(r"^(?:photo|picture|pic|image)s?\s*/\s*(?=\S)", re.I)


def _unlabelled(credit: str) -> str:
    return _SLASHED_LABEL.sub("", credit, count=1) if "/" in credit else credit


# the kind of art a desk's art list opens a caption with: 'MUG -- Wendell Stroup (County
# District Attorney's Office)', whose words in brackets are its credit, whatever they say
_ART_KIND: Final = re.compile(
    r"^(?:sketch|mug(?:shot)?|drawing|photo|graphic)\s*(?:--|[—–])\s", re.I
)


# the kind of picture a credit's label is qualified by: 'Staff photo by', 'Submitted photo:',
# and how it was taken: 'Drone image: Courtesy of ...', 'Aerial photo: ...'
_KIND_BEFORE: Final = re.compile(
    r"(?<![\w'’])(?:Staff|Special|Submitted|Contributed|Courtesy|Handout|Pool|File|Family|"
    r"Drone|Aerial|Satellite|Underwater)\s+$"
)


def _caption_labelled(text: str, found: re.Match[str]) -> bool:
    """Whether a label opening the line is the caption's, as a correspondent types it: a
    caption after it, and the credit's own label after the caption's last sentence ('PIC: A
    wirebird on the plain. Credit Ana Ruiz', 'Photo: Boats on the slipway. Picture: Li Wei')."""
    if found.start() > 0:
        return False
    later = _LABELLED.search(text, found.start("credit"))
    return later is not None and text[: later.start()].rstrip().endswith(_SENTENCE_END)


_SENTENCE_END: Final = (".", "!", "?", '"', "”", "’")


def _in_sentence(text: str, found: re.Match[str]) -> bool:
    """Whether a label in lowercase before 'by' or 'via' is a word of a sentence, after a word
    in lowercase or a number: 'sorts the images by species', 'includes 40 photos by Ansel
    Adams', 'had rides and photos by a local studio'; not 'Staff photo by', 'Story and photos
    by Ana Diaz', '... on Tuesday. Photo by'."""
    label = found.group("label")
    after = text[found.end("label") : found.end("label") + 5].lstrip().lower()
    if label[:1].isupper() or not after.startswith(("by ", "via ")):
        return False
    before = text[: found.start()].split()
    word = before[-1] if before else ""
    if not word or not (word[:1].islower() or word[:1].isdigit()) or word.endswith((",", ";")):
        return False  # 'Staff photo by', a caption's last sentence then 'photo by'
    return not (word == "and" and len(before) > 1 and before[-2].lower() in ("story", "text"))


def is_credit_line(text: str) -> bool:
    """Whether a line is a credit alone ('Photo: Jane Roe/Reuters', '(Credit: Getty)', 'Eli
    Marchetti | The Prospector')."""
    caption, credit = split_credit(text)
    return (bool(credit) and not caption) or _BARRED_CREDIT.match(text.strip()) is not None


# a name and an outlet with a bar between, on a line of their own
_BARRED_CREDIT: Final = re.compile(
    r"^(?!By )[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} \| "
    r"(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$"
)


# a photographer's name alone in brackets after a caption's last sentence, as a
# correspondent types a credit: '... after Thursday's rain. (Ana Ruiz)'
_NAME_IN_BRACKETS: Final = re.compile(
    r"(?<=[.!?\"”’])\s+\((?P<name>(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3})\)$"
)


def bracketed_name(caption: str) -> tuple[str, str]:
    """(caption, credit) of a caption whose credit is a name alone in brackets after its
    last sentence; (caption, '') when it has none."""
    named = _NAME_IN_BRACKETS.search(caption) if caption.endswith(")") else None
    return (caption[: named.start()], named.group("name")) if named else (caption, "")


def has_credit(text: str) -> bool:
    return bool(split_credit(text)[1])


def alt_label(text: str) -> str:
    """The alt text of a labelled line ('Alt text: ...', '[Image: ...]'), or ''."""
    found = _ALT_LABEL.match(text.strip())
    return found.group("alt") if found else ""


def placeholder_alt(alt: str) -> bool:
    """Whether `alt` is the word an app puts in an image's alt when nobody wrote one."""
    return alt.lower().strip("<>[]") in _DEFAULT_ALTS


def file_name(text: str) -> bool:
    """Whether a line is only a picture's file name ('IMG_4471.jpeg')."""
    return _FILE_NAME.match(text.strip()) is not None


def plain_alt(alt: str) -> str:
    """An image's alt text, '' when it is only a file name (what Word puts there, or a mail
    program in place of an attachment: '<IMG_4471.jpeg>') or a site builder's word for any
    picture ('Picture')."""
    alt = " ".join(alt.split())
    if _FILE_NAME.match(alt.strip("<>[]")) or alt.lower().strip("<>[]") in _DEFAULT_ALTS:
        return ""
    return "" if _CLOCK.match(alt) else alt  # (a chat's time under a picture: '2:13 PM')


_CLOCK: Final = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)


# what a site builder or an app puts in an image's alt when nobody wrote one, and what a
# converter sets where a picture stood ('[pic]', as antiword prints a Word 97 file's)
_DEFAULT_ALTS: Final = frozenset(
    (
        *("picture", "image", "photo", "img", "pic", "untitled", "placeholder", "thumbnail"),
        *("图片", "圖片"),
        # (Mobirise's, on every picture its blocks place; a league site's, on every news
        # item's picture)
        *("mobirise website builder", "mobirise", "news image"),
        *("cover image", "cover photo", "featured image"),
    )
)
# what a blog theme puts in the alt of a post's own cover picture, whatever it shows (Bludit's
# Blog X: 'Cover Image'), where a masthead's logo is named for its site
_COVER_ALTS: Final = frozenset(("cover image", "cover photo", "featured image"))


def cover_alt(alt: str) -> bool:
    """Whether `alt` is a theme's word for a post's cover picture."""
    return " ".join(alt.split()).lower() in _COVER_ALTS


def _credit_like(text: str) -> bool:
    """Words in parentheses that credit an image: 'Jane Roe/Reuters', 'AP Photo', 'Getty'."""
    lower = text.lower().strip()
    return (
        ("/" in text and not _POST_COUNT.fullmatch(lower))
        or lower.startswith("courtesy ")
        # a handout's mark, as Australian papers set it, and whose: '(Supplied)', '(Supplied:
        # Tarrawong Primary School)'
        or lower == "supplied"
        or (lower.startswith("supplied:") and len(lower.split()) <= 10)
        # (or who supplied it: '(Supplied by the family)')
        or (lower.startswith("supplied by ") and len(lower.split()) <= 8)
        or lower in IMAGE_SUPPLIERS
        # (a word for the pictures in a note's sentences is no credit: '(Media houses may use
        # this report and the photos with credit.)')
        or (
            any(w in lower.split() for w in ("photo", "photos", "images", "image"))
            and not (lower.endswith(".") and len(lower.split()) > 8)
        )
        or (lower.endswith(_COLLECTIONS) and len(lower.split()) <= 8)  # '(Ruiz family archive)'
        # where a picture of a document came from: '(Milk River County records)'
        or (lower.endswith(_PAPERS) and text.strip()[:1].isupper() and len(lower.split()) <= 6)
        or _FOR_PAPER.match(text.strip()) is not None  # '(Nell Parizo for the County Standard)'
    )


# a thread's count of its posts, set at each post's end: '... on Saturday. (2/7)'
_POST_COUNT: Final = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")
# and after a caption's credit in a post: '... on Friday. (Ana Diaz/The Post) (5/14)'
_COUNTED_PART: Final = re.compile(r"\s+\((?P<n>\d{1,3})/(?P<of>\d{1,3})\)$")


# a freelancer's credit: 'Nell Parizo for the Franklin County Standard', 'Ana Ruiz for The Times'
_FOR_PAPER: Final = re.compile(
    # (an outlet of two words or more, or 'the ...', or a wire: not '(Neighbors United for
    # Salem)', a sign's words put into English)
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} for (?:(?:the |The )?[A-Z][\w.'’&-]*"
    r"(?: [A-Z][\w.'’&-]*){1,5}|(?:the |The )[A-Z][\w.'’&-]*|Reuters|Bloomberg|AFP|AP)$"
)


_COLLECTIONS: Final = ("archive", "archives", "collection", "historical society", "museum")
_PAPERS: Final = (" records", " documents")
