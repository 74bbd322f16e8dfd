"""The build: pure Python unless asked to compile; which modules mypyc compiles; and that a
compiled run uses them and says so."""

from __future__ import annotations

import importlib
import importlib.util
import os
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import ROOT, isolated_env, newsroom


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


def _backend() -> ModuleType:
    path = ROOT / "_custom_build" / "backend.py"
    spec = importlib.util.spec_from_file_location("newsroom_build_backend", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_plain_build_is_pure_python_and_needs_no_compiler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSROOM_COMPILE", raising=False)
    assert _setup().compiled_modules(["setup.py", "bdist_wheel"]) == []
    assert _backend().compile_requires() == []
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert requires == ["setuptools>=77"]


def test_compiling_is_asked_for_and_brings_its_compiler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSROOM_COMPILE", "1")
    assert any(r.startswith("mypy>=") for r in _backend().compile_requires())
    setup = _setup()
    # an editable install stays pure Python, so that edits to the source take effect at once
    assert setup.compiled_modules(["setup.py", "editable_wheel", "--dist-dir", "x"]) == []
    # pip asks for the metadata before it has installed mypy into the build environment
    assert setup.compiled_modules(["setup.py", "egg_info"]) == []


def test_version_names_the_build(tmp_path: Path) -> None:
    result = newsroom(tmp_path, "--version", env=isolated_env(tmp_path / "home"))
    assert result.code == 0, result.text
    from newsroom import __version__

    build = "compiled (mypyc)" if os.environ.get("NEWSROOM_EXPECT_COMPILED") else "pure Python"
    assert result.out.startswith(f"newsroom {__version__}, {build}\n"), result.out


@pytest.mark.skipif(
    not os.environ.get("NEWSROOM_EXPECT_COMPILED"), reason="a run of the pure Python modules"
)
def test_a_compiled_build_runs_compiled_modules() -> None:
    """CI's second test pass runs on a compiled build; a failed compile must not pass unseen."""
    for path in _setup().COMPILED:
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert module.__file__ is not None and Path(module.__file__).suffix == ".so", path
    from newsroom import build

    assert build() == "compiled (mypyc)"
