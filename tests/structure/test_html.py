"""The HTML structurer end to end: one article out of a raw page, and bad pages failing alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from enligt.errors import EnligtError, ExtractionError
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure, Page
from enligt.pipeline import analyze_items
from enligt.settings import Options
from enligt.structure.html import structure_html

OPTS = Options(attribution=False)
PARAS = [
    "Kommunen meddelade på tisdagen att skolan i Norrby stängs resten av veckan efter branden i matsalen.",
    "Räddningstjänsten larmades strax efter midnatt och hade branden under kontroll inom två timmar.",
    "– Vi är glada att ingen skadades, säger rektorn Eva Lind till tidningen på onsdagsmorgonen.",
    "Polisen utreder nu om branden var anlagd. Ingen är ännu misstänkt för brottet.",
    "Eleverna får undervisning på distans fram till måndag, enligt ett brev till föräldrarna.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8">
<title>Skolan stängs efter branden | Lokalbladet</title>
<meta property="og:site_name" content="Lokalbladet">
<meta property="article:published_time" content="2023-03-07T09:15:00+01:00">
</head><body>
<header><a href="/">Lokalbladet</a><nav><a href="/nyheter">Nyheter</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Skolan stängs efter branden</h1>
<p class="ingress">Skolan i Norrby håller stängt resten av veckan efter nattens brand i matsalen.</p>
<p class="byline">Av <a rel="author" href="/anna">Anna Berg</a></p>
<figure><img src="a.jpg"><figcaption>Matsalen efter branden. <span class="credit">Foto: Per Ek</span></figcaption></figure>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p>
<div class="ad"><span>Annons</span></div>
<h2>Polisen utreder</h2>
<p>{PARAS[2]}</p><p>{PARAS[3]}</p>
<aside class="las-ocksa"><h2 class="rubrik">Läs också</h2><ul><li><a href="/x">Ny skola planeras i Norrby centrum</a></li></ul></aside>
<p>{PARAS[4]}</p>
</article></main>
<footer><p>© Lokalbladet 2023</p></footer></body></html>"""


def _page(html: str, name: str = "t.html") -> Page:
    return page_from_bytes(html.encode("utf-8"), where=name)


def test_the_article_of_a_page() -> None:
    art = structure_html(_page(PAGE), options=OPTS)
    assert art.title == "Skolan stängs efter branden"
    assert art.outlet == "Lokalbladet" and art.language == "sv"
    assert art.authors == ("Anna Berg",)
    assert art.published == "2023-03-07T09:15"
    assert art.lead == "Skolan i Norrby håller stängt resten av veckan efter nattens brand i matsalen."
    assert art.body[0] == art.lead and list(art.body[1:]) == PARAS
    assert art.headings == ("Polisen utreder",) and art.heading_positions == (3,)
    assert art.related == ("Ny skola planeras i Norrby centrum",)
    assert [(c.text, c.credit) for c in art.captions] == [("Matsalen efter branden.", "Per Ek")]
    assert "Annons" in art.boilerplate and "Läs också" in art.boilerplate
    assert not any("Annons" in p or "Läs också" in p for p in art.body)


def test_attribution_runs_on_the_html_article_unchanged() -> None:
    (result,) = list(analyze_items([_page(PAGE)], options=Options()))
    assert not isinstance(result, Failure)
    assert result.article.body[1] == PARAS[0]


@pytest.mark.parametrize("html,reason", [
    ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "main text"),
    ("<html><head><title>x</title></head><body></body></html>", "main text"),
    ("<", "HTML"),
])
def test_pages_without_an_article_raise_a_reason(html: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        structure_html(Page(input="t.html", content=html, kind="html"), options=OPTS)


def test_truncated_html_still_gives_its_text() -> None:
    cut = PAGE[: PAGE.index(PARAS[3]) + 40]
    art = structure_html(_page(cut), options=OPTS)
    assert art.title == "Skolan stängs efter branden" and PARAS[2] in art.body


def test_wrong_declared_charset() -> None:
    data = PAGE.replace('charset="utf-8"', 'charset="utf-8"').encode("cp1252")
    art = structure_html(page_from_bytes(data, where="t.html"), options=OPTS)
    assert PARAS[0] in art.body


def test_deeply_nested_markup_fails_alone_or_parses() -> None:
    deep = "<div>" * 5000 + "<p>" + " ".join(PARAS) + "</p>" + "</div>" * 5000
    pages = [_page(f"<html><body>{deep}</body></html>", "deep.html"), _page(PAGE, "ok.html")]
    results = list(analyze_items(pages, options=OPTS))
    assert len(results) == 2
    assert not isinstance(results[1], Failure)
    if isinstance(results[0], Failure):
        assert isinstance(results[0].error, EnligtError) and results[0].error.message


def test_a_batch_goes_on_after_a_bad_page() -> None:
    pages = [_page("<html><body></body></html>", "empty.html"), _page(PAGE, "ok.html")]
    results = list(analyze_items(pages, options=OPTS))
    assert isinstance(results[0], Failure) and results[0].error.where == "empty.html"
    assert not isinstance(results[1], Failure)


def test_dev_corpus_html_pages(dev_corpus: Path) -> None:
    """The three raw-HTML dev pages: the article fields the scorer checks, exactly."""
    for src in sorted(dev_corpus.glob("*.html")):
        gold = json.loads(src.with_name(src.stem + ".gold.json").read_text(encoding="utf-8"))["article"]
        art = structure_html(page_from_bytes(src.read_bytes(), where=str(src)), options=OPTS).to_dict()
        for field in ("title", "outlet", "language", "authors", "headings", "related", "lead", "captions"):
            assert art[field] == gold[field], (src.name, field)
        assert art["published"][:10] == gold["published"][:10]
        assert set(gold["body"]) <= set(art["body"]), src.name


def test_article_element_is_read_when_trafilatura_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from enligt.structure import extract

    def give_up(*args: object, **kwargs: object) -> None:
        raise ExtractionError("no main text found")

    monkeypatch.setattr(extract, "main_text", give_up)
    art = structure_html(_page(PAGE), options=OPTS)
    assert PARAS[0] in art.body and PARAS[4] in art.body
    assert "Polisen utreder" in art.headings


def test_no_fallback_for_a_page_without_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from enligt.structure import extract

    def give_up(*args: object, **kwargs: object) -> None:
        raise ExtractionError("no main text found")

    monkeypatch.setattr(extract, "main_text", give_up)
    with pytest.raises(ExtractionError):
        structure_html(_page("<html><body><main><p>Short.</p></main></body></html>"), options=OPTS)


def test_a_page_of_menu_items_is_not_an_article() -> None:
    from enligt.errors import NotAnArticleError

    cut = PAGE[: PAGE.index("<main>")]  # truncated before the article: only the site header is left
    with pytest.raises((NotAnArticleError, ExtractionError)):
        structure_html(_page(cut), options=OPTS)


def test_text_without_spaces_is_running_text() -> None:
    """Japanese paragraphs have no spaces: length in characters counts, not words."""
    para = "東京で開かれた会議では、新しい規則について長い議論が行われ、多くの参加者が意見を述べました。" * 2
    html = (f"<html><head><title>会議の記事</title></head><body><article><h1>会議の記事</h1>"
            f"<p>{para}</p><p>{para[::-1]}</p><p>{para[5:]}</p></article></body></html>")
    art = structure_html(_page(html), options=OPTS)
    assert art.body and len(art.body[0]) >= 60


def _blocks_page(*texts: str) -> str:
    paras = "".join(f"<p>{t}</p>" for t in texts)
    return f"<html lang=\"en\"><head><title>The story</title></head><body><article><h1>The story</h1>{paras}</article></body></html>"


LONG_EN = ("The council said on Monday that the new budget would not be enough for the schools, and the mayor "
           "was asked whether the plan had been changed after the vote in the assembly last week.")
COOKIE_PROSE = ("The tracking company stores small cookies on every visitor's computer, the researchers found. "
                "Their report says that the files follow people from one shop to the next for months, and that "
                "few of the sites they studied ever told their readers what the files were used for or who read them.")


@pytest.mark.parametrize("text,in_body", [
    (COOKIE_PROSE, True),  # a long paragraph that names cookies in passing is article text
    ("We use cookies to improve your experience. Accept all cookies?", False),  # a consent prompt is not
    (("© 2024 The Example Times. All rights reserved. Reproduction of this material in any form is not "
     "permitted without the written consent of the publisher, its owners and the editors of the site."), False),
    (("The court heard that the company had copied the books without asking. Its lawyers argued that "
      "copyright law did not cover the training of a model, and that the authors had lost no sales because "
      "the system never printed more than a few lines of any one of their works."), True),  # about copyright
    (("Copyright 2019 The Example Press. No part of this report may be copied, sold, reprinted or "
      "passed on in any form, and the photographs on this page remain the property of the agency and "
      "of the photographers who took them for the newspaper."), False),  # a notice with a year
    (("Texten får spridas fritt. Copyright (c) 2021 Exempelbladet, och bilderna tillhör fotograferna som "
      "tog dem för tidningen och får inte användas utan deras tillstånd i något annat sammanhang än "
      "denna artikel om kommunens budget."), False),  # "(c) year" in Swedish
])
def test_long_prose_with_a_furniture_word_stays_in_the_body(text: str, in_body: bool) -> None:
    art = structure_html(_page(_blocks_page(LONG_EN, text, LONG_EN[::-1])), options=OPTS)
    assert (text in art.body) is in_body


@pytest.mark.parametrize("cells", [
    ["Date", "Change in median price"],
    ["1/1/2013", "+13.1%"],
    ["March 4, 2020", "Anna Berg"],
])
def test_table_rows_with_dates_or_names_stay_in_the_body(cells: list[str]) -> None:
    from enligt.structure import extract
    from enligt.structure.htmlarticle import _sort_blocks
    from enligt.structure.htmlparts import Parts

    row = "| " + " | ".join(cells) + " |"
    blocks = (extract.Block("p", LONG_EN), extract.Block("p", row))
    parts = Parts(root=None)
    assert row in _sort_blocks(blocks, parts, None).body


def test_one_block_from_fast_mode_is_checked_by_the_full_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from enligt.structure import extract

    calls: list[bool] = []

    def fake_run(tree: object, *, where: str, url: str | None, fast: bool) -> object:
        calls.append(fast)
        text = LONG_EN * 4 if fast else "\n".join([LONG_EN] * 6)
        return SimpleNamespace(text=text, body=extract.parse(_blocks_page(LONG_EN), where="t"))

    monkeypatch.setattr(extract, "_run", fake_run)
    blocks = extract.main_text(extract.parse(_blocks_page(LONG_EN), where="t"), where="t")
    assert calls == [True, False] and len(blocks) == 6


@pytest.mark.parametrize("heading,is_body", [
    ("Q: What did you learn in your first year as chief executive?", True),
    ("Question: Where did you grow up?", True),
    ("Fråga: Hur började det hela?", True),
    ("F: Wie fing es an?", True),
    ("Spørsmål: Hvordan startet det?", True),
    ("Roads closed by the flood", False),  # a subheading
    ("Q&A with the mayor", False),  # a subheading about an interview
    ("Q:", False),  # a label alone is no question
])
def test_interview_questions_set_as_headings_are_body(heading: str, is_body: bool) -> None:
    page = _blocks_page(LONG_EN).replace("</h1>", f"</h1><h3>{heading}</h3>")
    page = page.replace("</article>", f"<h3>{heading}</h3><p>{LONG_EN[::-1]}</p></article>")
    art = structure_html(_page(page), options=OPTS)
    assert (heading in art.body) is is_body
    assert (heading in art.headings) is (not is_body)
