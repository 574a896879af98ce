"""German clause frames around a cue (rules.py calls these): the subject a cue after "und" shares with the verb
before it ("Die Stadt sperrte die Straße und teilte mit, C"), a tag after a closing quote mark with no comma behind
a Konjunktiv I clause ("… „Q“ meldete der Sender"), and the short phrases between the two words of a cue ("sprach am
Sonntag auf Anfrage von").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.phrases import np_end, seg_start, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words

_NAME_MARKS: Final = frozenset("\"„“”»«")  # quotation marks around a name inside a cue's middle field


def _rest_of_cue(ctx: Ctx, toks: list[Tok], i: int, m: int, e: int) -> bool:
    """Whether toks[m:] go on with the words after the first of a cue of three or more words at toks[i] ("geht …
    davon aus")."""
    return any(len(p) >= 3 and m + len(p) - 1 <= e and tuple(t.low for t in toks[m:m + len(p) - 1]) == p[1:]
               for p, _ in ctx.lex.speech.get(toks[i].low, ()))


def _source_preposition(ctx: Ctx, low: str) -> bool:
    """A one-word "according to" that opens its source phrase ("laut"): a preposition inside a cue's middle field
    ("geht laut der Zeitung davon aus")."""
    return any(len(p) == 1 and pos == "pre" for p, pos in ctx.lex.prep.get(low, ()))


def past_phrases(ctx: Ctx, toks: list[Tok], k: int, e: int, i: int) -> int:
    """German: past adverbs and short prepositional phrases between the two words of a cue ("sprach am Sonntag auf
    Anfrage von"): the index of the word after them, or k when a phrase does not end before PHRASE_REACH words.
    A capitalised word counts only inside a phrase (not "sprach der Minister von": a subject)."""
    lex = ctx.lex
    m, depth = k, 0  # open phrases: 2 inside an attribute ("in einem am Freitag verbreiteten Interview")
    closed = -1  # where a noun last closed a phrase
    while m < e and m - i <= PHRASE_REACH and (toks[m].is_word or toks[m].text in _NAME_MARKS):
        t = toks[m]
        if not t.is_word:  # a quoted name: "laut „SZ“"
            closed = m if closed == m - 1 else closed
            m += 1
            continue
        if not depth and m > k and closed == m - 1 and _rest_of_cue(ctx, toks, i, m, e):
            return m  # "geht laut der Zeitung | davon aus": the rest of a longer cue after a closed phrase
        if t.upper and not depth and closed == m - 1:
            closed = m  # a name of more words goes on ("am Kieler Hafen", "in Bad Oldesloe")
        elif not depth and closed == m - 1 and t.low in lex.genitive_article:
            depth = 1  # a genitive after the phrase's noun ("am Ende | des Tages")
        elif (t.low in lex.prepositions or t.low in function_words(lex.lang, "more_prepositions") or t.low in
                lex.dative_preposition or _source_preposition(ctx, t.low)) and t.low not in lex.determiners:
            if not depth and m > k and any(t.low == p[1] for p, _ in lex.speech.get(toks[i].low, ()) if len(p) == 2):
                return m  # the cue's own word ("von") after a closed phrase
            depth = min(depth + 1, 2)
        elif t.upper or t.low in lex.determiners or time_word(t.low, lex.times):
            if not depth:
                return k
            depth -= t.upper  # a noun closes the phrase
            closed = m if t.upper and not depth else closed
        elif depth and toks[m - 1].upper and _attribute(t.low) and m + 1 < e and toks[m + 1].upper:
            pass  # the participle closing an attribute before its noun: "einem am Freitag verbreiteten Interview"
        elif lex.fronted.get(t.low) != "adv":
            return k
        m += 1
    return k


def inverted_subject(ctx: Ctx, toks: list[Tok], e: int, i: int, word: str) -> tuple[int, int, int] | None:
    """The subject between the two words of a V2 cue after a fronted phrase ("Am Abend sprach ein Sprecher von C"):
    its start and end and the index of the cue's second word `word`, past adverbs after the subject ("sprach die
    Polizei auch von C"); also after adverbs before it and with phrases of time or place after it ("In X sprach auch
    die Polizei zuletzt von C", "sprach die Polizei am Ende des Tages von C"). None when there is none."""
    lex = ctx.lex
    j = sub = forward_np(toks, i + 1, e, lex, frozenset({word}))
    while j < e and j - sub < INVERTED_ADVERBS and lex.fronted.get(toks[j].low) == "adv":
        j += 1  # adverbs after the subject: "sprach der Mann selbst von C", "sprach die Polizei auch von C"
    if i + 1 < sub <= i + 1 + INVERTED_SUBJECT and j < e and toks[j].low == word and np_end(ctx, toks, i + 1, sub) == sub \
            and (lex.profile.capitalised_nouns or _subject_opener(ctx, toks[i + 1])):
        return i + 1, sub, j
    if not lex.profile.capitalised_nouns:
        return None
    b = i + 1
    while b < e and b - i <= INVERTED_ADVERBS and lex.fronted.get(toks[b].low) == "adv":
        b += 1  # "sprach auch die Polizei von C"
    j = sub = np_end(ctx, toks, b, e, frozenset({word}) | lex.prepositions)
    if sub == b or sub - b > INVERTED_SUBJECT:
        return None
    while j < e and j - sub < INVERTED_ADVERBS and lex.fronted.get(toks[j].low) == "adv":
        j += 1
    if j < e and toks[j].low != word and toks[j].low in lex.prepositions:
        j = past_phrases(ctx, toks, j, e, i)  # "sprach die Polizei am Ende des Tages von C"
    return (b, sub, j) if j < e and toks[j].low == word else None


def _subject_opener(ctx: Ctx, t: Tok) -> bool:
    """Swedish, Norwegian, Danish: a word that can open an inverted subject, not a verb's particle (`verb_particle`)
    or a preposition ("la | fram regjeringens forslag til …": no subject between "la" and "til")."""
    return t.low not in function_words(ctx.lang, "verb_particle") and t.low not in ctx.lex.prepositions


INVERTED_SUBJECT: Final = 4  # the longest subject read between the two words of an inverted cue
INVERTED_ADVERBS: Final = 2  # adverbs read before and after an inverted subject


def _attribute(low: str) -> bool:
    """An inflected adjective or participle by its ending ("verbreiteten", "veröffentlichte")."""
    return low.endswith(("en", "em", "er", "es", "e")) and len(low) > 4


PHRASE_REACH: Final = 7  # words between the two words of a German cue


def unmarked_tag(ctx: Ctx, toks: list[Tok], s: int, q: int, i: int) -> bool:
    """German: a tag after a closing quote mark with no comma, behind a clause in Konjunktiv I ("Es seien „viele“
    meldete der Sender"): the comma the writer left out."""
    lex = ctx.lex
    return bool(lex.konjunktiv) and s < q < i - 1 and toks[i - 1].text in _CLOSING_MARKS \
        and any(t.low in lex.konjunktiv for t in toks[s:q])


_CLOSING_MARKS: Final = frozenset({"\"", "“", "”", "»", "«", "‘", "’"})


def coordinated_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, after: int = -1) -> list[Tok]:
    """German: before a cue right after "und" ("Die Stadt sperrte die Straße und teilte mit"), the noun phrase that opens
    the clause and ends at its own finite verb, or the subject right after that verb when a phrase is fronted ("Am
    Montag besuchte der Minister die Stadt und sprach von C"); else none. With `after` (the word after the cue), also
    before a comma, in a clause that opens the sentence ("Sie lobte den Plan, sprach von C und …"), when no
    subject follows the cue."""
    lex = ctx.lex
    if not (pre_end - 2 > s and (toks[pre_end - 1].low in lex.closed.and_
                                 or toks[pre_end - 1].text == "," and _no_subject_after(ctx, toks, after))):
        return []
    a = seg_start(toks, s, pre_end - 1, lex.subordinators)
    if s < a < pre_end and toks[a - 1].text == "," and toks[a].low in lex.speech and not toks[a].upper and (
            toks[a - 2].text in QUOTE_STRIP or any(t.low in lex.konjunktiv for t in toks[s:a - 1])):
        return _tag_subject(ctx, toks, a, pre_end - 1)  # "„Q“, sagte sie und fügte an: „R“", "C sei X, sagte sie und"
    series = False
    for _ in range(SERIES_VERBS):
        if not (a - 1 > s and toks[a - 1].text == "," and toks[a].is_word and not toks[a].upper
                and toks[a].low not in lex.determiners and toks[a].low not in lex.relatives):
            break
        a, series = seg_start(toks, s, a - 1, lex.subordinators), True  # "Sie nahm X, sprach von Y und behauptete"
    if series and a != s:
        return []  # (not "Der Mann, der X sah, rief Y und sagte": a relative clause before the verb)
    while a < pre_end and toks[a].text in QUOTE_STRIP:
        a += 1
    if toks[pre_end - 1].text == "," and (a != s + sum(1 for t in toks[s:a] if t.text in QUOTE_STRIP) or any(
            t.low in lex.complementizers or t.low in lex.konjunktiv for t in toks[a:pre_end])):
        return []  # (not "…, dass C, sprach" nor a clause reported: "Die Lage sei ernst, sagte X")
    if a >= pre_end or not (toks[a].upper or toks[a].low in lex.determiners):
        return []
    if toks[a].low in lex.prepositions or lex.fronted.get(toks[a].low) in ("prep", "topic", "adv"):
        return inverted_first(ctx, toks, a, pre_end - 1)
    j = forward_np(toks, a, pre_end - 1, lex)
    if j <= a or j >= pre_end - 1 or not toks[j].is_word or toks[j].upper or toks[j].low in lex.auxiliaries:
        return []
    return list(toks[a:j])


def _tag_subject(ctx: Ctx, toks: list[Tok], v: int, end: int) -> list[Tok]:
    """The speaker right after the verb of a tag at toks[v] that "und" joins to a second cue ("„Q“, sagte sie und
    fügte an: „R“", "…, erklärte der Sprecher am Abend und ergänzte, C"); else none."""
    lex, first = ctx.lex, toks[v + 1]
    if not first.is_word or first.low in lex.prepositions or not (
            first.upper or first.low in lex.determiners or first.low in lex.pronouns):
        return []  # (not "…, sprach von X und behauptete": an object after the verb, its subject before it)
    j = forward_np(toks, v + 1, end, lex)
    return list(toks[v + 1:j]) if v + 1 < j <= end else []


def inverted_first(ctx: Ctx, toks: list[Tok], a: int, end: int) -> list[Tok]:
    """The subject right after the finite verb of a clause opened by a fronted phrase at toks[a] ("Am Montag besuchte
    der Minister die Stadt"): the noun phrase after the clause's first lower-case word past the phrase; else none."""
    lex = ctx.lex
    v = next((k for k in range(a + 1, min(end, a + FRONT_REACH)) if toks[k].is_word and not toks[k].upper
              and toks[k].low not in lex.determiners and toks[k].low not in lex.prepositions
              and not time_word(toks[k].low, lex.times) and lex.fronted.get(toks[k].low) in (None, "aux")
              and not _attributive(lex, toks, k, end)), None)  # (not "auf die | ostukrainische | Stadt")
    if v is None or v + 1 >= end or not (toks[v + 1].upper or toks[v + 1].low in lex.determiners
                                         or _attributive(lex, toks, v + 1, end, after=False)):
        return []  # (an adjective opens the subject: "haben | ukrainische Truppen")
    j = np_end(ctx, toks, v + 1, end, lex.closed.tag_stop)
    noun = next((k for k in range(v + 1, j) if toks[k].upper), j)
    if toks[v + 1].low in lex.determiners and noun + 1 < j and toks[noun + 1].upper \
            and toks[noun + 1].low not in all_languages_words("first_names"):
        j = noun + 1  # the noun, not the object after it: "legte die Behörde | Beschwerde ein" (but "der Minister Hans Lee")
    return list(toks[v + 1:j]) if j > v + 1 else []


def own_phrase(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> bool:
    """Whether the report phrase toks[i:i + n] holds "own" (`own_word`: "nach eigenen Angaben", "eigener Aussage
    zufolge") with no source after it ("nach eigener Zählung der X")."""
    return any(t.low in function_words(ctx.lang, "own_word") for t in toks[i:i + n]) \
        and not (i + n < e and toks[i + n].low in function_words(ctx.lang, "genitive_article"))


def own_subject_after(ctx: Ctx, toks: list[Tok], a: int, end: int) -> list[Tok]:
    """The subject after the finite verb that follows a phrase ending at toks[a] ("Nach eigenen Angaben war die
    Feuerwehr …"), or a personal pronoun there ("Nach eigenen Angaben ist er …"), or in Swedish, Norwegian and Danish
    a name or a source noun there ("Enligt egen uppgift var mannen …"); else none."""
    src = inverted_first(ctx, toks, a, end)
    if not src and a + 2 < end and ctx.lex.pronouns.get(toks[a + 2].low) == "person":
        src = [toks[a + 2]]
    if not src and a + 2 < end and not ctx.lex.profile.capitalised_nouns and ctx.lex.profile.v2 and (
            toks[a + 2].upper or word_type(toks[a + 2].low, ctx.lang)):  # "Enligt egen uppgift var mannen …"
        src = list(toks[a + 2:np_end(ctx, toks, a + 2, end, ctx.lex.closed.tag_stop)])
    return src


def _attributive(lex: Lexicon, toks: list[Tok], k: int, end: int, *, after: bool = True) -> bool:
    """A lower-case inflected adjective before a capitalised noun at toks[k] (after an article or a preposition unless
    `after` is False): "die | ostukrainische | Stadt"; no finite verb stands there."""
    t = toks[k]
    return k + 1 < end and _attribute(t.low) and toks[k + 1].is_word and toks[k + 1].upper \
        and t.low not in lex.finite_verbs and t.low not in lex.perfect_aux \
        and (not after or toks[k - 1].low in lex.determiners or toks[k - 1].low in lex.prepositions)


SERIES_VERBS: Final = 2  # verbs of a series before the cue's, each after a comma ("nahm X, sprach von Y und behauptete")
FRONT_REACH: Final = 9  # words of a fronted phrase before the first clause's finite verb


def _no_subject_after(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether the word at toks[k] after a cue opens no subject (no name, pronoun, or article before a noun)."""
    lex = ctx.lex
    if k < 0 or k >= len(toks) or not toks[k].is_word:
        return k >= 0
    if k > 0 and toks[k - 1].low in lex.prepositions:
        return True  # the cue's own preposition: "sprach von einer Schande"
    t = toks[k]
    return not (t.upper or lex.pronouns.get(t.low) is not None or (
        t.low in lex.determiners and k + 1 < len(toks) and toks[k + 1].upper))
