"""A quotation that runs over paragraphs in the Nordic way: opened in one paragraph, left open, and closed at the end
of the next with no opening mark of its own ("Polisen skriver: ”Q1." + "Q2.”"); and the answer paragraph after a
wire's interview question ("TT: Hur ser ni på det?" + "Vi väntar."). A split of direct.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze.quotes import find_quotes, trim
from enligt.analyze.records import Ctx, Draft
from enligt.lang import wordset


def closing_paragraph(ctx: Ctx, start: int, end: int, block: int) -> Draft | None:
    """A paragraph that closes, with no opening mark, the quotation the paragraph before left open
    ("Polisen skriver: ”Q1." + "Q2.”"): a tagless quote paragraph going on from that quotation's speaker."""
    text = ctx.text
    last = text[start:end].rstrip()
    if len(last) < 2 or last[-1] not in CLOSE_ONLY or last[-2] not in ENDS_AT_CLOSE or start < 2:
        return None
    before = text.rfind("\n\n", 0, start - 2)
    prev = before + 2 if before >= 0 else 0
    if not any(not q.closed for q in find_quotes(text, prev, start - 2)):
        return None
    inner = trim(text, start, start + len(last) - 1)
    return Draft((inner,), None, None, block=block, direct=True, continuation=True) if inner[1] > inner[0] else None


CLOSE_ONLY: Final = frozenset("”“»«\"")  # a mark closing a paragraph's quotation
ENDS_AT_CLOSE: Final = frozenset(".!?")  # the end of a sentence inside it


def interview_answer(ctx: Ctx, start: int, end: int, block: int) -> Draft | None:
    """A paragraph with no quotation marks right after a wire's interview question, the wire's name as its label
    ("TT: Hur länge räcker förråden?", "NTB: Hva skjer nå?"; lang/<code>/wires.txt): the interviewee's answer, a
    tagless quote paragraph going on from the speaker before (cue null); None for any other paragraph."""
    text = ctx.text
    stop = start
    while stop > 0 and not text[text.rfind("\n", 0, stop - 1) + 1:stop].strip():
        stop = text.rfind("\n", 0, stop - 1) + 1  # past blank lines to the paragraph before
    if stop <= 0:
        return None
    prev = text[text.rfind("\n", 0, stop - 1) + 1:stop].strip()
    label, colon, question = prev.partition(":")
    if not colon or not question.rstrip(" »”\"").endswith("?") or label.strip().lower() not in wordset(ctx.lang, "wires"):
        return None
    inner = trim(text, start, end)
    return Draft((inner,), None, None, block=block, direct=True, continuation=True) if inner[1] > inner[0] else None
