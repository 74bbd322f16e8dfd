"""Contributor lines: who a line of a story or a filed document credits for their part in it
('Additional reporting by Maria Chen in Miami.', 'Words: A / Photos: B'). The contributor-credit
check and the importer read a line with these same rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsroom.checks.lexicon import DEFAULT
from newsroom.checks.sentences import split
from newsroom.checks.text import COMBINING_ACCENTS, LATIN_CAPITALS, NAME_PARTICLES, word_set

# what follows a pencil's mark on a post: a label perhaps, then two words or more, no label
_PENCIL_NAMES: Final = (
    r"\ufe0f?\s*:?\s*(?:(?:written\s+)?by\s+|(?:text|words|story)\s*:\s*)?"
    r"(?P<names>(?-i:[A-Z])[\w.'’-]*\s+[^:]+?)\.?$"
)
# what a helper's credit may say it helped with, and how it names the helper: 'Research
# assistance for this article was provided by X', 'Research help from X'
_FOR_THIS: Final = r"(?:\s+for\s+this\s+(?:story|report|article|piece|post|series))?"
# a word a headline in title case has and a list of names has not: a verb of saying or of
# being, a modal, a question word, an article or a preposition before another word ('Police Say
# Crime Fell', 'Why Bees Matter', 'Farmers Count The Cost'; 'Ana Ruiz, The Times' keeps its outlet)
_NO_HEADLINE: Final = (
    r"(?![^;|]*?(?<![,] )(?<!of )\b(?-i:Say|Says|Said|Can|Could|Will|Would|May|Must|Should|Is|Are|"
    r"Was|Were|Has|Have|Had|Do|Does|Did|Why|How|What|When|Where|Who|The|A|An|To|Of|For|With|Is|"
    r"Not|Get|Gets|On|In|At|From|About|After|Over|Into|We|You|Your|Our)(?= [A-Za-z]))"
)
# the last word of a document's name: 'Gettysburg Address', 'United Nations Charter'
_DOCUMENT_LAST: Final = (
    r"(?:statement|address|charter|speech|bible|declaration|act|treaty|constitution|report|"
    r"letter|transcript|ruling|judgment|judgement|manifesto|communiqu[eé]|resolution|agreement|"
    r"accord|prayer|psalm|sermon|oath|pledge|anthem|poem|lyrics|convention|covenant|protocol)"
)
# the place a helper helped from, one to three capitalized words: 'Kayangel', 'Port Ellen'
_HELPED_FROM: Final = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
_HELP_BY: Final = r"\s+(?:(?:was|were)\s+(?:provided|given|contributed)\s+by|from|by)\s+"
# a kind of research or of reporting before the word: 'Data research by X', 'Court reporting: X'
_RESEARCH_KIND: Final = r"(?:additional|data|archive|archival|background|picture|photo|field)"
_REPORTING_KIND: Final = (
    r"(?:additional|data|field|court|crime|sports|business|political|local|extra|further)"
)
# a team that did the work a document or a story rests on, over its members: 'Audit team: X,
# Senior Auditor; Y, Staff Auditor' (not a side's: 'Home team: ...', 'Starting team: ...')
_WORK_TEAM: Final = (
    r"(?:research|reporting|audit|editorial|investigations?|investigative|data|project|survey|"
    r"review)\s+team"
)

# The forms of a contributor line, each with a word that every line of that form holds: the
# words are looked for first, the forms only when one is there. Both come from this table.
# A sentence is read clause by clause (clauses end at ';' or '|'), so 'Reporting by X; editing
# by Y' credits X and leaves the editor out. `more` is the rest of a line that can name
# another contributor ('..., and Kevin Zhao from Hong Kong').
CONTRIBUTOR_FORMS: Final = (
    (
        "reporting",
        r"^(?:additional|also contributing|contributing)\s+reporting"
        r"(?:(?:\s+was\s+contributed)?\s+by\s+|\s*:\s*)(?P<names>.+?)\.?$",
    ),
    (
        "contributed",
        r"^(?:additional\s+)?(?:reporting|research|writing)(?:\s+from\s+.+?)?\s+"
        r"(?:was\s+)?contributed\s+by\s+(?P<names>.+?)\.?$",
    ),
    # 'Reporting by X in Faro; Writing by Y; Editing by Z', 'Data reporting by Mina Castellanos.'
    (
        "ing by",
        rf"^(?:with\s+)?(?:{_REPORTING_KIND}\s+)?(?:reporting|writing) by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # 'Data analysis by X', and a second clause's 'with radar analysis by Jenna Whitlow'
    ("analysis by", r"^(?:with\s+)?(?:additional\s+)?(?:\w+\s+)?analysis by\s+(?P<names>.+?)\.?$"),
    # a data story's other hands: 'Data cleaning by X; the analysis was checked by Y.'
    ("cleaning by", r"^(?:\w+\s+)?cleaning by\s+(?P<names>.+?)\.?$"),
    (
        "checked by",
        r"^(?:the|this|our)\s+(?:analysis|data|figures|numbers|calculations|code)\s+"
        r"(?:was|were|has been|have been)\s+(?:checked|reviewed|verified)\s+by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # 'With additional reporting from Ben Asselin.' ('Reporting from Kyiv' alone is a place)
    (
        "reporting from",
        r"^(?:with\s+)?additional\s+(?:reporting|research)\s+from\s+(?P<names>.+?)\.?$",
    ),
    # an incident report's 'Additional information provided by Asst. Chief Tom Yingling.'
    (
        "information",
        r"^additional\s+information\s+(?:was\s+)?(?:provided|supplied|contributed)\s+by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # and as Kenyan papers print it, with the place the person sent it from: 'Additional
    # information by Ana Ruiz, Marakwet East.'
    (
        "information",
        r"^additional\s+information\s+by\s+(?P<names>.+?)"
        r"(?:,\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\.?$",
    ),
    # a study's measurers, under its account: 'Field measurements by Ana Ruiz and Li Wei.'
    (
        "field",
        r"^field\s*(?:measurements|work|data|surveys?|sampling|interviews)\s+by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # 'Additional report by Kehinde Oyelaran, Sagamu.', as papers in Nigeria print it
    (
        "additional report",
        rf"^additional\s+reports?\s+by\s+(?P<names>.+?)"
        rf"(?:,\s+(?-i:[{LATIN_CAPITALS}])[\w{COMBINING_ACCENTS}'’-]+)?\.?$",
    ),
    # 'Reporting assist from Priya Venkataraman.', 'Research assistance by Della Baker.', and
    # in the passive: 'Research assistance for this article was provided by Nadia Oozeer.'
    # (and with the place the help came from: 'Reporting assistance from Kayangel by Ana Ruiz.')
    (
        "reporting",
        rf"^(?:additional\s+)?reporting\s+(?:assist|assistance|help){_FOR_THIS}"
        rf"(?:\s+(?:from|in)\s+{_HELPED_FROM}(?=\s+by\s))?{_HELP_BY}"
        r"(?P<names>.+?)\.?$",
    ),
    (
        "research",
        rf"^(?:additional\s+)?research\s+(?:assist|assistance|help){_FOR_THIS}"
        rf"(?:{_HELP_BY}|\s*:\s*)(?P<names>.+?)\.?$",
    ),
    # a label and its colon: 'Research: Palesa Khoeli', 'Reporting: Ana Ruiz' (not a subhead
    # in title case, with a verb or a word no name has: 'Research: Dogs Can Smell Cancer')
    # ('Additional research: Jal Ruot Kuach', and a page's 'Text: Ana Ruiz, press officer')
    # (and a kind of research before it: 'Data research: Ana Ruiz', 'Picture research: Li Wei')
    (
        "research",
        rf"^(?:{_RESEARCH_KIND}\s+)?research\s*:\s*{_NO_HEADLINE}(?P<names>.+?)\.?$",
    ),
    # (and of reporting: 'Court reporting: Ana Ruiz')
    ("reporting", rf"^(?:{_REPORTING_KIND}\s+)?reporting\s*:\s*{_NO_HEADLINE}(?P<names>.+?)\.?$"),
    ("team", rf"^{_WORK_TEAM}\s*:\s*{_NO_HEADLINE}(?P<names>.+?)\.?$"),
    # (not over a document whose words follow, named by what it is: 'Text: Gettysburg Address',
    # 'Text: United Nations Charter', 'Text: Full Statement')
    (
        "text",
        rf"^text\s*:\s*{_NO_HEADLINE}(?!.*\b{_DOCUMENT_LAST}(?: of [^,;|]*)?\.?$)"
        r"(?P<names>.+?)\.?$",
    ),
    # a story put together from other reporters' work as well: 'Compiled with reports from
    # Ana Ruiz in Faro.'
    (
        "compiled with",
        r"^compiled\s+(?:with|from)\s+(?:additional\s+)?(?:reports?|reporting)\s+(?:from|by)\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # a translation of the story's quotes or of a part of it, the language named before it:
    # 'Tamil translation by Ana Ruiz.'
    (
        "translation by",
        r"^(?-i:[A-Z])[\w'’-]+\s+translations?\s+by\s+(?P<names>.+?)\.?$",
    ),
    # 'Reporting and photos by Ava Kettering and Mateo Salgado-Price.', and the other way
    # round: 'Bridge inspection photos and additional reporting by Dale Pinkerton'
    # (or as a label: 'Photographs and additional reporting: Anya Grieve', not a subhead in
    # title case: 'Reporting and Photos: What We Learned')
    (
        "reporting and",
        r"^(?:additional\s+)?reporting\s+and\s+(?:photos|photographs|photography|pictures|video|"
        r"graphics)"
        rf"(?:\s+by\s+|\s*:\s*{_NO_HEADLINE})"
        r"(?P<names>.+?)\.?$",
    ),
    # (or the interviews: 'Photographs and additional interviews by Tevin Allen.', 'Photos
    # and extra research: Mele Fifita')
    *(
        (
            f"and {more}",
            r"^(?:[\w'’-]+\s+){0,3}?(?:photos|photographs|photography|pictures|video|graphics)"
            rf"\s+and\s+{more}\s+(?:reporting|interviews|research)"
            rf"(?:\s+by\s+|\s*:\s*{_NO_HEADLINE})(?P<names>.+?)\.?$",
        )
        for more in ("additional", "extra", "further")
    ),
    # a second hand's notes in a log or a diary: 'With additional notes by Dr Juan Reyes,
    # ship's ornithologist' (not a speech's 'notes by the minister's office were leaked')
    (
        "notes by",
        r"^(?:with\s+)?(?:additional|further|extra)\s+notes\s+by\s+(?P<names>.+?)\.?$",
    ),
    # a submitted piece's: 'Contributed by: Kayla Brandt, RN, Communicable Disease Program'
    ("contributed by", r"^contributed\s+by\s*:?\s+(?P<names>.+?)\.?$"),
    (
        "contribut",
        r"^(?:contributing|contributors?)(?:\s+(?:reporters?|writers?))?\s*:\s*(?P<names>.+?)\.?$",
    ),
    ("research by", rf"^(?:with\s+)?(?:{_RESEARCH_KIND}\s+)?research by\s+(?P<names>.+?)\.?$"),
    # a page's own text by the one who wrote it up: 'Written summary by Ana Ruiz, Press Office.'
    ("summary by", r"^(?:written\s+)?summary\s+by\s+(?P<names>.+?)\.?$"),
    # a blog's closing line for what one person looked into: 'Research on the wreck's history
    # by Ana Ruiz.'
    (
        "research",
        r"^(?:additional\s+|archival\s+|historical\s+|background\s+)?research\s+(?:on|into)\s+"
        r"[^,;:]{1,60}?\s+by\s+(?P<names>.+?)\.?$",
    ),
    # a public body's release: 'Contributions to this release by park geologist Aaron Fiske.'
    (
        "contributions to",
        r"^contributions\s+to\s+this\s+(?:news\s+|press\s+)?(?:release|story|report|article|"
        r"post|update)\s+by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # a page's story told from an interview someone else did: 'Winner interview by Claims
    # Center supervisor Rita Gomez.'
    (
        "interview",
        r"^(?:[\w'’-]+\s+){0,2}?interviews?\s+(?:conducted\s+)?by\s+(?P<names>.+?)\.?$",
    ),
    (
        "for this",  # 'Market research for this post by Jonah Pelletier.', 'Historical research'
        r"^(?:additional\s+|market\s+|data\s+|archival\s+|historical\s+|background\s+|"
        r"legal\s+)?(?:research|reporting)\s+for\s+"
        r"this\s+(?:story|report|article|post|column)\s+by\s+(?P<names>.+?)\.?$",
    ),
    (
        "was done by",
        r"^(?:additional\s+)?(?:research|reporting)\s+for\s+this\s+(?:story|report|article|"
        r"column)\s+was\s+(?:done|conducted|provided)\s+by\s+(?P<names>.+?)\.?$",
    ),
    (
        "wrote this",  # 'Communications specialist Tara Lindgren wrote this article, with
        # reporting from investment analyst Raj Menon.': the writer's byline, the reporter's credit
        r"^(?:[^,;]{0,80}?\s)?wrote\s+this\s+(?:story|report|article|post|column),?\s+with\s+"
        r"(?:additional\s+)?(?:reporting|research)\s+(?:from|by)\s+(?P<names>.+?)\.?$",
    ),
    (
        "includes",
        r"^this\s+(?:story|report|article|column)\s+includes\s+(?:additional\s+)?(?:reporting|"
        r"research)\s+(?:by|from)\s+(?P<names>.+?)\.?$",
    ),
    (
        "contributing to",
        r"^contributing\s+to\s+this\s+(?:report|story|article|column)\s+(?:were|was)\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # a wire's closing line: '--With assistance from Hana Ito.'
    (
        "assistance from",
        r"^(?:[-—–]+\s*)?with\s+(?:additional\s+)?(?:research\s+|reporting\s+)?assistance from\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # a Canadian paper's closing line: '— With files from Tomas Ilunga and The Canadian Press'
    # (the agency credits no one)
    # 'With a report from Marlon Dizon', 'With reports from A and B', as Manila papers end one
    (
        "report",
        r"^(?:[-—–]+\s*)?with\s+(?:a\s+)?reports?\s+from\s+(?P<names>.+?)\.?$",
    ),
    # a social post's writer by its pencil: '📝 Kristine Mae Ocampo, MDRRMO Information Desk',
    # '✍️ By Ana Ruiz' (not a list's heading by the same mark, one word or a label:
    # '📝 Requirements:', '📝 Venue: Barangay Hall')
    ("\U0001f4dd", rf"^\U0001f4dd{_PENCIL_NAMES}"),
    ("\u270d", rf"^\u270d{_PENCIL_NAMES}"),
    ("files from", r"^(?:[-—–]+\s*)?with\s+files\s+from\s+(?P<names>.+?)\.?$"),
    # an obituary's helper: '..., with help from Hal's longtime friend and coach Ray Schuler.'
    ("help from", r"^(?:[-—–]+\s*)?with\s+(?:additional\s+)?help\s+from\s+(?P<names>.+?)\.?$"),
    # a Mexican paper's closing 'Con información de ...' in its English edition or a
    # partner's translation: 'With information from Owen Pruitt.'
    ("information", r"^(?:[-—–]+\s*)?with\s+information\s+from\s+(?P<names>.+?)\.?$"),
    ("story by", r"^story by\s+(?P<names>.+?)\.?$"),
    # a community paper's submitted piece: 'Submitted by Tara Sakanee, Communications Officer'
    ("submitted", r"^submitted\s+by\s*:?\s+(?P<names>.+?)\.?$"),
    # a British or Australian page's credit in the body: 'Words: Sue Pickering, club secretary',
    # 'Words and pictures by Tom Reid'
    (
        "words",
        r"^words(?:\s+(?:and|&)\s+(?:pictures|photos|photographs|images))?(?:\s*:|\s+by)\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # a weather office's or an agency's: 'This summary was prepared by meteorologists A and B'
    (
        "prepared by",
        r"^this\s+(?:story|report|article|summary|update|analysis)\s+was\s+prepared\s+by\s+"
        r"(?:(?-i:[a-z]+|[A-Z]{2,6})\s+){0,3}(?P<names>.+?)\.?$",
    ),
    # a paper's note on a story from its other-language edition: '... has been rewritten in
    # English by Tanvir Rahman Shuvo' (not 'Translated from Norwegian by', a book's translator)
    (
        "rewritten",
        r"^(?:\*\s*)?this\s+(?:report|story|article)\b[^.]{0,120}\b(?:rewritten|translated)\s+"
        r"(?:in|into)\s+English\s+by\s+(?P<names>.+?)\.?$",
    ),
    # a council summary's or a results page's last line: 'Compiled by Deputy City Clerk Anna Rusk'
    # (and a statement's, with a unit's help after it: 'Compiled by Ana Ruiz, Information
    # Officer, with input from the Legal Services Unit')
    # (or the reporters whose reports it was compiled from: 'Compiled by Ana Ruiz, with
    # reports from Li Wei and Tom Hale'; and a bulletin's own line: 'This update was compiled
    # by Ana Ruiz (Information Unit) with inputs from the health cluster.')
    (
        "compiled",
        r"^(?:this\s+(?:update|bulletin|summary|report|briefing|note|release|statement)\s+"
        r"was\s+)?compiled\s+by\s+(?P<names>.+?)(?:,?\s+with\s+(?:additional\s+)?(?:inputs?|"
        r"help|assistance|contributions|reports?|reporting)\s+from\s+(?P<extra>.+?))?\.?$",
    ),
    # an Indian wire's and paper's: 'With inputs from Rohit Pawar'
    # and 'Additional input by Farah Naz in Lahore', as papers in Pakistan print it
    # and a statement's label: 'Additional input: Thandi Mokoena, committee researcher'
    (
        "input",
        r"^(?:with\s+)?(?:additional\s+|extra\s+|further\s+)?inputs?(?:\s+(?:from|by)\s+|\s*:\s*)"
        r"(?P<names>.+?)\.?$",
    ),
    # a health publisher's: 'Medically reviewed by Priya Raman, MD', 'Fact checked by Olu Adebayo'
    (
        "reviewed by",
        r"^(?:medically|clinically|expert|scientifically)\s+reviewed\s+by\s+(?P<names>.+?)\.?$",
    ),
    ("checked by", r"^fact[- ]?checked\s+by\s+(?P<names>.+?)\.?$"),
    # a checker's line at a story's foot, as a newsletter or a small paper sets it: 'Treasurer
    # Ana Ruiz checked the figures in this story.'
    (
        "checked the",
        r"^(?P<names>.+?)\s+(?:also\s+)?checked\s+the\s+(?:figures|facts|numbers|data|quotes)"
        r"\s+(?:in|for|of)\s+this\s+(?:report|story|article|piece|post|series)\b(?P<more>.*)$",
    ),
    (
        "contributed",
        r"^(?P<names>.+?)\s+contributed\s+(?:additional\s+)?(?:reporting|research|writing|"
        r"(?:data\s+)?analysis|graphics)\b(?!\s+(?:to|for)\s+(?!this\b))(?P<more>.*)$",
    ),
    (
        "contributed",
        r"^(?P<names>.+?)\s+contributed\s+to\s+this\s+(?:report|story|article|release|column|"
        r"piece|analysis|investigation|coverage|series|project|update|newsletter|post|"
        r"feature|profile)\b(?!-)(?P<more>.*)$",
    ),
    # a study's helpers, under a researcher's own account of it: 'Ana Ruiz, a research
    # assistant at ..., contributed to the fieldwork for this study.'
    (
        "contributed",
        r"^(?P<names>.+?)\s+contributed\s+to\s+the\s+(?:fieldwork|field\s+work|field\s+"
        r"measurements|data\s+collection|sampling|surveys?|interviews|research)\s+for\s+this\s+"
        r"(?:study|research|project|report|story|article|piece)\b(?P<more>.*)$",
    ),
    ("contributed", r"^(?P<names>.+?)\s+contributed\s+from\s+(?P<more>.*)$"),
    (
        "provided",  # 'Museum director Tove Langseth provided archive research for this story.'
        r"^(?P<names>.+?)\s+provided\s+(?:additional\s+|archival\s+|archive\s+|background\s+)?"
        r"(?:research|reporting|translation|interpreting|data\s+analysis)\s+for\s+this\s+"
        r"(?:report|story|article|piece|post|series)\b(?P<more>.*)$",
    ),
    # 'Lame Kgosiemang assisted with research for this article.' (and 'also helped with':
    # each verb its own form, as a form is tried only on a line with its word), or with the
    # piece itself: 'Our Nui correspondent, Mele Tauala, helped with this report.'
    *(
        (
            verb,
            rf"^(?P<names>.+?)\s+(?:also\s+)?{verb}\s+with\s+(?:(?:the\s+)?(?:research|"
            r"reporting|interviews|translation|data\s+analysis|fact-checking)\s+(?:for|on)\s+)?"
            r"this\s+(?:report|story|article|piece|post|series)\b(?P<more>.*)$",
        )
        for verb in ("assisted", "helped")
    ),
    # a second clause after who wrote it: 'Words: Kabelo Thamae, with notes from head guide
    # Oratile Sechele'
    ("notes from", r"^with\s+(?:additional\s+)?(?:notes|input)\s+from\s+(?P<names>.+?)\.?$"),
    ("contributed", r"^(?P<names>.+?)\s+(?:also\s+)?contributed\.?$"),
    # a student newsroom's or a partner's closing line: 'Dana Ruiz, the lab's faculty adviser,
    # edited this story.', 'Li Wei translated interviews conducted in Spanish.'
    (
        "edited this",
        r"^(?P<names>.+?)\s+(?:also\s+)?edited\s+this\s+(?:story|report|article|piece|"
        r"project|series)\b(?![’'-])(?P<more>.*)$",
    ),
    (
        "translated",
        r"^(?P<names>.+?)\s+(?:also\s+)?translated\s+(?:the\s+)?(?:interviews?|quotes|"
        r"this\s+(?:story|report|article))\b(?![’'-])(?P<more>.*)$",
    ),
    (
        "reported by",
        r"^this\s+(?:story|report|article)\s+was\s+(?:researched\s+and\s+)?reported by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    (
        "written by",
        r"^this\s+(?:story|report|article|tribute|obituary|profile|statement|release|post)\s+"
        r"was\s+(?:reported\s+and\s+)?written by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    # who wrote what a body published: 'This statement was drafted by club secretary Ana
    # Ruiz, with research by Li Wei.'
    (
        "drafted by",
        r"^this\s+(?:statement|release|report|submission|update|post)\s+was\s+drafted by\s+"
        r"(?P<names>.+?)\.?$",
    ),
    (
        "thanks to",
        # (and a page's, for what went into it: 'With thanks to patroller Riaan Botha for photos
        # and information.')
        r"^(?:with\s+)?(?:many\s+|special\s+)?thanks to\s+(?P<names>.+?)\s+for\s+"
        r"(?:\w+\s+){0,2}?"
        r"(?:research|reporting|writing|notes|stats|statistics|translation|transcription|"
        r"photos|photographs|pictures|information|"
        # (a thanks, not a sentence that says what the thing made possible: 'Thanks to Jones
        # for the translation, the book reached English readers', 'for the notes she hit')
        r"interviews?)\b(?!\s+(?:he|she|they|we|i|you|it)\b)"
        r"(?![^.!?]*,\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|their|its|our|this|these|"
        r"those|there)\s)"
        # (nor a clause with a verb of its own: 'for information, police were able to'; but
        # 'for the interview, which was recorded in 1987' says more of the thing)
        r"(?![^.!?]*,\s+(?!(?:which|who|whose|where|when)\b)[^.!?,]*?"
        r"\b(?:was|were|is|are|had|has|have|could|can|will|would|"
        r"\w+ed)\b).*$",
    ),
    # a post's thanks for a part of it, perhaps after a team's: 'Thanks to our field staff,
    # and to Ana Ruiz for pulling together the figures in this piece.' ('Special thanks to
    # Ana Ruiz for fact-checking this story.' as well; but a reader thanked for a tip or a
    # source for her account, as a correction or a profile ends, made none of it: 'Thanks to
    # reader Ana Ruiz for spotting the error in this story', 'for sharing her story in this
    # piece')
    (
        "thanks",
        r"^(?:with\s+)?(?:many\s+|special\s+)?thanks\s+(?:also\s+)?to\s+"
        r"(?:(?:our|the|all)\s+[^,]{1,40},?\s+and\s+(?:also\s+)?to\s+)?(?P<names>.+?)\s+for\s+"
        r"(?!(?:spotting|pointing|flagging|noticing|alerting|catching|telling|sharing|reading|"
        r"suggesting|bringing|reporting\s+(?:an?|the)\s+(?:error|mistake))\b)"
        r"[a-z]+(?:-[a-z]+)?ing\b(?:[^.]{0,60}?\s+(?:in|for|behind|of))?\s+this\s+"
        r"(?:post|story|report|article|piece|project)\.?$",
    ),
    # 'Thanks to Priyanka Rao and Sam Ortega for their help with this post.'
    (
        "thanks to",
        r"^(?:many\s+|special\s+)?thanks to\s+(?P<names>.+?)\s+for\s+(?:their|his|her)\s+help\s+"
        r"(?:with|on|in)\s+this\s+(?:post|story|report|article|piece|project)\.?$",
    ),
    # a firm's or a study's closing thanks, in the writers' own voice, for help with the piece:
    # 'The authors would like to thank Ana Ruiz, trainee, for her assistance in preparing this
    # briefing.' (not a family's thanks, nor thanks for help with something else)
    (
        "thank",
        r"^(?:the\s+(?:authors?|writers?|editors?)|we|i)\s+(?:would\s+(?:also\s+)?like\s+to\s+|"
        r"wish\s+to\s+)?(?:also\s+)?thank\s+(?P<names>.+?)\s+for\s+(?:their|his|her)\s+"
        r"(?:kind\s+)?(?:assistance|help|research|input|contribution)\s+(?:in|with|on|to)\s+"
        r"(?:(?:preparing|researching|writing|compiling|drafting)\s+)?this\s+(?:briefing|"
        r"report|story|article|piece|post|update|note|alert|publication|paper|analysis)\.?$",
    ),
)
# Forms whose verb is an everyday one ('X reported from Denver.', 'X helped report this story.'):
# a line of such a form names contributors only when every name is a person's full name.
_WHERE: Final = (  # ' from Capitol Hill', ' in Portland, Ore.'
    r"(?:\s+(?:from|in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}"
    r"(?:,\s+(?-i:[A-Z])[\w.]*)?)?"
)
# a plain name, with no title before it: 'Colvin Ryan', 'Ana M. Ruiz'
_FIRST_LAST: Final = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])\.)?\s+(?-i:[A-Z])[\w'’-]+"
# one or two plain names: 'Colvin Ryan and Ana Ruiz'
_PLAIN_NAMES: Final = rf"(?P<names>{_FIRST_LAST}(?:\s+and\s+{_FIRST_LAST})?)"
# an event a reporter sits through, not 'the costs' or 'the bases' (perhaps of a kind: 'the
# press launch')
_EVENT: Final = (
    r"(?:[a-z]+\s+)?(?:debate|hearing|meeting|trial|session|sitting|match|game|vote|count|"
    r"inquest|launch|sentencing|conference|summit|rally|briefing|protest|funeral|ceremony)"
)
PLAIN_VERB_FORMS: Final = (
    # (and for the story, perhaps with the place set off by commas: 'Kurt Hanley, in
    # Charlestown, also reported for this story.')
    (
        "reported",
        r"^(?P<names>.+?)(?:,\s+(?:in|from|on)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)"
        r"{0,3},)?\s+(?:also\s+)?reported"
        # (the place before 'for this story' or after it: '... also reported for this story
        # from Tarawa.')
        rf"{_WHERE}(?:\s+for\s+this\s+(?:story|report|article){_WHERE})?\.?$",
    ),
    # a second reporter at the event the story is about: 'Colvin Ryan also covered the
    # debate.' (an event a reporter sits through, not 'covered the costs' or 'the bases'; and
    # only a plain first and last name, not 'Minister Li Wei also covered the summit')
    (
        "covered",
        rf"^{_PLAIN_NAMES}\s+also\s+covered\s+(?:the|this|today['’]s|yesterday['’]s)\s+"
        rf"{_EVENT}\.?$",
    ),
    # (or reported from it: 'Ana Ruiz and Li Wei reported from the press launch.')
    ("reported", rf"^{_PLAIN_NAMES}\s+(?:also\s+)?reported\s+from\s+the\s+{_EVENT}\.?$"),
    # the figures a story gives and who gathered them: 'Intern Ana Ruiz compiled statistics
    # for this report.'
    (
        "compiled",
        r"^(?P<names>.+?)\s+(?:also\s+)?compiled\s+(?:the\s+)?(?:stats|statistics|data|figures|"
        r"results|scores|records|numbers|tables)\s+for\s+this\s+(?:story|report|article|"
        r"piece|post)\.?$",
    ),
    (
        "assisted",
        r"^(?P<names>.+?)\s+assisted\s+(?:with|in)\s+(?:the\s+)?(?:reporting|research)\b"
        rf"{_WHERE}\.?$",
    ),
    (
        "compiled",  # 'Stats compiled by Jake Moreno.', 'Results compiled with help from Mele
        # Fifita at the scorers' table.'
        r"^(?:[\w'’-]+\s+){0,3}?(?:stats|statistics|data|figures|research|graphics?|charts?|"
        r"results|scores|counts|numbers)\s+(?:for\s+this\s+(?:story|report|article)\s+)?"
        r"(?:(?:was|were)\s+)?compiled\s+(?:by|with\s+(?:the\s+)?help\s+(?:from|of))\s+"
        r"(?P<names>.+?)(?:\s+at\s+the\s+(?-i:[a-z])[\w'’ -]{1,30})?\.?$",
    ),
    # the records a story rests on and who went through them: 'Court records for this story
    # were checked by Li Wei.'
    (
        "for this",
        r"^(?:[\w'’-]+\s+){0,3}?(?:records|documents|filings|minutes|accounts|figures|facts|"
        r"data|quotes|numbers|results|statistics|stats|logs|returns)\s+for\s+this\s+"
        r"(?:story|report|article|piece|post)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:checked|verified|reviewed|compiled|gathered|collected)\s+by\s+(?P<names>.+?)\.?$",
    ),
    # a reporter's credit, the place it came from after the name ('With reporting from Ana
    # Ruiz in Lima.'): a person's full name, not a place's ('With reporting from Kyiv')
    ("reporting from", r"^(?:[-—–]+\s*)?with\s+reporting\s+from\s+(?P<names>.+?)\.?$"),
    (
        "compiled",  # a label over the names, not a sentence about a report: 'Patrol report
        # compiled by A and B.', not 'The report was compiled by A and B.'
        r"^(?!(?:the|a|an|this|that|its|their|last|next)\s)(?:[\w-]+\s+){0,2}?"
        r"(?:report|summary|roundup|round-up|recap)\s+compiled\s+by\s+(?P<names>.+?)\.?$",
    ),
    (
        "tallied",  # 'Logbook figures were tallied by news assistant Danny Okwu.'
        r"^(?!the\s)(?:[\w'’-]+\s+){0,3}?(?:stats|statistics|data|figures)\s+"
        r"(?:(?:was|were)\s+)?tallied\s+by\s+(?P<names>.+?)\.?$",
    ),
    (
        "reviewed",  # 'Data editor Li Wei reviewed the analysis.' (a newsroom's job, not 'Mayor')
        r"^(?:.{0,40}\s)?(?:editor|reporter|analyst|journalist|researcher|fact-checker)\s+"
        r"(?P<names>(?-i:[A-Z])\S+(?:\s+(?-i:[A-Z])\S+){1,3})\s+(?:also\s+)?reviewed\s+"
        r"(?:the|this|our)\s+(?:data\s+)?(?:analysis|calculations|code)"
        r"(?:\s+for\s+(?:this\s+story|accuracy))?\.?$",
    ),
    (
        "helped",  # a writer's thanks on a blog: 'Thanks to Ana Ruiz, who helped clean the data.'
        # (help with the story's material, not with what the story is about: 'who helped
        # collect cans from every church in town')
        r"^(?:many\s+|special\s+)?thanks\s+(?:also\s+)?to\s+(?P<names>.+?),\s+who\s+helped\s+"
        r"(?:(?:me|us)\s+)?(?:report|research|with\s+(?:the\s+)?(?:reporting|research|data|"
        r"analysis)|(?:gather|compile|collect|clean|check|verify|analy[sz]e|sort|code|map|"
        r"translate|transcribe)\s+(?:(?:the|these|those|our|my|this|all\s+the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:data|records?|documents?|numbers|figures|interviews?|quotes|"
        r"sources|files|facts|surveys?|responses|transcripts?|spreadsheets?|database|story|post|"
        r"reports?|article|piece|information|results|analysis|maps?|code|recordings?))\b"
        r"[^,;]{0,80}\.?$",
    ),
    (
        "helped",
        r"^(?P<names>.+?)\s+helped\s+(?:report|research|gather|compile|collect|with\s+(?:the\s+)?"
        r"(?:reporting|research|history\s+for\s+this\s+(?:story|report|article))|"
        # (or to write the piece: 'Our nephew Tom Hale helped write this post.')
        r"write\s+this\s+(?:story|report|article|piece|post|column))\b"
        r"[^,;]{0,60}\.?$",
    ),
)
_CONTRIBUTOR_LINES: Final = tuple(
    (word, re.compile(form, re.I)) for word, form in CONTRIBUTOR_FORMS
)
_PLAIN_VERB_LINES: Final = tuple((word, re.compile(form, re.I)) for word, form in PLAIN_VERB_FORMS)
_CONTRIBUTOR_WORDS: Final = tuple(
    sorted({word for word, _ in CONTRIBUTOR_FORMS} | {word for word, _ in PLAIN_VERB_FORMS})
)
# What stands before a contributor's name and is not part of it: 'Associated Press writer',
# 'Staff writer', 'Data reporter', 'Correspondent'.
CONTRIBUTOR_ROLES: Final = word_set(
    "writer writers reporter reporters correspondent correspondents researcher researchers "
    "contributor contributors clerk "
    "photographer photographers editor editors intern interns stringer stringers staff "
    "student students fellow fellows "
    # (the helpers outside the newsroom: 'Museum director Tove Langseth provided research')
    "director directors curator curators librarian librarians archivist archivists historian "
    "historians translator translators producer producers analyst analysts "
    # (a public body's or a college's staff: 'Communications specialist Jada Whitfield')
    "specialist specialists assistant assistants coordinator coordinators officer officers "
    "supervisor supervisors manager managers "
    # (a student newsroom's: 'Dana Ruiz, the News Lab's faculty adviser, edited this story.')
    "adviser advisers advisor advisors"
)
# Capitalized words that open a sentence and name no one: 'He contributed.', 'Others
# contributed reporting.'
NOT_NAMES: Final = word_set("he she they it we i you others many some several all both everyone")
# Possessives that open a phrase of whose someone is ('Her son', 'His daughter'): prose
_KIN: Final = word_set("her his their my our its")


def may_name_contributors(text: str) -> bool:
    """False only when no line of `text` can be a contributor line: a quick test before the
    patterns."""
    lower = text.lower()
    return any(word in lower for word in _CONTRIBUTOR_WORDS) or (
        "with " in lower and _DASH_WITH.search(text) is not None
    )


# a line that opens with a dash and 'with', in a paragraph or in paragraphs joined by NUL
# characters ('...\0— with Ben Szabo'): the quick test for '— with Ben Szabo'
_DASH_WITH: Final = re.compile(r"(?:^|[\n\0])\s*[-—–]+\s*with\s", re.I)


_CLAUSES: Final = re.compile(r"\s*[;|]\s*")
# a label that opens a line or follows a stop or a comma starts a clause: 'Words: A\nPhotos:
# B', 'Words: A. Pictures: B', 'Words: A, Photos: B' (a line read once, each break once)
_LABEL_WORDS: Final = r"[A-Z][\w'’ -]{0,24}:"
# (or a social post's credit by its pencil: '📝 Kristine Mae Ocampo')
_PENCILS: Final = "[\U0001f4dd\u270d]"  # '📝', '✍'
_LINE_LABEL: Final = re.compile(f"{_LABEL_WORDS}|{_PENCILS}")
_MARKED_CREDIT: Final = re.compile(rf"^[ \t]*{_PENCILS}[^\n]*", re.M)
# (nor a line a page's rights note or its post details open, which no credit runs on into:
# 'Words: A, with notes from B\nAll photos © the camp's guides\nPosted in Sightings')
_OWN_LINE: Final = (
    r"©|(?i:all (?:photos|pictures|images)\b|copyright\b|posted in\b|filed under\b|tagged\b)"
)
_BREAK_NOT_LABEL: Final = re.compile(rf"\n(?!\s*(?:{_LABEL_WORDS}|{_PENCILS}|{_OWN_LINE}))")
_NOT_A_CREDIT: Final = re.compile(_OWN_LINE)
_LABEL_AFTER: Final = re.compile(rf"(?<=\w)[.,] +(?={_LABEL_WORDS})")
# a second credit after ', with', read only after a credit: 'Reporting by A, with research
# assistance from B' (not 'The study was led by A, with research assistance from B')
_WITH_CREDIT: Final = re.compile(
    r",\s+(?=with\s+(?:\w+\s+){0,2}(?:analysis|reporting|research|assistance|files|help|notes|"
    r"input)\s+"
    r"(?:by|from)\s)"
)
_NAME_SPLIT: Final = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")
# a capital letter of a place's name, accented ones too: 'in Ísafjörður', 'in Łódź'
_CAPITAL: Final = LATIN_CAPITALS
# (or on an island: 'Sione Paelate on Nukufetau')
_PLACE: Final = re.compile(rf"\s+(?:in|from|on)\s+[{_CAPITAL}].*$")
_AT_PLACE: Final = re.compile(rf"\s+at\s+(?:the\s+)?[{_CAPITAL}].*$")  # 'Li Wei at the UN'
# capitalized words that open a sentence about people who are no contributors
_NOT_FIRST: Final = word_set("the police officers officials witnesses residents neighbors")
# 'Hana Ito of KXYZ', 'Li Wei of the Register staff', 'Ines Galvan of the county museum';
# not 'School of Arts'
_OUTLET: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z].*|[\w ]{1,30}\b(?:desk|bureau|staff|team|museum|library|"
    r"archives?|society|historical society|office|department|club|association)\b.*)$"
)
# the outlet a contributor works for, before the name: "KRVX's Ana Ruiz", "The Sentinel's Li Wei"
_POSSESSIVE: Final = re.compile(
    r"^(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,2}['’]s\s+(?=\S+\s+\S)", re.I
)
_MORE: Final = re.compile(r"(?:,\s*|\s+)and\s+(?P<name>[A-Z][^,;]*?)\s+(?:in|from)\s+[A-Z]")


def contributor_names(line: str) -> list[str]:
    """The people a contributor line names ('Additional reporting by Maria Chen in Miami.'):
    never the places they reported from, their job titles or the editors."""
    dashed = _DASHED_WITH.match(line.strip())
    if dashed:
        return _credited(dashed.group("names"), "with", labelled=True) or []
    if not may_name_contributors(line):
        return []
    text = line.strip().strip("*_").strip().lstrip("—–-").strip()  # '— Contributing: ...'
    if text[:1] + text[-1:] in ("()", "[]"):  # a wire's '(Reporting by ...; Editing by ...)'
        text = text[1:-1].strip()
    # (a long run of spaces read once, not by every form; a line that opens with a label
    # starts a clause: 'Words: A\nPhotos: B Photography', not a wrapped 'by\nMaria Chen')
    text = _LABEL_AFTER.sub("; ", " ".join(_labelled_lines(text).split()))
    if len(text.split()) > 40:
        return []
    names: list[str] = []
    listing = False  # a list after 'Contributors:' goes on past a semicolon
    for clause in _CLAUSES.split(text):
        first, *seconds = _WITH_CREDIT.split(clause)
        found = _clause_names(first) or _plain_verb_names(first)
        if found:
            found += [n for second in seconds for n in _clause_names(second)]
        else:
            found = _clause_names(clause) or _plain_verb_names(clause)
        # ('Contributors: Ana Ruiz, staff writer; Mark Stein, ...', not a next 'Photos: B')
        if not found and listing and not _LINE_LABEL.match(clause):
            found = _credited(clause.removesuffix("."), "contribut", labelled=True) or []
        listing = bool(found) and (listing or _LIST_LABEL.match(clause) is not None)
        names += found
    return names


# a label over a list of contributors: 'Contributors:', 'Contributing:', 'Contributed by:'
_LIST_LABEL: Final = re.compile(
    rf"(?:contributing|contributors?|contributed by|{_WORK_TEAM})\s*:", re.I
)


def _labelled_lines(text: str) -> str:
    """The lines of a credit joined, a line that opens with a label ('Photos: B') set off
    as a clause of its own, not a wrapped 'by\nMaria Chen'."""
    lines = text.split("\n")
    parts = [lines[0]]
    for line in lines[1:]:
        own = _LINE_LABEL.match(line.lstrip()) or _NOT_A_CREDIT.match(line.lstrip())
        parts.append("; " if own else " ")
        parts.append(line)
    return "".join(parts)


def _plain_verb_names(clause: str) -> list[str]:
    """The people a line of an everyday verb credits ('Ana Ruiz in Denver and Li Wei in Lima
    also reported.'), only when each is a full name and nothing else stands before the verb."""
    if len(clause.split()) > 25:
        return []
    for word, pattern in _PLAIN_VERB_LINES:
        m = pattern.match(clause) if word in clause.lower() else None
        if m is None:
            continue
        names = []
        for piece in _NAME_SPLIT.split(m.group("names")):
            if piece.strip().rsplit(None, 1)[-1:] in _GROUP_WORDS and " of " not in piece:
                continue  # 'compiled by Wapsie County Extension staff and volunteer Carol Ness'
            name = _person(_AT_PLACE.sub("", _ROLE_BEFORE.sub("", piece.strip())))
            first = name.split()[0] if name else ""
            if not name or len(name.split()) < 2 or first.lower() in _NOT_FIRST:
                return []
            if len(name.split()) == 2 and (first in _TITLES or first.lower() in _POSTS):
                return []  # 'Minister Smith also covered the summit': a title and a surname
            if word == "reporting from" and _place_or_outlet(name):
                return []  # 'With reporting from Port Moresby': where it came from
            names.append(name)
        return names
    return []


# a job before a name, in lowercase: 'volunteer Carol Ness', 'intern Ana Ruiz' (or a
# kinsman's, whose he is before it: 'Our nephew Tom Hale', 'my sister Li Wei')
_ROLE_BEFORE: Final = re.compile(
    r"^(?:(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir) )?(?!(?:the|a|an) )(?:[a-z]+ ){1,2}(?=[A-Z])"
)
# the last word of a body of people credited with a person: 'Extension staff', 'volunteers'
_GROUP_WORDS: Final = tuple(
    [w] for w in ("staff", "volunteers", "team", "desk", "interns", "students", "members")
)


# a newsroom job set after a name with an article: ', a communications intern with MCPH',
# ', a reporter with The Oregonian in Portland, Ore.', ', the News Lab's faculty adviser'
# (not ', a retired teacher')
_APPOSED_JOB: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?-i:[A-Z])[\w'’ .&-]{0,40}['’]s\s+)?(?-i:[a-z])[^,]{0,80}"
    r"(?:,\s+(?-i:[A-Z])[\w.]{1,6})?(?=,|$)"
)


def _newsroom_job(job: re.Match[str]) -> str:
    """A job after a name left out when it is a newsroom's ('a communications intern'), kept
    (so the line is prose) when it is not ('a retired teacher', 'a historian at Ohio State')."""
    words = re.findall(r"[a-z]+", job.group().lower())
    return "" if any(w in CONTRIBUTOR_ROLES for w in words) else job.group()


# a job set after a name, with the firm in it: ', Harrow & Finch market analyst'
_JOB_AFTER: Final = re.compile(r",\s+[^,]{0,60}\b(\w+)\.?$")


# a unit named as a line's compiler: 'the Research Unit', 'the Legal Services Unit'
_BODY: Final = re.compile(r"the\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){0,4}(?-i:[A-Z])[\w&'’-]*$", re.I)


def _clause_names(clause: str) -> list[str]:
    lower = clause.lower()
    for word, pattern in _CONTRIBUTOR_LINES:
        if word not in lower:
            continue
        m = pattern.match(clause)
        if m is None:
            continue
        # (names after a label or 'by' may have a job with its article after them: 'Contributing:
        # Aaron Fiske, a park geologist, and ...'; names before the verb make prose with one:
        # 'Ana Ruiz, a retired teacher, also contributed')
        # (a checker named with a job outside the newsroom is a source who checked: 'The
        # figures were checked by Tom Bell, the state auditor.')
        labelled = m.start("names") > 0 and word != "checked by"
        found = _credited(m.group("names"), word, labelled=labelled)
        extra = m.groupdict().get("extra")  # a second group's help: people only, not a unit
        if found is None and extra and _BODY.match(m.group("names")):
            found = []  # 'Compiled by the Research Unit, with input from Ana Ruiz': a unit's
        if found is None:
            return []  # running prose ('Smith, who contributed reporting for years')
        more = m.groupdict().get("more") or ""
        if extra:  # ('with help from Kabo Tau and the Research Unit': the person, not the unit)
            pieces = _NAME_SPLIT.split(extra.strip())
            units = all(_person(p) or _BODY.match(p) for p in pieces)
            helpers = _credited(extra, word, labelled=True) or [
                n for p in pieces if units and (n := _person(p))
            ]
            # (as for 'Compiled with reports from': 'with reports from Nairobi and AFP' names
            # places and agencies, not people)
            # (nor 'Port Moresby and Lae' or 'The Associated Press', names of two words)
            found += [
                n for n in helpers if word != "compiled" or (" " in n and not _place_or_outlet(n))
            ]
        return found + [n for x in _MORE.finditer(more) if (n := _person(x.group("name")))]
    return []


def _credited(names: str, word: str, labelled: bool) -> list[str] | None:
    """The people the names part of a contributor line of the form `word` credits, None when
    it is running prose; a job after a name is left off, with its article too when the
    names are `labelled` (after a label or 'by')."""
    found: list[str] = []
    placed = False
    names = _APPOSED_JOB.sub(_newsroom_job, names)  # 'Jenna Morales, a ... intern,'
    if word == "contributed by":  # 'Ana Ruiz, Vice President, Harbor Point Chamber': the
        names = names.split(",", 1)[0]  # person, then her title and where she works
    job = _JOB_AFTER.search(names)
    if job and job.group(1).lower() in CONTRIBUTOR_ROLES and " and " not in job.group():
        names = names[: job.start()]  # 'Jonah Pelletier, Harrow & Finch market analyst'
    employer = False  # the piece after a post set after a name, where the person works
    body = False  # the piece before was a body's name: 'Ministry of Information'
    pieces = _NAME_SPLIT.split(names)
    joins = ["", *_NAME_SPLIT.findall(names)]
    for piece, join in zip(pieces, joins, strict=True):
        name = _person(piece)
        if name is None and found and _job(piece.strip(" .").split(), labelled):
            continue  # 'Aaron Fiske, park geologist, and ...': his job, after his name
        if name is None and _WHOSE.match(piece.strip()):
            continue  # 'Hal's longtime friend and fellow coach Ray Schuler': one person
        if name and found and "and" not in join and _post(name):
            employer = True  # 'Gail Treloar, Club Secretary, ...': her post, after her name
            continue
        if name and employer and "and" not in join:
            employer = False  # '..., President, Mount Barker Netball': where she holds it
            continue
        employer = False
        if name and body and join.strip() == "and":
            body = False  # 'Ministry of Information and Civic Education': one body's name
            continue
        body = name == "" and " of " in piece
        if name is None:
            return None  # running prose
        if name and found and name.split()[-1].rstrip(".") in _STREETS:
            placed = True  # 'John Murphy, Main Street, Ballina': his address, the town after it
            continue
        if placed and len(name.split()) < 2:
            name = ""  # 'Portland, Oregon': the rest of a place, not a person
        # (after an agency's letters, a word alone is where it reported: 'GCNS, Ho')
        placed = _PLACE.search(piece) is not None or piece.strip().isupper()
        if name:
            found.append(name)
    if word in ("compiled with", "translation by"):  # 'Compiled with reports from Nairobi
        # and Kampala', 'Swahili translation by Google': where the reports came from, a tool
        # or an agency, no one's name
        found = [n for n in found if " " in n and not _place_or_outlet(n)]
    return found


# the first word of a place's name of two words or more ('Port Moresby', 'Los Angeles', 'Hong
# Kong'), and the last word of a place's or an outlet's ('Gaza Strip', 'Associated Press',
# 'Bloomberg News', 'Al Jazeera'): where reports came from, and who sent them, not a reporter
_PLACE_FIRST: Final = frozenset(
    (
        *("The", "New", "Los", "Las", "San", "Santa", "Santo", "São", "Saint", "St", "St."),
        *("Port", "Fort", "Puerto", "Porto", "Buenos", "Hong", "Kuala", "Tel", "Cape"),
        *("Mount", "Addis", "Phnom", "Sri", "Bandar", "Kota", "Ciudad", "Greater"),
    )
)
_OUTLET_LAST: Final = frozenset(
    (
        *("Press", "Presse", "News", "Agency", "Times", "Journal", "Herald"),
        *("Tribune", "Telegraph", "Gazette", "Television", "TV", "Radio", "Wire", "Wires"),
        *("Service", "Services", "Network", "Broadcasting", "Corporation", "Jazeera", "Bureau"),
        *("Desk", "Newsroom", "Media", "City", "Island", "Islands", "Province"),
        *("County", "State", "Region", "District", "Valley", "Coast", "Strip", "Territory"),
    )
)


def _place_or_outlet(name: str) -> bool:
    """Whether a name of two words or more is a place's or a news outlet's, by its first
    or its last word."""
    words = name.split()
    return words[0] in _PLACE_FIRST or words[-1].split("-")[-1] in _OUTLET_LAST


# the last word of a street's name, as a letter's or a submitted piece's writer gives an
# address after the name (not 'Park', 'Hill' or 'Court', which are people's names too)
_STREETS: Final = frozenset(
    (
        *("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Terrace"),
        *("Crescent", "Square", "Gardens", "Grove", "Quay", "Boulevard", "Blvd"),
    )
)


# who someone is to another, before that person's name: 'Hal's longtime friend and ...'
_WHOSE: Final = re.compile(r"[A-Z][\w'’-]*['’]s(?: (?-i:[a-z-]+)){1,3}$")
# a closing line of one name or two after a dash: '— with Ben Szabo'
_DASHED_WITH: Final = re.compile(
    r"^[-—–]+\s*(?i:with)\s+(?P<names>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
    r"(?:(?:,| and| &) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})*)\.?$"
)


def _post(name: str) -> bool:
    """Whether words in capitals read as a name are a post ('President', 'Club Secretary',
    'Head Coach'), as a club's page sets it after its writer's name; of more words than one,
    only when the first is no given name ('Ann Judge' is a person)."""
    words = name.split()
    last = words[-1].lower()
    if len(words) > 3 or not (words[-1] in _TITLES or last in _POSTS or last in _CLUB_POSTS):
        return False
    first = words[0].lower()
    return len(words) == 1 or first in _POSTS or first in _POST_WORDS or words[0] in _TITLES


# the words that open a post of more words than one: 'Club Secretary', 'Vice President',
# 'Prime Minister'
_POST_WORDS: Final = word_set(
    "club vice head deputy assistant acting honorary interim senior press media publicity "
    "team general managing executive branch community group society association committee "
    "board council league program project prime first shadow foreign hon hon. lady ladies "
    "youth juvenile"
)
# the posts of a club or a society that close a post's words: 'Club Captain', 'Life Patron'
_CLUB_POSTS: Final = word_set(
    "captain vice-captain patron convenor convener organiser organizer chairperson "
    "vice-president registrar steward "
    # (an Irish club's public relations officer and chair: 'Anne Kelly, PRO')
    "pro p.r.o cathaoirleach rúnaí cisteoir"
)


def listed_names(text: str) -> list[str]:
    """The people a list of names names ('Ana Ruiz, Staff Writer Li Wei and Kevin Zhao in
    Cairo'), as a contributor line's names are read: without job titles or places, and
    nothing that is not a name ('Associated Press' is a name here: the caller knows its
    organizations); [] when the list is running prose."""
    found = []
    for piece in _NAME_SPLIT.split(_POST_OF.sub("", text.strip())):
        name = _person(piece)
        if name is None:
            return []
        if name:
            found.append(name)
    return found


# the post after the last name, closing the list: ', Head of Design and Technology' (its
# 'and' joins the subjects of one post, not a second person)
_POST_OF: Final = re.compile(
    r",\s*(?:(?:Deputy|Assistant|Acting|Senior)\s+)?(?:Head|Director|Chair|Dean|Principal|"
    r"Manager|Co-?ordinator|Teacher|Lecturer|Professor)\s+(?:of|for)\s+[^,;]*$"
)


# a verb of a sentence of its own, which no contributor line's names hold: 'Research on the
# drug by Kabo Tau and Ana Ruiz was published in The Lancet.'
_FINITE: Final = frozenset(
    ("was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "did")
)


# where a contributor is, in brackets after the name: 'Yusuf Bakali (Machinga)'
_BRACKETED_PLACE: Final = re.compile(rf"\s+\([{_CAPITAL}][\w'’ .-]{{0,40}}\)$")


# where a contributor is, set apart by a comma after the name: ', in Victoria', ', from Lagos'
_PLACE_ALONE: Final = re.compile(rf"^(?:in|from)\s+[{_CAPITAL}][\w'’ .-]{{0,40}}$")


def _person(piece: str) -> str | None:
    """The person's name in one piece of a contributor line, its place and the job title
    before it left off; '' when what is left is no name ('College of Sciences'), None when
    it is running prose (a lowercase word)."""
    if _PLACE_ALONE.match(piece.strip()):
        return ""  # 'Ana Ruiz, in Victoria': where the one named before the comma is
    piece = _POSSESSIVE.sub("", _PLACE.sub("", _BRACKETED_PLACE.sub("", piece.strip())))
    person = _OUTLET.sub("", piece)
    if person != piece and len(person.split()) >= 2:
        piece = person
    words = _RANK_CLASS.sub("", piece).strip(" ,.*_").split()
    if any(w in _FINITE for w in words):
        return None  # a verb after the names: prose ('... by Ana Ruiz was published in 2019')
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in CONTRIBUTOR_ROLES:
            words = words[i + 1 :]
            break
    if len(words) > 2:
        words = _after_job(words)  # 'park geologist Aaron Fiske': his job left off
    while len(words) > 2 and (
        words[0] in _RANKS
        or "/" in words[0]
        or _SHORT_TITLE.fullmatch(words[0])
        or words[0] in _COURTESY
    ):
        words = words[1:]  # 'Asst. Chief Tom Yingling', 'FF/EMT Brianna Kline': the rank left off
    if words and words[0][:1].islower() and words[0] not in NAME_PARTICLES:
        return None
    if words and words[0].lower() in _KIN:
        return None  # 'Her son, Luis Campos, translated the interview.': a source's kin, prose
    if not words or not all(_capitalised(w) or w in NAME_PARTICLES for w in words):
        return ""
    if words[0].lower() in NOT_NAMES:
        return None
    if len(words) == 1 and words[0].strip(".").upper() in _DEGREES:
        return ""  # 'Priya Raman, MD': her degree, not a second person
    if words[-1].lower() in _UNITS:
        return ""  # 'Dale Pinkerton, ACRC Engineering': where he works, not a second person
    return " ".join(words)


def _capitalised(word: str) -> bool:
    """Whether a word of a name opens with a capital, after the click letters Khoekhoe and
    the other Khoisan languages open names with ('ǂGoagoses', 'ǀGaseb', 'ǃNanuses'), which
    have no capital of their own."""
    return word.lstrip(_CLICKS)[:1].isupper()


# the click letters (ǀ ǁ ǂ ǃ), letters of their own that no case changes
_CLICKS: Final = "\u01c0\u01c1\u01c2\u01c3"


# A job before or after a contributor's name, in lowercase, perhaps after an agency's letters:
# 'park geologist', 'USGS hydrologist', 'chief of interpretation', 'biological science
# technician'. One of its words is a job, by its ending or as a word for a post; written
# with capitals ('Park Ranger Aaron Fiske') only a word for a post is a job, since names
# end as jobs do ('Peter', 'Baker').
_JOB_ENDING: Final = re.compile(r"[a-z-]+(?:ist|er|or|ant|ent|ian|ee)s?")
_JOB_WORDS: Final = word_set(
    "chief guide head lead ranger naturalist volunteer technician scientist aide intern "
    "staff deputy officer"
)
# (perhaps where the job is held, in the possessive: "ship's ornithologist")
_JOB_PHRASE: Final = re.compile(r"(?:[A-Z]{2,6} )?(?:[a-z-]+['’]s )?(?:[a-z-]+ ){0,3}[a-z-]+")
_POSTS: Final = CONTRIBUTOR_ROLES | _JOB_WORDS | DEFAULT.role_heads
_TITLES: Final = DEFAULT.titles  # 'Superintendent', 'Chief', 'Capt.'


def _job(words: list[str], article: bool = False) -> bool:
    """Whether words in lowercase (perhaps after an agency's letters) are a job; with its
    article ('a park geologist') only where `article` allows it."""
    if words[:1] and words[0] in ("a", "an", "the"):
        if not article:
            return False  # 'a retired teacher': who the person is, no post
        words = words[1:]
    return bool(_JOB_PHRASE.fullmatch(" ".join(words))) and any(
        w in _POSTS or _JOB_ENDING.fullmatch(w) for w in words if not w.isupper()
    )


def _after_job(words: list[str]) -> list[str]:
    """A contributor's name without the job before it: 'park geologist Aaron Fiske', 'NPS
    geologist Aaron Fiske', 'Park Ranger Aaron Fiske' are Aaron Fiske; the words as they are
    when no job stands before a name."""
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in NAME_PARTICLES):
        start -= 1  # the capitalized run the line ends on
    name = words[start:]
    for i in range(len(name) - 3, -1, -1):
        if name[i].lower() in _POSTS or name[i] in _TITLES:
            return name[i + 1 :]  # a title written with capitals: 'Park Ranger Aaron Fiske'
    if start > 0 and 2 <= len(name) <= 4 and _job(words[:start]):
        return name
    return words


# A rank before a name: 'Asst. Chief', 'Capt.', 'Battalion Chief', 'FF/EMT'.
_RANKS: Final = frozenset(
    (
        *("Chief", "Captain", "Lieutenant", "Deputy", "Assistant", "Battalion", "Firefighter"),
        *("Fire", "Police", "Sergeant", "Detective", "Officer", "Commander"),
    )
)
_SHORT_TITLE: Final = re.compile(
    r"(?:Asst|Capt|Lt|Sgt|Cpl|Det|Dr|Insp|Supt|Cmdr|Col|Maj|Gen|Adm|Prof|Rev|Hon|Dep|Ofc|"
    r"Spc|Pfc|Pvt|Ens)\.|"
    # (a military rank's first words: 'Staff Sgt.', 'Petty Officer', 'Senior Airman')
    r"Staff|Master|Tech|Senior|Petty|Private|Seaman|Airman"
)
# a courtesy title or form of address before a name, which is no part of it: 'Mr', 'Ms',
# Malay's 'Awang' and 'Dayang' ('Awg', 'Dyg') and a teacher's 'Cikgu' (the hereditary
# 'Pengiran', 'Awangku', 'Dayangku' and the pilgrim's 'Haji' are printed as part of a name)
_COURTESY: Final = frozenset(
    ("Mr", "Mrs", "Ms", "Miss", "Mx", "Awang", "Dayang", "Awg", "Dyg", "Cikgu")
)
# a rank's class, between the rank and the name: 'Sgt. 1st Class Rene Ortiz', 'Mass
# Communication Specialist 2nd Class Dana Whitfield'
_RANK_CLASS: Final = re.compile(r"\b(?:1st|2nd|3rd|First|Second|Third) Class\s+(?=[A-Z])")


# The last word of the office or firm a contributor works in, set after the name:
# ', Communicable Disease Program', ', ACRC Engineering', ', Parks Division'.
_UNITS: Final = word_set(
    "program programs division department dept engineering office unit section bureau "
    "services team desk staff lab laboratory center centre clinic district commission "
    "authority agency institute university college school hospital inc llc corp club chamber "
    "society association council foundation museum library league committee board coalition "
    "alliance county"
)


# Degrees and licenses written after a name, set off by a comma.
_DEGREES: Final = frozenset(
    ("MD", "PHD", "DO", "RN", "NP", "PA", "MPH", "DDS", "PHARMD", "JD", "MSW", "LCSW", "DVM")
)


def named_in(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, line, name) of each person a paragraph's contributor lines name, each once:
    where the name stands, and the sentence (or the marked line) that names them. A line break
    is kept before a line that opens with a label ('Words: A\nPhotos: B'), and a social post's
    credit by its pencil is a line of its own, whatever runs on after it ('📝 Kristine Mae
    Ocampo, Information Desk' over 'See translation')."""
    if not may_name_contributors(text):
        return
    flat = _BREAK_NOT_LABEL.sub(" ", text)
    marked = [m.span() for m in _MARKED_CREDIT.finditer(text)] if "\n" in text else []
    named: set[str] = set()
    for a, b in [*split(flat), *marked]:
        for name in contributor_names(flat[a:b]):
            if name not in named:
                named.add(name)
                yield max(flat.find(name, a), a), flat[a:b], name
