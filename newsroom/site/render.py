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
from typing import Final

from newsroom.errors import InputError
from newsroom.site import structured
from newsroom.site.feeds import Entry
from newsroom.site.page import Site, StoryPage

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
        import jinja2  # here, not at the top: commands that render nothing never load it

        self.site = site
        self.env = jinja2.Environment(
            loader=jinja2.DictLoader(dict(templates.texts)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        self.env.filters["day"] = _day

    def _render(self, name: str, **values: object) -> str:
        """Template `name` filled with `values`; a template that cannot be read or that
        asks for a value there is not is an InputError naming it (and its line)."""
        import jinja2

        try:
            return self.env.get_template(name).render(site=self.site, **values)
        except jinja2.TemplateSyntaxError as exc:
            where = exc.name or name
            raise InputError(
                f"{exc.message}; fix the template", path=f"{OWN_TEMPLATES}/{where}", line=exc.lineno
            ) from None
        except jinja2.TemplateError as exc:
            raise InputError(
                f"{exc}; a story template has page, site, root and jsonld (see docs/publishing.md)",
                path=f"{OWN_TEMPLATES}/{name}",
            ) from None

    def story(self, page: StoryPage) -> str:
        from markupsafe import Markup

        page_data = structured.graph(page, self.site)
        return self._render(
            "story.html",
            page=_with_safe_body(page),
            root="../",
            jsonld=Markup(structured.script_text(page_data)),
        )

    def notice(self, headline: str, killed: str, note: str) -> str:
        return self._render("notice.html", headline=headline, killed=killed, note=note, root="../")

    def index(
        self,
        entries: Sequence[Entry],
        months: Sequence[tuple[str, int]],
        month: str,
        root: str,
        archive: str,
    ) -> str:
        """The front page (`month` '') or a month's archive page, listing `entries`, with
        links to every month of the archive (month, number of stories), each month's page
        being `archive`/YYYY-MM/ from the site's root."""
        return self._render(
            "index.html", entries=entries, months=months, month=month, root=root, archive=archive
        )


def _with_safe_body(page: StoryPage) -> object:
    """The page with its (already sanitized) body marked as HTML for jinja2."""
    from dataclasses import replace

    from markupsafe import Markup

    return replace(page, body_html=Markup(page.body_html))


def _day(iso: str) -> str:
    """'2026-03-02T14:05:00Z' as '2026-03-02 14:05 UTC' (the page shows git's time)."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso
