"""`newsroom build`: each published story's page from the commit, the same bytes every
time, only what changed rendered again, and the site's safety with hostile story text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers import Clone, edit_story
from tests.site.conftest import SLUG, file_story, publish_story, sign_through


def built(room: Clone, *args: str) -> str:
    result = room.run("build", *args)
    assert result.code == 0, result.text
    return result.out


def page(room: Clone, slug: str = SLUG) -> str:
    return (room.path / "public" / slug / "index.html").read_text(encoding="utf-8")


def jsonld(html: str) -> object:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


class _Elements(HTMLParser):
    """The elements of a page with their attributes, and the text of each figcaption."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.captions: list[str] = []
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_caption = self._in_caption or tag == "figcaption"
        if tag == "figcaption":
            self.captions.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_caption = self._in_caption and tag != "figcaption"

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.captions[-1] += data


def elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def test_a_published_story_gets_its_page(site_room: Clone) -> None:
    out = built(site_room)
    assert "1 story on the site" in out
    html = page(site_room)
    found = elements(html)
    title = "Harbor City Council approves $42 million seawall | Coastal Daily Press"
    assert f"<title>{title}</title>" in html
    images = [attrs for tag, attrs in found.tags if tag == "img"]
    assert images == [{"src": "media/crews.png",
                       "alt": "Two workers in hard hats measure a crumbling concrete wall beside "
                              "the water."}]
    assert (site_room.path / "public" / SLUG / "media" / "crews.png").read_bytes() == (
        site_room.story_dir(SLUG) / "media" / "crews.png").read_bytes()
    caption = " ".join(found.captions[0].split())
    assert caption.startswith("Crews survey the eastern waterfront")
    assert caption.endswith("Samir Khan/Coastal Daily Press")
    assert "By Rosa Torres" in html and "HARBOR CITY, Fla." in html
    assert "Samir Khan: photography" in html and "Emeka Okafor: editing" in html
    # the publication time is the publish sign-off's date, from git
    when = site_room.git("log", "-1", "--format=%aI", "published/" + SLUG)
    article = jsonld(html)
    assert isinstance(article, dict)
    assert article["datePublished"] == _utc(when) == article["dateModified"]
    assert f'<time datetime="{_utc(when)}">' in html
    beside = json.loads((site_room.path / "public" / SLUG / "article.json").read_text())
    assert beside == article


def _utc(iso: str) -> str:
    from datetime import UTC, datetime
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_same_commit_gives_the_same_bytes(site_room: Clone, tmp_path: Path) -> None:
    built(site_room)
    first = files(site_room.path / "public")
    built(site_room, "--out", str(tmp_path / "again"))
    assert files(tmp_path / "again") == first
    assert "0 rendered" in built(site_room)  # nothing changed: nothing rendered again
    assert files(site_room.path / "public") == first


def test_only_what_changed_is_rendered_again(site_room: Clone, tmp_path: Path) -> None:
    built(site_room)
    before = (site_room.path / "public" / SLUG / "index.html").stat().st_mtime_ns
    publish_story(site_room, "harbor-ferry")
    assert "2 stories on the site, 1 rendered" in built(site_room)
    assert (site_room.path / "public" / SLUG / "index.html").stat().st_mtime_ns == before
    index = (site_room.path / "public" / "index.html").read_text()
    assert index.index('href="harbor-ferry/"') < index.index(f'href="{SLUG}/"')  # newest first
    built(site_room, "--out", str(tmp_path / "whole"))  # the same commit, built from nothing
    assert files(tmp_path / "whole") == files(site_room.path / "public")


def test_stories_not_published_are_not_on_the_site(site_room: Clone) -> None:
    file_story(site_room, "draft-story")
    file_story(site_room, "ready-story")
    sign_through(site_room, "ready-story", publish=False)  # at the publish stage
    built(site_room)
    site = site_room.path / "public"
    assert sorted(p.name for p in site.iterdir() if p.is_dir()) == ["archive.d", SLUG]


def test_uncommitted_edits_are_not_built(site_room: Clone) -> None:
    edit_story(site_room.story_dir(SLUG) / "story.md", {"headline": "Not signed off"})
    built(site_room)
    assert "Not signed off" not in page(site_room)


def test_raw_html_in_a_story_is_shown_as_text(site_room: Clone) -> None:
    payload = ('<script>document.title="owned"</script> <img src=x onerror="alert(1)"> '
               '[click](javascript:alert(2)) <b>bold</b>')
    headline = 'Council </script><script>alert(3)</script> votes'
    publish_story(site_room, "hostile-story", front={"headline": headline,
                                                     "dek": "A dek with <i>tags</i> & ampersands."},
                  body=_body() + "\n" + payload + "\n")
    built(site_room)
    html = page(site_room, "hostile-story")
    tags = {tag for tag, _ in elements(html).tags}
    assert tags <= {"html", "head", "meta", "title", "link", "script", "style", "body", "header",
                    "a", "main", "article", "h1", "h2", "p", "span", "br", "time", "figure",
                    "img", "figcaption", "div", "section", "ul", "li"}
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script type="application/ld+json">']
    assert "&lt;script&gt;document.title" in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "javascript:" not in html.replace("[click](javascript:alert(2))", "")
    assert not any("onerror" in attrs for _, attrs in elements(html).tags)
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert data is not None and "<" not in data.group(1)
    article = json.loads(data.group(1))
    assert article["headline"] == headline  # the same words, escaped only for the script


def _body() -> str:
    story = (Path(__file__).parents[1] / "fixtures" / "clean-story" / "story.md").read_text()
    return story.split("---\n", 2)[2].lstrip("\n")


def test_a_newsroom_can_use_its_own_template(site_room: Clone) -> None:
    own = site_room.path / "templates" / "story.html"
    own.parent.mkdir()
    own.write_text('{% extends "base.html" %}{% block main %}<h1 class="house">'
                   "{{ page.headline }}</h1>{{ page.body_html }}{% endblock %}")
    site_room.commit_all("our own story template")
    built(site_room)
    assert '<h1 class="house">Harbor City Council approves' in page(site_room)


def test_a_folder_of_other_files_is_not_overwritten(site_room: Clone, tmp_path: Path) -> None:
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    result = site_room.run("build", "--out", str(other))
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "no 'newsroom build' wrote" in result.err
    assert (other / "notes.txt").read_text() == "keep me"


def test_a_person_s_page_from_the_roster(site_room: Clone) -> None:
    config = site_room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace(
        "    email: rosa.torres@coastal.example\n",
        "    email: rosa.torres@coastal.example\n    url: https://coastal.example/rosa-torres\n"))
    site_room.commit_all("Rosa's author page")
    built(site_room)
    article = jsonld(page(site_room))
    assert isinstance(article, dict)
    assert article["author"] == [{"@type": "Person", "name": "Rosa Torres",
                                  "url": "https://coastal.example/rosa-torres"}]
    assert '<a rel="author" href="https://coastal.example/rosa-torres">Rosa Torres</a>' in page(
        site_room)


def test_a_roster_page_that_is_not_a_web_address_is_refused(site_room: Clone) -> None:
    config = site_room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace(
        "    email: rosa.torres@coastal.example\n",
        "    email: rosa.torres@coastal.example\n    url: javascript:alert(1)\n"))
    result = site_room.run("build")
    assert result.code == 2 and "newsroom.yaml:6" in result.err and "https://" in result.err


def test_many_stories_render_on_every_core_alike(site_room: Clone, tmp_path: Path) -> None:
    """Enough stories to be read with one listing and rendered by worker processes."""
    for i in range(70):
        site_room.write_story(f"wire-story-{i:02d}", front={"stage": "published"})
    site_room.commit_all("seventy wire stories, published by hand")
    result = site_room.run("build")
    assert result.code == 0 and "71 stories on the site, 71 rendered" in result.out
    assert "70 stories on the site have no publication sign-off" in result.err
    assert "71 stories on the site, 71 rendered" in built(site_room, "--out",
                                                           str(tmp_path / "again"))
    assert files(tmp_path / "again") == files(site_room.path / "public")


def test_a_story_that_cannot_be_read_is_named_and_the_rest_is_built(site_room: Clone) -> None:
    site_room.write_story("broken-story", front={"stage": "published"})
    story = site_room.story_dir("broken-story") / "story.md"
    story.write_text(story.read_text().replace("headline:", "headline: [unclosed", 1))
    site_room.commit_all("a story whose front matter is broken")
    for _ in range(2):  # not remembered as built: the next build says it again
        result = site_room.run("build")
        assert result.code == 2, result.text
        assert result.err.startswith("error: not on the site: stories/broken-story/story.md:")
        assert len(result.err.strip().splitlines()) == 1 and "invalid YAML" in result.err
        assert (site_room.path / "public" / SLUG / "index.html").is_file()


def test_other_commands_do_not_load_the_site_s_libraries(site_room: Clone) -> None:
    import subprocess
    import sys

    probe = ("import runpy, sys\nsys.argv = ['newsroom', *sys.argv[1:]]\ntry:\n"
             "    runpy.run_module('newsroom', run_name='__main__')\nexcept SystemExit:\n"
             "    pass\nprint(sorted(m for m in ('jinja2', 'nh3') if m in sys.modules))")
    loaded = {}
    for args in (("check", SLUG), ("status",), ("--help",), ("build",)):
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=site_room.path,
                              env=site_room.env, capture_output=True, text=True)
        loaded[args[0]] = done.stdout.strip().splitlines()[-1]
    assert loaded == {"check": "[]", "status": "[]", "--help": "[]",
                      "build": "['jinja2', 'nh3']"}


def test_a_folder_that_is_no_story_and_a_tampered_manifest_harm_nothing(site_room: Clone,
                                                                        tmp_path: Path) -> None:
    odd = site_room.path / "stories" / "Not A Slug"
    odd.mkdir()
    (odd / "notes.txt").write_text("not a story")
    site_room.commit_all("a folder that is not a story")
    built(site_room)
    manifest = site_room.path / "public" / ".newsroom-build.json"
    data = json.loads(manifest.read_text())
    data["stories"]["../../outside"] = data["stories"][SLUG]
    manifest.write_text(json.dumps(data))
    (tmp_path / "outside").mkdir()
    built(site_room)
    assert (tmp_path / "outside").is_dir() and (site_room.path / "public" / SLUG).is_dir()


def test_a_broken_template_is_named_in_one_line(site_room: Clone) -> None:
    own = site_room.path / "templates" / "story.html"
    own.parent.mkdir()
    own.write_text('{% extends "base.html" %}\n{% block main %}{% if %}{% endblock %}\n')
    site_room.commit_all("a template with a mistake")
    result = site_room.run("build")
    assert result.code == 2, result.text
    assert result.err.startswith("error: templates/story.html:2: ")
    assert len(result.err.strip().splitlines()) == 1
    own.write_text('{% extends "base.html" %}{% block main %}{{ page.nothing }}{% endblock %}')
    site_room.commit_all("a template asking for a value there is not")
    result = site_room.run("build")
    assert result.code == 2 and result.err.startswith("error: templates/story.html: ")
    assert "nothing" in result.err and len(result.err.strip().splitlines()) == 1
