"""A speaker's role and the organisation of the role in a tag, with the name in apposition after it ("sier
operasjonsleder i Nordland politidistrikt, Per Olsen"): where the speaker's phrase ends. Split out of v2clauses."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import np_end, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import described_name
from enligt.analyze.sourcetype import is_document
from enligt.analyze.spokenon import spoken_on
from enligt.analyze.via import closing_recipient, interview_recipient
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words
from enligt.lang.gazetteers import is_platform


def role_of_org(ctx: Ctx, toks: list[Tok], s: int, a: int, e: int) -> int:
    """The end of a speaker's phrase past the organisation of its role and the name in apposition after it:
    "sier operasjonsleder i Nordland politidistrikt, Per Olsen" (a tag-stop preposition after a role opens an
    adverbial only when no capitalised name follows it: "sier operasjonsleder i en pressemelding"); also past a
    second role before such a name ("sier vaktleder og skredvarsler i NVE, Per Olsen")."""
    if a + 1 < e and toks[a].low in function_words(ctx.lang, "document_owner") and toks[a + 1].upper \
            and is_document(toks[s:a], ctx.lex):
        return np_end(ctx, toks, a + 1, e, ctx.lex.closed.tag_stop)  # "viser oversikten til Nettselskapet": whose
        # overview, no medium told
    end, _ = _role_org(ctx, toks, s, a, e)
    if end == a and not ctx.lex.profile.capitalised_nouns and (placed := body_place(ctx, toks, s, a, e)) > a:
        return placed  # "…, skriver anklagemyndigheden ved Københavns Politi på X": a body and its place (German
        # capitalises every noun: "sagte die Polizei in Interviews")
    if end > a or not (a + 3 < e and toks[a].low in ctx.lex.coordinators and toks[a + 1].is_word
                       and not toks[a + 1].upper and word_type(toks[a - 1].low, ctx.lang) == "person"
                       and (word_type(toks[a + 1].low, ctx.lang) == "person" or not is_finite_verb(toks[a + 1], ctx.lex))):
        return end
    end, named = _role_org(ctx, toks, s, a + 2, e)
    if named:
        return end
    found = described_name(toks, a + 3, e, ctx.lex) if toks[a + 2].text == "," else None
    return found[1] if found else a


def _role_org(ctx: Ctx, toks: list[Tok], s: int, a: int, e: int) -> tuple[int, bool]:
    """role_of_org's end for a single role ending at toks[a], and whether a name in apposition closes it."""
    lex = ctx.lex
    if not (s < a < e - 1 and toks[a].low in lex.closed.tag_stop) or interview_recipient(toks, a, e, lex) \
            or toks[a].low in lex.dative_definite or toks[a].low in lex.dative_preposition or toks[a].low in lex.prep \
            or toks[a + 1].low in lex.weekdays or time_word(toks[a + 1].low, lex.times) \
            or (toks[a].low in lex.closed.to and closing_recipient(toks, a + 1, e, lex)[1]):
        return a, False  # (not "sagte der Minister im Interview mit X", "sagte der Landrat dem Sender Y": a
        # recipient; nor "sagte der Sprecher am Montag": a time; nor "säger borgmästaren enligt TT": a relay;
        # nor "sier departementsråden til VG": the medium told)
    if spoken_on(toks, a, e, lex) is not None:
        return a, False  # "säger statsministern i Ekot.": the medium spoken in closes the tag, no body of the role
    role = word_type(toks[a - 1].low, ctx.lang) == "person"
    if not role and not any(word_type(t.low, ctx.lang) == "person" for t in toks[s:a - 1]):
        return a, False
    b = a + 1
    if b + 3 < e and toks[b + 1].text == "-" and toks[b + 2].low in lex.coordinators and toks[b + 1].start == toks[b].end:
        b += 3  # a suspended compound: "ved Midt- og Vestsjællands Politi"
    k = _placed_body_end(ctx, toks, np_end(ctx, toks, b, e, lex.closed.tag_stop), e)
    if k == b or _org_words(toks, b, k) >= ROLE_ORG_WORDS:
        return a, False
    found = described_name(toks, k + 1, e, lex) if k + 1 < e and toks[k].text == "," else _placed_name(toks, k, e, lex)
    if found is None and role and _closing_name(toks, b, k):
        return k, True  # "fortæller vagtchef ved politiet Anders Hansen": the name closes the body's phrase
    if found is None and not (role and toks[a + 1].upper):
        return a, False  # a lower-case body only before the name: "sier vaktleder ved brannvesenet, Kari Holm"; a
        # body after the role's own: "sier klubbleder for X i Y, Per Holm" (not "sier leder for X i en melding")
    return (found[1], True) if found else (k, False)


def _placed_body_end(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """Past the place of a role's body when a name in apposition follows it ("förtroendeman i fabriken | i Norrby,
    Per Ek"): the place's end, else k."""
    lex = ctx.lex
    if not (k + 3 < e and toks[k].low in lex.closed.tag_stop and toks[k + 1].upper) or is_platform(toks[k + 1].low):
        return k
    m = np_end(ctx, toks, k + 1, e, lex.closed.tag_stop)
    return m if m + 1 < e and toks[m].text == "," and described_name(toks, m + 1, e, lex) else k


def _placed_name(toks: list[Tok], k: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """A place after a role's body and the full name right after it, with no comma ("vagtchef ved Fyns Politi | i
    Odense Ole Lund."): the name, which opens with a first name and ends the sentence or a clause; else None."""
    if not (k + 3 < e and toks[k].low in lex.closed.tag_stop and toks[k + 1].upper):
        return None
    n = k + 1
    while n < e and n - k <= PLACE_NAME_WORDS and toks[n].is_word and toks[n].upper:
        n += 1
    if n < e and toks[n].is_word and not _time_after(toks, n, e, lex):
        return None
    first = next((f for f in range(k + 2, n - 1) if toks[f].low in all_languages_words("first_names")), None)
    return (first, n) if first is not None and 2 <= n - first <= 3 else None


def _time_after(toks: list[Tok], n: int, e: int, lex: Lexicon) -> bool:
    """Whether a time phrase follows a name at toks[n] ("… i Oslo Ole Lund | ved midnatt."): the name still
    closes the speaker's phrase."""
    return n + 1 < e and toks[n].low in lex.closed.tag_stop and (
        time_word(toks[n + 1].low, lex.times) or toks[n + 1].low in lex.weekdays)


def _closing_name(toks: list[Tok], b: int, k: int) -> bool:
    """Whether toks[b:k] is a body in lower case and a full name after it ("politiet | Anders Hansen"): a first
    name and one or two more capitalised words end it."""
    first = all_languages_words("first_names")
    k = _before_party(toks, b, k)  # "i Vejle Kommune Jens Hansen (V)": the name before its party
    return k - b >= 3 and not toks[b].upper and any(
        toks[m].low in first and all(t.upper for t in toks[m:k]) for m in range(max(b + 1, k - NAME_WORDS), k - 1))


def _before_party(toks: list[Tok], b: int, k: int) -> int:
    """The end of toks[b:k] before a party or abbreviation in brackets that closes it ("Jens Hansen (V)"), else k."""
    return k - 3 if k - 3 > b and toks[k - 1].text == ")" and toks[k - 3].text == "(" and toks[k - 2].upper else k


def _org_words(toks: list[Tok], b: int, k: int) -> int:
    """The words of toks[b:k] before a closing full name ("ved Fyns Politi | Lars Holm": a first name, then
    capitalised words); the "-" of a shared compound part ("Midt- og Vestsjællands Politi") is no word."""
    first = all_languages_words("first_names")
    k = _before_party(toks, b, k)
    n = next((m for m in range(max(b + 1, k - NAME_WORDS), k - 1) if toks[m].upper and toks[m].low in first
              and all(t.upper for t in toks[m:k])), k)
    return sum(t.is_word for t in toks[b:n])


PLACE_NAME_WORDS: Final = 5  # capitalised words read after a role's body: a place of one or two, a name of two or three
NAME_WORDS: Final = 3  # the longest full name closing a role's body
ROLE_ORG_WORDS: Final = 5  # the longest organisation read after a role in a tag ("i Troms og Finnmark politidistrikt")


def body_place(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
    """The end of a body's phrase with the place it serves after it ("Det bekrefter politiet | i Lillevik",
    "oplyser anklagemyndigheden | i Nordby Kommune"): past "i"/"ved" and a capitalised name after an official
    or organisation noun; j when there is none."""
    if j + 1 >= e or j - a != 1 or toks[j].low not in ctx.lex.affiliation or not toks[j + 1].upper \
            or word_type(toks[a].low, ctx.lang) not in ("official", "organization") or is_platform(toks[j + 1].low):
        return j
    k = j + 1
    while k < e and toks[k].is_word and toks[k].upper:
        k += 1
    if k < e and toks[k].is_word and not ctx.lex.profile.capitalised_nouns \
            and word_type(toks[k].low, ctx.lang) in ("official", "organization"):
        k += 1  # the body of the place: "i Sørvest politidistrikt", "ved Oslo tingrett"
    return k
