"""The build: which modules mypyc compiles, when it does not, and that a compiled run uses them."""

from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import ROOT


def _setup() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsroom_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines the build; setup() runs only as a script
    return module


def test_the_modules_every_story_goes_through_are_compiled() -> None:
    compiled = set(_setup().COMPILED)
    for name in ("_fastyaml", "shape", "stories", "yamlio"):
        assert f"newsroom/store/{name}.py" in compiled
    for path in (ROOT / "newsroom" / "checks").glob("*.py"):
        if path.name not in ("__init__.py", "docs.py"):
            assert f"newsroom/checks/{path.name}" in compiled
    assert all((ROOT / p).is_file() for p in compiled)


def test_editable_installs_and_the_pure_switch_build_no_extension(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup = _setup()
    assert setup.compiled_modules(["setup.py", "editable_wheel", "--dist-dir", "x"]) == []
    monkeypatch.setenv("NEWSROOM_PURE_PYTHON", "1")
    assert setup.compiled_modules(["setup.py", "bdist_wheel"]) == []


@pytest.mark.skipif(
    not os.environ.get("NEWSROOM_EXPECT_COMPILED"), reason="a run of the pure Python modules"
)
def test_a_compiled_build_runs_compiled_modules() -> None:
    """CI's second test pass runs on a compiled build; a failed compile must not pass unseen."""
    for path in _setup().COMPILED:
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert module.__file__ is not None and Path(module.__file__).suffix == ".so", path
