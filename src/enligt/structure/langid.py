"""Language identification: the one seam around py3langid.

The model loads lazily, once, on the first call (it takes ~0.3 s), and is restricted to the
languages news pages in scope are written in, so that short Scandinavian texts are not
mistaken for far-off languages. Nynorsk is reported as Norwegian ("no"). A batch command can
`warm_up()` first: the model then loads in a background thread (its LZMA decompression runs
outside the GIL) while the first page is read and parsed.

The model ships LZMA-compressed (4.5 MB, 68 MB unpacked). The first load writes its arrays,
unpacked, to a cache folder (`$ENLIGT_CACHE`, else `$XDG_CACHE_HOME/enligt`, else
`~/.cache/enligt`; `ENLIGT_CACHE=off` turns it off); later processes map them in about a
tenth of the time. The cache is derived from the installed model only: nothing is downloaded.
The folder is named after the model's content (a fingerprint of the file), not its path or
install time, so every venv with the same model shares one copy; writing a new copy prunes the
others that have not been used for `PRUNE_DAYS` (and the per-install copies older versions made).
"""
from __future__ import annotations

import io
import lzma
import os
import re
import shutil
import tempfile
import threading
from array import array
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from enligt.lang import wordset
from enligt.structure.langwalk import FEATURE_BITS, WalkTables, feature_counts, word_votes

# Languages the identifier may answer; py3langid codes.
CANDIDATES: tuple[str, ...] = (
    "sv", "en", "no", "nn", "nb", "da", "de", "fi", "fr", "es", "nl", "it", "pt", "pl", "ru", "is", "et",
)
# py3langid code -> ISO 639-1 code we report.
ALIASES: dict[str, str] = {"nn": "no", "nb": "no"}
MIN_LETTERS = 12  # below this, any guess is noise
SAMPLE_CHARS = 200  # enough for a stable guess on news prose; the model walks bytes in Python
NON_LETTER = re.compile(r"[\W\d_][\W\d_]*")


_LOCK = threading.Lock()
_LOADED: list[Any] = []  # the identifier, once loaded
_TYPECODE = {2: "H", 4: "I", 8: "L"}


def _uint_array(arr: Any) -> array | memoryview:
    """An unsigned NumPy array as a sequence of Python ints for py3langid's tokenizer to index.

    A contiguous array in native byte order is wrapped as a memoryview, without copying (the
    transition table is 38 MB: a copy cost ~50 ms a process, and a memory-mapped one is then read
    only where the tokenizer steps); anything else is copied into a stdlib array."""
    import numpy as np

    try:
        view = memoryview(arr)
        if view.format in _TYPECODE.values() and view.ndim == 1 and view.c_contiguous:
            return view
    except (TypeError, ValueError):
        pass
    out = array(_TYPECODE[arr.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(arr, dtype=arr.dtype.newbyteorder("=")).tobytes())
    return out


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _model_arrays(langid: Any) -> dict[str, Any]:
    """The bundled model's arrays, decompressed in one `lzma.decompress` call.

    py3langid's own loader streams the archive in small chunks, taking the GIL back after each one,
    so a loading thread starves while the main thread works; one call keeps the GIL free for all
    ~0.3 s of decompression."""
    import numpy as np

    raw = lzma.decompress((langid.MODEL_DIR / langid.MODEL_FILE).read_bytes())
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return {name: data[name] for name in _ARRAYS}


PRUNE_DAYS = 7  # a cached model copy unused this long is removed when another is written
_FINGERPRINT_BYTES = 1 << 16
_LEGACY = re.compile(r"py3langid-\d+-\d+$")  # named after a file's size and install time: one per venv


def model_fingerprint(path: Path) -> str:
    """A short hash of the model file's size, first and last 64 KiB: the same for every install of one
    model version (the compressed stream's end carries the checksum of all its content), read in
    well under a millisecond."""
    import hashlib

    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as fh:
        digest.update(fh.read(_FINGERPRINT_BYTES))
        fh.seek(max(0, size - _FINGERPRINT_BYTES))
        digest.update(fh.read(_FINGERPRINT_BYTES))
    return digest.hexdigest()[:16]


def cache_dir(langid: Any) -> Path | None:
    """The folder of this model's unpacked arrays, named after the model's content (one per version)."""
    root = os.environ.get("ENLIGT_CACHE")
    if root is not None and root.strip().lower() in ("", "0", "off", "no", "none"):
        return None
    base = Path(root) if root else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "enligt"
    return base / f"py3langid-{model_fingerprint(langid.MODEL_DIR / langid.MODEL_FILE)}"


def prune_cache(keep: Path, *, days: float = PRUNE_DAYS) -> list[Path]:
    """Remove the other model copies beside `keep`: per-install ones of older enligt versions, and
    other model versions unused for `days`. Returns what was removed. Errors are ignored."""
    import time

    removed: list[Path] = []
    try:
        siblings = [p for p in keep.parent.iterdir() if p.name.startswith("py3langid-") and p != keep]
    except OSError:
        return removed
    cutoff = time.time() - days * 86400
    for path in siblings:
        try:
            stale = _LEGACY.fullmatch(path.name) is not None or path.stat().st_mtime < cutoff
        except OSError:
            continue
        if stale:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _mark_used(folder: Path) -> None:
    """Record that this copy is in use (its folder's time), so pruning keeps it."""
    try:
        os.utime(folder)
    except OSError:
        pass


def _cached_arrays(folder: Path) -> dict[str, Any] | None:
    """The arrays from the cache, memory-mapped; None when the cache is missing or incomplete."""
    import numpy as np

    try:
        return {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    except (OSError, ValueError):
        return None


def _write_cache(folder: Path, arrays: dict[str, Any]) -> None:
    """Write the arrays to `folder` atomically (a temporary folder renamed); any failure is ignored."""
    import numpy as np

    tmp: str | None = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent)
        for name, arr in arrays.items():
            np.save(Path(tmp) / f"{name}.npy", arr, allow_pickle=False)
        os.replace(tmp, folder)
        tmp = None
    except OSError:
        pass  # a read-only or full disk: the next process decompresses again
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _load() -> Any:
    """py3langid's identifier from the cache, else from the bundled model (then cached).
    Any change in the model layout falls back to py3langid's own loader."""
    import numpy as np
    from py3langid import langid  # type: ignore[import-untyped]

    try:
        folder = cache_dir(langid)
        arrays = _cached_arrays(folder) if folder is not None else None
        if arrays is None:
            arrays = _model_arrays(langid)
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)  # a damaged or partial cache is rebuilt
                _write_cache(folder, arrays)
                prune_cache(folder)
        elif folder is not None:
            _mark_used(folder)
        cls = _walking_class(langid.LanguageIdentifier)
        ident = cls(
            np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
            _uint_array(arrays["nextmove"]), arrays["out_feat"].tolist(), norm_probs=True,
            tk_row=_uint_array(arrays["nextmove_row"]))
        if cls is not langid.LanguageIdentifier:
            rows: Any = np.left_shift(np.asarray(arrays["nextmove_row"], dtype=np.uint64), 8)  # py3langid's _rowbase
            features: Any = np.asarray(arrays["out_feat"], dtype=np.int64) + 1  # (0: no feature)
            if len(features) and int(features.max()) >> FEATURE_BITS:
                raise ValueError("more features than a state's entry holds")  # py3langid's own loader then
            states: Any = np.ascontiguousarray(np.left_shift(rows, FEATURE_BITS) | features.astype(np.uint64))
            ident._walk = WalkTables(ident.tk_nextmove, memoryview(states))
            # py3langid's own walk tables (read only when a text has no feature) as tuples: a tuple of
            # ints leaves the garbage collector's care, so a full collection no longer visits their
            # 200,000 entries (about half of all it visited)
            if isinstance(getattr(ident, "tk_output", None), list) and isinstance(getattr(ident, "_rowbase", None), list):
                ident.tk_output, ident._rowbase = tuple(ident.tk_output), tuple(ident._rowbase)
        return ident
    except (AttributeError, KeyError, OSError, TypeError, ValueError, lzma.LZMAError):
        return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@cache
def _walking_class(base: type) -> type:
    """py3langid's identifier with its feature walk replaced by `langwalk.feature_counts` (compact
    tables, compiled: a third of the time a page); every score after the walk is py3langid's own.
    A py3langid without the walk's seam (`_raw_score`, `_sparse_score`) is used as it is."""
    if not (hasattr(base, "_raw_score") and hasattr(base, "_sparse_score")):
        return base

    class Walking(base):  # type: ignore[misc, valid-type]
        __slots__ = ("_walk",)

        def _raw_score(self, text: Any) -> Any:
            visits = feature_counts(self._walk, text)
            if not visits:
                return super()._raw_score(text)  # no feature: py3langid's own answer
            return self._sparse_score(visits, self.nb_ptc)

    return Walking


def _identifier() -> Any:
    """The restricted identifier, loaded once (thread-safe: a warm-up thread may be loading it)."""
    if _LOADED:
        return _LOADED[0]
    with _LOCK:
        if not _LOADED:
            ident = _load()
            known = set(ident.nb_classes)
            ident.set_languages([c for c in CANDIDATES if c in known])
            ident.nb_ptc = _row_major(ident.nb_ptc)
            _LOADED.append(ident)
    return _LOADED[0]


def _row_major(table: Any) -> Any:
    """The feature x language table in row order. py3langid restricts it to the candidates by a
    column selection, which leaves it in column order, and scores a text by gathering the rows of its
    features: a row was then one read per language, 200 kB apart; now it is one cache line. The same
    values, so the same scores."""
    import numpy as np

    return np.ascontiguousarray(table)


def warm_up() -> None:
    """Start loading the model in a daemon thread; `identify` waits for it when it needs it."""
    if not _LOADED:
        threading.Thread(target=_identifier, name="enligt-langid", daemon=True).start()


def identify(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(NON_LETTER.sub("", sample[: MIN_LETTERS * 8])) < MIN_LETTERS:
        return None
    code, prob = _guess(sample)
    code = ALIASES.get(code, code)
    if code in ("no", "da") or (code == "sv" and prob < SURE):  # close kin on a short sample: more words decide
        code = by_words(text[:EVIDENCE_CHARS]) or code
    return code


@lru_cache(maxsize=1)
def _guess(sample: str) -> tuple[str, float]:
    """The model's language and probability for `sample`. The last answer is kept: a page without a
    headline line asks about its first lines (`text._headline_full_stop`) and then about its title and
    body, most often the same first 200 characters."""
    code, prob = _identifier().classify(sample)
    return str(code), prob


SCANDINAVIAN: tuple[str, ...] = ("sv", "no", "da")
SURE = 0.99  # a Swedish answer at least this probable is taken as it is (Norwegian and Danish are always checked)
EVIDENCE_CHARS = 2000  # text read for distinctive words (a dict lookup a word)
MIN_EVIDENCE = 3  # distinctive words needed before they overrule the model
EVIDENCE_RATIO = 2  # ... and how many times more than the next language's
_PUNCT = ".,;:!?»«\"'()[]–—-…”“„"  # what clings to a word split at whitespace


def by_words(text: str) -> str | None:
    """Swedish, Norwegian or Danish by the words only one of them writes so (lang/<code>/langid_words.txt:
    "sier"/"siger", "etter"/"efter", "hva"/"hvad"), or None when they do not clearly agree."""
    counts = word_votes(text, _distinctive(), _PUNCT, dict.fromkeys(SCANDINAVIAN, 0))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n), (_, runner_up) = ranked[0], ranked[1]
    return best if n >= MIN_EVIDENCE and n >= EVIDENCE_RATIO * runner_up else None


@cache
def _distinctive() -> dict[str, str]:
    """Word -> the one Scandinavian language that writes it so; a word listed for two counts for neither."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for code in SCANDINAVIAN:
        for w in wordset(code, "langid_words"):
            if w in seen:
                out.pop(w, None)
            else:
                out[w] = code
                seen.add(w)
    return out
