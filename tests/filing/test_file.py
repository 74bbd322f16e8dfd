"""`newsroom file`: a story filed from pasted text, Markdown, a saved page or a Word file."""

from __future__ import annotations

import base64
import io
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import yaml

from tests.helpers import Clone, never_crashed, reading_commands, snapshot

EXAMPLE = Path(__file__).parent / "documents" / "txt-pasted-web-draft.txt"  # (a copy of it)
EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "examples" / "pasted-web-draft.txt"
SLUG = "harbor-seawall"


def png() -> bytes:
    """A real one-pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


PASTED = """Skip to content
Menu

Harbor City Council approves $42 million seawall

Council votes 5-2 to fund the wall as critics warn of rising costs

By Rosa Torres and Jane Smith
March 3, 2026

Share this article
Facebook Twitter Email

HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday night to approve a seawall.

Advertisement

Two workers in hard hats beside a concrete wall
Crews survey the eastern waterfront on Tuesday. (Photo: Ana Diaz/Reuters)

Supporters say the wall will protect more than 3,200 homes from storm surge.

Additional reporting by Lena Park in Miami.

Sign up for our newsletter
Enter your email

Related Stories
Ten beaches to see before they disappear

Comments (12)
© 2026 Coastal Daily Press. All rights reserved.
"""

PAGE = f"""<!doctype html><html><head><title>Seawall approved | Coastal Daily</title>
<meta property="og:title" content="Harbor City approves $42 million seawall | Coastal Daily">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbor City approves $42 million seawall",
"author": [{{"@type": "Person", "name": "Rosa Torres"}},
{{"@type": "Person", "name": "Jane Smith"}}]}}
</script><script>track('pageview');</script></head>
<body><nav class="site-nav"><a href="/">Home</a> <a href="/metro">Metro</a></nav>
<article><h1>Harbor City approves $42 million seawall</h1>
<p class="dek">The council voted 5-2 after four hours of testimony.</p>
<p class="byline">By Rosa Torres and Jane Smith</p>
<p>HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday night to approve a
$42 million seawall along the eastern waterfront, ending a two-year debate.</p>
<figure><img src="data:image/png;base64,{base64.b64encode(png()).decode()}"
alt="Two workers in hard hats beside a concrete wall">
<figcaption>Crews survey the eastern waterfront on Tuesday.
<span class="credit">Ana Diaz/Reuters</span></figcaption></figure>
<p>Supporters say the wall will protect more than 3,200 homes from storm surge, and critics
say the price will double before construction is finished.</p>
<div class="share-tools"><a>Share on Facebook</a> <a>Share on X</a></div>
<p>"We cannot keep waiting for the next hurricane," said Mayor Dana Whitfield.</p>
<iframe src="https://ads.example/slot"></iframe>
<p><em>Additional reporting by Lena Park in Miami.</em></p></article>
<aside class="related"><h3>You may also like</h3>
<ul><li><a href="/b">Ten beaches to see</a></li></ul></aside>
<footer>© 2026 Coastal Daily Press. All rights reserved.</footer></body></html>
"""

MARKDOWN = """---
title: Harbor City approves $42 million seawall
dek: The council voted 5-2 after four hours of testimony.
author: Rosa Torres
---

HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday night to approve a seawall.

![Two workers in hard hats](crews.jpg)
*Crews survey the eastern waterfront on Tuesday. Photo: Ana Diaz/Reuters*

Supporters say the wall will protect more than 3,200 homes from storm surge.
"""


def word_file(path: Path) -> Path:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_heading("Harbor City approves $42 million seawall", 0)
    doc.add_paragraph("The council voted 5-2 after four hours of testimony", style="Subtitle")
    doc.add_paragraph("By Rosa Torres")
    doc.add_paragraph(
        "HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday night to approve "
        "a seawall."
    )
    doc.add_picture(io.BytesIO(png()), width=Inches(1))
    doc.add_paragraph(
        "Crews survey the eastern waterfront on Tuesday. (Photo: Ana Diaz/Reuters)",
        style="Caption",
    )
    doc.add_paragraph("Supporters say the wall will protect more than 3,200 homes.")
    doc.add_paragraph("Additional reporting by Lena Park in Miami.")
    doc.save(str(path))
    return path


def front(room: Clone, slug: str) -> dict[str, object]:
    text = (room.story_dir(slug) / "story.md").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text.split("---\n")[1]))


def body(room: Clone, slug: str) -> str:
    return (room.story_dir(slug) / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture
def reporter(room: Clone) -> Clone:
    return room.act_as("rtorres")


def test_pasted_text_is_placed_and_its_chrome_stripped(reporter: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "seawall.txt"
    draft.write_text(PASTED, encoding="utf-8")
    result = reporter.run("file", str(draft), "--slug", SLUG, "--desk", "metro")
    assert result.code == 0, result.text
    meta = front(reporter, SLUG)
    assert meta["headline"] == "Harbor City Council approves $42 million seawall"
    assert meta["dek"] == "Council votes 5-2 to fund the wall as critics warn of rising costs"
    assert meta["byline"] == ["rtorres", "Jane Smith"]  # a roster name becomes its id
    assert meta["dateline"] == "HARBOR CITY, Fla."
    assert (meta["stage"], meta["desk"]) == ("draft", "metro")
    assert meta["images"] == [
        {
            "file": "",
            "caption": "Crews survey the eastern waterfront on Tuesday.",
            "credit": "Ana Diaz/Reuters",
            "alt": "Two workers in hard hats beside a concrete wall",
        }
    ]
    text = body(reporter, SLUG)
    assert "voted 5-2 on Tuesday night" in text and "3,200 homes" in text
    for chrome in ("Skip to content", "Facebook Twitter", "Advertisement", "newsletter",
                   "Ten beaches", "Comments", "©", "By Rosa", "Photo:"):
        assert chrome not in text, chrome
    credits = yaml.safe_load((reporter.story_dir(SLUG) / "credits.yaml").read_text())
    names = {(c["name"], c["role"]) for c in credits["contributors"]}
    assert names == {("Rosa Torres", "reporting"), ("Jane Smith", "reporting"),
                     ("Lena Park", "additional-reporting")}
    original = reporter.story_dir(SLUG) / "source" / "seawall.txt"
    assert original.read_bytes() == draft.read_bytes()
    report = (reporter.story_dir(SLUG) / "source" / "filing-report.md").read_text()
    assert "Skip to content" in report and "newsletter sign-up" in report
    assert "Skip to content" in result.out and "filing-report.md" in result.out
    assert "draft" in result.out  # the draft gate's findings are shown


def test_filed_story_is_a_draft_committed_by_its_filer(reporter: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "seawall.txt"
    draft.write_text(PASTED, encoding="utf-8")
    assert reporter.run("file", str(draft), "--slug", SLUG).code == 0
    assert reporter.git("log", "-1", "--format=%an|%s") == (
        f"Rosa Torres|newsroom: new story {SLUG} (filed from seawall.txt)"
    )
    assert reporter.git("status", "--porcelain") == ""
    commands = reading_commands(SLUG)
    never_crashed(commands, reporter.run_many(commands))
    assert reporter.run("verify").code == 0


def test_a_page_is_read_with_its_metadata_and_image(reporter: Clone, tmp_path: Path) -> None:
    page = tmp_path / "seawall.html"
    page.write_text(PAGE, encoding="utf-8")
    result = reporter.run("file", str(page))
    assert result.code == 0, result.text
    slug = "harbor-city-approves-42-million-seawall"
    meta = front(reporter, slug)
    assert meta["headline"] == "Harbor City approves $42 million seawall"
    assert meta["dek"] == "The council voted 5-2 after four hours of testimony."
    assert meta["byline"] == ["rtorres", "Jane Smith"]
    [image] = meta["images"]  # type: ignore[misc]
    assert image["caption"] == "Crews survey the eastern waterfront on Tuesday."
    assert image["credit"] == "Ana Diaz/Reuters"
    assert image["alt"] == "Two workers in hard hats beside a concrete wall"
    assert (reporter.story_dir(slug) / image["file"]).read_bytes() == png()
    text = body(reporter, slug)
    assert "We cannot keep waiting" in text and "price will double" in text
    for chrome in ("Home", "Share on", "You may also like", "Ten beaches", "©", "track("):
        assert chrome not in text, chrome
    assert reporter.run("verify").code == 0


def test_a_word_file_keeps_its_image_bytes(reporter: Clone, tmp_path: Path) -> None:
    doc = word_file(tmp_path / "seawall.docx")
    assert reporter.run("file", str(doc), "--slug", SLUG).code == 0
    meta = front(reporter, SLUG)
    assert meta["headline"] == "Harbor City approves $42 million seawall"
    assert meta["dek"] == "The council voted 5-2 after four hours of testimony"
    assert meta["byline"] == ["rtorres"]
    [image] = meta["images"]  # type: ignore[misc]
    assert (image["caption"], image["credit"]) == (
        "Crews survey the eastern waterfront on Tuesday.",
        "Ana Diaz/Reuters",
    )
    assert (reporter.story_dir(SLUG) / image["file"]).read_bytes() == png()
    assert (reporter.story_dir(SLUG) / "source" / "seawall.docx").read_bytes() == doc.read_bytes()
    assert reporter.git("status", "--porcelain") == ""
    assert reporter.run("verify").code == 0


def test_markdown_front_matter_is_trusted(reporter: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "seawall.md"
    draft.write_text(MARKDOWN, encoding="utf-8")
    assert reporter.run("file", str(draft), "--slug", SLUG).code == 0
    meta = front(reporter, SLUG)
    assert meta["headline"] == "Harbor City approves $42 million seawall"
    assert meta["dek"] == "The council voted 5-2 after four hours of testimony."
    assert meta["byline"] == ["rtorres"]
    assert meta["images"] == [
        {
            "file": "",
            "caption": "Crews survey the eastern waterfront on Tuesday.",
            "credit": "Ana Diaz/Reuters",
            "alt": "Two workers in hard hats",
        }
    ]


def test_the_shared_pasted_draft_files(reporter: Clone, tmp_path: Path) -> None:
    example = EXAMPLES if EXAMPLES.is_file() else EXAMPLE
    if not example.is_file():
        pytest.skip("the shared example is not beside the project")
    result = reporter.run("file", str(example), "--slug", SLUG)
    assert result.code == 0, result.text
    meta = front(reporter, SLUG)
    assert str(meta["headline"]).startswith("Harbor City Council Approves $42 Million Seawall")
    assert [i["credit"] for i in meta["images"]] == ["Facebook", "Getty"]  # type: ignore[union-attr]
    text = body(reporter, SLUG)
    assert "Log in to comment" not in text and "Celebrity Chef" not in text


def test_an_existing_slug_is_refused(reporter: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "seawall.txt"
    draft.write_text(PASTED, encoding="utf-8")
    assert reporter.run("file", str(draft), "--slug", SLUG).code == 0
    before = snapshot(reporter.path)
    again = reporter.run("file", str(draft), "--slug", SLUG)
    assert again.code == 2
    assert f"story '{SLUG}' already exists" in again.err
    assert len(again.err.strip().splitlines()) == 1
    assert snapshot(reporter.path) == before


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, int]]:
    """Each awkward file, and the exit code it must give (0: filed, 2: refused)."""
    tmp_path.mkdir()
    made: dict[str, tuple[Path, int]] = {}

    def put(name: str, data: bytes, code: int) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        made[name] = (path, code)

    put("empty.txt", b"", 2)
    put("blank.md", b"  \n\n \n", 2)
    put("noise.txt", bytes(range(256)) * 40, 2)
    put("noise.docx", bytes(range(256)) * 40, 2)
    put("page-named.txt", PAGE.encode(), 0)
    put("word-named.html", word_file(tmp_path / "inner.docx").read_bytes(), 0)
    put("damaged.docx", word_file(tmp_path / "whole.docx").read_bytes()[:2000], 2)
    put("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000, 2)
    put("huge.html", b"<html><body>" + b"<p>word word word</p>\n" * 1_000_000, 2)
    scripts = "".join(f"<script>var a{n} = '<p>no</p>';</script><iframe src='x{n}'></iframe>"
                      for n in range(2000))
    put("scripts.html", f"<html><body>{scripts}{PAGE.split('<body>')[1]}".encode(), 0)
    put("only-scripts.html", f"<html><body>{scripts}</body></html>".encode(), 2)
    put("cp1252.txt", "Café owners say “no” to the seawall\n\nThe café’s owner, "
        "José Peña, said the vote was wrong.\n".encode("cp1252"), 0)
    put("utf16.txt", PASTED.encode("utf-16"), 0)
    put("utf16-nobom.txt", PASTED.encode("utf-16-le"), 0)
    put("notes.pdf", b"%PDF-1.4\n", 2)
    return made


def test_bad_files_import_or_fail_in_one_line(reporter: Clone, tmp_path: Path) -> None:
    files = _bad_files(tmp_path / "files")
    for n, (name, (path, code)) in enumerate(sorted(files.items())):
        before = snapshot(reporter.path)
        result = reporter.run("file", str(path), "--slug", f"story-{n}")
        assert result.code == code, (name, result.text)
        assert "Traceback" not in result.text and "internal error" not in result.text, name
        if code == 2:
            assert len(result.err.strip().splitlines()) == 1, (name, result.err)
            assert str(path) in result.err, (name, result.err)
            assert snapshot(reporter.path) == before, name
            assert not reporter.story_dir(f"story-{n}").exists()
        else:
            assert front(reporter, f"story-{n}")["stage"] == "draft", name
    cafe = sorted(files).index("cp1252.txt")
    meta = front(reporter, f"story-{cafe}")
    assert meta["headline"] == "Café owners say “no” to the seawall"
    assert "José Peña" in body(reporter, f"story-{cafe}")
    utf16 = sorted(files).index("utf16.txt")
    assert front(reporter, f"story-{utf16}")["headline"] == (
        "Harbor City Council approves $42 million seawall"
    )
    assert reporter.run("verify").code == 0


def test_file_refuses_what_it_cannot_file(reporter: Clone, tmp_path: Path) -> None:
    (tmp_path / "notes.rtf").write_text("{\\rtf1 hello}")
    for args, said in (
        (("file", str(tmp_path / "missing.txt")), "does not exist"),
        (("file", str(tmp_path / "notes.rtf")), "cannot file a '.rtf' file"),
        (("file", str(tmp_path / "notes.rtf"), "--slug", "Bad Slug"), "not a valid slug"),
    ):
        before = snapshot(reporter.path)
        result = reporter.run(*args)
        assert result.code == 2 and said in result.err, result.text
        assert snapshot(reporter.path) == before


def test_help_and_other_commands_do_not_import_the_readers(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from newsroom.cli.app import main\n"
        "sys.argv = ['newsroom', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('trafilatura', 'mammoth', 'lxml') if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_source_files_leave_the_fact_check_pin_alone(reporter: Clone, tmp_path: Path) -> None:
    from newsroom.store import stories
    from newsroom.store.content import content_hash

    draft = tmp_path / "seawall.txt"
    draft.write_text(PASTED, encoding="utf-8")
    assert reporter.run("file", str(draft), "--slug", SLUG).code == 0
    pinned = content_hash(stories.read_story(reporter.path, SLUG))
    shutil.rmtree(reporter.story_dir(SLUG) / "source")
    assert content_hash(stories.read_story(reporter.path, SLUG)) == pinned
