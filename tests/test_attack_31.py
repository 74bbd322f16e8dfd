"""Holes an attacker found in the thirty-first pass, aimed at the last three commits' rules: a
page InDesign exported as Tagged Text (indesign.py: is_tagged_text, _STYLE, _ROLES, _CODE,
_TAG, the credit held for the next cutline), a story template's sections set as headings
(labels.py: _SECTION and the `section` state), a web form's submission e-mailed to the
newsroom (labels.py: _is_form, _form, _FORM_ROLES, _FORM_ONLY) and a desk's notes under a
line-set heading (place.py: _NOTES_HEADING, `noted_group`). Each hole is story text lost,
reordered or garbled at filing, a file refused, crashed on or read in runaway time, a byline,
caption or credit taken from the wrong place, or a real document misread as a form. Each test
was seen to fail for the reason it names."""

from __future__ import annotations

import re
import time
from pathlib import Path

from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing

HED = "Levee district asks landowners to triple assessment"
LEDE = (
    "PORTAGE LANDING, Mo. — The levee board wants landowners to pay three times what they "
    "pay now, its chairman said Tuesday."
)
VOTE = "The board voted 4-1 to send the proposal to a public hearing in January."
# the top of an InDesign page's story as Tagged Text: the header, the headline, the byline
# and two paragraphs of the body
TAGGED_TOP = (
    "<ASCII-WIN>\n"
    "<Version:19.5><FeatureSet:InDesign-Roman><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>\n"
    "<ParaStyle:HED 4col>" + HED + "\n"
    "<ParaStyle:BYLINE>By Renata Solberg\n"
    "<ParaStyle:BODY>" + LEDE.replace("—", "<0x2014>") + "\n"
    "<ParaStyle:BODY>" + VOTE + "\n"
)


# --- a page exported from InDesign as Tagged Text: its paragraph styles


def test_body_styles_named_for_the_jump_page_keep_their_paragraphs(tmp_path: Path) -> None:
    """A paper's template sets the text on the jump page in a body style of its own, 'BODY
    continued' or 'BODY jump'. `_ROLES` looks for 'jump' and 'continued' anywhere in the
    style's name and takes them for the jump line's chrome ('See LEVEE, A6'), so every
    paragraph of the story past the jump is left out as page furniture."""
    text = (
        TAGGED_TOP + "<ParaStyle:BODY continued>Hal Dorsey, whose farm flooded in 2019, said "
        "he would appeal the assessment.\n"
        "<ParaStyle:BODY jump>The board meets again Jan. 12 at the courthouse annex.\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    assert (
        "Hal Dorsey, whose farm flooded in 2019, said he would appeal the assessment."
        in draft.paragraphs
    )
    assert "The board meets again Jan. 12 at the courthouse annex." in draft.paragraphs


def test_a_headline_in_a_style_called_title_is_the_headline(tmp_path: Path) -> None:
    """Tagged Text made from a Word file (or a magazine's template) sets the headline in a
    style called 'Title' and the dek in 'Subtitle'. `_ROLES` tries its chrome pattern first,
    and '\\btitle\\b' is in it (meant for 'BYLINE title'), so the headline alternative
    '^(?:...|title)\\b' is never reached: the headline is dropped as page furniture and the
    dek filed as the headline."""
    text = (
        "<ASCII-WIN>\n"
        "<ParaStyle:Title>" + HED + "\n"
        "<ParaStyle:Subtitle>Landowners would pay three times what they pay now\n"
        "<ParaStyle:BYLINE>By Renata Solberg\n"
        "<ParaStyle:BODY>" + LEDE + "\n<ParaStyle:BODY>" + VOTE + "\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    assert draft.headline == HED


def test_a_credit_in_a_cutline_credit_style_is_the_credit(tmp_path: Path) -> None:
    """A paper's photo credit style is often named 'Cutline Credit'. `_ROLES` tries 'cutline'
    before 'credit', so the credit line is read as a cutline of its own: the filing then
    takes the body paragraph above it as that picture's caption (a paragraph of the story
    lost from the body) and the real cutline is filed with no credit."""
    text = (
        TAGGED_TOP + "<ParaStyle:Cutline Credit>DARNELL PRUITT/GAZETTE\n"
        "<ParaStyle:CUTLINE>Hal Dorsey points to a sand boil ring at Mile 14 on Nov. 24.\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    assert VOTE in draft.paragraphs
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Hal Dorsey points to a sand boil ring at Mile 14 on Nov. 24.", "DARNELL PRUITT/GAZETTE")
    ]


def test_a_photo_credit_set_under_its_cutline_is_kept(tmp_path: Path) -> None:
    """Many pages set the photo credit under the cutline, not over it. `tagged_text_blocks`
    holds a credit only for the next cutline, so the one photo's credit, set after its
    cutline, is never given to any picture: the photo is filed with no credit at all."""
    text = (
        TAGGED_TOP + "<ParaStyle:CUTLINE>Hal Dorsey points to a sand boil ring at Mile 14.\n"
        "<ParaStyle:PHOTO CREDIT>DARNELL PRUITT/GAZETTE\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Hal Dorsey points to a sand boil ring at Mile 14.", "DARNELL PRUITT/GAZETTE")
    ]


def test_a_byline_style_without_by_is_the_byline(tmp_path: Path) -> None:
    """Many templates set 'By' in the byline style itself, so the paragraph holds the name
    alone: '<ParaStyle:BYLINE>Renata Solberg'. The style says it is the byline, but
    `tagged_text_blocks` files it as a plain paragraph, which the filing then strips as a
    page label: the story is filed with no byline."""
    text = TAGGED_TOP.replace("<ParaStyle:BYLINE>By Renata", "<ParaStyle:BYLINE>Renata")
    draft = _read(tmp_path, "a1.txt", text)
    assert draft.byline == ("Renata Solberg",)


def test_tagged_text_exported_with_abbreviated_tags_is_read(tmp_path: Path) -> None:
    """InDesign's export offers the tags verbose or abbreviated; abbreviated, a paragraph
    opens with '<pstyle:BODY>' and a character style is '<cstyle:...>'. `_STYLE` knows only
    '<ParaStyle:', so every line is taken for a definition and skipped, and a whole page
    exported with the shorter tags is refused as holding no story."""
    text = (
        "<ASCII-WIN>\n"
        "<vsn:19.5><fset:InDesign-Roman><ctable:=<Black:COLOR:CMYK:Process:0,0,0,1>>\n"
        "<dps:BODY=<Nextstyle:BODY>>\n"
        "<pstyle:HED>" + HED + "\n"
        "<pstyle:BYLINE>By Renata Solberg\n"
        "<pstyle:BODY><cstyle:Dateline>PORTAGE LANDING, Mo.<cstyle:> <0x2014> The levee board "
        "wants landowners to pay three times what they pay now, its chairman said Tuesday.\n"
        "<pstyle:BODY>" + VOTE + "\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    assert draft.headline == HED
    assert draft.paragraphs == (LEDE, VOTE)


def test_a_paragraph_without_a_style_tag_of_its_own_is_kept(tmp_path: Path) -> None:
    """In Tagged Text a new line is a new paragraph, and one with no style tag goes on in the
    style before it (so a desk editor who adds a paragraph to the exported file types it
    plain). `tagged_text_blocks` skips every line that does not open with '<ParaStyle:',
    taking it for the header's definitions, and the paragraph is lost."""
    text = TAGGED_TOP + "Dorsey said he would appeal the assessment to the county.\n"
    draft = _read(tmp_path, "a1.txt", text)
    assert "Dorsey said he would appeal the assessment to the county." in draft.paragraphs


def test_indesign_special_characters_leave_no_control_characters(tmp_path: Path) -> None:
    """InDesign writes its special characters as codes below 0x20: 'Indent to Here'
    <0x0007> after a bullet, 'End Nested Style Here' <0x0003> after a cutline's lead-in,
    'Right Indent Tab' <0x0008> before an end mark. `_character` turns every code into
    chr(code), so BEL, ETX and BS are filed into the story's text."""
    text = (
        TAGGED_TOP + "<ParaStyle:BODY bullet><0x2022><0x0007>Raise the assessment to $27 an "
        "acre<0x0003> for three years.\n"
        "<ParaStyle:BODY>The hearing is Jan. 12, Dorsey said.<0x0008><0x25A0>\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    body = "\n".join(draft.paragraphs)
    assert "Raise the assessment to $27 an acre for three years." in body
    assert not re.search("[\x00-\x08\x0b-\x1f]", body), repr(body)


def test_an_emoji_written_as_two_codes_is_the_emoji(tmp_path: Path) -> None:
    """InDesign keeps text as UTF-16, and its ASCII export writes a character outside the
    Basic Multilingual Plane as its surrogate pair: a quoted post's emoji '😀' is
    '<0xD83D><0xDE00>'. `_character` turns each code into a lone surrogate, which the story
    file cannot hold: `newsroom file` then stops with an internal error (UnicodeEncodeError)
    instead of filing the story."""
    text = TAGGED_TOP + (
        "<ParaStyle:BODY>The district answered on its page: <0x201C>Thank you<0xD83D><0xDE00>"
        "<0x201D>\n"
    )
    draft = _read(tmp_path, "a1.txt", text)
    body = "\n".join(draft.paragraphs)
    assert "“Thank you😀”" in body
    body.encode("utf-8")  # (the story file is UTF-8)


def test_tagged_text_exported_as_ansi_on_a_mac_is_read_in_mac_roman(tmp_path: Path) -> None:
    """InDesign's 'ANSI' export writes the platform's own encoding, and the header says
    which: '<ANSI-MAC>' is Mac Roman, where a curly apostrophe is byte 0xD5 and an em dash
    0xD1. The file is decoded as Windows-1252 whatever its header says, so every quote mark
    and dash of a Mac designer's page is garbled: 'DorseyÕs', 'Mo. Ñ The levee'."""
    text = (
        "<ANSI-MAC>\r<ParaStyle:HED>" + HED + "\r<ParaStyle:BYLINE>By Renata Solberg\r"
        "<ParaStyle:BODY>" + LEDE + "\r<ParaStyle:BODY>Dorsey’s farm flooded in 2019, "
        "he said: “We got lucky.”\r"
    )
    draft = _read(tmp_path, "a1.txt", text.encode("mac-roman"))
    assert draft.paragraphs == (LEDE, "Dorsey’s farm flooded in 2019, he said: “We got lucky.”")


def test_a_paragraph_of_escaped_angle_brackets_is_read_in_linear_time(tmp_path: Path) -> None:
    """Tagged Text escapes a '<' of the text as '\\<'. `_TAG` does not know the '<' after a
    backslash is escaped: it tries a tag at each one and scans on to the end of the line for
    its '>', so a paragraph of 15,000 of them (an agate line, ASCII arrows) takes many
    seconds where it should take a few milliseconds."""
    text = TAGGED_TOP + "<ParaStyle:BODY>Scores " + "\\<" * 15_000 + " end.\n"
    warm_filing(tmp_path)
    started = time.process_time()
    _read(tmp_path, "a1.txt", text)
    assert time.process_time() - started < 2.0


def test_a_table_s_cells_are_not_run_together(tmp_path: Path) -> None:
    """A table in an InDesign story is written inside its paragraph, each cell between
    '<CellStart:...>' and '<CellEnd:>' tags. `_plain` removes the tags with nothing in
    their place, so the cells run together into one garbled line: 'How they
    votedMemberVoteHal DorseyYesAnn PikeNo'."""
    text = TAGGED_TOP + (
        "<ParaStyle:BODY>How they voted<TableStart:3,2:1:0<tCellDefaultCellType:Text>>"
        "<ColStart:<tColAttrWidth:100>><ColStart:<tColAttrWidth:40>>"
        "<RowStart:<tRowAttrHeight:12>><CellStart:1,1>Member<CellEnd:><CellStart:1,1>Vote"
        "<CellEnd:><RowEnd:><RowStart:<tRowAttrHeight:12>><CellStart:1,1>Hal Dorsey<CellEnd:>"
        "<CellStart:1,1>Yes<CellEnd:><RowEnd:><RowStart:<tRowAttrHeight:12>><CellStart:1,1>"
        "Ann Pike<CellEnd:><CellStart:1,1>No<CellEnd:><RowEnd:><TableEnd:>\n"
    )
    body = "\n".join(_read(tmp_path, "a1.txt", text).paragraphs)
    assert "Hal Dorsey" in body and "Ann Pike" in body
    for glued in ("votedMember", "MemberVote", "DorseyYes", "PikeNo"):
        assert glued not in body, body


# --- a story template's sections set as headings


def test_a_crosshead_byline_in_a_story_is_no_template_section(tmp_path: Path) -> None:
    """A feature about an old printer has a crosshead '## Byline' over the paragraph on the
    byline he never got. `_SECTION` takes any heading with a label's name for a template's
    section, anywhere in the document: the crosshead is dropped and the paragraph under it
    is filed as a byline field, 'By Pruitt never got one. The paper's owners ...'."""
    text = (
        "# The last linotype operator in Hale County\n\n"
        "By Renee Okafor\n\n"
        "HALE CITY, Ore. — For 51 years, Walt Pruitt set every line of the Hale County Ledger "
        "in hot metal.\n\n"
        "## Byline\n\n"
        "Pruitt never got one. The paper's owners thought a printer's name had no place in the "
        "news columns, he said.\n\n"
        "The Ledger went to offset printing in 1987, but Pruitt kept the machine oiled.\n"
    )
    draft = _read(tmp_path, "linotype.md", text)
    assert draft.byline == ("Renee Okafor",)
    assert (
        "Pruitt never got one. The paper's owners thought a printer's name had no place in the "
        "news columns, he said."
    ) in draft.paragraphs


def test_a_template_s_photo_sections_are_its_picture(tmp_path: Path) -> None:
    """The same story template that sets '## Hed', '## Byline' and '## Story' as headings
    sets its picture's '## Photo', '## Cutline' and '## Credit' the same way. `_SECTION`
    knows none of them: the cutline is filed as the story's first paragraph, ahead of the
    lede, the literal line '## Credit' as the second, and the photo with no caption."""
    text = (
        "## Hed\n\nCoroner's autopsy backlog hits 214 cases as families wait months\n\n"
        "## Byline\n\nBy Renee Okafor\n\n"
        "## Photo\n\n![](morgue.jpg)\n\n"
        "## Cutline\n\nDr. Alma Reyes reviews case files in the county morgue on Tuesday.\n\n"
        "## Credit\n\nLi Wei/The Courier\n\n"
        "## Story\n\n"
        "MAPLE FERRY, Ore. — When Carla Mendenhall's husband died in August, she expected the "
        "paperwork to take a few weeks. Four months later, she is still waiting.\n\n"
        "The office has one full-time forensic pathologist, the coroner said on Tuesday.\n"
    )
    draft = _read(tmp_path, "coroner.md", text)
    assert draft.paragraphs[0].startswith("MAPLE FERRY, Ore. —"), draft.paragraphs
    assert [(p.name, p.caption, p.credit) for p in draft.images] == [
        (
            "morgue.jpg",
            "Dr. Alma Reyes reviews case files in the county morgue on Tuesday.",
            "Li Wei/The Courier",
        )
    ]


# --- a web form's submission e-mailed to the newsroom

FORM = """From: The Larkspur Weekly <noreply@larkspurweekly.com>
Subject: New submission from Community News Submission - Pine Hollow

Email: bk52@example.net

Suggested headline: Pancake breakfast puts Pine Hollow tanker fund over the top

Summary (appears under the headline online): The auxiliary's breakfast raised $14,260

How should your name appear with the story?: Bernadette Kowalczyk

Story (please paste your text here, no attachments):
PINE HOLLOW -- More than 600 people lined up at the fire hall on Sunday for the auxiliary's
41st annual pancake breakfast.

{story}

{photos}

Entry ID: 4821
"""
PHOTO_1 = """Photo 1: https://larkspurweekly.com/uploads/IMG_0412.jpg

Photo 1 caption: Auxiliary members flip pancakes at the fire hall on Sunday.

Photo 1 taken by: Gene Ruiz"""
LAST = "The auxiliary will put the money toward a new tanker truck, its president said."


def test_a_story_line_with_a_bracket_before_a_colon_does_not_end_the_story(
    tmp_path: Path,
) -> None:
    """Under the story's field, a line with a colon that is no field of the form's stays in
    the story ('Serving hours: 7 a.m. to noon'), unless it matches `_FORM_ONLY`, whose first
    pattern is any bracket before a colon. 'Tickets (adults): $8, ...' is taken for the
    form's own field: it and every paragraph after it are filed as notes to the desk."""
    story = f"Tickets (adults): $8, and children under 6 ate free.\n\n{LAST}"
    draft = _read(tmp_path, "form.txt", FORM.format(story=story, photos=PHOTO_1))
    assert "Tickets (adults): $8, and children under 6 ate free." in draft.paragraphs
    assert LAST in draft.paragraphs


def test_a_form_s_photo_fields_go_to_the_photo_they_number(tmp_path: Path) -> None:
    """A form that lists its uploads first and their captions after ('Photo 1: ...',
    'Photo 2: ...', 'Photo 1 caption: ...', 'Photo 2 caption: ...'). `_form` gives each
    caption and credit to the last picture opened, whatever its number: Photo 1 is filed
    with no caption or credit, and Photo 2's are written over Photo 1's."""
    photos = (
        "Photo 1: https://larkspurweekly.com/uploads/IMG_0412.jpg\n\n"
        "Photo 2: https://larkspurweekly.com/uploads/IMG_0413.jpg\n\n"
        "Photo 1 caption: Auxiliary members flip pancakes at the fire hall on Sunday.\n\n"
        "Photo 1 taken by: Gene Ruiz\n\n"
        "Photo 2 caption: The line stretched out the fire hall's door by 8 a.m.\n\n"
        "Photo 2 taken by: Ana Diaz"
    )
    draft = _read(tmp_path, "form.txt", FORM.format(story=LAST, photos=photos))
    assert [(p.name, p.caption, p.credit) for p in draft.images] == [
        (
            "IMG_0412.jpg",
            "Auxiliary members flip pancakes at the fire hall on Sunday.",
            "Gene Ruiz",
        ),
        ("IMG_0413.jpg", "The line stretched out the fire hall's door by 8 a.m.", "Ana Diaz"),
    ]


def test_a_desk_s_labelled_draft_is_not_read_as_a_web_form(tmp_path: Path) -> None:
    """A copy desk's labelled draft ('HED:', 'DEK:', 'BYLINE:', 'PHOTO:', 'CUTLINE:',
    'CREDIT:', 'STORY:') that ends with 'NOTES (not for publication): ...'. The bracket in
    that one label is the 'asked' `_is_form` looks for, and HED, DEK, BYLINE, PHOTO and STORY
    make up the five fields, so the draft is read as a web form: its cutline, no field a
    form has, is filed as a note to the desk and the photo with no caption."""
    text = (
        "HED: Pancake breakfast puts Pine Hollow tanker fund over the top\n\n"
        "DEK: The auxiliary's breakfast raised $14,260 for a new tanker truck\n\n"
        "BYLINE: Bernadette Kowalczyk\n\n"
        "PHOTO: pancakes.jpg\n\n"
        "CUTLINE: Auxiliary members flip pancakes at the fire hall on Sunday.\n\n"
        "CREDIT: Gene Ruiz/Larkspur Weekly\n\n"
        "STORY:\n"
        "PINE HOLLOW — More than 600 people lined up at the fire hall on Sunday for the "
        "auxiliary's 41st annual pancake breakfast.\n\n"
        f"{LAST}\n\n"
        "NOTES (not for publication): Gene is the chief's son-in-law.\n"
    )
    draft = _read(tmp_path, "desk.txt", text)
    assert [(p.name, p.caption, p.credit) for p in draft.images] == [
        (
            "pancakes.jpg",
            "Auxiliary members flip pancakes at the fire hall on Sunday.",
            "Gene Ruiz/Larkspur Weekly",
        )
    ]


# --- a desk's notes under a heading set as a line


def test_notes_for_the_desk_at_the_top_of_pasted_text_end_with_their_paragraph(
    tmp_path: Path,
) -> None:
    """A reporter's text file opens with 'NOTES FOR DESK', a blank line and the note, then
    the story. Since the change to `noted_group`, a notes heading alone in its paragraph
    opens notes that run on to a rule or a byline, and this story has neither: the headline
    and every paragraph are taken as notes and the file is refused as holding no story
    (before the change it was filed, the note left out)."""
    text = (
        "NOTES FOR DESK\n\n"
        "Dorsey's title needs checking with the clerk; photos coming from Darnell.\n\n"
        f"{HED}\n\n{LEDE}\n\n{VOTE}\n"
    )
    draft = _read(tmp_path, "levee.txt", text)
    assert draft.headline == HED
    assert draft.paragraphs == (LEDE, VOTE)
