from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from enligt.web.charts import Point, values_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(points: list[Point], title: str = "killed: people") -> ET.Element:
    return ET.fromstring(str(values_chart(points, title=title)))


def test_one_dot_per_value_and_one_line_per_source_with_several_values() -> None:
    svg = parse([Point("coastguard", "2024-05-02", 10), Point("coastguard", "2024-05-04", 12),
                 Point("fire brigade", "2024-05-03", 25)])
    dots = [c for c in svg.iter(f"{SVG}circle") if c.find(f"{SVG}title") is not None]
    assert len(dots) == 3
    assert len(list(svg.iter(f"{SVG}polyline"))) == 1
    tips = sorted(c.find(f"{SVG}title").text or "" for c in dots)  # type: ignore[union-attr]
    assert tips[0] == "coastguard: 10 (2024-05-02)"


def test_later_dates_sit_further_right_and_bigger_values_higher() -> None:
    svg = parse([Point("a", "2024-05-01", 10), Point("b", "2024-05-09", 40)])
    dots = {c.find(f"{SVG}title").text: c for c in svg.iter(f"{SVG}circle")  # type: ignore[union-attr]
            if c.find(f"{SVG}title") is not None}
    a, b = dots["a: 10 (2024-05-01)"], dots["b: 40 (2024-05-09)"]
    assert float(a.get("cx", 0)) < float(b.get("cx", 0))
    assert float(a.get("cy", 0)) > float(b.get("cy", 0))  # SVG y grows downwards


@pytest.mark.parametrize("label", ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "a & b"])
def test_labels_from_pages_are_escaped(label: str) -> None:
    html = str(values_chart([Point(label, None, 3)], title=label))
    assert "<script" not in html and "<img" not in html
    svg = ET.fromstring(html)  # still well-formed XML
    texts = " ".join(t.text or "" for t in svg.iter() if t.tag in (f"{SVG}text", f"{SVG}tspan"))
    assert label.split()[0] in texts


def test_undated_and_empty_inputs_do_not_break() -> None:
    assert parse([Point("x", None, 0)]).tag == f"{SVG}svg"
    assert parse([]).tag == f"{SVG}svg"
    assert parse([Point("x", "not a date", 5)]).tag == f"{SVG}svg"


def _texts(svg: ET.Element) -> list[str]:
    return [t.text or "" for t in svg.iter() if t.tag in (f"{SVG}text", f"{SVG}tspan")]


def test_legend_labels_are_whole() -> None:
    long = "Police in the Helgådalen region and the county administrative board of Västmanland"
    svg = parse([Point(long, "2024-05-02", 4), Point("the union", "2024-05-02", 6)])
    legend = " ".join(_texts(svg))
    assert all(word in legend for word in long.split())
    assert "…" not in legend


def test_points_that_coincide_stay_visible_and_are_labelled() -> None:
    svg = parse([Point(f"source {i}", "2024-05-02", 5) for i in range(3)] + [Point("other", "2024-05-03", 9)])
    dots = [c for c in svg.iter() if c.find(f"{SVG}title") is not None and c.tag != f"{SVG}svg"]
    places = {(c.get("cx") or c.get("x") or c.get("points")) for c in dots}
    assert len(dots) == 4 and len(places) == 4  # no marker hides another
    assert "5 ×3" in _texts(svg)


def test_axes_carry_values_and_days() -> None:
    svg = parse([Point("a", "2024-05-02", 10), Point("b", "2024-05-03", 25), Point("c", "2024-05-04", 18)])
    texts = _texts(svg)
    assert {"0", "10", "20", "30"} <= set(texts) or {"0", "5", "10", "15", "20", "25"} <= set(texts)
    assert {"2024-05-02", "2024-05-03", "2024-05-04"} <= set(texts)


@pytest.mark.parametrize(("vmax", "expected"), [(25, [0, 5, 10, 15, 20, 25]), (6, [0, 2, 4, 6]), (1, [0, 1]),
                                                (0, [0, 1]), (12000, [0, 5000, 10000, 15000])])
def test_round_ticks(vmax: float, expected: list[float]) -> None:
    from enligt.web.charts import ticks

    assert ticks(vmax) == expected


def test_many_sources_get_other_shapes() -> None:
    svg = parse([Point(f"s{i}", "2024-05-02", i + 1) for i in range(10)])
    assert list(svg.iter(f"{SVG}rect"))  # the ninth source onwards: squares


def test_the_chart_scales_to_the_page() -> None:
    css = (Path(__file__).resolve().parents[2] / "src/enligt/web/static/style.css").read_text(encoding="utf-8")
    assert ".chart { display: block; width: 100%" in css
    assert parse([Point("a", "2024-05-02", 1)]).get("viewBox", "").startswith("0 0 960 ")
