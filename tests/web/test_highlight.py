from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from enligt.web.highlight import Mark, analysis_marks, highlight

from .conftest import hostile_analysis, sample_analyses


class _Collect(HTMLParser):
    """Parse highlighter output: the text it shows and the tags it opens."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    return p


@pytest.mark.parametrize(("text", "marks"), [
    ("plain text", []),
    ("A said B.", [Mark(0, 1, "source", 0), Mark(2, 6, "cue", 0), Mark(7, 8, "claim", 0)]),
    ("nested claim inside a claim", [Mark(0, 27, "claim", 0), Mark(7, 12, "claim", 1)]),
    ("overlap here and there", [Mark(0, 12, "claim", 0), Mark(8, 22, "claim", 1)]),
    ("same span twice", [Mark(0, 4, "source", 0), Mark(0, 4, "source", 1)]),
    ("<script>alert(1)</script> & \"quotes\" 'apos'", [Mark(0, 8, "claim", 0), Mark(3, 30, "source", 1)]),
    ("emoji 🙂 and ü", [Mark(6, 7, "claim", 0)]),
])
def test_output_shows_exactly_the_text_and_only_span_tags(text: str, marks: list[Mark]) -> None:
    out = parse(str(highlight(text, marks)))
    assert "".join(out.text) == text
    assert {tag for tag, _ in out.tags} <= {"span"}
    assert out.max_depth <= 1  # overlaps become flat pieces, never badly nested tags


def test_script_in_text_is_escaped() -> None:
    html = str(highlight('<script>alert("x")</script>', [Mark(0, 8, "claim", 0)]))
    assert "<script" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(("marks", "expected_pieces"), [
    # nested: outer claim, inner source: three pieces, the middle one in both
    ([Mark(0, 10, "claim", 0), Mark(2, 5, "source", 1)], [("0", "ab"), ("1 0", "cde"), ("0", "fghij")]),
    # overlapping: two claims crossing
    ([Mark(0, 6, "claim", 0), Mark(4, 10, "claim", 1)], [("0", "abcd"), ("0 1", "ef"), ("1", "ghij")]),
])
def test_overlapping_marks_list_every_covering_attribution_innermost_first(
        marks: list[Mark], expected_pieces: list[tuple[str, str]]) -> None:
    html = str(highlight("abcdefghij", marks))
    pieces = re.findall(r'data-a="([^"]*)"[^>]*>([^<]*)</span>', html)
    assert pieces == expected_pieces


def test_roles_and_source_types_become_fixed_class_names() -> None:
    html = str(highlight("X says Y", [Mark(0, 1, "source", 0, "official"), Mark(2, 6, "cue", 0, "official"),
                                       Mark(7, 8, "claim", 0, "official")]))
    assert 'class="hl hl-source st-official"' in html
    assert 'class="hl hl-cue st-official"' in html
    assert 'class="hl hl-claim st-official"' in html


@pytest.mark.parametrize("bad", ['x" onmouseover="alert(1)', "<b>", "person official"])
def test_unknown_role_or_type_never_reaches_the_markup(bad: str) -> None:
    html = str(highlight("abc", [Mark(0, 3, bad, 0, bad)]))
    assert 'class="hl hl-other st-none"' in html
    assert bad not in html


def test_hover_text_is_escaped_inside_the_attribute() -> None:
    html = str(highlight("abc", [Mark(0, 3, "claim", 0, "person", tip='"><script>alert(1)</script>')]))
    out = parse(html)
    assert out.tags == [("span", {"class": "hl hl-claim st-person", "data-a": "0",
                                  "title": '"><script>alert(1)</script>'})]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 5, "ab<c>d<e>"), (2, 8, "<c>d<efg>h"), (6, 10, "<g>hij"),
])
def test_slice_clips_marks_at_its_edges(start: int, end: int, expected: str) -> None:
    marks = [Mark(2, 3, "claim", 0), Mark(4, 7, "claim", 1)]
    html = str(highlight("abcdefghij", marks, start=start, end=end))
    simplified = re.sub(r"<span[^>]*>", "<", html).replace("</span>", ">")
    assert simplified == expected


@pytest.mark.parametrize("mark", [Mark(5, 5, "claim", 0), Mark(6, 2, "claim", 0), Mark(50, 60, "claim", 0)])
def test_empty_inverted_or_outside_marks_are_dropped(mark: Mark) -> None:
    assert str(highlight("abcdefghij", [mark])) == "abcdefghij"


def test_marks_of_an_analysis_cover_sources_cues_claims_and_numbers() -> None:
    analysis = sample_analyses()[0]
    marks = analysis_marks(analysis)
    text = analysis.article.text
    shown = {(m.role, text[m.start:m.end]) for m in marks}
    assert ("source", "the coastguard") in shown
    assert ("cue", "said") in shown
    assert ("number", "Ten") in shown
    via = [m.tip for m in marks if m.role == "source" and text[m.start:m.end] == "a witness"]
    assert via == ["a witness → the local radio"]


def test_hostile_analysis_highlights_without_any_live_markup() -> None:
    analysis = hostile_analysis()
    text = analysis.article.text
    html = str(highlight(text, analysis_marks(analysis)))
    out = parse(html)
    assert "".join(out.text) == text
    assert {tag for tag, _ in out.tags} == {"span"}
    assert all(set(attrs) <= {"class", "data-a", "data-q", "title"} for _, attrs in out.tags)
