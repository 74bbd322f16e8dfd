"""Holes an attacker and a careless new user found in the ninetieth pass, aimed at the
commands around the stages (file, new, image, source, embargo, edit, the board and the
site) rather than verify's replay. Each test drives the real command against a real git
repository and was seen to fail before its fix.

Holes:

- An image whose 'file' names a folder ('file: media', written by hand) stopped `check`,
  `check --all`, `show` and `image list` with an internal error, exit 3, once the story was
  past its fact-check (the content hash reads every image's bytes) or at once (`image list`
  reads their size): a folder is no image, as a missing file is none.
- `embargo set 9999-12-31T23:59-05:00` (a time past the last moment the calendar holds, in
  UTC) was refused as 'the front matter is written in a way newsroom cannot edit safely',
  sending the person to a story.md that was fine: the time is refused for what it is.
- `new --byline ''` and `file --byline ''` filed a story whose byline is an empty name.
- `file --desk` and `file --type`, and `new --type`, took a line break or a control
  character (`new --desk` refuses them): the desk and type are one line of plain text.
- `source add --url 'https://...\\n'` (a link pasted with its line end) passed the one-line
  rule, which read the value stripped, and wrote the line break into sources.yaml; so did
  the affiliation and contact, and `source edit`; `credit add --note` wrote its line end
  too, and printed a name's on a line of its own.
- `image add` and `image edit` took a caption, credit, alt text or rights note holding a
  terminal escape or another control character (a line break is made a space), which the
  published page then carried: source and credit fields refuse them, and so do these.
- `claim add --note`, `claim edit --note`, `claim verify --note` and `claim waive --reason`
  took a terminal escape, where `correct --note` and a credit's note refuse one; `claim add`
  also kept a note's line end.
- `new SLUG` and `file --slug SLUG` over a story deleted by hand and not committed (rm -r,
  or git rm -r) wrote a "new story" commit over the story history still held, keeping in it
  the old story's other files (its source/, its pictures), which the working tree then showed
  as deleted: a published story so became a draft with its old files. The slug is refused
  until the deletion is committed or the story brought back.
- `new con` (or nul, prn, aux, com1-9, lpt1-9), and `file` of a story headed 'Con', made a
  story folder Windows keeps for a device: every clone on Windows then failed to check the
  newsroom out. A new story may not take such a slug; one already in the newsroom is still
  read. `image add --name con` (or nul.png) was taken too, and `file con.txt` kept the
  original as source/con.txt: the image is refused, the original kept as original.txt.
- `image add --name` with a name of 300 characters (or a file so named) stopped with an
  internal error, exit 3 (the file system's 'File name too long'): a name in media/ is at
  most 100 characters.

Held: `file` of an empty file, random bytes, a folder, a symlink loop, a fifo, /dev/zero,
/proc/self/environ, a .docx that is no zip or a zip of a text file, UTF-16 and a page saved
as ISO-8859-1 or KOI8-R (read as such), a Shift-JIS file (refused as holding no story), a
document over the size a story keeps; --slug '../x', 'CON', 'a--b', 81 letters, an existing
slug, a folder or file or link already under stories/. SIGINT and SIGTERM sent to `file`
at seven moments of a 1.5 MB filing: nothing or the whole story committed, the tree clean,
no lock or journal left. `embargo set` with no zone, an impossible day, 25:00, +25:00, a
second 60, a year 10000, a zone not known, a time the clocks skip or show twice, the past;
hand-written embargoes as a YAML date, a timestamp, a quoted time with a comment, each
cleared and set again. `image add` of a text file named .jpg, a folder, a device, a fifo, a
lone PNG signature, an empty file; `image edit` by 0, -1, a number past the list, '1.5',
'../story.md', a name in another case; images written by hand as a string, a list of
strings, nulls, a caption as a list, a file leading out of the folder (never read nor
deleted by `image remove`). Story files by hand: duplicated keys, a tab as indent, a BOM,
CRLF with a BOM and comments, flow lists, a tab after the colon, a '...' end, no final line
break, quoted keys, an alias; side files with a BOM, CRLF and comments edited by `credit`
(comments kept); a claim's status in capitals, checked_by and verified_hash as numbers, a
date as a claim id, an id twice, sources as a string. A story folder with story.md missing,
a side file that is a folder or a link, sources.yaml deleted. Terminal escapes in a
headline, a dek, a commit's subject and author (history, status, show), a media file's
name; a headline of 300,000 characters on the board. `build --out` at newsroom.yaml, the
repository, stories/, .git/, /, /proc/self, a file, and through links into stories/ and
.git/hooks; `--base-url` with a quote or ftp:; `export --out` at a story file, a hook,
/dev/full, a missing folder. `edit` with no editor, a missing one, one that fails, removes
the file, leaves a folder, writes bytes that are not UTF-8, or sends SIGINT; `correct`,
`return`, `kill` and `advance` notes with an escape or a trailer on a second line. `sync`
with both clones editing one line (refused, nothing changed), with a remote whose hook
refuses (its message escaped), SIGINT while the push waits on the remote, a stale
index.lock or branch lock (named, with the way to remove it); `new` of one slug in two
clones (the second sync refused, both commits kept).

Left open:

- `embargo clear` of a story whose embargo was written by hand as no time ('[2030-01-01]')
  is refused with the line to fix, as every command is: the way out is an edit by hand.
- Two clones that each file a new story under the same slug are told at `sync` that their
  commits 'change the same lines' and to resolve it with 'git pull --rebase', which does
  not say that the slug is taken on the remote.
- `file` of a symlink loop says the document 'does not exist'.
- A story.md saved with classic Mac line ends (CR alone) is read as having no front matter.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.helpers import Clone, snapshot
from tests.site.conftest import SLUG, file_story, sign_through


def _front(room: Clone, slug: str) -> dict[str, object]:
    text = (room.story_dir(slug) / "story.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(front, dict)
    return front


def _refused(room: Clone, *args: str) -> str:
    """The one line a command refuses with, having changed nothing."""
    before = snapshot(room.path)
    result = room.run(*args)
    assert result.code == 2, (args, result.text)
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text
    assert snapshot(room.path) == before, args
    return result.err


def test_an_image_file_that_is_a_folder_is_no_image(room: Clone) -> None:
    file_story(room, SLUG)
    sign_through(room, SLUG, publish=False)  # at publish: the content hash reads the images
    story_md = room.story_dir(SLUG) / "story.md"
    story_md.write_text(
        story_md.read_text(encoding="utf-8").replace("file: media/crews.png", "file: media"),
        encoding="utf-8",
    )
    room.commit_all("images by hand")
    for args in (
        ("check", SLUG),
        ("check", "--all", "--format", "json"),
        ("show", SLUG),
        ("image", SLUG, "list"),
    ):
        result = room.run(*args)
        assert result.code in (0, 1), (args, result.text)
        assert "internal error" not in result.text, (args, result.text)
    assert "'media' does not exist" in room.run("check", SLUG, "--stage", "draft").out


def test_an_embargo_past_the_calendar_is_refused_for_its_time(room: Clone) -> None:
    room.write_story(SLUG)
    room.commit_all("file")
    err = _refused(room, "embargo", SLUG, "set", "9999-12-31T23:59-05:00")
    assert "front matter" not in err, err
    assert "9999-12-31T23:59-05:00" in err and err.count("\n") == 1, err


def test_an_empty_byline_name_is_refused(room: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Harbor council votes on the seawall\n\n"
        + " ".join(["The council voted on the seawall on Tuesday."] * 40)
        + "\n",
        encoding="utf-8",
    )
    for args in (
        ("new", "harbor-vote", "--headline", "Harbor council votes", "--byline", ""),
        ("new", "harbor-vote", "--headline", "Harbor council votes", "--byline", "  "),
        ("file", str(draft), "--byline", ""),
        ("file", str(draft), "--byline", "rtorres", "--byline", " "),
    ):
        assert "byline" in _refused(room, *args), args


def test_file_and_new_refuse_a_desk_or_type_of_more_than_one_line(
    room: Clone, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Harbor council votes on the seawall\n\n"
        + " ".join(["The council voted on the seawall on Tuesday."] * 40)
        + "\n",
        encoding="utf-8",
    )
    for args in (
        ("file", str(draft), "--desk", "metro\nstage: published"),
        ("file", str(draft), "--desk", "\x1b[31mmetro"),
        ("file", str(draft), "--type", "news\nstage: published"),
        ("new", "harbor-vote", "--headline", "Harbor council votes", "--type", "news\x1b[2J"),
    ):
        assert "line break or a control character" in _refused(room, *args), args


def test_a_source_field_pasted_with_its_line_end_is_written_on_one_line(room: Clone) -> None:
    room.write_story(SLUG)
    room.commit_all("file")
    result = room.run(
        "source", SLUG, "add", "minutes", "Council minutes", "--kind", "document",
        "--url", "https://harborcity.example/minutes\n", "--affiliation", " City clerk\n",
    )
    assert result.code == 0, result.text
    result = room.run("source", SLUG, "edit", "minutes", "--contact", "clerk@harborcity.example\n")
    assert result.code == 0, result.text
    sources = yaml.safe_load((room.story_dir(SLUG) / "sources.yaml").read_text())["sources"]
    entry = next(s for s in sources if s["id"] == "minutes")
    assert entry["url"] == "https://harborcity.example/minutes", entry
    assert entry["affiliation"] == "City clerk", entry
    assert entry["contact"] == "clerk@harborcity.example", entry


def test_a_credit_note_pasted_with_its_line_end_is_written_on_one_line(room: Clone) -> None:
    room.write_story(SLUG)
    room.commit_all("file")
    result = room.run(
        "credit", SLUG, "add", "Ann Lee\n", "--role", "editing", "--note", "desk help\n"
    )
    assert result.code == 0, result.text
    assert "credited Ann Lee for editing" in result.out, result.out
    credits = yaml.safe_load((room.story_dir(SLUG) / "credits.yaml").read_text())
    entry = next(c for c in credits["contributors"] if c["name"] == "Ann Lee")
    assert entry["note"] == "desk help", entry


def test_an_image_caption_credit_or_alt_with_a_control_character_is_refused(
    room: Clone, tmp_path: Path
) -> None:
    room.write_story(SLUG)
    room.commit_all("file")
    photo = tmp_path / "crews.png"
    photo.write_bytes((room.story_dir(SLUG) / "media" / "crews.png").read_bytes())
    fields = {
        "--caption": "Crews survey the waterfront in Harbor City on Tuesday.",
        "--credit": "Samir Khan/Coastal Daily Press",
        "--alt": "Two workers measure a wall.",
    }
    for field in (*fields, "--rights"):
        hostile = {**fields, field: "Crews\x1b[2J survey the wall\x07."}
        args = [a for pair in hostile.items() for a in pair]
        err = _refused(room, "image", SLUG, "add", str(photo), "--name", "new", *args)
        assert "control character" in err, (field, err)
        err = _refused(room, "image", SLUG, "edit", "1", field, "Crews\x1b]8;;x\x07 here.")
        assert "control character" in err, (field, err)
    result = room.run("image", SLUG, "edit", "1", "--alt", "Two workers\nmeasure a wall.")
    assert result.code == 0, result.text  # a line break is a space, as before
    assert _front(room, SLUG)["images"][0]["alt"] == "Two workers measure a wall."  # type: ignore[index]


def test_a_slug_windows_keeps_for_a_device_is_refused(room: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Con\n\n" + " ".join(["The council voted on the seawall on Tuesday."] * 40) + "\n",
        encoding="utf-8",
    )
    for args in (
        ("new", "con", "--headline", "Harbor council votes"),
        ("new", "lpt1", "--headline", "Harbor council votes"),
        ("file", str(draft)),  # the slug from the headline, 'Con'
        ("file", str(draft), "--slug", "nul"),
    ):
        assert "Windows" in _refused(room, *args), args
    assert room.run("new", "aux-cable", "--headline", "Harbor council votes").code == 0


def test_a_claim_note_or_waiver_reason_with_a_control_character_is_refused(room: Clone) -> None:
    room.act_as("rtorres").write_story(SLUG)
    room.commit_filing(SLUG, "file")
    escape = "checked against the minutes\x1b[2J"
    err = _refused(
        room, "claim", SLUG, "add", "from the Pelican Street pier", "--source", "whitfield",
        "--note", escape,
    )
    assert "control character" in err, err
    assert "control character" in _refused(room, "claim", SLUG, "edit", "vote", "--note", escape)
    room.act_as("lpark")
    err = _refused(room, "claim", SLUG, "verify", "vote", "--status", "verified", "--note", escape)
    assert "control character" in err, err
    err = _refused(room, "claim", SLUG, "waive", "three years", "--reason", escape)
    assert "control character" in err, err
    result = room.run("claim", SLUG, "edit", "vote", "--note", "read in the minutes\n")
    assert result.code == 0, result.text
    claims = yaml.safe_load((room.story_dir(SLUG) / "factcheck.yaml").read_text())["claims"]
    assert next(c for c in claims if c["id"] == "vote")["note"] == "read in the minutes"


def test_a_story_deleted_but_not_committed_is_not_filed_over(room: Clone, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Harbor council votes on the seawall\n\n"
        + " ".join(["The council voted on the seawall on Tuesday."] * 40)
        + "\n",
        encoding="utf-8",
    )
    room.write_story(SLUG)
    room.commit_all("file")
    for staged in (False, True):
        room.git("rm", "-r", "-q", f"stories/{SLUG}")
        if not staged:
            room.git("reset", "-q", "--", f"stories/{SLUG}")  # deleted by hand, not staged
        for args in (
            ("new", SLUG, "--headline", "Harbor council votes"),
            ("file", str(draft), "--slug", SLUG),
        ):
            err = _refused(room, *args)
            assert "deletion is not committed" in err, (staged, args, err)
        room.git("reset", "-q", "--hard")


def test_an_image_name_too_long_or_kept_by_windows_is_refused(room: Clone, tmp_path: Path) -> None:
    room.write_story(SLUG)
    room.commit_all("file")
    photo = tmp_path / "crews.png"
    photo.write_bytes((room.story_dir(SLUG) / "media" / "crews.png").read_bytes())
    words = ("--caption", "Crews at work.", "--credit", "Samir Khan/Coastal Daily Press",
             "--alt", "Two workers.")
    for name, said in (("a" * 300 + ".png", "too long"), ("con", "Windows"),
                       ("NUL.png", "Windows"), ("lpt1.old.png", "Windows")):
        err = _refused(room, "image", SLUG, "add", str(photo), "--name", name, *words)
        assert said in err and err.count("\n") == 1, (name, err)
    long_file = tmp_path / ("b" * 250 + ".png")
    long_file.write_bytes(photo.read_bytes())
    assert "too long" in _refused(room, "image", SLUG, "add", str(long_file), *words)
    assert room.run("image", SLUG, "add", str(photo), "--name", "console.png", *words).code == 0


def test_a_document_named_as_a_windows_device_is_kept_under_another_name(
    room: Clone, tmp_path: Path
) -> None:
    draft = tmp_path / "con.txt"
    draft.write_text(
        "Harbor council votes on the seawall\n\n"
        + " ".join(["The council voted on the seawall on Tuesday."] * 40)
        + "\n",
        encoding="utf-8",
    )
    result = room.run("file", str(draft))
    assert result.code in (0, 1), result.text
    kept = room.story_dir("harbor-council-votes-on-the-seawall") / "source"
    assert sorted(p.name for p in kept.iterdir()) == ["filing-report.md", "original.txt"]
