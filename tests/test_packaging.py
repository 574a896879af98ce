"""What a fresh `pip install .` must bring, whatever the pip (issue 13: Python 3.11 ships pip 23.2)."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _dependencies() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [d.split(">")[0].split("=")[0].split("[")[0].strip().lower() for d in data["project"]["dependencies"]]


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    """jusText (under trafilatura) imports lxml.html.clean and asks for it as the lxml extra `html_clean`,
    which lxml 6 spells `html-clean`: pip 23.2 installs nothing for it and every HTML page failed."""
    assert "lxml_html_clean" in _dependencies()
    import lxml_html_clean  # noqa: F401  (the module trafilatura's cleaning needs)
    from lxml.html.clean import Cleaner  # noqa: F401


def test_ci_installs_with_the_pip_python_ships_and_analyses_an_html_page() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-m venv" in ci and "upgrade" not in ci.split("check_fresh_install", 1)[-1]
    assert "ENLIGT_PURE=1" in ci and "pip install" in ci and "en-northernherald-blast.html" in ci


def test_pytest_is_not_made_quiet_twice() -> None:
    """addopts held -q, so `pytest -q` (as commonly typed) was -qq and hid pytest's summary line."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = data["tool"]["pytest"]["ini_options"].get("addopts", "")
    assert "-q" not in addopts.split() and "--quiet" not in addopts


def test_setup_records_which_build_it_installed() -> None:
    """tests/test_compiled.py skips (saying why) where setup fell back to pure Python."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert 'echo "$build" > "$STAMP"' in setup and "pure (the compiled build failed)" in setup


def test_quick_start_is_two_commands_and_says_how_to_reach_enligt() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = quick.split("```sh\n", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in block.splitlines()] == [["bash", "scripts/demo.sh"], ["bash", "scripts/test.sh"]]
    assert ". .venv/bin/activate" in quick  # after the Quick start `enligt` was not on PATH


def test_the_setup_message_gives_the_time_the_readme_gives() -> None:
    """It said "a minute or two" where a first set-up took 3.5 minutes."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "a minute or two" not in setup and "a minute or two" not in readme
    assert "two to four minutes" in setup and "two to four minutes" in readme
