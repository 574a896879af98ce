"""Participles of saying and showing (class `participle` in `cues_speech.tsv`): "Sanders denounced the attacks, saying
his campaign wants none of it" / "…, adding that C" / "He answered by saying C": the subject of the main clause (or of
the record before it in the sentence, or of the nearest clause: nearclause.py) speaks; "After saying C, the man left":
the subject after the participle clause does; "with 30 percent of voters saying C": the share; with no comma, the
phrase after "with" or a document before it ("with recent polls showing C", "a new poll showing C"). The participles
of showing (`participle-evidence`) need a source-like speaker. verbcues.verb_rules calls `participle`."""
from __future__ import annotations

from typing import Final

from enligt.analyze import tails
from enligt.analyze.clauses import main_subject, participle_content, trim_verb, verb_like
from enligt.analyze.cues import Lexicon, match_phrase
from enligt.analyze.nearclause import after_records, near_clause_subject, reduced_subject, relative_subject
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.sourcetype import is_source_like
from enligt.lang import function_words

_QUOTE_MARKS: Final = frozenset("\"“”'‘’«»")
_ASIDE_DASHES: Final = frozenset({"–", "—", "-", "--"})  # "… — asserting that C": a dash opens a participle as a comma


def participle(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, kind: str, a: int, stop: int,
               cue: Span2, cue_text: str, vias: list[str], done: list[Draft]) -> Draft | None:
    """"…, saying C" / "After saying C, X …" / "by saying C"; `kind`: speech, told, ask or call."""
    lex = ctx.lex
    if toks[i].low in function_words(ctx.lang, "clause_participle") and not _opens_clause(lex, toks, i + n, a, e):
        return None  # "reporting that C"; not "first in reporting the story", "reporting power cuts": a thing reported
    if i == s:
        return _sentence_first(ctx, toks, e, i, kind, a, cue, cue_text, vias)
    k = i - 1
    while k > s and toks[k].text in _QUOTE_MARKS:  # '…, “unfit to serve,” saying he lied'
        k -= 1
    prev = toks[k]
    if quoted := tails.quoted_as(ctx, toks, s, i, n, span(ctx, toks, a, stop)):
        return quoted  # "The Star quoted Ivo Brandt as saying C"
    opener = prev.low in lex.participle_openers and k == i - 1
    if kind != "evidence" and (share := _share_subject(ctx, toks, s, i)):  # "with 30 percent of voters saying C"
        content = participle_content(ctx, toks, i, n, e, kind, a, stop)
        return Draft((content,), cue, cue_text, tuple(share), via=tuple(vias)) if content else None
    if prev.text != "," and prev.text not in _ASIDE_DASHES and not opener and prev.low not in lex.coordinators \
            and not statement_before(ctx, prev):
        reduced = reduced_subject(ctx, toks, s, i, kind) if k == i - 1 else []  # "with polls showing C"
        if kind == "evidence" and reduced and not is_source_like(reduced, lex) or kind in ("speech", "told") \
                and not _clause_after(lex, toks, a, stop):
            reduced = []  # "with police finding one man", "with the economy adding 151,000 jobs": no report
        if reduced and not any(verb_like(t, lex) for t in toks[s:i - len(reduced)]):
            stop = next((m for m in range(a + 1, stop) if toks[m].text == ","), stop)  # "Despite polls showing C, X …"
        content = participle_content(ctx, toks, i, n, e, kind, a, stop) if reduced else None
        return Draft((content,), cue, cue_text, tuple(reduced), via=tuple(vias)) if content else None
        # ("a saying", "keeps saying": no reporting clause of its own)
    comma = next((k for k in range(a, e) if toks[k].text == ","), None)
    fronted = opener and (i - 1 == s or toks[i - 2].text in ",;:" and (comma is not None or i - 2 == s))
    # (", before adding that C." to the sentence's end: the main clause before the comma speaks)
    end = stop
    ante: list[Tok] = []
    if fronted:  # "After saying he was tired, the man left": content up to the comma, the subject after it
        if comma is None:
            return None
        src = trim_verb(ctx, toks, comma + 1, forward_np(toks, comma + 1, e, lex), e)
        end = comma
    else:  # "…, and the union filed a suit, saying C": the nearest clause's subject, else the main clause's
        lo = after_records(toks, s, i, done)
        src, ante = relative_subject(ctx, toks, lo, i - 1) if opener else ([], [])  # "X, who … by saying C"
        src = src or near_clause_subject(ctx, toks, s, lo, i) or main_subject(ctx, toks, s, i, done)
        end = _before_main_cue(ctx, toks, a, stop)
    content = participle_content(ctx, toks, i, n, e, kind, a, end)
    if not src or not content or not ante and (src[0].low in lex.first_person or src[-1].low in lex.first_person):
        return None  # ("who" there asks; a relative's "who" stands for its antecedent)
    if kind == "evidence" and not is_source_like(src, lex):
        return None  # "He pressed on, showing that C": the writer's inference, not a finding
    return Draft((content,), cue, cue_text, tuple(src), via=tuple(vias), antecedent=tuple(ante) if ante else None)


def _sentence_first(ctx: Ctx, toks: list[Tok], e: int, i: int, kind: str, a: int, cue: Span2, cue_text: str,
                    vias: list[str]) -> Draft | None:
    """A participle opening its sentence with a clause after it ("Noting that the river had risen, the mayor closed
    the bridge"): content up to the comma, the subject after it speaks. Not a participle with a phrase only ("Writing
    in the Post, X argued"), nor one of showing or asking."""
    lex = ctx.lex
    if kind not in ("speech", "told") or not _opens_clause(lex, toks, i + 1, a, e):
        return None
    comma = next((k for k in range(a + 1, e) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= e or not any(verb_like(t, lex) for t in toks[a:comma]):
        return None  # ("Recalling that moment, X said": "that" a determiner, no clause)
    src = trim_verb(ctx, toks, comma + 1, forward_np(toks, comma + 1, e, lex), e)
    if not src or not src[0].is_word or src[0].low in lex.first_person or src[0].low in lex.expletives:
        return None
    content = participle_content(ctx, toks, i, 1, e, kind, a, comma)
    return Draft((content,), cue, cue_text, tuple(src), via=tuple(vias)) if content else None


def _opens_clause(lex: Lexicon, toks: list[Tok], b: int, a: int, e: int) -> bool:
    """A complementizer or a quotation between the participle's end toks[b] and its content toks[a] or opening it,
    or a pronoun with a verb after it ("Noting that C", "Noting he had C"); a noun phrase object ("Noting the size
    of the crowd,") is no report."""
    if a >= e:
        return False
    if any(t.text in _QUOTE_MARKS or t.low in lex.complementizers for t in toks[b:a + 1]):
        return True
    first = toks[a]
    return a + 1 < e and lex.pronouns.get(first.low) in ("person", "organization") and verb_like(toks[a + 1], lex)


def _clause_after(lex: Lexicon, toks: list[Tok], a: int, stop: int) -> bool:
    """Whether a participle's content toks[a:stop] is a clause: a quotation, a complementizer or question word first,
    or a finite verb inside ("telling reporters he was tired"; not "adding 151,000 jobs", "adding to the debt")."""
    if a >= stop:
        return False
    first = toks[a]
    return first.text in _QUOTE_MARKS or first.low in lex.complementizers or first.low in lex.question_words \
        or any(verb_like(t, lex) for t in toks[a:min(stop, a + CLAUSE_VERB)] if t.is_word)


CLAUSE_VERB: Final = 5  # tokens from a participle's content start to its clause's verb ("reporters | he viewed")


def _share_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> list[Tok]:
    """A share of people right before a participle ("with 30 percent of voters saying C", "three in 10 saying C",
    `share` in `function_words.tsv`): the share and its group, else none."""
    shares = function_words(ctx.lang, "share")
    if not shares or i - 2 < s:
        return []
    k = i - 1
    of = next((j for j in range(i - 2, max(s, i - 2 - _SHARE_GROUP) - 1, -1) if toks[j].low in ctx.lex.closed.origin), None)
    if of is not None and all(t.is_word and not _number(ctx, t) for t in toks[of + 1:i]):
        k = of - 1  # "of voters", "of Cuban Americans"
    if toks[k].text[:1].isdigit() and toks[k].text[-1:] in shares:
        return toks[k:i]  # "50%"
    if k - 1 >= s and toks[k].low in shares and _number(ctx, toks[k - 1]):
        return toks[k - 1:i]
    if k - 2 >= s and _number(ctx, toks[k]) and toks[k - 1].low == "in" and _number(ctx, toks[k - 2]):
        return toks[k - 2:i]
    return []


_SHARE_GROUP: Final = 3  # words of the group after "of" ("of Cuban American voters")


def _number(ctx: Ctx, t: Tok) -> bool:
    return t.text[:1].isdigit() or t.low in number_entries(ctx.lang)


def statement_before(ctx: Ctx, prev: Tok) -> bool:
    """"issued a statement saying C", "released a statement claiming C": a statement the main clause's subject put
    out (function words `statement_noun`) carries its words; the subject speaks."""
    return prev.is_word and not prev.upper and prev.low in function_words(ctx.lang, "statement_noun")


def _before_main_cue(ctx: Ctx, toks: list[Tok], a: int, stop: int) -> int:
    """End of a participle clause set between a subject and its own cue ("The senator, noting the size of
    the crowd, said …"): the comma before that cue, else `stop`."""
    for k in range(a + 1, stop - 1):
        if toks[k].text == "," and not toks[k + 1].upper:
            hit = match_phrase(toks, k + 1, stop, ctx.lex.speech)
            if hit and not hit[1].startswith("participle"):
                return k
    return stop
