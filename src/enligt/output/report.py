"""The readable `text` report of one analysis: article fields, attributions table, numbers, conflicts."""
from __future__ import annotations

import shutil
import textwrap

from enligt.models import Analysis, Article

_SOURCE_W, _TYPE_W, _CUE_W, _KIND_W = 26, 13, 14, 9


def _wrap(text: str, width: int, indent: str = "  ") -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def _article_lines(a: Article, width: int) -> list[str]:
    lines = [a.title or "(no title)", "=" * min(width, len(a.title or "(no title)"))]
    facts = [("Outlet", a.outlet), ("Language", a.language), ("By", ", ".join(a.authors) or None),
             ("Published", a.published), ("Updated", a.updated), ("URL", a.url)]
    lines += [f"{k + ':':11}{v}" for k, v in facts if v]
    if a.lead:
        lines += ["", "Lead:", _wrap(a.lead, width)]
    for c in a.captions:
        lines.append(f"Caption: {c.text}" + (f"  [Photo: {c.credit}]" if c.credit else ""))
    if a.headings:
        lines += ["", "Headings:"] + [f"  - {h}" for h in a.headings]
    lines += ["", "Body:"]
    heads = dict(zip(a.heading_positions, a.headings, strict=False))
    for i, para in enumerate(a.body):
        if i in heads:
            lines += ["", f"  ## {heads[i]}"]
        lines += [_wrap(para, width), ""]
    if a.related:
        lines += ["Related:"] + [f"  - {r}" for r in a.related]
    if a.boilerplate:
        lines += ["Removed as page furniture:"] + [f"  - {b}" for b in a.boilerplate]
    return lines


def _cell(text: str | None, width: int) -> str:
    """`text` in a column of `width`, cut with an ellipsis, always followed by at least one space."""
    text = text or "-"
    return (text[: width - 2] + "… ") if len(text) > width - 1 else text.ljust(width)


def _attribution_lines(an: Analysis, width: int) -> list[str]:
    if not an.attributions:
        return ["", "Attributions: none found"]
    claim_w = max(20, width - (_SOURCE_W + _TYPE_W + _CUE_W + _KIND_W + 9))
    head = f"{'#':>3} {_cell('source', _SOURCE_W)}{_cell('type', _TYPE_W)}{_cell('cue', _CUE_W)}{_cell('kind', _KIND_W)} claim"
    lines = ["", f"Attributions ({len(an.attributions)}):", head, "-" * min(width, len(head) + claim_w - 5)]
    for i, at in enumerate(an.attributions):
        source = at.source_name if at.source_name and at.source_name != at.source else None
        src = f"{at.source} ({source})" if source else at.source or "(no source: hearsay)"
        row = f"{i:>3} {_cell(src, _SOURCE_W)}{_cell(at.source_type, _TYPE_W)}{_cell(at.cue, _CUE_W)}{_cell(at.kind, _KIND_W)} "
        claim = textwrap.wrap(at.content, claim_w) or [""]
        lines.append(row + claim[0])
        lines += [" " * len(row) + c for c in claim[1:]]
        if at.via:
            lines.append(" " * len(row) + "via: " + " -> ".join(at.via))
    return lines


def _number_lines(an: Analysis) -> list[str]:
    lines: list[str] = []
    if an.quantities:
        lines += ["", f"Numbers ({len(an.quantities)}):"]
        for i, q in enumerate(an.quantities):
            src = "the outlet itself"
            if q.attribution is not None and q.attribution < len(an.attributions):
                at = an.attributions[q.attribution]
                src = at.source_name or at.source or f"hearsay ({at.cue})"
            approx = "~" if q.approx else ""
            lines.append(f"  [{i}] {approx}{q.value:g} {q.measure}: {q.subject}  (\"{q.text}\", according to {src})")
    if an.conflicts:
        lines += ["", f"Conflicts ({len(an.conflicts)}):"]
        for c in an.conflicts:
            vals = ", ".join(f"{an.quantities[i].value:g} [{i}]" for i in c.quantities)
            lines.append(f"  {c.measure} of {c.subject}: {vals}")
    return lines


def render(analysis: Analysis, *, width: int | None = None) -> str:
    width = width or min(120, shutil.get_terminal_size((100, 24)).columns)
    lines = _article_lines(analysis.article, width) + _attribution_lines(analysis, width) + _number_lines(analysis)
    if analysis.notes:
        lines += ["", "Notes:"] + [f"  - {n}" for n in analysis.notes]
    return "\n".join(lines) + "\n"
