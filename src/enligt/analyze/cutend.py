"""A page cut off in mid-sentence: the unfinished last sentence is no claim.

A page whose text stops in the middle of a word or clause (a preview cut, "… would investigate the") leaves its
last sentence unfinished. Where the language's profile says so (`cut_sentence_void`), a record whose content runs
to the cut and lies in that sentence is dropped, and one that starts before it (a quotation of several sentences)
ends with the sentence before it. A content that ends before the cut is whole: only its tag was cut
("“Q,” he said, from Gre"). Only the last body paragraph is read, and only when it ends in a letter, a digit, a comma or a
dash (a full stop, a question mark or a closing quote ends a text as written).
"""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok, split
from enligt.lang import profile

_CLOSED = ".!?…:;\"'”’»)]"


def cut_start(ctx: Ctx, span: Span2, toks: list[Tok]) -> tuple[int, int]:
    """Where the unfinished last sentence of the paragraph at `span` starts and where the paragraph's words end,
    or (-1, -1) when it ends as written."""
    if not profile(ctx.lang).cut_sentence_void or not toks:
        return -1, -1
    end = ctx.text[span[0]:span[1]].rstrip()
    if not end or end[-1] in _CLOSED:
        return -1, -1
    sentences = split(ctx.text, toks, ctx.lang)
    if not sentences:
        return -1, -1
    closed = max(end.rfind(". "), end.rfind("! "), end.rfind("? "))  # a stop the splitter did not end a sentence
    # at, a lower-case word after it ("… verletzt worden. xyz": a sign-off's initials) starts no unfinished claim
    start = max(toks[sentences[-1][0]].start, span[0] + closed + 2 if closed >= 0 else -1)
    return start, span[0] + len(end)


def drop_cut(ctx: Ctx, drafts: list[Draft], cut: tuple[int, int]) -> list[Draft]:
    """`drafts` without the unfinished sentence `cut` (cut_start): the records whose content runs to its end
    dropped when they lie inside it, ended before it when they start earlier."""
    if cut[0] < 0:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if d.parts[-1][1] <= cut[0] or ctx.text[d.parts[-1][1]:cut[1]].strip():
            out.append(d)
        elif d.parts[0][0] < cut[0]:
            out.append(_ended(ctx, d, cut[0]))
    return out


def _ended(ctx: Ctx, d: Draft, cut: int) -> Draft:
    """`d` with its content ended before `cut`, without the space, quote marks and full stop before it."""
    parts: list[Span2] = []
    for a, b in d.parts:
        if a >= cut:
            break
        b = min(b, cut)
        while b > a and ctx.text[b - 1] in " \n\t\"'“”‘’,.":
            b -= 1
        if b > a:
            parts.append((a, b))
    if not parts:
        return d
    return replaced(d, parts=tuple(parts))
