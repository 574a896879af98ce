"""The page's own newsroom as the one who learned a claim ("Ekstra Bladet erfarer, at C", "VG erfarer at C",
"Aftonbladet erfar att C"): the outlet names no source of its own, so the claim is an anonymous tip, like
"har Vestlandsavisen fått opplyst" (source null). Another medium that learned it keeps its name ("SVT erfar att C"
on a page of another outlet). The learning verbs are the function-word class `own_learning`."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.via import keep
from enligt.lang import function_words


def own_learning_unsourced(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drafts whose cue is a learning verb (`own_learning`) and whose source is the page's own outlet lose that
    source: what the newsroom learned is told by nobody named."""
    verbs = function_words(ctx.lang, "own_learning")
    if not verbs or not ctx.via.own:
        return drafts
    return [replaced(d, source=(), name=None, type=None) if _own_learned(ctx, d, verbs) else d for d in drafts]


def _own_learned(ctx: Ctx, d: Draft, verbs: frozenset[str]) -> bool:
    if not d.source or not d.cue_text or d.cue_text.lower() not in verbs:
        return False
    return not keep(ctx.text[d.source[0].start:d.source[-1].end], ctx.via)
