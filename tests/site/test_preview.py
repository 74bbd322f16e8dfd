"""`newsroom preview SLUG`: a story at any stage, uncommitted edits included, rendered as it
would be published into a temporary folder, and served on this machine until Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import IO

from tests.helpers import Clone, edit_story
from tests.site.conftest import file_story


def test_a_draft_with_uncommitted_edits_is_previewed(site_room: Clone) -> None:
    file_story(site_room, "draft-story")
    edit_story(site_room.story_dir("draft-story") / "story.md", {"headline": "Not yet committed"})
    result = site_room.run("preview", "draft-story", "--no-serve")
    assert result.code == 0, result.text
    page = Path(result.out.strip())
    assert page.name == "index.html" and page.parent.name == "draft-story"
    html = page.read_text()
    assert "<h1>Not yet committed</h1>" in html
    assert (page.parent / "media" / "crews.png").is_file()
    assert not (site_room.path / "public").exists()  # the site is not touched
    assert site_room.git("status", "--porcelain") == "M stories/draft-story/story.md"


def test_an_unknown_story_is_one_line(site_room: Clone) -> None:
    result = site_room.run("preview", "no-such-story", "--no-serve")
    assert result.code == 2 and "no story 'no-such-story'" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_the_preview_is_served_until_ctrl_c(site_room: Clone) -> None:
    file_story(site_room, "draft-story")
    # (started as from a terminal, where Ctrl-C is heard: a test process may ignore SIGINT,
    # and a child it starts would inherit that and never stop)
    process = subprocess.Popen([sys.executable, "-m", "newsroom", "preview", "draft-story"],
                               cwd=site_room.path, env=site_room.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, preexec_fn=_hears_ctrl_c)
    try:
        line = process.stdout.readline() if process.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:(\d+)/draft-story/", line)
        assert found, line
        with urllib.request.urlopen(found.group(0), timeout=10) as response:
            assert b"<h1>Harbor City Council approves" in response.read()
        with urllib.request.urlopen(found.group(0) + "media/crews.png", timeout=10) as response:
            assert response.read() == (site_room.story_dir("draft-story") / "media" /
                                       "crews.png").read_bytes()
    finally:
        os.kill(process.pid, signal.SIGINT)
        # (the process's own exit, not the pipes' end: a git the room runs in the background,
        # 'gc --auto' after many commits, may hold them open after the preview is gone)
        process.wait(timeout=30)
    out, err = _drained(process.stdout), _drained(process.stderr)
    assert process.returncode == 0, err
    assert "preview stopped" in out


def _hears_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _drained(stream: IO[str] | None) -> str:
    """What a finished process left in a pipe, read without waiting for the pipe to close."""
    if stream is None:
        return ""
    os.set_blocking(stream.fileno(), False)
    try:
        return stream.read() or ""
    except BlockingIOError:
        return ""
    finally:
        stream.close()
