"""The house holds: no module imports a floor above its own, no package has an import circle.

The contracts are in pyproject.toml ([tool.importlinter]); `lint-imports` (import-linter) checks
them on the code's own imports, function-level ones included. docs/architecture.md draws the same
floors, and a test keeps the picture and the contract the same.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from .conftest import ROOT

LINT = "import sys; from importlinter.cli import lint_imports_command; sys.argv[0] = 'lint-imports'; lint_imports_command()"


def _floors() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers: list[str] = next(c for c in contracts if c["type"] == "layers")["layers"]
    return layers


def test_import_contracts_hold() -> None:
    res = subprocess.run([sys.executable, "-c", LINT, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=False)
    report = res.stdout[res.stdout.find("Contracts"):] + res.stderr
    assert res.returncode == 0, report
    assert re.search(r"Contracts: \d+ kept, 0 broken", res.stdout), report


def test_architecture_doc_draws_the_floors_of_the_contract() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    picture = doc.split("```")[1]
    lines = [line.split("  ")[0].strip() for line in picture.splitlines() if line.strip()]
    assert [line for line in lines if line] == _floors()
