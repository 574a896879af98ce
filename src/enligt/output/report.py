"""The readable `text` report of one analysis: article fields, attributions table, numbers, conflicts.

Source names are wrapped in their column, never cut; the lead is shown once (not again as the
first paragraph of the body); each conflict lists its figures one per line with who gave them.
"""
from __future__ import annotations

import shutil
import textwrap

from enligt.models import Analysis, Article, Attribution, Quantity

# C0 and C1 control characters but tab and newline: printed from a page onto a terminal they are escape
# sequences (ESC ] 0 ; ... BEL retitles the window, ESC [ 2 J clears it, CR overwrites the line), so the
# report shows each as U+FFFD. One character for one, so the text keeps its length.
_CONTROLS = dict.fromkeys([*range(9), *range(11, 32), 127, *range(0x80, 0xA0)], "\ufffd")
_SOURCE_W, _TYPE_W, _CUE_W, _KIND_W = 26, 13, 14, 9
_SOURCE_MAX_W = 30  # the source column grows to fit the longest source up to this, then wraps


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
    lines += ["", "Body:" if not _lead_first(a) else "Body (after the lead):"]
    heads = dict(zip(a.heading_positions, a.headings, strict=False))
    for i, para in enumerate(a.body):
        if i == 0 and _lead_first(a) and i not in heads:
            continue  # the lead, shown above
        if i in heads:
            lines += ["", f"  ## {heads[i]}"]
        lines += [_wrap(para, width), ""]
    if a.related:
        lines += ["Related:"] + [f"  - {r}" for r in a.related]
    if a.boilerplate:
        lines += ["Removed as page furniture:"] + [f"  - {b}" for b in a.boilerplate]
    return lines


def _lead_first(a: Article) -> bool:
    return bool(a.lead and a.body and a.body[0] == a.lead)


def _cell(text: str | None, width: int) -> str:
    """`text` in a column of `width`, cut with an ellipsis, always followed by at least one space."""
    text = text or "-"
    return (text[: width - 2] + "… ") if len(text) > width - 1 else text.ljust(width)


def _attribution_lines(an: Analysis, width: int) -> list[str]:
    if not an.attributions:
        return ["", "Attributions: none found"]
    sources = [_source_text(at) for at in an.attributions]
    src_w = max(_SOURCE_W, min(_SOURCE_MAX_W, max(len(s) for s in sources) + 1))
    claim_w = max(28, width - (src_w + _TYPE_W + _CUE_W + _KIND_W + 9))
    head = f"{'#':>3} {_cell('source', src_w)}{_cell('type', _TYPE_W)}{_cell('cue', _CUE_W)}{_cell('kind', _KIND_W)} claim"
    lines = ["", f"Attributions ({len(an.attributions)}):", head, "-" * min(width, len(head) + claim_w - 5)]
    for i, (at, src) in enumerate(zip(an.attributions, sources, strict=True)):
        src_lines = textwrap.wrap(src, src_w - 1, break_on_hyphens=False) or [src]
        rest = f"{_cell(at.source_type, _TYPE_W)}{_cell(at.cue, _CUE_W)}{_cell(at.kind, _KIND_W)} "
        indent = " " * (4 + src_w + len(rest))
        claim = textwrap.wrap(at.content, claim_w) or [""]
        lines.append(f"{i:>3} {src_lines[0].ljust(src_w)}{rest}{claim[0]}")
        for k in range(1, max(len(src_lines), len(claim))):
            left = f"    {src_lines[k].ljust(src_w)}" if k < len(src_lines) else " " * (4 + src_w)
            lines.append((left + " " * len(rest) + claim[k]) if k < len(claim) else left.rstrip())
        if at.via:
            lines.append(indent + "via: " + " -> ".join(at.via))
    return lines


def _source_text(at: Attribution) -> str:
    name = at.source_name if at.source_name and at.source_name != at.source else None
    return f"{at.source} ({name})" if name else at.source or "(no source: hearsay)"


def _said_by(an: Analysis, q: Quantity) -> str:
    if q.attribution is not None and q.attribution < len(an.attributions):
        at = an.attributions[q.attribution]
        return at.source_name or at.source or f"hearsay ({at.cue})"
    return "the outlet itself"


def _number_lines(an: Analysis) -> list[str]:
    lines: list[str] = []
    if an.quantities:
        lines += ["", f"Numbers ({len(an.quantities)}):"]
        for i, q in enumerate(an.quantities):
            approx = "~" if q.approx else ""
            lines.append(f"  [{i}] {approx}{q.value:g} {q.measure}: {q.subject}  "
                         f"(\"{q.text}\", according to {_said_by(an, q)})")
    if an.conflicts:
        lines += ["", f"Conflicts ({len(an.conflicts)}):"]
        for c in an.conflicts:
            quants = [(i, an.quantities[i]) for i in c.quantities]
            values = " vs ".join(dict.fromkeys(f"{'~' if q.approx else ''}{q.value:g}" for _, q in quants))
            lines.append(f"  {c.subject}, {c.measure}: {values}")
            for i, q in quants:
                lines.append(f"    {'~' if q.approx else ''}{q.value:g} according to {_said_by(an, q)}  "
                             f"(\"{q.text}\", number [{i}])")
    return lines


def printable(text: str) -> str:
    """`text` with its control characters (but tab and newline) shown as U+FFFD: safe to print on a terminal."""
    return text.translate(_CONTROLS)


def one_line(text: str) -> str:
    """`printable`, its line breaks shown as U+FFFD too: one stderr line per failure, even for a file named
    with a newline ('empty\\nfile.txt' split its error over two lines)."""
    return printable(text).replace("\n", "\ufffd")


def render(analysis: Analysis, *, width: int | None = None) -> str:
    """The text report; everything in it that came from the page is `printable`."""
    width = width or min(120, shutil.get_terminal_size((100, 24)).columns)
    lines = _article_lines(analysis.article, width) + _attribution_lines(analysis, width) + _number_lines(analysis)
    if analysis.notes:
        lines += ["", "Notes:"] + [f"  - {n}" for n in analysis.notes]
    return printable("\n".join(lines) + "\n")
