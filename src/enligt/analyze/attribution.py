"""Attribution stage: every claim in the title, lead and body tied to its source, cue and kind.

`attribute(article)` reads the article block by block (title, then each body paragraph) into
resolved drafts (reader.py: direct speech, the sentence rules, source resolution in reading order),
runs the rule passes over them in order (passes.py: hearsay merging, via chains for nested claims,
continuations for tagless quote paragraphs, quote headlines and German Konjunktiv I), and returns
frozen `Attribution`s with spans into `article.text`. Drafts are immutable: each pass returns a new
list. See docs/attribution.md.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.continuing import cited
from enligt.analyze.cues import lexicon
from enligt.analyze.cutend import cut_start, drop_cut
from enligt.analyze.mentions import Mentions
from enligt.analyze.outputs import make_attribution, make_span
from enligt.analyze.passes import PASSES
from enligt.analyze.quotes import has_quote
from enligt.analyze.reader import read_blocks
from enligt.analyze.records import Ctx, Draft, Memory, Span2
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.via import context
from enligt.lang import all_function_words, check_language, function_words
from enligt.models import Article, Attribution, Span

_DATELINE: Final = re.compile(r"[A-ZÅÄÖÆØÜ][A-ZÅÄÖÆØÜ .'/-]{1,30}(?:, [A-Z][a-z]{2,4}\.? \d{1,2}|, [A-Z][A-Za-z.]{1,20})?\s*"
                       r"(?:\([^()]{1,40}\))?\s*[-–—]+\s+")
_QUOTE_CHARS: Final = re.compile("[\"'“”„«»‘’‚]")


def attribute(article: Article) -> tuple[Attribution, ...]:
    """All attributions of `article` (title, lead and body), in text order."""
    return attribute_read(article)[0]


def attribute_read(article: Article) -> tuple[tuple[Attribution, ...], dict[tuple[int, int], list[Tok]]]:
    """The attributions of `article` and the tokens of each block (title, paragraphs) by its (start, end),
    as read here: the number stage reads its sentences from them (`Analysis.tokens`)."""
    lang = check_language(article.language or "")
    ctx = Ctx(article.text, lang, lexicon(lang), context(article))
    blocks: list[tuple[Span, bool]] = ([(article.title_span, True)] if article.title_span else [])
    blocks += [(sp, False) for sp in article.paragraph_spans]
    block_toks = [tokenize(ctx.text, sp.start, sp.end) for sp, _ in blocks]
    drafts = read_blocks(ctx, Memory(Mentions(lang)), blocks, block_toks)
    for rule_pass in PASSES:
        drafts = rule_pass(ctx, drafts)
    if blocks and not blocks[-1][1]:  # the last body paragraph, cut off in mid-sentence (cutend.py)
        last = blocks[-1][0]
        drafts = drop_cut(ctx, drafts, cut_start(ctx, (last.start, last.end), block_toks[-1]))
    # of two records of the same words, the report comes before the one it cites and relays
    # ("X berichtet unter Berufung auf Y": X's record, then Y's with via X)
    attributions = tuple(_finish(ctx, d) for d in sorted(drafts, key=lambda d: (d.start, cited(ctx, d), d.pos)))
    return attributions, {(sp.start, sp.end): toks for (sp, _), toks in zip(blocks, block_toks)}


_WORD: Final = re.compile(r"\w+")


def _but() -> re.Pattern[str]:
    """`_but_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _BUT_KEPT:
        _BUT_KEPT.append(_but_built())
    return _BUT_KEPT[0]


_BUT_KEPT: Final[list[re.Pattern[str]]] = []


def _but_built() -> re.Pattern[str]:
    """", men …", ", but …": a trailing remark's start (lang/*/function_words.tsv, `but`)."""
    words = sorted(all_function_words("but"), key=lambda w: (-len(w), w))
    return re.compile(r",\s+(?:" + "|".join(re.escape(w) for w in words) + r")\s+", re.IGNORECASE)


def _negated_remark(ctx: Ctx, a: int, b: int) -> int:
    """End of a content before a trailing negated remark ("…, men den uppgiften har inte bekräftats",
    "…, but did not give a source"): the outlet's comment on the claim, not part of it."""
    if ctx.text.find(",", a, b) < 0:
        return b  # no comma, no remark (the common case: `find` costs less than a regex scan)
    last = None
    for m in _but().finditer(ctx.text, a, b):
        last = m
    if last is None or last.start() <= a:
        return b
    rest = ctx.text[last.end():b].lower()
    if rest.split(" ", 1)[0] in ctx.lex.complementizers:
        return b  # "said that A, but that no one did B": a second clause of the report
    if "n't" in rest or any(w in ctx.lex.negation for w in _WORD.findall(rest)):
        return last.start()
    return b


def _content_parts(ctx: Ctx, d: Draft) -> list[Span2]:
    """The content's pieces without a leading dateline and, for reported speech, a trailing negated remark."""
    parts = list(d.parts)
    m = _DATELINE.match(ctx.text, parts[0][0], parts[0][1])
    if m and m.end() < parts[0][1]:  # "BRUSSELS (Reuters) - EU governments …": the dateline is no claim
        parts[0] = (m.end(), parts[0][1])
    if not d.direct and not (d.cue and d.cue[0] >= parts[-1][1]):  # before its tag, the remark is the speaker's
        a, b = parts[-1]
        parts[-1] = (a, _negated_remark(ctx, a, b))
    return parts


def _cue_out(ctx: Ctx, d: Draft) -> tuple[str | None, Span | None]:
    """The cue's words and span as reported: a modal opening a two-word cue is no part of it where the language
    lists it (`cue_modal`: Norwegian "kunne opplyse" -> "opplyse", "kan bekrefte" -> "bekrefte")."""
    if d.cue is None:
        return d.cue_text, None
    words = (d.cue_text or "").split(" ")
    if len(words) == 2 and words[0].lower() in function_words(ctx.lang, "cue_modal"):
        k = ctx.text.find(words[1], d.cue[0], d.cue[1])
        if k > d.cue[0]:
            return words[1], make_span(k, d.cue[1])
    return d.cue_text, make_span(d.cue[0], d.cue[1])


def _finish(ctx: Ctx, d: Draft) -> Attribution:
    text = ctx.text
    cue_text, cue_span = _cue_out(ctx, d)
    parts = _content_parts(ctx, d)
    content = " ".join(text[a:b] for a, b in parts)
    if d.direct:
        kind = "direct"
    else:
        kind = "mixed" if d.mixed or any(_QUOTE_CHARS.search(text, a, b) and has_quote(text, a, b)
                                                    for a, b in parts) else "indirect"
    real = [t for t in d.source if t.end > t.start]
    source = text[real[0].start:real[-1].end] if real and len(real) == len(d.source) else d.source_text()
    # in the fields' order (outputs.py: the dataclass `__init__` runs interpreted):
    # content, content_span, kind, source, source_name, source_type, cue, via, source_span, cue_span, hearsay
    return make_attribution(
        content,
        make_span(parts[0][0], parts[-1][1]),
        kind,  # type: ignore[arg-type]
        source,
        d.name if source else None,
        d.type if source else None,  # type: ignore[arg-type]
        cue_text,
        tuple(dict.fromkeys(d.via)),  # two rules may read the same medium ("i en intervju med SVT")
        make_span(real[0].start, real[-1].end) if real and len(real) == len(d.source) else None,
        cue_span,
        d.hearsay,
    )


__all__ = ["attribute", "attribute_read"]
