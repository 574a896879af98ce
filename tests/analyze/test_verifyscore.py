"""The verifier's fast scoring (analyze/verifyscore.py) against the feature strings it replaces
(analyze/verifyfeats.py): the same weight sum on every record, the same keep/drop decision with and
without the early decision from bounds. Every sentence here was written for this file."""
from __future__ import annotations

import math

import pytest

from enligt.analyze.verifier import VerifierModel, load_model
from enligt.analyze.verifyfeats import page_features
from enligt.analyze.verifyscore import PageContext, build_tables, keeps, record_sum
from enligt.models import Article, Attribution, Span


def _record(article: Article, content: str, source: str | None, cue: str | None, kind: str = "indirect",
            **extra: object) -> Attribution:
    text = article.text
    start = text.index(content)
    src = Span(text.index(source), text.index(source) + len(source)) if source else None
    cue_span = Span(text.index(cue), text.index(cue) + len(cue)) if cue else None
    return Attribution(content, Span(start, start + len(content)), kind, source, None,  # type: ignore[arg-type]
                       "person" if source else None, cue, (), src, cue_span, **extra)  # type: ignore[arg-type]


def _page(lang: str, title: str | None, body: tuple[str, ...],
          specs: list[tuple[str, str | None, str | None, str]]) -> tuple[Article, tuple[Attribution, ...]]:
    article = Article(title=title, body=body, language=lang)
    return article, tuple(_record(article, *spec) for spec in specs)


# pages in every language with records of every kind, source form, cue position and overlap
PAGES = [
    _page("en", "Mayor: the hall will close", ("The mayor did not say whether the hall will close on Friday?",
                                               "\"We will not reopen it,\" she said. Some say the roof leaks badly."),
          [("the hall will close", "Mayor", ":", "indirect"), ("whether the hall will close on Friday?", "The mayor",
                                                                 "say", "indirect"),
           ("We will not reopen it", "she", "said", "direct"), ("the roof leaks", None, "say", "indirect"),
           ("the roof leaks badly", None, "say", "mixed")]),
    _page("sv", None, ("– Vi stänger hallen i kväll, säger Karin Holm.", "Brandchefen menar att taket läcker."),
          [("Vi stänger hallen i kväll", "Karin Holm", "säger", "direct"),
           ("att taket läcker", "Brandchefen", "menar", "indirect"), ("taket läcker", None, None, "indirect")]),
    _page("no", None, ("– Vi stenger hallen i kveld, sier Ola Dahl, ifølge 12 vitner.",),
          [("Vi stenger hallen i kveld", "Ola Dahl", "sier", "direct"),
           ("Vi stenger hallen", "12 vitner", "ifølge", "mixed")]),
    _page("da", None, ("Borgmesteren siger, at hallen lukker i aften.", "- Vi lukker hallen, siger hun."),
          [("at hallen lukker i aften", "Borgmesteren", "siger", "indirect"),
           ("Vi lukker hallen", "hun", "siger", "direct")]),
    _page("de", None, ("„Wir schließen die Halle heute Abend“, sagte Jonas Wirth, der Leiter.",),
          [("Wir schließen die Halle heute Abend", "Jonas Wirth, der Leiter", "sagte", "direct"),
           ("Wir schließen die Halle", "der", "sagte", "direct")]),
]

WEIGHT_SETS = [
    {"bias": 0.4, "src=null": -2.5, "kind_src=direct:pronoun": 0.7, "overlap_clen=inner:4-6": -1.9, "neg=True": 0.6,
     "cue=en:say": -0.4, "quote=both": -0.3, "end=?": -0.8, "nbr=1": 0.2, "lang_kind=sv:direct": 0.5},
    {"bias": -0.2, "overlap=same": -3.0, "overlap=none": 0.9, "clen=1-3": -1.2, "whole=True": -0.4, "srccomma=True": 0.3,
     "cue=de:sagte": 1.1, "kind_cuepos=direct:after": 0.6, "sect=title": 0.5, "lower=True": -0.2, "init=True": 0.1},
]


def _string_sum(weights: dict[str, float], features: list[str]) -> float:
    z = 0.0
    for name in features:
        z += weights.get(name, 0.0)
    return z


@pytest.mark.parametrize("weights", [*WEIGHT_SETS, None])
@pytest.mark.parametrize("threshold", [0.2, 0.5, 0.8])
@pytest.mark.parametrize(("article", "records"), PAGES)
def test_same_decision_and_sum_as_the_feature_strings(article: Article, records: tuple[Attribution, ...],
                                                      weights: dict[str, float] | None, threshold: float) -> None:
    model = VerifierModel(weights if weights is not None else load_model().weights, threshold)
    page = PageContext(article, records)
    full = build_tables(model.weights, threshold)
    full.cut = None  # no early decision: every record summed in full
    for i, features in enumerate(page_features(article, records)):
        want = model.probability(features) >= threshold
        assert record_sum(full, page, i) == _string_sum(model.weights, features)
        assert keeps(full, threshold, page, i) is want
        assert keeps(model.tables, threshold, page, i) is want
        early = record_sum(model.tables, page, i)
        assert early == _string_sum(model.weights, features) or early == (math.inf if want else -math.inf)


@pytest.mark.parametrize(("weights", "kept", "summed"), [
    ({"bias": 5.0}, True, False),  # the costly features cannot pull it below: kept unsummed
    ({"bias": -5.0}, False, False),  # nor lift it above: dropped unsummed
    ({"bias": 0.0, "overlap=none": 0.5, "overlap=same": -0.5}, True, True),  # the overlap decides: summed
    ({"bias": 0.0, "clen=4-6": 0.5, "clen=1-3": -0.5}, True, False),  # the content length decides: not summed
])
def test_a_record_the_cheap_features_decide_is_not_summed(weights: dict[str, float], kept: bool,
                                                          summed: bool) -> None:
    article, records = PAGES[3]
    model = VerifierModel(weights, 0.5)
    assert keeps(model.tables, 0.5, PageContext(article, records), 0) is kept
    assert math.isinf(record_sum(model.tables, PageContext(article, records), 0)) is not summed


@pytest.mark.parametrize(("threshold", "cut"), [(0.5, 0.0), (0.0, None), (1.0, None), (1e-20, None)])
def test_bounds_are_used_only_for_a_threshold_inside_the_logistic(threshold: float, cut: float | None) -> None:
    assert build_tables({"bias": 1.0}, threshold).cut == (pytest.approx(cut) if cut is not None else None)


def test_names_no_feature_spells_are_left_out() -> None:
    tables = build_tables({"bias": 1.0, "a": 2.0, "cue=nocolon": 3.0, "kind=direct": 0.5, "cue=en:said": 0.25}, 0.5)
    assert tables.one["kind"] == {"direct": 0.5}
    assert tables.two["cue"] == {"en": {"said": 0.25}}
