"""After the fact-check sign-off: the story is still what the fact-checker checked (its
content against the `fact_checked` pin in story.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage
from newsroom.store.content import content_hash

CHECKED: Final = (Stage.PUBLISH, Stage.PUBLISHED)  # stages past the fact-check sign-off


@check(
    "signoff.content-changed",
    Stage.FACT_CHECK,
    Severity.ERROR,
    "the headline, dek, body, captions, claims or images changed after the fact-check "
    "sign-off; see what changed with 'newsroom diff SLUG', then return the story to "
    "fact-check ('newsroom return SLUG --to fact-check --reason ...') or, once published, "
    "record the change as a correction ('newsroom correct SLUG --note ...')",
    "SPJ Code of Ethics, 'Seek Truth and Report It': verify information before releasing it",
    passing=[Example()],
    failing=[
        Example(front={"stage": "publish", "fact_checked": "sha256:0"}),
        Example(front={"stage": "published"}),
    ],
)
def content_changed(view: StoryView) -> Iterator[Hit]:
    meta = view.story.meta
    if meta.stage not in CHECKED or meta.fact_checked == content_hash(view.story):
        return
    slug = view.story.slug
    line, column = view.field("fact_checked") if meta.fact_checked else view.field("stage")
    back = (
        f"record it as a correction ('newsroom correct {slug} --note ...')"
        if meta.stage is Stage.PUBLISHED
        else f"return it to fact-check ('newsroom return {slug} --to fact-check --reason ...')"
    )
    detail = (
        f"{slug} changed after its fact-check sign-off (headline, dek, body, captions, claims "
        f"or images); see what changed with 'newsroom diff {slug}', then {back}"
        if meta.fact_checked
        else f"story.md has no fact_checked pin, so nothing shows what the fact-check of {slug} "
        f"covered; return it to fact-check ('newsroom return {slug} --to fact-check --reason "
        "...')"
    )
    yield Hit(line, column, detail=detail)


CHECKS: tuple[Check, ...] = (content_changed,)
