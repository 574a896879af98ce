from __future__ import annotations

import threading

import pytest

from enligt.errors import NotFoundError
from enligt.store import Store
from enligt.store.queries import parse_query, snippet_parts

HOSTILE = [
    '"', '""', '"unbalanced', "((", "norvik)", "NEAR(norvik blast, 2)", "norvik NEAR blast", "*", "**", "-norvik",
    "norvik OR 1=1", "'; DROP TABLE articles; --", "title:norvik", "^norvik", "norvik AND", "NOT", "{a b}: c",
    "\x00", "é" * 5000, "norvik +blast", "\\", "%", "_", "' OR ''='", "Robert'); DROP TABLE attributions;--",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_safe(corpus: Store, query: str) -> None:
    res = corpus.search(query)
    assert isinstance(res["total"], int) and len(res["items"]) <= res["total"]
    assert corpus.list_articles()["total"] == 4  # nothing was dropped


@pytest.mark.parametrize(("query", "expected"), [
    ("norvik", 4),
    ("NORVIK", 4),
    ("norvik NEAR blast", 0),      # NEAR is a plain word here, not an operator
    ('"harbour authority"', 1),
    ('"authority harbour"', 0),
    ("harb*", 1),
    ("civil*", 4),
    ("räddningsarbetet", 1),      # attribution content and body
    ("Branden", 1),
    ("norvik)", 4),
])
def test_search_finds_words_phrases_and_prefixes(corpus: Store, query: str, expected: int) -> None:
    assert corpus.search(query)["total"] == expected


def test_search_filters_and_snippets(corpus: Store) -> None:
    res = corpus.search("norvik", lang="en")
    assert res["total"] == 2 and {i["language"] for i in res["items"]} == {"en"}
    assert corpus.search("norvik", outlet="the daily ledger")["total"] == 2
    assert corpus.search("norvik", date_from="2024-05-03", date_to="2024-05-04")["total"] == 2
    assert corpus.search("norvik", source_type="person")["total"] == 1
    hit = corpus.search("explosionen")["items"][0]
    assert any(p["match"] and p["text"].lower() == "explosionen" for p in hit["snippet_parts"])
    assert "\x02" not in hit["snippet"] and "explosionen" in hit["snippet"]
    assert corpus.search("norvik", limit=1, offset=1)["items"][0]["id"] != corpus.search("norvik", limit=1)["items"][0]["id"]


@pytest.mark.parametrize(("query", "terms"), [
    ("a b", [("a", False, False), ("b", False, False)]),
    ('"a b" c*', [("a b", True, False), ("c", False, True)]),
    ('"open phrase', [("open phrase", True, False)]),
    ("foo-bar", [("foo bar", False, False)]),
    ("( ) * :", []),
])
def test_parse_query(query: str, terms: list[tuple[str, bool, bool]]) -> None:
    assert parse_query(query) == terms


def test_snippet_parts() -> None:
    assert snippet_parts("a \x02b\x03 c") == [{"text": "a ", "match": False}, {"text": "b", "match": True},
                                               {"text": " c", "match": False}]


def test_get_article_has_spans_into_its_text(corpus: Store) -> None:
    art = corpus.get_article(1)
    for a in art["attributions"]:
        s, e = a["spans"]["content"]
        assert art["text"][s:e] == a["content"]
    q = art["quantities"][0]
    assert art["text"][q["span"][0]:q["span"][1]] == "40" and q["attribution"] == 1
    assert art["article"]["body"][0].startswith("Enligt kommunen")
    assert art["headline_claims"] == [{"attribution": 0, "overlap": 1.0}]


def test_unknown_article_is_not_found(corpus: Store) -> None:
    with pytest.raises(NotFoundError):
        corpus.get_article(999)
    with pytest.raises(NotFoundError):
        corpus.get_source("nobody")


def test_list_articles_pages_and_filters(corpus: Store) -> None:
    assert [a["id"] for a in corpus.list_articles(limit=2)["items"]] == [4, 3]
    assert corpus.list_articles(lang="sv")["total"] == 2
    assert corpus.list_articles(outlet="Kvällsposten")["items"][0]["id"] == 2


def test_reads_from_several_threads(corpus: Store) -> None:
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                assert corpus.search("norvik")["total"] == 4
                assert corpus.get_article(1)["id"] == 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# Stemmed search (issue 13): "död" found nothing while the corpus said "döda" and "dödades".
@pytest.mark.parametrize(("query", "expected"), [
    ("död", 2),              # "döda" (sv-2), "dödades" (sv-1, sv-2)
    ("dödade", 2),
    ("Döda", 2),
    ("kill", 2),             # "killed" in both English articles
    ("killing", 2),
    ('"civilians killed"', 0),
    ('"civilians were killed"', 2),
    ("explosion", 1),        # sv "explosionen"
])
def test_search_matches_inflected_forms_by_stem(corpus: Store, query: str, expected: int) -> None:
    assert corpus.search(query)["total"] == expected


def test_search_shows_which_attributions_matched(corpus: Store) -> None:
    res = corpus.search("död", lang="sv")
    by_title = {i["title"]: i for i in res["items"]}
    sv1 = by_title["Hamnen i Norvik stängs efter explosionen"]
    (matched,) = sv1["matched_attributions"]
    assert matched["source"] == "The Sun" and matched["content"] == "dödades 40 civila i explosionen"
    assert [p["text"] for p in matched["content_parts"] if p["match"]] == ["dödades"]
    assert any(p["match"] and p["text"] == "dödades" for p in sv1["snippet_parts"])
    assert all(len(i["matched_attributions"]) <= 5 for i in res["items"])
