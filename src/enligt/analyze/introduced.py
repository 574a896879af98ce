"""A speaker introduced without a cue: the paragraph right before a tagless quote that opens on a person named
in full as its subject ("Även Karin Berg riktade kritik mot planen." + "– Q"), whose words the
quote then gives. Used by `continuing` on Nordic dash-quote pages."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words

SUBJECT_REACH: Final = 3  # words a sentence may open with before its subject ("Även", "RBK-trener", "Også klubbens")
_ENDS: Final = frozenset(".!?:;")


def introduced(ctx: Ctx, d: Draft, start: int, end: int, last: bool = False) -> Draft | None:
    """The person a paragraph's first sentence opens on as its subject, as a speaker for the quote `d`: before
    its verb ("Även Karin Berg riktade …") or right after it in a V2 inversion ("Ellers var Lone Holm
    tilfreds …", "Nu går tränaren Per Lind ut …"); one named in full (a known first name, or a
    name after a role word, then capitalised words), or by the surname of a person the article named in full
    before ("Lindgren slår tillbaka mot kritiken" after "Eva Lindgren"); else None. With `last`, the paragraph's
    last sentence, when it has more than one ("… till Per Ek. Ek avböjer att svara." + "– Q")."""
    toks = (_last_sentence if last else _first_sentence)(tokenize(ctx.text, start, end))
    if not toks:
        return None
    before = ctx.text[:toks[0].start]  # (the last sentence's name given in full in the sentence before it)
    for k, t in enumerate(toks[:SUBJECT_REACH + 1]):
        if t.low in ctx.lex.finite_verbs:
            return _inverted(ctx, d, toks, k + 1, before) if k else None  # (a verb first: a question)
        found = _name(ctx, toks, k, before)
        if found is None:
            continue
        run, full = found
        j = _past_apposition(toks, k + len(run))  # "Anna Berg, ordförande i föreningen, är kritisk"
        after = toks[j] if j < len(toks) else None
        return _speaker(d, run, full) if after is not None and _verb(ctx, after) else None
    return None


def _past_apposition(toks: list[Tok], j: int) -> int:
    """Past an apposition or relative clause between commas after a name at toks[j] (", ordförande i X,", ", der
    er formand for Y,"), else j."""
    if j >= len(toks) or toks[j].text != ",":
        return j
    c = next((m for m in range(j + 2, min(len(toks), j + APPOSITION_WORDS + 2)) if toks[m].text == ","), None)
    return c + 1 if c is not None else j


APPOSITION_WORDS: Final = 8  # words of an apposition read between a name and its verb


def _inverted(ctx: Ctx, d: Draft, toks: list[Tok], j: int, before: str) -> Draft | None:
    """The subject right after a fronted verb: a name, or a name after one role noun ("tränaren")."""
    if j < len(toks) and toks[j].is_word and not toks[j].upper and word_type(toks[j].low, ctx.lang) == "person":
        j += 1
    found = _name(ctx, toks, j, before) if j < len(toks) else None
    return _speaker(d, *found) if found is not None else None


def _name(ctx: Ctx, toks: list[Tok], k: int, before: str) -> tuple[list[Tok], str | None] | None:
    """The capitalised words from `k` when they name a person: in full (a known first name, or after a role word)
    or by a surname named in full earlier; with that full name for a lone surname. Else None."""
    t = toks[k]
    if not (t.upper and t.is_word):
        return None
    first = all_languages_words("first_names")
    full = _named_before(before, t.text, first) if t.low not in first else None
    if full is None and not (t.low in first or k and _role(toks[k - 1])):
        return None  # a known first name, or a name after a role ("klubbtrener Ola Dahl")
    run = [t]
    while k + len(run) < len(toks) and toks[k + len(run)].upper and toks[k + len(run)].is_word:
        run.append(toks[k + len(run)])
    return (run, full) if len(run) >= 2 or full is not None else None


def _speaker(d: Draft, run: list[Tok], full: str | None) -> Draft:
    """The quote `d` as said by the person `run` names."""
    name = full if len(run) == 1 and full else " ".join(x.text for x in run)
    return replaced(d, source=tuple(run), name=name, type="person", cue=None, cue_text=None, continuation=False,
                    via=(), hearsay=False)


def _named_before(text: str, surname: str, first: frozenset[str]) -> str | None:
    """The full name ("Eva Lindgren") an earlier text gives a person by a known first name before `surname`,
    else None."""
    for found in re.finditer(r"(?<![\w-])(\w+) " + re.escape(surname) + r"(?![\w-])", text):
        if found.group(1).lower() in first and found.group(1)[:1].isupper():
            return f"{found.group(1)} {surname}"
    return None


def _role(t: Tok) -> bool:
    """Whether a word before a name may be its role: a lowercase word or a compound ending in one ("trener",
    "RBK-trener")."""
    return t.is_word and t.text.split("-")[-1].islower()


def _verb(ctx: Ctx, t: Tok) -> bool:
    """Whether the word after a fronted name is its verb: in second place a lowercase word that is a finite verb
    or no function word ("Karin Berg riktade", not "Karin Berg och …")."""
    lex = ctx.lex
    return t.is_word and not t.upper and (t.low in lex.finite_verbs or not any(
        t.low in words for words in (lex.coordinators, lex.prepositions, lex.determiners, lex.subordinators,
                                     lex.relatives, lex.complementizers)))


def _first_sentence(toks: list[Tok]) -> list[Tok]:
    """A paragraph's tokens up to its first sentence end."""
    k = next((k for k, t in enumerate(toks) if t.text in _ENDS), len(toks))
    return toks[:k]


def _last_sentence(toks: list[Tok]) -> list[Tok]:
    """A paragraph's tokens after its second-last sentence end; none when it holds one sentence."""
    ends = [k for k, t in enumerate(toks[:-1]) if t.text in _ENDS]
    return toks[ends[-1] + 1:] if ends else []
