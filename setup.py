"""Build newsroom: pure Python by default; with NEWSROOM_COMPILE=1, the modules that read and
check stories are compiled to C by mypyc (the compiler mypy and black ship with).

Compiled, `newsroom check` runs about a quarter fewer instructions per story; it needs a C
compiler and Python's headers, and a couple of minutes. The source stays plain, typed
Python, and both builds give the same results. `pip install .` asks for mypy only when
compiling (_custom_build/backend.py); an editable install (`pip install -e .`) is always
pure Python, so that edits to the source take effect at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
# What runs for every story of `newsroom check`: reading the files, the checks, the view.
# (Paths relative to this folder, where builds run, whatever the caller's working folder.)
COMPILED = sorted(
    p.relative_to(HERE).as_posix()
    for p in [
        *(HERE / "newsroom" / "store").glob("*.py"),
        *(HERE / "newsroom" / "checks").glob("*.py"),
    ]
    if p.name not in ("__init__.py", "docs.py", "config.py", "files.py")
)
# The commands that build code. The others (egg_info, dist_info, sdist, editable_wheel) only
# describe or package the source; pip runs egg_info before it installs mypy for the build.
BUILDS = {"build", "build_ext", "bdist_wheel"}


def compiled_modules(argv: list[str]) -> list[Extension]:
    """The extensions to build: none (pure Python) unless NEWSROOM_COMPILE=1 asks for them.

    Asked to compile, a build that cannot (no mypyc, no C compiler, code mypyc refuses)
    fails and says why, rather than quietly installing pure Python.
    """
    if os.environ.get("NEWSROOM_COMPILE") != "1" or not BUILDS & set(argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(
            "newsroom: NEWSROOM_COMPILE=1 needs mypyc: `pip install .` installs it for the "
            "build; with --no-build-isolation, first install what _custom_build/backend.py lists"
        )
    return list(mypycify(COMPILED, opt_level="3"))


if __name__ == "__main__":
    setup(ext_modules=compiled_modules(sys.argv))
