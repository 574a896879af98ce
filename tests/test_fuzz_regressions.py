"""Inputs that fuzzing and pathological files broke once (issue 13), each with what must happen now.

Every row is a page (its bytes and file name) and the expected outcome: "ok" (analysed), or the
`kind` of the clean error it must give. No row may ever give an internal error (a bug) again.
"""
from __future__ import annotations

import pytest

from enligt.errors import EnligtError
from enligt.ingest.read import page_from_bytes
from enligt.pipeline import analyze_page
from enligt.settings import Options

HEAD = "Rubrik om natten\n\n"
TAIL = "\n\nPolisen säger att det var lugnt i hela staden under natten till söndag.\n"


def _deep_html(depth: int) -> bytes:
    para = "<p>Räddningstjänsten säger att branden i lagret släcktes efter flera timmars arbete under natten.</p>"
    return (f"<html><head><title>Brand i lagret</title></head><body>{'<div>' * depth}<h1>Brand i lagret</h1>"
            f"{para * 3}{'</div>' * depth}</body></html>").encode()


def _utf16(text: str, codec: str) -> bytes:
    return text.encode(codec)


CASES: list[tuple[str, bytes, str, str]] = [
    # name, data, file name, expected: "ok" or an error kind
    ("'=(' before source and cue: IndexError in attribution",
     (HEAD + "=(TT rapporterade att det var lugnt i centrum under natten." + TAIL).encode(), "p.txt", "ok"),
    ("'=' alone before a cue", (HEAD + "= rapporterade TT att allt var lugnt." + TAIL).encode(), "p.txt", "ok"),
    ("'(=' before a name", (HEAD + "(= TT) rapporterade att allt var lugnt i natt." + TAIL).encode(), "p.txt", "ok"),
    ("260 nested divs: 'too little text'", _deep_html(260), "deep.html", "ok"),
    ("1,000 nested divs", _deep_html(1000), "deep.html", "ok"),
    ("5,000 nested divs: said, not 'too little text'", _deep_html(5000), "deep.html", "extraction"),
    ("UTF-16LE without BOM: 'binary data'", _utf16(HEAD + "Polisen säger att allt var lugnt i natt." + TAIL, "utf-16-le"),
     "p.txt", "ok"),
    ("UTF-16BE HTML without BOM", _utf16(_deep_html(3).decode(), "utf-16-be"), "p.html", "ok"),
]


@pytest.mark.parametrize(("name", "data", "filename", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fuzz_find_is_handled(name: str, data: bytes, filename: str, expected: str) -> None:
    try:
        page = page_from_bytes(data, where=filename, name=filename)
        analysis = analyze_page(page, options=Options())
    except EnligtError as exc:
        assert exc.kind != "internal", f"{name}: {exc}"
        assert exc.kind == expected, f"{name}: {exc}"
        return
    assert expected == "ok", f"{name}: analysed, expected {expected}"
    assert analysis.article.body
    if "nested" in name:
        assert "branden i lagret släcktes" in analysis.article.text


def test_too_deep_markup_says_so() -> None:
    page = page_from_bytes(_deep_html(5000), where="deep.html", name="deep.html")
    with pytest.raises(EnligtError, match="nested more than 2,048 elements deep"):
        analyze_page(page, options=Options())
