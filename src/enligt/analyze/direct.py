"""Direct speech: quotations and their speaker tags.

Shapes: "– Q, säger X." (dash speech); "”Q”, skriver X." / "“Q,” she said." / "„Q“, sagte X.";
"X told jurors: “Q”" and "en soldat som säger ”Q”" (tag before); "“A,” she said, “B.”" and a
second tagless quote after the tag (joined into one record); a quote paragraph with no tag
(a continuation, cue null, speaker found by continuing.continuations); a quote in the title with no tag
(a quote headline, speaker found in the body). Quotes embedded in a reported clause are left to
the sentence rules, which mark that record `mixed`. The tags before a quote are in leadtags.py, the tests of
quotes with no tag (a paragraph going on, a scare quote, a quote headline) in taglessquotes.py.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import fronting, impersonalsource, quoting, shapes, v2clauses
from enligt.analyze.cues import match_phrase
from enligt.analyze.cuesubject import subject
from enligt.analyze.englishshapes import clause_at
from enligt.analyze.impersonal import echo_adverb
from enligt.analyze.leadtags import (
    before_tag,
    continuing,
    dash_label,
    fronted_tag,
    label_tag,
    named_colon,
    quote_runs_on,
    v2_colon_tag,
    verb_colon,
)
from enligt.analyze.openquotes import closing_paragraph, interview_answer
from enligt.analyze.perfecttag import dash_perfect_relative
from enligt.analyze.phrases import apposed_name, genitive_tail, np_end, restrictive_end
from enligt.analyze.quotes import DOUBLE_CLOSE, Quote, dash_quote, find_quotes, trim
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.roleorg import role_of_org
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.tagcues import (
    back_pointer,
    clause_follows,
    cue_at,
    own_voice,
    pointing_words,
    said_with,
    said_with_subject,
    so_rest,
    split_modal,
)
from enligt.analyze.taglessquotes import (
    dash_after_colon,
    first_person_after_colon,
    quote_paragraph,
    scare_quote,
    title_quote,
)
from enligt.analyze.tails import cut_auxiliary, relay_after_tag, relayed_by
from enligt.analyze.titles import title_source
from enligt.analyze.via import closing_recipient, relay

_ENDS: Final = frozenset(".!?")
_JOIN_REACH: Final = 200  # characters from a tag to a second quote that joins its record


def _index(toks: list[Tok], offset: int, lo: int = 0) -> int:
    """Index of the first token starting at or after `offset` (binary search)."""
    hi = len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


_NO_END_AFTER: Final = frozenset({")", ","})


def _ends(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether toks[k] ends a sentence: ".", "!" or "?", but not the full stop of "Mr." or "U.S.", nor one
    inside brackets or before a comma ("Sen. Ann Lee (D-Ill.), …")."""
    t = toks[k]
    if t.text not in _ENDS:
        return False
    if k + 1 < len(toks) and toks[k + 1].text in _NO_END_AFTER and toks[k + 1].start == t.end:
        return False
    if t.text == "." and _ordinal(ctx, toks, k):
        return False
    return not (t.text == "." and k > 0 and toks[k - 1].end == t.start and toks[k - 1].upper
                and is_abbreviation(toks[k - 1], ctx.lang))


def _ordinal(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether the full stop at toks[k] marks an ordinal: right after a number that follows an article or a
    preposition, a word after it ("über den 1. Heimsieg:", "am 3. Spieltag")."""
    lex = ctx.lex
    return 1 < k < len(toks) - 1 and toks[k - 1].text.isdigit() and toks[k - 1].end == toks[k].start \
        and toks[k + 1].is_word and (toks[k - 2].low in lex.determiners or toks[k - 2].low in lex.prepositions)


def _inner(ctx: Ctx, q: Quote) -> Span2 | None:
    a, b = trim(ctx.text, *q.inner)
    return (a, b) if b > a else None


def quote_records(ctx: Ctx, toks: list[Tok], start: int, end: int, block: int, title: bool,
                  quotes: list[Quote] | None = None, persons: frozenset[str] | set[str] = frozenset()) -> list[Draft]:
    """Direct-speech records of one block (title or paragraph). A tag's cue serves one quote: the cue
    of every record returned is taken (`taken_cues`), and no other rule reads a cue there. `persons`: words of
    the full names the article gives ("Hahl: „Q“" after "Thomas Hahl")."""
    dash = dash_quote(ctx.text, start, end) if ctx.lex.profile.dash_speech else None
    if dash is not None and not title:
        return _dash(ctx, toks, dash, end, block)
    if dash is None and not title and ctx.lex.profile.dash_speech and (lab := dash_label(ctx, toks, start, end, block,
                                                                                          persons)) is not None:
        return [lab]  # "Anna Ek: – Q"
    if dash is not None and (dq := trim(ctx.text, dash, end))[1] > dq[0]:  # "– Kommer aldri tilbake": a quote headline
        return [Draft((dq,), None, None, block=block, direct=True, continuation=True)]  # whose speaker the body gives
    if title and toks and (at := ctx.text.find(": –", start, end)) > start:  # "Ordføreren: – Vi har …"
        k = _index(toks, at)
        src = title_source(ctx, toks, 0, k, quote=True)
        c0, c1 = trim(ctx.text, at + 3, end)
        if src and c1 > c0:
            return [Draft(((c0, c1),), (toks[k].start, toks[k].end), ":", tuple(src), block=block,
                          direct=True, continuation=True)]
    if title and dash is not None and (head := trim(ctx.text, dash, end))[1] > head[0]:
        return [Draft((head,), None, None, block=block, direct=True, continuation=True)]  # "– Q": a quote headline
    if title and (topic := dash_after_colon(ctx, toks, start, end, block)) is not None:
        return [topic]  # "Tøft døgn: – Vi var heldige": the body gives the speaker
    if title and (first := first_person_after_colon(ctx, toks, start, end, block)) is not None:
        return [first]  # "Stjerne døjer med skade: Vi havde en plan B klar": a body quote repeats it, else nothing
    out: list[Draft] = []
    quotes = find_quotes(ctx.text, start, end) if quotes is None else quotes
    if not quotes and not title and (closing := closing_paragraph(ctx, start, end, block)) is not None:
        return [closing]
    if not quotes and not title and (answer := interview_answer(ctx, start, end, block)) is not None:
        return [answer]  # "TT: Hur länge räcker förråden?" + "Ett par veckor till."
    used: set[int] = set()
    taken: set[int] = set()
    for qi, q in enumerate(quotes):
        if qi in used:
            continue
        inner = _inner(ctx, q)
        if not inner or title and scare_quote(ctx, q, inner, end):
            continue
        o = _index(toks, q.open)
        c = _index(toks, q.close, o)
        lo = _index(toks, quotes[qi - 1].close + 1) if qi else 0
        ps = o
        while ps > lo and not _ends(ctx, toks, ps - 1):
            ps -= 1
        pre = toks[ps:o]
        d = (v2_colon_tag(ctx, toks, ps, o, inner, block, taken) or continuing(ctx, toks, ps, o, inner, block)
             or before_tag(ctx, toks, ps, o, inner, block, taken)
             or fronted_tag(ctx, toks, ps, o, inner, block, taken)
             or (None if title else label_tag(ctx, toks, ps, o, inner, block, persons))) if pre else None
        if d is not None and not title and toks[o - 1].text == ":" and ctx.lex.konjunktiv and d.cue_text \
                and " " in d.cue_text and _comma_at_close(ctx.text, q):  # (a split cue or phrase, no verb of saying)
            after = _after_tag(ctx, toks, c + 1, inner, block, taken, _next_open(toks, quotes, qi))
            d = after if after is not None and after.cue is not None and after.source else d  # "X gab Entwarnung: „Q“, sagte er"
        if d is not None and toks[o - 1].text == "," and _tag_only(ctx, toks, d):
            after = _after_tag(ctx, toks, c + 1, inner, block, taken)  # "Talks went on, “Q,” the union said."
            d = after if after is not None and not _tag_only(ctx, toks, after) else d  # not "X shouted, “Q,” Y joked"
        if d is None and title and any(t.is_word for t in pre):
            if not quote_runs_on(ctx, toks, o, inner):  # ("as FEMA warns ‘Q’ of storm surges": the title's report)
                out.append(title_quote(ctx, toks, ps, o, inner, block))
            continue
        if d is None and not title and toks[o - 1].text == ":" and any(t.is_word for t in pre) \
                and (not ctx.lex.profile.v2 or ctx.lex.konjunktiv) and _comma_at_close(ctx.text, q):
            limit = _next_open(toks, quotes, qi) if ctx.lex.konjunktiv else None
            d = _after_tag(ctx, toks, c + 1, inner, block, taken, limit)  # "X was angry: “Q,” he said": the tag after
            # it (German too: "Die Abwehr stand schlecht: „Q“, sagte der Trainer")
        if d is None and not title and pre and (d := named_colon(ctx, toks, ps, o, inner, block, persons)
                                                 or verb_colon(ctx, toks, ps, o, c, inner, block, len(toks))):
            out.append(d)  # German "Für Anwältin Eva Roth ist klar: „Q“"
            taken.add(d.cue[0] if d.cue else -1)
            continue
        if d is None and not title and pre and (d := v2clauses.embedded_quote(ctx, toks, ps, c, inner, block)):
            out.append(d)  # German "Aber dass X „…“.": a writer's sentence closing on a quote
            continue
        if d is None and not title and ctx.lex.profile.capitalised_nouns and toks[o - 1].text == ":" \
                and any(t.is_word for t in pre) and not _comma_at_close(ctx.text, q) \
                and not ctx.text[inner[0]:inner[1]].rstrip(" \"“”»«").endswith("?"):  # (not "Die Frage: „Wo …?“")
            out.append(Draft((inner,), None, None, block=block, direct=True, continuation=True))
            continue  # German "Auch bei X stehen Untersuchungen an: „Q“": a topic set, the last speaker goes on
        if d is None and not any(t.is_word for t in pre):
            d = _after_tag(ctx, toks, c + 1, inner, block, taken, _next_open(toks, quotes, qi))
            if d is None and (q.open != start or title or quote_paragraph(ctx, q, inner, end)):
                # a tagless quote: a continuation that fills its paragraph, else it follows a record
                out.append(Draft((inner,), None, None, block=block, direct=True, continuation=True,
                                 follows=q.open != start))
            if d is None:
                continue
            d = _join_following(ctx, toks, quotes, qi, d, used)
        if d is not None and (d.cue is not None or d.source):  # (no cue: "„Q.“ Mit dieser Aussage hat X …")
            out.append(d)
            taken.add(d.cue[0] if d.cue else -1)  # a tag's cue serves one quote
    return out


def _next_open(toks: list[Tok], quotes: list[Quote], qi: int) -> int | None:
    """The token of the next quote's opening mark, or None after the last quote."""
    return _index(toks, quotes[qi + 1].open) if qi + 1 < len(quotes) else None


def _comma_at_close(text: str, q: Quote) -> bool:
    """A comma just inside or just after a quotation's closing mark ("“Q,” he said", "''Q,'' he said", "“Q”, he
    said"): a tag follows."""
    marks = "'’”\" “«»"  # (German closes with “ or «: "„Q“, sagte er")
    return text[max(0, q.close - 3):q.close].rstrip(marks).endswith(",") or text[q.close:q.close + 3].lstrip(marks).startswith(",")


def _tag_only(ctx: Ctx, toks: list[Tok], d: Draft) -> bool:
    """Whether a draft's cue is a tag-only verb ("continued", "went on"): before a comma and a quote it may
    be no speech at all ("Talks went on, “Q,” she said"), so a tag after the quote comes first."""
    if d.cue is None:
        return False
    k = _index(toks, d.cue[0])
    m = match_phrase(toks, k, len(toks), ctx.lex.speech)
    return m is not None and m[1] == "tag"


def taken_cues(drafts: list[Draft]) -> set[int]:
    """Offsets of the cue tokens that `drafts` use: no later rule reads a cue there."""
    return {d.cue[0] for d in drafts if d.cue is not None}


def _after_tag(ctx: Ctx, toks: list[Tok], k: int, inner: Span2, block: int, taken: set[int],
               limit: int | None = None) -> Draft | None:
    """"”Q”, skriver X." / "“Q,” she said." / "„Q“, sagte ein Sprecher …": the tag after the quote. A cue
    past `limit` (the next quote's opening) tags that quote, not this one ("''A'' are ''B,'' he said")."""
    e = k
    while e < len(toks) and not _ends(ctx, toks, e):
        if toks[e].text in "“„«\"”":
            if not (e > k and toks[e - 1].low in ("der", "dem")):
                break
            close = next((c for c in range(e + 1, min(len(toks), e + 6)) if toks[c].text in "“”»\""), None)
            if close is None:
                break
            e = close  # "sagte er der „Augsburger Allgemeinen“": a quoted medium told belongs to the tag
        e += 1
    if k < e and toks[k].text == ",":
        k += 1
    pointer = back_pointer(ctx, toks, k, e)
    if (w := said_with(ctx, toks, k, e)) and cue_at(ctx, toks, k + w, e, taken) is None:
        subj = said_with_subject(ctx, toks, k + w, e)  # "„Q.“ Mit dieser Aussage hat X …": X's, no cue
        return Draft((inner,), None, None, tuple(toks[subj[0]:subj[1]]), block=block, direct=True) if subj else None
    if not pointer and pointing_words(ctx, toks, k, e):
        return None  # "„Q.“ So sagte er, dass …", "“Q.” So far the police …": a sentence of its own, no tag
    rel, close, reach = _tag_reach(ctx, toks, k, e)
    for m in range(k + pointer, min(e, reach)):
        hit = None if rel < m <= close else cue_at(ctx, toks, m, e, taken)  # (no cue inside the relative clause)
        if not hit or m > k and toks[m].upper and ctx.lex.profile.capitalised_nouns:
            continue  # (a capital inside the tag is a noun: "„Q.“ Insgesamt gab es nach Angaben der Armee …")
        n, cls = hit
        if limit is not None and m > limit:
            return None
        if not ctx.lex.profile.v2 and not ctx.lex.konjunktiv and m + n < e and toks[m + n].low in ctx.lex.complementizers \
                and clause_at(ctx, toks, m + n + 1, e):
            return None  # "Ann Lee, the author of “X,” said that C": a title in quotes, the cue reports C
            # (not "“Q,” she said that night.")
        if m == k and cls == "so" and m + n < e and toks[m + n].low in ctx.lex.speech:
            continue  # "So sagte er, dass …": a fronted adverb, no "so" tag
        if cls == "so" and m > k and _after_end(ctx, toks, k):
            return None  # "„Q.“ Der Umbau, so X, war teuer": the tag of the next sentence's words, not of Q
        if m == k and cls in _IMPERSONAL:  # "»Q«, hed det i en pressemeddelelse", "»Q«, lyder det."
            return _impersonal_tag(ctx, toks, m, n, e, cls, inner, block)
        cited: tuple[list[Tok], str] | None = None  # the one a medium quotes in the tag, and that medium
        front = m > k + pointer and ctx.lex.profile.v2 and fronting.fronted_alone(ctx, toks, k + pointer, m)
        if front and _own_sentence(ctx, toks, k, m + n, e):
            return None  # "»Q.« Später sagte X, dass C": a sentence of its own, its subject after the cue
        if m > k and not front and not (toks[m - 1].text == "," and _inverted_tag(ctx, toks, k, m + n, e) and not (
                cls == "told" and not ctx.lex.profile.v2)) and not (  # ("“Q,” X, 61, told the Gazette": its object)
                m == k + 1 and ctx.lex.profile.v2 and toks[k].low in ctx.lex.expletives) and not (
                pointer and m == k + pointer):
            src, tail, _, _ = subject(ctx, toks, k + pointer, m)  # (V2 "„Q.“ Das sagte X": the subject follows)
            a, german, name = m + n, list[str](), None
            src, aux = cut_auxiliary(ctx.lex, list(src))  # "„Q“, hatte der Minister gesagt"
        else:
            b = fronting.past_adverbs(ctx.lex, toks, m + n, e)  # "„Q“, sagte später der Sprecher"
            a = np_end(ctx, toks, b, e, ctx.lex.closed.tag_stop)
            a, german = genitive_tail(ctx, toks, a, e)  # "sagte ein Sprecher der Feuerwehr der Nordsee-Zeitung"
            a = role_of_org(ctx, toks, b, a, e)  # "sier operasjonsleder i Nordland politidistrikt, Per Olsen"
            name = apposed_name(ctx, toks, a, e)  # "said the sheriff, John Hale."
            r = restrictive_end(ctx, toks, b, a, e)
            tail = ctx.text[toks[a].start:toks[r - 1].end] if r > a else ""
            if pointer:  # "So beschrieb X den Abend", "Så beskrev ett vittne läget": the object is no speaker
                r = a = v2clauses.described_end(ctx, toks, m, m + n, r)
            src, a, aux = toks[b:r], r, ""
            if (cited := quoting.quoted_in_tag(ctx, toks, m, a, e, src)) is not None:
                src, a, tail = cited[0], a + len(cited[0]), ""  # "„Q“, zitierte die Agentur einen Sprecher"
            if cls == "impersonal" and len(src) > 1 and src[0].low in ctx.lex.prepositions:
                src = src[1:]  # "„Q“, hieß es vom THW": the body, not its preposition
        if not src or _opens_next(ctx, toks, k, a, e):
            return None
        vias: list[str] = german + ([cited[1]] if cited is not None and cited[1] else [])
        if a < e and (cls == "told" or toks[a].low in ctx.lex.closed.to):
            _, media = closing_recipient(toks, a + (0 if cls == "told" else 1), e, ctx.lex)
            vias = [media] if media else []
        elif not vias:
            vias = shapes.tag_recipient(ctx, toks, a, e) or relayed_by(ctx.lex, toks, a, e) \
                or relay_after_tag(ctx.lex, toks, a, e)  # "„Q“, sagde X i et interview med DR", "i en kommentar til
            # TT"; "„Q“, sagte er nach Angaben der Agentur X", "“Q,” he said in a statement carried by X"
        if a < e and (relayed := relay(toks, a + (toks[a].text == ","), e, ctx.lex)) and relayed[1]:
            vias = [*vias, relayed[1]]  # "“Q,” the minister said, as quoted by the Interfax news agency."
        cue_text = " ".join([aux] * bool(aux) + [t.text for t in toks[m:m + n]])
        rest = so_rest(ctx, toks, a) if cls == "so" else None  # "„Q“, so der Trainer, dabei habe sich X …"
        return Draft((inner, rest) if rest else (inner,), (toks[m].start, toks[m + n - 1].end), cue_text, tuple(src), tail=tail,
                     via=tuple(vias), block=block, direct=True, name=name)
    return None


def _after_end(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether the quotation closing before toks[k] ended its sentence ("“A.” …", not "“A,” …")."""
    j = k - 1
    while j > 0 and toks[j].text[:1] in _QUOTE_CLOSERS:
        j -= 1  # past the closing marks ("''", "”")
    return j >= 0 and _ends(ctx, toks, j)


def _own_sentence(ctx: Ctx, toks: list[Tok], k: int, c: int, e: int) -> bool:
    """A sentence after a closed quotation whose subject after the cue (toks[c:]) is followed by more words
    ("»Q.« Später sagte Müller, dass C"): no tag ("»Q.« Später sagte Müller." is one, its speaker Müller)."""
    if not _after_end(ctx, toks, k):
        return False
    a = np_end(ctx, toks, c, e)
    return c < a < e and toks[a].text not in _ENDS


def _opens_next(ctx: Ctx, toks: list[Tok], k: int, a: int, e: int) -> bool:
    """A sentence after a closed quotation whose cue and speaker are followed by a colon or by "that" introduces
    words of its own and is no tag of the quotation before
    ("“A.” Tom Reed said: “B.”", "“A.” He said, twice, that C"); a tag after a comma stays ("“A,” he said: …")."""
    if ctx.lex.profile.v2 or not _after_end(ctx, toks, k):
        return False
    if a < e and toks[a].text == ",":  # "He said, twice, that C": a short insert between the cue and "that"
        a = next((j + 1 for j in range(a + 2, min(e - 1, a + _INSERT + 2)) if toks[j].text == ","), a)
    return a < len(toks) and (toks[a].text == ":" or toks[a].low in ctx.lex.complementizers)


_QUOTE_CLOSERS: Final = DOUBLE_CLOSE | frozenset("’'")  # and the single closing marks ("''", "’")
_INSERT: Final = 3  # words of an insert between a cue and its "that" ("said, twice, that")


def _tag_reach(ctx: Ctx, toks: list[Tok], k: int, e: int) -> tuple[int, int, int]:
    """Where a quotation's tag may have its cue: (the commas around a relative clause after a short subject, or
    (0, 0), and how far on): 14 words on, or past that relative clause ("“Q,” the union, which this week won a
    case for 30 workers dismissed in 2014, condemned …"), whose own verbs are no cue of the tag."""
    reach = k + 14
    rel = next((c for c in range(k + 1, min(e - 1, k + 6)) if toks[c].text == ","), None)
    if rel is None or toks[rel + 1].low not in ctx.lex.relatives:
        return 0, 0, reach
    close = next((c for c in range(rel + 2, min(e, rel + 40)) if toks[c].text == ","), None)
    return (rel, close, max(reach, close + 4)) if close is not None else (0, 0, reach)


def _inverted_tag(ctx: Ctx, toks: list[Tok], k: int, a: int, e: int) -> bool:
    """A speaker named right after the cue ("…” about the decision, said Ann Berg, a director."): the
    words from toks[k] (after the quote) to the comma go on with the quote, they are no subject (not "“Q,”
    the chair, Ann Berg, told …")."""
    first = toks[k]
    return first.is_word and not first.upper and first.low not in ctx.lex.determiners \
        and first.low not in ctx.lex.pronouns and not first.low.endswith(("'s", "’s")) \
        and a < e and (toks[a].upper or toks[a].low in ctx.lex.determiners) and np_end(ctx, toks, a, e) > a


_IMPERSONAL: Final = frozenset({"impersonal", "echo"})


def _impersonal_tag(ctx: Ctx, toks: list[Tok], m: int, n: int, e: int, cls: str, inner: Span2, block: int) -> Draft:
    """A quotation's impersonal tag: the source is the phrase after its preposition, if any; an echo tag
    with none takes the speaker before (continuing.continuations)."""
    src, n = impersonalsource.impersonal_cue_source(ctx, toks, m, n, e)
    cue_text = " ".join(t.text for t in toks[m:m + n])
    return Draft((inner,), (toks[m].start, toks[m + n - 1].end), cue_text, tuple(src), block=block, direct=True,
                 continuation=(cls == "echo" or echo_adverb(ctx, toks, m + n, e)) and not src)  # ("„Q“, hieß es weiter")


def _word_before(text: str, at: int) -> str:
    """The last few characters before `at`, past whitespace, lower-cased: what `text[:at].rstrip().lower()` ends
    with (its last four characters), without copying and lower-casing all the text before `at` for each quote."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[max(0, k - WORD_BEFORE):k].lower()


WORD_BEFORE: Final = 8  # characters read before a quote for the article that names a medium (" der", " dem")


def _join_following(ctx: Ctx, toks: list[Tok], quotes: list[Quote], qi: int, d: Draft, used: set[int]) -> Draft:
    """"“A,” she said, “B.”" and "“A,” one diplomat said. “B.”": a tagless quote after the tag joins
    (the record with that quote as a second part; the quote's index is added to `used`)."""
    for nj in range(qi + 1, len(quotes)):
        q2 = quotes[nj]
        if not d.cue or q2.open - d.cue[1] > _JOIN_REACH:
            return d
        if q2.open > 0 and _word_before(ctx.text, q2.open).endswith((" der", " dem")):
            return d  # "sagte er der „Augsburger Allgemeinen“": a medium's name, no second part of the quote
        between = ctx.text[d.cue[1]: q2.open]
        if between.rstrip()[-1:].isalnum():
            return d  # "“A,” she said on “Face the Nation”": a title after a word, no second part of the quote
        lo = _index(toks, d.cue[1])
        words = [t for t in toks[lo:_index(toks, q2.open, lo)] if t.is_word]
        if len(words) > 12 or ":" in between or any(match_phrase(toks, k, len(toks), ctx.lex.speech) for k in range(
                _index(toks, d.cue[1]), _index(toks, q2.open))):
            return d  # the second quote has its own tag before it ("…, the official says, “B.”")
        o = _index(toks, q2.close)
        after = [k for k in range(o + 1, min(len(toks), o + 12)) if toks[k].text not in ".,"]
        if any(match_phrase(toks, k, len(toks), ctx.lex.speech) for k in after[:6]):
            return d  # the second quote has its own tag
        inner = _inner(ctx, q2)
        if inner:
            used.add(nj)
            return replaced(d, parts=(*d.parts, inner))
        return d
    return d


def _dash(ctx: Ctx, toks: list[Tok], dash: int, end: int, block: int) -> list[Draft]:
    """"– Q, säger X [till TT]." or a tagless dash paragraph (a continuation)."""
    first = _index(toks, dash)
    taken: set[int] = set()  # a dash paragraph is its block's only quote: no tag is taken yet
    for k in range(first + 1, len(toks)):  # only words right after a comma
        if toks[k - 1].text != ",":
            continue
        hit = cue_at(ctx, toks, k, len(toks), taken)
        e = next((m for m in range(k, min(len(toks), k + 60)) if _ends(ctx, toks, m)), min(len(toks), k + 60))
        if not hit:
            split = split_modal(ctx, toks, k, e)
            if split is None:
                continue
            c0, c1 = trim(ctx.text, dash, toks[k - 1].start)
            return [Draft(((c0, c1),), (toks[k].start, toks[k].end), f"{toks[k].text} {toks[split].text}",
                          tuple(toks[k + 1:split]), block=block, direct=True)]
        n = hit[0]
        if hit[1] in _IMPERSONAL:  # "– Q, lyder det i en pressemeddelelse."
            return [_impersonal_tag(ctx, toks, k, n, e, hit[1], trim(ctx.text, dash, toks[k - 1].start), block)]
        if (perfect := dash_perfect_relative(ctx, toks, dash, first, k, n, e, block)) is not None:
            return [perfect]  # "– Q, har X, som …, sagt til NRK."
        a = np_end(ctx, toks, k + n, e, ctx.lex.closed.tag_stop)
        if a == k + n or clause_follows(ctx, toks, a, e) or a == k + n + 1 and own_voice(ctx.lex, toks[k + n]):
            continue  # "– Q. Hvis ikke, frykter jeg at C": V2 after a fronted clause, no tag ("– Q, tror jeg. R")
        a = role_of_org(ctx, toks, k + n, a, e)
        name = apposed_name(ctx, toks, a, e)  # "– Q, siger chefen for X, politiinspektør Dannie Rise."
        vias: list[str] = []
        for r in range(a, e - 1):  # "…, säger X, talesperson för Y, till TT."
            if toks[r].low in ctx.lex.recipient_prep or _relaying_prep(ctx, toks, r, e):
                end, media = closing_recipient(toks, r + 1, e, ctx.lex)  # (also "…, sier X ifølge NRK.": a relay)
                if media:
                    vias = [media, *relayed_by(ctx.lex, toks, end, e)]  # "…, säger X till TV4 enligt Expressen."
                    break
        vias = vias or shapes.tag_recipient(ctx, toks, a, e) or relay_after_tag(ctx.lex, toks, a, e)
        # "– Q, siger X i et interview med DR.", "– Q, sier X i en uttalelse som siteres av NRK."
        c0, c1 = trim(ctx.text, dash, toks[k - 1].start)
        cue_text = " ".join(t.text for t in toks[k:k + n])
        rel = a + 1 if a + 1 < e and toks[a].text == "," else a  # "…, forteller en nabo, som ikke vil …"
        tail = ctx.text[toks[rel].start:toks[e - 1].end] if rel < e and toks[rel].low in ctx.lex.relatives else ""
        a = restrictive_end(ctx, toks, k + n, a, e)  # "säger en soldat som TT har talat med"
        return [Draft(((c0, c1),), (toks[k].start, toks[k + n - 1].end), cue_text, tuple(toks[k + n:a]),
                      via=tuple(vias), block=block, direct=True, tail=tail, name=name)]
    tag = _dash_pointer(ctx, toks, first, dash, block)
    if tag is not None:
        return [tag]
    c0, c1 = trim(ctx.text, dash, end)
    if c1 <= c0:
        return []
    return [Draft(((c0, c1),), None, None, block=block, direct=True, continuation=True)]


def _relaying_prep(ctx: Ctx, toks: list[Tok], r: int, e: int) -> bool:
    """A one-word prepositional cue ("ifølge", "enligt") after a dash quotation's tag: the medium after it relays."""
    m = match_phrase(toks, r, e, ctx.lex.prep) if toks[r].low in ctx.lex.prep else None
    return m is not None and m == (1, "pre")


def _dash_pointer(ctx: Ctx, toks: list[Tok], first: int, dash: int, block: int) -> Draft | None:
    """A dash paragraph whose last sentence is its tag, pointing back at the quote ("– Q. Så beskrev X läget.",
    "– Q. Det säger X till TT."): the quote is X's."""
    if not ctx.lex.profile.v2:
        return None
    k = next((m for m in range(len(toks) - 2, first + 1, -1) if _ends(ctx, toks, m - 1)), 0)
    n = (1 if toks[k].low in ctx.lex.expletives else back_pointer(ctx, toks, k, len(toks))) if k else 0
    if not n or cue_at(ctx, toks, k + n, len(toks), set()) is None:
        return None
    inner = trim(ctx.text, dash, toks[k - 1].start)
    return _after_tag(ctx, toks, k, inner, block, set()) if inner[1] > inner[0] else None
