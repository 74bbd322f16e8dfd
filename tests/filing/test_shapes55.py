# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-fifth filing round reads right: a correspondent's mail saved from a
webmail's message view, its plain text a line a <br> and wrapped at the width it was sent
at, and the table of its attachments under it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WEBMAIL_MESSAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Harbourside Mail</title></head>
<body>
<table width="100%"><tr><td>Current Folder: <b>INBOX</b></td><td><a href="signout.php">Sign Out</a></td></tr></table>
<table width="100%">
<tr><td align="right"><b>Subject:</b></td><td><b>Ferry fares copy for Friday</b></td></tr>
<tr><td align="right"><b>From:</b></td><td><b>&quot;Tomas Reyes&quot; &lt;t.reyes@harbourside.example&gt;</b></td></tr>
<tr><td align="right"><b>Date:</b></td><td><b>Wed, April 8, 2026 5:10 pm</b></td></tr>
</table>
<table width="100%"><tr><td align="left">
<br />
Ferry fares to the outer quays will rise by a fifth from 1 June<br />
<br />
By Tomas Reyes<br />
<br />
PORT ELLIS - Fares on the council's ferries to the three outer quays will rise by a<br />
fifth from 1 June, the harbour board decided on Wednesday after a vote that split the<br />
board down the middle.<br />
<br />
The chairman, Mr Owen Pryce, cast the deciding vote. He said the ferries had lost<br />
money for four years running and that the board could not ask the council for more.<br />
<br />
Islanders who cross to work every day will be able to buy a monthly pass at the old<br />
price, the board said, but visitors and day-trippers will pay the new fare in full.<br />
<br />
&quot;We are the ones who cannot drive round the bay,&quot; said Mrs Ada Quist, who crosses to<br />
the fish market six mornings a week. &quot;The pass helps, but only if they keep it.&quot;<br />
<br />
ENDS<br />
<br />
--<br />
Tomas Reyes<br />
Harbourside correspondent<br />
</td></tr></table>
<table width="100%"><tr><td><b>Attachments:</b></td></tr>
<tr><td><a href="download.php?ent_id=2">quay_morning.jpg</a></td><td><small><b>1.1&nbsp;M</b></small></td><td><small>[ image/jpeg ]</small></td><td><small><a href="download.php?ent_id=2">Download</a> | <a href="image.php?ent_id=2">View</a></small></td></tr>
<tr><td><a href="download.php?ent_id=3">ticket_office.jpg</a></td><td><small><b>860&nbsp;k</b></small></td><td><small>[ image/jpeg ]</small></td><td><small><a href="download.php?ent_id=3">Download</a> | <a href="image.php?ent_id=3">View</a></small></td></tr>
</table>
</body></html>
"""


def test_a_webmail_s_plain_text_mail_is_read_with_its_wrapped_paragraphs_joined(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "fares.html", WEBMAIL_MESSAGE)
    assert draft.headline == "Ferry fares to the outer quays will rise by a fifth from 1 June"
    assert draft.byline == ("Tomas Reyes",)
    assert draft.dateline == "PORT ELLIS"
    assert draft.paragraphs[0] == (
        "PORT ELLIS - Fares on the council's ferries to the three outer quays will rise by a "
        "fifth from 1 June, the harbour board decided on Wednesday after a vote that split the "
        "board down the middle."
    )
    assert draft.paragraphs[3].startswith('"We are the ones who cannot drive round the bay,"')
    assert draft.paragraphs[3].endswith('"The pass helps, but only if they keep it."')
    assert len(draft.paragraphs) == 4


def test_a_webmail_s_table_of_attachments_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.html", WEBMAIL_MESSAGE)
    assert draft.images == ()
    text = body_text(draft)
    for furniture in ("image/jpeg", "Download | View", "860 k", "Ferry fares copy for Friday"):
        assert furniture not in text


FRENCH_SITE_COPY = """Aller au contenu principal
Le Courrier du Lac
Se connecter
S'abonner
Accueil
Région
Économie
Sports
In English
Rechercher
IN ENGLISH | REGION
Lake ferries: the canton will buy two electric boats by 2028
The boats will replace the diesel ferries on the northern crossing; fares will not change, the transport office says
By Marc Vuillemin, in Lausanne
Publié le 14/04/2026 à 09h15 | Mis à jour le 14/04/2026 à 11h40
Écouter cet article
Partager :
Facebook
WhatsApp
Copier le lien
LAUSANNE – The canton will buy two electric ferries for the northern crossing of the lake by 2028, its transport office said on Monday, ending forty years of diesel boats on the route.

The two boats will cost 31 million francs, a third of it paid by the federal government, and will carry 300 passengers each.

À lire aussi : Genève : les bateaux de la CGN en grève samedi

"The crossing is the busiest on the lake, and the cleanest boats should run where most people travel," said the head of the transport office, Mrs Claire Dubois.

Publicité

Fares will not change, the office said, and the diesel boats will be kept in reserve for the summer.

Mots-clés :
transports
Commentaires (2)
Paul G.
il y a 3 heures
Finally some good news for the lake.
Répondre
Laisser un commentaire
Vous devez être connecté pour publier un commentaire.
Recevez notre newsletter
Votre adresse e-mail
Je m'inscris
Mentions légales
Politique de confidentialité
Tout accepter
Tout refuser
"""


def test_a_french_site_s_furniture_around_a_story_in_english_is_left_out(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferries.txt", FRENCH_SITE_COPY)
    assert draft.dateline == "LAUSANNE"
    assert draft.paragraphs[0].startswith("LAUSANNE – The canton will buy")
    assert any(p.startswith("Fares will not change") for p in draft.paragraphs)
    text = body_text(draft)
    for furniture in (
        "Publié le", "Écouter cet article", "Partager", "Copier le lien", "À lire aussi",
        "Publicité", "Commentaires", "il y a 3 heures", "Finally some good news",
        "Répondre", "Laisser un commentaire", "Vous devez être connecté", "Recevez notre",
        "Je m'inscris", "Mentions légales", "Tout accepter",
    ):
        assert furniture not in text


def test_a_headline_that_names_its_topic_before_a_colon_is_the_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferries.txt", FRENCH_SITE_COPY)
    assert draft.headline == "Lake ferries: the canton will buy two electric boats by 2028"
    assert draft.dek.startswith("The boats will replace the diesel ferries")


def test_a_byline_with_the_writer_s_place_after_a_comma_names_the_writer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferries.txt", FRENCH_SITE_COPY)
    assert draft.byline == ("Marc Vuillemin",)


LUME_POST = """---
layout: layouts/article.vto
templateEngine: [vento, md]
title: Allotment society wins its lease for another ten years
description: The council agreed a new lease after members collected 1,200 signatures
date: 2026-05-02
author:
  - Nina Hale
---

{{# NH: waiting on the council to confirm the rent figure. Hold until
    Monday. #}}

{{ comp.figure({
  src: "/img/2026/allotments/gate.jpg",
  alt: "The allotment gate with its hand-painted sign",
  caption: "The gate on Mill Lane, where the society has gardened since 1952.",
  credit: "Owen Carr"
}) }}

**MILL LANE** — The allotment society on Mill Lane will keep its 140 plots for another ten years after the council agreed a new lease on Thursday.

Members had collected 1,200 signatures against a plan to sell the land for housing.

{{ comp.pullquote({ text: "We grew through the war and we will grow through this.", by: "Ruth Ames" }) }}

"We grew through the war and we will grow through this," said the society's secretary, Ruth Ames.

{{ include "partials/donate-box.vto" }}

## Elsewhere in town

{{ for item of search.pages("town", "date=desc", 3) }}
- [{{ item.title }}]({{ item.url }})
{{ /for }}
"""


def test_a_lume_post_s_vento_comment_is_a_note_to_the_desk_and_its_figure_a_picture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "allotments.md", LUME_POST)
    assert draft.dek == "The council agreed a new lease after members collected 1,200 signatures"
    assert draft.dateline == "MILL LANE"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The gate on Mill Lane, where the society has gardened since 1952.",
            "Owen Carr",
            "The allotment gate with its hand-painted sign",
        )
    ]
    text = body_text(draft)
    assert text.startswith("MILL LANE — The allotment society")
    for furniture in ("waiting on the council", "comp.", "include", "Elsewhere in town", "{{"):
        assert furniture not in text
    assert '"We grew through the war and we will grow through this," said' in text


MOVABLE_TYPE_ENTRY = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="description" content="Walks, birds and weather on the north shore">
<title>Terns return to the spit early - Shore Notes</title>
<meta property="og:title" content="Terns return to the spit early" /></head>
<body><div id="container"><div id="banner">
<h1 id="banner-header"><a href="/">Shore Notes</a></h1>
<h2 id="banner-description">Walks, birds and weather on the north shore</h2>
</div>
<div id="pagebody"><div id="alpha">
<h2 class="date-header">Sunday, 12 April 2026</h2>
<div class="entry" id="entry-4471">
<h3 class="entry-header">Terns return to the spit early</h3>
<div class="entry-content"><div class="entry-body">
<p>The first little terns were back on the shingle spit on Thursday, nine days earlier than last year and the earliest in the twenty years I have kept a notebook.</p>
<p>I counted fourteen birds at high tide, most of them already calling over the fenced area the wardens put up in March.</p>
<p>The wardens will close the spit path from Saturday until the chicks have fledged, usually by the end of July.</p>
</div></div>
<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by Helen Marsh on 12 April 2026 at 08:15 AM in Birds</span> <span class="separator">|</span> <a class="permalink" href="/2026/04/terns.html">Permalink</a></p></div>
</div>
<div class="comments"><h3 class="comments-header">Comments</h3>
<div class="comment"><div class="comment-content"><p>Saw them too, lovely news.</p></div>
<p class="comment-footer">Posted by: <a href="#">Peter Lowe</a> | 12 April 2026 at 10:02 AM</p></div>
</div>
</div></div></div></body></html>
"""


def test_a_blog_s_post_footer_names_the_writer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "terns.html", MOVABLE_TYPE_ENTRY)
    assert draft.headline == "Terns return to the spit early"
    assert draft.byline == ("Helen Marsh",)
    assert "Posted by" not in body_text(draft)


def test_a_blog_s_tagline_under_its_name_is_no_dek_of_the_post(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "terns.html", MOVABLE_TYPE_ENTRY)
    assert draft.dek == ""
    assert "Walks, birds and weather" not in body_text(draft)


COPYRIGHT_CREDITS = """Harbour board raises ferry fares by a fifth
Islanders will keep a monthly pass at the old price, but visitors will pay the new fare
By Tomas Reyes

The morning ferry leaves the north quay on Wednesday. © Harbourside Ferries
PORT ELLIS – Fares on the council's ferries will rise by a fifth from 1 June, the harbour board decided on Wednesday.

The chairman cast the deciding vote after a long debate on the ferries' losses.

Passengers queue at the ticket office (archive photo). Photo © Ada Quist
Islanders who cross every day will keep a monthly pass at the old price, the board said.

© 2026 The Harbourside Post. All rights reserved.
"""


def test_a_caption_s_credit_after_the_copyright_sign_is_its_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.txt", COPYRIGHT_CREDITS)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The morning ferry leaves the north quay on Wednesday.", "Harbourside Ferries"),
        ("Passengers queue at the ticket office (archive photo).", "Ada Quist"),
    ]
    text = body_text(draft)
    assert "All rights reserved" not in text
    assert "Islanders who cross every day" in text
