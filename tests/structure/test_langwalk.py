"""The compiled feature walk (structure/langwalk.py) against py3langid's own."""
from __future__ import annotations

import pytest

from enligt.structure import langid
from enligt.structure.langwalk import feature_counts

_TEXTS = ["Regeringen meddelade på tisdagen att stödet ska öka.", "Police said two people were held.",
          "Die Regierung teilte am Dienstag mit, dass die Hilfen steigen.", "Ho seier at dei ikkje har svar.",
          "Regeringen siger, at støtten til kommunerne skal stige.", "", "...", "12 34 56", "ÅÄÖ æøå ß",
          "Ett ord – två ord – \u201ctre ord\u201d, säger hon.", "x" * 300]


@pytest.mark.parametrize("text", _TEXTS)
def test_counts_are_py3langids_in_its_order(text: str) -> None:
    from py3langid.langid import visit_counts

    ident = langid._identifier()
    data = ident._encode(text)
    theirs = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
    assert list(feature_counts(ident._walk, data).items()) == list((theirs or {}).items())


def test_each_state_entry_holds_its_row_and_feature() -> None:
    """One read a step: a state's entry packs py3langid's row offset (`_rowbase`) and feature (`tk_output`)."""
    from enligt.structure.langwalk import FEATURE_BITS

    ident = langid._identifier()
    states = ident._walk.states
    assert len(states) == len(ident._rowbase) == len(ident.tk_output)
    for state in (0, 1, 2, len(states) // 2, len(states) - 1):
        assert states[state] >> FEATURE_BITS == ident._rowbase[state]
        assert (states[state] & ((1 << FEATURE_BITS) - 1)) - 1 == ident.tk_output[state]


def test_the_identifier_scores_as_py3langid_does() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ours = langid._identifier()
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    theirs.set_languages(ours.nb_classes)
    assert type(ours) is not LanguageIdentifier  # the walking subclass
    assert [ours.classify(t) for t in _TEXTS] == [theirs.classify(t) for t in _TEXTS]


@pytest.mark.parametrize("text", ["Han sier at det er for tidlig, sier hun.", "Hun siger, at hvad der sker (efter valget) ...",
                                  "HAN SIER: «etter»", "", "  \n ", "Han säger att det är för tidigt."])
def test_word_votes_count_each_listed_word(text: str) -> None:
    from enligt.structure.langwalk import word_votes

    table = {"sier": "no", "etter": "no", "siger": "da", "hvad": "da", "efter": "da", "säger": "sv"}
    want = dict.fromkeys(("sv", "no", "da"), 0)
    for w in text.lower().split():
        c = table.get(w) or table.get(w.strip(".,:;()«»"))
        if c is not None:
            want[c] += 1
    assert word_votes(text, table, ".,:;()«»", dict.fromkeys(("sv", "no", "da"), 0)) == want
