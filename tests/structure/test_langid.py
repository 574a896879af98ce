from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from enligt.structure.langid import identify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regeringen meddelade på tisdagen att stödet till kommunerna ska öka nästa år.", "sv"),
        ("Polisen uppger att två personer har gripits efter bränder i natt i Malmö.", "sv"),
        ("The government said on Tuesday that support for local councils would rise next year.", "en"),
        ("Police said two people had been arrested after a fire broke out overnight.", "en"),
        ("Regjeringen sier at støtten til kommunene skal øke neste år, opplyser departementet.", "no"),
        ("Regeringen siger, at støtten til kommunerne skal stige næste år, oplyser ministeriet.", "da"),
        ("Die Regierung teilte am Dienstag mit, dass die Hilfen für die Kommunen steigen sollen.", "de"),
    ],
)
def test_identify_language(text: str, expected: str) -> None:
    assert identify(text) == expected


@pytest.mark.parametrize("text", ["", "ok", "12 34 56 78 90", "—  · | "])
def test_too_little_text_gives_none(text: str) -> None:
    assert identify(text) is None


def test_nynorsk_is_reported_as_norwegian() -> None:
    text = "Ho seier at dei ikkje har fått noko svar frå kommunen enno, og at dei vil vente til hausten."
    assert identify(text) == "no"


_SAMPLES = ["Regeringen meddelade på tisdagen att stödet ska öka.", "Police said two people were held.",
            "Die Regierung teilte am Dienstag mit, dass die Hilfen steigen.", "Ho seier at dei ikkje har svar.",
            "Regeringen siger, at støtten til kommunerne skal stige."]


def test_loader_matches_py3langids_own_with_and_without_its_cache(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from enligt.structure import langid

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    monkeypatch.setenv("ENLIGT_CACHE", str(tmp_path))
    first = langid._load()  # decompresses the model and writes the cache
    cached = sorted(p.name for p in tmp_path.glob("*/*.npy"))
    second = langid._load()  # maps the cache
    assert cached == sorted(f"{name}.npy" for name in langid._ARRAYS)
    for ours in (first, second):
        assert ours.nb_classes == theirs.nb_classes
        assert [ours.classify(s) for s in _SAMPLES] == [theirs.classify(s) for s in _SAMPLES]
    assert isinstance(second.tk_nextmove, memoryview)  # the mapped table is indexed in place, not copied


@pytest.mark.parametrize(("dtype", "kind"), [("<u2", memoryview), ("<u4", memoryview), (">u4", array),
                                              ("<u8", memoryview)])
def test_uint_array_views_native_arrays_and_copies_others(dtype: str, kind: type) -> None:
    import numpy as np

    from enligt.structure import langid

    arr = np.arange(0, 3000, 7, dtype=dtype)
    out = langid._uint_array(arr)
    assert isinstance(out, kind)
    assert list(out) == [int(x) for x in arr]
    assert list(langid._uint_array(arr[::2])) == [int(x) for x in arr[::2]]  # a strided slice: copied


def test_a_broken_or_unwritable_cache_falls_back_to_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid import langid as model

    from enligt.structure import langid

    monkeypatch.setenv("ENLIGT_CACHE", str(tmp_path))
    folder = langid.cache_dir(model)
    assert folder is not None
    folder.mkdir(parents=True)
    (folder / "ptc.npy").write_bytes(b"not an array")  # an interrupted or damaged cache
    assert langid._load().classify(_SAMPLES[1])[0] == "en"
    assert langid._cached_arrays(folder) is not None  # rebuilt
    monkeypatch.setenv("ENLIGT_CACHE", str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the cache folder should be")
    assert langid._load().classify(_SAMPLES[0])[0] == "sv"
    monkeypatch.setenv("ENLIGT_CACHE", "off")
    assert langid.cache_dir(model) is None


def test_warm_up_then_identify() -> None:
    from enligt.structure import langid

    langid.warm_up()
    assert identify("The government said on Tuesday that support would rise next year.") == "en"


def test_one_cached_copy_per_model_version_whatever_the_install(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache folder was named after the model file's install time: 66 MB more for every venv."""
    import os
    import shutil
    from types import SimpleNamespace

    from py3langid import langid as model

    from enligt.structure import langid

    monkeypatch.setenv("ENLIGT_CACHE", str(tmp_path / "cache"))
    installs = []
    for i, name in enumerate(("venv-a", "venv-b")):
        folder = tmp_path / name
        (folder / model.MODEL_FILE).parent.mkdir(parents=True)
        shutil.copy(model.MODEL_DIR / model.MODEL_FILE, folder / model.MODEL_FILE)
        os.utime(folder / model.MODEL_FILE, ns=(10**18 + i, 10**18 + i))  # installed at different times
        installs.append(SimpleNamespace(MODEL_DIR=folder, MODEL_FILE=model.MODEL_FILE))
    assert langid.cache_dir(installs[0]) == langid.cache_dir(installs[1]) == langid.cache_dir(model)
    other = tmp_path / "venv-c"
    (other / model.MODEL_FILE).parent.mkdir(parents=True)
    (other / model.MODEL_FILE).write_bytes(b"another model version" * 10)
    assert langid.cache_dir(SimpleNamespace(MODEL_DIR=other, MODEL_FILE=model.MODEL_FILE)) != langid.cache_dir(model)


def test_writing_a_copy_prunes_per_install_copies_and_unused_versions(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from py3langid import langid as model

    from enligt.structure import langid

    monkeypatch.setenv("ENLIGT_CACHE", str(tmp_path))
    legacy = [tmp_path / "py3langid-4586720-1796415588794136094", tmp_path / "py3langid-4586720-1796415863371622506"]
    old, recent, unrelated = tmp_path / "py3langid-0123456789abcdef", tmp_path / "py3langid-fedcba9876543210", \
        tmp_path / "notes"
    for path in (*legacy, old, recent, unrelated):
        path.mkdir()
        (path / "ptc.npy").write_bytes(b"x")
    month_ago = time.time() - 30 * 86400
    os.utime(old, (month_ago, month_ago))
    langid._load()  # no copy of this model yet: writes one, then prunes
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == sorted([langid.cache_dir(model).name, recent.name, unrelated.name])  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    ("Brann i Bergen\n\nPolitiet sier at ingen ble skadet. Hva som skjedde, er uklart etter kvelden.", "no"),
    ("Brand i Odense\n\nPolitiet siger, at ingen blev skadet. Hvad der skete, er uklart efter aftenen.", "da"),
    ("Brand i Malmö\n\nPolisen säger att ingen skadades. Vad som hände är oklart efter kvällen.", "sv"),
    ("Ulykke på E6\n\nDei seier at vegen er stengd, og at dei ikkje veit kva som skjedde.", "no"),
])
def test_short_scandinavian_pages(text: str, expected: str) -> None:
    assert identify(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hun sier at de har kjøpt mye etter at hva", "no"),
    ("Hun siger, at de har købt meget efter hvad", "da"),
    ("Hon säger att de har köpt mycket och inte vad", "sv"),
    ("Politiet kom i går", None),  # no distinctive word: the model decides
])
def test_distinctive_words_decide(text: str, expected: str | None) -> None:
    from enligt.structure.langid import by_words

    assert by_words(text) == expected
