"""Reporting-verb rules, in both orders (the marker rules are in markers.py).

Each rule looks at one sentence's tokens and returns `Draft`s. Shapes covered:
"Enligt X V …" / "C, enligt X." / "har enligt X gripits"; "X säger att C" / "C, säger X" / "C, X said";
"Det uppger polisen." (content = the previous sentence); "Det framgår av X" / "Av X framgår att C";
"C, wie X sagte" / "Wie X mitteilte, C"; sourceless hearsay ("sägs", "ska ha", "reportedly", "soll").
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from enligt.analyze.cues import Lexicon, is_finite_verb, is_phrasal, match_phrase, negated
from enligt.analyze.phrases import (
    genitive_tail,
    np_end,
    only_punct,
    restrictive_end,
    seg_start,
    span,
    subject,
)
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np, is_name_tok, is_source_like, word_type
from enligt.analyze.via import media_name, recipient
from enligt.lang import wordset


def verb_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, prev: Span2 | None,
               cands: Sequence[int] | None = None, taken: set[int] | None = None) -> list[Draft]:
    """Reporting, opinion and evidence verbs of one sentence, in both orders; no cue is read at the
    offsets `taken` (a quote's tag, a word inside a prepositional source)."""
    taken = taken if taken is not None else set()
    out: list[Draft] = []
    speech, sep = ctx.lex.speech, ctx.lex.separable
    nxt = s
    for i in (range(s, e) if cands is None else cands):
        low = toks[i].low
        if i < nxt or (low not in speech and low not in sep) or toks[i].start in taken:
            continue
        if toks[i].upper and i > s and not ctx.lex.profile.capitalised_nouns and toks[i - 1].is_word:
            continue  # a capitalised word inside a sentence is a name: "the United States will …"
        m = match_phrase(toks, i, e, speech)
        n, cls = m if m else (0, "")
        if not m and ctx.lex.separable.get(toks[i].low):
            n, cls = _separable(ctx, toks, i, e)
        if not n or negated(toks, i, n, e, ctx.lex) or is_phrasal(toks, i, n, e, ctx.lex):
            continue
        d = _verb_one(ctx, toks, s, e, i, n, cls, prev, out)
        if d:
            out.append(d)
        nxt = i + n
    return out


def _separable(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str]:
    k = i + 1
    while k < e and toks[k].text not in ",.;:!?":
        k += 1
    return (1, "split") if k - 1 > i and toks[k - 1].low == ctx.lex.separable[toks[i].low] else (0, "")


def _verb_one(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, prev: Span2 | None,
              done: list[Draft]) -> Draft | None:
    cue = (toks[i].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i:i + n])
    if i == s + 1 and toks[s].low in ctx.lex.expletives and ctx.lex.profile.v2:  # "Det uppger polisen."
        return _verb_first(ctx, toks, i, n, e, cls, cue, cue_text, prev)
    if cls == "split":  # "X teilte (am Abend) mit, C" / "…, teilte X mit."
        k = next(k for k in range(i + 1, e + 1) if k == e or toks[k].text in ",.;:!?")
        cue_text = f"{toks[i].text} {toks[k - 1].text}"
        after = k + 1 if k < e and toks[k].text == "," else e
        if after < e and toks[after].low in ctx.lex.complementizers:
            after += 1
        src, tail, _, _ = subject(ctx, toks, s, i)
        c = span(ctx, toks, after, e) if after < e else (span(ctx, toks, s, i - 1) if i > s + 1 else None)
        if c and (src or after >= e):
            return Draft((c,), cue, cue_text, tuple(src or toks[i + 1:k - 1]), tail=tail)
        return None
    if cls == "tip":
        b = seg_start(toks, s, i)
        c = span(ctx, toks, s, b - 1) if b > s else None
        return Draft((c,), cue, cue_text) if c else None
    a, vias = _after_cue(ctx, toks, i + n, e, cls)
    if cls not in ("told", "court") and any(t.low in ctx.lex.closed.be for t in toks[max(s, i - 3):i]):
        return None  # passive: "is said to" (a hearsay marker), "is estimated to", "could not be confirmed"
    k = i - 1
    while k >= s and toks[k].low in ctx.lex.auxiliaries:
        k -= 1
    pre_end = k + 1
    b = seg_start(toks, s, pre_end, ctx.lex.subordinators)
    if i > s and toks[i - 1].low in ctx.lex.determiners and ctx.lex.profile.verbs_as_nouns:
        return None  # a noun, not a verb: "other estimates", "the reports"
    if pre_end == i and i > s and toks[i - 1].text == "," and cls != "told" and _inverted_order(ctx, toks, s, e, i, n):
        return _inverted(ctx, toks, s, e, i, n, cue, cue_text, vias)
    inv = _v2_subject(ctx, toks, s, e, i, n, b)
    if inv:
        j, start = inv
        body = span(ctx, toks, start, e)
        return Draft((body,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias)) if body else None
    if _is_type_b(ctx, toks, a, e, i + n):
        return _content_first(ctx, toks, s, e, i, n, b, pre_end, cue, cue_text, vias)
    return _source_first(ctx, toks, s, e, i, n, cls, a, pre_end, cue, cue_text, vias, done)


def _verb_first(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, cls: str, cue: Span2, cue_text: str,
                prev: Span2 | None) -> Draft | None:
    """"Det uppger polisen [till TT]." / "Das kündigte X an.": the content is the previous sentence."""
    if cls == "split":
        k = next(k for k in range(i + 1, e + 1) if k == e or toks[k].text in ",.;:!?")
        cue_text = f"{toks[i].text} {toks[k - 1].text}"
        e = k - 1
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    if j == i + n or not prev:
        return None
    vias: list[str] = []
    if j + 1 < e and toks[j].low in ctx.lex.closed.recipient_prep:
        _, media = recipient(toks, j + 1, e, ctx.lex)
        vias = [media] if media else []
    return Draft((prev,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias))


def _after_cue(ctx: Ctx, toks: list[Tok], a: int, e: int, cls: str) -> tuple[int, list[str]]:
    """Where the content starts after a cue: past a recipient ("told Reuters", "till TT") and adverbials up
    to a complementizer ("said on Thursday that"). Also returns media recipients (via candidates)."""
    lex = ctx.lex
    vias: list[str] = []
    if a < e and toks[a].is_word and toks[a].low not in lex.complementizers and (
            cls == "told" or (toks[a].low in lex.closed.recipient_prep and lex.profile.recipient_preposition)):
        start = a + (0 if cls == "told" else 1)
        j, media = recipient(toks, start, e, lex)
        if j > start and not (cls == "told" and toks[start].low in lex.first_person):
            if media:
                vias.append(media)
            a = j
    if a + 1 < e and toks[a].text == "," and toks[a + 1].low in lex.complementizers \
            and lex.profile.comma_before_complementizer:
        return a + 2, vias  # Danish/German: "oplyser, at …", "sagte, dass …"
    if lex.konjunktiv and a + 1 < e and toks[a].text == "," and any(t.low in lex.konjunktiv for t in toks[a + 1:a + 5]):
        return a + 1, vias  # German reported speech without "dass": "erklärte, man sei …"
    c, steps = a, 0
    while c < e and steps < 8 and toks[c].text not in ",.;:!?" and toks[c].low not in lex.complementizers:
        c += 1
        steps += 1
    if c < e and toks[c].low in lex.complementizers and (
            c == a or toks[a].low in lex.prepositions or toks[a].low in lex.auxiliaries or cls == "told"
            or toks[a].low in lex.closed.after_cue):
        return c + 1, vias
    return a, vias


def _is_type_b(ctx: Ctx, toks: list[Tok], a: int, e: int, after_cue: int) -> bool:
    """No real content after the cue ("…, the governor said on Telegram."): the content is before it."""
    rest = [t for t in toks[a:e] if t.is_word]
    if not rest:
        return True
    if a < e and toks[a].text == ",":
        return True
    first = toks[a].low if a < e else ""
    adverbial = first in ctx.lex.prepositions or first in ctx.lex.closed.tag_adverbial \
        or first in _weekdays(ctx.lang) or (not toks[a].upper and any(w in first for w in ctx.lex.times))
    comma = next((k for k in range(a, min(e, a + 5)) if toks[k].text == ","), None)
    if adverbial and comma is not None and not any(t.low in ctx.lex.complementizers for t in toks[a:comma]):
        return True  # "… told Reuters on Tuesday, speaking on condition of anonymity"
    short_pp = adverbial and len(rest) <= 5 and not any(t.low in ctx.lex.complementizers for t in toks[a:e])
    return short_pp and a == after_cue


@cache
def _weekdays(lang: str) -> frozenset[str]:
    return wordset(lang, "weekdays")


def _content_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int, pre_end: int,
                   cue: Span2, cue_text: str, vias: list[str]) -> Draft | None:
    lex = ctx.lex
    if toks[s].low in lex.closed.as_clause and pre_end > s + 1:  # "Wie der DWD mitteilte, soll sich …"
        k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
        c = span(ctx, toks, k + 1, e) if k is not None else None
        return Draft((c,), cue, cue_text, tuple(toks[s + 1:pre_end])) if c else None
    if pre_end == b and b > s + 1 and toks[b - 1].text == ",":  # "…, its coordinator, Natalia Bondarenko, told X."
        pre_end = b - 1
        b = seg_start(toks, s, pre_end)
    if b <= s and pre_end > s:
        return None  # "X said." with nothing before: no content
    if pre_end > b:  # "…, the regional governor said" / "…, wie ein Polizeisprecher der dpa sagte"
        b = _name_with_and(toks, s, b, pre_end, lex)
        src = toks[b:pre_end]
        if src and src[0].low in lex.closed.as_:
            src = src[1:]
        src, more = _dative_via(ctx, src)
        if any(t.low in lex.first_person for t in src):
            return None
        vias = vias + more
        name_toks: list[Tok] = []
        cut = b - 1
        if src and all(is_name_tok(t) for t in src) and cut > s:
            b2 = seg_start(toks, s, cut)
            role = toks[b2:cut]
            noun_phrase = b2 > s and not any(t.low in lex.closed.be or is_finite_verb(t, lex) for t in role)
            if 0 < len(role) <= 6 and noun_phrase and (any(word_type(t.low, lex.lang) for t in role)
                                                        or role[0].low in lex.determiners
                                                        or role[0].low.endswith(("'s", "’s"))):
                name_toks, src, cut = src, role, b2 - 1
        if toks[b].low in lex.closed.as_clause and b == s:  # "Wie der DWD mitteilte, C"
            k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
            c = span(ctx, toks, k + 1, e) if k is not None else None
            return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias)) if c else None
        c = span(ctx, toks, s, cut)
        if not c or not src:
            return None
        a = i + n
        while a < e and toks[a].is_word and (toks[a].low in lex.prepositions or toks[a].low in lex.closed.time_preposition
                                             or toks[a].low in lex.times):
            a += 1
        if a < e and toks[a].text == "," and sum(t.is_word for t in toks[s:cut]) <= 4 and not only_punct(toks, a, e) \
                and not any(is_finite_verb(t, lex) for t in toks[s:cut]):
            rest = span(ctx, toks, a + 1, e)  # "The town, officials said, has been …"
            if rest:
                return Draft((c, rest), cue, cue_text, tuple(src), via=tuple(vias))
        name = " ".join(t.text for t in name_toks) if name_toks else None
        return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias), name=name)
    return None


def _name_with_and(toks: list[Tok], s: int, b: int, pre_end: int, lex: Lexicon) -> int:
    """Start of a name joined by "and" after a comma ("…, Northumberland Fire and Rescue Service said"), else b."""
    if not (b - 2 > s and toks[b - 1].low in lex.closed.name_and and toks[b - 2].upper
            and all(is_name_tok(t) for t in toks[b:pre_end])):
        return b
    k = b - 1
    while k - 1 > s and toks[k - 1].upper:
        k -= 1
    if k - 1 > s and k < b - 1 and toks[k - 1].low in lex.closed.name_article:
        k -= 1  # "…, the Fire and Rescue Service said"
    return k if k < b - 1 and toks[k - 1].text == "," else b


def _inverted_order(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> bool:
    """"C, uppger polisen" (content first) rather than "X, apposition, menar att C" (subject first)."""
    lex = ctx.lex
    lo = max(s, i - 60)
    in_rel = False
    for t in toks[lo:i]:
        if t.low in lex.relatives:
            in_rel = True
        elif t.text == ",":
            in_rel = False
        elif not in_rel and t.is_word and t.low not in lex.determiners and is_finite_verb(t, lex):
            return True
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.recipient)
    if j == i + n:
        return False
    j = restrictive_end(ctx, toks, i + n, j, e)
    commas = sum(1 for t in toks[lo:i] if t.text == ",")
    k = next((m for m in range(lo, i) if toks[m].text == ","), i)
    return (only_punct(toks, j, e) or toks[j].text == "," or toks[j].low in ctx.lex.closed.recipient) and (commas == 1 or k - lo >= 4)


def _inverted(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str,
              vias: list[str]) -> Draft | None:
    """"…, uppger polisen." / "…, said Serhiy, a platoon commander": the source follows the cue."""
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    if j == i + n:
        return None
    j, more = genitive_tail(ctx, toks, j, e)
    vias = vias + more
    r = restrictive_end(ctx, toks, i + n, j, e)  # "…, säger en soldat som TT har talat med."
    rel = ctx.text[toks[j].start:toks[r - 1].end] if r > j else ""
    j = r
    if j + 1 < e and toks[j].low in ctx.lex.closed.recipient_prep:
        _, media = recipient(toks, j + 1, e, ctx.lex)
        if media:
            vias = vias + [media]
    tail = ctx.text[toks[j].start:toks[e - 1].end] if j < e and toks[j].low in ctx.lex.relatives else rel
    c = span(ctx, toks, s, i - 1)
    return Draft((c,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias), tail=tail) if c else None


def _v2_subject(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int) -> tuple[int, int] | None:
    """V2 inversion after a fronted phrase: "På åklagarens fråga … svarade han att …"."""
    if not ctx.lex.profile.v2 or i == s or not (toks[b].low in ctx.lex.prepositions or toks[b].low in ctx.lex.subordinators):
        return None
    if i + n < e and (toks[i + n].low in ctx.lex.prepositions or toks[i + n].low in ctx.lex.closed.recipient):
        return None  # "bekräftar för SVT att": a recipient, not an inverted subject
    if i > s and toks[i - 1].text == ",":
        return None
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.recipient)
    if j > i + n and j < e and toks[j].low in ctx.lex.complementizers and j - (i + n) <= 4:
        return j, j + 1
    return None


def _dative_via(ctx: Ctx, src: list[Tok]) -> tuple[list[Tok], list[str]]:
    """"ein Polizeisprecher der dpa": German dative recipient inside a subordinate tag."""
    for k in range(1, len(src)):
        if src[k].low in ctx.lex.closed.dative_definite and k + 1 < len(src):
            media = media_name(src[k + 1:], ctx.lex)
            if media:
                return src[:k], [media]
    return src, []


def _source_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, a: int, pre_end: int,
                  cue: Span2, cue_text: str, vias: list[str], done: list[Draft]) -> Draft | None:
    lex = ctx.lex
    if pre_end > s and toks[pre_end - 1].low in lex.first_person:
        return None  # "… än vi hade räknat med": the speaker's own words
    src, tail, antecedent, prefix = subject(ctx, toks, s, pre_end)
    if not src and pre_end > s and toks[pre_end - 1].low in lex.subordinators:
        if done and done[-1].source and any(t.low in lex.complementizers for t in toks[i + n:i + n + 2]):
            src = list(done[-1].source)  # "menar att A men varnar för att B"
        elif any(t.low in lex.complementizers for t in toks[i + n:i + n + 2]):  # "En del gråter och säger att …"
            b = seg_start(toks, s, pre_end - 1, lex.subordinators)
            src = toks[b:forward_np(toks, b, pre_end - 1, lex)]
    if not src:
        return None
    if src[-1].low in lex.first_person or src[0].low in lex.first_person or _negative_subject(ctx, src):
        return None
    if cls == "evidence" and not is_source_like(src, lex):
        return None
    if cls == "court" and not any(t.low in lex.courts for t in src):
        return None  # "he heard a loud bang": perception, not "the court heard"
    stop = _coordinated_stop(ctx, toks, a, e)
    parts = [p for p in (prefix, span(ctx, toks, a, stop)) if p]
    if not parts or (prefix and len(parts) < 2):
        return None
    return Draft(tuple(parts), cue, cue_text, tuple(src), tail=tail, via=tuple(vias),
                 antecedent=None if antecedent is None else tuple(antecedent))


_QUOTE_STRIP = "\"'“”„«»‘’‚"


def _negative_subject(ctx: Ctx, src: list[Tok]) -> bool:
    """"Nobody has told us …", "Ingen har sagt …": a negative pronoun reports that nothing was said."""
    words = [w for w in (t.low.strip(_QUOTE_STRIP) for t in src) if w]
    return len(words) <= 2 and " ".join(words) in wordset(ctx.lang, "negative_subjects")


def _coordinated_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """End of a content that a coordinated second cue cuts ("… men varnar för att …")."""
    for k in range(a + 1, e - 1):
        if toks[k].low in ctx.lex.subordinators and match_phrase(toks, k + 1, e, ctx.lex.speech):
            return k
        if toks[k].text == "," and match_phrase(toks, k + 1, e, ctx.lex.prep):
            return k  # "… kronor, enligt en sammanställning": the outer source's tag
    return e


