# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-first filing round reads right: a community blog's Markdown post, its
cover image given by the front matter and captioned by an italic 'Cover:' line over the
text, and its byline naming the writer and then his group."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft

COVER_POST = """---
title: Pupils map every streetlight in Ashcombe with a phone app
published: false
description: A coding club's weekend project finds one lamp in five out of order
tags: civictech, mapping
cover_image: https://uploads.example.org/articles/lamp-survey-cover.jpg
---

_Cover: Club members check a broken lamp on Quarry Lane on Saturday evening. Photo: Milo Varga_

**By Petra Lindqvist, Ashcombe Code Collective**

Twelve pupils from Ashcombe mapped all 840 streetlights in the town over one weekend, and found that 171 of them did not work.

The club wrote a small phone app that records each lamp's position and a photograph, and sent the list to the council on Monday.

![Two pupils photograph a lamp post](https://uploads.example.org/articles/lamp-post.jpg)
<figcaption>Two pupils photograph a lamp post on the high street. Photo: Milo Varga</figcaption>

The council said it would repair the lamps by the end of April.
"""


def test_a_cover_line_over_the_text_captions_the_front_matter_s_cover_image(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lamps.md", COVER_POST)
    assert [(p.name, p.caption, p.credit) for p in draft.images] == [
        ("lamp-survey-cover.jpg", "Club members check a broken lamp on Quarry Lane on Saturday evening.", "Milo Varga"),
        ("lamp-post.jpg", "Two pupils photograph a lamp post on the high street.", "Milo Varga"),
    ]


def test_a_group_named_after_the_writer_in_the_byline_is_no_writer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lamps.md", COVER_POST)
    assert draft.byline == ("Petra Lindqvist",)
