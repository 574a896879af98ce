"""The attribution passes over an article's resolved drafts, in order: tagless quotes joined to the record
before them, opinions echoed inside other records dropped, tags that restate the record before them
dropped, hearsay merging, nesting (via chains),
continuations (continuing.py). Each takes the drafts and returns a new list; no draft is changed in place.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Final

from enligt.analyze.backrelay import relay_back_reports
from enligt.analyze.colonbound import cut_at_colon
from enligt.analyze.contentless import drop_contentless
from enligt.analyze.continuing import NEAR, continuations, speaker_name
from enligt.analyze.contnest import nest_in_continuations
from enligt.analyze.coordcues import join_coordinated_cues
from enligt.analyze.criticism import drop_criticism_senses
from enligt.analyze.cues import match_phrase
from enligt.analyze.framecite import retarget_frame_citations
from enligt.analyze.interviewq import drop_interview_questions
from enligt.analyze.lexicon import word_trie
from enligt.analyze.othersenses import drop_other_senses
from enligt.analyze.ownlearning import own_learning_unsourced
from enligt.analyze.ownview import own_view
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.refusals import drop_refusals
from enligt.analyze.relsource import cut_relative_source
from enligt.analyze.repeats import drop_repeated
from enligt.analyze.sentences import split, tokenize
from enligt.analyze.sourcecredit import credit_relays
from enligt.analyze.timesource import drop_time_sources
from enligt.analyze.titlecut import cut_title_tail
from enligt.analyze.unfit import drop_unfit
from enligt.analyze.via import keep
from enligt.analyze.viachain import places
from enligt.analyze.viapass import cut_at_tag, own_vias, relay_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_function_words, function_words

HEARSAY_SHARE: Final = 0.6  # a hearsay clause this large a part of a sourced content is that record's own clause
PLACE_REACH: Final = 400  # characters before a nested source read for the place it was posted on

Pass = Callable[[Ctx, list[Draft]], list[Draft]]


@cache
def _place_hint() -> re.Pattern[str]:
    """Word parts that show a claim names where it was posted ("posted", "hemsida": `place_hint`)."""
    return re.compile("(?i)" + word_trie(frozenset(), all_function_words("place_hint")))


def _content_len(d: Draft) -> int:
    return sum(b - a for a, b in d.parts)


def merge_hearsay(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A hearsay marker in the same clause as a source is one record (the sourced one, marked hearsay);
    inside a larger attributed content it is its own record with via = the outer source; otherwise it
    stays sourceless."""
    out: list[Draft] = []
    sourced = sorted((d for d in drafts if not d.hearsay), key=lambda d: d.start)
    starts = [d.start for d in sourced]
    marked: set[int] = set()  # ids of sourced records a hearsay marker of their own clause joins
    joined: dict[int, str] = {}  # their cue with the marker before it ("skal have sagt")
    for h in drafts:  # (a hearsay claim that opens before the sourced content holds its source: one clause)
        if _sourceless_report(h) and _restates(h, sourced, starts) and not _told_frame(ctx, h):
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
                if _have_frame(ctx, h, framed) and h.cue_text and framed.cue_text:
                    joined[id(framed)] = f"{h.cue_text} {framed.cue_text}"  # "skulle have forklaret"
            elif not any(d.cue and d.cue[0] <= cue0 < d.cue[1] for d in near):
                out.append(h)
            continue
        d = min(outer, key=_content_len)
        if d.continuation and not d.source and d.direct and _content_len(h) < HEARSAY_SHARE * _content_len(d):
            out.append(h)  # inside a tagless quote whose speaker comes later ("„…, wo X gewesen sein soll.“"): its own
            continue
        if _content_len(h) >= HEARSAY_SHARE * _content_len(d) and not _later_clause(ctx, h, d) \
                or not d.source or h.start < d.start:
            marked.add(id(d))
            continue
        out.append(replaced(h, via=(relay_name(ctx, d), *(v for v in d.via if keep(v, ctx.via)))))
    return [replaced(d, hearsay=True, cue_text=joined.get(id(d), d.cue_text)) if id(d) in marked else d for d in out]


def _later_clause(ctx: Ctx, h: Draft, d: Draft) -> bool:
    """Whether the hearsay claim h opens a clause of its own after a comma or a complementizer, past words of d's
    content before it ("sier at rådet er uenig, og at | noen skal ha …", "– Vi vet att | X ska ha …"): its
    clause is part of the larger content, not the sourced clause itself. Only a modal marker of two words inside h's
    content (not "fik angiveligt at | vide", nor a passive "det beskrivs som")."""
    if h.cue is None or h.cue[0] < h.start or len((h.cue_text or "").split()) < 2:
        return False  # only a modal marker with its infinitive inside its own clause ("X ska ha …")
    before = ctx.text[d.start:h.start].rstrip()
    words = before.split()
    return h.start > d.start and len(words) >= LATER_CLAUSE_WORDS and (
        before.endswith(",") or words[-1].lower() in ctx.lex.complementizers)


LATER_CLAUSE_WORDS: Final = 2  # words of the outer content before a hearsay clause of its own


def _framed(ctx: Ctx, h: Draft, near: list[Draft]) -> Draft | None:
    """The sourced record whose reporting frame a hearsay marker is: "soll X gesagt haben, C" (the cue a
    participle right before the perfect's "haben", or right after the marker's own "have": "skal X have sagt, at C";
    its speaker inside the marker's clause): one record, X's."""
    for d in near:
        if d.cue is None or not d.source or not h.start <= d.source[0].start < d.cue[0] < h.end \
                or not h.cue or d.cue[0] <= h.cue[0]:
            continue
        if ctx.text[d.cue[1]:d.cue[1] + 8].split()[:1] in (["haben"], ["haben,"]):
            return d
        if _have_frame(ctx, h, d):
            return d  # "Manden skal have fortalt, at C", "skulle X have forklaret, at C"
    return None


def _have_frame(ctx: Ctx, h: Draft, d: Draft) -> bool:
    """Whether the hearsay marker h ends on a perfect auxiliary (`framing_perfect_aux`: "have") right before the
    reporting participle of d ("skal have | sagt"): the marker frames d's report."""
    words = (h.cue_text or "").split()
    return h.cue is not None and d.cue is not None and h.cue[1] <= d.cue[0] and not ctx.text[h.cue[1]:d.cue[0]].strip() \
        and bool(words) and words[-1].lower() in function_words(ctx.lang, "framing_perfect_aux")


def _sourceless_report(d: Draft) -> bool:
    """A reporting cue with no source that is no hearsay marker: a passive ("er bekreftet", "ble meldt")."""
    return not d.source and not d.hearsay and d.cue is not None and not d.continuation and not d.direct


def _restates(h: Draft, sourced: list[Draft], starts: list[int]) -> bool:
    """Whether a sourced record's content holds h's cue and most of h's content (the same clause). Only h's words
    inside it count: a report that ran on over the quotation's tag ("– A, og jeg har fået besked om, at C, sagde X
    …") is not the quotation restated."""
    if h.cue is None:
        return False
    lo, cue0 = max(0, bisect_left(starts, h.start) - NEAR), h.cue[0]
    return any(d is not h and d.source and d.start <= cue0 < d.end
               and _len_inside(h, d) >= HEARSAY_SHARE * _content_len(d)
               for d in sourced[lo:min(bisect_left(starts, h.end) + 1, lo + 2 * NEAR)])


def _told_frame(ctx: Ctx, h: Draft) -> bool:
    """Whether h is a passive of telling before its clause with a personal pronoun for subject ("they were told
    that C", in "X said they were told that C"): X reports being told, h what was told, whatever their lengths.
    Not a noun subject ("X said 40 staff had been notified that C": X's own notice) nor the V2 languages' passives."""
    words = (h.cue_text or "").lower().split()
    if ctx.lex.profile.v2 or len(words) < 2 or h.cue is None or h.cue[1] > h.parts[0][0] \
            or not any(cls == "told" and ph == (words[-1],) for ph, cls in ctx.lex.speech.get(words[-1], ())):
        return False
    before = ctx.text[max(0, h.cue[0] - 12):h.cue[0]].split()
    if not before:
        return False
    last = before[-1].lower().replace("’", "'").lstrip("\"'“”‘«»–—").partition("'")[0]  # "“I've been told", "\"We were"
    return ctx.lex.pronouns.get(last) == "person" or last in ctx.lex.first_person


def _len_inside(h: Draft, d: Draft) -> int:
    """How many characters of h's content stand within d's content's extent."""
    return sum(max(0, min(b, d.end) - max(a, d.start)) for a, b in h.parts)


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
        if _relayed_report(ctx, o, n):
            selves.add(id(o))  # "X sier ifølge Tass at C": X's report, Tass its relay, no record of Tass's own
        first = n.source[0].start if n.source and n.source[0].end else n.start
        same = speaker_name(o).lower() in (speaker_name(n).lower(), (n.source_text() or "").lower())
        if same and (first == o.start or (o.direct and not n.direct and n.source)) and not _own_telling(ctx, n):
            selves.add(id(n))  # (also "”… Polisen misstänker att C …”" in the police's own quotation: its words)
            continue
        lo_char = max(o.start, first - PLACE_REACH)
        hi_char = max(lo_char, min(first, n.cue[0]) if n.cue else first)  # (not its own cue: "„Gestern teilte X mit")
        chain = own
        if _place_hint().search(ctx.text, lo_char, hi_char):
            chain += places(tokenize(ctx.text, lo_char, hi_char), ctx.lex)
        chain += ([] if _self_relay(o, n) and not _own_telling(ctx, n) else [relay_name(ctx, o)]) + [v for v in vias[k] if keep(v, own_ctx)]
        vias[i] = tuple(dict.fromkeys(v for v in chain if v))
    changed = {id(d): v for d, v in zip(ordered, vias) if v != d.via}
    return [replaced(d, via=changed[id(d)]) if id(d) in changed else d for d in drafts if id(d) not in selves]


def _own_telling(ctx: Ctx, n: Draft) -> bool:
    """Whether the nested record n reports an earlier telling of the outer speaker to someone (`own_telling`: "X said
    she told officers C"): a report of its own, kept; not the same words restated ("X said she believes C")."""
    return bool(n.cue_text) and (n.cue_text or "").lower() in function_words(ctx.lang, "own_telling")


def _self_relay(o: Draft, n: Draft) -> bool:
    """Whether the outer record o is the nested record n's own speaker ("X betont, dass …: »Q«", "ifølge tiltalen …
    ifølge tiltalen"): o's speaker written as n's source, or both resolved to one name. A speaker relays no words
    of their own, so o is no via of n."""
    return speaker_name(o).lower() == (n.source_text() or "").lower() or bool(o.name and o.name == n.name)


def _relayed_report(ctx: Ctx, o: Draft, n: Draft) -> bool:
    """Whether the record o of a relaying preposition (`relay_prep`: Norwegian "ifølge") holds nothing
    but the report n, its source included ("X sier ifølge Tass at C", "X siterer Y på at C, ifølge Reuters"): n's
    source inside o's content and before o's cue, n's content reaching o's end, and before n only words of no
    clause of their own (no comma or coordinator). n is the claim, o's source its via."""
    if not o.cue_text or o.cue_text.lower() not in function_words(ctx.lang, "relay_prep") or not n.source:
        return False
    if not (o.start <= n.source[0].start < o.end and n.end >= o.end - RELAY_SLACK) \
            or (o.cue and o.cue[0] < n.source[0].start):
        return False  # (a fronted "Ifølge Y sier X at C" keeps Y's record: the relay opens the sentence)
    first = min(n.source[0].start, n.start, n.cue[0] if n.cue else n.start)
    return all(t.text not in ",;" and t.low not in ctx.lex.coordinators for t in tokenize(ctx.text, o.start, first))


RELAY_SLACK: Final = 2  # characters a report inside a relaying preposition's content may end before it


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


def join_follows(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """A tagless quote inside a paragraph ("…, “A,” he said. “B.”", "She said C. “B.”") is one more part of
    the record before it, when nothing but that record's tag stands between them; else it is dropped. In
    German it is a record of its own, cue null, of the speaker before when it cannot join: after reported
    speech ("C, sagte X. „B.“"), after a colon quote and the rest of its tag sentence ("X: „A“, sagte er der dpa.
    „B.“"), after a Konjunktiv continuation ("… seien betroffen. „B.“")."""
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
            if ctx.lex.konjunktiv and (not out[k].direct or _after_colon(ctx, out[k])):  # German "C, sagte X. „B.“"
                out.append(replaced(d, follows=False))  # the quote goes on from X as a record of its own
                continue
            out[k] = replaced(out[k], parts=(*out[k].parts, *d.parts), mixed=not out[k].direct)
        elif ctx.lex.konjunktiv and k >= 0 and _goes_on(ctx, out[k], d):
            out.append(_own_record(d, _outermost(out, k)))  # German "„A“, sagte er der dpa. „B.“", "D sei … „B.“"
        elif (nxt := _next_quote(ctx, ordered, i)) is not None:  # "«A». «B», skrev X": A is X's too
            out.append(replaced(d, follows=False, continuation=False, cue=None, cue_text=None, source=nxt.source,
                                name=nxt.name, type=nxt.type, via=nxt.via))
    return out


def _after_colon(ctx: Ctx, p: Draft) -> bool:
    """Whether a quote record opens after a colon ("X: „A“, sagte er der dpa. „B.“"): a quote after its tag
    sentence is a record of its own."""
    return ctx.text[max(0, p.start - 4):p.start].rstrip(" „“”\"»«").endswith(":")


def _own_record(d: Draft, p: Draft) -> Draft:
    """A tagless quote as a record of its own that goes on in p's words, cue null: p's speaker, or the speaker
    the continuations pass gives p when p is a continuation itself."""
    if p.continuation:
        return replaced(d, follows=False)
    return replaced(d, follows=False, continuation=False, source=p.source, name=p.name, type=p.type, via=p.via)


def _outermost(out: list[Draft], k: int) -> Draft:
    """The record whose content holds out[k]'s ("X erklärte: Sein Ressort habe mitgeteilt, „…“"): its speaker, not
    the one inside, goes on; out[k] when none holds it."""
    p = out[k]
    return next((o for o in out[max(0, k - NEAR):k] if o.source and o.cue is not None and not o.hearsay
                 and o.start <= p.start and p.end <= o.end), p)


def _goes_on(ctx: Ctx, p: Draft, d: Draft) -> bool:
    """Whether a tagless quote in a paragraph goes on from the record p before it: p is a tagged quotation or
    reported speech or a Konjunktiv sentence of the same paragraph, and at most p's tag sentence stands between
    them ("„A“, sagte er der dpa. „B.“", "… seien betroffen. „B.“"), no sentence of the reporter's own."""
    if p.block != d.block or p.end > d.start or p.hearsay or not (p.source or p.continuation):
        return False
    between = ctx.text[p.end:d.start]
    if not any(ch.isalnum() for ch in between):
        return True
    if p.direct and between.lstrip(" »«”“\"„").startswith(","):  # "„A“, sagte er der dpa. „B.“"
        toks = tokenize(ctx.text, p.end, d.start)
        return sum(1 for a, b in split(ctx.text, toks, ctx.lang) if any(t.is_word for t in toks[a:b])) <= 1
    return p.cue is not None and p.end <= p.cue[0] < d.start and _tag_sentence_between(ctx, p, d)


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
        if d.cue is None or d.direct:
            continue
        own = own_view(ctx, d)  # "– … Det synes jeg også, at …": the quoted speaker's own hedge
        forecast = _english_forecast(ctx, d)
        if not (own or forecast or _opinion(ctx, d)):
            continue
        lo = max(0, bisect_left(starts, d.cue[0]) - NEAR)
        for o in ordered[lo:bisect_left(starts, d.cue[0] + 1)]:
            if o is d or o.cue is None or not o.start <= d.cue[0] < o.end:
                continue
            first = d.source[0] if d.source and d.source[0].end else None
            echo = first is not None and (ctx.lex.pronouns.get(first.low) == "person" or forecast and first.low in ctx.lex.pronouns) \
                and first.start <= o.start + 1  # (en44: "The firm said it now expected a loss of $2m": its words)
            if o.direct or echo and not own:
                drop.add(id(d))
                break
    return [d for d in drafts if id(d) not in drop]


def _english_forecast(ctx: Ctx, d: Draft) -> bool:
    """Whether a record's cue is an English verb of expecting (`expect_verb`, en44: "expected", "projecting"), which
    echoes the speaker of a report around it as a belief does ("The firm said it now expected a loss of $2m")."""
    return not ctx.lex.profile.v2 and (d.cue_text or "").lower() in function_words(ctx.lang, "expect_verb")


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


def _belief_nouns(lang: str) -> frozenset[str]:
    """`_belief_nouns_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _BELIEF_NOUNS_KEPT.get(lang)
    if got is None:
        got = _BELIEF_NOUNS_KEPT.setdefault(lang, _belief_nouns_built(lang))
    return got


_BELIEF_NOUNS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _belief_nouns_built(lang: str) -> frozenset[str]:
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
        if m and m[0] == 1 and src[1].upper and word_type(src[0].low, ctx.lang) == "person":
            m = None  # a role spelt like a verb, as a title: "anklager Mie Holm" (Danish prosecutor)
        out.append(replaced(d, source=src[m[0]:]) if m and m[0] < len(src) and src[m[0]].is_word else d)
    return out


PASSES: Final[tuple[Pass, ...]] = (drop_contentless, drop_unfit, cut_at_colon, cut_relative_source, drop_time_sources, cut_title_tail, strip_tag_verb,
                                  join_coordinated_cues, drop_interview_questions, own_learning_unsourced, join_follows,
                                  drop_echoed_beliefs, drop_restated, retarget_frame_citations, merge_hearsay, nest, continuations,
                                  nest_in_continuations, relay_back_reports, credit_relays, drop_refusals,
                                  drop_other_senses, drop_criticism_senses, drop_repeated)
