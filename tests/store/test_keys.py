from __future__ import annotations

from pathlib import Path

import pytest

from enligt.store.keys import content_words, day_of, headline_claims, source_key

from .conftest import make_analysis


@pytest.mark.parametrize(("name", "key"), [
    ("The Sun", "sun"),
    ("the Sun", "sun"),
    ("THE SUN", "sun"),
    ("Sun", "sun"),
    ("Dagens Nyheter", "dagens nyheter"),
    ("polisen", "polisen"),
    ("Polisen ", "polisen"),
    ("Reuters.", "reuters"),
    ("Försvarsmakten", "forsvarsmakten"),
    ("Anders Rönn", "anders ronn"),
    ("Anders Ronn", "anders ronn"),
    ("Theodor Svensson", "theodor svensson"),  # "the" only as a whole leading word
    ("", None),
    (None, None),
    ("—", None),
])
def test_source_key(name: str | None, key: str | None) -> None:
    assert source_key(name) == key


@pytest.mark.parametrize(("dates", "day"), [
    (("2024-05-02T08:15", None), "2024-05-02"),
    ((None, "2024-05-03"), "2024-05-03"),
    (("maj 2024", None, "2024-05-04"), "2024-05-04"),
    ((None, None), None),
])
def test_day_of(dates: tuple[str | None, ...], day: str | None) -> None:
    assert day_of(*dates) == day


def test_content_words_stem_and_skip_short_words() -> None:
    assert content_words("De dödades i Norvik 2024") == {"dödade", "norvik", "2024"}


@pytest.mark.parametrize(("title", "attr_in_title", "expected"), [
    ("Fabriken i Lindby läggs ned", False, [(0, 1.0)]),           # asserts what the body attributes
    ("Facket: fabriken i Lindby läggs ned", True, []),            # the headline attributes it itself
    ("Ny vd för bryggeriet", False, []),                          # unrelated headline
])
def test_headline_claims(title: str, attr_in_title: bool, expected: list[tuple[int, float]]) -> None:
    attrs = [{"source": "facket", "cue": "Enligt", "content": "läggs fabriken i Lindby ned i höst"}]
    if attr_in_title:
        attrs.append({"source": "Facket", "cue": ":", "content": "fabriken i Lindby läggs ned"})
    analysis = make_analysis("k", title=title, paras=["Enligt facket läggs fabriken i Lindby ned i höst."],
                             attrs=attrs)
    assert headline_claims(analysis) == expected


def test_page_key_uses_url_then_absolute_path_then_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from enligt.models import Page
    from enligt.store.keys import page_key

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert page_key(Page(input="a.txt", content="x", kind="text", url="https://example.org/a")) == "https://example.org/a"
    assert page_key(Page(input="a.txt", content="x", kind="text")) == str(tmp_path / "a.txt")
    assert page_key(Page(input="./a.txt", content="x", kind="text")) == str(tmp_path / "a.txt")
    one, two = (page_key(Page(input="-", content=c, kind="text")) for c in ("first", "second"))
    assert one.startswith("text:") and one != two
    assert page_key(Page(input="generated-1.txt", content="x", kind="text")) == "generated-1.txt"
