"""A V2 tag in the perfect whose inverted subject a relative clause set off by commas follows before the participle
cue ("C, har rektor X, som ledet skolen, sagt til lokalavisen.", also after a dash quotation): the subject
speaks, not the relative clause, and the content ends at the comma before the auxiliary. contentfirst.py and
direct.py ask it."""
from __future__ import annotations

from enligt.analyze.phrases import np_end, seg_start
from enligt.analyze.quotes import trim
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.via import closing_recipient


def perfect_before_relative(ctx: Ctx, toks: list[Tok], s: int, b: int) -> tuple[int, int, int] | None:
    """V2: a tag's perfect auxiliary and inverted subject before a relative clause set off by commas that ends at the
    participle cue ("C, har rektor X, som ledet skolen, sagt"; the relative opens at toks[b]): (the subject's
    start, its end, the comma that closes the content), else None."""
    lex = ctx.lex
    if not lex.profile.v2 or b - 1 <= s or toks[b - 1].text != ",":
        return None
    p = seg_start(toks, s, b - 1)
    if p - 1 <= s or toks[p - 1].text != "," or lex.fronted.get(toks[p].low) != "aux" or p + 1 >= b - 1:
        return None
    j = np_end(ctx, toks, p + 1, b - 1)
    return (p + 1, j, p - 1) if j == b - 1 else None


def dash_perfect_relative(ctx: Ctx, toks: list[Tok], dash: int, first: int, k: int, n: int, e: int,
                          block: int) -> Draft | None:
    """"– Q, har X, som …, sagt til NRK.": the participle cue at toks[k:k + n] after the relative clause's comma; the
    draft of X's quote (the medium told after the cue its via), else None."""
    b = seg_start(toks, first, k - 1)
    if toks[k - 1].text != "," or b >= k - 1 or toks[b].low not in ctx.lex.relatives \
            or (inv := perfect_before_relative(ctx, toks, first, b)) is None:
        return None
    c0, c1 = trim(ctx.text, dash, toks[inv[2]].start)
    vias: list[str] = []
    for r in range(k + n, e - 1):
        if toks[r].low in ctx.lex.recipient_prep:
            media = closing_recipient(toks, r + 1, e, ctx.lex)[1]
            vias = [media] if media else []
            break
    return Draft(((c0, c1),), (toks[k].start, toks[k + n - 1].end), " ".join(t.text for t in toks[k:k + n]),
                 tuple(toks[inv[0]:inv[1]]), via=tuple(vias), block=block, direct=True)
