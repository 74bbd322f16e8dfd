# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-fifth filing round reads right: a story typed in a note app and pasted
into a mail, copied out of a web mail's window: the sender's line with the address and no
'From:' label, the note's 'Edited' stamp, a line for the desk to check, the writer's
signature under a bare '--' with the web mail's line of the mail's files and its buttons
under it."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from tests.helpers import filed_draft

WEB_MAIL = """Ferry story - from my notes app
Inbox

Kofi Mensah <kofi.mensah@coastpost.example>
6:41 PM (3 minutes ago)
to Desk, me

Evening desk, the story below, typed on the boat.

Kofi

Ferry to Ada Foah resumes after three-week halt

By Kofi Mensah

ADA, Greater Accra - The passenger ferry between Ada Foah and the river islands resumed on Monday after a three-week suspension ordered by the district assembly.

The assembly's chief executive, Mrs Abena Tetteh, said the ferry's operator had fitted new life jackets and a second engine before it was allowed to sail again.

"We will not gamble with lives on the river," she said.

To check: life jacket count with the operator (Mr Boateng, 024 000 0000)

Edited 18:36
Stories

--
Kofi Mensah
Correspondent, Ada
The Coast Post
024 000 0001

2 Attachments • Scanned by Gmail
IMG_20260402_101122.jpg
IMG_20260402_101530.jpg

Reply
Forward
"""


def _left(draft: Draft) -> str:
    return "\n".join(draft.paragraphs)


def test_a_web_mail_s_signature_under_a_bare_delimiter_is_no_part_of_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", WEB_MAIL)
    assert draft.headline == "Ferry to Ada Foah resumes after three-week halt"
    body = _left(draft)
    assert "The passenger ferry between Ada Foah" in body
    assert '"We will not gamble with lives on the river," she said.' in body
    chrome = ("Correspondent, Ada", "The Coast Post", "024 000 0001", "2 Attachments", "Forward")
    for line in chrome:
        assert line not in body


def test_a_note_app_s_edited_stamp_and_a_line_for_the_desk_to_check_are_not_the_story(
    tmp_path: Path,
) -> None:
    body = _left(filed_draft(tmp_path, "ferry.txt", WEB_MAIL))
    assert "Edited 18:36" not in body
    assert "To check:" not in body


def test_a_bare_delimiter_in_a_typed_story_with_no_mail_around_it_stays_a_break(
    tmp_path: Path,
) -> None:
    story = (
        "Ferry to Ada Foah resumes\n\nBy Kofi Mensah\n\n"
        "The passenger ferry resumed on Monday after a three-week suspension.\n\n"
        "--\n"
        "Operators on the lagoon say the season has been the worst in a decade.\n"
        "Three boats have been laid up since February.\n"
    )
    body = _left(filed_draft(tmp_path, "ferry.txt", story))
    assert "Three boats have been laid up since February." in body
