"""A sentence that names the medium it was taken from in a bracketed source credit after it ("… laut dpa auf dem
Weg. (Quelle: ZEIT ONLINE, 01.12.2024)", "(Källa: SVT)", "(Kilde: DR)", "(Source: BBC)"): the medium relayed the
claims of that sentence, so each record in it gets that medium as its outermost via, unless it is the page's own
outlet or the agency that wrote the copy (`via.keep`), or the record is a medium's own report ("Die X berichtet …
(Quelle: X Online)"; a citing preposition's medium is relayed: "laut dpa"). Labels: `lang/<code>/source_labels.txt`;
the medium must be a listed outlet or a site's address, so a credit to a person or a body ("(Quelle: Polizei)") is
none."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.via import keep
from enligt.lang import wordset
from enligt.lang.gazetteers import is_site_address, outlet_names
from enligt.models import PARAGRAPH_SEP

_CREDIT: Final = re.compile(r"\((\w[\w ]{1,20}):\s*([^(),;]{2,40}?)\s*(?:[,;][^()]{0,30})?\)")
_SENTENCE_END: Final = re.compile(r"[.!?»”\")]\s+")


def credit_relays(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """`drafts` with the medium of their paragraph's closing source credit added as their outermost via."""
    if "(" not in ctx.text or not drafts:
        return drafts
    credits = _credits(ctx)
    if not credits:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        medium = next((m for a, b, m in credits if a <= d.start and d.end <= b), None)
        if medium and medium not in d.via and not _own_report(ctx, d):
            d = replaced(d, via=(*d.via, medium))
        out.append(d)
    return out


def _own_report(ctx: Ctx, d: Draft) -> bool:
    """Whether `d` is a medium reporting ("Die Rheinische Post berichtet …"): its credit names the medium's own site,
    no relay. A medium after a citing preposition ("laut dpa") is relayed by the credited one."""
    first = (d.cue_text or "").split(" ", 1)[0].lower()
    return d.type == "media" and first not in ctx.lex.prep


def _credits(ctx: Ctx) -> list[tuple[int, int, str]]:
    """(start, end of the text before the credit, medium) of each paragraph that closes on a source credit."""
    labels = wordset(ctx.lang, "source_labels")
    found: list[tuple[int, int, str]] = []
    pos = 0
    for para in ctx.text.split(PARAGRAPH_SEP):
        for m in _CREDIT.finditer(para):
            if m[1].strip().lower() in labels and (medium := _medium(m[2].strip())) and keep(medium, ctx.via):
                found.append((pos + _sentence_start(para, m.start()), pos + m.start(), medium))
        pos += len(para) + len(PARAGRAPH_SEP)
    return found


def _sentence_start(para: str, at: int) -> int:
    """Where the sentence that ends right before `at` (a credit's bracket) starts in `para`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, max(0, at - 2))]
    return ends[-1] if ends else 0


def _medium(name: str) -> str | None:
    """`name` when it is a listed outlet or a site's address ("ZEIT ONLINE", "ntv.de"), else None."""
    return name if name.lower() in outlet_names() or is_site_address(name) else None
