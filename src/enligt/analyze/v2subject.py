"""The inverted subject after a V2 cue (split out of inverted.py).

`v2_subject` reads the subject that follows a cue after a fronted constituent that is not the subject
("På åklagarens fråga svarade han att C", "Senere sagde en af lederne, at C", "Am Abend sagte ein Sprecher, C"):
the adverbs before it (`past_adverbs`), a suspended compound (`suspended`), a German article that may be a
dative, a count that is the object rather than the subject, and an apposition before the content.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import shapes
from enligt.analyze.aftercue import after_cue
from enligt.analyze.countdet import count_determiner
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.expectobject import inverted_expect
from enligt.analyze.fronting import (
    adverbial_clause,
    fronted_at,
    open_front,
    place_insert,
    subject_like,
    time_insert,
)
from enligt.analyze.inverted import fronted_apposition
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrases import (
    genitive_tail,
    np_end,
    only_punct,
    past_apposed_name,
    time_word,
)
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import (
    adverbs_end,
    citing,
    v2_adverbs_end,
)
from enligt.analyze.via import media_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def v2_subject(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int
                ) -> tuple[int, int, list[str]] | None:
    """`_inverted`, with the sentence adverbs after a Nordic subject left out of it ("siger Vestas nu, at C",
    "venter banken også et fald": "Vestas", "banken")."""
    found = _inverted(ctx, toks, s, e, i, n, b)
    if found is None or ctx.lex.profile.capitalised_nouns:
        return found
    j, start, vias = found
    a = i + n
    while j - 1 > a and not toks[j - 1].upper and ctx.lex.fronted.get(toks[j - 1].low) == "adv":
        j -= 1
    return j, start, vias


def _inverted(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int
              ) -> tuple[int, int, list[str]] | None:
    """V2 inversion after a fronted constituent that is not the subject: "På åklagarens fråga … svarade han
    att …", "Senere sagde en af lederne, at …", "Am Abend sagte ein Sprecher, …". Returns the end of the
    subject after the cue, where the content starts, and the media it was told to."""
    lex = ctx.lex
    if not lex.profile.v2 or i == s:
        return None
    insert = toks[i - 1].text == "," and (time_insert(ctx, toks, s, i - 1) or fronted_apposition(ctx, toks, s, i - 1)
                                          or place_insert(ctx, toks, s, i - 1))  # "På X, i Y, opplyser Z at"
    comma = toks[i - 1].text == "," and not insert
    b = s if insert else b  # (also "Ifølge politiinspektør X, Anne Holm, mener politiet": one fronted phrase)  # "Nach der Explosion, gestern am Abend, berichteten …": one fronted constituent
    clause = adverbial_clause(ctx, toks, s, i - 1 if comma else i)
    loose = not clause and not comma and not fronted_at(ctx, toks, s, b, i)
    if not clause and (comma or loose and (not open_front(ctx, toks, s, s, i) or _told(lex, toks[i].low))):
        return None  # (an opener of no list: "Omvendt meddeler X, at C", when X after the cue reads as a subject)
    if loose and _charged_object(ctx, toks, i, n, e):
        return None  # "Fagbevægelsen beskylder regeringen for at snyde": the one accused, no inverted subject
    a = past_adverbs(ctx, toks, i + n, e)
    if a < e and toks[i + n - 1].low in function_words(ctx.lang, "reflexive_pronoun") \
            and toks[a].low in function_words(ctx.lang, "topic_preposition"):
        return None  # "…, äußerten sich zu Themen, …": the reflexive verb's topic, no subject
    own = {p[1] for p, _ in lex.speech.get(toks[i].low, ()) if len(p) == 2}  # "berichteten … von"
    if n == 1 and own and a < e and (j := next(
            (k for k in range(a + 1, min(e, a + V2_SUBJECT_WORDS)) if toks[k].low in own or not toks[k].is_word
             or toks[k].low in lex.complementizers), e)) < e \
            and toks[j].low in own and (toks[a].upper or toks[a].low in lex.determiners or subject_like(ctx, toks, s, a, j)):
        c = j + 2 if j + 2 < e and toks[j + 1].low in lex.complementizers else j + 1  # "varnar X för att C"
        return j, c, []  # "Nach dem Unfall berichteten Zeugen von einem Knall", "I går meldte politiet om C"
    if citing(lex, toks, a, e):
        return None  # "Der Sender berichtete unter Berufung auf Y, C": a citing phrase, no subject, follows the verb
    if a < e and (found := _article_subject(ctx, toks, a, e)):
        return found[0], found[1], []  # "Am Abend sagte der Sprecher, …": "der" is no dative
    if a >= e or toks[a].low in lex.prepositions or toks[a].low in lex.closed.recipient \
            and not count_determiner(toks, a, e, lex):  # (Danish/Norwegian "to" is two: "siger to læger")
        return None  # "bekräftar för SVT att": a recipient, not an inverted subject
    pronoun = (lex.pronouns.get(toks[a].low) == "person" or toks[a].low in lex.first_person) and not (
        toks[a].low in lex.determiners and a + 1 < e and toks[a + 1].is_word
        and (not is_finite_verb(toks[a + 1], lex) or toks[a + 1].low in function_words(ctx.lang, "participle_noun"))
        and toks[a + 1].low not in lex.complementizers)  # "oplyser de ukrainske styrker", "den tiltalte": an article
    head = suspended(lex, toks, a, e)  # "sundheds- og ældreminister X": from the compound's head
    j = a + 1 if pronoun else np_end(ctx, toks, head, e, lex.closed.recipient)
    if lex.konjunktiv and toks[a].low in lex.determiners:
        j = _count_at(ctx, toks, a + 2, j)  # "Am Montag zählte die Polizei drei Verletzte": the count is no subject
    if loose and not subject_like(ctx, toks, s, a, j):
        return None  # "Dermed sa søndag …", "Omvendt sa til NTB …": no subject after the cue
    if j == a or j - head > V2_SUBJECT_WORDS or toks[j - 1].low in lex.first_person and not (
            j == a + 1 and toks[a].low in function_words(ctx.lang, "generic_subject")):  # "befarar man att"
        return None
    if j + 1 < e and (toks[j].low in lex.complementizers or toks[j].text == ":"):
        return j, j + 1, []  # (also "Dann sagte Huber: C")
    if lex.konjunktiv and (c := past_apposed_name(toks, j, e)) > j and c < e and (
            toks[c].low in lex.complementizers or any(t.low in lex.konjunktiv for t in toks[c:c + 4])):
        return j, c + (toks[c].low in lex.complementizers), []  # "sagte die Sprecherin, Eva Roth, C"
    if (after := _apposition_end(ctx, toks, j, e)) is not None:
        return j, after, []  # "fortæller Anna Berg, direktør i X, at …": the apposition is no content
    start, vias = after_cue(ctx, toks, j, e, "speech")
    if start == j and lex.konjunktiv and j + 1 < e and toks[j].text == "," and toks[j + 1].is_word:
        start = j + 1  # German reported speech without "dass": "sagte ein Sprecher, man prüfe …"
    if start > j or (pronoun and start < e and toks[start].is_word):  # "sa han til NTB at", "sa han det var …"
        return j, start, vias
    if lex.konjunktiv and start == j and _object_after(ctx, toks, a, j, e):
        return j, j, []  # "Später bestätigte das Unternehmen die Schließung.": the object is what was said
    if start == j and (obj := inverted_expect(ctx, toks, i, n, j, e)) is not None:
        return j, obj, []  # "Derudover venter banken nu et lavere overskud": the forecast
    return (j, j, []) if start == j and shapes.same_object(ctx, toks, j, e) else None  # "I dag uppger X samma sak"


def _told(lex: Lexicon, low: str) -> bool:
    """A cue of telling ("fortalte"/"told" class told): its object may stand after it with a subject first."""
    return any(c == "told" for _, c in lex.speech.get(low, ()))


def suspended(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """The head of a suspended compound at toks[a] ("sundheds- og ældreminister", "kultur- og kirkeminister"):
    the word after "-" and a coordinator; a when there is none."""
    if a + 3 < e and toks[a].is_word and toks[a + 1].text == "-" and toks[a + 2].low in lex.coordinators \
            and toks[a + 3].is_word and toks[a + 1].start == toks[a].end:
        return a + 3
    return a


def past_adverbs(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """Past adverbs between an inverted cue and its subject ("Am Abend sagte auch der Minister, C", "I går meldte
    for eksempel politiet at C"): the first word of the subject, or a when none stands there or no subject follows."""
    lex = ctx.lex
    if lex.konjunktiv:
        k = adverbs_end(lex, toks, a, e)
        return k if k > a and (toks[k].upper or toks[k].low in lex.determiners) else a
    if not lex.profile.v2:
        return a
    k = v2_adverbs_end(ctx, toks, a, e)
    return k if k > a and _nordic_subject_start(ctx, toks, k) else a


def _nordic_subject_start(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether a Nordic subject may open at toks[k] after adverbs: a word that is no complementizer,
    preposition, recipient, auxiliary or time word ("sa også at", "sa også til NRK", "sa også tirsdag")."""
    lex, t = ctx.lex, toks[k]
    return t.is_word and t.low not in lex.complementizers and t.low not in lex.prepositions \
        and t.low not in lex.closed.recipient and t.low not in lex.auxiliaries and t.low not in lex.modals \
        and t.low not in lex.weekdays and not time_word(t.low, lex.times)


def _object_after(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> bool:
    """Whether an article's noun phrase toks[a:j] after a German V2 cue is followed by an object opened by an
    article that closes the sentence ("bestätigte das Unternehmen die Schließung des Werks."): the first is
    the subject, the second what was said."""
    lex = ctx.lex
    if toks[a].low in lex.determiners and j < e and _count_first(ctx, toks, j, e):
        return True  # "Allerdings zählt die Gruppe nur 500 Tote", "meldete der Gouverneur zwei Tote": a count as the object
    if toks[a].low not in lex.determiners or j >= e or toks[j].low not in lex.determiners:
        return False
    k = np_end(ctx, toks, j, e)
    while j + 1 < k < e - 1 and toks[k].low in lex.prepositions and (m := np_end(ctx, toks, k + 1, e)) > k + 1:
        k = m  # "erwarten die Analysten einen Gewinn | von 20 Millionen Euro.": the object's attributes
    return k > j + 1 and only_punct(toks, k, e)


def _count_first(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """A number in the first words of an object ("300 Tote", "nur 500 Tote", "mehr als 1400", "zwei weitere
    Todesopfer"; not the article "ein")."""
    k = next((m for m in range(j, min(e, j + COUNT_WORDS)) if not toks[m].is_word and not toks[m].text[:1].isdigit()),
             min(e, j + COUNT_WORDS))  # (the words before a comma or the full stop)
    return _count_at(ctx, toks, j, k) < k


COUNT_WORDS: Final = 3  # words from the object's start to its number ("mehr als 1400")


def _count_at(ctx: Ctx, toks: list[Tok], k: int, j: int) -> int:
    """The first number word or figure in toks[k:j] (not the article "ein"), else j: where a German
    article's noun phrase before an object that is a count ends."""
    words = number_entries(ctx.lang)
    return next((m for m in range(k, j) if toks[m].text[:1].isdigit()
                 or toks[m].low in words and toks[m].low not in ctx.lex.closed.indefinite), j)


GENITIVE_WORDS: Final = 4  # a genitive article and the words of its name before a count ("der Region Donezk zwei")


def _article_subject(ctx: Ctx, toks: list[Tok], a: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of the content) of an inverted subject opened by a German article that may
    be a dative ("der"), when the content follows it at once: "Am Abend sagte der Sprecher, die Lage sei
    ruhig" has no other subject ("sagte der Zeitung ein Sprecher" has). None when it is not that shape."""
    lex = ctx.lex
    if toks[a].low not in lex.dative_definite or toks[a].low not in lex.closed.recipient:
        return None
    j = np_end(ctx, toks, a + 1, e, lex.closed.recipient)
    if j + 2 < e and toks[j].low in lex.genitive_article and (k := _count_at(ctx, toks, j + 2, min(e, j + GENITIVE_WORDS))) < \
            min(e, j + GENITIVE_WORDS) and all(t.upper for t in toks[j + 1:k]):
        j = k  # "meldete der Gouverneur der Region Donezk zwei Tote": a genitive before the count is the subject's
    elif j + 1 < e and toks[j].low in lex.genitive_article and not genitive_tail(ctx, toks, j, e)[1] \
            and (g := genitive_tail(ctx, toks, j, e)[0]) < e and toks[g].text in ",:":
        j = g  # "sagte der Sprecher der Stadt, dass C": the genitive is the subject's (not a medium told)
    if j == a + 1 or j - a > V2_SUBJECT_WORDS or j + 1 >= e or media_name(toks[a + 1:j], lex):
        return None
    if toks[j].low in lex.complementizers or toks[j].text == ":":
        return j, j + 1  # "Am Abend sagte der Sprecher: C"
    if _object_after(ctx, toks, a, j, e):
        return j, j  # "Am Abend bestätigte der Sprecher die Angaben."
    if toks[j].text != ",":
        return None
    if (c := past_apposed_name(toks, j, e)) > j:  # "sagte der Sprecher der Stadt, Hans Maier, dass C"
        if toks[c].low in lex.complementizers or _object_after(ctx, toks, a, c, e):
            return j, c + (toks[c].low in lex.complementizers)  # ("meldete der Gouverneur, X Y, zwei Tote")
        return (j, c) if any(t.low in lex.konjunktiv for t in toks[c:c + 4]) else None
    if toks[j + 1].low in lex.complementizers:
        return j, j + 2
    return (j, j + 1) if any(t.low in lex.konjunktiv for t in toks[j + 1:j + 5]) else None


V2_SUBJECT_WORDS: Final = 6  # the longest subject read after an inverted cue ("sa britisk etterretning at")


APPOSITION_WORDS: Final = 12  # the longest apposition read between an inverted subject and its complementizer


def _apposition_end(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int | None:
    """Where the content starts after an apposition closed by ", at": "fortæller Anna Berg, direktør i X (Y),
    at …" (the words after the complementizer), else None. No finite verb stands in the apposition."""
    lex = ctx.lex
    if j + 2 >= e or toks[j].text != ",":
        return None
    for k in range(j + 1, min(e - 1, j + 1 + APPOSITION_WORDS)):
        t = toks[k]
        if t.text == ",":
            return k + 2 if k > j + 1 and toks[k + 1].low in lex.complementizers else None
        if t.text in ".;:!?" or t.low in lex.complementizers or t.low in lex.relatives or (
                t.is_word and not t.upper and is_finite_verb(t, lex) and not word_type(t.low, ctx.lang)):
            return None
    return None


def _charged_object(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> bool:
    """Whether the cue at toks[i:i + n] is a verb of accusing or praising (`charge_verb`) whose object the charge's
    preposition (`charge_for`) follows within a few words ("beskylder regeringen for at C"): that object is the one
    accused, so the word before the cue is the subject, no fronted adverb."""
    if toks[i].low not in function_words(ctx.lang, "charge_verb"):
        return False
    charge = function_words(ctx.lang, "charge_for")
    return any(toks[k].low in charge for k in range(i + n + 1, min(e, i + n + 1 + CHARGED_OBJECT)))


CHARGED_OBJECT: Final = 4  # words of the accused between the verb and its charge ("beskylder den nye regering for")
