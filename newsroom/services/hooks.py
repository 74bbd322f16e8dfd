"""The hook that checks the stories a commit touches: pre-commit's, or a plain git hook."""

from __future__ import annotations

import enum
import shlex
import sys

PRECOMMIT_CONFIG = ".pre-commit-config.yaml"
# The files of a story (stories/<slug>/...), not stories/.gitkeep.
STORY_FILES = "^stories/[^/]+/"


class Hook(enum.StrEnum):
    """Which hook `newsroom init` sets up."""

    PRE_COMMIT = "pre-commit"  # .pre-commit-config.yaml, for newsrooms that use pre-commit
    GIT = "git"  # .git/hooks/pre-commit, a plain script, for those that don't
    NONE = "none"


PRECOMMIT_TEXT = f"""\
# pre-commit (https://pre-commit.com): check the stories a commit touches.
# Turn it on in each clone with `pre-commit install`.
repos:
  - repo: local
    hooks:
      - id: newsroom-check
        name: newsroom check
        entry: newsroom check
        language: system
        files: {STORY_FILES}
        pass_filenames: true
        require_serial: true
"""


def git_hook_text(python: str = sys.executable) -> str:
    """A plain pre-commit hook: `newsroom check` of the story folders the commit touches,
    run by the Python newsroom is installed in (else the `newsroom` on PATH)."""
    return f"""\
#!/bin/sh
# newsroom: check the stories this commit touches against the gates of their stage.
# Installed by `newsroom init --hook git`; `git commit --no-verify` skips it once.
stories=$(git diff --cached --name-only --diff-filter=ACMR -- 'stories/*/*' |
  cut -d/ -f2 | sort -u | sed 's|^|stories/|')
test -n "$stories" || exit 0
python={shlex.quote(python)}
if test -x "$python"; then
  exec "$python" -m newsroom check $stories
fi
exec newsroom check $stories
"""
