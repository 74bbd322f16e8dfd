"""A filed document read into a draft, whatever its format."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsroom.checks.lexicon import DEFAULT, Lexicon
from newsroom.errors import InputError
from newsroom.filing.draft import Block, Draft, Hints
from newsroom.filing.place import place
from newsroom.filing.read import Document, read_document


def read_draft(path: Path, lexicon: Lexicon = DEFAULT) -> tuple[Document, Draft]:
    """The document at `path` and the story read from it, or an InputError in one line."""
    document = read_document(path)
    shown = str(path)
    blocks, hints = _blocks(document, shown)
    draft = place(blocks, hints, lexicon)
    if not draft.headline.strip() or not (draft.paragraphs or draft.images):
        raise InputError(
            "holds no story newsroom can find (no headline and text); check that it is the "
            "draft, or copy the story's text into a .txt file and file that",
            path=shown,
        )
    return document, replace(draft, notes=document.notes)


def _blocks(document: Document, shown: str) -> tuple[list[Block], Hints]:
    if document.format == "docx":
        from newsroom.filing.word import word_blocks

        return word_blocks(document.data, shown), Hints()
    if document.format == "html":
        from newsroom.filing.web import page_blocks

        return page_blocks(document.text, document.path.parent, shown)
    from newsroom.filing.ninjs import ninjs_item, ninjs_page

    if item := ninjs_item(document.text, shown):  # a wire item's ninjs JSON, saved as text
        from newsroom.filing.web import page_blocks

        return page_blocks(ninjs_page(item), None, shown)
    from newsroom.filing.indesign import is_tagged_text, tagged_text_blocks
    from newsroom.filing.org import is_org, org_markdown

    if is_tagged_text(document.text):  # a page InDesign exported as Tagged Text
        text = document.text
        if document.data.lstrip(b"\xef\xbb\xbf").upper().startswith(b"<ANSI-MAC>"):
            text = document.data.decode("mac_roman")  # (the header says whose encoding)
        return tagged_text_blocks(text), Hints()
    from newsroom.filing.xpress import is_xpress_tags, xpress_tags_blocks

    if is_xpress_tags(document.text):  # a story QuarkXPress exported as XPress Tags
        return xpress_tags_blocks(document.text), Hints()

    from newsroom.filing.archieml import archieml_blocks, is_archieml
    from newsroom.filing.dokuwiki import dokuwiki_markdown, is_dokuwiki
    from newsroom.filing.dump import dump_blocks, is_text_dump
    from newsroom.filing.factiva import is_full_record, record_blocks
    from newsroom.filing.feed import is_saved_article, saved_article_blocks
    from newsroom.filing.forum import forum_blocks
    from newsroom.filing.fundraiser import fundraiser_blocks, is_fundraiser_page
    from newsroom.filing.grab import is_reader_grab, reader_grab, under_header
    from newsroom.filing.mdx import is_mdx, mdx_markdown
    from newsroom.filing.nitf import is_nitf, nitf_blocks
    from newsroom.filing.paste import markdown_blocks, text_blocks
    from newsroom.filing.rst import is_rst, rst_markdown
    from newsroom.filing.rtf import is_rtf, rtf_markdown
    from newsroom.filing.video import is_watch_page, watch_page_blocks

    # (a page.mdx is MDX, by its name, and an mdsvex page.svx)
    mdx = document.path.suffix.lower() in (".mdx", ".svx")
    if is_rtf(document.text):  # a Rich Text Format file, renamed
        blocks, hints = markdown_blocks(rtf_markdown(document.text), shown)
    elif is_reader_grab(document.text):  # a page a reader service fetched as Markdown
        page, header = reader_grab(document.text)
        blocks, hints = markdown_blocks(page, shown)
        blocks = under_header(header, blocks)
    elif is_nitf(document.text):  # a syndication export's NITF file, saved as text
        blocks, hints = nitf_blocks(document.text, shown)
    elif is_org(document.text):  # an Org file, saved as text or Markdown
        blocks, hints = markdown_blocks(org_markdown(document.text), shown)
    elif is_dokuwiki(document.text):  # a DokuWiki page's source
        blocks, hints = markdown_blocks(dokuwiki_markdown(document.text), shown)
    elif is_saved_article(document.text):  # an article a feed reader saved
        blocks, hints = saved_article_blocks(document.text), Hints()
    elif is_watch_page(document.text):  # a video's watch page, its description the story
        blocks, hints = watch_page_blocks(document.text), Hints()
    elif is_fundraiser_page(document.text):  # a fundraiser's page, its update the story
        blocks, hints = fundraiser_blocks(document.text), Hints()
    elif is_text_dump(document.text):  # a page as a text browser dumps it
        blocks, hints = dump_blocks(document.text), Hints()
    elif is_full_record(document.text):  # a news archive's full record of a story
        blocks, hints = record_blocks(document.text)
    elif is_archieml(document.text):  # a graphics desk's story document in ArchieML
        blocks, hints = archieml_blocks(document.text)
    elif document.format == "txt" and is_rst(document.text):  # a site's reStructuredText
        blocks, hints = markdown_blocks(rst_markdown(document.text), shown)
    elif document.format == "md" and (mdx or is_mdx(document.text)):  # a site's MDX page
        blocks, hints = markdown_blocks(mdx_markdown(document.text), shown)
    elif document.format == "md":
        blocks, hints = markdown_blocks(document.text, shown)
    elif (post := forum_blocks(document.text)) is not None:  # a forum's discussion, copied
        blocks, hints = post, Hints()
    else:
        blocks, hints = text_blocks(document.text), Hints()
    return blocks, replace(hints, lines=True)
