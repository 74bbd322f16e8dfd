"""Holes an attacker (and a careless new user) found in the twentieth pass: `newsroom file`
fed pages shaped as real sites serve them (an ad's script inside a paragraph, an icon's SVG
title inside a link, the metered part of an article in a 'paywall' box, a page of unclosed
<font> tags, text after a stray </html>, a plain-text page a browser saved in <pre>, a
Windows-1252 page whose meta charset lies), Markdown whose unclosed marks make the reader's
patterns backtrack for minutes, a Word file nested past Python's recursion limit, a draft
whose file name is the filing report's, and `newsroom edit` with an editor that deletes the
file or saves invalid YAML. Each hole is text lost or corrupted, a run of minutes on a small
file, a traceback (exit 3), an original the story folder says it keeps but does not, or
advice to commit a file no command can read. Each test was seen to fail for the reason it
names before its fix."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import Clone, Result, children_cpu

HEADLINE = "Harbor council approves seawall plan"
FIRST = "The council voted 5-2 on Tuesday to approve the seawall along the eastern waterfront."
SECOND = "Residents filled the chamber for four hours of public comment on the plan."
THIRD = "The state will pay half of the $42 million cost, the mayor said on Wednesday."


def _no_crash(result: Result) -> None:
    assert result.code in (0, 1, 2), result.text
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text


def _filed(room: Clone, document: Path, slug: str) -> str:
    """File `document` as `slug`; the body of the story.md it filed."""
    result = room.run("file", str(document), "--slug", slug)
    _no_crash(result)
    assert result.code in (0, 1), result.text
    return (room.story_dir(slug) / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]


def _page(inside: str, head: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>{HEADLINE}</title></head><body><article>"
        f'<h1>{HEADLINE}</h1><p class="byline">By Rosa Torres</p>{inside}'
        "</article></body></html>"
    )


# --- filing a page: text lost or corrupted


@pytest.mark.parametrize(
    ("inside", "leaked"),
    [
        ('<script>googletag.cmd.push(function(){googletag.display("ad-1")});</script>',
         "googletag"),
        ("<style>.ad-slot{display:none}</style>", "display:none"),
        ('<a href="https://harbor.example/minutes">minutes<svg aria-hidden="true">'
         '<title>opens in a new window</title><path d="M0 0"/></svg></a>',
         "opens in a new window"),
        ("<template><span>Sign up for our newsletter</span></template>", "Sign up"),
    ],
    ids=["script", "style", "svg-title", "template"],
)
def test_markup_that_is_never_shown_inside_a_paragraph_stays_out_of_the_body(
    room: Clone, tmp_path: Path, inside: str, leaked: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page(f"<p>{FIRST} {inside} It ends a year of debate.</p><p>{SECOND}</p>"))
    body = _filed(room, page, "harbor-inline")
    assert "It ends a year of debate." in body, body
    assert leaked not in body, body


@pytest.mark.parametrize("box", ["paywall", "story-body ad-free"])
def test_the_metered_paragraphs_of_an_article_stay_in_its_body(
    room: Clone, tmp_path: Path, box: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page(f'<p>{FIRST}</p><div class="{box}"><p>{SECOND}</p><p>{THIRD}</p></div>'
                          "<p>Work on the wall begins in March, the city engineer said.</p>"))
    body = _filed(room, page, "harbor-metered")
    assert SECOND in body and THIRD in body, body


def test_a_page_of_unclosed_font_tags_keeps_its_last_paragraph(
    room: Clone, tmp_path: Path
) -> None:
    paragraphs = "".join(
        f'<font face="Georgia"><p>Paragraph {n} of the story says the council voted on '
        "Tuesday to approve the plan.</p>\n"
        for n in range(1, 301)
    )
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        f"<p>By Rosa Torres</p>\n{paragraphs}</body></html>"
    )
    body = _filed(room, page, "harbor-fonts")
    assert "Paragraph 300 of the story" in body, body[-300:]


def test_paragraphs_after_an_early_end_of_the_page_are_kept(
    room: Clone, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<!doctype html><html><head><title>{HEADLINE}</title></head><body>\n"
        f"<h1>{HEADLINE}</h1><p>By Rosa Torres</p>\n<p>{FIRST}</p>\n</body></html>\n"
        f"<p>{SECOND}</p>\n<p>{THIRD}</p>\n"
    )
    body = _filed(room, page, "harbor-early-end")
    report = (room.story_dir("harbor-early-end") / "source" / "filing-report.md").read_text()
    assert SECOND in body or SECOND in report, body
    assert THIRD in body, body


def test_a_text_page_a_browser_saved_is_read_as_a_page(room: Clone, tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(
        '<html><head><meta name="color-scheme" content="light dark"></head><body>'
        '<pre style="word-wrap: break-word; white-space: pre-wrap;">'
        f"{HEADLINE}\n\nBy Rosa Torres\n\n{FIRST}\n\n{SECOND}\n\n"
        "The state will pay &lt;half&gt; of the cost, the mayor said.\n</pre></body></html>"
    )
    result = room.run("file", str(page), "--slug", "harbor-pre")
    _no_crash(result)
    text = (room.story_dir("harbor-pre") / "story.md").read_text(encoding="utf-8")
    assert "<pre" not in text and "</body>" not in text, text
    assert "pay <half> of the cost" in text, text


@pytest.mark.parametrize("charset", ["utf-16", "unicode_escape"])
def test_a_windows_1252_page_whose_meta_charset_lies_keeps_its_text(
    room: Clone, tmp_path: Path, charset: str
) -> None:
    path = "Records are kept in C:\\new\\table files, the clerk said."
    data = _page(
        f"<p>{FIRST}</p><p>The caf\xe9 on the pier will close during the work.</p>"
        f"<p>{path}</p>",
        head=f'<meta charset="{charset}">',
    ).encode("cp1252")
    page = tmp_path / "page.html"
    page.write_bytes(data + b" " * (len(data) % 2))  # an even length: UTF-16 reads it whole
    body = _filed(room, page, "harbor-charset")
    assert FIRST in body, body
    assert path in body, body


# --- filing Markdown: a small file read for minutes


@pytest.mark.parametrize(
    "filler",
    [":::note\n" * 6000, "The mayor wrote <!-- in the chat.\n\n" * 10000, "[[a" * 30000],
    ids=["fences", "comments", "wikilinks"],
)
def test_a_markdown_file_with_unclosed_marks_is_read_in_seconds(
    room: Clone, tmp_path: Path, filler: str
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# {HEADLINE}\n\nBy Rosa Torres\n\n{FIRST}\n\n{filler}\n\n{SECOND}\n")
    assert draft.stat().st_size < 400_000
    spent = children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "newsroom", "file", str(draft), "--slug", "harbor-marks"],
        cwd=room.path, env=room.env, capture_output=True, text=True, timeout=120,
    )
    assert children_cpu() - spent < 20, "newsroom file took more than 20 s of CPU"
    _no_crash(Result(done.returncode, done.stdout, done.stderr))


# --- filing a Word file: a traceback


def test_a_word_file_nested_deeper_than_the_converter_recurses_is_refused(
    room: Clone, tmp_path: Path
) -> None:
    from tests.filing.test_file import word_file
    from tests.helpers import snapshot

    base = word_file(tmp_path / "base.docx")
    nested = (
        b"<w:sdt><w:sdtContent>" * 3000
        + b"<w:p><w:r><w:t>A paragraph deep inside.</w:t></w:r></w:p>"
        + b"</w:sdtContent></w:sdt>" * 3000
    )
    out = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + nested, 1)
            zout.writestr(info.filename, data)
    draft = tmp_path / "deep.docx"
    draft.write_bytes(out.getvalue())
    before = snapshot(room.path)
    result = room.run("file", str(draft), "--slug", "harbor-deep")
    _no_crash(result)
    if result.code == 2:
        assert snapshot(room.path) == before


# --- filing: the original not kept


def test_a_draft_named_like_the_filing_report_is_kept(room: Clone, tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    draft = folder / "filing-report.md"
    draft.write_text(f"# {HEADLINE}\n\nBy Rosa Torres\n\n{FIRST}\n\n{SECOND}\n")
    _filed(room, draft, "harbor-report")
    kept = [p.read_bytes() for p in (room.story_dir("harbor-report") / "source").iterdir()]
    assert draft.read_bytes() in kept, kept


# --- edit: an editor that deletes the file or saves what no command reads


def _editor(tmp_path: Path, script: str) -> dict[str, str]:
    editor = tmp_path / "editor.sh"
    editor.write_text(f"#!/bin/sh\n{script}\n")
    editor.chmod(0o755)
    return {"VISUAL": "", "EDITOR": str(editor)}


def _edit(room: Clone, tmp_path: Path, script: str) -> Result:
    room.write_story("harbor-edit")
    room.commit_all("file harbor-edit")
    env = {**room.env, **_editor(tmp_path, script)}
    done = subprocess.run([sys.executable, "-m", "newsroom", "edit", "harbor-edit"],
                          cwd=room.path, env=env, capture_output=True, text=True, timeout=120)
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize("script", ['rm "$1"', 'rm "$1" && mkdir "$1"'], ids=["rm", "folder"])
def test_edit_when_the_editor_removes_the_story_file(
    room: Clone, tmp_path: Path, script: str
) -> None:
    result = _edit(room, tmp_path, script)
    _no_crash(result)
    assert "story.md" in result.err, result.text


def test_edit_never_advises_committing_a_story_it_cannot_read(
    room: Clone, tmp_path: Path
) -> None:
    result = _edit(room, tmp_path, "sed -i 's/^headline: .*/headline: [unclosed/' \"$1\"")
    _no_crash(result)
    assert result.code == 2, result.text
    assert "story.md:" in result.text, result.text
    assert "commit it" not in result.text, result.text



def test_edit_puts_back_a_story_file_the_editor_deleted(room: Clone, tmp_path: Path) -> None:
    room.write_story("harbor-edit")
    room.commit_all("file harbor-edit")
    before = (room.story_dir("harbor-edit") / "story.md").read_bytes()
    env = {**room.env, **_editor(tmp_path, 'rm "$1"')}
    done = subprocess.run([sys.executable, "-m", "newsroom", "edit", "harbor-edit"],
                          cwd=room.path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert (room.story_dir("harbor-edit") / "story.md").read_bytes() == before
    assert room.git("status", "--porcelain").strip() == ""
