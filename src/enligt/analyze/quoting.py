"""A medium quoting someone on a claim, Norwegian and Danish: "Nyhetsbyrået Tasnim siterer en talsperson på at C",
"Interfax citerer hæren for, at C". The one quoted speaks; the quoting subject relays it (via), as the English
"The Star quoted Ivo Brandt as saying C" (tails.quoted_as). Cue class `quoting` (cues_speech.tsv); the preposition
before the complementizer is `quoting_prep` (function_words.tsv)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.contentstop import coordinated_stop
from enligt.analyze.cuesubject import subject
from enligt.analyze.phrases import only_punct, span
from enligt.analyze.records import Ctx, Draft, Span2, source_text
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.via import media_name
from enligt.lang import function_words

QUOTED_WORDS: Final = 12  # the longest phrase of the one quoted ("en talsperson for lokale myndigheter i Golestan")


def quoted_on(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, pre_end: int, cue: Span2,
              cue_text: str) -> Draft | None:
    """The record of the one quoted after the quoting verb at toks[i:i + n], its subject (before the verb, ending at
    pre_end) the relay; None unless the quoting preposition and a complementizer follow the object."""
    lex = ctx.lex
    preps = function_words(ctx.lang, "quoting_prep")
    a = i + n
    for p in range(a + 1, min(e - 1, a + QUOTED_WORDS + 1)):
        if not toks[p].is_word:
            return None  # a comma or a quote mark before the preposition: no object phrase
        c = p + 1 + (toks[p + 1].text == "," and lex.profile.comma_before_complementizer)
        if toks[p].low in preps and (w := _words_phrase(ctx, toks, p + 1, e)):  # German "mit den Worten, C"
            body = span(ctx, toks, w, coordinated_stop(ctx, toks, w, e))
            relay = subject(ctx, toks, s, pre_end)[0] if pre_end > s else []
            via = media_name(list(relay), lex) or source_text(relay) if relay else None
            quoted = w < e and toks[w].text in _OPENING  # "…mit den Worten: „Q“"
            return Draft((body,), cue, cue_text, tuple(toks[a:p]), via=(via,) if via else (),
                         direct=quoted) if body else None
        if toks[p].low in preps and c < e and toks[c].low in lex.complementizers:
            body = span(ctx, toks, c + 1, coordinated_stop(ctx, toks, c + 1, e))
            relay = subject(ctx, toks, s, pre_end)[0] if pre_end > s else []
            via = media_name(list(relay), lex) or source_text(relay) if relay else None
            return Draft((body,), cue, cue_text, tuple(toks[a:p]), via=(via,) if via else ()) if body else None
    return None


_OPENING: Final = frozenset("„“\"»«")


def _words_phrase(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int | None:
    """Where the words quoted start after "mit den Worten" (`quoting_words` after an article) and its comma or
    colon, else None."""
    if not (k + 2 < e and toks[k].low in ctx.lex.determiners and toks[k + 1].low in function_words(
            ctx.lang, "quoting_words") and toks[k + 2].text in (",", ":")):
        return None
    return k + 3


def quoted_tag(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """German: a quoting tag after its claim, the medium then the one quoted ("„Q“, zitierte die Agentur einen
    Sprecher."): the one quoted speaks, the medium relays it (via); None unless the sentence ends after them."""
    lex = ctx.lex
    q = i - 1
    while q > s and toks[q].text in _CLOSING:
        q -= 1
    if q <= s or toks[q].text != "," or i + n >= e:
        return None
    j = forward_np(toks, i + n, e, lex)
    if j <= i + n or j >= e or toks[j].low not in lex.determiners:
        return None  # (the one quoted opens with its article: "einen Sprecher", "den Minister")
    k = forward_np(toks, j, e, lex)
    if k <= j + 1 or not only_punct(toks, k, e):
        return None
    body = span(ctx, toks, s, q)
    relay = toks[i + n:j]
    via = media_name(relay, lex) or source_text(relay)
    quoted = toks[s].text in _OPENING and q + 1 < i
    return Draft((body,), cue, cue_text, tuple(toks[j:k]), via=(via,) if via else (), direct=quoted) if body else None


_CLOSING: Final = frozenset("“”\"«»‘’'")


def quoted_in_tag(ctx: Ctx, toks: list[Tok], m: int, a: int, e: int, medium: list[Tok]) -> tuple[list[Tok], str] | None:
    """German: in a quotation's tag "„Q“, zitierte die Agentur einen Sprecher.", the one quoted after the medium (the
    words from toks[a]) and the medium's name as the relay, when the quoting verb at toks[m] opens the tag."""
    lex = ctx.lex
    if toks[m].low not in function_words(ctx.lang, "quoting_verb") or a >= e or toks[a].low not in lex.determiners:
        return None
    k = forward_np(toks, a, e, lex)
    if k <= a + 1:
        return None
    return toks[a:k], media_name(medium, lex) or source_text(medium) or ""

