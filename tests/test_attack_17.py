"""Holes an attacker found in the newest commands (`file`, `image`, `person`, `embargo`,
`claim`/`source` edits) and in what `verify` accepts of their commits: each must refuse bad
input in one line (exit 2, the repository unchanged), never a traceback or exit 3. Each
test was seen to fail before its fix; the one still marked xfail (strict) is a hole left
open: a slug reused after a published story was deleted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import Clone, Result, snapshot


def refused(result: Result) -> None:
    assert result.code == 2, result.text
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text
    assert len(result.err.strip().splitlines()) == 1, result.text


@pytest.mark.parametrize("charset", ["undefined"])
def test_file_a_page_whose_declared_charset_is_no_text_codec(
    room: Clone, tmp_path: Path, charset: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        f'<html><head><meta charset="{charset}"></head><body>'
        "<h1>Harbor council approves seawall plan</h1>"
        "<p>The council voted \xff on Tuesday.</p></body></html>".encode("latin-1")
    )
    before = snapshot(room.path)
    result = room.run("file", str(page))
    assert result.code in (0, 2), result.text
    assert "internal error" not in result.text, result.text
    if result.code == 2:
        refused(result)
        assert snapshot(room.path) == before


def _at_once(clone: Clone, *commands: tuple[str, ...]) -> list[Result]:
    """The commands run at the same moment, each its own `newsroom` process."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "newsroom", *args],
            cwd=clone.path,
            env=clone.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    done = [(run, *run.communicate(timeout=120)) for run in runs]
    return [Result(run.returncode, out, err) for run, out, err in done]


def test_two_filings_of_one_slug_at_once_file_one_story(room: Clone, tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(
        "Harbor council approves seawall plan\n\nBy Rosa Torres\n\nThe council voted.\n"
    )
    second = tmp_path / "second.txt"
    second.write_text("Bridge closes for repairs\n\nBy Maria Chen\n\nThe bridge closed.\n")
    for n in range(10):
        slug = f"same-slug-{n}"
        results = _at_once(
            room, ("file", str(first), "--slug", slug), ("file", str(second), "--slug", slug)
        )
        for result in results:
            assert result.code in (0, 1, 2), result.text
        # the second is refused: the slug is taken (2), or was taken while it ran (1)
        assert sorted(r.code for r in results) in ([0, 1], [0, 2]), [r.text for r in results]
        commits = room.git("log", "--format=%h", "--", f"stories/{slug}").split()
        assert len(commits) == 1, commits


def test_two_roster_adds_at_once_keep_both(room: Clone) -> None:
    for n in range(8):
        results = _at_once(
            room,
            (
                "person",
                "add",
                f"first-{n}",
                "--name",
                f"First {n}",
                "--email",
                f"first{n}@coastal.example",
                "--role",
                "reporter",
            ),
            (
                "person",
                "add",
                f"second-{n}",
                "--name",
                f"Second {n}",
                "--email",
                f"second{n}@coastal.example",
                "--role",
                "reporter",
            ),
        )
        roster = (room.path / "newsroom.yaml").read_text()
        added = [r for r in results if r.code == 0]
        for result in results:
            assert result.code in (0, 1), result.text
        assert roster.count(f"-{n}\n") == len(added), (roster, [r.text for r in results])


def test_two_image_adds_at_once_list_both(room: Clone, tmp_path: Path) -> None:
    from tests.test_images import SLUG, _filed, _front, png

    _filed(room)
    for n in range(8):
        commands = []
        for who in ("first", "second"):
            photo = tmp_path / f"{who}-{n}.png"
            photo.write_bytes(png(2 + n + (who == "second")))
            commands.append(
                (
                    "image",
                    SLUG,
                    "add",
                    str(photo),
                    "--caption",
                    f"Crews at the seawall {who} {n}.",
                    "--credit",
                    "Samir Khan/Coastal Daily Press",
                    "--alt",
                    "Crews.",
                )
            )
        results = _at_once(room, *commands)
        listed = [image["file"] for image in _front(room)["images"]]
        for result, who in zip(results, ("first", "second"), strict=True):
            assert result.code in (0, 1), result.text
            if result.code == 0:
                assert f"media/{who}-{n}.png" in listed, (listed, result.text)
        assert room.git("status", "--porcelain") == ""


def test_image_add_refuses_a_name_that_differs_only_in_case(room: Clone, tmp_path: Path) -> None:
    from tests.test_images import SLUG, _filed, png

    _filed(room)
    first = tmp_path / "crowd.png"
    first.write_bytes(png(3))
    second = tmp_path / "other.png"
    second.write_bytes(png(4))
    args = ("--caption", "Crews at the seawall.", "--credit", "Samir Khan/Coastal", "--alt", "x")
    assert room.run("image", SLUG, "add", str(first), *args).code == 0
    before = snapshot(room.path)
    result = room.run("image", SLUG, "add", str(second), "--name", "CROWD.png", *args)
    refused(result)
    assert snapshot(room.path) == before


def test_file_gives_images_names_that_differ_by_more_than_case(room: Clone, tmp_path: Path) -> None:
    from tests.test_images import png

    for folder, width in (("lower", 3), ("UPPER", 4)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ("photo.png" if folder == "lower" else "PHOTO.png")).write_bytes(
            png(width)
        )
    body = "<p>" + "The council voted on Tuesday to approve the seawall plan. " * 20 + "</p>"
    figures = "".join(
        f'<figure><img src="{src}" alt="Crews."><figcaption>Crews at the seawall {n}. '
        "(Photo: Samir Khan/Coastal)</figcaption></figure>"
        for n, src in enumerate(("lower/photo.png", "UPPER/PHOTO.png"))
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Harbor council approves seawall plan</h1><p>By Rosa Torres</p>"
        f"{body}{figures}</body></html>"
    )
    result = room.run("file", str(page), "--slug", "harbor-seawall")
    assert result.code in (0, 1), result.text
    names = [p.name.casefold() for p in (room.story_dir("harbor-seawall") / "media").iterdir()]
    assert len(names) == 2 and len(set(names)) == 2, names


@pytest.mark.parametrize("name", ["", "   "])
@pytest.mark.parametrize("command", ["add", "edit"])
def test_person_with_a_blank_name_is_refused(room: Clone, command: str, name: str) -> None:
    before = snapshot(room.path)
    if command == "add":
        args = (
            "person",
            "add",
            "jdoe",
            "--name",
            name,
            "--email",
            "jdoe@coastal.example",
            "--role",
            "reporter",
        )
    else:
        args = ("person", "edit", "mchen", "--name", name)
    refused(room.run(*args))
    assert snapshot(room.path) == before


def test_person_name_with_a_line_break_stays_on_one_line(room: Clone) -> None:
    before = snapshot(room.path)
    result = room.run(
        "person",
        "add",
        "jdoe",
        "--name",
        "Jane\nDoe",
        "--email",
        "jdoe@coastal.example",
        "--role",
        "reporter",
    )
    if result.code == 2:
        refused(result)
        assert snapshot(room.path) == before
        return
    assert result.code == 0, result.text
    listed = room.run("person", "list")
    rows = [line for line in listed.out.splitlines() if "jdoe@coastal.example" in line]
    assert rows and ("Jane Doe" in rows[0] or "Jane\\nDoe" in rows[0]), listed.out


def test_file_too_long_for_a_story_names_the_document(room: Clone, tmp_path: Path) -> None:
    document = tmp_path / "long-draft.txt"
    document.write_text(
        "Harbor council approves seawall plan\n\n"
        + "The council voted on Tuesday to approve the plan. " * 60_000
    )
    before = snapshot(room.path)
    result = room.run("file", str(document), "--slug", "harbor-seawall")
    refused(result)
    assert str(document) in result.err, result.err
    assert snapshot(room.path) == before


@pytest.mark.parametrize(
    ("command", "kind"), [("file", "folder"), ("file", "fifo"), ("image", "fifo")]
)
def test_a_path_that_is_no_plain_file_is_called_what_it_is(
    room: Clone, tmp_path: Path, kind: str, command: str
) -> None:
    from tests.test_images import SLUG, _filed

    _filed(room)
    path = tmp_path / ("draft.txt" if command == "file" else "photo.png")
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    before = snapshot(room.path)
    if command == "file":
        result = room.run("file", str(path))
    else:
        result = room.run(
            "image",
            SLUG,
            "add",
            str(path),
            "--caption",
            "Crews at work.",
            "--credit",
            "Samir Khan/Coastal",
            "--alt",
            "Crews.",
        )
    refused(result)
    assert "no such file" not in result.err and "does not exist" not in result.err, result.err
    assert snapshot(room.path) == before


def test_filed_images_without_a_file_get_a_command_that_runs(room: Clone, tmp_path: Path) -> None:
    body = "<p>" + "The council voted on Tuesday to approve the seawall plan. " * 20 + "</p>"
    figures = "".join(
        f'<figure><img src="https://cdn.example/{n}.jpg" alt="Crews."><figcaption>Crews at the '
        f"seawall {n}.</figcaption></figure>"
        for n in range(2)
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Harbor council approves seawall plan</h1><p>By Rosa Torres</p>"
        f"{body}{figures}</body></html>"
    )
    assert room.run("file", str(page), "--slug", "harbor-seawall").code in (0, 1)
    assert room.git("status", "--porcelain") == ""
    result = room.run("check", "harbor-seawall", "--stage", "draft", "--format", "json")
    suggested = [
        f["message"]
        for f in json.loads(result.out)["findings"]
        if "newsroom image harbor-seawall edit" in f["message"]
    ]
    assert suggested, result.out
    for message in suggested:
        assert "edit  " not in message and "edit --" not in message, message


def test_an_image_linked_inside_its_folder_is_judged_the_same_by_signoff_and_verify(
    tmp_path: Path, env: dict[str, str]
) -> None:
    from tests.workflow.conftest import SLUG, make_team, signed_through

    team = make_team(tmp_path, env)
    rosa = team.reporter
    media = rosa.story_dir(SLUG) / "media"
    (media / "real.png").write_bytes((media / "crews.png").read_bytes())
    (media / "crews.png").unlink()
    os.symlink("real.png", media / "crews.png")
    rosa.commit_all("the photo under its real name")
    assert rosa.run("sync").code == 0
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    result = lena.run("advance", SLUG, "--note", "claims verified")
    assert result.code in (0, 1, 2), result.text
    if result.code == 0:
        verified = lena.run("verify")
        assert verified.code == 0, verified.text


def test_image_add_into_a_media_folder_that_links_outside(room: Clone, tmp_path: Path) -> None:
    from tests.test_images import SLUG, _filed, png

    _filed(room)
    outside = tmp_path / "outside"
    outside.mkdir()
    media = room.story_dir(SLUG) / "media"
    for file in media.iterdir():
        file.unlink()
    media.rmdir()
    os.symlink(outside, media)
    room.commit_all("media elsewhere")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png(5))
    before = snapshot(room.path)
    result = room.run(
        "image",
        SLUG,
        "add",
        str(photo),
        "--caption",
        "Crews at work.",
        "--credit",
        "Samir Khan/Coastal",
        "--alt",
        "Crews.",
    )
    refused(result)
    assert "git update-index" not in result.err and "link" in result.err, result.err
    assert snapshot(room.path) == before and not list(outside.iterdir())


def test_file_into_a_stories_folder_that_links_outside(room: Clone, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    room.git("rm", "-rq", "stories")
    os.symlink(outside, room.path / "stories")
    room.commit_all("stories elsewhere")
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Harbor council approves seawall plan\n\nBy Rosa Torres\n\nThe council voted.\n"
    )
    before = snapshot(room.path)
    result = room.run("file", str(draft), "--slug", "harbor-seawall")
    refused(result)
    assert "git update-index" not in result.err and "link" in result.err, result.err
    assert snapshot(room.path) == before and not list(outside.iterdir())


def _big_png(width: int, height: int) -> bytes:
    """A PNG of noise stored uncompressed: megabytes that cannot be shrunk."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    rows = b"".join(b"\x00" + os.urandom(3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 0))
        + chunk(b"IEND", b"")
    )


def test_file_of_a_small_page_cannot_write_unbounded_media(room: Clone, tmp_path: Path) -> None:
    (tmp_path / "big.png").write_bytes(_big_png(3000, 390))
    body = "<p>" + "The council voted on Tuesday to approve the seawall plan. " * 20 + "</p>"
    figures = "".join(
        f'<figure><img src="big.png?v={n}" alt="Crews."><figcaption>Crews at the seawall {n}. '
        "(Photo: Samir Khan/Coastal)</figcaption></figure>"
        for n in range(40)
    )
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><h1>Harbor council approves seawall plan</h1>{body}{figures}</body></html>"
    )
    before = snapshot(room.path)
    result = room.run("file", str(page), "--slug", "harbor-seawall")
    if result.code == 2:
        refused(result)
        assert snapshot(room.path) == before
        return
    assert result.code in (0, 1), result.text
    media = room.story_dir("harbor-seawall") / "media"
    written = sum(p.stat().st_size for p in media.iterdir())
    assert written <= 100 * 1024 * 1024, f"{written / 1024 / 1024:.0f} MB in media/"


def test_file_a_byline_entry_that_is_a_list(room: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\nheadline: Harbor council approves seawall plan\n"
        "byline: [[Rosa Torres, Maria Chen]]\n---\n\nThe council voted on Tuesday.\n"
    )
    before = snapshot(room.path)
    result = room.run("file", str(draft), "--slug", "harbor-seawall")
    if result.code == 2:
        refused(result)
        assert "draft.md:3" in result.err, result.err
        assert snapshot(room.path) == before
        return
    assert result.code in (0, 1), result.text
    story = (room.story_dir("harbor-seawall") / "story.md").read_text()
    assert "['" not in story, story


def test_sync_of_two_roster_adds_from_two_clones(tmp_path: Path, env: dict[str, str]) -> None:
    from tests.workflow.conftest import make_team

    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    assert (
        emeka.run(
            "person",
            "add",
            "jdoe",
            "--name",
            "Jane Doe",
            "--email",
            "jdoe@coastal.example",
            "--role",
            "reporter",
        ).code
        == 0
    )
    assert (
        grace.run(
            "person",
            "add",
            "asmith",
            "--name",
            "Al Smith",
            "--email",
            "asmith@coastal.example",
            "--role",
            "reporter",
        ).code
        == 0
    )
    assert emeka.run("sync").code == 0
    result = grace.run("sync")
    assert result.code == 0, result.text
    roster = (grace.path / "newsroom.yaml").read_text()
    assert "id: jdoe" in roster and "id: asmith" in roster


def test_sync_of_a_claim_added_while_another_is_verified(
    tmp_path: Path, env: dict[str, str]
) -> None:
    from tests.workflow.conftest import SLUG, make_team, signed_through

    team = make_team(tmp_path, env)
    signed_through(team, "fact-check")
    lena, rosa = team.checker, team.reporter
    assert lena.run("sync").code == 0 and rosa.run("sync").code == 0
    assert (
        lena.run(
            "claim", SLUG, "verify", "vote", "--status", "false", "--note", "The minutes say 4-3."
        ).code
        == 0
    )
    assert (
        rosa.run(
            "claim",
            SLUG,
            "add",
            "Mayor Dana Whitfield, who cast the deciding vote",
            "--source",
            "council-minutes",
        ).code
        == 0
    )
    assert lena.run("sync").code == 0
    result = rosa.run("sync")
    assert result.code == 0, result.text
    assert rosa.run("verify").code == 0


def test_sync_never_pushes_a_roster_without_an_editor(tmp_path: Path, env: dict[str, str]) -> None:
    from tests.workflow.conftest import make_team

    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    assert emeka.run("person", "edit", "gbell", "--role", "reporter").code == 0
    assert grace.run("person", "edit", "eokafor", "--role", "reporter").code == 0
    assert emeka.run("sync").code == 0
    result = grace.run("sync")
    assert result.code in (0, 1), result.text
    pushed = grace.git("show", "origin/main:newsroom.yaml")
    assert re.search(r"roles: \[(editor|.*, editor)[,\]]", pushed), pushed
    assert grace.run("verify").code == 0 or result.code == 1


def test_sync_catches_a_signoff_whose_signer_lost_the_role(
    tmp_path: Path, env: dict[str, str]
) -> None:
    from tests.workflow.conftest import SLUG, make_team, signed_through

    team = make_team(tmp_path, env)
    signed_through(team, "fact-check")
    emeka, lena = team.editor, team.checker
    assert emeka.run("sync").code == 0 and lena.run("sync").code == 0
    # `person edit` refuses this while her verdicts count; an editor may still change the
    # roster in git by hand, and verify accepts it from an editor
    config = emeka.path / "newsroom.yaml"
    data = yaml.safe_load(config.read_text())
    for person in data["people"]:
        if person["id"] == "lpark":
            person["roles"] = ["reporter"]
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    emeka.commit_all("newsroom: lpark is a reporter now")
    assert lena.run("advance", SLUG, "--note", "claims verified").code == 0
    assert emeka.run("sync").code == 0
    result = lena.run("sync")
    assert result.code in (0, 1), result.text
    if result.code == 0:
        verified = lena.run("verify")
        assert verified.code == 0, verified.text


@pytest.mark.parametrize(
    ("command", "email"),
    [
        ("add", "jdoe@coastal.example\nother@coastal.example"),
        ("add", "<jdoe@coastal.example>"),
        ("edit", "nope"),
        ("edit", "a b c"),
    ],
)
def test_person_email_that_git_cannot_have_is_refused(
    room: Clone, command: str, email: str
) -> None:
    before = snapshot(room.path)
    if command == "add":
        args = (
            "person",
            "add",
            "jdoe",
            "--name",
            "Jane Doe",
            "--email",
            email,
            "--role",
            "reporter",
        )
    else:
        args = ("person", "edit", "skhan", "--email", email)
    refused(room.run(*args))
    assert snapshot(room.path) == before


@pytest.mark.parametrize(
    "when",
    [
        "2030-03-10 02:30 America/New_York",  # clocks skip 2:00-3:00
        "2030-11-03 01:30 America/New_York",
    ],
)  # 1:00-2:00 twice
def test_embargo_at_a_time_the_zone_skips_or_repeats(room: Clone, when: str) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("a story")
    before = snapshot(room.path)
    result = room.run("embargo", "harbor-seawall", "set", when)
    refused(result)
    assert snapshot(room.path) == before


def test_person_signing_key_held_by_another_is_refused(room: Clone, tmp_path: Path) -> None:
    key = tmp_path / "lena_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "lena", "-f", str(key)],
        check=True,
        capture_output=True,
    )
    public = key.with_suffix(".pub").read_text().strip()
    assert room.run("person", "edit", "lpark", "--signing-key", public).code == 0
    before = snapshot(room.path)
    refused(room.run("person", "edit", "mchen", "--signing-key", public))
    assert snapshot(room.path) == before


@pytest.mark.xfail(
    strict=True,
    reason="file: reusing the slug of a deleted published story makes a commit verify calls forged",
)
def test_file_into_the_slug_of_a_deleted_published_story(
    tmp_path: Path, env: dict[str, str]
) -> None:
    from tests.workflow.conftest import SLUG, make_team, signed_through

    team = make_team(tmp_path, env)
    signed_through(team, "published")
    grace = team.chief
    grace.git("rm", "-rq", f"stories/{SLUG}")
    grace.git("commit", "-qm", "take it down")

    def findings() -> list[str]:
        out = grace.run("verify", "--format", "json").out
        return [f["message"] for f in json.loads(out)["findings"]]

    known = findings()
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Harbor council approves seawall plan\n\nBy Rosa Torres\n\nThe council voted.\n"
    )
    before = snapshot(grace.path)
    result = grace.run("file", str(draft), "--slug", SLUG)
    assert result.code in (0, 1, 2), result.text
    if result.code == 0:
        filed = grace.git("rev-parse", "--short=10", "HEAD")
        assert not [m for m in findings() if m not in known and filed in m], findings()
    else:
        assert snapshot(grace.path) == before


def test_file_a_page_with_a_broken_ipv6_image_url(room: Clone, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Harbor council approves seawall plan</h1>"
        "<p>The council voted on Tuesday to approve the plan.</p>"
        '<figure><img src="http://[::1"><figcaption>Crews at work.</figcaption></figure>'
        "</body></html>"
    )
    before = snapshot(room.path)
    result = room.run("file", str(page), "--slug", "harbor-seawall")
    assert result.code in (0, 1, 2), result.text
    assert "internal error" not in result.text, result.text
    if result.code == 2:
        refused(result)
        assert snapshot(room.path) == before
