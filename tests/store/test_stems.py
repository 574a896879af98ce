"""Stems for the search index and the words a search matched (store/stems.py)."""
from __future__ import annotations

import pytest

from enligt.store.stems import Matcher, stemmed_text, variants

# (query word, a text in that language, the words the query must find in it)
CASES = [
    ("död", "Tre personer är döda och en dödades i natt, uppger polisen.", "sv", ["döda", "dödades"]),
    ("explosion", "Explosionen hördes i hela staden.", "sv", ["Explosionen"]),
    ("killed", "Two people were killed; the killing shocked the town.", "en", ["killed", "killing"]),
    ("evacuation", "Residents were evacuated overnight.", "en", ["evacuated"]),
    ("drept", "To personer ble drept, og politiet sier at de drepte var unge.", "no", ["drept", "drepte"]),
    ("dræbte", "En mand blev dræbt i nat.", "da", ["dræbt"]),
    ("Explosionen", "Nach der Explosion wurden zwei Menschen getötet.", "de", ["Explosion"]),
    ("dod", "Tre personer är döda.", "sv", ["döda"]),  # typed without diacritics, as the index folds them
]


@pytest.mark.parametrize(("query", "text", "lang", "words"), CASES)
def test_a_query_word_finds_the_inflected_forms_of_its_stem(query: str, text: str, lang: str,
                                                           words: list[str]) -> None:
    matcher = Matcher.of([(query, False, False)])
    assert [text[a:b] for a, b in matcher.spans(text)] == words
    indexed = set(stemmed_text(text, lang).split())
    assert indexed & {v for v in variants(query)} or query == "dod"


def test_prefix_terms_match_word_starts_and_phrases_match_each_word() -> None:
    matcher = Matcher.of([("polis", False, True), ("civila offer", True, False)])
    text = "Polisen räknar civila offer och polismän."
    assert [text[a:b] for a, b in matcher.spans(text)] == ["Polisen", "civila", "offer", "polismän"]


def test_the_snippet_is_a_window_around_the_first_match_with_matches_marked() -> None:
    text = " ".join(f"ord{i}" for i in range(100)) + " Tre döda i natt. " + " ".join(f"ord{i}" for i in range(100))
    snippet = Matcher.of([("död", False, False)]).snippet([text], words=12)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\x02döda\x03" in snippet and len(snippet.split()) <= 14
    assert Matcher.of([("saknas", False, False)]).snippet(["Kort text."]) == "Kort text."
