"""Hostile Word files against `newsroom file`: a small .docx that inflates to far more than
the 10 MB newsroom files."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.filing.test_file import png, word_file
from tests.helpers import Clone, children_cpu, newsroom, snapshot


@pytest.fixture
def reporter(room: Clone) -> Clone:
    return room.act_as("rtorres")


def _inflated(tmp_path: Path, name: str, grow: dict[str, bytes]) -> Path:
    """A Word file whose entries in `grow` are replaced by those bytes (deflated small)."""
    base = word_file(tmp_path / "base.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            for prefix, replacement in grow.items():
                if info.filename.startswith(prefix):
                    data = replacement if prefix.startswith("word/media/") else data.replace(
                        b"<w:body>", b"<w:body>" + replacement, 1)
            zout.writestr(info.filename, data, compresslevel=9)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 1024 * 1024
    return path


def test_a_word_file_whose_image_inflates_past_the_limit_is_refused(
    reporter: Clone, tmp_path: Path
) -> None:
    bomb = _inflated(tmp_path, "bomb.docx", {"word/media/": png() + b"\0" * (100 * 1024 * 1024)})
    before = snapshot(reporter.path)
    result = reporter.run("file", str(bomb), "--slug", "image-bomb")
    assert result.code == 2, result.text
    assert snapshot(reporter.path) == before


def test_a_word_file_whose_text_inflates_is_answered_quickly(
    reporter: Clone, tmp_path: Path
) -> None:
    bomb = _inflated(tmp_path, "spaces.docx", {"word/document.xml": b" " * (100 * 1024 * 1024)})
    before = snapshot(reporter.path)
    spent = children_cpu()
    try:
        result = newsroom(reporter.path, "file", str(bomb), "--slug", "space-bomb",
                          env=reporter.env, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("newsroom file was still running after 120 s")
    assert children_cpu() - spent < 15, "newsroom file took more than 15 s of CPU"
    assert result.code in (0, 2), result.text
    if result.code == 2:
        assert snapshot(reporter.path) == before


def test_a_control_character_in_the_file_name_stays_out_of_the_commit(
    reporter: Clone, tmp_path: Path
) -> None:
    draft = tmp_path / "seawall\x1b[2J\x1b]0;owned\x07.txt"
    draft.write_text("Council approves the seawall on Tuesday\n\nThe council voted on "
                     "Tuesday to approve the wall along the waterfront.\n", encoding="utf-8")
    result = reporter.run("file", str(draft), "--slug", "escape-name")
    assert result.code == 0, result.text
    message = reporter.git("log", "-1", "--format=%B")
    assert not any(ord(c) < 32 and c not in "\n\t" for c in message), repr(message)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("broken-toml.md", '+++\ntitle = "Pier reopens\nauthors = [\n+++\n\nThe pier reopened.\n'),
        (
            "odd-figure.md",
            '# Pier reopens after repairs\n\n{{< figure src="" caption="\x1b[31m" >}}\n\n'
            '<Figure src="a.jpg" caption="<script>alert(1)</script>" credit=\'x\' />\n\n'
            "The pier reopened Saturday after six months of work.\n",
        ),
        ("wikilinks.md", "# Pier reopens after repairs\n\n[[a|]] [[]] ![[|]] [[x|y|z]]\n"),
    ],
)
def test_odd_markdown_front_matter_and_components(
    reporter: Clone, tmp_path: Path, name: str, text: str
) -> None:
    """Markdown a site generator or note app writes, broken or hostile: filed, or refused in
    one line with exit 2 and the newsroom as it was; never a traceback."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = snapshot(reporter.path)
    result = reporter.run("file", str(path), "--slug", name.split(".")[0])
    assert result.code in (0, 2), result.text
    assert "Traceback" not in result.text
    if name == "broken-toml.md":
        assert result.code == 2 and "TOML front matter" in result.err, result.text
    if result.code == 2:
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert name in result.err
        assert snapshot(reporter.path) == before
