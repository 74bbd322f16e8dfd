"""The pages as HTML, from jinja2 templates: the ones shipped in this package, each of
which a newsroom can replace with its own file of the same name in its repository's
`templates/` folder (story.html, notice.html, index.html, base.html).

Every value is escaped by jinja2's autoescape; the only HTML put in as it is, is the body
(made safe by markup.py) and the JSON-LD (escaped by structured.script_text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from newsroom.site import structured
from newsroom.site.feeds import Entry
from newsroom.site.page import Site, StoryPage

if TYPE_CHECKING:
    import jinja2

TEMPLATES: Final = ("base.html", "story.html", "notice.html", "index.html")
OWN_TEMPLATES: Final = "templates"  # the folder in a newsroom's repository
SHIPPED: Final = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Templates:
    """The template texts a build uses by name: the newsroom's own where it has them."""

    texts: Mapping[str, str]

    @classmethod
    def with_own(cls, own: Mapping[str, str]) -> Templates:
        texts = {name: (SHIPPED / name).read_text(encoding="utf-8") for name in TEMPLATES}
        return cls({**texts, **{k: v for k, v in own.items() if k in TEMPLATES}})

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.texts):
            digest.update(f"{name}\0{self.texts[name]}\0".encode())
        return digest.hexdigest()


class Renderer:
    """The templates loaded once (a build's workers each make one)."""

    def __init__(self, templates: Templates, site: Site) -> None:
        import jinja2

        self.site = site
        self.env = jinja2.Environment(
            loader=jinja2.DictLoader(dict(templates.texts)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        self.env.filters["day"] = _day

    def _template(self, name: str) -> jinja2.Template:
        return self.env.get_template(name)

    def story(self, page: StoryPage) -> str:
        from markupsafe import Markup

        page_data = structured.graph(page, self.site)
        return self._template("story.html").render(
            page=_with_safe_body(page),
            site=self.site,
            root="../",
            jsonld=Markup(structured.script_text(page_data)),
        )

    def notice(self, headline: str, killed: str, note: str) -> str:
        return self._template("notice.html").render(
            headline=headline, killed=killed, note=note, site=self.site, root="../"
        )

    def index(self, entries: Sequence[Entry]) -> str:
        return self._template("index.html").render(entries=entries, site=self.site, root="")


def _with_safe_body(page: StoryPage) -> object:
    """The page with its (already sanitized) body marked as HTML for jinja2."""
    from dataclasses import replace

    from markupsafe import Markup

    return replace(page, body_html=Markup(page.body_html))


def _day(iso: str) -> str:
    """'2026-03-02T14:05:00Z' as '2026-03-02 14:05 UTC' (the page shows git's time)."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso
