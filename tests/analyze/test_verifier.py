"""The record verifier (analyze/verifier.py, analyze/verifyfeats.py): features of hand-made records, the
stage's keep/drop decision with weights written here, the shipped weights and the switch that turns it off.
Every sentence and record here was written for this file."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from enligt.analyze import verifier
from enligt.analyze.verifier import VerifierModel, load_model, model_from_dict, verify
from enligt.analyze.verifyfeats import bucket, overlap, page_features, source_form, source_shape
from enligt.cli import main
from enligt.errors import VerifierError
from enligt.models import Article, Attribution, Span
from enligt.pipeline import analyze_text
from enligt.settings import Options


def _record(article: Article, content: str, source: str | None = None, cue: str | None = None,
            kind: str = "indirect") -> Attribution:
    text = article.text
    start = text.index(content)
    src = Span(text.index(source), text.index(source) + len(source)) if source else None
    cue_span = Span(text.index(cue), text.index(cue) + len(cue)) if cue else None
    return Attribution(content, Span(start, start + len(content)), kind, source, None,  # type: ignore[arg-type]
                       "person" if source else None, cue, (), src, cue_span)


# (language, source as written, form): pronouns from lang/<code>/pronouns.tsv and first_person.txt,
# names by their capital, common-noun phrases (a determiner or a lower-case first word), no source.
SOURCE_FORMS = [
    ("sv", "hon", "pronoun"), ("sv", "Karin Holm", "name"), ("sv", "brandchefen", "noun"), ("sv", None, "null"),
    ("no", "han", "pronoun"), ("no", "Ola Dahl", "name"), ("no", "ordføreren", "noun"),
    ("da", "hun", "pronoun"), ("da", "Mette Lund", "name"), ("da", "borgmesteren", "noun"),
    ("de", "sie", "pronoun"), ("de", "Jonas Wirth", "name"), ("de", "die Feuerwehr", "noun"),
    ("en", "she", "pronoun"), ("en", "Tom Ward", "name"), ("en", "the fire chief", "noun"), ("en", "I", "pronoun"),
]


@pytest.mark.parametrize(("lang", "source", "form"), SOURCE_FORMS)
def test_source_form(lang: str, source: str | None, form: str) -> None:
    record = Attribution("x", Span(0, 1), source=source)
    assert source_form(lang, record) == form


@pytest.mark.parametrize(("lang", "source", "shape"), [
    ("en", None, "none"), ("en", "the", "determiner"), ("de", "der", "determiner"), ("sv", "den", "determiner"),
    ("en", "Officials", "upper"), ("da", "flere vidner", "lower"), ("no", "12 vitner", "digit"),
])
def test_source_shape(lang: str, source: str | None, shape: str) -> None:
    assert source_shape(lang, source) == shape


@pytest.mark.parametrize(("n", "band"), [(1, "1-3"), (3, "1-3"), (4, "4-6"), (12, "7-12"), (25, "13-25"),
                                         (50, "26-50"), (51, "51+")])
def test_length_bands(n: int, band: str) -> None:
    assert bucket(n) == band


def _spans(*pairs: tuple[int, int]) -> tuple[Attribution, ...]:
    return tuple(Attribution("x", Span(s, e)) for s, e in pairs)


@pytest.mark.parametrize(("spans", "expected"), [
    (((0, 10), (0, 10)), "same"),
    (((2, 8), (0, 10)), "inner"),
    (((0, 10), (2, 8)), "outer"),
    (((0, 10), (5, 15)), "partial"),
    (((0, 10), (10, 20)), "none"),
    (((2, 8), (0, 10), (3, 5)), "inner"),  # inside one record weighs more than holding another
])
def test_overlap(spans: tuple[tuple[int, int], ...], expected: str) -> None:
    assert overlap(_spans(*spans)[0], _spans(*spans), 0) == expected


# One sentence per language, a tag after the content: the features say where the cue stands and that
# the content is quoted or not; they never hold the source's name or a word of the content.
TAGGED = [
    ("sv", "– Vi stänger hallen i kväll, säger Karin Holm.", "Vi stänger hallen i kväll", "Karin Holm", "säger"),
    ("no", "– Vi stenger hallen i kveld, sier Ola Dahl.", "Vi stenger hallen i kveld", "Ola Dahl", "sier"),
    ("da", "- Vi lukker hallen i aften, siger Mette Lund.", "Vi lukker hallen i aften", "Mette Lund", "siger"),
    ("de", "„Wir schließen die Halle heute Abend“, sagte Jonas Wirth.", "Wir schließen die Halle heute Abend",
     "Jonas Wirth", "sagte"),
    ("en", "\"We close the hall tonight,\" said Tom Ward.", "We close the hall tonight", "Tom Ward", "said"),
]


@pytest.mark.parametrize(("lang", "text", "content", "source", "cue"), TAGGED)
def test_features_of_a_tagged_record(lang: str, text: str, content: str, source: str, cue: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    (feats,) = page_features(article, (_record(article, content, source, cue, "direct"),))
    assert {f"lang={lang}", f"cue={lang}:{cue}", "kind=direct", "cuepos=after", "src=name", "sect=first",
            "nbr=0", "overlap=none", "question=False"} <= set(feats)
    words = set(re.findall(r"\w+", (content + " " + source).lower())) - {cue}
    assert not any(w in re.findall(r"\w+", f.lower()) for f in feats for w in words if len(w) > 3)


def test_a_question_and_a_negated_cue_are_features() -> None:
    article = Article(title=None, body=("The mayor did not say whether the hall will close?",), language="en")
    (feats,) = page_features(article, (_record(article, "whether the hall will close?", "The mayor", "say"),))
    assert {"neg=True", "question=True", "cuepos=before", "srcpos=before"} <= set(feats)


def test_a_record_in_the_title() -> None:
    article = Article(title="Mayor: the hall will close", body=("Nothing more was said.",), language="en")
    (feats,) = page_features(article, (_record(article, "the hall will close", "Mayor", ":"),))
    assert "sect=title" in feats


ARTICLE = Article(title=None, body=("The mayor said the hall will close. Some say the roof leaks.",), language="en")
NAMED = _record(ARTICLE, "the hall will close", "The mayor", "said")
SOURCELESS = _record(ARTICLE, "the roof leaks", None, "say")


def test_the_stage_drops_what_the_model_judges_false() -> None:
    model = VerifierModel({"bias": 2.0, "src=null": -5.0}, 0.5)
    assert verify(ARTICLE, (NAMED, SOURCELESS), model) == (NAMED,)


def test_the_stage_returns_the_same_records_when_it_keeps_them_all() -> None:
    records = (NAMED, SOURCELESS)
    assert verify(ARTICLE, records, VerifierModel({"bias": 2.0}, 0.5)) is records
    assert verify(ARTICLE, (), VerifierModel({"bias": -9.0}, 0.5)) == ()


SV_ARTICLE = Article(title=None, body=("Borgmästaren säger att hallen stänger. Några säger att taket läcker.",),
                     language="sv")


@pytest.mark.parametrize(("languages", "kept"), [(frozenset({"en"}), 2), (frozenset({"sv", "en"}), 1), (frozenset(), 1)])
def test_a_page_in_a_language_the_model_does_not_check_keeps_every_record(languages: frozenset[str],
                                                                           kept: int) -> None:
    records = (_record(SV_ARTICLE, "hallen stänger", "Borgmästaren", "säger"),
               _record(SV_ARTICLE, "taket läcker", None, "säger"))
    model = VerifierModel({"bias": 2.0, "src=null": -5.0}, 0.5, languages)
    assert len(verify(SV_ARTICLE, records, model)) == kept


def test_the_shipped_model_checks_english() -> None:
    assert load_model().languages == frozenset({"en"})


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = VerifierModel({"a": 1.0, "b": -1.0, "c": 2.0}, 0.5)
    assert model.probability(["a", "b"]) == pytest.approx(0.5)
    assert model.probability(["c", "unknown"]) == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
    assert model.probability(["b"] * 40) == 0.0


@pytest.mark.parametrize("data", [{}, {"weights": {}}, {"threshold": 0.5}, {"weights": [], "threshold": 0.5},
                                  {"weights": {}, "threshold": "high"},
                                  {"weights": {}, "threshold": 0.5, "languages": "en"}])
def test_malformed_weights_are_a_verifier_error(data: dict[str, object]) -> None:
    with pytest.raises(VerifierError):
        model_from_dict(data)


FEATURE = re.compile(r"^(bias|[a-z_]+=\S.*)$")


def test_the_shipped_weights_are_general() -> None:
    """Only feature names of verifyfeats (no source names, no content words): a cue is a lexicon cue, short."""
    model = load_model()
    assert 0.0 <= model.threshold < 1.0
    prefixes = {f.split("=", 1)[0] for f in model.weights}
    assert prefixes <= {"bias", "lang", "cue", "kind", "lang_kind", "stype", "hearsay", "via", "src", "kind_src",
                        "srclen", "named", "srcshape", "srccomma", "clen", "cuepos", "kind_cuepos", "srcpos", "init",
                        "quote", "sect", "question", "end", "neg", "nbr", "overlap", "overlap_kind", "overlap_src",
                        "overlap_clen", "sharedcue", "lower", "whole"}
    cues = [f.split(":", 1)[1] for f in model.weights if f.startswith("cue=")]
    assert cues and all(len(c.split()) <= 5 for c in cues)


TEXT = "The mayor said the hall will close on Friday.\n\nSome say the roof leaks."


@pytest.fixture
def drop_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verifier, "load_model", lambda: VerifierModel({"bias": -9.0}, 0.5))


@pytest.mark.usefixtures("drop_all")
def test_the_pipeline_runs_the_stage_and_options_turn_it_off() -> None:
    assert analyze_text(TEXT, options=Options(lang="en")).attributions == ()
    assert analyze_text(TEXT, options=Options(lang="en", verify=False)).attributions


@pytest.mark.usefixtures("drop_all")
def test_no_verify_flag(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    args = ["analyze", str(page), "--format", "json", "--lang", "en"]
    on = json.loads(CliRunner().invoke(main, args).output)
    off = json.loads(CliRunner().invoke(main, [*args, "--no-verify"]).output)
    assert on["attributions"] == [] and off["attributions"]
