"""Which modules run compiled (mypyc, built by setup.py) and which run as Python source.

A compiled module shadows its `.py` file. In a source checkout, editing a `.py` file after the
build would silently run the old compiled code, so when any compiled module is older than its
source (or ENLIGT_PURE is set), every module is loaded from source instead: compiled modules
call each other directly, so they cannot be mixed with edited ones. `status()` says which it is.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent
_SCANNED = ("analyze", "structure", "lang")  # the packages setup.py compiles modules of
_STATE: dict[str, str] = {}


def _pairs() -> dict[str, tuple[Path, Path]]:
    """Module name -> (compiled file, source file) for each compiled module next to its source."""
    out: dict[str, tuple[Path, Path]] = {}
    for pkg in _SCANNED:
        with os.scandir(ROOT / pkg) as entries:
            for entry in entries:
                suffix = next((s for s in EXTENSION_SUFFIXES if entry.name.endswith(s)), None)
                if suffix is None:
                    continue
                stem = entry.name[: -len(suffix)]
                source = ROOT / pkg / f"{stem}.py"
                if source.exists():
                    name = f"enligt.{pkg}" if stem == "__init__" else f"enligt.{pkg}.{stem}"
                    out[name] = (Path(entry.path), source)
    return out


def _in_checkout() -> bool:
    """A source checkout (editable install), where sources can change after the build."""
    return ROOT.parent.name == "src" and (ROOT.parent.parent / "pyproject.toml").exists()


class _SourceFirst:
    """A meta-path finder that loads the listed modules from their `.py` files."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(self, name: str, path: object = None, target: ModuleType | None = None) -> ModuleSpec | None:
        source = self.sources.get(name)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(name, source)


def choose() -> None:
    """Decide once, at package import, whether compiled modules may load."""
    if _STATE:
        return
    pairs = _pairs()
    if not pairs:
        _STATE["status"] = "pure Python (no compiled modules installed)"
        return
    stale = sorted(n for n, (so, py) in pairs.items() if _in_checkout() and so.stat().st_mtime < py.stat().st_mtime)
    if os.environ.get("ENLIGT_PURE"):
        reason = "pure Python (ENLIGT_PURE is set)"
    elif stale:
        reason = f"pure Python (compiled modules older than their sources: {', '.join(stale[:3])}...)"
        warnings.warn(f"enligt: {len(stale)} compiled modules are older than their sources; running pure "
                      "Python. Rebuild with `bash scripts/setup.sh`.", RuntimeWarning, stacklevel=3)
    else:
        _STATE["status"] = f"compiled (mypyc): {len(pairs)} modules"
        return
    _STATE["status"] = reason
    sys.meta_path.insert(0, _SourceFirst({name: py for name, (_so, py) in pairs.items()}))


def status() -> str:
    """One line: whether the hot modules run compiled, and if not, why."""
    choose()
    return _STATE["status"]
