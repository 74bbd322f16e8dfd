"""Making a newsroom: newsroom.yaml with commented defaults, stories/, CI and a commit hook."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from newsroom import DISTRIBUTION, __version__
from newsroom.errors import UsageError
from newsroom.repo import Author, Repo, StoryCommit
from newsroom.services.hooks import PRECOMMIT_CONFIG, PRECOMMIT_TEXT, Hook, git_hook_text
from newsroom.services.workspace import UNOPENED, unopened_clone
from newsroom.store import yamlio
from newsroom.store.config import CONFIG_FILE

WORKFLOW = ".github/workflows/newsroom.yml"


@dataclass(frozen=True)
class InitResult:
    root: Path
    files: tuple[str, ...]
    person_id: str
    hook: Hook
    hook_file: str  # the file that sets the hook up ("" for none)


def person_id_for(author: Author) -> str:
    local = author.email.split("@")[0].lower()
    return re.sub(r"[^a-z0-9]+", "-", local).strip("-") or "editor"


def config_text(name: str, author: Author) -> str:
    pid = person_id_for(author)
    return f"""\
# newsroom.yaml: who works here, who signs off each stage, and how stories are checked.
name: {yamlio.dump(name).strip()}
# The published site's address, for full links in its structured data and feeds (the CI
# workflow passes GitHub Pages' address to 'newsroom build' itself).
# url: https://news.example.org/

# The roster. The acting person is git's user.email, matched against `email` here.
# Roles: reporter, editor, fact-checker, photo-editor. `signing_key` is the person's SSH
# public key, used to verify signed sign-offs when require_signed is true.
people:
  - id: {pid}
    name: {yamlio.dump(author.name).strip()}
    email: {yamlio.dump(author.email).strip()}
    roles: [reporter, editor]
  # - id: jdoe
  #   name: Jane Doe
  #   email: jane@example.org
  #   roles: [fact-checker]
  #   signing_key: "ssh-ed25519 AAAA... jane@example.org"
  #   url: https://news.example.org/staff/jane-doe   # an author page, linked from bylines

# Sign-offs must be signed commits whose SSH key is the signer's key above.
require_signed: false
# The fact-checker and the publishing editor must be different people.
four_eyes: false

# Roles of this newsroom's own, beyond reporter, editor, fact-checker and photo-editor.
# roles: [copy-editor]

# Who may sign off each stage (defaults shown). 'byline:reporter' is a reporter on the byline.
# No one on a story's byline may sign off its fact-check or publish stage.
# stages:
#   draft: [byline:reporter, editor]
#   contributor-credit: [editor]
#   fact-check: [fact-checker]
#   publish: [editor]

# Roles a contributor may have in credits.yaml.
# credit_roles: [reporting, additional-reporting, writing, editing, photography, graphics,
#                video, research, translation]

# Check severities: a check id or group -> error, warning, suggestion or off.
checks: {{}}
#   headline.case: warning
#   body: error

# Per desk and per story type, the same kind of table under `checks`.
desks: {{}}
#   sports:
#     checks: {{headline.length: off}}
types: {{}}
#   opinion:
#     checks: {{dek.present: off}}

# Options of check groups: every option there is, with its default.
options: {{}}
#   headline: {{min_length: 20, max_length: 100, case: sentence}}   # or: case: title
#   body: {{min_words: 150}}
"""


WORKFLOW_TEXT = """\
name: newsroom
on:
  push:
  pull_request:
  schedule:
    - cron: "*/30 * * * *"   # due embargoed publishes can be run from here
jobs:
  stories:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0        # the sign-off history is the audit trail
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # the version of newsroom that wrote this file; raise it to upgrade the checks CI runs
      - run: pip install "@REQUIREMENT@"
      # check results of stories unchanged since the last run are reused; an entry counts
      # only for the same bytes of the story's files, newsroom.yaml and newsroom version
      - uses: actions/cache@v4
        with:
          path: .newsroom-cache
          key: newsroom-check-${{ github.sha }}
          restore-keys: newsroom-check-
      # every story against its stage's gates, plus verify of every sign-off in history;
      # annotations on the diff and a summary on the run's page
      - run: newsroom ci
      # the scheduled run publishes embargoed stories whose time has come; it acts as the
      # roster person whose email is set here (an editor not on those stories' bylines)
      - if: github.event_name == 'schedule'
        run: |
          git config user.name "${{ vars.NEWSROOM_EDITOR_NAME }}"
          git config user.email "${{ vars.NEWSROOM_EDITOR_EMAIL }}"
          newsroom publish --due && newsroom sync
  # the published site (newsroom build), from main after the checks and the due publishes
  # above, deployed with GitHub Pages' own actions (Settings > Pages > Source: GitHub Actions)
  site:
    needs: stories
    if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
      - uses: actions/checkout@v4
        with:
          ref: main             # with what the scheduled job's due publishes pushed
          fetch-depth: 0        # publication and correction times come from the sign-offs
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "@REQUIREMENT@"
      # the last build: only the stories that changed since are rendered again
      - uses: actions/cache@v4
        with:
          path: public
          key: newsroom-site-${{ github.sha }}
          restore-keys: newsroom-site-
      # main may have moved on since the checks above ran (a push in between): what is
      # built is verified first, so no change without its sign-off reaches the site
      - run: newsroom verify
      - id: pages
        uses: actions/configure-pages@v5
      - run: newsroom build --out public --base-url "${{ steps.pages.outputs.base_url }}"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def workflow_text() -> str:
    """The GitHub workflow, pinned to the version of newsroom that writes it."""
    return WORKFLOW_TEXT.replace("@REQUIREMENT@", f"{DISTRIBUTION}=={__version__}")


def init(path: Path, name: str = "", hook: Hook = Hook.PRE_COMMIT) -> InitResult:
    """Create a newsroom at `path` and commit it; refuse if one is already there.

    `hook` says how commits get checked: a pre-commit configuration (committed, for every
    clone), a plain git hook in this clone's hooks folder, or none.
    """
    _refuse_not_a_folder(path)
    if (path / ".git").exists():
        Repo(path).ready_to_write()  # an init a kill interrupted is finished first
    if (path / CONFIG_FILE).exists():
        raise UsageError(
            f"a newsroom already exists here ({CONFIG_FILE}); nothing was changed", path=str(path)
        )
    branch = unopened_clone(path) if path.is_dir() else ""
    if branch:  # a second newsroom here would be pushed beside the first
        raise UsageError(
            f"a newsroom already exists on the remote's branch '{branch}'; nothing was "
            f"changed; {UNOPENED.format(branch=branch).partition('; ')[2]}",
            path=str(path),
        )
    repo = Repo.init(path)
    repo.ready_to_write()
    author = repo.actor()
    files = {
        CONFIG_FILE: config_text(name or path.resolve().name, author),
        "stories/.gitkeep": "",
        WORKFLOW: workflow_text(),
        **({PRECOMMIT_CONFIG: PRECOMMIT_TEXT} if hook is Hook.PRE_COMMIT else {}),
        ".gitignore": ".newsroom-cache/\npublic/\n",  # the site is built, never committed
    }
    existing = [f for f in files if (path / f).exists() and f != "stories/.gitkeep"]
    if existing:
        raise UsageError(
            f"{existing[0]} already exists; move it away first, nothing was changed", path=str(path)
        )
    git_hook = _git_hook_path(repo) if hook is Hook.GIT else None
    message = "newsroom: init\n\nNewsroom-Init: true"
    repo.commit_story(StoryCommit("", files, message, author, first=True))
    hook_file = PRECOMMIT_CONFIG if hook is Hook.PRE_COMMIT else ""
    if git_hook:
        try:
            yamlio.write_atomic(git_hook, git_hook_text(), executable=True)
        except OSError as exc:
            raise UsageError(
                f"the newsroom was made and committed, but its git hook could not be written "
                f"({exc.strerror or exc}), so commits here are not checked; make that folder "
                "writable, or have your own pre-commit hook run 'newsroom check STORY...'",
                path=_shown(git_hook, path),
            ) from None
        hook_file = _shown(git_hook, path)
    return InitResult(path, tuple(files), person_id_for(author), hook, hook_file)


def _refuse_not_a_folder(path: Path) -> None:
    """Refuse, before anything is made, a `path` that cannot be the newsroom's folder: a
    file, a path through a file, a name longer than the file system allows."""
    try:
        existing = next((f for f in (path, *path.parents) if f.exists()), None)
        if existing is None:
            return  # (the working folder was removed; making it will say so)
        if not existing.is_dir():
            raise UsageError(
                f"{existing} is a file, not a folder; name a folder for the newsroom (it is "
                "made if missing); nothing was changed"
            )
        longest = os.pathconf(existing, "PC_NAME_MAX")
    except OSError as exc:
        raise UsageError(
            f"cannot make a newsroom in {path} ({exc.strerror or exc}); nothing was changed"
        ) from None
    except (AttributeError, ValueError):  # no pathconf (Windows), or no such limit
        return
    if any(len(os.fsencode(name)) > longest for name in path.relative_to(existing).parts):
        raise UsageError(
            f"cannot make a newsroom in {path}: a folder name in it is longer than the file "
            f"system allows ({longest} bytes); nothing was changed"
        )


def _git_hook_path(repo: Repo) -> Path:
    """Where git runs this clone's pre-commit hook (core.hooksPath honoured); refuse to
    replace a hook that is already there."""
    hooks = (repo.root / repo.run("rev-parse", "--git-path", "hooks")).resolve()
    hook = hooks / "pre-commit"
    if hook.exists():
        raise UsageError(
            f"{hook} already exists; add 'newsroom check' to it yourself, or use --hook "
            "pre-commit or --hook none; nothing was changed"
        )
    return hook


def _shown(path: Path, root: Path) -> str:
    resolved = root.resolve()
    return path.relative_to(resolved).as_posix() if path.is_relative_to(resolved) else str(path)
