"""Fast inference of the record verifier: the weights interned into per-feature tables at load time.

`verifyfeats.record_features` spells a record's features as strings ("kind_src=direct:pronoun"), which
training needs; scoring a page that way built and hashed about 35 strings per record. Here the same
features are looked up in tables keyed by the values themselves (a kind, a cue word, a length band),
and the weights are added in the order of `record_features`, so a fully scored record gets the very
same sum. A record whose cheap features already decide it (the costly ones, content length, negation
and overlap with other records, cannot move it across the threshold whatever their values) is decided
without them, and one that its content length decides without the other two. `tests/analyze/test_verifyscore.py` checks both against the strings.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from enligt.analyze.verifyfeats import (
    QUOTE_CHARS,
    SENTENCE_END,
    WORD,
    bucket,
    negated,
    overlap,
    paragraph_of,
    position,
    quote_form,
    record_basics,
    section,
    shape_of_tokens,
)
from enligt.models import Article, Attribution

# features looked up by one value ("kind=direct") and by two ("kind_src=direct:pronoun")
SINGLE = ("lang", "kind", "stype", "hearsay", "via", "src", "srclen", "named", "srcshape", "srccomma", "clen",
          "cuepos", "srcpos", "init", "quote", "sect", "question", "end", "neg", "nbr", "overlap", "sharedcue",
          "lower", "whole")
PAIRED = ("cue", "lang_kind", "kind_src", "kind_cuepos", "overlap_kind", "overlap_src", "overlap_clen")
OVERLAPS = ("none", "same", "inner", "outer", "partial")
BANDS = ("1-3", "4-6", "7-12", "13-25", "26-50", "51+")
NEIGHBOURS = ("0", "1", "2", "3")
MARGIN = 1e-9  # a bound this close to the threshold is not trusted: the record is scored in full


def _flag(value: bool) -> str:
    return "True" if value else "False"


@dataclass
class ScoreTables:
    """The weights by feature and value; `one[name][value]`, `two[name][first][second]`."""

    bias: float
    one: dict[str, dict[str, float]]
    two: dict[str, dict[str, dict[str, float]]]
    # the logit of the threshold, or None when the bounds may not be used (threshold 0 or 1)
    cut: float | None
    # the lowest and highest sum the costly features can add, by the record's kind, source form and
    # content length band ("": not yet known)
    spans: dict[tuple[str, str, str], tuple[float, float]]

    def w1(self, name: str, value: str) -> float:
        return self.one[name].get(value, 0.0)

    def w2(self, name: str, first: str, second: str) -> float:
        inner = self.two[name].get(first)
        return 0.0 if inner is None else inner.get(second, 0.0)

    def costly_range(self, kind: str, form: str, band: str) -> tuple[float, float]:
        """The lowest and highest sum of the negation, overlap and (band "": any) content length features."""
        key = (kind, form, band)
        got = self.spans.get(key)
        if got is None:
            got = self._costly_range(kind, form, band)
            self.spans[key] = got
        return got

    def _costly_range(self, kind: str, form: str, band: str) -> tuple[float, float]:
        joint = [self.w1("clen", b) + self.w1("overlap", ov) + self.w2("overlap_kind", ov, kind)
                 + self.w2("overlap_src", ov, form) + self.w2("overlap_clen", ov, b)
                 for ov in OVERLAPS for b in ((band,) if band else BANDS)]
        neg = [self.w1("neg", "True"), self.w1("neg", "False")]
        return min(joint) + min(neg), max(joint) + max(neg)


def build_tables(weights: dict[str, float], threshold: float) -> ScoreTables:
    """The tables of a model's weights (names no feature spells are left out: they never count)."""
    one: dict[str, dict[str, float]] = {name: {} for name in SINGLE}
    two: dict[str, dict[str, dict[str, float]]] = {name: {} for name in PAIRED}
    for key, weight in weights.items():
        name, eq, value = key.partition("=")
        if not eq:
            continue
        if name in one:
            one[name][value] = weight
        elif name in two:
            first, colon, second = value.partition(":")
            if colon:
                two[name].setdefault(first, {})[second] = weight
    cut = math.log(threshold / (1.0 - threshold)) if 0.0 < threshold < 1.0 else None
    if cut is not None and cut < -29.0:
        cut = None  # near the -30 floor of `probability`: always score in full
    return ScoreTables(weights.get("bias", 0.0), one, two, cut, {})


def probability_of(z: float) -> float:
    """The logistic of a weight sum, as `VerifierModel.probability` computes it."""
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


class PageContext:
    """What the features of one page's records share: its language, paragraphs and cue counts."""

    def __init__(self, article: Article, records: tuple[Attribution, ...]) -> None:
        self.article = article
        self.records = records
        self.lang = article.language or "en"
        starts = [s.start for s in article.paragraph_spans]
        self.paras = [paragraph_of(article, starts, r.content_span) for r in records]
        self.per_para = Counter(self.paras)
        self.cues = Counter((r.cue_span.start, r.cue_span.end) for r in records if r.cue_span is not None)


def keeps(t: ScoreTables, threshold: float, page: PageContext, i: int) -> bool:
    """Whether the model keeps record `i` of the page (its probability at least the threshold)."""
    return probability_of(record_sum(t, page, i)) >= threshold


def record_sum(t: ScoreTables, page: PageContext, i: int) -> float:
    """The weight sum of record `i` (the same float as summing its `verifyfeats` names in order), or
    +inf (kept) / -inf (dropped) when its cheap features decide it against the threshold `t.cut`."""
    record = page.records[i]
    article, lang, para = page.article, page.lang, page.paras[i]
    text = article.text
    span = record.content_span
    kind = record.kind
    source = record.source
    cue, src_toks, form, cue_pos, init, floor = record_basics(lang, article, record, para)
    cue_span = record.cue_span
    shared = cue_span is not None and page.cues[(cue_span.start, cue_span.end)] > 1
    one = t.one
    w_lang = one["lang"].get(lang, 0.0)
    w_cue = t.w2("cue", lang, cue)
    w_kind = one["kind"].get(kind, 0.0)
    w_lang_kind = t.w2("lang_kind", lang, kind)
    w_stype = one["stype"].get("None" if record.source_type is None else record.source_type, 0.0)
    w_hearsay = one["hearsay"].get(_flag(record.hearsay), 0.0)
    w_via = one["via"].get(_flag(bool(record.via)), 0.0)
    w_src = one["src"].get(form, 0.0)
    w_kind_src = t.w2("kind_src", kind, form)
    w_srclen = one["srclen"].get(bucket(len(src_toks)), 0.0)
    w_named = one["named"].get(_flag(record.source_name is not None), 0.0)
    w_srcshape = one["srcshape"].get(shape_of_tokens(lang, source, src_toks), 0.0)
    w_srccomma = one["srccomma"].get(_flag(source is not None and "," in source), 0.0)
    w_cuepos = one["cuepos"].get(cue_pos, 0.0)
    w_kind_cuepos = t.w2("kind_cuepos", kind, cue_pos)
    w_srcpos = one["srcpos"].get(position(record.source_span, span), 0.0)
    w_init = one["init"].get(_flag(init), 0.0)
    w_sect = one["sect"].get(section(article, para, span), 0.0)
    w_nbr = one["nbr"].get(NEIGHBOURS[min(page.per_para[para] - 1, 3)], 0.0)
    w_shared = one["sharedcue"].get(_flag(shared), 0.0)
    w_whole = one["whole"].get(_flag(para >= 0 and span.end - span.start
                                     >= 0.9 * (article.paragraph_spans[para].end - floor)), 0.0)
    content = text[span.start:span.end]
    end = content.rstrip(QUOTE_CHARS + " ")[-1:]
    w_quote = one["quote"].get(quote_form(text, span, content), 0.0)
    w_question = one["question"].get(_flag("?" in content), 0.0)
    w_end = one["end"].get(end if end in SENTENCE_END else "other", 0.0)
    w_lower = one["lower"].get(_flag(content.lstrip(QUOTE_CHARS + " ")[:1].islower()), 0.0)
    cheap = 0.0
    if t.cut is not None:
        cheap = (t.bias + w_lang + w_cue + w_kind + w_lang_kind + w_stype + w_hearsay + w_via + w_src
                 + w_kind_src + w_srclen + w_named + w_srcshape + w_srccomma + w_cuepos + w_kind_cuepos
                 + w_srcpos + w_init + w_sect + w_nbr + w_shared + w_whole + w_quote + w_question + w_end + w_lower)
        decided = _bounded(t, cheap, t.costly_range(kind, form, ""))
        if decided is not None:
            return decided
    clen = bucket(len(WORD.findall(content)))
    if t.cut is not None:
        decided = _bounded(t, cheap, t.costly_range(kind, form, clen))
        if decided is not None:
            return decided
    ov = overlap(record, page.records, i)
    z = 0.0
    z += t.bias
    z += w_lang
    z += w_cue
    z += w_kind
    z += w_lang_kind
    z += w_stype
    z += w_hearsay
    z += w_via
    z += w_src
    z += w_kind_src
    z += w_srclen
    z += w_named
    z += w_srcshape
    z += w_srccomma
    z += one["clen"].get(clen, 0.0)
    z += w_cuepos
    z += w_kind_cuepos
    z += w_srcpos
    z += w_init
    z += w_quote
    z += w_sect
    z += w_question
    z += w_end
    z += one["neg"].get(_flag(negated(lang, text, record)), 0.0)
    z += w_nbr
    z += one["overlap"].get(ov, 0.0)
    z += t.w2("overlap_kind", ov, kind)
    z += t.w2("overlap_src", ov, form)
    z += t.w2("overlap_clen", ov, clen)
    z += w_shared
    z += w_lower
    z += w_whole
    return z


def _bounded(t: ScoreTables, cheap: float, costly: tuple[float, float]) -> float | None:
    """+inf (keep) or -inf (drop) when the costly features cannot move the sum across the threshold."""
    cut = t.cut
    if cut is None:
        return None
    if cheap + costly[0] > cut + MARGIN:
        return math.inf
    if cheap + costly[1] < cut - MARGIN:
        return -math.inf
    return None
