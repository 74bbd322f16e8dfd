"""newsroom.yaml: the roster, the stage rules and the check settings, typed and frozen.

Reading it is total: every key at every level is one newsroom knows and every value has its
type; anything else stops the command (exit 2) with the file, line and column, what is
wrong, and the closest valid names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from newsroom.errors import NotANewsroom
from newsroom.models import GATES, Person, Positions, Stage, YamlPath
from newsroom.store import yamlio
from newsroom.store.check_settings import CheckSettings as CheckSettings
from newsroom.store.check_settings import read_check_settings
from newsroom.store.shape import Shape, did_you_mean, shown

CONFIG_FILE = "newsroom.yaml"
SETTINGS: Final = (
    "name",
    "people",
    "roles",
    "require_signed",
    "four_eyes",
    "stages",
    "credit_roles",
    "checks",
    "desks",
    "types",
    "options",
    "words",
    "url",
)
PERSON_FIELDS: Final = ("id", "name", "email", "roles", "signing_key", "url")
# The roles newsroom gives a meaning to; a newsroom can add its own under `roles`.
ROLES: Final = ("reporter", "editor", "fact-checker", "photo-editor")
DEFAULT_CREDIT_ROLES = (
    "reporting",
    "additional-reporting",
    "writing",
    "editing",
    "photography",
    "graphics",
    "video",
    "research",
    "translation",
)
# Who may sign off each stage. "byline:reporter" means a reporter who is on the byline.
DEFAULT_STAGE_OWNERS: dict[Stage, tuple[str, ...]] = {
    Stage.DRAFT: ("byline:reporter", "editor"),
    Stage.CONTRIBUTOR_CREDIT: ("editor",),
    Stage.FACT_CHECK: ("fact-checker",),
    Stage.PUBLISH: ("editor",),
}


@dataclass(frozen=True)
class Config:
    root: Path
    name: str = "newsroom"
    people: tuple[Person, ...] = ()
    require_signed: bool = False
    four_eyes: bool = False
    stage_owners: dict[Stage, tuple[str, ...]] = field(
        default_factory=lambda: dict(DEFAULT_STAGE_OWNERS)
    )
    credit_roles: tuple[str, ...] = DEFAULT_CREDIT_ROLES
    checks: CheckSettings = field(default_factory=CheckSettings)
    url: str = ""  # the published site's address, e.g. https://news.example.org/
    fingerprint: str = ""  # hash of the file's text, for caches

    def person_by_email(self, email: str) -> Person | None:
        wanted = email.strip().lower()
        return next((p for p in self.people if p.email.lower() == wanted), None)

    def person(self, ident: str) -> Person | None:
        """A roster person by id, or by exact name."""
        return next((p for p in self.people if ident in (p.id, p.name)), None)


def find_root(start: Path) -> Path:
    """The newsroom folder at or above `start` (the one with newsroom.yaml)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise NotANewsroom(
        f"no {CONFIG_FILE} here or above; run 'newsroom init' to make a newsroom, or cd into one",
        path=str(start),
    )


def load_config(root: Path) -> Config:
    return read_config(root, yamlio.read_text(root / CONFIG_FILE, shown=CONFIG_FILE))


def read_config(root: Path, text: str) -> Config:
    """The configuration newsroom.yaml's `text` gives, or an InputError naming the line."""
    import hashlib

    keys: Positions = {}
    data, positions = yamlio.load(text, path=CONFIG_FILE, keys=keys)
    s = Shape(data, positions, CONFIG_FILE, keys=keys)
    s.only(SETTINGS, "a setting of newsroom.yaml")
    roles = ROLES + _own_roles(s)
    return Config(
        root=root,
        name=s.text("name") or "newsroom",
        people=_people(s, roles),
        require_signed=s.flag("require_signed"),
        four_eyes=s.flag("four_eyes"),
        stage_owners=_stage_owners(s.mapping("stages"), roles),
        credit_roles=s.texts("credit_roles") or DEFAULT_CREDIT_ROLES,
        checks=read_check_settings(s),
        url=_web_address(s, ("url",), s.text("url")),
        fingerprint=hashlib.sha256(text.encode()).hexdigest(),
    )


_ROLE_NAME: Final = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
# What `ssh-keygen` writes in a .pub file: the key type, the key, an optional comment.
_SSH_KEY: Final = re.compile(r"(ssh|ecdsa|sk)-[\w.@-]+ \S+( .*)?\Z")


def _own_roles(s: Shape) -> tuple[str, ...]:
    """The roles a newsroom adds under `roles` to the ones newsroom knows."""
    own = s.texts("roles")
    for i, role in enumerate(own):
        if not _ROLE_NAME.match(role):
            raise s.error(
                ("roles", i),
                f"'roles': '{role}' is not a role name; "
                "write lowercase words joined by hyphens, e.g. copy-editor",
            )
    return tuple(r for r in own if r not in ROLES)


def _role(s: Shape, at: YamlPath, role: str, roles: tuple[str, ...], where: str) -> None:
    if role not in roles:
        raise s.error(
            at,
            f"{where}: '{role}' is not a role"
            + did_you_mean(
                role, roles, f"the roles are {', '.join(roles)} (add others under 'roles')"
            ),
        )


def _people(s: Shape, roles: tuple[str, ...]) -> tuple[Person, ...]:
    people = []
    ids: set[str] = set()
    emails: set[str] = set()
    keys: dict[str, str] = {}
    for i, p in enumerate(s.items("people", "person")):
        person = _person(p, i, roles)
        if person.id in ids or person.email in emails:
            raise p.error(
                ("people", i), f"person '{person.id}' <{person.email}> is listed twice; keep one"
            )
        if person.signing_key and person.signing_key in keys:
            raise p.error(
                ("people", i, "signing_key"),
                f"person '{person.id}': '{keys[person.signing_key]}' already has this signing "
                "key; a key is one person's",
            )
        keys[person.signing_key] = person.id
        ids.add(person.id)
        emails.add(person.email)
        people.append(person)
    return tuple(people)


def _person(p: Shape, i: int, roles: tuple[str, ...]) -> Person:
    who = f"person '{p.text('id')}'" if p.text("id").strip() else f"person {i + 1}"
    for key in p.data:
        if key not in PERSON_FIELDS:
            raise p.key_error(
                key,
                f"{who}: '{key}' is not a field of a person"
                + did_you_mean(key, PERSON_FIELDS, f"use {', '.join(PERSON_FIELDS)}"),
            )
    pid, email = _filled(p, "id", who), _filled(p, "email", who).lower()
    if not _EMAIL.match(email):
        raise p.error(
            (*p.at, "email"),
            f"person '{pid}': {shown(email)} is not an e-mail address git can record "
            "(one address, like name@example.org)",
        )
    name = p.text("name")
    if "name" in p.data and not name.strip():
        raise p.error((*p.at, "name"), f"person '{pid}': 'name' is blank; give their name")
    if any(c in name for c in "\r\n\t\x0b\x0c\x85\u2028\u2029"):
        raise p.error(
            (*p.at, "name"), f"person '{pid}': the name holds a line break; keep it on one line"
        )
    held = p.texts("roles")
    for j, role in enumerate(held):
        _role(p, (*p.at, "roles", j), role, roles, f"person '{pid}'")
    return Person(
        id=pid,
        name=name.strip() or pid,
        email=email,
        roles=held,
        signing_key=_signing_key(p, pid),
        url=_web_address(p, (*p.at, "url"), p.text("url")),
    )


# One e-mail address as git records it: no spaces, brackets or separators, one '@'.
_EMAIL: Final = re.compile(r"^[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+$")


def _web_address(s: Shape, at: YamlPath, value: str) -> str:
    """An http(s) address, or '' when none is given."""
    value = value.strip()
    if value and not re.match(r"https?://[^\s/]+", value):
        raise s.error(
            at,
            f"'{'.'.join(str(k) for k in at if isinstance(k, str))}' must be a web address "
            f"starting with https:// (or http://), not {shown(value)}",
        )
    return value


def _filled(p: Shape, key: str, who: str) -> str:
    value = p.text(key).strip()
    if not value:
        at = (*p.at, key) if key in p.data else p.at
        raise p.error(at, f"{who}: '{key}' is missing; add it")
    return value


def _signing_key(p: Shape, pid: str) -> str:
    key = p.text("signing_key").strip()
    if key and not _SSH_KEY.match(key):
        raise p.error(
            (*p.at, "signing_key"),
            f"person '{pid}': 'signing_key' must be an SSH public key (the line in your .pub "
            f"file), e.g. 'ssh-ed25519 AAAAC3Nz... jane@example.org', not {shown(key)}",
        )
    return key


def _stage_owners(s: Shape, roles: tuple[str, ...]) -> dict[Stage, tuple[str, ...]]:
    owners = dict(DEFAULT_STAGE_OWNERS)
    gate_names = tuple(g.value for g in GATES)
    for key in s.data:
        if key not in gate_names:
            raise s.key_error(
                key,
                f"'stages.{key}' is not a stage with a sign-off"
                + did_you_mean(key, gate_names, f"use one of: {', '.join(gate_names)}"),
            )
        rules = s.texts(key)
        if not rules:
            raise s.error(
                (*s.at, key), f"'stages.{key}' names no role; list who signs it off, e.g. [editor]"
            )
        for i, rule in enumerate(rules):
            role = rule.removeprefix("byline:")
            _role(s, (*s.at, key, i), role, roles, f"'stages.{key}'")
        owners[Stage(key)] = rules
    return owners
