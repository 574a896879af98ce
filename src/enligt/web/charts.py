"""A small server-side SVG chart: the values each source gave for one measure, over time.

Pure functions from data to escaped `Markup`; no JavaScript, no inline style attributes (the
Content-Security-Policy forbids them), only SVG presentation attributes. Labels come from pages,
so every one is escaped.

Legibility: the chart scales to the page's width (CSS `.chart { width: 100% }` over a wide
viewBox); the y axis has round ticks with grid lines and the x axis one label per day (at most
`MAX_DAYS`); the legend sits under the plot with every source's full name (wrapped, never cut);
points that coincide (the same day and value from several sources) are spread side by side and
labelled once with their value; sources beyond the palette get another marker shape.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

PALETTE = ("#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7480", "#57606a")
SHAPES = ("circle", "square", "triangle", "diamond")
WIDTH, PLOT_HEIGHT = 960, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 40, 22, 40
LEGEND_COLUMNS, LEGEND_LINE, LEGEND_CHARS = 3, 16, 44
SPREAD = 9.0  # pixels between points that coincide
MAX_DAYS = 10  # at most this many day labels on the x axis


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


def ticks(vmax: float, most: int = 5) -> list[float]:
    """Round y-axis ticks from 0 to at least `vmax`: steps of 1, 2 or 5 times a power of ten."""
    if vmax <= 0:
        return [0.0, 1.0]
    raw = vmax / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0) if vmax >= 1 else step
    count = math.ceil(vmax / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _wrap(label: str, width: int = LEGEND_CHARS) -> list[str]:
    """A legend label in lines of at most `width` characters, split at spaces (a longer word is cut)."""
    lines: list[str] = []
    line = ""
    for word in label.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines or [""]


def _marker(shape: str, x: float, y: float, colour: str, tip: str = "") -> str:
    """One marker; `tip` (already escaped) becomes its tooltip."""
    title = f"<title>{tip}</title>" if tip else ""
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}">{title}</rect>'
    if shape == "triangle":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
        return f'<polygon points="{pts}" fill="{colour}">{title}</polygon>'
    if shape == "diamond":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"
        return f'<polygon points="{pts}" fill="{colour}">{title}</polygon>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}">{title}</circle>'


def _style(i: int) -> tuple[str, str]:
    """(colour, shape) of the i-th source: the palette first, then the next shape."""
    return PALETTE[i % len(PALETTE)], SHAPES[(i // len(PALETTE)) % len(SHAPES)]


def _axes(grid: list[float], ky: float, by: float, days: list[int], kx: float, bx: float,
          undated: bool) -> list[str]:
    x0, x1, y0 = LEFT, WIDTH - RIGHT, TOP + PLOT_HEIGHT
    parts = [f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#8c959f"/>',
             f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{TOP}" stroke="#8c959f"/>']
    for v in grid:
        y = ky * v + by
        if v:
            parts.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x1}" y2="{y:.1f}" stroke="#eaeef2"/>')
        parts.append(f'<text x="{x0 - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="12">{_fmt(v)}</text>')
    shown = days if len(days) <= MAX_DAYS else [days[round(i * (len(days) - 1) / (MAX_DAYS - 1))]
                                                for i in range(MAX_DAYS)]
    for d in dict.fromkeys(shown):
        x = kx * d + bx
        parts.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + 5}" stroke="#8c959f"/>')
        parts.append(f'<text x="{x:.1f}" y="{y0 + 19}" text-anchor="middle" font-size="12">'
                     f"{date.fromordinal(d).isoformat()}</text>")
    if undated:
        parts.append(f'<text x="{x1 - 4}" y="{y0 + 19}" text-anchor="end" font-size="12">undated</text>')
    return parts


def _legend(sources: list[str], top: float) -> tuple[list[str], float]:
    """The legend under the plot, `LEGEND_COLUMNS` to a row, full labels wrapped; returns its height."""
    parts: list[str] = []
    col_width = (WIDTH - LEFT) / LEGEND_COLUMNS
    y, row_lines = top, 1
    for i, source in enumerate(sources):
        col = i % LEGEND_COLUMNS
        if col == 0 and i:
            y += row_lines * LEGEND_LINE + 6
            row_lines = 1
        lines = _wrap(source)
        row_lines = max(row_lines, len(lines))
        colour, shape = _style(i)
        x = LEFT + col * col_width
        parts.append(_marker(shape, x + 5, y - 4, colour))
        text = "".join(f'<tspan x="{x + 16:.1f}" dy="{0 if k == 0 else LEGEND_LINE}">{escape(line)}</tspan>'
                       for k, line in enumerate(lines))
        parts.append(f'<text x="{x + 16:.1f}" y="{y:.1f}" font-size="12">{text}</text>')
    return parts, (y - top) + row_lines * LEGEND_LINE + 8 if sources else 0.0


def values_chart(points: Iterable[Point], *, title: str = "") -> Markup:
    """An SVG chart of values by source over time; undated points sit at the right edge."""
    pts = list(points)
    sources = list(dict.fromkeys(p.source for p in pts))
    days = sorted({d for d in (_day(p.when) for p in pts) if d is not None})
    d0, d1 = (days[0], days[-1]) if days else (0, 0)
    grid = ticks(max((p.value for p in pts), default=0.0))
    kx, bx = _scale(d0, d1, LEFT + 40, WIDTH - RIGHT - 60)
    ky, by = _scale(0, grid[-1], TOP + PLOT_HEIGHT, TOP)
    undated_x = WIDTH - RIGHT - 12
    spots: dict[tuple[float, float], list[tuple[int, Point]]] = defaultdict(list)
    for p in pts:
        day = _day(p.when)
        spots[(round(kx * day + bx, 1) if day is not None else undated_x, p.value)].append((sources.index(p.source), p))
    placed: dict[int, list[tuple[float, float, Point]]] = defaultdict(list)
    body: list[str] = []
    for (x, value), here in sorted(spots.items()):
        y = ky * value + by
        for k, (i, p) in enumerate(here):  # coinciding points side by side
            placed[i].append((x + (k - (len(here) - 1) / 2) * SPREAD, y, p))
        body.append(f'<text x="{x + (len(here) - 1) / 2 * SPREAD + 8:.1f}" y="{y - 7:.1f}" font-size="11" '
                    f'class="value">{_fmt(value)}{f" ×{len(here)}" if len(here) > 1 else ""}</text>')
    for i, source in enumerate(sources):
        colour, shape = _style(i)
        coords = sorted(placed[i], key=lambda c: c[0])
        if len(coords) > 1:
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
            body.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="1.5" '
                        f'stroke-opacity="0.6"/>')
        for x, y, p in coords:
            body.append(_marker(shape, x, y, colour, str(escape(f"{p.source}: {_fmt(p.value)} ({p.when or 'undated'})"))))
    legend, legend_height = _legend(sources, TOP + PLOT_HEIGHT + BOTTOM + 12)
    height = round(TOP + PLOT_HEIGHT + BOTTOM + legend_height + 8)
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
              f'width="{WIDTH}" height="{height}" preserveAspectRatio="xMinYMin meet" role="img" '
              f'aria-label="{escape(title)}">'),
             f"<title>{escape(title)}</title>",
             *_axes(grid, ky, by, days, kx, bx, any(_day(p.when) is None for p in pts)), *body, *legend, "</svg>"]
    return Markup("".join(parts))
