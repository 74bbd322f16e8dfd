# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-fourth pass, aimed at the four commits of the
twenty-fourth filing round: a chat assistant's polished Markdown (its closing offer), a
site's page written in MDX (its imports, comments, components and props), a graphics desk's
story document in ArchieML (its keys, lists of parts, objects and multi-line values), and a
college athletics site's recap (the site's name for itself). Each hole is a plain story
misread: a real paragraph, picture, headline or byline lost or mangled, desk comments or
code left in the story, a plain Markdown story taken for MDX, or a file that takes seconds
to read. Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

import time
from pathlib import Path

from newsroom.errors import NewsroomError
from newsroom.filing.reader import read_draft
from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing

BYLINE = "By Ana Ruiz"


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, BYLINE, *paragraphs)) + "\n"


def _timed(tmp_path: Path, name: str, text: str) -> float:
    warm_filing(tmp_path)
    started = time.process_time()
    _read(tmp_path, name, text)
    return time.process_time() - started


# --- a graphics desk's story document in ArchieML


def test_an_archieml_q_and_a_keeps_its_questions_and_answers(tmp_path: Path) -> None:
    text = """slug: buyouts
headline: After the buyouts, the lots nobody wants
byline: By Noor Haddadin

[+body]
WENDHAM, Vt. — Rita Moss took the state's buyout in 2012, after the river came into her kitchen for the third time.
Q: Why did you take the buyout?
A: The river came into the kitchen three times in ten years. We were done.
Q: Do you miss the house?
A: Every day. But not the water.
[]
"""
    draft = _read(tmp_path, "buyouts.txt", text)
    assert "Q: Why did you take the buyout?" in draft.paragraphs
    assert "A: Every day. But not the water." in draft.paragraphs


def test_an_archieml_body_key_to_its_end_keeps_every_paragraph(tmp_path: Path) -> None:
    text = """headline: After the buyouts, the lots nobody wants
byline: By Noor Haddadin

body: WENDHAM, Vt. — The front step is still there, three concrete stairs leading to nothing.

The town bought the house in 2012 and tore it down the next spring.

Most of the land now belongs to towns, which mow it and little else.
:end

{lead_image}
src: img/lead.jpg
caption: A front step is all that remains of a home.
{}
"""
    draft = _read(tmp_path, "buyouts.txt", text)
    assert "The town bought the house in 2012 and tore it down the next spring." in (
        draft.paragraphs
    )
    assert (
        draft.paragraphs[-1]
        == "Most of the land now belongs to towns, which mow it and little else."
    )


def test_an_archieml_list_of_parts_left_open_at_the_end_is_still_archieml(tmp_path: Path) -> None:
    text = """slug: buyouts
headline: After the buyouts, the lots nobody wants
dek: Vermont has paid to tear down 212 homes.
byline: By Noor Haddadin
og_title: The lots nobody wants

[+body]
WENDHAM, Vt. — The front step is still there.
subhed: Mowed, fenced or forgotten
The town bought the house in 2012.
"""
    draft = _read(tmp_path, "buyouts.txt", text)
    assert draft.paragraphs == (
        "WENDHAM, Vt. — The front step is still there.",
        "## Mowed, fenced or forgotten",
        "The town bought the house in 2012.",
    )


def test_an_archieml_text_object_s_value_is_its_paragraph(tmp_path: Path) -> None:
    text = """headline: After the buyouts, the lots nobody wants
byline: By Noor Haddadin

[+body]
{.text}
value: WENDHAM, Vt. — The front step is still there.
{}
{.text}
value: The town bought the house in 2012.
{}
[]
"""
    draft = _read(tmp_path, "buyouts.txt", text)
    assert draft.paragraphs == (
        "WENDHAM, Vt. — The front step is still there.",
        "The town bought the house in 2012.",
    )


def test_an_archieml_array_of_typed_parts_is_the_story(tmp_path: Path) -> None:
    text = """headline: After the buyouts, the lots nobody wants
byline: By Noor Haddadin

[body]
type: text
value: WENDHAM, Vt. — The front step is still there.

type: text
value: The town bought the house in 2012.
[]
"""
    draft = _read(tmp_path, "buyouts.txt", text)
    assert draft.paragraphs == (
        "WENDHAM, Vt. — The front step is still there.",
        "The town bought the house in 2012.",
    )


def test_an_archieml_caption_to_its_end_keeps_all_its_lines(tmp_path: Path) -> None:
    text = """headline: Dredging the harbor will take two summers
byline: By Rosa Vint

{lead_image}
src: img/dredge.jpg
caption: A barge works the channel off Pier 3 on Monday, where the depth at low tide
has fallen from 12 feet to 8 since 2019.
:end
credit: Rosa Vint/Coast Ledger
{}

[+body]
PORT AVERY, Maine — The dredge arrived on Monday.
The work will stop each fall for the herring run.
[]
"""
    draft = _read(tmp_path, "harbor.txt", text)
    [image] = draft.images
    assert image.caption == (
        "A barge works the channel off Pier 3 on Monday, where the depth at low tide has "
        "fallen from 12 feet to 8 since 2019."
    )


def test_an_archieml_headline_key_beats_the_page_title(tmp_path: Path) -> None:
    text = """title: Harbor dredging to take two summers | Coast Ledger
headline: Dredging the harbor will take two summers
dek: The channel has lost four feet of depth since 2019.
byline: Rosa Vint

[+body]
PORT AVERY, Maine — The dredge arrived on Monday.
The work will stop each fall for the herring run.
[]
"""
    draft = _read(tmp_path, "harbor.txt", text)
    assert draft.headline == "Dredging the harbor will take two summers"
    assert draft.dek == "The channel has lost four feet of depth since 2019."
    assert draft.paragraphs[0] == "PORT AVERY, Maine — The dredge arrived on Monday."


# --- a plain Markdown story taken for MDX


def test_a_markdown_story_with_a_code_sample_is_no_mdx_page(tmp_path: Path) -> None:
    text = """# City's new permit site was built in a weekend

By Ana Ruiz

PINEDALE — The city's new building-permit site went live Monday, built over a weekend by two volunteers from a local coding group.

The whole front page is a few lines of code:

```jsx
import PermitForm from './PermitForm'

<PermitForm city="Pinedale" />
```

"It is not complicated," said volunteer Dev Patel. "That is the point."

The city paid nothing for the site.
"""
    draft = _read(tmp_path, "permits.md", text)
    assert "```" not in "\n".join(draft.paragraphs)
    assert draft.paragraphs[-1] == "The city paid nothing for the site."


def test_a_wrapped_line_opening_with_import_is_no_mdx_statement(tmp_path: Path) -> None:
    text = """# Port sets a record as steel imports climb

By Ana Ruiz

BAYONNE, N.J. — The port handled a record 2.1 million tons of steel last year, most of it
import cargo from 'friendly' nations, as the trade office calls them, port director
Lena Park said Monday.

The port will add two cranes next year.

<MORE>
"""
    draft = _read(tmp_path, "port.md", text)
    assert "import cargo from 'friendly' nations" in draft.paragraphs[0]
    assert draft.paragraphs[0].endswith("Lena Park said Monday.")


def test_a_padded_line_opening_with_import_reads_fast(tmp_path: Path) -> None:
    text = (
        "# Port sets a record as steel imports climb\n\nBy Ana Ruiz\n\n"
        "BAYONNE, N.J. — The port handled a record 2.1 million tons of steel last year, "
        "port director Lena Park said Monday, most of it through a single terminal built "
        "for\nimport" + " " * 1300 + "\n"
    )
    assert _timed(tmp_path, "port.md", text) < 0.5


# --- a site's page written in MDX

MDX_HEAD = """import { StoryFigure, Byline, Dek, FullBleed } from '@/components/story'
import kennels from './kennels.jpg'
import yard from './yard.jpg'

# A shelter built for 60 dogs is holding 180

<Dek>County officials say they may stop taking in strays.</Dek>

"""


def test_an_mdx_caption_in_a_template_literal_is_kept(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """By Ana Ruiz

<StoryFigure src={kennels} caption={`Dogs wait in kennels at the county shelter.`} credit="Photo: Ana Ruiz" />

CERRO BLANCO, N.M. — The barking starts at dawn and does not stop until dark.

The county will vote on the budget Tuesday.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    [image] = draft.images
    assert image.caption == "Dogs wait in kennels at the county shelter."


def test_an_mdx_byline_with_one_author_prop_is_the_byline(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """<Byline author="Ana Ruiz" />

CERRO BLANCO, N.M. — The barking starts at dawn and does not stop until dark.

The county will vote on the budget Tuesday.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    assert draft.byline == ("Ana Ruiz",)


def test_an_mdx_comment_opening_the_lede_s_line_keeps_the_lede(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """By Ana Ruiz

{/* TK: confirm the count with the shelter */} CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.

The county will vote on the budget Tuesday.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    assert draft.paragraphs[0] == (
        "CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for."
    )


def test_an_mdx_comment_inside_a_line_is_no_story_text(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """By Ana Ruiz

CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.

  {/* DESK: hold for Tuesday */}

The county will vote on the budget Tuesday, a council aide said {/* confirm with clerk */}.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    assert not any("{/*" in p or "DESK" in p for p in draft.paragraphs), draft.paragraphs


def test_an_mdx_figure_under_a_paragraph_s_line_is_a_picture(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """By Ana Ruiz

CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.

The county opened the shelter in 2009.
<StoryFigure src={kennels} caption="Dogs wait in kennels at the county shelter." credit="Photo: Li Wei" />

The county will vote on the budget Tuesday.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    assert [i.caption for i in draft.images] == ["Dogs wait in kennels at the county shelter."]


def test_an_mdx_figure_inside_a_layout_wrapper_is_a_picture(tmp_path: Path) -> None:
    text = (
        MDX_HEAD
        + """By Ana Ruiz

CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.

<FullBleed>
  <StoryFigure src={yard} caption="Volunteers walk dogs in the yard." credit="Photo: Li Wei" />
</FullBleed>

The county will vote on the budget Tuesday.
"""
    )
    draft = _read(tmp_path, "page.md", text)
    assert [(i.caption, i.name) for i in draft.images] == [
        ("Volunteers walk dogs in the yard.", "yard.jpg")
    ]


def test_an_mdx_metadata_author_s_escaped_apostrophe_is_unescaped(tmp_path: Path) -> None:
    text = """import { Note } from '@/components/story'

export const metadata = {
  title: 'The county\\'s shelter is full | The Report',
  authors: [{ name: 'Dana O\\'Brien' }],
  openGraph: {
    title: 'The county\\'s shelter is holding 180 dogs',
  },
}

<Note>Hold for Tuesday.</Note>

CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.

The county will vote on the budget Tuesday.
"""
    draft = _read(tmp_path, "page.md", text)
    assert draft.byline == ("Dana O'Brien",)


def test_a_page_mdx_file_is_read_as_mdx(tmp_path: Path) -> None:
    path = tmp_path / "page.mdx"
    path.write_text(
        MDX_HEAD
        + """By Ana Ruiz

CERRO BLANCO, N.M. — The shelter held 180 dogs on Monday, three times the number it was built for.
""",
        encoding="utf-8",
    )
    try:
        headline = read_draft(path)[1].headline
    except NewsroomError as refused:
        headline = f"refused: {refused}"
    assert headline == "A shelter built for 60 dogs is holding 180"


# --- a chat assistant's polished copy


def test_an_advice_column_s_shall_i_question_is_no_assistant_offer(tmp_path: Path) -> None:
    question = "Shall I tell her the truth, or keep quiet and let the wedding go ahead?"
    text = f"""# Dear Nora: My sister's fiancé has a secret

By Nora Blake

Dear Nora: Last month I learned that my sister's fiancé has been married before, and that he has not told her. The wedding is in June.

{question}

— Worried in Wendham

Dear Worried: Tell her, and tell her soon.
"""
    draft = _read(tmp_path, "advice.md", text)
    assert question in draft.paragraphs


# --- a college athletics site's recap


def test_a_headline_about_the_official_home_of_a_team_is_kept(tmp_path: Path) -> None:
    text = _story(
        "The official home of the Wildcats turns 100 this fall",
        "FAIRPORT, Ohio — Memorial Field, where the Wildcats have played since 1926, will "
        "mark its 100th season with a home game against Bay State on Sept. 12.",
        "The school will add 2,000 seats before the game.",
    )
    draft = _read(tmp_path, "field.txt", text)
    assert draft.headline == "The official home of the Wildcats turns 100 this fall"
