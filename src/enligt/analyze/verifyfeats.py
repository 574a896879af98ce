"""The features of the record verifier (analyze/verifier.py): general traits of one attribution record.

Each record becomes a short list of feature names ("kind=direct", "src=pronoun", "clen=7-12", ...).
Only the shape of a record counts: its language, cue word, kind, source type, hearsay and via
markers, the form and length of its source, the length of its content, where the cue stands,
quotation marks, the part of the article it sits in, a question mark, a negation near the cue and
how many records share its paragraph. Never a source's name or a word of the content, so that the
weights learned on the annotated pages say nothing about any one page.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from typing import NamedTuple

from enligt.lang import table, wordset
from enligt.models import Article, Attribution, Span

QUOTE_CHARS = "\"“”„«»‘’‚‹›'"
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
SENTENCE_END = ".!?:;"
_LENGTHS = ((3, "1-3"), (6, "4-6"), (12, "7-12"), (25, "13-25"), (50, "26-50"))


def bucket(n: int) -> str:
    """A token count as a coarse band ("1-3", "4-6", ..., "51+")."""
    for top, name in _LENGTHS:
        if n <= top:
            return name
    return "51+"


def source_form(lang: str, record: Attribution) -> str:
    """null, pronoun, name (capitalised first word) or noun (a common-noun phrase: "the minister")."""
    return _form(lang, record.source, WORD.findall(record.source) if record.source else [])


def _form(lang: str, source: str | None, toks: list[str]) -> str:
    if not source or not toks:
        return "null"
    if len(toks) == 1 and toks[0].lower() in _pronouns(lang):
        return "pronoun"
    if source[:1].isupper() and toks[0].lower() not in _determiners(lang):
        return "name"
    return "noun"


@cache
def _pronouns(lang: str) -> frozenset[str]:
    return wordset(lang, "first_person") | frozenset(row[0].lower() for row in table(lang, "pronouns") if row)


def _determiners(lang: str) -> frozenset[str]:
    return wordset(lang, "determiners")


def source_shape(lang: str, source: str | None) -> str:
    """The look of a source's first word: none, upper, lower, determiner (a bare article), digit (a number in it)."""
    return shape_of_tokens(lang, source, WORD.findall(source) if source else [])


def shape_of_tokens(lang: str, source: str | None, toks: list[str]) -> str:
    if not source:
        return "none"
    if DIGIT.search(source):
        return "digit"
    if len(toks) == 1 and toks[0].lower() in _determiners(lang):
        return "determiner"
    return "upper" if source[:1].isupper() else "lower"


def position(a: Span | None, content: Span) -> str:
    if a is None:
        return "none"
    if a.end <= content.start:
        return "before"
    if a.start >= content.end:
        return "after"
    return "inside"


def _sentence_start(text: str, at: int, floor: int) -> bool:
    """Whether only spaces (and an opening quote or dash) stand between `at` and the sentence's start."""
    i = at - 1
    while i >= floor and (text[i].isspace() or text[i] in QUOTE_CHARS or text[i] in "-–—"):
        i -= 1
    return i < floor or text[i] in SENTENCE_END


def quote_form(text: str, span: Span, content: str) -> str:
    inner = content.strip()
    before = text[span.start - 1] if span.start > 0 else ""
    after = text[span.end] if span.end < len(text) else ""
    opens = inner[:1] in QUOTE_CHARS or before in QUOTE_CHARS
    closes = inner[-1:] in QUOTE_CHARS or after in QUOTE_CHARS
    if opens and closes:
        return "both"
    if opens or closes:
        return "one"
    return "inner" if QUOTE_RE.search(inner) else "none"


def section(article: Article, para: int, span: Span) -> str:
    """title, lead, heading, first (paragraph) or body."""
    if article.title and span.start < len(article.title):
        return "title"
    if para < 0:
        return "body"
    if article.lead and para < len(article.body) and article.body[para] == article.lead:
        return "lead"
    if para in article.heading_positions:
        return "heading"
    return "first" if para == 0 else "body"


def paragraph_of(article: Article, starts: list[int], span: Span) -> int:
    """Index of the body paragraph holding `span.start` (-1 in the title)."""
    return bisect_right(starts, span.start) - 1


def negated(lang: str, text: str, record: Attribution) -> bool:
    if record.cue_span is None:
        return False
    window = text[max(0, record.cue_span.start - 30):record.cue_span.end].lower()
    negation = wordset(lang, "negation")
    if not any(w in window for w in negation):  # a cheap test first: most windows hold none of the words
        return False
    return any(w in negation for w in WORD.findall(window)[-5:])


def overlap(record: Attribution, others: tuple[Attribution, ...], index: int) -> str:
    """How the record's content meets another record's: same, inner (inside another), outer, partial, none."""
    start, end = record.content_span.start, record.content_span.end
    best = "none"
    for j, other in enumerate(others):
        o = other.content_span
        o_start, o_end = o.start, o.end
        if j == index or o_start >= end or start >= o_end:
            continue
        if o_start == start and o_end == end:
            return "same"
        if o_start <= start and end <= o_end:
            best = "inner"
        elif best != "inner" and start <= o_start and o_end <= end:
            best = "outer"
        elif best == "none":
            best = "partial"
    return best


class Basics(NamedTuple):
    """What both the feature names (training) and the interned scoring (verifyscore) read of a record first."""

    cue: str  # lower-cased, "-" for none
    src_toks: list[str]
    form: str  # `_form` of the source
    cue_pos: str  # `position` of the cue against the content
    init: bool  # the record opens its sentence
    floor: int  # start of the record's paragraph (0 outside the body)


def record_basics(lang: str, article: Article, record: Attribution, para: int) -> Basics:
    span = record.content_span
    source = record.source
    src_toks = WORD.findall(source) if source else []
    first = min((s.start for s in (record.source_span, record.cue_span) if s is not None), default=span.start)
    floor = article.paragraph_spans[para].start if para >= 0 else 0
    return Basics((record.cue or "").lower().strip() or "-", src_toks, _form(lang, source, src_toks),
                  position(record.cue_span, span), _sentence_start(article.text, min(first, span.start), floor),
                  floor)


def record_features(lang: str, article: Article, record: Attribution, para: int, neighbours: int,
                    overlapping: str, shared_cue: bool) -> list[str]:
    """The feature names of one record (see the module docstring)."""
    text = article.text
    span = record.content_span
    kind = record.kind
    source = record.source
    cue, src_toks, form, cue_pos, init, floor = record_basics(lang, article, record, para)
    content = text[span.start:span.end]
    end = content.rstrip(QUOTE_CHARS + " ")[-1:]
    clen = bucket(len(WORD.findall(content)))
    return [
        "bias",
        f"lang={lang}",
        f"cue={lang}:{cue}",
        f"kind={kind}",
        f"lang_kind={lang}:{kind}",
        f"stype={record.source_type}",
        f"hearsay={record.hearsay}",
        f"via={bool(record.via)}",
        f"src={form}",
        f"kind_src={kind}:{form}",
        f"srclen={bucket(len(src_toks))}",
        f"named={record.source_name is not None}",
        f"srcshape={shape_of_tokens(lang, source, src_toks)}",
        f"srccomma={source is not None and ',' in source}",
        f"clen={clen}",
        f"cuepos={cue_pos}",
        f"kind_cuepos={kind}:{cue_pos}",
        f"srcpos={position(record.source_span, span)}",
        f"init={init}",
        f"quote={quote_form(text, span, content)}",
        f"sect={section(article, para, span)}",
        f"question={'?' in content}",
        f"end={end if end in SENTENCE_END else 'other'}",
        f"neg={negated(lang, text, record)}",
        f"nbr={min(neighbours, 3)}",
        f"overlap={overlapping}",
        f"overlap_kind={overlapping}:{kind}",
        f"overlap_src={overlapping}:{form}",
        f"overlap_clen={overlapping}:{clen}",
        f"sharedcue={shared_cue}",
        f"lower={content.lstrip(QUOTE_CHARS + ' ')[:1].islower()}",
        f"whole={para >= 0 and span.end - span.start >= 0.9 * (article.paragraph_spans[para].end - floor)}",
    ]


def page_features(article: Article, records: tuple[Attribution, ...]) -> list[list[str]]:
    """The features of every record of one page, in order."""
    lang = article.language or "en"
    starts = [s.start for s in article.paragraph_spans]
    paras = [paragraph_of(article, starts, r.content_span) for r in records]
    per_para = Counter(paras)
    cues = Counter((r.cue_span.start, r.cue_span.end) for r in records if r.cue_span is not None)
    out = []
    for i, record in enumerate(records):
        cue = record.cue_span
        shared = cue is not None and cues[(cue.start, cue.end)] > 1
        out.append(record_features(lang, article, record, paras[i], per_para[paras[i]] - 1,
                                   overlap(record, records, i), shared))
    return out
