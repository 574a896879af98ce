"""Refusals to comment are no attributions: "– Just nu har jag inga kommentarer, säger X", "I have no comment
at this time", "Dazu wollte er sich nicht äußern".

`drop_refusals` is the last rule pass (passes.PASSES): it drops a draft whose content is only a refusal, each
of its sentences holding a phrase of `lang/<code>/refusals.txt` with few other words, and none a word of the
`refusal_but` category ("Inga kommentarer, men vi överklagar" also says something, and stays).
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.lang import function_words, words
from enligt.lang.casefold import odd_case

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[\w’']+")


def _refusal(lang: str) -> tuple[re.Pattern[str], tuple[str, ...], tuple[tuple[str, ...], ...]] | None:
    """`_refusal_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    if lang not in _REFUSAL_KEPT:
        _REFUSAL_KEPT[lang] = _refusal_built(lang)
    return _REFUSAL_KEPT[lang]


_REFUSAL_KEPT: Final[dict[str, tuple[re.Pattern[str], tuple[str, ...], tuple[tuple[str, ...], ...]] | None]] = {}


def _refusal_built(lang: str) -> tuple[re.Pattern[str], tuple[str, ...], tuple[tuple[str, ...], ...]] | None:
    """The language's refusal phrases as one pattern (whole words), the words one of which each phrase holds (its
    longest, or a shorter one inside it: a cheap test first), and each phrase's words, its longest first (a precise
    test next: a text that holds all of no phrase's words need not be searched); None when it lists none."""
    phrases = sorted({p.lower() for p in words(lang, "refusals")}, key=lambda p: (-len(p), p))
    if not phrases:
        return None
    alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    guards: list[str] = []
    for g in sorted({max(p.split(), key=len) for p in phrases}, key=lambda g: (len(g), g)):
        if not any(k in g for k in guards):
            guards.append(g)
    parts = tuple(sorted({tuple(sorted(set(p.split()), key=lambda w: (-len(w), w))) for p in phrases}))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE), tuple(guards), parts


def _may_refuse(text: str, guards: tuple[str, ...], parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the pattern may match `text`: the lower-cased text holds all the words of a phrase, or a letter in
    it may match one it does not hold (`lang/casefold.py`)."""
    low = text.lower()
    if any(g in low for g in guards):
        absent = ""  # the phrases' words come sorted, so those that open with a word looked for in vain stand together
        for ws in parts:
            if ws[0] == absent:
                continue  # (a dozen distinct longest words: each looked for once, not once a phrase)
            if ws[0] not in low:
                absent = ws[0]
                continue
            if all(ws[k] in low for k in range(1, len(ws))):
                return True
    return odd_case(text)


def only_refusal(text: str, lang: str) -> bool:
    """Whether every sentence of a content refuses to comment and nothing in it goes on to say something."""
    refusal = _refusal(lang)
    if refusal is None:
        return False
    pattern, guards, parts = refusal
    if not _may_refuse(text, guards, parts) or pattern.search(text) is None:
        return False
    links = function_words(lang, "refusal_but")
    if any(w in links for w in _WORD.findall(text.lower())):
        return False
    return all(_refuses(pattern, s) for s in _SENTENCE_END.split(text.strip()) if s)


OTHER_WORDS = 8  # words a refusing sentence may hold besides its phrase ("För tillfället så har jag …
# överhuvudtaget"); more say something ("… is focusing on ending gun violence and has no comment")


def _refuses(pattern: re.Pattern[str], sentence: str) -> bool:
    """Whether a sentence holds a refusal phrase and little else."""
    m = pattern.search(sentence)
    if m is None:
        return False
    rest = sentence[:m.start()] + " " + sentence[m.end():]
    return len(_WORD.findall(rest)) <= OTHER_WORDS


def drop_refusals(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose content is only a refusal to comment."""
    if _refusal(ctx.lang) is None:
        return drafts
    text = ctx.text
    lang = ctx.lang
    return [d for d in drafts if not d.parts or not only_refusal(" ".join([text[a:b] for a, b in d.parts]), lang)]
