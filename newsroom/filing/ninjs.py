"""A wire item in IPTC's ninjs, the JSON a wire system's content API serves, saved as text.

The item is one JSON object: its 'headline', its 'description_text' (the dek), its 'byline'
and 'authors', and its story in 'body_html', the HTML the wire wrote. Pictures come in
'associations': 'featuremedia' is the story's lead picture, and a picture placed inside the
body is marked there by the comments a Superdesk-style system writes around it ('<!-- EMBED
START Image {id: "editor_1"} -->'), its caption, credit and alt given by the association of
that id. Every other field (the item's ids, slugline, editor's note, sign-off, usage terms,
subjects, the authors' biographies) is about the item, not in the story.

The item is read as the page it stands for: its headline, dek, byline and pictures set in
HTML around its body, which the web reader then reads as any page.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any, Final

# the fields that tell a ninjs item from any other JSON: a story with a body in HTML or text
_BODY_FIELDS: Final = ("body_html", "body_text")
_EMBED: Final = re.compile(
    r"<!--\s*EMBED START \w+ \{\s*id:\s*\"(?P<id>[^\"]+)\"\s*\}\s*-->.*?"
    r"<!--\s*EMBED END \w+ \{\s*id:\s*\"(?P=id)\"\s*\}\s*-->",
    re.S,
)


def ninjs_item(text: str) -> dict[str, Any] | None:
    """The ninjs item the text holds, or None: a JSON object with a headline, a body and
    the 'type' or 'uri' every ninjs item carries."""
    stripped = text.lstrip("\ufeff").strip()
    if not stripped.startswith("{") or '"headline"' not in stripped[:100_000]:
        return None
    try:
        item = json.loads(stripped)
    except ValueError:
        return None
    if not isinstance(item, dict) or not isinstance(item.get("headline"), str):
        return None
    if not any(isinstance(item.get(f), str) and item[f].strip() for f in _BODY_FIELDS):
        return None
    return item if ("uri" in item or "guid" in item) and "type" in item else None


def ninjs_page(item: dict[str, Any]) -> str:
    """The page a ninjs item stands for: headline, dek, byline, lead picture and body."""
    associations = item.get("associations")
    pictures = associations if isinstance(associations, dict) else {}
    parts = [f"<h1>{escape(_string(item, 'headline'))}</h1>"]
    if dek := _string(item, "description_text"):
        parts.append(f'<p class="dek">{escape(dek)}</p>')
    if byline := _string(item, "byline"):
        by = byline if byline.lower().startswith("by ") else f"By {byline}"
        parts.append(f'<p class="byline">{escape(by)}</p>')
    lead = pictures.get("featuremedia")
    if isinstance(lead, dict):
        parts.append(_figure(lead))
    body = item.get("body_html")
    if isinstance(body, str) and body.strip():
        body = _EMBED.sub(lambda m: _embedded(pictures.get(m.group("id"))), body)
    else:
        text = item.get("body_text")
        paragraphs = re.split(r"\n\s*\n", text if isinstance(text, str) else "")
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p.strip())
    parts.append(body)
    head = _ld_json(item)
    return f"<html><head>{head}</head><body><article>{''.join(parts)}</article></body></html>"


def _embedded(picture: Any) -> str:
    """A picture the body embeds, as its association gives it ('' when none does: an
    embed of something the item does not carry)."""
    return _figure(picture) if isinstance(picture, dict) else ""


def _figure(picture: dict[str, Any]) -> str:
    """A picture association as a figure: its rendition, alt text, caption and credit."""
    if picture.get("type") not in (None, "picture", "graphic"):
        return ""
    renditions = picture.get("renditions")
    src = ""
    if isinstance(renditions, dict):
        chosen: Any = renditions.get("original") or next(iter(renditions.values()), None)
        src = _string(chosen, "href") if isinstance(chosen, dict) else ""
    caption = _string(picture, "description_text") or _string(picture, "headline")
    credit = _string(picture, "byline")
    cite = f'<span class="credit">{escape(credit)}</span>' if credit else ""
    return (
        f'<figure><img src="{escape(src)}" alt="{escape(_string(picture, "alt_text"))}">'
        f"<figcaption>{escape(caption)} {cite}</figcaption></figure>"
    )


def _ld_json(item: dict[str, Any]) -> str:
    """The item's headline and writers as a page's JSON-LD says them, so that the byline is
    the item's authors by name rather than a reading of its byline line."""
    authors = item.get("authors")
    names = [
        _string(a, "name")
        for a in (authors if isinstance(authors, list) else [])
        if isinstance(a, dict) and _string(a, "role") in ("", "writer", "author", "reporter")
    ]
    data: dict[str, Any] = {"@type": "NewsArticle", "headline": _string(item, "headline")}
    if dek := _string(item, "description_text"):
        data["description"] = dek
    if names := [n for n in names if n]:
        data["author"] = [{"@type": "Person", "name": n} for n in names]
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _string(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""
