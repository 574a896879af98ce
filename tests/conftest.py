from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SAMPLES = ROOT / "samples"


@pytest.fixture
def dev_corpus() -> Path:
    """The shared annotated dev corpus; tests that need it skip where it is absent."""
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev not present")
    return DEV
