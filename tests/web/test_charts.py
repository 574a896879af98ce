from __future__ import annotations

import xml.etree.ElementTree as ET

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
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert any(label[:21] in (t or "") for t in texts)


def test_undated_and_empty_inputs_do_not_break() -> None:
    assert parse([Point("x", None, 0)]).tag == f"{SVG}svg"
    assert parse([]).tag == f"{SVG}svg"
    assert parse([Point("x", "not a date", 5)]).tag == f"{SVG}svg"
