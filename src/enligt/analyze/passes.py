"""The attribution passes over an article's resolved drafts, in order: tagless quotes joined to the record
before them, opinions echoed inside other records dropped, tags that restate the record before them
dropped, hearsay merging, nesting (via chains),
continuations. Each takes the drafts and returns a new list; no draft is changed in place.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Final

from enligt.analyze.contentless import drop_contentless
from enligt.analyze.cues import match_phrase
from enligt.analyze.lexicon import word_trie
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.refusals import drop_refusals
from enligt.analyze.repeats import drop_repeated
from enligt.analyze.sentences import Tok, split, tokenize
from enligt.analyze.sourcetype import classify, name_of
from enligt.analyze.via import keep, places
from enligt.analyze.viapass import cut_at_tag, own_vias
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_function_words, function_words, wordset

NEAR: Final = 40  # how many neighbouring records nesting, hearsay merging and continuations look at
HEARSAY_SHARE: Final = 0.6  # a hearsay clause this large a part of a sourced content is that record's own clause
PLACE_REACH: Final = 400  # characters before a nested source read for the place it was posted on
CONTINUATION_BLOCKS: Final = 2  # paragraphs a tagless quote may lie after its speaker's record
HEADLINE_OVERLAP: Final = 0.5  # share of a quote headline's words a body quote must hold to be the one it repeats

Pass = Callable[[Ctx, list[Draft]], list[Draft]]


@cache
def _place_hint() -> re.Pattern[str]:
    """Word parts that show a claim names where it was posted ("posted", "hemsida": `place_hint`)."""
    return re.compile("(?i)" + word_trie(frozenset(), all_function_words("place_hint")))


def _content_len(d: Draft) -> int:
    return sum(b - a for a, b in d.parts)


def _who(d: Draft) -> str:
    return d.name or d.source_text() or ""


def merge_hearsay(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A hearsay marker in the same clause as a source is one record (the sourced one, marked hearsay);
    inside a larger attributed content it is its own record with via = the outer source; otherwise it
    stays sourceless."""
    out: list[Draft] = []
    sourced = sorted((d for d in drafts if not d.hearsay), key=lambda d: d.start)
    starts = [d.start for d in sourced]
    marked: set[int] = set()  # ids of sourced records a hearsay marker of their own clause joins
    for h in drafts:
        if _sourceless_report(h) and _restates(h, sourced, starts):
            continue  # "20 er bekreftet omkommet, ifølge X": the passive says no more than X's record
        if not h.hearsay or h.cue is None:
            out.append(h)
            continue
        lo = max(0, bisect_left(starts, h.start) - NEAR)
        near = sourced[lo:min(bisect_left(starts, h.end) + 1, lo + 2 * NEAR)]
        cue0 = h.cue[0]
        outer = [d for d in near if d.start <= cue0 < d.end]
        if not outer:
            framed = _framed(ctx, h, near)
            if framed is not None:
                marked.add(id(framed))
            elif not any(d.cue and d.cue[0] <= cue0 < d.cue[1] for d in near):
                out.append(h)
            continue
        d = min(outer, key=_content_len)
        if _content_len(h) >= HEARSAY_SHARE * _content_len(d) or not d.source:
            marked.add(id(d))
            continue
        out.append(replaced(h, via=(_who(d), *(v for v in d.via if keep(v, ctx.via)))))
    return [replaced(d, hearsay=True) if id(d) in marked else d for d in out]


def _framed(ctx: Ctx, h: Draft, near: list[Draft]) -> Draft | None:
    """The sourced record whose reporting frame a hearsay marker is: "soll X gesagt haben, C" (the cue a
    participle right before the perfect's "haben", its speaker inside the marker's clause): one record, X's."""
    for d in near:
        if d.cue is None or not d.source or not h.start <= d.source[0].start < d.cue[0] < h.end \
                or not h.cue or d.cue[0] <= h.cue[0]:
            continue
        if ctx.text[d.cue[1]:d.cue[1] + 8].split()[:1] in (["haben"], ["haben,"]):
            return d
    return None


def _sourceless_report(d: Draft) -> bool:
    """A reporting cue with no source that is no hearsay marker: a passive ("er bekreftet", "ble meldt")."""
    return not d.source and not d.hearsay and d.cue is not None and not d.continuation and not d.direct


def _restates(h: Draft, sourced: list[Draft], starts: list[int]) -> bool:
    """Whether a sourced record's content holds h's cue and most of h's content (the same clause)."""
    if h.cue is None:
        return False
    lo, cue0 = max(0, bisect_left(starts, h.start) - NEAR), h.cue[0]
    return any(d is not h and d.source and d.start <= cue0 < d.end
               and _content_len(h) >= HEARSAY_SHARE * _content_len(d)
               for d in sourced[lo:min(bisect_left(starts, h.end) + 1, lo + 2 * NEAR)])


def nest(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Claims inside another claim's content get the outer source (and any relays named) as via; a
    medium that is the page's own outlet or writing agency is dropped from every via. A claim that opens
    a quotation of its own source ("- Politiet oplyser, at C, skriver politiet") is that quotation: dropped."""
    drafts, ordered = cut_at_tag(drafts)
    sizes = [_content_len(d) for d in ordered]
    reach, top = [], -1  # reach[k]: the furthest end of records 0..k; nothing before k can contain what lies past it
    for d in ordered:
        top = max(top, d.end)
        reach.append(top)
    vias, own_ctx = own_vias(ctx, ordered)  # an outer record's chain is read as this pass has made it
    selves: set[int] = set()  # records that open a quotation of their own source ("- X oplyser, at C, skriver X")
    for i, n in enumerate(ordered):
        if n.continuation or not (n.source or _sourceless_report(n)):  # (a sourced hearsay record nests too)
            continue
        outers = _outers(ordered, sizes, reach, i)
        own = [v for v in vias[i] if keep(v, own_ctx)]
        if not outers:
            vias[i] = tuple(own)
            continue
        k = min(outers, key=lambda k: sizes[k])
        o = ordered[k]
        first = n.source[0].start if n.source and n.source[0].end else n.start
        same = _who(o).lower() in (_who(n).lower(), (n.source_text() or "").lower())
        if same and (first == o.start or (o.direct and not n.direct and n.source)):
            selves.add(id(n))  # (also "”… Polisen misstänker att C …”" in the police's own quotation: its words)
            continue
        lo_char = max(o.start, first - PLACE_REACH)
        chain = own
        if _place_hint().search(ctx.text, lo_char, max(lo_char, first)):
            chain += places(tokenize(ctx.text, lo_char, max(lo_char, first)), ctx.lex)
        chain += [_who(o)] + [v for v in vias[k] if keep(v, own_ctx)]
        vias[i] = tuple(dict.fromkeys(v for v in chain if v))
    changed = {id(d): v for d, v in zip(ordered, vias) if v != d.via}
    return [replaced(d, via=changed[id(d)]) if id(d) in changed else d for d in drafts if id(d) not in selves]


def _outers(ordered: list[Draft], sizes: list[int], reach: list[int], i: int) -> list[int]:
    """Indexes of sourced records whose content contains record i's content (and its cue)."""
    n = ordered[i]
    n_start, n_end, cue0 = n.start, n.end, n.cue[0] if n.cue else None
    hi = i + 1
    while hi < len(ordered) and hi < i + NEAR and ordered[hi].start == n_start:
        hi += 1  # sorted by start: an outer record starts at or before n, so only equal starts follow it
    out = []
    for k in range(hi - 1, max(-1, i - NEAR - 1), -1):
        if k < i and reach[k] < n_end:
            break
        o = ordered[k]
        if k != i and o.source and n_end <= o.end and sizes[k] > sizes[i] + 2 and o.start <= n_start \
                and not o.continuation and (cue0 is None or o.start <= cue0 <= o.end):
            out.append(k)
    return out[::-1]


def _closing_speaker(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A quotation opened and left open to its paragraph's end ("»Q1" + "Q2,« siger X."): the speaker of the
    quotation that closes it at the start of the next paragraph, else None."""
    text = ctx.text
    stop = text.find("\n", d.end)
    rest = text[d.end:stop if stop >= 0 else len(text)]
    if not d.direct or d.start == 0 or text[d.start - 1] not in _OPEN_MARKS or rest.strip(" .,!?"):
        return None  # (a closing mark, or anything else, after the quotation on its line)
    nxt = next((p for p in ordered[i + 1:i + 1 + NEAR] if p.block > d.block), None)
    if nxt is None or nxt.block != d.block + 1 or not nxt.source or nxt.continuation \
            or not any(c in _CLOSE_MARKS for c in text[nxt.end:nxt.end + 3]):
        return None  # (the next paragraph's record must close the quotation: "Q2,« siger X")
    line = text.rfind("\n", 0, nxt.start) + 1
    return nxt if not text[line:nxt.start].strip(" \t»«”“\"„") else None  # ("”Q1" + "”Q2”, säger X")


_OPEN_MARKS: Final = frozenset("»«”“\"„")
_CLOSE_MARKS: Final = frozenset("«»”“\"")


def _echo(ctx: Ctx, d: Draft) -> bool:
    """An echo tag ("…, lyder det."): a cue of class `echo`, which keeps its record with no speaker."""
    if d.cue is None or d.in_title:
        return False
    words = tuple(ctx.text[d.cue[0]:d.cue[1]].lower().split())
    return any(phrase == words and cls == "echo" for phrase, cls in ctx.lex.speech.get(words[0], ()))


def continuations(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Tagless quote paragraphs, quote headlines and Konjunktiv I sentences take an earlier speaker;
    one that finds none is dropped."""
    ordered = sorted(drafts, key=lambda d: d.start)
    out: list[Draft] = []
    for i, d in enumerate(ordered):
        if not d.continuation:
            out.append(d)
            continue
        if not d.in_title and _question(ctx, d):
            continue  # "– Hur ser du på kritiken?": the interviewer's question, not the interviewee's claim
        if any(o.cue and not o.continuation and o.parts == d.parts for o in ordered[max(0, i - NEAR):i + NEAR]):
            continue  # "- Q.\n\nSådan lyder det fra X.": the quotation is that record's content
        speaker = _headline_speaker(ctx, d, ordered) if d.in_title else _closing_speaker(ctx, d, ordered, i) or \
            next((p for p in reversed(ordered[max(0, i - NEAR):i]) if p.source and not p.in_title
                  and 0 <= d.block - p.block <= CONTINUATION_BLOCKS and not p.hearsay and (p.cue or p.continuation)
                  and not cited(ctx, p) and not _inside(ctx, p, ordered[max(0, i - NEAR):i])), None)
        if speaker is not None and not d.in_title:
            speaker = _bridge_speaker(ctx, d, ordered, i, speaker) or speaker
        elif speaker is None and not d.in_title:
            speaker = _tagged_next(ctx, d, ordered, i)
        relay = _relaying_person(ctx, speaker, ordered[max(0, i - NEAR):i]) if speaker and d.direct else None
        speaker = relay or speaker
        if speaker is not None and d.direct and not d.in_title and not relay and _prepositional(ctx, speaker) \
                and not _quoted_before(speaker, ordered[:i]):
            continue  # "Ifølge avisen X er … \n\n – Q": the quotation is nobody's that an "according to" names
        if speaker is None and d.in_title and d.source:  # "Scholz: „…“" with no body quote repeating it
            src = list(d.source)
            known = len(src) == 1 and word_type(src[0].low, ctx.lang) is not None  # "Ordføreren:", not a name
            typ = classify(src, ctx.lex)
            ordered[i] = replaced(d, continuation=False, name=None if known else name_of(src, ctx.lang),
                                  type="person" if typ == "organization" and len(src) == 1 and not known else typ)
            out.append(ordered[i])
            continue
        if speaker is None:
            if _echo(ctx, d):
                out.append(replaced(d, continuation=False))  # "…, lyder det." with no speaker before: sourceless
            continue
        who = _who(speaker)
        # the speaker's words as written ("said Ann Lee", "she said"), so the source has a span; the name
        # resolved from a pronoun is the source_name
        named = speaker.source if speaker.source[0].end else (Tok(who, who.lower(), 0, 0),)
        said_by = {t.text for t in speaker.source} | set(who.split())
        if d.in_title and d.cue:  # and the role the body gives that speaker ("Gesundheitsminister Jens Spahn warnte")
            said_by |= {t.text for p in ordered if p.source and not p.in_title and _who(p) == who for t in p.source}
        if d.in_title and d.cue and any(t.upper and t.text in said_by for t in d.source):
            # "Scholz: „Q“" with "…, sagte Olaf Scholz" in the body: the name in the title
            ordered[i] = replaced(d, continuation=False, name=who, type=speaker.type)
        else:
            keep = (not d.direct or _echo(ctx, d)) and d.cue is not None  # "Demnach …", "lyder det" keep their cue
            ordered[i] = replaced(d, source=named, name=who, type=speaker.type, cue=d.cue if keep else None,
                                  cue_text=d.cue_text if keep else None)
        out.append(ordered[i])  # a later continuation may take this one's speaker
    return out


def _quoted_before(speaker: Draft, before: list[Draft]) -> bool:
    """Whether the person an "according to" names has spoken in a quotation of their own before it ("– Q1, säger
    Eva Ek." … "Enligt Eva Ek har …" + "– Q2"): the quotation after it goes on in that speaker's words."""
    who = _who(speaker)
    return speaker.type == "person" and bool(who) and any(
        p.direct and p.cue is not None and not p.continuation and not p.in_title and p.type == "person"
        and _who(p) == who for p in before)


def _relaying_person(ctx: Ctx, speaker: Draft, near: list[Draft]) -> Draft | None:
    """The person an "according to" names around a body's claim ("Ifølge politiinspektør X mener politiet at C"):
    a quotation after it is that person's, who speaks for the body; else None."""
    if speaker.type not in _BODY_TYPES:
        return None
    return next((o for o in near if o is not speaker and o.type == "person" and o.start <= speaker.start
                 and speaker.end <= o.end and _prepositional(ctx, o)), None)


_BODY_TYPES = frozenset({"official", "organization"})


def _inside(ctx: Ctx, p: Draft, near: list[Draft]) -> bool:
    """Whether a record is a claim inside another's quotation ("„Die Tests haben ergeben, dass …“") or inside
    another's report or continuation ("…, der … ankündigt“, sagte X", "Außerdem könne X kaum einschätzen, ob …"):
    the reporting speaker, not it, goes on in a Konjunktiv sentence after. Not inside an "according to"
    a person speaking for a body ("Ifølge X mener politiet at C": `_relaying_person` finds X from the body's record)."""
    return any(o is not p and o.start <= p.start and p.end <= o.end and (
        o.direct and o.cue is not None or (o.cue is not None or o.continuation) and bool(o.source)
        and (o.start, o.end) != (p.start, p.end) and not _relayed(ctx, p, o)) for o in near)


def _relayed(ctx: Ctx, p: Draft, o: Draft) -> bool:
    """Whether a body's record stands inside an "according to" a person ("Ifølge politiinspektør X mener
    politiet at C"): the person speaks for the body (`_relaying_person`)."""
    return p.type in _BODY_TYPES and o.type == "person" and _prepositional(ctx, o)


def _bridge_speaker(ctx: Ctx, d: Draft, ordered: list[Draft], i: int, speaker: Draft) -> Draft | None:
    """A tagless quote right after a paragraph with no record that names one earlier speaker other than the
    last one ("Dette får Sundfør til å stusse." + "– Q"): that speaker, else None."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return None  # (Nordic dash-quote pages)
    text = ctx.text
    end = text.rfind("\n", 0, d.start)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)  # past blank lines to the paragraph before
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    if any(start <= p.start < end for p in ordered[max(0, i - NEAR):i]):
        return None  # the paragraph before holds a record of its own
    words = set(_WORDS.findall(text[start:end]))
    last = _who(speaker).split()
    if last and last[-1] in words:
        return None  # the last speaker is named there too
    named = {_who(p): p for p in ordered[max(0, i - NEAR):i] if p.source and not p.in_title and not p.hearsay
             and p.type == "person" and _who(p).split() and _who(p).split()[-1] in words}
    return next(iter(named.values())) if len(named) == 1 else None


def _tagged_next(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A tagless quote paragraph with no speaker before it, right above a tagged quote paragraph
    ("»A.«" + "»B«, siger X."): X's, whose tag closes the quotation (Nordic pages); else None."""
    if not d.direct or not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return None
    nxt = next((o for o in ordered[i + 1:i + 1 + NEAR] if o.start >= d.end), None)
    if nxt is None or nxt.block != d.block + 1 or not nxt.direct or nxt.cue is None or not nxt.source \
            or nxt.continuation or nxt.hearsay or cited(ctx, nxt):
        return None
    return nxt


def _question(ctx: Ctx, d: Draft) -> bool:
    """A quote paragraph that asks someone addressed as "du"/"you"/"Sie" (lang/<code>/second_person.txt)."""
    text = ctx.text[d.start:min(len(ctx.text), d.end + 2)].rstrip(" \n”“\"»«")
    if not text.endswith("?"):
        return False
    you = wordset(ctx.lang, "second_person")
    return any(w in you for w in _WORDS.findall(ctx.text[d.start:d.end])) or _asked_and_answered(ctx, d, text)


def _asked_and_answered(ctx: Ctx, d: Draft, text: str) -> bool:
    """A paragraph of one question followed by a paragraph that opens with a dash ("– Hvor kommer pengene fra?"
    + "– Vi har satt av midler, svarer Lie."): the interviewer's question and its answer."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or any(c in text[:-1] for c in ".!?"):
        return False  # more than one sentence: the speaker's own question among other words (Nordic pages only)
    rest = ctx.text[d.end:].lstrip(" ?»«”“\"„")
    return rest.startswith("\n") and rest.lstrip()[:1] in _DASH_MARKS


_DASH_MARKS: Final = frozenset("–—-")


_WORDS: Final = re.compile(r"\w+")


def _headline_speaker(ctx: Ctx, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The body quote that a quote headline repeats."""
    words = set(ctx.text[d.start:d.end].lower().split())
    best, score = None, HEADLINE_OVERLAP
    for p in drafts:
        if p is d or not p.direct or not p.source or p.continuation:
            continue
        body = set(" ".join(ctx.text[a:b] for a, b in p.parts).lower().split())
        overlap = len(words & body) / max(1, len(words))
        if overlap > score:
            best, score = p, overlap
    return best


def join_follows(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A tagless quote inside a paragraph ("…, “A,” he said. “B.”", "She said C. “B.”") is one more part of
    the record before it, when nothing but that record's tag stands between them; else it is dropped. In
    German a quote after reported speech ("C, sagte X. „B.“") is a continuation of its own."""
    ordered = sorted(drafts, key=lambda d: d.start)
    out: list[Draft] = []
    for i, d in enumerate(ordered):
        if not d.follows:
            out.append(d)
            continue
        k = len(out) - 1
        while k >= 0 and (out[k].hearsay or out[k].end > d.start) and len(out) - k <= NEAR:
            k -= 1  # hearsay, and records inside a quote, are no tag's record
        if k >= 0 and out[k].block == d.block and out[k].cue is not None and out[k].end <= d.start \
                and (_only_tag_between(ctx, out[k], out[k].end, d.start) or _tag_sentence_between(ctx, out[k], d)):
            if ctx.lex.konjunktiv and not out[k].direct:  # German "C, sagte X. „B.“": reported, then quoted
                out.append(replaced(d, follows=False))  # the quote goes on from X as a record of its own
                continue
            out[k] = replaced(out[k], parts=(*out[k].parts, *d.parts), mixed=not out[k].direct)
        elif (nxt := _next_quote(ctx, ordered, i)) is not None:  # "«A». «B», skrev X": A is X's too
            out.append(replaced(d, follows=False, continuation=False, cue=None, cue_text=None, source=nxt.source,
                                name=nxt.name, type=nxt.type, via=nxt.via))
    return out


def _next_quote(ctx: Ctx, ordered: list[Draft], i: int) -> Draft | None:
    """The tagged quotation right after the tagless one at i in its paragraph, with nothing but spaces and
    punctuation between them (V2 languages, whose quotes run on in one paragraph: "«A». «B», sier X."); else None."""
    d = ordered[i]
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return None
    nxt = next((o for o in ordered[i + 1:i + 1 + NEAR] if o.start >= d.end), None)
    if nxt is None or not nxt.direct or nxt.follows or nxt.cue is None or not nxt.source or nxt.block != d.block:
        return None
    return nxt if not any(ch.isalnum() for ch in ctx.text[d.end:nxt.start]) else None


def _tag_sentence_between(ctx: Ctx, d: Draft, f: Draft) -> bool:
    """Whether only the rest of d's tag sentence stands between d's cue and the quote f ("“A,” said X, whose
    family moved here in 2009. “B.”"): one sentence from the cue on."""
    if d.cue is None or not d.end <= d.cue[0] < f.start:
        return False
    toks = tokenize(ctx.text, d.cue[0], f.start)
    return sum(1 for a, b in split(ctx.text, toks, ctx.lang) if any(t.is_word for t in toks[a:b])) <= 1


def _only_tag_between(ctx: Ctx, d: Draft, a: int, b: int) -> bool:
    """Whether text[a:b] holds no word outside the record's own source and cue."""
    spans = [d.cue] if d.cue else []
    real = [t for t in d.source if t.end > t.start]
    if real:
        spans.append((real[0].start, real[-1].end))
    k = a
    for s, e in sorted(spans):
        if e <= a or s >= b:
            continue
        if any(ch.isalnum() for ch in ctx.text[k:s]):
            return False
        k = max(k, e)
    return not any(ch.isalnum() for ch in ctx.text[k:b])


def _prepositional(ctx: Ctx, d: Draft) -> bool:
    """Whether a record's cue is a prepositional one ("ifølge", "enligt", "according to"): a source named so
    reports, and a quotation after it does not go on its words."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and not d.continuation and any(phrase == tuple(words) for phrase, _ in ctx.lex.prep.get(words[0], ()))


def cited(ctx: Ctx, d: Draft) -> bool:
    """Whether a record is the cited source inside another's report ("unter Berufung auf Y"): the report's
    speaker, not Y, goes on in the sentences after it."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and bool(d.via) and any(cls == "cite" and phrase == tuple(words)
                                               for phrase, cls in ctx.lex.prep.get(words[0], ()))


def drop_echoed_beliefs(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A verb of belief inside another record's words is part of them, not a claim of its own: inside a
    quotation ("“If voters believe that …,” she said") or right after a reporting verb with the same
    speaker as its subject ("Most voters say they believe C": one record, theirs)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    drop: set[int] = set()
    for d in drafts:
        if _belief_tagged(ctx, d, ordered, starts):
            drop.add(id(d))
        if d.cue is None or d.direct or not _opinion(ctx, d):
            continue
        lo = max(0, bisect_left(starts, d.cue[0]) - NEAR)
        for o in ordered[lo:bisect_left(starts, d.cue[0] + 1)]:
            if o is d or o.cue is None or not o.start <= d.cue[0] < o.end:
                continue
            first = d.source[0] if d.source and d.source[0].end else None
            echo = first is not None and ctx.lex.pronouns.get(first.low) == "person" and first.start <= o.start + 1
            if o.direct or echo:
                drop.add(id(d))
                break
    return [d for d in drafts if id(d) not in drop]


def _belief_tagged(ctx: Ctx, d: Draft, ordered: list[Draft], starts: list[int]) -> bool:
    """An opinion verb whose clause a tag after it calls a belief ("Alle erwarteten Streit, so die Vermutung der
    Zeugen"): the tag's record holds the clause, the verb is no claim of its own (`belief_noun`)."""
    if d.cue is None or d.direct or not d.source or not _opinion(ctx, d, ("belief", "opinion")):
        return False
    nouns = _belief_nouns(ctx.lang)
    lo = bisect_left(starts, d.start - 1)
    for o in ordered[max(0, lo - NEAR):lo + NEAR]:
        if o is not d and o.cue is not None and o.cue[0] > d.cue[1] and o.start <= d.source[0].start < o.end \
                and any(t.upper and t.low in nouns for t in o.source[:3]):
            return True
    return False


@cache
def _belief_nouns(lang: str) -> frozenset[str]:
    return function_words(lang, "belief_noun")


def _opinion(ctx: Ctx, d: Draft, classes: tuple[str, ...] = ("belief",)) -> bool:
    """Whether a record's cue is a verb of belief (`cues_speech.tsv` class belief: "believe", "fear")."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and any(cls in classes and phrase == tuple(words)
                               for phrase, cls in ctx.lex.speech.get(words[0], ()))


def drop_restated(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A tag that restates who said the sentence before ("X fortæller, at C. Det fortæller han i et opslag."):
    its content is that sentence, which holds a record of the same speaker already; one record, the first."""
    ordered = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    drop: set[int] = set()
    for d in drafts:
        if d.cue is None or d.direct or len(d.parts) != 1 or d.cue[0] < d.end or not d.name:
            continue  # only a tag after its content ("Det fortæller han.")
        lo = bisect_left(starts, d.start)
        for o in ordered[lo:min(len(ordered), lo + NEAR)]:
            if o.start >= d.end:
                break
            if o is not d and o.cue is not None and o.end <= d.end and d.start <= o.cue[0] and o.name == d.name:
                drop.add(id(d))
                break
    return [d for d in drafts if id(d) not in drop]


def strip_tag_verb(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A source read across a quotation's tag into a coordinated cue ("– Q, sier X og legger til at C"): the
    tag's verb opens no source, so the source is the phrase after it."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return drafts  # (English "state officials", German nouns: no verb opens them)
    out: list[Draft] = []
    for d in drafts:
        src = d.source
        m = match_phrase(list(src), 0, len(src), ctx.lex.speech) if len(src) > 1 and not src[0].upper else None
        out.append(replaced(d, source=src[m[0]:]) if m and m[0] < len(src) and src[m[0]].is_word else d)
    return out


PASSES: Final[tuple[Pass, ...]] = (drop_contentless, strip_tag_verb, join_follows, drop_echoed_beliefs, drop_restated,
                                  merge_hearsay, nest, continuations, drop_refusals, drop_repeated)
