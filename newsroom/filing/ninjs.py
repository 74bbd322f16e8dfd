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

import bisect
import json
import re
from html import escape
from typing import Any, Final

from newsroom.errors import InputError

# the fields that tell a ninjs item from any other JSON: a story with a body in HTML or text
_BODY_FIELDS: Final = ("body_html", "body_text")
# the comments a Superdesk-style system writes around an embed, each naming its id
_EMBED_MARK: Final = re.compile(
    r"<!--\s*EMBED (?P<end>START|END) \w+ \{\s*id:\s*\"(?P<id>[^\"]+)\"\s*\}\s*-->"
)


def ninjs_item(text: str, shown: str) -> dict[str, Any] | None:
    """The ninjs item the text holds, or None: a JSON object with a headline, a body and
    the 'type' or 'uri' every ninjs item carries. JSON nested deeper than Python's decoder
    can follow is no wire's item, and is refused in one line."""
    stripped = text.lstrip("\ufeff").strip()
    if not stripped.startswith("{") or '"headline"' not in stripped[:100_000]:
        return None
    try:
        item = json.loads(stripped)
    except ValueError:
        return None
    except RecursionError:
        raise InputError(
            "holds JSON nested too deep to read; export the item again and file that",
            path=shown,
        ) from None
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
        body = _with_embeds(body, pictures)
    else:
        text = item.get("body_text")
        paragraphs = re.split(r"\n\s*\n", text if isinstance(text, str) else "")
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p.strip())
    parts.append(body)
    head = _ld_json(item)
    return f"<html><head>{head}</head><body><article>{''.join(parts)}</article></body></html>"


def _with_embeds(body: str, pictures: dict[str, Any]) -> str:
    """The body with each embed, from its opening comment to the first closing one of the
    same id, set as the picture its association gives. Each opening finds its closing by a
    search among the closings of its id: a body repeating an opening comment with no closing
    one costs no more than its length, not its length's square."""
    marks = list(_EMBED_MARK.finditer(body))
    closings: dict[str, list[int]] = {}
    for n, mark in enumerate(marks):
        if mark.group("end") == "END":
            closings.setdefault(mark.group("id"), []).append(n)
    out: list[str] = []
    at = 0  # where the body not yet copied starts
    for n, mark in enumerate(marks):
        if mark.group("end") != "START" or mark.start() < at:
            continue
        ends = closings.get(mark.group("id"), [])
        after = bisect.bisect_right(ends, n)
        if after == len(ends):
            continue  # an opening never closed: left as it is, a comment the page hides
        closing = marks[ends[after]]
        out += [body[at : mark.start()], _embedded(pictures.get(mark.group("id")))]
        at = closing.end()
    return "".join(out) + body[at:]


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
