"""The trafilatura seam's speed: element classes chosen inside lxml, and trafilatura's options built once a mode."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html
from trafilatura.settings import Extractor

from enligt.structure import extract

FORM_PAGE = ("<html><head><title>Sida</title></head><body><FORM action='/s'><label for='q'>Sök</label>"
             "<input id='q' name='q'><select name='v'><option>Ett</option></select><textarea>Två</textarea>"
             "</FORM><div><p>Ett stycke om <b>saken</b>.</p><ul><li>Punkt</li></ul></div></body></html>")


def test_each_element_has_lxml_htmls_class() -> None:
    plain = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                                 remove_pis=True, huge_tree=True)
    ours = extract.parse(FORM_PAGE, where="<test>")
    theirs = lxml_html.fromstring(FORM_PAGE.encode(), parser=plain)
    pairs = list(zip(ours.iter(), theirs.iter(), strict=True))
    assert [type(a) for a, _ in pairs] == [type(b) for _, b in pairs]
    assert {type(a).__name__ for a, _ in pairs} >= {"FormElement", "InputElement", "LabelElement", "SelectElement",
                                                   "TextareaElement", "HtmlElement"}


def test_element_classes_are_chosen_without_a_python_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = lxml_html.HtmlElementClassLookup.lookup

    def counted(self: object, node_type: str, document: object, namespace: object, name: str) -> object:
        calls.append(name)
        return original(self, node_type, document, namespace, name)  # type: ignore[arg-type]

    monkeypatch.setattr(lxml_html.HtmlElementClassLookup, "lookup", counted)
    tree = extract.parse(FORM_PAGE, where="<test>")
    assert [e.tag for e in tree.iter()] and calls == []


def _slots(options: Extractor) -> dict[str, object]:
    return {name: getattr(options, name) for name in Extractor.__slots__ if name != "date_params"}


# (url, fast): each gives the options trafilatura builds from bare_extraction's arguments
URLS = [(None, True), (None, False), ("https://example.org/a", True), ("https://exempel.se/nyhet/å-ä", False),
        ("https://example.org/\udcff", True)]


@pytest.mark.parametrize(("url", "fast"), URLS)
def test_options_as_trafilatura_builds_them(url: str | None, fast: bool) -> None:
    built = Extractor(output_format="python", fast=fast, comments=False, url=url, with_metadata=False)
    assert _slots(extract.extractor(url, fast=fast)) == _slots(built)


def test_options_are_a_fresh_copy_each_page() -> None:
    first = extract.extractor("https://example.org/a", fast=True)
    second = extract.extractor(None, fast=True)
    assert first is not second and first.url == "https://example.org/a" and second.url is None
