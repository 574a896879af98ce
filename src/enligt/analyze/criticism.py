"""Verbs of criticism and praise with a noun-phrase object ("Residents slammed the plan as a waste", "The union
branded the closure an act of vandalism", "Parents blamed the delay on the council").

`drop_criticism_senses` is a rule pass (passes.PASSES). The verbs are cues of `cues_speech.tsv` (criticism: class
`opinion`, so the object to the clause's end is the content), each with its sense in the row's third column. A draft of such a verb stays only when
- its content follows the cue: with nothing after it, the verb closes a relative clause whose object is its
  antecedent ("the plan, which the mayor criticized, …"), no words of anyone's; a quotation's tag stays ("“Q,” she
  scoffed.");
- for an `act` verb (also a blow, a noise or a thing done to someone: "slammed the door", "attacked the village",
  "welcomed guests", "questioned a suspect"), the words after it hold a complement of judgement
  (`criticism_complement` function words: "as", "for", "over") or a noun of the acts, words and decisions a critic
  judges (`criticised_acts.txt`: "decision", "plan", "remarks"), with an object first ("slammed into a wall": a
  motion).
The object ends where a second report of the same speaker opens in it ("praised the crews, adding that C", "blamed
the weather and even warned that C"): at the comma or coordinator before that cue.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.lang import function_words, table, wordset

_WORD = re.compile(r"[\w’'-]+")
_JOINT = re.compile(r"\s*(?:,|\b(?:and|but|then)\b)")  # where a second report's clause is joined to the object
_ADJUNCT = re.compile(r",\s+(?:\w+ly\s+)?(?!including\b|according\b)\w+ing\b")  # ", (narrowly) avoiding …"
_KEPT: Final[dict[str, dict[str, str]]] = {}


def senses(lang: str) -> dict[str, str]:
    """The language's verbs of criticism and praise (`cues_speech.tsv` rows of class `opinion` with a sense, `word`
    or `act`, in the third column), each form with its sense, read once and kept."""
    got = _KEPT.get(lang)
    if got is None:
        got = _KEPT.setdefault(lang, {r[0].strip().lower(): r[2].strip().lower() for r in table(lang, "cues_speech")
                                      if len(r) > 2 and r[1] == "opinion" and r[2].strip()})
    return got


def _struck(ctx: Ctx, d: Draft) -> bool:
    """An `act` verb whose words after it name no act judged and no judgement ("slammed the door")."""
    if not d.parts or d.cue is None:
        return True
    after = [w.lower() for w in _WORD.findall(ctx.text[d.cue[1]:d.parts[-1][1]])]
    complements = function_words(ctx.lang, "criticism_complement")
    acts = wordset(ctx.lang, "criticised_acts")
    if not after or after[0] in ctx.lex.prepositions:
        return True  # "slammed into a wall", "hailed from the north": a motion or an origin, no object
    return not any(w in complements or w in acts for w in after)


def _kept(ctx: Ctx, d: Draft, known: dict[str, str]) -> bool:
    words = _WORD.findall(d.cue_text or "")
    sense = known.get(words[-1].lower()) if words else None
    if sense is None or d.cue is None or not d.parts:
        return True
    if d.parts[0][0] < d.cue[0]:
        return d.direct  # "which the mayor criticized": the object is the antecedent, nothing said (a tag stays)
    return sense != "act" or not _struck(ctx, d)


def _speaker(d: Draft) -> str:
    return " ".join(t.low for t in d.source)


def _object_cue(ctx: Ctx, d: Draft, known: dict[str, str]) -> bool:
    """Whether the draft's cue is a criticism verb or a feeling voiced (class voiced) with its object after it."""
    words = _WORD.findall(d.cue_text or "")
    if d.cue is None or len(d.parts) != 1 or not words or d.start < d.cue[1]:
        return False
    return words[-1].lower() in known or any(c == "voiced" for _, c in ctx.lex.speech.get(words[0].lower(), ()))


def _cut(ctx: Ctx, d: Draft, drafts: list[Draft], known: dict[str, str]) -> Draft:
    """The draft of a criticism verb or a feeling voiced with its object cut before a participle's adjunct after a
    comma ("voiced anger at the vote, narrowly avoiding a scuffle") or a later report of the same speaker inside it."""
    if not _object_cue(ctx, d, known):
        return d
    adjunct = _ADJUNCT.search(ctx.text, d.start, d.end)
    if adjunct and _WORD.search(ctx.text, d.start, adjunct.start()):
        d = replaced(d, parts=((d.start, adjunct.start()),))
    later = [o.cue[0] for o in drafts if o is not d and o.cue is not None and d.start < o.cue[0] < d.end
             and o.source and _speaker(o) == _speaker(d)]
    if not later:
        return d
    joints = [m.start() for m in _JOINT.finditer(ctx.text, d.start, min(later))]
    end = joints[-1] if joints else d.start
    return replaced(d, parts=((d.start, end),)) if _WORD.search(ctx.text, d.start, end) else d


def drop_criticism_senses(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without a criticism verb read as another sense or with no object of its own, the objects cut
    before a second report of their speaker."""
    known = senses(ctx.lang)
    if not known:
        return drafts
    kept = [d for d in drafts if _kept(ctx, d, known)]
    return [_cut(ctx, d, kept, known) for d in kept]
