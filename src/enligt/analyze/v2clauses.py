"""Clause shapes of the V2 languages (German, Danish, Norwegian, Swedish) outside the plain finite cue of rules.py.

- verb-final and split cues with a noun phrase as what is said: "Der Minister hat die Vorwürfe bestritten.",
  "Der Konzern räumte Fehler ein.", "Die Polizei bestätigte dies." (the sentence before);
- an inverted two-word cue ("Am Abend sprach ein Sprecher von C"), V2 after a fronted clause ("Als die
  Polizei eintraf, sagte der Wirt, C") and the German "so" tag ("C, so der Sprecher.");
- impersonal tags and their source ("hieß es aus dem Ministerium", "lyder det i en pressemeddelelse") and a
  role's organisation with the name after it in a tag ("sier operasjonsleder i X, Per Olsen"); the
  source phrase of an impersonal tag is read by impersonalsource.py.

The English participle, question and naming shapes are in clauses.py.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import frames
from enligt.analyze.countdet import is_count
from enligt.analyze.cueobject import inverted_figure
from enligt.analyze.cues import Lexicon, is_finite_verb, split_phrase
from enligt.analyze.cuesubject import subject
from enligt.analyze.extattr import attribute_start
from enligt.analyze.frames import INVERTED_SUBJECT
from enligt.analyze.fronting import fronted
from enligt.analyze.phrases import np_end, only_punct, quoted_name, span, time_word
from enligt.analyze.prepphrase import past_phrases
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok, decimal_comma
from enligt.analyze.sources import forward_np
from enligt.analyze.tails import asked_phrase_end
from enligt.analyze.wordclass import ADJECTIVE_ENDINGS
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_word_list, function_words, wordset

_QUOTE_OPEN = frozenset("„“«»\"")
_QUOTE_CLOSE = frozenset("“”«»\"")
_INSIDE_CLAUSE = frozenset(("-", "–", *_QUOTE_OPEN, *_QUOTE_CLOSE))  # marks inside a clause, no boundary
OBJECT_REACH: Final = 24  # tokens between a German auxiliary and the participle cue that closes its clause


def object_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """German verb-final perfect with a noun phrase as what is said: "Der Minister hat die Vorwürfe erneut
    bestritten.", "Am Abend hat die Kanzlerin in Berlin schnelle Hilfe angekündigt." The content is the last
    noun phrase before the participle (with the phrases that go on from its noun: "die Verantwortung für den
    Angriff"); the subject stands before the auxiliary, or right after it when a phrase is fronted."""
    lex = ctx.lex
    relative = i + n + 2 < e and toks[i + n].text == "," and toks[i + n + 1].low in lex.relatives \
        and toks[i + n + 2].is_word and not toks[i + n + 2].upper  # "…geschätzt, der vom Markt …"
    if i + n < e and not (toks[i + n].text in ".;!?" or toks[i + n].low in lex.coordinators or relative):
        return None  # the participle closes its clause ("…, die Lage sei ruhig" is another shape)
    s = next((k + 1 for k in range(i - 1, s - 1, -1) if toks[k].text == ":"), s)  # "Update, 8 Uhr: X hat …"
    m = next((k for k in range(i - 1, max(s, i - OBJECT_REACH) - 1, -1)
              if toks[k].low in lex.perfect_aux or not toks[k].is_word and toks[k].text not in _INSIDE_CLAUSE
              and not _list_comma(lex, toks, k, i) and not decimal_comma(toks, k)), None)  # ("mit 2,9 Milliarden")
    if m is not None and m - 2 > s and toks[m - 2].text == "," and lex.fronted.get(toks[m - 1].low) == "adv" \
            and toks[m].low in lex.perfect_aux and toks[m].low not in lex.konjunktiv:
        s = m - 1  # a main clause after a comma: "„Q“, sagte X, zuvor hatte sie Y kritisiert."
    if m is None or m == s or toks[m].low not in lex.perfect_aux or any(
            not toks[k].is_word and toks[k].text not in "-–" and not decimal_comma(toks, k) for k in range(s, m)):
        return None  # "C, hat X gemeldet." is the content first
    first = toks[s].low
    if first[:1].isdigit() and first != "1" and toks[m].low in function_words(
            ctx.lang, "singular_aux"):  # "1400 Gäste habe die Polizei gezählt": the plural is the object
        j = np_end(ctx, toks, m + 1, i, lex.closed.tag_stop)
        c = span(ctx, toks, s, m)
        return Draft((c,), cue, cue_text, tuple(toks[m + 1:j])) if c and j > m + 1 else None
    lead = next((k for k in range(s, i) if lex.fronted.get(toks[k].low) != "adv"), i)  # "Auch der Staatssekretär gibt …"
    if first in lex.prepositions or lex.fronted.get(first) in ("prep", "topic") or (
            lex.fronted.get(first) == "adv" and (lead == i or toks[lead].low not in lex.determiners)):  # "Vor ihm hat X …"
        p = past_phrases(ctx, toks, m + 1, i) if lex.profile.capitalised_nouns else m + 1  # "hatte am Abend | X"
        j = quoted_name(ctx, toks, p, forward_np(toks, p, i, lex), i)  # "Zuvor hatte die „Welt“ berichtet."
        src, after = toks[p:j], j
    else:
        src, after = list(subject(ctx, toks, s, m)[0]), m + 1
    own = {p[1] for p, _ in lex.speech.get(toks[i].low, ()) if len(p) == 2}  # "hatte von 40 Verletzten berichtet"
    if n == 1 and src and (v := next((k for k in range(after, i - 1) if toks[k].low in own), None)) is not None:
        c = span(ctx, toks, v + 1, i)  # what was told of, after the cue's own preposition
        return Draft((c,), cue, cue_text, tuple(src)) if c else None
    if toks[i].low in function_words(ctx.lang, "own_preposition_only"):
        return None  # "hat mit dem Minister gesprochen": no "von", nothing told of
    whole = n > 1 or toks[i].low in function_words(ctx.lang, "dative_object")  # "hat Y Z vorgeworfen"
    a = after if whole and after < i else _object_start(ctx, toks, after, i)  # "hat X für Y verantwortlich gemacht":
    if not src or a is None:  # the object and its complement, all of the clause between
        return None
    c = span(ctx, toks, a, _adverbs_before(ctx, toks, a, i))
    return Draft((c,), cue, cue_text, tuple(src)) if c else None


def _list_comma(lex: Lexicon, toks: list[Tok], k: int, i: int) -> bool:
    """Whether toks[k] is a comma between two nouns of a series that "und" closes before toks[i] ("von Kindern,
    Jugendlichen und Erwachsenen berichtet"): inside the clause, no boundary."""
    return toks[k].text == "," and k > 0 and toks[k - 1].upper and toks[k - 1].is_word and toks[k + 1].upper \
        and toks[k + 1].is_word and any(t.low in lex.closed.and_ for t in toks[k + 2:i])


def report_back_middle(ctx: Ctx, toks: list[Tok], s: int, e: int) -> int | None:
    """German: "demnach" right after the main clause's finite verb (no comma before it: "Die Opfer stammen demnach aus
    …"): its index, else None."""
    for k in range(s + 2, min(e - 1, s + REPORT_BACK_LONG)):
        if not toks[k].is_word and not (toks[k].text == "." and toks[k - 1].text.isdigit()) \
                and not (toks[k].text == "-" and toks[k - 1].end == toks[k].start):
            return None  # (a date's point is no bound: "Am 5. April waren demnach …"; nor a compound's hyphen)
        if toks[k].low in ctx.lex.report_back:
            near = k < s + REPORT_BACK_REACH and _finite_before(ctx, toks, s, k - 1)
            return k if near or toks[k - 1].low in ctx.lex.finite_verbs or _inverted_subject(ctx, toks, s, k) else None
            # (past a long subject only after a listed verb: "Der Anteil der Fälle in … war demnach höher")
    return None


def _finite_before(ctx: Ctx, toks: list[Tok], s: int, k: int) -> bool:
    return k >= s and is_finite_verb(toks[k], ctx.lex) and toks[k].low not in ctx.lex.prepositions


def _inverted_subject(ctx: Ctx, toks: list[Tok], s: int, k: int) -> bool:
    """An article and a noun, the subject after the finite verb of a fronted phrase, before "demnach" at toks[k] ("Im
    Ort ist die Straße demnach gesperrt")."""
    return k - 3 > s and toks[k - 1].upper and toks[k - 2].low in ctx.lex.determiners \
        and _finite_before(ctx, toks, s, k - 3) and toks[k - 3].low not in ctx.lex.determiners


REPORT_BACK_REACH = 8  # the longest subject read before the verb and "demnach" ("Die Ausländer unter den Verletzten stammen")
REPORT_BACK_LONG = 20  # the longest subject before a listed verb ("ist", "war", "liegt") and "demnach"


def passive_charge(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2) -> Draft | None:
    """German accusation in the passive, with no speaker: "Dem Mann wird vorgeworfen, Geld gestohlen zu haben" (the
    clause after the comma), "C, wird ihm vorgeworfen" (the clause before). The cue is the auxiliary and the
    participle. A charge named by a noun ("Ihm wird Betrug vorgeworfen") reports no words: None."""
    aux = function_words(ctx.lang, "passive_werden")
    k = next((k for k in range(i - 1, max(s, i - CHARGE_REACH) - 1, -1) if toks[k].low in aux or not toks[k].is_word),
             None)
    if k is None or toks[k].low not in aux:
        return None
    if k - 1 > s and toks[k - 1].text == "," and i - k <= PASSIVE_REACH:
        c = span(ctx, toks, s, k - 1)  # "Der Mann soll betrogen haben, wird ihm vorgeworfen."
    elif i + n + 1 < e and toks[i + n].text == "," and i - k <= PASSIVE_REACH:
        c = span(ctx, toks, i + n + 1, e)
    elif i + n >= e or toks[i + n].text in _CLAUSE_CLOSE:
        c = _charge_noun(ctx, toks, k + 1, i)  # "Ihm werden Betrug und Untreue vorgeworfen": the charge named
    else:
        return None
    return Draft((c,), (toks[k].start, cue[1]), f"{toks[k].text} {toks[i].text}") if c else None


def _charge_noun(ctx: Ctx, toks: list[Tok], a: int, b: int) -> Span2 | None:
    """The charge a passive "vorwerfen" names by a noun between its auxiliary and participle ("wird dem Mann
    deshalb Betrug vorgeworfen"): those words without a dative pronoun or article phrase and sentence adverbs
    before it; None when no capitalised noun remains."""
    lex = ctx.lex
    if a < b and toks[a].low in function_words(ctx.lang, "dative_article"):
        a = next((j + 1 for j in range(a + 1, b) if toks[j].upper), b)  # "dem 49 Jahre alten Fahrer"
    while a < b and (toks[a].low in function_words(ctx.lang, "dative_pronoun") or lex.fronted.get(toks[a].low) == "adv"):
        a += 1
    if not any(t.upper and t.is_word for t in toks[a:b]) or not all(t.is_word or t.text in "-–" for t in toks[a:b]) \
            or any(t.low in lex.negation for t in toks[a:b]):  # ("wird ihm seit Jahren nichts vorgeworfen")
        return None
    return span(ctx, toks, a, b)


PASSIVE_REACH = 6  # words between a passive auxiliary and its participle ("wurde dem Mann am Montag Betrug vorgeworfen")
CHARGE_REACH = 14  # the same for a charge named by nouns ("werden Mord und versuchter Totschlag in Tateinheit …")
_CLAUSE_CLOSE: Final = frozenset(".;!?")


def split_object(ctx: Ctx, toks: list[Tok], s: int, i: int, p: int, cue: Span2, cue_text: str,
                 prev: Span2 | None) -> Draft | None:
    """A German split cue whose particle (toks[p]) closes the clause with a noun phrase between: "Der Konzern
    räumte Fehler ein.", "Am Montag wies die Regierung die Vorwürfe erneut zurück." The content is the last
    noun phrase before the particle; "Die Polizei teilte dies mit." goes back to the sentence before."""
    lex = ctx.lex
    first = toks[s].low
    if first in function_words(ctx.lang, "accusative_article") and forward_np(toks, s, i, lex) == i:
        j = np_end(ctx, toks, i + 1, p)  # "Den Vorwurf lässt X nicht gelten": the object first, X after the verb
        c = span(ctx, toks, s, i)
        return Draft((c,), cue, cue_text, tuple(toks[i + 1:j])) if c and j > i + 1 else None
    lead = next((k for k in range(s, i) if lex.fronted.get(toks[k].low) != "adv"), i)  # "Auch der Staatssekretär gibt …"
    if first in lex.prepositions or lex.fronted.get(first) in ("prep", "topic") or (
            lex.fronted.get(first) == "adv" and (lead == i or toks[lead].low not in lex.determiners)):
        j = forward_np(toks, i + 1, p, lex)  # the subject after the verb: "Am Montag wies die Regierung …"
        if j == p and j - i == 4 and toks[i + 1].low in lex.determiners and toks[j - 1].upper:
            j -= 1  # "Am Montag räumte der Minister | Fehler ein": article, noun, then the object noun
        src, after = toks[i + 1:j], j
    else:
        src, after = frames.coordinated_subject(ctx, toks, s, i) or list(subject(ctx, toks, s, i)[0]), i + 1  # "… und räumte X ein"
    while p - after >= 2 and toks[p - 2].low in lex.closed.tag_stop and time_word(toks[p - 1].low, lex.times):
        p -= 2  # a time phrase before the particle: "teilte dies am Abend mit"
    if not src or after >= p:
        return None
    if p - after == 1 and toks[after].low in lex.expletives:
        return Draft((prev,), cue, cue_text, tuple(src)) if prev else None
    whole = toks[p].low in function_words(ctx.lang, "whole_split")  # "macht X für Y verantwortlich"
    if whole and p - 1 > after and toks[p - 1].low in lex.determiners:
        p -= 1  # "gibt dem Konzern die Schuld": the article belongs to the particle
    a = after if whole else _object_start(ctx, toks, after, p)
    if a is not None and a - 1 > after and toks[a - 1].low in function_words(ctx.lang, "predicative_as"):
        a = _object_start(ctx, toks, after, a - 1) or a  # "wies die Vorwürfe (umgehend) als Lüge zurück": with its object
    c = span(ctx, toks, a, _adverbs_before(ctx, toks, a, p)) if a is not None else None
    return Draft((c,), cue, cue_text, tuple(src)) if c else None


def inverted_phrase(ctx: Ctx, toks: list[Tok], e: int, i: int, cs: int = -1) -> Draft | None:
    """A two-word cue around an inverted subject after a fronted phrase (V2): "Am Abend sprach ein Sprecher von
    C", "Unter Berufung auf Y sprachen Medien von C". The subject is the noun phrase between the two words.
    With the cue's second word fronted (the clause from toks[cs]): "Von einem Unfall sprach die Polizei"."""
    lex = ctx.lex
    if not lex.profile.v2:
        return None
    if (split := _split_before_clause(ctx, toks, e, i)) is not None:
        return split
    for phrase, cls in lex.speech.get(toks[i].low, ()):
        if len(phrase) == 2 and cls == "figure" and (d := inverted_figure(ctx, toks, e, i, phrase[1], INVERTED_SUBJECT)):
            return d
        if len(phrase) != 2 or cls not in ("speech", "opinion"):
            continue
        if 0 <= cs < i - 1 and toks[cs].low == phrase[1]:
            a = i + 1
            while a < e and lex.fronted.get(toks[a].low) == "adv":
                a += 1  # "sprachen indes Zeugen"
            j = np_end(ctx, toks, a, e, lex.closed.tag_stop)
            c = span(ctx, toks, cs + 1, i)
            return Draft((c,), (toks[i].start, toks[i].end), toks[i].text, tuple(toks[a:j])) \
                if c and j > a and (only_punct(toks, j, e) or toks[j].low in lex.closed.tag_stop) else None
        if (found := frames.inverted_subject(ctx, toks, e, i, phrase[1])) is None:
            continue
        b, sub, j = found
        if sub == b + 1 and toks[b].low in lex.first_person and toks[b].low not in function_words(
                ctx.lang, "generic_subject") and function_words(ctx.lang, "split_own_voice"):
            return None  # Danish "Fra data regner vi med, at C": the speaker's own words, as for an unsplit cue
        a = j + 1 + (j + 1 < e and toks[j + 1].text == ",")
        a += a < e and toks[a].low in lex.complementizers  # "Senere kunne politiet fortelle at C": C
        c = span(ctx, toks, a, e)
        return Draft((c,), (toks[i].start, toks[j].end), f"{toks[i].text} {toks[j].text}",
                     tuple(toks[b:sub])) if c else None
    return None


def _split_before_clause(ctx: Ctx, toks: list[Tok], e: int, i: int) -> Draft | None:
    """A speech phrase of three or more words split by its inverted subject before a clause ("På kvällen gick
    polisen ut med information om att C"): the subject between verb and rest, the cue the phrase without it."""
    apart = split_phrase(toks, i, e, ctx.lex.speech)
    if apart is None:
        return None
    p, k, _ = apart
    if any(t.low in ctx.lex.finite_verbs for t in toks[i + 1:p]):
        return None  # "I går gick vi ut med att C": "går" of a time adverb, the verb of the clause after it
    a = k + (k < e and toks[k].low in function_words(ctx.lang, "about"))  # "… uppgifter om att C"
    a += a + 1 < e and toks[a].text == "," and ctx.lex.profile.relative_after_comma  # "gehen X davon aus, dass C"
    if a >= e or toks[a].low not in ctx.lex.complementizers:
        return None
    c = span(ctx, toks, a + 1, e)
    src = toks[i + 1:p]
    while len(src) > 1 and not src[-1].upper and (
            ctx.lex.fronted.get(src[-1].low) == "adv" or src[-1].low in ctx.lex.report_back):
        src = src[:-1]  # "gehen die Experten demnach davon aus": the adverbs are no part of the subject
    if len(src) == 1 and src[0].low == "man" and ctx.lex.profile.capitalised_nouns:
        return None  # "Im Amt geht man davon aus, dass C": nobody in particular, as with "Man geht davon aus"
    return Draft((c,), (toks[i].start, toks[k - 1].end), " ".join(t.text for t in (toks[i], *toks[p:k])),
                 tuple(src)) if c else None


def after_fronted_clause(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2,
                         cue_text: str) -> Draft | None:
    """V2 after a fronted subordinate clause (German): "Als die Polizei eintraf, sagte der Wirt, C" (the
    subject after the cue, the content after its comma: "dass" or a Konjunktiv), not "C, sagte der Wirt"."""
    lex = ctx.lex
    if not lex.profile.relative_after_comma or toks[s].low not in lex.subordinators:
        return None
    j = np_end(ctx, toks, i + n, e, lex.closed.tag_stop)
    if j == i + n or j + 2 >= e or toks[j].text != ",":
        return None
    start = j + 2 if toks[j + 1].low in lex.complementizers else j + 1
    if start == j + 1 and not any(t.low in lex.konjunktiv for t in toks[j + 1:j + 5]):
        return None
    c = span(ctx, toks, start, e)
    return Draft((c,), cue, cue_text, tuple(toks[i + n:j])) if c else None


def so_tag(ctx: Ctx, toks: list[Tok], s: int, e: int, k: int, a: int, cue: Span2, cue_text: str) -> Draft | None:
    """A German "so" tag after a comma (toks[k] is "so", the speaker starts at toks[a]): closing its sentence
    ("C, so der Sprecher.") or inside it ("A, so der Sprecher, B", "A, so schätzte X B"): both parts."""
    lex = ctx.lex
    c = span(ctx, toks, s, k - 1) if k > s and toks[k - 1].text == "," else span(ctx, toks, s, k) if k > s + 1 and toks[
        k - 1].text in _QUOTE_CLOSE else None  # (also "A, „Q“ so X.": the comma left out after a quotation)
    j = np_end(ctx, toks, a, e, lex.closed.tag_stop - lex.genitive_article)  # no verb, so "der" is a genitive
    if not c or j == a or not (toks[a].upper or toks[a].low in lex.determiners
                               or toks[a].low in function_words(ctx.lang, "possessive_determiner")):
        return None  # "…, so schnell sie konnte": a degree, no speaker (a possessive opens one: "so sein Anwalt")
    if (toks[a].low in function_words(ctx.lang, "indefinite") or toks[a].low in function_words(ctx.lang, "possessive_determiner")) \
            and not any(word_type(t.low, ctx.lang) for t in toks[a + 1:j]):
        return None  # "…, so ein Unsinn": "such a", no speaker ("so ein Sprecher" is one); "so sein Eindruck"
    end = j + 1 if j < e and (lex.fronted.get(toks[j].low) == "adv" or toks[j].low == "weiter") else j
    if end < e and toks[end].low in lex.closed.tag_stop:  # "…, so ein Sprecher am Abend.": no second part
        end = next((m for m in range(end, e) if toks[m].text == ","), e)
    if only_punct(toks, end, e):
        return Draft((c,), cue, cue_text, tuple(toks[a:j]))
    at = end + 1 if toks[end].text == "," else end if toks[end].is_word and not toks[end].upper else e
    if at < e and toks[at].low in lex.relatives and toks[end].text == ",":  # "so X, der selbst dort wohnt(, B)"
        at = next((m + 1 for m in range(at, e) if toks[m].text == ","), e)  # the speaker's relative, no claim
        if at >= e:
            return Draft((c,), cue, cue_text, tuple(toks[a:j]))
    rest = span(ctx, toks, at, e) if at < e else None
    return Draft((c, rest), cue, cue_text, tuple(toks[a:j])) if rest else None


def points_back(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the object after a German or Nordic cue is a pronoun for the sentence before, closing the clause
    (time phrases and adverbs may follow): "Die Polizei bestätigte dies am Abend.", "Politiet bekræfter dette."
    (`pointing_object`)."""
    lex = ctx.lex
    words = lex.expletives if lex.profile.separable_particles else function_words(ctx.lang, "pointing_object")
    if not lex.profile.v2 or a >= e or toks[a].low not in words:
        return False
    k, j = a + 1, -1
    while j != k:
        while k < e and toks[k].is_word and (lex.fronted.get(toks[k].low) == "adv" or toks[k].low in lex.closed.tag_stop
                                             or time_word(toks[k].low, lex.times) or not lex.profile.capitalised_nouns
                                             and (toks[k].low in lex.recipient_prep or toks[k].upper and k > a + 1)):
            k += 1  # (Nordic also the medium told: "… dette overfor NRK.")
        j, k = k, asked_phrase_end(ctx, toks, k, e)  # "bestätigte dies | auf Anfrage."
    return k < e and toks[k].text in ".!" and k + 1 >= e


def _adverbs_before(ctx: Ctx, toks: list[Tok], a: int, i: int) -> int:
    """The end of an object before the adverbs that close the clause ("die Vorwürfe | erneut bestritten")."""
    k = i
    while k - 1 > a and toks[k - 1].is_word and not toks[k - 1].upper and toks[k - 1].low not in ctx.lex.determiners:
        k -= 1
    return k


def _object_start(ctx: Ctx, toks: list[Tok], a: int, i: int) -> int | None:
    """The start of the last noun phrase in toks[a:i], read backwards: adverbs, the noun (capitalised words),
    adjectives and a determiner, and again past a preposition or genitive article right after a noun."""
    lex = ctx.lex
    k = _adverbs_before(ctx, toks, a - 1, i)
    start = None
    while k > a:
        h = k
        if toks[h - 1].text in _QUOTE_CLOSE:  # a quotation as the object: "hat „Chaos ohne Ende“ vorgeworfen"
            h = next((q for q in range(h - 2, a - 1, -1) if toks[q].text in _QUOTE_OPEN), h)
            if h < k:
                h = _modifiers_before(ctx, toks, a, h)  # (its article: "hatte deren „Verhalten“ kritisiert")
                if h - 1 > a and toks[h].low in lex.genitive_article and _noun_end(toks[h - 1]):
                    start = k = h  # "die Politik | der „Ampel“"
                    continue
                if h - 1 > a and _preposition(lex, toks[h - 1]) and toks[h - 2].upper:
                    start, k = h, h - 1  # "die Kritik | an der „Ampel“"
                    continue
                return h
        while h > a and toks[h - 1].upper:
            h -= 1  # the noun, a name after it ("die Schuld Kiew")
        if h == k:
            return start
        if k - h > 1 and h > a and _preposition(lex, toks[h - 1]):
            return h + 1  # "in Berlin | Hilfe": the first name belongs to the preposition
        if k - h > 1 and h - 1 > a and toks[h - 1].low in lex.determiners and _preposition(lex, toks[h - 2]) \
                and not (h - 4 >= a and toks[h - 3].upper and is_count(toks[h - 4], ctx.lang)):
            return h + 1  # "für das Wochenende | Einschränkungen": so does the first noun after an article
            # (not after a counted noun, which the phrase goes on from: "zwei Tote | auf der Insel Samos")
        while h > a and toks[h - 1].is_word and not toks[h - 1].upper and (
                toks[h - 1].low in lex.determiners or toks[h - 1].low.endswith(ADJECTIVE_ENDINGS)
                or is_count(toks[h - 1], ctx.lang)) \
                and not _preposition(lex, toks[h - 1]) and toks[h - 1].low not in lex.perfect_aux:
            h -= 1  # its adjectives, count ("zwei Verletzte", "25 Verletzte") and determiner
        h = attribute_start(ctx, toks, a, h)  # "die | von der IG Metall angekündigten Warnstreiks"
        if h - 1 > a and toks[h - 1].text in _QUOTE_CLOSE and (q := _quoted_modifier(toks, a, h - 1)) is not None:
            h = _modifiers_before(ctx, toks, a, q)  # a quoted adjective: "die „falsche“ Politik"
        if start is None and h > a and _preposition(lex, toks[h - 1]) and not (h - 1 > a and _noun_end(toks[h - 2])):
            return None  # "hat lange im Hof gestanden": the last phrase is a place, there is no object
        start = h
        if h - 1 > a and toks[h - 1].low in lex.closed.and_ and toks[h - 2].upper:
            k = h - 1  # "mangelnde Ideen und | Konzepte": a coordinated object goes on from the noun before
            continue
        if h - 1 > a and _preposition(lex, toks[h - 1]) and _noun_end(toks[h - 2]):
            k = h - 1  # "die Verantwortung | für den Angriff": the phrase goes on from the noun before
            # (or from a quotation: "deren „Verhalten“ | während des Prozesses")
            continue
        if h > a and toks[h].low in lex.genitive_article and _noun_end(toks[h - 1]):
            k = h  # "die Verantwortung | des Landes", "den „rüden Ton“ | der Debatte"
            continue
        return start
    return start


def _noun_end(t: Tok) -> bool:
    """A word that ends a noun phrase read backwards: a capitalised word or a closing quotation mark."""
    return t.upper or t.text in _QUOTE_CLOSE


def _quoted_modifier(toks: list[Tok], a: int, c: int) -> int | None:
    """The opening mark of a quotation of one or two lower-case words that closes at toks[c] (an adjective quoted
    inside a noun phrase: "die „falsche“ Politik"); else None."""
    q = next((k for k in range(c - 1, max(a, c - 3) - 1, -1) if toks[k].text in _QUOTE_OPEN), None)
    if q is None or q == c - 1 or not all(t.is_word and not t.upper for t in toks[q + 1:c]):
        return None
    return q


def _modifiers_before(ctx: Ctx, toks: list[Tok], a: int, h: int) -> int:
    """The start of a quoted object's noun phrase from its opening mark at toks[h]: past the determiner and
    adjectives before it ("deren „unerhörtes Verhalten“", "einen „massiven“ Abbau")."""
    lex = ctx.lex
    while h > a and toks[h - 1].is_word and not toks[h - 1].upper and (
            toks[h - 1].low in lex.determiners or toks[h - 1].low.endswith(ADJECTIVE_ENDINGS)) \
            and not _preposition(lex, toks[h - 1]) and toks[h - 1].low not in lex.perfect_aux:
        h -= 1
    return h


def _preposition(lex: Lexicon, t: Tok) -> bool:
    """A preposition, or one joined with its article ("beim", "zum")."""
    return t.low in lex.prepositions or lex.fronted.get(t.low) in ("prep", "topic")


def described_end(ctx: Ctx, toks: list[Tok], cue: int, a: int, j: int) -> int:
    """The end of the speaker after a verb of describing in a tag that points back, before its object: "Så beskrev
    ett vittne | läget", "Slik beskriver et vitne | situasjonen" (`describe_verb`; a lower-case word closing the
    phrase, not after a preposition: "en talsperson för polisen" stays). German articles already part the two."""
    if ctx.lex.profile.capitalised_nouns or j - a < 2 or not toks[cue].low.startswith(
            function_word_list(ctx.lang, "describe_verb")):
        return j
    last, before = toks[j - 1], toks[j - 2]
    if last.upper or not last.is_word or not before.is_word or before.low in ctx.lex.prepositions \
            or before.low in ctx.lex.determiners:
        return j  # (nor after an article: "ett vittne" already ends at its noun)
    return j - 1


def continuing_tag(ctx: Ctx, toks: list[Tok], s: int, colon: int) -> int | None:
    """A colon tag with no verb, its speaker and an adverb of going on (`continue_adverb`): "Lund weiter: „Q“",
    "Ek vidare: – Q", "Politimesteren videre:". The adverb's index (the cue), else None. The speaker is a short
    noun phrase that ends at the adverb (a name, a role, a pronoun), never a first person."""
    a = colon - 1
    if a <= s or a - s > CONTINUING_SPEAKER_WORDS or toks[colon].text != ":" or \
            toks[a].low not in function_words(ctx.lang, "continue_adverb"):
        return None
    src = toks[s:a]
    if not src[0].upper or not all(t.is_word for t in src) or any(t.low in ctx.lex.first_person for t in src):
        return None
    return a if np_end(ctx, toks, s, a) >= a else None


CONTINUING_SPEAKER_WORDS: Final = 4  # the longest speaker before "weiter:", "vidare:"


def stance(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """An adjective cue after a copula (class stance): "Hun er tydelig på at C", and in V2 "I dag var ministeren
    tydelig på at C" (the subject between the copula and the cue). None with no clause after the cue."""
    lex = ctx.lex
    a = i + n + (i + n < e and toks[i + n].text == "," and lex.profile.comma_before_complementizer)
    if not (a + 1 < e and toks[a].low in lex.complementizers):  # Danish "bekendt med, at C": the comma first
        return None
    if toks[a].low in wordset(ctx.lang, "interrogatives"):
        return None  # "är mycket kritisk till hur frågan har hanterats": a question, no claim held
    c = span(ctx, toks, a + 1, e)
    copulas = function_words(ctx.lang, "passive_aux") | function_words(ctx.lang, "stance_copula")  # (sv "är")
    m = next((k for k in range(i - 1, max(s, i - STANCE_REACH) - 1, -1)
              if toks[k].low in copulas or lex.fronted.get(toks[k].low) == "aux"), None)
    if m is None or not c:
        return None
    if m > s and fronted(ctx, toks, s, m) and (j := np_end(ctx, toks, m + 1, i)) > m + 1:
        return Draft((c,), cue, cue_text, tuple(toks[m + 1:j]))  # "I dag var ministeren tydelig på at C"
    src, tail, antecedent, _ = subject(ctx, toks, s, m)
    if src and (src[0].low in lex.first_person or src[-1].low in lex.first_person):
        return None  # "Jeg er nervøs for, at C": the speaker's own words, as "Jeg mener, at C"
    if src and src[-1].low in lex.relatives:  # "X, som er tydelig på at C, sier …": C ends with the relative clause
        end = next((k for k in range(a + 1, e) if toks[k].text == ","), e)
        c = span(ctx, toks, a + 1, end)
    return Draft((c,), cue, cue_text, tuple(src), tail=tail,
                 antecedent=tuple(antecedent) if antecedent is not None else None) if src and c else None


STANCE_REACH = 8  # tokens from an adjective cue back to its copula ("har ministeren hele tiden vært tydelig på")


def in_fronted_subclause(ctx: Ctx, toks: list[Tok], s: int, e: int, a: int, d: Draft) -> Draft:
    """A record inside a fronted subordinate clause ("Selvom manden nægter sig skyldig i X, ønskede han …"): the
    subordinator is no part of the source, and the content ends at the comma before the main clause's verb
    (Nordic pages; a from the cue's end on). Else `d` unchanged."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or toks[s].low not in lex.subordinators \
            or toks[s].low in lex.coordinators or not d.parts or not d.source:
        return d
    source = d.source[1:] if d.source[0] is toks[s] else d.source
    resume = function_words(ctx.lang, "resumptive_adverb")  # "Hvis X siger, at A, så protesterer vi"
    cut = next((k for k in range(a, e - 1) if toks[k].text == "," and not toks[k + 1].upper
                and toks[k + 1].low not in lex.complementizers and (is_finite_verb(toks[k + 1], lex) or (
                    toks[k + 1].low in resume and k + 2 < e and _tensed_after(toks[k + 2], lex)))), None)
    parts = d.parts
    if cut is not None and parts[-1][0] < toks[cut].start < parts[-1][1]:
        parts = (*parts[:-1], (parts[-1][0], toks[cut - 1].end))
    return replaced(d, source=source, parts=parts) if source and (source, parts) != (d.source, d.parts) else d


def _tensed_after(t: Tok, lex: Lexicon) -> bool:
    """A lower-case finite verb by list or ending, or a present tense in "-r" ("så protesterer vi")."""
    return t.is_word and not t.upper and (is_finite_verb(t, lex) or len(t.low) > 3 and t.low.endswith("r"))


def embedded_quote(ctx: Ctx, toks: list[Tok], ps: int, c: int, inner: Span2, block: int) -> Draft | None:
    """German: a writer's sentence that closes on a quotation with no tag ("Aber dass X „uns nicht gestärkt hat,
    liegt auf der Hand“."): the whole sentence, to go on from the record before it (passes.join_follows drops
    it when no record's tag stands right before). toks[ps] opens the sentence, toks[c] is the closing mark."""
    if c >= len(toks) or not ctx.lex.konjunktiv or not (c + 1 >= len(toks) or toks[c + 1].text in ".!?") \
            or any(t.low in ctx.lex.konjunktiv for t in toks[ps:c]):
        return None  # (a sentence in Konjunktiv I goes on by its mood: konjunktiv.konjunktiv_continuation)
    if len(ctx.text[inner[0]:inner[1]].split()) < EMBEDDED_QUOTE_WORDS:
        return None  # a name or a title in quotes: "die „Nordpost“"
    whole = span(ctx, toks, ps, c + 1)
    return Draft((whole,), None, None, block=block, continuation=True, follows=True) if whole else None


EMBEDDED_QUOTE_WORDS: Final = 4  # the fewest words of a quotation that closes a writer's sentence and goes on from a speaker
