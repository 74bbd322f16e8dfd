"""The values that arguments and options take, for --help and the shell's completion.

Closed sets are enums: typer lists them in --help, completes them, and refuses any other
value before a command runs (exit 2, one line). Story slugs complete from the newsroom.
"""

from __future__ import annotations

import enum


def story_slugs(incomplete: str) -> list[str]:
    """The stories of the newsroom around the working folder, for the shell to complete."""
    from newsroom.errors import NewsroomError
    from newsroom.services.workspace import Workspace

    try:
        slugs = Workspace.find().slugs()
    except NewsroomError:
        return []
    return [s for s in slugs if s.startswith(incomplete)]


class Format(enum.StrEnum):
    """How findings are written (newsroom.reporting.formats.FORMATS)."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


class TextOrJson(enum.StrEnum):
    """For commands that write text or one JSON document: `diff` (its changes,
    newsroom.reporting.diff.FORMATS) and `status` (the board)."""

    TEXT = "text"
    JSON = "json"


class Gate(enum.StrEnum):
    """A stage with a gate (newsroom.models.GATES): what `check --stage` holds a story to,
    and what `return --to` sends it back to."""

    DRAFT = "draft"
    CONTRIBUTOR_CREDIT = "contributor-credit"
    FACT_CHECK = "fact-check"
    PUBLISH = "publish"


class StageName(enum.StrEnum):
    """Any stage a story can be at (newsroom.models.Stage): what `repair --to` sets."""

    DRAFT = "draft"
    CONTRIBUTOR_CREDIT = "contributor-credit"
    FACT_CHECK = "fact-check"
    PUBLISH = "publish"
    PUBLISHED = "published"
    KILLED = "killed"


class Verdict(enum.StrEnum):
    """A fact-checker's verdict on a claim (a ClaimStatus other than unverified)."""

    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    NOT_CHECKABLE = "not-checkable"


class SourceKind(enum.StrEnum):
    """What a source is (newsroom.store.stories.SOURCE_KINDS)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    DATASET = "dataset"
    STATEMENT = "statement"
