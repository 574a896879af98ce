"""The reporter's interlocutor: "TT har talat med en arbetare som …" introduces a person whom the next
sentence's "han"/"hon" ("he"/"she") means, although no name was given. `interlocutor_in` finds such a
person in a sentence (the reader keeps the latest in `Memory.interlocutor`); `interlocutor` gives the
description back for a personal-pronoun source just after it. Cues: lang/<code>/interlocutor_cues.txt.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.records import Ctx, Memory
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.wordtypes import word_type
from enligt.lang import words

_INTERLOCUTOR_REACH: Final = 400  # characters: the pronoun must come in the next sentence or so


def _interlocutor_cues(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`_interlocutor_cues_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _INTERLOCUTOR_CUES_KEPT.get(lang)
    if got is None:
        got = _INTERLOCUTOR_CUES_KEPT.setdefault(lang, _interlocutor_cues_built(lang))
    return got


_INTERLOCUTOR_CUES_KEPT: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _interlocutor_cues_built(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """lang/<code>/interlocutor_cues.txt by first word: "talat med" -> {"talat": (("talat", "med"),)}."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words(lang, "interlocutor_cues"):
        parts = tuple(phrase.lower().split())
        out.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in out.items()}


def interlocutor_in(ctx: Ctx, toks: list[Tok], s: int, e: int) -> tuple[int, str] | None:
    """"TT har talat med en arbetare som …", "Vi frågade ministern …": the person just introduced as the
    reporter's interlocutor (offset, description), the fitting antecedent of the next sentence's "han"/"hon"
    ("he"/"she") or "svaret" ("the answer"; see resolve.py)."""
    cues = _interlocutor_cues(ctx.lang)
    if not cues:
        return None
    for k in range(s, e):
        low = toks[k].low
        if low not in cues:
            continue
        for parts in cues[low]:
            j = k + len(parts)
            if j >= e or tuple(t.low for t in toks[k:j]) != parts:
                continue
            if j + 1 < e and toks[j].low in ctx.lex.closed.indefinite:
                end = forward_np(toks, j, e, ctx.lex)
                head = toks[end - 1].low if end > j + 1 else ""
                if head and word_type(head, ctx.lang) in (None, "person"):
                    return toks[j].start, ctx.text[toks[j].start:toks[end - 1].end]
                return None
            end = forward_np(toks, j, e, ctx.lex)
            if word_type(toks[j].low, ctx.lang) == "person" or (toks[j].upper and j + 1 < e and toks[j + 1].upper) \
                    or (end - j > 2 and toks[end - 1].upper and toks[end - 2].upper):  # "… presstalesperson Eva Ek"
                return toks[j].start, ctx.text[toks[j].start:toks[end - 1].end]  # "frågade ministern", "spurgte Mette Holm"
    return None


def answerer(memory: Memory, at: int) -> str | None:
    """Who "svaret" ("the answer") at offset `at` is from: the interlocutor asked just before."""
    if memory.interlocutor is None:
        return None
    pos, desc = memory.interlocutor
    return desc if pos < at <= pos + _INTERLOCUTOR_REACH else None


def quoted_interlocutor(memory: Memory, at: int) -> str | None:
    """The interlocutor a tagless quotation at offset `at` is from: introduced just before it, after the latest
    person source ("Vi har talat med presstalespersonen Eva Ek. … \n\n– Vi vet inget mer.")."""
    if memory.interlocutor is None:
        return None
    pos, desc = memory.interlocutor
    return desc if memory.last_person < pos < at <= pos + _INTERLOCUTOR_REACH else None


def interlocutor(memory: Memory, src: list[Tok], lex: Lexicon) -> str | None:
    """The interlocutor a personal pronoun source means: introduced after the latest person source, just before."""
    if memory.interlocutor is None or len(src) != 1 or lex.pronouns.get(src[0].low) != "person":
        return None
    pos, desc = memory.interlocutor
    if memory.last_person < pos < src[0].start <= pos + _INTERLOCUTOR_REACH:
        return desc
    return None
