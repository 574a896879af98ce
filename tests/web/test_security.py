from __future__ import annotations

import pytest

from enligt.web.security import check_csrf, cross_site, new_token, token_valid
from enligt.web.views import http_url

SECRET = b"k" * 32


def test_a_fresh_token_is_valid_and_a_forged_one_is_not() -> None:
    token = new_token(SECRET)
    assert token_valid(SECRET, token)
    assert not token_valid(b"other" * 8, token)
    assert not token_valid(SECRET, token.split(".")[0] + ".deadbeef")
    assert not token_valid(SECRET, "")


@pytest.mark.parametrize(("cookie", "field", "ok"), [
    ("T", "T", True), ("T", "U", False), (None, "T", False), ("T", "", False), ("T", None, False),
])
def test_double_submit_needs_the_same_signed_token_in_cookie_and_form(cookie: str | None, field: str | None,
                                                                    ok: bool) -> None:
    token = new_token(SECRET)
    sub = {"T": token, "U": new_token(SECRET), None: None, "": ""}
    assert check_csrf(SECRET, sub[cookie], sub[field]) is ok


@pytest.mark.parametrize(("headers", "foreign"), [
    ({"host": "localhost:8000"}, False),
    ({"host": "localhost:8000", "origin": "http://localhost:8000"}, False),
    ({"host": "localhost:8000", "origin": "https://evil.example"}, True),
    ({"host": "localhost:8000", "origin": "null"}, True),
    ({"host": "localhost:8000", "referer": "http://localhost:8000/analyse"}, False),
    ({"host": "localhost:8000", "referer": "https://evil.example/x"}, True),
    ({"host": "localhost:8000", "origin": "http://localhost:8001"}, True),
])
def test_cross_site_requests_are_recognised(headers: dict[str, str], foreign: bool) -> None:
    scope = {"headers": [(k.encode(), v.encode()) for k, v in headers.items()]}
    assert cross_site(scope) is foreign


@pytest.mark.parametrize(("url", "shown"), [
    ("https://news.example/a", True), ("http://news.example", True), ("HTTPS://NEWS.EXAMPLE/", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False), ("vbscript:x", False), ("//evil.example", False), ("/relative", False),
    ('https://x.example/"onmouseover=alert(1)', False), ("https://x.example/a b", False), (None, False), (42, False),
])
def test_only_absolute_http_links_from_pages_are_rendered(url: object, shown: bool) -> None:
    assert (http_url(url) is not None) is shown


def test_templates_never_mark_text_safe_and_have_no_inline_script_or_style() -> None:
    from pathlib import Path

    import enligt.web

    folder = Path(enligt.web.__file__).parent / "templates"
    for tpl in folder.glob("*.html"):
        text = tpl.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", ""), tpl.name
        assert "autoescape" not in text, tpl.name
        assert "<script>" not in text and " style=" not in text and "<style" not in text, tpl.name
        assert " on" + "click=" not in text.lower(), tpl.name


def test_markup_is_built_only_by_the_highlighter_and_the_chart() -> None:
    from pathlib import Path

    import enligt.web

    root = Path(enligt.web.__file__).parent
    builders = {p.relative_to(root).as_posix() for p in root.rglob("*.py") if "Markup(" in p.read_text(encoding="utf-8")}
    assert builders <= {"highlight.py", "charts.py", "views.py"}
