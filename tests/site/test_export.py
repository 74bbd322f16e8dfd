"""`newsroom export SLUG --format ninjs`: a published story as IPTC ninjs 2.1, validated
against IPTC's own JSON schema (schemas/ninjs-schema_2.1.json, vendored with its source and
licence in schemas/README.md) and held to the types its properties require."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema

from tests.helpers import Clone
from tests.site.conftest import SLUG, file_story

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "ninjs-schema_2.1.json").read_text())
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z")
URI = re.compile(r"[a-z][a-z0-9+.-]*:\S+\Z")


def export(room: Clone, *args: str) -> dict[str, Any]:
    result = room.run("export", *args)
    assert result.code == 0, result.text
    item: dict[str, Any] = json.loads(result.out)
    jsonschema.Draft202012Validator(SCHEMA).validate(item)
    return item


def formats_hold(item: dict[str, Any]) -> None:
    """The `format`s the schema names (a validator need not check them): uri, date-time."""
    assert URI.match(item["uri"])
    for key in ("firstcreated", "versioncreated", "embargoed"):
        if key in item:
            assert DATE_TIME.match(item[key]), key
    for picture in item.get("associations", []):
        assert URI.match(picture["uri"])
        for rendition in picture["renditions"]:  # an address only with the site's own
            assert "href" not in rendition or URI.match(rendition["href"])


def test_a_published_story_as_ninjs(site_room: Clone) -> None:
    item = export(site_room, SLUG, "--format", "ninjs", "--base-url", "https://news.coastal.example")
    formats_hold(item)
    assert item["uri"] == f"https://news.coastal.example/{SLUG}/"
    assert item["standard"]["name"] == "ninjs" and item["standard"]["version"] == "2.1"
    assert item["type"] == "text" and item["pubstatus"] == "usable"
    assert item["headlines"] == [{"role": "main",
                                  "value": "Harbor City Council approves $42 million seawall"}]
    assert item["descriptions"][0]["role"] == "summary"
    (body,) = item["bodies"]
    assert body["contenttype"] == "text/html" and body["value"].startswith("<p>HARBOR CITY")
    assert isinstance(body["wordcount"], int) and body["wordcount"] > 200
    assert item["by"] == "Rosa Torres" and item["located"] == "HARBOR CITY, Fla."
    assert item["firstcreated"] == item["versioncreated"] and item["version"] == "1"
    (picture,) = item["associations"]
    assert picture["type"] == "picture" and picture["by"] == "Samir Khan/Coastal Daily Press"
    assert picture["renditions"] == [{"name": "original", "contenttype": "image/png",
                                      "href": f"https://news.coastal.example/{SLUG}/media/crews.png"}]


def test_a_correction_and_a_kill_reach_the_export(site_room: Clone) -> None:
    story = site_room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("about the work", "about the noise"))
    assert site_room.run("correct", SLUG, "--note", "Malone worried about the noise.").code == 0
    item = export(site_room, SLUG, "--format", "ninjs")
    formats_hold(item)
    assert item["version"] == "2"
    assert item["descriptions"][-1]["role"] == "correction"
    assert item["descriptions"][-1]["value"].endswith(": Malone worried about the noise.")
    assert site_room.run("kill", SLUG, "--reason", "withdrawn").code == 0
    assert export(site_room, SLUG, "--format", "ninjs")["pubstatus"] == "canceled"


def test_written_to_a_file(site_room: Clone, tmp_path: Path) -> None:
    result = site_room.run("export", SLUG, "--format", "ninjs", "--out", str(tmp_path / "x.json"))
    assert result.code == 0, result.text
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads((tmp_path / "x.json").read_text()))


def test_only_a_published_story_is_exported(site_room: Clone) -> None:
    file_story(site_room, "draft-story")
    result = site_room.run("export", "draft-story", "--format", "ninjs")
    assert result.code == 1 and "only a published story is exported" in result.err
    assert "newsroom preview draft-story" in result.err
    result = site_room.run("export", "no-such-story", "--format", "ninjs")
    assert result.code == 2 and "no story 'no-such-story'" in result.err
    assert len(result.err.strip().splitlines()) == 1
    result = site_room.run("export", SLUG, "--format", "nitf")
    assert result.code == 2 and "ninjs" in result.err


def test_the_schema_would_catch_a_wrong_item() -> None:
    """The vendored schema refuses what ninjs forbids, so the tests above can fail."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert not validator.is_valid({"headlines": [{"value": "no uri"}]})
    assert not validator.is_valid({"uri": "urn:x", "pubstatus": "published"})
    assert not validator.is_valid({"uri": "urn:x", "bodies": [{"role": "main"}]})
    assert not validator.is_valid({"uri": "urn:x", "byline": "not a ninjs property"})
    assert validator.is_valid({"uri": "urn:x"})
