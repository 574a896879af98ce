"""Cue verbs in another sense than saying: "The flood claimed more lives", "twelve were admitted to hospital".

`drop_other_senses` is a rule pass (passes.PASSES): it drops a draft whose cue's last word is followed by a phrase
that `lang/<code>/other_senses.tsv` lists for that word; in the phrase `…` stands for up to `GAP` words of any kind
("claimed the lives", "claimed dozens of lives", "admitted to the hospital"). A finite verb right after the phrase
makes it the subject of a reported clause ("claimed lives were lost": `finite_verbs.txt`), and the draft stays.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.lang import table, wordset

GAP: Final = 2  # words a `…` may stand for
_WORD = re.compile(r"[\w’'-]+")
_AHEAD: Final = 80  # characters after the cue read for the phrase

_KEPT: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def senses(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The language's phrases by cue word, each as its words (`…` kept as a word), read once and kept."""
    if lang not in _KEPT:
        out: dict[str, list[tuple[str, ...]]] = {}
        for row in table(lang, "other_senses"):
            if len(row) >= 2:
                out.setdefault(row[0].strip().lower(), []).append(tuple(row[1].lower().split()))
        _KEPT[lang] = {k: tuple(v) for k, v in out.items()}
    return _KEPT[lang]


def follows(phrase: tuple[str, ...], after: list[str], verbs: frozenset[str] = frozenset()) -> bool:
    """Whether the words `after` open with `phrase`, a `…` in it standing for up to `GAP` words, and no word of
    `verbs` comes right after it."""
    if not phrase:
        return not after or after[0] not in verbs
    head, rest = phrase[0], phrase[1:]
    if head == "…":
        return any(follows(rest, after[k:], verbs) for k in range(min(GAP, len(after)) + 1))
    return bool(after) and after[0] == head and follows(rest, after[1:], verbs)


def other_sense(text: str, cue_end: int, cue_word: str, lang: str) -> bool:
    """Whether the words after a cue (ending at `cue_end`) show the cue word in a sense other than saying."""
    phrases = senses(lang).get(cue_word.lower())
    if not phrases:
        return False
    after = [w.lower() for w in _WORD.findall(text[cue_end:cue_end + _AHEAD])]
    verbs = wordset(lang, "finite_verbs")
    return any(follows(p, after, verbs) for p in phrases)


def drop_other_senses(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose cue word is read in another sense than saying."""
    if not senses(ctx.lang):
        return drafts
    out: list[Draft] = []
    for d in drafts:
        words = _WORD.findall(d.cue_text or "")
        if d.cue is not None and words and other_sense(ctx.text, d.cue[1], words[-1], ctx.lang):
            continue
        out.append(d)
    return out
