"""The reading pass of attribution: each block of an article (title, then each body paragraph), in
order, to its resolved drafts.

Per block: direct speech (direct.py); then per sentence the prepositional, evidence, verb and hearsay
rules (markers.py, rules.py), the title's "X: claim" and German Konjunktiv I continuations; the
records of a sentence cut at each other's trailing tags; then every record resolved (resolve.py) in
reading order, a quote's tag before the speakers it quotes. The reader's `Memory` (names, mentions,
the reporter's interlocutor) is noted as the sentences go by.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Final

from enligt.analyze.bridges import bridge
from enligt.analyze.colonintro import colon_intro, introduced
from enligt.analyze.cues import triggers
from enligt.analyze.direct import quote_records, taken_cues
from enligt.analyze.evidence import evidence_rules, pronoun_evidence, relayed_evidence
from enligt.analyze.excepted import excepted_claim
from enligt.analyze.hearsay import hearsay_rules
from enligt.analyze.innerend import own_sentences
from enligt.analyze.interlocutors import interlocutor_in
from enligt.analyze.konjunktiv import (
    STOPPED,
    Going,
    heading,
    inside_quote,
    konjunktiv_continuation,
    narrated,
    ownerless,
    passed,
    renewed,
    report_back_inside,
    reported_report,
)
from enligt.analyze.markers import loose_cites, prep_rules
from enligt.analyze.phrases import span
from enligt.analyze.quotes import Quote, find_quotes, trim
from enligt.analyze.records import Ctx, Draft, Memory, Span2, replaced
from enligt.analyze.relcite import relative_cites
from enligt.analyze.resolve import note_names, prefill_persons, resolve
from enligt.analyze.sentences import Tok, split
from enligt.analyze.shapes import ends_same, labelled_claim
from enligt.analyze.statements import cleft_statement
from enligt.analyze.tagcues import pointing_words
from enligt.analyze.titles import (
    TITLE_NAME_WORDS,
    TITLE_SOURCE_WORDS,
    after_dateline,
    before_title_quote,
    title_source,
)
from enligt.analyze.verbcues import verb_rules
from enligt.analyze.visible import visible_rules
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_word_list, function_words, wordset
from enligt.models import Span

MAX_SENTENCE: Final = 150  # tokens; a longer "sentence" (no punctuation) is read in windows, keeping every rule linear
MAX_CUES: Final = 12  # cue candidates read per sentence: prose never has more; a run of them is a list or spam, not claims
QUOTE_LOOKBACK: Final = 2000  # characters: how far before a sentence a quote may open and still have its cue there
GENERIC_LOOK: Final = 8  # characters after a cue read for a generic subject (" man ")
REPORT_SUBJECT: Final = 4  # words: how far into a sentence a report noun pointing back ("De ukrainska uppgifterna") may stand


def read_blocks(ctx: Ctx, memory: Memory, blocks: list[tuple[Span, bool]], block_toks: list[list[Tok]]) -> list[Draft]:
    """The resolved drafts of `blocks` ((span, is the title) each; `block_toks`: the tokens of each),
    block by block in reading order."""
    prefill_persons(ctx, memory, block_toks)
    out: list[Draft] = []
    prev: _Prev | None = None
    going = STOPPED  # German: reported speech going on at the previous paragraph's end, so Konjunktiv I may continue it
    intro: Draft | None = None
    for bi, (sp, title) in enumerate(blocks):
        sig = _signature(block_toks[bi]) if bi > 0 and not title and not blocks[bi - 1][1] else None
        if sig is not None:  # an embedded post's signature: the paragraph before it is the post
            post = span(ctx, block_toks[bi - 1], 0, len(block_toks[bi - 1]))
            if post:
                out += _resolve_block(ctx, memory, [Draft((post,), None, None, sig, block=bi - 1, direct=True)],
                                      bi - 1, False)
            continue
        if block_toks[bi]:
            drafts, prev, after = _read_block(ctx, memory, bi, sp, title, prev, block_toks[bi],
                                              STOPPED if title else going)
            going = STOPPED if title else going if heading(block_toks[bi]) and not drafts else after  # past a subheading
            if intro is not None and not title:
                drafts = introduced(ctx, intro, drafts, sp)
            out += _resolve_block(ctx, memory, drafts, bi, title)
            intro = None if title else colon_intro(ctx, block_toks[bi], memory.mentions.persons)
    return out


def _signature(toks: list[Tok]) -> tuple[Tok, ...] | None:
    """The author of an embedded post's signature line ("— Troms politidistrikt (@polititroms) 23. desember
    2017"): the name between the dash and the bracketed handle; None for any other paragraph."""
    if len(toks) < 5 or toks[0].text not in _SIGNATURE_DASHES:
        return None
    k = next((m for m in range(1, min(len(toks) - 2, SIGNATURE_NAME_WORDS + 2)) if toks[m].text == "("), None)
    if k is None or k == 1 or toks[k + 1].text != "@" or not all(t.is_word for t in toks[1:k]):
        return None
    close = next((m for m in range(k + 2, min(len(toks), k + 5)) if toks[m].text == ")"), None)
    return tuple(toks[1:k]) if close is not None and close - k <= 3 else None


_SIGNATURE_DASHES: Final = frozenset("—–-")
SIGNATURE_NAME_WORDS: Final = 6  # the longest author name read before an embedded post's handle


def _read_block(ctx: Ctx, memory: Memory, bi: int, sp: Span, title: bool, prev: _Prev | None, toks: list[Tok],
                going: Going = STOPPED) -> tuple[list[Draft], _Prev, Going]:
    """The drafts of one block (quotes first, then each sentence's), cut at each other's tags, the
    sentences left for the next block's "Det uppger X." to point back to, and whether the block ends in
    reported speech (German: a Konjunktiv I paragraph after it continues it; `going` says the same of
    the block before)."""
    quotes = find_quotes(ctx.text, sp.start, sp.end)
    quoted = quote_records(ctx, toks, sp.start, sp.end, bi, title, quotes, memory.mentions.persons)
    taken = taken_cues(quoted)
    last_found = going.on
    pending_bridge: Draft | None = None  # a Konjunktiv II sentence kept when the next one continues in Konjunktiv I
    ranges = [(q.open, q.close + 1) for q in quotes if _kept_whole(ctx, sp, q)]
    cue_words = triggers(ctx.lang)
    hits = [k for k, t in enumerate(toks) if t.low in cue_words]
    ups = [k for k, t in enumerate(toks) if t.upper]
    by_start = sorted(quoted, key=lambda d: d.start)
    starts = [d.start for d in by_start]
    sentences: list[tuple[Span2, list[Draft]]] = []  # each sentence's extent and its records
    pending: list[tuple[int, int]] = []  # sentences since `prev` was last computed: trimmed only when a rule needs it
    report_subject = function_words(ctx.lang, "report_subject")  # "Uppgifterna kommer från X."
    pointing = function_words(ctx.lang, "pointing_object")  # "Politiet bekræfter dette." (read once, not once a word)
    before: tuple[int, int] | None = None  # the sentence before, in this block
    for s, e in _windows(split(ctx.text, toks, ctx.lang, ranges)):
        if s == 0 and not title:
            s = after_dateline(ctx, toks, s, e)
        note_names(ctx, memory, toks, s, e, ups[bisect_left(ups, s):bisect_left(ups, e)])
        memory.interlocutor = interlocutor_in(ctx, toks, s, e) or memory.interlocutor
        here = (toks[s].start, toks[e - 1].end)
        cands = hits[bisect_left(hits, s):bisect_left(hits, e)][:MAX_CUES]
        if not cands and toks[s].text == "(" and toks[e - 1].text == ")" and not title:
            continue  # "… unterwegs. (Quelle: X) Diese Angaben bestätigte Y.": an aside, no sentence to point back at
        found: list[Draft] = []
        rumours: list[Draft] = []
        if cands:
            prev, pending = _Prev(toks, pending, prev), []
            last = None
            if toks[s].low in ctx.lex.expletives or ctx.lex.fronted.get(toks[s].low) == "back" or (  # "Det uppger X."
                    ends_same(ctx, toks, s, e)) or pointing_words(ctx, toks, s, e) > 1:  # "X melder det samme."
                last = (None if sentences or title else _paragraph_span(ctx, prev.prior)) or _last_span(ctx, prev)
            elif any(t.low in report_subject for t in toks[s:min(e, s + REPORT_SUBJECT)]):
                last = _last_span(ctx, prev)  # "Uppgifterna kommer från X."
            elif pronoun_evidence(ctx, toks, s, e) or relayed_evidence(ctx, toks, s, e):
                last = _last_span(ctx, prev)  # "De viser at C": the figures of the sentence before; "Ifølge Y fremgår det af X."
            elif ctx.lex.profile.separable_particles and any(t.low in ctx.lex.expletives for t in toks[s + 2:e]):
                last = _last_span(ctx, prev)  # "X teilte dies mit."
            elif ctx.lex.profile.v2 and any(t.low in pointing for t in toks[s + 2:e]):
                last = _last_span(ctx, prev)  # "Politiet bekræfter dette."
            quote_back = last is not None and not sentences and not title and prev.prior is not None \
                and prev.prior.quote and last == prev.prior.quiet
            preps, cited = prep_rules(ctx, toks, s, e, last, cands)
            taken |= cited
            tags = [d for d in by_start[bisect_left(starts, here[0] - QUOTE_LOOKBACK):bisect_left(starts, here[1])]
                    if d.cue and here[0] <= d.cue[0] < here[1]]  # "“Q,” she said, adding that C": she adds
            found = preps + evidence_rules(ctx, toks, s, e, last, cands) + verb_rules(ctx, toks, s, e, last, cands, taken,
                                                                                       tags) + visible_rules(ctx, toks, s, e, cands)
            found = [d for d in found if not _leaves_quote(d, ranges) and not _topic_only(ctx, d)
                     and not _generic_quoted(ctx, d, ranges, quoted) and not _adverb_source(ctx, d)
                     and not ((ownerless(ctx, d) or _article_alone(ctx, d)) and inside_quote(d, ranges))
                     and not (ctx.lex.konjunktiv and _quote_held(d, quoted))]
            # "„Nach unseren Erkenntnissen …“", "„Auf gut Deutsch: Der hat Müll erzählt.“"
            found = own_sentences(ctx, toks, s, e, found, ranges)  # "»I går blev det oplyst, at A. Men B,« siger X"
            if quote_back:  # "– Q1. Q2.\n\nDet sier X.": the quotation paragraph before is X's direct speech
                found = [replaced(d, direct=True) if d.parts == (last,) else d for d in found]
            rumours = own_sentences(ctx, toks, s, e, hearsay_rules(ctx, toks, s, e, cands), ranges)
            if (found or tags) and not ctx.lex.konjunktiv and (d := cleft_statement(ctx, toks, s, e)) and any(
                    d.cue and f.start <= d.cue[0] < f.end for f in (*found, *tags)):
                found = found + [d]  # "'Det er udvalgets opfattelse, at C,' står der i brevet": the owner's claim
            if found and cited:
                found = found + loose_cites(ctx, toks, s, e, found)  # "berichten X unter Berufung auf Y", "C, X reported, citing Y"
            if found:
                found = relative_cites(ctx, toks, e, found)  # "According to X, which cited Y, C": Y's record, via X
            if found and ctx.lex.report_back:
                found = found + report_back_inside(ctx, toks, s, e, found)  # "X gehen von Y aus, demnach C"
        if title and found:
            found = before_title_quote(ctx, toks, s, e, found)
        if title and not found:
            found = _title_colon(ctx, toks, s, e, memory.mentions.persons, quoted)
        elif not found and (d := labelled_claim(ctx, toks, s, e, before)) and not _within_quoted(d, quoted):
            found = [d]  # "Linke und Grüne forderten X. Der Vorwurf: C", "Hans kommentar var att C"
        elif not found and (d := excepted_claim(ctx, toks, s, e)) and not _within_quoted(d, quoted):
            found = [d]  # "Politiet kan ikke si noe mer, annet enn at C"
        if found and last_found and ctx.lex.konjunktiv and not title and all(ownerless(ctx, d) for d in found):
            found = konjunktiv_continuation(ctx, toks, s, e) or found  # "…, sagte X. Nach ersten Ermittlungen habe …"
        if not found and going.speaker and not title and not any(here[0] <= a < here[1] for a in starts) \
                and not _unreal_first(ctx, toks, s, e):  # (not "Das würde …")
            found = [replaced(d, source=going.speaker, continuation=False) for d in konjunktiv_continuation(ctx, toks, s, e)[:1]
                     if not going.on or d.cue is not None]  # (past a background report, only "Demnach" is its reporter's)
            # "X versuchte, die Leute zu beruhigen. Die Lage sei …": X's; "Zuerst hatte X berichtet. Demnach C": X's
        if not found and last_found and ctx.lex.konjunktiv and not title and not any(
                d.start < here[1] and d.end > here[0] for d in by_start[bisect_left(starts, here[0] - QUOTE_LOOKBACK):
                                                                         bisect_left(starts, here[1])]):
            found = konjunktiv_continuation(ctx, toks, s, e)  # (a quotation of its own is no continuation)
            if pending_bridge is not None and found and sentences:
                sentences[-1] = (sentences[-1][0], [*sentences[-1][1], pending_bridge])
            elif not found and pending_bridge is None and sentences and (found_bridge := bridge(ctx, toks, s, e)):
                pending_bridge = found_bridge
                sentences.append((here, []))
                pending, before = pending[-3:] + [(s, e)], (s, e)
                continue
        elif found and last_found and ctx.lex.konjunktiv and not title:
            found = reported_report(ctx, toks, s, e, found) + found  # "Stoiber habe aber versichert, dass C"
        if not found and not last_found and going.back > 0 and ctx.lex.konjunktiv and not title:
            found = [d for d in konjunktiv_continuation(ctx, toks, s, e) if d.cue is not None]  # "X sagte C. A. B. Demnach D"
        pending_bridge = None
        if ctx.lex.konjunktiv:  # only German continues reported speech by mood
            local = by_start[bisect_left(starts, here[0] - QUOTE_LOOKBACK):bisect_left(starts, here[1])]
            tagged = [d for d in local if d.cue and here[0] <= d.cue[0] < here[1]]
            if found or tagged:
                going = renewed(found + tagged) if not found or not found[0].continuation else Going(
                    True, renewed([]).quiet, going.names, back=renewed([]).back)  # (a continuation keeps the speaker's names)
            elif not (last_found and (rumours or any(  # a hearsay sentence between keeps the speaker ("soll … sein. Es habe …")
                    here[0] <= a <= here[0] + 2 and b >= here[1] - 3 for d in local for a, b in d.parts))):
                # and so does a sentence that is all quotation going on from it ("„A“, sagte X. „B.“ Es gebe …")
                going = passed(ctx, toks, s, e, going if last_found or going.back else STOPPED, memory.mentions.persons)
                going = going if going.on or title else Going(speaker=narrated(ctx, toks, s, e), back=going.back)
            last_found = going.on
        sentences.append((here, found + rumours))
        pending, before = pending[-3:] + [(s, e)], (s, e)
    after = _Prev(toks, pending, prev)
    if not title and not quoted and not any(found for _, found in sentences) and \
            PARAGRAPH_SENTENCES[0] <= len(sentences) <= PARAGRAPH_SENTENCES[1]:
        after.quiet = trim(ctx.text, sentences[0][0][0], sentences[-1][0][1])  # a short block with no record
    elif not title and _bare_quote(quoted) and not any(found for _, found in sentences):
        after.quiet, after.quote = quoted[0].parts[0], True  # "– Q1. Q2." for "Det sier X." after it: X's words
    if title:
        quoted = _outside_title_claims(quoted, sentences)
    return _cut_block(quoted, by_start, starts, sentences), after, STOPPED if pending_bridge is not None \
        else going if last_found else Going(names=going.names, back=going.back)


def _kept_whole(ctx: Ctx, sp: Span, q: Quote) -> bool:
    """Whether a quotation is one stretch the sentence splitter keeps whole: a closed one, or one left open that opens
    its paragraph (running on into the next, or its closing mark lost before its own tag: "»A. B, siger han."); one
    left open after a tag ("X skriver: ”A. B.") has no tag of its own to keep whole."""
    return q.closed or not ctx.text[sp.start:q.open].strip()


def _generic_quoted(ctx: Ctx, d: Draft, ranges: list[tuple[int, int]], quoted: list[Draft]) -> bool:
    """A generic subject ("man") inside a quotation: "– Nu säger man att …" reports nobody (the subject is
    the draft's source, or the word right after its cue)."""
    generic = function_words(ctx.lang, "generic_subject")
    if d.cue is None or not generic:
        return False
    after = ctx.text[d.cue[1]:d.cue[1] + GENERIC_LOOK].split()
    if not (len(d.source) == 1 and d.source[0].low in generic or after and after[0].lower() in generic):
        return False
    c = d.cue[0]
    return any(x < c < y for x, y in ranges) or any(p0 <= c < p1 for q in quoted for p0, p1 in q.parts)


def _within_quoted(d: Draft, quoted: list[Draft]) -> bool:
    """Whether a claim starts inside the content of a quotation's own record ("– A. B, lyder X's vurdering." is
    the quotation's tag, not a second record)."""
    c = d.parts[0][0]
    return any(p0 <= c < p1 for q in quoted for p0, p1 in q.parts)


def _quote_held(d: Draft, quoted: list[Draft]) -> bool:
    """A claim that opens on a quotation whose own tag it runs over ("X gab Entwarnung: „Q“, sagte sie": the colon's
    verb is no second record of Q)."""
    c, end = d.parts[0][0], d.parts[-1][1]
    return any(q.direct and q.cue is not None and q.cue != d.cue and q.parts[0][0] - 1 <= c <= q.parts[0][0]
               and c <= q.cue[0] < end for q in quoted)


def _leaves_quote(d: Draft, ranges: list[tuple[int, int]]) -> bool:
    """A cue inside a quotation whose content starts outside it: "„… kein Wort gesagt“, hielt der Richter vor" is
    no record of "gesagt" with the tag after the quote as its claim."""
    if d.cue is None:
        return False
    a, b = next(((x, y) for x, y in ranges if x < d.cue[0] < y), (-1, -1))
    return a >= 0 and not any(a < p0 < b for p0, _ in d.parts)  # (one that starts inside is cut at the quote later)


def _article_alone(ctx: Ctx, d: Draft) -> bool:
    """German: a lone article as the source, a demonstrative of colloquial speech ("Der hat Müll erzählt")."""
    return ctx.lex.profile.capitalised_nouns and len(d.source) == 1 and d.source[0].low in ctx.lex.determiners \
        and ctx.lex.pronouns.get(d.source[0].low) in (None, "relative")


def _adverb_source(ctx: Ctx, d: Draft) -> bool:
    """A lone lower-case adverb of time or manner read as the source ("höher als bisher angegeben", "hatte zuerst
    das Blatt berichtet"): no one said it there."""
    src = d.source
    if len(src) == 1 and src[0].low in function_words(ctx.lang, "reflexive_pronoun"):
        return True  # a lone reflexive ("Das ergab sich aus X", "hätten sich die Soldaten …, berichtet Y") (de34)
    return len(src) == 1 and not src[0].upper and ctx.lex.fronted.get(src[0].low) == "adv" \
        and src[0].low not in ctx.lex.relatives  # (Danish "der": "en journalist, der beskrev")


def _topic_only(ctx: Ctx, d: Draft) -> bool:
    """What was described is only its topic: "Die Zeugen schilderten den Verlauf des Abends" (a verb of describing,
    `describe_verb`, and a noun of `topic_nouns.txt` after its article, with no clause and no "als") is no claim."""
    topics = wordset(ctx.lang, "topic_nouns")
    if not topics or len(d.parts) != 1 or not (d.cue_text or "").lower().startswith(
            function_word_list(ctx.lang, "describe_verb")):
        return False  # (confirming an incident is a claim: "bestätigte den Vorfall")
    words = ctx.text[d.parts[0][0]:d.parts[0][1]].split()
    if len(words) > TOPIC_WORDS or len(words) < 2 or words[0].lower() not in ctx.lex.determiners:
        return False
    head = next((w for w in words[1:] if w[:1].isupper()), "")
    particles = set(ctx.lex.call.values())  # "beschrieb den Ablauf als chaotisch" is a claim
    return head.lower() in topics and not any(w.lower() in particles or w == "," for w in words)


TOPIC_WORDS: Final = 8  # the longest noun phrase read as a bare topic


def _outside_title_claims(quoted: list[Draft], sentences: list[tuple[Span2, list[Draft]]]) -> list[Draft]:
    """A title's quote inside the claim of its "X: claim" ("Ann Lee: Tom Vale ‘Not Fit To Serve’") is part of
    that record, no quote headline of its own."""
    claims = [d for _, found in sentences for d in found if d.cue_text == ":"]
    return [q for q in quoted if not (q.continuation and any(c.start <= q.start and q.end <= c.end for c in claims))]


def _resolve_block(ctx: Ctx, memory: Memory, drafts: list[Draft], block: int, title: bool) -> list[Draft]:
    """Every draft of a block resolved, in reading order but a quote's tag before the speakers it
    quotes (a speaker quoted inside a quotation is not remembered); returned in the drafts' order."""
    inner = _inside_quotes(drafts)
    out = list(drafts)
    at = {id(d): k for k, d in enumerate(drafts)} if inner else {}
    for k in sorted(range(len(drafts)), key=lambda k: (id(drafts[k]) in inner, drafts[k].pos)):
        quote = inner.get(id(drafts[k]))
        speaker = None if quote is None else out[at[id(quote)]].name or out[at[id(quote)]].source_text()
        out[k] = resolve(ctx, memory, drafts[k], block, title, quote is None, speaker)
    return out


class _Prev:
    """The sentences read since the previous sentence span was last needed, and the span before them.

    The rules need the previous sentence only for "Det uppger polisen." (content = that sentence), so
    its trimmed span is computed on demand (`_last_span`), once, instead of after every sentence."""

    __slots__ = ("done", "pending", "prior", "quiet", "quote", "toks", "value")

    def __init__(self, toks: list[Tok], pending: list[tuple[int, int]], prior: _Prev | None) -> None:
        self.toks, self.pending, self.prior = toks, pending, prior
        self.value: Span2 | None = None
        self.done = False
        self.quiet: Span2 | None = None  # a whole short block that gave no record (for "Det oplyser X." after it)
        self.quote = False  # `quiet` is a block that is all one tagless quotation ("– Q1. Q2.")


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


def _paragraph_span(ctx: Ctx, p: _Prev | None) -> Span2 | None:
    """For "Det oplyser X." opening a paragraph: the whole paragraph before it, when that is two or three
    sentences that gave no record ("Seks er døde. 16 er såret." + "Det meddeler politiet."), else None."""
    return p.quiet if p is not None and p.quiet and p.quiet[1] > p.quiet[0] else None


def _bare_quote(quoted: list[Draft]) -> bool:
    """Whether a block's only quote record is one tagless quotation in direct speech ("– Q1. Q2.", "»Q1. Q2.«")."""
    return len(quoted) == 1 and quoted[0].continuation and quoted[0].direct and quoted[0].cue is None \
        and len(quoted[0].parts) == 1


PARAGRAPH_SENTENCES: Final = (2, 3)  # sentences of a paragraph that a "Det oplyser X." opening the next one covers


def _windows(sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if all(e - s <= MAX_SENTENCE for s, e in sents):
        return sents  # prose: every sentence is its own window
    out: list[tuple[int, int]] = []
    for s, e in sents:
        out.extend((a, min(e, a + MAX_SENTENCE)) for a in range(s, e, MAX_SENTENCE))
    return out


def _cut_block(quoted: list[Draft], by_start: list[Draft], starts: list[int],
               sentences: list[tuple[Span2, list[Draft]]]) -> list[Draft]:
    """The block's drafts in reading order (quotes, then each sentence's records), each sentence's
    records and the quotes that open in it cut at each other's trailing tags (`cut_at_tags`)."""
    cut_quotes: dict[int, Draft] = {}
    out: list[Draft] = []
    for (a, b), found in sentences:
        here = by_start[bisect_left(starts, a):bisect_left(starts, b)] if by_start else []
        if len(found) + len(here) < 2:  # a record alone runs over no other record's tag
            out += found
            continue
        group = cut_at_tags(found + here)
        out += group[:len(found)]
        for old, new in zip(here, group[len(found):]):
            if new is not old:
                cut_quotes[id(old)] = new
    return ([cut_quotes.get(id(d), d) for d in quoted] if cut_quotes else quoted) + out


def cut_at_tags(drafts: list[Draft]) -> list[Draft]:
    """A content running over another record's trailing tag ("…”, Reuters reported") ends where that tag starts."""
    ends = [d.end for d in drafts]
    for ti, t in enumerate(drafts):
        if not t.cue or ends[ti] > t.cue[0]:
            continue
        for di, d in enumerate(drafts):
            if di != ti and d.cue and d.cue[0] < ends[ti] and d.start < t.cue[0] < ends[di] and ends[di] > ends[ti]:
                ends[di] = max(d.parts[-1][0] + 1, ends[ti])
    return [d if end == d.end else replaced(d, parts=(*d.parts[:-1], (d.parts[-1][0], end)))
            for d, end in zip(drafts, ends)]


def _title_colon(ctx: Ctx, toks: list[Tok], s: int, e: int, persons: set[str], quoted: list[Draft]) -> list[Draft]:
    """Title "X: claim" where X names a source ("Ukraina: 38 av 44 drönare …", "Lund: We will not resign" when
    the article names a Lund); a topic is not one."""
    colon = next((k for k in range(s + 1, min(e, s + 2 * TITLE_SOURCE_WORDS + 1)) if toks[k].text == ":"), None)
    if colon is None:
        return _title_colon_after(ctx, toks, s, e, persons)
    if (colon + 1 < e and toks[colon + 1].text in "”“\"‘'«„–—-" and not _words_outside(
            toks, colon + 1, e, quoted)):
        return []  # "X: «quote»" and "X: – quote" are direct speech (direct.py); not "X: ‘Q’ Have ‘R’"
    if colon + 2 < e and f"{toks[colon + 1].low} {toks[colon + 2].low}" in function_words(ctx.lang, "title_reports"):
        return []  # "Ukraine: Berichte über Tote …": others report; the label is the topic
    src = title_source(ctx, toks, s, colon, persons=persons)
    c = span(ctx, toks, colon + 1, e)
    if not src or not c:
        return _title_colon_after(ctx, toks, s, e, persons)
    return [Draft((c,), (toks[colon].start, toks[colon].end), ":", tuple(src))]


_TITLE_DASHES: Final = frozenset({"-", "–", "—"})  # a spaced dash before a title's trailing source
TITLE_CLAIM_WORDS: Final = 4  # the fewest words of a claim before a trailing source ("At least 30 killed in clashes: Kestria")


def _title_colon_after(ctx: Ctx, toks: list[Tok], s: int, e: int, persons: set[str]) -> list[Draft]:
    """Title "claim: X" where X, one to three capitalised words at the end, names a source the article names
    (`titles.title_source`: "At least 30 killed in clashes: Kestria")."""
    end = e
    while end > s and not toks[end - 1].is_word:
        end -= 1
    colon = next((k for k in range(end - 1, max(s, end - TITLE_NAME_WORDS - 1), -1) if toks[k].text == ":"
                  or (toks[k].text in _TITLE_DASHES and toks[k - 1].end < toks[k].start < toks[k].end < toks[k + 1].start)),
                 None)  # "… killed in crash: police", "… killed in crash - police"
    if colon is None or sum(t.is_word for t in toks[s:colon]) < TITLE_CLAIM_WORDS \
            or not all(t.is_word and (t.upper or word_type(t.low, ctx.lang)) for t in toks[colon + 1:end]):
        return []
    src = title_source(ctx, toks, colon + 1, end, persons=persons)
    if src and toks[colon].text != ":" and word_type(src[-1].low, ctx.lang) in (None, "document"):
        return []  # "Storm hits the coast – Live updates", "… – Photos": a page section after a dash, no source
    c = span(ctx, toks, s, colon)
    return [Draft((c,), (toks[colon].start, toks[colon].end), toks[colon].text, tuple(src))] if src and c else []


def _words_outside(toks: list[Tok], a: int, e: int, quoted: list[Draft]) -> bool:
    """Whether a word of toks[a:e] stands outside the quotations of `quoted` ("‘Images’ Have ‘No Place’")."""
    inside = [p for q in quoted for p in q.parts]
    return any(t.is_word and not any(x <= t.start < y for x, y in inside) for t in toks[a:e])


def _inside_quotes(drafts: list[Draft]) -> dict[int, Draft]:
    """Records whose cue lies inside a quotation of the same block ("– Folk sa att …, säger han"): id -> that quote."""
    quotes = sorted((d for d in drafts if d.direct), key=lambda d: d.start)
    if not quotes:
        return {}
    starts = [q.start for q in quotes]
    reach, top, owner = [], -1, quotes[0]
    for q in quotes:
        if q.end > top:
            top, owner = q.end, q
        reach.append((top, owner))
    out: dict[int, Draft] = {}
    for d in drafts:
        if d.cue and not d.direct:
            k = bisect_left(starts, d.cue[0] + 1) - 1
            if k >= 0 and reach[k][0] > d.cue[0]:
                out[id(d)] = reach[k][1]
    return out


def _unreal_first(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the first clause of a sentence holds a Konjunktiv II form ("Das würde …"): no narrated speaker's
    words go on there; a later clause may hold one ("Er sei krank, aber eine Einweisung wäre falsch")."""
    k = next((k for k in range(s, e) if toks[k].text in ",;:"), e)
    return any(t.low in wordset(ctx.lang, "konjunktiv2") for t in toks[s:k])
