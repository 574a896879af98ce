"""A speaker quoted by a medium, with their words in a clause of their own: "Avisen citerer en læge, der siger, at C",
"Tidningen citerar en polis som säger att C". The medium before the quoting verb (cue class `quoting`) relayed the
words: a via of the speaker's record (quoting.py reads the other shape, "citerer X for, at C", as one record)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.lexicon import months
from enligt.analyze.phrases import time_word
from enligt.analyze.records import Ctx, source_text
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.via import keep, media_name

QUOTED_WORDS: Final = 8  # the longest phrase of the one quoted between the verb and its relative ("en erfaren læge")
SUBJECT_WORDS: Final = 10  # the longest phrase of the medium that quotes ("Et lokalt medie i X")
_ENDS: Final = (". ", "! ", "? ", "\n", ": ")


def quoting_relay(ctx: Ctx, src: list[Tok]) -> tuple[int, str] | None:
    """(where the one quoted starts in the text, the relay's name) when the sentence before `src` is a subject and a
    quoting verb, then `src` right after it ("… citerar | en polis som säger") or the one quoted and a relative
    pronoun that is `src` ("… citerer en læge, | der siger"); else None. The relay is "" when it is the page's own."""
    if not src or not src[0].end:
        return None
    at = src[0].start
    start = _sentence_start(ctx.text, at)
    words = _quoting_words(ctx)
    if not words:
        return None
    low = ctx.text[start:at].lower()
    if not any(w in low for w in words):
        return None  # no quoting verb in the sentence before: the tokens are not worth reading
    region = tokenize(ctx.text, start, at)
    relative = len(src) == 1 and src[0].low in ctx.lex.relatives
    if relative and region and region[-1].text == ",":
        region = region[:-1]
    k = next((k for k in range(len(region) - 1, -1, -1) if _quoting(ctx, region[k].low)), None)
    if k is None or not 0 < k <= SUBJECT_WORDS or any(not t.is_word for t in region[:k]):
        return None
    quoted = region[k + 1:]
    when = _when(ctx, quoted + ([] if relative else src))  # "siterte i august amerikanske kilder": not the quoted
    if not relative and when >= len(quoted):
        return src[min(when - len(quoted), len(src) - 1)].start, _relay(ctx, region[:k])
    quoted = quoted[when:]
    if relative != bool(quoted) or len(quoted) > QUOTED_WORDS or any(not t.is_word for t in quoted):
        return None
    return (quoted[0].start if quoted else at), _relay(ctx, region[:k])


def _relay(ctx: Ctx, relay: list[Tok]) -> str:
    """The name of the medium in `relay`, the words before the quoting verb; "" when it is the page's own."""
    while len(relay) > 1 and relay[-1].low in ctx.lex.auxiliaries:
        relay = relay[:-1]  # "Avisen har sitert": the auxiliary is no part of the medium
    name = media_name(relay, ctx.lex) or source_text(relay) or ""
    return name if keep(name, ctx.via) else ""


def _when(ctx: Ctx, toks: list[Tok]) -> int:
    """How many of `toks` a phrase of time at their start fills ("i august", "på lørdag", "i går"): a preposition
    before a month, a weekday or a time word; 0 when none stands there, or when nothing follows it."""
    lex, months_ = ctx.lex, months(ctx.lang)
    k = 0
    while k + 1 < len(toks) and toks[k].low in lex.prepositions and (
            toks[k + 1].low in months_ or toks[k + 1].low in lex.weekdays or time_word(toks[k + 1].low, lex.times)):
        k += 2
    return k if k < len(toks) else 0


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence before `at` starts: after the latest sentence end (`_ENDS`) before it, else 0.

    Looked for in the `SENTENCE_REACH` characters before `at` first: an end found there is later than any end
    before them (an end starting before the window ends at most one character into it, where one found inside
    ends already), so the text before is searched only when the window holds none (each search back to the
    text's start cost time in proportion to the text, for every source of a long page)."""
    lo = max(0, at - SENTENCE_REACH)
    found = [text.rfind(m, lo, at) for m in _ENDS]
    if lo == 0 or any(f >= 0 for f in found):
        return max(_after(f, m) for f, m in zip(found, _ENDS))
    return max(_after(text.rfind(m, 0, at), m) for m in _ENDS)


SENTENCE_REACH: Final = 400  # characters searched back for a sentence end before the whole text before is


def _after(found: int, mark: str) -> int:
    """Where the text after a sentence end `mark` found at `found` starts (0 when none was found)."""
    return found + len(mark) if found >= 0 else 0


_QUOTING_WORDS: dict[str, tuple[str, ...]] = {}


def _quoting_words(ctx: Ctx) -> tuple[str, ...]:
    """The one-word quoting verbs of the page's language (a token equal to one of them is what `_quoting` looks for)."""
    words = _QUOTING_WORDS.get(ctx.lang)
    if words is None:
        words = tuple(sorted({low for low, entries in ctx.lex.speech.items()
                              for phrase, cls in entries if cls == "quoting" and phrase == (low,)}))
        _QUOTING_WORDS[ctx.lang] = words
    return words


def _quoting(ctx: Ctx, low: str) -> bool:
    """Whether `low` is a one-word quoting verb of the language (cues_speech.tsv, class quoting)."""
    return any(phrase == (low,) and cls == "quoting" for phrase, cls in ctx.lex.speech.get(low, ()))
