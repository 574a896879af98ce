"""Highlighted article HTML from overlapping character spans, with every piece of page text escaped.

This is the one place where the web UI turns page text into markup (`Markup`): the text is cut at
every span boundary, each piece is escaped, and pieces covered by marks are wrapped in a `<span>`
whose class names and data attributes come only from this module's fixed vocabularies and from
integers, never from the page. Overlapping and nested spans need no tree: each piece simply lists
every mark that covers it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from enligt.models import Analysis
from enligt.web.config import SOURCE_TYPES

ROLES = ("claim", "source", "cue", "number")


@dataclass(frozen=True)
class Mark:
    """A highlighted range [start, end) of the text: its role, the attribution it belongs to, its colour."""

    start: int
    end: int
    role: str  # one of ROLES
    group: int | None = None  # index of the attribution (or quantity, for numbers)
    source_type: str | None = None  # one of SOURCE_TYPES, or None for sourceless hearsay
    tip: str = ""  # hover text (page text: escaped like the rest)

    def role_class(self) -> str:
        return f"hl-{self.role}" if self.role in ROLES else "hl-other"

    def type_class(self) -> str:
        return f"st-{self.source_type}" if self.source_type in SOURCE_TYPES else "st-none"


def _innermost(marks: Sequence[Mark]) -> list[Mark]:
    """Marks ordered innermost (shortest) first: the innermost decides colour and hover text."""
    return sorted(marks, key=lambda m: (m.end - m.start, m.group or 0, m.start))


def _classes(active: Sequence[Mark]) -> str:
    roles = sorted({m.role_class() for m in active})
    typed = [m for m in active if m.role != "number"]
    colour = typed[0].type_class() if typed else ""
    return " ".join(["hl", *roles, *([colour] if colour else [])])


def _groups(active: Sequence[Mark], role_filter: tuple[str, ...]) -> str:
    ids = dict.fromkeys(int(m.group) for m in active if m.group is not None and m.role in role_filter)
    return " ".join(str(i) for i in ids)


def _piece(text: str, active: Sequence[Mark]) -> str:
    body = str(escape(text))
    if not active:
        return body
    ordered = _innermost(active)
    attrs = f' class="{_classes(ordered)}"'
    attributions = _groups(ordered, ("claim", "source", "cue"))
    numbers = _groups(ordered, ("number",))
    if attributions:
        attrs += f' data-a="{attributions}"'
    if numbers:
        attrs += f' data-q="{numbers}"'
    tip = next((m.tip for m in ordered if m.tip), "")
    if tip:
        attrs += f' title="{escape(tip)}"'
    return f"<span{attrs}>{body}</span>"


def highlight(text: str, marks: Iterable[Mark], *, start: int = 0, end: int | None = None) -> Markup:
    """The escaped HTML of `text[start:end]` with each mark's range wrapped in a classed `<span>`.

    Marks may overlap or nest in any way; those outside the slice are ignored and those crossing
    its edges are clipped. Empty or inverted marks are dropped.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    clipped = [
        Mark(max(m.start, start), min(m.end, end), m.role, m.group, m.source_type, m.tip)
        for m in marks
        if m.start < end and m.end > start and m.end > m.start
    ]
    cuts = sorted({start, end, *(m.start for m in clipped), *(m.end for m in clipped)})
    out: list[str] = []
    for lo, hi in pairwise(cuts):
        active = [m for m in clipped if m.start <= lo and m.end >= hi]
        out.append(_piece(text[lo:hi], active))
    return Markup("".join(out))


def analysis_marks(analysis: Analysis) -> list[Mark]:
    """Marks for every attribution (claim, source, cue) and every number of an analysis."""
    marks: list[Mark] = []
    for i, att in enumerate(analysis.attributions):
        stype = att.source_type
        tip = " → ".join([att.source or "hearsay (no source)", *att.via])
        marks.append(Mark(att.content_span.start, att.content_span.end, "claim", i, stype, tip))
        if att.source_span:
            marks.append(Mark(att.source_span.start, att.source_span.end, "source", i, stype, tip))
        if att.cue_span:
            marks.append(Mark(att.cue_span.start, att.cue_span.end, "cue", i, stype, tip))
    for j, q in enumerate(analysis.quantities):
        marks.append(Mark(q.number_span.start, q.number_span.end, "number", j, None, f"{q.measure}: {q.subject}"))
    return marks
