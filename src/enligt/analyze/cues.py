"""Attribution cues: reporting verbs, prepositional cues, evidence verbs and hearsay markers.

All words come from data files under `lang/<code>/` (see docs/attribution.md); this module turns
them into a `Lexicon` per language and matches them at a token position. Matching is a dict
lookup on the lower-cased token plus a bounded look-ahead, so it costs O(1) per token. The phrasal
look-alikes of a cue ("säger upp", "hurtigere end ventet") are told apart in phrasal.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial
from typing import Final

from enligt.analyze.sentences import Tok
from enligt.lang import Profile, all_function_words, function_words, profile, table, words, wordset

_GAP: Final = 3  # adverbs allowed inside a split marker: "ska också ha", "soll … worden sein"


@dataclass(frozen=True)
class Closed:
    """The function words the attribution rules read whatever the article's language
    (`lang.all_function_words`: every language's `function_words.tsv` and the root one)."""

    adjective_article: frozenset[str]
    adjective_ending: tuple[str, ...]
    adjective_suffix: tuple[str, ...]
    after_cue: frozenset[str]
    antecedent_pronoun: frozenset[str]
    anonymity: frozenset[str]
    and_: frozenset[str]
    apposition_article: frozenset[str]
    as_: frozenset[str]
    as_clause: frozenset[str]
    be: frozenset[str]
    but: frozenset[str]
    dative_definite: frozenset[str]
    definite_article: frozenset[str]
    from_place: frozenset[str]
    honorific: frozenset[str]
    hyphen_and: frozenset[str]
    indefinite: frozenset[str]  # every indefinite article, inflected forms too
    indefinite_base: frozenset[str]  # the articles that open an apposition or an adjective phrase
    intro: frozenset[str]
    name_and: frozenset[str]
    name_article: frozenset[str]
    name_glue: frozenset[str]
    name_link: frozenset[str]
    name_preposition: frozenset[str]
    neuter_indefinite: frozenset[str]
    np_stop: frozenset[str]
    on: frozenset[str]
    origin: frozenset[str]
    posted_by: frozenset[tuple[str, ...]]
    recipient: frozenset[str]
    recipient_prep: frozenset[str]
    recording: frozenset[str]
    reflexive: frozenset[str]
    relaying: frozenset[str]
    share: frozenset[str]
    share_time: frozenset[str]
    tag_adverbial: frozenset[str]
    tag_stop: frozenset[str]  # recipients and the words that open an adverbial after a speech verb
    time_preposition: frozenset[str]
    title: frozenset[str]
    to: frozenset[str]
    web_place: tuple[str, ...]
    where: frozenset[str]


def closed() -> Closed:
    """`_closed_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _CLOSED_KEPT:
        _CLOSED_KEPT.append(_closed_built())
    return _CLOSED_KEPT[0]


_CLOSED_KEPT: Final[list[Closed]] = []


def _closed_built() -> Closed:
    """The cached function words read across languages."""
    w = all_function_words
    posted = frozenset(tuple(p.split()) for p in w("posted_by"))
    return Closed(
        adjective_article=w("adjective_article"), adjective_ending=tuple(sorted(w("adjective_ending"))),
        adjective_suffix=tuple(sorted(w("adjective_suffix"))), after_cue=w("after_cue"),
        antecedent_pronoun=w("antecedent_pronoun"), anonymity=w("anonymity"), and_=w("and"),
        apposition_article=w("apposition_article"), as_=w("as"), as_clause=w("as_clause"), be=w("be"), but=w("but"),
        dative_definite=w("dative_definite"), definite_article=w("definite_article"), from_place=w("from_place"),
        honorific=w("honorific"), hyphen_and=w("hyphen_and"), indefinite=w("indefinite"),
        indefinite_base=w("apposition_article", "adjective_article"), intro=w("intro"), name_and=w("name_and"),
        name_article=w("name_article"), name_glue=w("name_glue"), name_link=w("name_link"),
        name_preposition=w("name_preposition"), neuter_indefinite=w("neuter_indefinite"), np_stop=w("np_stop"),
        on=w("on"), origin=w("origin"), posted_by=posted, recipient=w("recipient"), recipient_prep=w("recipient_prep"),
        recording=w("recording"), reflexive=w("reflexive"), relaying=w("relaying"), share=w("share"),
        share_time=w("share_time"), tag_adverbial=w("tag_adverbial"), tag_stop=w("recipient", "tag_stop"),
        time_preposition=w("time_preposition"), title=w("title"), to=w("to"),
        web_place=tuple(sorted(w("web_place"))), where=w("where"),
    )


@dataclass(frozen=True)
class Lexicon:
    """Every word list the attribution rules of one language use, its profile, and the function
    words read across languages (`closed`)."""

    lang: str
    profile: Profile
    closed: Closed
    speech: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    prep: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    hearsay: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    hearsay_relative: frozenset[str]  # cue texts of markers that are hearsay only in a relative clause ("skal være")
    hearsay_state: frozenset[str]  # cue texts of markers that are hearsay only before an event's state ("skulle være")
    evidence: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    phrasal: dict[str, frozenset[str]]
    separable: dict[str, frozenset[str]]  # a verb form's particles: "wies" -> zurück, hin
    verb_preposition: frozenset[str]  # prepositions of the verb, never of a source noun ("laut X | auf eine Reihe …")
    negation: frozenset[str]
    complementizers: frozenset[str]
    pronouns: dict[str, str]
    first_person: frozenset[str]
    plans: frozenset[str]
    relays: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    finite_verbs: frozenset[str]
    verb_suffixes: tuple[str, ...]
    present_participle: tuple[str, ...]  # German present participles, never finite ("bedauernd", "dringend")
    courts: frozenset[str]
    konjunktiv: frozenset[str]
    perfect_aux: frozenset[str]  # "hat", "hatte": the auxiliary of a verb-final perfect
    report_back: frozenset[str]  # "Demnach …": the sentence goes on from the report before
    sein_participle: frozenset[str]  # "gekommen sein" closes a perfect infinitive
    auxiliaries: frozenset[str]
    subordinators: frozenset[str]
    expletives: frozenset[str]
    relatives: frozenset[str]
    times: tuple[str, ...]
    # German case articles and modals (empty elsewhere): "der Sprecher | der Polizei", "soll … haben"
    genitive_article: frozenset[str]
    genitive_only: frozenset[str]
    case_tail: frozenset[str]  # articles after a speaker: a genitive of the speaker or a dative medium
    dative_definite: frozenset[str]
    article: frozenset[str]
    hearsay_modal: frozenset[str]
    perfect_infinitive: tuple[tuple[str, ...], ...]
    have: tuple[str, ...]  # a hearsay marker ending in this word takes a participle, not an object ("ska ha")
    affiliation: frozenset[str]  # between a full name and where the person serves: "Kari Lie i Vest politidistrikt"
    agent: frozenset[str]  # the preposition of a passive's agent: "confirmed by police" is no cue
    dative_preposition: frozenset[str]  # "erklärte gegenüber dem Sender": the one told follows
    call: dict[str, str]  # "kaldt … for", "bezeichnete … als": the particle a naming verb needs to report words
    fronted: dict[str, str]  # V2 openers: word -> "adv" (a fronted adverb) or "prep" (opens a fronted phrase)
    noun_verbs: frozenset[str]  # cue forms that are also nouns (en: "state", "reports"); see wordclass.py
    noun_openers: dict[str, str]  # words that open a noun phrase: "det" or "prep"
    noun_followers: frozenset[str]  # words after which a cue form is a noun ("the report was")
    not_plural: frozenset[str]  # words in -s that are no plural nouns ("news", "series")
    coordinators: frozenset[str]  # "and", "but": subordinators that open no fronted adverbial clause
    participle_openers: frozenset[str]  # "after", "by": before a participle cue ("after saying C")
    question_words: frozenset[str]  # "whether", "what": open a reported question
    call_particles: frozenset[str]  # "for", "on": a "call" that names nothing ("called for")
    sentence_adverbs: frozenset[str]  # "earlier", "reluctantly": open a fronted adverbial, never a subject
    weekdays: frozenset[str]
    modals: frozenset[str]  # "would", "could": a cue after them reports nothing said
    infinitive_markers: frozenset[str]  # "to": nor after them
    free_relatives: frozenset[str]  # "what": "in what analysts described as C"
    question_auxiliaries: frozenset[str]  # "does": "What does it say about us?"
    participle_endings: tuple[str, ...]  # "ed": a past participle opens a fronted phrase (function_words.tsv)
    adverb_endings: tuple[str, ...]  # "ly": so does a lower-case adverb
    intro_end: frozenset[str]  # "later", "ago": close a fronted phrase ("A few minutes later, X said")
    focus: frozenset[str]  # "even": a focusing adverb before a subject ("Even Ann Lee said")
    floating: frozenset[str]  # "both": a quantifier after its subject ("The mayors both said")
    object_pronouns: frozenset[str]  # "me", "us": "Let me tell you" reports nothing
    recipient_prep: frozenset[str]  # this language's own: Danish "bekræfter to døde" has no English "to"


def _multi(rows: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Index phrases by their first word; longest phrase first so matching is greedy."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in rows:
        phrase = tuple(row[0].lower().split())
        out.setdefault(phrase[0], []).append((phrase, row[1] if len(row) > 1 else ""))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


def _contracted(rows: tuple[tuple[str, ...], ...], pairs: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The rows, and for each two-word speech cue that ends in a preposition of `pairs` ("von vom") the same cue with
    the preposition's contraction ("sprach von" -> "sprach vom")."""
    short = dict(p.split() for p in pairs if len(p.split()) == 2)
    extra = [(f"{w[0]} {short[w[1]]}", *row[1:]) for row in rows if len(row) > 1 and row[1] == "speech"
             and len(w := row[0].lower().split()) == 2 and w[1] in short]
    return rows + tuple(extra)


def _forms(rows: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in rows:
        for form in row[0].lower().split():
            out[form] = out.get(form, frozenset()) | frozenset(row[1].lower().split())
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    """The cached lexicon of `lang` (sv, en, no, da, de)."""
    hearsay = []
    relative_only, state_only = set(), set()
    for line in words(lang, "hearsay"):
        pattern, _, rest = line.partition("\t")
        cue, _, where = rest.partition("\t")
        hearsay.append((tuple(pattern.lower().split()), cue.strip()))
        if where.strip() in ("relative", "state"):
            relative_only.add(cue.strip().lower())
        if where.strip() == "state":
            state_only.add(cue.strip().lower())
    particles: dict[str, set[str]] = {}
    for row in table(lang, "separable"):
        for form in row[0].lower().split():
            particles.setdefault(form, set()).add(row[1].lower())
    separable = {form: frozenset(p) for form, p in particles.items()}
    fw = partial(function_words, lang)
    return Lexicon(
        lang=lang,
        profile=profile(lang),
        closed=closed(),
        speech=_multi(_contracted(table(lang, "cues_speech"), fw("contracted_preposition"))),
        prep=_multi(table(lang, "cues_prep")),
        hearsay={w: tuple(h for h in hearsay if h[0][0] == w) for w in {h[0][0] for h in hearsay}},
        hearsay_relative=frozenset(relative_only),
        hearsay_state=frozenset(state_only),
        evidence=_multi(table(lang, "evidence")),
        phrasal=_forms(table(lang, "phrasal")),
        separable=separable,
        verb_preposition=fw("verb_preposition"),
        negation=wordset(lang, "negation"),
        complementizers=wordset(lang, "complementizers"),
        pronouns={r[0].lower(): r[1] for r in table(lang, "pronouns")},
        first_person=wordset(lang, "first_person"),
        plans=wordset(lang, "plans"),
        relays=tuple(tuple(w.lower().split()) for w in words(lang, "relays")),
        determiners=wordset(lang, "determiners"),
        prepositions=wordset(lang, "prepositions"),
        finite_verbs=wordset(lang, "finite_verbs"),
        verb_suffixes=tuple(words(lang, "verb_suffixes")),
        present_participle=tuple(sorted(fw("present_participle"))),
        courts=wordset(lang, "courts"),
        konjunktiv=wordset(lang, "konjunktiv"),
        perfect_aux=fw("perfect_aux"),
        report_back=fw("report_back"),
        sein_participle=fw("sein_participle"),
        auxiliaries=wordset(lang, "auxiliaries"),
        subordinators=wordset(lang, "subordinators"),
        expletives=wordset(lang, "expletives"),
        relatives=wordset(lang, "relatives"),
        times=words(lang, "times") or words(None, "times"),  # a language's own list, else the shared one
        genitive_article=fw("genitive_article"),
        genitive_only=fw("genitive_only"),
        case_tail=fw("genitive_definite") | fw("dative_definite"),
        dative_definite=fw("dative_definite"),
        article=fw("article"),
        hearsay_modal=fw("hearsay_modal"),
        perfect_infinitive=tuple(tuple(p.split()) for p in sorted(fw("perfect_infinitive"))),
        have=tuple(" " + h for h in sorted(fw("have"))),
        affiliation=fw("affiliation"),
        agent=fw("agent"),
        dative_preposition=fw("dative_preposition"),
        call={r[0].lower(): r[2].lower() for r in table(lang, "cues_speech") if len(r) > 2 and r[1] == "call"},
        fronted={r[0].lower(): r[1] for r in table(lang, "fronted") if len(r) > 1},
        noun_verbs=wordset(lang, "noun_verbs"),
        noun_openers={r[0].lower(): r[1] for r in table(lang, "noun_openers") if len(r) > 1},
        noun_followers=wordset(lang, "noun_followers"),
        not_plural=wordset(lang, "not_plural"),
        coordinators=wordset(lang, "coordinators"),
        participle_openers=wordset(lang, "participle_openers"),
        question_words=wordset(lang, "question_words"),
        call_particles=wordset(lang, "call_particles"),
        sentence_adverbs=wordset(lang, "sentence_adverbs"),
        weekdays=wordset(lang, "weekdays"),
        modals=wordset(lang, "modals"),
        infinitive_markers=wordset(lang, "infinitive_markers"),
        free_relatives=wordset(lang, "free_relatives"),
        question_auxiliaries=wordset(lang, "question_auxiliaries"),
        participle_endings=tuple(sorted(fw("past_participle_ending"))),
        adverb_endings=tuple(sorted(fw("adverb_ending"))),
        intro_end=fw("intro_end"),
        focus=fw("focus"),
        floating=fw("floating_quantifier"),
        object_pronouns=fw("object_pronoun"),
        recipient_prep=fw("recipient_prep"),
    )


def triggers(lang: str) -> frozenset[str]:
    """`_triggers_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _TRIGGERS_KEPT.get(lang)
    if got is None:
        got = _TRIGGERS_KEPT.setdefault(lang, _triggers_built(lang))
    return got


_TRIGGERS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _triggers_built(lang: str) -> frozenset[str]:
    """Every word that can start a cue, a hearsay marker or an evidence phrase: the one-pass pre-filter."""
    lex = lexicon(lang)
    return frozenset(lex.speech) | frozenset(lex.separable) | frozenset(lex.prep) | frozenset(lex.evidence) \
        | frozenset(lex.hearsay) | function_words(lang, "visible_verb") | function_words(lang, "genitive_report_prep") \
        | frozenset(r[1].split()[0] for r in table(lang, "figure_verbs") if r[0] == "verb")  # figureverbs.py


def match_phrase(toks: list[Tok], i: int, end: int, index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
                 ) -> tuple[int, str] | None:
    """Longest phrase of `index` starting at toks[i]: (number of tokens, its class)."""
    cands = index.get(toks[i].low)
    if not cands:
        return None
    for phrase, cls in cands:
        n = len(phrase)
        if i + n <= end and (n == 1 or all(toks[i + k].low == phrase[k] for k in range(1, n))):  # (one word: no generator)
            return n, cls
    return None


def split_phrase(toks: list[Tok], i: int, end: int, index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
                 ) -> tuple[int, int, str] | None:
    """A phrase of three or more words of `index` whose verb toks[i] stands apart from the rest, a V2 subject between
    ("går polisen ut med uppgifter"): (where the rest starts, the index after it, its class), else None."""
    for phrase, cls in index.get(toks[i].low, ()):
        n = len(phrase)
        if n < SPLIT_PHRASE_WORDS:
            continue
        for p in range(i + 2, min(end - n + 2, i + 2 + SPLIT_SUBJECT_WORDS)):
            if not toks[p - 1].is_word:
                break
            if all(toks[p + k - 1].low == phrase[k] for k in range(1, n)):
                return p, p + n - 1, cls
    return None


SPLIT_PHRASE_WORDS: Final = 3  # the shortest phrase read split ("går … ut med uppgifter"; not "talar … om")
SPLIT_SUBJECT_WORDS: Final = 4  # the longest subject between its verb and the rest ("går kommunens presschef Eva Ek ut")


def match_hearsay(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """A hearsay marker starting at toks[i]: (index after its last token, cue text), else None.

    A "*" in a pattern allows up to three words in between ("ska enligt uppgifter ha").
    """
    for pattern, cue in lex.hearsay.get(toks[i].low, ()):
        k, ok, used = i + 1, True, [toks[i].text]
        pi = 1
        while pi < len(pattern):
            if pattern[pi] == "*":
                target = pattern[pi + 1]
                if target.startswith("@"):  # a class of function_words.tsv: "ska * @hearsay_supine" ("ska X varit")
                    k, hit = _class_after(toks, k, end, lex, function_words(lex.lang, target[1:]))
                else:
                    k, hit = _word_after(toks, k, end, target)
                if not hit:
                    ok = False
                    break
                used.append(toks[k].text)
                k += 1
                pi += 2
                continue
            if k >= end or toks[k].low != pattern[pi]:
                ok = False
                break
            used.append(toks[k].text)
            k += 1
            pi += 1
        if ok:
            return k, cue or " ".join(used)
    return None


def _word_after(toks: list[Tok], k: int, end: int, target: str) -> tuple[int, bool]:
    """`target` at toks[k] or past up to three words ("ska * ha": "ska hon ha"): (its index, found)."""
    gap = 0
    while k < end and toks[k].low != target and gap < _GAP and toks[k].is_word:
        k += 1
        gap += 1
    return k, k < end and toks[k].low == target


def _class_after(toks: list[Tok], k: int, end: int, lex: Lexicon, words: frozenset[str]) -> tuple[int, bool]:
    """The first word of `words` at toks[k] or past up to three words that are no verb and open no clause of their
    own ("ska rykten börjat"; not "ska byggas och har varit", "ska se om det varit"): (its index, found)."""
    gap = 0
    while k < end and toks[k].low not in words and gap < _GAP and toks[k].is_word and not _gap_stop(toks[k], lex):
        k += 1
        gap += 1
    return k, k < end and toks[k].low in words


def _gap_stop(tok: Tok, lex: Lexicon) -> bool:
    """A word that ends the gap before a class target: a verb (finite, or an infinitive by its ending, `infinitive_end`:
    "ska utreda om det funnits") or a word that opens a clause of its own."""
    low = tok.low
    ends = function_words(lex.lang, "infinitive_end")
    return low in lex.have or low in lex.coordinators or low in lex.complementizers or low in lex.subordinators \
        or low in lex.relatives or low in function_words(lex.lang, "supine_gap_stop") or is_finite_verb(tok, lex) \
        or (bool(ends) and len(low) > 3 and low.endswith(tuple(ends)) and low not in lex.determiners
            and low not in lex.pronouns and low not in function_words(lex.lang, "participle_quantifier"))


def negated(toks: list[Tok], i: int, n: int, end: int, lex: Lexicon) -> bool:
    """A negation next to the cue ("did not say", "vill inte kommentera", "bestätigte dies nicht")."""
    for k in range(i - 1, max(-1, i - 3), -1):
        if not toks[k].is_word or (k < i - 1 and len(toks[k + 1].low) > 4 and toks[k + 1].low.endswith("ed")):
            break  # "a neighbour who was not identified said": the negation is the participle's
        if toks[k].low in lex.negation or toks[k].low.endswith(("n't", "n’t")):
            # (not a negated opinion, listed after its verb, in a clause's order: "at brannvesenet ikke tror C")
            # (nor "Heller ikke fylket tror at C": the negation before the subject)
            return not (n == 1 and k >= i - 2 and any(p == (toks[i].low, toks[k].low) for p, _ in lex.speech.get(
                toks[i].low, ())))
    if n > 1 and toks[i + n - 1].low in function_words(lex.lang, "reflexive_pronoun"):
        return False  # "säger sig inte ha …": the negation is the claim's
    stop = min(end, i + n + lex.profile.negation_reach)
    for k in range(i + n, stop):
        if toks[k].low in lex.complementizers or not toks[k].is_word:
            break
        if toks[k].low in lex.negation:
            # (not a clause without its complementizer, negation before its verb: "sier det ikke er riktig", a
            # negative subject: "sier ingenting tyder på at C")
            return not (lex.profile.v2 and not lex.profile.capitalised_nouns and k + 1 < end
                        and not toks[k + 1].upper and is_finite_verb(toks[k + 1], lex))
    return False


_FINITE: Final[dict[tuple[str, str], bool]] = {}  # (language, word) -> is_finite_verb, bounded below


def is_finite_verb(tok: Tok, lex: Lexicon) -> bool:
    """A finite verb by list or ending: what closes a fronted source phrase in V2 languages."""
    if lex.profile.capitalised_nouns:  # a lower-case word that is no determiner is a verb
        if tok.low in lex.finite_verbs or tok.low in lex.speech:
            return True
        return tok.is_word and tok.text[0].islower() and tok.low not in lex.determiners and "." not in tok.text \
            and not tok.low.endswith(lex.present_participle)  # "e.V"; "sagte er bedauernd": no finite verb ends so
    key = (lex.lang, tok.low)
    hit = _FINITE.get(key)
    if hit is None:  # the rules ask about the same words again and again: look each up once
        low = tok.low
        hit = low in lex.finite_verbs or low in lex.speech or (
            len(low) > 4 and bool(lex.verb_suffixes) and low.endswith(lex.verb_suffixes)
            and lex.fronted.get(low) != "adv")  # not "allerede", "således": an adverb with a verb's ending
        if len(_FINITE) > 200_000:
            _FINITE.clear()
        _FINITE[key] = hit
    return hit
