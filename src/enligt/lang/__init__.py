"""Per-language word lists, loaded lazily from data files under `lang/<code>/`.

Files are plain text, one entry per line; `#` starts a comment; blank lines are skipped.
TSV files (`*.tsv`) give tab-separated rows. Shared, language-independent lists sit at `lang/`
root. A language with no folder raises `LanguageError`: it is never silently treated as English.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from enligt.errors import LanguageError

SUPPORTED: tuple[str, ...] = ("sv", "en", "no", "da", "de")
# Languages close enough that a list missing in one may be borrowed from the other.
FALLBACK: dict[str, str] = {"no": "da", "da": "no"}


def _read(code: str | None, name: str) -> str | None:
    base = resources.files("enligt.lang")
    path = base / code / name if code else base / name
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _lines(raw: str) -> list[str]:
    out = []
    for line in raw.splitlines():
        line = line.split(" #", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            out.append(line.strip() if "\t" not in line else line)
    return out


def check_language(code: str) -> str:
    if code not in SUPPORTED:
        raise LanguageError(f"unsupported language {code!r}; enligt knows {', '.join(SUPPORTED)}")
    return code


@cache
def words(code: str | None, name: str) -> tuple[str, ...]:
    """Entries of `lang/<code>/<name>.txt` (or `lang/<name>.txt` for code None), in file order.

    A missing file gives an empty tuple (a language may lack a list); an unknown language raises.
    """
    if code is not None:
        check_language(code)
    raw = _read(code, f"{name}.txt")
    if raw is None and code in FALLBACK:
        raw = _read(FALLBACK[code], f"{name}.txt")
    return tuple(_lines(raw)) if raw else ()


@cache
def wordset(code: str | None, name: str) -> frozenset[str]:
    """Lower-cased set of `words(code, name)`, for membership tests."""
    return frozenset(w.lower() for w in words(code, name))


@cache
def table(code: str | None, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `lang/<code>/<name>.tsv`, each a tuple of its tab-separated cells."""
    if code is not None:
        check_language(code)
    raw = _read(code, f"{name}.tsv")
    if raw is None and code in FALLBACK:
        raw = _read(FALLBACK[code], f"{name}.tsv")
    if not raw:
        return ()
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(raw))


@cache
def all_languages_words(name: str) -> frozenset[str]:
    """Union over supported languages, for rules that run before the language is known."""
    out: set[str] = set()
    for code in SUPPORTED:
        out |= wordset(code, name)
    return frozenset(out)
