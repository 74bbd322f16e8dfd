"""The build backend: setuptools', asking for the compiler only when NEWSROOM_COMPILE=1.

A plain `pip install .` needs nothing but setuptools and installs pure Python in seconds.
With NEWSROOM_COMPILE=1, pip also installs mypy (which brings mypyc) and the libraries it
type-checks the compiled modules against into its isolated build environment, and setup.py
compiles them. (The pattern is setuptools' own: "Dynamic build dependencies".)
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every other hook, as setuptools has it)

COMPILE_REQUIRES = ["mypy>=1.10", "types-PyYAML>=6.0", "markdown-it-py>=3.0", "ruamel.yaml>=0.18"]


def compile_requires() -> list[str]:
    """What compiling needs beyond setuptools: nothing unless NEWSROOM_COMPILE=1."""
    return COMPILE_REQUIRES if os.environ.get("NEWSROOM_COMPILE") == "1" else []


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *compile_requires()]
