"""Credits, sources and claims: validating an edit, writing one file, committing one story."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from newsroom.checks.sources import boilerplate
from newsroom.checks.view import Roster, StoryView
from newsroom.errors import UsageError
from newsroom.models import Contributor, Source, Story
from newsroom.repo import Repo, StoryCommit
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Edited:
    """What an edit changed: the story, the file written (relative to the newsroom), the sha."""

    slug: str
    file: str
    commit: str


@dataclass(frozen=True)
class Edit:
    """One change to one side file of a story, validated before anything is written."""

    slug: str
    file: str  # credits.yaml, sources.yaml or factcheck.yaml
    key: str  # the list in that file: contributors, sources or claims
    message: str  # the commit subject after 'newsroom: SLUG '


def load_story(ws: Workspace, slug: str) -> Story:
    """Read a story, every side file validated (an InputError names the file and line)."""
    return store.read_story(ws.root, slug)


def view_of(ws: Workspace, story: Story) -> StoryView:
    return StoryView(story, ws.config.checks, Roster.of(ws.config), ws.config.credit_roles)


def rel(slug: str, name: str = "") -> str:
    return f"{store.STORIES_DIR}/{slug}" + (f"/{name}" if name else "")


def apply(
    ws: Workspace, repo: Repo, edit: Edit, change: Callable[[list[dict[str, Any]]], None]
) -> Edited:
    """Change the file's list in memory and commit only that file, as one journaled commit
    (a kill or a failure leaves the story before the edit or after it, never between).

    `change` validates and edits the list in place, raising before anything is written."""
    _, author = ws.acting_person(repo)
    shown = rel(edit.slug, edit.file)
    old = store.read_side_file(ws.root, edit.slug, edit.file)
    text = store.edit_list(old, edit.key, change, shown)
    message = f"newsroom: {edit.slug} {edit.message}\n\nNewsroom-Story: {edit.slug}\n"
    plan = StoryCommit(rel(edit.slug), {shown: text}, message, author)
    return Edited(edit.slug, shown, repo.commit_story(plan))


def _clean(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v not in ("", None, (), [], False)}


# Credits ---------------------------------------------------------------------------------


def add_credit(ws: Workspace, slug: str, new: Contributor) -> Edited:
    """Credit a contributor with a role from the configured list."""
    repo = ws.writer()
    story = load_story(ws, slug)
    shown = rel(slug, store.CREDITS_FILE)
    roster = ws.config.person(new.name.strip())
    if roster is not None and not new.person:  # 'credit SLUG add mchen --role ...'
        new = Contributor(roster.name, new.role, roster.id, new.note)
    if not new.name.strip():
        raise UsageError('give the contributor\'s name, e.g. "Maria Chen"')
    roles = ws.config.credit_roles
    if new.role not in roles:
        raise UsageError(f"'{new.role}' is not a credit role; use one of: {', '.join(roles)}")
    if new.person and ws.config.person(new.person) is None:
        raise UsageError(
            f"'{new.person}' is not on the roster; use a roster id from newsroom.yaml or "
            "leave out --person for someone outside the newsroom"
        )
    for i, c in enumerate(story.credits):
        if c.name.lower() == new.name.strip().lower() and c.role == new.role:
            line = story.credits_file.where("contributors", i)[0] if story.credits_file else None
            raise UsageError(
                f"'{c.name}' is already credited for {c.role}; nothing was changed",
                path=shown,
                line=line,
            )
    entry = _clean(asdict(replace(new, name=new.name.strip())))
    return apply(
        ws,
        repo,
        Edit(slug, store.CREDITS_FILE, "contributors", f"credit {new.name.strip()} ({new.role})"),
        lambda items: items.append(entry),
    )


def remove_credit(ws: Workspace, slug: str, name: str, role: str = "") -> Edited:
    """Remove a contributor's credit (every role, or only `role`)."""
    repo = ws.writer()
    story = load_story(ws, slug)
    wanted = name.strip().lower()
    hits = [c for c in story.credits if c.name.lower() == wanted and (not role or c.role == role)]
    if not hits:
        raise UsageError(
            f"no credit for '{name}'{f' as {role}' if role else ''}; 'newsroom credit {slug} "
            "list' shows who is credited",
            path=rel(slug, store.CREDITS_FILE),
        )

    def change(items: list[dict[str, Any]]) -> None:
        items[:] = [
            i
            for i in items
            if not (
                str(i.get("name", "")).lower() == wanted and (not role or i.get("role") == role)
            )
        ]

    return apply(
        ws,
        repo,
        Edit(slug, store.CREDITS_FILE, "contributors", f"uncredit {name.strip()}"),
        change,
    )


def credits(ws: Workspace, slug: str) -> tuple[Contributor, ...]:
    return load_story(ws, slug).credits


# Sources ---------------------------------------------------------------------------------


def _check_new_source(ws: Workspace, story: Story, new: Source) -> None:
    shown = rel(story.slug, store.SOURCES_FILE)
    if not ID_RE.fullmatch(new.id):
        raise UsageError(
            f"'{new.id}' is not a source id: use lowercase letters, digits and hyphens, "
            "e.g. city-engineer"
        )
    for i, s in enumerate(story.sources):
        if s.id == new.id:
            line = story.sources_file.where("sources", i, "id")[0] if story.sources_file else None
            raise UsageError(
                f"source id '{new.id}' is already used; pick another id", path=shown, line=line
            )
    if not new.name.strip():
        raise UsageError("give the source a name (for an anonymous source, a description)")
    if new.kind not in store.SOURCE_KINDS:
        raise UsageError(
            f"'{new.kind}' is not a source kind; use one of: {', '.join(store.SOURCE_KINDS)}"
        )
    if not new.anonymous:
        if new.why_anonymous or new.anonymity_approved_by:
            raise UsageError("--why and --approved-by are for anonymous sources; add --anonymous")
        return
    if not new.why_anonymous.strip() or boilerplate(new.why_anonymous):
        raise UsageError(
            "an anonymous source needs the real reason anonymity was granted (--why): what "
            "the source would risk by being named, not 'not authorized to speak'"
        )
    approver = new.anonymity_approved_by
    editor = ws.config.person(approver) if approver else None
    if editor is None or "editor" not in editor.roles:
        raise UsageError(
            "an anonymous source needs the approving editor's roster id (--approved-by ID)"
        )


def add_source(ws: Workspace, slug: str, new: Source) -> Edited:
    """List a source the story relies on; anonymous ones carry a reason and an approval."""
    repo = ws.writer()
    story = load_story(ws, slug)
    _check_new_source(ws, story, new)
    new = replace(new, name=new.name.strip(), why_anonymous=new.why_anonymous.strip())
    entry = _clean(asdict(new))
    return apply(
        ws,
        repo,
        Edit(slug, store.SOURCES_FILE, "sources", f"source {new.id}"),
        lambda items: items.append(entry),
    )


def sources(ws: Workspace, slug: str) -> tuple[Source, ...]:
    return load_story(ws, slug).sources
