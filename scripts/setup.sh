#!/usr/bin/env bash
# Create .venv and install enligt with its test tools; setup.py compiles the text pipeline with mypyc.
# Idempotent and quick when nothing changed; used by demo.sh and test.sh. ENLIGT_PURE=1 skips compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
STAMP=.venv/.enligt-installed
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
fresh() {  # installed after the last change to the build files, and no compiled module older than its source
  [ -f "$STAMP" ] && [ "$STAMP" -nt pyproject.toml ] && [ "$STAMP" -nt setup.py ] &&
    .venv/bin/python -W ignore -c 'import enligt._compiled as c, sys; sys.exit("older" in c.status())' 2>/dev/null
}
if ! fresh; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  echo "setup: installing enligt into .venv (the first time, with compiling, takes two to four minutes)" >&2
  build="compiled"
  [ -n "${ENLIGT_PURE:-}" ] && build="pure (ENLIGT_PURE is set)"
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2> >(grep -v '^WARNING: Location' >&2); then
    echo "setup: the compiled build failed (no C compiler?); installing the pure-Python build instead" >&2
    ENLIGT_PURE=1 .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2> >(grep -v '^WARNING: Location' >&2)
    build="pure (the compiled build failed)"
  fi
  echo "$build" > "$STAMP"  # which build this is: tests/test_compiled.py reads it
fi
# Byte-compile the sources: an editable install does not, and with PYTHONDONTWRITEBYTECODE set every
# command would recompile each module it imports (about 60 ms a start).
.venv/bin/python -m compileall -q src/enligt >/dev/null
.venv/bin/enligt --version >/dev/null
# Unpack the language model into its cache once (see structure/langid.py), so no command pays for it.
.venv/bin/python -c 'from enligt.structure.langid import identify; identify("A sentence that warms the cache.")'
