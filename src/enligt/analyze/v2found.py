"""The record of a V2 cue whose subject follows it or stands between the auxiliary and the cue ("Senere sagde en
af lederne, at C", "Am Abend sagte der Sprecher, C", "Enligt X har polisen sagt att C"): the subject, the media the
fronted phrase names ("Til VG sier X at C", "Dem Sender RBB sagte X, C") and the content."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze import shapes
from enligt.analyze.contentstop import coordinated_stop
from enligt.analyze.cues import match_phrase
from enligt.analyze.inverted import platform_cut
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok
from enligt.analyze.spokenon import fronted_spoken_on
from enligt.analyze.tagmedium import asked_medium
from enligt.analyze.tails import fronted_medium
from enligt.analyze.v2perfect import subject_before_participle
from enligt.analyze.v2subject import past_adverbs
from enligt.analyze.via import fronted_recipient, interview_recipient, media_name, over_for
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset

_WORD: Final = re.compile(r"\w+")
_OBJECT_LESS: Final = frozenset({"clause", "that"})  # classes that report no object, only a clause or a tag


def v2_found(ctx: Ctx, toks: list[Tok], e: int, i: int, n: int, b: int, cls: str, found: tuple[int, int, list[str]],
             inv: bool, cue: Span2, cue_text: str, vias: list[str]) -> Draft | None:
    """The record of the cue at toks[i:i + n] after the fronted phrase from toks[b], its subject at `found` (end of the
    subject, start of the content, media): after the cue when `inv`, else between auxiliary and cue."""
    j, start, more = found
    if inv and cls in _OBJECT_LESS and (start == j or cls == "that" and toks[start - 1].low not in ctx.lex.complementizers):
        return None  # "Im Keller bemerkte die Feuerwehr zwei Personen": an object after the subject, no words said
    if toks[b].low in ctx.lex.recipient_prep or over_for(toks, b, i):  # "Til VG sier X at …"
        media = fronted_recipient(toks[b + (over_for(toks, b, i) or 1):i], ctx.lex)  # ("Over for Ritzau", "Til avisa")
        more = more + [media] if media else more
    elif told := fronted_medium(ctx, toks, b, i):  # "Dem Sender RBB sagte X, …"
        more = more + [told]
    elif (cited := match_phrase(toks, b, i, ctx.lex.prep)) and (told := media_name(toks[b + cited[0]:i], ctx.lex)):
        more = more + [told]  # "Ifølge Ritzau siger politiet, at C": the medium it came through
    elif asked := asked_medium(toks, b, i, ctx.lex):
        more = more + [asked]  # "Auf Anfrage der dpa sagte X, C"
    elif (talk := interview_recipient(toks, b, i, ctx.lex)) is not None and talk[1]:
        more = more + [talk[1]]  # "I en intervju med SVT säger X att C", "Im Gespräch mit dem ZDF sagte X, C"
    elif spoken := fronted_spoken_on(ctx, toks, b, i):
        more = more + [spoken]  # "I VG lørdag sier X at C": the medium the speaker spoke in
    # the subject after the cue (not the platform it wrote on), or between auxiliary and cue
    subj = tuple(toks[(k := past_adverbs(ctx, toks, i + n, e)):platform_cut(ctx, toks, k, j)]) if inv \
        else tuple(toks[j:subject_before_participle(ctx, toks, j, i)])
    subj = host_subject(ctx, toks, b, i if inv else j - 1, subj)  # (the fronted phrase ends at the verb or auxiliary)
    body = span(ctx, toks, start, coordinated_stop(ctx, toks, start, e) if inv else e)
    if inv and n == 1 and start > j and any(p == (toks[i].low, toks[j].low) for p, _ in ctx.lex.speech.get(
            toks[i].low, ())):
        cue_text = f"{toks[i].text} {toks[j].text}"  # "berichteten Zeugen von X": the cue "berichteten von"
    return Draft((body,), cue, cue_text, subj, via=tuple(vias + more)) if body else None


_HOST_TYPES: Final = frozenset({"official", "organization", "person"})


def host_subject(ctx: Ctx, toks: list[Tok], b: int, i: int, subj: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """The body a generic subject stands for, named by the fronted place before the cue: "Hos förbundet befarar man
    att C", "På sykehuset tror man at C" (class host_preposition) give the body, not "man". Only a fronted phrase
    that is one preposition and its noun phrase, headed by a body word (or, after "hos", class host_any, any name);
    toks[i] is the verb or auxiliary after it."""
    if len(subj) != 1 or subj[0].low not in function_words(ctx.lang, "generic_subject") or i - b < 2 \
            or toks[b].low not in function_words(ctx.lang, "host_preposition"):
        return subj
    np = toks[b + 1:i]
    if not all(t.is_word or t.text in "-&" for t in np) or any(t.low in ctx.lex.prepositions for t in np):
        return subj  # "På mötet i går", "I en kommentar till X": no one body
    if len(np) == 1 and np[0].low in wordset(ctx.lang, "countries"):
        return subj  # "I Danmark mener man at C": people in a country, not its government
    if any(word_type(t.low, ctx.lang) in _HOST_TYPES for t in np):
        return tuple(np)
    anyname = toks[b].low in function_words(ctx.lang, "host_any")
    return tuple(np) if anyname and any(t.upper for t in np) else subj


def same_back(ctx: Ctx, d: Draft | None, prev: Span2 | None) -> Draft | None:
    """An inverted cue whose whole content is "the same" at the sentence's end ("I dag melder X det samme.") gives
    the claim of the sentence before; before "og/och" ("uppger X samma sak och berättar att …") the phrase stays."""
    if d is None or prev is None or len(d.parts) != 1:
        return d
    words = " ".join(w.lower() for w in _WORD.findall(ctx.text[d.parts[0][0]:d.parts[0][1]]))
    end = ctx.text[d.parts[0][1]:d.parts[0][1] + 2].strip()
    if words in shapes.same_phrases(ctx.lang) and (not end or end[0] in ".!?"):
        return replaced(d, parts=(shapes.claim_of(ctx, prev),))
    return d
