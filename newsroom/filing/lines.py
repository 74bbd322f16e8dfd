"""What one line of a filed document says: a byline, a dateline, a page date, a title or a
dek, an image's credit, a contributor line (with the check catalog's contributor-line
rules), and the comparisons the placing of a story's parts makes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsroom.checks.contributors import contributor_names, listed_names, may_name_contributors
from newsroom.checks.lexicon import DEFAULT, Lexicon
from newsroom.checks.text import COMBINING_ACCENTS, LATIN_CAPITALS
from newsroom.filing.captions import has_credit, split_credit
from newsroom.filing.draft import Contribution

BYLINE: Final = re.compile(
    # (a bilingual site's label in its two languages: 'Gan / By Elin Prys-Jones', 'Par / By',
    # 'Oleh / By: Ana Ruiz', 'Tusia e / Written by': the other language's word or two, then
    # the English label)
    # (and siSwati's and isiZulu's 'Ngu / By Ana Ruiz')
    r"^(?:(?:gan|par|por|von|door|av|af|di|da|oleh|ngu)\s/\s(?=by\s*:?\s)|"
    r"[\w'’ʻ]{1,12}(?: [\w'’ʻ]{1,12})?\s/\s(?=written by\s))?"
    # a correspondent's byline as British and Caribbean papers print it, the post and then the
    # name: 'From our East End correspondent, Ana Ruiz', 'By our Sport Correspondent: Ana Ruiz'
    r"(?:(?:from|by) our(?: [\w'’-]{1,20}){0,4} correspondent\s*[,:—–-]|"
    r"(?:posted|published)(?:\s+on\s+.{4,40}?)?\s+by|by|written by|words by|story by|"
    # one writer of the story and its pictures: 'Story and photos by Ana Ruiz'
    r"(?:story|words|text) and (?:photos|photographs|pictures|images) by|"
    # the date the story was published, then its writer: '4 March 2026, by Ana Ruiz', as a
    # site builder's small print sets it, after a bar: 'Posted 6 July 2026 | By Ana Ruiz'
    r"(?:(?:posted|published)(?:\s+on)?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}(?:,|\s*[|·•])?\s+by|"
    # (the date in figures and the time, as a German CMS's news reader sets its info line:
    # '09.03.2026 10:15 by Ana Ruiz', Contao's; its own default, the year first: '2026-03-09
    # 10:15 by Ana Ruiz'; or the day and month apart by strokes: '09/03/2026 10:15 by')
    r"(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?,?\s+by|"
    r"text by|interview(?:ed)? by|words\s*:|story\s*:|"
    # a story a coach, a club or a reader sent through a site's form: 'Recap submitted by ...'
    r"(?:(?:recap|story|report|article)\s+)?submitted by|"
    # (and Malay's and Indonesian's 'Oleh: Ana Ruiz', or 'Oleh Ana Ruiz' with no colon only
    # before a name alone: 'Oleh' is a Ukrainian first name too, 'Oleh Petrenko, 34, said')
    r"text\s*:|reporters?\s*:|author of the article\s*:|por|"
    r"oleh(?=\s*:|(?:\s+(?-i:[A-Z])[\w'’.-]*){1,5}$)|authors?\s*:|byline\s*:|"
    # a club's report signed at its foot: 'Report: Ana Ruiz'; te reo Māori's 'by': 'Nā Ana Ruiz'
    r"report\s*:|nā|"
    # a club's or a society's officer names the report: 'Report by Ana Ruiz | Media Officer',
    # 'Reported by Ana Ruiz, Publicity Sub-committee'
    r"report(?:ed)? by|"
    # a monitoring service's translation names the original's writer, and its headline, in
    # brackets: '[Report by Ana Ruiz: "Farmers to get less water"]'
    r"\[(?:report|article|commentary|interview|editorial) by(?=[^\[\]]{3,300}\]$))"
    r"\s*:?\s+(?P<names>\S.*)$",
    re.I,
)
# a correspondent's byline as papers in Nigeria and Ghana print it: 'From Ada Obi, Abeokuta'
# (names and places in any Latin script's letters, Yoruba's tone marks too: 'From Àdìgún
# Ọláòṣebìkan, Osogbo')
_CAPITAL_WORD: Final = rf"(?-i:[{LATIN_CAPITALS}])[\w{COMBINING_ACCENTS}'’.-]+"
FROM_BYLINE: Final = re.compile(
    rf"^from\s+(?P<names>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,3}}"
    rf"(?:\s+and\s+{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,3}})?),\s+"
    rf"{_CAPITAL_WORD}(?:[ ,]+{_CAPITAL_WORD}){{0,3}}$",
    re.I,
)
# a byline with no 'By', as some sites print it: 'Hannah Wexley North of England correspondent'
NAME_AND_ROLE: Final = re.compile(
    r"^(?P<names>(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,2}?)(?:(?:,| [|·—–-])? |\s*/\s*)"
    r"(?:[\w ]{0,40} )?"  # (or with a slash: 'Kemar Watson-Bell/Record Writer')
    r"(?:correspondent|reporter|writer|editor|columnist|critic)$",
    re.I,
)
PHOTOGRAPHS: Final = re.compile(
    # (the story's other pictures, besides those credited under them: 'Additional photos by')
    r"^(?:(?:additional|more|further|extra)\s+)?"
    # (a bilingual site's label, the other language's word first: 'Gambar / Photos: Ana Ruiz')
    r"(?:(?!by\b)[\w'’]{2,12}\s/\s(?=(?:photographs|photos|pictures|images)\s*:))?"
    r"(?:photographs|photography|photos|pictures|pics|images|illustrations?|graphics?|video)"
    r"(?:\s+by\s+|\s*:\s*)"
    r"(?P<names>.+?)\.?$",
    re.I,
)
CLAUSE_ROLES: Final = re.compile(
    r"(?:^|[;|.]\s*)(?P<story>this (?:story|article|report|fact[- ]check|analysis|update|piece) "
    r"(?:was|has been) )?"
    r"(?P<role>editing|edited|writing|written|photography|photographs|photos|"
    r"graphics|research|translation|translated|fact[- ]checking|fact[- ]checked)"
    # (its 'by' perhaps a label's, as Indian sites set it: 'Edited By: Ana Ruiz')
    r"(?: from (?:the )?[A-Z]\w+)?\s+by(?:\s*:)?\s+(?P<names>[^;|]+)",
    re.I,
)
SPANISH_CREDIT: Final = re.compile(
    r"^con (?:información|reportes?|reportería) de\s+(?P<names>.+?)\.?$", re.I
)
REPORTED_FROM: Final = re.compile(
    r"^(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2} (?:reported|contributed) from\b[^.]*\.?$",
    re.I,
)
# a line of an agency's staff credits under the story, after its 'Reporter: A, B' line:
# 'Editor: Rini Kusuma', 'Translator: Hendra Wijaya' (elsewhere 'Editor: ...' is a note to
# the desk)
STAFF_CREDIT: Final = re.compile(
    r"^(?P<role>editors?|translators?|photographers?|photo editors?|fact[- ]checkers?)\s*:\s*"
    r"(?P<names>(?-i:[A-Z])[\w'’.-]+(?:[ ,]+(?:and |& )?(?-i:[A-Z])[\w'’.-]+){1,11})\.?$",
    re.I,
)
FILE_NAME: Final = re.compile(r"^[\w .-]+\.(?:png|jpe?g|gif|webp|tiff?)$", re.I)
MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# where a byline's names end: a separator, a date, 'Updated ...'
# where a byline's photographers follow its writers: 'Words: Ana Ruiz. Pictures: Li Wei.'
PICTURES_BY: Final = r"(?:photos?|photographs?|photography|pictures?|pics|images?)\s*(?::|by\b)"
_PICTURES: Final = rf"\.?\s+(?={PICTURES_BY})"
BYLINE_END: Final = re.compile(
    rf"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+-\s+|{_PICTURES}|\s+(?:updated|published|posted)\b|"
    # the date a blog's footer gives after the writer: 'Posted by Ana Ruiz on 02 March 2026
    # at 07:30 AM in Fishing life'
    rf"\s+on\s+(?=\d|{MONTH}\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    rf"\s+(?={MONTH}\s+\d)|\s+(?=\d)",
    re.I,
)
DATE_LINE: Final = re.compile(
    r"^(?:(?:published|updated|posted|last updated)(?: at| on(?=\s*:))?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    # (an ordinal day, as Indonesian and Indian sites print it: '1st December 2026 19:42 WIB')
    # (its month perhaps followed by a comma, as Bear Blog's default sets it: '14 Mar, 2026')
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?|{MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\b"
    # (and the day in the country's own calendar and script after a bar, as papers in
    # Ethiopia, Nepal or the Gulf print it: 'December 1, 2026 | ኅዳር 22 ቀን 2019 ዓ.ም.')
    r"(?:[^.]{0,40}|\s*[|·•]\s*[^\x00-\u024f][^|]{0,40})$|"
    r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}.*)?$|^\d{1,2}/\d{1,2}/\d{2,4}\b[^.]{0,40}$|"
    # a site's 'On December 2, 2026 6:14 am In Metro, News | 4 Comments' (not a sentence
    # that opens on a date: 'On March 3, 2026 the council voted')
    rf"^on\s+{MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?)?"
    r"(?:\s+in\s+[^.]{0,60}|\s*[|·•][^.]{0,60})?$",
    re.I,
)
DATELINE: Final = re.compile(
    r"^(?P<place>(?P<city>[^\W\d_a-z](?:[^\W\d_a-z]|[ .'’-]){1,40}?)"
    # (its date perhaps after the weekday, as papers in Belize print it: 'PLACENCIA, Stann
    # Creek District, Fri. Feb. 27, 2026--')
    # (a district's name joined by a hyphen: 'LUMAPAS, Brunei-Muara, ...'; a territory's
    # with a word in brackets: 'HOME ISLAND, Cocos (Keeling) Islands —')
    r"(?:,\s*[A-Z][\w.'’ ]{1,25}?(?:-[A-Z][\w.'’ ]{1,25}?)?"
    r"(?: \([A-Z][\w.'’ ]{1,20}\)(?: [A-Z][\w.'’]{1,20}){1,2})?)?"
    r"(?:,\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"(?:day)?\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,\s*\d{4})?|"
    # (or the day before the month, as a release from East Africa sets it: 'MARSABIT,
    # Kenya, 3 March 2026 –', its day an ordinal and a comma before the year as a typist in
    # West Africa sets it: 'KOIDU CITY, 12th March, 2026 –'; or in the Hijri calendar, the
    # other calendar's date after it in brackets: '12 Ramadan 1447H (2 March 2026) –')
    r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?:,? \d{4}(?:H|\s?AH)?)?))?"
    r"(?:\s*\([^()]{1,30}\))?)\s*(?:—|–|--|(?<![a-z])-)\s*"
)
# a news agency's dateline with its date and its letters, the place as it is written: 'Keta
# (V/R), Dec. 2, GCNS –', 'Accra, Dec. 2, GNA -'
AGENCY_DATELINE: Final = re.compile(
    # (a Spanish or Portuguese place's particles in lower case, and its country after it:
    # 'San Juan de la Costa, Chile, Mar 2 (PAU)')
    r"^(?P<place>[A-Z][\w'’.-]+(?: (?:(?:de|del|la|las|los|do|da|dos|das) ){0,2}[A-Z][\w'’.-]+)"
    r"{0,3}(?: \([^()]{1,12}\))?(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?,"
    # (the day before the month, and the year, as African agencies set it: 'Rusizi, 2
    # December 2026 (IPA) –')
    r" (?:[A-Z][a-z]{2,4}\.? \d{1,2}|\d{1,2} (?=[A-Z])(?i:"
    + MONTH
    + r")(?: \d{4})?)(?:, [A-Z]{2,6}| \([A-Z]{2,6}\)))"
    # (its letters in parentheses need no dash after them: 'Yunlin, Dec. 3 (CNA) Oyster ...';
    # a Spanish-language agency sets a stop and a hyphen after them: 'Lima, Mar 2 (PAU).- ')
    r"(?:\s*(?:—|–|--|-)\s|(?<=\))\.-\s*(?=[A-Z“\"‘])|(?<=\))\s+(?=[A-Z“\"‘]))|"
    # or no date, the place and its province in their own case and the agency's letters
    # before a spaced dash, as Antara's English service sets it: 'Kupang, NTT (ANTARA) - ',
    # a sentence of the story after it (not a result's line: 'Ana Ruiz (NDP) - 4,210 votes')
    r"^(?P<tagged>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
    r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]+){0,3})? \([A-Z]{2,12}\)) (?:—|–|--|-) "
    r"(?=[A-Z“\"‘\d]\S*(?:\s+\S+){5})|"
    # or a place in its own case and its state's abbreviation before a spaced dash, as a
    # monitoring service's translation sets a regional paper's: 'Mexicali, B.C. - '
    r"^(?P<state>[A-Z][\w'’-]+(?: (?:(?:de|del|la) )?[A-Z][\w'’-]+){0,2}, "
    r"(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\.)) (?:—|–|--|-) (?=[A-Z“\"‘\d]\S*(?:\s+\S+){5})"
)


def dateline_start(text: str) -> bool:
    """Whether text opens with a dateline: a place in capitals and a dash, or an agency's."""
    return DATELINE.match(text) is not None or AGENCY_DATELINE.match(text) is not None


SENTENCE_END: Final = (".", "?", "!", '."', ".”", "?”", '?"', "!”", ".’", ":")
ROLES: Final = (
    ("fact-check", "research"),  # ('Fact-checking by ...': a checker's research)
    ("fact check", "research"),
    ("edit", "editing"),
    ("research", "research"),
    ("photo", "photography"),
    ("graphic", "graphics"),
    ("video", "video"),
    ("translat", "translation"),
    ("written", "writing"),
    ("cleaning", "research"),  # ('Data cleaning by ...', 'the analysis was checked by ...')
    ("checked by", "research"),
    ("checked the", "research"),  # ('Ana Ruiz checked the figures in this story.')
)


def is_title(text: str, anchored: bool = False) -> bool:
    """A line that reads as a headline (one just above a byline may end in a period:
    'Water rates are going up. Here's why.')."""
    words = text.split()
    ends = (":", ",") if anchored and len(words) <= 16 else (".", ":", ",")
    return (
        3 <= len(words) <= 40
        and not text.rstrip().endswith(ends)
        and not re.search(r"\s[|·•]\s|\s{3,}|@|://|<", text)
        and not (text.isupper() and len(words) <= 4)
        and not (re.match(r"^[\w' -]{1,20}:\s", text) and not (anchored and _topic_first(text)))
    )


# a headline that names its topic before a colon, as sites in French and many in English set
# it ('Drifting nets: Seychelles counts 312 on its reefs'): two words or more capitalised,
# then a title of four words or more (no draft's label: 'Slug: ...', 'Suggested hed: ...')
_TOPIC: Final = re.compile(r"^(?-i:[A-Z])[\w'-]*(?: [\w'-]+){1,3}:\s+(?:\S+\s+){3,}\S")


def _topic_first(text: str) -> bool:
    """Whether a line is a headline naming its topic before a colon (_TOPIC), not a banner's
    label in capitals over the story ('WEATHER ALERT: Freezing fog until 10 a.m. ...')."""
    return _TOPIC.match(text) is not None and not text.split(":", 1)[0].isupper()


def is_dek_like(text: str) -> bool:
    return 3 <= len(text.split()) <= 60 and not dateline_start(text)


def is_label(text: str) -> bool:
    """A short line that is no sentence, between the headline and the story: a section, the
    outlet's name, a job title, a reading time."""
    short = len(text.split()) <= 4 and not text.endswith(SENTENCE_END)
    return short and not dateline_start(text)


def may_credit(text: str) -> bool:
    """False only when no sentence of `text` can credit a contributor: a quick test."""
    lower = text.lower()
    return (
        may_name_contributors(text)
        or STAFF_CREDIT.match(text) is not None
        or any(w in lower for w in (" by ", " by:", "reported from", "con informaci", "con report"))
    )


def contributions(
    sentence: str, lexicon: Lexicon = DEFAULT, alone: bool = False
) -> list[Contribution]:
    """The people a contributor line credits, with their roles; no organization ('The
    Associated Press contributed to this report.' credits no one). `alone`: the sentence is
    a paragraph of its own, as a paper's note on its translation stands under the story."""
    line = sentence.strip().strip("*_").strip()
    if line[:1] + line[-1:] in ("()", "[]"):  # a wire's '(Reporting by ...; Editing by ...)'
        line = line[1:-1].strip()
    found = [
        Contribution(n, role_of(clause), line)
        for clause in re.split(r"\s*[;|]\s*", line)
        for n in contributor_names(clause)
    ]
    if staff := STAFF_CREDIT.match(line):  # 'Editor: Rini Kusuma', under an agency's story
        found += [
            Contribution(n, role_of(staff.group("role")), line)
            for n in listed_names(staff.group("names"))
        ]
    spanish = SPANISH_CREDIT.match(line)
    if spanish:
        found += [
            Contribution(n, "additional-reporting", line)
            for n in listed_names(spanish.group("names"))
        ]
    if found or CLAUSE_ROLES.match(line):
        for clause in CLAUSE_ROLES.finditer(line):
            translated = clause.group("role").lower() == "translated"
            if translated and not clause.group("story") and not (alone and clause.start() == 0):
                # 'Translated from Norwegian by ...' among a review's details of the book is
                # the book's translator; alone under a story ('Translated from the Spanish
                # by ...'), the story's
                continue
            role = role_of(clause.group("role"))
            found += [
                Contribution(n, role, line) for n in listed_names(clause.group("names").strip(" ."))
            ]
    return [c for c in found if person_names(c.name, lexicon) == [c.name]]


def names_credit(text: str) -> bool:
    """A line that names an image's credit: '... on Tuesday. (Photo: Ana Diaz/AP)'; a
    military caption, which says who, what, where, when and why, runs longer before its
    credit in brackets ('... in 2019. (U.S. Army photo by Sgt. Ana Diaz)')."""
    longest = 100 if text.rstrip().endswith(")") else 60
    return len(text.split()) <= longest and has_credit(text) and not _told(text)


def _told(text: str) -> bool:
    """Whether the words after `text`'s 'photos by' are a sentence going on, not a name: 'Photos
    by students from the island school were shown at the fair on Sunday.'"""
    credit = split_credit(text)[1]
    return (
        credit[:1].islower()
        and not credit.startswith(("courtesy", "staff", "the ", "file"))
        and len(credit.split()) >= 5
        and text.rstrip().endswith((".", "!", "?"))
    )


# the date a picture was taken, set after its credit: 'CNA photo Dec. 2, 2026'
_CREDIT_DATE: Final = re.compile(rf"(?<=\w)\s+{MONTH} \d{{1,2}}, \d{{4}}$", re.I)


def clean_credit(credit: str) -> str:
    credit = credit.strip().removeprefix("©").strip()  # '© Ana Diaz': the sign is a label
    credit = _CREDIT_DATE.sub("", credit) if len(credit.split()) > 3 else credit
    found = split_credit(f"({credit.strip('()')})")[1] or credit.strip("()").strip()
    last = found.rsplit(None, 1)[-1] if found else ""
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha() and not last[:-1].isupper():
        return found[:-1]  # 'Image: Fenella Cowe.': the sentence's stop (not 'Inc.', 'AFP.')
    return found


# a job title after a name in a byline: ', Communications Coordinator', ', Register Staff'
_JOB_TITLE: Final = re.compile(
    r"(?:,\s*(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,4}(?:coordinator|editor|reporter|writer|"
    r"correspondent|critic|columnist|staff|director|manager|specialist|officer|intern|producer|"
    r"photographer|contributor|chief|coach|attach[eé]|(?:sub-)?committee|"
    # (an association's officer, in capitals: ', Secretary General', ', Vice President')
    r"secretary|president|treasurer|(?:secretary|director)[- ]general)s?\b(?=\s*(?:,|and\b|&|$))|"
    # a club's or society's officer who wrote its report, in lower case: ', show secretary'
    r",\s*(?:[a-z][\w'’&-]*\s+){0,2}(?:secretary|president|treasurer|convener|convenor|"
    r"chairperson|chairman|chairwoman|chair|captain|publicity officer|media officer)\b"
    r"(?=\s*(?:,|and\b|&|$))|"
    # or the writer's unit named as Malay names one, its kind first, closing the line:
    # ', Unit Perhubungan Awam', ', Bahagian Penerangan'
    r",\s*(?-i:Unit|Bahagian|Seksyen)\s+(?-i:[A-Z])[^,&]{1,60}$)"
    # and the employer after the job, closing the line: ', Media Officer, Rovers FC', its
    # name perhaps joining two places by an ampersand: ', Publicity Secretary, KDDA UK &
    # Ireland'
    r"(?:\s*,\s*(?!and\b)(?-i:[A-Z])[^,&]{1,60}(?:\s&\s(?-i:[A-Z])[^,&\s]{1,30})?$)?",
    re.I,
)


# a writer's job set after the name with no comma, as a page sets it in its own element:
# 'By Ana Ruiz Staff writer' (a title in lower case after the first word, or in capitals)
_TRAILING_TITLE: Final = re.compile(
    r"\s+(?:staff|senior|contributing|special|chief|investigative|freelance|community|"
    r"political|sports|news|local democracy)\s+(?:writer|reporter|correspondent|"
    r"photographer|columnist|editor)s?\s*$|"
    # a Spanish-language paper's, its English edition's too: 'Lucía Ruiz Reportera'
    r"\s+(?:reporter[oa]|corresponsal|redactor|redactora|columnista|fot[oó]grafo|fot[oó]grafa|"
    r"enviad[oa] especial|colaborador|colaboradora)s?\s*$",
    re.I,
)


# a service member's rank before the name, as a public-affairs story's byline prints it,
# where its class's number would end the name ('Sgt. 1st Class', 'Petty Officer 2nd Class')
# or its short form is no title the names know ('Spc.', 'Pfc.')
# (each name's, after a comma or 'and': 'Staff Sgt. A and Spc. B'; a rank or a Navy rate
# of up to four words before its class: 'Mass Communication Specialist 2nd Class')
_MILITARY_RANK: Final = re.compile(
    r"(?:^|(?<=, )|(?<= and )|(?<=& ))"
    r"(?:(?:[A-Z][\w'’]*\.? ){1,4}(?:1st|2nd|3rd|First|Second|Third) Class|"
    r"(?:Staff |Master |Tech\. |First )?Sgt\.|Spc\.|Pfc\.|Pvt\.|Ens\.|"
    r"Senior Airman|Airman|Seaman|Lance Cpl\.)\s+(?=[A-Z])"
)


# the paper a freelancer writes for, after the name: 'for The Record', 'Special to the Record'
_FOR_OUTLET: Final = re.compile(
    r"\s+(?:for|special to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}\s*$", re.I
)


# the outlet after two names joined by 'and', set off by a comma: 'Ana Ruiz and Li Wei, Cold
# Spring Current' (a list of three or more names sets its comma before the 'and': 'Ana
# Ruiz, Li Wei and Sam Oduya')
_OUTLET_AFTER_PAIR: Final = re.compile(
    r"^(?P<pair>[^,]{1,60}\s(?:and|&)\s[^,]{1,60}),\s*[^,]{1,80}$"
)


# the credit a byline gives after its writers, set off by a comma or a semicolon: 'By Ana
# Ruiz and Li Wei, with reporting by Tom Bell', '...; additional reporting by Tom Bell'
BYLINE_CREDIT: Final = re.compile(
    r"\s*[,;]\s*(?P<credit>(?:with\s+)?(?:additional\s+|further\s+)?(?:reporting|research|"
    r"writing|editing|photos|photography|graphics|data|translation)\s+by\s+\S.*)$",
    re.I,
)


def from_byline(text: str, lexicon: Lexicon) -> list[str]:
    """The correspondents a 'From Ada Obi, Abeokuta' line names (read only under a headline:
    elsewhere 'From Refugee Camp, Fine Dining' is a crosshead)."""
    found = FROM_BYLINE.match(text.strip())
    return person_names(found.group("names"), lexicon) if found else []


def byline_names(text: str, lexicon: Lexicon, closing: bool = False) -> list[str]:
    """The authors a byline line names ('By Ana Ruiz and Li Wei | Staff', 'BY ANA RUIZ',
    'Posted on May 2, 2026 by Ana Ruiz', 'Por Ana Ruiz y Li Wei'); with `closing`, after the
    story's text, also an agency's byline in brackets ('(By A and B)')."""
    bare = text.strip().strip("*_").strip()
    if closing and bare[:1] + bare[-1:] == "()":
        bare = bare[1:-1].strip()
    found = BYLINE.match(bare)
    if not found or len(text.split()) > 24:
        return []
    names = found.group("names")
    if bare.startswith("["):  # '[Report by Ana Ruiz: "<the original's headline>"]'
        names = re.sub(r"\s*(?::\s*[\"“].*)?\]$", "", names)
    names = re.sub(r"\s*\([^()]*\)", "", names)
    names = _MILITARY_RANK.sub("", names)  # 'Story by Sgt. 1st Class Ana Ruiz'
    names = BYLINE_CREDIT.sub("", names)  # ', with reporting by Tom Bell': a contributor
    names = _JOB_TITLE.sub("", names)  # 'Ana Ruiz, Communications Coordinator'
    names = _TRAILING_TITLE.sub("", names)  # 'Ana Ruiz Staff writer', the title set beside
    names = _FOR_OUTLET.sub("", names)  # 'Ana Ruiz for The Record', 'Special to the Record'
    if pair := _OUTLET_AFTER_PAIR.match(names):  # 'Ana Ruiz and Li Wei, The Record'
        names = pair.group("pair")
    if capitals := _CAPITAL_NAMES.match(names):  # 'ANA RUIZ Sentinel Staff Writer'
        names = capitals.group()
    if text.strip().lower().startswith("por "):
        names = re.sub(r"\s+y\s+", " and ", names)
    if bare.lower().startswith("nā "):  # te reo Māori's 'and' of two people: 'Nā A rāua ko B'
        names = re.sub(r"\s+(?:rāua\s+ko|me)\s+", " and ", names, flags=re.I)
    return person_names(BYLINE_END.split(names)[0], lexicon)


def titled_names(text: str, lexicon: Lexicon) -> list[str]:
    """The people a byline without 'By' names with their job titles: 'Ana Ruiz, Staff Writer
    and Li Wei, News Editor', 'Ana Ruiz · Community Reporter'; [] for any other line."""
    bare = text.strip().strip("*_").strip()
    found = NAME_AND_ROLE.match(bare)
    if found:
        return person_names(found.group("names"), lexicon)
    if len(bare.split()) > 16 or not _JOB_TITLE.search(bare):
        return []
    rest = _JOB_TITLE.sub("", bare)
    words = rest.replace(",", " ").split()
    capitalized = all(w[:1].isupper() or w in ("and", "&") for w in words)
    names = person_names(rest, lexicon) if capitalized else []
    return (
        names
        if sum(len(n.split()) for n in names) == len([w for w in words if w not in ("and", "&")])
        else []
    )


# names set in capitals, joined by 'and' in any case: 'DESHAWN PELLEGRINO and TOVAH RENNICK'
_CAPITAL_NAMES: Final = re.compile(  # (no word of a name is 'AND': one reading of each)
    r"^(?!AND\b)[A-Z][A-Z'’.-]+(?: (?!AND\b)[A-Z][A-Z'’.-]*)+(?:(?:,| and| AND| &) (?!AND\b)"
    r"[A-Z][A-Z'’.-]+(?: (?!AND\b)[A-Z][A-Z'’.-]*)+)*(?=\s|$)"
)


def _ordinary_case(word: re.Match[str]) -> str:
    return "and" if word.group() == "AND" else word.group().title()


def person_names(text: str, lexicon: Lexicon) -> list[str]:
    text = text.strip().rstrip(".")
    if text.isupper() or _CAPITAL_NAMES.fullmatch(text):
        text = re.sub(r"\b[A-Z][A-Z'’.-]+", _ordinary_case, text)
    names = listed_names(text)
    # a name in capitals beside words that are not: 'By MWILA CHANDA, Kalembwe'
    names = [
        re.sub(r"\b[A-Z][A-Z'’.-]+", _ordinary_case, n) if _CAPITAL_NAMES.fullmatch(n) else n
        for n in names
    ]
    return [name for name in names if _person(name, lexicon)]


def _person(name: str, lexicon: Lexicon) -> bool:
    words = {w.lower().strip(".,") for w in name.split()}
    organization = lexicon.organization_words | {"staff", "wire", "reuters", "ap", "afp", "the"}
    # (a hyphenated word by its last part, a paper's title word: 'Marlow Star-Herald' is a
    # paper, 'Sarah Church-Walker', 'Tom Post-Ellis' and 'Sam Lee-Church' are people)
    titled = any("-" in w and w.rsplit("-", 1)[1] in _PAPER_WORDS for w in words)
    return not (words & organization or titled)


# the last word of a paper's hyphenated title: 'Star-Herald', 'Post-Dispatch', 'Star-Tribune'
_PAPER_WORDS: Final = frozenset(
    (
        *("herald", "tribune", "gazette", "courier", "chronicle", "sentinel", "examiner"),
        *("observer", "dispatch", "bulletin", "ledger", "times", "journal", "leader"),
        *("democrat", "republican", "telegram", "picayune", "record", "register"),
    )
)


def role_of(line: str) -> str:
    lower = line.lower()
    if lower.startswith(("edit", "writ", "photo", "graphic", "research", "translat", "fact")):
        lower = lower.split()[0]  # a clause's own role: 'Editing by ...'
        return next((role for word, role in ROLES if word in lower), "editing")
    return next((role for word, role in ROLES if word in lower), "additional-reporting")


def join_datelines(paragraphs: list[str]) -> list[str]:
    """A dateline standing alone on its line ('MILLBROOK, Ore. —', 'WESTERN BUREAU:') joined
    to the paragraph it opens."""
    out: list[str] = []
    for text in paragraphs:
        if out and (_alone(out[-1]) or _colon_alone(out[-1], text)):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(text)
    return out


def _alone(text: str) -> bool:
    """A dateline with its dash and nothing after it."""
    return (m := DATELINE.match(text)) is not None and m.end() >= len(text.rstrip())


def _colon_alone(text: str, following: str) -> bool:
    """A colon dateline alone ('WESTERN BUREAU:'), over a paragraph of a story."""
    bare = text.strip()
    return (
        bare.endswith(":")
        and colon_dateline(bare) == bare[:-1]
        and len(following.split()) >= 12
        and following[:1].isupper()
    )


# a dateline set with a colon, as papers in Jamaica and India set it: 'WESTERN BUREAU:',
# 'KINGSTON, Jamaica:' (never a label in capitals: 'UPDATE:', 'EDITOR'S NOTE:')
# (in bold in Markdown too: '**PUNE:** Seven buses ...')
COLON_DATELINE: Final = re.compile(  # (a place of one or two words, or a bureau)
    r"^(?:\*\*|__)?(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?(?: BUREAU)?"
    r"(?:, [A-Z][\w.'’ ]{1,25})?)(?:\*\*|__)?:(?:\*\*|__)?(?=\s|$)"
)
# a colon dateline with its date, and the agency's or the paper's own tag after it, as
# Indian papers set it, the place in capitals or not: 'PUNE, Dec 3 (PTI):', 'Baramati,
# March 5:', 'Kolhapur, dt. 3:' (the date's day alone, after the word for 'dated'); a day of
# the week is no place ('Monday, 6 July: The first boat ...' opens a diary's day)
DATED_COLON: Final = re.compile(
    r"^(?:\*\*|__)?(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)\b)"
    r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
    r"(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?, "
    rf"(?:(?i:{MONTH}) ?\d{{1,2}}|\d{{1,2}} (?i:{MONTH})|(?i:dt|ta|dated)\.? ?\d{{1,2}})"
    r"(?:,? \d{4})?(?: \([^()]{1,30}\))?)(?:\*\*|__)?:(?:\*\*|__)?\s+(?=\S)"
)
_LABELS: Final = frozenset(
    (
        *("update", "updated", "note", "correction", "clarification", "breaking", "watch"),
        *("listen", "read", "related", "advertisement", "photo", "photos", "video"),
        *("editor's", "editor’s", "editors'", "eds", "q", "a", "caption", "credit"),
        *("warning", "sponsored", "summary", "background", "context", "analysis"),
        *("exclusive", "fact", "check", "previously", "more", "opinion", "commentary"),
        *("review", "interview", "explainer", "live", "developing", "trending", "see"),
        *("also", "recommended", "editor", "desk", "ad", "why", "what", "how", "key"),
        *("bottom", "line", "takeaways", "first", "look", "next", "latest", "just", "in"),
    )
)


def colon_dateline(text: str) -> str:
    """The place a colon dateline names ('WESTERN BUREAU: Fishers ...'), or ""."""
    found = COLON_DATELINE.match(text)
    if not found or any(w.lower() in _LABELS for w in found.group("place").split()):
        return ""
    return found.group("place")


def dateline_of(paragraphs: Sequence[str]) -> str:
    """The dateline opening one of the first paragraphs: a place in capitals, then a dash
    (or, opening the first, a colon)."""
    for n, text in enumerate(paragraphs[:3]):
        found = DATELINE.match(text)
        city = found.group("city") if found else ""
        if (
            found
            and city == city.upper()
            and (sum(c.isalpha() for c in city) >= 3 or _named_again(city, text, paragraphs))
            and not _dash_label(found.group("place").strip(), text, paragraphs)
        ):
            return found.group("place").strip()
        if agency := AGENCY_DATELINE.match(text):
            return agency.group("place") or agency.group("tagged") or agency.group("state")
        if dated := DATED_COLON.match(text):
            return dated.group("place")
        if dated := _DATED_DASH.match(text):
            return dated.group("place")
        if n == 0 and len(text.split()) >= 12 and (place := colon_dateline(text)):
            return place
        if n == 0 and len(text.split()) >= 12 and (place := _stop_dateline(text, paragraphs)):
            return place
        if n == 0 and len(text.split()) >= 12 and (place := _title_colon(text, paragraphs)):
            return place
        if n == 0 and len(text.split()) >= 12 and (place := _title_dash(text, paragraphs)):
            return place
    return ""


# a dash dateline in title case with the full date after the place, the weekday perhaps
# before it, as a ministry's information office sets it: 'Freetown, Monday 16th March 2026 –'
# (the date makes it a dateline; a weekday is no place: 'Monday, 16 March 2026 – We ...')
_DATED_DASH: Final = re.compile(
    r"^(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}(?:, [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})?"
    r", (?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),? )?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?i:{MONTH}),? \d{{4}}|"
    rf"(?i:{MONTH}) \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}))"
    r" (?:—|–|--|-) (?=\S)"
)


# a colon dateline in title case, as Gulf papers set it: 'Ras Al Khaimah: Construction ...'
_TITLE_COLON: Final = re.compile(
    r"^(?P<place>[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|al|el)){0,3}):\s+(?=[A-Z“\"])"
)


# the last word of a time's name: 'Election Day', 'Christmas Eve', 'Fashion Week'
_TIMES: Final = frozenset(("day", "days", "eve", "night", "week", "weekend", "morning"))
# a speaker's words opening in the first person: 'I came ...', 'We never ...', 'My ...'
_FIRST_PERSON: Final = re.compile(r"[“\"]?(?:I|I['’](?:m|ve|d|ll)|We|My|Our|Me|Us)\b")


# a dash dateline in title case, as an aggregator resets a partner's capitals: 'Lamu — The ...'
_TITLE_DASH: Final = re.compile(
    r"^(?P<place>[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|al|el)){0,3}) (?:—|–|--) (?=[A-Z“\"])"
)


def _title_dash(text: str, paragraphs: Sequence[str]) -> str:
    """The place a dash dateline in title case names, by the colon dateline's tests: the
    story names it again as a place, and it is no speaker, label or day."""
    return _title_colon(text, paragraphs, _TITLE_DASH)


def _title_colon(
    text: str, paragraphs: Sequence[str], pattern: re.Pattern[str] = _TITLE_COLON
) -> str:
    """The place a colon dateline in title case names, when the story names it again as a
    place ('... volunteers in Ras Al Khaimah said'): not a speaker's name or a label."""
    found = pattern.match(text)
    if not found or any(w.lower() in _LABELS for w in found.group("place").split()):
        return ""
    if _FIRST_PERSON.match(text, found.end()):
        return ""  # 'Mary Olsen: I came to Casper in 1994 ...': a speaker, in her own words
    if found.group("place").rsplit(None, 1)[-1].lower() in _TIMES:
        return ""  # 'Election Day: Voters ...': a kicker naming a day, no place
    place = found.group("place")
    # (not after 'to', where people and days stand as often: 'write to Mary Olsen', 'the
    # run-up to Election Day')
    # (or before what it names there: 'at the Lasalgaon market')
    inside = re.compile(rf"\b(?:in|at|near|across|around|outside) (?:the )?{re.escape(place)}\b")
    rest = [text[found.end() :], *paragraphs[1:]]
    return place if any(inside.search(p) for p in rest) else ""


def _named_again(city: str, text: str, paragraphs: Sequence[str]) -> bool:
    """Whether a place of two capitals before a dash ('BO —') is one the story names again
    as a place in its own case ('... at Bo Stadium'): a town's short name, no agency's or
    label's letters."""
    name = city.strip().title()
    if len(name) != 2 or not name.isalpha():
        return False
    inside = re.compile(rf"\b(?:in|at|near|outside|from) (?:the )?{name}\b(?![’'])")
    return any(inside.search(p) for p in [text, *paragraphs[1:]])


def _dash_label(place: str, text: str, paragraphs: Sequence[str]) -> bool:
    """Whether the capitals before a paragraph's dash are a label, not a place: an update's
    or an editor's note ('UPDATE — This story was updated ...'), or a speaker in a Q&A or a
    transcript, a word alone that opens another paragraph before its dash too ('LEDGER —
    Why ...?', then 'LEDGER — When ...?')."""
    words = place.lower().split()
    if words and all(w in _LABELS for w in words):
        return True
    if " " in place or "," in place:
        return False
    again = re.compile(rf"^(?:\*\*|__)?{re.escape(place)}(?:\*\*|__)?\s*(?:—|–|--|-)\s")
    return any(p is not text and again.match(p) for p in paragraphs)


# a place set with a full stop, as papers in Uganda set it: 'Mbale. More than 300 farmers ...'
_STOP_DATELINE: Final = re.compile(
    r"^(?P<place>[A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20})?)\. (?=[A-Z])"
)


_TITLE_ABBREVIATIONS: Final = frozenset(
    (
        *("Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Sgt", "Cpl", "Maj", "Adm", "Cmdr"),
        *("Det", "Insp", "Supt", "Prof", "Rev", "Hon", "Mrs", "Atty", "Lieut", "Pres"),
    )
)


def _stop_dateline(text: str, paragraphs: Sequence[str]) -> str:
    """The place a full-stop dateline names, when the story names the place again inside a
    sentence ('... the union's offices in Mbale'); never a first sentence of a word or two."""
    found = _STOP_DATELINE.match(text)
    if not found:
        return ""
    place = found.group("place")
    if place in _TITLE_ABBREVIATIONS:
        return ""  # 'Gov. Kathy Hochul on Monday signed ...': a title, not a place
    inside = re.compile(rf"\b[a-z]+ {re.escape(place)}\b(?!\.)")
    rest = [text[found.end() :], *paragraphs[1:]]
    return place if any(inside.search(p) for p in rest) else ""


def summarizes(dek: str, body: Sequence[str]) -> bool:
    """Whether a page's description is only its first paragraph (or the start of it)."""
    short = norm(dek).rstrip(".…")
    return any(norm(p).startswith(short[:80]) for p in body[:3])


def same(a: str, b: str) -> bool:
    return bool(a.strip()) and norm(a) == norm(b)


def norm(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split()).casefold()
