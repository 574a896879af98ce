"""A small server-side SVG chart: the values each source gave for one measure, over time.

Pure functions from data to escaped `Markup`; no JavaScript, no inline style attributes (the
Content-Security-Policy forbids them), only SVG presentation attributes. Labels come from pages,
so every one is escaped.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

PALETTE = ("#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7480", "#57606a")
WIDTH, HEIGHT = 560, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 150, 14, 34


@dataclass(frozen=True)
class Point:
    """One reported value: who said it, when (ISO date or None) and the number."""

    source: str
    when: str | None
    value: float


def _day(when: str | None) -> int | None:
    if not when:
        return None
    try:
        return date.fromisoformat(when[:10]).toordinal()
    except ValueError:
        return None


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _scale(lo: float, hi: float, a: float, b: float) -> tuple[float, float]:
    """Coefficients mapping [lo, hi] onto [a, b] (a flat range maps to the middle)."""
    if hi == lo:
        return 0.0, (a + b) / 2
    k = (b - a) / (hi - lo)
    return k, a - k * lo


def _axes(vmax: float, d0: int, d1: int) -> list[str]:
    x0, x1, y0, y1 = LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP
    parts = [
        f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#8c959f"/>',
        f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#8c959f"/>',
        f'<text x="{x0 - 6}" y="{y1 + 4}" text-anchor="end" font-size="11">{_fmt(vmax)}</text>',
        f'<text x="{x0 - 6}" y="{y0}" text-anchor="end" font-size="11">0</text>',
    ]
    if d0:
        parts.append(f'<text x="{x0}" y="{y0 + 16}" font-size="11">{date.fromordinal(d0).isoformat()}</text>')
        if d1 != d0:
            parts.append(f'<text x="{x1}" y="{y0 + 16}" text-anchor="end" font-size="11">'
                         f'{date.fromordinal(d1).isoformat()}</text>')
    return parts


def values_chart(points: Iterable[Point], *, title: str = "") -> Markup:
    """An SVG chart of values by source over time; undated points sit at the right edge."""
    pts = list(points)
    sources = list(dict.fromkeys(p.source for p in pts))
    days = [d for d in (_day(p.when) for p in pts) if d is not None]
    d0, d1 = (min(days), max(days)) if days else (0, 0)
    vmax = max((p.value for p in pts), default=0.0) or 1.0
    kx, bx = _scale(d0, d1, LEFT + 10, WIDTH - RIGHT - 10)
    ky, by = _scale(0, vmax, HEIGHT - BOTTOM, TOP)
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
              f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}">'),
             f"<title>{escape(title)}</title>", *_axes(vmax, d0, d1)]
    for i, source in enumerate(sources):
        colour = PALETTE[i % len(PALETTE)]
        coords = []
        for p in (p for p in pts if p.source == source):
            day = _day(p.when)
            x = kx * day + bx if day is not None else WIDTH - RIGHT - 4
            coords.append((x, ky * p.value + by, p))
        coords.sort(key=lambda c: c[0])
        if len(coords) > 1:
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
            parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        for x, y, p in coords:
            tip = f"{p.source}: {_fmt(p.value)} ({p.when or 'undated'})"
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"><title>{escape(tip)}</title></circle>')
        ly = TOP + 6 + 16 * i
        label = source if len(source) <= 22 else source[:21] + "…"
        parts.append(f'<circle cx="{WIDTH - RIGHT + 14}" cy="{ly}" r="4" fill="{colour}"/>'
                     f'<text x="{WIDTH - RIGHT + 22}" y="{ly + 4}" font-size="11">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
