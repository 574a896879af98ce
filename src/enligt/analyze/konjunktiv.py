"""German reported speech by mood: a sentence in Konjunktiv I (or one opened by "Demnach") after reported speech
goes on from its speaker (cue null); whether a sentence's main verb is a Konjunktiv form; a relayed report in
Konjunktiv ("Stoiber habe aber versichert, dass C"). The reader (reader.py) decides when reported speech is
still going on; these functions read one sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from enligt.analyze.cues import is_finite_verb, match_phrase, triggers
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.v2clauses import report_back_middle
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words

KONJUNKTIV_REACH: Final = 4  # tokens at a sentence's start that may hold its Konjunktiv I verb
QUIET_SENTENCES: Final = 1  # sentences with no record that reported speech goes on past ("…, sagte X. Es regnete. Er sei …")
SUBJECT_WORDS: Final = 6  # how far into a sentence a new speaker is looked for ("Am Abend widersprach der Arzt")
HEADING_WORDS: Final = 8  # the longest subheading reported speech goes on past
_NO_NAMES: Final[frozenset[str]] = frozenset()  # a `Going` with no speaker's names
REPORT_BACK_REACH: Final = 3  # sentences after a record that "Demnach" may open and still go on from it (two between)


@dataclass(frozen=True, init=False)
class Going:
    """Reported speech going on as the reader reads (German): whether a Konjunktiv I sentence now continues it,
    how many sentences with no record it may still pass, the name words of its latest speakers, and, when none goes
    on, the speaker a narration sentence just named ("X versuchte, die Leute zu beruhigen. Die Lage sei …")."""

    on: bool
    quiet: int
    names: frozenset[str]
    speaker: tuple[Tok, ...]  # the subject of the narration sentence before, when a source word or a name
    back: int  # sentences a "Demnach" sentence may still lie after the last record ("X sagte C. A. B. Demnach D")

    def __init__(self, on: bool = False, quiet: int = 0, names: frozenset[str] = _NO_NAMES,
                 speaker: tuple[Tok, ...] = (), back: int = 0) -> None:
        # The `__init__` dataclasses writes, spelt out (see records.Draft): the reader makes one a sentence, and
        # compiled (mypyc) the generated one ran interpreted, 8,000 instructions each
        object.__setattr__(self, "on", on)
        object.__setattr__(self, "quiet", quiet)
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "back", back)


STOPPED: Final = Going()


def renewed(drafts: list[Draft]) -> Going:
    """Reported speech going on from a sentence with records: the names of their speakers."""
    return Going(True, QUIET_SENTENCES, frozenset(t.low for d in drafts for t in d.source if t.upper), back=REPORT_BACK_REACH)


def passed(ctx: Ctx, toks: list[Tok], s: int, e: int, going: Going, persons: set[str]) -> Going:
    """Reported speech after a sentence with no record of its own: it goes on past one ("…, wie X berichtete.
    Die Razzia lief in drei Ländern. Sie sei …"), but not past a question, a person other than its speaker
    (a name of `persons`), or a subject headed by a source word ("Der Bürgermeister widersprach."): a new
    speaker may be the one going on there."""
    if any(t.text == "?" for t in toks[s:e]):
        return STOPPED
    if not going.on or going.quiet <= 0:
        return _faded(ctx, toks, s, e, going, persons)
    numbers = number_entries(ctx.lang)
    if any(t.upper and t.low in persons and t.low not in going.names and not _function_word(ctx, t) and t.low not in numbers
           and (k == s or not _function_word(ctx, toks[k - 1]) and toks[k - 1].low not in numbers)
           for k, t in enumerate(toks[s:e], s)):
        return STOPPED  # (a capitalised word after an article, preposition or number is a noun: "Im Laufe der Woche",
        # "Sieben Personen wurden …")
    firsts = all_languages_words("first_names")
    if any(t.upper and t.low in firsts and toks[k + 1].upper and toks[k + 1].low not in going.names
           for k, t in enumerate(toks[s:e - 1], s)):
        return STOPPED  # a person named in full ("versuchte Ministerpräsident Jan Holt, die Leute zu beruhigen")
    if _background_report(ctx, toks, s, e):  # (its reporter kept for a "Demnach" after it: "Zuvor hatte X berichtet. Demnach C")
        return Going(True, going.quiet - 1, going.names, narrated(ctx, toks, s, e), going.back - 1)
    if any(t.upper and t.low not in going.names and not _function_word(ctx, t) and word_type(t.low, ctx.lang)
           and not _after_preposition(ctx, toks, s, k) for k, t in enumerate(toks[s:min(e, s + SUBJECT_WORDS)], s)):
        # a source word where the subject stands ("Doch das Gericht ließ …", "Am Abend widersprach der Arzt"); one
        # that reports nothing ("Rund 400 Beamte waren im Einsatz.") leaves "Demnach" pointing back
        cue_words = triggers(ctx.lang)
        quiet = going.back > 1 and not any(t.low in cue_words for t in toks[s:e])
        return Going(names=going.names, back=going.back - 1) if quiet else STOPPED
    return Going(True, going.quiet - 1, going.names, back=going.back - 1)


def _after_preposition(ctx: Ctx, toks: list[Tok], s: int, k: int) -> bool:
    """Whether the noun at toks[k] stands in a prepositional phrase past the sentence's first word ("Er wurde ins
    Krankenhaus gebracht"): a place or thing, no new speaker (but "Am Abend widersprach der Arzt")."""
    lex = ctx.lex
    j = k - 1 if k - 1 > s and toks[k - 1].low in lex.determiners else k
    return j - 1 > s and toks[j - 1].low in lex.prepositions


def _background_report(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """A report in the pluperfect with no content of its own, no comma, colon or quotation ("Zuvor hatten Zeitungen
    darüber berichtet."): an aside on who told the story first, not a new speaker of what follows."""
    if any(not t.is_word and t.text != "." for t in toks[s:e]):
        return False
    pluperfect = function_words(ctx.lang, "pluperfect_auxiliary")
    cue_words = triggers(ctx.lang)
    return any(t.low in pluperfect for t in toks[s:e]) and toks[e - 1 - (toks[e - 1].text == ".")].low in cue_words


def _faded(ctx: Ctx, toks: list[Tok], s: int, e: int, going: Going, persons: set[str]) -> Going:
    """Past a sentence with no record once Konjunktiv no longer goes on: only "Demnach" may still point back
    (`Going.back`), and not past a new person or source word (checked as for a Konjunktiv continuation)."""
    if going.back <= 1:
        return STOPPED
    still = passed(ctx, toks, s, e, Going(True, 1, going.names, back=going.back), persons)
    return Going(names=going.names, back=going.back - 1) if still.on or still.back > 0 else STOPPED
    # (a quiet pass too: a sentence whose subject is a source word that reports nothing, "Vier Kinder starben.")


def _function_word(ctx: Ctx, t: Tok) -> bool:
    return t.low in ctx.lex.determiners or t.low in ctx.lex.prepositions or t.low in ctx.lex.fronted \
        or t.low in function_words(ctx.lang, "possessive_determiner")  # ("Ihre Masche war einfach": no person)


def heading(toks: list[Tok]) -> bool:
    """A subheading: one short line of words with no closing punctuation ("Geschwächtes Immunsystem")."""
    return 0 < len(toks) <= HEADING_WORDS and all(t.is_word or t.text in "-–" for t in toks)


def konjunktiv_continuation(ctx: Ctx, toks: list[Tok], s: int, e: int) -> list[Draft]:
    """German: a sentence in Konjunktiv I after a reported one continues it (cue null); one opened by
    "Demnach" does too, with that word as its cue."""
    if toks[s].low in ctx.lex.report_back:
        c = span(ctx, toks, s + 1, e)
        return [Draft((c,), (toks[s].start, toks[s].end), toks[s].text, continuation=True)] if c else []
    if k := report_back_middle(ctx, toks, s, e):  # "Neun Patienten werden demnach noch betreut."
        parts = tuple(p for p in (span(ctx, toks, s, k), span(ctx, toks, k + 1, e)) if p)
        return [Draft(parts, (toks[k].start, toks[k].end), toks[k].text, continuation=True)] if parts else []
    if not _idiom(ctx, toks, s, e) and not _appeal(ctx, toks, s, e) and _konjunktiv_verb(ctx, toks, s, e):
        c = span(ctx, toks, s, e)
        if c:
            return [Draft((c,), None, None, continuation=True)]
    return []


def _idiom(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether a sentence opens with a set phrase in Konjunktiv that reports nobody ("Wie dem auch sei, …", "Gott
    sei Dank …": `konjunktiv_idiom`)."""
    words = " ".join(t.low for t in toks[s:min(e, s + IDIOM_WORDS)] if t.is_word)
    return any(words == p or words.startswith(p + " ") for p in function_words(ctx.lang, "konjunktiv_idiom"))


IDIOM_WORDS: Final = 4  # the longest set phrase of `konjunktiv_idiom`


def _appeal(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """An appeal in Konjunktiv, to whoever may help ("Wer etwas gesehen habe, solle sich melden"): a request, no
    claim (`appeal_opener` first, `appeal_modal` as its main verb)."""
    return toks[s].low in function_words(ctx.lang, "appeal_opener") and any(
        t.low in function_words(ctx.lang, "appeal_modal") for t in toks[s + 1:e])


def report_back_inside(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft]) -> list[Draft]:
    """German: a clause opened by "demnach" after a comma, past the content of every record of its sentence ("X gehen
    von höheren Zahlen aus, demnach starben Tausende"): it goes on from the record before, with that word as cue."""
    for k in range(s + 1, e - 1):
        if toks[k].low in ctx.lex.report_back and toks[k - 1].text == "," \
                and all(d.end <= toks[k].start for d in found) and (c := span(ctx, toks, k + 1, e)):
            return [Draft((c,), (toks[k].start, toks[k].end), toks[k].text, continuation=True)]
    return []


def reported_report(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft]) -> list[Draft]:
    """German: a sentence after reported speech whose own report stands in Konjunktiv I ("Stoiber habe aber
    versichert, dass C"): the speaker before reports it, so the whole sentence goes on from them (cue null) and
    the named one's record nests in it. Not for a pronoun as the subject (the same speaker going on)."""
    lex = ctx.lex
    if len(found) != 1 or not (d := found[0]).cue or not d.source or len(d.source) == 1 and d.source[0].low in lex.pronouns \
            or d.direct or not _konjunktiv_verb(ctx, toks, s, e):
        return []
    if not any(t.low in lex.konjunktiv and t.start < d.cue[0] and not any(a <= t.start < b for a, b in d.parts)
               for t in toks[s:e]):
        return []  # ("X sagte, es habe …", "C sei …, sagte X": the Konjunktiv is in what X said)
    c = span(ctx, toks, s, e)
    return [Draft((c,), None, None, continuation=True)] if c else []


def _konjunktiv_verb(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the main clause's finite verb is a Konjunktiv form: among the first words ("Es habe …"), or after
    a longer fronted phrase with no comma or verb before it ("Unter den sieben Toten seien …"), where a form that
    is also an infinitive ("haben") could close the clause instead."""
    lex = ctx.lex
    fronted = _fronted_clause_konjunktiv(ctx, toks, s, e)
    if fronted is not None:
        return fronted
    final = function_words(ctx.lang, "final_infinitive")
    slot = True  # the word after the first noun may still be the verb
    k, stop = s, min(e, s + KONJUNKTIV_FRONTED)
    while k < stop:
        t = toks[k]
        if t.text == "," and k > s and (close := _relative_end(ctx, toks, k, e)):
            k, stop = close + 1, min(e, close + 1 + KONJUNKTIV_REACH)  # "Der Mann, der in Haft sitzt, habe …"
            continue
        if t.text == "," and k > s and k + 1 < e and _count_word(ctx, toks[k + 1]):
            k, stop = k + 1, min(e, k + 1 + KONJUNKTIV_FRONTED)  # a counted list: "200 Panzer, 30 Flugzeuge und … seien"
            continue
        if t.text in _TITLE_MARKS and k > s and toks[k - 1].is_word and (after := _past_title(toks, k, stop)):
            verb = toks[after] if after < e else t  # "Der Verband „Metall“ fordere …": a quoted name in the subject
            # (also after its adjective: "Der vorgelegte „Plan“ sei …")
            return verb.low in lex.konjunktiv or slot and _konjunktiv_ending(ctx, verb)
        if not t.is_word and t.text not in "-–*":  # ("Patient*innen")
            return False
        if t.low in lex.konjunktiv and not (t.upper and k > s):  # (a noun inside: "Im Laufe der Woche")
            return s < k < s + KONJUNKTIV_REACH or k > s and t.low not in final  # (not first: "Sei es drum", "Sei dem …")
        if t.low in lex.finite_verbs or (match_phrase(toks, k, e, lex.speech) and not (
                k == s and k + 1 < e and toks[k + 1].low in lex.konjunktiv)):  # (not an opening "So sei …")
            return False  # an indicative verb first: "Die Stadt will mehr Geld haben."
        noun = k > s and toks[k - 1].upper and toks[k - 1].is_word and toks[k - 1].low not in lex.determiners
        if slot and noun and not t.upper and t.low not in lex.prepositions and t.low not in lex.determiners:
            if _konjunktiv_ending(ctx, t):
                return True  # "Die Opposition verbreite Panik": a verb in -e right after the subject's noun
            slot = False  # the word after the first noun was no Konjunktiv ("Die Opposition verbreitet …")
        k += 1
    return False


def _past_title(toks: list[Tok], k: int, stop: int) -> int:
    """The index after a short quoted name opened at toks[k] ("„Metall“"), or 0 when none closes soon."""
    close = next((m for m in range(k + 2, min(stop, k + TITLE_WORDS + 2)) if toks[m].text in _TITLE_MARKS), 0)
    return close + 1 if close and all(t.is_word or t.text in "-&." for t in toks[k + 1:close]) else 0


TITLE_WORDS: Final = 3  # the longest quoted name read inside a Konjunktiv sentence's subject
_TITLE_MARKS: Final = frozenset("„“”\"«»")


def _count_word(ctx: Ctx, t: Tok) -> bool:
    """A number opening the next item of a counted list ("860", "drei")."""
    return t.text[:1].isdigit() or t.low in number_entries(ctx.lang)


def _fronted_clause_konjunktiv(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool | None:
    """A fronted dependent clause ("Wie das Amt mit den Fällen umgegangen sei, sei Standard", "Dass …, habe …", "Bis
    wann …, sei …"):
    whether the main clause's verb right after its comma is a Konjunktiv form, so that a Konjunktiv inside the
    clause decides nothing ("Damit die Räumung gelinge, blieb die Straße zu", "Ob sie frei sei, blieb offen");
    None when the sentence opens no such clause (or the opener is an adverb before its verb: "Damit sei …")."""
    s += s + 1 < e and toks[s].low in ctx.lex.coordinators  # "Aber dass …, liege …"
    questions = function_words(ctx.lang, "question_subordinator")
    s += s + 1 < e and toks[s + 1].low in questions and (  # "Bis wann …, sei …", "Seit wann …"
        toks[s].low in ctx.lex.prepositions or toks[s].low in function_words(ctx.lang, "more_prepositions"))
    opener = toks[s].low
    adverbial = opener in function_words(ctx.lang, "clause_opener")
    if not adverbial and opener not in ctx.lex.complementizers \
            and opener not in questions \
            or s + 1 >= e or toks[s + 1].low in ctx.lex.konjunktiv:
        return None
    k = next((k for k in range(s + 2, e - 1) if toks[k].text == ","), None)
    if k is None:
        return False if adverbial else None
    k += k + 2 < e and toks[k + 1].low in function_words(ctx.lang, "clause_resumptive")  # "Wenn …, dann könne …"
    return toks[k + 1].low in ctx.lex.konjunktiv


def _relative_end(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int | None:
    """The comma closing a relative or infinitive clause opened at the comma toks[k] after the subject's noun ("Der Mann,
    der in Haft sitzt, …", "Der Versuch, das Amt zu täuschen, …"), or None."""
    if k + 1 >= e or not toks[k - 1].upper:
        return None
    j = next((j for j in range(k + 2, min(e, k + RELATIVE_REACH)) if toks[j].text == ","), None)
    if toks[k + 1].low in ctx.lex.relatives or j is not None and toks[j - 2].low == "zu":
        return j  # (or an infinitive clause: "Der Versuch, sich krank schreiben zu lassen, sei …")
    return None


def _konjunktiv_ending(ctx: Ctx, t: Tok) -> bool:
    """A third-person Konjunktiv I form by its ending: lower case, in -e but not the past -te ("fordere",
    "verbreite" of a stem in -it; not "machte", "verbreitete"), no article, preposition or adverb ("ohne", "keine")."""
    lex = ctx.lex
    return not t.upper and len(t.low) >= 5 and t.low.endswith("e") and (not t.low.endswith("te") or t.low.endswith("ite")) \
        and t.low not in lex.determiners and t.low not in lex.prepositions and t.low not in lex.fronted \
        and t.low not in function_words(ctx.lang, "not_konjunktiv")


RELATIVE_REACH: Final = 20  # the longest relative clause read between a subject and its Konjunktiv verb
KONJUNKTIV_FRONTED: Final = 16  # the longest fronted phrase read before a Konjunktiv verb ("Unter den sieben Toten seien",
# "Statt der bisher angenommenen 400 000 bis 600 000 Fälle müsse")


def ownerless(ctx: Ctx, d: Draft) -> bool:
    """An "according to" with no one behind it: a noun of findings with only adjectives or a possessive before it
    ("Nach ersten Ermittlungen", "Nach unseren Erkenntnissen"; `ownerless_evidence`). Inside a speaker's words (a
    quotation, a Konjunktiv sentence going on from them) it is part of what the speaker says, no source of its own."""
    src = d.source
    if not (d.cue and not d.direct and 0 < len(src) <= OWNERLESS_WORDS and src[-1].upper) or any(t.upper for t in src[:-1]):
        return False
    if src[-1].low in function_words(ctx.lang, "ownerless_evidence"):
        return True
    return src[-1].low in function_words(ctx.lang, "ownerless_after_adjective") \
        and any(t.low not in ctx.lex.determiners for t in src[:-1])  # ("Nach ersten Angaben", not "den Angaben")


def inside_quote(d: Draft, ranges: list[tuple[int, int]]) -> bool:
    """Whether a draft's cue stands inside a quotation."""
    return d.cue is not None and any(x < d.cue[0] < y for x, y in ranges)


OWNERLESS_WORDS: Final = 3  # the longest ownerless source ("nach den ersten Ermittlungen")


def narrated(ctx: Ctx, toks: list[Tok], s: int, e: int) -> tuple[Tok, ...]:
    """The subject of a narration sentence with no record when it is a source word or a person named in full,
    right before its finite verb ("Der Bürgermeister will …", past a relative clause) or right after it past a fronted phrase ("Nach dem
    Treffen versuchte Ministerin Eva Holt, …"): a Konjunktiv I sentence after it is that speaker's; else ()."""
    lex = ctx.lex
    if e - s < 3 or any(t.text in "?:" for t in toks[s:e]):
        return ()
    a = s
    if toks[s].low in lex.determiners or toks[s].upper and toks[s].low not in lex.fronted \
            and toks[s].low not in lex.prepositions:
        j = np_end(ctx, toks, s, e)
        v = close + 1 if j < e and toks[j].text == "," and (close := _relative_end(ctx, toks, j, e)) else j
        j = j if v < e and not toks[v].upper and toks[v].is_word and is_finite_verb(toks[v], lex) else s
    else:
        verb = next((k for k in range(s + 1, min(e, s + NARRATED_FRONT)) if _v2_verb(ctx, toks, k)), None)
        if verb is None or verb + 1 >= e or not (toks[verb + 1].upper or toks[verb + 1].low in lex.determiners):
            return ()
        a, j = verb + 1, np_end(ctx, toks, verb + 1, e, lex.closed.tag_stop)
    if any(t.text in _QUOTE_MARKS for t in (*toks[s:a], *toks[j:e])):
        return ()  # a quotation is said by someone (a title inside the subject is not: "die Zeitung „B.Z.“")
    subj = toks[a:j]
    head = next((k for k, t in enumerate(subj) if t.upper and t.low not in lex.determiners), None)  # not a genitive
    firsts = all_languages_words("first_names")
    titled = any(t.text in _QUOTE_MARKS for t in subj)  # a title in quotation marks: a medium ("der „Spiegel“")
    if head is None or sum(t.is_word for t in subj) > NARRATED_WORDS or not (titled or word_type(subj[head].low, ctx.lang) or any(
            t.low in firsts and u.upper for t, u in zip(subj[head:], subj[head + 1:]))):
        return ()  # (not "Der Großeinsatz der Polizei lief …")
    return tuple(subj)


def _v2_verb(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """The finite verb after a fronted phrase: a listed verb, or a lower-case word in -te/-ten after the phrase's
    capitalised noun ("Nach dem Fall in NRW versuchte …")."""
    t = toks[k]
    if t.upper or not t.is_word:
        return False
    return t.low in ctx.lex.finite_verbs or t.low in ctx.lex.modals or t.low in ctx.lex.auxiliaries or (
        toks[k - 1].upper and t.low.endswith(("te", "ten")) and t.low not in ctx.lex.determiners)


_QUOTE_MARKS: Final = frozenset("„“\"«»")
NARRATED_FRONT: Final = 12  # the longest fronted phrase read before a narration sentence's verb
NARRATED_WORDS: Final = 5  # the longest subject read as a narration sentence's speaker
