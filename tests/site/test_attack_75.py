"""Holes an attacker found in the seventy-fifth pass, aimed at the publishing end: the
site, its manifest, the export and the workflow that deploys them.

- The build's manifest, deployed with the site, listed every story of the newsroom by its
  slug: drafts, spiked stories and a story held back by its embargo were named on the
  public site. It now names only the stories the site shows.
- A first build killed part-way left a folder the next build refused as "files that no
  'newsroom build' wrote"; a manifest torn by a kill was read as none, and the page of a
  story taken out of the newsroom afterwards stayed on the site. A build now marks its
  manifest unfinished before it writes, and writes the manifest whole or not at all.
- A month's archive page listed the months and their counts as they were when that month
  last changed: a month that lost its last story stayed linked from the others.
- `export` wrote a published story whose embargo (put back by plain git) was still to
  come, which the site leaves out; and an embargo written with seconds in its offset was
  exported as a time RFC 3339 does not allow.
- The CI workflow's site job builds main as it is when the job starts, which may hold
  commits pushed after the checks ran: it now verifies that history before building it.

What held: hostile text (HTML, '</script>', ']]>', '-->', U+2028/2029, bidi overrides,
control characters and terminal escapes) in a headline, dek, byline, dateline, caption,
credit, alt text and body stayed text on the page, in the JSON-LD, the feeds (well-formed
XML) and the export (valid JSON); a body's 'javascript:' link and raw '<img onerror>' stayed
inert; embargoes at the calendar's edges, without a zone or malformed were read or named in
one line; an image that is a symlink in git is never copied (its bytes are no image); a
plain-git edit of a published story reaches a local build, but `verify` reports it and CI
builds nothing before it passes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema

from tests.helpers import Clone, edit_story
from tests.site.conftest import SLUG
from tests.site.test_export import SCHEMA, formats_hold
from tests.site.test_workflow import workflow


def site_files(folder: Path) -> dict[str, bytes]:
    """Every file of a built site, the manifest aside (it may differ and say the same)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".newsroom-build.json"
    }


def later(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the site names no story that is not on it


def test_the_site_names_no_story_that_is_not_on_it(site_room: Clone) -> None:
    """The build's manifest is deployed with the site (GitHub Pages' upload action takes the
    folder's hidden files too): it must not list the newsroom's drafts, nor a story kept
    back by its embargo, by their slugs."""
    site_room.write_story("mayor-fraud-probe", front={"stage": "draft"})
    site_room.write_story("ceo-resigns", front={"stage": "published", "embargo": later(30)})
    site_room.commit_all("a draft, and a story published ahead of its embargo")
    for _ in range(2):  # the first build, then one that reads its manifest
        result = site_room.run("build")
        assert result.code == 0 and "1 under embargo" in result.out, result.text
        site = site_room.path / "public"
        for name, data in site_files(site).items() | {
            (".newsroom-build.json", (site / ".newsroom-build.json").read_bytes())
        }:
            for slug in (b"mayor-fraud-probe", b"ceo-resigns"):
                assert slug not in data, (name, slug)
    edit_story(site_room.story_dir("mayor-fraud-probe") / "story.md", {"stage": "published"})
    site_room.commit_all("the draft, published by hand")
    result = site_room.run("build")
    assert result.code == 0 and "1 rendered" in result.out, result.text
    assert (site_room.path / "public" / "mayor-fraud-probe" / "index.html").is_file()


# --- a build killed part-way


KILLED_AFTER = """
import os, pathlib, signal, sys

left = int(sys.argv.pop(1))

def dying(write):
    def wrapped(self, data, *args, **kwargs):
        global left
        left -= 1
        if left == 0:  # the process dies half-way through writing this file
            write(self, data[: len(data) // 2], *args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
        return write(self, data, *args, **kwargs)
    return wrapped

pathlib.Path.write_text = dying(pathlib.Path.write_text)
pathlib.Path.write_bytes = dying(pathlib.Path.write_bytes)
from newsroom.cli.app import main
sys.argv = ["newsroom", *sys.argv[1:]]
main()
"""


def test_a_build_killed_part_way_is_finished_by_the_next(site_room: Clone, tmp_path: Path) -> None:
    """Whatever file a build dies writing, the next build (after a story was taken out of
    the newsroom) gives the site it gives after a build that did not die: it does not refuse
    its own folder, and leaves no page of a story that is gone."""
    site_room.write_story("ferry-route", front={"stage": "published"})
    site_room.commit_all("a second story, published by hand")
    before = site_room.git("rev-parse", "HEAD").strip()
    site_room.git("rm", "-q", "-r", "stories/ferry-route")
    site_room.git("commit", "-q", "-m", "ferry-route taken out")
    after = site_room.git("rev-parse", "HEAD").strip()
    site_room.git("checkout", "-q", before)
    assert site_room.run("build", "--out", str(tmp_path / "whole")).code == 0
    site_room.git("checkout", "-q", after)
    assert site_room.run("build", "--out", str(tmp_path / "whole")).code == 0
    whole = site_files(tmp_path / "whole")  # what the two builds give when neither dies
    for kill in range(1, 40):
        out = tmp_path / f"killed-{kill}"
        site_room.git("checkout", "-q", before)
        killed = subprocess.run(
            [sys.executable, "-c", KILLED_AFTER, str(kill), "build", "--out", str(out)],
            cwd=site_room.path, env=site_room.env, capture_output=True, text=True,
        )
        site_room.git("checkout", "-q", after)
        result = site_room.run("build", "--out", str(out))
        assert result.code == 0, (kill, result.text)
        assert site_files(out) == whole, kill
        if killed.returncode == 0:
            break
    else:
        raise AssertionError("the build never finished")
    site_room.git("checkout", "-q", "main")


# --- the export


def test_a_story_under_embargo_is_not_exported(site_room: Clone) -> None:
    """A published story whose embargo (changed by plain git) is still to come is not on
    the site, and not exported either: the export is the story as the site has it."""
    edit_story(site_room.story_dir(SLUG) / "story.md", {"embargo": later(30)})
    site_room.commit_all("an embargo put back on a published story")
    result = site_room.run("export", SLUG, "--format", "ninjs")
    assert result.code == 1, result.text
    assert result.out == "" and len(result.err.strip().splitlines()) == 1, result.text
    assert "embargo" in result.err and "Traceback" not in result.err


def test_an_embargo_with_seconds_in_its_offset_exports_as_a_date_time(site_room: Clone) -> None:
    """An embargo written by hand with an offset that has seconds (which Python reads) is
    exported as an RFC 3339 date-time, which allows none."""
    edit_story(site_room.story_dir(SLUG) / "story.md",
               {"embargo": "2020-01-01T00:00:00.5+05:30:30"})
    site_room.commit_all("an odd embargo, long passed")
    result = site_room.run("export", SLUG, "--format", "ninjs")
    assert result.code == 0, result.text
    item = json.loads(result.out)
    jsonschema.Draft202012Validator(SCHEMA).validate(item)
    formats_hold(item)


# --- the workflow


def test_the_site_job_verifies_what_it_builds(tmp_path: Path, env: dict[str, str]) -> None:
    """The site job checks out main as it is when the job starts, which may hold commits
    pushed after the checks ran: it verifies the history it checked out before building."""
    steps = workflow(tmp_path, env)["jobs"]["site"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    build = next(i for i, run in enumerate(runs) if run.startswith("newsroom build"))
    assert any(run.startswith("newsroom verify") for run in runs[:build]), runs


def test_every_month_page_lists_the_months_there_are(site_room: Clone) -> None:
    """When a month loses its last story, the other months' pages stop linking to it."""
    site_room.write_story("ferry-route", front={"stage": "published"})
    site_room.commit_all("a story published by hand (no sign-off: its month is 1970-01)")
    assert site_room.run("build").code == 0
    site_room.git("rm", "-q", "-r", "stories/ferry-route")
    site_room.git("commit", "-q", "-m", "ferry-route taken out")
    assert site_room.run("build").code == 0
    archive = site_room.path / "public" / "archive.d"
    months = sorted(p.name for p in archive.iterdir())
    for month in months:
        assert "1970-01" not in (archive / month / "index.html").read_text(), month


def test_an_embargo_with_no_time_in_utc_is_named_in_one_line(site_room: Clone) -> None:
    """A time at the calendar's very edge has no reading in UTC, as the site and the export
    write times: it is refused on its line, like any time that is none."""
    edit_story(site_room.story_dir(SLUG) / "story.md", {"embargo": "0001-01-01T00:00:00+23:59"})
    site_room.commit_all("an embargo before the calendar begins, in UTC")
    result = site_room.run("export", SLUG, "--format", "ninjs")
    assert result.code == 2 and result.out == "", result.text
    assert result.err.startswith(f"error: stories/{SLUG}/story.md:"), result.err
    assert "'embargo' must be an ISO date and time" in result.err


def test_a_manifest_of_an_earlier_version_leaves_no_page_of_a_story_gone(
    site_room: Clone,
) -> None:
    """A manifest this version cannot read (an earlier version's) is no list of the site's
    stories: the build takes away every story folder whose story is gone."""
    site_room.write_story("ferry-route", front={"stage": "published"})
    site_room.commit_all("a second story, published by hand")
    assert site_room.run("build").code == 0
    (site_room.path / "public" / ".newsroom-build.json").write_text('{"format": 1}\n')
    site_room.git("rm", "-q", "-r", "stories/ferry-route")
    site_room.git("commit", "-q", "-m", "ferry-route taken out")
    result = site_room.run("build")
    assert result.code == 0, result.text
    assert not (site_room.path / "public" / "ferry-route").exists()
    assert (site_room.path / "public" / SLUG / "index.html").is_file()
