"""`newsroom image`: add, edit, remove and list a story's images against a real repository."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import yaml

from tests.helpers import Clone, edit_story, snapshot

SLUG = "harbor-seawall"
CAPTION = "Residents fill the council chamber in Harbor City, Fla., on Tuesday."
CREDIT = "Samir Khan/Coastal Daily Press"
ALT = "A crowded room of people seated in rows facing a dais."


def png(width: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff" * width)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
    range(256)) + b"\xff\xd9"


def _filed(room: Clone) -> Clone:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, "file story")
    return room


def _front(room: Clone) -> dict:
    text = (room.story_dir(SLUG) / "story.md").read_text()
    return yaml.safe_load(text.split("---\n")[1])


def _add(room: Clone, file: Path, *extra: str) -> object:
    return room.run("image", SLUG, "add", str(file), "--caption", CAPTION, "--credit", CREDIT,
                    "--alt", ALT, *extra)


def _verify_finds(room: Clone) -> list[str]:
    result = room.run("verify", "--format", "json")
    return [f["check"] for f in json.loads(result.out)["findings"]]


def test_image_add_copies_the_bytes_and_lists_the_image(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    photo = tmp_path / "council.jpg"
    photo.write_bytes(JPEG)
    added = _add(room, photo)
    assert added.code == 0, added.text
    assert (room.story_dir(SLUG) / "media" / "council.jpg").read_bytes() == JPEG
    entry = _front(room)["images"][-1]
    assert entry == {"file": "media/council.jpg", "caption": CAPTION, "credit": CREDIT,
                     "alt": ALT}
    committed = room.git("show", "--name-only", "--format=%s", "HEAD").split("\n")
    assert committed[0] == f"newsroom: {SLUG} image add media/council.jpg"
    assert sorted(committed[2:]) == [f"stories/{SLUG}/media/council.jpg",
                                     f"stories/{SLUG}/story.md"]
    assert room.git("status", "--porcelain") == ""
    blob = room.git("rev-parse", f"HEAD:stories/{SLUG}/media/council.jpg")
    assert room.git("hash-object", str(photo)) == blob  # the bytes, exactly
    listed = room.run("image", SLUG, "list")
    assert listed.code == 0 and "media/council.jpg" in listed.out
    assert f"{len(JPEG)} bytes" in listed.out
    assert _verify_finds(room) == []


def test_an_image_is_known_by_its_bytes_not_its_name(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    lying = tmp_path / "chamber.jpg"
    lying.write_bytes(png())
    added = _add(room, lying)
    assert added.code == 0, added.text
    assert _front(room)["images"][-1]["file"] == "media/chamber.png"
    assert (room.story_dir(SLUG) / "media" / "chamber.png").read_bytes() == png()


def test_image_add_refusals_change_nothing(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    text = tmp_path / "notes.jpg"
    text.write_text("<html><script>alert(1)</script></html>")
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(b"\x89PNG\r\n\x1a\n")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    photo = tmp_path / "ok.png"
    photo.write_bytes(png())
    taken = tmp_path / "crews.png"
    taken.write_bytes(png(3))
    before = snapshot(room.path)
    for args, expected in [
        ((str(text),), "notes.jpg: not an image"),
        ((str(truncated),), "cut.png: not an image"),
        ((str(empty),), "empty.png: not an image"),
        ((str(tmp_path / "nowhere.png"),), "nowhere.png: does not exist"),
        ((str(tmp_path),), "is a folder"),
        ((str(taken),), "'media/crews.png' is already one of the story's images"),
        ((str(photo), "--name", "../x.png"), "cannot be a file name in media/"),
    ]:
        result = _add(room, *(Path(a) for a in args[:1]), *args[1:])
        assert result.code == 2, (args, result.text)
        assert expected in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
    blank = room.run("image", SLUG, "add", str(photo), "--caption", " ", "--credit", CREDIT,
                     "--alt", ALT)
    assert blank.code == 2 and "give the image's caption" in blank.err, blank.text
    assert snapshot(room.path) == before


def test_image_edit_and_remove(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("desk: metro\n", "desk: metro  # the city desk\n"))
    room.commit_all("a comment")
    edited = room.run("image", SLUG, "edit", "crews.png", "--credit", "Ana Ruiz/Reuters",
                      "--rights", "licensed for web use until 2027")
    assert edited.code == 0, edited.text
    entry = _front(room)["images"][0]
    assert entry["credit"] == "Ana Ruiz/Reuters"
    assert entry["rights"] == "licensed for web use until 2027"
    assert entry["caption"].startswith("Crews survey")
    assert "desk: metro  # the city desk" in story.read_text()  # the front matter as written
    assert room.git("log", "-1", "--format=%s") == f"newsroom: {SLUG} image edit media/crews.png"
    nothing = room.run("image", SLUG, "edit", "crews.png")
    assert nothing.code == 2 and "say what to change" in nothing.err
    unknown = room.run("image", SLUG, "remove", "dunes.png")
    assert unknown.code == 2, unknown.text
    assert f"'dunes.png' is not one of the images of '{SLUG}' (media/crews.png)" in unknown.err
    removed = room.run("image", SLUG, "remove", "media/crews.png")
    assert removed.code == 0, removed.text
    assert "images" not in _front(room) or _front(room)["images"] == []
    assert not (room.story_dir(SLUG) / "media" / "crews.png").exists()
    changed = room.git("show", "--name-status", "--format=", "HEAD").splitlines()
    assert changed == [f"D\tstories/{SLUG}/media/crews.png", f"M\tstories/{SLUG}/story.md"]
    assert room.git("status", "--porcelain", "--untracked-files=all") == ""
    assert _verify_finds(room) == []


def test_image_remove_keeps_a_file_another_entry_still_shows(room: Clone) -> None:
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    entry = {"file": "media/crews.png", "caption": "Crews at the dunes.", "credit": CREDIT,
             "alt": ALT}
    edit_story(story, {"images": [*_front(room)["images"], entry]})
    room.commit_all("the same photo twice")
    removed = room.run("image", SLUG, "remove", "crews.png")
    assert removed.code == 0, removed.text
    assert [i["caption"] for i in _front(room)["images"]] == ["Crews at the dunes."]
    assert (room.story_dir(SLUG) / "media" / "crews.png").read_bytes()
    assert room.git("show", "--name-only", "--format=", "HEAD") == f"stories/{SLUG}/story.md"
    assert room.git("status", "--porcelain", "--untracked-files=all") == ""


def test_image_commands_refuse_uncommitted_story_edits(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\nA new paragraph.\n")
    photo = tmp_path / "ok.png"
    photo.write_bytes(png())
    before = snapshot(room.path)
    result = _add(room, photo)
    assert result.code == 1, result.text
    assert f"stories/{SLUG}/story.md has uncommitted edits" in result.err
    assert snapshot(room.path) == before


def test_after_the_fact_check_only_what_it_did_not_cover_changes(
        tmp_path: Path, env: dict[str, str]) -> None:
    from tests.workflow.conftest import make_team, signed_through

    team = make_team(tmp_path / "team", env)
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    photo = tmp_path / "ok.png"
    photo.write_bytes(png())
    before = snapshot(grace.path)
    for args in (("add", str(photo), "--caption", CAPTION, "--credit", CREDIT, "--alt", ALT),
                 ("edit", "crews.png", "--caption", CAPTION), ("remove", "crews.png")):
        refused = grace.run("image", SLUG, *args)
        assert refused.code == 1, refused.text
        assert f'newsroom return {SLUG} --to fact-check --reason "..."' in refused.err
    assert snapshot(grace.path) == before
    alt = grace.run("image", SLUG, "edit", "crews.png", "--alt", ALT)  # not what was checked
    assert alt.code == 0, alt.text
    assert _verify_finds(grace) == []
    # the same image's bytes replaced by hand: the content changed after the fact-check
    (grace.story_dir(SLUG) / "media" / "crews.png").write_bytes(png(5))
    grace.commit_all("a better crop")
    assert "signoff.content-changed" in _verify_finds(grace)


def test_a_caption_finding_names_the_command_for_that_image(room: Clone) -> None:
    _filed(room)
    front = _front(room)
    image = dict(front["images"][0], alt="")
    room.write_story(SLUG, front={"images": [image]})
    result = room.run("check", SLUG, "--format", "json")
    messages = [f["message"] for f in json.loads(result.out)["findings"]
                if f["check"] == "captions.alt-missing"]
    assert messages and f"newsroom image {SLUG} edit media/crews.png --alt" in messages[0]


def test_image_list_shows_story_text_as_text(room: Clone) -> None:
    _filed(room)
    hostile = "Crews at work [bold]here[/bold] \x1b[2J in Harbor City."
    image = dict(_front(room)["images"][0], caption=hostile)  # by hand: `image` refuses it
    room.write_story(SLUG, front={"images": [image]})
    listed = room.run("image", SLUG, "list")
    assert "[bold]here[/bold]" in listed.out and "\\x1b[2J" in listed.out
    assert "\x1b" not in listed.out
