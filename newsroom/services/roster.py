"""The roster in newsroom.yaml: people added, changed and removed by an editor, each change
one commit of newsroom.yaml alone, its comments and layout kept.

`verify` trusts a roster change only from an editor on the roster before it (signed when
`require_signed` is on), so the commands refuse anyone else. Removing someone the newsroom
still relies on is refused: the last editor, a person on the byline of a story not yet
published or killed, or the fact-checker named by a verdict on such a story (whose
fact-checker role stays while such a verdict counts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from newsroom.english import one_of
from newsroom.errors import InputError, Refused, UsageError
from newsroom.models import Person, Stage, name_key
from newsroom.repo import Author, Repo, StoryCommit
from newsroom.services import cache
from newsroom.services.contributions import ID_RE, set_entry
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store import yamledit, yamlio
from newsroom.store.config import CONFIG_FILE, read_config
from newsroom.store.shape import did_you_mean

DONE = (Stage.PUBLISHED, Stage.KILLED)


@dataclass(frozen=True)
class PersonChange:
    """A person to add, or what to change of one (None: left as it is)."""

    id: str
    name: str | None = None
    email: str | None = None
    roles: tuple[str, ...] | None = None
    signing_key: str | None = None

    def given(self) -> dict[str, Any]:
        if self.name is not None and not self.name.strip():
            raise UsageError("--name is blank; give the person's name; nothing was changed")
        fields = {k: v for k, v in asdict(self).items() if k != "id" and v is not None}
        if "roles" in fields:
            fields["roles"] = list(dict.fromkeys(fields["roles"]))
        return fields


@dataclass(frozen=True)
class RosterEdit:
    commit: str
    person: str


def _editors(people: tuple[Person, ...]) -> list[Person]:
    return [p for p in people if "editor" in p.roles]


def _as_editor(ws: Workspace) -> tuple[Repo, Author]:
    repo = ws.writer()
    person, author = ws.acting_person(repo)
    if "editor" not in person.roles:
        names = ", ".join(p.name for p in _editors(ws.config.people))
        raise Refused(
            f"{person.name} is not an editor; the roster is changed by an editor on it "
            f"({names}), as verify requires; nothing was changed"
        )
    if ws.config.require_signed:
        from newsroom.services.workflow import refuse_unsignable

        refuse_unsignable(repo, person)
    dirty = repo.dirty([CONFIG_FILE])
    if dirty:
        raise Refused(
            f"{CONFIG_FILE} has uncommitted edits; commit them first (git commit {CONFIG_FILE}) "
            f"or discard them (git checkout -- {CONFIG_FILE}); nothing was changed"
        )
    return repo, author


def _index(ws: Workspace, pid: str) -> int:
    index = next((i for i, p in enumerate(ws.config.people) if p.id == pid), None)
    if index is None:
        ids = ", ".join(p.id for p in ws.config.people)
        close = did_you_mean(pid, [p.id for p in ws.config.people])
        raise UsageError(f"no one with id '{pid}' on the roster ({ids}){close}", path=CONFIG_FILE)
    return index


def _write(
    ws: Workspace,
    repo: Repo,
    author: Author,
    change: Callable[[list[dict[str, Any]]], None],
    subject: str,
) -> str:
    """newsroom.yaml with `change` made to its `people`, checked as a whole and committed."""
    old = yamlio.read_text(ws.root / CONFIG_FILE, shown=CONFIG_FILE)
    data, _ = yamlio.load(old, path=CONFIG_FILE)
    data = dict(data)
    people = [dict(p) for p in data.get("people") or []]
    originals = list(people)  # alive until the end, so no new entry can take an old one's id
    before = {id(p): i for i, p in enumerate(originals)}
    change(people)
    data["people"] = people
    text = yamledit.with_list(old, data, "people", [before.get(id(p)) for p in people])
    if text is None:
        if "#" in old:
            raise InputError(
                "the roster is written in a way newsroom cannot change while keeping the "
                "file's comments; write 'people' as a plain list of mappings and try again",
                path=CONFIG_FILE,
            )
        text = yamlio.dump(data)
    try:
        config = read_config(ws.root, text)
    except InputError as exc:
        raise UsageError(f"{exc.message}; nothing was changed") from None
    _refuse_name_of_another(config.people)
    message = f"newsroom: roster: {subject}\n\nNewsroom-Roster: {subject}\n"
    plan = StoryCommit("", {CONFIG_FILE: text}, message, author, ws.config.require_signed)
    return repo.commit_story(plan)


def _refuse_name_of_another(people: tuple[Person, ...]) -> None:
    """Refuse a name that is another person's roster id, in any case or Unicode form
    ('GBELL' beside gbell): a byline or a credit giving it would name both of them."""
    ids = {name_key(p.id): p.id for p in people}
    for person in people:
        other = ids.get(name_key(person.name), person.id)
        if other != person.id:
            raise UsageError(
                f"person '{person.id}': the name '{person.name}' is the roster id of "
                f"'{other}', so a byline naming it would name both; give their full name; "
                "nothing was changed",
                path=CONFIG_FILE,
            )


def add_person(ws: Workspace, new: PersonChange) -> RosterEdit:
    """Put a colleague on the roster with their roles."""
    repo, author = _as_editor(ws)
    if not ID_RE.fullmatch(new.id):
        raise UsageError(
            f"'{new.id}' is not a roster id: use lowercase letters, digits and hyphens, e.g. jdoe"
        )
    if any(p.id == new.id for p in ws.config.people):
        raise UsageError(f"'{new.id}' is already on the roster; pick another id", path=CONFIG_FILE)
    email = (new.email or "").strip()
    if "@" not in email or " " in email:
        raise UsageError("give their email, the one their git commits use (--email ...)")
    entry = {"id": new.id, **{k: v for k, v in new.given().items() if v not in ("", [])}}
    if not entry.get("roles"):
        raise UsageError("give at least one role: --role reporter (or editor, fact-checker, ...)")
    commit = _write(ws, repo, author, lambda people: people.append(entry), f"add {new.id}")
    return RosterEdit(commit, new.id)


def edit_person(ws: Workspace, change: PersonChange) -> RosterEdit:
    """Change a person's name, email, roles or signing key."""
    repo, author = _as_editor(ws)
    index = _index(ws, change.id)
    given = change.given()
    if not given:
        raise UsageError(
            "say what to change: --name, --email, --role (repeatable; replaces the roles) or "
            "--signing-key (see 'newsroom person edit --help')"
        )
    person = ws.config.people[index]
    editors = _editors(ws.config.people)
    if "roles" in given and "editor" not in given["roles"] and editors == [person]:
        others = one_of("id", [p.id for p in ws.config.people if p != person]) or (
            "add them first with 'newsroom person add'"
        )
        raise Refused(
            f"{person.name} is the only editor; add another editor first (make one of the "
            "roster an editor: newsroom person edit <id> --role editor, with their other roles "
            f"too; {others}), or the roster could never be changed again"
        )

    dropped = set(person.roles) - set(given.get("roles", person.roles))
    if "fact-checker" in dropped:  # their verdicts count only while they are one
        _refuse_relied_on(ws, person, "take the fact-checker role from them", byline=False)

    def edit(people: list[dict[str, Any]]) -> None:
        merged = {**people[index], **given}
        set_entry(people, index, {k: v for k, v in merged.items() if v not in ("", [])})

    commit = _write(ws, repo, author, edit, f"edit {change.id}")
    return RosterEdit(commit, change.id)


def remove_person(ws: Workspace, pid: str) -> RosterEdit:
    """Take someone off the roster, once no open story relies on them."""
    repo, author = _as_editor(ws)
    index = _index(ws, pid)
    person = ws.config.people[index]
    if _editors(ws.config.people) == [person]:
        raise Refused(
            f"{person.name} is the only editor; add another editor first (newsroom person "
            "add <new-id> --name '<name>' --email <email> --role editor, or make one of the "
            "roster an editor with 'newsroom person edit <id> --role editor'), or the roster "
            "could never be changed again"
        )
    _refuse_relied_on(ws, person, "remove them")

    def drop(people: list[dict[str, Any]]) -> None:
        del people[index]

    return RosterEdit(_write(ws, repo, author, drop, f"remove {pid}"), pid)


def _refuse_relied_on(ws: Workspace, person: Person, change: str, byline: bool = True) -> None:
    """Refuse `change` ('remove them') while an open story relies on `person`: their byline
    (when `byline`) or a verdict they gave, which counts only while its fact-checker is one."""
    for found in store.stories_mentioning(ws.root, (person.id, person.name), _open_stories(ws)):
        meta = found.front.meta
        if meta is None or meta.stage in DONE:
            continue
        if byline and (person.id in meta.byline or person.name in meta.byline):
            raise Refused(
                f"{person.name} is on the byline of '{found.slug}' ({meta.stage.value}); take "
                f"them off it first (newsroom edit {found.slug}), or remove them once it is "
                "published or killed; nothing was changed"
            )
        for claim in found.claims:
            if claim.checked_by in (person.id, person.name):
                raise Refused(
                    f"{person.name} gave the verdict on claim '{claim.id}' of '{found.slug}' "
                    f"({meta.stage.value}), which counts only while its checker is a "
                    f"fact-checker on the roster; {change} once the story is published or "
                    "killed; nothing was changed"
                )


def _open_stories(ws: Workspace) -> list[str]:
    """Every story but those the board's stage cache knows, from story.md as it is now, to
    be published or killed: in a big newsroom most stories, whose files are then not read
    (without the cache, or for a story changed since, every story is looked at)."""
    slugs = ws.slugs()
    known = cache.known_stages(ws.root, slugs)
    done = {stage.value for stage in DONE}
    return [slug for slug in slugs if known.get(slug) not in done]


def people(ws: Workspace) -> tuple[Person, ...]:
    return ws.config.people
