from __future__ import annotations

import io
import json

import pytest

from enligt.models import Analysis, Article, Attribution, Conflict, Page, Quantity, Span
from enligt.output.jsonout import analysis_json, write_jsonl
from enligt.output.report import _cell, render

ARTICLE = Article(title="Sex döda i explosion", body=("Fyra har dödats, enligt polisen. Facket uppger att sex har dödats.",),
                  language="sv", outlet="Testbladet", authors=("Karin Ek",), published="2024-05-02",
                  boilerplate=("ANNONS",))
ATTRS = (
    Attribution(content="Fyra har dödats", content_span=Span(22, 37), source="polisen", source_type="official",
                cue="enligt"),
    Attribution(content="sex har dödats", content_span=Span(74, 88), source="Facket", source_type="organization",
                cue="uppger", via=("Radio Ekot",)),
    Attribution(content="Branden ska ha startat i ett förråd", content_span=Span(0, 5), cue="ska ha", hearsay=True),
)
QUANTS = (Quantity(value=4, measure="killed", subject="personer", number_span=Span(22, 26), attribution=0, text="Fyra"),
          Quantity(value=6, measure="killed", subject="personer", number_span=Span(74, 77), attribution=1, text="sex"))
ANALYSIS = Analysis(page=Page(input="a.txt", content="", kind="text"), article=ARTICLE, attributions=ATTRS,
                    quantities=QUANTS, conflicts=(Conflict(measure="killed", subject="personer", quantities=(0, 1)),))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("organization", 13, "organization "),
        ("indirect", 9, "indirect "),
        ("Polisens presstalesperson Henrik Falk", 12, "Polisens p… "),
        (None, 4, "-   "),
        ("", 4, "-   "),
    ],
)
def test_cells_always_leave_a_space(text: str | None, width: int, expected: str) -> None:
    assert _cell(text, width) == expected


@pytest.mark.parametrize(
    "expected",
    [
        "Sex döda i explosion",
        "Outlet:    Testbladet",
        "By:        Karin Ek",
        "Removed as page furniture:",
        "via: Radio Ekot",
        "(no source: hearsay)",
        "[0] 4 killed: personer",
        "according to polisen",
        "personer, killed: 4 vs 6",
        "    4 according to polisen  (\"Fyra\", number [0])",
        "    6 according to Facket  (\"sex\", number [1])",
    ],
)
def test_report_shows_article_attributions_numbers_and_conflicts(expected: str) -> None:
    assert expected in render(ANALYSIS, width=100)


def test_json_has_schema_keys_and_spans() -> None:
    data = json.loads(analysis_json(ANALYSIS))
    assert list(data)[:4] == ["article", "attributions", "quantities", "conflicts"]
    assert data["attributions"][0]["spans"]["content"] == [22, 37]
    assert data["quantities"][1]["attribution"] == 1
    assert data["conflicts"] == [{"measure": "killed", "subject": "personer", "quantities": [0, 1]}]


def test_jsonl_is_one_line_with_the_input_first() -> None:
    out = io.StringIO()
    write_jsonl(ANALYSIS, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert next(iter(json.loads(lines[0]))) == "input"


LONG_SOURCE = "Polisens presstalesperson vid regionledningscentralen i Helgådalen Henrik Falk"


def test_source_names_are_wrapped_never_cut() -> None:
    """They were cut at 24 characters ("Polisens presstalesperso…")."""
    at = Attribution(content="Fyra har dödats", content_span=Span(22, 37), source=LONG_SOURCE,
                     source_type="official", cue="säger")
    out = render(Analysis(page=Page(input="a.txt", content="", kind="text"), article=ARTICLE, attributions=(at,)),
                 width=100)
    rows = out.split("Attributions (1):", 1)[1]
    assert "…" not in rows
    assert " ".join(" ".join(rows.split()).split()).count("Henrik Falk") == 1
    words = [w for line in rows.splitlines()[3:] for w in line.split()]
    assert all(w in words for w in LONG_SOURCE.split())


def test_the_lead_is_not_repeated_as_the_first_paragraph() -> None:
    article = Article(title="Rubrik", body=("Ledet är första stycket.", "Andra stycket."), language="sv",
                      lead="Ledet är första stycket.")
    out = render(Analysis(page=Page(input="a.txt", content="", kind="text"), article=article), width=100)
    assert out.count("Ledet är första stycket.") == 1 and "Andra stycket." in out
    standfirst = Article(title="Rubrik", body=("Första stycket.",), language="sv", lead="En ingress.")
    out = render(Analysis(page=Page(input="a.txt", content="", kind="text"), article=standfirst), width=100)
    assert "En ingress." in out and "Första stycket." in out  # a lead that is no paragraph: both shown


@pytest.mark.parametrize(("title", "shown"), [
    # a page's control characters reached the terminal: ESC ] 0 ; ... BEL retitled the window, ESC [ 2 J cleared it
    ("Rubrik \x1b]0;pwned\x07 och mer", "Rubrik \ufffd]0;pwned\ufffd och mer"),
    ("Rubrik \x1b[2J\x1b[31mröd", "Rubrik \ufffd[2J\ufffd[31mröd"),
    ("Rubrik\rFalsk rubrik", "Rubrik\ufffdFalsk rubrik"),
    ("Rubrik \x9b31m", "Rubrik \ufffd31m"),  # the one-byte C1 form of ESC [
    ("Rubrik\tmed tabb", "Rubrik\tmed tabb"),
])
def test_control_characters_from_the_page_are_not_printed(title: str, shown: str) -> None:
    an = Analysis(page=Page(input="a.html", content="", kind="html"), article=Article(title=title, body=("Text.",)))
    out = render(an, width=100)
    assert shown in out
    assert not any(c in out for c in "\x1b\x07\r\x9b")
