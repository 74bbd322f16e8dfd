"""Credits, sources and claims: validating an edit, writing one file, committing one story."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from newsroom.english import one_of
from newsroom.errors import Refused, UsageError
from newsroom.models import Contributor, Source, Stage, Story, name_key
from newsroom.repo import Repo, StoryCommit
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store.shape import did_you_mean

if TYPE_CHECKING:  # the checks are imported when a command needs them, not before
    from newsroom.checks.view import StoryView

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# a line break, or another character that is no text (a terminal's escape, a NUL, a bidi
# control): what a name pasted with its newline, or a stray keystroke, brings in
NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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
    from newsroom.checks.view import Roster, StoryView

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


def byline_names(ws: Workspace, names: tuple[str, ...]) -> None:
    """Refuse a --byline entry that is no text, or that is written as a roster id and is none:
    an outside contributor is named as the byline reads ('Jane Smith'), so 'rosa-toress' is a
    roster id typed wrong, which the draft gate would only report once the story is filed."""
    ids = [p.id for p in ws.config.people]
    for name in names:
        if not name.strip():
            raise UsageError(
                "a --byline is empty; give a roster id or a name, e.g. --byline rtorres or "
                "--byline 'Jane Smith'; nothing was changed"
            )
        one_line("a byline name", name)
        if ID_RE.fullmatch(name) and ws.config.person(name) is None:
            otherwise = (
                f"give a roster id ({', '.join(ids)}), or an outside contributor's name as "
                "the byline should read it, e.g. --byline 'Jane Smith'"
            )
            raise UsageError(
                f"--byline '{name}' is no roster id"
                + did_you_mean(name, ids, otherwise)
                + "; nothing was changed"
            )


def one_line(what: str, value: str) -> None:
    """Refuse a value that is written on one line (a name, an affiliation, a note) when it
    holds a line break or a control character: it would break the commit's subject line,
    and the lines every command prints of it."""
    if NOT_ONE_LINE.search(value):
        raise UsageError(
            f"{what} holds a line break or a control character; type it on one line, in "
            "plain characters; nothing was changed"
        )


def spaced(what: str, text: str) -> str:
    """A text written down on one line (a note, a reason, a caption): its spaces and line
    breaks made single spaces, refused when it still holds a control character (a terminal
    escape)."""
    words = " ".join(text.split())
    one_line(what, words)
    return words


def set_entry(items: list[dict[str, Any]], index: int, value: dict[str, Any]) -> None:
    """Make entry `index` hold `value`, in place and in its own key order (an edit keeps the
    entry's identity, and with it the file's comments and layout around it)."""
    entry = items[index]
    ordered = {k: value[k] for k in entry if k in value} | value
    entry.clear()
    entry.update(ordered)


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
    one_line("the contributor's name", new.name.strip())
    one_line("the credit's note", new.note.strip())
    roles = ws.config.credit_roles
    if new.role not in roles:
        raise UsageError(f"'{new.role}' is not a credit role; use one of: {', '.join(roles)}")
    if new.person and ws.config.person(new.person) is None:
        raise UsageError(
            f"'{new.person}' is not on the roster"
            + did_you_mean(
                new.person,
                [p.id for p in ws.config.people],
                "use a roster id from newsroom.yaml or leave out --person for someone "
                "outside the newsroom",
            )
        )
    for i, c in enumerate(story.credits):
        if name_key(c.name) == name_key(new.name) and c.role == new.role:
            line = story.credits_file.where("contributors", i)[0] if story.credits_file else None
            raise UsageError(
                f"'{c.name}' is already credited for {c.role}; nothing was changed",
                path=shown,
                line=line,
            )
    entry = _clean(asdict(replace(new, name=new.name.strip(), note=new.note.strip())))
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
    wanted = name_key(name)  # in any case, spacing or Unicode form, as it was typed
    hits = [c for c in story.credits if name_key(c.name) == wanted and (not role or c.role == role)]
    if not hits:
        raise UsageError(
            f"no credit for '{name}'{f' as {role}' if role else ''}"
            + did_you_mean(
                name,
                list(dict.fromkeys(c.name for c in story.credits)),
                f"'newsroom credit {slug} list' shows who is credited",
            ),
            path=rel(slug, store.CREDITS_FILE),
        )

    def change(items: list[dict[str, Any]]) -> None:
        items[:] = [
            i
            for i in items
            if not (
                name_key(str(i.get("name", ""))) == wanted and (not role or i.get("role") == role)
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
    for what, value in (
        ("name", new.name),
        ("affiliation", new.affiliation),
        ("contact", new.contact),
        ("url", new.url),
    ):
        one_line(f"the source's {what}", value.strip())
    if new.kind not in store.SOURCE_KINDS:
        raise UsageError(
            f"'{new.kind}' is not a source kind; use one of: {', '.join(store.SOURCE_KINDS)}"
        )
    if not new.anonymous:
        if new.why_anonymous or new.anonymity_approved_by:
            raise UsageError("--why and --approved-by are for anonymous sources; add --anonymous")
        return
    from newsroom.checks.sources import boilerplate

    if not new.why_anonymous.strip() or boilerplate(new.why_anonymous):
        raise UsageError(
            "an anonymous source needs the real reason anonymity was granted (--why): what "
            "the source would risk by being named, not 'not authorized to speak'"
        )
    _check_approver(ws, new.anonymity_approved_by)


def _trimmed(source: Source) -> Source:
    """The source as written down: its text without the spaces and line end a paste brings
    (the one-line rule reads them so)."""
    return replace(
        source,
        name=source.name.strip(),
        affiliation=source.affiliation.strip(),
        contact=source.contact.strip(),
        url=source.url.strip(),
        why_anonymous=source.why_anonymous.strip(),
    )


def _editors(ws: Workspace) -> str:
    """The roster's editors, as an approval names them (id and name)."""
    found = [f"{p.id} ({p.name})" for p in ws.config.people if "editor" in p.roles]
    return ", ".join(found) or "none: an editor must first be added to the roster"


def _check_approver(ws: Workspace, approver: str) -> None:
    """An anonymity approval names a roster editor by id; say exactly what is wrong if not."""
    who = f"the editors who can approve: {_editors(ws)}"
    if not approver.strip():
        raise UsageError(
            "an anonymous source needs the approving editor's roster id (--approved-by "
            f"<editor-id>); {who}"
        )
    editor = ws.config.person(approver.strip())
    if editor is None:
        close = did_you_mean(
            approver.strip(), [p.id for p in ws.config.people if "editor" in p.roles]
        )
        raise UsageError(f"'{approver}' is not on the roster in newsroom.yaml{close}; {who}")
    if "editor" not in editor.roles:
        roles = ", ".join(editor.roles) or "no roles"
        raise UsageError(
            f"{editor.name} ({editor.id}) is not an editor ({roles}), so cannot approve "
            f"anonymity; {who}"
        )


def _refuse_approval_by_another(ws: Workspace, repo: Repo, approver: str) -> None:
    """An approval counts only when the editor it names records it (verify holds it to that),
    so a command recording it for someone else would only make history wrong."""
    person, _ = ws.acting_person(repo)
    editor = ws.config.person(approver.strip())
    if editor is not None and editor.id != person.id:
        raise Refused(
            f"only {editor.name} can record {editor.name}'s approval of an anonymous source "
            f"(you are {person.name}); ask {editor.name} to run this command; nothing was "
            "changed"
        )


def add_source(ws: Workspace, slug: str, new: Source) -> Edited:
    """List a source the story relies on; anonymous ones carry a reason and an approval."""
    repo = ws.writer()
    story = load_story(ws, slug)
    _check_new_source(ws, story, new)
    if new.anonymous:
        _refuse_approval_by_another(ws, repo, new.anonymity_approved_by)
    entry = _clean(asdict(_trimmed(new)))
    return apply(
        ws,
        repo,
        Edit(slug, store.SOURCES_FILE, "sources", f"source {new.id}"),
        lambda items: items.append(entry),
    )


@dataclass(frozen=True)
class SourceChange:
    """What `source edit` changes: each field given (None: left as it is)."""

    id: str
    name: str | None = None
    kind: str | None = None
    affiliation: str | None = None
    contact: str | None = None
    url: str | None = None
    anonymous: bool | None = None
    why_anonymous: str | None = None
    anonymity_approved_by: str | None = None

    def given(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "id" and v is not None}


def _source_index(story: Story, sid: str) -> int:
    index = next((i for i, s in enumerate(story.sources) if s.id == sid), None)
    if index is None:
        raise UsageError(
            f"no source '{sid}'"
            + did_you_mean(
                sid,
                [s.id for s in story.sources],
                f"'newsroom source {story.slug} list' shows the sources",
            ),
            path=rel(story.slug, store.SOURCES_FILE),
        )
    return index


def edit_source(ws: Workspace, slug: str, change: SourceChange) -> Edited:
    """Change a source's name, kind, details or anonymity (a new approval is recorded by the
    editor who gives it)."""
    repo = ws.writer()
    story = load_story(ws, slug)
    index = _source_index(story, change.id)
    given = change.given()
    if not given:
        raise UsageError(
            "say what to change, e.g. --affiliation '...', --kind document or --anonymous "
            f"(see 'newsroom source {slug} edit --help')"
        )
    old = story.sources[index]
    if given.get("anonymous") is False:  # named now: the reason and approval go with it
        given.update(why_anonymous=given.get("why_anonymous", ""))
        given.update(anonymity_approved_by=given.get("anonymity_approved_by", ""))
    new = replace(old, **given)
    others = replace(story, sources=story.sources[:index] + story.sources[index + 1 :])
    _check_new_source(ws, others, new)
    approved = new.anonymity_approved_by.strip()
    if new.anonymous and (not old.anonymous or old.anonymity_approved_by.strip() != approved):
        _refuse_approval_by_another(ws, repo, approved)
    new = _trimmed(new)
    if new == old:
        raise UsageError(
            f"source '{old.id}' already says that; nothing was changed",
            path=rel(slug, store.SOURCES_FILE),
        )
    entry = _clean(asdict(new))

    def edit(items: list[dict[str, Any]]) -> None:
        kept = {k: v for k, v in items[index].items() if k not in asdict(new)}
        set_entry(items, index, {**entry, **kept})  # keys newsroom does not know are kept

    return apply(ws, repo, Edit(slug, store.SOURCES_FILE, "sources", f"edit source {old.id}"), edit)


def _others(story: Story, sid: str) -> str:
    others = [s.id for s in story.sources if s.id != sid]
    return one_of("source-id", others) or f"add it first: newsroom source {story.slug} add ..."


def remove_source(ws: Workspace, slug: str, sid: str) -> Edited:
    """Take a source off the story, once no claim cites it."""
    repo = ws.writer()
    story = load_story(ws, slug)
    index = _source_index(story, sid)
    citing = [c for c in story.claims if sid in c.sources]
    if citing:
        claim = citing[0]
        rest = [s for s in claim.sources if s != sid]
        fix = (
            f"newsroom claim {slug} edit {claim.id} " + " ".join(f"--source {s}" for s in rest)
            if rest
            else f"newsroom claim {slug} edit {claim.id} --source <source-id> (another source "
            f"that supports it; {_others(story, sid)}), or remove the claim: newsroom claim "
            f"{slug} remove {claim.id}"
        )
        more = f" (and {len(citing) - 1} more claims)" if len(citing) > 1 else ""
        raise UsageError(
            f"claim '{claim.id}'{more} cites source '{sid}'; take it off the claim first: "
            f"{fix}; nothing was changed",
            path=rel(slug, store.FACTCHECK_FILE),
        )

    def drop(items: list[dict[str, Any]]) -> None:
        del items[index]

    return apply(ws, repo, Edit(slug, store.SOURCES_FILE, "sources", f"remove source {sid}"), drop)


def refuse_after_fact_check(story: Story, what: str) -> None:
    """Refuse a change to what a fact-check covered (the claims, captions, images) once the
    fact-check is signed off: it would leave the story holding content no one checked, which
    `publish` refuses and `verify` reports (signoff.content-changed)."""
    slug = story.slug
    if story.meta.stage is Stage.PUBLISH:
        raise Refused(
            f"'{slug}' is past its fact-check, which covered its {what}; return it to "
            f'fact-check first (newsroom return {slug} --to fact-check --reason "...") and '
            "make the change there; nothing was changed"
        )
    if story.meta.stage is Stage.PUBLISHED:
        raise Refused(
            f"'{slug}' is published, and its {what} were fact-checked; a change now is a "
            f'correction (newsroom correct {slug} --note "..."); nothing was changed'
        )


def sources(ws: Workspace, slug: str) -> tuple[Source, ...]:
    return load_story(ws, slug).sources
