"""Attribution stage: every claim in the title, lead and body tied to its source, cue and kind.

`attribute(article)` runs, block by block (title, then each body paragraph): direct speech
(direct.py), then per sentence the prepositional, evidence, verb and hearsay rules (rules.py).
It then resolves sources in reading order (pronouns and anaphors via sources.Mentions), merges
hearsay into the sourced record of its clause, builds via chains for nested claims (via.py),
fills continuations (tagless quote paragraphs, quote headlines, German Konjunktiv I), and returns
frozen `Attribution`s with spans into `article.text`. See docs/attribution.md.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from enligt.analyze.cues import Lexicon, lexicon, triggers
from enligt.analyze.direct import quote_records
from enligt.analyze.gazetteers import outlet_first_words, outlet_names
from enligt.analyze.interlocutors import interlocutor, note_interlocutor
from enligt.analyze.markers import evidence_rules, hearsay_rules, prep_rules
from enligt.analyze.phrases import span
from enligt.analyze.quotes import find_quotes, has_quote
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.rules import verb_rules
from enligt.analyze.sentences import Tok, split, tokenize
from enligt.analyze.sources import Mentions, _left_part, classify, is_name_tok, name_of, word_type
from enligt.analyze.via import context, keep, places
from enligt.lang import check_language
from enligt.models import Article, Attribution, Span

_NEAR = 40  # how many neighbouring records nesting, hearsay merging and continuations look at
_PLACE_HINT = re.compile(r"(?i)posted|publicera|publisert|publiceret|veröffentlicht|shared|delade|delte|teilte|"
                         r"hemsida|webbplats|website|sajt|kanal|channel|nettside|hjemmeside|webseite")
_DATELINE = re.compile(r"[A-ZÅÄÖÆØÜ][A-ZÅÄÖÆØÜ .'/-]{1,30}(?:, [A-Z][a-z]{2,4}\.? \d{1,2}|, [A-Z][A-Za-z.]{1,20})?\s*"
                       r"(?:\([^()]{1,40}\))?\s*[-–—]+\s+")
_QUOTE_CHARS = re.compile("[\"'“”„«»‘’‚]")


def attribute(article: Article) -> tuple[Attribution, ...]:
    """All attributions of `article` (title, lead and body), in text order."""
    lang = check_language(article.language or "")
    text = article.text
    ctx = Ctx(text, lang, lexicon(lang), Mentions(lang), context(article))
    blocks: list[tuple[Span, bool]] = ([(article.title_span, True)] if article.title_span else [])
    blocks += [(sp, False) for sp in article.paragraph_spans]
    block_toks = [tokenize(text, sp.start, sp.end) for sp, _ in blocks]
    _prefill_persons(ctx, block_toks)
    prev: _Prev | None = None
    for bi, (sp, title) in enumerate(blocks):
        prev = _block(ctx, bi, sp, title, prev, block_toks[bi])
    _merge_hearsay(ctx)
    _nest(ctx)
    _continuations(ctx)
    return tuple(_finish(ctx, d) for d in sorted(ctx.drafts, key=lambda d: (d.start, d.pos)))


def _block(ctx: Ctx, bi: int, sp: Span, title: bool, prev: _Prev | None, toks: list[Tok]) -> _Prev | None:
    if not toks:
        return prev
    quotes = find_quotes(ctx.text, sp.start, sp.end)
    drafts = quote_records(ctx, toks, sp.start, sp.end, bi, title, quotes)
    last_found = False
    ranges = [(q.open, q.close + 1) for q in quotes]
    cue_words = triggers(ctx.lang)
    hits = [k for k, t in enumerate(toks) if t.low in cue_words]
    ups = [k for k, t in enumerate(toks) if t.upper]
    quoted = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in quoted]
    pending: list[tuple[int, int]] = []  # sentences since `prev` was last computed: trimmed only when a rule needs it
    for s, e in _windows(split(ctx.text, toks, ctx.lang, ranges)):
        _note_names(ctx, toks, s, e, ups[bisect_left(ups, s):bisect_left(ups, e)])
        note_interlocutor(ctx, toks, s, e)
        here = (toks[s].start, toks[e - 1].end)
        local = quoted[bisect_left(starts, here[0] - 2000):bisect_left(starts, here[1])] if quoted else quoted
        cands = hits[bisect_left(hits, s):bisect_left(hits, e)][:MAX_CUES]
        found: list[Draft] = []
        rumours: list[Draft] = []
        if cands:
            prev, pending = _Prev(toks, pending, prev), []
            last = _last_span(ctx, prev) if toks[s].low in ctx.lex.expletives else None  # only "Det uppger X."
            found = (prep_rules(ctx, toks, s, e, last, cands) + evidence_rules(ctx, toks, s, e, last, cands)
                     + verb_rules(ctx, toks, s, e, last, cands))
            rumours = hearsay_rules(ctx, toks, s, e, cands)
        if title and not found:
            found = _title_colon(ctx, toks, s, e)
        if not found and last_found and ctx.lex.konjunktiv and s > 0:
            found = _konjunktiv(ctx, toks, s, e)
        if ctx.lex.konjunktiv:  # only German continues reported speech by mood
            last_found = bool(found) or any(d.cue and here[0] <= d.cue[0] < here[1] for d in local)
        if found or rumours or local:
            _cut_at_tags(found + rumours + [d for d in local if here[0] <= d.start < here[1]])
        drafts += found + rumours
        pending = pending[-3:] + [(s, e)]
    prev = _Prev(toks, pending, prev)
    inner = _inside_quotes(drafts)
    for d in sorted(drafts, key=lambda d: (id(d) in inner, d.pos)):  # a quote's tag before the speakers it quotes
        d.block, d.in_title = bi, title
        _resolve(ctx, d, title, id(d) not in inner)
    ctx.drafts += drafts
    return prev


class _Prev:
    """The sentences read since the previous sentence span was last needed, and the span before them.

    The rules need the previous sentence only for "Det uppger polisen." (content = that sentence), so
    its trimmed span is computed on demand (`_last_span`), once, instead of after every sentence."""

    __slots__ = ("done", "pending", "prior", "toks", "value")

    def __init__(self, toks: list[Tok], pending: list[tuple[int, int]], prior: _Prev | None) -> None:
        self.toks, self.pending, self.prior = toks, pending, prior
        self.value: Span2 | None = None
        self.done = False


def _last_span(ctx: Ctx, prev: _Prev | None) -> Span2 | None:
    """The trimmed span of the latest sentence of `prev` that has one, else that of its prior (iteratively)."""
    chain: list[_Prev] = []
    while prev is not None and not prev.done:
        chain.append(prev)
        prev = prev.prior
    value = prev.value if prev is not None else None
    for p in reversed(chain):  # oldest first
        for s, e in reversed(p.pending):
            sp = span(ctx, p.toks, s, e)
            if sp:
                value = sp
                break
        p.value, p.done, p.prior = value, True, None  # resolved: the older chain can go
    return value


MAX_SENTENCE = 150  # tokens; a longer "sentence" (no punctuation) is read in windows, keeping every rule linear
MAX_CUES = 12  # cue candidates read per sentence: prose never has more; a run of them is a list or spam, not claims


def _windows(sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if all(e - s <= MAX_SENTENCE for s, e in sents):
        return sents  # prose: every sentence is its own window
    out: list[tuple[int, int]] = []
    for s, e in sents:
        out.extend((a, min(e, a + MAX_SENTENCE)) for a in range(s, e, MAX_SENTENCE))
    return out


def _cut_at_tags(drafts: list[Draft]) -> None:
    """A content running over another record's trailing tag ("…”, Reuters reported") ends where that tag starts."""
    for t in drafts:
        if not t.cue or t.end > t.cue[0]:
            continue
        for d in drafts:
            if d is not t and d.cue and d.cue[0] < t.end and d.start < t.cue[0] < d.end and d.end > t.end:
                d.parts[-1] = (d.parts[-1][0], max(d.parts[-1][0] + 1, t.end))


def _prefill_persons(ctx: Ctx, block_toks: list[list[Tok]]) -> None:
    """Words of full names anywhere in the article ("Lars-Erik Strand"), so "Strand" alone reads as a person."""
    dets, lang = ctx.lex.determiners, ctx.lang
    for toks in block_toks:  # capitalised words (not genitives) after the first
        ups = [k for k, t in enumerate(toks) if k and t.upper and not t.low.endswith("s")]
        i, nu = 0, len(ups)
        while i < nu:
            j = i
            while j + 1 < nu and ups[j + 1] == ups[j] + 1:
                j += 1
            if 1 <= j - i <= 2:  # a run of 2-3 capitalised words
                run = toks[ups[i]:ups[j] + 1]
                if not any(word_type(t.low, lang) or t.low in dets for t in run):
                    ctx.mentions.persons.update(t.low for t in run)
            i = j + 1


_ARTICLES = frozenset({"en", "ett", "ei", "et"})
_APPOS = frozenset({"a", "an", "en", "ett", "ein", "eine"})


def _note_names(ctx: Ctx, toks: list[Tok], s: int, e: int, ups: list[int]) -> None:
    """Remember people introduced without a cue ("Valentyna, 78, was …", "Tomas Öberg i Alfta var …")
    and news media named in passing ("The Sun har samlat …"), for later anaphors ("tidningen")."""
    firsts, lang = outlet_first_words(), ctx.lang
    for k in ups:  # only capitalised words (and the word before one) can introduce a name
        p = toks[k - 1]
        if k > s and p.is_word and not p.upper and word_type(p.low, lang) == "media":
            j = k  # "tidningen The Northern Herald", "the newspaper Kvällsekot"
            while j < e and (toks[j].upper or (toks[j].text in ("of", "for") and j + 1 < e and toks[j + 1].upper)):
                j += 1
            name = ctx.text[toks[k].start:toks[j - 1].end]
            ctx.mentions.add(name, name, "media")
        t = toks[k]
        if t.low in firsts:
            two = f"{t.text} {toks[k + 1].text}" if k + 1 < e else ""
            for cand in (two, t.text):
                if cand and cand.lower() in outlet_names():
                    ctx.mentions.add(cand, cand, "media")
                    break
        if k + 2 < e and toks[k + 1].text == "," and (toks[k + 2].text.isdigit() or toks[k + 2].low in _APPOS):
            ctx.mentions.persons.add(t.low)
            if k == s:
                ctx.mentions.add(t.text, t.text, "person")
    if ctx.text.find("-år", toks[s].start, toks[e - 1].end) >= 0:
        for k in range(s, e - 2):
            if toks[k].low in _ARTICLES and "-år" in toks[k + 1].low:
                _note_description(ctx, toks, k, e)
    k = s + 1 if s < e and word_type(toks[s].low, ctx.lang) == "person" else s  # "Åklagaren Eva Lund har …"
    j = k
    while j < e and j - k < 3 and toks[j].upper:
        j += 1
    if 2 <= j - k <= 3 and j < e and not toks[j].upper and toks[k].low not in ctx.lex.determiners \
            and toks[k].low not in triggers(ctx.lang) and not any(word_type(t.low, ctx.lang) for t in toks[k:j]):
        name = ctx.text[toks[k].start:toks[j - 1].end]
        ctx.mentions.add(name, name, "person")


def _note_description(ctx: Ctx, toks: list[Tok], k: int, e: int) -> None:
    """"en 84-årig kvinna från Nybro": the fullest description of a person, for "hon"/"kvinnan"."""
    age = toks[k + 1].low
    if "-årig" not in age and "-åring" not in age:
        return
    j = k + 3 if age.endswith(("ig", "ige")) else k + 2
    if j + 1 < e and toks[j].low in ("från", "fra", "i") and toks[j + 1].upper:
        j += 2
    desc = ctx.text[toks[k].start:toks[min(j, e) - 1].end]
    ctx.mentions.add(desc, desc, "person")


def _title_colon(ctx: Ctx, toks: list[Tok], s: int, e: int) -> list[Draft]:
    """Title "X: claim" where X names a source ("Ukraina: 38 av 44 drönare …"); a topic is not one."""
    colon = next((k for k in range(s + 1, min(e, s + 5)) if toks[k].text == ":"), None)
    if colon is None:
        return []
    src = toks[s:colon]
    known = any(word_type(t.low, ctx.lang) for t in src) or (len(src) >= 2 and all(is_name_tok(t) for t in src))
    c = span(ctx, toks, colon + 1, e)
    if not known or not c or ctx.text[c[0]] in "”“\"‘'«„":
        return []
    return [Draft([c], (toks[colon].start, toks[colon].end), ":", src)]


def _konjunktiv(ctx: Ctx, toks: list[Tok], s: int, e: int) -> list[Draft]:
    """German: a sentence in Konjunktiv I after a reported one continues it (cue null)."""
    if any(t.low in ctx.lex.konjunktiv for t in toks[s:min(e, s + 4)]):
        c = span(ctx, toks, s, e)
        if c:
            return [Draft([c], None, None, continuation=True)]
    return []


def _inside_quotes(drafts: list[Draft]) -> set[int]:
    """ids of records whose cue lies inside a quotation of the same block ("– Folk sa att …, säger han")."""
    quotes = sorted((d for d in drafts if d.direct), key=lambda d: d.start)
    if not quotes:
        return set()
    starts = [q.start for q in quotes]
    reach, top = [], -1
    for q in quotes:
        top = max(top, q.end)
        reach.append(top)
    out = set()
    for d in drafts:
        if d.cue and not d.direct:
            k = bisect_left(starts, d.cue[0] + 1) - 1
            if k >= 0 and reach[k] > d.cue[0]:
                out.add(id(d))
    return out


def _resolve(ctx: Ctx, d: Draft, title: bool, remember: bool = True) -> None:
    """source_name and source_type of a draft, from its own words or an earlier mention."""
    if not d.source or d.continuation:
        return
    lex = ctx.lex
    src = d.source
    if lex.courts and any(t.low in lex.courts for t in _head_part(src, lex)):
        d.source = []  # "the court heard", "the jury was told": sourceless
        return
    if any(t.text == "=" and t.start == t.end == 0 for t in src):
        k = next(k for k, t in enumerate(src) if t.text == "=")
        src, d.name = src[:k], " ".join(t.text for t in src[k + 1:])
        d.source = src
    low = src[-1].low if len(src) == 1 else ""
    mention = None
    if d.antecedent and (low in lex.relatives or low in ("it", "which")):
        d.name = d.name or name_of(d.antecedent, ctx.lang) or " ".join(t.text for t in d.antecedent)
        d.type = classify(d.antecedent, lex, ctx.mentions.persons)
    elif (talker := interlocutor(ctx, src, lex)) is not None:
        d.name, d.type = talker, "person"
    elif len(src) <= 2 and (src[-1].low in lex.pronouns or not src[-1].upper or len(src) == 1):
        mention = ctx.mentions.resolve(src, lex)
    elif len(src) > 2 and src[0].is_word and not src[0].upper and src[1].low in lex.prepositions:
        mention = ctx.mentions.resolve(src[:1], lex)  # "mannen i rätten"
    if mention is not None and not d.name:
        d.name = mention.name or mention.text
        d.type = mention.type if src[-1].low in lex.pronouns or mention.type == "unnamed" else \
            classify(src, lex, ctx.mentions.persons)
    if d.type is None:
        if not d.name and not (len(src) == 1 and (low in lex.pronouns or word_type(low, ctx.lang) == "person")):
            d.name = name_of(src, ctx.lang)  # an unresolved "She" or a capitalised "Residents" names nobody
            if d.name and " " not in d.name and len(src) > 1:  # "Mr Okafor" -> "Daniel Okafor" named earlier
                full = ctx.mentions.by_surname(d.name)
                d.name = full.name if full and full.name else d.name
        d.type = classify(src, lex, ctx.mentions.persons, d.tail)
        if d.type not in ("person", "unnamed") and src[-1].low in lex.pronouns and lex.pronouns[src[-1].low] == "person":
            d.type = "person"
        if (d.name or d.source_text() or "").lower() in ctx.mentions.media:
            d.type = "media"
        if d.direct and d.type == "organization" and len(src) == 1 and not word_type(src[0].low, ctx.lang):
            d.type = "person"  # an unknown single name that speaks in quotes: "– …, säger Iryna"
    if not title and remember:  # a speaker quoted inside a quotation is no antecedent for the narrator's "han"
        ctx.mentions.add(d.source_text() or "", d.name, d.type)
        if d.type == "person":
            ctx.last_person = max(ctx.last_person, src[0].start)


def _head_part(src: list[Tok], lex: Lexicon) -> list[Tok]:
    return _left_part(src, lex)


def _content_len(d: Draft) -> int:
    return sum(b - a for a, b in d.parts)


def _merge_hearsay(ctx: Ctx) -> None:
    """A hearsay marker in the same clause as a source is one record; inside a larger attributed
    content it is its own record with via = the outer source; otherwise it stays sourceless."""
    out: list[Draft] = []
    sourced = sorted((d for d in ctx.drafts if not d.hearsay), key=lambda d: d.start)
    starts = [d.start for d in sourced]
    rumours = {id(d) for d in ctx.drafts if d.hearsay}  # before merging marks sourced records as hearsay too
    for h in ctx.drafts:
        if id(h) not in rumours:
            out.append(h)
            continue
        lo = max(0, bisect_left(starts, h.start) - _NEAR)
        near = sourced[lo:min(bisect_left(starts, h.end) + 1, lo + 2 * _NEAR)]
        outer = [d for d in near if d.start <= h.cue[0] < d.end] if h.cue else []  # type: ignore[index]
        if not outer:
            if not any(d.cue and d.cue[0] <= h.cue[0] < d.cue[1] for d in near):  # type: ignore[index]
                out.append(h)
            continue
        d = min(outer, key=_content_len)
        if _content_len(h) >= 0.6 * _content_len(d) or not d.source:
            d.hearsay = True
            continue
        h.via = [d.name or d.source_text() or ""] + [v for v in d.via if keep(v, ctx.via)]
        out.append(h)
    ctx.drafts = out


def _nest(ctx: Ctx) -> None:
    """Claims inside another claim's content get the outer source (and any relays named) as via."""
    ordered = sorted(ctx.drafts, key=lambda d: d.start)
    sizes = [_content_len(d) for d in ordered]
    reach, top = [], -1  # reach[k]: the furthest end of records 0..k; nothing before k can contain what lies past it
    for d in ordered:
        top = max(top, d.end)
        reach.append(top)
    for i, n in enumerate(ordered):
        if n.hearsay or not n.source or n.continuation:
            continue
        outers = _outers(ordered, sizes, reach, i)
        if not outers:
            n.via = [v for v in n.via if keep(v, ctx.via)]
            continue
        o = ordered[min(outers, key=lambda k: sizes[k])]
        first = n.source[0].start if n.source[0].end else n.start
        lo_char = max(o.start, first - 400)
        chain = [v for v in n.via if keep(v, ctx.via)]
        if _PLACE_HINT.search(ctx.text, lo_char, max(lo_char, first)):
            chain += places(tokenize(ctx.text, lo_char, max(lo_char, first)), ctx.lex)
        chain += [o.name or o.source_text() or ""] + [v for v in o.via if keep(v, ctx.via)]
        n.via = list(dict.fromkeys(v for v in chain if v))


def _outers(ordered: list[Draft], sizes: list[int], reach: list[int], i: int) -> list[int]:
    """Indexes of sourced records whose content contains record i's content (and its cue)."""
    n = ordered[i]
    n_start, n_end, cue0 = n.start, n.end, n.cue[0] if n.cue else None
    hi = i + 1
    while hi < len(ordered) and hi < i + _NEAR and ordered[hi].start == n_start:
        hi += 1  # sorted by start: an outer record starts at or before n, so only equal starts follow it
    out = []
    for k in range(hi - 1, max(-1, i - _NEAR - 1), -1):
        if k < i and reach[k] < n_end:
            break
        o = ordered[k]
        if k != i and o.source and n_end <= o.end and sizes[k] > sizes[i] + 2 and o.start <= n_start \
                and not o.continuation and (cue0 is None or o.start <= cue0 <= o.end):
            out.append(k)
    return out[::-1]


def _continuations(ctx: Ctx) -> None:
    """Tagless quote paragraphs, quote headlines and Konjunktiv I sentences take an earlier speaker."""
    drafts = sorted(ctx.drafts, key=lambda d: d.start)
    keep_list: list[Draft] = []
    for i, d in enumerate(drafts):
        if not d.continuation:
            keep_list.append(d)
            continue
        speaker = _headline_speaker(ctx, d, drafts) if d.in_title else \
            next((p for p in reversed(drafts[max(0, i - _NEAR):i]) if p.source and not p.in_title
                  and 0 <= d.block - p.block <= 2 and not p.hearsay and (p.cue or p.continuation)), None)
        if speaker is None:
            continue
        who = speaker.name or speaker.source_text() or ""
        d.source = [Tok(who, who.lower(), 0, 0)]
        d.name, d.type = who, speaker.type
        keep_list.append(d)
    ctx.drafts = keep_list



def _headline_speaker(ctx: Ctx, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The body quote that a quote headline repeats."""
    words = set(ctx.text[d.start:d.end].lower().split())
    best, score = None, 0.5
    for p in drafts:
        if p is d or not p.direct or not p.source or p.continuation:
            continue
        body = set(" ".join(ctx.text[a:b] for a, b in p.parts).lower().split())
        overlap = len(words & body) / max(1, len(words))
        if overlap > score:
            best, score = p, overlap
    return best


_BUT = re.compile(r",\s+(?:men|but|aber|doch|mens)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _negated_remark(ctx: Ctx, a: int, b: int) -> int:
    """End of a content before a trailing negated remark ("…, men den uppgiften har inte bekräftats",
    "…, but did not give a source"): the outlet's comment on the claim, not part of it."""
    last = None
    for m in _BUT.finditer(ctx.text, a, b):
        last = m
    if last is None or last.start() <= a:
        return b
    rest = ctx.text[last.end():b].lower()
    if "n't" in rest or any(w in ctx.lex.negation for w in _WORD.findall(rest)):
        return last.start()
    return b


def _finish(ctx: Ctx, d: Draft) -> Attribution:
    text = ctx.text
    m = _DATELINE.match(text, d.parts[0][0], d.parts[0][1])
    if m and m.end() < d.parts[0][1]:  # "BRUSSELS (Reuters) - EU governments …": the dateline is no claim
        d.parts[0] = (m.end(), d.parts[0][1])
    if not d.direct:
        a, b = d.parts[-1]
        d.parts[-1] = (a, _negated_remark(ctx, a, b))
    content = " ".join(text[a:b] for a, b in d.parts)
    if d.direct:
        kind = "direct"
    else:
        kind = "mixed" if any(_QUOTE_CHARS.search(text, a, b) and has_quote(text, a, b) for a, b in d.parts) \
            else "indirect"
    real = [t for t in d.source if t.end > t.start]
    source = text[real[0].start:real[-1].end] if real and len(real) == len(d.source) else d.source_text()
    return Attribution(
        content=content,
        content_span=Span(d.start, d.end),
        kind=kind,  # type: ignore[arg-type]
        source=source,
        source_name=d.name if source else None,
        source_type=d.type if source else None,  # type: ignore[arg-type]
        cue=d.cue_text,
        via=tuple(d.via),
        source_span=Span(real[0].start, real[-1].end) if real and len(real) == len(d.source) else None,
        cue_span=Span(*d.cue) if d.cue else None,
        hearsay=d.hearsay,
    )


__all__ = ["attribute"]
