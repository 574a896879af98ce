"""Tags that point back at the sentence before them, split out of rules.py (which calls these from `rules.verb_one`):
V2 "Det uppger polisen [till TT].", "Das kündigte X an." (`verb_first`: the content is the previous sentence) and
German "C, das sagte X." (`points_back_after_comma`: the clause before the comma) and the perfect "Das hat X
(am Abend) gesagt." (`perfect_back`)."""
from __future__ import annotations

from enligt.analyze import shapes, v2clauses
from enligt.analyze.cues import is_finite_verb
from enligt.analyze.docrelative import document_relative_end
from enligt.analyze.phrases import apposed_name, genitive_tail, np_end, only_punct, particle_stop
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.roleorg import body_place, role_of_org
from enligt.analyze.sentences import Tok
from enligt.analyze.tagcues import own_voice
from enligt.analyze.tails import medium_told_inside, past_day, relayed_by, v2_adverbs_end
from enligt.analyze.via import dative_recipient, over_for, recipient
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def verb_first(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, cls: str, cue: Span2, cue_text: str,
                prev: Span2 | None) -> Draft | None:
    """"Det uppger polisen [till TT]." / "Das kündigte X an.": the content is the previous sentence."""
    if cls == "split":
        k = particle_stop(ctx, toks, i, e)
        cue_text = f"{toks[i].text} {toks[k - 1].text}"
        e = k - 1
    if ctx.lex.konjunktiv and i + n + 1 < e and toks[i + n].low in function_words(ctx.lang, "placeholder"):
        n += 1  # "So sagte es der Minister.": the object pronoun before the speaker is no part of it
    if ctx.lex.profile.v2 and not ctx.lex.profile.capitalised_nouns:
        n = v2_adverbs_end(ctx, toks, i + n, e) - i  # "Det bekræfter nu politiet", "Det siger i øvrigt X": X
    j = np_end(ctx, toks, i + n, e, ctx.lex.closed.tag_stop)
    if j == i + n or not prev or _colon_closed(toks, j, e) or j == i + n + 1 and own_voice(ctx.lex, toks[i + n]):
        return None  # ("Det tror jeg alle forstår": the speaker's own view inside a quotation)
    j, told = genitive_tail(ctx, toks, j, e) if ctx.lex.profile.capitalised_nouns else (j, [])  # "Das sagte ein
    if told:  # Sprecher der Feuerwehr (der Zeitung)": the genitive is the speaker's, the dative medium the one told
        return Draft((prev,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(told))
    j = role_of_org(ctx, toks, i + n, j, e)  # "Det oplyser vagtchef ved Fyns Politi Ole Lund"
    j = body_place(ctx, toks, i + n, j, e)  # "Det bekrefter politiet i Lillevik"
    j = v2clauses.described_end(ctx, toks, i, i + n, j)  # "Så beskrev ett vittne läget"
    j = document_relative_end(ctx, toks, i + n, j, e, False)  # "Det visar en genomgång som SVT har gjort"
    j = medium_told_inside(ctx, toks, i + n, j)  # "Det uppger kommunens presschef för TT": TT the one told
    vias: list[str] = []
    name = apposed_name(ctx, toks, j, e)  # "Det siger guvernøren, Oleh Kiper, til DR."
    k = next((m for m in range(j + 2, e) if toks[m].text == ","), e) + 1 if name else j
    if ctx.lex.profile.v2 and not ctx.lex.profile.capitalised_nouns:
        k = past_day(ctx, toks, k, e)  # "Det oplyser politiet torsdag til Ritzau."
    over = over_for(toks, k, e)
    if k + 1 < e and (over or toks[k].low in ctx.lex.recipient_prep):
        _, media = recipient(toks, k + (over or 1), e, ctx.lex)
        vias = [media] if media else []
    elif k + 1 < e and ctx.lex.dative_preposition and (toks[k].low in ctx.lex.dative_definite or toks[k].low in
                                                        ctx.lex.dative_preposition):  # "Das sagte X dem Sender Y."
        media = dative_recipient(toks, k + (toks[k].low in ctx.lex.dative_preposition), e, ctx.lex)[1]
        vias = [media] if media else []
    else:
        vias = shapes.tag_recipient(ctx, toks, k, e) or shapes.recipient_after_apposition(ctx, toks, k, e)
        # ("Det bekräftar polisen i Stockholm för Aftonbladet.", "Det siger X, der er chef i Y, til DR.")
    vias = vias or relayed_by(ctx.lex, toks, k, e)  # "Det oplyser beredskabet fredag ifølge Ritzau."
    return Draft((prev,), cue, cue_text, tuple(toks[i + n:j]), via=tuple(vias), name=name)


def _colon_closed(toks: list[Tok], j: int, e: int) -> bool:
    """"Det uddyber X:", "Det forklarer X:" closing on a colon: "Det" points ahead at the quotation after the colon,
    not back at the sentence before."""
    k = e if e < len(toks) and toks[e].text == ":" else e - 1
    return j <= k < len(toks) and toks[k].text == ":" and all(not t.is_word for t in toks[j:k])


def points_back_after_comma(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> bool:
    """V2: a pronoun after a comma opens a tag pointing back at the clause before it ("C, das sagte X.",
    "C, dies teilte X mit.", "C, det skriver X", "C, det uppger polisen"), not a relative clause with its own complement ("Das Kind, das sagte, es …")."""
    lex = ctx.lex
    return lex.profile.v2 and i - 2 > s and toks[i - 2].text == "," \
        and toks[i - 1].low in lex.expletives and toks[i - 1].text[:1].islower() \
        and not any(t.low in lex.complementizers or t.text == "," for t in toks[i + 1:e])


def fronted_report(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> bool:
    """Swedish, Norwegian, Danish: a report noun pointing back at the sentence before fronted as the object of the cue
    at toks[i], perhaps after a demonstrative, the speaker after the cue and no clause of its own ("Uppgiften
    bekräftar polisen för TT.", "Den oplysning bekræfter politiet over for DR."; function words `report_subject`)."""
    lex = ctx.lex
    if lex.profile.capitalised_nouns or toks[i - 1].low not in function_words(ctx.lang, "report_subject") \
            or i == s + 2 and toks[s].low not in lex.determiners or i + n >= e or not toks[i + n].is_word:
        return False
    return toks[i + n].low not in lex.complementizers and not any(
        t.low in lex.complementizers or t.text == ":" for t in toks[i + n:e])


def pointed_clause(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> tuple[int, int] | None:
    """The start and the closing comma of the clause that a tag pointing back reports on, the cue at toks[i]
    (`points_back_after_comma`, `points_back_after_but`), else None."""
    if points_back_after_comma(ctx, toks, s, e, i):
        return s, i - 2
    comma = points_back_after_but(ctx, toks, s, e, i)
    return (pointed_claim_start(ctx, toks, s, comma), comma) if comma else None


def points_back_after_but(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> int:
    """Swedish, Norwegian, Danish: the comma before "men"/"og" and a pointing object fronted before the cue at toks[i]
    ("C, men dette afkræfter politiet", "C, men det förnekar polisen"): the clause before the comma is what the
    subject after the cue reports on; its index, else 0 (not before a clause of its own: "…, men det sier X at …")."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or i - 3 <= s or toks[i - 3].text != "," \
            or toks[i - 2].low not in lex.coordinators:
        return 0
    pointer = toks[i - 1].low
    if pointer not in lex.expletives and pointer not in function_words(ctx.lang, "expletive_back"):
        return 0
    return 0 if any(t.low in lex.complementizers or t.text == "," for t in toks[i + 1:e]) else i - 3


def pointed_claim_start(ctx: Ctx, toks: list[Tok], s: int, comma: int) -> int:
    """Where the claim a "men dette afkræfter X" tag reports on starts in toks[s:comma]: past the complementizer of a
    report before it ("Der var meldinger om, at C, men dette afkræfter X": X denies C, not the reports), else s."""
    lex = ctx.lex
    for k in range(s + 1, comma - 1):
        if toks[k].low in lex.complementizers and any(t.low in lex.speech for t in toks[s:k]):
            return k + 1
    return s


def perfect_back(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> int:
    """Where the subject ends (0 when none) when toks[s:e] is a perfect that points back at the sentence before,
    the participle cue last: "Det har både X og Y meldt ud.", "Det har politiet bekreftet." (the words between the
    auxiliary and the cue are the subject, with no verb among them). German reads the subject as a noun phrase,
    which an adverbial may follow ("Das hat die Polizei am Abend mitgeteilt."), and a tag of another speaker may
    close the sentence ("Das habe die Polizei mitgeteilt, schreibt die Zeitung.")."""
    lex = ctx.lex
    if not lex.profile.v2 or i < s + 3 or i - s - 2 > PERFECT_SUBJECT or toks[s].low not in lex.expletives:
        return 0
    if lex.fronted.get(toks[s + 1].low) != "aux" or not (only_punct(toks, i + n, e) or _tag_after(ctx, toks, i + n, e)
                                                         or _told_after(ctx, toks, i + n, e)):
        return 0
    if lex.profile.capitalised_nouns:
        return _german_perfect_subject(ctx, toks, s + 2, i)
    ok = all(t.is_word and not (is_finite_verb(t, lex) and word_type(t.low, ctx.lang) is None)
             and t.low not in lex.complementizers for t in toks[s + 2:i])  # (Norwegian "politiet" ends like a past)
    return i if ok else 0


def _tag_after(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """A German tag of its own after a comma closing the sentence, its verb first (", schreibt die Zeitung.")."""
    return ctx.lex.profile.capitalised_nouns and k + 2 < e and toks[k].text == "," and toks[k + 1].low in ctx.lex.speech \
        and toks[k + 1].text[:1].islower() and not any(t.low in ctx.lex.complementizers for t in toks[k + 2:e])


def _told_after(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Nordic: the medium or person told closing the sentence after the participle ("Det har en talsmand sagt til
    avisen.", "Det har polisen uppgett för tidningen."): a recipient preposition and a short phrase of words, no verb."""
    lex = ctx.lex
    return not lex.profile.capitalised_nouns and k + 1 < e and toks[k].low in lex.closed.recipient \
        and e - k - 1 <= TOLD_WORDS and only_punct(toks, next((m for m in range(k + 1, e) if not toks[m].is_word), e), e) \
        and not any(t.low in lex.complementizers or is_finite_verb(t, lex) for t in toks[k + 1:e] if t.is_word)


TOLD_WORDS = 4  # words of the medium told after a perfect pointing back ("til Jyllands-Posten")


def _german_perfect_subject(ctx: Ctx, toks: list[Tok], a: int, i: int) -> int:
    """The end of the German subject noun phrase at toks[a:i] before a participle cue at i, when the words after
    it (if any) open an adverbial (a preposition or an adverb: "am Montag", "bereits"); else 0."""
    lex = ctx.lex
    j, told = genitive_tail(ctx, toks, np_end(ctx, toks, a, i, lex.closed.tag_stop), i)  # "ein Sprecher der Bahn"
    if j <= a or j > i or told or any(not t.is_word or t.low in lex.complementizers for t in toks[a:i]):
        return 0
    if j < i and not (toks[j].low in lex.prepositions or lex.fronted.get(toks[j].low) == "adv"):
        return 0
    return j


PERFECT_SUBJECT = 8  # the longest subject of a perfect pointing back ("både Venstre og Det Konservative Folkeparti")


def reported_after_comma(ctx: Ctx, toks: list[Tok], i: int, e: int) -> bool:
    """German: a clause in Konjunktiv I after a comma past the cue ("So sagte X, die Lage sei stabil"): the
    content, not the sentence before."""
    return any(t.text == "," and any(u.low in ctx.lex.konjunktiv for u in toks[k + 1:e])
               for k, t in enumerate(toks[i:e], i)) if ctx.lex.konjunktiv else False
