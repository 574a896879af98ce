"""The mypyc build (setup.py) and its guard (enligt._compiled): compiled when fresh, same results as source."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from enligt import _compiled

SAMPLE = Path(__file__).parents[1] / "src" / "enligt" / "samples" / "sv-helgadalen-explosion.txt"


def _run(code: str, **env: str) -> str:
    full = {k: v for k, v in os.environ.items() if k != "ENLIGT_PURE"} | env
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, check=True)
    return out.stdout.strip()


def _compiled_pairs() -> dict[str, tuple[Path, Path]]:
    pairs = _compiled._pairs()
    if not pairs:
        pytest.skip("no compiled modules in this install (ENLIGT_PURE build or no C compiler)")
    return pairs


def _c_compiler() -> str | None:
    """The C compiler Python's build would use, if it is on this machine."""
    import shlex
    import shutil
    import sysconfig

    cc = shlex.split(sysconfig.get_config_var("CC") or "cc")
    return shutil.which(cc[0]) if cc else None


def _pure_build() -> str | None:
    """Why this install is pure Python, when scripts/setup.sh installed it so (it records the build)."""
    stamp = Path(sys.prefix) / ".enligt-installed"
    text = stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else ""
    return text if text.startswith("pure") else None


def test_the_hot_modules_run_compiled() -> None:
    """setup.py compiles the text pipeline; a build without it would silently lose a third of the speed.

    Where setup could not or was told not to compile (no C compiler, ENLIGT_PURE), setup falls back
    to pure Python and this test says why it skips."""
    if os.environ.get("ENLIGT_PURE"):
        pytest.skip("ENLIGT_PURE is set")
    if _c_compiler() is None:
        pytest.skip("no C compiler on this machine: setup installed the pure-Python build")
    if (why := _pure_build()) is not None:
        pytest.skip(f"scripts/setup.sh installed the pure-Python build: {why}")
    assert _compiled.status().startswith("compiled"), _compiled.status() + ": rebuild with `bash scripts/setup.sh`"
    from enligt.analyze import attribution

    assert not attribution.__file__.endswith(".py")


def test_compiled_and_source_give_the_same_analysis() -> None:
    _compiled_pairs()
    code = ("import sys; from enligt.pipeline import analyze_text; from enligt.settings import Options; "
            "from enligt.output.jsonout import analysis_json; import enligt._compiled as c; "
            f"print(c.status()); print(analysis_json(analyze_text(open({str(SAMPLE)!r}).read(), options=Options())))")
    native, pure = _run(code), _run(code, ENLIGT_PURE="1")
    assert native.splitlines()[0].startswith("compiled")
    assert pure.splitlines()[0].startswith("pure Python")
    a, b = json.loads("\n".join(native.splitlines()[1:])), json.loads("\n".join(pure.splitlines()[1:]))
    assert a["attributions"] and a == b


def test_a_source_newer_than_its_build_falls_back_to_source() -> None:
    pairs = _compiled_pairs()
    if not _compiled._in_checkout():
        pytest.skip("installed from a wheel: sources cannot change after the build")
    name, (built, source) = min(pairs.items())
    before = source.stat()
    try:
        os.utime(source, (before.st_atime, built.stat().st_mtime + 10))
        out = _run(f"import enligt._compiled as c, {name} as m; print(c.status()); print(m.__file__)")
    finally:
        os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    status, path = out.splitlines()
    assert status.startswith("pure Python (compiled modules older")
    assert path.endswith(".py")


def test_source_first_finder_only_answers_for_its_modules(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("X = 1\n")
    finder = _compiled._SourceFirst({"pkg.mod": source})
    spec = finder.find_spec("pkg.mod")
    assert spec is not None and spec.origin == str(source)
    assert finder.find_spec("pkg.other") is None
