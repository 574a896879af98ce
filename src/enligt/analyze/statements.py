"""A claim a statement noun labels, the noun opening its sentence (sv/no/da/en): "Hans kommentar var att C",
"Polisens bedömning är att C", "Vurderingen fra politiet er, at C", "Her account was that C". The owner of the
noun (a possessive, a genitive, or the phrase after "från"/"fra" behind a definite noun) is the source, the noun
the cue; the claim follows a copula ("är", "er", "lyder", "was") and its complementizer, in Danish often after a
comma. The words are `statement_owner`, `statement_noun`, `statement_label`, `statement_copula`,
`statement_not_owner` and `source_preposition` of `function_words.tsv`."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_MARKS: Final = frozenset("”“«»\"„")  # marks around a statement quoted whole
_OPENERS: Final = _MARKS | frozenset({"'", "‘", "’", "-", "–", "—"})  # marks that may open a cleft's sentence
STATEMENT_REACH: Final = 14  # words between a statement noun and its copula ("till beslutet som kom i går")
OWNER_WORDS: Final = 4  # words of a genitive owner before its noun ("Den nya regeringens", "Region Skånes")
_VERB_ENDS: Final = ("ed", "ing")  # a verb before a report noun in English ("lowering an earlier estimate by X that C")


def statement_noun(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """The claim a statement noun opening the sentence labels, after a leading coordinator ("Men polisens
    bedömning är att C"), or the clause before a comma, a copula and the noun closing it ("C, är företagets
    besked", "C, lyder beskeden fra X"); None when the sentence has no such frame."""
    lang = ctx.lang
    if (d := _closing(ctx, toks, s, e)) is not None:
        return d
    if s + 4 < e and toks[s].low in ctx.lex.coordinators:
        s += 1  # "Men hans bedömning är att C"
    if s + 4 >= e or not _nouns(lang):
        return None
    opening = _owner(ctx, toks, s, e - 3)
    if opening is None:
        return cleft_statement(ctx, toks, s, e) or _joined_cleft(ctx, toks, s, e)
    n, src, stop = opening
    copula = function_words(lang, "statement_copula")
    for k in range(n + 1, min(e - 2, n + 1 + STATEMENT_REACH)):
        if toks[k].low in copula:
            a = k + 2 if toks[k + 1].text == "," and k + 2 < e else k + 1  # da "Vurderingen … er, at C"
            if toks[a].low not in ctx.lex.complementizers:
                continue  # (past "som var där")
            if stop is not None:
                src = tuple(toks[stop:k])  # "Beskedet från regionen är att": the phrase after "från"
                if not src or any(not t.is_word for t in src):
                    return None
            return _draft(ctx, toks, a + 1, e, n, src)
        if not toks[k].is_word:
            return None  # ("Hans kommentar, som kom i går, …": no label of one claim)
    return None


def cleft_statement(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """"Det er udvalgets opfattelse, at C", "Overordnet set er det ministeriets vurdering, at C", "Det är polisens
    bedömning att C": an expletive and a copula (either order, after up to CLEFT_LEAD fronted words), an owner and
    its statement noun, the complementizer; the owner may hold a preposition ("Udvalget for Forretningsordenens").
    Also read inside a quotation another record holds ("'Det er X's opfattelse, at C,' står der i brevet")."""
    lex, copula = ctx.lex, function_words(ctx.lang, "statement_copula")
    while s < e and not toks[s].is_word and toks[s].text in _OPENERS:
        s += 1  # "'Overordnet set er det …'" quoted whole, or a quotation's dash
    for k in range(s, min(e - 4, s + CLEFT_LEAD + 1)):
        if not toks[k].is_word:
            return None
        if k > s and toks[k].low in copula and toks[k + 1].low in lex.expletives \
                or k == s and toks[k].low in lex.expletives and toks[k + 1].low in copula:
            break  # "Overordnet set er det …", "Det er …"
    else:
        return None
    o = k + 2
    if (d := _cleft_from(ctx, toks, o, e)) is not None:
        return d
    nouns = _nouns(ctx.lang)
    n = next((m for m in range(o + 1, min(e - 2, o + 1 + OWNER_WORDS)) if toks[m].low in nouns), None)
    if n is None:
        return None
    owner = toks[o:n]
    possessive = n == o + 1 and owner[0].low in function_words(ctx.lang, "statement_owner")
    if not possessive and not _genitive_with_preposition(lex, ctx.lang, owner):
        return None
    a = n + 2 if toks[n + 1].text == "," else n + 1
    if a >= e - 1 or toks[a].low not in lex.complementizers:
        return None
    return _draft(ctx, toks, a + 1, e, n, tuple(owner))


def _cleft_from(ctx: Ctx, toks: list[Tok], o: int, e: int) -> Draft | None:
    """"Det er vurderingen fra indsatslederen, at C", "Det er meldingen fra politiet, at C": after the cleft's
    expletive and copula a definite statement noun (`statement_definite`), its source after "fra"/"från"
    (`source_preposition`), a comma or not, the complementizer."""
    lang = ctx.lang
    if o + 4 >= e or toks[o].low not in function_words(lang, "statement_definite") \
            or toks[o + 1].low not in function_words(lang, "source_preposition"):
        return None
    j = np_end(ctx, toks, o + 2, e)
    a = j + 1 if j < e and toks[j].text == "," else j
    if j == o + 2 or a >= e - 1 or toks[a].low not in ctx.lex.complementizers \
            or any(not t.is_word for t in toks[o + 2:j]):
        return None
    return _draft(ctx, toks, a + 1, e, o, tuple(toks[o + 2:j]))


def _joined_cleft(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """A cleft opening a clause joined after a comma and a coordinator ("Huset brænder, og det er vurderingen fra
    X, at C"): read as a cleft opening its sentence."""
    for k in range(s + 2, e - 4):
        if toks[k - 1].text == "," and toks[k].low in ctx.lex.coordinators \
                and (d := cleft_statement(ctx, toks, k + 1, e)) is not None:
            return d
    return None


def _genitive_with_preposition(lex: Lexicon, lang: str, owner: list[Tok]) -> bool:
    """A genitive owner whose head may take a prepositional phrase ("Udvalget for Forretningsordenens"): the words
    after the preposition are the genitive, the first a capitalised or lower-case noun, not the preposition."""
    if _genitive(lex, lang, owner):
        return True
    p = next((j for j in range(1, len(owner) - 1) if owner[j].low in lex.prepositions), None)
    return p is not None and _genitive(lex, lang, owner[p + 1:]) and all(
        t.is_word and t.low not in lex.prepositions and not is_finite_verb(t, lex) for t in owner[:p])


CLEFT_LEAD: Final = 3  # fronted words before the copula of a cleft ("Overordnet set er det …")


def _closing(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """"C, är företagets besked.", "C, lyder efterforskningslederens vurdering.", "C, lød beskeden fra X.": the
    clause before the comma, the owner the source."""
    copula, last = function_words(ctx.lang, "statement_copula"), e - 1 if not toks[e - 1].is_word else e
    k = next((m for m in range(last - 2, max(s + 1, last - 3 - OWNER_WORDS - STATEMENT_REACH // 2), -1)
              if toks[m].text == ","), None)
    if k is None or k + 3 > last or toks[k + 1].low not in copula or any(not t.is_word for t in toks[k + 1:last]):
        return None
    c = span(ctx, toks, s, k)
    at = _owner(ctx, toks, k + 2, last)
    if at is None or c is None:
        return None
    n, src, stop = at
    if stop is not None:
        src = tuple(toks[stop:last])
    elif n != last - 1:
        return None  # the noun closes the sentence ("C, är företagets besked.")
    return Draft((c,), (toks[n].start, toks[n].end), toks[n].text, src) if src else None


def _draft(ctx: Ctx, toks: list[Tok], a: int, e: int, n: int, src: tuple[Tok, ...]) -> Draft | None:
    c = span(ctx, toks, a, e)
    last = e - 1 if toks[e - 1].is_word or toks[e - 1].text in _MARKS else e - 2
    quoted = a < last and toks[a].text in _MARKS and toks[last].text in _MARKS  # "var att ”C”"
    return Draft((c,), (toks[n].start, toks[n].end), toks[n].text, src, direct=quoted) if c else None


def _owner(ctx: Ctx, toks: list[Tok], s: int, end: int) -> tuple[int, tuple[Tok, ...], int | None] | None:
    """(the noun's index (before end), the owner's tokens, where a source after "från"/"fra" starts or None): a possessive
    ("Hans bedömning"), a genitive of up to four words ("Polisens bedömning", "The council's position"), or a
    definite noun and a source preposition ("Beskedet från regionen")."""
    lang, nouns = ctx.lang, _nouns(ctx.lang)
    if s + 1 >= end:
        return None
    if toks[s + 1].low in nouns and toks[s].low in function_words(lang, "statement_owner"):
        return s + 1, (toks[s],), None
    if toks[s].low in function_words(lang, "statement_definite") and toks[s + 1].low in function_words(
            lang, "source_preposition"):
        return s, (), s + 2
    for n in range(s + 1, min(end, s + 1 + OWNER_WORDS + OWNER_ADJECTIVES)):
        if toks[n].low in nouns:
            g = _genitive_end(ctx, toks, s, n)  # "50-åringens enda förklaring": an adjective after the genitive
            return (n, tuple(toks[s:g]), None) if g > s else None
    return None


def _genitive_end(ctx: Ctx, toks: list[Tok], s: int, n: int) -> int:
    """The end of a genitive owner toks[s:g] before the statement noun at toks[n], past up to OWNER_ADJECTIVES
    lower-case adjectives between them in Swedish, Norwegian and Danish ("Polisens nya bedömning", "50-åringens enda
    förklaring"); s when there is none."""
    lex = ctx.lex
    between = OWNER_ADJECTIVES if lex.profile.v2 and not lex.profile.capitalised_nouns else 0  # (Nordic only)
    for g in range(n, max(s, n - between) - 1, -1):
        if g - s <= OWNER_WORDS and g > s and _genitive(lex, ctx.lang, toks[s:g]):
            return g
        if g < n and not (toks[g].is_word and not toks[g].upper and toks[g].low not in lex.prepositions
                          and not is_finite_verb(toks[g], lex) and toks[g].low not in lex.determiners):
            return s
    return s


OWNER_ADJECTIVES: Final = 2  # adjectives between a genitive owner and its statement noun ("hans enda officiella")


def _genitive(lex: Lexicon, lang: str, owner: list[Tok]) -> bool:
    """Whether the words are a genitive owner: words only, no verb or preposition, the last in -s (or "'s"), not a
    time word ("Dagens besked"); the endings are `genitive_suffix`."""
    g = owner[-1]
    if not g.is_word or len(g.low) < 3 or g.low in function_words(lang, "statement_not_owner"):
        return False
    if not g.low.endswith(_suffixes(lang)):
        return False
    return all(t.is_word and t.low not in lex.prepositions and not is_finite_verb(t, lex) for t in owner[:-1])


@cache
def _suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(function_words(lang, "genitive_suffix")))


def _nouns(lang: str) -> frozenset[str]:
    """`_nouns_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _NOUNS_KEPT.get(lang)
    if got is None:
        got = _NOUNS_KEPT.setdefault(lang, _nouns_built(lang))
    return got


_NOUNS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _nouns_built(lang: str) -> frozenset[str]:
    return function_words(lang, "statement_noun") | function_words(lang, "statement_label")


def authored_report(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> Draft | None:
    """English: a report noun (a cue form read as a noun), its author after "by"/"from" and its claim after "that"
    ("an earlier estimate by a local official that C", "reports from residents that C"; `report_author` in
    `function_words.tsv`): the author is the source, the noun the cue; not a relative clause ("a report by the
    agency that was published"), nor the subject of its sentence ("The claim by X that C was false": where C ends
    is not read), so a finite verb stands before the noun."""
    lex = ctx.lex
    if i + 4 >= e or toks[i + 1].low not in function_words(ctx.lang, "report_author") or not any(
            is_finite_verb(t, lex) or t.is_word and not t.upper and t.low.endswith(_VERB_ENDS) for t in toks[s:i]):
        return None
    j = np_end(ctx, toks, i + 2, e)
    if j == i + 2 or j + 1 >= e or toks[j].low not in lex.complementizers:
        return None
    nxt = toks[j + 1]
    if not nxt.is_word or is_finite_verb(nxt, lex) or nxt.low in lex.auxiliaries:
        return None  # "a report by the agency that was published"
    c = span(ctx, toks, j + 1, e)
    return Draft((c,), (toks[i].start, toks[i].end), toks[i].text, tuple(toks[i + 2:j])) if c else None


def rumoured_claim(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> Draft | None:
    """English: a claim noun right after a preposition of circumstance and before "that" and a clause ("amid claims
    that C", "despite reports that C"; `claim_circumstance` and `circumstance_claim` in `function_words.tsv`): a
    claim nobody is named for, the noun its cue and C its content, up to the comma of a fronted phrase ("Amid
    reports that C, shares fell"); not a relative clause ("amid reports that were denied")."""
    lex = ctx.lex
    if not s < i < e - 3 or toks[i - 1].low not in function_words(ctx.lang, "claim_circumstance") \
            or toks[i].low not in function_words(ctx.lang, "circumstance_claim") or toks[i + 1].low not in lex.complementizers:
        return None
    nxt = toks[i + 2]
    if not nxt.is_word or is_finite_verb(nxt, lex) or nxt.low in lex.auxiliaries or nxt.low in lex.modals:
        return None
    end = next((k for k in range(i + 3, e) if toks[k].text == ","), e) if i - 1 == s else e
    c = span(ctx, toks, i + 2, end)
    return Draft((c,), (toks[i].start, toks[i].end), toks[i].text, hearsay=True) if c else None
