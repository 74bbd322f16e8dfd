"""newsroom.yaml: the roster, the stage rules and the check settings, typed and frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsroom.errors import InputError, NotANewsroom
from newsroom.models import GATES, Person, Stage
from newsroom.store import yamlio
from newsroom.store.shape import Shape

CONFIG_FILE = "newsroom.yaml"
SEVERITY_WORDS = ("error", "warning", "suggestion", "off")
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
class CheckSettings:
    """Severity overrides (id or id prefix -> severity or 'off') and options per check family."""

    severities: dict[str, str] = field(default_factory=dict)
    by_desk: dict[str, dict[str, str]] = field(default_factory=dict)
    by_type: dict[str, dict[str, str]] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    _memo: dict[tuple[str, str, str], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def severity_for(self, check_id: str, desk: str, story_type: str) -> str | None:
        """The configured severity (or 'off') for a check in a story, most specific first."""
        key = (check_id, desk, story_type)
        if key not in self._memo:
            self._memo[key] = self._severity_for(check_id, desk, story_type)
        return self._memo[key]

    def _severity_for(self, check_id: str, desk: str, story_type: str) -> str | None:
        for table in (
            self.by_type.get(story_type, {}),
            self.by_desk.get(desk, {}),
            self.severities,
        ):
            found = _most_specific(table, check_id)
            if found is not None:
                return found
        return None

    def option(self, family: str, key: str, default: Any) -> Any:
        return self.options.get(family, {}).get(key, default)


def _most_specific(table: dict[str, str], check_id: str) -> str | None:
    parts = check_id.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in table:
            return table[key]
    return None


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
    import hashlib

    text = yamlio.read_text(root / CONFIG_FILE, shown=CONFIG_FILE)
    data, positions = yamlio.load(text, path=CONFIG_FILE)
    s = Shape(data, positions, CONFIG_FILE)
    return Config(
        root=root,
        name=s.text("name") or "newsroom",
        people=_people(s),
        require_signed=s.flag("require_signed"),
        four_eyes=s.flag("four_eyes"),
        stage_owners=_stage_owners(s.mapping("stages")),
        credit_roles=s.texts("credit_roles") or DEFAULT_CREDIT_ROLES,
        checks=_checks(s),
        fingerprint=hashlib.sha256(text.encode()).hexdigest(),
    )


def _people(s: Shape) -> tuple[Person, ...]:
    people = []
    ids: set[str] = set()
    emails: set[str] = set()
    for i, p in enumerate(s.items("people", "person")):
        pid, email = p.text("id", required=True), p.text("email", required=True).lower()
        if pid in ids or email in emails:
            raise p.error(("people", i), f"person '{pid}' <{email}> is listed twice; keep one")
        ids.add(pid)
        emails.add(email)
        people.append(
            Person(
                id=pid,
                name=p.text("name") or pid,
                email=email,
                roles=p.texts("roles"),
                signing_key=p.text("signing_key"),
            )
        )
    return tuple(people)


def _stage_owners(s: Shape) -> dict[Stage, tuple[str, ...]]:
    owners = dict(DEFAULT_STAGE_OWNERS)
    gate_names = tuple(g.value for g in GATES)
    for key in s.data:
        if key not in gate_names:
            raise s.error(
                (*s.at, key),
                f"'stages.{key}' is not a stage with a sign-off; "
                f"use one of: {', '.join(gate_names)}",
            )
        owners[Stage(key)] = s.texts(key)
    return owners


def _severity_table(s: Shape, where: str) -> dict[str, str]:
    table = {}
    for key in s.data:
        # YAML 1.1 reads a bare `off` as false; it is what people write to turn a check off.
        value = "off" if s.data[key] is False else s.text(key)
        if value not in SEVERITY_WORDS:
            raise s.error(
                (*s.at, key),
                f"'{where}.{key}' is '{value}'; use one of: {', '.join(SEVERITY_WORDS)}",
            )
        table[key] = value
    return table


def _checks(s: Shape) -> CheckSettings:
    def nested(name: str) -> dict[str, dict[str, str]]:
        group = s.mapping(name)
        return {
            key: _severity_table(group.mapping(key).mapping("checks"), f"{name}.{key}.checks")
            for key in group.data
        }

    options = s.mapping("options")
    return CheckSettings(
        severities=_severity_table(s.mapping("checks"), "checks"),
        by_desk=nested("desks"),
        by_type=nested("types"),
        options={key: dict(options.mapping(key).data) for key in options.data},
    )


def require(value: bool, message: str, path: str = CONFIG_FILE) -> None:
    if not value:
        raise InputError(message, path=path)
